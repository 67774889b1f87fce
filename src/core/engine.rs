//! The dialogue engine: `(state, input) → (new state, replies, effects)`, pure and synchronous.
//!
//! It reads validated scripts and never trusts callback data: every button press is resolved
//! against the scripts in use now, so a stale or forged button gets a polite "this menu is out
//! of date" and the main menu instead of an error.
//!
//! The buttons it issues are [`Callback`]s (`callback.rs` lists them); a `b:` button is
//! resolved by its position in the node as the scripts say now, and an `f:` suggestion only
//! while typed questions can still lead to that node. The country question and the emergency
//! numbers are in `emergency.rs`.

use super::callback::Callback;
use super::emergency;
use super::faq::{Decision, Entry, guess_lang};
use super::hotline::{self, InChat};
use super::input::{Command, Input, Media};
use super::output::{Arg, Effect, Happened, KeyButton, Msg, Question, Reply};
use super::state::{Awaiting, OfferDraft, Priority, UserState};
use crate::core::distress::{Distress, DistressKind};
use crate::core::offer_reply::{full_report_reply, report_reply};
use crate::core::script::{Action, NodeRef, Scripts, Target};
use crate::lang::Lang;
use crate::offer::OfferChecker;

/// What the engine decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub state: UserState,
    pub replies: Vec<Reply>,
    pub effects: Vec<Effect>,
    /// What happened, for the statistics (pages, questions, distress): never any text.
    pub events: Vec<Happened>,
}

/// Facts about the user that are not state: what their Telegram client says.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// Guess from the client's language code, used to order the language picker.
    pub lang_guess: Option<Lang>,
    /// The user's open hotline case, as the database knows it (the application's truth: an
    /// operator may have closed it since the user's last step).
    pub case: Option<i64>,
    /// Whether there is a hotline (an operators' group) to offer.
    pub hotline: bool,
    /// The user's messages are blocked from the operators (`/block`): the hotline is not
    /// offered; pages, the offer checker and the emergency contacts work as for anyone.
    pub blocked: bool,
}

/// What the engine reads: the scripts and the offer checker (both pure, both validated).
#[derive(Clone, Copy)]
pub struct Knowledge<'a> {
    pub scripts: &'a Scripts,
    pub offer: &'a OfferChecker,
    pub distress: &'a Distress,
    /// Contacts the hotline confirmed as scams' (from users' reports).
    pub confirmed: &'a crate::offer::confirmed::ConfirmedContacts,
}

pub fn handle(know: Knowledge<'_>, state: &UserState, input: &Input, ctx: Context) -> Outcome {
    let scripts = know.scripts;
    let mut out = Outcome {
        state: state.clone(),
        replies: Vec::new(),
        effects: Vec::new(),
        events: Vec::new(),
    };
    // Language first: until one is picked, everything leads to the picker, except the
    // picker's own buttons.
    if let Input::Command(Command::Start { payload }) = input {
        if out.state.campaign.is_none() {
            out.state.campaign.clone_from(payload);
        }
        // A deep link into a script is opened once a language is picked.
        if out.state.lang.is_none() {
            out.state.position = deep_link(scripts, payload.as_deref());
        }
    }
    if out.state.lang.is_none() {
        match input {
            Input::Button(data) if matches!(Callback::parse(data), Some(Callback::Lang(_))) => {}
            Input::Text(text) if first_line(know, &mut out, text, ctx) => return out,
            _ => {
                out.replies.push(language_picker(ctx.lang_guess));
                return out;
            }
        }
    }
    // The country question (asked with the emergency numbers, maybe under an urgent consent)
    // is answered without touching anything else: the consent stays open.
    if let Input::Button(data) = input
        && let Some(Callback::Country { country, self_harm }) = Callback::parse(data)
    {
        emergency::press(&mut out, country, self_harm);
        if let Some(reply) = out.replies.pop() {
            out.replies.push(with_menu_button(reply));
        }
        return out;
    }
    // Whatever the user does next, a question asked is answered or dropped now; so is the
    // offer kept from the last check (only "talk to a person" carries it on).
    let awaiting = out.state.awaiting.take();
    let draft = out.state.draft_offer.take();
    if ctx.case.is_none() {
        out.state.in_case = false;
    }
    if let Some(asked) = awaiting
        && asked != Awaiting::Offer
    {
        if hotline::answer(&mut out, asked, input, draft.clone(), ctx.case) {
            // Words of distress in the description: the numbers at once, the case urgent.
            if let (Awaiting::Description(_), Input::Text(text)) = (asked, input)
                && let Some(kind) = know.distress.kind(text)
            {
                for effect in &mut out.effects {
                    if let Effect::OpenCase { priority, .. } = effect {
                        *priority = Priority::Urgent;
                    }
                }
                let numbers = emergency::block(out.state.country, kind == DistressKind::SelfHarm);
                out.replies.insert(0, numbers);
            }
            return out;
        }
        if out.replies.len() == 1 {
            // Cancelled or left: the main menu under the confirmation.
            show_main_menu(scripts, &mut out, None);
            return out;
        }
    }
    let mut leaving = None;
    if let Some(case) = ctx.case
        && out.state.in_case
    {
        match hotline::in_chat(&mut out, case, input) {
            InChat::Done => {
                // Words of distress in the chat with an operator are relayed, and the
                // emergency numbers come at once too: no operator may have taken the case yet.
                if let Input::Text(text) = input
                    && let Some(kind) = know.distress.kind(text)
                {
                    let self_harm = kind == DistressKind::SelfHarm;
                    out.replies
                        .push(emergency::block(out.state.country, self_harm));
                }
                return out;
            }
            InChat::Usual => {}
            InChat::Leaves => leaving = Some(case),
        }
    }
    if let Input::Text(text) = input
        && let Some(kind) = know.distress.kind(text)
    {
        distress(know, &mut out, text, kind, ctx, draft);
        return out;
    }
    if awaiting == Some(Awaiting::Offer) {
        match input {
            Input::Text(text) => {
                check_offer(know, &mut out, text, None, ctx);
                return out;
            }
            Input::Unsupported(Media::Photo | Media::Document) => {
                out.state.awaiting = Some(Awaiting::Offer);
                out.replies.push(with_menu_button(Reply::text(Msg::new(
                    "offer-photo-no-text",
                ))));
                return out;
            }
            _ => {}
        }
    }
    match input {
        Input::Command(command) => match command {
            Command::Start { payload } => match deep_link(scripts, payload.as_deref()) {
                Some(at) => show_node(scripts, &mut out, at, None),
                None => show_main_menu(scripts, &mut out, Some(Msg::new("menu-welcome"))),
            },
            Command::Menu => show_main_menu(scripts, &mut out, None),
            Command::Language => {
                let current = out.state.lang.or(ctx.lang_guess);
                out.replies.push(language_picker(current));
            }
            Command::Help => act(scripts, &mut out, Action::Help),
            Command::Check => act(scripts, &mut out, Action::CheckOffer),
            Command::Operator => act(scripts, &mut out, Action::Operator),
            Command::Forget => hotline::ask_forget(&mut out),
            Command::Country => out.replies.push(with_menu_button(emergency::ask(false))),
            // The app answers these (it knows the subscriptions).
            Command::Alerts | Command::Stop => act(scripts, &mut out, Action::Alerts),
            // `/reload` from a non-admin reaches the engine: it is not a command for them.
            Command::Reload | Command::Unknown => {
                out.replies.push(with_menu_button(Reply::text(Msg::new(
                    "common-unknown-command",
                ))));
            }
        },
        Input::Button(data) if Callback::parse(data) == Some(Callback::ShowAllFlags) => {
            show_full_report(know, &mut out, draft.as_ref(), ctx);
        }
        Input::Button(data) if matches!(Callback::parse(data), Some(Callback::ReportOffer(_))) => {
            match (Callback::parse(data), draft.clone()) {
                (Some(Callback::ReportOffer(step)), Some(draft)) => {
                    super::scam_report::press(know, &mut out, step, draft, ctx);
                }
                _ => stale(scripts, &mut out),
            }
        }
        Input::Button(data) => press(scripts, &mut out, data),
        // A pasted or forwarded offer is checked at once, even if it names a country.
        Input::Text(text) if know.offer.looks_like_offer(text) => {
            check_offer(
                know,
                &mut out,
                text,
                Some(Msg::new("offer-looks-like")),
                ctx,
            );
        }
        Input::Text(text) => match scripts.faq().decide(text) {
            Decision::Answer(entry) => {
                out.events.push(Happened::Question(Question::Answered));
                show_node(scripts, &mut out, entry.at.clone(), None);
            }
            Decision::Suggest(entries) => {
                out.events.push(Happened::Question(Question::Unsure));
                out.replies.push(suggestions(&entries));
            }
            Decision::Nothing => {
                out.events.push(Happened::Question(Question::NotFound));
                out.replies.push(nothing_found());
            }
        },
        Input::Picture(read) => check_picture(know, &mut out, read.as_deref(), ctx),
        Input::Unsupported(media) => {
            let mut reply = current_node_reply(scripts, &mut out);
            // A picture or a file is most often a screenshot of a job offer.
            reply.body = vec![Msg::new(match media {
                Media::Photo | Media::Document => "offer-photo-no-text",
                _ => "common-text-only",
            })];
            out.replies.push(reply);
        }
    }
    // "Talk to a person" (menu, /operator, a button under an offer report) only marks the
    // wish; the consent screen needs the case and the checked offer, known here.
    if out.state.awaiting == Some(Awaiting::Consent(Priority::Normal)) && out.replies.is_empty() {
        hotline::offer_hotline(&mut out, ctx, Priority::Normal, draft, None, Vec::new());
    } else if let Some(case) = leaving {
        out.state.in_case = false;
        if let Some(first) = out.replies.first_mut() {
            first.body.insert(
                0,
                Msg::new("hotline-left-chat").arg("case", Arg::Number(case)),
            );
        }
    }
    out
}

