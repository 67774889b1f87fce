//! Company names as a contact the hotline can confirm from users' scam reports.
//!
//! People write one agency's name in many ways: `«Global Work» МЧЖ`, `GLOBAL WORK LLC`,
//! `"Global Work" mchj`, `Глобал Ворк`. A name is compared through its *skeleton*:
//!
//! 1. the offer normalizer's Latin view of each word (case, apostrophes, look-alike letters,
//!    Uzbek and Karakalpak Cyrillic read through their Latin spelling, Russian through the same
//!    table: `Глобал Ворк` → `global vork`), so quotes, dots and dashes are gone;
//! 2. legal-form words at either end of the name (`МЧЖ`, `LLC`, `ООО`, `sp. z o.o.`: the
//!    vocabulary's `companies.legal_forms`) are left out;
//! 3. each word is folded where English and Cyrillic spellings of one sound differ (`w` → `v`,
//!    `c` → `k` or `s`, `ph` → `f`, `q` → `k`, `dj`/`zh` → `j`, `x` → `h` or `ks`, `th` → `t`,
//!    `ts` → `s`, `ee` → `i`, `oo` → `u`, doubled letters once): this is matching, not
//!    transliteration, and the same fold runs on the offer's words;
//! 4. the words are compared joined, so `GlobalWork` is `Global Work` too, but always whole
//!    words of the offer: `Global Workers` is not `Global Work`.
//!
//! A name must still say something: at least [`MIN_LETTERS`] letters once legal forms are
//! out, and one word of at least [`MIN_WORD`] letters that is not generic (the vocabulary's
//! `companies.generic`, agency and job words, a destination). `Agentlik`, `Ish Kompaniyasi`
//! or `Korea Jobs` would flag honest offers, so they are refused.

use std::collections::HashMap;

use super::normalize::Normalized;

/// Letters (and digits) a name needs once its legal form is left out.
pub const MIN_LETTERS: usize = 5;
/// Letters of the word that makes a name specific (not generic).
pub const MIN_WORD: usize = 3;

/// A company name ready to compare: its skeleton words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyName {
    pub words: Vec<String>,
}

impl CompanyName {
    /// The stored form: the skeleton words joined by a space (`global vork`).
    pub fn value(&self) -> String {
        self.words.join(" ")
    }

    /// The key names are compared by (`globalvork`).
    pub fn key(&self) -> String {
        self.words.concat()
    }
}

/// The key of a stored name value (`global vork` → `globalvork`).
pub fn key_of_value(value: &str) -> String {
    value.split_whitespace().collect()
}

/// Why a name cannot be confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameRefusal {
    /// Too few letters once quotes and legal forms are out (`AB`, `Work`).
    TooShort,
    /// Only generic words, agency or job words, legal forms or destinations.
    Generic,
    /// An agency of `offer-registry.yaml` is named: its entry (with a source) decides.
    InRegistry(String),
}

impl NameRefusal {
    /// The short code the operators' messages select on.
    pub fn code(&self) -> &'static str {
        match self {
            NameRefusal::TooShort => "short",
            NameRefusal::Generic => "generic",
            NameRefusal::InRegistry(_) => "registry",
        }
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The skeleton of one Latin-view word (step 3 of the module docs).
pub fn skeleton(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let (s, used): (&str, usize) = match (c, next) {
            ('c', Some('h')) => ("ch", 2),
            ('c', Some('k')) => ("k", 2),
            ('c', Some('e' | 'i' | 'y')) => ("s", 1),
            ('c', _) => ("k", 1),
            ('p', Some('h')) => ("f", 2),
            ('t', Some('h')) => ("t", 2),
            ('t', Some('s')) => ("s", 2),
            ('k', Some('h')) => ("h", 2),
            ('d', Some('z')) if chars.get(i + 2) == Some(&'h') => ("j", 3),
            ('d', Some('j')) | ('z', Some('h')) => ("j", 2),
            ('e', Some('e')) => ("i", 2),
            ('o', Some('o')) => ("u", 2),
            ('w', _) => ("v", 1),
            ('q', _) => ("k", 1),
            // English `x` after a vowel is `ks` (`Express`, `Max`: `Экспресс`, `Макс`); at the
            // start or after a consonant it is the Cyrillic `х` (`Holding`, `Холдинг`).
            ('x', _) if prev.is_some_and(is_vowel) => ("ks", 1),
            ('x', _) => ("h", 1),
            _ => {
                if !out.ends_with(c) {
                    out.push(c);
                }
                i += 1;
                continue;
            }
        };
        for ch in s.chars() {
            if !out.ends_with(ch) {
                out.push(ch);
            }
        }
        i += used;
    }
    out
}

