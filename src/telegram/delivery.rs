//! Delivery, the stage after the commit: every message Safar sends is a row of the SQLite
//! outbox, written in the same transaction as the turn that caused it, and sent from there.
//!
//! - The stage walks the pending rows in small pages (never the whole backlog in memory) and
//!   gives each chat with something pending a sender of its own (at most [`MAX_SENDERS`] at a
//!   time). A sender sends its chat's rows in order and marks each one sent with Telegram's
//!   message id. Turns never wait for it: they commit and wake it.
//! - Rate limits: about `send_rate` messages a second overall, one a second per private chat
//!   with short bursts, twenty a minute per group (the operators' group).
//! - A chat that is rate-limited (429) or failing (5xx, timeouts) is put aside until its retry
//!   time and its sender released, so it never holds up another chat; a message is retried for
//!   `retry_for` (default 10 minutes), then recorded as failed (logged with chat id and kind,
//!   never its text).
//! - 403 (the user blocked the bot or is gone): no retry; the user is marked unreachable and the
//!   chat's pending messages are not attempted.
//! - 400 "message is not modified" is success; other 400s are logged once per method and
//!   description, not retried.
//! - Messages and copies go through Safar's own requests ([`super::api`]): teloxide's request
//!   path waits 10 s inside any request answered with a 5xx.
//!
//! Alerts (kind `alert`) wait behind everything else: they are walked apart, after
//! the other rows, by at most [`MAX_ALERT_SENDERS`] senders of their own, and take at most
//! about two thirds of `send_rate` and only while the overall rate keeps a third in reserve,
//! so a user's reply never waits for an alert to 50,000 people. One chat still has one sender:
//! a reply to a user whose alert is being sent goes right after it.
//!
//! Hotline relays use the same path: a row may be a copy of another chat's message (photos,
//! voice… relayed without revealing the sender), go to the operators' group (into the case's
//! forum topic, created on first use), and belong to a case; a hotline message that cannot be
//! delivered is reported (the operators or the user are told).
//!
//! Rows still pending at start-up (a crash, a stop mid-send) are simply pending: the stage sends
//! them like any other. The one duplicate window: a crash after Telegram accepted a message and
//! before its sent mark was committed sends that message again at the next start.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, MessageId,
    ParseMode, ThreadId,
};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

use super::api::{Api, CallError};
use crate::app::App;
use crate::app::hotline::OperatorsChat;
use crate::html;
use crate::store::metrics::DOCUMENT_KIND;
use crate::store::{OutMessage, OutboxRow, Store};

#[derive(Debug, Clone, Copy)]
pub struct DeliveryConfig {
    /// Messages per second overall; 0 = no limit (benchmarks, tests).
    pub send_rate: u32,
    /// How long to keep retrying one message before giving up.
    pub retry_for: Duration,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            send_rate: 30,
            retry_for: Duration::from_secs(600),
        }
    }
}

/// Why a message was not delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// 403: the user blocked the bot, deleted their account, or never started it.
    Blocked,
    /// Telegram refused the request itself (a 400): retrying cannot help.
    Rejected(String),
    /// Transient errors did not stop within `retry_for`.
    GaveUp(&'static str),
}

impl Failure {
    fn kind(&self) -> &'static str {
        match self {
            Failure::Blocked => "blocked",
            Failure::Rejected(_) => "rejected",
            Failure::GaveUp(kind) => kind,
        }
    }
}

/// What one attempt's error means for the next.
enum Verdict {
    Done,
    RetryAfter(Duration),
    Transient(&'static str),
    Blocked,
    Rejected(String),
    /// The group became a supergroup with this id.
    Migrated(i64),
}

/// Sorts a teloxide error without ever formatting a response body (which can contain the
/// message text) into the logs.
fn classify(error: &RequestError) -> Verdict {
    match error {
        RequestError::RetryAfter(seconds) => {
            RetryAfter(seconds.duration().max(Duration::from_millis(100)))
        }
        RequestError::Network(e) if e.is_timeout() => Transient("timeout"),
        RequestError::Network(_) => Transient("network"),
        RequestError::InvalidJson { .. } => Transient("invalid_response"),
        RequestError::Io(_) => Transient("io"),
        RequestError::MigrateToChatId(chat) => Migrated(chat.0),
        RequestError::Api(api) => match api {
            ApiError::MessageNotModified => Done,
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots => Blocked,
            other => {
                // Known variants display as Telegram's description; unknown ones carry it.
                let description = match other {
                    ApiError::Unknown(text) => text.clone(),
                    known => known.to_string(),
                };
                if description.starts_with("Forbidden") {
                    Blocked
                } else if description.starts_with("Too Many Requests") {
                    RetryAfter(Duration::from_secs(1))
                } else if description.starts_with("Bad Request")
                    || description.starts_with("Not Found")
                {
                    Rejected(description)
                } else {
                    // "Internal Server Error", "Bad Gateway", …: Telegram's side.
                    Transient("server_error")
                }
            }
        },
    }
}

use Verdict::{Blocked, Done, Migrated, Rejected, RetryAfter, Transient};

/// [`classify`] for Safar's own requests.
fn classify_call(error: &CallError) -> Verdict {
    match error {
        CallError::RetryAfter(wait) => RetryAfter((*wait).max(Duration::from_millis(100))),
        CallError::Migrated(to) => Migrated(*to),
        CallError::Network(kind) => Transient(kind),
        CallError::BadResponse { status } if *status >= 500 || *status == 0 => {
            Transient("server_error")
        }
        CallError::BadResponse { .. } => Transient("invalid_response"),
        CallError::Api { code, description } => {
            if description.contains("message is not modified") {
                Done
            } else if *code == 403 || description.starts_with("Forbidden") {
                Blocked
            } else if *code == 429 {
                RetryAfter(Duration::from_secs(1))
            } else if *code >= 500 {
                Transient("server_error")
            } else if description.contains("bot can't initiate conversation")
                || description.contains("user is deactivated")
            {
                Blocked
            } else {
                Rejected(description.clone())
            }
        }
    }
}

/// The kind of a failed call, for logs.
fn classify_kind(error: &CallError) -> &'static str {
    match classify_call(error) {
        Done => "done",
        RetryAfter(_) => "rate_limited",
        Transient(kind) => kind,
        Blocked => "blocked",
        Rejected(_) => "rejected",
        Migrated(_) => "migrated",
    }
}

