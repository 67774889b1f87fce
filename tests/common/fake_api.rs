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
    /// Forum topics created: (chat, thread id) → name.
    topics: HashMap<(i64, i32), String>,
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

impl State {
    fn new() -> Self {
        State {
            strict: true,
            next_update_id: 1,
            next_message_id: 1,
            next_file: 1,
            next_callback: 1,
            ..Default::default()
        }
    }

    fn record(&mut self, method: &str, params: Value, status: u16, response: Value) -> usize {
        let seq = self.calls.len();
        self.calls.push(Call {
            seq,
            method: method.to_owned(),
            params,
            at: Instant::now(),
            status,
            response,
        });
        self.consumed.push(false);
        seq
    }

    fn take_fault(&mut self, method: &str) -> Option<Reply> {
        self.faults.get_mut(method)?.pop_front()
    }

    /// The injected fault for this call, if any: queued faults first, then blocked chats,
    /// then share-based faults.
    fn decide_fault(&mut self, method: &str, params: &Value) -> Option<Decision> {
        if let Some(reply) = self.take_fault(method) {
            return Some(Decision::Reply(reply));
        }
        if SEND_METHODS.contains(&method)
            && p_i64(params, "chat_id").is_some_and(|c| self.blocked_chats.contains(&c))
        {
            return Some(Decision::Reply(err(
                403,
                "Forbidden: bot was blocked by the user",
            )));
        }
        let share = self.share_faults.get_mut(method)?;
        share.seen += 1;
        if share.seen % share.every != 0 {
            return None;
        }
        Some(match &share.fault {
            Fault::Reply(status, body) => Decision::Reply((*status, body.clone())),
            Fault::Hang => Decision::Hang,
        })
    }

    fn alloc_message_id(&mut self) -> i32 {
        let id = self.next_message_id;
        self.next_message_id += 1;
        id
    }

    fn alloc_file(&mut self, kind: &str) -> (String, String) {
        let n = self.next_file;
        self.next_file += 1;
        (format!("{kind}-file-{n}"), format!("{kind}-uniq-{n}"))
    }

    fn chat_json(&self, chat_id: i64) -> Value {
        if chat_id > 0 {
            let name = self
                .users
                .get(&chat_id)
                .map(|u| u.first_name.clone())
                .unwrap_or_else(|| format!("User{chat_id}"));
            json!({"id": chat_id, "type": "private", "first_name": name})
        } else if chat_id <= -1_000_000_000_000 {
            let mut chat = json!({"id": chat_id, "type": "supergroup", "title": format!("Supergroup {chat_id}")});
            if self.forums.contains(&chat_id) {
                chat["is_forum"] = json!(true);
            }
            chat
        } else {
            json!({"id": chat_id, "type": "group", "title": format!("Group {chat_id}")})
        }
    }

    fn push_update(&mut self, mut update: Value) -> i64 {
        let id = self.next_update_id;
        self.next_update_id += 1;
        let obj = update
            .as_object_mut()
            .expect("an update must be a JSON object");
        obj.insert("update_id".into(), json!(id));
        for key in ["message", "edited_message"] {
            if let Some(msg) = obj.get(key) {
                let chat = msg
                    .get("chat")
                    .and_then(|c| c.get("id"))
                    .and_then(Value::as_i64);
                let mid = msg.get("message_id").and_then(Value::as_i64);
                if let (Some(chat), Some(mid)) = (chat, mid) {
                    self.messages.insert((chat, mid as i32), msg.clone());
                }
            }
        }
        if let Some(id) = obj
            .get("callback_query")
            .and_then(|q| q.get("id"))
            .and_then(Value::as_str)
        {
            self.open_callbacks.insert(id.to_owned());
            self.all_callbacks.insert(id.to_owned());
        }
        self.queue.push_back(update);
        id
    }

