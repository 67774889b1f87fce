//! The one outbound path: every message Safar sends goes through [`Delivery`].
//!
//! - 429: waits the `retry_after` Telegram gives, then retries.
//! - 5xx, timeouts, connection errors: retries with capped exponential backoff.
//! - Both for a bounded time (`retry_for`, default 10 minutes); then the message is recorded
//!   as failed and logged with its chat id and kind, never its text.
//! - 403 (the user blocked the bot or is gone): no retry; the user is marked unreachable and
//!   the chat's remaining messages of this turn are not attempted.
//! - 400 "message is not modified" is success; other 400s are logged once per method and
//!   description, not retried.
//! - Before each send a rate limiter keeps within Telegram's limits: about `send_rate`
//!   messages a second overall and about one a second per chat, with short bursts allowed.
//!
//! Hotline relays use the same path: a row may be a copy of another chat's message (photos,
//! voice… relayed without revealing the sender), go to the operators' group (into the case's
//! forum topic, created on first use), and belong to a case; [`Delivery::deliver`] returns the
//! cases whose user could not be reached, so the operators can be told.
//!
//! Messages come from the SQLite outbox, written in the same transaction as the state
//! change that caused them, and are marked sent with Telegram's message id; rows still
//! pending at start-up (a crash, a stop mid-send) are delivered then.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, MessageId,
    ParseMode, ThreadId,
};
use tokio::time::Instant;

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

/// Bot API requests in flight at most (see [`Delivery::in_flight`]).
const MAX_IN_FLIGHT: usize = 8;

/// A request running longer than this no longer counts against [`MAX_IN_FLIGHT`].
const SLOW_REQUEST: Duration = Duration::from_secs(1);

