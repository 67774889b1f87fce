//! The typed-question index, built once when the scripts load.

use std::collections::HashMap;

use crate::core::faq::FaqIndex;
use crate::core::script::{NodeRef, Scripts, Target};
use crate::diagnostics::Diagnostics;

impl Scripts {
    /// The keyword index. A node with keywords may be offered on a suggestion button, so it
    /// needs words for that button: its `title`, or else the label of the buttons that lead to
    /// it (when that label always leads there: "Next question" does not name a node).
    pub(super) fn build_faq(&self, diags: &mut Diagnostics) -> FaqIndex {
        let labels = self.naming_labels();
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

    /// The text id naming a page on a button that leads to it from elsewhere (a suggestion,
    /// an alert): its `title`, or else the label of the buttons that lead to it (when that
    /// label always leads there). `None`: no such node, or nothing names it.
    pub fn page_name(&self, at: &NodeRef) -> Option<String> {
        let node = self.get(at)?;
        node.title
            .clone()
            .or_else(|| self.naming_labels().get(at).map(|l| l.to_string()))
    }

    /// For each node, a button label that always leads to it (the first such, in file order).
    fn naming_labels(&self) -> HashMap<&NodeRef, &str> {
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
        labels
    }
}
