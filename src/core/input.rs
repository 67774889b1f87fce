//! What a user did, in Safar's own terms. Adapters (Telegram, terminal) turn their events into
//! this; the engine never sees a Telegram type.

/// A slash command. Unknown commands are kept as such so the user gets a clear answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start [payload]`: the payload is a deep-link campaign tag.
    Start { payload: Option<String> },
    /// `/menu`: back to the main menu.
    Menu,
    /// `/language`: show the language picker.
    Language,
    /// `/help`: what the bot can do.
    Help,
    /// `/check`: check a job offer.
    Check,
    /// `/operator`: talk to a person.
    Operator,
    /// `/forget`: delete everything Safar keeps about the user (asks to confirm first).
    Forget,
    /// `/country`: "Where are you now?" again (for the emergency numbers).
    Country,
    /// `/alerts`: the alert topics to tick.
    Alerts,
    /// `/stop`: unsubscribe from every alert.
    Stop,
    /// `/reload`: re-read scripts and texts (admins only; others get `Unknown`).
    Reload,
    /// Anything else that starts with `/`.
    Unknown,
}

impl Command {
    /// Parses `/name[@bot] [args]`. Returns `None` for text that is not a command.
    pub fn parse(text: &str) -> Option<Command> {
        let (name, args) = split_command(text)?;
        Some(match name.as_str() {
            "start" => Command::Start {
                payload: valid_payload(args),
            },
            "menu" => Command::Menu,
            "language" | "lang" | "til" | "язык" => Command::Language,
            "help" => Command::Help,
            "check" => Command::Check,
            "operator" => Command::Operator,
            "forget" => Command::Forget,
            "country" => Command::Country,
            "alerts" => Command::Alerts,
            "stop" => Command::Stop,
            "reload" => Command::Reload,
            _ => Command::Unknown,
        })
    }
}

/// Splits `/name[@bot] [args]` into the lowercase name and the trimmed arguments; `None` for
/// text that is not a command.
pub fn split_command(text: &str) -> Option<(String, &str)> {
    let rest = text.trim_start().strip_prefix('/')?;
    let (head, args) = match rest.split_once(char::is_whitespace) {
        Some((h, a)) => (h, a.trim()),
        None => (rest, ""),
    };
    let name = head
        .split('@')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    Some((name, args))
}

/// Telegram deep-link payloads are 1–64 characters of `A–Z a–z 0–9 _ -`; anything else is not
/// a campaign tag and is not stored.
fn valid_payload(args: &str) -> Option<String> {
    let ok = !args.is_empty()
        && args.len() <= 64
        && args
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    ok.then(|| args.to_string())
}

/// A kind of message the bot cannot read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    Sticker,
    Photo,
    Voice,
    Video,
    Document,
    Other,
}

impl Media {
    pub fn name(self) -> &'static str {
        match self {
            Media::Sticker => "sticker",
            Media::Photo => "photo",
            Media::Voice => "voice",
            Media::Video => "video",
            Media::Document => "document",
            Media::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Command(Command),
    /// A button was pressed; the data is untrusted and re-validated by the engine.
    Button(String),
    /// Free text typed (or pasted, or forwarded) by the user.
    Text(String),
    /// The text read from a picture (a screenshot of an offer), already repaired; `None`: the
    /// picture could not be read (the engine failed, timed out, or found next to no letters).
    Picture(Option<String>),
    Unsupported(Media),
}

impl Input {
    /// Text as typed: commands are recognised, everything else is free text.
    pub fn from_text(text: &str) -> Input {
        match Command::parse(text) {
            Some(c) => Input::Command(c),
            None => Input::Text(text.to_string()),
        }
    }

    /// A short name for logs: the kind of input, never its content.
    pub fn kind(&self) -> &'static str {
        match self {
            Input::Command(_) => "command",
            Input::Button(_) => "button",
            Input::Text(_) => "text",
            Input::Picture(Some(_)) => "picture",
            Input::Picture(None) => "unreadable_picture",
            Input::Unsupported(m) => m.name(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands_with_bot_name_and_payload() {
        assert_eq!(Command::parse("/menu@safar_bot"), Some(Command::Menu));
        assert_eq!(
            Command::parse("/start spring_2026"),
            Some(Command::Start {
                payload: Some("spring_2026".into())
            })
        );
        assert_eq!(
            Command::parse("/START"),
            Some(Command::Start { payload: None })
        );
        assert_eq!(Command::parse("/whatever"), Some(Command::Unknown));
        assert_eq!(Command::parse("hello /menu"), None);
    }

    #[test]
    fn refuses_payloads_telegram_would_not_send() {
        assert_eq!(
            Command::parse("/start <script>"),
            Some(Command::Start { payload: None })
        );
        let long = format!("/start {}", "a".repeat(65));
        assert_eq!(
            Command::parse(&long),
            Some(Command::Start { payload: None })
        );
    }
}
