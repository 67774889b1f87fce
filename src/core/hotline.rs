//! The migrant's side of the hotline, pure: consent before anything is shared, an optional
//! description, the chat with the operator while a case is open, leaving it, `/forget`, rating.
//!
//! Callback data it issues (re-validated against what the user was asked, so a forged or old
//! button does nothing harmful): `h:agree`, `h:cancel`, `h:skip`, `h:leave`, `h:stay`,
//! `h:forget`, `h:keep`, `h:rate:<case>:<1-5>` (the application checks the case is the
//! user's own and closed).
//!
//! The operators' side lives in the application (`app::operators`): it needs the database.

use super::callback::{Callback, HotlineAnswer};
use super::engine::{Context, Outcome};
use super::input::{Command, Input};
use super::output::{Arg, Effect, KeyButton, Msg, Reply};
use super::script::Action;
use super::state::{Awaiting, OfferDraft, Priority};
use crate::offer::Risk;

/// Longest description kept (characters); the rest of a long text goes to the operator as the
/// first message anyway.
pub const MAX_DESCRIPTION: usize = 1000;

/// Asks for consent (or, with a case open, takes the user back into its chat). `before` is a
/// message shown first (the distress notice); `also` are buttons offered besides (the page
/// answering the words). Without a hotline (`ctx.hotline` false) says so instead, and gives
/// someone who may be in danger the emergency contacts at once.
pub fn offer_hotline(
    out: &mut Outcome,
    ctx: Context,
    priority: Priority,
    draft: Option<OfferDraft>,
    before: Option<Msg>,
    also: Vec<Vec<KeyButton>>,
) {
    if !ctx.hotline {
        out.state.awaiting = None;
        out.state.draft_offer = None;
        // Someone in distress has the emergency numbers already, in the reply before.
        let mut reply = unavailable_reply();
        reply.keyboard.splice(0..0, also);
        out.replies.push(reply);
        return;
    }
    if ctx.blocked {
        out.state.awaiting = None;
        out.state.draft_offer = None;
        out.state.in_case = false;
        // Someone in distress has the emergency numbers already, in the reply before.
        let mut reply = super::scam_report::blocked_reply(out.state.country, before.is_none());
        reply.keyboard.splice(0..0, also);
        out.replies.push(reply);
        return;
    }
    if let Some(case) = ctx.case {
        out.state.in_case = true;
        out.state.awaiting = None;
        out.replies.push(Reply::text(
            Msg::new("hotline-rejoined").arg("case", Arg::Number(case)),
        ));
        return;
    }
    // A checked offer rated medium or high makes the case more urgent than a question.
    let priority = match &draft {
        Some(d) if priority == Priority::Normal && d.risk != Risk::Low => Priority::High,
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
            vec![button("hotline-btn-agree", HotlineAnswer::Agree)],
            vec![button("hotline-btn-cancel", HotlineAnswer::Cancel)],
        ],
    };
    if let Some(msg) = before {
        reply.body.insert(0, msg);
    }
    reply.keyboard.extend(also);
    out.replies.push(reply);
}

