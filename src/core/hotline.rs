//! The migrant's side of the hotline, pure: consent before anything is shared, an optional
//! description, the chat with the operator while a case is open, leaving it, `/forget`, rating.
//!
//! Callback data it issues (re-validated against what the user was asked, so a forged or old
//! button does nothing harmful): `h:agree`, `h:cancel`, `h:skip`, `h:leave`, `h:stay`,
//! `h:forget`, `h:keep`, `h:rate:<case>:<1-5>` (the application checks the case is the
//! user's own and closed).
//!
//! The operators' side lives in the application (`crate::hotline`): it needs the database.

use super::engine::Outcome;
use super::input::{Command, Input};
use super::output::{Arg, Effect, KeyButton, Msg, Reply};
use super::state::{Awaiting, OfferDraft, Priority};

/// Longest description kept (characters); the rest of a long text goes to the operator as the
/// first message anyway.
pub const MAX_DESCRIPTION: usize = 1000;

/// Asks for consent (or, with a case open, takes the user back into its chat). `before` is a
/// message shown first (the distress notice).
pub fn offer_hotline(
    out: &mut Outcome,
    case: Option<i64>,
    priority: Priority,
    draft: Option<OfferDraft>,
    before: Option<Msg>,
) {
    if let Some(case) = case {
        out.state.in_case = true;
        out.state.awaiting = None;
        out.replies.push(Reply::text(
            Msg::new("hotline-rejoined").arg("case", Arg::Number(case)),
        ));
        return;
    }
    // A checked offer rated medium or high makes the case more urgent than a question.
    let priority = match &draft {
        Some(d) if priority == Priority::Normal && d.risk != "low" => Priority::High,
        _ => priority,
    };
    let mut body = vec![Msg::new("hotline-consent")];
    if draft.is_some() {
        body.push(Msg::new("hotline-consent-offer"));
    }
    body.push(Msg::new("hotline-consent-confirm"));
    out.state.draft_offer = draft;
    out.state.awaiting = Some(Awaiting::Consent(priority));
    let mut reply = Reply {
        body,
        keyboard: vec![
            vec![button("hotline-btn-agree", "h:agree")],
            vec![button("hotline-btn-cancel", "h:cancel")],
        ],
    };
    if let Some(msg) = before {
        reply.body.insert(0, msg);
    }
    out.replies.push(reply);
}

/// Handles what the user does while a hotline question is open (`awaiting` taken from the
/// state). Returns `true` when the input was consumed.
pub fn answer(
    out: &mut Outcome,
    awaiting: Awaiting,
    input: &Input,
    draft: Option<OfferDraft>,
    case: Option<i64>,
) -> bool {
    match (awaiting, input) {
        (Awaiting::Consent(p), Input::Button(d)) if d == "h:agree" => {
            out.state.draft_offer = draft;
            out.state.awaiting = Some(Awaiting::Description(p));
            out.replies.push(Reply {
                body: vec![Msg::new("hotline-describe")],
                keyboard: vec![
                    vec![button("hotline-btn-skip", "h:skip")],
                    vec![button("hotline-btn-cancel", "h:cancel")],
                ],
            });
            true
        }
        (Awaiting::Consent(_) | Awaiting::Description(_), Input::Button(d)) if d == "h:cancel" => {
            out.replies.push(Reply::text(Msg::new("hotline-cancelled")));
            false_to_menu(out)
        }
        (Awaiting::Description(p), Input::Button(d)) if d == "h:skip" => {
            open(out, p, None, draft, false);
            true
        }
        (Awaiting::Description(p), Input::Text(text)) => {
            let description: String = text.trim().chars().take(MAX_DESCRIPTION).collect();
            let long = text.trim().chars().count() > MAX_DESCRIPTION;
            open(out, p, Some(description), draft, long);
            true
        }
        (Awaiting::Description(p), Input::Unsupported(_)) => {
            open(out, p, None, draft, true);
            true
        }
        (Awaiting::LeaveCase, Input::Button(d)) if d == "h:leave" => {
            out.state.in_case = false;
            out.replies.push(Reply::text(
                Msg::new("hotline-left").arg("case", Arg::Number(case.unwrap_or_default())),
            ));
            false_to_menu(out)
        }
        (Awaiting::LeaveCase, Input::Button(d)) if d == "h:stay" => {
            out.replies.push(Reply::text(Msg::new("hotline-stay")));
            true
        }
        (Awaiting::Forget, Input::Button(d)) if d == "h:forget" => {
            out.state.in_case = false;
            out.effects.push(Effect::Forget);
            true
        }
        (Awaiting::Forget, Input::Button(d)) if d == "h:keep" => {
            out.replies
                .push(Reply::text(Msg::new("hotline-forget-kept")));
            false_to_menu(out)
        }
        _ => false,
    }
}

