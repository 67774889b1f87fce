//! Normalization of offer text for matching.
//!
//! People write the same Uzbek word as `toʻlov`, `to'lov`, `to‘lov`, `tolov` or `тўлов`, and
//! scammers mix Latin and Cyrillic look-alikes (`оldindаn` with Cyrillic `о` and `а`) so that
//! keyword filters miss them. Matching therefore runs on folded *views* of the text, never on
//! the raw text, and every byte of a view remembers which bytes of the original produced it, so
//! evidence is quoted exactly as the user wrote it.
//!
//! The steps, in order:
//! 1. apostrophe variants (`' \` ´ ‘ ’ ʻ ʼ …`, the transliteration module's list) become one
//!    [`APOSTROPHE`] (before NFKC, which
//!    would turn `´` into a space and a combining accent), invisible characters (zero-width
//!    spaces, soft hyphens, direction marks) are dropped;
//! 2. NFKC (full-width letters, ligatures, compatibility forms), applied per cluster of a base
//!    character and its combining marks so the offset map stays exact;
//! 3. lowercase, with the Karakalpak rule (capital `Í` pairs with dotless `ı`, which Unicode's
//!    default mapping gets wrong) and Turkish `İ` → `i`;
//! 4. words (runs of letters, or of digits; an apostrophe between two letters belongs to the
//!    word, a `%` right after digits to the number: `100%`) are cut out, and in each word the
//!    look-alike letters of the minority script are folded into the majority script (ties go
//!    to the script most of the text uses);
//! 5. two views are built, words joined by one space (or a newline where a sentence or a line
//!    ended, so phrases do not match across sentences):
//!    - the **Cyrillic view** keeps Cyrillic as it is (`ё` → `е`): Russian rules match here, so
//!      a Russian word is never transliterated into something an Uzbek rule could hit;
//!    - the **Latin view** transliterates Uzbek and Karakalpak Cyrillic to Latin and folds
//!      the letters people often type without their marks (`oʻ` → `o`, `gʻ` → `g`, Karakalpak
//!      `á ó ú ǵ ń ı` → `a o u g n i`): Uzbek and Karakalpak rules match here, so one rule
//!      written once covers both scripts and sloppy typing.
//!
//! The Cyrillic → Latin letters are the transliteration module's ([`crate::translit::letters`],
//! the same table `safar` uses to show texts in Cyrillic), in their plain form (`ў` → `o` where
//! the converter writes `oʻ`); a text with a Karakalpak-only letter (`ә ө ү ң`) is read with
//! the Karakalpak table, any other with the Uzbek one. The checker converts letter by letter
//! rather than calling the converter on words, to keep the offset of every letter and to stay
//! within its time budget; `crate::translit::letters` explains why in full. Latin letters with
//! marks (step 5, `fold_latin`) are folded here: that is matching, not transliteration.
//!
//! Patterns from the rules file go through the same function, so whatever the folding does to
//! the text it also does to the patterns.

use std::ops::Range;

use unicode_normalization::char::{canonical_combining_class, is_combining_mark};

use crate::translit::letters;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// The one apostrophe every variant is folded to (step 1). Inside a word it is then dropped
/// from both views, because many people leave it out (`tolov` for `toʻlov`).
pub const APOSTROPHE: char = '\'';

/// Whether `c` is one of the ways people type the Uzbek `ʻ` (in `oʻ`, `gʻ`) or the tutuq `ʼ`:
/// the transliteration module's list ([`crate::translit::APOSTROPHES`]), so both fold the same.
pub fn is_apostrophe(c: char) -> bool {
    crate::translit::is_apostrophe(c)
}

/// Characters that show nothing and only serve to split words for filters.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// A character after steps 1–3, with the original bytes it came from.
#[derive(Debug, Clone, Copy)]
struct FChar {
    c: char,
    start: u32,
    end: u32,
}

/// Steps 1–3: apostrophes, invisibles, NFKC and lowercase, keeping the offset of every char.
/// Letters NFKC never changes and that never combine with what follows them into something
/// else: ASCII, the Cyrillic block's letters, Latin-1 letters. Checked before the (slower)
/// Unicode tables, since offers are almost all made of these.
fn is_plain_starter(c: char) -> bool {
    matches!(c, '\0'..='\x7f' | '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}')
        || (('\u{00C0}'..='\u{00FF}').contains(&c) && c != '×' && c != '÷')
}

