//! Intake: Telegram updates in, turns committed, and only then acknowledged.
//!
//! - **Polling.** Safar's own `getUpdates` loop. A batch (at most 100 updates) is handled in
//!   full before the next call, whose `offset` confirms the batch to Telegram: an update is
//!   confirmed only once its turn is committed. A crash before that, and Telegram delivers
//!   the batch again; each turn records its update id in the same transaction
//!   (`intake_marks`), so the updates already handled are recognised and skipped. While a batch
//!   is in hand nothing more is fetched: that is the backpressure, and the memory bound.
//! - **Webhook.** The HTTP answer is sent after the commit; an update whose commit failed is
//!   answered 500 and Telegram sends it again.
//! - **Turns.** Updates of one chat are handled in order, chats side by side. A turn reads the
//!   state, runs the pure engine and commits state, outbox rows and update id together. It never
//!   waits for Telegram: delivery is woken and sends on its own (see [`super::delivery`]).

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::value::RawValue;

/// An update as Telegram sent it.
pub type Raw = Box<RawValue>;
use teloxide::types::{CallbackQuery, Message, Update, UpdateKind};
use tokio::sync::Semaphore;

use super::api::{Api, CallError};
use super::delivery::Delivery;
use super::{incoming_message, operator_event};
use crate::app::{App, Incoming, Outgoing};
use crate::core::input::Input;
use crate::core::operators::{OperatorEvent, OperatorInput};
use crate::store::UserKey;
use crate::store::intake::{self, Fate, UpdateMark};

/// Updates fetched per `getUpdates` call (Telegram's maximum).
pub const BATCH: u8 = 100;

/// Button answers in flight at most; beyond that a spinner is left to time out on its own.
const MAX_ANSWERS: usize = 32;

/// Stripes of chats: one lock each keeps a chat's updates in order.
const STRIPES: usize = 256;

pub struct Intake {
    /// For downloads of admins' uploads (see `files`).
    bot: teloxide::Bot,
    pub(super) app: App,
    pub(super) delivery: Arc<Delivery>,
    pub(super) api: Api,
    answers: Arc<Semaphore>,
    /// Webhook mode: one lock per stripe of chats keeps each chat's updates in order.
    stripes: Arc<Vec<tokio::sync::Mutex<()>>>,
    /// Updates that failed once (their user got the apology; a retry does not repeat it).
    apologised: Mutex<HashSet<i64>>,
}

/// The chat whose order an update belongs to (its lane), if Safar handles its kind.
pub fn lane_of(update: &Update) -> Option<i64> {
    match &update.kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => Some(m.chat.id.0),
        UpdateKind::CallbackQuery(q) => Some(
            q.message
                .as_ref()
                .map_or(q.from.id.0 as i64, |m| m.chat().id.0),
        ),
        _ => None,
    }
}

impl Intake {
    pub fn new(bot: teloxide::Bot, app: App, delivery: Arc<Delivery>, api: Api) -> Intake {
        Intake {
            bot,
            app,
            delivery,
            api,
            answers: Arc::new(Semaphore::new(MAX_ANSWERS)),
            stripes: Arc::new((0..STRIPES).map(|_| tokio::sync::Mutex::new(())).collect()),
            apologised: Mutex::new(HashSet::new()),
        }
    }

    /// The lock that keeps one chat's handling in order (with held parts flushed beside it).
    pub(super) fn stripe(&self, chat: i64) -> &tokio::sync::Mutex<()> {
        &self.stripes[self.stripe_index(chat)]
    }

    fn stripe_index(&self, chat: i64) -> usize {
        (chat.unsigned_abs() % STRIPES as u64) as usize
    }

    fn stripes_handle(&self) -> Arc<Vec<tokio::sync::Mutex<()>>> {
        self.stripes.clone()
    }

