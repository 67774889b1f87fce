//! Alerts: the topics users can subscribe to (`dialogues/alerts.yaml`) and the
//! alerts themselves (`dialogues/alerts/<name>.ftl`: one Fluent message per language, `uz`,
//! `ru` and `kaa`; the Cyrillic variants are transliterated at render time; and optionally
//! `buttons`: pages of the scripts shown as buttons under the alert).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::texts::Texts;
use super::{checked_labels, spanned_pos as pos, valid_id};
use crate::core::country::Country;
use crate::core::output::Msg;
use crate::core::script::{NodeRef, Scripts};
use crate::diagnostics::{Diagnostics, Pos, yaml_message, yaml_pos};
use crate::lang::Lang;
use crate::translit::Exceptions;

pub const TOPICS_FILE: &str = "alerts.yaml";
pub const ALERTS_DIR: &str = "alerts";

/// The program's alert texts (checked by `safar check` in every language).
pub const ALERT_KEYS: &[&str] = &[
    "alerts-intro",
    "alerts-toggle-on",
    "alerts-toggle-off",
    "alerts-btn-stop",
    "alerts-on",
    "alerts-off",
    "alerts-stopped",
    "alerts-stopped-none",
    "alerts-stop-phrase",
    "main-btn-alerts",
    "cmd-alerts",
    "cmd-stop",
    "alerts-report-title",
    "alerts-report-line",
];

/// The program's admin texts about alerts (checked with the others in every language).
pub const ALERT_ADMIN_KEYS: &[&str] = &[
    "alerts-admin-only",
    "alerts-admin-usage",
    "alerts-admin-invalid",
    "alerts-admin-unknown",
    "alerts-admin-unknown-topic",
    "alerts-admin-preview",
    "alerts-admin-btn-confirm",
    "alerts-admin-btn-cancel",
    "alerts-admin-queued",
    "alerts-admin-cancelled",
    "alerts-admin-stale",
    "alerts-admin-status-none",
    "alerts-admin-status-line",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    topics: Vec<TopicFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicFile {
    id: Spanned<String>,
    uz: Spanned<String>,
    ru: Spanned<String>,
    kaa: Spanned<String>,
    /// The destination country this topic is about (a code of /country): suggested first to
    /// users who said they are there.
    #[serde(default)]
    country: Option<Spanned<String>>,
}

/// A topic users can tick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub id: String,
    labels: [String; 3],
    pub country: Option<Country>,
}

impl Topic {
    /// The label in `lang` (the Cyrillic variants show the Latin label transliterated).
    pub fn label(&self, lang: Lang) -> String {
        super::label_in(&self.labels, lang)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Topics(pub Vec<Topic>);

impl Topics {
    pub fn get(&self, id: &str) -> Option<&Topic> {
        self.0.iter().find(|t| t.id == id)
    }

    /// The topics in the order a user sees them: the one of their country first.
    pub fn for_country(&self, country: Option<Country>) -> Vec<&Topic> {
        let mut all: Vec<&Topic> = self.0.iter().collect();
        if let Some(c) = country {
            all.sort_by_key(|t| t.country != Some(c));
        }
        all
    }

    /// Reads and validates `dir/alerts.yaml`; `None` on errors (in `diags`).
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<Topics> {
        let path = dir.join(TOPICS_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Topics::parse(&path, &text, diags),
            Err(e) => {
                diags.error(
                    &path,
                    Pos::FILE,
                    format!(
                        "cannot read the alert topics ({e}); it must be in the dialogues folder"
                    ),
                );
                None
            }
        }
    }

    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Topics> {
        let before = diags.errors().count();
        let file: TopicsFile = match serde_saphyr::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let at = yaml_pos(&e);
                diags.error(
                    path,
                    at,
                    format!(
                        "{} (each topic has `id`, `uz`, `ru`, `kaa` and maybe `country`; see \
                         the example at the top of {TOPICS_FILE})",
                        yaml_message(&e)
                    ),
                );
                return None;
            }
        };
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for t in file.topics {
            let id = t.id.value.trim().to_string();
            if !valid_id(&id) {
                diags.error(
                    path,
                    pos(&t.id),
                    format!(
                        "`{id}` is not a usable topic id: admins type it after /alert, so use \
                         lowercase Latin letters, digits, `_` or `-` (at most 32), e.g. `scams`"
                    ),
                );
            } else if !seen.insert(id.clone()) {
                diags.error(
                    path,
                    pos(&t.id),
                    format!("topic `{id}` is listed twice: give each topic its own id"),
                );
            }
            let labels = checked_labels(path, diags, "topic", &id, [&t.uz, &t.ru, &t.kaa]);
            let country = match &t.country {
                None => None,
                Some(c) => match Country::from_code(c.value.trim()) {
                    Some(country) => Some(country),
                    None => {
                        diags.error(
                            path,
                            pos(c),
                            format!(
                                "`{}` is not a country code Safar knows (use one of those of \
                                 /country, e.g. `ru`, `kr`, `tr`)",
                                c.value
                            ),
                        );
                        None
                    }
                },
            };
            out.push(Topic {
                id,
                labels,
                country,
            });
        }
        (diags.errors().count() == before).then_some(Topics(out))
    }
}