    /// Applies `getUpdates` offset semantics.
    fn confirm(&mut self, offset: Option<i64>) {
        match offset {
            Some(offset) if offset > 0 => {
                while self
                    .queue
                    .front()
                    .and_then(|u| u["update_id"].as_i64())
                    .is_some_and(|id| id < offset)
                {
                    self.queue.pop_front();
                }
            }
            Some(offset) if offset < 0 => {
                // "-N": keep only the last N updates, forget everything before.
                let keep = offset.unsigned_abs() as usize;
                while self.queue.len() > keep {
                    self.queue.pop_front();
                }
            }
            _ => {}
        }
    }

    /// Validates an outgoing text the way Telegram would.
    fn check_text(&self, params: &Value) -> Result<String, Reply> {
        let text = p_str(params, "text").unwrap_or_default();
        if text.trim().is_empty() {
            return Err(err(400, "Bad Request: message text is empty"));
        }
        if !self.strict {
            return Ok(text);
        }
        let parse_mode = p_str(params, "parse_mode").unwrap_or_default();
        let visible = if parse_mode.eq_ignore_ascii_case("html") {
            match parse_html(&text) {
                Ok(v) => v,
                Err(e) => return Err(err(400, &format!("Bad Request: can't parse entities: {e}"))),
            }
        } else {
            text.clone()
        };
        if visible.trim().is_empty() {
            return Err(err(400, "Bad Request: message text is empty"));
        }
        if utf16_len(&visible) > 4096 {
            return Err(err(400, "Bad Request: message is too long"));
        }
        self.check_markup(params)?;
        Ok(text)
    }

    fn check_markup(&self, params: &Value) -> Result<(), Reply> {
        if !self.strict {
            return Ok(());
        }
        let Some(rows) = params
            .get("reply_markup")
            .and_then(|m| m.get("inline_keyboard"))
            .and_then(Value::as_array)
        else {
            return Ok(());
        };
        for button in rows.iter().filter_map(Value::as_array).flatten() {
            if let Some(data) = button.get("callback_data").and_then(Value::as_str)
                && (data.is_empty() || data.len() > 64)
            {
                return Err(err(400, "Bad Request: BUTTON_DATA_INVALID"));
            }
            if button
                .get("text")
                .and_then(Value::as_str)
                .is_none_or(str::is_empty)
            {
                return Err(err(
                    400,
                    "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
                ));
            }
        }
        Ok(())
    }

    fn new_bot_message(&mut self, chat_id: i64, params: &Value, content: Value) -> Value {
        let id = self.alloc_message_id();
        let mut msg = json!({
            "message_id": id,
            "from": bot_user_json(),
            "chat": self.chat_json(chat_id),
            "date": now_unix(),
        });
        let obj = msg.as_object_mut().expect("object");
        if let Value::Object(content) = content {
            obj.extend(content);
        }
        if let Some(markup) = inline_markup(params) {
            obj.insert("reply_markup".into(), markup);
        }
        self.messages.insert((chat_id, id), msg.clone());
        msg
    }

    /// Puts a `message_thread_id` param into a new message (topic messages in forums).
    fn thread_into(&self, chat_id: i64, params: &Value, content: &mut Value) -> Result<(), Reply> {
        if let Some(thread) = p_i64(params, "message_thread_id") {
            if !self.topics.contains_key(&(chat_id, thread as i32)) {
                return Err(err(400, "Bad Request: message thread not found"));
            }
            content["message_thread_id"] = json!(thread);
            content["is_topic_message"] = json!(true);
        }
        Ok(())
    }

    fn target_message(&self, params: &Value) -> Result<(i64, i32), Reply> {
        let chat_id =
            p_i64(params, "chat_id").ok_or_else(|| err(400, "Bad Request: chat not found"))?;
        let message_id = p_i64(params, "message_id")
            .ok_or_else(|| err(400, "Bad Request: message identifier is not specified"))?;
        Ok((chat_id, message_id as i32))
    }

