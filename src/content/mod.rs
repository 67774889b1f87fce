//! Everything NGO staff edit: dialogue scripts (`dialogues/`) and texts (`locales/`), loaded,
//! validated together like configuration, and swapped atomically on reload.

pub mod alerts;
pub mod bundle;
pub mod changes;
pub mod script;
pub mod texts;
pub mod toolkit;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use arc_swap::ArcSwap;

use crate::core::distress::{DISTRESS_FILE, Distress};
use crate::core::script::Scripts;
use crate::diagnostics::{Diagnostics, Pos};
use crate::lang::Lang;
use crate::offer::OfferChecker;
use crate::translit::Exceptions;
use texts::Texts;
use toolkit::{CaseCategories, Referrals};

/// The transliteration exceptions file in the dialogues folder.
pub const TRANSLIT_FILE: &str = "translit-exceptions.yaml";

/// Fluent ids the program itself uses (not named in any script). `safar check` makes sure each
/// exists in every language, so a missing one is caught before users see a raw id.
pub const CODE_KEYS: &[&str] = &[
    "lang-name",
    "lang-picker-prompt",
    "lang-changed",
    "menu-welcome",
    "menu-stale",
    "menu-btn-main",
    "common-text-only",
    "common-unknown-command",
    "common-internal-error",
    "common-help",
    "operator-unavailable",
    "cmd-start",
    "cmd-menu",
    "cmd-language",
    "cmd-help",
    "cmd-check",
    "cmd-operator",
    "cmd-country",
    "admin-reload-ok",
    "admin-reload-failed",
    "faq-suggest",
    "faq-nothing",
    "faq-btn-check",
    "faq-btn-operator",
    "faq-lang-hint",
    "faq-btn-language",
];

/// Scripts, texts, offer rules and transliteration exceptions, validated together.
#[derive(Debug)]
pub struct Content {
    pub scripts: Scripts,
    pub texts: Texts,
    pub offer: OfferChecker,
    pub translit: Exceptions,
    pub distress: Distress,
    /// What a case can be about (`case-categories.yaml`).
    pub categories: CaseCategories,
    /// Organisations operators refer users to (`referrals.yaml`).
    pub referrals: Referrals,
    /// Short prepared answers operators send with `/snip` (`snippets/<lang>/*.ftl`).
    pub snippets: Texts,
    /// Alert topics users subscribe to (`alerts.yaml`).
    pub alert_topics: alerts::Topics,
}

/// Where content is read from.
#[derive(Debug, Clone)]
pub struct ContentPaths {
    pub dialogues: PathBuf,
    pub locales: PathBuf,
}

impl Content {
    /// Loads and validates everything. On success also returns warnings; on failure, every
    /// problem found (errors and warnings).
    pub fn load(paths: &ContentPaths) -> Result<(Content, Diagnostics), Diagnostics> {
        let mut diags = Diagnostics::default();
        let scripts = Scripts::load_dir(&paths.dialogues, &mut diags);
        let texts = Texts::load_dir(&paths.locales, &mut diags);
        let offer = OfferChecker::load(&paths.dialogues, &mut diags);
        let translit = Exceptions::load(&paths.dialogues.join(TRANSLIT_FILE), &mut diags);
        let distress = Distress::load(&paths.dialogues.join(DISTRESS_FILE), &mut diags);
        let today = chrono::Utc::now().date_naive();
        let categories = CaseCategories::load(&paths.dialogues, &mut diags);
        let referrals = categories
            .as_ref()
            .and_then(|c| Referrals::load(&paths.dialogues, c, today, &mut diags));
        let snippets = toolkit::load_snippets(&paths.dialogues, &mut diags);
        let alert_topics = alerts::Topics::load(&paths.dialogues, &mut diags);
        let (
            Some(scripts),
            Some(mut texts),
            Some(offer),
            Some(translit),
            Some(distress),
            Some(categories),
            Some(referrals),
            Some(mut snippets),
            Some(alert_topics),
        ) = (
            scripts,
            texts,
            offer,
            translit,
            distress,
            categories,
            referrals,
            snippets,
            alert_topics,
        )
        else {
            return Err(diags.sorted());
        };
        texts.set_transliteration(translit.clone());
        snippets.set_transliteration(translit.clone());
        alerts::check_all(&paths.dialogues, &translit, &scripts, &mut diags);
        check_keys(&scripts, &texts, &offer, &paths.locales, &mut diags);
        for (path, pos, key) in referrals.text_keys() {
            let langs: Vec<&str> = Lang::AUTHORED
                .into_iter()
                .filter(|l| !texts.has(*l, key))
                .map(Lang::code)
                .collect();
            if !langs.is_empty() {
                diags.error(
                    path,
                    pos,
                    format!(
                        "text `{key}` has no text in {}: add `{key} = …` to \
                         locales/{}/referrals.ftl (or fix the id)",
                        langs.join(", "),
                        langs[0]
                    ),
                );
            }
        }
        referrals.check_contacts(&texts, &mut diags);
        scripts.check_facts(&texts, today, &mut diags);
        if diags.has_errors() {
            Err(diags.sorted())
        } else {
            Ok((
                Content {
                    scripts,
                    texts,
                    offer,
                    translit,
                    distress,
                    categories,
                    referrals,
                    snippets,
                    alert_topics,
                },
                diags.sorted(),
            ))
        }
    }
}

