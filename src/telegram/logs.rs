//! Keeps message text out of the logs where teloxide would write it.
//!
//! teloxide logs an update it cannot parse with its raw JSON ("Cannot parse an update … Value:
//! {…}", from the dispatcher and from the webhook server), and a listener error that is a JSON
//! problem with the raw response: both carry users' messages. [`Redact`] drops those events;
//! everything else from teloxide is logged as usual.

use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing::{Event, Metadata};
use tracing_subscriber::layer::{Context, Filter};

/// A [`Filter`] for the log output: drops teloxide's events that quote Telegram's JSON.
#[derive(Debug, Clone, Copy, Default)]
pub struct Redact;

/// Words of teloxide's log lines that are followed by raw JSON.
const QUOTES_JSON: [&str; 4] = ["Cannot parse an update", "InvalidJson", "raw:", "Value:"];

impl<S> Filter<S> for Redact {
    fn enabled(&self, _meta: &Metadata<'_>, _cx: &Context<'_, S>) -> bool {
        true
    }

    fn event_enabled(&self, event: &Event<'_>, _cx: &Context<'_, S>) -> bool {
        // Events bridged from the `log` crate carry their module in a `log.target` field.
        let mut seen = Fields::default();
        event.record(&mut seen);
        let target = seen
            .log_target
            .as_deref()
            .unwrap_or(event.metadata().target());
        if !target.starts_with("teloxide") {
            return true;
        }
        !QUOTES_JSON.iter().any(|w| seen.message.contains(w))
    }
}

#[derive(Default)]
struct Fields {
    message: String,
    log_target: Option<String>,
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            "log.target" => self.log_target = Some(value.to_string()),
            "message" => self.message.push_str(value),
            _ => {}
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.message, "{value:?}");
        }
    }
}

/// The kind of a teloxide request error, for a log line: never its text (a network error's
/// text holds the request URL, and so the token; a JSON error quotes the response).
pub fn request_error_kind(error: &teloxide::RequestError) -> &'static str {
    use teloxide::RequestError;
    match error {
        RequestError::Api(_) => "refused by the Bot API",
        RequestError::MigrateToChatId(_) => "chat migrated",
        RequestError::RetryAfter(_) => "rate limited",
        RequestError::Network(e) if e.is_timeout() => "timeout",
        RequestError::Network(_) => "network error",
        RequestError::InvalidJson { .. } => "invalid response",
        RequestError::Io(_) => "input/output error",
    }
}
