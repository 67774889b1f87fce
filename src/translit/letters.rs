//! The Cyrillic → Latin letter tables of Uzbek and Karakalpak: the one place that says how
//! each Cyrillic letter is written in Latin. Both users read them:
//!
//! - the converter ([`super::uz`], [`super::kaa`]) writes the `exact` spelling, with the marks
//!   of the alphabets (oʻ gʻ, the tutuq ʼ, Karakalpak á ǵ ı ń ó ú), then applies case and the
//!   exceptions word list;
//! - the offer checker's normalization (`crate::offer::normalize`) writes the `plain`
//!   spelling, which is the exact one as people type it on a phone: without the apostrophes
//!   and without the marks (`ў` → `o`, `ә` → `a`, `ы` → `i`), so that `тўлов`, `toʻlov`,
//!   `to'lov` and `tolov` meet. It works letter by letter because every byte of its Latin view
//!   must point back at the letters of the original that produced it (evidence is quoted as
//!   the user wrote it), and it needs no allocation per word to stay within its time budget.
//!
//! Why the checker does not call [`super::convert`] on whole words: the converter works on
//! words (exceptions are looked up per word and per stem, NFC is applied, case is restored),
//! which loses the letter-to-letter offsets and allocates several strings per word; and it
//! must be told the language, while an offer mixes Uzbek, Karakalpak and Russian words. The
//! exceptions list only restores spellings rules cannot give (ц, ь, э in the Latin → Cyrillic
//! direction, a few loanwords back to Latin); for matching, the rule spelling folded to plain
//! letters is what both scripts of a word have in common. So the letters are shared and the
//! word-level machinery is not.
//!
//! The rules and their sources are in the module documentation of [`crate::translit`].

/// How one Cyrillic letter is written in Latin, in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spelling {
    /// As the Latin alphabet writes it: `oʻ`, `sʼ` (in `sʼh`), `á`, `ı`.
    pub exact: &'static str,
    /// The same without apostrophes and marks, as typed without them: `o`, `s`, `a`, `i`.
    pub plain: &'static str,
}

const fn same(s: &'static str) -> Spelling {
    Spelling { exact: s, plain: s }
}

const fn marked(exact: &'static str, plain: &'static str) -> Spelling {
    Spelling { exact, plain }
}

/// Uzbek Cyrillic vowels (lower case), after which `е` is `ye` and `ц` is `ts`.
pub fn is_uz_cyr_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ў' | 'э' | 'ю' | 'я')
}

/// The Uzbek spelling of the lower-case Cyrillic letter `l`, given the lower-case letters
/// before and after it in the word (`None` at the word's edges); `None` for a letter that is
/// not in the Uzbek alphabet.
pub fn uz(l: char, prev: Option<char>, next: Option<char>) -> Option<Spelling> {
    let after_vowel = prev.is_some_and(is_uz_cyr_vowel);
    Some(match l {
        // сҳ is sʼh, so it is not read as ш: Исҳоқ → Isʼhoq.
        'с' if next == Some('ҳ') => marked("s\u{02BC}", "s"),
        'е' if prev.is_none() || after_vowel || matches!(prev, Some('ъ' | 'ь')) => same("ye"),
        'е' | 'э' => same("e"),
        'ц' if after_vowel => same("ts"),
        'ц' => same("s"),
        // Not written after ў (мўъжиза → moʻjiza) nor before е ё ю я, whose y already
        // separates (объект → obyekt).
        'ъ' if prev == Some('ў') || matches!(next, Some('е' | 'ё' | 'ю' | 'я')) => same(""),
        'ъ' => marked("\u{02BC}", ""),
        // ь before о is read as y (бульон → bulyon); elsewhere it is dropped.
        'ь' if next == Some('о') => same("y"),
        'ь' => same(""),
        'а' => same("a"),
        'б' => same("b"),
        'в' => same("v"),
        'г' => same("g"),
        'д' => same("d"),
        'ё' => same("yo"),
        'ж' => same("j"),
        'з' => same("z"),
        'и' | 'ы' => same("i"),
        'й' => same("y"),
        'к' => same("k"),
        'л' => same("l"),
        'м' => same("m"),
        'н' => same("n"),
        'о' => same("o"),
        'п' => same("p"),
        'р' => same("r"),
        'с' => same("s"),
        'т' => same("t"),
        'у' => same("u"),
        'ф' => same("f"),
        'х' => same("x"),
        'ч' => same("ch"),
        'ш' | 'щ' => same("sh"),
        'ю' => same("yu"),
        'я' => same("ya"),
        'ў' => marked("o\u{02BB}", "o"),
        'қ' => same("q"),
        'ғ' => marked("g\u{02BB}", "g"),
        'ҳ' => same("h"),
        _ => return None,
    })
}