fn press(scripts: &Scripts, out: &mut Outcome, data: &str) {
    let Some(callback) = Callback::parse(data) else {
        stale(scripts, out);
        return;
    };
    match callback {
        Callback::Rate { case, stars } => out.effects.push(Effect::Rate { case, stars }),
        // The page the user is on (or was sent to by a deep link), in the new language.
        Callback::Lang(lang) => {
            out.state.lang = Some(lang);
            let mut reply = current_node_reply(scripts, out);
            reply.body.insert(0, Msg::new("lang-changed"));
            out.replies.push(reply);
        }
        Callback::Faq(at) => match scripts.faq().entry(&at) {
            Some(entry) => show_node(scripts, out, entry.at.clone(), None),
            None => stale(scripts, out),
        },
        // Counted even when the page is gone since (the press happened); the app checks the
        // alert had that button.
        Callback::AlertPage { alert, at } => {
            out.events.push(Happened::AlertPress {
                alert,
                at: at.clone(),
            });
            if scripts.get(&at).is_some() {
                show_node(scripts, out, at, None);
            } else {
                stale(scripts, out);
            }
        }
        Callback::Action(action) => act(scripts, out, action),
        Callback::Button { at, index } => {
            match scripts
                .get(&at)
                .and_then(|node| node.buttons.get(index))
                .map(|b| b.target.clone())
            {
                Some(Target::Node(at)) => show_node(scripts, out, at, None),
                Some(Target::Action(action)) => act(scripts, out, action),
                None => stale(scripts, out),
            }
        }
        // A hotline button whose question is no longer open (pressed twice, or forged), or an
        // operator's button pressed in a private chat.
        Callback::Hotline(_)
        | Callback::Take(_)
        | Callback::ShowAllFlags
        | Callback::ReportOffer(_)
        | Callback::Publish(_)
        | Callback::CancelPublish(_) => stale(scripts, out),
        // Answered before anything else in `handle`; here only for completeness.
        Callback::Country { country, self_harm } => emergency::press(out, country, self_harm),
    }
}

fn act(scripts: &Scripts, out: &mut Outcome, action: Action) {
    match action {
        Action::Menu => show_main_menu(scripts, out, None),
        Action::Language => out.replies.push(language_picker(out.state.lang)),
        Action::Help => out
            .replies
            .push(with_menu_button(Reply::text(Msg::new("common-help")))),
        Action::CheckOffer => {
            out.state.awaiting = Some(Awaiting::Offer);
            out.replies
                .push(with_menu_button(Reply::text(Msg::new("offer-prompt"))));
        }
        // Completed in `handle` (see there).
        Action::Operator => out.state.awaiting = Some(Awaiting::Consent(Priority::Normal)),
        Action::Emergency => out
            .replies
            .push(with_menu_button(emergency::block(out.state.country, false))),
        Action::Alerts => out.events.push(Happened::Alerts),
    }
}

/// "Show all" under a short offer report: the full report of the offer kept from that check
/// (the button names no offer; with no offer kept it is stale). The offer stays kept, so
/// "talk to a person" under the full report still carries it.
fn show_full_report(
    know: Knowledge<'_>,
    out: &mut Outcome,
    draft: Option<&OfferDraft>,
    ctx: Context,
) {
    match draft {
        Some(draft) => {
            let report = know.offer.check_with(&draft.text, know.confirmed);
            let mut reply = full_report_reply(&report);
            super::scam_report::offer_button(&mut reply, &report, ctx);
            out.replies.push(reply);
            out.state.draft_offer = Some(draft.clone());
        }
        _ => stale(know.scripts, out),
    }
}

/// Checks an offer and answers with the report; the check is recorded (without the text).
fn check_offer(
    know: Knowledge<'_>,
    out: &mut Outcome,
    text: &str,
    before: Option<Msg>,
    ctx: Context,
) {
    let report = know.offer.check_with(text, know.confirmed);
    let mut reply = report_reply(&report);
    super::scam_report::offer_button(&mut reply, &report, ctx);
    if let Some(msg) = before {
        reply.body.insert(0, msg);
    }
    out.replies.push(reply);
    let categories = report.categories();
    out.state.draft_offer = Some(OfferDraft {
        text: text.to_string(),
        risk: report.risk,
        flags: categories.clone(),
    });
    out.effects.push(Effect::OfferChecked {
        risk: report.risk,
        categories,
    });
}

/// Whether a picture the user sends now is to be read (by OCR) and checked as an offer: in the
/// check flow a photo or an image file, and a photo anywhere else, except in the chat of an
/// open case (where it goes to the operators as it is), while the hotline asks its questions,
/// and before a language is picked.
pub fn reads_picture(state: &UserState, ctx: Context, media: Media) -> bool {
    if state.lang.is_none() || (ctx.case.is_some() && state.in_case) {
        return false;
    }
    match state.awaiting {
        Some(Awaiting::Offer) => matches!(media, Media::Photo | Media::Document),
        None => media == Media::Photo,
        Some(_) => false,
    }
}

/// A picture's text, read by OCR: checked like a pasted offer, with where the text came from
/// (a short quote) and the advice to paste it if something was misread. A picture that could
/// not be read gets that said plainly, and the check flow stays open for the pasted text.
fn check_picture(know: Knowledge<'_>, out: &mut Outcome, read: Option<&str>, ctx: Context) {
    match read {
        Some(text) => {
            let quote = crate::core::offer_reply::quote(text);
            check_offer(
                know,
                out,
                text,
                Some(Msg::new("offer-picture-read").arg("quote", Arg::Text(quote))),
                ctx,
            );
            if let Some(reply) = out.replies.last_mut() {
                reply.body.push(Msg::new("offer-picture-misread"));
            }
        }
        None => {
            out.state.awaiting = Some(Awaiting::Offer);
            out.replies.push(with_menu_button(Reply::text(Msg::new(
                "offer-picture-unreadable",
            ))));
        }
    }
}

fn stale(scripts: &Scripts, out: &mut Outcome) {
    show_main_menu(scripts, out, Some(Msg::new("menu-stale")));
}

fn show_main_menu(scripts: &Scripts, out: &mut Outcome, before: Option<Msg>) {
    show_node(scripts, out, scripts.main_menu(), before);
}

/// Shows a node (which must exist) and remembers it as the user's position.
fn show_node(scripts: &Scripts, out: &mut Outcome, at: NodeRef, before: Option<Msg>) {
    let mut reply = node_reply(scripts, &at);
    if let Some(msg) = before {
        reply.body.insert(0, msg);
    }
    out.events.push(Happened::Page(at.clone()));
    out.state.position = Some(at);
    out.replies.push(reply);
}

/// The reply for the user's current node, or the main menu if it no longer exists (a deploy
/// may have removed it): nobody is ever stuck on a node that is gone.
fn current_node_reply(scripts: &Scripts, out: &mut Outcome) -> Reply {
    let at = out
        .state
        .position
        .clone()
        .filter(|at| scripts.get(at).is_some())
        .unwrap_or_else(|| scripts.main_menu());
    out.state.position = Some(at.clone());
    node_reply(scripts, &at)
}