fn fold_chars(text: &str) -> Vec<FChar> {
    let mut out = Vec::with_capacity(text.len());
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let mut end = i + c.len_utf8();
        if c.is_ascii() || is_apostrophe(c) || is_invisible(c) {
            push_folded(&mut out, c, i, end);
            continue;
        }
        // A character NFKC leaves alone, not followed by a combining mark: no work to do.
        let next_is_starter = iter
            .peek()
            .is_none_or(|&(_, d)| is_plain_starter(d) || canonical_combining_class(d) == 0);
        if next_is_starter
            && (is_plain_starter(c) || is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes)
        {
            push_folded(&mut out, c, i, end);
            continue;
        }
        // A base character and the combining marks after it are normalized together.
        while let Some(&(j, d)) = iter.peek() {
            if canonical_combining_class(d) == 0 {
                break;
            }
            end = j + d.len_utf8();
            iter.next();
        }
        for n in text[i..end].nfkc() {
            push_folded(&mut out, n, i, end);
        }
    }
    out
}

fn push_folded(out: &mut Vec<FChar>, c: char, start: usize, end: usize) {
    let (start, end) = (start as u32, end as u32);
    let mut push = |c| out.push(FChar { c, start, end });
    match c {
        c if c.is_ascii() => push(if c == '`' {
            APOSTROPHE
        } else {
            c.to_ascii_lowercase()
        }),
        c if is_apostrophe(c) => push(APOSTROPHE),
        c if is_invisible(c) => {}
        // Karakalpak: capital Í is the pair of dotless ı; a lowercased í means the same letter.
        'Í' | 'í' => push('ı'),
        // Turkish capital dotted I: the default mapping adds a combining dot.
        'İ' => push('i'),
        // Russian capitals, the bulk of most offers: no table lookup needed.
        'А'..='Я' => push(char::from_u32(c as u32 + 32).unwrap_or(c)),
        'Ѐ'..='Џ' => push(char::from_u32(c as u32 + 80).unwrap_or(c)),
        'а'..='я' | 'ѐ'..='џ' => push(c),
        c => c.to_lowercase().for_each(push),
    }
}

/// What separates a word from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    /// The first word.
    Start,
    /// Nothing: a run of letters meets a run of digits (`3mln`, `2000$` is `Space`-free too).
    Joined,
    /// Only whitespace.
    Space,
    /// Punctuation or symbols, within one sentence (`,`, `-`, `$`, `1.5`).
    Punct,
    /// A line break, a bullet, or the end of a sentence (`. `, `! `, `? `).
    Break,
}

/// Whether a word is made of letters or of digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    Letters,
    Digits,
}

/// One word of the text, in both views and in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Bytes of the original text.
    pub orig: Range<usize>,
    /// Bytes of [`Normalized::lat`].
    pub lat: Range<usize>,
    /// Bytes of [`Normalized::cyr`].
    pub cyr: Range<usize>,
    pub kind: WordKind,
    /// What stands between this word and the previous one.
    pub sep: Sep,
}

/// A normalized view: words joined by single separators, with a map back to the original.
#[derive(Debug, Clone, Default)]
pub struct View {
    text: String,
    /// For each byte of `text`, the byte range of the original it came from.
    src: Vec<(u32, u32)>,
}

impl View {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The bytes of the original text that produced `range` of this view.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() || range.end > self.src.len() {
            let at = self.src.get(range.start).map_or(0, |s| s.0 as usize);
            return at..at;
        }
        self.src[range.start].0 as usize..self.src[range.end - 1].1 as usize
    }

    fn push(&mut self, c: char, from: (u32, u32)) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.src.push(from);
        }
    }

    fn push_str(&mut self, s: &str, from: (u32, u32)) {
        self.text.push_str(s);
        for _ in 0..s.len() {
            self.src.push(from);
        }
    }
}

/// A text after normalization: its words and the two views (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub words: Vec<Word>,
    /// Latin view: Uzbek and Karakalpak patterns match here.
    pub lat: View,
    /// Cyrillic-preserving view: Russian patterns match here.
    pub cyr: View,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Mark,
    Apostrophe,
    Space,
    Newline,
    Other,
}

