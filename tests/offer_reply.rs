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
    assert_eq!(data, vec!["a:operator", "a:check_offer", "a:menu"]);

    // Medium risk offers a person too.
    let medium = shipped().check("Koreyada ish, yuqori maosh! Tajriba shart emas.");
    assert_eq!(medium.risk, Risk::Medium, "{:?}", medium.flags);
    let data: Vec<String> = report_reply(&medium)
        .keyboard
        .iter()
        .flatten()
        .map(|b| b.data.clone())
        .collect();
    assert_eq!(data, vec!["a:operator", "a:check_offer", "a:menu"]);

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
fn reply_shows_at_most_four_flags_one_per_category() {
    let text = "Dubayga qizlar kerak, xostes. Oldindan toʻlov 500$. Pasportingiz bizda saqlanadi. \
                Turistik viza. Shartnoma kerak emas. Shoshiling! Faqat lichkaga yozing.";
    let r = shipped().check(text);
    assert!(r.categories().len() > 4);
    let reply = report_reply(&r);
    let evidence = reply
        .body
        .iter()
        .filter(|m| m.key == "offer-evidence")
        .count();
    assert_eq!(evidence, reply::MAX_FLAGS_SHOWN);
    assert!(reply.body.iter().any(|m| m.key == "offer-more-flags"));
    assert_eq!(reply.body.last().unwrap().key, "offer-advice-general");
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
    let reply = report_reply(&r);
    assert!(reply.body.iter().any(|m| m.key == "offer-agency-licensed"));
}
