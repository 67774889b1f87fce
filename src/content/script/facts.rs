//! Facts need their source: the checks `safar check` runs on `source:` and `reviewed:`.

use chrono::{Months, NaiveDate};

use super::super::texts::Texts;
use crate::core::output::Msg;
use crate::core::script::Scripts;
use crate::diagnostics::Diagnostics;
use crate::html::to_plain;
use crate::lang::Lang;

impl Scripts {
    /// Facts need their source: a node whose text, in any language, contains a number, an
    /// @handle or a web address (or that says `factual: true`) must have `source` and
    /// `reviewed`. `reviewed` must be a `YYYY-MM-DD` date, not in the future, and comes with a
    /// `source`; a review more than 12 months before `today` is a warning.
    pub fn check_facts(&self, texts: &Texts, today: NaiveDate, diags: &mut Diagnostics) {
        let stale_before = today.checked_sub_months(Months::new(12)).unwrap_or(today);
        for script in self.scripts.values() {
            let path = &script.path;
            for node in &script.nodes {
                let reviewed = match &node.reviewed {
                    Some(date) => match NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d") {
                        Ok(d) if d > today.succ_opt().unwrap_or(today) => {
                            diags.error(
                                path,
                                node.reviewed_pos,
                                format!(
                                    "`reviewed: {date}` is in the future: write the day the \
                                     facts were last checked (YYYY-MM-DD)"
                                ),
                            );
                            None
                        }
                        Ok(d) => Some(d),
                        Err(_) => {
                            diags.error(
                                path,
                                node.reviewed_pos,
                                format!(
                                    "`reviewed: {date}` is not a date: write it as YYYY-MM-DD, \
                                     e.g. `reviewed: {}`",
                                    today.format("%Y-%m-%d")
                                ),
                            );
                            None
                        }
                    },
                    None => None,
                };
                if node.reviewed.is_some() && node.source.is_none() {
                    diags.error(
                        path,
                        node.reviewed_pos,
                        format!(
                            "node `{}` has `reviewed` but no `source`: add `source: \"…\"` \
                             (where the facts come from) next to it",
                            node.id
                        ),
                    );
                }
                if let Some(d) = reviewed
                    && d < stale_before
                {
                    diags.warning(
                        path,
                        node.reviewed_pos,
                        format!(
                            "node `{}` was last reviewed on {d}, more than 12 months ago: check \
                             its facts against `{}` and update `reviewed`",
                            node.id,
                            node.source.as_deref().unwrap_or("its source")
                        ),
                    );
                }
                let why = if node.factual {
                    Some("it says `factual: true`".to_string())
                } else {
                    Lang::AUTHORED.into_iter().find_map(|lang| {
                        if !texts.has(lang, &node.text) {
                            return None;
                        }
                        let plain = to_plain(&texts.render(lang, &Msg::new(node.text.clone())));
                        fact_marker(&plain)
                            .map(|m| format!("its text `{}` in {lang} contains {m}", node.text))
                    })
                };
                let Some(why) = why else { continue };
                let mut missing = Vec::new();
                if node.source.is_none() {
                    missing.push("`source: \"…\"` (where the facts come from)");
                }
                if node.reviewed.is_none() {
                    missing.push("`reviewed: YYYY-MM-DD` (the day they were last checked)");
                }
                if !missing.is_empty() {
                    diags.error(
                        path,
                        node.pos,
                        format!(
                            "node `{}` states facts ({why}): add {}",
                            node.id,
                            missing.join(" and ")
                        ),
                    );
                }
            }
        }
    }
}

/// What makes a text state a fact, mechanically: a digit (a number, a date, a fee, a phone
/// number), an @handle, or a web address. Returns a short description of the first one.
pub fn fact_marker(plain: &str) -> Option<String> {
    for token in plain.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '«' | '»')) {
        let token = token.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '!' | '?' | '"'));
        let token = token.strip_suffix('.').unwrap_or(token);
        if token.is_empty() {
            continue;
        }
        if let Some(handle) = token.strip_prefix('@')
            && handle
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Some(format!("the handle `{token}`"));
        }
        if is_web_address(token) {
            return Some(format!("the address `{token}`"));
        }
        if token.chars().any(|c| c.is_ascii_digit()) {
            return Some(format!("the number `{token}`"));
        }
    }
    None
}

