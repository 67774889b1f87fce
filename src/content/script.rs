//! Dialogue scripts: the YAML files under `dialogues/` that NGO staff edit.
//!
//! One file is one script; its file name (without `.yaml`) is the script id. The script
//! `main.yaml` must exist: its `start` node is the main menu. See `dialogues/README.md` for the
//! format as NGO editors read it.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{Months, NaiveDate};
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::diagnostics::{Diagnostics, Pos};
use super::texts::Texts;
use crate::core::faq::FaqIndex;
use crate::core::html::to_plain;
use crate::core::lang::Lang;
use crate::core::output::Msg;

/// The script whose start node is the main menu.
pub const MAIN_SCRIPT: &str = "main";

/// Files in `dialogues/` that are not scripts: each has its own format and loader.
pub const DATA_FILES: &[&str] = &[
    "offer-rules.yaml",
    "offer-registry.yaml",
    "translit-exceptions.yaml",
    "distress.yaml",
    "vocabulary.yaml",
];

/// Telegram limits callback data to 64 bytes; a button's data is `b:<script>/<node>/<index>`.
pub const MAX_CALLBACK_DATA: usize = 64;

// ---------------------------------------------------------------------------------------------
// The file format, exactly as written in YAML. Unknown fields are refused so a typo ("buton")
// is reported instead of silently ignored.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScriptFile {
    start: Spanned<String>,
    nodes: Vec<NodeFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeFile {
    id: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    buttons: Vec<ButtonFile>,
    #[serde(default)]
    keywords: Vec<Spanned<String>>,
    #[serde(default)]
    title: Option<Spanned<String>>,
    #[serde(default)]
    source: Option<Spanned<String>>,
    #[serde(default)]
    reviewed: Option<Spanned<String>>,
    #[serde(default)]
    factual: Option<Spanned<bool>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ButtonFile {
    label: Spanned<String>,
    #[serde(default)]
    next: Option<Spanned<String>>,
    #[serde(default)]
    action: Option<Spanned<String>>,
}

// ---------------------------------------------------------------------------------------------
// The validated model the engine reads. Every reference in it resolves.

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
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::Menu,
        Action::Language,
        Action::Help,
        Action::CheckOffer,
        Action::Operator,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::Menu => "menu",
            Action::Language => "language",
            Action::Help => "help",
            Action::CheckOffer => "check_offer",
            Action::Operator => "operator",
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
    index: HashMap<String, usize>,
}

impl Script {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.nodes[i])
    }
}

/// All scripts, validated: every `next` resolves, every action is known.
#[derive(Debug, Clone)]
pub struct Scripts {
    scripts: BTreeMap<String, Script>,
    /// The keyword index for typed questions, built once when the scripts are loaded.
    faq: FaqIndex,
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

    /// Loads every `*.yaml` file in `dir`. Problems go to `diags`; `None` if any is an error.
    pub fn load_dir(dir: &Path, diags: &mut Diagnostics) -> Option<Scripts> {
        let mut files = Vec::new();
        match std::fs::read_dir(dir) {
            Ok(entries) => {
                for entry in entries.flatten() {
                    let path = entry.path();
                    let is_data = path
                        .file_name()
                        .is_some_and(|n| DATA_FILES.iter().any(|d| n == *d));
                    if path.extension().is_some_and(|e| e == "yaml" || e == "yml") && !is_data {
                        files.push(path);
                    }
                }
            }
            Err(e) => {
                diags.error(
                    dir,
                    Pos::FILE,
                    format!("cannot read the dialogues folder ({e}); check the --dialogues path"),
                );
                return None;
            }
        }
        files.sort();
        let mut sources = Vec::new();
        for path in files {
            match std::fs::read_to_string(&path) {
                Ok(text) => sources.push((path, text)),
                Err(e) => diags.error(&path, Pos::FILE, format!("cannot read the file: {e}")),
            }
        }
        Scripts::from_sources(dir, &sources, diags)
    }

