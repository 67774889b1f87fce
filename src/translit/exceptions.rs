//! The exceptions word list: words whose other spelling no rule can give (oktabr → октябрь,
//! sex → цех). NGO staff edit it in `dialogues/translit-exceptions.yaml`; the format is
//! described at the top of that file.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::word::{OKINA, TUTUQ, lower};
use super::{kaa, uz};
use crate::diagnostics::{Diagnostics, Pos};

/// The list shipped with Safar, used when no file is loaded.
pub const BUILTIN_SOURCE: &str = include_str!("../../dialogues/translit-exceptions.yaml");

/// Where the shipped list lives in the repository (for messages about it).
pub const BUILTIN_PATH: &str = "dialogues/translit-exceptions.yaml";

/// An entry also covers the word with endings added (oktabrda, litsenziyasi) when it is at
/// least this many letters long; shorter ones (sex, sirk) would catch unrelated words
/// (sirka, "vinegar"), so they match whole words only.
pub const MIN_STEM: usize = 5;

// ---------------------------------------------------------------------------------------------
// The file, exactly as written.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExceptionsFile {
    #[serde(default)]
    uz: Vec<EntryFile>,
    #[serde(default)]
    kaa: Vec<EntryFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    latin: Spanned<String>,
    cyrillic: Spanned<String>,
}

// ---------------------------------------------------------------------------------------------
// The validated lists.

/// One language's exceptions, keyed for lookup in both directions. Keys are lower case; Latin
/// keys have their apostrophes folded (Uzbek) or old letters replaced (Karakalpak).
#[derive(Debug, Clone, Default)]
pub struct Table {
    lat: HashMap<String, String>,
    cyr: HashMap<String, String>,
    /// Cyrillic without a final ь, for words with endings (октябрда).
    cyr_stems: HashMap<String, String>,
}

impl Table {
    fn insert(&mut self, latin: String, cyrillic: String) {
        if let Some(stem) = cyrillic.strip_suffix('ь') {
            self.cyr_stems
                .entry(stem.to_string())
                .or_insert_with(|| latin.clone());
        }
        self.cyr
            .entry(cyrillic.clone())
            .or_insert_with(|| latin.clone());
        self.lat.insert(latin, cyrillic);
    }

    /// The Cyrillic for a lowercase Latin word, or for its first `n` letters (a stem of at
    /// least [`MIN_STEM`] letters followed by endings): `(n, Cyrillic)`. Before an ending a
    /// final ь is dropped, as Uzbek Cyrillic writes it (октябрь → октябрда).
    pub fn find_lat(&self, word: &[char]) -> Option<(usize, &str)> {
        let whole: String = word.iter().collect();
        if let Some(c) = self.lat.get(&whole) {
            return Some((word.len(), c));
        }
        (MIN_STEM..word.len()).rev().find_map(|n| {
            let stem: String = word[..n].iter().collect();
            self.lat
                .get(&stem)
                .map(|c| (n, c.strip_suffix('ь').unwrap_or(c)))
        })
    }

    /// The Latin for a lowercase Cyrillic word or its first `n` letters: `(n, Latin)`.
    pub fn find_cyr(&self, word: &[char]) -> Option<(usize, &str)> {
        let whole: String = word.iter().collect();
        if let Some(l) = self.cyr.get(&whole) {
            return Some((word.len(), l));
        }
        (MIN_STEM..word.len()).rev().find_map(|n| {
            let stem: String = word[..n].iter().collect();
            self.cyr
                .get(&stem)
                .or_else(|| self.cyr_stems.get(&stem))
                .map(|l| (n, l.as_str()))
        })
    }
}

/// Words the rules cannot convert, per language. Applied to whole words, case-insensitively,
/// keeping the word's capitalisation (Oktabr → Октябрь, OKTABR → ОКТЯБРЬ); an entry of at least
/// [`MIN_STEM`] letters also applies to the word with endings (litsenziyasi → лицензияси).
#[derive(Debug, Clone, Default)]
pub struct Exceptions {
    pub(crate) uz: Table,
    pub(crate) kaa: Table,
}

impl Exceptions {
    /// No exceptions at all: the rules alone.
    pub fn empty() -> Exceptions {
        Exceptions::default()
    }

