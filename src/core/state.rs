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
}