    /// Parses and validates scripts given as (path, text) pairs.
    pub fn from_sources(
        dir: &Path,
        sources: &[(PathBuf, String)],
        diags: &mut Diagnostics,
    ) -> Option<Scripts> {
        let before = diags.errors().count();
        let mut scripts = BTreeMap::new();
        let mut broken = HashSet::new();
        for (path, text) in sources {
            let Some(id) = script_id(path, diags) else {
                continue;
            };
            match parse_script(&id, path, text, diags) {
                Some(script) => {
                    scripts.insert(id, script);
                }
                None => {
                    broken.insert(id);
                }
            }
        }
        if !scripts.contains_key(MAIN_SCRIPT) && !broken.contains(MAIN_SCRIPT) {
            diags.error(
                &dir.join("main.yaml"),
                Pos::FILE,
                "the main script is missing: create main.yaml; its `start` node is the main menu",
            );
        }
        let mut scripts = Scripts {
            scripts,
            faq: FaqIndex::default(),
        };
        // References are checked in the files that parsed, so one run reports everything;
        // links into a file that did not parse are left until it does.
        scripts.check_references(&broken, diags);
        if diags.errors().count() == before {
            scripts.check_reachable(diags);
            scripts.faq = scripts.build_faq(diags);
        }
        (diags.errors().count() == before).then_some(scripts)
    }

    /// The keyword index. A node with keywords may be offered on a suggestion button, so it
    /// needs words for that button: its `title`, or else the label of the buttons that lead to
    /// it (when that label always leads there: "Next question" does not name a node).
    fn build_faq(&self, diags: &mut Diagnostics) -> FaqIndex {
        let mut label_target: HashMap<&str, Option<&NodeRef>> = HashMap::new();
        for script in self.scripts.values() {
            for node in &script.nodes {
                for button in &node.buttons {
                    if let Target::Node(to) = &button.target {
                        label_target
                            .entry(button.label.as_str())
                            .and_modify(|t| {
                                if *t != Some(to) {
                                    *t = None;
                                }
                            })
                            .or_insert(Some(to));
                    }
                }
            }
        }
        let mut labels: HashMap<&NodeRef, &str> = HashMap::new();
        for script in self.scripts.values() {
            for node in &script.nodes {
                for button in &node.buttons {
                    if let Some(Some(to)) = label_target.get(button.label.as_str()) {
                        labels.entry(to).or_insert(button.label.as_str());
                    }
                }
            }
        }
        let mut entries = Vec::new();
        for script in self.scripts.values() {
            for node in script.nodes.iter().filter(|n| !n.keywords.is_empty()) {
                let at = NodeRef::new(script.id.clone(), node.id.clone());
                let title = node
                    .title
                    .clone()
                    .or_else(|| labels.get(&at).map(|l| l.to_string()));
                match title {
                    Some(title) => entries.push((at, title, node.keywords.as_slice())),
                    None => diags.error(
                        &script.path,
                        node.pos,
                        format!(
                            "node `{}` has keywords, so the bot may offer it on a button when \
                             it is not sure what a typed question means, but nothing names it: \
                             add `title: <text id>` (a short name, e.g. `{}-title-{}`) or a \
                             button with its own label that leads to it",
                            node.id, script.id, node.id
                        ),
                    ),
                }
            }
        }
        FaqIndex::build(entries)
    }