/// A node's text and buttons, plus a "main menu" button everywhere but the main menu.
pub fn node_reply(scripts: &Scripts, at: &NodeRef) -> Reply {
    let Some(node) = scripts.get(at) else {
        return node_reply(scripts, &scripts.main_menu());
    };
    let keyboard = node
        .buttons
        .iter()
        .enumerate()
        .map(|(i, b)| {
            vec![KeyButton {
                label: Msg::new(b.label.clone()),
                data: Callback::Button {
                    at: at.clone(),
                    index: i,
                }
                .into(),
            }]
        })
        .collect();
    let reply = Reply {
        body: vec![Msg::new(node.text.clone())],
        keyboard,
    };
    if *at == scripts.main_menu() {
        reply
    } else {
        with_menu_button(reply)
    }
}

fn with_menu_button(mut reply: Reply) -> Reply {
    reply.keyboard.push(vec![KeyButton {
        label: Msg::new("menu-btn-main"),
        data: Callback::Action(Action::Menu).into(),
    }]);
    reply
}

/// The language picker: the prompt in every language, the guessed (or current) language first.
pub fn language_picker(first: Option<Lang>) -> Reply {
    let mut langs = Lang::ALL.to_vec();
    if let Some(first) = first {
        langs.retain(|l| *l != first);
        langs.insert(0, first);
    }
    Reply {
        body: langs
            .iter()
            .map(|l| Msg::new("lang-picker-prompt").in_lang(*l))
            .collect(),
        keyboard: langs
            .iter()
            .map(|l| {
                vec![KeyButton {
                    label: Msg::new("lang-name").in_lang(*l),
                    data: Callback::Lang(*l).into(),
                }]
            })
            .collect(),
    }
}

/// The start node of the script a `/start` payload names: the script id itself, or the id
/// followed by `_` or `-` and a campaign tag (`quiz_spring-2026`); the longest id wins.
fn deep_link(scripts: &Scripts, payload: Option<&str>) -> Option<NodeRef> {
    let payload = payload?;
    scripts
        .scripts()
        .filter(|s| {
            payload
                .strip_prefix(s.id.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['_', '-']))
        })
        .max_by_key(|s| s.id.len())
        .and_then(|s| scripts.start_of(&s.id))
}

/// A question typed before any language was chosen: answered in the language the text is
/// written in, with a way to change it, when the answer is clear (or the text is a job offer,
/// which is checked). Returns `false` to show the language picker instead.
fn first_line(know: Knowledge<'_>, out: &mut Outcome, text: &str, ctx: Context) -> bool {
    let Some(lang) = guess_lang(text, ctx.lang_guess, &know.offer.vocabulary().languages) else {
        return false;
    };
    // Someone in distress gets the emergency numbers and the hotline at once, as a user who
    // chose a language would.
    if let Some(kind) = know.distress.kind(text) {
        out.state.lang = Some(lang);
        distress(know, out, text, kind, ctx, None);
        return true;
    }
    if know.offer.looks_like_offer(text) {
        out.state.lang = Some(lang);
        check_offer(know, out, text, Some(Msg::new("offer-looks-like")), ctx);
    } else if let Decision::Answer(entry) = know.scripts.faq().decide(text) {
        out.state.lang = Some(lang);
        out.events.push(Happened::Question(Question::Answered));
        show_node(know.scripts, out, entry.at.clone(), None);
    } else {
        return false;
    }
    if let Some(reply) = out.replies.last_mut() {
        reply.body.push(Msg::new("faq-lang-hint"));
        let at = reply.keyboard.len().saturating_sub(1);
        reply.keyboard.insert(
            at,
            vec![KeyButton {
                label: Msg::new("faq-btn-language"),
                data: Callback::Action(Action::Language).into(),
            }],
        );
    }
    true
}

/// A message of distress: the emergency numbers of the user's country at once (asking where
/// they are if not known), then a person offered as an urgent case (with a case open: back
/// into its chat). Danger also gets the page answering the words one tap away; self-harm gets
/// warm words and the crisis line, and never a choice of topics.
fn distress(
    know: Knowledge<'_>,
    out: &mut Outcome,
    text: &str,
    kind: DistressKind,
    ctx: Context,
    draft: Option<OfferDraft>,
) {
    out.events.push(Happened::Distress);
    let self_harm = kind == DistressKind::SelfHarm;
    out.replies
        .push(emergency::block(out.state.country, self_harm));
    let before = if self_harm {
        "emergency-self-harm-person"
    } else {
        "hotline-distress"
    };
    // The page that answers the words too ("паспортымды алып қойды" → what to do when the
    // passport is taken), one tap away under the consent buttons; never a menu of topics to
    // someone who wrote of ending their life.
    let best = match know.scripts.faq().decide(text) {
        Decision::Answer(entry) => Some(entry),
        Decision::Suggest(entries) => entries.first().copied(),
        Decision::Nothing => None,
    };
    let also = match best {
        Some(entry) if ctx.case.is_none() && !self_harm => vec![vec![KeyButton {
            label: Msg::new(entry.title.clone()),
            data: Callback::Faq(entry.at.clone()).into(),
        }]],
        _ => Vec::new(),
    };
    hotline::offer_hotline(
        out,
        ctx,
        Priority::Urgent,
        draft,
        Some(Msg::new(before)),
        also,
    );
    if let Some(case) = ctx.case
        && ctx.hotline
        && !ctx.blocked
    {
        // Back in the chat of the open case: these words go to the operator too.
        out.effects.push(Effect::Relay { case });
    }
}

/// "Did you mean": the nodes' titles as buttons, then the main menu.
fn suggestions(entries: &[&Entry]) -> Reply {
    let keyboard = entries
        .iter()
        .map(|e| {
            vec![KeyButton {
                label: Msg::new(e.title.clone()),
                data: Callback::Faq(e.at.clone()).into(),
            }]
        })
        .collect();
    with_menu_button(Reply {
        body: vec![Msg::new("faq-suggest")],
        keyboard,
    })
}

/// Nothing matched: check a job offer, talk to a person, or the main menu.
fn nothing_found() -> Reply {
    let button = |key: &'static str, action: Action| {
        vec![KeyButton {
            label: Msg::new(key),
            data: Callback::Action(action).into(),
        }]
    };
    with_menu_button(Reply {
        body: vec![Msg::new("faq-nothing")],
        keyboard: vec![
            button("faq-btn-check", Action::CheckOffer),
            button("faq-btn-operator", Action::Operator),
        ],
    })
}

#[cfg(test)]
mod tests {
    /// A context with a hotline to offer (the tests below are about it unless they say not).
    fn with_hotline() -> Context {
        Context {
            hotline: true,
            ..Context::default()
        }
    }

    use std::path::{Path, PathBuf};

    use super::*;
    use crate::core::country::Country;
    use crate::core::input::Media;
    use crate::diagnostics::Diagnostics;
    use crate::offer::Risk;

    const MAIN: &str = "start: menu
nodes:
  - id: menu
    text: main-menu
    buttons:
      - label: main-btn-russia
        next: russia
      - label: main-btn-check
        action: check_offer
  - id: russia
    text: main-russia
    keywords: [patent, патент]
    buttons:
      - label: main-btn-reg
        next: registration
  - id: registration
    text: main-registration
    keywords: [registratsiya, регистрация]
";

