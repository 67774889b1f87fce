//! Repairing the text an OCR engine read, before the offer checker sees it.
//!
//! Tesseract's `uzb_cyrl` and `rus` models read the letters Russian lacks as their nearest
//! Russian look-alike (`ў қ ғ ҳ` as `у к г х`; Karakalpak `ә ө ү ң` as `а о у н`, and `ө`, `ә`
//! also as `е`, `э`), there is no Karakalpak model at all, a `$` right after an amount comes
//! out as a `5` (`2500$` → `25005`), the `+` of a phone number as a `4`, an `@` as a `Q` or
//! nothing and a `_` as a space, a number is wrapped onto the next line, and avatars and icons
//! become lines of garbage. The repairs, each kept only because it raised the measured figures
//! on the tuning screenshots (tests/ocr.rs):
//!
//! 1. **numbers wrapped onto the next line** are joined back (`+998` / `61 000 40 50`);
//! 2. **noise lines** (fewer than three letters, or mostly signs) are dropped;
//! 3. **signs read as letters or digits**: a `$` read as `5` after a round amount (`25005`,
//!    `60005`), unless another currency follows the number; a Russian `в` read as `8` before a
//!    pay period; the `+` of `+998` read as `4`; an @handle after a word that gives a contact
//!    (`yozing: korea ish uz` → `@korea_ish_uz`) and an e-mail's `@` read as `Q`;
//! 4. **Uzbek and Karakalpak Cyrillic letters** are restored from a word list: the offer
//!    checker's own phrases and word lists (written in Latin), converted to Cyrillic with
//!    Safar's transliteration tables. A word of the text whose look-alike *skeleton* (every
//!    special letter folded to its Russian look-alike, the folding OCR does) starts with the
//!    skeleton of a known stem gets the stem's letters back (`утказиб` → `ўтказиб`); a
//!    Karakalpak `ө` or `ә` read as `е` or `э` is tried too, on longer stems (`телемейди` →
//!    `төлемейди`), and a three-letter stem is restored by prefix right after the word its
//!    phrase has before it (`устап каламыз` → `устап қаламыз`). A stem that would rewrite a
//!    Russian rule's word (`оҳрана` would rewrite `охрана`) or a listed word without special
//!    letters (`төле…` would rewrite `телеграм`) is left out, and a special letter the engine
//!    did read is never replaced by another.
//!
//! The repairs never touch what a pasted text would say: `repair` on the corpus's own texts
//! leaves every verdict and every contact as it was (tests below and in tests/ocr.rs).

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
    /// The stems and words under their skeleton (the letters OCR reads for them).
    exact: Table,
    /// The same under the other readings of `ө` and `ә` ([`tolerant_keys`]), tried when no
    /// exact skeleton fits.
    tolerant: Table,
    /// Short stems of a phrase restored by prefix after the phrase's word before them
    /// (`ustap qal*`: `устап каламыз` → `устап қаламыз`): (skeleton of the word before,
    /// skeleton of the stem) → the stem.
    after: HashMap<(String, String), String>,
}

#[derive(Debug, Clone, Default)]
struct Table {
    /// Skeleton of a stem → the stem as written (lowercase Cyrillic).
    stems: HashMap<String, String>,
    /// Short words, restored only whole: skeleton → the word.
    words: HashMap<String, String>,
    /// Lengths (in chars) of the skeletons, longest first.
    lengths: Vec<usize>,
}

/// A word the text may hold as it is: a Russian rule's word, or a word of the list without a
/// letter OCR folds (`паспорт`, `телеграм`). A stem that would rewrite it is left out.
#[derive(Debug, Clone)]
struct Guard {
    word: String,
    /// A Russian stem (`охран*`): a longer stem starting with it would rewrite its forms too.
    stem: bool,
}

impl Guard {
    /// Whether restoring `key` (a skeleton) would rewrite this word. A short key is restored
    /// only as a whole word, a longer one as the start of a word.
    fn clashes(&self, key: &str) -> bool {
        let rewrites = if key.chars().count() < MIN_STEM {
            self.word == key
        } else {
            self.word.starts_with(key)
        };
        rewrites
            || (self.stem && self.word.chars().count() >= MIN_STEM && key.starts_with(&self.word))
    }
}

