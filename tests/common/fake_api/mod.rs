//! An in-process fake of the Telegram Bot API for end-to-end tests.
//!
//! [`FakeApi::start`] binds an axum server to `127.0.0.1:0` on the current
//! tokio runtime. Point a teloxide `Bot` at it with
//! `Bot::new(api.token()).set_api_url(reqwest::Url::parse(&api.url()).unwrap())`.
//!
//! The fake keeps an update queue (served through long-polling `getUpdates`
//! with real `offset`/`limit`/`timeout` semantics), a store of the messages in
//! every chat (so edits, deletions and callback queries see the current
//! state), and a log of every API call. Tests push user actions
//! ([`FakeApi::send_text`], [`FakeApi::press_button`], ...) and read the bot's
//! replies like a transcript ([`FakeApi::next_sent`], [`FakeApi::wait_call`]).
//!
//! All waiting is driven by `tokio::sync::Notify`/`watch` plus a deadline;
//! nothing here sleeps in a loop.
//!
//! By default the fake is *strict*: it rejects what the real Bot API rejects
//! (invalid HTML with `parse_mode = HTML`, texts over 4096 characters,
//! `callback_data` over 64 bytes, "message is not modified" edits, editing an
//! unknown message, answering a callback query twice or an unknown one).
//! Use [`FakeApi::set_strict`] to turn that off.

#![allow(dead_code)]

mod files;
mod http;
mod model;
mod pictures;
mod waits;

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State as AxState};
use axum::http::{HeaderMap, StatusCode, Uri, header::CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

/// The fake bot token. Requests with any other token get `401 Unauthorized`.
pub const TOKEN: &str = "123456:TEST-TOKEN";
/// The bot's user id (matches the token prefix, as in the real API).
pub const BOT_ID: i64 = 123456;
pub const BOT_FIRST_NAME: &str = "Safar Test Bot";
pub const BOT_USERNAME: &str = "safar_test_bot";

/// Default timeout of [`FakeApi::next_sent`].
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);
/// Exactly the text teloxide maps to `ApiError::MessageNotModified`.
const NOT_MODIFIED: &str = "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
/// How many recent calls the panic dumps show.
const DUMP_LAST: usize = 40;

/// The JSON `getMe` returns (every field teloxide-core's `Me` requires).
pub fn me_json() -> Value {
    json!({
        "id": BOT_ID,
        "is_bot": true,
        "first_name": BOT_FIRST_NAME,
        "username": BOT_USERNAME,
        "can_join_groups": true,
        "can_read_all_group_messages": false,
        "supports_inline_queries": false,
        "can_connect_to_business": false,
        "has_main_web_app": false,
    })
}

/// The bot as a `User` object (the `from` of the bot's messages).
pub fn bot_user_json() -> Value {
    json!({
        "id": BOT_ID,
        "is_bot": true,
        "first_name": BOT_FIRST_NAME,
        "username": BOT_USERNAME,
    })
}

/// A simulated Telegram user talking to the bot in a private chat
/// (chat id == user id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestUser {
    pub id: i64,
    pub first_name: String,
    pub language_code: Option<String>,
}

impl TestUser {
    /// The private chat with this user has the user's id.
    pub fn chat_id(&self) -> i64 {
        self.id
    }

    /// The user as a Telegram `User` object.
    pub fn json(&self) -> Value {
        let mut user = json!({
            "id": self.id,
            "is_bot": false,
            "first_name": self.first_name,
        });
        if let Some(lang) = &self.language_code {
            user["language_code"] = json!(lang);
        }
        user
    }

    /// The private chat with this user as a Telegram `Chat` object.
    pub fn chat_json(&self) -> Value {
        json!({"id": self.id, "type": "private", "first_name": self.first_name})
    }
}

/// One recorded API call.
#[derive(Clone, Debug)]
pub struct Call {
    /// Position in the call log (0-based).
    pub seq: usize,
    /// Method name, lowercased (`"sendmessage"`).
    pub method: String,
    /// Parsed parameters (JSON body, form fields and query string merged).
    pub params: Value,
    pub at: Instant,
    /// HTTP status the fake answered with.
    pub status: u16,
    /// Full response body (`{"ok":..., ...}`); for a `getUpdates` call still
    /// waiting this is `null`.
    pub response: Value,
}