/// `https://…`, `www.…`, `t.me/…` or a bare domain such as `gov.uz/en/migration`.
fn is_web_address(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    if lower.contains("://") || lower.starts_with("www.") {
        return true;
    }
    let host = lower.split('/').next().unwrap_or_default();
    let mut labels = host.split('.');
    let Some(tld) = host.rsplit('.').next() else {
        return false;
    };
    host.contains('.')
        && labels.all(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::content::script::tests::{MAIN, load};

    fn texts(uz: &str) -> Texts {
        let sources: Vec<_> = [(Lang::Uz, uz), (Lang::Ru, uz), (Lang::Kaa, uz)]
            .into_iter()
            .map(|(l, t)| (l, PathBuf::from(format!("l/{l}/main.ftl")), t.to_string()))
            .collect();
        let mut diags = Diagnostics::default();
        Texts::from_sources(&sources, &mut diags).expect("valid test texts")
    }

    fn facts(main: &str, ftl: &str) -> Diagnostics {
        let (scripts, mut diags) = load(&[("main.yaml", main)]);
        assert!(!diags.has_errors(), "{diags}");
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        scripts.unwrap().check_facts(&texts(ftl), today, &mut diags);
        diags
    }

    const FTL: &str =
        "main-menu = Menu\nmain-btn-a = A\nmain-btn-lang = Til\nmain-a = Patent: 30 kun ichida.\n";

    #[test]
    fn a_node_with_a_number_handle_or_address_needs_source_and_reviewed() {
        let diags = facts(MAIN, FTL);
        let d: Vec<_> = diags.errors().collect();
        assert_eq!(d.len(), 1, "{diags}");
        assert_eq!((d[0].pos.line, d[0].pos.col), (10, 9), "{}", d[0]);
        assert!(
            d[0].message
                .contains("`main-a` in uz contains the number `30`"),
            "{}",
            d[0]
        );
        assert!(d[0].message.contains("add `source: \"…\"`"), "{}", d[0]);
        assert!(d[0].message.contains("`reviewed: YYYY-MM-DD`"), "{}", d[0]);
        for text in [
            "Bot: @huquqiyyordamuzbot",
            "Sayt: gov.uz/en/migration.",
            "https://example.org",
        ] {
            let ftl = FTL.replace("Patent: 30 kun ichida.", text);
            assert!(facts(MAIN, &ftl).has_errors(), "{text}");
        }
        // No number, handle or address: no fact by this rule …
        let plain = FTL.replace(
            "Patent: 30 kun ichida.",
            "Pasportingizni bermang, e.g. hech kimga.",
        );
        assert!(!facts(MAIN, &plain).has_errors());
        // … unless the node says so.
        let marked = MAIN.replace(
            "    keywords: [patent]",
            "    keywords: [patent]\n    factual: true",
        );
        let diags = facts(&marked, &plain);
        assert!(
            diags
                .errors()
                .any(|d| d.message.contains("says `factual: true`")),
            "{diags}"
        );
        // With both, fine.
        let sourced = MAIN.replace(
            "    keywords: [patent]",
            "    keywords: [patent]\n    source: \"brief [57]\"\n    reviewed: 2026-11-30",
        );
        let diags = facts(&sourced, FTL);
        assert!(diags.0.is_empty(), "{diags}");
    }

    #[test]
    fn reviewed_must_be_a_past_date_with_a_source_and_old_reviews_warn() {
        let with = |fields: &str| {
            facts(
                &MAIN.replace(
                    "    keywords: [patent]",
                    &format!("    keywords: [patent]\n{fields}"),
                ),
                FTL,
            )
        };
        let diags = with("    reviewed: 2026-11-30");
        let d = diags.errors().next().unwrap();
        assert!(d.message.contains("`reviewed` but no `source`"), "{d}");
        assert_eq!(d.pos.line, 13, "{d}");
        for bad in ["30.11.2026", "2026-13-01", "soon", "2026-11-3x"] {
            let diags = with(&format!("    source: x\n    reviewed: \"{bad}\""));
            assert!(
                diags
                    .errors()
                    .any(|d| d.message.contains("is not a date: write it as YYYY-MM-DD")),
                "{bad}: {diags}"
            );
        }
        let diags = with("    source: x\n    reviewed: 2027-01-01");
        assert!(
            diags.errors().any(|d| d.message.contains("in the future")),
            "{diags}"
        );
        // A review 13 months old is a warning, not an error; 11 months is fine.
        let diags = with("    source: x\n    reviewed: 2025-10-30");
        assert!(!diags.has_errors(), "{diags}");
        let w: Vec<_> = diags.warnings().collect();
        assert_eq!(w.len(), 1, "{diags}");
        assert!(w[0].message.contains("more than 12 months ago"), "{}", w[0]);
        assert!(with("    source: x\n    reviewed: 2025-12-30").0.is_empty());
    }

    #[test]
    fn fact_markers() {
        assert_eq!(
            fact_marker("Telefon: +7 925").as_deref(),
            Some("the number `+7`")
        );
        assert!(fact_marker("E-9 vizasi").is_some());
        assert!(fact_marker("mehnat.uz saytida").is_some());
        assert!(fact_marker("t.me/safar").is_some());
        for none in [
            "Oddiy matn. Yana matn.",
            "e.g. i.e.",
            "т.д. и т.п.",
            "email@ yoq",
            "«Salom»",
        ] {
            assert_eq!(fact_marker(none), None, "{none}");
        }
    }
}
