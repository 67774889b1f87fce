//! `dialogues/offer-registry.yaml`: recruitment agencies and UK scheme operators with their
//! licence status, and contacts reported as scams — an NGO-maintained list, only with entries
//! a source states. Validated like the rules file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::extract::{ContactKind, canonical_link, canonical_phone};
use super::rules::yaml_error_message;
use crate::diagnostics::{Diagnostics, Pos};

/// The registry's file name inside the dialogues folder.
pub const REGISTRY_FILE: &str = "offer-registry.yaml";

/// A licence's status as the source states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Licensed,
    Revoked,
    Suspended,
    /// Named by a source, licence status not stated.
    Unknown,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Licensed,
        Status::Revoked,
        Status::Suspended,
        Status::Unknown,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Status::Licensed => "licensed",
            Status::Revoked => "revoked",
            Status::Suspended => "suspended",
            Status::Unknown => "unknown",
        }
    }
}

/// What kind of recruiter an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyKind {
    /// A private employment agency in Uzbekistan (licensed by the Migration Agency).
    PrivateAgency,
    /// A UK Seasonal Worker scheme operator.
    UkSchemeOperator,
    /// An employer abroad.
    Employer,
}

impl AgencyKind {
    const ALL: [AgencyKind; 3] = [
        AgencyKind::PrivateAgency,
        AgencyKind::UkSchemeOperator,
        AgencyKind::Employer,
    ];

    pub fn name(self) -> &'static str {
        match self {
            AgencyKind::PrivateAgency => "private_agency",
            AgencyKind::UkSchemeOperator => "uk_scheme_operator",
            AgencyKind::Employer => "employer",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(default)]
    agencies: Vec<AgencyFile>,
    #[serde(default)]
    reported_contacts: Vec<ContactFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgencyFile {
    name: Spanned<String>,
    #[serde(default)]
    also: Vec<Spanned<String>>,
    kind: Spanned<String>,
    status: Spanned<String>,
    #[serde(default)]
    since: Option<Spanned<String>>,
    #[serde(default)]
    no_representatives_in: Vec<Spanned<String>>,
    source: Spanned<String>,
    #[serde(default)]
    note: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactFile {
    kind: Spanned<String>,
    value: Spanned<String>,
    source: Spanned<String>,
    reported: Spanned<String>,
    #[serde(default)]
    note: Option<Spanned<String>>,
}

/// One agency or operator.
#[derive(Debug, Clone)]
pub struct Agency {
    pub name: String,
    /// Other spellings offers use; matched like the name.
    pub also: Vec<String>,
    pub kind: AgencyKind,
    pub status: Status,
    pub since: Option<String>,
    /// Countries (ISO codes) where, per the source, it has no representatives: anyone there
    /// claiming to recruit for it is not to be trusted.
    pub no_representatives_in: Vec<String>,
    pub source: String,
    pub pos: Pos,
}

/// A contact reported as used by scammers.
#[derive(Debug, Clone)]
pub struct ReportedContact {
    pub kind: ContactKind,
    /// Canonical form, as [`super::extract::Contact::value`]; a company name as written
    /// (the checker reads it, see `offer::names`).
    pub value: String,
    pub source: String,
    pub pos: Pos,
}

/// The validated registry.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub path: PathBuf,
    pub agencies: Vec<Agency>,
    pub reported: Vec<ReportedContact>,
}

fn pos(location: &serde_saphyr::Location) -> Pos {
    Pos::new(location.line(), location.column())
}

fn at<T>(s: &Spanned<T>) -> Pos {
    pos(&s.referenced)
}

/// The canonical form of a reported contact, or why it is not one.
fn canonical_contact(kind: ContactKind, value: &str) -> Result<String, String> {
    let v = value.trim();
    match kind {
        ContactKind::Phone => canonical_phone(v).ok_or_else(|| {
            format!(
                "`{v}` is not a phone number: write it with the country code, e.g. +998 90 123 45 67"
            )
        }),
        ContactKind::Handle => {
            let h = v.trim_start_matches('@').to_ascii_lowercase();
            if (3..=32).contains(&h.len())
                && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            {
                Ok(h)
            } else {
                Err(format!(
                    "`{v}` is not a handle: write it like @name (letters, digits, `_`)"
                ))
            }
        }
        ContactKind::Telegram => {
            let l = canonical_link(v);
            let name = l
                .strip_prefix("t.me/")
                .or_else(|| l.strip_prefix("telegram.me/"))
                .unwrap_or(l.trim_start_matches('@'));
            Ok(format!("t.me/{name}"))
        }
        ContactKind::Whatsapp => {
            let digits: String = v.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= 9 {
                Ok(format!("wa.me/{digits}"))
            } else {
                Err(format!("`{v}` is not a WhatsApp link: write wa.me/<number>"))
            }
        }
        ContactKind::Email => Ok(v.to_ascii_lowercase()),
        ContactKind::Link => Ok(canonical_link(v)),
        ContactKind::Name if v.is_empty() => {
            Err("the name is empty: write the company's name as offers write it".to_string())
        }
        ContactKind::Name => Ok(v.to_string()),
    }
}

impl Registry {
    /// Reads and validates `dir/offer-registry.yaml`. Problems go to `diags`; `None` on errors.
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<Registry> {
        let path = dir.join(REGISTRY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Registry::parse(&path, &text, diags),
            Err(e) => {
                diags.error(
                    &path,
                    Pos::FILE,
                    format!(
                        "cannot read the agency registry ({e}); it must be in the dialogues \
                         folder (it may list nothing: `agencies: []`)"
                    ),
                );
                None
            }
        }
    }

