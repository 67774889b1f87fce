//! The operators' toolkit files NGO staff edit: case categories (`case-categories.yaml`),
//! referral organisations (`referrals.yaml`) and prepared short answers (`snippets/`), validated
//! like the scripts: unknown fields refused, every problem as `file:line:col` with what to fix.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::texts::Texts;
use super::{checked_labels, spanned_pos as pos, valid_id};
use crate::core::country::Country;
use crate::diagnostics::{Diagnostics, Pos, yaml_message, yaml_pos};
use crate::lang::Lang;

/// The case categories' file in the dialogues folder.
pub const CATEGORIES_FILE: &str = "case-categories.yaml";
/// The referral organisations' file in the dialogues folder.
pub const REFERRALS_FILE: &str = "referrals.yaml";
/// The snippets' folder in the dialogues folder: `snippets/<lang>/*.ftl`.
pub const SNIPPETS_DIR: &str = "snippets";

fn read(path: &Path, what: &str, diags: &mut Diagnostics) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) => {
            diags.error(
                path,
                Pos::FILE,
                format!("cannot read {what} ({e}); it must be in the dialogues folder"),
            );
            None
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoriesFile {
    categories: Vec<CategoryFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryFile {
    id: Spanned<String>,
    uz: Spanned<String>,
    ru: Spanned<String>,
    kaa: Spanned<String>,
}

/// One category a case can be tagged with.
#[derive(Debug, Clone)]
pub struct CaseCategory {
    pub id: String,
    /// Labels in uz, ru, kaa.
    labels: [String; 3],
}

impl CaseCategory {
    /// The label in `lang` (the Cyrillic variants show the Latin label transliterated).
    pub fn label(&self, lang: Lang) -> String {
        super::label_in(&self.labels, lang)
    }
}

/// The categories of `case-categories.yaml`, in the file's order.
#[derive(Debug, Clone, Default)]
pub struct CaseCategories(pub Vec<CaseCategory>);

impl CaseCategories {
    pub fn get(&self, id: &str) -> Option<&CaseCategory> {
        self.0.iter().find(|c| c.id == id)
    }

    /// Reads and validates `dir/case-categories.yaml`; `None` on errors (in `diags`).
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<CaseCategories> {
        let path = dir.join(CATEGORIES_FILE);
        let text = read(&path, "the case categories", diags)?;
        CaseCategories::parse(&path, &text, diags)
    }

    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<CaseCategories> {
        let before = diags.errors().count();
        let file: CategoriesFile = match serde_saphyr::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let at = yaml_pos(&e);
                diags.error(
                    path,
                    at,
                    format!(
                        "{} (each category has `id`, `uz`, `ru` and `kaa`; see the example at \
                         the top of {CATEGORIES_FILE})",
                        yaml_message(&e)
                    ),
                );
                return None;
            }
        };
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for c in file.categories {
            let id = c.id.value.trim().to_string();
            if !valid_id(&id) {
                diags.error(
                    path,
                    pos(&c.id),
                    format!(
                        "`{id}` is not a usable id: operators type it after /tag, so use \
                         lowercase Latin letters, digits, `_` or `-` (at most 32), e.g. \
                         `unpaid_wages`"
                    ),
                );
                continue;
            }
            if !seen.insert(id.clone()) {
                diags.error(
                    path,
                    pos(&c.id),
                    format!("category `{id}` is listed twice: keep one"),
                );
            }
            let labels = checked_labels(path, diags, "category", &id, [&c.uz, &c.ru, &c.kaa]);
            out.push(CaseCategory { id, labels });
        }
        if out.is_empty() && diags.errors().count() == before {
            diags.error(
                path,
                Pos::FILE,
                "no categories: /close needs at least one category, so list some",
            );
        }
        (diags.errors().count() == before).then_some(CaseCategories(out))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferralsFile {
    organisations: Vec<OrgFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgFile {
    id: Spanned<String>,
    name: Spanned<String>,
    country: Spanned<String>,
    help: Vec<Spanned<String>>,
    contact: Spanned<String>,
    text: Spanned<String>,
    source: Spanned<String>,
    reviewed: Spanned<String>,
    #[serde(default)]
    note: Option<Spanned<String>>,
}

/// An organisation operators refer users to.
#[derive(Debug, Clone)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub country: Country,
    /// The categories (ids of case-categories.yaml) it helps with.
    pub help: Vec<String>,
    /// The contact as the source states it (a phone number, a short number…).
    pub contact: String,
    /// The Fluent id of what the user reads (in `locales/`), which must contain the contact.
    pub text: String,
    pub source: String,
    pub reviewed: NaiveDate,
    pub pos: Pos,
    text_pos: Pos,
    contact_pos: Pos,
}

/// The organisations of `referrals.yaml`, in the file's order.
#[derive(Debug, Clone, Default)]
pub struct Referrals {
    pub path: PathBuf,
    pub list: Vec<Organisation>,
}

impl Referrals {
    pub fn get(&self, id: &str) -> Option<&Organisation> {
        self.list.iter().find(|o| o.id == id)
    }

    /// Reads and validates `dir/referrals.yaml` (its categories must be in `categories`).
    pub fn load(
        dir: &Path,
        categories: &CaseCategories,
        today: NaiveDate,
        diags: &mut Diagnostics,
    ) -> Option<Referrals> {
        let path = dir.join(REFERRALS_FILE);
        let text = read(&path, "the referral organisations", diags)?;
        Referrals::parse(&path, &text, categories, today, diags)
    }

    pub fn parse(
        path: &Path,
        text: &str,
        categories: &CaseCategories,
        today: NaiveDate,
        diags: &mut Diagnostics,
    ) -> Option<Referrals> {
        let before = diags.errors().count();
        let file: ReferralsFile = match serde_saphyr::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let at = yaml_pos(&e);
                diags.error(
                    path,
                    at,
                    format!(
                        "{} (see the commented example at the top of {REFERRALS_FILE})",
                        yaml_message(&e)
                    ),
                );
                return None;
            }
        };
        let mut seen = HashSet::new();
        let mut list = Vec::new();
        for o in file.organisations {
            let id = o.id.value.trim().to_string();
            if !valid_id(&id) {
                diags.error(
                    path,
                    pos(&o.id),
                    format!(
                        "`{id}` is not a usable id: operators type it after /refer, so use \
                         lowercase Latin letters, digits, `_` or `-` (at most 32)"
                    ),
                );
                continue;
            }
            if !seen.insert(id.clone()) {
                diags.error(
                    path,
                    pos(&o.id),
                    format!("organisation `{id}` is listed twice: keep one"),
                );
            }
            let country = Country::from_code(o.country.value.trim());
            if country.is_none() {
                let known: Vec<&str> = Country::ALL.iter().map(|c| c.code()).collect();
                diags.error(
                    path,
                    pos(&o.country),
                    format!(
                        "unknown country `{}`: use one of {}",
                        o.country.value.trim(),
                        known.join(", ")
                    ),
                );
            }
            for h in &o.help {
                if categories.get(h.value.trim()).is_none() {
                    diags.error(
                        path,
                        pos(h),
                        format!(
                            "`{}` is not a category of {CATEGORIES_FILE}: `help` lists the ids \
                             of the categories this organisation helps with",
                            h.value.trim()
                        ),
                    );
                }
            }
            if o.help.is_empty() {
                diags.error(
                    path,
                    pos(&o.id),
                    format!("`{id}` has no `help`: list the categories it helps with"),
                );
            }
            for (field, value) in [
                ("name", &o.name),
                ("contact", &o.contact),
                ("text", &o.text),
            ] {
                if value.value.trim().is_empty() {
                    diags.error(
                        path,
                        pos(value),
                        format!("`{field}` of `{id}` is empty: write it"),
                    );
                }
            }
            if o.source.value.trim().is_empty() {
                diags.error(
                    path,
                    pos(&o.source),
                    "`source` is empty: an organisation and its contact go in only with the \
                     source that states them (see the domain brief)",
                );
            }
            let reviewed = match NaiveDate::parse_from_str(o.reviewed.value.trim(), "%Y-%m-%d") {
                Ok(d) if d > today => {
                    diags.error(
                        path,
                        pos(&o.reviewed),
                        format!(
                            "`reviewed: {d}` is in the future: write the day the contact \
                                 was last checked against its source"
                        ),
                    );
                    None
                }
                Ok(d) => {
                    if today.signed_duration_since(d).num_days() > 365 {
                        diags.warning(
                            path,
                            pos(&o.reviewed),
                            format!(
                                "`{id}` was last reviewed on {d}, more than 12 months ago: \
                                     check its contact against `{}` and update `reviewed`",
                                o.source.value.trim()
                            ),
                        );
                    }
                    Some(d)
                }
                Err(_) => {
                    diags.error(
                        path,
                        pos(&o.reviewed),
                        format!(
                            "`reviewed: {}` is not a date: write it as YYYY-MM-DD, e.g. \
                                 `reviewed: {today}`",
                            o.reviewed.value.trim()
                        ),
                    );
                    None
                }
            };
            let _ = o.note;
            let (Some(country), Some(reviewed)) = (country, reviewed) else {
                continue;
            };
            list.push(Organisation {
                id,
                name: o.name.value.trim().to_string(),
                country,
                help: o.help.iter().map(|h| h.value.trim().to_string()).collect(),
                contact: o.contact.value.trim().to_string(),
                text: o.text.value.trim().to_string(),
                source: o.source.value.trim().to_string(),
                reviewed,
                pos: pos(&o.id),
                text_pos: pos(&o.text),
                contact_pos: pos(&o.contact),
            });
        }
        // The valid entries, even when others have errors: the texts' checks still run on
        // them, so an editor sees every problem in one run (the errors refuse the content).
        let _ = before;
        Some(Referrals {
            path: path.to_path_buf(),
            list,
        })
    }

    /// The Fluent ids the organisations name, for the check that each exists.
    pub fn text_keys(&self) -> impl Iterator<Item = (&Path, Pos, &str)> {
        self.list
            .iter()
            .map(|o| (self.path.as_path(), o.text_pos, o.text.as_str()))
    }

    /// What the user reads must carry the contact the source states: the contact's digits
    /// (or, without digits, its words) in every language's text.
    pub fn check_contacts(&self, texts: &Texts, diags: &mut Diagnostics) {
        for o in &self.list {
            let want = digits_or_lower(&o.contact);
            for lang in Lang::AUTHORED {
                if !texts.has(lang, &o.text) {
                    continue;
                }
                let plain = crate::html::to_plain(
                    &texts.render(lang, &crate::core::output::Msg::new(o.text.clone())),
                );
                if !digits_or_lower(&plain).contains(&want) {
                    diags.error(
                        &self.path,
                        o.contact_pos,
                        format!(
                            "the `{lang}` text `{}` does not give the contact `{}`: the user \
                             must read exactly the contact the source states",
                            o.text, o.contact
                        ),
                    );
                }
            }
        }
    }
}