    /// Handles every method except `getUpdates`.
    fn dispatch(&mut self, method: &str, params: &Value) -> Reply {
        match method {
            "getme" => ok(me_json()),
            "logout" | "close" => ok(json!(true)),
            "getwebhookinfo" => {
                let mut info = json!({
                    "url": "",
                    "has_custom_certificate": false,
                    "pending_update_count": self.queue.len(),
                });
                if let Some(hook) = &self.webhook {
                    info["url"] = hook["url"].clone();
                    for key in ["max_connections", "allowed_updates"] {
                        if let Some(v) = hook.get(key) {
                            info[key] = v.clone();
                        }
                    }
                }
                ok(info)
            }
            "setwebhook" => {
                let url = p_str(params, "url").unwrap_or_default();
                if p_bool(params, "drop_pending_updates") {
                    self.queue.clear();
                }
                if url.is_empty() {
                    self.webhook = None;
                    return (
                        200,
                        json!({"ok": true, "result": true, "description": "Webhook was deleted"}),
                    );
                }
                let mut hook = params.clone();
                if let Some(obj) = hook.as_object_mut() {
                    obj.remove("certificate");
                }
                self.webhook = Some(hook);
                (
                    200,
                    json!({"ok": true, "result": true, "description": "Webhook was set"}),
                )
            }
            "deletewebhook" => {
                if p_bool(params, "drop_pending_updates") {
                    self.queue.clear();
                }
                let description = if self.webhook.take().is_some() {
                    "Webhook was deleted"
                } else {
                    "Webhook is already deleted"
                };
                (
                    200,
                    json!({"ok": true, "result": true, "description": description}),
                )
            }
            "sendmessage" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                let text = match self.check_text(params) {
                    Ok(t) => t,
                    Err(e) => return e,
                };
                let mut content = json!({"text": text});
                if let Err(e) = self.thread_into(chat_id, params, &mut content) {
                    return e;
                }
                let msg = self.new_bot_message(chat_id, params, content);
                ok(msg)
            }
            "copymessage" => {
                let (Some(chat_id), Some(from), Some(mid)) = (
                    p_i64(params, "chat_id"),
                    p_i64(params, "from_chat_id"),
                    p_i64(params, "message_id"),
                ) else {
                    return err(400, "Bad Request: chat not found");
                };
                let Some(original) = self.messages.get(&(from, mid as i32)).cloned() else {
                    return err(400, "Bad Request: message to copy not found");
                };
                let mut content = json!({});
                for key in [
                    "text", "photo", "document", "voice", "sticker", "video", "caption",
                ] {
                    if let Some(v) = original.get(key) {
                        content[key] = v.clone();
                    }
                }
                if let Some(caption) = p_str(params, "caption") {
                    if content.get("text").is_some() || content.get("sticker").is_some() {
                        return err(400, "Bad Request: message can't have a caption");
                    }
                    if self.strict
                        && p_str(params, "parse_mode")
                            .is_some_and(|m| m.eq_ignore_ascii_case("html"))
                        && let Err(e) = parse_html(&caption)
                    {
                        return err(400, &format!("Bad Request: can't parse entities: {e}"));
                    }
                    content["caption"] = json!(caption);
                }
                if let Err(e) = self.thread_into(chat_id, params, &mut content) {
                    return e;
                }
                let msg = self.new_bot_message(chat_id, params, content);
                ok(json!({"message_id": msg["message_id"]}))
            }
            "createforumtopic" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                if !self.forums.contains(&chat_id) {
                    return err(400, "Bad Request: the chat is not a forum");
                }
                let name = p_str(params, "name").unwrap_or_default();
                if name.is_empty() || name.chars().count() > 128 {
                    return err(400, "Bad Request: TOPIC_NAME_INVALID");
                }
                let thread = self.alloc_message_id();
                self.topics.insert((chat_id, thread), name.clone());
                ok(json!({"message_thread_id": thread, "name": name, "icon_color": 7322096}))
            }
            "getchat" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                let mut chat = self.chat_json(chat_id);
                chat["accent_color_id"] = json!(0);
                chat["max_reaction_count"] = json!(11);
                chat["accepted_gift_types"] = json!({
                    "unlimited_gifts": false, "limited_gifts": false,
                    "unique_gifts": false, "premium_subscription": false
                });
                ok(chat)
            }
            "sendphoto" | "senddocument" => {
                let Some(chat_id) = p_i64(params, "chat_id") else {
                    return err(400, "Bad Request: chat not found");
                };
                if let Err(e) = self.check_markup(params) {
                    return e;
                }
                let mut content = if method == "sendphoto" {
                    let (fid, uid) = self.alloc_file("photo");
                    json!({"photo": [
                        {"file_id": format!("{fid}-s"), "file_unique_id": format!("{uid}-s"), "width": 90, "height": 90, "file_size": 1000},
                        {"file_id": fid, "file_unique_id": uid, "width": 800, "height": 600, "file_size": 50000},
                    ]})
                } else {
                    let (fid, uid) = self.alloc_file("document");
                    json!({"document": {"file_id": fid, "file_unique_id": uid, "file_name": "file.bin", "file_size": 1000}})
                };
                if let Some(caption) = p_str(params, "caption") {
                    content["caption"] = json!(caption);
                }
                ok(self.new_bot_message(chat_id, params, content))
            }
            "editmessagetext" | "editmessagereplymarkup" => {
                if params.get("inline_message_id").is_some() {
                    return ok(json!(true));
                }
                let (chat_id, message_id) = match self.target_message(params) {
                    Ok(t) => t,
                    Err(e) => return e,
                };
                let new_text = if method == "editmessagetext" {
                    match self.check_text(params) {
                        Ok(t) => Some(t),
                        Err(e) => return e,
                    }
                } else {
                    if let Err(e) = self.check_markup(params) {
                        return e;
                    }
                    None
                };
                let strict = self.strict;
                let Some(msg) = self.messages.get_mut(&(chat_id, message_id)) else {
                    return err(400, "Bad Request: message to edit not found");
                };
                if msg["from"]["id"].as_i64() != Some(BOT_ID) {
                    return err(400, "Bad Request: message can't be edited");
                }
                let new_markup = inline_markup(params);
                if let Some(text) = &new_text {
                    if msg.get("text").is_none() {
                        return err(400, "Bad Request: there is no text in the message to edit");
                    }
                    if strict
                        && msg["text"].as_str() == Some(text.as_str())
                        && msg.get("reply_markup") == new_markup.as_ref()
                    {
                        return err(400, NOT_MODIFIED);
                    }
                    msg["text"] = json!(text);
                } else if strict && msg.get("reply_markup") == new_markup.as_ref() {
                    return err(400, NOT_MODIFIED);
                }
                let obj = msg.as_object_mut().expect("object");
                obj.insert("edit_date".into(), json!(now_unix()));
                match new_markup {
                    Some(m) => obj.insert("reply_markup".into(), m),
                    None => obj.remove("reply_markup"),
                };
                ok(msg.clone())
            }
            "deletemessage" => match self.target_message(params) {
                Err(e) => e,
                Ok(key) => match self.messages.remove(&key) {
                    Some(_) => ok(json!(true)),
                    None => err(400, "Bad Request: message to delete not found"),
                },
            },
            "deletemessages" => {
                let chat_id = p_i64(params, "chat_id").unwrap_or_default();
                for id in params["message_ids"].as_array().into_iter().flatten() {
                    if let Some(id) = id.as_i64() {
                        self.messages.remove(&(chat_id, id as i32));
                    }
                }
                ok(json!(true))
            }
            "answercallbackquery" => {
                let id = p_str(params, "callback_query_id").unwrap_or_default();
                if self.open_callbacks.remove(&id)
                    || (!self.strict && self.all_callbacks.contains(&id))
                {
                    ok(json!(true))
                } else {
                    err(
                        400,
                        "Bad Request: query is too old and response timeout expired or query id is invalid",
                    )
                }
            }
            "setmycommands" | "deletemycommands" | "getmycommands" => {
                let key = format!(
                    "{}|{}",
                    params
                        .get("scope")
                        .map(Value::to_string)
                        .unwrap_or_else(|| "default".into()),
                    p_str(params, "language_code").unwrap_or_default()
                );
                match method {
                    "setmycommands" => {
                        self.commands
                            .insert(key, params.get("commands").cloned().unwrap_or(json!([])));
                        ok(json!(true))
                    }
                    "deletemycommands" => {
                        self.commands.remove(&key);
                        ok(json!(true))
                    }
                    _ => ok(self.commands.get(&key).cloned().unwrap_or(json!([]))),
                }
            }
            "sendchataction"
            | "setmydescription"
            | "setmyshortdescription"
            | "setmyname"
            | "setchatmenubutton"
            | "setmessagereaction" => ok(json!(true)),
            _ => err(404, "Not Found: method not found"),
        }
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

