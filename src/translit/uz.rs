//! Uzbek: Cyrillic ↔ Latin (the 1995 Latin alphabet). The rules are explained, with their
//! sources, in the module documentation of [`crate::translit`].

use unicode_normalization::UnicodeNormalization;

use super::exceptions::Table;
use super::letters;
use super::word::{
    Case, Chunk, OKINA, TUTUQ, chunks, default_upper, in_caps, is_apostrophe, lower, push_cased,
};

fn is_lat_vowel(c: char) -> bool {
    matches!(lower(c), 'a' | 'e' | 'i' | 'o' | 'u')
}

/// An apostrophe after a letter belongs to the word when a letter follows (maʼlumot), after
/// o or g (toʻgʻ at the end of a word), or when it is one of the letter apostrophes ʻ ʼ.
fn joins(prev: char, apostrophe: char, next: Option<char>) -> bool {
    next.is_some_and(char::is_alphabetic)
        || matches!(lower(prev), 'o' | 'g')
        || apostrophe == OKINA
        || apostrophe == TUTUQ
}

/// The apostrophes of one Latin word folded: ʻ after o and g (oʻ, gʻ), ʼ (tutuq) elsewhere.
fn fold_word(word: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(word.len());
    for (i, &c) in word.iter().enumerate() {
        if is_apostrophe(c) {
            let after_og = i > 0 && matches!(lower(word[i - 1]), 'o' | 'g');
            out.push(if after_og { OKINA } else { TUTUQ });
        } else {
            out.push(c);
        }
    }
    out
}

