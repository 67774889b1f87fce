//! What both languages share: splitting plain text into words, apostrophe variants, and the
//! case of multi-letter spellings.

/// Every character people type for the mark in Uzbek oʻ/gʻ, the tutuq belgisi, or the old
/// Karakalpak apostrophe letters (Aʼ Gʼ Nʼ Oʼ Uʼ): ' ` ’ ‘ ʻ ʼ, ´ (typed on some keyboards),
/// and the look-alikes ‛ ʽ ʹ ′ ˊ ˋ that keyboards and fonts substitute. The offer checker's
/// normalization folds the same list.
pub const APOSTROPHES: [char; 13] = [
    '\'', '`', '\u{2019}', '\u{2018}', '\u{02BB}', '\u{02BC}', '\u{00B4}', '\u{201B}', '\u{02BD}',
    '\u{02B9}', '\u{2032}', '\u{02CA}', '\u{02CB}',
];

/// ʻ (U+02BB, modifier letter turned comma): the mark of Uzbek oʻ and gʻ.
pub const OKINA: char = '\u{02BB}';

/// ʼ (U+02BC, modifier letter apostrophe): the Uzbek tutuq belgisi.
pub const TUTUQ: char = '\u{02BC}';

/// Whether `c` is one of the [`APOSTROPHES`].
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{2019}'
            | '\u{2018}'
            | '\u{02BB}'
            | '\u{02BC}'
            | '\u{00B4}'
            | '\u{201B}'
            | '\u{02BD}'
            | '\u{02B9}'
            | '\u{2032}'
            | '\u{02CA}'
            | '\u{02CB}'
    )
}

/// Lower case of one character, kept one character (enough for Latin and Cyrillic letters).
pub fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Appends `spelling` (lowercase) for a source letter: lowercase, `Title` when the source
/// letter is upper case, or all `UPPER` when the word around it is written in capitals.
pub fn push_cased(out: &mut String, spelling: &str, upper: bool, all_caps: bool) {
    if !upper {
        out.push_str(spelling);
    } else if all_caps {
        out.extend(spelling.chars().flat_map(char::to_uppercase));
    } else {
        let mut chars = spelling.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
}

/// Whether the upper-case letter at `i` stands in a word written in capitals: the next letter
/// decides ("ШАРТ" → "SHART", "Шарт" → "Shart"); at the end of a word the previous one does
/// ("ТОШ" → "TOSH").
pub fn in_caps(word: &[char], i: usize) -> bool {
    match word.get(i + 1).filter(|c| is_cased(**c)) {
        Some(next) => next.is_uppercase(),
        None => i > 0 && word[i - 1].is_uppercase(),
    }
}

/// A letter with case (ʻ and ʼ are letters without case).
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

/// How a word is capitalised, so a replacement can be written the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Lower,
    Title,
    Upper,
}

impl Case {
    pub fn of(word: &[char]) -> Case {
        let mut letters = word.iter().filter(|c| is_cased(**c));
        let Some(first) = letters.next() else {
            return Case::Lower;
        };
        if !first.is_uppercase() {
            return Case::Lower;
        }
        let rest: Vec<&char> = letters.collect();
        if !rest.is_empty() && rest.iter().all(|c| c.is_uppercase()) {
            Case::Upper
        } else {
            Case::Title
        }
    }

    /// Applies this case to a lowercase `text`, with `upper` as the upper-case mapping of one
    /// character (Karakalpak needs its own: ı → Í).
    pub fn apply(self, text: &str, upper: fn(char) -> String) -> String {
        match self {
            Case::Lower => text.to_string(),
            Case::Upper => text.chars().map(upper).collect(),
            Case::Title => {
                let mut chars = text.chars();
                match chars.next() {
                    Some(first) => upper(first) + chars.as_str(),
                    None => String::new(),
                }
            }
        }
    }
}

/// Default upper-case mapping of one character.
pub fn default_upper(c: char) -> String {
    c.to_uppercase().collect()
}

/// A piece of plain text: a word to convert, or anything else (spaces, punctuation, digits,
/// codes such as `AA1234567`) kept as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chunk {
    Word(Vec<char>),
    Other(String),
}

