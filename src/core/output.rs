//! What the engine says: Safar's own messages, independent of Telegram.
//!
//! A message is a list of Fluent ids with arguments, rendered in the user's language by the
//! text facade at the edge; buttons carry callback data the engine itself will re-validate.

use std::borrow::Cow;

use super::script::NodeRef;
use super::state::{OfferDraft, Priority};
use crate::lang::Lang;
use crate::offer::{Category, Risk};

/// An argument to a Fluent message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text that may come from a user: escaped before it is put into HTML.
    Text(String),
    Number(i64),
    /// Telegram HTML checked already (an operator's formatting and links): put in as it is.
    Html(String),
}

/// One Fluent message with its arguments. `lang` forces a language (the language picker shows
/// each language's name in that language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
    pub lang: Option<Lang>,
}

impl Msg {
    pub fn new(key: impl Into<Cow<'static, str>>) -> Self {
        Msg {
            key: key.into(),
            args: Vec::new(),
            lang: None,
        }
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyButton {
    pub label: Msg,
    /// Callback data, at most 64 bytes.
    pub data: String,
}

/// One message to the user: paragraphs (each a Fluent message) and an inline keyboard, one
/// button per row unless a row says otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reply {
    pub body: Vec<Msg>,
    pub keyboard: Vec<Vec<KeyButton>>,
}

impl Reply {
    pub fn text(msg: Msg) -> Self {
        Reply {
            body: vec![msg],
            keyboard: Vec::new(),
        }
    }
}

/// Something the engine asks the application to do beyond replying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The user agreed to hand the conversation to the hotline: open a case. The checked
    /// offer (if any) goes with it; `relay_this` also relays the message of this turn.
    OpenCase {
        priority: Priority,
        description: Option<String>,
        offer: Option<OfferDraft>,
        relay_this: bool,
    },
    /// Relay the user's message of this turn to the operator of their open case.
    Relay { case: i64 },
    /// The user rated a closed case (the application checks the case is theirs).
    Rate { case: i64, stars: u8 },
    /// `/forget` confirmed: delete the user's messages and personal data.
    Forget,
    /// The user reported a checked offer to the hotline, with consent: its contacts
    /// (canonical, as (kind, value)), the company names found in it (as written), and its
    /// whole text only if they chose to send it.
    ReportOffer {
        contacts: Vec<(crate::offer::extract::ContactKind, String)>,
        names: Vec<String>,
        text: Option<String>,
        risk: Risk,
    },
    /// An offer was checked: record it for statistics (never the text).
    OfferChecked {
        risk: Risk,
        categories: Vec<Category>,
    },
}

/// Something that happened in a turn, reported for the NGO's statistics: never a text, never
/// who. The application counts it in the same transaction as the turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happened {
    /// A page (script node) was shown.
    Page(NodeRef),
    /// A typed question, and how it was answered.
    Question(Question),
    /// Words of distress.
    Distress,
    /// The alert topics were asked for: the app answers (it knows the subscriptions).
    Alerts,
    /// A page's button under alert `alert` was pressed (the app counts it if the alert has
    /// that button: the data may be forged).
    AlertPress { alert: i64, at: NodeRef },
}

/// How a typed question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// One page answered it.
    Answered,
    /// "Did you mean": a few pages offered.
    Unsure,
    /// Nothing matched.
    NotFound,
}

impl Question {
    pub fn code(self) -> &'static str {
        match self {
            Question::Answered => "answered",
            Question::Unsure => "unsure",
            Question::NotFound => "not_found",
        }
    }
}