/// The Karakalpak (2016 alphabet) spelling of the lower-case Cyrillic letter `l`; `None` for
/// a letter that is not in the Karakalpak alphabet. The official table needs no context [99].
pub fn kaa(l: char) -> Option<Spelling> {
    Some(match l {
        'а' => same("a"),
        'ә' => marked("á", "a"),
        'б' => same("b"),
        'в' => same("v"),
        'г' => same("g"),
        'ғ' => marked("ǵ", "g"),
        'д' => same("d"),
        'е' | 'э' => same("e"),
        'ё' => same("yo"),
        'ж' => same("j"),
        'з' => same("z"),
        'и' => same("i"),
        'й' => same("y"),
        'к' => same("k"),
        'қ' => same("q"),
        'л' => same("l"),
        'м' => same("m"),
        'н' => same("n"),
        'ң' => marked("ń", "n"),
        'о' => same("o"),
        'ө' => marked("ó", "o"),
        'п' => same("p"),
        'р' => same("r"),
        'с' => same("s"),
        'т' => same("t"),
        'у' => same("u"),
        'ү' => marked("ú", "u"),
        'ў' => same("w"),
        'ф' => same("f"),
        'х' => same("x"),
        'ҳ' => same("h"),
        'ц' => same("c"),
        'ч' => same("ch"),
        'ш' | 'щ' => same("sh"),
        'ъ' | 'ь' => same(""),
        'ы' => marked("ı", "i"),
        'ю' => same("yu"),
        'я' => same("ya"),
        _ => return None,
    })
}

/// Letters only Karakalpak (and Kazakh) Cyrillic has among those offers use: `ә ө ү ң`, and
/// Kazakh `ұ`. A text with one of them is read with the Karakalpak table.
pub fn is_kaa_only_cyr(c: char) -> bool {
    matches!(c, 'ә' | 'ө' | 'ү' | 'ң' | 'ұ')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the plain spelling must be: the exact one without apostrophes and marks.
    fn fold(exact: &str) -> String {
        exact
            .chars()
            .filter(|c| !super::super::word::is_apostrophe(*c))
            .map(|c| match c {
                'á' => 'a',
                'ǵ' => 'g',
                'ı' => 'i',
                'ń' => 'n',
                'ó' => 'o',
                'ú' => 'u',
                c => c,
            })
            .collect()
    }

    #[test]
    fn plain_is_exact_without_marks() {
        let contexts = [
            None,
            Some('а'),
            Some('б'),
            Some('ъ'),
            Some('ў'),
            Some('ҳ'),
            Some('о'),
        ];
        for c in '\u{0400}'..='\u{04FF}' {
            for prev in contexts {
                for next in contexts {
                    if let Some(s) = uz(c, prev, next) {
                        assert_eq!(s.plain, fold(s.exact), "uz {c} {prev:?} {next:?}");
                        assert!(s.plain.is_ascii(), "uz {c}");
                    }
                }
            }
            if let Some(s) = kaa(c) {
                assert_eq!(s.plain, fold(s.exact), "kaa {c}");
                assert!(s.plain.is_ascii(), "kaa {c}");
            }
        }
    }

    #[test]
    fn context_rules() {
        assert_eq!(uz('е', None, Some('р')).map(|s| s.exact), Some("ye"));
        assert_eq!(uz('е', Some('о'), None).map(|s| s.exact), Some("ye"));
        assert_eq!(uz('е', Some('к'), None).map(|s| s.exact), Some("e"));
        assert_eq!(uz('ц', Some('и'), None).map(|s| s.exact), Some("ts"));
        assert_eq!(uz('ц', None, Some('е')).map(|s| s.exact), Some("s"));
        assert_eq!(uz('с', None, Some('ҳ')).map(|s| s.exact), Some("sʼ"));
        assert_eq!(uz('ъ', Some('ў'), None).map(|s| s.exact), Some(""));
        assert_eq!(uz('ь', Some('л'), Some('о')).map(|s| s.exact), Some("y"));
        assert_eq!(uz('ә', None, None), None);
        assert_eq!(kaa('ў').map(|s| s.exact), Some("w"));
        assert_eq!(kaa('ы').map(|s| s.plain), Some("i"));
    }
}
