//! Transliteration between Latin and Cyrillic Uzbek and Karakalpak. Pure: no I/O
//! except [`Exceptions::load`].
//!
//! Safar's texts are written in Latin; Uzbek and Karakalpak readers who read Cyrillic get them
//! converted at runtime with [`transliterate`], which leaves Telegram HTML, Fluent placeables,
//! links, @handles, /commands and e-mail addresses alone. The plain-text functions
//! ([`uz_cyr_to_lat`] and the others) convert every word.
//!
//! Numbers in brackets are the sources of `/work/shared/docs/domain-brief.md` §5.
//!
//! # Uzbek
//!
//! The Latin alphabet of 1995: A B D E F G H I J K L M N O P Q R S T U V X Y Z Oʻ Gʻ Sh Ch, "ng"
//! and the tutuq belgisi ʼ \[104\]\[105\]. Output uses ʻ (U+02BB) in oʻ gʻ and ʼ (U+02BC) for the
//! tutuq; input may use any of ' ` ’ ‘ ʻ ʼ (and ´) for either \[102\]\[108\].
//!
//! ## Cyrillic → Latin \[111\]\[112\]\[113\]\[114\]
//!
//! | Cyrillic | Latin | note |
//! |---|---|---|
//! | е | ye / e | `ye` at the start of a word and after a vowel, ъ or ь (ер → yer, поезд → poyezd, объект → obyekt); else `e` |
//! | э | e | |
//! | ё ю я | yo yu ya | |
//! | ц | ts / s | `ts` after a vowel (милиция → militsiya), else `s` (цех → sex, концерт → konsert) |
//! | ъ | ʼ | not written after ў (мўъжиза → moʻjiza, as the 1995 rules say) nor before е ё ю я (объект → obyekt) |
//! | ь | — | dropped (октябрь → oktabr via the word list, июнь → iyun); before о it is `y` (бульон → bulyon) |
//! | ў ғ | oʻ gʻ | |
//! | қ ҳ х | q h x | |
//! | ш ч | sh ch | |
//! | сҳ | sʼh | Исҳоқ → Isʼhoq: the 1995 rules separate s and h with the tutuq belgisi, so the mark is ʼ (U+02BC) |
//! | щ ы | sh i | Russian letters, not in the Uzbek alphabet |
//!
//! Case is kept: a capital that becomes two letters is written `Sh` before a lowercase letter
//! and `SH` in a word in capitals (Шарт → Shart, ШАРТНОМА → SHARTNOMA; at the end of a word
//! the letter before decides).
//!
//! ## Latin → Cyrillic \[105\]\[108\]
//!
//! | Latin | Cyrillic | note |
//! |---|---|---|
//! | e | э / е | `э` at the start of a word (ekin → экин) and after a vowel (aeroport → аэропорт), else `е` |
//! | ye | е / ъе | `е` at the start of a word and after a vowel (yer → ер, poyezd → поезд); after a consonant `ъе` (obyekt → объект) |
//! | yo yu ya | ё ю я | anywhere (yomon → ёмон, kelyapti → келяпти), but… |
//! | yoʻ | йў | …`yoʻ` is й + ў (yoʻq → йўқ) |
//! | oʻ gʻ | ў ғ | any apostrophe after o or g |
//! | sh ch | ш ч | |
//! | sʼh | сҳ | any apostrophe |
//! | ʼ | ъ | the tutuq: an apostrophe after another letter (eʼlon → эълон) |
//! | ng | нг | |
//! | ts | тс / ц | `тс` (ketsa → кетса), but `-tsiya`, `-tsio-` after a vowel are Russian `-ция`, `-цио-` (migratsiya → миграция) |
//! | c w | ц в | not Uzbek letters; a word with them is kept in Latin (below) |
//!
//! ц elsewhere and ь cannot be restored by rule \[105\]\[108\]: the exceptions word list does it
//! (below).
//!
//! # Karakalpak \[99\]\[100\]\[101\]
//!
//! The 2016 Latin alphabet, 34 letters: A Á B D E F G Ǵ H X Í/ı I J K Q L M N Ń O Ó P R S T U Ú
//! V W Y Z Sh C Ch. Cyrillic has 41 letters. The correspondence is the official one \[99\]:
//!
//! | Latin | Cyrillic | | Latin | Cyrillic |
//! |---|---|---|---|---|
//! | A a | А а | | N n | Н н |
//! | Á á | Ә ә | | Ń ń | Ң ң |
//! | B b | Б б | | O o | О о |
//! | D d | Д д | | Ó ó | Ө ө |
//! | E e | Е е, Э э | | P p | П п |
//! | F f | Ф ф | | R r | Р р |
//! | G g | Г г | | S s | С с |
//! | Ǵ ǵ | Ғ ғ | | T t | Т т |
//! | H h | Ҳ ҳ | | U u | У у |
//! | X x | Х х | | Ú ú | Ү ү |
//! | Í ı | Ы ы | | V v | В в |
//! | I i | И и | | W w | Ў ў |
//! | J j | Ж ж | | Y y | Й й |
//! | K k | К к | | Z z | З з |
//! | Q q | Қ қ | | Sh sh | Ш ш, Щ щ |
//! | L l | Л л | | C c | Ц ц |
//! | M m | М м | | Ch ch | Ч ч |
//!
//! and Ё ё → Yo yo, Ю ю → Yu yu, Я я → Ya ya; Ъ ъ and Ь ь are not written \[99\].
//!
//! Latin → Cyrillic therefore writes `e` as е, `sh` as ш, and never writes ъ, ь or э; the
//! exceptions list restores them (oktyabr → октябрь, ekonomika → экономика, aeroport →
//! аэропорт). `yo yu ya` become ё ю я.
//!
//! Older Latin forms still seen online are accepted on input and turned into 2016 letters by
//! [`kaa_normalize_latin`] \[100\]\[101\]\[111\]: the 1994 letters Ä Ğ Ñ Ö Ü Ş → Á Ǵ Ń Ó Ú Sh (and
//! Ç → Ch); the 1995–2016 apostrophe letters Aʼ Gʼ Nʼ Oʼ Uʼ → Á Ǵ Ń Ó Ú and Iʼ (ы, 2009–2016)
//! → Í, with any apostrophe; İ (the capital of i until 2016) → I; and í, what Unicode makes of
//! a lowercased Í, → ı. The 1994–2009 capital I for ы cannot be told from today's I and is
//! left as I.
//!
//! Case: capital Í pairs with the dotless ı, and I with i. Unicode's default mapping gives
//! Í → í and ı → I, so [`kaa_to_lowercase`] and [`kaa_to_uppercase`] have their own rule \[99\].
//!
//! # The exceptions word list
//!
//! `dialogues/translit-exceptions.yaml` (format at its top), loaded with [`Exceptions::load`];
//! [`Exceptions::builtin`] is that file as shipped, built in. An entry applies in both
//! directions, to whole words, case-insensitively, keeping the word's capitalisation (Oktabr
//! → Октябрь, OKTABR → ОКТЯБРЬ). An entry of at least [`MIN_STEM`] letters also applies to
//! the beginning of a longer word, the rest being converted by rule: Uzbek and Karakalpak add
//! endings to the stem (litsenziyasi → лицензияси). Before an ending a final ь is dropped, as
//! Uzbek Cyrillic writes dates (1 январдан, октябрда); Cyrillic → Latin reads октябрда and
//! октябрьда alike. Shorter entries (sex, sirk) match whole words only, so that "sirka"
//! (vinegar) does not become "цирка".
//!
//! # What is kept as it is
//!
//! [`transliterate`] keeps HTML tags and entities, the contents of `<code>` and `<pre>`, Fluent
//! placeables (`{ $name }`, `{ -term }`; in a select expression only the variants' texts are
//! converted), URLs (`http…`, `www.…`, `t.me/…`, and any token like `gov.uz/en/…` or
//! `mehnat.uz`), @handles, /commands and e-mail addresses. Every function keeps digits and
//! codes in which a letter comes before a digit (`AA1234567`, the visa type `E-9`). Latin → Cyrillic keeps words
//! that are plainly not Uzbek or Karakalpak: a capital inside the word (WhatsApp, YouTube),
//! and in Uzbek a w or a c outside ch (Facebook). Cyrillic → Latin converts only Cyrillic
//! letters, so Latin words in Cyrillic text stay as they are.