fn class(c: char) -> Class {
    match c {
        'a'..='z' => Class::Letter,
        '0'..='9' => Class::Digit,
        APOSTROPHE => Class::Apostrophe,
        '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => Class::Newline,
        c if c.is_whitespace() => Class::Space,
        c if c.is_ascii() => Class::Other,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => Class::Letter,
        c if c.is_alphabetic() => Class::Letter,
        c if is_combining_mark(c) => Class::Mark,
        _ => Class::Other,
    }
}

/// Marks that end a sentence when whitespace follows them.
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '…' | '。')
}

/// Marks that start a list item (a new line in all but name).
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '●'
            | '▪'
            | '◾'
            | '■'
            | '►'
            | '▶'
            | '➤'
            | '✅'
            | '✔'
            | '☑'
            | '🔹'
            | '🔸'
            | '📌'
            | '⭐'
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Other,
}

fn script(c: char) -> Script {
    match c {
        'a'..='z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        '\u{0400}'..='\u{052F}' => Script::Cyrillic,
        _ => Script::Other,
    }
}

/// A Cyrillic letter that looks like a Latin one (lowercase, or the lowercase of capitals that
/// look alike: `Н` is `H`, `В` is `B`, `М` is `M`, `Т` is `T`).
fn cyr_lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'в' => 'b',
        'е' => 'e',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'т' => 't',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'һ' => 'h',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        _ => return None,
    })
}

/// A Latin letter that looks like a Russian one.
fn lat_lookalike(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'b' => 'в',
        'e' => 'е',
        'ë' => 'ё',
        'k' => 'к',
        'm' => 'м',
        'h' => 'н',
        'o' => 'о',
        'p' => 'р',
        'c' => 'с',
        't' => 'т',
        'y' => 'у',
        'x' => 'х',
        _ => return None,
    })
}

/// Uzbek / Karakalpak Cyrillic → Latin for one letter, as the Latin view wants it: the
/// `plain` spelling of the transliteration module's shared table
/// ([`crate::translit::letters`]), with `prev` and `next` the letters around it in the word.
/// Cyrillic letters of neither alphabet that offers still contain (Kazakh and Ukrainian ones,
/// Karakalpak letters in a text read as Uzbek) get their nearest plain Latin letter here.
fn translit(c: char, prev: Option<char>, next: Option<char>, kaa: bool) -> Option<&'static str> {
    let table = if kaa {
        letters::kaa(c)
    } else {
        letters::uz(c, prev, next)
    };
    if let Some(s) = table.or_else(|| letters::kaa(c)) {
        return Some(s.plain);
    }
    Some(match c {
        'і' | 'ї' => "i",
        'є' => "ye",
        'ґ' => "g",
        'һ' => "h",
        'ұ' => "u",
        _ => return None,
    })
}

/// Latin letters with marks, folded to what people type on a phone without them. Karakalpak
/// `á ó ú ǵ ń ı` and the older `ä ö ü ğ ñ ş ç` forms are all seen online.
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ě' | 'ę' => "e",
        'ı' | 'ì' | 'î' | 'ï' | 'ī' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' | 'ő' | 'ø' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ű' | 'ů' => "u",
        'ǵ' | 'ğ' | 'ģ' => "g",
        'ń' | 'ñ' | 'ň' | 'ņ' => "n",
        'ş' | 'ș' | 'š' => "sh",
        'ç' | 'č' => "ch",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        'ć' => "c",
        'ł' => "l",
        'ś' => "s",
        'ř' => "r",
        _ => return None,
    })
}

