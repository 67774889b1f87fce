//! `dialogues/vocabulary.yaml`: the words the offer checker's extractor and the first-message
//! language guess know (pay periods, multipliers, pay and fee words, ages, genders, job and
//! agency words, words that mark a language), as data a language expert edits. Validated like
//! the other NGO files: unknown fields are refused, problems are reported as `path:line:col`.
//!
//! Transliteration and letter-folding tables stay in Rust (`normalize`, `translit`): they are
//! the alphabet, not vocabulary.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::extract::Period;
use super::normalize::{cyr_key, lat_key};
use crate::diagnostics::{Diagnostics, Pos, yaml_pos};

/// The vocabulary file's name inside the dialogues folder.
pub const VOCABULARY_FILE: &str = "vocabulary.yaml";

/// The shipped file, for checkers built from sources (tests, tools) rather than a folder.
const SHIPPED: &str = include_str!("../../dialogues/vocabulary.yaml");

// ---------------------------------------------------------------------------------------------
// The file as NGO staff write it.

type Words = Vec<Spanned<String>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyFile {
    amounts: AmountsFile,
    ages: AgesFile,
    genders: GendersFile,
    jobs: Words,
    agencies: AgenciesFile,
    companies: CompaniesFile,
    languages: LanguagesFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompaniesFile {
    legal_forms: Words,
    generic: Words,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AmountsFile {
    periods: Vec<PeriodFile>,
    thousand: Words,
    million: Words,
    billion: Words,
    salary: Words,
    fee: Words,
    advance: Words,
    range: Words,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodFile {
    period: Spanned<String>,
    #[serde(default)]
    tight: bool,
    words: Words,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgesFile {
    words: Words,
    context: Words,
    from: Words,
    to: Words,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GendersFile {
    female: Words,
    male: Words,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgenciesFile {
    words: Words,
    state: Words,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    uz: Words,
    kaa: Words,
    ru: Words,
}

// ---------------------------------------------------------------------------------------------
// The validated model.

/// FNV-1a: the vocabulary's keys are short words, for which SipHash's setup dominates.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastSet = HashSet<String, BuildHasherDefault<Fnv>>;
pub(crate) type FastMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// A word list: whole words and stems (`*`), in Latin-view form.
#[derive(Debug, Clone)]
pub struct WordList {
    words: FastSet,
    stems: Vec<String>,
    /// First bytes of the stems: most words are rejected without comparing any stem.
    stem_starts: [bool; 256],
}

impl Default for WordList {
    fn default() -> WordList {
        WordList {
            words: FastSet::default(),
            stems: Vec::new(),
            stem_starts: [false; 256],
        }
    }
}

impl WordList {
    fn push(&mut self, item: &str) {
        match item.strip_suffix('*') {
            Some(stem) => {
                let stem = lat_key(stem);
                if let Some(&b) = stem.as_bytes().first() {
                    self.stem_starts[usize::from(b)] = true;
                }
                self.stems.push(stem);
            }
            None => {
                self.words.insert(lat_key(item));
            }
        }
    }

    /// Whether a Latin-view word is in the list.
    pub fn has(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else {
            return false;
        };
        self.words.contains(w)
            || (self.stem_starts[usize::from(first)]
                && self.stems.iter().any(|s| w.starts_with(s.as_str())))
    }
}

/// A pay period as offers write it (`oyiga`, `в месяц`), in Latin-view words.
#[derive(Debug, Clone)]
pub struct PeriodPhrase {
    pub words: Vec<String>,
    pub period: Period,
    /// Must follow the amount directly (`руб/час`): the word alone means little elsewhere.
    pub tight: bool,
}

/// Words that mark a language in a first message: Latin-view words for Uzbek and Karakalpak,
/// Cyrillic-view words for Russian.
#[derive(Debug, Clone, Default)]
pub struct LanguageWords {
    pub uz: FastSet,
    pub kaa: FastSet,
    pub ru: FastSet,
}

/// The vocabulary, validated and folded once.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub thousand: WordList,
    pub million: WordList,
    pub billion: WordList,
    pub periods: Vec<PeriodPhrase>,
    /// Period phrases by their first word.
    pub period_index: FastMap<Vec<usize>>,
    pub salary: WordList,
    pub fee: WordList,
    pub range_words: WordList,
    pub advance: WordList,
    pub age: WordList,
    pub age_context: WordList,
    pub age_from_prefix: WordList,
    pub age_to: WordList,
    pub female: WordList,
    pub male: WordList,
    pub job: WordList,
    pub agency: WordList,
    pub state_agency: WordList,
    /// Legal forms of companies (`mchj`, `llc`, `sp z o o`), each as its Latin-view words.
    pub legal_forms: Vec<Vec<String>>,
    /// Words that name no company by themselves.
    pub generic_names: WordList,
    pub languages: LanguageWords,
}

fn pos(s: &Spanned<String>) -> Pos {
    Pos::new(s.referenced.line(), s.referenced.column())
}

impl Vocabulary {
    /// Reads and validates `dir/vocabulary.yaml`; `None` on errors (reported to `diags`).
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<Vocabulary> {
        let path = dir.join(VOCABULARY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Vocabulary::parse(&path, &text, diags),
            Err(e) => {
                diags.error(
                    &path,
                    Pos::FILE,
                    format!(
                        "cannot read the vocabulary ({e}); it must be in the dialogues folder \
                         (check --dialogues)"
                    ),
                );
                None
            }
        }
    }

    /// The vocabulary shipped in `dialogues/`, built into the binary (for checkers built from
    /// sources: tests and tools).
    pub fn shipped() -> Vocabulary {
        let mut diags = Diagnostics::default();
        Vocabulary::parse(Path::new(VOCABULARY_FILE), SHIPPED, &mut diags)
            .unwrap_or_else(|| panic!("the shipped vocabulary is valid: {diags}"))
    }

    /// Validates the text of a vocabulary file; `path` is only for the messages.
    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Vocabulary> {
        let file: VocabularyFile = match serde_saphyr::from_str(text) {
            Ok(file) => file,
            Err(e) => {
                let at = yaml_pos(&e);
                diags.error(
                    path,
                    at,
                    super::rules::yaml_error_message(&e, VOCABULARY_FILE),
                );
                return None;
            }
        };
        let before = diags.errors().count();
        let mut check = |list: &Words, what: &str| -> Vec<String> {
            let mut out = Vec::with_capacity(list.len());
            for s in list {
                let raw = s.value.trim();
                let body = raw.strip_suffix('*').unwrap_or(raw);
                let problem = if lat_key(body).is_empty() {
                    Some("is empty after folding: write letters or digits")
                } else if body.contains('*') {
                    Some("has a `*` inside: a `*` may only end an entry")
                } else if raw.ends_with('*') && body.chars().count() < 2 {
                    Some("is too short for a `*` (at least 2 letters before it)")
                } else if raw.ends_with('*') && body.contains(' ') {
                    Some("has a space: a `*` entry is one word")
                } else {
                    None
                };
                match problem {
                    Some(p) => diags.error(path, pos(s), format!("{what} entry `{raw}` {p}")),
                    None => out.push(raw.to_string()),
                }
            }
            if list.is_empty() {
                diags.error(
                    path,
                    Pos::FILE,
                    format!("{what} is empty: add at least one word"),
                );
            }
            out
        };
        let mut list = |words: &Words, what: &str| {
            let mut l = WordList::default();
            for w in check(words, what) {
                l.push(&w);
            }
            l
        };
        let a = &file.amounts;
        let (thousand, million, billion) = (
            list(&a.thousand, "amounts.thousand"),
            list(&a.million, "amounts.million"),
            list(&a.billion, "amounts.billion"),
        );
        let (salary, fee, advance, range_words) = (
            list(&a.salary, "amounts.salary"),
            list(&a.fee, "amounts.fee"),
            list(&a.advance, "amounts.advance"),
            list(&a.range, "amounts.range"),
        );
        let (age, age_context, age_from_prefix, age_to) = (
            list(&file.ages.words, "ages.words"),
            list(&file.ages.context, "ages.context"),
            list(&file.ages.from, "ages.from"),
            list(&file.ages.to, "ages.to"),
        );
        let (female, male) = (
            list(&file.genders.female, "genders.female"),
            list(&file.genders.male, "genders.male"),
        );
        let job = list(&file.jobs, "jobs");
        let (agency, state_agency) = (
            list(&file.agencies.words, "agencies.words"),
            list(&file.agencies.state, "agencies.state"),
        );
        let generic_names = list(&file.companies.generic, "companies.generic");
        let mut legal_forms: Vec<Vec<String>> = Vec::new();
        for s in &file.companies.legal_forms {
            let key = lat_key(s.value.trim());
            if key.is_empty() || s.value.contains('*') {
                diags.error(
                    path,
                    pos(s),
                    format!(
                        "companies.legal_forms entry `{}` must be a word or words, without `*`",
                        s.value.trim()
                    ),
                );
                continue;
            }
            legal_forms.push(key.split(' ').map(str::to_string).collect());
        }
        // Longest first: `fz llc` is stripped as one form, not as `llc` leaving `fz`.
        legal_forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let mut periods = Vec::new();
        for p in &a.periods {
            let Some(period) = Period::from_name(p.period.value.trim()) else {
                diags.error(
                    path,
                    pos(&p.period),
                    format!(
                        "unknown period `{}`: use month, week, day or hour",
                        p.period.value.trim()
                    ),
                );
                continue;
            };
            for s in &p.words {
                let key = lat_key(s.value.trim());
                if key.is_empty() || s.value.contains('*') {
                    diags.error(
                        path,
                        pos(s),
                        format!(
                            "period entry `{}` must be a word or words, without `*`",
                            s.value.trim()
                        ),
                    );
                    continue;
                }
                periods.push(PeriodPhrase {
                    words: key.split(' ').map(str::to_string).collect(),
                    period,
                    tight: p.tight,
                });
            }
        }
        let mut period_index: FastMap<Vec<usize>> = FastMap::default();
        for (i, p) in periods.iter().enumerate() {
            period_index.entry(p.words[0].clone()).or_default().push(i);
        }
        let mut words = |list: &Words, what: &str, cyr: bool| -> FastSet {
            let mut set = FastSet::default();
            for s in list {
                let raw = s.value.trim();
                if raw.contains(['*', ' ']) || raw.is_empty() {
                    diags.error(
                        path,
                        pos(s),
                        format!("{what} entry `{raw}` must be one whole word, without `*`"),
                    );
                    continue;
                }
                set.insert(if cyr { cyr_key(raw) } else { lat_key(raw) });
            }
            set
        };
        let languages = LanguageWords {
            uz: words(&file.languages.uz, "languages.uz", false),
            kaa: words(&file.languages.kaa, "languages.kaa", false),
            ru: words(&file.languages.ru, "languages.ru", true),
        };
        if diags.errors().count() > before {
            return None;
        }
        Some(Vocabulary {
            thousand,
            million,
            billion,
            periods,
            period_index,
            salary,
            fee,
            range_words,
            advance,
            age,
            age_context,
            age_from_prefix,
            age_to,
            female,
            male,
            job,
            agency,
            state_agency,
            legal_forms,
            generic_names,
            languages,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_vocabulary_loads_and_folds_its_entries() {
        let v = Vocabulary::shipped();
        assert!(v.salary.has("maoshi"));
        assert!(v.fee.has("tolov") && v.fee.has(&lat_key("toʻlov")));
        assert!(v.period_index.contains_key("oyiga"));
        assert!(v.languages.ru.contains("сколько"));
        assert!(v.languages.kaa.contains("magan"));
    }

    #[test]
    fn errors_have_line_and_column() {
        let good = SHIPPED;
        let cases = [
            (
                good.replacen("\namounts:\n", "\namount:\n", 1),
                "unknown field",
            ),
            (
                good.replacen("\"maosh*\"", "\"ma*osh\"", 1),
                "has a `*` inside",
            ),
            (
                good.replacen("- period: month", "- period: year", 1),
                "unknown period `year`",
            ),
            (
                good.replacen("\"qancha\"", "\"qan cha\"", 1),
                "one whole word",
            ),
        ];
        for (text, want) in cases {
            let mut diags = Diagnostics::default();
            let parsed = Vocabulary::parse(Path::new("d/vocabulary.yaml"), &text, &mut diags);
            assert!(parsed.is_none(), "{want}: {diags}");
            let all = diags.to_string();
            assert!(all.contains(want), "{want}: {all}");
            assert!(
                all.lines().any(|l| {
                    let mut parts = l.splitn(4, ':');
                    parts.next() == Some("d/vocabulary.yaml")
                        && parts
                            .next()
                            .is_some_and(|n| n.parse::<usize>().is_ok_and(|n| n > 0))
                        && parts.next().is_some_and(|n| n.parse::<usize>().is_ok())
                }),
                "path:line:col: {all}"
            );
        }
    }
}