/// The most buttons an alert may have (one per row under the message).
pub const MAX_BUTTONS: usize = 5;

/// One of an alert's buttons: a page of the scripts, named as the bot names it elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertButton {
    pub at: NodeRef,
    /// The text id of the button's words (the page's `title`, or the label of the buttons
    /// that lead to it).
    pub label: String,
}

/// One alert file: its text in every language, and its buttons.
#[derive(Debug)]
pub struct Alert {
    /// The file name without `.ftl`.
    pub name: String,
    pub path: PathBuf,
    texts: Texts,
    pub buttons: Vec<AlertButton>,
}

impl Alert {
    /// Reads and checks one alert file: a message `uz`, `ru` and `kaa` each.
    pub fn load(
        path: &Path,
        translit: &Exceptions,
        scripts: &Scripts,
        diags: &mut Diagnostics,
    ) -> Option<Alert> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                diags.error(path, Pos::FILE, format!("cannot read the alert ({e})"));
                return None;
            }
        };
        Alert::parse(path, &text, translit, scripts, diags)
    }

    pub fn parse(
        path: &Path,
        text: &str,
        translit: &Exceptions,
        scripts: &Scripts,
        diags: &mut Diagnostics,
    ) -> Option<Alert> {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let before = diags.errors().count();
        let sources: Vec<(Lang, PathBuf, String)> = Lang::AUTHORED
            .into_iter()
            .map(|l| (l, path.to_path_buf(), text.to_string()))
            .collect();
        let mut texts = Texts::from_sources(&sources, diags)?;
        texts.set_transliteration(translit.clone());
        // Where a missing language would go: after the last line.
        let end = Pos::new(text.lines().count() as u64 + 1, 1);
        for lang in Lang::AUTHORED {
            let code = lang.code();
            if !texts.has(lang, code) {
                diags.error(
                    path,
                    end,
                    format!(
                        "the alert has no text in `{code}`: add `{code} = …` (every alert is \
                         sent in uz, ru and kaa; see dialogues/alerts/README.md)"
                    ),
                );
            }
        }
        let mut buttons = Vec::new();
        for (id, at) in texts.ids(Lang::Uz) {
            if id == BUTTONS {
                buttons = parse_buttons(path, text, at.pos.line, scripts, diags);
            } else if !["uz", "ru", "kaa"].contains(&id) {
                diags.error(
                    &at.path,
                    at.pos,
                    format!(
                        "`{id}` is not a language: an alert has only `uz`, `ru`, `kaa` and \
                         maybe `{BUTTONS}`"
                    ),
                );
            }
        }
        (diags.errors().count() == before).then_some(Alert {
            name,
            path: path.to_path_buf(),
            texts,
            buttons,
        })
    }

    /// The alert's Telegram HTML in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        self.texts
            .render(lang, &Msg::new(lang.authored().code().to_string()))
    }
}

