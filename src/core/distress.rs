//! Distress phrases (`dialogues/distress.yaml`): words of someone who may be in danger now
//! ("паспорт забрали", "pasportimni olib qo'yishdi", "помогите"…). A message containing one
//! offers the hotline at once, as urgent. Matched with the offer checker's normalization and
//! pattern syntax, so one Latin phrase finds Uzbek Cyrillic, odd apostrophes and look-alike
//! letters too.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostics, Pos};
use crate::offer::matcher::{PatternSet, ViewKind};
use crate::offer::normalize::Normalized;

pub const DISTRESS_FILE: &str = "distress.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DistressFile {
    #[serde(default)]
    uz: Vec<Spanned<String>>,
    #[serde(default)]
    ru: Vec<Spanned<String>>,
    #[serde(default)]
    kaa: Vec<Spanned<String>>,
}

/// Compiled distress phrases.
#[derive(Debug)]
pub struct Distress {
    lat: PatternSet,
    cyr: PatternSet,
    count: usize,
}

impl Distress {
    /// Loads and validates the file; problems go to `diags` with line and column.
    pub fn load(path: &Path, diags: &mut Diagnostics) -> Option<Distress> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                diags.error(
                    path,
                    Pos::FILE,
                    format!("cannot read the distress phrases: {e}; restore the file from the repository"),
                );
                return None;
            }
        };
        Self::parse(path, &text, diags)
    }

    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Distress> {
        let file: DistressFile = match serde_saphyr::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let at = e
                    .location()
                    .map(|l| Pos::new(l.line(), l.column()))
                    .unwrap_or(Pos::FILE);
                let message = crate::diagnostics::yaml_message(&e);
                let hint = if message.contains("unknown field") {
                    "; the file has three lists: `uz:`, `ru:` and `kaa:`"
                } else {
                    "; check indentation (spaces, not tabs) and that each phrase is a `- ` line"
                };
                diags.error(path, at, format!("{message}{hint}"));
                return None;
            }
        };
        let mut lat = PatternSet::new(ViewKind::Lat);
        let mut cyr = PatternSet::new(ViewKind::Cyr);
        let mut count = 0;
        let mut ok = true;
        for (view, phrases) in [
            (ViewKind::Lat, &file.uz),
            (ViewKind::Cyr, &file.ru),
            (ViewKind::Lat, &file.kaa),
        ] {
            let set = if view == ViewKind::Lat {
                &mut lat
            } else {
                &mut cyr
            };
            for phrase in phrases {
                match set.add(&phrase.value, count as u32) {
                    Ok(()) => count += 1,
                    Err(e) => {
                        ok = false;
                        let at = Pos::new(phrase.referenced.line(), phrase.referenced.column());
                        diags.error(path, at, format!("distress phrase: {e}"));
                    }
                }
            }
        }
        if count == 0 {
            diags.warning(
                path,
                Pos::FILE,
                "no distress phrases: nobody in danger will be offered the hotline at once",
            );
        }
        lat.build();
        cyr.build();
        ok.then_some(Distress { lat, cyr, count })
    }

    /// An empty list (tests, tools).
    pub fn empty() -> Distress {
        let (mut lat, mut cyr) = (
            PatternSet::new(ViewKind::Lat),
            PatternSet::new(ViewKind::Cyr),
        );
        lat.build();
        cyr.build();
        Distress { lat, cyr, count: 0 }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Whether `text` contains a distress phrase.
    pub fn matches(&self, text: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        let normalized = Normalized::new(text);
        let mut found = Vec::new();
        self.lat.find(&normalized, &mut found);
        if found.is_empty() {
            self.cyr.find(&normalized, &mut found);
        }
        !found.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Distress {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues");
        let mut diags = Diagnostics::default();
        let d = Distress::load(&dir.join(DISTRESS_FILE), &mut diags).expect("valid");
        assert!(!diags.has_errors(), "{diags:?}");
        d
    }

    #[test]
    fn finds_the_phrases_of_the_issue_in_any_script_and_spelling() {
        let d = shipped();
        for text in [
            "Помогите, у меня паспорт забрали",
            "ПАСПОРТ ЗАБРАЛИ и не отдают",
            "не выпускают с территории",
            "pasportimni olib qo'yishdi",
            "Pasportimni olib qoʻyishdi, nima qilay",
            "пaспортимни олиб қўйишди",
            "bizni qamab qo'yishdi",
            "yordam bering iltimos",
            "Ёрдам беринг!",
            "pasportımdı alıp qoydı",
        ] {
            assert!(d.matches(text), "{text}");
        }
    }

    #[test]
    fn ordinary_questions_are_not_distress() {
        let d = shipped();
        for text in [
            "patent qancha turadi",
            "сколько дней на регистрацию",
            "Koreyaga qanday borsa bo'ladi",
            "pasport olish uchun qayerga borish kerak",
            "Работа в Польше, зарплата 1500 евро",
        ] {
            assert!(!d.matches(text), "{text}");
        }
    }

    #[test]
    fn a_bad_phrase_is_reported_with_its_line() {
        let mut diags = Diagnostics::default();
        let text = "uz:\n  - yordam bering\nru:\n  - по*\n";
        assert!(Distress::parse(Path::new("distress.yaml"), text, &mut diags).is_none());
        let d = diags.errors().next().expect("an error");
        assert_eq!(d.pos.line, 4, "{d}");
        let mut diags = Diagnostics::default();
        assert!(
            Distress::parse(Path::new("distress.yaml"), "uz: []\nen: []\n", &mut diags).is_none()
        );
        assert!(
            diags
                .errors()
                .next()
                .unwrap()
                .message
                .contains("unknown field")
        );
    }
}
