//! The application service that both adapters drive: load the user's state, run the engine,
//! handle its effects, save the state, render replies in the user's language.
//!
//! Internal failures (database, …) are logged with ids and kinds only; the user gets a clear,
//! localized apology instead of an error dump.

pub mod alerts;
pub mod config;
pub mod hotline;
pub mod ocr;
mod operators;
mod picture;
pub mod publish;
pub mod report;
mod stats;
mod toolkit;

use std::collections::HashSet;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures::FutureExt as _;

use crate::content::ContentHandle;
use crate::content::texts::Texts;
use crate::core::engine::{self, Context, Knowledge, Outcome};
use crate::core::input::{Command, Input, Media};
use crate::core::output::{Arg, Effect, Happened, Msg, Reply};
use crate::core::state::UserState;
use crate::html;
use crate::lang::Lang;
use crate::store::metrics::{Stage, TurnMetrics};
use crate::store::{OutMessage, OutboxRow, Store, StoreError, UserKey};
pub use config::{HotlineConfig, OfficeHours};

/// One event from a user, as an adapter hands it over.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub user: UserKey,
    /// The client's language setting (`ru`, `uz`, `en-US`…), used only as a guess.
    pub language_code: Option<String>,
    pub input: Input,
    /// The Telegram message (to copy it to the hotline); `None` for buttons and the terminal.
    pub message_id: Option<i32>,
    /// What the message carries besides text (a photo with a caption is `Text` + `Photo`).
    pub media: Option<Media>,
    /// The user's first name, shown to operators only if the user agrees to a case.
    pub first_name: Option<String>,
}

impl Incoming {
    /// A typed or pressed input with nothing else attached (terminal, tests).
    pub fn new(user: UserKey, language_code: Option<String>, input: Input) -> Incoming {
        Incoming {
            user,
            language_code,
            input,
            message_id: None,
            media: None,
            first_name: None,
        }
    }
}

/// A reply rendered to text: Telegram HTML and an inline keyboard of (label, callback data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub buttons: Vec<Vec<(String, String)>>,
}

/// What a step produced for delivery: rows committed to the outbox, and messages to send
/// without keeping them (an apology when the database failed; the goodbye after `/forget`,
/// which must leave no row behind).
#[derive(Debug, Default)]
pub struct Outgoing {
    pub rows: Vec<OutboxRow>,
    pub direct: Vec<OutMessage>,
    /// Forum topics (chat, topic) of cases whose data is gone (`/forget`): to delete.
    pub topics_to_delete: Vec<(i64, i32)>,
}

/// Called at the start of every turn; tests use it to make a turn fail (see
/// [`App::with_turn_hook`]).
pub type TurnHook = Arc<dyn Fn(&Input) + Send + Sync>;

#[derive(Clone)]
pub struct App {
    pub(crate) content: ContentHandle,
    pub(crate) store: Store,
    admins: HashSet<i64>,
    pub(crate) hotline: Arc<HotlineConfig>,
    /// The operators' group as it is now (it may have moved since it was configured).
    pub(crate) operators: Option<hotline::OperatorsChat>,
    /// Log lines about an unreachable operators' group, rate-limited.
    pub(crate) ops_alarm: Arc<std::sync::Mutex<hotline::LogGate>>,
    turn_hook: Option<TurnHook>,
    /// Users with parts of a long text waiting (user → chat, time of the last part in Unix
    /// milliseconds): handled after a pause (see [`App::due_parts`]).
    parts: Arc<std::sync::Mutex<std::collections::HashMap<i64, (i64, i64)>>>,
    /// Admins' candidate content and the publish lock (`publish`).
    publishing: Arc<publish::Publishing>,
    /// Reads pictures sent for checking; `None`: no OCR engine (see [`App::with_ocr`]).
    ocr: Option<ocr::Ocr>,
    /// An alert job was created: its recipients are to be written (see `alerts`).
    alert_jobs: Arc<tokio::sync::Notify>,
    /// Admins' alert previews waiting for Confirm or Cancel.
    alert_drafts: Arc<alerts::Drafts>,
}

/// A text at least this long (in UTF-16 units, as Telegram counts) may be the first part of a
/// longer one that Telegram split at 4096: it waits a moment for the rest.
pub const PART_MIN: usize = 3500;
/// The pause after the last part after which the parts are handled as they are.
pub const PART_WAIT_MS: i64 = 2000;

