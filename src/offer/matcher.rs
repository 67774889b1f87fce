//! Phrase patterns as NGO staff write them, compiled once into one Aho-Corasick automaton per
//! view, and matched word-aligned over a [`Normalized`] text.
//!
//! Syntax (also documented at the top of `dialogues/offer-rules.yaml`):
//! - plain words, matched as whole words in order: `oldindan to'lov`;
//! - a word ending in `*` matches any ending: `to'lov*` matches `toʻlovni`, `tolovlar`;
//! - `~` (or `…`, `...`) between words allows up to [`GAP_WORDS`] other words in between,
//!   within one sentence: `pasport* ~ olib qol*`;
//! - `{name}` stands for any entry of the word family `name` (a list of words, stems or short
//!   phrases given to [`PatternSet::add_with`]): `{passport} ~ {kept}` is every passport word
//!   followed by every "kept by them" word, written once;
//! - punctuation, case, apostrophe style, script (Uzbek Cyrillic or Latin) and look-alike
//!   letters do not matter: the pattern is normalized like the text.
//!
//! How matching runs: every run of plain words (and a final `*` word) is one *literal*, and so
//! is every entry of a family; all literals of all patterns go into one automaton, which finds
//! every occurrence in a single pass over the view. Occurrences that do not start (and, unless
//! `*`, end) at a word boundary are dropped; then each pattern whose first element occurred is
//! checked element by element (a family element by any of its literals).

use std::collections::HashMap;
use std::fmt;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::normalize::{Normalized, Sep, cyr_key, lat_key};

/// How many words `~` lets stand between two parts of a pattern.
pub const GAP_WORDS: usize = 3;

/// The shortest stem a `*` may follow: `pu*` would match far too much.
pub const MIN_PREFIX_CHARS: usize = 3;

/// Which normalized view a set of patterns is matched against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    /// The Latin view: Uzbek and Karakalpak patterns, names, currencies.
    Lat,
    /// The Cyrillic-preserving view: Russian patterns.
    Cyr,
}

/// What is wrong with a pattern, for the rules file's diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternError {
    /// Nothing but spaces.
    Empty,
    /// Only punctuation: no word to match.
    NoWords,
    /// A `*` that is not at the end of a word.
    StarInside(String),
    /// A `*` after too short a stem.
    ShortStem(String),
    /// A `~` at the start or end, or two in a row.
    BadGap,
    /// `{name}` names no word family (or none for this language).
    UnknownFamily(String),
    /// A `{` or `}` that is not a whole `{name}` word.
    BadBrace(String),
    /// A family entry that is not one word or phrase (with at most a final `*`).
    BadFamilyEntry(String),
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PatternError::Empty => f.write_str("the pattern is empty: write a word or a phrase"),
            PatternError::NoWords => {
                f.write_str("the pattern has no letters or digits: punctuation is ignored")
            }
            PatternError::StarInside(w) => write!(
                f,
                "`*` may only end a word (`{w}`): write `stem*` to match any ending"
            ),
            PatternError::ShortStem(w) => write!(
                f,
                "`{w}` is too short a stem for `*` (at least {MIN_PREFIX_CHARS} letters): it \
                 would match too many words"
            ),
            PatternError::BadGap => f.write_str(
                "`~` must stand between two words (`word ~ word`), not at the start, the end, \
                 or twice in a row",
            ),
            PatternError::UnknownFamily(name) => write!(
                f,
                "`{{{name}}}` is not a word list of this language: add it under `words:` \
                 (with entries for this language) or fix the name"
            ),
            PatternError::BadBrace(w) => write!(
                f,
                "`{w}`: a word list is written `{{name}}`, as a word of its own, with \
                 lowercase letters, digits, `_` or `-`"
            ),
            PatternError::BadFamilyEntry(w) => write!(
                f,
                "`{w}`: an entry of a word list is one word or phrase, with `*` only at its end \
                 (no `~`, no `{{…}}`)"
            ),
        }
    }
}

/// One literal an element accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Alt {
    lit: u32,
    /// The literal's last word may continue (`*`).
    prefix: bool,
}

/// One step of a pattern: a literal, or any literal of a family.
#[derive(Debug, Clone)]
struct Elem {
    alts: Vec<Alt>,
    /// Words allowed between the previous element and this one.
    max_gap: u8,
}