    /// The list shipped with Safar (`dialogues/translit-exceptions.yaml` as it was built in).
    pub fn builtin() -> &'static Exceptions {
        static BUILTIN: OnceLock<Exceptions> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut diags = Diagnostics::default();
            // A test makes sure the shipped file has no problems; were it ever broken, the
            // entries that are right are still used rather than none.
            parse_entries(Path::new(BUILTIN_PATH), BUILTIN_SOURCE, &mut diags).unwrap_or_default()
        })
    }

    /// Reads and validates an exceptions file. Problems go to `diags`; `None` if any is an
    /// error (the caller then keeps its previous list, or [`Exceptions::builtin`]).
    pub fn load(path: &Path, diags: &mut Diagnostics) -> Option<Exceptions> {
        match std::fs::read_to_string(path) {
            Ok(text) => Exceptions::parse(path, &text, diags),
            Err(e) => {
                diags.error(path, Pos::FILE, format!("cannot read the file: {e}"));
                None
            }
        }
    }

    /// Validates the text of an exceptions file; `path` is only used in messages.
    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Exceptions> {
        let before = diags.errors().count();
        let exceptions = parse_entries(path, text, diags)?;
        (diags.errors().count() == before).then_some(exceptions)
    }

    /// Number of Uzbek and of Karakalpak entries.
    pub fn counts(&self) -> (usize, usize) {
        (self.uz.lat.len(), self.kaa.lat.len())
    }
}

