//! The bot's answer to a checked offer, as Fluent messages.
//!
//! The short report fits one phone screen (about 700 characters): the risk line, the three most
//! important flags each as a title with the quoted words and one advice line, and what looks
//! right. "Show all" ([`Callback::ShowAllFlags`]) brings the full report: every flagged category with
//! why it matters, the licensed agencies named, and the advice that always holds.

use super::callback::Callback;
use super::script::Action;
use crate::core::output::{Arg, KeyButton, Msg, Reply};
use crate::offer::{Flag, Report, Risk};

/// How many flags the short report shows; the rest are behind "show all".
pub const MAX_FLAGS_SHOWN: usize = 3;

/// Evidence longer than this (in characters) is cut with `…` in the full report.
pub const MAX_EVIDENCE_CHARS: usize = 120;

/// … and in the short one.
pub const SHORT_EVIDENCE_CHARS: usize = 60;

/// Fluent ids [`report_reply`] uses besides those the rules name: `safar check` should make
/// sure each exists in every language.
pub const REPORT_KEYS: &[&str] = &[
    "offer-risk-low",
    "offer-risk-medium",
    "offer-risk-high",
    "offer-no-flags",
    "offer-more-flags",
    "offer-agency-licensed",
    "offer-advice-general",
    "offer-greens-header",
    "offer-flag-pay-reference",
    "offer-flag-pay-reference-title",
    "offer-btn-show-all",
    "offer-btn-operator",
    "offer-btn-check-another",
    "offer-btn-menu",
];

/// Fluent ids for the conversation around a check, for the adapters: asking for the text,
/// a photo without a caption, the preface of a check of a long message that looks like an offer.
/// Then the check of a picture: "reading it…", where the text came from, the advice to paste
/// it if something was misread, and a picture that could not be read.
pub const FLOW_KEYS: &[&str] = &[
    "offer-prompt",
    "offer-photo-no-text",
    "offer-looks-like",
    "offer-picture-reading",
    "offer-picture-read",
    "offer-picture-misread",
    "offer-picture-unreadable",
];

/// At most this many characters of a picture's text are quoted back to the user.
pub const QUOTE_CHARS: usize = 160;

/// A short quote of a text read from a picture: its words on one line, cut at a word.
pub fn quote(text: &str) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > QUOTE_CHARS {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn cut(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// The heaviest flag of each category, most important first.
fn per_category(report: &Report) -> Vec<&Flag> {
    let mut shown: Vec<&Flag> = Vec::new();
    for f in &report.flags {
        if !shown.iter().any(|s| s.category == f.category) {
            shown.push(f);
        }
    }
    shown
}

fn risk_line(report: &Report) -> Msg {
    let risk_key = match report.risk {
        Risk::Low => "offer-risk-low",
        Risk::Medium => "offer-risk-medium",
        Risk::High => "offer-risk-high",
    };
    Msg::new(risk_key).arg("flags", Arg::Number(report.categories().len() as i64))
}

/// A flag's title with the words that raised it (and its own arguments: an agency's name, a
/// pay reference and its source). Evidence goes in as [`Arg::Text`], so whatever the offer
/// contains is HTML-escaped.
fn title(f: &Flag, max: usize) -> Msg {
    let quoted: Vec<String> = f.evidence.iter().map(|e| cut(&e.text, max)).collect();
    let mut msg = Msg::new(f.title.clone()).arg("evidence", Arg::Text(quoted.join(" … ")));
    for (name, value) in &f.args {
        msg = msg.arg(name, Arg::Text(value.clone()));
    }
    msg
}

fn greens(report: &Report, body: &mut Vec<Msg>) {
    if report.greens.is_empty() {
        return;
    }
    body.push(Msg::new("offer-greens-header"));
    body.extend(report.greens.iter().map(|g| Msg::new(g.text.clone())));
}

fn keyboard(report: &Report, show_all: bool) -> Vec<Vec<KeyButton>> {
    let mut keyboard = Vec::new();
    if show_all {
        keyboard.push(vec![KeyButton {
            label: Msg::new("offer-btn-show-all"),
            data: Callback::ShowAllFlags.into(),
        }]);
    }
    if report.risk >= Risk::Medium {
        keyboard.push(vec![KeyButton {
            label: Msg::new("offer-btn-operator"),
            data: Callback::Action(Action::Operator).into(),
        }]);
    }
    keyboard.push(vec![KeyButton {
        label: Msg::new("offer-btn-check-another"),
        data: Callback::Action(Action::CheckOffer).into(),
    }]);
    keyboard.push(vec![KeyButton {
        label: Msg::new("offer-btn-menu"),
        data: Callback::Action(Action::Menu).into(),
    }]);
    keyboard
}

/// The short answer to `report` in the user's language (rendered by the text facade at the
/// edge): the risk line, the top three flags with one advice line each, what looks right.
pub fn report_reply(report: &Report) -> Reply {
    let mut body = vec![risk_line(report)];
    if report.flags.is_empty() {
        body.push(Msg::new("offer-no-flags"));
    }
    let all = per_category(report);
    let mut advice_given: Vec<&str> = Vec::new();
    for f in all.iter().take(MAX_FLAGS_SHOWN) {
        body.push(title(f, SHORT_EVIDENCE_CHARS));
        if !advice_given.contains(&f.advice.as_str()) {
            advice_given.push(&f.advice);
            body.push(Msg::new(f.advice.clone()));
        }
    }
    let hidden = all.len().saturating_sub(MAX_FLAGS_SHOWN);
    if hidden > 0 {
        body.push(Msg::new("offer-more-flags").arg("count", Arg::Number(hidden as i64)));
    }
    greens(report, &mut body);
    // "Show all" whenever there is more to read than the short report holds.
    let more = !report.flags.is_empty() || !report.agencies.is_empty();
    Reply {
        body,
        keyboard: keyboard(report, more),
    }
}

/// The full answer ("show all"): every flagged category with its words, why it matters and
/// what to do, what looks right, licensed agencies named, and the advice that always holds.
pub fn full_report_reply(report: &Report) -> Reply {
    let mut body = vec![risk_line(report)];
    if report.flags.is_empty() {
        body.push(Msg::new("offer-no-flags"));
    }
    for f in per_category(report) {
        body.push(title(f, MAX_EVIDENCE_CHARS));
        let mut msg = Msg::new(f.explain.clone());
        for (name, value) in &f.args {
            msg = msg.arg(name, Arg::Text(value.clone()));
        }
        body.push(msg);
        body.push(Msg::new(f.advice.clone()));
    }
    greens(report, &mut body);
    for a in &report.agencies {
        if a.status == crate::offer::registry::Status::Licensed {
            body.push(
                Msg::new("offer-agency-licensed")
                    .arg("name", Arg::Text(a.name.clone()))
                    .arg("source", Arg::Text(a.source.clone())),
            );
        }
    }
    body.push(Msg::new("offer-advice-general"));
    Reply {
        body,
        keyboard: keyboard(report, false),
    }
}

#[cfg(test)]
mod quote_tests {
    use super::*;

    #[test]
    fn a_quote_is_one_short_line_cut_at_a_word() {
        let long = "Koreyaga ishga taklif qilamiz ".repeat(20);
        let q = quote(&long);
        assert!(q.chars().count() <= QUOTE_CHARS + 1, "{q}");
        let kept = q.strip_suffix('…').expect("marked as cut");
        assert!(long.starts_with(&format!("{kept} ")), "cut at a word: {q}");
        assert_eq!(quote("Ish\n  bor,\n\n2000$"), "Ish bor, 2000$");
    }
}