#[derive(Debug, Clone)]
struct Pattern {
    elems: Vec<Elem>,
    owner: u32,
}

/// One occurrence of a pattern: words `first..=last` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// The number the caller gave the pattern when adding it.
    pub owner: u32,
    pub first: usize,
    pub last: usize,
}

/// An occurrence of a literal, word-aligned at its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Hit {
    lit: u32,
    first: u32,
    last: u32,
    /// Ends at a word boundary too (required unless the element is a prefix).
    whole: bool,
}

/// Patterns of one view, compiled.
#[derive(Debug, Clone)]
pub struct PatternSet {
    view: ViewKind,
    literals: Vec<String>,
    lit_index: HashMap<String, u32>,
    patterns: Vec<Pattern>,
    /// Patterns by a literal their first element accepts, with whether it is a prefix there.
    by_first: Vec<Vec<(u32, bool)>>,
    ac: Option<AhoCorasick>,
}

/// Named word lists (`{name}` in a pattern) of one language: words, stems (`stem*`) or short
/// phrases (`ish haqi*`) that may stand in one place of a pattern.
#[derive(Debug, Clone, Default)]
pub struct WordFamilies {
    lists: HashMap<String, Vec<String>>,
}

impl WordFamilies {
    pub fn new() -> WordFamilies {
        WordFamilies::default()
    }

    /// Checks one entry: one word or phrase, `*` at most at its end.
    pub fn check_entry(view: ViewKind, entry: &str) -> Result<(), PatternError> {
        match parse(view, entry, &WordFamilies::default()) {
            Ok(parts) if parts.len() == 1 && parts[0].alts.len() == 1 => Ok(()),
            Ok(_) | Err(PatternError::BadGap | PatternError::UnknownFamily(_)) => {
                Err(PatternError::BadFamilyEntry(entry.trim().to_string()))
            }
            Err(e) => Err(e),
        }
    }

    /// Adds (or replaces) a list; entries should have passed [`WordFamilies::check_entry`]
    /// (those that do not are skipped when a pattern uses the list).
    pub fn insert(&mut self, name: &str, entries: Vec<String>) {
        self.lists.insert(name.to_string(), entries);
    }

    pub fn get(&self, name: &str) -> Option<&[String]> {
        self.lists.get(name).map(Vec::as_slice)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.lists.keys().map(String::as_str)
    }
}

impl PatternSet {
    pub fn new(view: ViewKind) -> PatternSet {
        PatternSet {
            view,
            literals: Vec::new(),
            lit_index: HashMap::new(),
            patterns: Vec::new(),
            by_first: Vec::new(),
            ac: None,
        }
    }

