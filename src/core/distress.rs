//! Distress phrases (`dialogues/distress.yaml`): words of someone who may be in danger now
//! ("паспорт забрали", "pasportimni olib qo'yishdi", "помогите"…). A message containing one
//! gets the emergency numbers and the hotline at once, as urgent; the `self_harm:` group
//! (suicidal thoughts, self-harm) gets its own answer. Matched with the offer checker's normalization and
//! pattern syntax, so one Latin phrase finds Uzbek Cyrillic, odd apostrophes and look-alike
//! letters too.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostics, Pos, yaml_pos};
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
    /// Suicidal thoughts and self-harm: the same three lists.
    #[serde(default)]
    self_harm: Option<Lists>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Lists {
    #[serde(default)]
    uz: Vec<Spanned<String>>,
    #[serde(default)]
    ru: Vec<Spanned<String>>,
    #[serde(default)]
    kaa: Vec<Spanned<String>>,
}

/// What a distress message is about: the answer differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DistressKind {
    /// Danger from others (violence, confinement, documents taken, detention…).
    Danger,
    /// Suicidal thoughts or self-harm.
    SelfHarm,
}

/// Compiled phrases of one group, both views.
#[derive(Debug)]
struct Group {
    lat: PatternSet,
    cyr: PatternSet,
}

impl Group {
    fn new() -> Group {
        Group {
            lat: PatternSet::new(ViewKind::Lat),
            cyr: PatternSet::new(ViewKind::Cyr),
        }
    }

    fn build(&mut self) {
        self.lat.build();
        self.cyr.build();
    }

    fn find(&self, normalized: &Normalized) -> bool {
        let mut found = Vec::new();
        self.lat.find(normalized, &mut found);
        if found.is_empty() {
            self.cyr.find(normalized, &mut found);
        }
        !found.is_empty()
    }
}

/// Compiled distress phrases.
#[derive(Debug)]
pub struct Distress {
    danger: Group,
    self_harm: Group,
    count: usize,
    self_harm_count: usize,
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
                let at = yaml_pos(&e);
                let message = crate::diagnostics::yaml_message(&e);
                let hint = if message.contains("unknown field") {
                    "; the file has three lists, `uz:`, `ru:` and `kaa:`, and the group `self_harm:` \
                     with the same three lists"
                } else {
                    "; check indentation (spaces, not tabs) and that each phrase is a `- ` line"
                };
                diags.error(path, at, format!("{message}{hint}"));
                return None;
            }
        };
        let mut ok = true;
        let mut add = |group: &mut Group, lists: [&Vec<Spanned<String>>; 3]| {
            let mut count = 0;
            for (view, phrases) in [
                (ViewKind::Lat, lists[0]),
                (ViewKind::Cyr, lists[1]),
                (ViewKind::Lat, lists[2]),
            ] {
                let set = if view == ViewKind::Lat {
                    &mut group.lat
                } else {
                    &mut group.cyr
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
            group.build();
            count
        };
        let mut danger = Group::new();
        let count = add(&mut danger, [&file.uz, &file.ru, &file.kaa]);
        let mut self_harm = Group::new();
        let sh = file.self_harm.unwrap_or_default();
        let self_harm_count = add(&mut self_harm, [&sh.uz, &sh.ru, &sh.kaa]);
        if count == 0 {
            diags.warning(
                path,
                Pos::FILE,
                "no distress phrases: nobody in danger will be offered the hotline at once",
            );
        }
        if self_harm_count == 0 {
            diags.warning(
                path,
                Pos::FILE,
                "no `self_harm:` phrases: someone who wants to hurt themselves gets the general \
                 emergency answer, without the crisis line",
            );
        }
        ok.then_some(Distress {
            danger,
            self_harm,
            count,
            self_harm_count,
        })
    }

    /// An empty list (tests, tools).
    pub fn empty() -> Distress {
        let (mut danger, mut self_harm) = (Group::new(), Group::new());
        danger.build();
        self_harm.build();
        Distress {
            danger,
            self_harm,
            count: 0,
            self_harm_count: 0,
        }
    }

    /// All phrases, both groups.
    pub fn len(&self) -> usize {
        self.count + self.self_harm_count
    }

    /// Phrases of the `self_harm:` group.
    pub fn self_harm_len(&self) -> usize {
        self.self_harm_count
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `text` contains a distress phrase of either group.
    pub fn matches(&self, text: &str) -> bool {
        self.kind(text).is_some()
    }

    /// What `text` is about, if it contains a distress phrase; self-harm wins over danger.
    pub fn kind(&self, text: &str) -> Option<DistressKind> {
        if self.is_empty() {
            return None;
        }
        let normalized = Normalized::new(text);
        if self.self_harm.find(&normalized) {
            Some(DistressKind::SelfHarm)
        } else if self.danger.find(&normalized) {
            Some(DistressKind::Danger)
        } else {
            None
        }
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
    fn self_harm_is_told_apart_from_other_danger() {
        let d = shipped();
        for text in [
            "хочу покончить с собой",
            "oʻzimni oʻldirmoqchiman",
            "ўзимни ўлдирмоқчиман",
            "ózimdi óltirgim keledi",
            // Both kinds: the self-harm answer comes first.
            "меня избили, не хочу больше жить",
        ] {
            assert_eq!(d.kind(text), Some(DistressKind::SelfHarm), "{text}");
        }
        for text in ["меня изнасиловали что делать", "jumıs beriwshi meni urdı"]
        {
            assert_eq!(d.kind(text), Some(DistressKind::Danger), "{text}");
        }
        assert_eq!(d.kind("не хочу жить в общежитии, где найти квартиру"), None);
        assert!(d.self_harm_len() > 0 && d.len() > d.self_harm_len());
    }

    #[test]
    fn the_self_harm_group_is_validated_like_the_lists() {
        let mut diags = Diagnostics::default();
        let text = "uz:\n  - yordam bering\nself_harm:\n  ru:\n    - с*\n";
        assert!(Distress::parse(Path::new("distress.yaml"), text, &mut diags).is_none());
        let d = diags.errors().next().expect("an error");
        assert_eq!((d.pos.line, d.pos.col), (5, 7), "{d}");
        let mut diags = Diagnostics::default();
        let text = "uz: []\nself_harm:\n  en: []\n";
        assert!(Distress::parse(Path::new("distress.yaml"), text, &mut diags).is_none());
        assert!(
            diags
                .errors()
                .next()
                .unwrap()
                .message
                .contains("unknown field")
        );
        // Without the group: a warning, the file is still accepted.
        let mut diags = Diagnostics::default();
        let d = Distress::parse(
            Path::new("distress.yaml"),
            "ru:\n  - помогите\n",
            &mut diags,
        )
        .expect("accepted");
        assert_eq!(d.kind("помогите"), Some(DistressKind::Danger));
        assert!(
            diags.0.iter().any(|x| x.message.contains("self_harm")),
            "{diags:?}"
        );
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
