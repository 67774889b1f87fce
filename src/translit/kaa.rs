//! Karakalpak: the 2016 Latin alphabet ↔ Cyrillic, older Latin forms, and case folding with
//! Í/ı. The tables are in the module documentation of [`crate::translit`].

use unicode_normalization::UnicodeNormalization;

use super::exceptions::Table;
use super::letters;
use super::word::{Case, Chunk, chunks, in_caps, is_apostrophe, lower, push_cased};

// ---------------------------------------------------------------------------------------------
// Case

/// Lower case of one character with the Karakalpak pairs: Í → ı, I → i (and the 1994–2016
/// İ → i).
pub fn lower_char(c: char) -> char {
    match c {
        'Í' => 'ı',
        'I' | 'İ' => 'i',
        _ => lower(c),
    }
}

/// Upper case of one character with the Karakalpak pairs: ı → Í, i → I.
pub fn upper_char(c: char) -> String {
    match c {
        'ı' => "Í".to_string(),
        'i' => "I".to_string(),
        _ => c.to_uppercase().collect(),
    }
}

/// Karakalpak lower case: capital Í pairs with dotless ı (Unicode's default gives í), and I
/// with i. Other letters, Latin or Cyrillic, as Unicode says.
pub fn to_lowercase(text: &str) -> String {
    text.nfc().map(lower_char).collect()
}

/// Karakalpak upper case: ı → Í (Unicode's default gives I), i → I.
pub fn to_uppercase(text: &str) -> String {
    text.nfc().map(upper_char).collect()
}

// ---------------------------------------------------------------------------------------------
// Older Latin forms

/// The old apostrophe letters (1995–2016): Aʼ Gʼ Nʼ Oʼ Uʼ, and Iʼ for ы (2009–2016).
fn joins(prev: char, _apostrophe: char, _next: Option<char>) -> bool {
    matches!(lower_char(prev), 'a' | 'g' | 'n' | 'o' | 'u' | 'i')
}

/// One word with older letters replaced by the 2016 ones.
fn normalize_word(w: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(w.len());
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        let upper = c.is_uppercase();
        if w.get(i + 1).is_some_and(|&n| is_apostrophe(n)) {
            let letter = match lower_char(c) {
                'a' => Some('á'),
                'g' => Some('ǵ'),
                'n' => Some('ń'),
                'o' => Some('ó'),
                'u' => Some('ú'),
                'i' => Some('ı'),
                _ => None,
            };
            if let Some(l) = letter {
                out.extend(if upper { upper_char(l) } else { l.to_string() }.chars());
                i += 2;
                continue;
            }
        }
        let replaced: Option<&str> = match c {
            'Ä' => Some("Á"),
            'ä' => Some("á"),
            'Ğ' => Some("Ǵ"),
            'ğ' => Some("ǵ"),
            'Ñ' => Some("Ń"),
            'ñ' => Some("ń"),
            'Ö' => Some("Ó"),
            'ö' => Some("ó"),
            'Ü' => Some("Ú"),
            'ü' => Some("ú"),
            'İ' => Some("I"),
            'í' => Some("ı"),
            'ş' => Some("sh"),
            'ç' => Some("ch"),
            'Ş' | 'Ç' => {
                let mut s = String::new();
                push_cased(
                    &mut s,
                    if c == 'Ş' { "sh" } else { "ch" },
                    true,
                    in_caps(w, i),
                );
                out.extend(s.chars());
                i += 1;
                continue;
            }
            _ => None,
        };
        match replaced {
            Some(s) => out.extend(s.chars()),
            None => out.push(c),
        }
        i += 1;
    }
    out
}