mod exceptions;
mod kaa;
pub mod letters;
mod spans;
mod uz;
mod word;

use std::fmt;
use std::str::FromStr;

use crate::lang::Lang;

pub use exceptions::{BUILTIN_PATH, Exceptions, MIN_STEM};
pub use word::{APOSTROPHES, OKINA, TUTUQ, is_apostrophe};

/// A writing system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
}

/// A language in one script: what a text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Variant {
    /// Uzbek, Latin (1995 alphabet): `uz-Latn`.
    UzLatn,
    /// Uzbek, Cyrillic: `uz-Cyrl`.
    UzCyrl,
    /// Karakalpak, Latin (2016 alphabet): `kaa-Latn`.
    KaaLatn,
    /// Karakalpak, Cyrillic: `kaa-Cyrl`.
    KaaCyrl,
}

impl Variant {
    pub const ALL: [Variant; 4] = [
        Variant::UzLatn,
        Variant::UzCyrl,
        Variant::KaaLatn,
        Variant::KaaCyrl,
    ];

    /// `None` for Russian, which has one script. A language's variant picks only the
    /// language (`uz-Cyrl` with `Latin` is Uzbek Latin).
    pub fn new(lang: Lang, script: Script) -> Option<Variant> {
        match (lang.authored(), script) {
            (Lang::Uz, Script::Latin) => Some(Variant::UzLatn),
            (Lang::Uz, Script::Cyrillic) => Some(Variant::UzCyrl),
            (Lang::Kaa, Script::Latin) => Some(Variant::KaaLatn),
            (Lang::Kaa, Script::Cyrillic) => Some(Variant::KaaCyrl),
            _ => None,
        }
    }