    /// For as long as the bot runs: parts of long texts whose rest did not come within the
    /// pause are handled as they are.
    pub async fn flush_parts(self: Arc<Self>, mut stop: tokio::sync::watch::Receiver<bool>) {
        let mut tick = tokio::time::interval(Duration::from_millis(500));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = stop.changed() => return,
            }
            for user in self.app.due_parts() {
                let _in_order = self.stripe(user.chat_id).lock().await;
                let out = self.app.flush_part(user).await;
                self.dispatch(out, true);
            }
        }
    }

    /// One update (webhook mode): in its chat's order; `false` if it must be sent again.
    pub async fn handle_one(&self, value: Raw) -> bool {
        let Some((id, update)) = parse(value) else {
            return true;
        };
        let Some(lane) = lane_of(&update) else {
            return true;
        };
        let _in_order = self.stripe(lane).lock().await;
        match self.app.store().handled_up_to(&[lane]).await {
            Ok(marks) if marks.get(&lane).is_some_and(|&m| id <= m) => {
                tracing::info!(
                    update_id = id,
                    chat_id = lane,
                    "update already handled; skipped"
                );
                return true;
            }
            Ok(_) => {}
            Err(e) => {
                tracing::error!(error = %e, "cannot read which updates were handled");
                return false;
            }
        }
        let fate = self.handle(lane, id, update).await;
        !fate.failed || fate.committed
    }

    /// Handles one update inside its intake scope: what it commits records its id.
    pub(super) async fn handle(&self, lane: i64, id: i64, update: Update) -> Fate {
        let mark = UpdateMark {
            chat_id: lane,
            update_id: id,
        };
        let step = std::panic::AssertUnwindSafe(intake::within(mark, self.step(update)));
        let Ok((out, fate)) = futures::FutureExt::catch_unwind(step).await else {
            // A bug outside the app's own net: logged with ids only; the update counts as
            // handled (handling it again would panic again).
            tracing::error!(
                chat_id = lane,
                update_id = id,
                "handling an update panicked; going on with the next"
            );
            return Fate::default();
        };
        let retried = fate.failed && !fate.committed;
        let first_failure = retried && {
            let mut seen = self.apologised.lock().expect("apologised");
            if seen.len() > 10_000 {
                seen.clear();
            }
            seen.insert(id)
        };
        if let Some(out) = out {
            // A failed turn's apology goes out once, not at each retry.
            self.dispatch(out, !retried || first_failure);
        }
        fate
    }

    /// Wakes delivery for what was committed; sends what is not kept (apologies, goodbyes).
    fn dispatch(&self, out: Outgoing, send_direct: bool) {
        kick_rows(&self.delivery, out.rows);
        let (direct, topics) = (out.direct, out.topics_to_delete);
        if (send_direct && !direct.is_empty()) || !topics.is_empty() {
            let delivery = self.delivery.clone();
            tokio::spawn(async move {
                if send_direct {
                    for message in &direct {
                        delivery.send_direct(message).await;
                    }
                }
                for &(chat, topic) in &topics {
                    delivery.delete_topic(chat, topic).await;
                }
            });
        }
    }

    /// An admin's upload, publishing command or button: handled beside the intake (a download
    /// must not hold up the batch). Drafts live in memory, so after a crash the admin sends
    /// the file again.
    fn admin(&self, event: crate::app::publish::AdminEvent) {
        let (app, delivery) = (self.app.clone(), self.delivery.clone());
        tokio::spawn(async move {
            let rows = app.handle_admin(event).await;
            kick_rows(&delivery, rows);
        });
    }

    async fn step(&self, update: Update) -> Option<Outgoing> {
        match update.kind {
            UpdateKind::Message(msg) => self.message(msg).await,
            UpdateKind::EditedMessage(msg) => self.edited(msg).await,
            UpdateKind::CallbackQuery(query) => self.callback(query).await,
            _ => None,
        }
    }

    async fn message(&self, msg: Message) -> Option<Outgoing> {
        let app = &self.app;
        if let Some(ops) = app.operators() {
            // The group became a supergroup: Telegram says so in the old chat (and in the new).
            let moved = match (msg.migrate_to_chat_id(), msg.migrate_from_chat_id()) {
                (Some(to), _) if ops.is(msg.chat.id.0) => Some((msg.chat.id.0, to.0)),
                (_, Some(from)) if from.0 == ops.current() => Some((from.0, msg.chat.id.0)),
                _ => None,
            };
            if let Some((from, to)) = moved {
                self.delivery.follow_operators(from, to).await;
                return None;
            }
        }
        // `/alert` in the operators' group: see alerts.rs.
        if let Some(event) = super::alerts::alert_command(&msg, app) {
            let (app, delivery) = (app.clone(), self.delivery.clone());
            tokio::spawn(async move { kick_rows(&delivery, app.handle_alert_admin(event).await) });
            return None;
        }
        // An admin's upload or publishing command: see files.rs.
        if let Some(event) = super::files::admin_event(&self.bot, &msg, app) {
            self.admin(event);
            return None;
        }
        if let Some(ops) = app.operators()
            && ops.current() == msg.chat.id.0
        {
            let event = operator_event(&msg)?;
            return Some(rows(app.handle_operator(event).await));
        }
        let Some(incoming) = incoming_message(&msg) else {
            tracing::debug!(
                chat_id = msg.chat.id.0,
                "ignoring a message outside a private chat"
            );
            return None;
        };
        if app.reads_pictures() && super::photo::may_read(&incoming) {
            // A screenshot of an offer is read beside the intake (a read takes a second or
            // more and must not hold up the batch), then handled in its chat's order. A
            // crash meanwhile loses the picture: the user, told it is being read, sends it
            // again.
            self.picture(msg, incoming);
            return None;
        }
        Some(app.handle_for_delivery(incoming).await)
    }

    fn picture(&self, msg: Message, incoming: Incoming) {
        let me = Picture {
            bot: self.bot.clone(),
            app: self.app.clone(),
            delivery: self.delivery.clone(),
        };
        let stripe = self.stripe_index(incoming.user.chat_id);
        let stripes = self.stripes_handle();
        tokio::spawn(async move {
            let incoming =
                super::photo::read_if_wanted(&me.bot, &me.app, &me.delivery, &msg, incoming).await;
            let _in_order = stripes[stripe].lock().await;
            let out = me.app.handle_for_delivery(incoming).await;
            kick_rows(&me.delivery, out.rows);
            for message in &out.direct {
                me.delivery.send_direct(message).await;
            }
        });
    }

    /// A corrected message: relayed in an open case (either way), ignored anywhere else.
    async fn edited(&self, msg: Message) -> Option<Outgoing> {
        let app = &self.app;
        let text = msg.text().or(msg.caption()).map(str::to_string)?;
        if app
            .operators()
            .is_some_and(|o| o.current() == msg.chat.id.0)
        {
            let mut event = operator_event(&msg)?;
            // A corrected command (`/note …`) stays a command: never sent to the user.
            if matches!(
                event.input,
                OperatorInput::Anonymous | OperatorInput::Command(_)
            ) {
                return None;
            }
            event.input = OperatorInput::Edited(text);
            Some(rows(app.handle_operator(event).await))
        } else if msg.chat.is_private() {
            let from = msg.from.as_ref()?;
            let user = UserKey {
                user_id: from.id.0 as i64,
                chat_id: msg.chat.id.0,
            };
            Some(rows(app.relay_user_edit(user, &text).await))
        } else {
            None
        }
    }

    async fn callback(&self, query: CallbackQuery) -> Option<Outgoing> {
        // Answered beside the turn, so the button stops spinning on the user's phone; the turn
        // does not wait for it.
        if let Ok(permit) = self.answers.clone().try_acquire_owned() {
            let delivery = self.delivery.clone();
            let (id, user_id) = (query.id.0.clone(), query.from.id.0 as i64);
            tokio::spawn(async move {
                delivery.answer_callback(&id, user_id).await;
                drop(permit);
            });
        }
        let app = &self.app;
        // Confirm / Cancel under an alert's preview: see alerts.rs.
        if let Some(event) = super::alerts::alert_button(&query, app) {
            let (app, delivery) = (app.clone(), self.delivery.clone());
            tokio::spawn(async move { kick_rows(&delivery, app.handle_alert_admin(event).await) });
            return None;
        }
        // Publish / Cancel under a preview of an admin's upload: see files.rs.
        if let Some(event) = super::files::admin_button(&query, app) {
            self.admin(event);
            return None;
        }
        let chat = query.message.as_ref().map(|m| m.chat().id.0);
        // A button under a message in the operators' group: an operator's action. Anywhere else
        // it is a user's button, whatever its data says.
        if let Some(ops) = app.operators()
            && chat == Some(ops.current())
        {
            let message = query.message.as_ref().and_then(|m| m.regular_message());
            let event = OperatorEvent {
                operator_id: query.from.id.0 as i64,
                operator_name: query.from.first_name.clone(),
                message_id: message.map_or(0, |m| m.id.0),
                thread_id: message
                    .and_then(|m| m.thread_id.filter(|_| m.is_topic_message))
                    .map(|t| t.0.0),
                reply_to: None,
                input: OperatorInput::Button(query.data.clone().unwrap_or_default()),
                caption: None,
                html: None,
            };
            return Some(rows(app.handle_operator(event).await));
        }
        let chat_id = chat.filter(|c| *c > 0).unwrap_or(query.from.id.0 as i64);
        let mut incoming = Incoming::new(
            UserKey {
                user_id: query.from.id.0 as i64,
                chat_id,
            },
            query.from.language_code.clone(),
            Input::Button(query.data.clone().unwrap_or_default()),
        );
        // Consent to a case is often a button: the card's name comes from whoever pressed it.
        incoming.first_name = Some(query.from.first_name.clone());
        Some(app.handle_for_delivery(incoming).await)
    }
}