/// Karakalpak Latin in the 2016 alphabet: the 1994 letters Ä Ğ Ñ Ö Ü Ş (and Ç) and the
/// apostrophe letters Aʼ Gʼ Nʼ Oʼ Uʼ Iʼ (any apostrophe) become Á Ǵ Ń Ó Ú Sh (Ch) and Í;
/// İ becomes I and a lowercase í (what Unicode makes of Í) becomes ı.
pub fn normalize_latin(text: &str) -> String {
    let text: String = text.nfc().collect();
    let mut out = String::with_capacity(text.len());
    for chunk in chunks(&text, joins) {
        match chunk {
            Chunk::Other(s) => out.push_str(&s),
            Chunk::Word(w) => out.extend(normalize_word(&w)),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin

pub fn cyr_to_lat(text: &str, table: &Table) -> String {
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
        out.push_str(&Case::of(&w[..n]).apply(latin, upper_char));
        from = n;
    }
    cyr_rules(w, from, out);
}

/// Converts `w[from..]` by rule; `w[..from]` is context. The letters come from the shared
/// table ([`super::letters::kaa`]); this adds case, with the Karakalpak pairs (ı → Í).
pub fn cyr_rules(w: &[char], from: usize, out: &mut String) {
    for (i, &c) in w.iter().enumerate().skip(from) {
        let l = lower(c);
        let upper = c != l;
        let Some(s) = letters::kaa(l) else {
            out.push(c);
            continue;
        };
        let spelling = s.exact;
        if spelling.chars().count() == 1 {
            if upper {
                spelling.chars().for_each(|s| out.push_str(&upper_char(s)));
            } else {
                out.push_str(spelling);
            }
        } else {
            push_cased(out, spelling, upper, upper && in_caps(w, i));
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

fn lat_word(original: &[char], table: &Table, out: &mut String) {
    // Capitals inside a word (WhatsApp, YouTube): a name, kept in Latin.
    if original
        .windows(2)
        .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
    {
        out.extend(original);
        return;
    }
    let w = normalize_word(original);
    let key: Vec<char> = w.iter().map(|&c| lower_char(c)).collect();
    let mut from = 0;
    if let Some((n, cyrillic)) = table.find_lat(&key) {
        out.push_str(&Case::of(&w[..n]).apply(cyrillic, super::word::default_upper));
        from = n;
    }
    lat_rules(&w, from, out);
}

pub fn lat_rules(w: &[char], from: usize, out: &mut String) {
    let mut i = from;
    while i < w.len() {
        let c = w[i];
        let l = lower_char(c);
        let upper = c.is_uppercase();
        let next = w.get(i + 1).map(|&n| lower_char(n));
        let (cyrillic, len) = match (l, next) {
            ('s', Some('h')) => ('ш', 2),
            ('c', Some('h')) => ('ч', 2),
            ('y', Some('o')) => ('ё', 2),
            ('y', Some('u')) => ('ю', 2),
            ('y', Some('a')) => ('я', 2),
            _ => match single_lat(l) {
                Some(ch) => (ch, 1),
                None => {
                    out.push(c);
                    i += 1;
                    continue;
                }
            },
        };
        if upper {
            out.extend(cyrillic.to_uppercase());
        } else {
            out.push(cyrillic);
        }
        i += len;
    }
}

fn single_lat(l: char) -> Option<char> {
    Some(match l {
        'a' => 'а',
        'á' => 'ә',
        'b' => 'б',
        'c' => 'ц',
        'd' => 'д',
        'e' => 'е',
        'f' => 'ф',
        'g' => 'г',
        'ǵ' => 'ғ',
        'h' => 'ҳ',
        'x' => 'х',
        'ı' => 'ы',
        'i' => 'и',
        'j' => 'ж',
        'k' => 'к',
        'q' => 'қ',
        'l' => 'л',
        'm' => 'м',
        'n' => 'н',
        'ń' => 'ң',
        'o' => 'о',
        'ó' => 'ө',
        'p' => 'п',
        'r' => 'р',
        's' => 'с',
        't' => 'т',
        'u' => 'у',
        'ú' => 'ү',
        'v' => 'в',
        'w' => 'ў',
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
    fn dotless_i_pairs_with_i_acute() {
        assert_eq!(to_uppercase("jumıs"), "JUMÍS");
        assert_eq!(to_lowercase("JUMÍS"), "jumıs");
        assert_eq!(to_lowercase("Isler"), "isler");
        assert_eq!(to_uppercase("isler"), "ISLER");
        // Í written as I + combining acute is the same letter.
        assert_eq!(to_lowercase("I\u{301}"), "ı");
        // Unicode's own mapping is what goes wrong.
        assert_eq!("Í".to_lowercase(), "í");
    }

    #[test]
    fn letters_both_ways() {
        assert_eq!(c2l("Қарақалпақстан"), "Qaraqalpaqstan");
        assert_eq!(c2l("ЖУМЫС"), "JUMÍS");
        assert_eq!(c2l("Шәртнама"), "Shártnama");
        assert_eq!(c2l("ШӘРТНАМА"), "SHÁRTNAMA");
        assert_eq!(l2c("Nókis"), "Нөкис");
        assert_eq!(l2c("Ílayıq"), "Ылайық");
        assert_eq!(l2c("suw"), "суў");
    }

    #[test]
    fn old_forms() {
        assert_eq!(normalize_latin("Nökis"), "Nókis");
        assert_eq!(normalize_latin("Qarağalpaq tiliñ"), "Qaraǵalpaq tiliń");
        assert_eq!(normalize_latin("Şärtnama"), "Shártnama");
        assert_eq!(normalize_latin("ŞÄRT"), "SHÁRT");
        assert_eq!(normalize_latin("sa'wbet"), "sáwbet");
        assert_eq!(normalize_latin("Qarag'alpaq ju'mi's"), "Qaraǵalpaq júmıs");
        assert_eq!(normalize_latin("Jumi’s"), "Jumıs");
        assert_eq!(normalize_latin("İslew"), "Islew");
        assert_eq!(l2c("O'zbekstan"), "Өзбекстан");
    }
}
