//! Contacts the hotline confirmed as used by scammers, from users' reports ("Report this
//! offer", then `/confirm` by an operator). They live in the database (`reported_contacts`);
//! the checker reads them beside `offer-registry.yaml`. Phones, handles and links are compared
//! in one canonical form, so `+998 90 123-45-67` is `998901234567` and `@Name`, `name` and
//! `t.me/name` are one handle. Company names are stored as their skeleton (`offer::names`)
//! and looked for among the offer's words.

use std::collections::HashMap;

use super::extract::{self, ContactKind, canonical_link, canonical_phone};
use super::names::{NameIndex, key_of_value};

/// When and how often a confirmed contact was reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    /// How many reports named it.
    pub times: i64,
    /// The day the hotline confirmed it (YYYY-MM-DD).
    pub date: String,
}

/// The confirmed contacts, by canonical key.
#[derive(Debug, Clone, Default)]
pub struct ConfirmedContacts {
    map: HashMap<String, Confirmed>,
    /// Company names: their keys, and what is known of each.
    names: NameIndex,
    name_info: Vec<Confirmed>,
}

impl ConfirmedContacts {
    /// From (kind, canonical value, times, confirmation day) rows.
    pub fn new(rows: impl IntoIterator<Item = (ContactKind, String, i64, String)>) -> Self {
        let mut out = ConfirmedContacts::default();
        for (kind, value, times, date) in rows {
            let confirmed = Confirmed { times, date };
            if kind == ContactKind::Name {
                out.names.insert(key_of_value(&value), out.name_info.len());
                out.name_info.push(confirmed.clone());
            }
            out.map.insert(key(kind, &value), confirmed);
        }
        out
    }

    pub fn get(&self, kind: ContactKind, value: &str) -> Option<&Confirmed> {
        self.map.get(&key(kind, value))
    }

    /// The confirmed names written in a text whose words have these skeletons: the words
    /// each spans, and what is known of it.
    pub fn names_in(&self, skeletons: &[String]) -> Vec<(usize, usize, &Confirmed)> {
        self.names
            .find(skeletons)
            .into_iter()
            .map(|(first, last, i)| (first, last, &self.name_info[i]))
            .collect()
    }

    /// Whether any company name is confirmed (the checker then reads the offer's names).
    pub fn has_names(&self) -> bool {
        !self.names.is_empty()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// One key for the forms of a contact: a phone (or a WhatsApp link) by its digits, a handle
/// and a t.me link by the lowercase name.
pub fn key(kind: ContactKind, value: &str) -> String {
    match kind {
        ContactKind::Phone | ContactKind::Whatsapp => {
            format!(
                "p:{}",
                value
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect::<String>()
            )
        }
        ContactKind::Handle | ContactKind::Telegram => {
            let v = canonical_link(value);
            let name = v
                .strip_prefix("t.me/")
                .or_else(|| v.strip_prefix("telegram.me/"))
                .unwrap_or(&v)
                .trim_start_matches('@');
            format!("h:{name}")
        }
        ContactKind::Email => format!("e:{}", value.trim().to_lowercase()),
        ContactKind::Link => format!("l:{}", canonical_link(value)),
        ContactKind::Name => format!("n:{}", key_of_value(value)),
    }
}

/// A contact as an operator types it (`/unconfirm +998 90 123-45-67`, `@Name`, `t.me/name`,
/// `site.com/jobs`), in the canonical form reports store it in; `None` if it is none of these.
pub fn parse_contact(typed: &str) -> Option<(ContactKind, String)> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    if let Some(phone) = canonical_phone(typed)
        && typed
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
    {
        return Some((ContactKind::Phone, phone));
    }
    // A bare name is a handle (`@` is often left out when a handle is typed).
    if typed
        .trim_start_matches('@')
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        let name = typed.trim_start_matches('@').to_ascii_lowercase();
        return (3..=32)
            .contains(&name.len())
            .then_some((ContactKind::Handle, name));
    }
    let found = extract::contacts(typed);
    match found.as_slice() {
        [one] => Some((one.kind, one.value.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_formats_and_handle_forms_are_one_contact() {
        let confirmed = ConfirmedContacts::new([
            (
                ContactKind::Phone,
                "+998901234567".to_string(),
                3,
                "2026-12-06".to_string(),
            ),
            (
                ContactKind::Handle,
                "fake_jobs".to_string(),
                1,
                "2026-12-01".to_string(),
            ),
        ]);
        for typed in [
            "+998 90 123-45-67",
            "998901234567",
            "90 123 45 67",
            "(90) 123-45-67",
        ] {
            let (kind, value) = parse_contact(typed).unwrap_or_else(|| panic!("{typed}"));
            assert_eq!(
                confirmed.get(kind, &value).map(|c| c.times),
                Some(3),
                "{typed}"
            );
        }
        for typed in [
            "@Fake_Jobs",
            "fake_jobs",
            "t.me/FAKE_JOBS",
            "https://t.me/fake_jobs/",
        ] {
            let (kind, value) = parse_contact(typed).unwrap_or_else(|| panic!("{typed}"));
            assert!(confirmed.get(kind, &value).is_some(), "{typed}");
        }
        assert_eq!(parse_contact("not a contact at all"), None);
        assert!(confirmed.get(ContactKind::Phone, "+998901234568").is_none());
    }
}