/// Every Fluent id a script or the program names must exist in every language.
fn check_keys(
    scripts: &Scripts,
    texts: &Texts,
    offer: &OfferChecker,
    locales: &Path,
    diags: &mut Diagnostics,
) {
    let mut missing = |path: &Path, pos: Pos, key: &str, what: &str| {
        let langs: Vec<&str> = Lang::AUTHORED
            .into_iter()
            .filter(|l| !texts.has(*l, key))
            .map(Lang::code)
            .collect();
        if !langs.is_empty() {
            diags.error(
                path,
                pos,
                format!(
                    "{what} `{key}` has no text in {}: add `{key} = …` to a file in \
                     locales/{}/ (or fix the id)",
                    langs.join(", "),
                    langs[0]
                ),
            );
        }
    };
    for script in scripts.scripts() {
        for node in &script.nodes {
            missing(&script.path, node.text_pos, &node.text, "text");
            if let Some(title) = &node.title {
                missing(&script.path, node.title_pos, title, "title");
            }
            for button in &node.buttons {
                missing(&script.path, button.pos, &button.label, "button label");
            }
        }
    }
    for (path, pos, key) in offer.text_keys() {
        missing(path, pos, key, "text");
    }
    let program_keys = CODE_KEYS
        .iter()
        .chain(crate::core::offer_reply::REPORT_KEYS)
        .chain(crate::core::offer_reply::FLOW_KEYS)
        .chain(crate::core::hotline::HOTLINE_KEYS)
        .chain(crate::core::emergency::EMERGENCY_KEYS)
        .chain(crate::core::operators::TOOLKIT_KEYS)
        .chain(crate::core::scam_report::REPORT_OFFER_KEYS)
        .chain(&[
            crate::offer::CONFIRMED_TITLE,
            crate::offer::CONFIRMED_EXPLAIN,
            crate::offer::CONFIRMED_ADVICE,
            crate::offer::CONFIRMED_NAME_TITLE,
            crate::offer::CONFIRMED_NAME_EXPLAIN,
            crate::offer::CONFIRMED_NAME_ADVICE,
            crate::offer::REPORTED_NAME_TITLE,
            crate::offer::REPORTED_NAME_EXPLAIN,
        ])
        .chain(crate::core::publish::PUBLISH_KEYS)
        .chain(alerts::ALERT_KEYS)
        .chain(alerts::ALERT_ADMIN_KEYS);
    for key in program_keys {
        missing(locales, Pos::FILE, key, "the program's message");
    }
}

/// The content in use, swapped as a whole on reload; readers never see a half-loaded state
/// and never wait for a lock.
#[derive(Clone)]
pub struct ContentHandle {
    current: Arc<ArcSwap<Content>>,
    paths: ContentPaths,
}