/// The message of an alert file that lists its buttons.
const BUTTONS: &str = "buttons";

/// The pages of `buttons = rights:passport before:agency` (the message starts on line
/// `line`; its value may go on over indented lines), each checked against the scripts.
fn parse_buttons(
    path: &Path,
    text: &str,
    line: u64,
    scripts: &Scripts,
    diags: &mut Diagnostics,
) -> Vec<AlertButton> {
    let mut words: Vec<(String, Pos)> = Vec::new();
    for (i, raw) in text
        .lines()
        .enumerate()
        .skip(line.saturating_sub(1) as usize)
    {
        let n = i as u64 + 1;
        let (start, value) = if n == line {
            match raw.find('=') {
                Some(eq) => (eq + 1, &raw[eq + 1..]),
                None => (0, ""),
            }
        } else if raw.starts_with([' ', '\t']) && !raw.trim().is_empty() {
            (0, raw)
        } else {
            break;
        };
        let mut offset = start;
        for piece in value.split_inclusive([' ', ',', '\t']) {
            let word = piece.trim_end_matches([' ', ',', '\t']);
            if !word.is_empty() {
                let col = raw[..offset].chars().count() as u64 + 1;
                words.push((word.to_string(), Pos::new(n, col)));
            }
            offset += piece.len();
        }
    }
    let mut out: Vec<AlertButton> = Vec::new();
    for (word, at) in words {
        let Some((script, node)) = word.split_once(':') else {
            diags.error(
                path,
                at,
                format!(
                    "`{word}` is not a page: write `script:node`, e.g. `rights:start` (the file \
                     name without .yaml, a colon, the node's id)"
                ),
            );
            continue;
        };
        let page = NodeRef::new(script, node);
        if scripts.get(&page).is_none() {
            let hint = if scripts.scripts().any(|s| s.id == script) {
                format!("dialogues/{script}.yaml has no node `{node}`: check the node's id there")
            } else {
                format!("there is no script `{script}` (no dialogues/{script}.yaml)")
            };
            diags.error(
                path,
                at,
                format!("button `{word}` leads to no page: {hint}"),
            );
            continue;
        }
        if out.iter().any(|b| b.at == page) {
            diags.error(
                path,
                at,
                format!("button `{word}` is listed twice: list each page once"),
            );
            continue;
        }
        let Some(label) = scripts.page_name(&page) else {
            diags.error(
                path,
                at,
                format!(
                    "page `{word}` has no name for a button: add `title: <text id>` to node \
                     `{node}` in dialogues/{script}.yaml (its words in locales/)"
                ),
            );
            continue;
        };
        if out.len() == MAX_BUTTONS {
            diags.error(
                path,
                at,
                format!("an alert has at most {MAX_BUTTONS} buttons: remove `{word}` or another"),
            );
            continue;
        }
        out.push(AlertButton { at: page, label });
    }
    out
}