/// Bot API requests in flight at most (see [`Delivery::bounded`]).
const MAX_IN_FLIGHT: usize = 8;

/// A request running longer than this no longer counts against [`MAX_IN_FLIGHT`].
const SLOW_REQUEST: Duration = Duration::from_secs(1);

/// Chats being sent to at a time. Each sender holds a few rows of its chat, so memory stays
/// bounded whatever the backlog.
pub const MAX_SENDERS: usize = 64;

/// Chats being sent alerts at a time (besides [`MAX_SENDERS`], which the replies keep).
pub const MAX_ALERT_SENDERS: usize = 32;

/// Rows read per page: ids and chat ids while walking the backlog, whole rows per chat.
const WALK_PAGE: u32 = 512;
const CHAT_PAGE: u32 = 16;

pub struct Delivery {
    bot: Bot,
    api: Api,
    store: Store,
    app: App,
    config: DeliveryConfig,
    limiter: Option<Limiter>,
    /// Bounds the Bot API requests in flight: each is an HTTP connection with its buffers, and
    /// Telegram takes about 30 messages a second anyway. Waiting for a permit does not hold up
    /// a chat behind another chat's slow request: any of the permits will do.
    in_flight: Semaphore,
    /// Senders running (see [`MAX_SENDERS`]).
    senders: Arc<Semaphore>,
    /// Senders of alerts running (see [`MAX_ALERT_SENDERS`]).
    alert_senders: Arc<Semaphore>,
    /// Chats with a sender now (the walk leaves them to it), and the rows their turns handed
    /// over since it started.
    busy: Mutex<HashMap<i64, Slot>>,
    /// Chats whose rows a turn handed over while every sender was busy, in order: the next
    /// sender to finish its chat takes the first. Locked after `busy`, never before.
    queue: Mutex<Queue>,
    /// Rows may be pending that no sender knows of: the walk must look.
    dirty: AtomicBool,
    /// The first walk is done: every chat with rows left by an earlier run has had a sender,
    /// so a turn's rows can be handed to a new sender without reading them back.
    drained: AtomicBool,
    /// Chats put aside after a 429 or a transient error, until the time given.
    later: Mutex<HashMap<i64, Instant>>,
    /// Messages being retried: when the first attempt was, the backoff, attempts so far.
    retries: Mutex<HashMap<i64, Retry>>,
    /// Something was committed to the outbox, or a sender finished.
    wake: Notify,
    /// When set, senders stop at this time and leave the rest pending.
    deadline: Mutex<Option<Instant>>,
    stopping: AtomicBool,
    /// (method, description) of 400s already logged: logged once each.
    logged_rejections: Mutex<HashSet<(String, String)>>,
    /// The operators' group, if there is a hotline.
    ops: Option<OpsRoute>,
}

/// A chat's sender's inbox: rows handed over by turns, or "read the outbox" when they did not
/// fit (or may be older rows).
#[derive(Default)]
struct Slot {
    inbox: Vec<OutboxRow>,
    requery: bool,
    /// Waiting in [`Queue`] for a sender.
    queued: bool,
}

/// Rows a sender keeps in its inbox at most; beyond, it reads the outbox.
const INBOX_MAX: usize = 32;

/// Rows held in the slots of queued chats at most (a few megabytes). Beyond, a chat's rows
/// stay in the outbox only, and the walk gives it a sender that reads them back.
const QUEUE_ROWS_MAX: usize = 2048;

#[derive(Default)]
struct Queue {
    chats: VecDeque<i64>,
    rows: usize,
}

struct Retry {
    started: Instant,
    backoff: Backoff,
    attempts: u32,
}

/// Where hotline messages to operators go.
struct OpsRoute {
    /// Its id now (followed when Telegram moves the group to a supergroup).
    chat: OperatorsChat,
    /// Topics enabled: each case gets its own topic.
    forum: AtomicBool,
    /// Held while a case's topic is looked up or created, so a case never gets two.
    topics: tokio::sync::Mutex<()>,
}

/// A hotline message that did not reach its user, or the operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseFailure {
    pub case: i64,
    /// The user blocked the bot (or the bot was removed from the operators' group): 403.
    pub blocked: bool,
    /// The message was for the operators' group: a case failure the user must hear about.
    pub to_operators: bool,
    /// The kind of the last error (`blocked`, `rejected`, `timeout`…), for logs.
    pub reason: &'static str,
}

/// What one attempt at a row came to.
enum Attempt {
    Sent(i32, u32),
    Failed(Failure, u32),
    /// Try again after this long (the chat is put aside meanwhile).
    Later(Duration),
}

impl Delivery {
    pub fn new(bot: Bot, api: Api, app: App, config: DeliveryConfig) -> Self {
        let limiter = (config.send_rate > 0).then(|| Limiter::new(config.send_rate));
        Delivery {
            bot,
            api,
            store: app.store().clone(),
            app,
            config,
            limiter,
            in_flight: Semaphore::new(MAX_IN_FLIGHT),
            senders: Arc::new(Semaphore::new(MAX_SENDERS)),
            alert_senders: Arc::new(Semaphore::new(MAX_ALERT_SENDERS)),
            busy: Mutex::new(HashMap::new()),
            queue: Mutex::new(Queue::default()),
            dirty: AtomicBool::new(true),
            drained: AtomicBool::new(false),
            later: Mutex::new(HashMap::new()),
            retries: Mutex::new(HashMap::new()),
            wake: Notify::new(),
            deadline: Mutex::new(None),
            stopping: AtomicBool::new(false),
            logged_rejections: Mutex::new(HashSet::new()),
            ops: None,
        }
    }