    pub fn lang(self) -> Lang {
        match self {
            Variant::UzLatn | Variant::UzCyrl => Lang::Uz,
            Variant::KaaLatn | Variant::KaaCyrl => Lang::Kaa,
        }
    }

    pub fn script(self) -> Script {
        match self {
            Variant::UzLatn | Variant::KaaLatn => Script::Latin,
            Variant::UzCyrl | Variant::KaaCyrl => Script::Cyrillic,
        }
    }

    /// The BCP 47 tag: `uz-Latn`, `uz-Cyrl`, `kaa-Latn`, `kaa-Cyrl`.
    pub fn tag(self) -> &'static str {
        match self {
            Variant::UzLatn => "uz-Latn",
            Variant::UzCyrl => "uz-Cyrl",
            Variant::KaaLatn => "kaa-Latn",
            Variant::KaaCyrl => "kaa-Cyrl",
        }
    }

    /// Reads a tag case-insensitively, with `-` or `_` (`uz-Cyrl`, `kaa_latn`).
    pub fn from_tag(tag: &str) -> Option<Variant> {
        let tag = tag.trim().replace('_', "-");
        Variant::ALL
            .into_iter()
            .find(|v| v.tag().eq_ignore_ascii_case(&tag))
    }
}

impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Variant {
    type Err = UnknownVariant;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Variant::from_tag(s).ok_or_else(|| UnknownVariant(s.to_string()))
    }
}

/// A tag that is not one of `uz-Latn`, `uz-Cyrl`, `kaa-Latn`, `kaa-Cyrl`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language variant `{0}`: use uz-Latn, uz-Cyrl, kaa-Latn or kaa-Cyrl")]
pub struct UnknownVariant(pub String);

/// Transliteration goes between the scripts of one language, never from one language to
/// another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cannot transliterate {from} into {to}: they are different languages")]
pub struct DifferentLanguages {
    pub from: Variant,
    pub to: Variant,
}

/// Converts plain text, every word, from one script to the other. The same variant twice
/// gives the text back unchanged.
pub fn convert(
    text: &str,
    from: Variant,
    to: Variant,
    exceptions: &Exceptions,
) -> Result<String, DifferentLanguages> {
    use Variant::*;
    Ok(match (from, to) {
        _ if from == to => text.to_string(),
        (UzCyrl, UzLatn) => uz::cyr_to_lat(text, &exceptions.uz),
        (UzLatn, UzCyrl) => uz::lat_to_cyr(text, &exceptions.uz),
        (KaaCyrl, KaaLatn) => kaa::cyr_to_lat(text, &exceptions.kaa),
        (KaaLatn, KaaCyrl) => kaa::lat_to_cyr(text, &exceptions.kaa),
        _ => return Err(DifferentLanguages { from, to }),
    })
}

/// Converts a Telegram HTML or Fluent text, keeping tags, entities, placeables, links,
/// @handles, /commands and e-mail addresses as they are (see the module documentation).
pub fn transliterate(
    text: &str,
    from: Variant,
    to: Variant,
    exceptions: &Exceptions,
) -> Result<String, DifferentLanguages> {
    if from.lang() != to.lang() {
        return Err(DifferentLanguages { from, to });
    }
    if from == to {
        return Ok(text.to_string());
    }
    let mut out = String::with_capacity(text.len() * 2);
    for piece in spans::split(text) {
        match piece {
            spans::Piece::Keep(s) => out.push_str(s),
            spans::Piece::Convert(s) => out.push_str(&convert(s, from, to, exceptions)?),
        }
    }
    Ok(out)
}