/// Splits `haystack` on every occurrence of `needle`.
fn split_bytes<'a>(haystack: &'a [u8], needle: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while !needle.is_empty() && i + needle.len() <= haystack.len() {
        if &haystack[i..i + needle.len()] == needle {
            parts.push(&haystack[start..i]);
            i += needle.len();
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(&haystack[start..]);
    parts
}

/// Keys whose values are text and must never be coerced to numbers/bools.
const TEXT_KEYS: &[&str] = &[
    "text",
    "caption",
    "data",
    "query",
    "title",
    "description",
    "short_description",
    "name",
    "url",
    "secret_token",
    "question",
    "explanation",
];
/// `*_id` keys that are numeric in the Bot API (other `*_id`s are strings).
const NUMERIC_ID_KEYS: &[&str] = &[
    "chat_id",
    "from_chat_id",
    "message_id",
    "user_id",
    "message_thread_id",
    "reply_to_message_id",
    "sender_chat_id",
];

/// Form fields arrive as strings; turn them into what the same request would
/// have carried as JSON (teloxide serializes nested values as JSON text).
fn coerce_form_value(key: &str, raw: &str) -> Value {
    let trimmed = raw.trim();
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && let Ok(v) = serde_json::from_str::<Value>(trimmed)
    {
        return v;
    }
    if TEXT_KEYS.contains(&key) {
        return json!(raw);
    }
    if raw == "true" || raw == "false" {
        return json!(raw == "true");
    }
    if !key.ends_with("_id") || NUMERIC_ID_KEYS.contains(&key) {
        if let Ok(n) = trimmed.parse::<i64>() {
            return json!(n);
        }
        if trimmed.contains('.')
            && let Ok(f) = trimmed.parse::<f64>()
        {
            return json!(f);
        }
    }
    json!(raw)
}

fn parse_multipart(body: &[u8], boundary: &str, out: &mut Map<String, Value>) {
    let delimiter = format!("--{boundary}");
    for part in split_bytes(body, delimiter.as_bytes()).into_iter().skip(1) {
        if part.starts_with(b"--") {
            break; // closing delimiter
        }
        let part = part.strip_prefix(b"\r\n").unwrap_or(part);
        let part = part.strip_suffix(b"\r\n").unwrap_or(part);
        let Some(split) = part.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let headers = String::from_utf8_lossy(&part[..split]);
        let content = &part[split + 4..];
        let mut name = None;
        let mut filename = None;
        for line in headers.split("\r\n") {
            if !line.to_ascii_lowercase().starts_with("content-disposition") {
                continue;
            }
            for attr in line.split(';').map(str::trim) {
                if let Some(v) = attr.strip_prefix("name=") {
                    name = Some(v.trim_matches('"').to_owned());
                } else if let Some(v) = attr.strip_prefix("filename=") {
                    filename = Some(v.trim_matches('"').to_owned());
                }
            }
        }
        let Some(name) = name else { continue };
        let value = match filename {
            Some(filename) => json!({"file_name": filename, "size": content.len()}),
            None => coerce_form_value(&name, &String::from_utf8_lossy(content)),
        };
        out.insert(name, value);
    }
}

fn parse_urlencoded(raw: &[u8], out: &mut Map<String, Value>) {
    for (k, v) in url::form_urlencoded::parse(raw) {
        let value = coerce_form_value(&k, &v);
        out.insert(k.into_owned(), value);
    }
}

/// Merges query string and body (JSON, multipart or urlencoded) params.
fn parse_params(query: Option<&str>, headers: &HeaderMap, body: &[u8]) -> Value {
    let mut out = Map::new();
    if let Some(q) = query {
        parse_urlencoded(q.as_bytes(), &mut out);
    }
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let lower = content_type.to_ascii_lowercase();
    if lower.starts_with("multipart/form-data") {
        let boundary = content_type.split(';').map(str::trim).find_map(|attr| {
            attr.strip_prefix("boundary=")
                .or_else(|| attr.strip_prefix("BOUNDARY="))
                .map(|b| b.trim_matches('"').to_owned())
        });
        if let Some(boundary) = boundary {
            parse_multipart(body, &boundary, &mut out);
        }
    } else if lower.starts_with("application/x-www-form-urlencoded") {
        parse_urlencoded(body, &mut out);
    } else if !body.iter().all(u8::is_ascii_whitespace) {
        // JSON (teloxide always sends `application/json` for file-less methods);
        // also the fallback for a missing content type.
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(obj)) => out.extend(obj),
            Ok(other) => {
                out.insert("_body".into(), other);
            }
            Err(_) => {
                out.insert("_body".into(), json!(String::from_utf8_lossy(body)));
            }
        }
    }
    Value::Object(out)
}