impl App {
    pub fn new(
        content: ContentHandle,
        store: Store,
        admins: impl IntoIterator<Item = i64>,
    ) -> Self {
        App {
            content,
            store,
            admins: admins.into_iter().collect(),
            hotline: Arc::new(HotlineConfig::default()),
            operators: None,
            ops_alarm: Arc::default(),
            turn_hook: None,
            parts: Arc::default(),
            publishing: Arc::default(),
            ocr: None,
            alert_jobs: Arc::default(),
            alert_drafts: Arc::default(),
        }
    }

    /// Runs `hook` on each user input before the engine sees it. For tests: a hook that panics
    /// shows what a bug in a turn does to the bot (the user gets an apology, nothing else stops).
    #[doc(hidden)]
    pub fn with_turn_hook(mut self, hook: TurnHook) -> Self {
        self.turn_hook = Some(hook);
        self
    }

    /// With a hotline (an operators' group and its settings).
    pub fn with_hotline(mut self, hotline: HotlineConfig) -> Self {
        self.operators = hotline
            .operators_chat
            .map(|chat| hotline::OperatorsChat::new(chat, self.store.clone()));
        self.hotline = Arc::new(hotline);
        self
    }

    /// The operators' group, if there is a hotline: its id now (see [`hotline::OperatorsChat`]).
    pub fn operators(&self) -> Option<&hotline::OperatorsChat> {
        self.operators.as_ref()
    }