/// The words of a rule's phrase (`ustap qal*` → `ustap`, `qal`), each with whether it is a
/// stem (`*`); `{list}` names and `~` are not words.
fn words_of(phrase: &str) -> impl Iterator<Item = (&str, bool)> {
    phrase.split_whitespace().flat_map(|token| {
        let list = token.starts_with('{');
        let stem = token.ends_with('*');
        let parts: Vec<&str> = token
            .split(|c: char| !(c.is_alphabetic() || crate::translit::is_apostrophe(c)))
            .filter(|w| !w.is_empty() && !list)
            .collect();
        let last = parts.len().saturating_sub(1);
        parts
            .into_iter()
            .enumerate()
            .map(move |(i, w)| (w, stem && i == last))
    })
}

/// Other ways OCR reads a Karakalpak word without Karakalpak data: besides the skeleton's
/// `ө` → `о` and `ә` → `а`, `ө` comes out as `е` (`төлем` → `телем`) and `ә` as `э`
/// (`қәрежет` → `кэрежет`). Every mix of the readings but the skeleton itself (at most 8).
fn tolerant_keys(cyr: &str) -> Vec<String> {
    let key: Vec<char> = skeleton(cyr).chars().collect();
    let spots: Vec<(usize, char)> = cyr
        .chars()
        .enumerate()
        .filter_map(|(i, c)| match c {
            'ө' => Some((i, 'е')),
            'ә' => Some((i, 'э')),
            _ => None,
        })
        .take(3)
        .collect();
    (1..(1u32 << spots.len()))
        .map(|mask| {
            let mut k = key.clone();
            for (bit, (i, other)) in spots.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    k[*i] = *other;
                }
            }
            k.into_iter().collect()
        })
        .collect()
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
        let mut russian: Vec<Guard> = Vec::new();
        for (lang, phrase) in phrases {
            match lang.authored() {
                Lang::Uz => uz.push(phrase),
                Lang::Kaa => kaa.push(phrase),
                _ => russian.extend(words_of(&phrase).map(|(w, stem)| Guard {
                    word: w.to_lowercase(),
                    stem,
                })),
            }
        }
        Repairer {
            uz: Stems::new(uz, crate::translit::uz_lat_to_cyr, &russian),
            kaa: Stems::new(kaa, crate::translit::kaa_lat_to_cyr, &russian),
        }
    }

    /// How many stems can be restored.
    pub fn len(&self) -> usize {
        self.uz.len() + self.kaa.len()
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
        for line in split_numbers_joined(text) {
            if is_noise(&line) {
                continue;
            }
            let line = plus_signs(&line);
            let line = dollar_signs(&line);
            let line = handles(&line);
            out.push_str(&self.restore_letters(&line, karakalpak));
            out.push('\n');
        }
        preposition_v(out.trim_end())
    }

    /// Step 4 on one line.
    fn restore_letters(&self, line: &str, karakalpak: bool) -> String {
        if self.is_empty() {
            return line.to_string();
        }
        let mut out = String::with_capacity(line.len() + 8);
        let mut word = String::new();
        let mut before: Option<String> = None;
        let flush = |word: &mut String, out: &mut String, before: &mut Option<String>| {
            if !word.is_empty() {
                let b = before.as_deref();
                let restored = if karakalpak {
                    self.kaa
                        .restore(word, b)
                        .or_else(|| self.uz.restore(word, b))
                } else {
                    self.uz.restore(word, b)
                };
                *before = Some(skeleton(word));
                out.push_str(restored.as_deref().unwrap_or(word));
                word.clear();
            }
        };
        for c in line.chars() {
            if c.is_alphabetic() {
                word.push(c);
            } else {
                flush(&mut word, &mut out, &mut before);
                if !c.is_whitespace() {
                    before = None;
                }
                out.push(c);
            }
        }
        flush(&mut word, &mut out, &mut before);
        out
    }
}

