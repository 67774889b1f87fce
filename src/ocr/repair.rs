//! Repairing the text an OCR engine read, before the offer checker sees it.
//!
//! Tesseract's `uzb_cyrl` and `rus` models read the letters Russian lacks as their nearest
//! Russian look-alike (`ў қ ғ ҳ` as `у к г х`; Karakalpak `ә ө ү ң` as `а о у н`), there is no
//! Karakalpak model at all, a `$` right after an amount comes out as a `5` (`2500$` →
//! `25005`), and avatars and icons become lines of garbage. Three repairs, each kept only
//! because it raised the measured figure (tests/ocr.rs):
//!
//! 1. **noise lines** (fewer than three letters, or mostly signs) are dropped;
//! 2. **a `$` read as `5`** after a round amount (`25005`, `60005`) is put back, unless another
//!    currency follows the number;
//! 3. **Uzbek and Karakalpak Cyrillic letters** are restored from a word list: the offer
//!    checker's own phrases and word lists (written in Latin), converted to Cyrillic with
//!    Safar's transliteration tables. A word of the text whose look-alike *skeleton* (every
//!    special letter folded to its Russian look-alike, the folding OCR does) starts with the
//!    skeleton of a known stem gets the stem's letters back (`утказиб` → `ўтказиб`).
//!    Karakalpak forms go through the same folding, so one list serves both languages.
//!
//! The repairs never touch what a pasted text would say: `repair` on the corpus's own texts
//! leaves every verdict as it was (tests below and in tests/ocr.rs).

use std::collections::HashMap;

use crate::lang::Lang;
use crate::offer::OfferChecker;

/// A stem shorter than this (in letters) is restored only as a whole word (`хам` → `ҳам`):
/// too many Russian words start so.
const MIN_STEM: usize = 4;
/// Shorter words are never restored.
const MIN_WORD: usize = 3;

/// The word lists the Cyrillic letters are restored from: Uzbek and Karakalpak apart (the
/// same stem is `шарт` in one and `шәрт` in the other).
#[derive(Debug, Clone, Default)]
pub struct Repairer {
    uz: Stems,
    kaa: Stems,
}

#[derive(Debug, Clone, Default)]
struct Stems {
    /// Skeleton of a stem → the stem as written (lowercase Cyrillic).
    stems: HashMap<String, String>,
    /// Short words, restored only whole: skeleton → the word.
    words: HashMap<String, String>,
    /// Lengths (in chars) of the skeletons, longest first.
    lengths: Vec<usize>,
}

/// Folds a Cyrillic letter the way OCR does: Uzbek and Karakalpak letters to the Russian ones
/// they are read as.
fn skeleton_char(c: char) -> char {
    match c {
        'ў' | 'ү' => 'у',
        'қ' => 'к',
        'ғ' => 'г',
        'ҳ' => 'х',
        'ң' => 'н',
        'ә' => 'а',
        'ө' => 'о',
        'ё' => 'е',
        c => c,
    }
}