/// `/bot<token>/<Method>` -> (token, lowercased method). Tolerates extra
/// slashes and a path prefix.
fn parse_path(path: &str) -> Option<(String, String)> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let pos = segments.iter().rposition(|s| s.starts_with("bot"))?;
    let token = segments[pos]
        .strip_prefix("bot")?
        .replace("%3A", ":")
        .replace("%3a", ":");
    let method = segments.get(pos + 1)?.to_ascii_lowercase();
    (segments.len() == pos + 2).then_some((token, method))
}

async fn handle_request(
    AxState(shared): AxState<Arc<Shared>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (status, reply) = match parse_path(uri.path()) {
        None => err(404, "Not Found"),
        Some((token, method)) => {
            let params = parse_params(uri.query(), &headers, &body);
            if token != TOKEN {
                shared.record_sync(&method, params, err(401, "Unauthorized"))
            } else if method == "getupdates" {
                shared.get_updates(params).await
            } else {
                match shared.handle_sync(&method, params) {
                    Decision::Reply(reply) => reply,
                    Decision::Hang => {
                        // Hold the request open until the fake shuts down or the client
                        // gives up and drops the connection (which drops this future).
                        let mut shutdown = shared.shutdown_rx.clone();
                        let _ = shutdown.wait_for(|s| *s).await;
                        err(504, "Gateway Timeout")
                    }
                }
            }
        }
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, axum::Json(reply)).into_response()
}