impl Table {
    /// Adds `cyr` under `key`; two different stems under one key are dropped (which was meant
    /// is unknown).
    fn add(
        stems: &mut HashMap<String, Option<String>>,
        words: &mut HashMap<String, Option<String>>,
        key: String,
        cyr: &str,
    ) {
        let table = if key.chars().count() < MIN_STEM {
            words
        } else {
            stems
        };
        table
            .entry(key)
            .and_modify(|v| {
                if v.as_deref() != Some(cyr) {
                    *v = None;
                }
            })
            .or_insert(Some(cyr.to_string()));
    }

    fn build(
        stems: HashMap<String, Option<String>>,
        words: HashMap<String, Option<String>>,
    ) -> Table {
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
        Table {
            stems,
            words,
            lengths,
        }
    }

    /// The stem whose skeleton `key` is (a short word) or starts with, longest first, with its
    /// length; stems shorter than `min_prefix` only as the whole word.
    fn find(&self, key: &[char], whole: &str, min_prefix: usize) -> Option<(usize, &String)> {
        self.words.get(whole).map(|w| (key.len(), w)).or_else(|| {
            self.lengths
                .iter()
                .filter(|&&len| len >= min_prefix || len == key.len())
                .find_map(|&len| {
                    let prefix: String = key.get(..len)?.iter().collect();
                    self.stems.get(&prefix).map(|s| (len, s))
                })
        })
    }
}

impl Stems {
    /// `russian`: the Russian rules' words, which a text may hold as they are.
    fn new(phrases: Vec<String>, convert: fn(&str) -> String, russian: &[Guard]) -> Stems {
        let mut guards = russian.to_vec();
        for phrase in &phrases {
            for (word, _) in words_of(phrase) {
                let cyr = convert(word).to_lowercase();
                if cyr.chars().all(is_cyrillic)
                    && skeleton(&cyr) == cyr
                    && cyr.chars().count() >= MIN_STEM
                {
                    guards.push(Guard {
                        word: cyr,
                        stem: false,
                    });
                }
            }
        }
        let clashes = |key: &str| guards.iter().any(|g| g.clashes(key));
        let (mut stems, mut words) = (HashMap::new(), HashMap::new());
        let (mut t_stems, mut t_words) = (HashMap::new(), HashMap::new());
        let mut after: HashMap<(String, String), Option<String>> = HashMap::new();
        for phrase in &phrases {
            let mut before: Option<String> = None;
            for (word, stem) in words_of(phrase) {
                let cyr = convert(word).to_lowercase();
                if !cyr.chars().all(is_cyrillic) {
                    before = None;
                    continue;
                }
                let key = skeleton(&cyr);
                let len = key.chars().count();
                if key != cyr && len >= MIN_WORD {
                    if !clashes(&key) {
                        Table::add(&mut stems, &mut words, key.clone(), &cyr);
                    }
                    for other in tolerant_keys(&cyr) {
                        if !clashes(&other) {
                            Table::add(&mut t_stems, &mut t_words, other, &cyr);
                        }
                    }
                    if stem
                        && len < MIN_STEM
                        && let Some(b) = &before
                    {
                        after
                            .entry((b.clone(), key.clone()))
                            .and_modify(|v| {
                                if v.as_deref() != Some(cyr.as_str()) {
                                    *v = None;
                                }
                            })
                            .or_insert(Some(cyr.clone()));
                    }
                }
                before = Some(key);
            }
        }
        Stems {
            exact: Table::build(stems, words),
            tolerant: Table::build(t_stems, t_words),
            after: after
                .into_iter()
                .filter_map(|(k, v)| Some((k, v?)))
                .collect(),
        }
    }

    fn len(&self) -> usize {
        self.exact.stems.len() + self.exact.words.len()
    }