/// Parses, reporting every problem; returns the entries that were right (`None` only when
/// the YAML itself cannot be read).
fn parse_entries(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Exceptions> {
    // A file of comments only is an empty list.
    let has_content = text
        .lines()
        .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    if !has_content {
        return Some(Exceptions::default());
    }
    let file: ExceptionsFile = match serde_saphyr::from_str(text) {
        Ok(file) => file,
        Err(e) => {
            let at = e.location().map(|l| pos(&l)).unwrap_or(Pos::FILE);
            diags.error(path, at, yaml_error_message(&e));
            return None;
        }
    };
    Some(Exceptions {
        uz: check_language(path, Lang::Uz, file.uz, diags),
        kaa: check_language(path, Lang::Kaa, file.kaa, diags),
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Uz,
    Kaa,
}

impl Lang {
    fn key(self) -> &'static str {
        match self {
            Lang::Uz => "uz",
            Lang::Kaa => "kaa",
        }
    }

    /// The lookup key of a Latin spelling.
    fn latin_key(self, latin: &str) -> String {
        match self {
            Lang::Uz => uz::normalize_latin(latin).chars().map(lower).collect(),
            Lang::Kaa => kaa::to_lowercase(&kaa::normalize_latin(latin)),
        }
    }

    fn cyr_to_lat(self, cyrillic: &str) -> String {
        let none = Table::default();
        match self {
            Lang::Uz => uz::cyr_to_lat(cyrillic, &none),
            Lang::Kaa => kaa::cyr_to_lat(cyrillic, &none),
        }
    }

    fn lat_to_cyr(self, latin: &str) -> String {
        let none = Table::default();
        match self {
            Lang::Uz => uz::lat_to_cyr(latin, &none),
            Lang::Kaa => kaa::lat_to_cyr(latin, &none),
        }
    }
}

fn pos(location: &serde_saphyr::Location) -> Pos {
    Pos::new(location.line(), location.column())
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && !is_cyrillic(c) && c != OKINA && c != TUTUQ
}

fn check_language(
    path: &Path,
    lang: Lang,
    entries: Vec<EntryFile>,
    diags: &mut Diagnostics,
) -> Table {
    let section = lang.key();
    let mut table = Table::default();
    // Lookup key → line, to name the first of two duplicates.
    let mut seen_latin: HashMap<String, u64> = HashMap::new();
    let mut seen_cyrillic: HashMap<String, u64> = HashMap::new();
    for entry in entries {
        let latin_pos = pos(&entry.latin.referenced);
        let cyrillic_pos = pos(&entry.cyrillic.referenced);
        let latin = entry.latin.value.trim();
        let cyrillic = entry.cyrillic.value.trim();
        let latin_ok = check_latin(path, latin_pos, latin, diags);
        let cyrillic_ok = check_cyrillic(path, cyrillic_pos, cyrillic, diags);
        if !(latin_ok && cyrillic_ok) {
            continue;
        }
        let latin_key = lang.latin_key(latin);
        let cyrillic_key = cyrillic.to_lowercase();
        match seen_latin.entry(latin_key.clone()) {
            Entry::Occupied(first) => {
                diags.error(
                    path,
                    latin_pos,
                    format!(
                        "`{latin}` is already listed under `{section}` (line {}): keep one of \
                         the two entries",
                        first.get()
                    ),
                );
                continue;
            }
            Entry::Vacant(v) => {
                v.insert(latin_pos.line);
            }
        }
        match seen_cyrillic.entry(cyrillic_key.clone()) {
            Entry::Occupied(first) => diags.warning(
                path,
                cyrillic_pos,
                format!(
                    "`{cyrillic}` already has a Latin spelling under `{section}` (line {}): \
                     Cyrillic → Latin uses that first one",
                    first.get()
                ),
            ),
            Entry::Vacant(v) => {
                v.insert(cyrillic_pos.line);
            }
        }
        let by_rule_latin = lang.latin_key(&lang.cyr_to_lat(&cyrillic_key));
        let by_rule_cyrillic = lang.lat_to_cyr(&latin_key);
        if by_rule_latin == latin_key && by_rule_cyrillic == cyrillic_key {
            diags.warning(
                path,
                latin_pos,
                format!(
                    "`{latin}` ↔ `{cyrillic}` is what the rules give anyway: this entry is not \
                     needed and can be deleted"
                ),
            );
        }
        table.insert(latin_key, cyrillic_key);
    }
    table
}

const ONE_WORD: &str = "one word per entry: letters only (and apostrophes in Latin), no \
                        spaces, digits or hyphens";

fn check_latin(path: &Path, at: Pos, latin: &str, diags: &mut Diagnostics) -> bool {
    if latin.is_empty() {
        diags.error(
            path,
            at,
            "`latin:` is empty: write the word in Latin letters",
        );
        return false;
    }
    let cyrillic: String = latin.chars().filter(|&c| is_cyrillic(c)).collect();
    if !cyrillic.is_empty() {
        diags.error(
            path,
            at,
            format!(
                "`latin: {latin}` has Cyrillic letters ({cyrillic}): write it in Latin letters \
                 (the Cyrillic spelling goes under `cyrillic:`)"
            ),
        );
        return false;
    }
    let starts_with_letter = latin.chars().next().is_some_and(is_latin_letter);
    let ok = latin
        .chars()
        .all(|c| is_latin_letter(c) || super::word::is_apostrophe(c) || c == '\u{301}');
    if !ok || !starts_with_letter {
        diags.error(path, at, format!("`latin: {latin}`: {ONE_WORD}"));
        return false;
    }
    true
}

fn check_cyrillic(path: &Path, at: Pos, cyrillic: &str, diags: &mut Diagnostics) -> bool {
    if cyrillic.is_empty() {
        diags.error(
            path,
            at,
            "`cyrillic:` is empty: write the word in Cyrillic letters",
        );
        return false;
    }
    let latin: String = cyrillic.chars().filter(|&c| is_latin_letter(c)).collect();
    if !latin.is_empty() {
        diags.error(
            path,
            at,
            format!(
                "`cyrillic: {cyrillic}` has Latin letters ({latin}): write it in Cyrillic \
                 letters (the Latin spelling goes under `latin:`)"
            ),
        );
        return false;
    }
    if !cyrillic.chars().all(is_cyrillic) {
        diags.error(path, at, format!("`cyrillic: {cyrillic}`: {ONE_WORD}"));
        return false;
    }
    true
}

/// The parser's message without its own location prefix (we print the position ourselves),
/// plus a hint for the usual mistakes.
fn yaml_error_message(e: &serde_saphyr::Error) -> String {
    let message = crate::diagnostics::yaml_message(e);
    let message = message.as_str();
    let hint = if message.contains("unknown field") {
        "; the file has two lists, `uz:` and `kaa:`, and each entry has exactly `latin:` and \
         `cyrillic:` (see the comment at the top of the file)"
    } else if message.contains("missing field") {
        "; each entry needs both `latin:` and `cyrillic:`"
    } else {
        "; check indentation (spaces, not tabs), that each entry starts with `- latin:` and \
         that `cyrillic:` is right under `latin:`"
    };
    format!("{message}{hint}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<Exceptions>, Diagnostics) {
        let mut diags = Diagnostics::default();
        let ex = Exceptions::parse(Path::new("d/translit-exceptions.yaml"), text, &mut diags);
        (ex, diags)
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn the_shipped_list_has_no_problems() {
        let (ex, diags) = parse(BUILTIN_SOURCE);
        assert!(diags.0.is_empty(), "{diags}");
        let ex = ex.unwrap();
        let (uz, kaa) = ex.counts();
        assert!(uz > 50 && kaa > 10, "{uz} {kaa}");
        assert_eq!(Exceptions::builtin().counts(), (uz, kaa));
    }

    #[test]
    fn a_valid_list_loads_and_is_looked_up_both_ways() {
        let (ex, diags) = parse(
            "uz:\n  - latin: oktabr\n    cyrillic: октябрь\n  - latin: sex\n    cyrillic: цех\n",
        );
        assert!(diags.0.is_empty(), "{diags}");
        let ex = ex.unwrap();
        assert_eq!(ex.uz.find_lat(&chars("oktabr")), Some((6, "октябрь")));
        assert_eq!(ex.uz.find_lat(&chars("oktabrda")), Some((6, "октябр")));
        assert_eq!(ex.uz.find_lat(&chars("sexda")), None);
        assert_eq!(ex.uz.find_cyr(&chars("октябрда")), Some((6, "oktabr")));
        assert_eq!(ex.uz.find_cyr(&chars("октябрьда")), Some((7, "oktabr")));
        assert_eq!(ex.uz.find_cyr(&chars("цех")), Some((3, "sex")));
    }

    #[test]
    fn apostrophes_in_entries_are_folded() {
        let (ex, diags) = parse("uz:\n  - latin: mo'jiza\n    cyrillic: мўъжиза\n");
        assert!(diags.0.is_empty(), "{diags}");
        let ex = ex.unwrap();
        assert_eq!(ex.uz.find_lat(&chars("moʻjiza")), Some((7, "мўъжиза")));
    }

    #[test]
    fn unknown_field_has_line_and_column() {
        let (ex, diags) = parse("uz:\n  - latin: oktabr\n    kirill: октябрь\n");
        assert!(ex.is_none());
        let d = diags.errors().next().unwrap();
        assert_eq!(d.pos.line, 3, "{d}");
        assert!(d.message.contains("kirill"), "{d}");
    }

    #[test]
    fn unknown_language_is_refused() {
        let (ex, diags) = parse("ru:\n  - latin: oktabr\n    cyrillic: октябрь\n");
        assert!(ex.is_none());
        assert!(
            diags.errors().next().unwrap().message.contains("ru"),
            "{diags}"
        );
    }

    #[test]
    fn duplicates_name_the_first_line() {
        let (ex, diags) = parse(
            "uz:\n  - latin: oktabr\n    cyrillic: октябрь\n  - latin: Oktabr\n    cyrillic: октябрь\n",
        );
        assert!(ex.is_none());
        let d = diags.errors().next().unwrap();
        assert_eq!(
            d.to_string(),
            format!("d/translit-exceptions.yaml:4:12: error: {}", d.message)
        );
        assert!(d.message.contains("line 2"), "{d}");
    }

    #[test]
    fn scripts_are_checked() {
        let (ex, diags) = parse(
            "uz:\n  - latin: октябрь\n    cyrillic: октябрь\n  - latin: sex\n    cyrillic: cex\n  - latin: ''\n    cyrillic: цирк\n  - latin: sirk lar\n    cyrillic: цирк\n",
        );
        assert!(ex.is_none());
        let errors: Vec<String> = diags.errors().map(|d| d.to_string()).collect();
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(
            errors[0].contains(":2:12:") && errors[0].contains("Cyrillic letters"),
            "{errors:?}"
        );
        assert!(
            errors[1].contains(":5:15:") && errors[1].contains("Latin letters"),
            "{errors:?}"
        );
        assert!(
            errors[2].contains(":6:12:") && errors[2].contains("empty"),
            "{errors:?}"
        );
        assert!(
            errors[3].contains(":8:12:") && errors[3].contains("one word"),
            "{errors:?}"
        );
    }

    #[test]
    fn needless_entries_are_warnings() {
        let (ex, diags) = parse("uz:\n  - latin: kompaniya\n    cyrillic: компания\n");
        assert!(ex.is_some());
        let w = diags.warnings().next().unwrap();
        assert!(w.message.contains("not needed"), "{w}");
    }

    #[test]
    fn comments_only_is_an_empty_list() {
        let (ex, diags) = parse("# nothing yet\n");
        assert!(diags.0.is_empty());
        assert_eq!(ex.unwrap().counts(), (0, 0));
    }
}
