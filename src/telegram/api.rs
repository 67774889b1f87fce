//! The Bot API requests on Safar's hot path (getUpdates, sendMessage, copyMessage,
//! answerCallbackQuery), made directly with the HTTP client so that the retry policy is
//! Safar's own: teloxide's request path sleeps 10 s inside every request answered with a 5xx,
//! which held a sender (and the chat behind it) for 10 s per error.
//!
//! Errors are sorted from Telegram's JSON (`error_code`, `description`, `parameters`) and never
//! formatted with the request: its URL holds the token, its body the user's text.

use std::time::Duration;

use std::borrow::Cow;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use url::Url;

use crate::store::OutMessage;

/// What a failed call means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError {
    /// 429: wait this long.
    RetryAfter(Duration),
    /// 400 with `migrate_to_chat_id`: the group became a supergroup with this id.
    Migrated(i64),
    /// Telegram answered with an error: its code and description (no message text in it).
    Api { code: u16, description: String },
    /// No answer: the kind of network error (`timeout`, `network`).
    Network(&'static str),
    /// An answer that is not the Bot API's JSON (a proxy's error page, a 5xx without a body).
    BadResponse { status: u16 },
}

#[derive(Clone)]
pub struct Api {
    client: reqwest::Client,
    /// `<api url>/bot<token>/`: never logged.
    base: Url,
}

#[derive(Deserialize)]
struct Envelope {
    ok: bool,
    #[serde(default)]
    result: Option<Box<serde_json::value::RawValue>>,
    #[serde(default)]
    error_code: Option<u16>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    parameters: Option<Parameters>,
}

#[derive(Deserialize)]
struct Parameters {
    #[serde(default)]
    retry_after: Option<u64>,
    #[serde(default)]
    migrate_to_chat_id: Option<i64>,
}

impl Api {
    pub fn new(client: reqwest::Client, api_url: Option<&Url>, token: &str) -> Api {
        let root = api_url
            .cloned()
            .unwrap_or_else(|| Url::parse("https://api.telegram.org/").expect("a valid URL"));
        let mut base = root.clone();
        let path = format!("{}/bot{token}/", root.path().trim_end_matches('/'));
        base.set_path(&path);
        Api { client, base }
    }

    /// Calls `method` with a JSON body; `timeout` overrides the client's (long polling).
    pub async fn call<T: DeserializeOwned, B: Serialize + ?Sized>(
        &self,
        method: &str,
        body: &B,
        timeout: Option<Duration>,
    ) -> Result<T, CallError> {
        let url = self
            .base
            .join(method)
            .map_err(|_| CallError::BadResponse { status: 0 })?;
        let mut request = self.client.post(url).json(body);
        if let Some(timeout) = timeout {
            request = request.timeout(timeout);
        }
        let response = request.send().await.map_err(network)?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(network)?;
        let Ok(envelope) = serde_json::from_slice::<Envelope>(&bytes) else {
            return Err(CallError::BadResponse { status });
        };
        if envelope.ok {
            let result = envelope.result.as_deref().map_or("true", |r| r.get());
            return serde_json::from_str(result).map_err(|_| CallError::BadResponse { status });
        }
        let code = envelope.error_code.unwrap_or(status);
        let parameters = envelope.parameters;
        if let Some(seconds) = parameters.as_ref().and_then(|p| p.retry_after) {
            return Err(CallError::RetryAfter(Duration::from_secs(seconds)));
        }
        if let Some(to) = parameters.as_ref().and_then(|p| p.migrate_to_chat_id) {
            return Err(CallError::Migrated(to));
        }
        Err(CallError::Api {
            code,
            description: envelope.description.unwrap_or_default(),
        })
    }

    /// `getUpdates`: the raw updates (parsed one by one by the caller, so that one Telegram
    /// cannot describe to teloxide does not hide the others).
    pub async fn get_updates(
        &self,
        offset: Option<i64>,
        limit: u8,
        wait: Duration,
        http_timeout: Duration,
    ) -> Result<Vec<Box<serde_json::value::RawValue>>, CallError> {
        let mut body = json!({
            "limit": limit,
            "timeout": wait.as_secs(),
            "allowed_updates": ["message", "edited_message", "callback_query"],
        });
        if let Some(offset) = offset {
            body["offset"] = json!(offset);
        }
        self.call("getUpdates", &body, Some(wait + http_timeout))
            .await
    }