/// "There is no hotline here", with the way back to the menu.
pub fn unavailable_reply() -> Reply {
    Reply {
        body: vec![Msg::new("operator-unavailable")],
        keyboard: vec![vec![KeyButton {
            label: Msg::new("menu-btn-main"),
            data: Callback::Action(Action::Menu).into(),
        }]],
    }
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
        (Awaiting::Consent(p), Input::Button(d)) if is(d, HotlineAnswer::Agree) => {
            out.state.draft_offer = draft;
            out.state.awaiting = Some(Awaiting::Description(p));
            out.replies.push(Reply {
                body: vec![Msg::new("hotline-describe")],
                keyboard: vec![
                    vec![button("hotline-btn-skip", HotlineAnswer::Skip)],
                    vec![button("hotline-btn-cancel", HotlineAnswer::Cancel)],
                ],
            });
            true
        }
        (Awaiting::Consent(_) | Awaiting::Description(_), Input::Button(d))
            if is(d, HotlineAnswer::Cancel) =>
        {
            out.replies.push(Reply::text(Msg::new("hotline-cancelled")));
            false_to_menu(out)
        }
        (Awaiting::Description(p), Input::Button(d)) if is(d, HotlineAnswer::Skip) => {
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
        (Awaiting::LeaveCase, Input::Button(d)) if is(d, HotlineAnswer::Leave) => {
            out.state.in_case = false;
            out.replies.push(Reply::text(
                Msg::new("hotline-left").arg("case", Arg::Number(case.unwrap_or_default())),
            ));
            false_to_menu(out)
        }
        (Awaiting::LeaveCase, Input::Button(d)) if is(d, HotlineAnswer::Stay) => {
            out.replies.push(Reply::text(Msg::new("hotline-stay")));
            true
        }
        (Awaiting::Forget, Input::Button(d)) if is(d, HotlineAnswer::Forget) => {
            out.state.in_case = false;
            out.effects.push(Effect::Forget);
            true
        }
        (Awaiting::Forget, Input::Button(d)) if is(d, HotlineAnswer::Keep) => {
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
        Input::Text(_) | Input::Picture(_) | Input::Unsupported(_) => {
            out.effects.push(Effect::Relay { case });
            InChat::Done
        }
        Input::Command(Command::Menu | Command::Start { .. }) => {
            out.state.awaiting = Some(Awaiting::LeaveCase);
            out.replies.push(Reply {
                body: vec![Msg::new("hotline-leave-ask").arg("case", Arg::Number(case))],
                keyboard: vec![
                    vec![button("hotline-btn-leave", HotlineAnswer::Leave)],
                    vec![button("hotline-btn-stay", HotlineAnswer::Stay)],
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
        Input::Button(data) if Callback::parse(data).is_some_and(|c| c.is_hotline()) => {
            InChat::Usual
        }
        _ => InChat::Leaves,
    }
}

/// `/forget`: asks to confirm.
pub fn ask_forget(out: &mut Outcome) {
    out.state.awaiting = Some(Awaiting::Forget);
    out.replies.push(Reply {
        body: vec![Msg::new("hotline-forget-ask")],
        keyboard: vec![
            vec![button("hotline-btn-forget", HotlineAnswer::Forget)],
            vec![button("hotline-btn-keep", HotlineAnswer::Keep)],
        ],
    });
}

/// The rating keyboard shown when a case is closed.
pub fn rating_keyboard(case: i64) -> Vec<Vec<KeyButton>> {
    vec![
        (1..=5)
            .map(|stars| KeyButton {
                label: Msg::new("hotline-btn-rate").arg("stars", Arg::Number(stars)),
                data: Callback::Rate {
                    case,
                    stars: stars as u8,
                }
                .into(),
            })
            .collect(),
    ]
}

fn button(label: &'static str, answer: HotlineAnswer) -> KeyButton {
    KeyButton {
        label: Msg::new(label),
        data: Callback::Hotline(answer).into(),
    }
}

/// Whether button data `data` is the hotline answer `answer`.
fn is(data: &str, answer: HotlineAnswer) -> bool {
    Callback::parse(data) == Some(Callback::Hotline(answer))
}

/// Fluent ids the hotline uses (checked in every language by `safar check`).
pub const HOTLINE_KEYS: &[&str] = &[
    "hotline-consent",
    "hotline-consent-offer",
    "hotline-consent-confirm",
    "hotline-btn-agree",
    "hotline-btn-cancel",
    "hotline-distress",
    "hotline-describe",
    "hotline-btn-skip",
    "hotline-cancelled",
    "hotline-opened",
    "hotline-expect-open",
    "hotline-expect-closed",
    "hotline-rejoined",
    "hotline-in-chat",
    "hotline-leave-ask",
    "hotline-btn-leave",
    "hotline-btn-stay",
    "hotline-left",
    "hotline-stay",
    "hotline-left-chat",
    "hotline-from-operator",
    "hotline-from-operator-media",
    "hotline-taken",
    "hotline-released",
    "hotline-not-relayed",
    "hotline-closed",
    "hotline-btn-rate",
    "hotline-rated",
    "hotline-forget-ask",
    "hotline-btn-forget",
    "hotline-btn-keep",
    "hotline-forgotten",
    "hotline-forget-kept",
    "ops-card",
    "ops-reminder",
    "ops-btn-take",
    "ops-btn-take-case",
    "ops-offer",
    "ops-from-user",
    "ops-user-message",
    "ops-error",
    "ops-taken",
    "ops-taken-by-other",
    "ops-case-closed",
    "ops-case-not-found",
    "ops-case-not-taken",
    "ops-queue",
    "ops-queue-line",
    "ops-case-usage",
    "ops-help",
    "ops-no-case",
    "ops-released",
    "ops-note-usage",
    "ops-note-saved",
    "ops-close-usage",
    "ops-closed",
    "ops-user-blocked",
    "ops-delivery-failed",
    "ops-rated",
    "ops-forgotten",
];
