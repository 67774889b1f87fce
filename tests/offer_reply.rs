//! The bot's answer to a checked offer, rendered with the shipped texts: every key exists, the
//! evidence is quoted and escaped, a person is offered when the risk is not low.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use safar::content::texts::Texts;
use safar::core::offer_reply::{self as reply, REPORT_KEYS, report_reply};
use safar::diagnostics::Diagnostics;
use safar::lang::Lang;
use safar::offer::registry::Status;
use safar::offer::{OfferChecker, Risk, rules};

fn dialogues() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues")
}

fn shipped() -> &'static OfferChecker {
    static CHECKER: OnceLock<OfferChecker> = OnceLock::new();
    CHECKER.get_or_init(|| {
        let mut diags = Diagnostics::default();
        let checker = OfferChecker::load(&dialogues(), &mut diags);
        assert!(!diags.has_errors(), "{diags}");
        checker.expect("shipped rules load")
    })
}

fn shipped_texts() -> Texts {
    let mut diags = Diagnostics::default();
    let texts = Texts::load_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &mut diags,
    );
    assert!(!diags.has_errors(), "{diags}");
    texts.unwrap()
}

#[test]
fn every_text_the_checker_names_exists_in_every_language() {
    let texts = shipped_texts();
    let c = shipped();
    let keys = c
        .text_keys()
        .map(|(_, _, k)| k)
        .chain(REPORT_KEYS.iter().copied())
        .chain(reply::FLOW_KEYS.iter().copied());
    for key in keys {
        for lang in Lang::AUTHORED {
            assert!(texts.has(lang, key), "{key} missing in {lang}");
        }
    }
}

#[test]
fn reply_quotes_evidence_escaped_and_offers_a_person_when_risky() {
    let texts = shipped_texts();
    let r = shipped().check("Предоплата <b>50%</b> & паспорт заберём");
    let reply = report_reply(&r);
    let html: Vec<String> = reply
        .body
        .iter()
        .map(|m| texts.render(Lang::Ru, m))
        .collect();
    let html = html.join("\n\n");
    assert!(html.contains("Риск: высокий"), "{html}");
    assert!(html.contains("«<i>Предоплата</i>»"), "{html}");
    assert!(safar::html::validate(&html).is_ok(), "{html}");
    let data: Vec<&str> = reply
        .keyboard
        .iter()
        .flatten()
        .map(|b| b.data.as_str())
        .collect();
    assert_eq!(data, vec!["o:all", "a:operator", "a:check_offer", "a:menu"]);

    // Medium risk offers a person too.
    let medium = shipped().check("Koreyada ish, yuqori maosh! Tajriba shart emas.");
    assert_eq!(medium.risk, Risk::Medium, "{:?}", medium.flags);
    let data: Vec<String> = report_reply(&medium)
        .keyboard
        .iter()
        .flatten()
        .map(|b| b.data.clone())
        .collect();
    assert_eq!(data, vec!["o:all", "a:operator", "a:check_offer", "a:menu"]);

    let low = report_reply(&shipped().check("Salom"));
    let data: Vec<&str> = low
        .keyboard
        .iter()
        .flatten()
        .map(|b| b.data.as_str())
        .collect();
    assert_eq!(data, vec!["a:check_offer", "a:menu"]);
    // Every message renders without a Fluent error in every language.
    for lang in Lang::AUTHORED {
        for m in reply.body.iter().chain(&low.body) {
            let s = texts.render(lang, m);
            assert!(!s.contains("{$") && !s.contains("{ $"), "{lang}: {s}");
        }
    }
}

#[test]
fn short_reply_shows_three_flags_with_advice_and_the_rest_behind_show_all() {
    let text = "Dubayga qizlar kerak, xostes. Oldindan toʻlov 500$. Pasportingiz bizda saqlanadi. \
                Turistik viza. Shartnoma kerak emas. Shoshiling! Faqat lichkaga yozing.";
    let r = shipped().check(text);
    assert!(r.categories().len() > 3);
    let reply = report_reply(&r);
    let titles: Vec<&str> = reply
        .body
        .iter()
        .filter(|m| m.key.ends_with("-title"))
        .map(|m| m.key.as_ref())
        .collect();
    assert_eq!(titles.len(), reply::MAX_FLAGS_SHOWN, "{titles:?}");
    assert!(reply.body.iter().any(|m| m.key == "offer-more-flags"));
    assert!(
        reply
            .body
            .iter()
            .any(|m| m.key.starts_with("offer-advice-"))
    );
    assert_eq!(reply.keyboard[0][0].data, "o:all");
    // The full report explains every category, with the advice that always holds.
    let full = reply::full_report_reply(&r);
    let explained = full
        .body
        .iter()
        .filter(|m| m.key.starts_with("offer-flag-") && !m.key.ends_with("-title"))
        .count();
    assert_eq!(explained, r.categories().len());
    assert_eq!(full.body.last().unwrap().key, "offer-advice-general");
    assert!(full.keyboard.iter().flatten().all(|b| b.data != "o:all"));
}

/// The short report stays on one phone screen: at most about 700 characters of visible text
/// in every language, even for an offer with many flags and green signals.
#[test]
fn short_reply_stays_under_700_characters() {
    let texts = shipped_texts();
    let offers = [
        "Dubayga 18-25 yoshli qizlar kerak, xostes, oyiga 3000$. Oldindan toʻlov 500$, bron \
         uchun yana 200$. Pasportingiz bizda saqlanadi. Turistik viza. Shartnoma kerak emas. \
         Shoshiling, ertaga uchamiz! Faqat lichkaga yozing @dubai_000. Kompaniya nomi sir.",
        "Курьеры в Москву, 500 000 рублей в месяц, опыт не нужен! Срочно, места ограничены. \
         Бронь места 100$ на карту, страховку оплачиваете сами. Паспорт сдаётся менеджеру, \
         дорогу вычтем из зарплаты. Договор на месте. Пишите в телеграм @kur_000",
    ];
    for offer in offers {
        let r = shipped().check(offer);
        assert!(r.categories().len() >= 5, "{:?}", r.categories());
        for lang in Lang::AUTHORED {
            let reply = report_reply(&r);
            let html: Vec<String> = reply.body.iter().map(|m| texts.render(lang, m)).collect();
            let html = html.join("\n\n");
            let visible = safar::html::to_plain(&html);
            let n = visible.chars().count();
            assert!(n <= 700, "{lang}: {n} characters\n{visible}");
            assert!(!html.contains("{ $"), "{lang}: {html}");
        }
    }
}

#[test]
fn licensed_agency_is_shown_with_advice_to_verify() {
    let registry = "agencies:\n  - name: Good Jobs\n    kind: private_agency\n    status: licensed\n    source: test\n";
    let rules = std::fs::read_to_string(dialogues().join(rules::RULES_FILE)).unwrap();
    let mut diags = Diagnostics::default();
    let c = OfferChecker::from_sources(
        (Path::new("r.yaml"), &rules),
        (Path::new("g.yaml"), registry),
        &mut diags,
    )
    .expect("loads");
    let r = c.check("Good Jobs: Germaniyaga ish");
    assert_eq!(r.agencies[0].status, Status::Licensed);
    assert!(r.flags.is_empty());
    // Named in the full report, one tap away.
    let reply = report_reply(&r);
    assert_eq!(reply.keyboard[0][0].data, "o:all");
    let full = reply::full_report_reply(&r);
    assert!(full.body.iter().any(|m| m.key == "offer-agency-licensed"));
}