    /// The word with a known stem's letters restored, if it starts with one. `before`: the
    /// skeleton of the word before it in the line.
    fn restore(&self, word: &str, before: Option<&str>) -> Option<String> {
        if !word.chars().all(is_cyrillic) {
            return None;
        }
        let whole = skeleton(word);
        let key: Vec<char> = whole.chars().collect();
        let found = self
            .exact
            .find(&key, &whole, MIN_STEM)
            // A misread `ө` or `ә` is trusted on longer stems only.
            .or_else(|| self.tolerant.find(&key, &whole, MIN_STEM + 1))
            .or_else(|| {
                let prefix: String = key.get(..MIN_WORD)?.iter().collect();
                let stem = self.after.get(&(before?.to_string(), prefix))?;
                Some((MIN_WORD, stem))
            });
        let (len, stem) = found?;
        let chars: Vec<char> = word.chars().collect();
        // A letter the engine did read (`ә` in `ҳәм`) is never replaced by another.
        let agrees = stem.chars().zip(&chars).all(|(s, c)| {
            let c = c.to_lowercase().next().unwrap_or(*c);
            skeleton_char(c) == c || s == c
        });
        if !agrees {
            return None;
        }
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
/// Step 2: a line with fewer than three letters, or more signs than letters, is noise (an
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

/// Step 3: `25005` (a round amount and a `5`, `S` or `s` where the `$` was) becomes `2500$`.
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

/// Step 1: the lines of `text`, trimmed, without empty ones, and a number wrapped onto the
/// next line joined back: `Тел: +998` / `61 000 40 50` → `Тел: +998 61 000 40 50`, `450` /
/// `000 rubl` → `450 000 rubl`. A line ending in a number is joined with the next when that
/// one starts with a group of two or three digits (a phone's or an amount's next group).
fn split_numbers_joined(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let ends_in_number = lines.last().is_some_and(|prev: &String| {
            prev.rsplit(char::is_whitespace).next().is_some_and(|t| {
                let digits = t.strip_prefix('+').unwrap_or(t);
                !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
            })
        });
        let first = line.split(char::is_whitespace).next().unwrap_or("");
        let starts_group = (2..=3).contains(&first.len())
            && first.chars().all(|c| c.is_ascii_digit())
            && line.split(char::is_whitespace).nth(1).is_none_or(|next| {
                !next.starts_with(|c: char| c.is_ascii_digit()) || next.len() <= 3
            });
        match lines.last_mut() {
            Some(prev) if ends_in_number && starts_group => {
                prev.push(' ');
                prev.push_str(line);
            }
            _ => lines.push(line.to_string()),
        }
    }
    lines
}

/// Step 3: the `+` of an Uzbek phone number read as `4` (`4998 90 000 11 22`).
fn plus_signs(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("4998 ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 5..];
        let operator = after.len() >= 3
            && after.as_bytes()[..2].iter().all(u8::is_ascii_digit)
            && after.as_bytes()[2] == b' ';
        out.push_str(&rest[..at]);
        if before.is_none_or(|c| c.is_whitespace() || c == ':') && operator {
            out.push_str("+998 ");
        } else {
            out.push_str("4998 ");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Words after which a messenger handle is given (`yozing: @name`), folded lowercase.
const HANDLE_CUES: &[&str] = &[
    "yozing",
    "yozinglar",
    "yozish",
    "ёзинг",
    "ёзинглар",
    "telegram",
    "телеграм",
    "телеграмм",
    "tg",
    "тг",
    "пишите",
    "напишите",
    "писать",
    "jazıń",
    "jazıńız",
    "jazin",
    "jaziniz",
    "жазың",
    "жазыңыз",
    "жазын",
    "жазыныз",
    "lichka",
    "lichkaga",
    "личка",
    "личкага",
    "instagram",
    "инстаграм",
    "whatsapp",
];

/// Step 3: an @handle read without its `@` or its `_` (`yozing: korea ish uz`, `Ёзинг Qoxrana
/// rus`: the `@` read as `Q` or lost, each `_` as a space) is put back when it ends the line
/// right after a word that gives a contact: at most four lowercase Latin words; and an e-mail
/// whose `@` was read as `Q` or `©` (`hrQexample.uz`).
fn handles(line: &str) -> String {
    let line = emails(line);
    // Each word with where it starts.
    let tokens: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - line.as_ptr() as usize, t))
        .collect();
    let Some(cue) = tokens.iter().rposition(|(_, t)| {
        let word = t.trim_end_matches([':', '-', '—']).to_lowercase();
        HANDLE_CUES.contains(&word.as_str())
    }) else {
        return line;
    };
    let mut tail = &tokens[cue + 1..];
    let mut colon = tokens[cue].1.ends_with([':', '-', '—']);
    if tail
        .first()
        .is_some_and(|(_, t)| matches!(*t, ":" | "-" | "—"))
    {
        tail = &tail[1..];
        colon = true;
    }
    let Some(&(start, _)) = tail.first() else {
        return line;
    };
    if tail.len() > 4 {
        return line;
    }
    // What ends the line after the handle (`.`, `)`) stays.
    let (last_at, last) = tail[tail.len() - 1];
    let end = last_at + last.trim_end_matches(['.', ')']).len();
    let mut words: Vec<&str> = line[start..end].split_whitespace().collect();
    let marked = if let Some(bare) = words[0]
        .strip_prefix('@')
        .or_else(|| words[0].strip_prefix('©'))
        .or_else(|| {
            words[0]
                .strip_prefix('Q')
                .filter(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
        }) {
        words[0] = bare;
        true
    } else {
        false
    };
    let handle_word = |w: &&str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    let letters: usize = words.iter().map(|w| w.len()).sum();
    // Without a sign where the `@` was, only words after a colon, and more than one (a lone
    // word is a word).
    if !words.iter().all(handle_word) || letters < 4 || !(marked || colon && words.len() > 1) {
        return line;
    }
    format!("{}@{}{}", &line[..start], words.join("_"), &line[end..])
}

/// An e-mail whose `@` was read as `Q` or `©`: `hrQexample.uz` → `hr@example.uz`.
fn emails(line: &str) -> String {
    line.split_inclusive(char::is_whitespace)
        .map(|token| {
            let word = token.trim_end();
            let fixed = word.char_indices().find_map(|(i, c)| {
                if !matches!(c, 'Q' | '©') || i == 0 {
                    return None;
                }
                let (user, host) = (&word[..i], &word[i + c.len_utf8()..]);
                let host = host.trim_end_matches(['.', ',', ')', ';']);
                let user_ok = user
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
                let labels: Vec<&str> = host.split('.').collect();
                let host_ok = labels.len() >= 2
                    && labels.iter().all(|l| {
                        !l.is_empty()
                            && l.chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    })
                    && labels
                        .last()
                        .is_some_and(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_lowercase()));
                (user_ok && host_ok).then(|| format!("{user}@{}", &word[i + c.len_utf8()..]))
            });
            match fixed {
                Some(f) => format!("{f}{}", &token[word.len()..]),
                None => token.to_string(),
            }
        })
        .collect()
}

/// Russian pay periods that follow `в` (`1500$ в неделю`).
const PERIODS_AFTER_V: &[&str] = &["месяц", "неделю", "день", "час", "сутки", "смену", "год"];

/// Step 3 too: the Russian `в` before a pay period is read as `8` (`1500$ 8 неделю`), also
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
    fn a_karakalpak_o_read_as_e_comes_back() {
        let r = Repairer::from_words([
            (Lang::Kaa, "tólem* tóleysiz".to_string()),
            (Lang::Kaa, "telegram*".to_string()),
            (Lang::Kaa, "pasport ózińizde".to_string()),
            (Lang::Kaa, "qárejet*".to_string()),
            (Lang::Ru, "телефон*".to_string()),
        ]);
        // `ө` read as `о` (the skeleton) or as `е`; `ә` as `а` or `э`.
        assert_eq!(
            r.repair("Жумысшы хеш кандай телем телемейди"),
            "Жумысшы хеш кандай төлем төлемейди"
        );
        assert_eq!(
            r.repair("Паспортыныз езинизде калады"),
            "Паспортыныз өзиңизде калады"
        );
        assert_eq!(r.repair("Жол кэрежетин ы"), "Жол қәрежетин ы");
        assert_eq!(r.repair("Жол карежетин ы"), "Жол қәрежетин ы");
        // Words the lists or the Russian rules hold as they are stay: `теле…` is no `төле`.
        assert_eq!(r.repair("телеграм ы телефон"), "телеграм ы телефон");
        // Karakalpak letters are restored only in a text that reads as Karakalpak (`ы`).
        assert_eq!(r.repair("кандай телем"), "кандай телем");
        // Karakalpak letters are restored only in a text that reads as Karakalpak (`ы`).
        assert_eq!(r.repair("кандай телем"), "кандай телем");
    }

    #[test]
    fn a_short_stem_comes_back_after_its_phrase_word() {
        let r = Repairer::from_words([(Lang::Kaa, "ustap qal*".to_string())]);
        assert_eq!(r.repair("айлыктан устап каламыз"), "айлыктан устап қаламыз");
        // Elsewhere the short stem is no sure guess.
        assert_eq!(r.repair("бизде каламыз"), "бизде каламыз");
    }

    #[test]
    fn russian_words_are_not_rewritten() {
        let r = Repairer::from_words([
            (Lang::Uz, "ohrana*".to_string()),
            (Lang::Ru, "охран*".to_string()),
        ]);
        assert_eq!(r.repair("Строительство и охрана"), "Строительство и охрана");
    }

    #[test]
    fn numbers_wrapped_onto_the_next_line_are_joined() {
        let r = Repairer::default();
        assert_eq!(
            r.repair("jol haqı. Тел: +998\n61 000 40 50"),
            "jol haqı. Тел: +998 61 000 40 50"
        );
        assert_eq!(
            r.repair("Oyiga 450\n\n000 rubl beriladi"),
            "Oyiga 450 000 rubl beriladi"
        );
        // A new line starting with a word, or one digit, is not the same number.
        assert_eq!(
            r.repair("Yoshi 18-25\n30 kun ichida"),
            "Yoshi 18-25\n30 kun ichida"
        );
        assert_eq!(r.repair("Oyiga 1200\n2 oy sinov"), "Oyiga 1200\n2 oy sinov");
    }

    #[test]
    fn a_plus_read_as_four_is_put_back() {
        assert_eq!(
            plus_signs("Tel: 4998 90 000 31 31"),
            "Tel: +998 90 000 31 31"
        );
        assert_eq!(plus_signs("4998 73 000 40 50"), "+998 73 000 40 50");
        assert_eq!(plus_signs("narxi 14998 so'm"), "narxi 14998 so'm");
        assert_eq!(plus_signs("4998 dollar"), "4998 dollar");
    }

    #[test]
    fn handles_and_emails_get_their_signs_back() {
        assert_eq!(
            handles("Joylar cheklangan, tezroq yozing: korea ish uz"),
            "Joylar cheklangan, tezroq yozing: @korea_ish_uz"
        );
        assert_eq!(handles("Ёзинг Qoxrana rus"), "Ёзинг @oxrana_rus");
        assert_eq!(handles("Пишите: @rabota msk."), "Пишите: @rabota_msk.");
        assert_eq!(
            handles("Резюме на hrQexample.uz"),
            "Резюме на hr@example.uz"
        );
        // A handle as written, a sentence, one plain word, a phone: untouched.
        assert_eq!(handles("yozing @korea_ish_uz"), "yozing @korea_ish_uz");
        assert_eq!(
            handles("Tez yozing, joylar cheklangan"),
            "Tez yozing, joylar cheklangan"
        );
        assert_eq!(handles("yozing: bugun"), "yozing: bugun");
        assert_eq!(handles("yozing tez javob"), "yozing tez javob");
        assert_eq!(
            handles("yozing: +998 90 000 11 22"),
            "yozing: +998 90 000 11 22"
        );
        assert_eq!(
            handles("yozing, sizga ish topib beramiz tez va oson"),
            "yozing, sizga ish topib beramiz tez va oson"
        );
        assert_eq!(handles("QR kod: Qozog'iston"), "QR kod: Qozog'iston");
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