/// The skeleton of every word of a normalized text.
pub fn skeletons(n: &Normalized) -> Vec<String> {
    (0..n.words.len())
        .map(|i| skeleton(n.lat_word(i)))
        .collect()
}

/// Names found in a text: the words `first..=last` spell the name with this key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameHit<'a> {
    pub first: usize,
    pub last: usize,
    pub key: &'a str,
}

/// Keys of names, ready to be looked for in texts.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    /// Key → index in the owner's list.
    keys: HashMap<String, usize>,
    longest: usize,
}

impl NameIndex {
    pub fn insert(&mut self, key: String, index: usize) {
        self.longest = self.longest.max(key.len());
        self.keys.insert(key, index);
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Every place one of the names is written, leftmost and longest first, not overlapping:
    /// whole words whose skeletons joined are a key. Returns the word range and the index.
    pub fn find(&self, words: &[String]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut joined = String::new();
            let mut best = None;
            for (j, w) in words.iter().enumerate().skip(i) {
                if w.is_empty() {
                    break;
                }
                joined.push_str(w);
                if joined.len() > self.longest {
                    break;
                }
                if let Some(&k) = self.keys.get(&joined) {
                    best = Some((j, k));
                }
            }
            match best {
                Some((j, k)) => {
                    out.push((i, j, k));
                    i = j + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Reads a written name (steps 1–2 and the checks), with `generic(i)` telling whether word
/// `i` of `n` names nothing by itself. `legal_forms` are Latin-view word sequences.
pub fn read(
    n: &Normalized,
    legal_forms: &[Vec<String>],
    generic: impl Fn(usize) -> bool,
) -> Result<CompanyName, NameRefusal> {
    let lat: Vec<&str> = (0..n.words.len()).map(|i| n.lat_word(i)).collect();
    let (mut first, mut last) = (0, lat.len());
    let form_at = |words: &[&str]| -> Option<usize> {
        legal_forms
            .iter()
            .find(|f| f.len() <= words.len() && f.iter().zip(words).all(|(a, b)| a == b))
            .map(Vec::len)
    };
    // Legal forms at the start, then at the end (each may repeat: `ООО "X" MChJ`).
    while first < last {
        match form_at(&lat[first..last]) {
            Some(len) => first += len,
            None => break,
        }
    }
    'end: while first < last {
        for f in legal_forms {
            if f.len() <= last - first
                && f.iter()
                    .zip(&lat[last - f.len()..last])
                    .all(|(a, b)| a == b)
            {
                last -= f.len();
                continue 'end;
            }
        }
        break;
    }
    let words: Vec<String> = (first..last).map(|i| skeleton(lat[i])).collect();
    let letters: usize = words.iter().map(|w| w.chars().count()).sum();
    if letters < MIN_LETTERS {
        return Err(NameRefusal::TooShort);
    }
    // Digits count as letters of a name (`Work 24`), but a specific word is made of letters:
    // a phone number is no company name.
    let specific = (first..last).any(|i| {
        !generic(i)
            && skeleton(lat[i])
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                >= MIN_WORD
    });
    if !specific {
        return Err(NameRefusal::Generic);
    }
    Ok(CompanyName { words })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_fold_english_and_cyrillic_spellings() {
        let s = |w: &str| skeleton(w);
        assert_eq!(s("work"), s("vork"));
        assert_eq!(s("express"), s("ekspress"));
        assert_eq!(s("holding"), s("xolding"));
        assert_eq!(s("center"), s("senter"));
        assert_eq!(s("consult"), s("konsult"));
        assert_eq!(s("job"), s("djob"));
        assert_eq!(s("job"), s("dzhob"));
        assert_eq!(s("phoenix"), s("foeniks"));
        assert_eq!(s("qurilish"), s("kurilish"));
        assert_eq!(s("green"), s("grin"));
        // The fold is stable: a skeleton folds to itself.
        for w in ["globalvork", "ekspres", "hiZmat", "maks", "jasmin", "sentr"] {
            let once = s(&w.to_lowercase());
            assert_eq!(s(&once), once, "{w}");
        }
        assert_ne!(s("global"), s("globus"));
    }
}