    /// Routes hotline messages to the operators' group (`forum`: one topic per case).
    pub fn with_operators(mut self, chat: OperatorsChat, forum: bool) -> Self {
        self.ops = Some(OpsRoute {
            chat,
            forum: AtomicBool::new(forum),
            topics: tokio::sync::Mutex::new(()),
        });
        self
    }

    /// Rows were committed to the outbox without a turn handing them over (reminders, notices
    /// about failures, a report): the walk finds them.
    pub fn wake(&self) {
        self.dirty.store(true, Ordering::Release);
        self.wake.notify_one();
    }

    /// A turn committed `rows` for `chat`: hand them to the chat's sender, or start one now (the
    /// walk would find them too, a little later). Nothing is read back from the outbox on this
    /// path.
    pub fn kick(self: &Arc<Self>, chat: i64, rows: Vec<OutboxRow>) {
        if self.stopping.load(Ordering::Acquire) {
            return;
        }
        let mut busy = self.busy.lock().expect("busy");
        if let Some(slot) = busy.get_mut(&chat) {
            let mut queue = slot.queued.then(|| self.queue.lock().expect("queue"));
            if slot.requery || slot.inbox.len() + rows.len() > INBOX_MAX {
                if let Some(queue) = queue.as_mut() {
                    queue.rows = queue.rows.saturating_sub(slot.inbox.len());
                }
                slot.requery = true;
                slot.inbox.clear();
            } else {
                if let Some(queue) = queue.as_mut() {
                    queue.rows += rows.len();
                }
                slot.inbox.extend(rows);
            }
            return;
        }
        let now = Instant::now();
        let later = self.later.lock().expect("later").get(&chat).copied();
        if later.is_some_and(|due| due > now) {
            drop(busy);
            self.wake();
            return;
        }
        // Rows may be pending that were not handed over: left by an earlier run (until the
        // first walk is done), or by a sender that was put aside.
        let requery =
            !self.drained.load(Ordering::Acquire) || rows.len() > INBOX_MAX || later.is_some();
        let Ok(permit) = self.senders.clone().try_acquire_owned() else {
            let mut queue = self.queue.lock().expect("queue");
            if requery || queue.rows + rows.len() > QUEUE_ROWS_MAX {
                drop(queue);
                drop(busy);
                self.wake();
                return;
            }
            queue.rows += rows.len();
            queue.chats.push_back(chat);
            busy.insert(
                chat,
                Slot {
                    inbox: rows,
                    requery: false,
                    queued: true,
                },
            );
            return;
        };
        let slot = if requery {
            Slot {
                inbox: Vec::new(),
                requery: true,
                queued: false,
            }
        } else {
            Slot {
                inbox: rows,
                requery: false,
                queued: false,
            }
        };
        busy.insert(chat, slot);
        drop(busy);
        if later.is_some() {
            self.later.lock().expect("later").remove(&chat);
        }
        tokio::spawn(self.clone().send_chat(chat, permit));
    }

    /// The first chat queued by [`Delivery::kick`], now taken by the caller's sender.
    fn next_queued(&self) -> Option<i64> {
        let mut busy = self.busy.lock().expect("busy");
        let mut queue = self.queue.lock().expect("queue");
        while let Some(chat) = queue.chats.pop_front() {
            if let Some(slot) = busy.get_mut(&chat)
                && slot.queued
            {
                slot.queued = false;
                queue.rows = queue.rows.saturating_sub(slot.inbox.len());
                return Some(chat);
            }
        }
        queue.rows = 0;
        None
    }