/// Checks every alert file in `dir/alerts/` (for `safar check`). A missing folder is fine.
pub fn check_all(dir: &Path, translit: &Exceptions, scripts: &Scripts, diags: &mut Diagnostics) {
    let Ok(entries) = std::fs::read_dir(dir.join(ALERTS_DIR)) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    for path in paths {
        let _ = Alert::load(&path, translit, scripts, diags);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A main menu with a button to page `a` (named by its label) and a page `b` with no name.
    fn scripts() -> Scripts {
        let main = "start: menu
nodes:
  - id: menu
    text: main-menu
    buttons:
      - label: main-btn-a
        next: a
      - label: main-btn-next
        next: b
      - label: main-btn-next
        next: c
  - id: a
    text: main-a
  - id: b
    text: main-b
  - id: c
    text: main-c
    title: main-c-title
";
        let mut d = Diagnostics::default();
        let sources = vec![(PathBuf::from("d/main.yaml"), main.to_string())];
        let s = Scripts::from_sources(Path::new("d"), &sources, &mut d);
        assert!(!d.has_errors(), "{d}");
        s.unwrap()
    }

    #[test]
    fn buttons_name_pages_with_their_titles_or_labels() {
        let mut d = Diagnostics::default();
        let text = "uz = a\nru = b\nkaa = c\nbuttons = main:a, main:c\n";
        let a = Alert::parse(
            Path::new("x.ftl"),
            text,
            &Exceptions::default(),
            &scripts(),
            &mut d,
        );
        let a = a.unwrap_or_else(|| panic!("{d}"));
        let got: Vec<(String, String)> = a
            .buttons
            .iter()
            .map(|b| (b.at.to_string(), b.label.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("main:a".to_string(), "main-btn-a".to_string()),
                ("main:c".to_string(), "main-c-title".to_string())
            ]
        );
        assert_eq!(a.render(Lang::Ru), "b");
    }

    #[test]
    fn buttons_to_unknown_or_unnamed_pages_are_refused_with_their_place() {
        let mut d = Diagnostics::default();
        let text =
            "uz = a\nru = b\nkaa = c\nbuttons = main:a main:nope\n    rights:start main:b x\n";
        let a = Alert::parse(
            Path::new("x.ftl"),
            text,
            &Exceptions::default(),
            &scripts(),
            &mut d,
        );
        assert!(a.is_none());
        let shown = d.to_string();
        assert!(
            shown.contains("x.ftl:4:18: error: button `main:nope` leads to no page: dialogues/main.yaml has no node `nope`"),
            "{shown}"
        );
        assert!(shown.contains("x.ftl:5:5: error: button `rights:start` leads to no page: there is no script `rights`"), "{shown}");
        assert!(
            shown.contains("x.ftl:5:18: error: page `main:b` has no name"),
            "{shown}"
        );
        assert!(
            shown.contains("x.ftl:5:25: error: `x` is not a page: write `script:node`"),
            "{shown}"
        );
        assert_eq!(d.errors().count(), 4, "{shown}");
    }

    #[test]
    fn an_alert_missing_a_language_is_refused_with_its_place() {
        let mut d = Diagnostics::default();
        let text = "uz = Ogoh bo'ling\nru = Осторожно\n";
        let a = Alert::parse(
            Path::new("a/x.ftl"),
            text,
            &Exceptions::default(),
            &scripts(),
            &mut d,
        );
        assert!(a.is_none());
        let shown = d.to_string();
        assert!(shown.contains("a/x.ftl:3:1"), "{shown}");
        assert!(shown.contains("`kaa`"), "{shown}");
    }

    #[test]
    fn an_alert_renders_in_every_variant() {
        let mut d = Diagnostics::default();
        let text = "uz = Ogoh bo'ling\nru = Осторожно\nkaa = Abaylań\n";
        let a = Alert::parse(
            Path::new("x.ftl"),
            text,
            &Exceptions::default(),
            &scripts(),
            &mut d,
        )
        .unwrap();
        assert_eq!(a.render(Lang::Ru), "Осторожно");
        assert!(
            a.render(Lang::UzCyrl).starts_with("Огоҳ"),
            "{}",
            a.render(Lang::UzCyrl)
        );
    }

    #[test]
    fn topics_refuse_unknown_fields_and_bad_countries() {
        let mut d = Diagnostics::default();
        let bad = "topics:\n  - id: scams\n    uz: a\n    ru: b\n    kaa: c\n    colour: red\n";
        assert!(Topics::parse(Path::new("t.yaml"), bad, &mut d).is_none());
        let mut d = Diagnostics::default();
        let bad = "topics:\n  - id: ru\n    uz: a\n    ru: b\n    kaa: c\n    country: xx\n";
        assert!(Topics::parse(Path::new("t.yaml"), bad, &mut d).is_none());
        assert!(d.to_string().contains("t.yaml:6:14"), "{d}");
    }
}
