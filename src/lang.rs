//! The languages Safar speaks, and how a Telegram `language_code` maps onto them.

use std::fmt;
use std::str::FromStr;

/// A language the bot can be read in. The code is what is stored in the database and used as
/// the folder name under `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Uzbek, Latin script.
    Uz,
    /// Uzbek, Cyrillic script: generated from the Latin texts by transliteration.
    UzCyrl,
    /// Russian.
    Ru,
    /// Karakalpak, Latin script (2016 alphabet).
    Kaa,
    /// Karakalpak, Cyrillic script: generated from the Latin texts by transliteration.
    KaaCyrl,
}

impl Lang {
    /// Every language and script, in the order the language picker shows them.
    pub const ALL: [Lang; 5] = [Lang::Uz, Lang::UzCyrl, Lang::Ru, Lang::Kaa, Lang::KaaCyrl];

    /// The languages texts are written in: one folder each under `locales/`.
    pub const AUTHORED: [Lang; 3] = [Lang::Uz, Lang::Ru, Lang::Kaa];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Uz => "uz",
            Lang::UzCyrl => "uz-Cyrl",
            Lang::Ru => "ru",
            Lang::Kaa => "kaa",
            Lang::KaaCyrl => "kaa-Cyrl",
        }
    }

    /// The authored language whose texts this one shows (the Cyrillic variants are
    /// transliterated from the Latin ones).
    pub fn authored(self) -> Lang {
        match self {
            Lang::Uz | Lang::UzCyrl => Lang::Uz,
            Lang::Ru => Lang::Ru,
            Lang::Kaa | Lang::KaaCyrl => Lang::Kaa,
        }
    }

    /// Whether texts are transliterated to Cyrillic for this variant.
    pub fn is_generated_cyrillic(self) -> bool {
        matches!(self, Lang::UzCyrl | Lang::KaaCyrl)
    }

    /// Authored languages to try, in order, when a text is missing in `self`.
    /// Karakalpak readers usually read Uzbek; Uzbek and Russian readers fall back to each other.
    pub fn fallback_chain(self) -> &'static [Lang] {
        match self.authored() {
            Lang::Kaa => &[Lang::Kaa, Lang::Uz, Lang::Ru],
            Lang::Ru => &[Lang::Ru, Lang::Uz],
            _ => &[Lang::Uz, Lang::Ru],
        }
    }

    /// Best guess from a Telegram client's `language_code` (an IETF tag such as `ru`, `uz`,
    /// `en-US`). `None` when nothing fits: the picker then shows no preference.
    pub fn guess(language_code: Option<&str>) -> Option<Lang> {
        let code = language_code?.to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "uz" => Some(Lang::Uz),
            "kaa" => Some(Lang::Kaa),
            // Russian, and the languages of neighbouring countries whose clients are
            // commonly set so: a guess only, the user picks anyway.
            "ru" | "kk" | "ky" | "tg" | "be" | "uk" => Some(Lang::Ru),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLang(s.to_string()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use one of uz, uz-Cyrl, ru, kaa, kaa-Cyrl")]
pub struct UnknownLang(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_case_insensitively() {
        assert_eq!("UZ".parse::<Lang>(), Ok(Lang::Uz));
        assert_eq!("kaa".parse::<Lang>(), Ok(Lang::Kaa));
        assert!("en".parse::<Lang>().is_err());
    }

    #[test]
    fn guesses_from_telegram_language_code() {
        assert_eq!(Lang::guess(Some("ru")), Some(Lang::Ru));
        assert_eq!(Lang::guess(Some("uz-Latn")), Some(Lang::Uz));
        assert_eq!(Lang::guess(Some("kk")), Some(Lang::Ru));
        assert_eq!(Lang::guess(Some("en-US")), None);
        assert_eq!(Lang::guess(None), None);
    }

    #[test]
    fn every_fallback_chain_starts_with_its_authored_language() {
        for lang in Lang::ALL {
            assert_eq!(lang.fallback_chain()[0], lang.authored());
        }
        assert_eq!("uz-cyrl".parse::<Lang>(), Ok(Lang::UzCyrl));
        assert_eq!("kaa-Cyrl".parse::<Lang>(), Ok(Lang::KaaCyrl));
    }
}
