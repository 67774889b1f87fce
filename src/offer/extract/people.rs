//! Who the offer asks for and who offers it: age limits, women or men, job words, agency
//! names.

use std::ops::Range;

use super::super::normalize::{Normalized, Sep, WordKind};
use super::super::vocabulary::Vocabulary;
use super::amounts::gap;
use super::*;

/// Quoted spans (`«…»`, `"…"`, `“…”`) of at most 60 bytes within a line, without the quotes,
/// with the words each covers (`first..last`); spans without words are left out.
fn quoted_words(text: &str, n: &Normalized) -> Vec<(Range<usize>, Range<usize>)> {
    let mut quoted: Vec<Range<usize>> = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '«' | '"' | '“') => open = Some((i + c.len_utf8(), c)),
            (Some((start, o)), '»' | '"' | '”')
                if matches!((o, c), ('«', '»') | ('"', '"') | ('“', '”') | ('“', '"')) =>
            {
                if i > start && i - start <= 60 {
                    quoted.push(start..i);
                }
                open = None;
            }
            (Some(_), '\n') => open = None,
            _ => {}
        }
    }
    quoted
        .into_iter()
        .filter_map(|q| {
            let first = n.words.partition_point(|w| w.orig.end <= q.start);
            let last = n.words.partition_point(|w| w.orig.start < q.end);
            (first < last).then_some((q, first..last))
        })
        .collect()
}

/// Whether the quoted words name the state Migration Agency (never looked up as a company).
fn is_state_agency(v: &Vocabulary, n: &Normalized, words: &Range<usize>) -> bool {
    words
        .clone()
        .any(|k| v.state_agency.has(n.lat_word(k)) || v.state_agency.has(n.cyr_word(k)))
}

/// Names the offer gives an agency: a quoted name (`«…»`, `"…"`, `“…”`) within two words of
/// an agency word (`агентство «Global Work»`, `"Star Jobs" agentligi`), unless the name is the
/// state Migration Agency's. Byte ranges of the names, without the quotes.
pub fn agency_names(v: &Vocabulary, text: &str, n: &Normalized) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (q, words) in quoted_words(text, n) {
        if is_state_agency(v, n, &words) {
            continue;
        }
        let (first, last) = (words.start, words.end);
        let agency = |k: usize| v.agency.has(n.lat_word(k)) || v.agency.has(n.cyr_word(k));
        let before = (first.saturating_sub(2)..first).any(agency);
        let after = (last..(last + 2).min(n.words.len())).any(agency);
        if before || after {
            out.push(q);
        }
    }
    out
}