impl Normalized {
    /// Normalizes `text` (see the module docs).
    pub fn new(text: &str) -> Normalized {
        let chars = fold_chars(text);
        let classes: Vec<Class> = chars.iter().map(|f| class(f.c)).collect();

        // Word boundaries, and the majority script of the whole text for ties.
        let mut spans: Vec<(usize, usize, WordKind, Sep)> = Vec::new();
        let (mut lat_total, mut cyr_total) = (0usize, 0usize);
        let mut kaa = false;
        let mut i = 0;
        let mut gap_start = 0;
        while i < chars.len() {
            let kind = match classes[i] {
                Class::Letter => WordKind::Letters,
                Class::Digit => WordKind::Digits,
                _ => {
                    i += 1;
                    continue;
                }
            };
            let start = i;
            i += 1;
            while i < chars.len() {
                match (classes[i], kind) {
                    (Class::Letter, WordKind::Letters)
                    | (Class::Digit, WordKind::Digits)
                    | (Class::Mark, _) => i += 1,
                    (Class::Apostrophe, WordKind::Letters)
                        if classes.get(i + 1) == Some(&Class::Letter) =>
                    {
                        i += 1
                    }
                    // A percent sign ends the number it follows and belongs to it: `100%`
                    // (a promise, a share) is not `100$` (money) nor `100` (a count).
                    (Class::Other, WordKind::Digits) if chars[i].c == '%' => {
                        i += 1;
                        break;
                    }
                    _ => break,
                }
            }
            let sep = if spans.is_empty() {
                Sep::Start
            } else {
                let first = text[chars[start].start as usize..].chars().next();
                let next_is_lower = first.is_some_and(char::is_lowercase);
                let prev_len = spans.last().map_or(0, |&(a, b, _, _)| b - a);
                gap_sep(
                    &chars[gap_start..start],
                    &classes[gap_start..start],
                    next_is_lower,
                    prev_len,
                )
            };
            for f in &chars[start..i] {
                match script(f.c) {
                    Script::Latin => lat_total += 1,
                    Script::Cyrillic => {
                        cyr_total += 1;
                        kaa |= letters::is_kaa_only_cyr(f.c);
                    }
                    Script::Other => {}
                }
            }
            spans.push((start, i, kind, sep));
            gap_start = i;
        }
        let prefer_cyrillic = cyr_total > lat_total;
        // Each word's own script (for ties: a word like `Пpeдoплaтa`, half and half, takes the
        // script of the nearest word that has a clear one, then the text's).
        let word_script: Vec<Option<bool>> = spans
            .iter()
            .map(|&(a, b, _, _)| {
                let (l, c) = count_scripts(&chars[a..b]);
                (l != c).then_some(c > l)
            })
            .collect();

        let mut out = Normalized {
            words: Vec::with_capacity(spans.len()),
            lat: View {
                text: String::with_capacity(text.len()),
                src: Vec::with_capacity(text.len()),
            },
            cyr: View {
                text: String::with_capacity(text.len()),
                src: Vec::with_capacity(text.len()),
            },
        };
        let mut word: Vec<FChar> = Vec::with_capacity(32);
        let mut prev_end = 0u32;
        for (wi, (start, end, kind, sep)) in spans.into_iter().enumerate() {
            word.clear();
            word.extend_from_slice(&chars[start..end]);
            let neighbour = (1..=3).find_map(|d| {
                let before = wi.checked_sub(d).and_then(|i| word_script[i]);
                before.or_else(|| word_script.get(wi + d).copied().flatten())
            });
            fold_homoglyphs(&mut word, neighbour.unwrap_or(prefer_cyrillic));
            let first = word[0].start;
            if !out.words.is_empty() {
                let s = if sep == Sep::Break { '\n' } else { ' ' };
                out.lat.push(s, (prev_end, first));
                out.cyr.push(s, (prev_end, first));
            }
            let (lat_start, cyr_start) = (out.lat.text.len(), out.cyr.text.len());
            let mut prev: Option<char> = None;
            let is_letter = |f: &FChar| !matches!(class(f.c), Class::Apostrophe | Class::Mark);
            for (k, f) in word.iter().enumerate() {
                let from = (f.start, f.end);
                if !is_letter(f) {
                    continue;
                }
                // Cyrillic-preserving view.
                out.cyr.push(if f.c == 'ё' { 'е' } else { f.c }, from);
                // Latin view (the tables are only consulted for their own scripts).
                let folded = match f.c {
                    c if c.is_ascii() => None,
                    '\u{0400}'..='\u{052F}' => {
                        let next = word[k + 1..].iter().find(|f| is_letter(f)).map(|f| f.c);
                        translit(f.c, prev, next, kaa)
                    }
                    '\u{00C0}'..='\u{024F}' => fold_latin(f.c),
                    _ => None,
                };
                match folded {
                    Some(s) => out.lat.push_str(s, from),
                    None => out.lat.push(f.c, from),
                }
                prev = Some(f.c);
            }
            let last = word[word.len() - 1].end;
            out.words.push(Word {
                orig: first as usize..last as usize,
                lat: lat_start..out.lat.text.len(),
                cyr: cyr_start..out.cyr.text.len(),
                kind,
                sep,
            });
            prev_end = last;
        }
        out
    }

