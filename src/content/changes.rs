//! What a candidate content changes compared with the live one, for the preview an admin sees
//! before publishing: files, texts per language, nodes and buttons, offer rules, distress
//! phrases, and each language's coverage.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::Content;
use super::bundle::Bundle;
use crate::core::distress::DISTRESS_FILE;
use crate::core::script::Target;
use crate::lang::Lang;

/// The files the offer checker reads.
const OFFER_FILES: &[&str] = &[
    "dialogues/offer-rules.yaml",
    "dialogues/offer-registry.yaml",
    "dialogues/vocabulary.yaml",
];

/// Text ids added, changed and removed in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextChanges {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

impl TextChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// Rules, combinations, agencies.
pub type OfferCounts = (usize, usize, usize);

/// Everything the preview says about a candidate.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    /// `+`, `~` or `-` with the file's path.
    pub files: Vec<(char, String)>,
    pub texts: BTreeMap<Lang, TextChanges>,
    /// `script/node` ids (known only when the candidate is valid).
    pub nodes_added: Vec<String>,
    pub nodes_removed: Vec<String>,
    /// `script/node: label → target`.
    pub buttons_added: Vec<String>,
    pub buttons_removed: Vec<String>,
    /// Rules, combinations, agencies: before and after, when the offer checker's files changed.
    pub offer: Option<(OfferCounts, OfferCounts)>,
    /// Distress phrases (all, self-harm): before and after, when distress.yaml changed.
    pub distress: Option<((usize, usize), (usize, usize))>,
    /// Per language: texts it has, of all texts (the candidate's).
    pub coverage: Vec<(Lang, usize, usize)>,
}

impl Changes {
    /// Compares the live content with a candidate. `after` is `None` when the candidate has
    /// errors: then only files and texts are compared (they need no valid content).
    pub fn between(
        before: (&Bundle, &Content),
        after_files: &Bundle,
        after: Option<&Content>,
    ) -> Changes {
        let (before_files, live) = before;
        let mut changes = Changes {
            files: after_files.changed_files(before_files),
            ..Changes::default()
        };
        let old_texts = texts_by_lang(before_files);
        let new_texts = texts_by_lang(after_files);
        for lang in Lang::AUTHORED {
            let empty = BTreeMap::new();
            let old = old_texts.get(&lang).unwrap_or(&empty);
            let new = new_texts.get(&lang).unwrap_or(&empty);
            let mut c = TextChanges::default();
            for (id, value) in new {
                match old.get(id) {
                    None => c.added.push(id.clone()),
                    Some(v) if v != value => c.changed.push(id.clone()),
                    Some(_) => {}
                }
            }
            c.removed = old
                .keys()
                .filter(|id| !new.contains_key(*id))
                .cloned()
                .collect();
            if !c.is_empty() {
                changes.texts.insert(lang, c);
            }
        }
        let Some(after) = after else {
            return changes;
        };
        let (old_nodes, old_buttons) = nodes_and_buttons(live);
        let (new_nodes, new_buttons) = nodes_and_buttons(after);
        changes.nodes_added = new_nodes.difference(&old_nodes).cloned().collect();
        changes.nodes_removed = old_nodes.difference(&new_nodes).cloned().collect();
        changes.buttons_added = new_buttons.difference(&old_buttons).cloned().collect();
        changes.buttons_removed = old_buttons.difference(&new_buttons).cloned().collect();
        let touched = |path: &str| changes.files.iter().any(|(_, p)| p == path);
        if OFFER_FILES.iter().any(|f| touched(f)) {
            changes.offer = Some((live.offer.counts(), after.offer.counts()));
        }
        if touched(&format!("dialogues/{DISTRESS_FILE}")) {
            changes.distress = Some((
                (live.distress.len(), live.distress.self_harm_len()),
                (after.distress.len(), after.distress.self_harm_len()),
            ));
        }
        let total = after.texts.key_count();
        changes.coverage = Lang::AUTHORED
            .into_iter()
            .map(|l| (l, after.texts.key_count_in(l), total))
            .collect();
        changes
    }

