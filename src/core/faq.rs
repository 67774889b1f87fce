//! Free-text questions: which node answers "patent qancha turadi", "сколько дней на
//! регистрацию" or "паспортымды алып қойды".
//!
//! The index is built once per content load from the scripts' node `keywords`; a question is
//! then matched against it without touching the scripts again.
//!
//! Text and keywords go through the same normalization as the offer checker
//! ([`crate::offer::normalize`]: apostrophe variants, NFKC, case folding with the Karakalpak
//! `Í`/`ı` rule, look-alike letters, and Uzbek/Karakalpak Cyrillic → Latin). So:
//! - a keyword written in Latin (or in Uzbek/Karakalpak Cyrillic) is matched against the
//!   *Latin view* of the question, and one Latin keyword covers both scripts;
//! - a keyword in plain Russian Cyrillic is matched against the *Cyrillic view*, so Russian
//!   stays Russian and is never read as transliterated Uzbek.
//!
//! A keyword word matches a word of the question when
//! - it is 1–2 letters, or a number: the whole word, exactly (`uk`, `12`);
//! - otherwise the question's word starts with it (`патент` matches `патента`);
//! - or, for words of [`FUZZY_MIN`]+ letters, a beginning of the question's word is within
//!   one typo (two for [`FUZZY_TWO`]+ letters) of it: a letter wrong, missing, added, or two
//!   neighbours swapped (optimal-string-alignment distance). Below [`FUZZY_TWO`] letters the
//!   first letter must be right: `польш` must not match `большое`.
//!
//! A phrase keyword (`buyuk britaniya`) needs its words one after another.
//!
//! Scoring: each keyword that matches adds its weight (rarer keywords weigh more, as in IDF,
//! and longer ones a little more), times how well it matched (typos weigh less). Per node a
//! keyword counts once, and a word of the question counts for one keyword only, so neither
//! repeating a word nor listing a keyword in two scripts inflates a score. The decision:
//! - a clear best ([`Decision::Answer`]): the node is shown;
//! - close scores or weak evidence ([`Decision::Suggest`]): up to three nodes as buttons;
//! - nothing ([`Decision::Nothing`]).
//!
//! Cost: one normalization of the question, then per question word a look at the keyword
//! words that share its first or second letter (two hash lookups), with a bounded edit
//! distance that stops as soon as a row exceeds the limit. A handful of small allocations per
//! question; no per-keyword allocation.

use std::collections::HashMap;

use crate::core::script::NodeRef;
use crate::lang::Lang;
use crate::offer::normalize::{Normalized, WordKind, cyr_key, lat_key};
use crate::offer::vocabulary::{FastSet, LanguageWords};

/// Keyword words of this many letters or more are matched with one typo allowed.
pub const FUZZY_MIN: usize = 5;
/// … and with two typos from this many letters.
pub const FUZZY_TWO: usize = 8;
/// Keyword words shorter than this match a whole word only (`uk` does not match `ukraina`).
pub const MIN_STEM: usize = 3;
/// How many words of a question are read (a longer text is a paste, not a question).
pub const MAX_QUERY_WORDS: usize = 48;
/// At most this many suggestions are offered.
pub const MAX_SUGGESTIONS: usize = 3;

/// Longest word the edit distance is computed for (longer ones match by prefix only).
const MAX_FUZZY_LEN: usize = 24;

/// A best score at least this high can be an answer …
const ANSWER_MIN: f32 = 0.5;
/// … if the runner-up scores at most this share of it.
const ANSWER_MARGIN: f32 = 0.7;
/// Suggestions are nodes scoring at least this share of the best.
const SUGGEST_SHARE: f32 = 0.4;

/// How well a keyword word matched a question word.
const EXACT: f32 = 1.0;
const ONE_TYPO: f32 = 0.7;
const TWO_TYPOS: f32 = 0.45;
/// A Russian-looking Cyrillic word matched through its transliteration (Uzbek typed on a
/// Russian keyboard, or Karakalpak without its own letters) weighs a little less than a
/// direct match, so a Russian keyword wins over a Latin one for a Russian word.
const VIA_TRANSLIT: f32 = 0.85;

/// Which normalized view of the question a keyword is matched against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum View {
    Lat,
    Cyr,
}

