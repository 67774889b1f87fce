//! The validated model of the dialogue scripts, as the engine reads it. Every reference in it
//! resolves: `content::script` builds it from the YAML files NGO staff edit, and refuses files
//! that would break it.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::PathBuf;

use crate::core::faq::FaqIndex;
use crate::diagnostics::Pos;

/// The script whose start node is the main menu.
pub const MAIN_SCRIPT: &str = "main";

/// The longest script or node id: a button's data (`b:<script>/<node>/<index>`) must fit
/// Telegram's 64 bytes.
pub const MAX_ID_LEN: usize = 24;

/// A named thing a button can do instead of going to a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Back to the main menu.
    Menu,
    /// Show the language picker.
    Language,
    /// Show the help text.
    Help,
    /// Check a job offer.
    CheckOffer,
    /// Talk to a person at the hotline.
    Operator,
    /// The emergency numbers of the country the user is in (asked first if not known).
    Emergency,
    /// The alert topics to tick (handled by the app, which knows the subscriptions).
    Alerts,
}

impl Action {
    pub const ALL: [Action; 7] = [
        Action::Menu,
        Action::Language,
        Action::Help,
        Action::CheckOffer,
        Action::Operator,
        Action::Emergency,
        Action::Alerts,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::Menu => "menu",
            Action::Language => "language",
            Action::Help => "help",
            Action::CheckOffer => "check_offer",
            Action::Operator => "operator",
            Action::Emergency => "emergency",
            Action::Alerts => "alerts",
        }
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// A node's address: script id and node id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeRef {
    pub script: String,
    pub node: String,
}

impl NodeRef {
    pub fn new(script: impl Into<String>, node: impl Into<String>) -> Self {
        NodeRef {
            script: script.into(),
            node: node.into(),
        }
    }
}

impl fmt::Display for NodeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.script, self.node)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Node(NodeRef),
    Action(Action),
}

#[derive(Debug, Clone)]
pub struct Button {
    /// Fluent id of the label.
    pub label: String,
    pub target: Target,
    pub pos: Pos,
    /// Where the `next:` or `action:` value is.
    pub target_pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    /// Fluent id of the message shown.
    pub text: String,
    pub buttons: Vec<Button>,
    /// Words or phrases that lead a typed question here, in any language.
    pub keywords: Vec<String>,
    /// Fluent id of a short name for the node, shown on a suggestion button.
    pub title: Option<String>,
    pub title_pos: Pos,
    /// Where the facts come from (trimmed; `None` if missing or blank).
    pub source: Option<String>,
    pub source_pos: Pos,
    /// `YYYY-MM-DD` as written (validated by [`Scripts::check_facts`]).
    pub reviewed: Option<String>,
    pub reviewed_pos: Pos,
    /// `factual: true`: the node states facts even if its text has no number, handle or URL.
    pub factual: bool,
    pub pos: Pos,
    /// Where the `text:` value is, for reporting a missing key.
    pub text_pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Script {
    pub id: String,
    pub path: PathBuf,
    pub start: String,
    pub nodes: Vec<Node>,
    pub(crate) index: HashMap<String, usize>,
}

impl Script {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.nodes[i])
    }
}

/// All scripts, validated: every `next` resolves, every action is known.
#[derive(Debug, Clone)]
pub struct Scripts {
    pub(crate) scripts: BTreeMap<String, Script>,
    /// The keyword index for typed questions, built once when the scripts are loaded.
    pub(crate) faq: FaqIndex,
}

impl Scripts {
    pub fn main_menu(&self) -> NodeRef {
        let start = self
            .scripts
            .get(MAIN_SCRIPT)
            .map_or_else(String::new, |main| main.start.clone());
        NodeRef::new(MAIN_SCRIPT, start)
    }

    pub fn get(&self, at: &NodeRef) -> Option<&Node> {
        self.scripts.get(&at.script)?.node(&at.node)
    }

    pub fn scripts(&self) -> impl Iterator<Item = &Script> {
        self.scripts.values()
    }

    /// The keyword index typed questions are matched against.
    pub fn faq(&self) -> &FaqIndex {
        &self.faq
    }

    /// The start node of script `id`, if there is such a script.
    pub fn start_of(&self, id: &str) -> Option<NodeRef> {
        let script = self.scripts.get(id)?;
        script
            .node(&script.start)
            .map(|_| NodeRef::new(id, script.start.clone()))
    }

    /// Every node with its address.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeRef, &Node)> {
        self.scripts.values().flat_map(|s| {
            s.nodes
                .iter()
                .map(move |n| (NodeRef::new(s.id.clone(), n.id.clone()), n))
        })
    }

    pub fn node_count(&self) -> usize {
        self.scripts.values().map(|s| s.nodes.len()).sum()
    }
}