    pub fn view(&self) -> ViewKind {
        self.view
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Checks a pattern's syntax without adding it (no word families).
    pub fn parse(view: ViewKind, source: &str) -> Result<(), PatternError> {
        parse(view, source, &WordFamilies::default()).map(|_| ())
    }

    /// Adds a pattern; `owner` comes back in each [`Match`]. Call [`PatternSet::build`] after
    /// the last one.
    pub fn add(&mut self, source: &str, owner: u32) -> Result<(), PatternError> {
        self.add_with(source, owner, &WordFamilies::default())
    }

    /// Adds a pattern that may use the word families of `words` (`{name}`).
    pub fn add_with(
        &mut self,
        source: &str,
        owner: u32,
        words: &WordFamilies,
    ) -> Result<(), PatternError> {
        let parts = parse(self.view, source, words)?;
        let mut elems = Vec::with_capacity(parts.len());
        for part in parts {
            let mut alts: Vec<Alt> = Vec::with_capacity(part.alts.len());
            for (text, prefix) in part.alts {
                let next = self.literals.len() as u32;
                let lit = *self.lit_index.entry(text.clone()).or_insert(next);
                if lit == next {
                    self.literals.push(text);
                    self.by_first.push(Vec::new());
                }
                let alt = Alt { lit, prefix };
                if !alts.contains(&alt) {
                    alts.push(alt);
                }
            }
            elems.push(Elem {
                alts,
                max_gap: part.max_gap,
            });
        }
        let index = self.patterns.len() as u32;
        for alt in &elems[0].alts {
            let entry = (index, alt.prefix);
            let list = &mut self.by_first[alt.lit as usize];
            if !list.contains(&entry) {
                list.push(entry);
            }
        }
        self.patterns.push(Pattern { elems, owner });
        Ok(())
    }

    /// Compiles the automaton. Without it [`PatternSet::find`] finds nothing.
    pub fn build(&mut self) {
        if self.literals.is_empty() {
            self.ac = None;
            return;
        }
        // A contiguous NFA: a few hundred kilobytes where a DFA of the same literals takes
        // megabytes (measured in the load benchmark's RSS), and still well within the
        // checker's time budget.
        self.ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&self.literals)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&self.literals)
            })
            .ok();
    }

    /// Every literal, for tools (the benchmark's baseline).
    pub fn literal_count(&self) -> usize {
        self.literals.len()
    }

    /// Appends every occurrence of every pattern in `text` to `out` (at most one per pattern
    /// and start word).
    pub fn find(&self, text: &Normalized, out: &mut Vec<Match>) {
        let Some(ac) = &self.ac else { return };
        let view = match self.view {
            ViewKind::Lat => &text.lat,
            ViewKind::Cyr => &text.cyr,
        };
        let hay = view.as_str();
        let bytes = hay.as_bytes();
        let is_sep = |b: u8| b == b' ' || b == b'\n';
        let mut hits: Vec<Hit> = Vec::new();
        for m in ac.find_overlapping_iter(hay) {
            let (start, end) = (m.start(), m.end());
            if start > 0 && !is_sep(bytes[start - 1]) {
                continue;
            }
            let whole = end == bytes.len() || is_sep(bytes[end]);
            let (first, last) = match self.view {
                ViewKind::Lat => (text.word_at_lat(start), text.word_at_lat(end - 1)),
                ViewKind::Cyr => (text.word_at_cyr(start), text.word_at_cyr(end - 1)),
            };
            hits.push(Hit {
                lit: m.pattern().as_u32(),
                first: first as u32,
                last: last as u32,
                whole,
            });
        }
        if hits.is_empty() {
            return;
        }
        hits.sort_unstable();
        hits.dedup();
        let mut i = 0;
        while i < hits.len() {
            let lit = hits[i].lit;
            let j = i + hits[i..].partition_point(|h| h.lit == lit);
            for &(p, prefix) in &self.by_first[lit as usize] {
                let pattern = &self.patterns[p as usize];
                for h in &hits[i..j] {
                    if !(h.whole || prefix) {
                        continue;
                    }
                    if let Some(last) = extend(text, &hits, &pattern.elems[1..], h.last as usize) {
                        out.push(Match {
                            owner: pattern.owner,
                            first: h.first as usize,
                            last,
                        });
                    }
                }
            }
            i = j;
        }
    }
}

/// Matches `elems` after word `prev_last`; returns the last word of the whole match.
fn extend(text: &Normalized, hits: &[Hit], elems: &[Elem], prev_last: usize) -> Option<usize> {
    let Some((elem, rest)) = elems.split_first() else {
        return Some(prev_last);
    };
    let lo = prev_last + 1;
    let hi = lo + elem.max_gap as usize;
    for alt in &elem.alts {
        let from = hits.partition_point(|h| (h.lit, h.first) < (alt.lit, lo as u32));
        for h in &hits[from..] {
            if h.lit != alt.lit || h.first as usize > hi {
                break;
            }
            if !(h.whole || alt.prefix) {
                continue;
            }
            // Parts of a pattern stay within one sentence.
            if (lo..=h.first as usize).any(|k| text.words[k].sep == Sep::Break) {
                break;
            }
            if let Some(last) = extend(text, hits, rest, h.last as usize) {
                return Some(last);
            }
        }
    }
    None
}

struct Part {
    /// The literals this place accepts (one, or a family's), each with its `*`.
    alts: Vec<(String, bool)>,
    max_gap: u8,
}

