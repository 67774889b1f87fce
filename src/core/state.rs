//! A user's conversation state: plain fields, each stored in its own database column, so a
//! script change can never make a stored state unreadable.

use super::lang::Lang;
use crate::content::script::NodeRef;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserState {
    /// `None` until the user picks a language.
    pub lang: Option<Lang>,
    /// The node last shown; `None` or a node that no longer exists means "main menu".
    pub position: Option<NodeRef>,
    /// The deep-link payload of the user's first `/start` with one.
    pub campaign: Option<String>,
    /// What the next typed text is for; `None`: a free question.
    pub awaiting: Option<Awaiting>,
}

/// Something the bot asked the user to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Awaiting {
    /// The text of a job offer to check.
    Offer,
}

impl Awaiting {
    pub fn code(self) -> &'static str {
        match self {
            Awaiting::Offer => "offer",
        }
    }

    /// `None` for a code this version does not know (the user is then asked nothing).
    pub fn from_code(code: &str) -> Option<Awaiting> {
        match code {
            "offer" => Some(Awaiting::Offer),
            _ => None,
        }
    }
}
