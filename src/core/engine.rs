//! The dialogue engine: `(state, input) → (new state, replies, effects)`, pure and synchronous.
//!
//! It reads validated scripts and never trusts callback data: every button press is resolved
//! against the scripts in use now, so a stale or forged button gets a polite "this menu is out
//! of date" and the main menu instead of an error.
//!
//! Callback data it issues:
//! - `l:<lang>` — a language from the picker
//! - `a:<action>` — an action (only `a:menu` today, the "main menu" button under each node)
//! - `b:<script>/<node>/<index>` — button number `index` of that node

use super::hotline::{self, InChat};
use super::input::{Command, Input, Media};
use super::lang::Lang;
use super::output::{Arg, Effect, KeyButton, Msg, Reply};
use super::state::{Awaiting, OfferDraft, Priority, UserState};
use crate::content::distress::Distress;
use crate::content::script::{Action, NodeRef, Scripts, Target};
use crate::offer::{OfferChecker, report_reply};

/// What the engine decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub state: UserState,
    pub replies: Vec<Reply>,
    pub effects: Vec<Effect>,
}

/// Facts about the user that are not state: what their Telegram client says.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// Guess from the client's language code, used to order the language picker.
    pub lang_guess: Option<Lang>,
    /// The user's open hotline case, as the database knows it (the application's truth: an
    /// operator may have closed it since the user's last step).
    pub case: Option<i64>,
}

/// What the engine reads: the scripts and the offer checker (both pure, both validated).
#[derive(Clone, Copy)]
pub struct Knowledge<'a> {
    pub scripts: &'a Scripts,
    pub offer: &'a OfferChecker,
    pub distress: &'a Distress,
}