/// A contact's digits (a phone number however it is spaced), or its lowercase letters.
fn digits_or_lower(s: &str) -> String {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        s.to_lowercase()
    } else {
        digits
    }
}

/// Snippets (`snippets/<lang>/*.ftl`): short prepared answers operators send with `/snip`.
/// They state no facts (numbers, handles, addresses): those belong in a sourced page or a
/// referral.
pub fn load_snippets(dir: &Path, diags: &mut Diagnostics) -> Option<Texts> {
    let snippets = Texts::load_dir(&dir.join(SNIPPETS_DIR), diags)?;
    for lang in Lang::AUTHORED {
        for (id, at) in snippets.ids(lang) {
            if !valid_id(id) {
                diags.error(
                    &at.path,
                    at.pos,
                    format!(
                        "snippet `{id}`: operators type its name after /snip, so use lowercase \
                         Latin letters, digits, `_` or `-` (at most 32)"
                    ),
                );
            }
            let plain = crate::html::to_plain(
                &snippets.render(lang, &crate::core::output::Msg::new(id.to_string())),
            );
            if let Some(why) = super::script::facts::fact_marker(&plain) {
                diags.error(
                    &at.path,
                    at.pos,
                    format!(
                        "snippet `{id}` states a fact ({why}): snippets have no source, so put \
                         numbers, handles and addresses in a page with `source` and `reviewed` \
                         (send it with /send) or in {REFERRALS_FILE} (send it with /refer)"
                    ),
                );
            }
        }
    }
    // Returned even with errors, so the other checks still run (the errors refuse the content).
    Some(snippets)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    fn cats() -> CaseCategories {
        let mut d = Diagnostics::default();
        CaseCategories::parse(
            Path::new("c.yaml"),
            "categories:\n  - id: unpaid_wages\n    uz: a\n    ru: b\n    kaa: c\n",
            &mut d,
        )
        .unwrap()
    }

    #[test]
    fn categories_refuse_unknown_fields_bad_ids_and_empty_labels() {
        let mut d = Diagnostics::default();
        let bad = "categories:\n  - id: Unpaid Wages\n    uz: a\n    ru: b\n    kaa: c\n  - id: x\n    uz: a\n    ru: ''\n    kaa: c\n";
        assert!(CaseCategories::parse(Path::new("c.yaml"), bad, &mut d).is_none());
        let text = d.to_string();
        assert!(text.contains("c.yaml:2:9"), "{text}");
        assert!(text.contains("empty `ru` label"), "{text}");
        let mut d = Diagnostics::default();
        let typo = "categories:\n  - id: x\n    uz: a\n    ru: b\n    kaa: c\n    en: d\n";
        assert!(CaseCategories::parse(Path::new("c.yaml"), typo, &mut d).is_none());
        assert!(d.to_string().contains("c.yaml:6:"), "{d}");
        assert_eq!(cats().get("unpaid_wages").unwrap().label(Lang::Ru), "b");
    }

    #[test]
    fn referrals_need_a_source_a_past_review_and_known_categories() {
        let org = |extra: &str| {
            format!(
                "organisations:\n  - id: helpline\n    name: H\n    country: gb\n    help: [unpaid_wages]\n    contact: \"0800\"\n    text: referrals-h\n{extra}"
            )
        };
        let mut d = Diagnostics::default();
        let ok = org("    source: \"brief §7\"\n    reviewed: 2026-12-01\n");
        let has_errors = |d: &Diagnostics| d.has_errors();
        let r = Referrals::parse(Path::new("r.yaml"), &ok, &cats(), today(), &mut d).unwrap();
        assert_eq!(r.get("helpline").unwrap().country, Country::UnitedKingdom);
        for (extra, want) in [
            (
                "    source: \"\"\n    reviewed: 2026-12-01\n",
                "`source` is empty",
            ),
            ("    source: s\n    reviewed: 2027-01-01\n", "in the future"),
            ("    source: s\n    reviewed: soon\n", "not a date"),
            ("    source: s\n", "missing field `reviewed`"),
        ] {
            let mut d = Diagnostics::default();
            let r = Referrals::parse(Path::new("r.yaml"), &org(extra), &cats(), today(), &mut d);
            let _ = r;
            assert!(has_errors(&d), "{extra}");
            assert!(d.to_string().contains(want), "{d}");
        }
        let mut d = Diagnostics::default();
        let wrong = ok.replace("[unpaid_wages]", "[wages]");
        Referrals::parse(Path::new("r.yaml"), &wrong, &cats(), today(), &mut d);
        assert!(d.has_errors());
        assert!(d.to_string().contains("r.yaml:5:"), "{d}");
    }
}