/// Uzbek Cyrillic → Latin, plain text, with the built-in exceptions: Тошкент → Toshkent.
pub fn uz_cyr_to_lat(text: &str) -> String {
    uz::cyr_to_lat(text, &Exceptions::builtin().uz)
}

/// Uzbek Latin → Cyrillic, plain text, with the built-in exceptions: yoʻq → йўқ.
pub fn uz_lat_to_cyr(text: &str) -> String {
    uz::lat_to_cyr(text, &Exceptions::builtin().uz)
}

/// Karakalpak Latin (2016, older forms accepted) → Cyrillic, plain text, with the built-in
/// exceptions: Nókis → Нөкис.
pub fn kaa_lat_to_cyr(text: &str) -> String {
    kaa::lat_to_cyr(text, &Exceptions::builtin().kaa)
}

/// Karakalpak Cyrillic → Latin (2016), plain text, with the built-in exceptions:
/// Жумыс → Jumıs.
pub fn kaa_cyr_to_lat(text: &str) -> String {
    kaa::cyr_to_lat(text, &Exceptions::builtin().kaa)
}

/// Uzbek Latin with every apostrophe variant folded: oʻ gʻ with ʻ, the tutuq with ʼ
/// (O'zbekiston → Oʻzbekiston, ma’lumot → maʼlumot).
pub fn uz_normalize_latin(text: &str) -> String {
    uz::normalize_latin(text)
}

/// Karakalpak Latin in the 2016 letters (Nökis, No'kis → Nókis; Şärtnama → Shártnama).
pub fn kaa_normalize_latin(text: &str) -> String {
    kaa::normalize_latin(text)
}

/// Karakalpak lower case: Í → ı (not í), I → i.
pub fn kaa_to_lowercase(text: &str) -> String {
    kaa::to_lowercase(text)
}

/// Karakalpak upper case: ı → Í (not I), i → I.
pub fn kaa_to_uppercase(text: &str) -> String {
    kaa::to_uppercase(text)
}

/// The script most letters of `text` are in; `None` without Latin or Cyrillic letters (or
/// exactly as many of each).
pub fn dominant_script(text: &str) -> Option<Script> {
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if matches!(c, '\u{0400}'..='\u{052F}') {
            cyrillic += 1;
        } else if c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}') {
            latin += 1;
        }
    }
    match latin.cmp(&cyrillic) {
        std::cmp::Ordering::Greater => Some(Script::Latin),
        std::cmp::Ordering::Less => Some(Script::Cyrillic),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants() {
        assert_eq!(Variant::from_tag("uz_cyrl"), Some(Variant::UzCyrl));
        assert_eq!("kaa-Latn".parse::<Variant>(), Ok(Variant::KaaLatn));
        assert!("ru-Cyrl".parse::<Variant>().is_err());
        assert_eq!(
            Variant::new(Lang::Kaa, Script::Cyrillic),
            Some(Variant::KaaCyrl)
        );
        assert_eq!(Variant::new(Lang::Ru, Script::Cyrillic), None);
        for v in Variant::ALL {
            assert_eq!(Variant::new(v.lang(), v.script()), Some(v));
            assert_eq!(Variant::from_tag(&v.to_string()), Some(v));
        }
    }

    #[test]
    fn languages_do_not_mix() {
        let ex = Exceptions::empty();
        let err = transliterate("salom", Variant::UzLatn, Variant::KaaCyrl, &ex).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot transliterate uz-Latn into kaa-Cyrl: they are different languages"
        );
        assert_eq!(
            convert("salom", Variant::UzLatn, Variant::UzLatn, &ex).unwrap(),
            "salom"
        );
    }

    #[test]
    fn html_text() {
        let text = "<b>Migratsiya agentligi</b>\nSayt: gov.uz/en/migration\nTelegram-bot: @huquqiyyordamuzbot\n/menu yuboring, { $name }!";
        let out = transliterate(
            text,
            Variant::UzLatn,
            Variant::UzCyrl,
            Exceptions::builtin(),
        )
        .unwrap();
        assert_eq!(
            out,
            "<b>Миграция агентлиги</b>\nСайт: gov.uz/en/migration\nТелеграм-бот: @huquqiyyordamuzbot\n/menu юборинг, { $name }!"
        );
    }

    #[test]
    fn scripts() {
        assert_eq!(dominant_script("Salom, дунё"), Some(Script::Latin));
        assert_eq!(dominant_script("Ассалому алайкум"), Some(Script::Cyrillic));
        assert_eq!(dominant_script("123"), None);
    }
}