    /// The Latin-view text of word `i`.
    pub fn lat_word(&self, i: usize) -> &str {
        &self.lat.text[self.words[i].lat.clone()]
    }

    /// The Cyrillic-view text of word `i`.
    pub fn cyr_word(&self, i: usize) -> &str {
        &self.cyr.text[self.words[i].cyr.clone()]
    }

    /// Index of the word that starts at byte `at` of the Latin view (or contains it).
    pub fn word_at_lat(&self, at: usize) -> usize {
        self.words
            .partition_point(|w| w.lat.start <= at)
            .saturating_sub(1)
    }

    /// Index of the word that starts at byte `at` of the Cyrillic view (or contains it).
    pub fn word_at_cyr(&self, at: usize) -> usize {
        self.words
            .partition_point(|w| w.cyr.start <= at)
            .saturating_sub(1)
    }

    /// Bytes of the original covering words `first..=last`.
    pub fn original_words(&self, first: usize, last: usize) -> Range<usize> {
        self.words[first].orig.start..self.words[last].orig.end
    }
}

/// Classifies what lies between two words. A line break ends the sentence unless the next
/// word starts in lowercase: text copied from a web page or a channel is often wrapped in the
/// middle of a sentence, while list items and new sentences start with a capital or a digit.
///
/// A dot after a short word followed by a lowercase one is an abbreviation (`тыс. руб. в
/// месяц`), not the end of a sentence.
fn gap_sep(chars: &[FChar], classes: &[Class], next_is_lower: bool, prev_len: usize) -> Sep {
    if chars.is_empty() {
        return Sep::Joined;
    }
    let abbreviation = next_is_lower && prev_len <= 4;
    let mut sep = Sep::Space;
    let mut pending_stop = false;
    for (f, class) in chars.iter().zip(classes) {
        match class {
            Class::Newline if next_is_lower && !pending_stop => sep = Sep::Punct,
            Class::Newline => return Sep::Break,
            Class::Space if pending_stop => return Sep::Break,
            Class::Space => {}
            _ if is_bullet(f.c) => return Sep::Break,
            _ => {
                pending_stop |= ends_sentence(f.c) && !(f.c == '.' && abbreviation);
                sep = Sep::Punct;
            }
        }
    }
    sep
}

/// How many Latin and Cyrillic letters a word has.
fn count_scripts(word: &[FChar]) -> (usize, usize) {
    let (mut lat, mut cyr) = (0, 0);
    for f in word {
        match script(f.c) {
            Script::Latin => lat += 1,
            Script::Cyrillic => cyr += 1,
            Script::Other => {}
        }
    }
    (lat, cyr)
}

/// Folds look-alike letters of the minority script of one word into its majority script
/// (`prefer_cyrillic` decides a tie).
fn fold_homoglyphs(word: &mut [FChar], prefer_cyrillic: bool) {
    let (lat, cyr) = count_scripts(word);
    if lat == 0 || cyr == 0 {
        return;
    }
    let to_cyrillic = cyr > lat || (cyr == lat && prefer_cyrillic);
    for f in word.iter_mut() {
        let folded = if to_cyrillic {
            lat_lookalike(f.c)
        } else {
            cyr_lookalike(f.c)
        };
        if let Some(c) = folded {
            f.c = c;
        }
    }
}

/// The Latin view of a short phrase (a pattern, a name): its words joined by spaces.
pub fn lat_key(s: &str) -> String {
    let n = Normalized::new(s);
    n.lat.text.replace('\n', " ")
}