    fn offer() -> &'static OfferChecker {
        static CHECKER: std::sync::OnceLock<OfferChecker> = std::sync::OnceLock::new();
        CHECKER.get_or_init(|| {
            let mut diags = Diagnostics::default();
            OfferChecker::from_sources(
                (
                    Path::new("offer-rules.yaml"),
                    include_str!("../../dialogues/offer-rules.yaml"),
                ),
                (
                    Path::new("offer-registry.yaml"),
                    include_str!("../../dialogues/offer-registry.yaml"),
                ),
                &mut diags,
            )
            .expect("the shipped offer rules are valid")
        })
    }

    /// The engine with the test script and the shipped offer rules.
    fn handle(s: &Scripts, state: &UserState, input: &Input, ctx: Context) -> Outcome {
        let know = Knowledge {
            scripts: s,
            offer: offer(),
            distress: distress(),
            confirmed: confirmed(),
        };
        super::handle(know, state, input, ctx)
    }

    /// One contact the hotline confirmed: a phone reported three times.
    fn confirmed() -> &'static crate::offer::confirmed::ConfirmedContacts {
        static CONFIRMED: std::sync::OnceLock<crate::offer::confirmed::ConfirmedContacts> =
            std::sync::OnceLock::new();
        CONFIRMED.get_or_init(|| {
            crate::offer::confirmed::ConfirmedContacts::new([(
                crate::offer::extract::ContactKind::Phone,
                "+998907654321".to_string(),
                3,
                "2026-12-01".to_string(),
            )])
        })
    }

    fn distress() -> &'static Distress {
        static D: std::sync::OnceLock<Distress> = std::sync::OnceLock::new();
        D.get_or_init(|| {
            let mut diags = Diagnostics::default();
            Distress::parse(
                Path::new("distress.yaml"),
                include_str!("../../dialogues/distress.yaml"),
                &mut diags,
            )
            .expect("the shipped distress phrases are valid")
        })
    }

    fn in_lang(lang: Lang) -> UserState {
        chosen(lang)
    }

    fn press_and_keys(s: &Scripts, state: &UserState, data: &str, ctx: Context) -> Outcome {
        handle(s, state, &Input::Button(data.into()), ctx)
    }

    #[test]
    fn talk_to_a_person_asks_consent_then_a_description_then_opens_a_case() {
        let s = scripts();
        let ctx = with_hotline();
        let out = handle(
            &s,
            &in_lang(Lang::Uz),
            &Input::Command(Command::Operator),
            ctx,
        );
        assert_eq!(
            keys(&out.replies[0]),
            ["hotline-consent", "hotline-consent-confirm"]
        );
        assert_eq!(
            out.state.awaiting,
            Some(Awaiting::Consent(Priority::Normal))
        );
        assert!(out.effects.is_empty(), "nothing is shared before consent");
        let out = press_and_keys(&s, &out.state, "h:agree", ctx);
        assert_eq!(keys(&out.replies[0]), ["hotline-describe"]);
        let out = handle(
            &s,
            &out.state,
            &Input::Text("my employer took my passport".into()),
            ctx,
        );
        assert_eq!(
            out.effects,
            [Effect::OpenCase {
                priority: Priority::Normal,
                description: Some("my employer took my passport".into()),
                offer: None,
                relay_this: false,
            }]
        );
        assert!(out.state.in_case);
        assert_eq!(out.state.awaiting, None);
    }

    #[test]
    fn cancelling_consent_shares_nothing_and_shows_the_menu() {
        let s = scripts();
        let ctx = with_hotline();
        let out = handle(
            &s,
            &in_lang(Lang::Ru),
            &Input::Command(Command::Operator),
            ctx,
        );
        let out = press_and_keys(&s, &out.state, "h:cancel", ctx);
        assert!(out.effects.is_empty());
        assert_eq!(keys(&out.replies[0]), ["hotline-cancelled"]);
        assert_eq!(keys(&out.replies[1]), ["main-menu"]);
        // The same button again is out of date, not a second cancel.
        let again = press_and_keys(&s, &out.state, "h:agree", ctx);
        assert_eq!(keys(&again.replies[0])[0], "menu-stale");
        assert!(again.effects.is_empty());
    }

    #[test]
    fn without_a_hotline_distress_gets_the_emergency_contacts_and_no_consent() {
        let s = scripts();
        let out = handle(
            &s,
            &in_lang(Lang::Ru),
            &Input::Text("помогите, паспорт забрали".into()),
            Context::default(),
        );
        assert_eq!(keys(&out.replies[0])[0], "emergency-generic");
        assert_eq!(keys(&out.replies[1]), ["operator-unavailable"]);
        assert_eq!(out.replies.len(), 2);
        assert_eq!(out.state.awaiting, None);
        let data: Vec<&str> = out.replies[1]
            .keyboard
            .iter()
            .flatten()
            .map(|b| b.data.as_str())
            .collect();
        assert!(!data.iter().any(|d| d.starts_with("h:")), "{data:?}");
        assert_eq!(data.last(), Some(&"a:menu"), "{data:?}");
        // "Talk to a person" from the menu: the same answer, without the emergency block.
        let out = press_and_keys(&s, &in_lang(Lang::Ru), "a:operator", Context::default());
        assert_eq!(keys(&out.replies[0]), ["operator-unavailable"]);
    }

    #[test]
    fn distress_offers_the_hotline_at_once_as_urgent() {
        let s = scripts();
        let ctx = with_hotline();
        let out = handle(
            &s,
            &in_lang(Lang::Ru),
            &Input::Text("помогите, паспорт забрали".into()),
            ctx,
        );
        // The emergency numbers first (the country is not known yet: asked with them)…
        assert_eq!(
            keys(&out.replies[0]),
            [
                "emergency-generic",
                "emergency-uz-numbers",
                "emergency-ask-country"
            ]
        );
        // …and with them, never instead of them, a person as an urgent case.
        assert_eq!(
            keys(&out.replies[1]),
            [
                "hotline-distress",
                "hotline-consent",
                "hotline-consent-confirm"
            ]
        );
        assert_eq!(
            out.state.awaiting,
            Some(Awaiting::Consent(Priority::Urgent))
        );
        // Answering where they are keeps the consent open.
        let out = press_and_keys(&s, &out.state, "c:ru", ctx);
        assert_eq!(
            keys(&out.replies[0]),
            ["emergency-ru", "emergency-uz-numbers"]
        );
        assert_eq!(out.state.country, Some(Country::Russia));
        assert_eq!(
            out.state.awaiting,
            Some(Awaiting::Consent(Priority::Urgent))
        );
        let out = press_and_keys(&s, &out.state, "h:agree", ctx);
        let out = press_and_keys(&s, &out.state, "h:skip", ctx);
        assert!(matches!(
            out.effects[..],
            [Effect::OpenCase {
                priority: Priority::Urgent,
                description: None,
                ..
            }]
        ));
    }

    #[test]
    fn a_checked_offer_goes_with_the_case_only_right_after_the_check() {
        let s = scripts();
        let ctx = with_hotline();
        let offer = "Koreyaga ish! Oylik 2000 dollar. Oldindan 500 dollar to'lov. Pasportingizni bizga topshirasiz. Telegram: @job_korea_tez";
        let checked = handle(&s, &in_lang(Lang::Uz), &Input::Command(Command::Check), ctx);
        let checked = handle(&s, &checked.state, &Input::Text(offer.into()), ctx);
        assert!(checked.state.draft_offer.is_some());
        let consent = press_and_keys(&s, &checked.state, "a:operator", ctx);
        assert_eq!(
            keys(&consent.replies[0]),
            [
                "hotline-consent",
                "hotline-consent-offer",
                "hotline-consent-confirm"
            ]
        );
        assert_eq!(
            consent.state.awaiting,
            Some(Awaiting::Consent(Priority::High))
        );
        let out = press_and_keys(&s, &consent.state, "h:agree", ctx);
        let out = press_and_keys(&s, &out.state, "h:skip", ctx);
        let Effect::OpenCase {
            offer: Some(draft), ..
        } = &out.effects[0]
        else {
            panic!("{:?}", out.effects)
        };
        assert_eq!(draft.text, offer);
        // Any other step drops the offer.
        let menu = handle(&s, &checked.state, &Input::Command(Command::Menu), ctx);
        assert_eq!(menu.state.draft_offer, None);
    }

    #[test]
    fn in_a_case_messages_are_relayed_and_menu_asks_before_leaving() {
        let s = scripts();
        let ctx = Context {
            case: Some(7),
            ..with_hotline()
        };
        let state = UserState {
            in_case: true,
            ..in_lang(Lang::Kaa)
        };
        let out = handle(&s, &state, &Input::Text("salem".into()), ctx);
        assert_eq!(out.effects, [Effect::Relay { case: 7 }]);
        assert!(out.replies.is_empty());
        let out = handle(&s, &state, &Input::Unsupported(Media::Photo), ctx);
        assert_eq!(out.effects, [Effect::Relay { case: 7 }]);
        let ask = handle(&s, &state, &Input::Command(Command::Menu), ctx);
        assert_eq!(keys(&ask.replies[0]), ["hotline-leave-ask"]);
        let stay = press_and_keys(&s, &ask.state, "h:stay", ctx);
        assert!(stay.state.in_case);
        let left = press_and_keys(&s, &ask.state, "h:leave", ctx);
        assert!(!left.state.in_case);
        assert_eq!(keys(&left.replies[1]), ["main-menu"]);
        // Out of the chat, text is a question again; /operator goes back in.
        let q = handle(&s, &left.state, &Input::Text("salem".into()), ctx);
        assert!(q.effects.is_empty());
        let back = handle(&s, &left.state, &Input::Command(Command::Operator), ctx);
        assert!(back.state.in_case);
        assert_eq!(keys(&back.replies[0]), ["hotline-rejoined"]);
        // Once the operator closed the case, the same state is an ordinary one.
        let closed = handle(&s, &state, &Input::Text("salem".into()), with_hotline());
        assert!(closed.effects.is_empty());
        assert!(!closed.state.in_case);
    }

    #[test]
    fn forget_asks_first_and_ratings_are_passed_on() {
        let s = scripts();
        let ctx = with_hotline();
        let ask = handle(
            &s,
            &in_lang(Lang::Uz),
            &Input::Command(Command::Forget),
            ctx,
        );
        assert_eq!(keys(&ask.replies[0]), ["hotline-forget-ask"]);
        let forget = press_and_keys(&s, &ask.state, "h:forget", ctx);
        assert_eq!(forget.effects, [Effect::Forget]);
        let forged = press_and_keys(&s, &in_lang(Lang::Uz), "h:forget", ctx);
        assert!(
            forged.effects.is_empty(),
            "no confirmation asked: nothing deleted"
        );
        let rate = press_and_keys(&s, &in_lang(Lang::Uz), "h:rate:3:5", ctx);
        assert_eq!(rate.effects, [Effect::Rate { case: 3, stars: 5 }]);
    }

    fn scripts() -> Scripts {
        let mut diags = Diagnostics::default();
        let sources = vec![(PathBuf::from("main.yaml"), MAIN.to_string())];
        Scripts::from_sources(Path::new("."), &sources, &mut diags).expect("valid test script")
    }

    fn chosen(lang: Lang) -> UserState {
        UserState {
            lang: Some(lang),
            ..UserState::default()
        }
    }

    fn keys(reply: &Reply) -> Vec<&str> {
        reply.body.iter().map(|m| m.key.as_ref()).collect()
    }

    #[test]
    fn first_start_asks_for_a_language_guess_first_and_keeps_the_campaign() {
        let s = scripts();
        let input = Input::Command(Command::Start {
            payload: Some("spring".into()),
        });
        let ctx = Context {
            lang_guess: Some(Lang::Ru),
            ..with_hotline()
        };
        let out = handle(&s, &UserState::default(), &input, ctx);
        assert_eq!(out.state.campaign.as_deref(), Some("spring"));
        assert_eq!(out.replies.len(), 1);
        let picker = &out.replies[0];
        assert_eq!(picker.keyboard[0][0].data, "l:ru");
        assert_eq!(picker.body[0].lang, Some(Lang::Ru));
        assert_eq!(picker.keyboard.len(), 5);
    }

    #[test]
    fn picking_a_language_shows_the_main_menu() {
        let s = scripts();
        let out = handle(
            &s,
            &UserState::default(),
            &Input::Button("l:kaa".into()),
            with_hotline(),
        );
        assert_eq!(out.state.lang, Some(Lang::Kaa));
        assert_eq!(keys(&out.replies[0]), ["lang-changed", "main-menu"]);
        assert_eq!(out.state.position, Some(s.main_menu()));
    }

    #[test]
    fn a_button_leads_to_its_node_with_a_menu_button_below() {
        let s = scripts();
        let out = handle(
            &s,
            &chosen(Lang::Uz),
            &Input::Button("b:main/menu/0".into()),
            with_hotline(),
        );
        assert_eq!(out.state.position, Some(NodeRef::new("main", "russia")));
        let reply = &out.replies[0];
        assert_eq!(keys(reply), ["main-russia"]);
        assert_eq!(reply.keyboard[0][0].data, "b:main/russia/0");
        assert_eq!(reply.keyboard.last().unwrap()[0].data, "a:menu");
    }

    #[test]
    fn forged_or_stale_buttons_get_the_out_of_date_notice_and_the_menu() {
        let s = scripts();
        for data in [
            "b:main/gone/0",
            "b:main/menu/9",
            "b:main/menu/x",
            "zzz",
            "a:nuke",
            "l:en",
            "b:../../0",
            "",
        ] {
            let out = handle(
                &s,
                &chosen(Lang::Ru),
                &Input::Button(data.into()),
                with_hotline(),
            );
            assert_eq!(
                keys(&out.replies[0]),
                ["menu-stale", "main-menu"],
                "data {data:?}"
            );
            assert_eq!(out.state.position, Some(s.main_menu()));
        }
    }

    #[test]
    fn a_picture_is_read_in_the_check_flow_and_anywhere_but_a_case() {
        let s = scripts();
        let ctx = with_hotline();
        let fresh = chosen(Lang::Uz);
        // Outside the check flow: photos, not files; never before a language is picked.
        assert!(reads_picture(&fresh, ctx, Media::Photo));
        assert!(!reads_picture(&fresh, ctx, Media::Document));
        assert!(!reads_picture(&UserState::default(), ctx, Media::Photo));
        let asked = handle(&s, &fresh, &Input::Button("b:main/menu/1".into()), ctx);
        assert!(reads_picture(&asked.state, ctx, Media::Document));
        assert!(!reads_picture(&asked.state, ctx, Media::Sticker));
        // In the chat of an open case the picture goes to the operators as it is.
        let mut in_case = fresh.clone();
        in_case.in_case = true;
        let with_case = Context {
            case: Some(7),
            ..ctx
        };
        assert!(!reads_picture(&in_case, with_case, Media::Photo));
        assert!(
            reads_picture(&in_case, ctx, Media::Photo),
            "the case was closed since"
        );
    }

    #[test]
    fn a_picture_read_is_checked_with_a_quote_and_the_paste_advice() {
        let s = scripts();
        let ctx = with_hotline();
        let text = "Koreyaga ish! Oyiga 2000$ maosh. Oldindan 500$ toʻlaysiz, \
                    pasportingizni bizga topshirasiz. Tez yozing @ishbor";
        let out = handle(
            &s,
            &chosen(Lang::Uz),
            &Input::Picture(Some(text.into())),
            ctx,
        );
        let body = keys(&out.replies[0]);
        assert_eq!(body[0], "offer-picture-read");
        assert_eq!(body[1], "offer-risk-high");
        assert_eq!(body.last(), Some(&"offer-picture-misread"));
        assert_eq!(
            out.replies[0].body[0].args,
            vec![("quote", Arg::Text(crate::core::offer_reply::quote(text)))]
        );
        assert!(
            out.state.draft_offer.is_some(),
            "the checked offer is kept for a case"
        );
        // Unreadable: said so, and the check flow waits for the pasted text.
        let out = handle(&s, &chosen(Lang::Uz), &Input::Picture(None), ctx);
        assert_eq!(keys(&out.replies[0]), ["offer-picture-unreadable"]);
        assert_eq!(out.state.awaiting, Some(Awaiting::Offer));
    }

    #[test]
    fn check_offer_asks_for_the_text_then_checks_it() {
        let s = scripts();
        let ctx = with_hotline();
        let press = Input::Button("b:main/menu/1".into());
        let out = handle(&s, &chosen(Lang::Uz), &press, ctx);
        assert_eq!(keys(&out.replies[0]), ["offer-prompt"]);
        assert_eq!(out.state.awaiting, Some(Awaiting::Offer));
        // A photo without text: asked to paste the text, still waiting.
        let photo = handle(&s, &out.state, &Input::Unsupported(Media::Photo), ctx);
        assert_eq!(keys(&photo.replies[0]), ["offer-photo-no-text"]);
        assert_eq!(photo.state.awaiting, Some(Awaiting::Offer));
        let offer = "Koreyaga ish! Oyiga 2000$ maosh. Oldindan 500$ toʻlaysiz, \
                     pasportingizni bizga topshirasiz. Tez yozing @ishbor";
        let checked = handle(&s, &photo.state, &Input::Text(offer.into()), ctx);
        assert_eq!(checked.state.awaiting, None);
        assert_eq!(
            keys(&checked.replies[0])[0],
            "offer-risk-high",
            "{:?}",
            checked.replies
        );
        assert!(matches!(
            &checked.effects[..],
            [Effect::OfferChecked {
                risk: Risk::High,
                ..
            }]
        ));
        // Any other step drops the question: a menu press is a menu press.
        let menu = handle(&s, &out.state, &Input::Command(Command::Menu), ctx);
        assert_eq!(menu.state.awaiting, None);
    }

    #[test]
    fn a_pasted_offer_is_checked_without_asking() {
        let s = scripts();
        let offer = "Срочно! Работа в Дубае для девушек 18-25 лет, хостес, 3000 долларов в месяц. \
                     Билет и визу оплатите сами, потом вернём. Пишите в WhatsApp +971 50 123 4567";
        let out = handle(
            &s,
            &chosen(Lang::Ru),
            &Input::Text(offer.into()),
            with_hotline(),
        );
        assert_eq!(
            keys(&out.replies[0])[..2],
            ["offer-looks-like", "offer-risk-high"]
        );
    }

    #[test]
    fn an_offer_with_a_hotline_confirmed_number_in_another_format_is_high_with_the_line() {
        let s = scripts();
        // Nothing else in it would make it high.
        let text = "Toshkentda omborga yuk tashuvchi kerak, oylik kelishiladi. Tel: 90 765-43-21";
        let out = handle(
            &s,
            &chosen(Lang::Uz),
            &Input::Text(text.into()),
            with_hotline(),
        );
        let reply = &out.replies[0];
        assert!(
            keys(reply).contains(&"offer-risk-high"),
            "{:?}",
            keys(reply)
        );
        let line = reply
            .body
            .iter()
            .find(|m| m.key == crate::offer::CONFIRMED_TITLE)
            .expect("the confirmed contact's line");
        assert!(
            line.args.contains(&("times", Arg::Text("3".into()))),
            "{line:?}"
        );
        assert!(
            line.args
                .contains(&("date", Arg::Text("2026-12-01".into()))),
            "{line:?}"
        );
        // Without the confirmation the same offer is not high.
        let plain = offer().check(text);
        assert_ne!(plain.risk, crate::offer::Risk::High);
    }

    #[test]
    fn report_this_offer_asks_what_is_sent_then_sends_contacts_and_the_text_only_if_chosen() {
        let s = scripts();
        let offer = "Koreyaga ish! Oylik 2000 dollar. Oldindan 500 dollar to'lov. Telegram: @job_korea_tez, tel +998 91 222 33 44";
        let checked = handle(
            &s,
            &chosen(Lang::Uz),
            &Input::Text(offer.into()),
            with_hotline(),
        );
        let report = Callback::ReportOffer(crate::core::callback::ReportStep::Ask).to_string();
        assert!(
            checked.replies[0]
                .keyboard
                .iter()
                .flatten()
                .any(|b| b.data == report),
            "{:?}",
            checked.replies[0].keyboard
        );
        // No hotline: no such button.
        let alone = handle(
            &s,
            &chosen(Lang::Uz),
            &Input::Text(offer.into()),
            Context::default(),
        );
        assert!(
            !alone.replies[0]
                .keyboard
                .iter()
                .flatten()
                .any(|b| b.data == report)
        );

        let ask = handle(
            &s,
            &checked.state,
            &Input::Button(report.clone()),
            with_hotline(),
        );
        assert_eq!(keys(&ask.replies[0]), ["offer-report-ask"]);
        let listed = &ask.replies[0].body[0].args[0].1;
        assert_eq!(listed, &Arg::Text("@job_korea_tez\n+998912223344".into()));
        assert!(
            ask.state.draft_offer.is_some(),
            "the offer is kept for the answer"
        );
        assert!(ask.effects.is_empty());

        let contacts = Callback::ReportOffer(crate::core::callback::ReportStep::Contacts);
        let sent = handle(
            &s,
            &ask.state,
            &Input::Button(contacts.to_string()),
            with_hotline(),
        );
        match &sent.effects[..] {
            [Effect::ReportOffer { contacts, text, .. }] => {
                assert_eq!(contacts.len(), 2);
                assert_eq!(text, &None, "the text only if the user chose it");
            }
            other => panic!("{other:?}"),
        }
        let with_text = Callback::ReportOffer(crate::core::callback::ReportStep::WithText);
        let sent = handle(
            &s,
            &ask.state,
            &Input::Button(with_text.to_string()),
            with_hotline(),
        );
        assert!(matches!(
            &sent.effects[..],
            [Effect::ReportOffer { text: Some(t), .. }] if t == offer
        ));
        // Pressed again later (the offer is gone): stale, nothing sent.
        let again = handle(
            &s,
            &sent.state,
            &Input::Button(contacts.to_string()),
            with_hotline(),
        );
        assert!(again.effects.is_empty());
        assert_eq!(keys(&again.replies[0])[0], "menu-stale");
    }

    #[test]
    fn a_blocked_user_is_told_plainly_and_keeps_the_emergency_numbers_and_the_bot() {
        let s = scripts();
        let blocked = Context {
            hotline: true,
            blocked: true,
            case: Some(4),
            ..Context::default()
        };
        let out = handle(
            &s,
            &chosen(Lang::Ru),
            &Input::Command(Command::Operator),
            blocked,
        );
        let reply = &out.replies[0];
        assert_eq!(keys(reply)[0], "hotline-blocked");
        assert!(
            keys(reply).iter().any(|k| k.starts_with("emergency-")),
            "{:?}",
            keys(reply)
        );
        assert!(out.effects.is_empty());
        assert!(!out.state.in_case);
        // Words of distress: the numbers at once, then the plain notice, no consent.
        let out = handle(
            &s,
            &chosen(Lang::Ru),
            &Input::Text("меня бьют, помогите".into()),
            blocked,
        );
        let all: Vec<&str> = out.replies.iter().flat_map(keys).collect();
        assert!(all.iter().any(|k| k.starts_with("emergency-")), "{all:?}");
        assert!(all.contains(&"hotline-blocked"), "{all:?}");
        assert!(!all.contains(&"hotline-consent"), "{all:?}");
        assert!(out.effects.is_empty(), "nothing relayed: {:?}", out.effects);
        // Pages still answer.
        let out = handle(
            &s,
            &chosen(Lang::Ru),
            &Input::Command(Command::Menu),
            blocked,
        );
        assert!(out.effects.is_empty());
        assert!(!out.replies.is_empty());
    }

    #[test]
    fn typed_questions_find_nodes_by_keyword_in_any_script() {
        let s = scripts();
        let out = handle(
            &s,
            &chosen(Lang::Ru),
            &Input::Text("Как сделать ПАТЕНТ?".into()),
            with_hotline(),
        );
        assert_eq!(out.state.position, Some(NodeRef::new("main", "russia")));
        let out = handle(
            &s,
            &chosen(Lang::Uz),
            &Input::Text("registratsiya qancha".into()),
            with_hotline(),
        );
        assert_eq!(
            out.state.position,
            Some(NodeRef::new("main", "registration"))
        );
    }

    #[test]
    fn what_happened_is_reported_for_the_statistics_without_any_text() {
        let s = scripts();
        let ask = |text: &str| {
            handle(
                &s,
                &chosen(Lang::Ru),
                &Input::Text(text.into()),
                Context::default(),
            )
            .events
        };
        assert_eq!(
            ask("Как сделать ПАТЕНТ?"),
            [
                Happened::Question(Question::Answered),
                Happened::Page(NodeRef::new("main", "russia"))
            ]
        );
        assert_eq!(ask("абвгд"), [Happened::Question(Question::NotFound)]);
        assert_eq!(ask("паспорт забрали")[0], Happened::Distress);
        // A page opened by a button; the language picker reports nothing.
        let menu = handle(
            &s,
            &chosen(Lang::Ru),
            &Input::Command(Command::Menu),
            Context::default(),
        );
        assert_eq!(menu.events, [Happened::Page(s.main_menu())]);
        let picker = handle(
            &s,
            &UserState::default(),
            &Input::Command(Command::Start { payload: None }),
            Context::default(),
        );
        assert_eq!(picker.events, []);
    }

    #[test]
    fn unmatched_text_offers_check_person_menu_and_media_keeps_the_user_where_they_are() {
        let s = scripts();
        let state = UserState {
            position: Some(NodeRef::new("main", "russia")),
            ..chosen(Lang::Uz)
        };
        let out = handle(&s, &state, &Input::Text("salom".into()), with_hotline());
        assert_eq!(keys(&out.replies[0]), ["faq-nothing"]);
        let data: Vec<&str> = out.replies[0]
            .keyboard
            .iter()
            .map(|row| row[0].data.as_str())
            .collect();
        assert_eq!(data, ["a:check_offer", "a:operator", "a:menu"]);
        assert_eq!(
            out.state.position, state.position,
            "the user stays where they were"
        );
        // Each of those buttons does what it says.
        let check = handle(
            &s,
            &out.state,
            &Input::Button(data[0].into()),
            with_hotline(),
        );
        assert_eq!(check.state.awaiting, Some(Awaiting::Offer));
        let person = handle(
            &s,
            &out.state,
            &Input::Button(data[1].into()),
            with_hotline(),
        );
        assert_eq!(
            person.state.awaiting,
            Some(Awaiting::Consent(Priority::Normal))
        );
        assert_eq!(keys(&person.replies[0])[0], "hotline-consent");
        let out = handle(
            &s,
            &state,
            &Input::Unsupported(Media::Sticker),
            with_hotline(),
        );
        assert_eq!(keys(&out.replies[0]), ["common-text-only"]);
        assert_eq!(out.state.position, state.position);
    }

    #[test]
    fn a_position_removed_from_the_script_falls_back_to_the_main_menu() {
        let s = scripts();
        let state = UserState {
            position: Some(NodeRef::new("old_script", "old_node")),
            ..chosen(Lang::Uz)
        };
        let out = handle(
            &s,
            &state,
            &Input::Unsupported(Media::Sticker),
            with_hotline(),
        );
        assert_eq!(out.state.position, Some(s.main_menu()));
        assert_eq!(out.replies[0].keyboard[0][0].data, "b:main/menu/0");
    }

    #[test]
    fn an_alerts_button_opens_its_page_and_is_reported_with_the_alert_even_when_gone() {
        let s = scripts();
        let page = s.main_menu();
        let data = Callback::AlertPage {
            alert: 7,
            at: page.clone(),
        }
        .to_string();
        let out = handle(&s, &chosen(Lang::Ru), &Input::Button(data), with_hotline());
        assert_eq!(out.state.position, Some(page.clone()));
        assert!(out.events.contains(&Happened::AlertPress {
            alert: 7,
            at: page.clone()
        }));
        assert!(out.events.contains(&Happened::Page(page)));
        // A page removed since the alert went out: the main menu, said to be stale; the press
        // is still reported (the app counts it only if the alert had that button).
        let gone = NodeRef::new("main", "gone");
        let data = Callback::AlertPage {
            alert: 7,
            at: gone.clone(),
        }
        .to_string();
        let out = handle(&s, &chosen(Lang::Ru), &Input::Button(data), with_hotline());
        assert_eq!(keys(&out.replies[0])[0], "menu-stale");
        assert!(
            out.events
                .contains(&Happened::AlertPress { alert: 7, at: gone })
        );
    }

    #[test]
    fn nothing_but_the_picker_until_a_language_is_chosen() {
        let s = scripts();
        let out = handle(
            &s,
            &UserState::default(),
            &Input::Button("b:main/menu/0".into()),
            with_hotline(),
        );
        assert_eq!(keys(&out.replies[0])[0], "lang-picker-prompt");
        assert_eq!(out.state.lang, None);
    }

    #[test]
    fn the_campaign_of_the_first_deep_link_is_kept() {
        let s = scripts();
        let state = UserState {
            campaign: Some("first".into()),
            ..chosen(Lang::Uz)
        };
        let input = Input::Command(Command::Start {
            payload: Some("second".into()),
        });
        let out = handle(&s, &state, &input, with_hotline());
        assert_eq!(out.state.campaign.as_deref(), Some("first"));
        assert_eq!(keys(&out.replies[0]), ["menu-welcome", "main-menu"]);
    }

    const QUIZ: &str = "start: start