    /// Nothing differs from the live content.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// One line for the list of versions: files, then texts per language, nodes, rules.
    pub fn one_line(&self) -> String {
        let mut parts = vec![format!("{} file(s)", self.files.len())];
        for (lang, c) in &self.texts {
            parts.push(format!(
                "{lang} +{} ~{} -{}",
                c.added.len(),
                c.changed.len(),
                c.removed.len()
            ));
        }
        if !self.nodes_added.is_empty() || !self.nodes_removed.is_empty() {
            parts.push(format!(
                "nodes +{} -{}",
                self.nodes_added.len(),
                self.nodes_removed.len()
            ));
        }
        if !self.buttons_added.is_empty() || !self.buttons_removed.is_empty() {
            parts.push(format!(
                "buttons +{} -{}",
                self.buttons_added.len(),
                self.buttons_removed.len()
            ));
        }
        if self.offer.is_some() {
            parts.push("offer rules".into());
        }
        if self.distress.is_some() {
            parts.push("distress phrases".into());
        }
        parts.join("; ")
    }
}

/// Every message and term per language, with its value and attributes as written (comments
/// aside), from the `.ftl` files that parse. A file with syntax errors contributes what parses.
fn texts_by_lang(bundle: &Bundle) -> BTreeMap<Lang, BTreeMap<String, String>> {
    let mut out: BTreeMap<Lang, BTreeMap<String, String>> = BTreeMap::new();
    for (path, bytes) in bundle.files() {
        let Some(rest) = path.strip_prefix("locales/") else {
            continue;
        };
        let Some(lang) = Lang::AUTHORED
            .into_iter()
            .find(|l| rest.starts_with(&format!("{}/", l.code())))
        else {
            continue;
        };
        let text = String::from_utf8_lossy(bytes);
        let resource = match fluent_syntax::parser::parse(text.as_ref()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let ids = out.entry(lang).or_default();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    ids.insert(
                        m.id.name.to_string(),
                        format!("{:?}{:?}", m.value, m.attributes),
                    );
                }
                ast::Entry::Term(t) => {
                    ids.insert(
                        format!("-{}", t.id.name),
                        format!("{:?}{:?}", t.value, t.attributes),
                    );
                }
                _ => {}
            }
        }
    }
    out
}

fn nodes_and_buttons(content: &Content) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut nodes = BTreeSet::new();
    let mut buttons = BTreeSet::new();
    for (at, node) in content.scripts.nodes() {
        let id = format!("{}/{}", at.script, at.node);
        for b in &node.buttons {
            let target = match &b.target {
                Target::Node(to) => format!("{}/{}", to.script, to.node),
                Target::Action(a) => format!("action {}", a.name()),
            };
            buttons.insert(format!("{id}: {} → {target}", b.label));
        }
        nodes.insert(id);
    }
    (nodes, buttons)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ContentPaths;
    use std::path::Path;

    fn shipped() -> ContentPaths {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        ContentPaths {
            dialogues: root.join("dialogues"),
            locales: root.join("locales"),
        }
    }

    #[test]
    fn texts_added_changed_and_removed_per_language() {
        let paths = shipped();
        let live_files = Bundle::read(&paths).unwrap();
        let (live, _) = Content::load(&paths).unwrap();
        let mut next = live_files.clone();
        let ru = String::from_utf8(next.get("locales/ru/common.ftl").unwrap().to_vec()).unwrap();
        next.put(
            "locales/ru/common.ftl".into(),
            format!("{ru}\npublish-test-new = Новый текст\n").into_bytes(),
        );
        // A comment is not a change.
        let uz = String::from_utf8(next.get("locales/uz/common.ftl").unwrap().to_vec()).unwrap();
        next.put(
            "locales/uz/common.ftl".into(),
            format!("# just a note\n{uz}").into_bytes(),
        );
        let changes = Changes::between((&live_files, &live), &next, None);
        assert_eq!(changes.files.len(), 2);
        assert_eq!(
            changes.texts.get(&Lang::Ru).map(|c| c.added.clone()),
            Some(vec!["publish-test-new".to_string()])
        );
        assert!(!changes.texts.contains_key(&Lang::Uz));
        assert!(changes.one_line().starts_with("2 file(s); ru +1 ~0 -0"));
        let same = Changes::between((&live_files, &live), &live_files, Some(&live));
        assert!(same.is_empty());
        assert!(same.nodes_added.is_empty() && same.buttons_removed.is_empty());
        assert_eq!(same.coverage.len(), 3);
    }
}