    /// Facts need their source: a node whose text, in any language, contains a number, an
    /// @handle or a web address (or that says `factual: true`) must have `source` and
    /// `reviewed`. `reviewed` must be a `YYYY-MM-DD` date, not in the future, and comes with a
    /// `source`; a review more than 12 months before `today` is a warning.
    pub fn check_facts(&self, texts: &Texts, today: NaiveDate, diags: &mut Diagnostics) {
        let stale_before = today.checked_sub_months(Months::new(12)).unwrap_or(today);
        for script in self.scripts.values() {
            let path = &script.path;
            for node in &script.nodes {
                let reviewed = match &node.reviewed {
                    Some(date) => match NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d") {
                        Ok(d) if d > today.succ_opt().unwrap_or(today) => {
                            diags.error(
                                path,
                                node.reviewed_pos,
                                format!(
                                    "`reviewed: {date}` is in the future: write the day the \
                                     facts were last checked (YYYY-MM-DD)"
                                ),
                            );
                            None
                        }
                        Ok(d) => Some(d),
                        Err(_) => {
                            diags.error(
                                path,
                                node.reviewed_pos,
                                format!(
                                    "`reviewed: {date}` is not a date: write it as YYYY-MM-DD, \
                                     e.g. `reviewed: {}`",
                                    today.format("%Y-%m-%d")
                                ),
                            );
                            None
                        }
                    },
                    None => None,
                };
                if node.reviewed.is_some() && node.source.is_none() {
                    diags.error(
                        path,
                        node.reviewed_pos,
                        format!(
                            "node `{}` has `reviewed` but no `source`: add `source: \"…\"` \
                             (where the facts come from) next to it",
                            node.id
                        ),
                    );
                }
                if let Some(d) = reviewed
                    && d < stale_before
                {
                    diags.warning(
                        path,
                        node.reviewed_pos,
                        format!(
                            "node `{}` was last reviewed on {d}, more than 12 months ago: check \
                             its facts against `{}` and update `reviewed`",
                            node.id,
                            node.source.as_deref().unwrap_or("its source")
                        ),
                    );
                }
                let why = if node.factual {
                    Some("it says `factual: true`".to_string())
                } else {
                    Lang::AUTHORED.into_iter().find_map(|lang| {
                        if !texts.has(lang, &node.text) {
                            return None;
                        }
                        let plain = to_plain(&texts.render(lang, &Msg::new(node.text.clone())));
                        fact_marker(&plain)
                            .map(|m| format!("its text `{}` in {lang} contains {m}", node.text))
                    })
                };
                let Some(why) = why else { continue };
                let mut missing = Vec::new();
                if node.source.is_none() {
                    missing.push("`source: \"…\"` (where the facts come from)");
                }
                if node.reviewed.is_none() {
                    missing.push("`reviewed: YYYY-MM-DD` (the day they were last checked)");
                }
                if !missing.is_empty() {
                    diags.error(
                        path,
                        node.pos,
                        format!(
                            "node `{}` states facts ({why}): add {}",
                            node.id,
                            missing.join(" and ")
                        ),
                    );
                }
            }
        }
    }

    fn check_references(&self, broken: &HashSet<String>, diags: &mut Diagnostics) {
        for script in self.scripts.values() {
            for node in &script.nodes {
                for button in &node.buttons {
                    if let Target::Node(to) = &button.target
                        && self.get(to).is_none()
                        && !broken.contains(&to.script)
                    {
                        let hint = if self.scripts.contains_key(&to.script) {
                            format!(
                                "there is no node `{}` in {}.yaml: fix the id or add that node",
                                to.node, to.script
                            )
                        } else {
                            format!(
                                "there is no script `{}` (no file {}.yaml): fix the name before `:`",
                                to.script, to.script
                            )
                        };
                        diags.error(
                            &script.path,
                            button.target_pos,
                            format!(
                                "button `next: {}` leads nowhere: {hint}",
                                show_ref(to, script)
                            ),
                        );
                    }
                }
            }
        }
    }

    fn check_reachable(&self, diags: &mut Diagnostics) {
        let start = self.main_menu();
        let mut seen: HashSet<NodeRef> = HashSet::from([start.clone()]);
        let mut queue = VecDeque::from([start]);
        while let Some(at) = queue.pop_front() {
            let Some(node) = self.get(&at) else { continue };
            for button in &node.buttons {
                if let Target::Node(to) = &button.target
                    && seen.insert(to.clone())
                {
                    queue.push_back(to.clone());
                }
            }
        }
        // Nodes that keywords lead to are reachable by typing a question.
        for (at, node) in self.nodes() {
            if !node.keywords.is_empty() && seen.insert(at.clone()) {
                queue.push_back(at);
            }
        }
        while let Some(at) = queue.pop_front() {
            let Some(node) = self.get(&at) else { continue };
            for button in &node.buttons {
                if let Target::Node(to) = &button.target
                    && seen.insert(to.clone())
                {
                    queue.push_back(to.clone());
                }
            }
        }
        for script in self.scripts.values() {
            for node in &script.nodes {
                if !seen.contains(&NodeRef::new(script.id.clone(), node.id.clone())) {
                    diags.error(
                        &script.path,
                        node.pos,
                        format!(
                            "node `{}` cannot be reached: no button leads to it from the main menu \
                             and it has no keywords; add a button with `next: {}:{}` or delete the node",
                            node.id, script.id, node.id
                        ),
                    );
                }
            }
        }
    }
}