    /// Validates the text of a registry file; `path` is only for the messages.
    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Registry> {
        let before = diags.errors().count();
        let file: RegistryFile = match serde_saphyr::from_str(text) {
            Ok(file) => file,
            Err(e) => {
                let at = e.location().map(|l| pos(&l)).unwrap_or(Pos::FILE);
                diags.error(path, at, yaml_error_message(&e, REGISTRY_FILE));
                return None;
            }
        };
        let mut registry = Registry {
            path: path.to_path_buf(),
            ..Registry::default()
        };
        let mut names = HashSet::new();
        for a in file.agencies {
            let name = a.name.value.trim().to_string();
            if name.is_empty() {
                diags.error(
                    path,
                    at(&a.name),
                    "`name` is empty: write the agency's name",
                );
                continue;
            }
            if !names.insert(name.to_lowercase()) {
                diags.error(
                    path,
                    at(&a.name),
                    format!("`{name}` is listed twice: keep one entry and put other spellings under `also`"),
                );
            }
            let kind = AgencyKind::ALL
                .into_iter()
                .find(|k| k.name() == a.kind.value.trim());
            if kind.is_none() {
                let known: Vec<_> = AgencyKind::ALL.iter().map(|k| k.name()).collect();
                diags.error(
                    path,
                    at(&a.kind),
                    format!(
                        "unknown kind `{}`: use one of {}",
                        a.kind.value.trim(),
                        known.join(", ")
                    ),
                );
            }
            let status = Status::ALL
                .into_iter()
                .find(|s| s.name() == a.status.value.trim());
            if status.is_none() {
                diags.error(
                    path,
                    at(&a.status),
                    format!(
                        "unknown status `{}`: use licensed, revoked, suspended or unknown (what \
                         the source says)",
                        a.status.value.trim()
                    ),
                );
            }
            if a.source.value.trim().is_empty() {
                diags.error(
                    path,
                    at(&a.source),
                    "`source` is empty: only entries a source states go in this list",
                );
            }
            let mut countries = Vec::new();
            for c in &a.no_representatives_in {
                let code = c.value.trim().to_ascii_uppercase();
                if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    diags.error(
                        path,
                        at(c),
                        format!(
                            "`{}` is not a two-letter country code (UZ, TJ…)",
                            c.value.trim()
                        ),
                    );
                }
                countries.push(code);
            }
            let _ = a.note;
            let (Some(kind), Some(status)) = (kind, status) else {
                continue;
            };
            registry.agencies.push(Agency {
                name,
                also: a
                    .also
                    .iter()
                    .map(|s| s.value.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
                kind,
                status,
                since: a.since.map(|s| s.value.trim().to_string()),
                no_representatives_in: countries,
                source: a.source.value.trim().to_string(),
                pos: at(&a.name),
            });
        }
        let kinds = ContactKind::ALL;
        for c in file.reported_contacts {
            let Some(kind) = kinds.into_iter().find(|k| k.name() == c.kind.value.trim()) else {
                let known: Vec<_> = kinds.iter().map(|k| k.name()).collect();
                diags.error(
                    path,
                    at(&c.kind),
                    format!(
                        "unknown kind `{}`: use one of {}",
                        c.kind.value.trim(),
                        known.join(", ")
                    ),
                );
                continue;
            };
            if c.source.value.trim().is_empty() || c.reported.value.trim().is_empty() {
                diags.error(
                    path,
                    at(&c.value),
                    "a reported contact needs `source` (who reported it) and `reported` (the date)",
                );
            }
            let _ = c.note;
            match canonical_contact(kind, &c.value.value) {
                Ok(value) => registry.reported.push(ReportedContact {
                    kind,
                    value,
                    source: c.source.value.trim().to_string(),
                    pos: at(&c.value),
                }),
                Err(msg) => diags.error(path, at(&c.value), msg),
            }
        }
        (diags.errors().count() == before).then_some(registry)
    }
}