pub fn handle(know: Knowledge<'_>, state: &UserState, input: &Input, ctx: Context) -> Outcome {
    let scripts = know.scripts;
    let mut out = Outcome {
        state: state.clone(),
        replies: Vec::new(),
        effects: Vec::new(),
    };
    // Language first: until one is picked, everything leads to the picker, except the
    // picker's own buttons.
    if let Input::Command(Command::Start { payload }) = input
        && out.state.campaign.is_none()
    {
        out.state.campaign.clone_from(payload);
    }
    if out.state.lang.is_none() {
        match input {
            Input::Button(data) if data.starts_with("l:") => {}
            _ => {
                out.replies.push(language_picker(ctx.lang_guess));
                return out;
            }
        }
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
            InChat::Done => return out,
            InChat::Usual => {}
            InChat::Leaves => leaving = Some(case),
        }
    }
    if ctx.case.is_none()
        && let Input::Text(text) = input
        && know.distress.matches(text)
    {
        hotline::offer_hotline(
            &mut out,
            None,
            Priority::Urgent,
            draft,
            Some(Msg::new("hotline-distress")),
        );
        return out;
    }
    if awaiting == Some(Awaiting::Offer) {
        match input {
            Input::Text(text) => {
                check_offer(know, &mut out, text, None);
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
            Command::Start { .. } => {
                show_main_menu(scripts, &mut out, Some(Msg::new("menu-welcome")))
            }
            Command::Menu => show_main_menu(scripts, &mut out, None),
            Command::Language => {
                let current = out.state.lang.or(ctx.lang_guess);
                out.replies.push(language_picker(current));
            }
            Command::Help => act(scripts, &mut out, Action::Help),
            Command::Check => act(scripts, &mut out, Action::CheckOffer),
            Command::Operator => act(scripts, &mut out, Action::Operator),
            Command::Forget => hotline::ask_forget(&mut out),
            // `/reload` from a non-admin reaches the engine: it is not a command for them.
            Command::Reload | Command::Unknown => {
                out.replies.push(with_menu_button(Reply::text(Msg::new(
                    "common-unknown-command",
                ))));
            }
        },
        Input::Button(data) => press(scripts, &mut out, data),
        Input::Text(text) => match match_keywords(scripts, text) {
            // A pasted or forwarded offer is checked at once, even if it names a country.
            _ if know.offer.looks_like_offer(text) => {
                check_offer(know, &mut out, text, Some(Msg::new("offer-looks-like")));
            }
            Some(at) => show_node(scripts, &mut out, at, None),
            None => {
                let mut reply = current_node_reply(scripts, &mut out);
                reply.body = vec![Msg::new("common-not-understood")];
                out.replies.push(reply);
            }
        },
        Input::Unsupported(_) => {
            let mut reply = current_node_reply(scripts, &mut out);
            reply.body = vec![Msg::new("common-text-only")];
            out.replies.push(reply);
        }
    }
    // "Talk to a person" (menu, /operator, a button under an offer report) only marks the
    // wish; the consent screen needs the case and the checked offer, known here.
    if out.state.awaiting == Some(Awaiting::Consent(Priority::Normal)) && out.replies.is_empty() {
        hotline::offer_hotline(&mut out, ctx.case, Priority::Normal, draft, None);
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
    if let Some((case, stars)) = hotline::parse_rating(data) {
        out.effects.push(Effect::Rate { case, stars });
        return;
    }
    if data.starts_with("h:") {
        // A hotline button whose question is no longer open (pressed twice, or forged).
        stale(scripts, out);
        return;
    }
    if let Some(code) = data.strip_prefix("l:") {
        match code.parse::<Lang>() {
            Ok(lang) => {
                out.state.lang = Some(lang);
                show_main_menu(scripts, out, Some(Msg::new("lang-changed")));
            }
            Err(_) => stale(scripts, out),
        }
        return;
    }
    if let Some(name) = data.strip_prefix("a:") {
        match Action::from_name(name) {
            Some(action) => act(scripts, out, action),
            None => stale(scripts, out),
        }
        return;
    }
    let target = data.strip_prefix("b:").and_then(|rest| {
        let mut parts = rest.split('/');
        let (script, node, index) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let index: usize = index.parse().ok()?;
        let node = scripts.get(&NodeRef::new(script, node))?;
        Some(node.buttons.get(index)?.target.clone())
    });
    match target {
        Some(Target::Node(at)) => show_node(scripts, out, at, None),
        Some(Target::Action(action)) => act(scripts, out, action),
        None => stale(scripts, out),
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
    }
}

/// Checks an offer and answers with the report; the check is recorded (without the text).
fn check_offer(know: Knowledge<'_>, out: &mut Outcome, text: &str, before: Option<Msg>) {
    let report = know.offer.check(text);
    let mut reply = report_reply(&report);
    if let Some(msg) = before {
        reply.body.insert(0, msg);
    }
    out.replies.push(reply);
    let categories: Vec<&'static str> = report.categories().iter().map(|c| c.name()).collect();
    out.state.draft_offer = Some(OfferDraft {
        text: text.to_string(),
        risk: report.risk.name().to_string(),
        flags: categories.join(","),
    });
    out.effects.push(Effect::OfferChecked {
        risk: report.risk.name(),
        categories,
    });
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
                data: format!("b:{}/{}/{i}", at.script, at.node),
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
        data: format!("a:{}", Action::Menu.name()),
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
                    data: format!("l:{}", l.code()),
                }]
            })
            .collect(),
    }
}

/// Folds text for keyword matching: lower case, one apostrophe for the many ways oʻ and gʻ are
/// typed, single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02BB}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out.trim_end().to_string()
}

/// Whether `keyword` occurs in `text` starting at the beginning of a word: "патент" matches
/// "патента", and a stem like "регистрац" matches "регистрация", but "uk" does not match "buk".
fn contains_at_word_start(text: &str, keyword: &str) -> bool {
    text.match_indices(keyword).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '\''))
    })
}