    /// The stage's loop: walks the pending rows when rows may be waiting that no sender knows
    /// of, and when a chat put aside is due, until [`Delivery::finish`] says to stop.
    pub async fn run(self: Arc<Self>) {
        let mut next_due: Option<Instant> = None;
        loop {
            if self.stopping.load(Ordering::Acquire) {
                return;
            }
            let due = next_due.is_some_and(|t| t <= Instant::now());
            if self.dirty.swap(false, Ordering::AcqRel) || due {
                next_due = self.walk().await;
                // Under load, wakes come faster than walks are useful.
                tokio::time::sleep(Duration::from_millis(5)).await;
                continue;
            }
            let idle = next_due
                .map(|t| t.saturating_duration_since(Instant::now()))
                .unwrap_or(Duration::from_secs(5))
                .clamp(Duration::from_millis(5), Duration::from_secs(5));
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(idle) => {
                    // Now and then, look anyway (rows committed by another process: `safar
                    // report --send`, a backup restored).
                    if next_due.is_none() {
                        self.dirty.store(true, Ordering::Release);
                    }
                }
            }
        }
    }

    /// One walk over the pending rows: a sender for each chat that has none and is not put
    /// aside. Returns when the next chat put aside is due.
    async fn walk(self: &Arc<Self>) -> Option<Instant> {
        let mut cursor = 0;
        let mut next_due: Option<Instant> = None;
        loop {
            let page = match self.store.pending_chats(cursor, WALK_PAGE).await {
                Ok(page) => page,
                Err(e) => {
                    tracing::error!(error = %e, "cannot read the outbox");
                    return Some(Instant::now() + Duration::from_secs(1));
                }
            };
            let Some(&(last, _)) = page.last() else {
                self.drained.store(true, Ordering::Release);
                return self.walk_alerts(next_due).await;
            };
            cursor = last;
            let mut seen: HashSet<i64> = HashSet::new();
            for (_, chat) in page {
                if !seen.insert(chat) || self.busy.lock().expect("busy").contains_key(&chat) {
                    continue;
                }
                let now = Instant::now();
                if let Some(&due) = self.later.lock().expect("later").get(&chat)
                    && due > now
                {
                    next_due = Some(next_due.map_or(due, |t| t.min(due)));
                    continue;
                }
                let Ok(permit) = self.senders.clone().acquire_owned().await else {
                    return next_due;
                };
                if self.past_deadline() {
                    return next_due;
                }
                {
                    // Checked again: the chat's sender may have started while we waited.
                    let mut busy = self.busy.lock().expect("busy");
                    if busy.contains_key(&chat) {
                        continue;
                    }
                    busy.insert(
                        chat,
                        Slot {
                            inbox: Vec::new(),
                            requery: true,
                            queued: false,
                        },
                    );
                }
                self.later.lock().expect("later").remove(&chat);
                tokio::spawn(self.clone().send_chat(chat, permit));
            }
        }
    }

    /// The alerts' rows, after the replies: a sender for each chat that has none, while alert
    /// senders are free (never waiting for one: the replies' walk must not wait behind them).
    async fn walk_alerts(self: &Arc<Self>, mut next_due: Option<Instant>) -> Option<Instant> {
        let mut cursor = 0;
        loop {
            if self.alert_senders.available_permits() == 0 || self.past_deadline() {
                return next_due;
            }
            let page = match self.store.pending_alert_chats(cursor, WALK_PAGE).await {
                Ok(page) => page,
                Err(e) => {
                    tracing::error!(error = %e, "cannot read the outbox");
                    return Some(Instant::now() + Duration::from_secs(1));
                }
            };
            let Some(&(last, _)) = page.last() else {
                return next_due;
            };
            cursor = last;
            for (_, chat) in page {
                if self.busy.lock().expect("busy").contains_key(&chat) {
                    continue;
                }
                let now = Instant::now();
                if let Some(&due) = self.later.lock().expect("later").get(&chat)
                    && due > now
                {
                    next_due = Some(next_due.map_or(due, |t| t.min(due)));
                    continue;
                }
                let Ok(permit) = self.alert_senders.clone().try_acquire_owned() else {
                    return next_due;
                };
                {
                    let mut busy = self.busy.lock().expect("busy");
                    if busy.contains_key(&chat) {
                        continue;
                    }
                    busy.insert(
                        chat,
                        Slot {
                            inbox: Vec::new(),
                            requery: true,
                            queued: false,
                        },
                    );
                }
                self.later.lock().expect("later").remove(&chat);
                tokio::spawn(self.clone().send_alert_chat(chat, permit));
            }
        }
    }

    /// [`Delivery::send_chat`] started for an alert: when it is done, the walk looks for the
    /// next alert rows.
    async fn send_alert_chat(self: Arc<Self>, chat: i64, _permit: OwnedSemaphorePermit) {
        self.send_one_chat(chat).await;
        self.dirty.store(true, Ordering::Release);
        self.wake.notify_one();
    }

    fn past_deadline(&self) -> bool {
        self.deadline
            .lock()
            .expect("deadline")
            .is_some_and(|d| Instant::now() >= d)
    }

    /// A sender: sends its chat's rows, then those of the chats queued for a sender, one after
    /// the other, while there are any and the stage is not stopping.
    async fn send_chat(self: Arc<Self>, mut chat: i64, mut permit: OwnedSemaphorePermit) {
        loop {
            self.send_one_chat(chat).await;
            loop {
                if self.past_deadline() || self.stopping.load(Ordering::Acquire) {
                    return;
                }
                if let Some(next) = self.next_queued() {
                    chat = next;
                    break;
                }
                drop(permit);
                // A turn may have queued its chat after the look above, while this sender
                // still held its permit (so the turn found none free). `kick` holds `busy` from
                // its try for a permit to its queueing: looked at under `busy`, either the
                // chat is queued now, or the turn's try comes after the permit was given back.
                let busy = self.busy.lock().expect("busy");
                if self.queue.lock().expect("queue").chats.is_empty() {
                    return;
                }
                // None free: every permit is held by a sender that will look at the queue.
                let Ok(again) = self.senders.clone().try_acquire_owned() else {
                    return;
                };
                drop(busy);
                permit = again;
            }
        }
    }

    /// Sends one chat's rows in order: those handed over by turns, or read from the outbox,
    /// until none is left, the chat must wait, or the stage stops.
    async fn send_one_chat(&self, chat: i64) {
        let mut blocked = false;
        let mut failures: Vec<CaseFailure> = Vec::new();
        // Rows go out in id order; one seen already (handed over and read back) is skipped.
        let mut last_id = 0;
        let mut stopped_early = false;
        'pages: loop {
            let (rows, read) = {
                let mut busy = self.busy.lock().expect("busy");
                let slot = busy.entry(chat).or_default();
                if !slot.inbox.is_empty() {
                    (std::mem::take(&mut slot.inbox), false)
                } else if slot.requery {
                    slot.requery = false;
                    (Vec::new(), true)
                } else {
                    // Removed under the lock `kick` takes: a row handed over after this starts a
                    // new sender.
                    busy.remove(&chat);
                    break;
                }
            };
            let rows = if read {
                match self.store.pending_of_chat(chat, CHAT_PAGE).await {
                    Ok(rows) => {
                        if rows.len() == CHAT_PAGE as usize {
                            // There may be more.
                            if let Some(slot) = self.busy.lock().expect("busy").get_mut(&chat) {
                                slot.requery = true;
                                slot.inbox.clear();
                            }
                        }
                        rows
                    }
                    Err(e) => {
                        tracing::error!(chat_id = chat, error = %e, "cannot read the outbox");
                        self.put_aside(chat, Duration::from_secs(1));
                        stopped_early = true;
                        break;
                    }
                }
            } else {
                rows
            };
            for row in rows {
                if row.id <= last_id {
                    continue;
                }
                if self.past_deadline() {
                    stopped_early = true;
                    break 'pages;
                }
                last_id = row.id;
                let outcome = if blocked {
                    Attempt::Failed(Failure::Blocked, 0)
                } else {
                    self.attempt(&row).await
                };
                let failure = match outcome {
                    Attempt::Sent(message_id, attempts) => {
                        let marked = if row.message.to_operators && row.message.case_id.is_some() {
                            self.store
                                .mark_sent_in_case(row.id, message_id, attempts)
                                .await
                        } else {
                            self.store.mark_sent(row.id, message_id, attempts).await
                        };
                        if let Err(e) = marked {
                            tracing::error!(outbox_id = row.id, error = %e, "could not mark a message sent");
                            // Not marked: it would be sent again. Stop here and try later.
                            self.put_aside(chat, Duration::from_secs(1));
                            stopped_early = true;
                            break 'pages;
                        }
                        None
                    }
                    Attempt::Later(wait) => {
                        self.put_aside(chat, wait);
                        stopped_early = true;
                        break 'pages;
                    }
                    Attempt::Failed(failure, attempts) => {
                        if failure == Failure::Blocked && !blocked {
                            blocked = true;
                            if let Err(e) = self.store.mark_unreachable(chat).await {
                                tracing::error!(chat_id = chat, error = %e, "could not mark a user unreachable");
                            }
                        }
                        self.record_failure(&row, &failure, attempts).await;
                        Some(failure)
                    }
                };
                if let (Some(failure), Some(case)) = (failure, row.message.case_id) {
                    let f = CaseFailure {
                        case,
                        blocked: failure == Failure::Blocked,
                        to_operators: row.message.to_operators,
                        reason: failure.kind(),
                    };
                    if !failures.contains(&f) {
                        failures.push(f);
                    }
                }
            }
        }
        if stopped_early {
            // Rows are left (put aside, or the stage is stopping): the walk finds them.
            self.busy.lock().expect("busy").remove(&chat);
            self.dirty.store(true, Ordering::Release);
        }
        if !failures.is_empty() {
            self.report_failures(failures).await;
            self.dirty.store(true, Ordering::Release);
        }
        if self.dirty.load(Ordering::Acquire) {
            self.wake.notify_one();
        }
    }

    fn put_aside(&self, chat: i64, wait: Duration) {
        self.later
            .lock()
            .expect("later")
            .insert(chat, Instant::now() + wait);
    }

    /// Tells the operators about hotline messages that did not reach their user, and the user
    /// (and the admins) about messages that did not reach the operators. What that produces is
    /// committed to the outbox and sent like everything else.
    async fn report_failures(&self, failures: Vec<CaseFailure>) {
        for f in failures {
            if f.to_operators {
                self.app.operators_unreachable(f.case, f.reason).await;
            } else {
                self.app.case_delivery_failed(f.case, f.blocked).await;
            }
        }
    }

    /// One attempt at a row, with the rate limits; a retry is scheduled, never slept on here.
    async fn attempt(&self, row: &OutboxRow) -> Attempt {
        let message = &row.message;
        let document = self.document_of(row).await;
        let thread = self.thread_for(message).await;
        if let Some(limiter) = &self.limiter {
            if message.kind == ALERT_KIND {
                limiter.acquire_for_alert(message.chat_id).await;
            } else {
                limiter.acquire(message.chat_id).await;
            }
        }
        // A message for the operators goes to the group's id now, whatever id it was queued
        // with (the group may have moved since).
        let chat = match (&self.ops, message.to_operators) {
            (Some(ops), true) => ops.chat.current(),
            _ => message.chat_id,
        };
        let (verdict, method) = match &document {
            Some((name, bytes)) => {
                let file = InputFile::memory(bytes.clone()).file_name(name.clone());
                let mut request = self.bot.send_document(ChatId(chat), file);
                if !message.html.is_empty() {
                    request = request
                        .caption(message.html.clone())
                        .parse_mode(ParseMode::Html);
                }
                if let Some(thread) = thread {
                    request = request.message_thread_id(thread);
                }
                match self.bounded(request).await {
                    Ok(sent) => return self.sent(row.id, sent.id.0),
                    Err(e) => (classify(&e), "sendDocument"),
                }
            }
            None => {
                let method = if message.copy.is_some() {
                    "copyMessage"
                } else {
                    "sendMessage"
                };
                match self
                    .bounded(self.api.send(chat, message, thread.map(|t| t.0.0)))
                    .await
                {
                    Ok(id) => return self.sent(row.id, id),
                    Err(e) => (classify_call(&e), method),
                }
            }
        };
        self.attempts_of(row.id);
        let wait = match verdict {
            Done => return self.sent(row.id, 0),
            Blocked => return self.failed(row.id, Failure::Blocked),
            Migrated(to) => match &self.ops {
                Some(_) if message.to_operators && to != chat => {
                    self.follow_operators(chat, to).await;
                    return Attempt::Later(Duration::ZERO);
                }
                _ => {
                    self.log_rejection(method, "chat migrated", message);
                    return self.failed(row.id, Failure::Rejected("chat migrated".into()));
                }
            },
            Rejected(description) => {
                self.log_rejection(method, &description, message);
                return self.failed(row.id, Failure::Rejected(description));
            }
            RetryAfter(wait) => {
                tracing::debug!(
                    chat_id = message.chat_id,
                    ?wait,
                    "429, retrying after the time Telegram gave"
                );
                (wait, "rate_limited")
            }
            Transient(kind) => {
                tracing::debug!(
                    chat_id = message.chat_id,
                    kind,
                    "transient send error, retrying"
                );
                let wait = self
                    .retries
                    .lock()
                    .expect("retries")
                    .get_mut(&row.id)
                    .map(|r| r.backoff.next())
                    .unwrap_or(Duration::from_millis(100));
                (wait, kind)
            }
        };
        let (wait, kind) = wait;
        let started = self
            .retries
            .lock()
            .expect("retries")
            .get(&row.id)
            .map_or_else(Instant::now, |r| r.started);
        if started.elapsed() + wait > self.config.retry_for {
            return self.failed(row.id, Failure::GaveUp(kind));
        }
        Attempt::Later(wait)
    }

    /// Counts an attempt at a row; returns the attempts so far.
    fn attempts_of(&self, id: i64) -> u32 {
        let mut retries = self.retries.lock().expect("retries");
        if retries.len() > 100_000 {
            retries.clear();
        }
        let retry = retries.entry(id).or_insert_with(|| Retry {
            started: Instant::now(),
            backoff: Backoff::default(),
            attempts: 0,
        });
        retry.attempts += 1;
        retry.attempts
    }

    fn sent(&self, id: i64, message_id: i32) -> Attempt {
        let attempts = self
            .retries
            .lock()
            .expect("retries")
            .remove(&id)
            .map_or(1, |r| r.attempts + 1);
        Attempt::Sent(message_id, attempts)
    }

    fn failed(&self, id: i64, failure: Failure) -> Attempt {
        let attempts = self
            .retries
            .lock()
            .expect("retries")
            .remove(&id)
            .map_or(1, |r| r.attempts);
        Attempt::Failed(failure, attempts)
    }

    /// Stops the stage: no new senders; the ones running go on until `grace` has passed (what
    /// they did not send stays pending, for the next start), then the walk ends.
    pub async fn finish(&self, grace: Duration) {
        let deadline = Instant::now() + grace;
        // Until the deadline, keep sending what is pending (the walk goes on).
        loop {
            let pending = self
                .store
                .pending_chats(0, 1)
                .await
                .map(|p| !p.is_empty())
                .unwrap_or(false);
            let busy = !self.busy.lock().expect("busy").is_empty();
            self.dirty.store(true, Ordering::Release);
            if (!pending && !busy) || Instant::now() >= deadline {
                break;
            }
            self.wake.notify_one();
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        *self.deadline.lock().expect("deadline") = Some(Instant::now());
        self.stopping.store(true, Ordering::Release);
        self.wake.notify_one();
        {
            // Queued chats get no sender now: their rows stay pending for the next start.
            let mut busy = self.busy.lock().expect("busy");
            let mut queue = self.queue.lock().expect("queue");
            busy.retain(|_, slot| !slot.queued);
            *queue = Queue::default();
        }
        // Senders see the deadline before their next row; one request may still be running.
        let give_up = Instant::now() + Duration::from_secs(2);
        while !self.busy.lock().expect("busy").is_empty() && Instant::now() < give_up {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// The forum topic a message to the operators goes to, creating the case's topic on
    /// first use. `None`: the general chat (plain group, or no case).
    async fn thread_for(&self, message: &OutMessage) -> Option<ThreadId> {
        let ops = self.ops.as_ref()?;
        let case = message.case_id?;
        if !message.to_operators || !ops.forum.load(Ordering::Relaxed) {
            return None;
        }
        let _one_at_a_time = ops.topics.lock().await;
        if !ops.forum.load(Ordering::Relaxed) {
            return None;
        }
        let known = match self.store.case(case).await {
            Ok(Some(c)) => c,
            Ok(None) => return None,
            Err(e) => {
                tracing::error!(case_id = case, error = %e, "cannot read the case's topic");
                return None;
            }
        };
        let chat = ops.chat.current();
        if let Some(topic) = known.topic_id
            && known.topic_chat_id == Some(chat)
        {
            return Some(ThreadId(MessageId(topic)));
        }
        // No personal data in a topic name: the number, priority and language only.
        let name = format!(
            "#{case} · {} · {}",
            known.priority.code(),
            known.lang.code()
        );
        let mut backoff = Backoff::default();
        let started = Instant::now();
        loop {
            let result = self
                .bounded(self.bot.create_forum_topic(ChatId(chat), name.clone()))
                .await;
            match result {
                Ok(topic) => {
                    let topic = topic.thread_id.0.0;
                    let saved = async {
                        let mut tx = self.store.hotline().await?;
                        tx.set_topic(case, chat, topic).await?;
                        tx.commit(&self.store).await
                    };
                    if let Err(e) = saved.await {
                        tracing::error!(case_id = case, error = %e, "cannot save the case's topic");
                    }
                    tracing::info!(case_id = case, "forum topic created");
                    return Some(ThreadId(MessageId(topic)));
                }
                Err(error) => {
                    let wait = match classify(&error) {
                        RetryAfter(wait) => wait,
                        Transient(_) => backoff.next(),
                        Done | Blocked | Rejected(_) | Migrated(_) => {
                            // Topics off, or no right to manage them: plain-group mode.
                            tracing::warn!(
                                case_id = case,
                                "cannot create a forum topic; answering by replies in the group"
                            );
                            ops.forum.store(false, Ordering::Relaxed);
                            return None;
                        }
                    };
                    if started.elapsed() + wait > self.config.retry_for {
                        return None;
                    }
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    async fn record_failure(&self, row: &OutboxRow, failure: &Failure, attempts: u32) {
        tracing::warn!(
            chat_id = row.message.chat_id,
            kind = %row.message.kind,
            outbox_id = row.id,
            failure = failure.kind(),
            "message not delivered"
        );
        if let Err(e) = self
            .store
            .mark_failed(row.id, failure.kind(), attempts)
            .await
        {
            tracing::error!(outbox_id = row.id, error = %e, "could not mark a message failed");
        }
    }

    /// Runs a Bot API request under the in-flight bound. A request still running after
    /// [`SLOW_REQUEST`] gives its permit back: a slow answer (teloxide itself waits 10 s after
    /// any 5xx, a hung connection) must not stop the other chats' requests.
    pub async fn bounded<F: std::future::IntoFuture>(&self, request: F) -> F::Output {
        let permit = self
            .in_flight
            .acquire()
            .await
            .expect("the semaphore is never closed");
        let mut request = std::pin::pin!(request.into_future());
        tokio::select! {
            result = &mut request => result,
            _ = tokio::time::sleep(SLOW_REQUEST) => {
                drop(permit);
                request.await
            }
        }
    }

    /// Deletes a case's forum topic (its data is gone: `/forget`, the retention purge). Once:
    /// a topic the bot may not delete (no right, gone already) is logged and left.
    pub async fn delete_topic(&self, chat: i64, topic: i32) {
        let request = self
            .bot
            .delete_forum_topic(ChatId(chat), ThreadId(MessageId(topic)));
        match self.bounded(request).await {
            Ok(_) => tracing::info!(chat_id = chat, "forum topic of a purged case deleted"),
            Err(e) => {
                let kind = match classify(&e) {
                    Blocked => "forbidden",
                    Rejected(_) => "rejected",
                    _ => "failed",
                };
                tracing::warn!(
                    chat_id = chat,
                    kind,
                    "cannot delete a purged case's forum topic"
                );
            }
        }
    }

    /// Sends one message that is not in the outbox (an apology when the database failed, the
    /// goodbye after `/forget`), retrying transient errors for a short while.
    pub async fn send_direct(&self, message: &OutMessage) {
        // (Never a copy or a hotline message: those always go through the outbox.)
        let started = Instant::now();
        let mut backoff = Backoff::default();
        loop {
            if let Some(limiter) = &self.limiter {
                limiter.acquire(message.chat_id).await;
            }
            let error = match self
                .bounded(self.api.send(message.chat_id, message, None))
                .await
            {
                Ok(_) => return,
                Err(e) => e,
            };
            let wait = match classify_call(&error) {
                Done => return,
                RetryAfter(wait) => wait,
                Transient(_) => backoff.next(),
                _ => Duration::MAX,
            };
            if wait == Duration::MAX || started.elapsed() + wait > Duration::from_secs(60) {
                tracing::warn!(chat_id = message.chat_id, kind = %message.kind, "message not delivered");
                return;
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// Answers a button press (stops its spinner). One attempt: a late answer is useless.
    pub async fn answer_callback(&self, id: &str, user_id: i64) {
        if let Err(e) = self.bounded(self.api.answer_callback(id)).await {
            tracing::debug!(user_id, error = ?classify_kind(&e), "answerCallbackQuery failed");
        }
    }

    /// The file of a document row (the report's page and tables), read just before sending.
    async fn document_of(&self, row: &OutboxRow) -> Option<(String, Vec<u8>)> {
        if row.message.kind != DOCUMENT_KIND {
            return None;
        }
        match self.store.document(row.id).await {
            Ok(document) => document,
            Err(e) => {
                tracing::error!(outbox_id = row.id, error = %e, "cannot read a document to send");
                None
            }
        }
    }

    /// The operators' group moved from `from` to `to` (a basic group became a supergroup):
    /// record the new id, send there from now on, and ask again whether it has topics.
    pub async fn follow_operators(&self, from: i64, to: i64) {
        let Some(ops) = &self.ops else { return };
        // Under the topics lock: a topic is never looked up or created half-way through the
        // switch (the new id with the old group's forum flag).
        let _switching = ops.topics.lock().await;
        if from != ops.chat.current() || to == ops.chat.current() {
            return;
        }
        let forum = match self.bounded(self.bot.get_chat(ChatId(to))).await {
            Ok(info) => super::chat_is_forum(&info),
            Err(_) => false,
        };
        if let Err(e) = ops.chat.migrated(from, to).await {
            tracing::error!(error = %e, "cannot record the operators' group's new id");
            return;
        }
        ops.forum.store(forum, Ordering::Relaxed);
        tracing::info!(chat_id = to, forum, "hotline: operators' group");
    }

    fn log_rejection(&self, method: &str, description: &str, message: &OutMessage) {
        let first = self
            .logged_rejections
            .lock()
            .expect("the set of logged rejections is never poisoned")
            .insert((method.to_string(), description.to_string()));
        if first {
            tracing::warn!(method, description, chat_id = message.chat_id, kind = %message.kind, "Telegram rejected a request");
        }
    }
}

/// Capped exponential backoff for transient errors (5xx, timeouts, connection errors): 0.1 s,
/// 0.2 s, 0.4 s… up to 30 s (a lone 5xx costs the chat a tenth of a second; a Bot API that is
/// down is asked about twice a minute). A 429 is waited out for the time Telegram gives instead.
struct Backoff(Duration);

impl Default for Backoff {
    fn default() -> Self {
        Backoff(Duration::from_millis(100))
    }
}

impl Backoff {
    fn next(&mut self) -> Duration {
        let wait = self.0;
        self.0 = (self.0 * 2).min(Duration::from_secs(30));
        wait
    }
}

pub fn keyboard(rows: &[Vec<(String, String)>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .map(|(label, data)| {
                InlineKeyboardButton::callback(html::to_plain(label), data.clone())
            })
            .collect::<Vec<_>>()
    }))
}

/// Link previews cost data on slow networks and can show a scammer's page: off.
pub fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// Token buckets: one overall, one per chat. The lock is held only to do arithmetic, never
/// across a wait, so one chat's wait never holds up another's send.
struct Limiter {
    global: Mutex<Bucket>,
    chats: Mutex<HashMap<i64, Bucket>>,
    /// Alerts' own share of the overall rate (see [`Limiter::try_take_for_alert`]).
    alerts: Mutex<Bucket>,
    /// Tokens of the overall bucket alerts leave to the replies.
    reserve: f64,
}

/// The outbox kind of an alert's rows.
pub const ALERT_KIND: &str = "alert";

/// Alerts take at most this share of `send_rate`…
const ALERT_SHARE: f64 = 2.0 / 3.0;
/// …and only while the overall bucket keeps this share of its tokens for the replies.
const REPLY_RESERVE: f64 = 1.0 / 3.0;

/// Per chat: about one message a second, bursts of three (a menu reply split in parts).
const CHAT_RATE: f64 = 1.0;
const CHAT_BURST: f64 = 3.0;
/// Per group (the operators' group): about twenty messages a minute, bursts of five.
const GROUP_RATE: f64 = 20.0 / 60.0;
const GROUP_BURST: f64 = 5.0;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    rate: f64,
    burst: f64,
    last: Instant,
}

impl Bucket {
    fn new(rate: f64, burst: f64) -> Self {
        Bucket {
            tokens: burst,
            rate,
            burst,
            last: Instant::now(),
        }
    }

    fn refill(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.rate).min(self.burst);
        self.last = now;
    }

    /// Time until one token is available (zero if one is).
    fn wait(&self) -> Duration {
        if self.tokens >= 1.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((1.0 - self.tokens) / self.rate)
        }
    }
}

impl Limiter {
    fn new(rate: u32) -> Self {
        let rate = f64::from(rate);
        let alert_rate = (rate * ALERT_SHARE).max(1.0);
        Limiter {
            global: Mutex::new(Bucket::new(rate, rate)),
            chats: Mutex::new(HashMap::new()),
            alerts: Mutex::new(Bucket::new(alert_rate, alert_rate.min(5.0))),
            reserve: (rate * REPLY_RESERVE).max(1.0),
        }
    }

    async fn acquire_for_alert(&self, chat_id: i64) {
        loop {
            let wait = self.try_take_for_alert(chat_id, Instant::now());
            if wait.is_zero() {
                return;
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// [`Limiter::try_take`] for an alert: also a token of the alerts' own bucket, and the
    /// overall token only if the overall bucket keeps `reserve` tokens for the replies.
    fn try_take_for_alert(&self, chat_id: i64, now: Instant) -> Duration {
        let mut chats = self.chats.lock().expect("limiter lock");
        let chat = chats
            .entry(chat_id)
            .or_insert_with(|| Bucket::new(CHAT_RATE, CHAT_BURST));
        chat.refill(now);
        let mut alerts = self.alerts.lock().expect("limiter lock");
        alerts.refill(now);
        let mut global = self.global.lock().expect("limiter lock");
        global.refill(now);
        let short = (1.0 + self.reserve - global.tokens).max(0.0);
        let global_wait = Duration::from_secs_f64(short / global.rate);
        let wait = chat.wait().max(alerts.wait()).max(global_wait);
        if wait.is_zero() {
            chat.tokens -= 1.0;
            alerts.tokens -= 1.0;
            global.tokens -= 1.0;
        }
        wait
    }

    async fn acquire(&self, chat_id: i64) {
        loop {
            let wait = self.try_take(chat_id, Instant::now());
            if wait.is_zero() {
                return;
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// Takes a token from both buckets if both have one; otherwise the time to wait.
    fn try_take(&self, chat_id: i64, now: Instant) -> Duration {
        let mut chats = self.chats.lock().expect("limiter lock");
        if chats.len() > 10_000 {
            // Forget chats that have been quiet long enough to have a full bucket.
            chats.retain(|_, b| {
                b.refill(now);
                b.tokens < b.burst
            });
        }
        let chat = chats.entry(chat_id).or_insert_with(|| {
            if chat_id < 0 {
                Bucket::new(GROUP_RATE, GROUP_BURST)
            } else {
                Bucket::new(CHAT_RATE, CHAT_BURST)
            }
        });
        chat.refill(now);
        let mut global = self.global.lock().expect("limiter lock");
        global.refill(now);
        let wait = chat.wait().max(global.wait());
        if wait.is_zero() {
            chat.tokens -= 1.0;
            global.tokens -= 1.0;
        }
        wait
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chat_gets_a_short_burst_then_about_one_a_second() {
        let limiter = Limiter::new(30);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.try_take(1, t0), Duration::ZERO);
        }
        let wait = limiter.try_take(1, t0);
        assert!(
            wait > Duration::from_millis(900) && wait <= Duration::from_secs(1),
            "{wait:?}"
        );
        // Another chat is not held up by the first one.
        assert_eq!(limiter.try_take(2, t0), Duration::ZERO);
        assert_eq!(
            limiter.try_take(1, t0 + Duration::from_secs(1)),
            Duration::ZERO
        );
    }

    #[test]
    fn alerts_take_at_most_their_share_and_always_leave_tokens_for_the_replies() {
        let limiter = Limiter::new(30);
        let t0 = Instant::now();
        let mut chat = 1_000_000;
        let mut alerts = 0;
        // Ten seconds of an alert to many chats, taking every token it may, and a burst of
        // replies each second: no reply waits.
        for step in 0..1000 {
            let now = t0 + Duration::from_millis(10 * step);
            while limiter.try_take_for_alert(chat, now).is_zero() {
                chat += 1;
                alerts += 1;
            }
            if step % 100 == 0 {
                // A burst of replies to different users.
                for user in 0..8 {
                    let wait = limiter.try_take(step as i64 * 10 + user, now);
                    assert_eq!(wait, Duration::ZERO, "step {step}, reply {user}");
                }
            }
        }
        // About two thirds of 30 a second (and its small burst).
        assert!((180..=210).contains(&alerts), "{alerts}");
    }

    #[test]
    fn the_overall_rate_caps_all_chats_together() {
        let limiter = Limiter::new(30);
        let t0 = Instant::now();
        let granted = (0..100)
            .filter(|chat| limiter.try_take(*chat, t0).is_zero())
            .count();
        assert_eq!(granted, 30);
        // Half a second later, about 15 more.
        let later = t0 + Duration::from_millis(500);
        let more = (100..200)
            .filter(|chat| limiter.try_take(*chat, later).is_zero())
            .count();
        assert_eq!(more, 15);
    }

    #[test]
    fn errors_are_classified_without_retrying_what_cannot_succeed() {
        assert!(matches!(
            classify(&RequestError::Api(ApiError::BotBlocked)),
            Blocked
        ));
        assert!(matches!(
            classify(&RequestError::Api(ApiError::UserDeactivated)),
            Blocked
        ));
        assert!(matches!(
            classify(&RequestError::Api(ApiError::MessageNotModified)),
            Done
        ));
        assert!(matches!(
            classify(&RequestError::Api(ApiError::Unknown(
                "Internal Server Error".into()
            ))),
            Transient(_)
        ));
        assert!(matches!(
            classify(&RequestError::Api(ApiError::Unknown(
                "Bad Request: chat not found".into()
            ))),
            Rejected(_)
        ));
        assert!(matches!(
            classify(&RequestError::Api(ApiError::Unknown(
                "Forbidden: bot was blocked by the user".into()
            ))),
            Blocked
        ));
    }
}