impl Shared {
    fn record_sync(&self, method: &str, params: Value, reply: Reply) -> Reply {
        self.lock().record(method, params, reply.0, reply.1.clone());
        self.calls_changed.notify_waiters();
        reply
    }

    fn handle_sync(&self, method: &str, params: Value) -> Decision {
        let (decision, queue_changed) = {
            let mut st = self.lock();
            let before = st.queue.len();
            let decision = match st.decide_fault(method, &params) {
                Some(fault) => fault,
                None => Decision::Reply(st.dispatch(method, &params)),
            };
            match &decision {
                Decision::Reply(reply) => st.record(method, params, reply.0, reply.1.clone()),
                // Recorded as status 0: the client never got an answer.
                Decision::Hang => st.record(method, params, 0, Value::Null),
            };
            (decision, st.queue.len() != before)
        };
        self.calls_changed.notify_waiters();
        if queue_changed {
            self.updates_changed.notify_waiters();
        }
        decision
    }

    async fn get_updates(&self, params: Value) -> Reply {
        let timeout = p_i64(&params, "timeout").unwrap_or(0).max(0) as u64;
        let limit = p_i64(&params, "limit").unwrap_or(100).clamp(1, 100) as usize;
        let offset = p_i64(&params, "offset");
        let seq = {
            let mut st = self.lock();
            let early = match st.take_fault("getupdates") {
                Some(fault) => Some(fault),
                None if st.webhook.is_some() => Some(err(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
                )),
                None => None,
            };
            if let Some(reply) = early {
                st.record("getupdates", params, reply.0, reply.1.clone());
                drop(st);
                self.calls_changed.notify_waiters();
                return reply;
            }
            st.confirm(offset);
            st.record("getupdates", params, 200, Value::Null)
        };
        self.calls_changed.notify_waiters();
        // The offset may have confirmed updates.
        self.updates_changed.notify_waiters();

        let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
        let mut shutdown = self.shutdown_rx.clone();
        let mut stop = false;
        loop {
            let notified = self.updates_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut st = self.lock();
                if !st.queue.is_empty()
                    || timeout == 0
                    || stop
                    || tokio::time::Instant::now() >= deadline
                {
                    let result: Vec<Value> = st.queue.iter().take(limit).cloned().collect();
                    let reply = ok(Value::Array(result));
                    st.calls[seq].response = reply.1.clone();
                    return reply;
                }
            }
            let woke = tokio::time::timeout_at(deadline, async {
                tokio::select! {
                    _ = &mut notified => false,
                    _ = shutdown.wait_for(|s| *s) => true,
                }
            })
            .await;
            stop = woke.unwrap_or(false);
        }
    }
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
            .fallback(handle_request)
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
    /// Races every wait against the bot's dispatcher: `ended` turns `true` when it stops. `None`
    /// while the test stops the bot on purpose.
    pub fn watch_bot(&self, ended: Option<watch::Receiver<bool>>) {
        *self
            .inner
            .shared
            .bot_ended
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = ended;
    }

    /// Resolves when the watched bot has stopped; never, if none is watched.
    async fn bot_stopped(&self) {
        let ended = self
            .inner
            .shared
            .bot_ended
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        match ended {
            Some(mut ended) => {
                if ended.wait_for(|e| *e).await.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            None => std::future::pending::<()>().await,
        }
    }

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
    /// Waits until the bot makes its next call to the fake, or `limit` passes.
    pub async fn next_call_within(&self, limit: Duration) {
        let _ = tokio::time::timeout(limit, self.inner.shared.calls_changed.notified()).await;
    }

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

    /// Waits for the first call to `method` not returned yet by
    /// `wait_call`/`next_sent` for which `pred` holds, marks it consumed and
    /// returns its params. Panics with a dump on timeout.
    pub async fn wait_call(
        &self,
        method: &str,
        pred: impl Fn(&Value) -> bool,
        timeout: Duration,
    ) -> Value {
        let method = method.to_ascii_lowercase();
        let found = self
            .wait_for(timeout, |st| {
                let i = (0..st.calls.len()).find(|&i| {
                    !st.consumed[i] && st.calls[i].method == method && pred(&st.calls[i].params)
                })?;
                st.consumed[i] = true;
                Some(st.calls[i].params.clone())
            })
            .await;
        match found {
            Ok(v) => v,
            Err(dump) => {
                panic!("timed out after {timeout:?} waiting for a matching `{method}` call\n{dump}")
            }
        }
    }

    /// Next not-yet-consumed successful `sendMessage`/`editMessageText` to
    /// `chat_id`, in call order. Waits up to 10 s, then panics with a dump.
    pub async fn next_sent(&self, chat_id: i64) -> Sent {
        self.next_sent_within(chat_id, DEFAULT_WAIT).await
    }

    pub async fn next_sent_within(&self, chat_id: i64, timeout: Duration) -> Sent {
        let found = self
            .wait_for(timeout, |st| {
                let i = (0..st.calls.len())
                    .find(|&i| !st.consumed[i] && is_sent_to(&st.calls[i], chat_id))?;
                st.consumed[i] = true;
                Some(sent_from_call(&st.calls[i]))
            })
            .await;
        match found {
            Ok(sent) => sent,
            Err(dump) => panic!(
                "timed out after {timeout:?} waiting for the bot to send/edit a message in chat {chat_id}\n{dump}"
            ),
        }
    }

    /// Panics if there is an unconsumed successful sendMessage/editMessageText
    /// to `chat_id` (checks the log as it is now; does not wait).
    pub fn assert_no_more_sent(&self, chat_id: i64) {
        let st = self.lock();
        let extra: Vec<Sent> = st
            .calls
            .iter()
            .filter(|c| !st.consumed[c.seq] && is_sent_to(c, chat_id))
            .map(sent_from_call)
            .collect();
        if !extra.is_empty() {
            let list: Vec<String> = extra
                .iter()
                .map(|s| {
                    format!(
                        "  {} #{}: {:?} buttons={:?}",
                        s.method, s.message_id, s.text, s.buttons
                    )
                })
                .collect();
            panic!(
                "expected no more messages to chat {chat_id}, but {} unread:\n{}\n{}",
                extra.len(),
                list.join("\n"),
                dump_state(&st)
            );
        }
    }

    /// Updates pushed but not yet confirmed by a `getUpdates` offset.
    pub fn pending_updates(&self) -> usize {
        self.lock().queue.len()
    }

    /// The pending updates' JSON (for checking what tests inject).
    pub fn pending_update_values(&self) -> Vec<Value> {
        self.lock().queue.iter().cloned().collect()
    }

    /// Waits until every pushed update has been confirmed by a later
    /// `getUpdates` offset. Panics with a dump on timeout.
    pub async fn wait_updates_consumed(&self, timeout: Duration) {
        let shared = &self.inner.shared;
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = shared.updates_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.lock().queue.is_empty() {
                return;
            }
            let stopped = tokio::select! {
                woken = tokio::time::timeout_at(deadline, notified) => woken.is_err().then_some("timed out"),
                () = self.bot_stopped() => Some("the bot stopped (a panic? see the log above)"),
            };
            if let Some(why) = stopped {
                let st = self.lock();
                if st.queue.is_empty() {
                    return;
                }
                panic!(
                    "{why} (limit {timeout:?}) waiting for the bot to confirm {} update(s)\n{}",
                    st.queue.len(),
                    dump_state(&st)
                );
            }
        }
    }

    /// Waits until `check` (run under the state lock after every recorded
    /// call) returns `Some`. `Err(dump)` on timeout.
    async fn wait_for<T>(
        &self,
        timeout: Duration,
        mut check: impl FnMut(&mut State) -> Option<T>,
    ) -> Result<T, String> {
        let shared = &self.inner.shared;
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = shared.calls_changed.notified();
            tokio::pin!(notified);
            // Register interest before checking, so a call recorded between
            // the check and the await still wakes us.
            notified.as_mut().enable();
            if let Some(v) = check(&mut self.lock()) {
                return Ok(v);
            }
            let stopped = tokio::select! {
                woken = tokio::time::timeout_at(deadline, notified) => woken.is_err().then_some(""),
                () = self.bot_stopped() => Some("THE BOT STOPPED while the test waited (a panic? see the log above)\n"),
            };
            if let Some(why) = stopped {
                let mut st = self.lock();
                return match check(&mut st) {
                    Some(v) => Ok(v),
                    None => Err(format!("{why}{}", dump_state(&st))),
                };
            }
        }
    }
}