/// The node whose keywords best match `text`: most keywords found, then longest match.
fn match_keywords(scripts: &Scripts, text: &str) -> Option<NodeRef> {
    let text = fold(text);
    let mut best: Option<((usize, usize), NodeRef)> = None;
    for (at, node) in scripts.nodes() {
        let mut score = (0, 0);
        for keyword in &node.keywords {
            let keyword = fold(keyword);
            if !keyword.is_empty() && contains_at_word_start(&text, &keyword) {
                score.0 += 1;
                score.1 += keyword.chars().count();
            }
        }
        if score.0 > 0 && best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, at));
        }
    }
    best.map(|(_, at)| at)
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::content::diagnostics::Diagnostics;
    use crate::core::input::Media;

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
        };
        super::handle(know, state, input, ctx)
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
        let ctx = Context::default();
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
        let ctx = Context::default();
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
    fn distress_offers_the_hotline_at_once_as_urgent() {
        let s = scripts();
        let ctx = Context::default();
        let out = handle(
            &s,
            &in_lang(Lang::Ru),
            &Input::Text("помогите, паспорт забрали".into()),
            ctx,
        );
        assert_eq!(
            keys(&out.replies[0]),
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
        let ctx = Context::default();
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
            ..Context::default()
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
        let closed = handle(&s, &state, &Input::Text("salem".into()), Context::default());
        assert!(closed.effects.is_empty());
        assert!(!closed.state.in_case);
    }

    #[test]
    fn forget_asks_first_and_ratings_are_passed_on() {
        let s = scripts();
        let ctx = Context::default();
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
            ..Context::default()
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
            Context::default(),
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
            Context::default(),
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
                Context::default(),
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
    fn check_offer_asks_for_the_text_then_checks_it() {
        let s = scripts();
        let ctx = Context::default();
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
            [Effect::OfferChecked { risk: "high", .. }]
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
            Context::default(),
        );
        assert_eq!(
            keys(&out.replies[0])[..2],
            ["offer-looks-like", "offer-risk-high"]
        );
    }

    #[test]
    fn typed_questions_find_nodes_by_keyword_in_any_script() {
        let s = scripts();
        let out = handle(
            &s,
            &chosen(Lang::Ru),
            &Input::Text("Как сделать ПАТЕНТ?".into()),
            Context::default(),
        );
        assert_eq!(out.state.position, Some(NodeRef::new("main", "russia")));
        let out = handle(
            &s,
            &chosen(Lang::Uz),
            &Input::Text("registratsiya qancha".into()),
            Context::default(),
        );
        assert_eq!(
            out.state.position,
            Some(NodeRef::new("main", "registration"))
        );
    }

    #[test]
    fn unmatched_text_and_media_keep_the_user_where_they_are() {
        let s = scripts();
        let state = UserState {
            position: Some(NodeRef::new("main", "russia")),
            ..chosen(Lang::Uz)
        };
        let out = handle(&s, &state, &Input::Text("salom".into()), Context::default());
        assert_eq!(keys(&out.replies[0]), ["common-not-understood"]);
        assert_eq!(out.replies[0].keyboard[0][0].data, "b:main/russia/0");
        let out = handle(
            &s,
            &state,
            &Input::Unsupported(Media::Sticker),
            Context::default(),
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
        let out = handle(&s, &state, &Input::Text("???".into()), Context::default());
        assert_eq!(out.state.position, Some(s.main_menu()));
        assert_eq!(out.replies[0].keyboard[0][0].data, "b:main/menu/0");
    }

    #[test]
    fn nothing_but_the_picker_until_a_language_is_chosen() {
        let s = scripts();
        let out = handle(
            &s,
            &UserState::default(),
            &Input::Button("b:main/menu/0".into()),
            Context::default(),
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
        let out = handle(&s, &state, &input, Context::default());
        assert_eq!(out.state.campaign.as_deref(), Some("first"));
        assert_eq!(keys(&out.replies[0]), ["menu-welcome", "main-menu"]);
    }

    #[test]
    fn keywords_match_at_word_starts_only() {
        assert!(contains_at_word_start("как получить патента", "патент"));
        assert!(contains_at_word_start("uk visa", "uk"));
        assert!(!contains_at_word_start("bukva", "uk"));
        assert!(!contains_at_word_start("o'uk", "uk"));
    }

    #[test]
    fn fold_unifies_apostrophes_case_and_spaces() {
        assert_eq!(fold("  Oʻzbekiston   G‘ALLA "), "o'zbekiston g'alla");
    }
}