/// Uzbek Latin with every apostrophe variant folded to the standard marks: oʻ and gʻ take ʻ
/// (U+02BB), the tutuq belgisi takes ʼ (U+02BC). Apostrophes used as quotation marks are left.
pub fn normalize_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for chunk in chunks(text, joins) {
        match chunk {
            Chunk::Other(s) => out.push_str(&s),
            Chunk::Word(w) => out.extend(fold_word(&w)),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin

pub fn cyr_to_lat(text: &str, table: &Table) -> String {
    // NFC: й, ў and ё typed as a letter plus a combining mark become one letter.
    let text: String = text.nfc().collect();
    let mut out = String::with_capacity(text.len());
    for chunk in chunks(&text, |_, _, _| false) {
        match chunk {
            Chunk::Other(s) => out.push_str(&s),
            Chunk::Word(w) => cyr_word(&w, table, &mut out),
        }
    }
    out
}

fn cyr_word(w: &[char], table: &Table, out: &mut String) {
    let key: Vec<char> = w.iter().map(|&c| lower(c)).collect();
    let mut from = 0;
    if let Some((n, latin)) = table.find_cyr(&key) {
        out.push_str(&Case::of(&w[..n]).apply(latin, default_upper));
        from = n;
    }
    cyr_rules(w, from, out);
}

/// Converts `w[from..]` by rule; `w[..from]` is context (a stem already written). The letters
/// come from the shared table ([`super::letters::uz`]); this adds case.
pub fn cyr_rules(w: &[char], from: usize, out: &mut String) {
    for i in from..w.len() {
        let c = w[i];
        let l = lower(c);
        let upper = c != l;
        let prev = i.checked_sub(1).map(|p| lower(w[p]));
        let next = w.get(i + 1).map(|&n| lower(n));
        match letters::uz(l, prev, next) {
            Some(s) => push_cased(out, s.exact, upper, upper && in_caps(w, i)),
            None => out.push(c),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Latin → Cyrillic

pub fn lat_to_cyr(text: &str, table: &Table) -> String {
    let text: String = text.nfc().collect();
    let mut out = String::with_capacity(text.len() * 2);
    for chunk in chunks(&text, joins) {
        match chunk {
            Chunk::Other(s) => out.push_str(&s),
            Chunk::Word(w) => lat_word(&w, table, &mut out),
        }
    }
    out
}

/// A Latin word that is plainly not Uzbek: it has w or a c outside ch (WhatsApp, Facebook), or
/// capitals inside it (YouTube). It is kept in Latin.
fn is_foreign(w: &[char]) -> bool {
    let has_foreign_letter = w.iter().enumerate().any(|(i, &c)| match lower(c) {
        'w' => true,
        'c' => w.get(i + 1).is_none_or(|&n| lower(n) != 'h'),
        _ => false,
    });
    let camel = w
        .windows(2)
        .any(|p| p[0].is_lowercase() && p[1].is_uppercase());
    has_foreign_letter || camel
}

fn lat_word(original: &[char], table: &Table, out: &mut String) {
    if is_foreign(original) {
        out.extend(original);
        return;
    }
    let w = fold_word(original);
    let key: Vec<char> = w.iter().map(|&c| lower(c)).collect();
    let mut from = 0;
    if let Some((n, cyrillic)) = table.find_lat(&key) {
        out.push_str(&Case::of(&w[..n]).apply(cyrillic, default_upper));
        from = n;
    }
    lat_rules(&w, from, out);
}

fn prev_is_vowel(w: &[char], i: usize) -> bool {
    match i.checked_sub(1).map(|p| w[p]) {
        Some(OKINA) => i >= 2 && lower(w[i - 2]) == 'o',
        Some(c) => is_lat_vowel(c),
        None => false,
    }
}

fn cased(c: char, upper: bool) -> char {
    if upper {
        c.to_uppercase().next().unwrap_or(c)
    } else {
        c
    }
}

/// Converts `w[from..]` (apostrophes folded) by rule; `w[..from]` is context.
pub fn lat_rules(w: &[char], from: usize, out: &mut String) {
    let at = |k: usize| w.get(k).map(|&c| lower(c));
    let mut i = from;
    while i < w.len() {
        let c = w[i];
        let l = lower(c);
        let upper = c.is_uppercase();
        let (n1, n2) = (at(i + 1), at(i + 2));
        let word_start = i == 0;
        let after_vowel = prev_is_vowel(w, i);
        let (cyrillic, len): (&[char], usize) = match (l, n1, n2) {
            ('s', Some(TUTUQ | OKINA), Some('h')) => {
                out.push(cased('с', upper));
                out.push(cased('ҳ', w[i + 2].is_uppercase()));
                i += 3;
                continue;
            }
            // yoʻ is й + ў, not ё + ʻ: yoʻq → йўқ.
            ('y', Some('o'), Some(OKINA)) => {
                out.push(cased('й', upper));
                out.push(cased('ў', w[i + 1].is_uppercase()));
                i += 3;
                continue;
            }
            ('o', Some(OKINA), _) => (&['ў'], 2),
            ('g', Some(OKINA), _) => (&['ғ'], 2),
            ('s', Some('h'), _) => (&['ш'], 2),
            ('c', Some('h'), _) => (&['ч'], 2),
            ('y', Some('o'), _) => (&['ё'], 2),
            ('y', Some('u'), _) => (&['ю'], 2),
            ('y', Some('a'), _) => (&['я'], 2),
            // ye after a consonant comes from Russian words with ъ (obyekt → объект);
            // those with ь (kuryer → курьер) are in the exceptions list.
            ('y', Some('e'), _) if word_start || after_vowel => (&['е'], 2),
            ('y', Some('e'), _) => {
                let caps = upper && w[i + 1].is_uppercase();
                out.push(cased('ъ', caps));
                out.push(cased('е', upper));
                i += 2;
                continue;
            }
            // -tsiya and -tsion after a vowel are Russian -ция, -цион: migratsiya → миграция.
            ('t', Some('s'), Some('i'))
                if after_vowel
                    && (at(i + 3) == Some('o')
                        || (at(i + 3), at(i + 4)) == (Some('y'), Some('a'))) =>
            {
                (&['ц'], 2)
            }
            ('e', _, _) if word_start || after_vowel => (&['э'], 1),
            (TUTUQ | OKINA, _, _) => {
                let caps = i > 0
                    && w[i - 1].is_uppercase()
                    && w.get(i + 1).is_none_or(|n| n.is_uppercase());
                out.push(cased('ъ', caps));
                i += 1;
                continue;
            }
            _ => match single_lat(l) {
                Some(ch) => {
                    out.push(cased(ch, upper));
                    i += 1;
                    continue;
                }
                None => {
                    out.push(c);
                    i += 1;
                    continue;
                }
            },
        };
        for &ch in cyrillic {
            out.push(cased(ch, upper));
        }
        i += len;
    }
}

fn single_lat(l: char) -> Option<char> {
    Some(match l {
        'a' => 'а',
        'b' => 'б',
        'c' => 'ц',
        'd' => 'д',
        'e' => 'е',
        'f' => 'ф',
        'g' => 'г',
        'h' => 'ҳ',
        'i' => 'и',
        'j' => 'ж',
        'k' => 'к',
        'l' => 'л',
        'm' => 'м',
        'n' => 'н',
        'o' => 'о',
        'p' => 'п',
        'q' => 'қ',
        'r' => 'р',
        's' => 'с',
        't' => 'т',
        'u' => 'у',
        'v' | 'w' => 'в',
        'x' => 'х',
        'y' => 'й',
        'z' => 'з',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c2l(s: &str) -> String {
        cyr_to_lat(s, &Table::default())
    }

    fn l2c(s: &str) -> String {
        lat_to_cyr(s, &Table::default())
    }

    #[test]
    fn ye_at_start_after_vowel_and_signs() {
        assert_eq!(c2l("ер"), "yer");
        assert_eq!(c2l("поезд"), "poyezd");
        assert_eq!(c2l("объект"), "obyekt");
        assert_eq!(c2l("кел"), "kel");
        assert_eq!(l2c("yer"), "ер");
        assert_eq!(l2c("poyezd"), "поезд");
        assert_eq!(l2c("obyekt"), "объект");
    }

    #[test]
    fn e_is_e_at_start_and_after_vowels() {
        assert_eq!(l2c("ekin"), "экин");
        assert_eq!(l2c("aeroport"), "аэропорт");
        assert_eq!(l2c("kelmoq"), "келмоқ");
        assert_eq!(c2l("аэропорт"), "aeroport");
    }

    #[test]
    fn ts_after_vowels_s_elsewhere() {
        assert_eq!(c2l("цех"), "sex");
        assert_eq!(c2l("концерт"), "konsert");
        assert_eq!(c2l("милиция"), "militsiya");
        assert_eq!(l2c("militsiya"), "милиция");
        assert_eq!(l2c("ketsa"), "кетса");
    }

    #[test]
    fn signs() {
        assert_eq!(c2l("эълон"), "eʼlon");
        assert_eq!(c2l("мўъжиза"), "moʻjiza");
        assert_eq!(c2l("октябрь"), "oktyabr");
        assert_eq!(c2l("бульон"), "bulyon");
        assert_eq!(l2c("eʼlon"), "эълон");
        assert_eq!(l2c("jamʼ"), "жамъ");
    }

    #[test]
    fn s_h() {
        assert_eq!(c2l("Исҳоқ"), "Isʼhoq");
        assert_eq!(c2l("ИСҲОҚ"), "ISʼHOQ");
        assert_eq!(l2c("Is'hoq"), "Исҳоқ");
        assert_eq!(l2c("Is’hoq"), "Исҳоқ");
        assert_eq!(l2c("Ishoq"), "Ишоқ");
    }

    #[test]
    fn yo_with_apostrophe_is_y_and_o_breve() {
        assert_eq!(l2c("yo'q"), "йўқ");
        assert_eq!(l2c("Yoʻl"), "Йўл");
        assert_eq!(l2c("YOʻQ"), "ЙЎҚ");
        assert_eq!(l2c("yomon"), "ёмон");
    }

    #[test]
    fn quotes_are_not_letters() {
        assert_eq!(l2c("'salom'"), "'салом'");
        assert_eq!(l2c("tog'"), "тоғ");
        assert_eq!(
            normalize_latin("O'zbekiston, ma`lumot, tog‘"),
            "Oʻzbekiston, maʼlumot, togʻ"
        );
    }

    #[test]
    fn decomposed_letters() {
        assert_eq!(c2l("у\u{306}қитувчи"), "oʻqituvchi");
    }

    #[test]
    fn foreign_words_stay() {
        assert_eq!(l2c("WhatsApp va Facebook"), "WhatsApp ва Facebook");
        assert_eq!(l2c("YouTube"), "YouTube");
        assert_eq!(l2c("Telegram"), "Телеграм");
    }
}
