//! A user's conversation state: plain fields, each stored in its own database column, so a
//! script change can never make a stored state unreadable.

use super::country::Country;
use crate::core::script::NodeRef;
use crate::lang::Lang;
use crate::offer::{Category, Risk};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserState {
    /// `None` until the user picks a language.
    pub lang: Option<Lang>,
    /// The node last shown; `None` or a node that no longer exists means "main menu".
    pub position: Option<NodeRef>,
    /// The deep-link payload of the user's first `/start` with one.
    pub campaign: Option<String>,
    /// Where the user says they are now (for the emergency numbers); `None` until asked.
    pub country: Option<Country>,
    /// What the next typed text is for; `None`: a free question.
    pub awaiting: Option<Awaiting>,
    /// What the user sends goes to the operator of their open case (if they have one).
    pub in_case: bool,
    /// The offer checked last, kept for one step: "talk to a person" right after the check
    /// hands it to the hotline (with consent). Dropped on any other step.
    pub draft_offer: Option<OfferDraft>,
    /// Right answers in the current attempt at the quiz (for its score band in the reports).
    pub quiz_right: u8,
    /// The first part(s) of a long text Telegram split into several messages, held for a
    /// moment so that the whole text is handled once (the engine never sees this).
    pub pending_part: Option<PendingPart>,
}

/// Parts of a long text received so far, and when the last one came (Unix milliseconds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingPart {
    pub text: String,
    pub at_ms: i64,
}

/// A checked offer waiting for the user's next step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferDraft {
    pub text: String,
    pub risk: Risk,
    /// The flagged categories, most important first.
    pub flags: Vec<Category>,
}

impl OfferDraft {
    /// The categories as stored: names, comma-separated.
    pub fn flag_names(&self) -> String {
        self.flags
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads categories stored by [`OfferDraft::flag_names`]; names no longer known are left out.
    pub fn parse_flags(names: &str) -> Vec<Category> {
        names
            .split(',')
            .filter_map(|n| Category::from_name(n.trim()))
            .collect()
    }
}

/// How soon a case needs a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// Distress: the user may be in danger now.
    Urgent,
    /// After an offer check rated medium or high.
    High,
    Normal,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Urgent, Priority::High, Priority::Normal];

    pub fn code(self) -> &'static str {
        match self {
            Priority::Urgent => "urgent",
            Priority::High => "high",
            Priority::Normal => "normal",
        }
    }

    pub fn from_code(code: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// Something the bot asked the user to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Awaiting {
    /// The text of a job offer to check.
    Offer,
    /// Agreement to hand the conversation to the hotline (shown what operators will see).
    Consent(Priority),
    /// An optional short description of the problem, before the case is opened.
    Description(Priority),
    /// `/menu` during a case: whether to leave the chat with the operator.
    LeaveCase,
    /// `/forget`: confirmation.
    Forget,
}

impl Awaiting {
    pub fn code(self) -> &'static str {
        match self {
            Awaiting::Offer => "offer",
            Awaiting::Consent(Priority::Urgent) => "consent:urgent",
            Awaiting::Consent(Priority::High) => "consent:high",
            Awaiting::Consent(Priority::Normal) => "consent:normal",
            Awaiting::Description(Priority::Urgent) => "description:urgent",
            Awaiting::Description(Priority::High) => "description:high",
            Awaiting::Description(Priority::Normal) => "description:normal",
            Awaiting::LeaveCase => "leave_case",
            Awaiting::Forget => "forget",
        }
    }

    /// `None` for a code this version does not know (the user is then asked nothing).
    pub fn from_code(code: &str) -> Option<Awaiting> {
        match code.split_once(':') {
            Some(("consent", p)) => Priority::from_code(p).map(Awaiting::Consent),
            Some(("description", p)) => Priority::from_code(p).map(Awaiting::Description),
            Some(_) => None,
            None => match code {
                "offer" => Some(Awaiting::Offer),
                "leave_case" => Some(Awaiting::LeaveCase),
                "forget" => Some(Awaiting::Forget),
                _ => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_awaiting_code_round_trips() {
        let mut all = vec![Awaiting::Offer, Awaiting::LeaveCase, Awaiting::Forget];
        for p in Priority::ALL {
            all.push(Awaiting::Consent(p));
            all.push(Awaiting::Description(p));
        }
        for a in all {
            assert_eq!(Awaiting::from_code(a.code()), Some(a));
        }
        assert_eq!(Awaiting::from_code("consent:whenever"), None);
        assert_eq!(Awaiting::from_code("quiz"), None);
    }
}
