//! "Report this offer": under an offer report whose offer names contacts, the user may send
//! those contacts (phones, handles, links, and company names the checker found) to the hotline's
//! operators, and the offer's whole text only if they choose to. The operators confirm or
//! reject the report; confirmed contacts teach the checker (see `offer::confirmed`).
//!
//! Pure: the consent question and the effect; the application records and posts the report.

use super::callback::{Callback, ReportStep};
use super::engine::{Knowledge, Outcome};
use super::hotline::unavailable_reply;
use super::output::{Arg, Effect, KeyButton, Msg, Reply};
use super::script::Action;
use super::state::OfferDraft;
use crate::offer::Report;
use crate::offer::extract::ContactKind;

use super::engine::Context;

/// Fluent ids this flow uses (checked in every language by `safar check`).
pub const REPORT_OFFER_KEYS: &[&str] = &[
    "offer-btn-report",
    "offer-report-ask",
    "offer-report-btn-contacts",
    "offer-report-btn-text",
    "offer-report-btn-cancel",
    "offer-report-nothing",
    "offer-report-sent",
    "hotline-blocked",
];

/// Adds "Report this offer" under an offer report, when there is a hotline and the offer
/// names someone to report.
pub fn offer_button(reply: &mut Reply, report: &Report, ctx: Context) {
    if !ctx.hotline || ctx.blocked {
        return;
    }
    let (contacts, names) = what_to_send(report);
    if contacts.is_empty() && names.is_empty() {
        return;
    }
    // Before "check another" and "main menu", which stay last.
    let at = reply.keyboard.len().saturating_sub(2);
    reply.keyboard.insert(
        at,
        vec![KeyButton {
            label: Msg::new("offer-btn-report"),
            data: Callback::ReportOffer(ReportStep::Ask).into(),
        }],
    );
}

/// A contact as people write it: phones with `+`, handles with `@`.
pub fn shown(kind: ContactKind, value: &str) -> String {
    match kind {
        ContactKind::Handle => format!("@{value}"),
        _ => value.to_string(),
    }
}

/// The contacts and names of an offer, deduplicated, in the order they appear.
fn what_to_send(report: &Report) -> (Vec<(ContactKind, String)>, Vec<String>) {
    let mut contacts: Vec<(ContactKind, String)> = Vec::new();
    for c in &report.contacts {
        let pair = (c.kind, c.value.clone());
        if !contacts.contains(&pair) {
            contacts.push(pair);
        }
    }
    // Agencies the registry knows, and company names the checker found (the application
    // decides which of them the hotline can confirm).
    let found = report
        .agencies
        .iter()
        .map(|a| a.name.clone())
        .chain(report.names.iter().map(|n| n.text.trim().to_string()));
    let mut names: Vec<String> = Vec::new();
    for name in found {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (contacts, names)
}

/// A button of the report's consent question (or any other) pressed with the offer kept.
pub fn press(
    know: Knowledge<'_>,
    out: &mut Outcome,
    step: ReportStep,
    draft: OfferDraft,
    ctx: Context,
) {
    if !ctx.hotline {
        out.replies.push(unavailable_reply());
        return;
    }
    if ctx.blocked {
        out.replies.push(blocked_reply(out.state.country, true));
        return;
    }
    let report = know.offer.check_with(&draft.text, know.confirmed);
    let (contacts, names) = what_to_send(&report);
    if contacts.is_empty() && names.is_empty() {
        out.replies.push(Reply {
            body: vec![Msg::new("offer-report-nothing")],
            keyboard: vec![menu_button()],
        });
        return;
    }
    match step {
        ReportStep::Ask => {
            let listed: Vec<String> = contacts
                .iter()
                .map(|(k, v)| shown(*k, v))
                .chain(names.iter().cloned())
                .collect();
            out.replies.push(Reply {
                body: vec![
                    Msg::new("offer-report-ask").arg("contacts", Arg::Text(listed.join("\n"))),
                ],
                keyboard: vec![
                    vec![KeyButton {
                        label: Msg::new("offer-report-btn-contacts"),
                        data: Callback::ReportOffer(ReportStep::Contacts).into(),
                    }],
                    vec![KeyButton {
                        label: Msg::new("offer-report-btn-text"),
                        data: Callback::ReportOffer(ReportStep::WithText).into(),
                    }],
                    vec![KeyButton {
                        label: Msg::new("offer-report-btn-cancel"),
                        data: Callback::Action(Action::Menu).into(),
                    }],
                ],
            });
            // The offer stays kept for the answer.
            out.state.draft_offer = Some(draft);
        }
        ReportStep::Contacts | ReportStep::WithText => {
            out.effects.push(Effect::ReportOffer {
                contacts,
                names,
                text: (step == ReportStep::WithText).then(|| draft.text.clone()),
                risk: report.risk,
            });
        }
    }
}

fn menu_button() -> Vec<KeyButton> {
    vec![KeyButton {
        label: Msg::new("menu-btn-main"),
        data: Callback::Action(Action::Menu).into(),
    }]
}

/// The user's messages no longer reach the operators: said plainly, with the emergency
/// numbers of where they are (unless they were just given) and the way back to the menu.
pub fn blocked_reply(country: Option<crate::core::country::Country>, numbers: bool) -> Reply {
    let mut reply = Reply::text(Msg::new("hotline-blocked"));
    if numbers {
        let block = super::emergency::block(country, false);
        reply.body.extend(block.body);
        reply.keyboard.extend(block.keyboard);
    }
    reply.keyboard.push(menu_button());
    reply
}