fn show_ref(to: &NodeRef, from: &Script) -> String {
    if to.script == from.id {
        to.node.clone()
    } else {
        to.to_string()
    }
}

/// Ids are short ASCII words so they fit in Telegram's callback data and survive every tool.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 24
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

fn script_id(path: &Path, diags: &mut Diagnostics) -> Option<String> {
    let stem = path.file_stem()?.to_string_lossy().to_string();
    if is_valid_id(&stem) {
        Some(stem)
    } else {
        diags.error(
            path,
            Pos::FILE,
            "a script's file name is its id: use lowercase Latin letters, digits, `_` or `-`, \
             at most 24 characters (e.g. russia.yaml)",
        );
        None
    }
}

fn pos(location: &serde_saphyr::Location) -> Pos {
    Pos::new(location.line(), location.column())
}

fn parse_script(id: &str, path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Script> {
    let file: ScriptFile = match serde_saphyr::from_str(text) {
        Ok(file) => file,
        Err(e) => {
            let at = e.location().map(|l| pos(&l)).unwrap_or(Pos::FILE);
            diags.error(path, at, yaml_error_message(&e));
            return None;
        }
    };
    let mut nodes = Vec::new();
    let mut index = HashMap::new();
    for node in file.nodes {
        let node_pos = pos(&node.id.referenced);
        let node_id = node.id.value.trim().to_string();
        if !is_valid_id(&node_id) {
            diags.error(
                path,
                node_pos,
                format!(
                    "node id `{node_id}` is not allowed: use lowercase Latin letters, digits, \
                     `_` or `-`, at most 24 characters"
                ),
            );
            continue;
        }
        if index.contains_key(&node_id) {
            diags.error(
                path,
                node_pos,
                format!(
                    "node id `{node_id}` is used twice in this file: give each node its own id"
                ),
            );
            continue;
        }
        let mut buttons = Vec::new();
        for (i, b) in node.buttons.into_iter().enumerate() {
            let bpos = pos(&b.label.referenced);
            let target_pos = b
                .next
                .as_ref()
                .or(b.action.as_ref())
                .map_or(bpos, |t| pos(&t.referenced));
            let target = match (b.next, b.action) {
                (Some(next), None) => match parse_next(id, next.value.trim()) {
                    Some(to) => Target::Node(to),
                    None => {
                        diags.error(
                            path,
                            pos(&next.referenced),
                            format!(
                                "`next: {}` is not a node id: write `node_id` for a node in this \
                                 file or `script:node_id` for another file",
                                next.value
                            ),
                        );
                        continue;
                    }
                },
                (None, Some(action)) => match Action::from_name(action.value.trim()) {
                    Some(a) => Target::Action(a),
                    None => {
                        let known: Vec<_> = Action::ALL.iter().map(|a| a.name()).collect();
                        diags.error(
                            path,
                            pos(&action.referenced),
                            format!(
                                "unknown action `{}`: use one of {}",
                                action.value,
                                known.join(", ")
                            ),
                        );
                        continue;
                    }
                },
                (Some(_), Some(_)) => {
                    diags.error(
                        path,
                        bpos,
                        "a button has both `next` and `action`: keep only one",
                    );
                    continue;
                }
                (None, None) => {
                    diags.error(
                        path,
                        bpos,
                        "a button needs `next: node_id` (go to a node) or `action: name` (do something)",
                    );
                    continue;
                }
            };
            let data_len = format!("b:{id}/{node_id}/{i}").len();
            if data_len > MAX_CALLBACK_DATA {
                diags.error(
                    path,
                    bpos,
                    "script and node ids are too long for a Telegram button: shorten them",
                );
            }
            buttons.push(Button {
                label: b.label.value.trim().to_string(),
                target,
                pos: bpos,
                target_pos,
            });
        }
        let title = node.title.as_ref().map(|t| t.value.trim().to_string());
        let title_pos = node.title.as_ref().map_or(node_pos, |t| pos(&t.referenced));
        let source_pos = node
            .source
            .as_ref()
            .map_or(node_pos, |t| pos(&t.referenced));
        let reviewed_pos = node
            .reviewed
            .as_ref()
            .map_or(node_pos, |t| pos(&t.referenced));
        let keywords = node
            .keywords
            .into_iter()
            .filter_map(|k| {
                let k = k.value.trim().to_string();
                (!k.is_empty()).then_some(k)
            })
            .collect();
        index.insert(node_id.clone(), nodes.len());
        nodes.push(Node {
            id: node_id,
            text: node.text.value.trim().to_string(),
            text_pos: pos(&node.text.referenced),
            buttons,
            keywords,
            title,
            title_pos,
            source: node
                .source
                .map(|s| s.value.trim().to_string())
                .filter(|s| !s.is_empty()),
            source_pos,
            reviewed: node.reviewed.map(|s| s.value.trim().to_string()),
            reviewed_pos,
            factual: node.factual.is_some_and(|f| f.value),
            pos: node_pos,
        });
    }
    let start = file.start.value.trim().to_string();
    if !index.contains_key(&start) {
        diags.error(
            path,
            pos(&file.start.referenced),
            format!("`start: {start}` names no node in this file: use the id of one of its nodes"),
        );
    }
    if nodes.is_empty() {
        diags.error(
            path,
            Pos::FILE,
            "the script has no nodes: add at least one under `nodes:`",
        );
    }
    // Returned even with errors in nodes or buttons (those are left out), so links into this
    // file can still be checked; the caller refuses the whole set if anything was wrong.
    Some(Script {
        id: id.to_string(),
        path: path.to_path_buf(),
        start,
        nodes,
        index,
    })
}

/// What makes a text state a fact, mechanically: a digit (a number, a date, a fee, a phone
/// number), an @handle, or a web address. Returns a short description of the first one.
pub fn fact_marker(plain: &str) -> Option<String> {
    for token in plain.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '«' | '»')) {
        let token = token.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '!' | '?' | '"'));
        let token = token.strip_suffix('.').unwrap_or(token);
        if token.is_empty() {
            continue;
        }
        if let Some(handle) = token.strip_prefix('@')
            && handle
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Some(format!("the handle `{token}`"));
        }
        if is_web_address(token) {
            return Some(format!("the address `{token}`"));
        }
        if token.chars().any(|c| c.is_ascii_digit()) {
            return Some(format!("the number `{token}`"));
        }
    }
    None
}