/// One distinct keyword word, normalized.
#[derive(Debug, Clone)]
struct KeyWord {
    chars: Box<[char]>,
    view: View,
    /// A number or a 1–2 letter word: matches a whole question word only.
    whole: bool,
    /// Which letters it has ([`letter_mask`]): a quick way to rule out a fuzzy match.
    mask: u64,
}

/// One keyword of one node: a word or a phrase.
#[derive(Debug, Clone)]
struct Term {
    words: Box<[u32]>,
    entry: u32,
    weight: f32,
}

/// A node that typed questions can lead to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: NodeRef,
    /// Fluent id of the words on a suggestion button for this node.
    pub title: String,
}

/// What to do with a typed question.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision<'a> {
    /// One node clearly answers it.
    Answer(&'a Entry),
    /// Not sure: these (one to three, best first) might.
    Suggest(Vec<&'a Entry>),
    /// No keyword matched.
    Nothing,
}

/// The keyword index of a set of scripts.
#[derive(Debug, Clone, Default)]
pub struct FaqIndex {
    entries: Vec<Entry>,
    by_ref: HashMap<NodeRef, u32>,
    words: Vec<KeyWord>,
    terms: Vec<Term>,
    /// For each keyword word, the terms that start with it.
    starts: Vec<Vec<u32>>,
    /// Keyword words by (view, first letter), and words long enough for a typo in their first
    /// letter ([`FUZZY_TWO`]+) by (view, second letter): the candidates for a question word.
    by_first: HashMap<(View, char), Vec<u32>>,
    by_second: HashMap<(View, char), Vec<u32>>,
}

/// A keyword word matched a question word: (keyword word, question word, quality).
#[derive(Debug, Clone, Copy)]
struct WordHit {
    word: u32,
    pos: u8,
    quality: f32,
}

impl FaqIndex {
    /// Builds the index from `(node, title key, keywords)` for every node that has keywords.
    pub fn build<'a, I>(nodes: I) -> FaqIndex
    where
        I: IntoIterator<Item = (NodeRef, String, &'a [String])>,
    {
        let mut index = FaqIndex::default();
        let mut word_ids: HashMap<(View, Box<[char]>), u32> = HashMap::new();
        // Per distinct term (its word ids), the entries that have it: for the IDF weight.
        let mut term_entries: HashMap<Box<[u32]>, Vec<u32>> = HashMap::new();
        let mut pending: Vec<(Box<[u32]>, u32, usize)> = Vec::new();
        for (at, title, keywords) in nodes {
            if keywords.is_empty() {
                continue;
            }
            let entry = index.entries.len() as u32;
            index.by_ref.insert(at.clone(), entry);
            index.entries.push(Entry { at, title });
            for keyword in keywords {
                let (view, key) = keyword_view(keyword);
                let mut ids = Vec::new();
                let mut letters = 0;
                for word in key.split(' ').filter(|w| !w.is_empty()) {
                    let chars: Box<[char]> = word.chars().collect();
                    letters += chars.len();
                    let next_id = index.words.len() as u32;
                    let id = *word_ids.entry((view, chars.clone())).or_insert_with(|| {
                        let whole =
                            chars.len() < MIN_STEM || chars.iter().all(|c| c.is_ascii_digit());
                        let mask = letter_mask(&chars);
                        index.words.push(KeyWord {
                            chars,
                            view,
                            whole,
                            mask,
                        });
                        next_id
                    });
                    ids.push(id);
                }
                if ids.is_empty() {
                    continue;
                }
                let ids: Box<[u32]> = ids.into();
                let users = term_entries.entry(ids.clone()).or_default();
                if users.contains(&entry) {
                    continue;
                }
                users.push(entry);
                pending.push((ids, entry, letters));
            }
        }
        let n = index.entries.len() as f32;
        let max_idf = (1.0 + n).ln().max(f32::EPSILON);
        for (words, entry, letters) in pending {
            let df = term_entries[&words].len() as f32;
            let idf = (1.0 + n / df).ln() / max_idf;
            let length = 0.5 + 0.5 * (letters.min(10) as f32 / 10.0);
            let phrase = 1.0 + 0.5 * (words.len() - 1) as f32;
            index.terms.push(Term {
                words,
                entry,
                weight: idf * length * phrase,
            });
        }
        index.starts = vec![Vec::new(); index.words.len()];
        for (t, term) in index.terms.iter().enumerate() {
            index.starts[term.words[0] as usize].push(t as u32);
        }
        for (w, word) in index.words.iter().enumerate() {
            let w = w as u32;
            index
                .by_first
                .entry((word.view, word.chars[0]))
                .or_default()
                .push(w);
            if word.chars.len() >= FUZZY_TWO
                && !word.whole
                && let Some(&second) = word.chars.get(1)
            {
                index
                    .by_second
                    .entry((word.view, second))
                    .or_default()
                    .push(w);
            }
        }
        index
    }

    /// Nodes in the index.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry for `at`, if typed questions can lead there (re-validates callback data).
    pub fn entry(&self, at: &NodeRef) -> Option<&Entry> {
        self.by_ref.get(at).map(|&i| &self.entries[i as usize])
    }

    /// (nodes, keywords, distinct keyword words), for `safar check`'s summary.
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.entries.len(), self.terms.len(), self.words.len())
    }

    /// About how many bytes the index holds on the heap (for the memory budget).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        // A hash table: one slot and one control byte per bucket.
        let map = |cap: usize, item: usize| cap * (item + 1);
        let entries: usize = self
            .entries
            .iter()
            .map(|e| size_of::<Entry>() + e.at.script.len() + e.at.node.len() + e.title.len())
            .sum();
        let words: usize = self
            .words
            .iter()
            .map(|w| size_of::<KeyWord>() + w.chars.len() * size_of::<char>())
            .sum();
        let terms: usize = self
            .terms
            .iter()
            .map(|t| size_of::<Term>() + t.words.len() * 4)
            .sum();
        let starts: usize = self
            .starts
            .iter()
            .map(|s| size_of::<Vec<u32>>() + s.capacity() * 4)
            .sum();
        let buckets: usize = self
            .by_first
            .values()
            .chain(self.by_second.values())
            .map(|v| v.capacity() * 4)
            .sum();
        entries
            + words
            + terms
            + starts
            + buckets
            + map(self.by_ref.capacity(), size_of::<(NodeRef, u32)>())
            + map(
                self.by_first.capacity(),
                size_of::<((View, char), Vec<u32>)>(),
            )
            + map(
                self.by_second.capacity(),
                size_of::<((View, char), Vec<u32>)>(),
            )
    }

    /// Decides what a typed question leads to.
    pub fn decide(&self, text: &str) -> Decision<'_> {
        let ranked = self.rank(text);
        let Some(&(best, top)) = ranked.first() else {
            return Decision::Nothing;
        };
        let second = ranked.get(1).map_or(0.0, |&(_, s)| s);
        if top >= ANSWER_MIN && second <= top * ANSWER_MARGIN {
            return Decision::Answer(&self.entries[best as usize]);
        }
        Decision::Suggest(
            ranked
                .iter()
                .take_while(|&&(_, s)| s >= top * SUGGEST_SHARE)
                .take(MAX_SUGGESTIONS)
                .map(|&(e, _)| &self.entries[e as usize])
                .collect(),
        )
    }

    /// Every node some keyword matched, with its score, best first (ties: script order).
    pub fn rank(&self, text: &str) -> Vec<(u32, f32)> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        let n = Normalized::new(text);
        let count = n.words.len().min(MAX_QUERY_WORDS);
        // The question's words in both views, as chars, in one buffer.
        let mut chars: Vec<char> = Vec::with_capacity(n.lat.as_str().len() + n.cyr.as_str().len());
        let mut spans: Vec<[(u32, u32); 2]> = Vec::with_capacity(count);
        for i in 0..count {
            let mut span = [(0, 0); 2];
            for (v, word) in [n.lat_word(i), n.cyr_word(i)].into_iter().enumerate() {
                let start = chars.len() as u32;
                chars.extend(word.chars());
                span[v] = (start, chars.len() as u32);
            }
            spans.push(span);
        }
        let digits = |i: usize| n.words[i].kind == WordKind::Digits;
        // Words written in Cyrillic with none of the Uzbek or Karakalpak letters.
        let russian_looking = |i: usize| {
            let original = &text[n.words[i].orig.clone()];
            original.chars().any(is_cyrillic) && !original.chars().any(is_uz_kaa_cyrillic)
        };

        // 1. Keyword words found in the question.
        let mut hits: Vec<WordHit> = Vec::new();
        for (pos, span) in spans.iter().enumerate() {
            let translit = if russian_looking(pos) {
                VIA_TRANSLIT
            } else {
                1.0
            };
            for (v, view) in [View::Lat, View::Cyr].into_iter().enumerate() {
                let (a, b) = span[v];
                let q = &chars[a as usize..b as usize];
                if q.is_empty() || (view == View::Cyr && !q.iter().any(|c| is_cyrillic(*c))) {
                    continue;
                }
                let first = self.by_first.get(&(view, q[0]));
                let second = q.get(1).and_then(|c| self.by_second.get(&(view, *c)));
                let q_mask = letter_mask(q);
                // Words in both buckets are looked at once.
                let second = second
                    .into_iter()
                    .flatten()
                    .filter(|&&w| self.words[w as usize].chars[0] != q[0]);
                for &w in first.into_iter().flatten().chain(second) {
                    let word = &self.words[w as usize];
                    if let Some(quality) = word_match(word, q, q_mask, digits(pos)) {
                        let quality = if view == View::Lat {
                            quality * translit
                        } else {
                            quality
                        };
                        hits.push(WordHit {
                            word: w,
                            pos: pos as u8,
                            quality,
                        });
                    }
                }
            }
        }
        if hits.is_empty() {
            return Vec::new();
        }
        hits.sort_unstable_by_key(|h| (h.word, h.pos));
        let quality_at = |word: u32, pos: usize| -> f32 {
            let from = hits.partition_point(|h| (h.word, h.pos as usize) < (word, pos));
            hits[from..]
                .iter()
                .take_while(|h| h.word == word && h.pos as usize == pos)
                .map(|h| h.quality)
                .fold(0.0, f32::max)
        };

        // 2. Keywords (terms) found: (entry, term, first question word, value).
        let mut found: Vec<(u32, u32, u8, f32)> = Vec::new();
        for hit in &hits {
            for &t in &self.starts[hit.word as usize] {
                let term = &self.terms[t as usize];
                let mut quality = hit.quality;
                for (k, &w) in term.words.iter().enumerate().skip(1) {
                    let pos = hit.pos as usize + k;
                    quality = if pos < count {
                        quality.min(quality_at(w, pos))
                    } else {
                        0.0
                    };
                    if quality == 0.0 {
                        break;
                    }
                }
                if quality > 0.0 {
                    found.push((term.entry, t, hit.pos, term.weight * quality));
                }
            }
        }

        // 3. Per node: each keyword once, each question word for one keyword, best first.
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.3.total_cmp(&a.3)));
        let mut ranked: Vec<(u32, f32)> = Vec::new();
        let mut used_terms: Vec<u32> = Vec::new();
        let mut used_pos: u64 = 0;
        let mut current = u32::MAX;
        for &(entry, term, pos, value) in &found {
            if entry != current {
                current = entry;
                used_terms.clear();
                used_pos = 0;
                ranked.push((entry, 0.0));
            }
            let words = self.terms[term as usize].words.len();
            let mask = (((1u128 << words) - 1) << pos) as u64;
            if used_terms.contains(&term) || used_pos & mask != 0 {
                continue;
            }
            used_terms.push(term);
            used_pos |= mask;
            if let Some(last) = ranked.last_mut() {
                last.1 += value;
            }
        }
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }
}

