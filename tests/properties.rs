//! Properties on arbitrary text (proptest): the offer checker, transliteration, the HTML
//! splitter and the typed-question matcher never panic; evidence always quotes the original
//! text at its offsets; every split part is valid Telegram HTML within the limit.

mod common;

use std::sync::OnceLock;

use proptest::prelude::*;
use safar::content::Content;
use safar::html::{MAX_MESSAGE, split_html, validate};
use safar::translit::{Exceptions, Variant, transliterate};

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        Content::load(&common::harness::shipped_content())
            .unwrap_or_else(|d| panic!("{d}"))
            .0
    })
}

/// Arbitrary Unicode, and text that looks like what users send (Uzbek, Russian, Karakalpak
/// letters, amounts, contacts), where the checker's rules actually fire.
fn user_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Zʻʼʹʺ'`ǵıńáóúÁÓÚа-яА-ЯёЁўқғҳЎҚҒҲәөүңһ0-9 .,:;!?$€₽@+\\-_/()\n]{0,600}",
        "(pasport|паспорт|oldindan|предоплата|виза|ish|Koreya|2000\\$|500 USD|@[a-z]{3,8}|\\+998[0-9]{9}| ){0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn offer_evidence_quotes_the_original_text(text in user_text()) {
        let report = content().offer.check(&text);
        for flag in &report.flags {
            for e in &flag.evidence {
                prop_assert!(e.start <= e.end && e.end <= text.len());
                prop_assert_eq!(text.get(e.start..e.end), Some(e.text.as_str()));
            }
        }
    }

    #[test]
    fn transliteration_never_panics(text in user_text()) {
        let x = Exceptions::builtin();
        for (from, to) in [
            (Variant::UzLatn, Variant::UzCyrl),
            (Variant::UzCyrl, Variant::UzLatn),
            (Variant::KaaLatn, Variant::KaaCyrl),
            (Variant::KaaCyrl, Variant::KaaLatn),
        ] {
            prop_assert!(transliterate(&text, from, to, x).is_ok());
        }
    }

    #[test]
    fn typed_questions_and_distress_never_panic(text in user_text()) {
        let c = content();
        let _ = c.scripts.faq().decide(&text);
        let _ = c.scripts.faq().rank(&text);
        let _ = c.distress.matches(&text);
    }

    #[test]
    fn split_parts_are_valid_html_within_the_limit(
        pieces in proptest::collection::vec((any::<String>(), 0usize..6), 0..80),
        limit in 64usize..=MAX_MESSAGE,
    ) {
        // Valid Telegram HTML built from arbitrary text: escaped, some of it in tags.
        let tags = ["", "b", "i", "code", "u", "s"];
        let mut html = String::new();
        for (text, tag) in &pieces {
            let escaped = text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            match tags[*tag] {
                "" => html.push_str(&escaped),
                t => html.push_str(&format!("<{t}>{escaped}</{t}>")),
            }
            html.push(if text.len() % 3 == 0 { '\n' } else { ' ' });
        }
        prop_assume!(validate(&html).is_ok());
        for part in split_html(&html, limit) {
            prop_assert!(validate(&part).is_ok(), "{part:?}");
            prop_assert!(part.encode_utf16().count() <= limit, "{} > {limit}", part.encode_utf16().count());
        }
    }
}