/// What a picture's read needs, moved into its task.
struct Picture {
    bot: teloxide::Bot,
    app: App,
    delivery: Arc<Delivery>,
}

/// Hands each chat's rows, in order, to its sender.
fn kick_rows(delivery: &Arc<Delivery>, rows: Vec<crate::store::OutboxRow>) {
    let mut by_chat: Vec<(i64, Vec<crate::store::OutboxRow>)> = Vec::new();
    for row in rows {
        let chat = row.message.chat_id;
        match by_chat.iter_mut().find(|(c, _)| *c == chat) {
            Some((_, rows)) => rows.push(row),
            None => by_chat.push((chat, vec![row])),
        }
    }
    for (chat, rows) in by_chat {
        delivery.kick(chat, rows);
    }
}

fn rows(rows: Vec<crate::store::OutboxRow>) -> Outgoing {
    Outgoing {
        rows,
        ..Outgoing::default()
    }
}

/// The user whose state a private message or a button press will read.
pub(super) fn user_of(update: &Update) -> Option<i64> {
    match &update.kind {
        UpdateKind::Message(m) if m.chat.is_private() => m.from.as_ref().map(|u| u.id.0 as i64),
        UpdateKind::CallbackQuery(q) => Some(q.from.id.0 as i64),
        _ => None,
    }
}