pub struct Delivery {
    bot: Bot,
    store: Store,
    config: DeliveryConfig,
    limiter: Option<Limiter>,
    /// Bounds the Bot API requests in flight: each is an HTTP connection with its buffers, and
    /// Telegram takes about 30 messages a second anyway. Waiting for a permit does not hold up
    /// a chat behind another chat's slow request: any of the permits will do.
    in_flight: tokio::sync::Semaphore,
    /// (method, description) of 400s already logged: logged once each.
    logged_rejections: Mutex<HashSet<(String, String)>>,
    /// The operators' group, if there is a hotline.
    ops: Option<OpsRoute>,
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

impl Delivery {
    pub fn new(bot: Bot, store: Store, config: DeliveryConfig) -> Self {
        let limiter = (config.send_rate > 0).then(|| Limiter::new(config.send_rate));
        Delivery {
            bot,
            store,
            config,
            limiter,
            in_flight: tokio::sync::Semaphore::new(MAX_IN_FLIGHT),
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

    /// Delivers queued rows in order. A 403 stops the rest of that chat's rows (marked failed).
    /// Returns the hotline cases whose user a message could not reach.
    #[must_use = "the operators must be told about failed hotline messages"]
    pub async fn deliver(&self, rows: &[OutboxRow]) -> Vec<CaseFailure> {
        let mut blocked_chats: HashSet<i64> = HashSet::new();
        let mut failures: Vec<CaseFailure> = Vec::new();
        for row in rows {
            let chat_id = row.message.chat_id;
            let failure = if blocked_chats.contains(&chat_id) {
                self.record_failure(row, &Failure::Blocked, 0).await;
                Some(Failure::Blocked)
            } else {
                let document = self.document_of(row).await;
                match self.send(&row.message, document.as_ref()).await {
                    (Ok(message_id), attempts) => {
                        let marked = if row.message.to_operators && row.message.case_id.is_some() {
                            self.store
                                .mark_sent_in_case(row.id, message_id, attempts)
                                .await
                        } else {
                            self.store.mark_sent(row.id, message_id, attempts).await
                        };
                        if let Err(e) = marked {
                            tracing::error!(outbox_id = row.id, error = %e, "could not mark a message sent");
                        }
                        None
                    }
                    (Err(failure), attempts) => {
                        if failure == Failure::Blocked {
                            blocked_chats.insert(chat_id);
                            if let Err(e) = self.store.mark_unreachable(chat_id).await {
                                tracing::error!(chat_id, error = %e, "could not mark a user unreachable");
                            }
                        }
                        self.record_failure(row, &failure, attempts).await;
                        Some(failure)
                    }
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
        failures
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

    /// Delivers what was left pending by an earlier run (a crash, a stop mid-send), chat by
    /// chat in order, chats concurrently: the rows up to `max_id`, read before this run
    /// handled any update (a later row belongs to this run, which delivers it itself).
    /// Returns the hotline cases whose user could not be reached.
    pub async fn deliver_pending(&self, max_id: i64) -> Vec<CaseFailure> {
        let rows = match self.store.pending(max_id).await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the outbox");
                return Vec::new();
            }
        };
        if rows.is_empty() {
            return Vec::new();
        }
        tracing::info!(
            pending = rows.len(),
            "delivering messages left from the last run"
        );
        let mut by_chat: HashMap<i64, Vec<OutboxRow>> = HashMap::new();
        for row in rows {
            by_chat.entry(row.message.chat_id).or_default().push(row);
        }
        let failures = Mutex::new(Vec::new());
        let chats = by_chat.into_values().map(|rows| {
            let failures = &failures;
            async move {
                let f = self.deliver(&rows).await;
                failures.lock().expect("failures").extend(f);
            }
        });
        futures::future::join_all(chats).await;
        failures.into_inner().expect("failures")
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

    /// Sends one message that is not in the outbox (an apology when the database failed).
    pub async fn send_direct(&self, message: &OutMessage) {
        // (Never a copy or a hotline message: those always go through the outbox.)
        if let (Err(failure), _) = self.send(message, None).await {
            tracing::warn!(chat_id = message.chat_id, kind = %message.kind, failure = failure.kind(), "message not delivered");
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

    /// One message (or a document: file name and bytes), retried as the module doc says.
    /// Returns the result and the attempts made.
    async fn send(
        &self,
        message: &OutMessage,
        document: Option<&(String, Vec<u8>)>,
    ) -> (Result<i32, Failure>, u32) {
        let started = Instant::now();
        let mut backoff = Backoff::default();
        let mut attempts = 0;
        let mut thread = self.thread_for(message).await;
        let method = if message.copy.is_some() {
            "copyMessage"
        } else if document.is_some() {
            "sendDocument"
        } else {
            "sendMessage"
        };
        loop {
            if let Some(limiter) = &self.limiter {
                limiter.acquire(message.chat_id).await;
            }
            attempts += 1;
            // A message for the operators goes to the group's id now, whatever id it was
            // queued with (the group may have moved since).
            let chat = match (&self.ops, message.to_operators) {
                (Some(ops), true) => ops.chat.current(),
                _ => message.chat_id,
            };
            let result = match (message.copy, document) {
                (None, Some((name, bytes))) => {
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
                    self.bounded(request).await.map(|sent| sent.id.0)
                }
                (Some((from_chat, from_message)), _) => {
                    let mut request = self.bot.copy_message(
                        ChatId(chat),
                        ChatId(from_chat),
                        MessageId(from_message),
                    );
                    if !message.html.is_empty() {
                        request = request
                            .caption(message.html.clone())
                            .parse_mode(ParseMode::Html);
                    }
                    if let Some(thread) = thread {
                        request = request.message_thread_id(thread);
                    }
                    self.bounded(request).await.map(|id| id.0)
                }
                (None, None) => {
                    let mut request = self
                        .bot
                        .send_message(ChatId(chat), message.html.clone())
                        .parse_mode(ParseMode::Html)
                        .link_preview_options(no_preview());
                    if !message.keyboard.is_empty() {
                        request = request.reply_markup(keyboard(&message.keyboard));
                    }
                    if let Some(thread) = thread {
                        request = request.message_thread_id(thread);
                    }
                    self.bounded(request).await.map(|sent| sent.id.0)
                }
            };
            let error = match result {
                Ok(id) => return (Ok(id), attempts),
                Err(e) => e,
            };
            let wait = match classify(&error) {
                Done => return (Ok(0), attempts),
                Blocked => return (Err(Failure::Blocked), attempts),
                Migrated(to) => match &self.ops {
                    Some(_) if message.to_operators && to != chat => {
                        self.follow_operators(chat, to).await;
                        thread = self.thread_for(message).await;
                        continue;
                    }
                    _ => {
                        self.log_rejection(method, "chat migrated", message);
                        return (Err(Failure::Rejected("chat migrated".into())), attempts);
                    }
                },
                Rejected(description) => {
                    self.log_rejection(method, &description, message);
                    return (Err(Failure::Rejected(description)), attempts);
                }
                RetryAfter(wait) => {
                    tracing::debug!(
                        chat_id = message.chat_id,
                        ?wait,
                        "429, retrying after the time Telegram gave"
                    );
                    wait
                }
                Transient(kind) => {
                    tracing::debug!(
                        chat_id = message.chat_id,
                        kind,
                        "transient send error, retrying"
                    );
                    let wait = backoff.next();
                    if started.elapsed() + wait > self.config.retry_for {
                        return (Err(Failure::GaveUp(kind)), attempts);
                    }
                    wait
                }
            };
            if started.elapsed() + wait > self.config.retry_for {
                return (Err(Failure::GaveUp("rate_limited")), attempts);
            }
            tokio::time::sleep(wait).await;
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

/// Capped exponential backoff for transient errors (5xx, timeouts, connection errors): 0.5 s,
/// 1 s, 2 s… up to 30 s. A 429 is waited out for the time Telegram gives instead.
struct Backoff(Duration);

impl Default for Backoff {
    fn default() -> Self {
        Backoff(Duration::from_millis(500))
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
}

/// Per chat: about one message a second, bursts of three (a menu reply split in parts).
const CHAT_RATE: f64 = 1.0;
const CHAT_BURST: f64 = 3.0;

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
        Limiter {
            global: Mutex::new(Bucket::new(rate, rate)),
            chats: Mutex::new(HashMap::new()),
        }
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
        let chat = chats
            .entry(chat_id)
            .or_insert_with(|| Bucket::new(CHAT_RATE, CHAT_BURST));
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