fn skeleton(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(skeleton_char)
        .collect()
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

impl Repairer {
    /// A repairer from the checker's phrases and word lists (Uzbek and Karakalpak).
    pub fn from_checker(checker: &OfferChecker) -> Repairer {
        let mut words: Vec<(Lang, String)> = Vec::new();
        for (lang, phrase) in checker.phrases() {
            words.push((lang, phrase.to_string()));
        }
        for lang in [Lang::Uz, Lang::Kaa] {
            for list in checker.word_list_names(lang) {
                if let Some(entries) = checker.word_list(lang, list) {
                    words.extend(entries.iter().map(|e| (lang, e.clone())));
                }
            }
        }
        Repairer::from_words(words)
    }

    /// A repairer from Latin phrases (`*` stems and `{lists}` allowed; Russian ones are
    /// skipped).
    pub fn from_words(phrases: impl IntoIterator<Item = (Lang, String)>) -> Repairer {
        let mut uz = Vec::new();
        let mut kaa = Vec::new();
        for (lang, phrase) in phrases {
            match lang.authored() {
                Lang::Uz => uz.push(phrase),
                Lang::Kaa => kaa.push(phrase),
                _ => {}
            }
        }
        Repairer {
            uz: Stems::new(uz, crate::translit::uz_lat_to_cyr),
            kaa: Stems::new(kaa, crate::translit::kaa_lat_to_cyr),
        }
    }

    /// How many stems can be restored.
    pub fn len(&self) -> usize {
        let n = |s: &Stems| s.stems.len() + s.words.len();
        n(&self.uz) + n(&self.kaa)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text read, repaired (see the module's documentation).
    pub fn repair(&self, text: &str) -> String {
        // OCR keeps `ы` (Russian has it) where it loses `ә ө ү ң`: a Cyrillic text with `ы` or
        // any of those is read as Karakalpak (Uzbek Cyrillic has none of them).
        let karakalpak = text
            .chars()
            .any(|c| matches!(c, 'ы' | 'ә' | 'ө' | 'ү' | 'ң' | 'Ә' | 'Ө' | 'Ү' | 'Ң'));
        let mut out = String::with_capacity(text.len());
        for line in text.lines() {
            let line = line.trim();
            if is_noise(line) {
                continue;
            }
            let line = dollar_signs(line);
            out.push_str(&self.restore_letters(&line, karakalpak));
            out.push('\n');
        }
        preposition_v(out.trim_end())
    }

    /// Step 3 on one line.
    fn restore_letters(&self, line: &str, karakalpak: bool) -> String {
        if self.is_empty() {
            return line.to_string();
        }
        let mut out = String::with_capacity(line.len() + 8);
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if !word.is_empty() {
                let restored = if karakalpak {
                    self.kaa.restore(word).or_else(|| self.uz.restore(word))
                } else {
                    self.uz.restore(word)
                };
                out.push_str(restored.as_deref().unwrap_or(word));
                word.clear();
            }
        };
        for c in line.chars() {
            if c.is_alphabetic() {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    }
}

impl Stems {
    fn new(phrases: Vec<String>, convert: fn(&str) -> String) -> Stems {
        let mut stems: HashMap<String, Option<String>> = HashMap::new();
        let mut words: HashMap<String, Option<String>> = HashMap::new();
        for phrase in phrases {
            for word in
                phrase.split(|c: char| !(c.is_alphabetic() || crate::translit::is_apostrophe(c)))
            {
                // `{list}` names are not words of the language.
                if word.is_empty() || phrase.contains(&format!("{{{word}}}")) {
                    continue;
                }
                let cyr = convert(word).to_lowercase();
                if !cyr.chars().all(is_cyrillic) {
                    continue;
                }
                let key = skeleton(&cyr);
                let len = key.chars().count();
                if key == cyr || len < MIN_WORD {
                    continue;
                }
                let table = if len < MIN_STEM {
                    &mut words
                } else {
                    &mut stems
                };
                // Two different stems with one skeleton: which was meant is unknown.
                table
                    .entry(key)
                    .and_modify(|v| {
                        if v.as_deref() != Some(cyr.as_str()) {
                            *v = None;
                        }
                    })
                    .or_insert(Some(cyr));
            }
        }
        let known = |table: HashMap<String, Option<String>>| -> HashMap<String, String> {
            table
                .into_iter()
                .filter_map(|(k, v)| Some((k, v?)))
                .collect()
        };
        let stems = known(stems);
        let words = known(words);
        let mut lengths: Vec<usize> = stems.keys().map(|k| k.chars().count()).collect();
        lengths.sort_unstable_by(|a, b| b.cmp(a));
        lengths.dedup();
        Stems {
            stems,
            words,
            lengths,
        }
    }

    /// The word with a known stem's letters restored, if it starts with one.
    fn restore(&self, word: &str) -> Option<String> {
        if !word.chars().all(is_cyrillic) {
            return None;
        }
        let whole = skeleton(word);
        let key: Vec<char> = whole.chars().collect();
        let found = self.words.get(&whole).map(|w| (key.len(), w)).or_else(|| {
            self.lengths.iter().find_map(|&len| {
                let prefix: String = key.get(..len)?.iter().collect();
                self.stems.get(&prefix).map(|s| (len, s))
            })
        });
        let (len, stem) = found?;
        let chars: Vec<char> = word.chars().collect();
        let mut out = String::with_capacity(word.len() + 4);
        for (i, s) in stem.chars().enumerate() {
            // Keep the case as read.
            if chars[i].is_uppercase() {
                out.extend(s.to_uppercase());
            } else {
                out.push(s);
            }
        }
        out.extend(&chars[len..]);
        Some(out)
    }
}
/// Step 1: a line with fewer than three letters, or more signs than letters, is noise (an
/// avatar, an icon, a view counter).
fn is_noise(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let digits = line.chars().filter(|c| c.is_ascii_digit()).count();
    let signs = line
        .chars()
        .filter(|c| !c.is_alphanumeric() && !c.is_whitespace())
        .count();
    // A phone number or an amount alone on a line is not noise.
    if digits >= 7 && letters == 0 {
        return false;
    }
    letters < 3 || signs > letters
}

/// Currency words (folded lowercase prefixes) that, right after a number, say it is not in
/// dollars.
const OTHER_CURRENCIES: &[&str] = &[
    "сум",
    "сўм",
    "so'm",
    "som",
    "сом",
    "руб",
    "rub",
    "тенге",
    "tenge",
    "тг",
    "евро",
    "евр",
    "yevro",
    "evro",
    "eur",
    "€",
    "фунт",
    "funt",
    "£",
    "вон",
    "won",
    "₩",
    "доллар",
    "dollar",
    "usd",
    "млн",
    "mln",
    "минг",
    "ming",
    "мың",
    "mıń",
    "тыс",
    "ming",
    "000",
];

/// Step 2: `25005` (a round amount and a `5`, `S` or `s` where the `$` was) becomes `2500$`.
fn dollar_signs(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts_number = c.is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric());
        if !starts_number {
            out.push(c);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        let digits: String = chars[i..j].iter().collect();
        let mut end = j;
        let mut replaced = None;
        // `2500S` / `2500s`: the letter is the sign.
        if j < chars.len()
            && matches!(chars[j], 'S' | 's')
            && chars.get(j + 1).is_none_or(|c| !c.is_alphanumeric())
            && digits.len() >= 3
            && digits.ends_with("00")
        {
            replaced = Some(format!("{digits}$"));
            end = j + 1;
        } else if digits.len() >= 4
            && digits.ends_with('5')
            && digits[..digits.len() - 1].ends_with("00")
            && !digits.starts_with('0')
            // A year (`2005 yil`) is no amount.
            && !(digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")))
            && chars.get(j).is_none_or(|c| !c.is_alphanumeric() && *c != '%')
            && !other_currency_follows(&chars[j..])
            // A `5` after a round amount inside a phone number (`+998 90 000 11 22`) or a
            // range of years is no dollar: only a number standing alone.
            && !(i >= 2 && chars[i - 1] == ' ' && chars[i - 2].is_ascii_digit())
            && !chars.get(j + 1).is_some_and(|c| c.is_ascii_digit() && chars[j] == ' ')
        {
            replaced = Some(format!("{}$", &digits[..digits.len() - 1]));
        }
        match replaced {
            Some(r) => out.push_str(&r),
            None => out.push_str(&digits),
        }
        i = end;
    }
    out
}

/// Russian pay periods that follow `в` (`1500$ в неделю`).
const PERIODS_AFTER_V: &[&str] = &["месяц", "неделю", "день", "час", "сутки", "смену", "год"];

/// Step 2 too: the Russian `в` before a pay period is read as `8` (`1500$ 8 неделю`), also
/// at the end of a line with the period on the next.
fn preposition_v(text: &str) -> String {
    // Words with the whitespace after each, so that the text comes back as it was.
    let mut tokens: Vec<(&str, &str)> = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_end);
        let space_end = after
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(after.len());
        tokens.push((word, &after[..space_end]));
        rest = &after[space_end..];
    }
    let mut out = String::with_capacity(text.len());
    for (i, (word, space)) in tokens.iter().enumerate() {
        let period_next = tokens.get(i + 1).is_some_and(|(next, _)| {
            let next = next.to_lowercase();
            PERIODS_AFTER_V.iter().any(|p| next.starts_with(p))
        });
        let after_amount = i > 0
            && tokens[i - 1]
                .0
                .chars()
                .last()
                .is_some_and(|c| !c.is_ascii_digit());
        out.push_str(if *word == "8" && period_next && after_amount {
            "в"
        } else {
            word
        });
        out.push_str(space);
    }
    out
}

fn other_currency_follows(rest: &[char]) -> bool {
    let next: String = rest
        .iter()
        .skip_while(|c| c.is_whitespace())
        .take(8)
        .collect::<String>()
        .to_lowercase();
    OTHER_CURRENCIES.iter().any(|w| next.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repairer() -> Repairer {
        Repairer::from_words([
            (Lang::Uz, "o'tkazib ber*".to_string()),
            (Lang::Uz, "haftasiga".to_string()),
            (Lang::Uz, "to'lov*".to_string()),
            (Lang::Kaa, "tóleysiz".to_string()),
            (Lang::Kaa, "qurılıs*".to_string()),
            (Lang::Ru, "оплата".to_string()),
        ])
    }

    #[test]
    fn uzbek_and_karakalpak_letters_come_back() {
        let r = repairer();
        assert_eq!(
            r.repair("Юз фоиз утказиб берамиз"),
            "Юз фоиз ўтказиб берамиз"
        );
        assert_eq!(r.repair("Хафтасига 1200 доллар"), "Ҳафтасига 1200 доллар");
        assert_eq!(r.repair("Тулов олдиндан"), "Тўлов олдиндан");
        // The stem comes back; the ending stays as read (the rules match stems).
        assert_eq!(r.repair("курылыска жумысшылар"), "қурылыска жумысшылар");
        // Latin words and Russian ones are left alone.
        assert_eq!(r.repair("tulov oldindan, оплата"), "tulov oldindan, оплата");
    }

    #[test]
    fn a_dollar_read_as_five_is_put_back() {
        assert_eq!(
            dollar_signs("Хизмат 55005, аввал ярми."),
            "Хизмат 5500$, аввал ярми."
        );
        assert_eq!(dollar_signs("Oyiga 25005 maosh"), "Oyiga 2500$ maosh");
        assert_eq!(dollar_signs("narxi 6000S"), "narxi 6000$");
        // Other currencies, phone numbers, plain amounts: untouched.
        assert_eq!(dollar_signs("10005 сум"), "10005 сум");
        assert_eq!(dollar_signs("+998 90 000 10005"), "+998 90 000 10005");
        assert_eq!(dollar_signs("oyiga 2005 yil"), "oyiga 2005 yil");
        assert_eq!(dollar_signs("1500 рублей"), "1500 рублей");
    }

    #[test]
    fn a_russian_v_read_as_eight_is_put_back() {
        assert_eq!(
            preposition_v("Хостес. 1500$ 8 неделю."),
            "Хостес. 1500$ в неделю."
        );
        assert_eq!(
            preposition_v("800 долларов 8 месяц"),
            "800 долларов в месяц"
        );
        assert_eq!(
            preposition_v("1500$ 8\nнеделю. Yoshi"),
            "1500$ в\nнеделю. Yoshi"
        );
        // A digit among digits stays: `1500 8 месяцев` is not sure enough, nor a phone.
        assert_eq!(preposition_v("1500 8 месяцев"), "1500 8 месяцев");
        assert_eq!(preposition_v("+998 8 901"), "+998 8 901");
    }

    #[test]
    fn a_short_word_comes_back_only_whole() {
        let r = Repairer::from_words([(Lang::Uz, "til bilmasangiz ham".to_string())]);
        assert_eq!(
            r.repair("Тил билмаса хам, пулини берса"),
            "Тил билмаса ҳам, пулини берса"
        );
        assert_eq!(r.repair("хамелеон"), "хамелеон");
    }

    #[test]
    fn noise_lines_are_dropped() {
        let r = Repairer::default();
        assert_eq!(
            r.repair("® |\nKoreyaga ish\n— © =\n3.4K 14:27\n+998 90 000 11 22"),
            "Koreyaga ish\n+998 90 000 11 22"
        );
    }
}