impl Call {
    pub fn ok(&self) -> bool {
        self.status == 200
    }
}

/// A `sendMessage` or `editMessageText` the bot made, as seen by the user.
#[derive(Clone, Debug)]
pub struct Sent {
    /// `"sendmessage"` or `"editmessagetext"`.
    pub method: String,
    pub chat_id: i64,
    /// The new message's id (sendMessage) or the edited message's id.
    pub message_id: i32,
    pub text: String,
    pub parse_mode: Option<String>,
    /// Inline keyboard rows as `(text, callback_data)`; for non-callback
    /// buttons the second element is the url (or empty).
    pub buttons: Vec<Vec<(String, String)>>,
    /// The call's params.
    pub raw: Value,
}

impl Sent {
    pub fn is_edit(&self) -> bool {
        self.method == "editmessagetext"
    }

    pub fn is_copy(&self) -> bool {
        self.method == "copymessage"
    }

    /// The forum topic the message went to, if any.
    pub fn thread(&self) -> Option<i32> {
        p_i64(&self.raw, "message_thread_id").map(|t| t as i32)
    }

    /// All buttons, flattened.
    pub fn all_buttons(&self) -> Vec<(String, String)> {
        self.buttons.iter().flatten().cloned().collect()
    }

    pub fn has_button(&self, label_contains: &str) -> bool {
        self.buttons
            .iter()
            .flatten()
            .any(|(text, _)| text.contains(label_contains))
    }

    /// The callback data of the first button whose label contains
    /// `label_contains`. Panics listing the buttons if there is none.
    pub fn button_data(&self, label_contains: &str) -> String {
        match self
            .buttons
            .iter()
            .flatten()
            .find(|(text, _)| text.contains(label_contains))
        {
            Some((_, data)) => data.clone(),
            None => panic!(
                "no button containing {label_contains:?} in {} #{} to chat {}.\nbuttons: {:#?}\ntext: {}",
                self.method, self.message_id, self.chat_id, self.buttons, self.text
            ),
        }
    }
}

/// Handle to a running fake API server. Cheap to clone; the server shuts down
/// when the last clone is dropped (or on [`FakeApi::shutdown`]).
#[derive(Clone)]
pub struct FakeApi {
    inner: Arc<Inner>,
}

struct Inner {
    shared: Arc<Shared>,
    addr: SocketAddr,
    shutdown_tx: watch::Sender<bool>,
    server: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.shutdown_tx.send_replace(true);
    }
}

struct Shared {
    state: Mutex<State>,
    /// Signalled whenever a call is recorded.
    calls_changed: Notify,
    /// Signalled whenever the update queue changes (push or confirmation).
    updates_changed: Notify,
    shutdown_rx: watch::Receiver<bool>,
    /// The bot under test: `true` once its dispatcher has ended. Waits give up at once then,
    /// so a panic in the bot fails the test instead of timing out.
    bot_ended: Mutex<Option<watch::Receiver<bool>>>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking predicate must not poison the fake for everyone else.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[derive(Default)]
struct State {
    strict: bool,
    next_update_id: i64,
    /// Updates not yet confirmed by a `getUpdates` offset.
    queue: VecDeque<Value>,
    next_message_id: i32,
    next_file: u64,
    next_callback: u64,
    /// (chat_id, message_id) -> current Message JSON.
    messages: HashMap<(i64, i32), Value>,
    users: HashMap<i64, TestUser>,
    /// Callback query ids pushed and not answered yet.
    open_callbacks: HashSet<String>,
    /// Every callback query id ever pushed.
    all_callbacks: HashSet<String>,
    calls: Vec<Call>,
    consumed: Vec<bool>,
    webhook: Option<Value>,
    faults: HashMap<String, VecDeque<(u16, Value)>>,
    /// Every `every`-th call of a method fails this way (fault injection for delivery tests).
    share_faults: HashMap<String, ShareFault>,
    /// Chats whose user "blocked the bot": sends to them get 403.
    blocked_chats: HashSet<i64>,
    commands: HashMap<String, Value>,
    /// Supergroups with topics enabled.
    forums: HashSet<i64>,
    /// Pictures users sent (file id → bytes), served by `getFile` and the download.
    picture_files: HashMap<String, Vec<u8>>,
    /// Forum topics created: (chat, thread id) → name.
    topics: HashMap<(i64, i32), String>,
    /// Groups that became supergroups: old id → new id (calls to the old id are refused).
    migrated: HashMap<i64, i64>,
    /// Groups where the bot is a plain member, not an administrator.
    not_admin: HashSet<i64>,
    /// Documents' bytes, for `getFile` and downloads (files.rs).
    files: files::Files,
}

/// What a share-based fault does to a call.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Answer with this HTTP status and body.
    Reply(u16, Value),
    /// Never answer (until the fake shuts down): the client times out.
    Hang,
}