/// `https://…`, `www.…`, `t.me/…` or a bare domain such as `gov.uz/en/migration`.
fn is_web_address(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    if lower.contains("://") || lower.starts_with("www.") {
        return true;
    }
    let host = lower.split('/').next().unwrap_or_default();
    let mut labels = host.split('.');
    let Some(tld) = host.rsplit('.').next() else {
        return false;
    };
    host.contains('.')
        && labels.all(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_lowercase())
}

fn parse_next(current_script: &str, next: &str) -> Option<NodeRef> {
    let (script, node) = match next.split_once(':') {
        Some((s, n)) => (s.trim(), n.trim()),
        None => (current_script, next),
    };
    (is_valid_id(script) && is_valid_id(node)).then(|| NodeRef::new(script, node))
}

/// The parser's message without its own location prefix and source snippet (we print the
/// location ourselves), plus a hint for the mistakes NGO editors make most.
fn yaml_error_message(e: &serde_saphyr::Error) -> String {
    let message = crate::content::diagnostics::yaml_message(e);
    let message = message.as_str();
    let hint = if message.contains("unknown field") {
        "; check the spelling, or see dialogues/README.md for the fields a node and a button may have"
    } else if message.contains("missing field") {
        "; add it (see dialogues/README.md)"
    } else {
        "; check indentation (spaces, not tabs) and that each `key: value` is on its own line"
    };
    format!("{message}{hint}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(files: &[(&str, &str)]) -> (Option<Scripts>, Diagnostics) {
        let sources: Vec<_> = files
            .iter()
            .map(|(name, text)| (PathBuf::from(format!("d/{name}")), text.to_string()))
            .collect();
        let mut diags = Diagnostics::default();
        let scripts = Scripts::from_sources(Path::new("d"), &sources, &mut diags);
        (scripts, diags)
    }

    const MAIN: &str = "start: menu
nodes:
  - id: menu
    text: main-menu
    buttons:
      - label: main-btn-a
        next: a
      - label: main-btn-lang
        action: language
  - id: a
    text: main-a
    keywords: [patent]
";

    #[test]
    fn a_valid_script_loads() {
        let (scripts, diags) = load(&[("main.yaml", MAIN)]);
        assert!(!diags.has_errors(), "{diags}");
        let scripts = scripts.unwrap();
        assert_eq!(scripts.main_menu(), NodeRef::new("main", "menu"));
        let menu = scripts.get(&scripts.main_menu()).unwrap();
        assert_eq!(
            menu.buttons[0].target,
            Target::Node(NodeRef::new("main", "a"))
        );
        assert_eq!(menu.buttons[1].target, Target::Action(Action::Language));
        assert_eq!(scripts.node_count(), 2);
    }

    #[test]
    fn unknown_field_is_reported_with_line_and_column() {
        let broken = MAIN.replace("    keywords: [patent]", "    keywrds: [patent]");
        let (scripts, diags) = load(&[("main.yaml", &broken)]);
        assert!(scripts.is_none());
        let d = diags.errors().next().unwrap();
        assert_eq!(d.pos.line, 12, "{d}");
        assert!(d.message.contains("keywrds"), "{d}");
    }

    #[test]
    fn dangling_next_names_the_node() {
        let broken = MAIN.replace("next: a", "next: b");
        let (_, diags) = load(&[("main.yaml", &broken)]);
        let msgs: Vec<_> = diags.errors().map(|d| d.to_string()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("d/main.yaml:7:") && m.contains("no node `b`")),
            "{msgs:?}"
        );
    }

    #[test]
    fn unknown_action_lists_the_known_ones() {
        let broken = MAIN.replace("action: language", "action: langauge");
        let (_, diags) = load(&[("main.yaml", &broken)]);
        let d = diags.errors().next().unwrap();
        assert_eq!(d.pos.line, 9);
        assert!(d.message.contains("check_offer"), "{d}");
    }

    #[test]
    fn unreachable_node_is_an_error() {
        let text = format!("{MAIN}  - id: lost\n    text: main-lost\n");
        let (_, diags) = load(&[("main.yaml", &text)]);
        let d = diags.errors().next().unwrap();
        assert!(d.message.contains("`lost` cannot be reached"), "{d}");
        assert_eq!(d.pos.line, 13);
    }

    #[test]
    fn next_may_point_into_another_script() {
        // `a` now has no button: its title names it on suggestion buttons.
        let main = MAIN.replace("next: a", "next: russia:intro").replace(
            "    keywords: [patent]",
            "    keywords: [patent]\n    title: main-a-title",
        );
        let russia = "start: intro\nnodes:\n  - id: intro\n    text: russia-intro\n";
        let (scripts, diags) = load(&[("main.yaml", &main), ("russia.yaml", russia)]);
        assert!(!diags.has_errors(), "{diags}");
        assert!(
            scripts
                .unwrap()
                .get(&NodeRef::new("russia", "intro"))
                .is_some()
        );
    }

    #[test]
    fn yaml_syntax_error_has_a_position() {
        let (_, diags) = load(&[("main.yaml", "start: menu\nnodes:\n  - id: [menu\n")]);
        let d = diags.errors().next().unwrap();
        assert!(d.pos.line >= 3, "{d}");
    }

    #[test]
    fn a_keyword_node_needs_words_for_its_suggestion_button() {
        // No button leads to `a` any more, and it has no title.
        let orphan = MAIN.replace("next: a", "action: help");
        let (scripts, diags) = load(&[("main.yaml", &orphan)]);
        assert!(scripts.is_none());
        let d = diags.errors().next().unwrap();
        assert_eq!((d.pos.line, d.pos.col), (10, 9), "{d}");
        assert!(d.message.contains("add `title: <text id>`"), "{d}");
        // A label that leads to different nodes does not name either.
        let two = format!(
            "{}      - label: main-btn-a\n        next: b\n  - id: b\n    text: main-b\n    keywords: [viza]\n",
            MAIN.replace(
                "    keywords: [patent]\n",
                "    keywords: [patent]\n    buttons:\n"
            )
        );
        let (_, diags) = load(&[("main.yaml", &two)]);
        assert!(
            diags
                .errors()
                .any(|d| d.message.contains("node `a` has keywords")),
            "{diags}"
        );
        // With a title, or a label of its own, it is in the index.
        let titled = orphan.replace(
            "    keywords: [patent]",
            "    keywords: [patent]\n    title: main-a-title",
        );
        let (scripts, diags) = load(&[("main.yaml", &titled)]);
        assert!(!diags.has_errors(), "{diags}");
        let faq = scripts.unwrap().faq().clone();
        assert_eq!(faq.entries()[0].title, "main-a-title");
        let (scripts, _) = load(&[("main.yaml", MAIN)]);
        assert_eq!(scripts.unwrap().faq().entries()[0].title, "main-btn-a");
    }

    fn texts(uz: &str) -> Texts {
        let sources: Vec<_> = [(Lang::Uz, uz), (Lang::Ru, uz), (Lang::Kaa, uz)]
            .into_iter()
            .map(|(l, t)| (l, PathBuf::from(format!("l/{l}/main.ftl")), t.to_string()))
            .collect();
        let mut diags = Diagnostics::default();
        Texts::from_sources(&sources, &mut diags).expect("valid test texts")
    }

    fn facts(main: &str, ftl: &str) -> Diagnostics {
        let (scripts, mut diags) = load(&[("main.yaml", main)]);
        assert!(!diags.has_errors(), "{diags}");
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        scripts.unwrap().check_facts(&texts(ftl), today, &mut diags);
        diags
    }

    const FTL: &str =
        "main-menu = Menu\nmain-btn-a = A\nmain-btn-lang = Til\nmain-a = Patent: 30 kun ichida.\n";

    #[test]
    fn a_node_with_a_number_handle_or_address_needs_source_and_reviewed() {
        let diags = facts(MAIN, FTL);
        let d: Vec<_> = diags.errors().collect();
        assert_eq!(d.len(), 1, "{diags}");
        assert_eq!((d[0].pos.line, d[0].pos.col), (10, 9), "{}", d[0]);
        assert!(
            d[0].message
                .contains("`main-a` in uz contains the number `30`"),
            "{}",
            d[0]
        );
        assert!(d[0].message.contains("add `source: \"…\"`"), "{}", d[0]);
        assert!(d[0].message.contains("`reviewed: YYYY-MM-DD`"), "{}", d[0]);
        for text in [
            "Bot: @huquqiyyordamuzbot",
            "Sayt: gov.uz/en/migration.",
            "https://example.org",
        ] {
            let ftl = FTL.replace("Patent: 30 kun ichida.", text);
            assert!(facts(MAIN, &ftl).has_errors(), "{text}");
        }
        // No number, handle or address: no fact by this rule …
        let plain = FTL.replace(
            "Patent: 30 kun ichida.",
            "Pasportingizni bermang, e.g. hech kimga.",
        );
        assert!(!facts(MAIN, &plain).has_errors());
        // … unless the node says so.
        let marked = MAIN.replace(
            "    keywords: [patent]",
            "    keywords: [patent]\n    factual: true",
        );
        let diags = facts(&marked, &plain);
        assert!(
            diags
                .errors()
                .any(|d| d.message.contains("says `factual: true`")),
            "{diags}"
        );
        // With both, fine.
        let sourced = MAIN.replace(
            "    keywords: [patent]",
            "    keywords: [patent]\n    source: \"brief [57]\"\n    reviewed: 2026-11-30",
        );
        let diags = facts(&sourced, FTL);
        assert!(diags.0.is_empty(), "{diags}");
    }

    #[test]
    fn reviewed_must_be_a_past_date_with_a_source_and_old_reviews_warn() {
        let with = |fields: &str| {
            facts(
                &MAIN.replace(
                    "    keywords: [patent]",
                    &format!("    keywords: [patent]\n{fields}"),
                ),
                FTL,
            )
        };
        let diags = with("    reviewed: 2026-11-30");
        let d = diags.errors().next().unwrap();
        assert!(d.message.contains("`reviewed` but no `source`"), "{d}");
        assert_eq!(d.pos.line, 13, "{d}");
        for bad in ["30.11.2026", "2026-13-01", "soon", "2026-11-3x"] {
            let diags = with(&format!("    source: x\n    reviewed: \"{bad}\""));
            assert!(
                diags
                    .errors()
                    .any(|d| d.message.contains("is not a date: write it as YYYY-MM-DD")),
                "{bad}: {diags}"
            );
        }
        let diags = with("    source: x\n    reviewed: 2027-01-01");
        assert!(
            diags.errors().any(|d| d.message.contains("in the future")),
            "{diags}"
        );
        // A review 13 months old is a warning, not an error; 11 months is fine.
        let diags = with("    source: x\n    reviewed: 2025-10-30");
        assert!(!diags.has_errors(), "{diags}");
        let w: Vec<_> = diags.warnings().collect();
        assert_eq!(w.len(), 1, "{diags}");
        assert!(w[0].message.contains("more than 12 months ago"), "{}", w[0]);
        assert!(with("    source: x\n    reviewed: 2025-12-30").0.is_empty());
    }

    #[test]
    fn fact_markers() {
        assert_eq!(
            fact_marker("Telefon: +7 925").as_deref(),
            Some("the number `+7`")
        );
        assert!(fact_marker("E-9 vizasi").is_some());
        assert!(fact_marker("mehnat.uz saytida").is_some());
        assert!(fact_marker("t.me/safar").is_some());
        for none in [
            "Oddiy matn. Yana matn.",
            "e.g. i.e.",
            "т.д. и т.п.",
            "email@ yoq",
            "«Salom»",
        ] {
            assert_eq!(fact_marker(none), None, "{none}");
        }
    }

    #[test]
    fn missing_main_is_reported() {
        let (_, diags) = load(&[("other.yaml", "start: a\nnodes:\n  - id: a\n    text: x\n")]);
        assert!(diags.errors().any(|d| d.message.contains("main.yaml")));
    }
}