/// Marks that the engine must show the main menu after the reply pushed (returns `false`
/// so the caller goes on to the menu).
fn false_to_menu(out: &mut Outcome) -> bool {
    out.state.awaiting = None;
    false
}

fn open(
    out: &mut Outcome,
    priority: Priority,
    description: Option<String>,
    offer: Option<OfferDraft>,
    relay_this: bool,
) {
    out.state.awaiting = None;
    out.state.in_case = true;
    out.effects.push(Effect::OpenCase {
        priority,
        description: description.filter(|d| !d.is_empty()),
        offer,
        relay_this,
    });
}

/// What to do with an input while the user is in the chat of an open case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InChat {
    /// Handled here.
    Done,
    /// Handle it as usual; the user stays in the chat (help, language, `/forget`).
    Usual,
    /// Handle it as usual; the user goes elsewhere, so leaves the chat (the case stays open).
    Leaves,
}

/// While the user is in the chat of an open case.
pub fn in_chat(out: &mut Outcome, case: i64, input: &Input) -> InChat {
    match input {
        Input::Text(_) | Input::Unsupported(_) => {
            out.effects.push(Effect::Relay { case });
            InChat::Done
        }
        Input::Command(Command::Menu | Command::Start { .. }) => {
            out.state.awaiting = Some(Awaiting::LeaveCase);
            out.replies.push(Reply {
                body: vec![Msg::new("hotline-leave-ask").arg("case", Arg::Number(case))],
                keyboard: vec![
                    vec![button("hotline-btn-leave", "h:leave")],
                    vec![button("hotline-btn-stay", "h:stay")],
                ],
            });
            InChat::Done
        }
        Input::Command(Command::Operator) => {
            out.replies.push(Reply::text(
                Msg::new("hotline-in-chat").arg("case", Arg::Number(case)),
            ));
            InChat::Done
        }
        Input::Command(Command::Help | Command::Language | Command::Forget | Command::Country) => {
            InChat::Usual
        }
        Input::Button(data) if data.starts_with("h:") => InChat::Usual,
        _ => InChat::Leaves,
    }
}

/// `/forget`: asks to confirm.
pub fn ask_forget(out: &mut Outcome) {
    out.state.awaiting = Some(Awaiting::Forget);
    out.replies.push(Reply {
        body: vec![Msg::new("hotline-forget-ask")],
        keyboard: vec![
            vec![button("hotline-btn-forget", "h:forget")],
            vec![button("hotline-btn-keep", "h:keep")],
        ],
    });
}

/// A rating button: `h:rate:<case>:<stars>`.
pub fn parse_rating(data: &str) -> Option<(i64, u8)> {
    let rest = data.strip_prefix("h:rate:")?;
    let (case, stars) = rest.split_once(':')?;
    let case: i64 = case.parse().ok().filter(|c| *c > 0)?;
    let stars: u8 = stars.parse().ok().filter(|s| (1..=5).contains(s))?;
    Some((case, stars))
}

/// The rating keyboard shown when a case is closed.
pub fn rating_keyboard(case: i64) -> Vec<Vec<KeyButton>> {
    vec![
        (1..=5)
            .map(|stars| KeyButton {
                label: Msg::new("hotline-btn-rate").arg("stars", Arg::Number(stars)),
                data: format!("h:rate:{case}:{stars}"),
            })
            .collect(),
    ]
}

fn button(label: &'static str, data: &str) -> KeyButton {
    KeyButton {
        label: Msg::new(label),
        data: data.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_data_is_checked() {
        assert_eq!(parse_rating("h:rate:12:5"), Some((12, 5)));
        assert_eq!(parse_rating("h:rate:12:6"), None);
        assert_eq!(parse_rating("h:rate:0:3"), None);
        assert_eq!(parse_rating("h:rate:x:3"), None);
        assert_eq!(parse_rating("h:rate:12"), None);
    }
}