#[derive(Clone, Debug)]
struct ShareFault {
    every: u64,
    seen: u64,
    fault: Fault,
}

/// How a call is answered.
enum Decision {
    Reply(Reply),
    Hang,
}

/// Methods that deliver something to a chat (subject to `block_chat`).
const SEND_METHODS: &[&str] = &[
    "sendmessage",
    "editmessagetext",
    "copymessage",
    "forwardmessage",
    "sendphoto",
    "senddocument",
    "sendvoice",
];

type Reply = (u16, Value);

fn ok(result: Value) -> Reply {
    (200, json!({"ok": true, "result": result}))
}

fn err(code: u16, description: &str) -> Reply {
    (
        code,
        json!({"ok": false, "error_code": code, "description": description}),
    )
}

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(1)
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Reads an integer param given as a JSON number or a numeric string.
fn p_i64(params: &Value, key: &str) -> Option<i64> {
    match params.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn p_str(params: &Value, key: &str) -> Option<String> {
    match params.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

fn p_bool(params: &Value, key: &str) -> bool {
    match params.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true",
        _ => false,
    }
}

/// The `reply_markup` param if it is an inline keyboard (the only kind a
/// `Message` can carry; echoing a reply keyboard would break teloxide's
/// `Message` deserialization).
fn inline_markup(params: &Value) -> Option<Value> {
    let markup = params.get("reply_markup")?;
    markup
        .get("inline_keyboard")
        .is_some()
        .then(|| markup.clone())
}

fn buttons_of(params: &Value) -> Vec<Vec<(String, String)>> {
    let Some(rows) = params
        .get("reply_markup")
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(Value::as_array)
    else {
        return Vec::new();
    };
    rows.iter()
        .map(|row| {
            row.as_array()
                .map(|buttons| {
                    buttons
                        .iter()
                        .map(|b| {
                            let text = b.get("text").and_then(Value::as_str).unwrap_or_default();
                            let data = b
                                .get("callback_data")
                                .or_else(|| b.get("url"))
                                .and_then(Value::as_str)
                                .unwrap_or_default();
                            (text.to_owned(), data.to_owned())
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect()
}

const HTML_TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
];

/// A light version of Telegram's HTML entity parser: tags must be supported
/// and properly nested. Returns the visible text on success.
fn parse_html(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut stack: Vec<String> = Vec::new();
    let mut visible = String::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                let Some(rel) = text[i..].find('>') else {
                    return Err(format!("Unclosed start tag at byte offset {i}"));
                };
                let inner = &text[i + 1..i + rel];
                if let Some(name) = inner.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    match stack.pop() {
                        Some(open) if open == name => {}
                        Some(open) => {
                            return Err(format!(
                                "Can't find end tag corresponding to start tag \"{open}\""
                            ));
                        }
                        None => {
                            return Err(format!(
                                "Unexpected end tag at byte offset {i}: \"</{name}>\""
                            ));
                        }
                    }
                } else {
                    let name: String = inner
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect::<String>()
                        .to_ascii_lowercase();
                    if !HTML_TAGS.contains(&name.as_str()) {
                        return Err(format!(
                            "Unsupported start tag \"{name}\" at byte offset {i}"
                        ));
                    }
                    stack.push(name);
                }
                i += rel + 1;
            }
            b'&' => {
                let rest = &text[i..];
                let entity = ["&lt;", "&gt;", "&amp;", "&quot;"]
                    .iter()
                    .find(|e| rest.starts_with(**e))
                    .copied()
                    .or_else(|| {
                        // numeric entity &#123; / &#x1F600;
                        let end = rest.find(';')?;
                        (rest.starts_with("&#") && end <= 10).then(|| &rest[..=end])
                    });
                match entity {
                    Some(e) => {
                        visible.push('_');
                        i += e.len();
                    }
                    None => {
                        visible.push('&');
                        i += 1;
                    }
                }
            }
            _ => {
                let ch = text[i..].chars().next().expect("char boundary");
                visible.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    match stack.last() {
        Some(open) => Err(format!(
            "Can't find end tag corresponding to start tag \"{open}\""
        )),
        None => Ok(visible),
    }
}

fn sent_from_call(call: &Call) -> Sent {
    let message_id = if call.method == "sendmessage" || call.method == "copymessage" {
        call.response["result"]["message_id"].as_i64()
    } else {
        p_i64(&call.params, "message_id")
    };
    let text = if call.method == "copymessage" {
        p_str(&call.params, "caption").unwrap_or_default()
    } else {
        p_str(&call.params, "text").unwrap_or_default()
    };
    Sent {
        method: call.method.clone(),
        chat_id: p_i64(&call.params, "chat_id").unwrap_or_default(),
        message_id: message_id.unwrap_or_default() as i32,
        text,
        parse_mode: p_str(&call.params, "parse_mode"),
        buttons: buttons_of(&call.params),
        raw: call.params.clone(),
    }
}

fn is_sent_to(call: &Call, chat_id: i64) -> bool {
    (call.method == "sendmessage"
        || call.method == "editmessagetext"
        || call.method == "copymessage")
        && call.ok()
        && p_i64(&call.params, "chat_id") == Some(chat_id)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

fn dump_state(st: &State) -> String {
    let mut out = String::new();
    let interesting: Vec<&Call> = st
        .calls
        .iter()
        .filter(|c| c.method != "getupdates")
        .collect();
    let polls = st.calls.len() - interesting.len();
    let skip = interesting.len().saturating_sub(DUMP_LAST);
    let _ = writeln!(
        out,
        "--- fake Telegram API: {} calls ({} getUpdates not shown{}) ---",
        st.calls.len(),
        polls,
        if skip > 0 {
            format!(", {skip} older calls omitted")
        } else {
            String::new()
        }
    );
    for call in interesting.iter().skip(skip) {
        let _ = writeln!(
            out,
            "#{:<4} {:<24} status={} {} {}",
            call.seq,
            call.method,
            call.status,
            if st.consumed[call.seq] {
                "consumed"
            } else {
                "NEW     "
            },
            truncate(&call.params.to_string(), 400)
        );
        if !call.ok() {
            let _ = writeln!(
                out,
                "      -> {}",
                truncate(&call.response.to_string(), 300)
            );
        }
    }
    let _ = writeln!(out, "--- {} pending update(s) ---", st.queue.len());
    for update in st.queue.iter().take(10) {
        let _ = writeln!(out, "  {}", truncate(&update.to_string(), 300));
    }
    out
}

impl FakeApi {
    /// Starts the server on `127.0.0.1:<random port>` on the current runtime.
    pub async fn start() -> FakeApi {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind fake Telegram API");
        let addr = listener.local_addr().expect("local addr");
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let shared = Arc::new(Shared {
            state: Mutex::new(State::new()),
            calls_changed: Notify::new(),
            updates_changed: Notify::new(),
            shutdown_rx: shutdown_rx.clone(),
            bot_ended: Mutex::new(None),
        });
        let app = Router::new()
            .fallback(http::handle_request)
            .layer(DefaultBodyLimit::disable())
            .with_state(shared.clone());
        let mut signal = shutdown_rx;
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    // Err means every sender is gone: shut down as well.
                    let _ = signal.wait_for(|s| *s).await;
                })
                .await;
        });
        FakeApi {
            inner: Arc::new(Inner {
                shared,
                addr,
                shutdown_tx,
                server: Mutex::new(Some(server)),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.inner.shared.lock()
    }

    /// Base URL to give the bot as its API URL, e.g. `http://127.0.0.1:4242/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.inner.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.inner.addr
    }

    pub fn token(&self) -> &'static str {
        TOKEN
    }

    pub fn bot_id(&self) -> i64 {
        BOT_ID
    }

    /// Stops the server: pending long polls return at once, the listener is
    /// closed. Waits (bounded) for the server task to finish.
    pub async fn shutdown(&self) {
        self.inner.shutdown_tx.send_replace(true);
        let handle = self
            .inner
            .server
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(mut handle) = handle
            && tokio::time::timeout(Duration::from_secs(5), &mut handle)
                .await
                .is_err()
        {
            handle.abort();
        }
    }

    /// Strict mode (default on) makes the fake reject what Telegram rejects;
    /// see the module docs.
    pub fn set_strict(&self, strict: bool) {
        self.lock().strict = strict;
    }

    // ----- users and injected updates -------------------------------------

    /// Creates (and registers, for chat names) a test user.
    pub fn user(&self, id: i64, first_name: &str, language_code: Option<&str>) -> TestUser {
        let user = TestUser {
            id,
            first_name: first_name.to_owned(),
            language_code: language_code.map(str::to_owned),
        };
        self.lock().users.insert(id, user.clone());
        user
    }

    /// Pushes a raw update (any JSON object); assigns and returns its
    /// `update_id`. Messages inside are remembered for edits/callbacks.
    pub fn push_raw_update(&self, update: Value) -> i64 {
        let id = self.lock().push_update(update);
        self.inner.shared.updates_changed.notify_waiters();
        id
    }

    /// Pushes a private-chat message from `user` consisting of the base fields
    /// (`message_id`, `from`, `chat`, `date`) merged with `extra`'s fields.
    /// Returns the message id.
    pub fn send_message_json(&self, user: &TestUser, extra: Value) -> i32 {
        let id = {
            let mut st = self.lock();
            st.users.entry(user.id).or_insert_with(|| user.clone());
            let id = st.alloc_message_id();
            let mut msg = json!({
                "message_id": id,
                "from": user.json(),
                "chat": user.chat_json(),
                "date": now_unix(),
            });
            if let (Some(obj), Value::Object(extra)) = (msg.as_object_mut(), extra) {
                obj.extend(extra);
            }
            st.push_update(json!({"message": msg}));
            id
        };
        self.inner.shared.updates_changed.notify_waiters();
        id
    }

    /// The group `old` becomes the supergroup `new` (with topics if `forum`), as when its
    /// admins turn on topics: calls to `old` are refused with `migrate_to_chat_id`, and the
    /// old group gets the service message saying so.
    pub fn migrate_group(&self, old: i64, new: i64, forum: bool) {
        {
            let mut st = self.lock();
            st.migrated.insert(old, new);
            if forum {
                st.forums.insert(new);
            }
            let id = st.alloc_message_id();
            let msg = json!({
                "message_id": id,
                "from": {"id": 777, "is_bot": false, "first_name": "Admin"},
                "chat": {"id": old, "type": "group", "title": format!("Group {old}")},
                "date": now_unix(),
                "migrate_to_chat_id": new,
            });
            st.push_update(json!({"message": msg}));
        }
        self.inner.shared.updates_changed.notify_waiters();
    }

    /// The group `old` became `new` before the bot started: only calls are refused, no notice.
    pub fn migrated_before(&self, old: i64, new: i64) {
        self.lock().migrated.insert(old, new);
    }

    /// `user` edits their private message `message_id`: its text becomes `text`.
    pub fn edit_user_text(&self, user: &TestUser, message_id: i32, text: &str) {
        let msg = json!({
            "message_id": message_id,
            "from": user.json(),
            "chat": user.chat_json(),
            "date": now_unix(),
            "edit_date": now_unix(),
            "text": text,
        });
        self.push_raw_update(json!({"edited_message": msg}));
    }

    /// `user` edits their message `message_id` in the group `chat_id` (in forum topic
    /// `thread`, if any): its text becomes `text`.
    pub fn edit_group_text(
        &self,
        chat_id: i64,
        user: &TestUser,
        thread: Option<i32>,
        message_id: i32,
        text: &str,
    ) {
        let mut msg = json!({
            "message_id": message_id,
            "from": user.json(),
            "chat": self.lock().chat_json(chat_id),
            "date": now_unix(),
            "edit_date": now_unix(),
            "text": text,
        });
        if let Some(thread) = thread {
            msg["message_thread_id"] = json!(thread);
            msg["is_topic_message"] = json!(true);
        }
        self.push_raw_update(json!({"edited_message": msg}));
    }

    /// The bot is a plain member of `chat`, not an administrator.
    pub fn demote_bot(&self, chat: i64) {
        self.lock().not_admin.insert(chat);
    }

    /// Makes a supergroup a forum (topics enabled).
    pub fn make_forum(&self, chat_id: i64) {
        self.lock().forums.insert(chat_id);
    }

    /// The forum topics created so far in `chat_id`: thread id → name.
    pub fn topics(&self, chat_id: i64) -> HashMap<i32, String> {
        self.lock()
            .topics
            .iter()
            .filter(|((c, _), _)| *c == chat_id)
            .map(|((_, t), n)| (*t, n.clone()))
            .collect()
    }

    /// A message from `user` in a group (`chat_id` < 0): optionally in a forum topic and/or
    /// as a reply to one of the group's messages. `extra` adds fields (text, photo…).
    pub fn send_group_json(
        &self,
        chat_id: i64,
        user: &TestUser,
        thread: Option<i32>,
        reply_to: Option<i32>,
        extra: Value,
    ) -> i32 {
        let id = {
            let mut st = self.lock();
            st.users.entry(user.id).or_insert_with(|| user.clone());
            let id = st.alloc_message_id();
            let mut msg = json!({
                "message_id": id,
                "from": user.json(),
                "chat": st.chat_json(chat_id),
                "date": now_unix(),
            });
            if let Some(thread) = thread {
                msg["message_thread_id"] = json!(thread);
                msg["is_topic_message"] = json!(true);
                // Telegram makes every topic message a reply to the topic's first message,
                // unless it replies to another one.
                let root = json!({
                    "message_id": thread,
                    "from": bot_user_json(),
                    "chat": st.chat_json(chat_id),
                    "date": now_unix(),
                    "message_thread_id": thread,
                    "is_topic_message": true,
                    "forum_topic_created": {"name": st.topics.get(&(chat_id, thread)).cloned().unwrap_or_default(), "icon_color": 7322096},
                });
                msg["reply_to_message"] = root;
            }
            if let Some(reply_to) = reply_to {
                let replied = st.messages.get(&(chat_id, reply_to)).cloned().unwrap_or_else(|| {
                    json!({"message_id": reply_to, "chat": st.chat_json(chat_id), "date": now_unix()})
                });
                msg["reply_to_message"] = replied;
            }
            if let (Some(obj), Value::Object(extra)) = (msg.as_object_mut(), extra) {
                obj.extend(extra);
            }
            st.push_update(json!({"message": msg}));
            id
        };
        self.inner.shared.updates_changed.notify_waiters();
        id
    }

    /// A text (or `/command`) from `user` in a group, see [`FakeApi::send_group_json`].
    pub fn send_group_text(
        &self,
        chat_id: i64,
        user: &TestUser,
        thread: Option<i32>,
        reply_to: Option<i32>,
        text: &str,
    ) -> i32 {
        let mut extra = json!({"text": text});
        if text.starts_with('/') {
            let command = text.split_whitespace().next().unwrap_or(text);
            extra["entities"] =
                json!([{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]);
        }
        self.send_group_json(chat_id, user, thread, reply_to, extra)
    }

    /// `user` presses a button under the bot's message `message_id` in a group chat.
    pub fn press_group_button(
        &self,
        chat_id: i64,
        user: &TestUser,
        message_id: i32,
        data: &str,
    ) -> String {
        let id = {
            let mut st = self.lock();
            st.users.entry(user.id).or_insert_with(|| user.clone());
            let id = format!("{}{:04}", user.id.unsigned_abs(), st.next_callback);
            st.next_callback += 1;
            let message = st.messages.get(&(chat_id, message_id)).cloned().unwrap_or_else(|| {
                json!({"message_id": message_id, "from": bot_user_json(), "chat": st.chat_json(chat_id), "date": now_unix(), "text": ""})
            });
            st.push_update(json!({"callback_query": {
                "id": id,
                "from": user.json(),
                "message": message,
                "chat_instance": format!("ci-{chat_id}"),
                "data": data,
            }}));
            id
        };
        self.inner.shared.updates_changed.notify_waiters();
        id
    }

    /// A plain text message. A leading `/command` gets a `bot_command`
    /// entity, as Telegram would add.
    pub fn send_text(&self, user: &TestUser, text: &str) -> i32 {
        let mut extra = json!({"text": text});
        if text.starts_with('/') {
            let command = text.split_whitespace().next().unwrap_or(text);
            extra["entities"] =
                json!([{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]);
        }
        self.send_message_json(user, extra)
    }

    /// A regular static sticker (`Message::sticker()` is `Some`).
    pub fn send_sticker(&self, user: &TestUser) -> i32 {
        let (fid, uid) = self.lock().alloc_file("sticker");
        self.send_message_json(
            user,
            json!({"sticker": {
                "file_id": fid,
                "file_unique_id": uid,
                "file_size": 12345,
                "width": 512,
                "height": 512,
                "type": "regular",
                "is_animated": false,
                "is_video": false,
                "emoji": "👍",
                "set_name": "TestStickers",
            }}),
        )
    }

    /// A photo (two sizes) with an optional caption.
    pub fn send_photo(&self, user: &TestUser, caption: Option<&str>) -> i32 {
        let (fid, uid) = self.lock().alloc_file("photo");
        let mut extra = json!({"photo": [
            {"file_id": format!("{fid}-s"), "file_unique_id": format!("{uid}-s"), "file_size": 1500, "width": 90, "height": 67},
            {"file_id": fid, "file_unique_id": uid, "file_size": 65000, "width": 1280, "height": 960},
        ]});
        if let Some(caption) = caption {
            extra["caption"] = json!(caption);
        }
        self.send_message_json(user, extra)
    }

    /// A 3-second voice message.
    pub fn send_voice(&self, user: &TestUser) -> i32 {
        let (fid, uid) = self.lock().alloc_file("voice");
        self.send_message_json(
            user,
            json!({"voice": {
                "file_id": fid,
                "file_unique_id": uid,
                "duration": 3,
                "mime_type": "audio/ogg",
                "file_size": 9000,
            }}),
        )
    }

    /// A text message forwarded from a user who hides their account
    /// (`forward_origin` of type `hidden_user`).
    pub fn send_forwarded_text(&self, user: &TestUser, text: &str, original_sender: &str) -> i32 {
        self.send_message_json(
            user,
            json!({
                "text": text,
                "forward_origin": {
                    "type": "hidden_user",
                    "sender_user_name": original_sender,
                    "date": now_unix() - 60,
                },
            }),
        )
    }

    /// Pushes a `callback_query` update as if `user` pressed the button with
    /// `data` under message `message_id` of their private chat. The message is
    /// the bot's current version of it (after edits); an unknown id falls back
    /// to a minimal text message. Returns the callback query id.
    pub fn press_button(&self, user: &TestUser, message_id: i32, data: &str) -> String {
        let id = {
            let mut st = self.lock();
            st.users.entry(user.id).or_insert_with(|| user.clone());
            let id = format!("{}{:04}", user.id.unsigned_abs(), st.next_callback);
            st.next_callback += 1;
            let message = st
                .messages
                .get(&(user.id, message_id))
                .cloned()
                .unwrap_or_else(|| {
                    json!({
                        "message_id": message_id,
                        "from": bot_user_json(),
                        "chat": user.chat_json(),
                        "date": now_unix(),
                        "text": "",
                    })
                });
            st.push_update(json!({"callback_query": {
                "id": id,
                "from": user.json(),
                "message": message,
                "chat_instance": format!("ci-{}", user.id),
                "data": data,
            }}));
            id
        };
        self.inner.shared.updates_changed.notify_waiters();
        id
    }

    /// Makes the next call of `method` (case-insensitive) fail with this HTTP
    /// status and body instead of being handled. Queue several for several
    /// failures. NB: teloxide sleeps 10 s on any 5xx status before reading the
    /// body, so prefer 4xx (e.g. 429 with `parameters.retry_after`).
    pub fn fail_next(&self, method: &str, status: u16, body: Value) {
        self.lock()
            .faults
            .entry(method.to_ascii_lowercase())
            .or_default()
            .push_back((status, body));
    }

    /// Makes every `every`-th call of `method` fail with `fault` (e.g. every 20th
    /// `sendMessage` answered 429: a 5% share), until [`FakeApi::clear_faults`].
    pub fn fail_every(&self, method: &str, every: u64, fault: Fault) {
        assert!(every > 0);
        self.lock().share_faults.insert(
            method.to_ascii_lowercase(),
            ShareFault {
                every,
                seen: 0,
                fault,
            },
        );
    }

    /// Removes share-based faults and blocked chats.
    pub fn clear_faults(&self) {
        let mut st = self.lock();
        st.share_faults.clear();
        st.blocked_chats.clear();
    }

    /// From now on, every send to `chat_id` is answered 403 "bot was blocked by the user".
    pub fn block_chat(&self, chat_id: i64) {
        self.lock().blocked_chats.insert(chat_id);
    }

    /// The user unblocked the bot.
    pub fn unblock_chat(&self, chat_id: i64) {
        self.lock().blocked_chats.remove(&chat_id);
    }

    /// A 429 "Too Many Requests" answer with `retry_after` seconds.
    pub fn too_many_requests(retry_after: u64) -> Fault {
        Fault::Reply(
            429,
            json!({"ok": false, "error_code": 429,
                   "description": format!("Too Many Requests: retry after {retry_after}"),
                   "parameters": {"retry_after": retry_after}}),
        )
    }

    /// A 500 "Internal Server Error" answer.
    pub fn internal_error() -> Fault {
        Fault::Reply(
            500,
            json!({"ok": false, "error_code": 500, "description": "Internal Server Error"}),
        )
    }

    /// Every call of `method` to `chat_id` made so far (successful or not), in order.
    pub fn calls_to(&self, method: &str, chat_id: i64) -> Vec<Call> {
        let method = method.to_ascii_lowercase();
        self.lock()
            .calls
            .iter()
            .filter(|c| c.method == method && p_i64(&c.params, "chat_id") == Some(chat_id))
            .cloned()
            .collect()
    }

    // ----- reading what the bot did ---------------------------------------

    /// Params of every call to `method` (case-insensitive), in order,
    /// including failed ones. Does not consume.
    pub fn calls(&self, method: &str) -> Vec<Value> {
        let method = method.to_ascii_lowercase();
        self.lock()
            .calls
            .iter()
            .filter(|c| c.method == method)
            .map(|c| c.params.clone())
            .collect()
    }

    /// The full call log.
    pub fn all_calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Human-readable dump of recent calls and pending updates.
    pub fn dump(&self) -> String {
        dump_state(&self.lock())
    }

    /// The current state of a message the fake knows (sent by the bot or by
    /// a test user), after edits; `None` if unknown or deleted.
    pub fn message(&self, chat_id: i64, message_id: i32) -> Option<Value> {
        self.lock().messages.get(&(chat_id, message_id)).cloned()
    }

    /// The registered webhook's params, if any.
    pub fn webhook(&self) -> Option<Value> {
        self.lock().webhook.clone()
    }

    /// Updates pushed but not yet confirmed by a `getUpdates` offset.
    pub fn pending_updates(&self) -> usize {
        self.lock().queue.len()
    }

    /// The pending updates' JSON (for checking what tests inject).
    pub fn pending_update_values(&self) -> Vec<Value> {
        self.lock().queue.iter().cloned().collect()
    }
}