    /// `sendMessage` (HTML, no link preview, inline keyboard) or `copyMessage`; the new
    /// message's id.
    pub async fn send(
        &self,
        chat: i64,
        message: &OutMessage,
        thread: Option<i32>,
    ) -> Result<i32, CallError> {
        #[derive(Deserialize)]
        struct Sent {
            message_id: i32,
        }
        let sent: Sent = match message.copy {
            Some((from_chat_id, message_id)) => {
                let caption = (!message.html.is_empty()).then_some(message.html.as_str());
                let body = CopyBody {
                    chat_id: chat,
                    from_chat_id,
                    message_id,
                    caption,
                    parse_mode: caption.map(|_| "HTML"),
                    message_thread_id: thread,
                };
                self.call("copyMessage", &body, None).await?
            }
            None => {
                let body = SendBody {
                    chat_id: chat,
                    text: &message.html,
                    parse_mode: "HTML",
                    link_preview_options: NoPreview { is_disabled: true },
                    reply_markup: (!message.keyboard.is_empty())
                        .then(|| keyboard(&message.keyboard)),
                    message_thread_id: thread,
                };
                self.call("sendMessage", &body, None).await?
            }
        };
        Ok(sent.message_id)
    }

    /// `answerCallbackQuery`: stops the button's spinner.
    pub async fn answer_callback(&self, id: &str) -> Result<(), CallError> {
        let _: Value = self
            .call(
                "answerCallbackQuery",
                &json!({ "callback_query_id": id }),
                None,
            )
            .await?;
        Ok(())
    }
}

fn network(e: reqwest::Error) -> CallError {
    // Never `e` itself: its text holds the URL, and so the token.
    CallError::Network(if e.is_timeout() { "timeout" } else { "network" })
}

/// A `sendMessage` body, serialized straight from the row (no JSON tree in between).
#[derive(Serialize)]
struct SendBody<'a> {
    chat_id: i64,
    text: &'a str,
    parse_mode: &'static str,
    link_preview_options: NoPreview,
    #[serde(skip_serializing_if = "Option::is_none")]
    reply_markup: Option<Markup<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message_thread_id: Option<i32>,
}

#[derive(Serialize)]
struct NoPreview {
    is_disabled: bool,
}

#[derive(Serialize)]
struct CopyBody<'a> {
    chat_id: i64,
    from_chat_id: i64,
    message_id: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    caption: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parse_mode: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message_thread_id: Option<i32>,
}

#[derive(Serialize)]
struct Markup<'a> {
    inline_keyboard: Vec<Vec<Button<'a>>>,
}

#[derive(Serialize)]
struct Button<'a> {
    text: Cow<'a, str>,
    callback_data: &'a str,
}

/// An inline keyboard; labels are Telegram HTML in the outbox, plain text on buttons.
fn keyboard(rows: &[Vec<(String, String)>]) -> Markup<'_> {
    Markup {
        inline_keyboard: rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|(label, data)| Button {
                        text: if label.contains(['<', '&']) {
                            Cow::Owned(crate::html::to_plain(label))
                        } else {
                            Cow::Borrowed(label.as_str())
                        },
                        callback_data: data,
                    })
                    .collect()
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_sits_in_the_path_after_any_prefix() {
        let api = Api::new(
            reqwest::Client::new(),
            Some(&Url::parse("http://127.0.0.1:8081/tg/").unwrap()),
            "42:ABC",
        );
        assert_eq!(
            api.base.join("getMe").unwrap().as_str(),
            "http://127.0.0.1:8081/tg/bot42:ABC/getMe"
        );
        let api = Api::new(reqwest::Client::new(), None, "42:ABC");
        assert_eq!(
            api.base.join("sendMessage").unwrap().as_str(),
            "https://api.telegram.org/bot42:ABC/sendMessage"
        );
    }
}
