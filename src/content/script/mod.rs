//! Dialogue scripts: the YAML files under `dialogues/` that NGO staff edit.
//!
//! One file is one script; its file name (without `.yaml`) is the script id. The script
//! `main.yaml` must exist: its `start` node is the main menu. See `dialogues/README.md` for the
//! format as NGO editors read it. Loading and the checks of structure are here; the checks of
//! facts and sources are in `facts.rs`, the typed-question index is built in `index.rs`.

pub(crate) mod facts;
mod index;

pub use facts::fact_marker;

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::core::callback::{Callback, MAX_CALLBACK_DATA};
use crate::core::faq::FaqIndex;
use crate::core::script::*;
use crate::diagnostics::{Diagnostics, Pos};

/// Files in `dialogues/` that are not scripts: each has its own format and loader.
pub const DATA_FILES: &[&str] = &[
    "offer-rules.yaml",
    "offer-registry.yaml",
    "translit-exceptions.yaml",
    "distress.yaml",
    "case-categories.yaml",
    "referrals.yaml",
    "vocabulary.yaml",
    "alerts.yaml",
];

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

impl Scripts {
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
        && id.len() <= MAX_ID_LEN
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
            let data_len = Callback::Button {
                at: NodeRef::new(id, node_id.as_str()),
                index: i,
            }
            .to_string()
            .len();
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
    let message = crate::diagnostics::yaml_message(e);
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
pub(super) mod tests {
    use super::*;

    pub(super) fn load(files: &[(&str, &str)]) -> (Option<Scripts>, Diagnostics) {
        let sources: Vec<_> = files
            .iter()
            .map(|(name, text)| (PathBuf::from(format!("d/{name}")), text.to_string()))
            .collect();
        let mut diags = Diagnostics::default();
        let scripts = Scripts::from_sources(Path::new("d"), &sources, &mut diags);
        (scripts, diags)
    }

    pub(super) const MAIN: &str = "start: menu
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

    #[test]
    fn missing_main_is_reported() {
        let (_, diags) = load(&[("other.yaml", "start: a\nnodes:\n  - id: a\n    text: x\n")]);
        assert!(diags.errors().any(|d| d.message.contains("main.yaml")));
    }
}