impl ContentHandle {
    pub fn new(content: Content, paths: ContentPaths) -> Self {
        ContentHandle {
            current: Arc::new(ArcSwap::from_pointee(content)),
            paths,
        }
    }

    pub fn get(&self) -> Arc<Content> {
        self.current.load_full()
    }

    /// Where the live content is read from (and published to).
    pub fn paths(&self) -> &ContentPaths {
        &self.paths
    }

    /// Re-reads the files. If they are valid they replace the current content; if not, the
    /// current content stays and the problems are returned.
    pub fn reload(&self) -> Result<Diagnostics, Diagnostics> {
        match Content::load(&self.paths) {
            Ok((content, warnings)) => {
                self.current.store(Arc::new(content));
                crate::memory::trim();
                tracing::info!(warnings = warnings.0.len(), "content reloaded");
                Ok(warnings)
            }
            Err(diags) => {
                tracing::warn!(
                    errors = diags.errors().count(),
                    "content reload refused, keeping the previous version"
                );
                for d in diags.errors() {
                    tracing::warn!("{d}");
                }
                Err(diags)
            }
        }
    }
}

/// A candidate content checked in a fresh folder, as `safar check` checks the live one.
#[derive(Debug)]
pub struct Checked {
    /// The loaded content, if it has no errors.
    pub content: Option<Content>,
    /// Errors and warnings, with paths relative to the content root (`dialogues/main.yaml`).
    pub diags: Diagnostics,
}

impl Checked {
    /// Writes `bundle` into a new temporary folder and loads it with [`Content::load`]. The
    /// folder is removed afterwards.
    pub fn bundle(bundle: &bundle::Bundle) -> std::io::Result<Checked> {
        let dir = tempfile::Builder::new()
            .prefix("safar-candidate-")
            .tempdir()?;
        let paths = bundle.write_fresh(dir.path())?;
        let (content, mut diags) = match Content::load(&paths) {
            Ok((content, warnings)) => (Some(content), warnings),
            Err(diags) => (None, diags),
        };
        for d in &mut diags.0 {
            if let Ok(rel) = d.path.strip_prefix(dir.path()) {
                d.path = rel.to_path_buf();
            }
        }
        Ok(Checked { content, diags })
    }
}

/// Where a field of an NGO-edited YAML file starts.
pub(crate) fn spanned_pos<T>(s: &serde_saphyr::Spanned<T>) -> Pos {
    Pos::new(s.referenced.line(), s.referenced.column())
}

/// Ids admins and operators type (after /tag, /alert…): lowercase Latin letters, digits, `_`
/// and `-`, at most 32 characters.
pub(crate) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 32
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// The uz, ru and kaa labels of `what` `id`, trimmed; an empty one is an error at its place.
pub(crate) fn checked_labels(
    path: &Path,
    diags: &mut Diagnostics,
    what: &str,
    id: &str,
    labels: [&serde_saphyr::Spanned<String>; 3],
) -> [String; 3] {
    let mut out: [String; 3] = Default::default();
    for ((lang, label), slot) in ["uz", "ru", "kaa"].into_iter().zip(labels).zip(&mut out) {
        *slot = label.value.trim().to_string();
        if slot.is_empty() {
            diags.error(
                path,
                spanned_pos(label),
                format!("{what} `{id}` has an empty `{lang}` label: write what users see"),
            );
        }
    }
    out
}

/// One of three labels written in uz, ru and kaa, in `lang`: the Cyrillic variants show the
/// Latin label transliterated (case categories, alert topics).
pub(crate) fn label_in(labels: &[String; 3], lang: Lang) -> String {
    let i = match lang.authored() {
        Lang::Ru => 1,
        Lang::Kaa => 2,
        _ => 0,
    };
    let label = &labels[i];
    match lang {
        Lang::UzCyrl => crate::translit::uz_lat_to_cyr(label),
        Lang::KaaCyrl => crate::translit::kaa_lat_to_cyr(label),
        _ => label.clone(),
    }
}