nodes:
  - id: start
    text: quiz-q1
    buttons:
      - label: quiz-yes
        next: done
  - id: done
    text: quiz-done
";

    const MORE: &str = "start: fee
nodes:
  - id: fee
    text: more-fee
    title: more-fee-title
    keywords: [patent, narx, jarima]
  - id: exam
    text: more-exam
    title: more-exam-title
    keywords: [patent, imtihon]
";

    /// The test script plus a quiz and two more keyword nodes that share `patent`.
    fn more_scripts() -> Scripts {
        let mut diags = Diagnostics::default();
        let sources = vec![
            (PathBuf::from("main.yaml"), MAIN.to_string()),
            (PathBuf::from("more.yaml"), MORE.to_string()),
            (PathBuf::from("quiz.yaml"), QUIZ.to_string()),
        ];
        let main = MAIN.replace(
            "      - label: main-btn-check\n",
            "      - label: main-btn-quiz\n        next: quiz:start\n      - label: main-btn-check\n",
        );
        let mut sources = sources;
        sources[0].1 = main;
        Scripts::from_sources(Path::new("."), &sources, &mut diags)
            .unwrap_or_else(|| panic!("valid test scripts: {diags}"))
    }

    fn data(reply: &Reply) -> Vec<&str> {
        reply
            .keyboard
            .iter()
            .map(|row| row[0].data.as_str())
            .collect()
    }

    #[test]
    fn an_unsure_question_offers_the_best_nodes_whose_buttons_work() {
        let s = more_scripts();
        let state = chosen(Lang::Uz);
        let out = handle(&s, &state, &Input::Text("patent".into()), with_hotline());
        let reply = &out.replies[0];
        assert_eq!(keys(reply), ["faq-suggest"]);
        let buttons = data(reply);
        assert_eq!(
            buttons.len(),
            4,
            "three suggestions and the menu: {buttons:?}"
        );
        assert!(buttons.contains(&"f:more/fee") && buttons.contains(&"f:more/exam"));
        assert!(buttons.contains(&"f:main/russia"));
        assert_eq!(buttons[3], "a:menu");
        let titles: Vec<&str> = reply.keyboard[..3]
            .iter()
            .map(|row| row[0].label.key.as_ref())
            .collect();
        assert!(titles.contains(&"more-fee-title") && titles.contains(&"main-btn-russia"));
        assert_eq!(out.state.position, None, "nothing shown yet");
        // Each suggestion opens its node.
        for (d, node) in [
            ("f:more/fee", "fee"),
            ("f:more/exam", "exam"),
            ("f:main/russia", "russia"),
        ] {
            let press = handle(&s, &out.state, &Input::Button(d.into()), with_hotline());
            assert_eq!(
                press.state.position.as_ref().map(|p| p.node.as_str()),
                Some(node)
            );
        }
        // A clear question is answered at once.
        let out = handle(
            &s,
            &state,
            &Input::Text("patent jarimasi qancha".into()),
            with_hotline(),
        );
        assert_eq!(out.state.position, Some(NodeRef::new("more", "fee")));
    }

    #[test]
    fn forged_or_stale_suggestions_get_the_out_of_date_notice() {
        let s = more_scripts();
        // `quiz:start` exists but has no keywords: typed questions never lead there.
        for d in [
            "f:more/gone",
            "f:quiz/start",
            "f:more",
            "f:",
            "f:more/fee/0",
            "f:../main/menu",
        ] {
            let out = handle(
                &s,
                &chosen(Lang::Ru),
                &Input::Button(d.into()),
                with_hotline(),
            );
            assert_eq!(keys(&out.replies[0]), ["menu-stale", "main-menu"], "{d}");
        }
    }

    #[test]
    fn a_first_line_question_is_answered_in_its_language_with_a_way_to_change_it() {
        let s = more_scripts();
        let ctx = with_hotline();
        let question = Input::Text("Как получить регистрацию?".into());
        let out = handle(&s, &UserState::default(), &question, ctx);
        assert_eq!(out.state.lang, Some(Lang::Ru));
        assert_eq!(
            out.state.position,
            Some(NodeRef::new("main", "registration"))
        );
        let reply = &out.replies[0];
        assert_eq!(*keys(reply).last().unwrap(), "faq-lang-hint");
        let buttons = data(reply);
        assert_eq!(&buttons[buttons.len() - 2..], ["a:language", "a:menu"]);
        // Changing the language shows the same answer in the new one.
        let picker = handle(&s, &out.state, &Input::Button("a:language".into()), ctx);
        assert_eq!(
            picker.replies[0].keyboard[0][0].data, "l:ru",
            "current language first"
        );
        let changed = handle(&s, &picker.state, &Input::Button("l:uz".into()), ctx);
        assert_eq!(changed.state.lang, Some(Lang::Uz));
        assert_eq!(changed.state.position, out.state.position);
        assert_eq!(keys(&changed.replies[0])[0], "lang-changed");

        // Uzbek Cyrillic, and Latin with the client set to Karakalpak.
        let out = handle(
            &s,
            &UserState::default(),
            &Input::Text("регистрация қанча".into()),
            ctx,
        );
        assert_eq!(out.state.lang, Some(Lang::UzCyrl));
        let kaa = Context {
            lang_guess: Some(Lang::Kaa),
            ..with_hotline()
        };
        let out = handle(
            &s,
            &UserState::default(),
            &Input::Text("registratsiya".into()),
            kaa,
        );
        assert_eq!(out.state.lang, Some(Lang::Kaa));
        assert_eq!(
            out.state.position,
            Some(NodeRef::new("main", "registration"))
        );
    }

    #[test]
    fn distress_as_the_first_line_offers_the_hotline_in_its_language() {
        let s = more_scripts();
        let text = Input::Text("помогите, паспорт забрали".into());
        let out = handle(&s, &UserState::default(), &text, with_hotline());
        assert_eq!(out.state.lang, Some(Lang::Ru));
        assert_eq!(keys(&out.replies[0])[0], "emergency-generic");
        assert_eq!(keys(&out.replies[1])[0], "hotline-distress");
        assert_eq!(
            out.state.awaiting,
            Some(Awaiting::Consent(Priority::Urgent))
        );
    }

    #[test]
    fn once_the_country_is_known_distress_gets_its_numbers_at_once() {
        let s = scripts();
        let state = UserState {
            country: Some(Country::Uae),
            ..in_lang(Lang::Uz)
        };
        let out = handle(
            &s,
            &state,
            &Input::Text("xoʻjayin meni urdi".into()),
            with_hotline(),
        );
        assert_eq!(
            keys(&out.replies[0]),
            ["emergency-ae", "emergency-uz-numbers"]
        );
        assert_eq!(out.replies[0].keyboard[0][0].data, "c:?");
        assert_eq!(keys(&out.replies[1])[0], "hotline-distress");
    }

    #[test]
    fn self_harm_gets_warm_words_the_crisis_line_and_a_person_never_topics() {
        let s = scripts();
        let state = UserState {
            country: Some(Country::UnitedKingdom),
            ..in_lang(Lang::Ru)
        };
        let out = handle(
            &s,
            &state,
            &Input::Text("не хочу больше жить".into()),
            with_hotline(),
        );
        assert_eq!(
            keys(&out.replies[0]),
            [
                "emergency-self-harm",
                "emergency-crisis-gb",
                "emergency-gb",
                "emergency-uz-numbers"
            ]
        );
        assert_eq!(keys(&out.replies[1])[0], "emergency-self-harm-person");
        assert_eq!(
            out.state.awaiting,
            Some(Awaiting::Consent(Priority::Urgent))
        );
        let data: Vec<&str> = out
            .replies
            .iter()
            .flat_map(|r| r.keyboard.iter().flatten())
            .map(|b| b.data.as_str())
            .collect();
        assert!(
            data.iter()
                .all(|d| !d.starts_with("f:") && !d.starts_with("b:")),
            "{data:?}"
        );
    }

    #[test]
    fn distress_with_a_case_open_goes_back_into_its_chat_with_the_numbers() {
        let s = scripts();
        let ctx = Context {
            case: Some(9),
            ..with_hotline()
        };
        let out = handle(
            &s,
            &in_lang(Lang::Ru),
            &Input::Text("меня избили".into()),
            ctx,
        );
        assert_eq!(keys(&out.replies[0])[0], "emergency-generic");
        assert_eq!(keys(&out.replies[1]), ["hotline-rejoined"]);
        assert!(out.state.in_case);
        assert_eq!(out.effects, [Effect::Relay { case: 9 }]);
    }

    #[test]
    fn distress_in_the_chat_with_an_operator_is_relayed_and_gets_the_numbers_at_once() {
        let s = scripts();
        let ctx = Context {
            case: Some(9),
            ..with_hotline()
        };
        let in_chat = UserState {
            in_case: true,
            ..in_lang(Lang::Ru)
        };
        let out = handle(&s, &in_chat, &Input::Text("меня избили".into()), ctx);
        assert_eq!(out.effects, [Effect::Relay { case: 9 }]);
        assert_eq!(out.replies.len(), 1);
        assert_eq!(keys(&out.replies[0])[0], "emergency-generic");
        // Ordinary words in the chat are only relayed.
        let out = handle(&s, &in_chat, &Input::Text("спасибо".into()), ctx);
        assert_eq!(out.effects, [Effect::Relay { case: 9 }]);
        assert!(out.replies.is_empty());
    }

    #[test]
    fn distress_in_the_description_brings_the_numbers_and_makes_the_case_urgent() {
        let s = scripts();
        let ctx = with_hotline();
        let out = handle(
            &s,
            &in_lang(Lang::Ru),
            &Input::Command(Command::Operator),
            ctx,
        );
        let out = press_and_keys(&s, &out.state, "h:agree", ctx);
        assert_eq!(
            out.state.awaiting,
            Some(Awaiting::Description(Priority::Normal))
        );
        let out = handle(
            &s,
            &out.state,
            &Input::Text("меня заперли на складе".into()),
            ctx,
        );
        assert_eq!(keys(&out.replies[0])[0], "emergency-generic");
        assert!(matches!(
            out.effects[..],
            [Effect::OpenCase {
                priority: Priority::Urgent,
                ..
            }]
        ));
        // An ordinary description stays as it was.
        let out = handle(
            &s,
            &in_lang(Lang::Ru),
            &Input::Command(Command::Operator),
            ctx,
        );
        let out = press_and_keys(&s, &out.state, "h:agree", ctx);
        let out = handle(
            &s,
            &out.state,
            &Input::Text("вопрос про патент".into()),
            ctx,
        );
        assert!(out.replies.is_empty());
        assert!(matches!(
            out.effects[..],
            [Effect::OpenCase {
                priority: Priority::Normal,
                ..
            }]
        ));
    }

    #[test]
    fn the_country_can_be_changed_with_a_command_and_a_forged_one_is_out_of_date() {
        let s = scripts();
        let ctx = with_hotline();
        let state = UserState {
            country: Some(Country::Turkey),
            ..in_lang(Lang::Kaa)
        };
        let out = handle(&s, &state, &Input::Command(Command::Country), ctx);
        assert_eq!(keys(&out.replies[0]), ["emergency-ask-country"]);
        let out = press_and_keys(&s, &out.state, "c:pl", ctx);
        assert_eq!(out.state.country, Some(Country::Poland));
        let out = press_and_keys(&s, &out.state, "c:mars", ctx);
        assert_eq!(keys(&out.replies[0])[0], "menu-stale");
        assert_eq!(out.state.country, Some(Country::Poland));
    }

    #[test]
    fn a_first_line_without_a_clear_answer_gets_the_picker() {
        let s = more_scripts();
        for text in ["salom", "patent", "???"] {
            let out = handle(
                &s,
                &UserState::default(),
                &Input::Text(text.into()),
                with_hotline(),
            );
            assert_eq!(out.state.lang, None, "{text}");
            assert_eq!(keys(&out.replies[0])[0], "lang-picker-prompt", "{text}");
        }
        // A pasted offer is checked in the language it is written in.
        let offer = "Срочно! Работа в Дубае для девушек 18-25 лет, хостес, 3000 долларов в месяц. \
                     Билет и визу оплатите сами, потом вернём. Пишите в WhatsApp +971 50 123 4567";
        let out = handle(
            &s,
            &UserState::default(),
            &Input::Text(offer.into()),
            with_hotline(),
        );
        assert_eq!(out.state.lang, Some(Lang::Ru));
        assert_eq!(
            keys(&out.replies[0])[..2],
            ["offer-looks-like", "offer-risk-high"]
        );
        assert_eq!(*keys(&out.replies[0]).last().unwrap(), "faq-lang-hint");
    }

    #[test]
    fn a_deep_link_opens_its_script_now_or_after_the_language() {
        let s = more_scripts();
        let ctx = with_hotline();
        let start = |payload: &str| {
            Input::Command(Command::Start {
                payload: Some(payload.into()),
            })
        };
        // A known user: at once.
        let out = handle(&s, &chosen(Lang::Uz), &start("quiz"), ctx);
        assert_eq!(keys(&out.replies[0]), ["quiz-q1"]);
        assert_eq!(out.state.campaign.as_deref(), Some("quiz"));
        // A campaign tag after the script id works too.
        let out = handle(&s, &chosen(Lang::Uz), &start("quiz_tv-2026"), ctx);
        assert_eq!(out.state.position, Some(NodeRef::new("quiz", "start")));
        // A new user: the picker first, then the quiz in the language picked.
        let out = handle(&s, &UserState::default(), &start("quiz"), ctx);
        assert_eq!(keys(&out.replies[0])[0], "lang-picker-prompt");
        let picked = handle(&s, &out.state, &Input::Button("l:ru".into()), ctx);
        assert_eq!(keys(&picked.replies[0]), ["lang-changed", "quiz-q1"]);
        assert_eq!(picked.state.campaign.as_deref(), Some("quiz"));
        // Unknown payloads, and a later plain /start, are a normal start.
        for payload in ["quizz", "spring", "main_x"] {
            let out = handle(&s, &chosen(Lang::Uz), &start(payload), ctx);
            let expected: &[&str] = if payload == "main_x" {
                &["main-menu"]
            } else {
                &["menu-welcome", "main-menu"]
            };
            assert_eq!(keys(&out.replies[0]), expected, "{payload}");
        }
        let out = handle(&s, &UserState::default(), &start("quiz"), ctx);
        let plain = handle(
            &s,
            &out.state,
            &Input::Command(Command::Start { payload: None }),
            ctx,
        );
        let picked = handle(&s, &plain.state, &Input::Button("l:uz".into()), ctx);
        assert_eq!(keys(&picked.replies[0]), ["lang-changed", "main-menu"]);
    }
}