/// How a keyword is matched: plain Russian Cyrillic against the Cyrillic view, everything else
/// (Latin, Uzbek or Karakalpak Cyrillic) against the Latin view. Returns the normalized words
/// joined by single spaces.
fn keyword_view(keyword: &str) -> (View, String) {
    let cyrillic = keyword.chars().any(is_cyrillic);
    let uz_kaa = keyword.chars().any(is_uz_kaa_cyrillic);
    if cyrillic && !uz_kaa {
        (View::Cyr, cyr_key(keyword))
    } else {
        (View::Lat, lat_key(keyword))
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{052F}').contains(&c)
}

/// Letters of Uzbek or Karakalpak Cyrillic that Russian does not have.
fn is_uz_kaa_cyrillic(c: char) -> bool {
    matches!(
        c,
        'ў' | 'Ў'
            | 'қ'
            | 'Қ'
            | 'ғ'
            | 'Ғ'
            | 'ҳ'
            | 'Ҳ'
            | 'ә'
            | 'Ә'
            | 'ө'
            | 'Ө'
            | 'ү'
            | 'Ү'
            | 'ң'
            | 'Ң'
    )
}

/// A set of letters as bits (letters that share a bit are taken as one: the filter is only
/// ever too lenient).
fn letter_mask(word: &[char]) -> u64 {
    word.iter().fold(0, |m, &c| m | 1 << (c as u32 % 64))
}

/// How well keyword word `word` matches question word `q` (see the module docs); `q_mask` is
/// `q`'s [`letter_mask`].
fn word_match(word: &KeyWord, q: &[char], q_mask: u64, q_is_number: bool) -> Option<f32> {
    let kw = &word.chars[..];
    if word.whole || q_is_number {
        return (kw == q).then_some(EXACT);
    }
    if q.starts_with(kw) {
        return Some(EXACT);
    }
    let max = match kw.len() {
        n if n >= FUZZY_TWO => 2,
        // A short stem with its first letter wrong matches too many words
        // (`польш` would match `большое`).
        n if n >= FUZZY_MIN && q[0] == kw[0] => 1,
        _ => return None,
    };
    // Each letter of the keyword that the question's word lacks costs at least one edit.
    if (word.mask & !q_mask).count_ones() as usize > max {
        return None;
    }
    match prefix_distance(kw, q, max)? {
        0 => Some(EXACT),
        1 => Some(ONE_TYPO),
        _ => Some(TWO_TYPOS),
    }
}

/// The smallest optimal-string-alignment distance between `kw` and a beginning of `q`, if it
/// is at most `max`. Stops as soon as a whole row of the table exceeds `max`.
fn prefix_distance(kw: &[char], q: &[char], max: usize) -> Option<usize> {
    let n = kw.len();
    let m = q.len().min(n + max);
    if n > MAX_FUZZY_LEN || m + max < n {
        return None;
    }
    const W: usize = MAX_FUZZY_LEN + 3;
    let mut rows = [[0u8; W]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(m + 1) {
        *cell = j as u8;
    }
    for i in 1..=n {
        let (cur_i, prev_i, prev2_i) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        let mut row = [0u8; W];
        row[0] = i as u8;
        let mut row_min = row[0];
        for j in 1..=m {
            let cost = u8::from(kw[i - 1] != q[j - 1]);
            let mut v = (rows[prev_i][j] + 1)
                .min(row[j - 1] + 1)
                .min(rows[prev_i][j - 1] + cost);
            if i > 1 && j > 1 && kw[i - 1] == q[j - 2] && kw[i - 2] == q[j - 1] {
                v = v.min(rows[prev2_i][j - 2] + 1);
            }
            row[j] = v;
            row_min = row_min.min(v);
        }
        rows[cur_i] = row;
        if row_min as usize > max {
            return None;
        }
    }
    let last = &rows[n % 3][..=m];
    let best = *last.iter().min()? as usize;
    (best <= max).then_some(best)
}

// ---------------------------------------------------------------------------------------------
// Guessing the language of a first message.

/// Guesses the language (and script) of a text a user typed before choosing one: from its
/// letters and words (`words`, from `dialogues/vocabulary.yaml`: common question words not
/// shared by the other languages), then from the client's language setting. `None` when the
/// text has no letters.
pub fn guess_lang(text: &str, client: Option<Lang>, words: &LanguageWords) -> Option<Lang> {
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    let (mut kaa_letters, mut uz_cyr_letters, mut yery) = (0usize, 0usize, false);
    for c in text.chars() {
        if is_cyrillic(c) {
            cyrillic += 1;
            match c {
                'ә' | 'Ә' | 'ө' | 'Ө' | 'ү' | 'Ү' | 'ң' | 'Ң' => kaa_letters += 1,
                'ў' | 'Ў' | 'қ' | 'Қ' | 'ғ' | 'Ғ' | 'ҳ' | 'Ҳ' => uz_cyr_letters += 1,
                'ы' | 'Ы' => yery = true,
                _ => {}
            }
        } else if c.is_alphabetic() {
            latin += 1;
            if matches!(
                c,
                'á' | 'Á' | 'ó' | 'Ó' | 'ú' | 'Ú' | 'ǵ' | 'Ǵ' | 'ń' | 'Ń' | 'ı' | 'í' | 'Í'
            ) {
                kaa_letters += 1;
            }
        }
    }
    if latin == 0 && cyrillic == 0 {
        return None;
    }
    let n = Normalized::new(text);
    let count = |list: &FastSet, cyr: bool| {
        (0..n.words.len())
            .filter(|&i| {
                let w = if cyr { n.cyr_word(i) } else { n.lat_word(i) };
                list.contains(w)
            })
            .count()
    };
    // Uzbek endings Russian and Karakalpak words do not have (-ning, -dagi).
    let uz_endings = (0..n.words.len())
        .filter(|&i| {
            let w = n.lat_word(i);
            w.len() > 5 && (w.ends_with("ning") || w.ends_with("dagi"))
        })
        .count();
    let uz_words = count(&words.uz, false) + uz_endings;
    let kaa_words = count(&words.kaa, false);
    if cyrillic > latin {
        // Uzbek Cyrillic has no ы: next to Uzbek/Karakalpak letters, it means Karakalpak.
        let kaa = kaa_letters * 2 + kaa_words;
        let uz = uz_cyr_letters + uz_words;
        let ru = count(&words.ru, true);
        Some(if (yery && uz_cyr_letters > 0) || (kaa > 0 && kaa >= uz) {
            Lang::KaaCyrl
        } else if uz > 0 && uz >= ru {
            Lang::UzCyrl
        } else if ru > 0 {
            Lang::Ru
        } else {
            match client.map(Lang::authored) {
                Some(Lang::Uz) => Lang::UzCyrl,
                Some(Lang::Kaa) => Lang::KaaCyrl,
                _ => Lang::Ru,
            }
        })
    } else {
        let kaa = kaa_letters * 2 + kaa_words;
        Some(if kaa > 0 && kaa >= uz_words {
            Lang::Kaa
        } else if uz_words > 0 {
            Lang::Uz
        } else {
            match client.map(Lang::authored) {
                Some(Lang::Kaa) => Lang::Kaa,
                _ => Lang::Uz,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(nodes: &[(&str, &[&str])]) -> FaqIndex {
        let owned: Vec<(NodeRef, String, Vec<String>)> = nodes
            .iter()
            .map(|(id, kws)| {
                (
                    NodeRef::new("t", *id),
                    format!("t-{id}"),
                    kws.iter().map(|k| k.to_string()).collect(),
                )
            })
            .collect();
        FaqIndex::build(
            owned
                .iter()
                .map(|(at, title, kws)| (at.clone(), title.clone(), kws.as_slice())),
        )
    }

    fn shipped_like() -> FaqIndex {
        index(&[
            (
                "russia",
                &[
                    "rossiya",
                    "russia",
                    "россия",
                    "patent",
                    "патент",
                    "registratsiya",
                    "регистрац",
                    "ro'yxat",
                ],
            ),
            ("korea", &["koreya", "korea", "корея", "eps", "topik"]),
            (
                "uk",
                &[
                    "angliya",
                    "britaniya",
                    "buyuk britaniya",
                    "англи",
                    "британи",
                    "uk",
                    "seasonal",
                ],
            ),
            ("passport", &["pasport", "паспорт", "hujjat", "документ"]),
            (
                "red_flags",
                &[
                    "belgi",
                    "aldov",
                    "firib",
                    "признак",
                    "обман",
                    "мошен",
                    "aldaw",
                ],
            ),
            (
                "contacts",
                &[
                    "kontakt",
                    "telefon",
                    "контакт",
                    "телефон",
                    "агентств",
                    "agentlig",
                ],
            ),
        ])
    }

    fn answer(index: &FaqIndex, q: &str) -> Option<String> {
        match index.decide(q) {
            Decision::Answer(e) => Some(e.at.node.clone()),
            _ => None,
        }
    }

    #[test]
    fn exact_keywords_and_word_beginnings_answer() {
        let ix = shipped_like();
        assert_eq!(
            answer(&ix, "Как получить ПАТЕНТ?").as_deref(),
            Some("russia")
        );
        assert_eq!(answer(&ix, "патента нет").as_deref(), Some("russia"));
        assert_eq!(
            answer(&ix, "registratsiya qancha").as_deref(),
            Some("russia")
        );
        assert_eq!(
            answer(&ix, "Koreyaga qanday borsa bo'ladi").as_deref(),
            Some("korea")
        );
    }

    #[test]
    fn typos_are_tolerated_by_length() {
        let ix = shipped_like();
        // One letter wrong, missing, added, or two swapped (words of 5+ letters).
        for q in [
            "patnet kerak",
            "pattent",
            "rosiya",
            "korheya",
            "телефно агентства",
        ] {
            assert!(
                answer(&ix, q).is_some() || ix.decide(q) != Decision::Nothing,
                "{q}"
            );
        }
        assert_eq!(answer(&ix, "pattent").as_deref(), Some("russia"));
        assert_eq!(answer(&ix, "rosiyaga").as_deref(), Some("russia"));
        // Two typos only from 8 letters: `registratsiya` (13) yes, `pasport` (7) no.
        // Two typos and nothing else: offered, not asserted.
        match ix.decide("rigistrasiya") {
            Decision::Suggest(list) => assert_eq!(list[0].at.node, "russia"),
            other => panic!("{other:?}"),
        }
        assert_eq!(ix.decide("pusbort"), Decision::Nothing);
        // Short words are never fuzzy, and 1–2 letter ones match whole words only.
        assert_eq!(ix.decide("ukraina"), Decision::Nothing);
        assert_eq!(answer(&ix, "UK seasonal visa").as_deref(), Some("uk"));
        assert_eq!(ix.decide("epc"), Decision::Nothing);
        // A short stem with a wrong first letter is another word.
        let ix = index(&[("poland", &["польш", "polsha"])]);
        assert_eq!(ix.decide("Спасибо большое"), Decision::Nothing);
        assert_eq!(answer(&ix, "Польща").as_deref(), Some("poland"));
    }

    #[test]
    fn one_latin_keyword_covers_both_uzbek_scripts() {
        let ix = shipped_like();
        // ro'yxat is written in Latin; Uzbek Cyrillic рўйхат reads as royxat.
        assert_eq!(answer(&ix, "рўйхатдан ўтиш").as_deref(), Some("russia"));
        assert_eq!(answer(&ix, "Ro‘yxatdan o‘tish").as_deref(), Some("russia"));
        assert_eq!(answer(&ix, "Рўйхат").as_deref(), Some("russia"));
        // Karakalpak Cyrillic with its own letters still reaches the Latin keyword.
        assert_eq!(
            answer(&ix, "паспортымды алып қойды").as_deref(),
            Some("passport")
        );
    }

    #[test]
    fn apostrophe_variants_and_karakalpak_dotless_i_fold() {
        let ix = index(&[("a", &["to'lov", "jumıs"]), ("b", &["o'qish"])]);
        for q in ["toʻlov", "to`lov", "to’lov", "to‘lov", "tolov", "TOʻLOV"] {
            assert_eq!(answer(&ix, q).as_deref(), Some("a"), "{q}");
        }
        // Karakalpak: capital Í pairs with dotless ı; people also type a plain i.
        for q in ["JUMÍS", "jumıs", "jumis", "Jumısqa"] {
            assert_eq!(answer(&ix, q).as_deref(), Some("a"), "{q}");
        }
    }

    #[test]
    fn russian_keywords_stay_russian() {
        // A Russian word is matched as Russian first; its transliteration weighs less.
        let ix = index(&[("lat", &["kartochka"]), ("ru", &["карточк"])]);
        let ranked = ix.rank("карточка");
        assert_eq!(
            ix.entries()[ranked[0].0 as usize].at.node,
            "ru",
            "{ranked:?}"
        );
        assert_eq!(answer(&ix, "kartochka").as_deref(), Some("lat"));
        // Uzbek typed on a Russian keyboard still reaches a Latin keyword.
        let ix = index(&[("russia", &["patent"]), ("other", &["viza"])]);
        assert_eq!(
            answer(&ix, "патент канча туради").as_deref(),
            Some("russia")
        );
    }

    #[test]
    fn rare_keywords_outweigh_common_ones_and_close_calls_suggest() {
        let ix = index(&[
            ("patent", &["patent", "narx"]),
            ("patent_fine", &["patent", "jarima"]),
            ("exam", &["patent", "imtihon"]),
        ]);
        assert_eq!(
            answer(&ix, "patent jarimasi").as_deref(),
            Some("patent_fine")
        );
        match ix.decide("patent") {
            Decision::Suggest(list) => assert_eq!(list.len(), 3),
            other => panic!("{other:?}"),
        }
        // Repeating a word does not add up.
        let ranked = ix.rank("jarima jarima jarima patent");
        let once = ix.rank("jarima patent");
        assert_eq!(ranked[0].1, once[0].1);
    }

    #[test]
    fn phrases_need_their_words_in_order() {
        let ix = index(&[
            ("uk", &["buyuk britaniya"]),
            ("other", &["britaniya", "viza"]),
        ]);
        assert_eq!(answer(&ix, "Buyuk Britaniyaga").as_deref(), Some("uk"));
        assert_ne!(answer(&ix, "britaniya buyuk viza").as_deref(), Some("uk"));
    }

    #[test]
    fn nothing_for_unrelated_text_and_numbers_only_exactly() {
        let ix = index(&[("contacts", &["12-82", "telefon"])]);
        assert_eq!(ix.decide("salom"), Decision::Nothing);
        assert_eq!(ix.decide("???"), Decision::Nothing);
        assert_eq!(ix.decide(""), Decision::Nothing);
        assert_eq!(answer(&ix, "12 82").as_deref(), Some("contacts"));
        assert_eq!(ix.decide("128 2"), Decision::Nothing);
    }

    #[test]
    fn entries_are_looked_up_by_node() {
        let ix = shipped_like();
        assert!(ix.entry(&NodeRef::new("t", "korea")).is_some());
        assert!(ix.entry(&NodeRef::new("t", "nowhere")).is_none());
        assert_eq!(ix.counts().0, 6);
    }

    #[test]
    fn prefix_distance_is_bounded_osa() {
        let d = |a: &str, b: &str, max| {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            prefix_distance(&a, &b, max)
        };
        assert_eq!(d("patent", "patentni", 1), Some(0));
        assert_eq!(d("patent", "pateny", 1), Some(1));
        assert_eq!(d("patent", "paetnt", 1), Some(1), "a swap is one edit");
        assert_eq!(d("patent", "ptnt", 1), None);
        assert_eq!(d("registratsiya", "rigistrasiya", 2), Some(2));
        assert_eq!(d("регистрация", "регистрацию", 1), Some(1));
    }

    #[test]
    fn guesses_the_language_from_letters_words_then_client() {
        let g = |t: &str, c: Option<Lang>| {
            guess_lang(
                t,
                c,
                &crate::offer::vocabulary::Vocabulary::shipped().languages,
            )
        };
        assert_eq!(g("Сколько стоит патент?", None), Some(Lang::Ru));
        assert_eq!(g("патент қанча туради", None), Some(Lang::UzCyrl));
        // Uzbek typed on a Russian keyboard (к for қ).
        assert_eq!(g("патент канча туради", None), Some(Lang::UzCyrl));
        assert_eq!(g("паспортымды алып қойды", None), Some(Lang::KaaCyrl));
        assert_eq!(g("алдаўшылардан қалай сақланыў", None), Some(Lang::KaaCyrl));
        assert_eq!(g("Агентликнинг телефони", None), Some(Lang::UzCyrl));
        assert_eq!(g("Телефон агентства", Some(Lang::Uz)), Some(Lang::UzCyrl));
        assert_eq!(g("Pasportımdı alıp qoydı", None), Some(Lang::Kaa));
        assert_eq!(g("patent qancha turadi", Some(Lang::Ru)), Some(Lang::Uz));
        assert_eq!(g("jumıs ushın viza kerek pe", None), Some(Lang::Kaa));
        assert_eq!(g("patent", Some(Lang::Kaa)), Some(Lang::Kaa));
        assert_eq!(g("патент", Some(Lang::Uz)), Some(Lang::UzCyrl));
        assert_eq!(g("патент", None), Some(Lang::Ru));
        assert_eq!(g("12 82 ???", None), None);
    }
}