    /// Admins' user ids (`--admins`).
    pub fn admins(&self) -> impl Iterator<Item = i64> + '_ {
        self.admins.iter().copied()
    }

    pub fn content(&self) -> &ContentHandle {
        &self.content
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn hotline_config(&self) -> &HotlineConfig {
        &self.hotline
    }

    /// Handles one event and returns the replies rendered (for the terminal). Never fails: an
    /// internal error becomes a localized apology.
    pub async fn handle(&self, incoming: Incoming) -> Vec<Rendered> {
        match AssertUnwindSafe(self.handle_inner(&incoming))
            .catch_unwind()
            .await
        {
            Ok(replies) => replies,
            Err(_) => vec![self.after_panic(&incoming).await],
        }
    }

    async fn handle_inner(&self, incoming: &Incoming) -> Vec<Rendered> {
        let incoming = incoming.clone();
        let guess = Lang::guess(incoming.language_code.as_deref());
        match self.process(&incoming, guess).await {
            Ok((outcome, metrics)) if outcome.effects.is_empty() => {
                if let Err(e) = self
                    .store
                    .commit_turn(incoming.user, &outcome.state, &[], metrics)
                    .await
                {
                    return self.apology(&incoming, guess, &e);
                }
                self.rendered(&outcome, guess)
            }
            Ok((outcome, metrics)) => match self
                .commit_hotline_with_metrics(&incoming, outcome, metrics, guess)
                .await
            {
                Ok(done) => {
                    let mut out: Vec<Rendered> = done
                        .rows
                        .into_iter()
                        .filter(|r| !r.message.to_operators)
                        .map(|r| Rendered {
                            html: r.message.html,
                            buttons: r.message.keyboard,
                        })
                        .collect();
                    out.extend(done.direct.into_iter().map(|m| Rendered {
                        html: m.html,
                        buttons: m.keyboard,
                    }));
                    out
                }
                Err(e) => self.apology(&incoming, guess, &e),
            },
            Err(e) => self.apology(&incoming, guess, &e),
        }
    }

    /// Handles one event for delivery through the outbox: the new state and the replies, split
    /// into Telegram-sized messages, are committed in one transaction (with the hotline's
    /// changes, if any). If that fails, an apology comes back to be sent directly.
    ///
    /// A panic in the turn (a bug) is caught: logged with the user id and input kind only, the
    /// user gets the apology in their language, their state stays as it was, and the bot goes
    /// on with the next update.
    pub async fn handle_for_delivery(&self, incoming: Incoming) -> Outgoing {
        match AssertUnwindSafe(self.turn_for_delivery(&incoming))
            .catch_unwind()
            .await
        {
            Ok(done) => done,
            Err(_) => {
                let apology = self.after_panic(&incoming).await;
                Outgoing {
                    rows: Vec::new(),
                    topics_to_delete: Vec::new(),
                    direct: vec![OutMessage::new(
                        incoming.user.chat_id,
                        "apology",
                        apology.html,
                        apology.buttons,
                    )],
                }
            }
        }
    }

    /// The apology after a panicking turn, in the user's stored language (their state was not
    /// saved: it is what it was before the turn).
    async fn after_panic(&self, incoming: &Incoming) -> Rendered {
        tracing::error!(
            user_id = incoming.user.user_id,
            input = incoming.input.kind(),
            "a turn panicked; the user gets an apology and their state is kept"
        );
        let stored = AssertUnwindSafe(self.store.load_state(incoming.user.user_id))
            .catch_unwind()
            .await
            .ok()
            .and_then(Result::ok)
            .and_then(|state| state.lang);
        let lang = stored
            .or_else(|| Lang::guess(incoming.language_code.as_deref()))
            .unwrap_or(Lang::Uz);
        self.apology_in(lang)
    }

    fn apology_in(&self, lang: Lang) -> Rendered {
        let content = self.content.get();
        render(
            &content.texts,
            lang,
            &Reply::text(Msg::new("common-internal-error")),
        )
    }

    async fn turn_for_delivery(&self, incoming: &Incoming) -> Outgoing {
        let mut incoming = incoming.clone();
        let guess = Lang::guess(incoming.language_code.as_deref());
        match self.join_parts(&mut incoming).await {
            Ok(Parts::Held) => Outgoing::default(),
            Ok(Parts::Go) => self.turn_inner(incoming, guess).await,
            Ok(Parts::FirstThe(part)) => {
                // A part whose rest never came, then what the user did next.
                let mut first = Incoming::new(
                    incoming.user,
                    incoming.language_code.clone(),
                    Input::Text(part),
                );
                first.first_name = incoming.first_name.clone();
                let mut out = self.turn_inner(first, guess).await;
                let next = self.turn_inner(incoming, guess).await;
                out.rows.extend(next.rows);
                out.direct.extend(next.direct);
                out.topics_to_delete.extend(next.topics_to_delete);
                out
            }
            Err(e) => self.apology_direct(&incoming, guess, &e),
        }
    }

    /// Long texts Telegram split into several messages: a part that may have a continuation is
    /// held (committed in the user's state); the next text joins it. Anything else first gets
    /// the part handled on its own.
    async fn join_parts(&self, incoming: &mut Incoming) -> Result<Parts, StoreError> {
        let user = incoming.user;
        let state = self.store.load_state(user.user_id).await?;
        let now = chrono::Utc::now().timestamp_millis();
        let long = match &incoming.input {
            Input::Text(text) => html::utf16_len(text) >= PART_MIN,
            _ => false,
        };
        if long && !state.in_case {
            let Input::Text(text) = &incoming.input else {
                unreachable!("checked above")
            };
            let joined = match &state.pending_part {
                Some(part) => format!("{}\n{text}", part.text),
                None => text.clone(),
            };
            let mut held = state.clone();
            held.pending_part = Some(crate::core::state::PendingPart {
                text: joined,
                at_ms: now,
            });
            self.store
                .commit_turn(user, &held, &[], TurnMetrics::default())
                .await?;
            self.parts
                .lock()
                .expect("parts")
                .insert(user.user_id, (user.chat_id, now));
            return Ok(Parts::Held);
        }
        let Some(part) = state.pending_part else {
            return Ok(Parts::Go);
        };
        self.parts.lock().expect("parts").remove(&user.user_id);
        match &mut incoming.input {
            // The last part (shorter than the limit): the whole text, once.
            Input::Text(text) => {
                *text = format!("{}\n{text}", part.text);
                Ok(Parts::Go)
            }
            _ => Ok(Parts::FirstThe(part.text)),
        }
    }

    /// Users whose held parts have waited [`PART_WAIT_MS`]: to hand to [`App::flush_part`].
    pub fn due_parts(&self) -> Vec<UserKey> {
        let before = chrono::Utc::now().timestamp_millis() - PART_WAIT_MS;
        self.parts
            .lock()
            .expect("parts")
            .iter()
            .filter(|(_, (_, at))| *at <= before)
            .map(|(&user_id, &(chat_id, _))| UserKey { user_id, chat_id })
            .collect()
    }

    /// Parts left by the last run, to be handled after the pause.
    pub async fn restore_parts(&self) -> Result<(), StoreError> {
        let waiting = self.store.users_with_parts().await?;
        let mut parts = self.parts.lock().expect("parts");
        for (user, at) in waiting {
            parts.insert(user.user_id, (user.chat_id, at));
        }
        Ok(())
    }

    /// Handles a user's held parts as one text: no continuation came.
    pub async fn flush_part(&self, user: UserKey) -> Outgoing {
        self.parts.lock().expect("parts").remove(&user.user_id);
        let state = match self.store.load_state(user.user_id).await {
            Ok(state) => state,
            Err(e) => {
                tracing::error!(user_id = user.user_id, error = %e, "cannot read held parts");
                return Outgoing::default();
            }
        };
        let Some(part) = state.pending_part else {
            return Outgoing::default();
        };
        let incoming = Incoming::new(user, None, Input::Text(part.text));
        let step = AssertUnwindSafe(self.turn_inner(incoming.clone(), None));
        match step.catch_unwind().await {
            Ok(out) => out,
            Err(_) => {
                let apology = self.after_panic(&incoming).await;
                Outgoing {
                    direct: vec![OutMessage::new(
                        user.chat_id,
                        "apology",
                        apology.html,
                        apology.buttons,
                    )],
                    ..Outgoing::default()
                }
            }
        }
    }

    /// One turn: the engine, then one commit of state and replies (with the hotline's changes).
    async fn turn_inner(&self, incoming: Incoming, guess: Option<Lang>) -> Outgoing {
        let (outcome, metrics) = match self.process(&incoming, guess).await {
            Ok(processed) => processed,
            Err(e) => return self.apology_direct(&incoming, guess, &e),
        };
        if !outcome.effects.is_empty() {
            return match self
                .commit_hotline_with_metrics(&incoming, outcome, metrics, guess)
                .await
            {
                Ok(done) => done,
                Err(e) => self.apology_direct(&incoming, guess, &e),
            };
        }
        let chat_id = incoming.user.chat_id;
        let kind = self.reply_kind(&incoming);
        let messages: Vec<OutMessage> = self
            .rendered(&outcome, guess)
            .iter()
            .flat_map(|reply| split_for_telegram(chat_id, kind, reply))
            .collect();
        match self
            .store
            .commit_turn(incoming.user, &outcome.state, &messages, metrics)
            .await
        {
            Ok(rows) => Outgoing {
                rows,
                ..Outgoing::default()
            },
            Err(e) => self.apology_direct(&incoming, guess, &e),
        }
    }

    /// A turn with hotline effects is saved in a hotline transaction; its counters follow in
    /// their own write once it has committed.
    async fn commit_hotline_with_metrics(
        &self,
        incoming: &Incoming,
        outcome: Outcome,
        metrics: TurnMetrics,
        guess: Option<Lang>,
    ) -> Result<Outgoing, StoreError> {
        let done = self.commit_hotline_turn(incoming, outcome, guess).await?;
        if let Err(e) = self
            .store
            .record_metrics(incoming.user.user_id, metrics)
            .await
        {
            tracing::warn!(user_id = incoming.user.user_id, error = %e, "counters not recorded");
        }
        Ok(done)
    }

    fn apology_direct(&self, incoming: &Incoming, guess: Option<Lang>, e: &StoreError) -> Outgoing {
        let apology = self.apology_one(incoming, guess, e);
        Outgoing {
            rows: Vec::new(),
            topics_to_delete: Vec::new(),
            direct: vec![OutMessage::new(
                incoming.user.chat_id,
                "apology",
                apology.html,
                apology.buttons,
            )],
        }
    }

    fn apology(&self, incoming: &Incoming, guess: Option<Lang>, e: &StoreError) -> Vec<Rendered> {
        vec![self.apology_one(incoming, guess, e)]
    }

    fn apology_one(&self, incoming: &Incoming, guess: Option<Lang>, e: &StoreError) -> Rendered {
        tracing::error!(user_id = incoming.user.user_id, input = incoming.input.kind(), error = %e, "handling failed");
        self.apology_in(guess.unwrap_or(Lang::Uz))
    }

    /// The user's replies in their language, rendered to Telegram HTML.
    pub(crate) fn rendered(&self, outcome: &Outcome, guess: Option<Lang>) -> Vec<Rendered> {
        let content = self.content.get();
        let lang = outcome.state.lang.or(guess).unwrap_or(Lang::Uz);
        outcome
            .replies
            .iter()
            .map(|r| render(&content.texts, lang, r))
            .collect()
    }

    /// The outbox kind of a turn's replies (for logs and the message counters).
    pub(crate) fn reply_kind(&self, incoming: &Incoming) -> &'static str {
        if self.is_reload(incoming) {
            "admin"
        } else {
            "reply"
        }
    }

    fn is_reload(&self, incoming: &Incoming) -> bool {
        incoming.input == Input::Command(Command::Reload)
            && self.admins.contains(&incoming.user.user_id)
    }

    /// Runs the engine on the user's stored state: what it decided, and what the turn adds to
    /// the NGO's counters. Nothing is saved yet; offers checked are already counted.
    async fn process(
        &self,
        incoming: &Incoming,
        guess: Option<Lang>,
    ) -> Result<(Outcome, TurnMetrics), StoreError> {
        let user_id = incoming.user.user_id;
        if let Some(hook) = &self.turn_hook {
            hook(&incoming.input);
        }
        let state = self.store.load_state(user_id).await?;
        if self.is_reload(incoming) {
            let outcome = Outcome {
                replies: vec![self.reload()],
                state,
                effects: Vec::new(),
                events: Vec::new(),
            };
            return Ok((outcome, TurnMetrics::default()));
        }
        if let Some(done) = self.alerts_turn(user_id, &state, &incoming.input).await? {
            return Ok(done);
        }
        let content = self.content.get();
        let ctx = Context {
            lang_guess: guess,
            case: self.store.open_case_of(user_id),
            hotline: self.hotline.operators_chat.is_some(),
            blocked: self.store.blocked(user_id).is_some(),
        };
        let confirmed = self.store.confirmed_contacts();
        let know = Knowledge {
            scripts: &content.scripts,
            offer: &content.offer,
            distress: &content.distress,
            confirmed: &confirmed,
        };
        let mut outcome = engine::handle(know, &state, &incoming.input, ctx);
        if outcome.events.contains(&Happened::Alerts) {
            // "🔔 Alerts" in a menu: the topics with the user's ticks.
            outcome.replies = vec![self.alerts_screen(user_id, &outcome.state, None).await?];
        }
        // Held parts are handled with this turn (joined to its text, or before it).
        outcome.state.pending_part = None;
        keep_quiz_score(&mut outcome.state, &outcome.events);
        let lang = outcome.state.lang.or(guess).unwrap_or(Lang::Uz);
        let mut metrics = turn_metrics(&content.scripts, &state, &outcome.state, &outcome.events);
        metrics.campaign = outcome.state.campaign.clone();
        let mut effects = Vec::new();
        for effect in std::mem::take(&mut outcome.effects) {
            match effect {
                Effect::OfferChecked { risk, categories } => {
                    // No user id: a user's id next to an offer's risk says something about them.
                    tracing::info!(
                        risk = risk.name(),
                        flags = categories.len(),
                        "offer checked"
                    );
                    metrics.count("offer_risk", risk.name(), lang.code());
                    for category in &categories {
                        metrics.count("offer_flag", category.name(), "");
                    }
                    metrics.reach(Stage::Check);
                    let names: Vec<&str> = categories.iter().map(|c| c.name()).collect();
                    metrics.offer_check = Some((risk.name().to_string(), names.join(","), lang));
                }
                other => effects.push(other),
            }
        }
        tracing::debug!(
            user_id,
            input = incoming.input.kind(),
            replies = outcome.replies.len(),
            "handled"
        );
        outcome.effects = effects;
        Ok((outcome, metrics))
    }

    /// `/reload` from an admin: swap in the new files, or keep the old ones and say why.
    fn reload(&self) -> Reply {
        let result = self.content.reload();
        let content = self.content.get();
        let msg = match result {
            Ok(warnings) => Msg::new("admin-reload-ok")
                .arg("nodes", Arg::Number(content.scripts.node_count() as i64))
                .arg("keys", Arg::Number(content.texts.key_count() as i64))
                .arg("warnings", Arg::Number(warnings.0.len() as i64)),
            Err(diags) => {
                let mut listing = String::new();
                for d in diags.errors() {
                    let line = format!("{d}\n");
                    if listing.len() + line.len() > 3000 {
                        listing.push('…');
                        break;
                    }
                    listing.push_str(&line);
                }
                Msg::new("admin-reload-failed")
                    .arg("count", Arg::Number(diags.errors().count() as i64))
                    .arg("errors", Arg::Text(listing.trim_end().to_string()))
            }
        };
        Reply::text(msg)
    }
}