/// Whether `name` is a valid word-family name: lowercase ASCII letters, digits, `_`, `-`.
fn is_family_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Splits a pattern into literals (see the module docs).
fn parse(view: ViewKind, source: &str, words: &WordFamilies) -> Result<Vec<Part>, PatternError> {
    let key = |s: &str| match view {
        ViewKind::Lat => lat_key(s),
        ViewKind::Cyr => cyr_key(s),
    };
    if source.trim().is_empty() {
        return Err(PatternError::Empty);
    }
    let mut parts: Vec<Part> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut gap: u8 = 0;
    let mut pending_gap = false;
    let close = |current: &mut Vec<String>, prefix: bool, gap: u8, parts: &mut Vec<Part>| {
        if !current.is_empty() {
            parts.push(Part {
                alts: vec![(current.join(" "), prefix)],
                max_gap: gap,
            });
            current.clear();
        }
    };
    for token in source.split_whitespace() {
        if matches!(token, "~" | "…" | "...") {
            if pending_gap || (parts.is_empty() && current.is_empty()) {
                return Err(PatternError::BadGap);
            }
            close(&mut current, false, gap, &mut parts);
            pending_gap = true;
            continue;
        }
        if token.contains(['{', '}']) {
            let name = token
                .strip_prefix('{')
                .and_then(|t| t.strip_suffix('}'))
                .filter(|n| is_family_name(n))
                .ok_or_else(|| PatternError::BadBrace(token.to_string()))?;
            let entries = words
                .get(name)
                .ok_or_else(|| PatternError::UnknownFamily(name.to_string()))?;
            close(&mut current, false, gap, &mut parts);
            let this_gap = if pending_gap { GAP_WORDS as u8 } else { 0 };
            pending_gap = false;
            let mut alts = Vec::with_capacity(entries.len());
            for entry in entries {
                // Entries were checked when the list was read; a bad one is skipped.
                if let Ok(mut p) = parse(view, entry, &WordFamilies::default())
                    && p.len() == 1
                    && p[0].alts.len() == 1
                {
                    alts.push(p.remove(0).alts.remove(0));
                }
            }
            if alts.is_empty() {
                return Err(PatternError::UnknownFamily(name.to_string()));
            }
            parts.push(Part {
                alts,
                max_gap: this_gap,
            });
            // What follows a family starts a new literal, right after it.
            gap = 0;
            continue;
        }
        let (stem, prefix) = match token.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (token, false),
        };
        if stem.contains('*') {
            return Err(PatternError::StarInside(token.to_string()));
        }
        let words = key(stem);
        if words.is_empty() {
            if prefix {
                return Err(PatternError::ShortStem(token.to_string()));
            }
            continue;
        }
        if current.is_empty() {
            // Starting a literal: remember how far it may be from the previous one.
            gap = if pending_gap { GAP_WORDS as u8 } else { 0 };
            pending_gap = false;
        }
        current.extend(words.split(' ').map(str::to_string));
        if prefix {
            let last = current.last().map_or(0, |w| w.chars().count());
            if last < MIN_PREFIX_CHARS {
                return Err(PatternError::ShortStem(token.to_string()));
            }
            close(&mut current, true, gap, &mut parts);
            gap = 0;
        }
    }
    if pending_gap {
        return Err(PatternError::BadGap);
    }
    close(&mut current, false, gap, &mut parts);
    if parts.is_empty() {
        return Err(PatternError::NoWords);
    }
    // The first literal has nothing before it.
    parts[0].max_gap = 0;
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(view: ViewKind, patterns: &[&str]) -> PatternSet {
        let mut s = PatternSet::new(view);
        for (i, p) in patterns.iter().enumerate() {
            s.add(p, i as u32).unwrap();
        }
        s.build();
        s
    }

    fn quotes(s: &PatternSet, text: &str) -> Vec<(u32, String)> {
        let n = Normalized::new(text);
        let mut out = Vec::new();
        s.find(&n, &mut out);
        out.iter()
            .map(|m| (m.owner, text[n.original_words(m.first, m.last)].to_string()))
            .collect()
    }

    #[test]
    fn whole_words_and_prefixes() {
        let s = set(ViewKind::Lat, &["oldindan to'lov*", "pul"]);
        assert_eq!(
            quotes(&s, "Ish uchun OLDINDAN, toʻlovni qiling"),
            vec![(0, "OLDINDAN, toʻlovni".to_string())]
        );
        // `pul` is a whole word: not inside `pullik`.
        assert!(quotes(&s, "pullik xizmat").is_empty());
        assert_eq!(quotes(&s, "pul kerak"), vec![(1, "pul".to_string())]);
    }

    #[test]
    fn one_uzbek_pattern_covers_cyrillic() {
        let s = set(ViewKind::Lat, &["oldindan to'lov*"]);
        assert_eq!(
            quotes(&s, "Олдиндан тўловлар"),
            vec![(0, "Олдиндан тўловлар".to_string())]
        );
    }

    #[test]
    fn gaps_allow_a_few_words_within_a_sentence() {
        let s = set(ViewKind::Cyr, &["паспорт* ~ забер*"]);
        assert_eq!(
            quotes(&s, "паспорт мы у вас заберём"),
            vec![(0, "паспорт мы у вас заберём".to_string())]
        );
        // Four words in between: too far.
        assert!(quotes(&s, "паспорт мы у вас потом заберём").is_empty());
        // Another sentence: no match.
        assert!(quotes(&s, "паспорт. Заберём").is_empty());
    }

    #[test]
    fn a_star_inside_a_phrase_splits_it() {
        let s = set(ViewKind::Lat, &["pul* to'la*"]);
        assert_eq!(
            quotes(&s, "pullarni toʻlaysiz"),
            vec![(0, "pullarni toʻlaysiz".to_string())]
        );
        assert!(quotes(&s, "pullarni endi toʻlaysiz").is_empty());
    }

    fn families() -> WordFamilies {
        let mut w = WordFamilies::new();
        w.insert("passport", vec!["pasport*".into(), "hujjat*".into()]);
        w.insert(
            "kept",
            vec!["saqla*".into(), "turadi".into(), "olib qol*".into()],
        );
        w
    }

    #[test]
    fn a_family_stands_for_any_of_its_entries() {
        let w = families();
        let mut s = PatternSet::new(ViewKind::Lat);
        s.add_with("{passport} ~ {kept}", 7, &w).unwrap();
        s.add_with("{kept} {passport}", 8, &w).unwrap();
        s.build();
        for (text, quoted) in [
            (
                "Pasportlar kompaniyada turadi",
                "Pasportlar kompaniyada turadi",
            ),
            (
                "Ҳужжатларингиз бизда сақланади",
                "Ҳужжатларингиз бизда сақланади",
            ),
            ("pasportni olib qolamiz", "pasportni olib qolamiz"),
        ] {
            assert_eq!(quotes(&s, text), vec![(7, quoted.to_string())], "{text}");
        }
        // Entries keep their own `*`: `turadi` is a whole word.
        assert!(quotes(&s, "pasport turadigan").is_empty());
        // Order and gaps still hold.
        assert!(quotes(&s, "saqlanadi. Pasport").is_empty());
        assert_eq!(
            quotes(&s, "saqlash hujjatlari"),
            vec![(8, "saqlash hujjatlari".to_string())]
        );
    }

    #[test]
    fn family_errors() {
        let w = families();
        let mut s = PatternSet::new(ViewKind::Lat);
        assert_eq!(
            s.add_with("{visa} ~ turist*", 0, &w),
            Err(PatternError::UnknownFamily("visa".into()))
        );
        assert_eq!(
            s.add_with("{passport}ni", 0, &w),
            Err(PatternError::BadBrace("{passport}ni".into()))
        );
        assert_eq!(
            WordFamilies::check_entry(ViewKind::Lat, "pul* to'la*"),
            Err(PatternError::BadFamilyEntry("pul* to'la*".into()))
        );
        assert_eq!(
            WordFamilies::check_entry(ViewKind::Lat, "pul ~ ber"),
            Err(PatternError::BadFamilyEntry("pul ~ ber".into()))
        );
        assert!(WordFamilies::check_entry(ViewKind::Lat, "ish haqi*").is_ok());
        assert_eq!(
            WordFamilies::check_entry(ViewKind::Lat, "pu*"),
            Err(PatternError::ShortStem("pu*".into()))
        );
    }

    #[test]
    fn syntax_errors() {
        let p = |s| PatternSet::parse(ViewKind::Lat, s);
        assert_eq!(p("  "), Err(PatternError::Empty));
        assert_eq!(p("!!"), Err(PatternError::NoWords));
        assert_eq!(p("pu*l"), Err(PatternError::StarInside("pu*l".into())));
        assert_eq!(p("pu*"), Err(PatternError::ShortStem("pu*".into())));
        assert_eq!(p("~ pul"), Err(PatternError::BadGap));
        assert_eq!(p("pul ~"), Err(PatternError::BadGap));
        assert_eq!(p("pul ~ ~ ber"), Err(PatternError::BadGap));
        assert!(p("pul … ber").is_ok());
    }
}
