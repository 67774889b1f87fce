//! The bot's answer to a checked offer, as Fluent messages: the risk line, the most important
//! flags each with the quoted words and one sentence on why it matters, advice, buttons.

use crate::core::output::{Arg, KeyButton, Msg, Reply};
use crate::offer::{Report, Risk};

/// How many flags the answer explains; the rest are counted in one line. Four keeps the answer
/// on one phone screen.
pub const MAX_FLAGS_SHOWN: usize = 4;

/// Evidence longer than this (in characters) is cut with `…`.
pub const MAX_EVIDENCE_CHARS: usize = 120;

/// Fluent ids [`report_reply`] uses besides those the rules name: `safar check` should make
/// sure each exists in every language.
pub const REPORT_KEYS: &[&str] = &[
    "offer-risk-low",
    "offer-risk-medium",
    "offer-risk-high",
    "offer-no-flags",
    "offer-evidence",
    "offer-more-flags",
    "offer-agency-licensed",
    "offer-advice-general",
    "offer-btn-operator",
    "offer-btn-check-another",
    "offer-btn-menu",
];

/// Fluent ids for the conversation around a check, for the adapters: asking for the text,
/// a photo without a caption, the preface of a check of a long message that looks like an offer.
pub const FLOW_KEYS: &[&str] = &["offer-prompt", "offer-photo-no-text", "offer-looks-like"];

/// Callback data of the buttons (actions the engine knows).
pub const DATA_OPERATOR: &str = "a:operator";
pub const DATA_CHECK_ANOTHER: &str = "a:check_offer";
pub const DATA_MENU: &str = "a:menu";

fn cut(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() <= MAX_EVIDENCE_CHARS {
        return s.to_string();
    }
    let mut out: String = s.chars().take(MAX_EVIDENCE_CHARS - 1).collect();
    out.push('…');
    out
}

/// The answer to `report` in the user's language (rendered by the text facade at the edge).
/// Evidence goes in as [`Arg::Text`], so whatever the offer contains is HTML-escaped.
pub fn report_reply(report: &Report) -> Reply {
    let mut body = Vec::new();
    let risk_key = match report.risk {
        Risk::Low => "offer-risk-low",
        Risk::Medium => "offer-risk-medium",
        Risk::High => "offer-risk-high",
    };
    body.push(Msg::new(risk_key).arg("flags", Arg::Number(report.categories().len() as i64)));
    if report.flags.is_empty() {
        body.push(Msg::new("offer-no-flags"));
    }

    // The heaviest flag of each category, most important first.
    let mut shown = Vec::new();
    for f in &report.flags {
        if shown.len() == MAX_FLAGS_SHOWN {
            break;
        }
        if !shown
            .iter()
            .any(|s: &&crate::offer::Flag| s.category == f.category)
        {
            shown.push(f);
        }
    }
    for f in &shown {
        let mut msg = Msg::new(f.explain.clone());
        for (name, value) in &f.args {
            msg = msg.arg(name, Arg::Text(value.clone()));
        }
        body.push(msg);
        let quoted: Vec<String> = f.evidence.iter().map(|e| cut(&e.text)).collect();
        body.push(Msg::new("offer-evidence").arg("evidence", Arg::Text(quoted.join(" … "))));
    }
    let hidden = report.categories().len().saturating_sub(shown.len());
    if hidden > 0 {
        body.push(Msg::new("offer-more-flags").arg("count", Arg::Number(hidden as i64)));
    }
    for a in &report.agencies {
        if a.status == crate::offer::registry::Status::Licensed {
            body.push(
                Msg::new("offer-agency-licensed")
                    .arg("name", Arg::Text(a.name.clone()))
                    .arg("source", Arg::Text(a.source.clone())),
            );
        }
    }

    // What to do: each shown flag's advice once, then the advice that always holds.
    let mut advice: Vec<&str> = Vec::new();
    for f in &shown {
        if !advice.contains(&f.advice.as_str()) {
            advice.push(&f.advice);
        }
    }
    body.extend(advice.into_iter().map(|k| Msg::new(k.to_string())));
    body.push(Msg::new("offer-advice-general"));

    let mut keyboard = Vec::new();
    if report.risk >= Risk::Medium {
        keyboard.push(vec![KeyButton {
            label: Msg::new("offer-btn-operator"),
            data: DATA_OPERATOR.into(),
        }]);
    }
    keyboard.push(vec![KeyButton {
        label: Msg::new("offer-btn-check-another"),
        data: DATA_CHECK_ANOTHER.into(),
    }]);
    keyboard.push(vec![KeyButton {
        label: Msg::new("offer-btn-menu"),
        data: DATA_MENU.into(),
    }]);
    Reply { body, keyboard }
}