/// The Cyrillic view of a short phrase.
pub fn cyr_key(s: &str) -> String {
    let n = Normalized::new(s);
    n.cyr.text.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lat(s: &str) -> String {
        Normalized::new(s).lat.text
    }

    fn cyr(s: &str) -> String {
        Normalized::new(s).cyr.text
    }

    #[test]
    fn every_apostrophe_variant_folds_to_the_same_word() {
        for s in [
            "toʻlov", "to'lov", "to`lov", "to’lov", "to‘lov", "toʼlov", "to´lov", "tolov",
        ] {
            assert_eq!(lat(s), "tolov", "{s}");
        }
        // The same in the tutuq: maʼlumot.
        assert_eq!(lat("maʼlumot"), lat("ma'lumot"));
        // Folding happens before words are cut: the apostrophe belongs to the word.
        let n = Normalized::new("so‘m");
        assert_eq!(n.words.len(), 1);
    }

    #[test]
    fn quotes_around_a_word_are_not_part_of_it() {
        let n = Normalized::new("‘Dubay’");
        assert_eq!(n.lat.as_str(), "dubay");
        assert_eq!(&"‘Dubay’"[n.words[0].orig.clone()], "Dubay");
    }

    #[test]
    fn uzbek_cyrillic_and_latin_meet_in_the_latin_view() {
        assert_eq!(lat("Олдиндан тўлов"), lat("Oldindan toʻlov"));
        assert_eq!(lat("ойига"), "oyiga");
        assert_eq!(lat("ғалаба"), lat("gʻalaba"));
        assert_eq!(lat("ҳужжат"), "hujjat");
        assert_eq!(lat("Етти"), "yetti");
        assert_eq!(lat("ишчилар"), "ishchilar");
        assert_eq!(lat("Қозоғистон"), lat("Qozogʻiston"));
    }

    /// The converter's spelling, as the Latin view writes it: lower case, no apostrophes, no
    /// marks.
    fn plain(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars().filter(|c| !is_apostrophe(*c)) {
            for l in c.to_lowercase() {
                match fold_latin(l) {
                    Some(f) => out.push_str(f),
                    None if l == 'í' => out.push('i'),
                    None => out.push(l),
                }
            }
        }
        out
    }

    #[test]
    fn the_latin_view_spells_cyrillic_as_the_transliteration_module_does() {
        use crate::translit::{Exceptions, Variant, convert};
        let none = Exceptions::empty();
        let uz = [
            "тўлов",
            "олдиндан",
            "ҳужжат",
            "ғалаба",
            "Исҳоқ",
            "объект",
            "поезд",
            "ер",
            "бульон",
            "мўъжиза",
            "эълон",
            "милиция",
            "цех",
            "концерт",
            "ёрдам",
            "юбориш",
            "яхши",
            "шартнома",
            "чипта",
            "қарз",
            "ойлигингиздан",
            "ЧЕТ ЭЛДА",
            "Тошкент",
            "щётка",
        ];
        for w in uz {
            let by_module = convert(w, Variant::UzCyrl, Variant::UzLatn, &none).unwrap();
            assert_eq!(lat(w), plain(&by_module), "uz {w}");
        }
        // Karakalpak (a Karakalpak-only letter in the text switches the table).
        for w in [
            "төлем ҳәм жумыс",
            "шәртнама ҳәм ўақыт",
            "алдыннан ғәрезсиз ңә",
            "Нөкис ҳәм Цех",
        ] {
            let by_module = convert(w, Variant::KaaCyrl, Variant::KaaLatn, &none).unwrap();
            assert_eq!(lat(w), plain(&by_module), "kaa {w}");
        }
    }

    #[test]
    fn karakalpak_letters_and_case() {
        // Í lowercases to dotless ı, not to í; both fold to i in the Latin view.
        assert_eq!(cyr("ÍSHKI"), "ıshki");
        assert_eq!(lat("JUMÍS"), lat("jumıs"));
        assert_eq!(lat("aldınnan tólem"), "aldinnan tolem");
        assert_eq!(lat("Qaraqalpaqstan ǵárezsiz"), "qaraqalpaqstan garezsiz");
        // Karakalpak Cyrillic (ә, ө, ү, ң mark it): ў is w.
        assert_eq!(lat("жумыс ҳәм ўақыт"), "jumis ham waqit");
    }

    #[test]
    fn russian_stays_cyrillic_in_its_view() {
        assert_eq!(cyr("Ещё ДОКУМЕНТЫ"), "еще документы");
        assert_eq!(cyr("предоплата 70%"), "предоплата 70%");
        assert_eq!(cyr("70 % вперёд"), "70 вперед");
    }

    #[test]
    fn homoglyphs_fold_into_the_word_majority_script() {
        // Latin word with Cyrillic о and а.
        assert_eq!(lat("оldindаn"), "oldindan");
        // Russian word with Latin a, o, p, c.
        assert_eq!(cyr("пpедоплaта"), "предоплата");
        assert_eq!(cyr("Пaспорт"), "паспорт");
        // Capitals that look alike: Cyrillic Н and М inside a Latin word.
        assert_eq!(lat("НAMKORLIК"), "hamkorlik");
        assert_eq!(cyr("WНATSAPP"), "whatsapp");
        // A word all in one script is left alone.
        assert_eq!(cyr("НАМ"), "нам");
        // A tie goes to the script of the nearest word, then to the one the text mostly uses.
        assert_eq!(cyr("работа рa"), "работа ра");
        assert_eq!(lat("ish bor pа"), "ish bor pa");
        assert_eq!(
            cyr("Работа в Турции. Пpeдoплaтa 300$. Pasportingizni bizga topshirasiz, keyin"),
            "работа в турции\nпредоплата 300\npasportingizni bizga topshirasiz keyin"
        );
    }

    #[test]
    fn nfkc_and_invisible_characters() {
        // Full-width letters and a zero-width space inside a word.
        assert_eq!(lat("ＶＩＺＡ"), "viza");
        assert_eq!(lat("pas\u{200B}port"), "pasport");
        // A combining acute is composed and then folded.
        assert_eq!(lat("jumi\u{0301}s"), "jumis");
        assert_eq!(lat("g\u{0301}"), "g");
    }

    #[test]
    fn whitespace_collapses_and_sentences_break() {
        let n = Normalized::new("  ish   bor.\n\nTez  yozing!  Oylik 2000$");
        assert_eq!(n.lat.as_str(), "ish bor\ntez yozing\noylik 2000");
        assert_eq!(n.words[1].sep, Sep::Space);
        assert_eq!(n.words[2].sep, Sep::Break);
        // A wrapped line continues the sentence; a new line starting with a capital does not.
        let n = Normalized::new("опыт не\nобязателен\nЗвоните");
        assert_eq!(n.words[2].sep, Sep::Punct);
        assert_eq!(n.words[3].sep, Sep::Break);
        // An abbreviation's dot before a lowercase word: not a sentence end.
        let n = Normalized::new("270 тыс. руб. в месяц. Звоните");
        assert_eq!(n.words[2].sep, Sep::Punct);
        assert_eq!(n.words[3].sep, Sep::Punct);
        assert_eq!(n.words[5].sep, Sep::Break);
        // Decimal point: not a sentence end.
        let n = Normalized::new("1.5 mln");
        assert_eq!(n.words[1].sep, Sep::Punct);
        // Letters meeting digits make two words.
        let n = Normalized::new("3mln");
        assert_eq!(n.lat.as_str(), "3 mln");
        assert_eq!(n.words[1].sep, Sep::Joined);
    }

    #[test]
    fn offsets_point_back_to_the_original() {
        let text = "ПРЕДОПЛАТА  оldindаn  Тўлов 2 500$";
        let n = Normalized::new(text);
        for (i, w) in n.words.iter().enumerate() {
            let lat = n.lat.original(w.lat.clone());
            let cyr = n.cyr.original(w.cyr.clone());
            assert_eq!(lat, w.orig, "word {i}");
            assert_eq!(cyr, w.orig, "word {i}");
        }
        assert_eq!(&text[n.words[0].orig.clone()], "ПРЕДОПЛАТА");
        assert_eq!(&text[n.words[1].orig.clone()], "оldindаn");
        assert_eq!(&text[n.original_words(1, 2)], "оldindаn  Тўлов");
        // A match in the middle of a transliterated word maps to the letters that made it.
        let w = &n.words[2];
        let sh = n.lat.as_str()[w.lat.clone()].find("lov").unwrap() + w.lat.start;
        assert_eq!(&text[n.lat.original(sh..sh + 3)], "лов");
    }

    #[test]
    fn offsets_survive_nfkc_and_folded_apostrophes() {
        let text = "ＶＩＺＡ to‘lov";
        let n = Normalized::new(text);
        assert_eq!(&text[n.words[0].orig.clone()], "ＶＩＺＡ");
        assert_eq!(&text[n.words[1].orig.clone()], "to‘lov");
    }

    #[test]
    fn keys_join_words_with_spaces() {
        assert_eq!(lat_key("Oldindan, to‘lov!"), "oldindan tolov");
        assert_eq!(cyr_key("Без  опыта."), "без опыта");
    }
}