/// What [`App::join_parts`] decided.
enum Parts {
    /// A part was held: nothing to answer yet.
    Held,
    /// Handle the input (joined with held parts, if any).
    Go,
    /// First handle this held text on its own, then the input.
    FirstThe(String),
}

/// The quiz's script id (campaign links `start=quiz` open it): its first question `q1` counts
/// as the quiz started, `end` as finished, `*_right` / `*_wrong` as answers.
const QUIZ: &str = "quiz";

/// The right answers of the user's current attempt at the quiz: none when its first question
/// opens, one more for each right answer's page.
fn keep_quiz_score(state: &mut UserState, events: &[Happened]) {
    for event in events {
        if let Happened::Page(at) = event
            && at.script == QUIZ
        {
            if at.node == "q1" {
                state.quiz_right = 0;
            } else if at.node.ends_with("_right") {
                state.quiz_right = state.quiz_right.saturating_add(1);
            }
        }
    }
}

/// A finished attempt's score band (the quiz has eight questions): counted, never the score of
/// a person.
fn quiz_band(right: u8) -> &'static str {
    match right {
        0..=2 => "0-2",
        3..=5 => "3-5",
        _ => "6-8",
    }
}

/// The counters of one turn, from what the engine reports and how the state changed.
fn turn_metrics(
    scripts: &crate::core::script::Scripts,
    before: &UserState,
    after: &UserState,
    events: &[Happened],
) -> TurnMetrics {
    let mut m = TurnMetrics::default();
    let lang = after.lang.map_or("", Lang::code);
    if before.lang.is_none() && after.lang.is_some() {
        m.reach(Stage::Language);
    }
    let main = scripts.main_menu();
    for event in events {
        match event {
            Happened::Page(at) => {
                m.count("page", at.script.as_str(), at.node.as_str());
                if at.script != main.script {
                    m.reach(Stage::Topic);
                }
                if at.script == QUIZ {
                    if at.node == "q1" {
                        m.count("quiz", "started", "");
                    } else if at.node == "end" {
                        m.count("quiz", "finished", "");
                        m.count("quiz_score", quiz_band(after.quiz_right), "");
                        m.reach(Stage::Check);
                    } else if at.node.ends_with("_right") {
                        m.count("quiz_answer", "right", "");
                    } else if at.node.ends_with("_wrong") {
                        m.count("quiz_answer", "wrong", "");
                    }
                }
            }
            Happened::Question(q) => m.count("question", q.code(), lang),
            Happened::Distress => m.count("distress", lang, ""),
            Happened::Alerts => {}
            Happened::AlertPress { alert, at } => m.alert_press = Some((*alert, at.to_string())),
        }
    }
    m
}

/// One reply as Telegram messages of at most 4096 characters, the keyboard on the last.
pub(crate) fn split_for_telegram(chat_id: i64, kind: &str, reply: &Rendered) -> Vec<OutMessage> {
    let parts = html::split_html(&reply.html, html::MAX_MESSAGE);
    let last = parts.len().saturating_sub(1);
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let keyboard = if i == last {
                reply.buttons.clone()
            } else {
                Vec::new()
            };
            OutMessage::new(chat_id, kind, part, keyboard)
        })
        .collect()
}

/// Without an operators' group, "talk to a person" says so plainly and points to the contacts.
/// Renders a reply in `lang`: paragraphs separated by a blank line.
pub fn render(texts: &Texts, lang: Lang, reply: &Reply) -> Rendered {
    let html = reply
        .body
        .iter()
        .map(|m| texts.render(lang, m))
        .collect::<Vec<_>>()
        .join("\n\n");
    let buttons = reply
        .keyboard
        .iter()
        .map(|row| {
            row.iter()
                .map(|b| (texts.render(lang, &b.label), b.data.clone()))
                .collect()
        })
        .collect();
    Rendered { html, buttons }
}