/// Splits plain text into words and the rest. A word is a run of letters; an apostrophe joins
/// the word it follows when `joins(previous letter, next char)` says so. A run of letters and
/// digits where a letter comes before a digit (`AA1234567`, `B2`) is a code, kept whole;
/// digits before letters (`10ta`) only end the number. Letters followed by a hyphen and a
/// digit (`E-9`, `COVID-19`) are a code as well; `2022-yil` is not.
pub fn chunks(text: &str, joins: impl Fn(char, char, Option<char>) -> bool) -> Vec<Chunk> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut other = String::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphanumeric() {
            other.push(chars[i]);
            i += 1;
            continue;
        }
        // An alphanumeric run, with the apostrophes that join it.
        let start = i;
        while i < chars.len() {
            let c = chars[i];
            let joined = is_apostrophe(c)
                && i > start
                && chars[i - 1].is_alphabetic()
                && joins(chars[i - 1], c, chars.get(i + 1).copied());
            if !(c.is_alphanumeric() || joined) {
                break;
            }
            i += 1;
        }
        let run = &chars[start..i];
        // Letters, a hyphen and a digit: a code too (the visa type E-9, COVID-19).
        let hyphen_digit = chars.get(i) == Some(&'-')
            && chars.get(i + 1).is_some_and(|c| c.is_numeric())
            && run.last().is_some_and(|c| c.is_alphabetic());
        let is_code = hyphen_digit
            || run
                .iter()
                .position(|c| c.is_alphabetic())
                .is_some_and(|first_letter| run[first_letter..].iter().any(|c| c.is_numeric()));
        if is_code {
            other.extend(run);
            continue;
        }
        let mut j = 0;
        while j < run.len() {
            if run[j].is_numeric() {
                other.push(run[j]);
                j += 1;
                continue;
            }
            let word_start = j;
            while j < run.len() && !run[j].is_numeric() {
                j += 1;
            }
            if !other.is_empty() {
                out.push(Chunk::Other(std::mem::take(&mut other)));
            }
            out.push(Chunk::Word(run[word_start..j].to_vec()));
        }
    }
    if !other.is_empty() {
        out.push(Chunk::Other(other));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apostrophe_list_and_its_test_agree() {
        for c in APOSTROPHES {
            assert!(is_apostrophe(c), "{c:?}");
        }
        let others = (0..0x3000u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_apostrophe(c));
        assert_eq!(others.count(), APOSTROPHES.len());
    }

    fn never(_: char, _: char, _: Option<char>) -> bool {
        false
    }

    fn words(text: &str) -> Vec<String> {
        chunks(text, never)
            .into_iter()
            .filter_map(|c| match c {
                Chunk::Word(w) => Some(w.into_iter().collect()),
                Chunk::Other(_) => None,
            })
            .collect()
    }

    #[test]
    fn words_and_codes() {
        assert_eq!(words("Salom, dunyo!"), ["Salom", "dunyo"]);
        assert_eq!(words("10ta ish"), ["ta", "ish"]);
        assert_eq!(words("AA1234567 raqam"), ["raqam"]);
        assert_eq!(words("2-may"), ["may"]);
        assert_eq!(words("E-9 viza, COVID-19"), ["viza"]);
    }

    #[test]
    fn case_patterns() {
        let w = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(Case::of(&w("shart")), Case::Lower);
        assert_eq!(Case::of(&w("Shart")), Case::Title);
        assert_eq!(Case::of(&w("SHART")), Case::Upper);
        assert_eq!(Case::of(&w("Oʻ")), Case::Title);
        assert_eq!(Case::of(&w("OʻZ")), Case::Upper);
        assert_eq!(Case::Title.apply("oktabr", default_upper), "Oktabr");
        assert_eq!(Case::Upper.apply("oʻn", default_upper), "OʻN");
    }

    #[test]
    fn digraph_case() {
        let mut out = String::new();
        push_cased(&mut out, "sh", true, false);
        push_cased(&mut out, "sh", true, true);
        push_cased(&mut out, "sh", false, false);
        assert_eq!(out, "ShSHsh");
    }
}