/// An update from its JSON: its id always (even for a kind teloxide cannot read, so that it is
/// confirmed and not fetched forever), the update when it can be read. Logs ids, never content.
pub(super) fn parse(value: Raw) -> Option<(i64, Update)> {
    let id = update_id(&value)?;
    // (teloxide reads an update from text, not from a `Value`.)
    match serde_json::from_str::<Update>(value.get()) {
        Ok(update) => Some((id, update)),
        Err(_) => {
            tracing::warn!(update_id = id, "an update Safar cannot read; skipped");
            None
        }
    }
}

/// The id of the last update in a raw batch (all of them are confirmed by the next offset).
pub fn last_id(raw: &[Raw]) -> Option<i64> {
    raw.iter().filter_map(|v| update_id(v)).max()
}

pub(super) fn update_id(raw: &RawValue) -> Option<i64> {
    #[derive(serde::Deserialize)]
    struct Id {
        update_id: i64,
    }
    serde_json::from_str::<Id>(raw.get())
        .ok()
        .map(|i| i.update_id)
}

pub(super) fn kind_of(e: &CallError) -> &'static str {
    match e {
        CallError::RetryAfter(_) => "rate_limited",
        CallError::Migrated(_) => "migrated",
        CallError::Api { .. } => "api",
        CallError::Network(kind) => kind,
        CallError::BadResponse { .. } => "invalid_response",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_update_is_read_from_its_json() {
        let value = serde_json::value::to_raw_value(&serde_json::json!({
            "update_id": 7,
            "message": {
                "message_id": 1, "date": 1_700_000_000,
                "chat": {"id": 5, "type": "private", "first_name": "A"},
                "from": {"id": 5, "is_bot": false, "first_name": "A"},
                "text": "/start"
            }
        }))
        .unwrap();
        let (id, update) = parse(value).expect("readable");
        assert_eq!(id, 7);
        assert_eq!(lane_of(&update), Some(5));
    }
}