/// Company names: the agency names ([`agency_names`]) and quoted names right after or before
/// a legal form (`ООО «Ромашка»`, `«Global Work» МЧЖ`, `"Star Jobs" LLC`), in the order of the
/// offer. Byte ranges of the names, without the quotes.
pub fn company_names(v: &Vocabulary, text: &str, n: &Normalized) -> Vec<Range<usize>> {
    let agencies = agency_names(v, text, n);
    let form_at = |at: usize, backwards: bool| {
        v.legal_forms.iter().any(|f| {
            let range = if backwards {
                at.checked_sub(f.len()).map(|s| s..at)
            } else {
                Some(at..at + f.len()).filter(|r| r.end <= n.words.len())
            };
            range.is_some_and(|r| r.zip(f).all(|(k, w)| n.lat_word(k) == w.as_str()))
        })
    };
    let mut out = Vec::new();
    for (q, words) in quoted_words(text, n) {
        let named = agencies.contains(&q)
            || (!is_state_agency(v, n, &words)
                && (form_at(words.start, true) || form_at(words.end, false)));
        if named {
            out.push(q);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Ages and gender

fn small_number(n: &Normalized, i: usize) -> Option<u32> {
    let w = n.words.get(i)?;
    if w.kind != WordKind::Digits {
        return None;
    }
    let v: u32 = n.lat_word(i).parse().ok()?;
    (14..=70).contains(&v).then_some(v)
}

fn is_dash_gap(text: &str, n: &Normalized, a: usize, b: usize) -> bool {
    let g = gap(text, n, Some(a), Some(b)).trim();
    !g.is_empty() && g.chars().all(|c| matches!(c, '-' | '–' | '—'))
}

/// Age limits: `18-35 лет`, `возраст 20–30`, `18 yoshdan 30 yoshgacha`, `от 18 до 35 лет`,
/// `до 30 лет`, `25 yoshgacha`, `18 jastan 30 jasqa shekem`.
pub fn ages(v: &Vocabulary, text: &str, n: &Normalized) -> Vec<AgeRange> {
    let word = |i: usize| if i < n.words.len() { n.lat_word(i) } else { "" };
    let same_sentence = |i: usize| i < n.words.len() && n.words[i].sep != Sep::Break;
    let mut out = Vec::new();
    let mut i = 0;
    while i < n.words.len() {
        let Some(a) = small_number(n, i) else {
            i += 1;
            continue;
        };
        let mut found: Option<(Option<u32>, Option<u32>, usize, usize)> = None;
        // N-M, with an age word after or before.
        if let Some(b) = small_number(n, i + 1)
            && is_dash_gap(text, n, i, i + 1)
            && a < b
        {
            let after = same_sentence(i + 2) && v.age.has(word(i + 2));
            let before = (1..=2)
                .any(|d| i >= d && (v.age_context.has(word(i - d)) || v.age.has(word(i - d))));
            if after || before {
                let last = if after { i + 2 } else { i + 1 };
                found = Some((Some(a), Some(b), i, last));
            }
        }
        // от N до M лет
        if found.is_none()
            && i > 0
            && word(i - 1) == lat_key("от")
            && word(i + 1) == lat_key("до")
            && let Some(b) = small_number(n, i + 2)
            && v.age.has(word(i + 3))
        {
            found = Some((Some(a), Some(b), i - 1, i + 3));
        }
        // N yoshdan M yoshgacha / N jastan M jasqa (shekem)
        if found.is_none() && same_sentence(i + 1) && v.age_from_prefix.has(word(i + 1)) {
            let to = (i + 2..=i + 3).find_map(|j| {
                let b = small_number(n, j)?;
                (same_sentence(j) && v.age_to.has(word(j + 1)) && v.age.has(word(j + 1)))
                    .then_some((b, j + 1))
            });
            found = Some(match to {
                Some((b, last)) => (Some(a), Some(b), i, last),
                None => (Some(a), None, i, i + 1),
            });
        }
        // до 30 лет / 30 yoshgacha
        if found.is_none() && same_sentence(i + 1) {
            let w1 = word(i + 1);
            if v.age_to.has(w1) && v.age.has(w1) {
                found = Some((None, Some(a), i, i + 1));
            } else if i > 0 && word(i - 1) == lat_key("до") && v.age.has(w1) {
                found = Some((None, Some(a), i - 1, i + 1));
            }
        }
        match found {
            Some((min, max, first, last)) => {
                let span = n.original_words(first, last);
                out.push(AgeRange {
                    min,
                    max,
                    text: text[span.clone()].to_string(),
                    start: span.start,
                    end: span.end,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Words that ask for women or men.
pub fn genders(v: &Vocabulary, text: &str, n: &Normalized) -> Vec<GenderTerm> {
    let mut out = Vec::new();
    for (i, w) in n.words.iter().enumerate() {
        if w.kind != WordKind::Letters {
            continue;
        }
        let lw = n.lat_word(i);
        let gender = if v.female.has(lw) {
            Gender::Female
        } else if v.male.has(lw) {
            Gender::Male
        } else {
            continue;
        };
        out.push(GenderTerm {
            gender,
            start: w.orig.start,
            end: w.orig.end,
            text: text[w.orig.clone()].to_string(),
        });
    }
    out
}

/// Whether any word is a job word (`ish`, `работа`, `vakansiya`, `jumıs`, …).
pub fn has_job_words(v: &Vocabulary, n: &Normalized) -> bool {
    (0..n.words.len()).any(|i| n.words[i].kind == WordKind::Letters && v.job.has(n.lat_word(i)))
}
