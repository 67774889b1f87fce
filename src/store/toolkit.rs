//! Storage of the operators' toolkit: case categories and referrals, blocked users, take-overs,
//! scam reports and the contacts they name. Changes go through [`HotlineTx`] with the rest of
//! an operator's step; the caches (blocked users, confirmed contacts) follow after the commit.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use arc_swap::ArcSwap;
use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::Row;

use super::hotline::{CASE_COLUMNS, Case, HotlineTx, NewEvent, Refusal, Status, case_from_row};
use super::{Store, StoreError, now};
use crate::offer::confirmed::ConfirmedContacts;
use crate::offer::extract::ContactKind;

/// What the store keeps in memory for the toolkit (this process is the only writer).
#[derive(Default)]
pub struct Caches {
    /// Blocked users: user id → until when (`None`: until `/unblock`).
    blocked: Mutex<HashMap<i64, Option<DateTime<Utc>>>>,
    confirmed: ArcSwap<ConfirmedContacts>,
}

/// The contact kind stored as `name`.
pub fn contact_kind(name: &str) -> Option<ContactKind> {
    ContactKind::from_name(name)
}

fn time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A scam report to record: the offer's contacts (canonical), names, and its text only if the
/// user agreed to send it.
#[derive(Debug, Clone)]
pub struct NewScamReport {
    pub lang: String,
    /// Canonical contacts, with the company names the hotline can confirm as
    /// (`ContactKind::Name`, skeleton).
    pub contacts: Vec<(ContactKind, String)>,
    /// Every name as the offer wrote it (also those that cannot be confirmed).
    pub names: Vec<String>,
    /// For each confirmable name: (skeleton, as written).
    pub written: Vec<(String, String)>,
    pub offer_text: Option<String>,
    pub risk: String,
}

/// A recorded scam report.
#[derive(Debug, Clone, PartialEq)]
pub struct ScamReport {
    pub id: i64,
    pub contacts: Vec<(ContactKind, String)>,
    pub names: Vec<String>,
    pub offer_text: Option<String>,
    pub risk: Option<String>,
    /// pending, confirmed or rejected.
    pub status: String,
    pub decided_by_name: Option<String>,
}

/// A reported contact as the table holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedContact {
    pub kind: ContactKind,
    pub value: String,
    pub first_reported: String,
    pub last_reported: String,
    pub times: i64,
    pub confirmed_by_name: Option<String>,
    pub confirmed_at: Option<String>,
    pub note: Option<String>,
    /// A company name as a report first wrote it (`None` for other kinds).
    pub written: Option<String>,
}

impl ReportedContact {
    /// How people write it: a name as reported, a handle with `@`, the rest canonical.
    pub fn shown(&self) -> String {
        match (&self.written, self.kind) {
            (Some(w), ContactKind::Name) => w.clone(),
            _ => crate::core::scam_report::shown(self.kind, &self.value),
        }
    }
}

/// Why a decision on a report was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportRefusal {
    NotFound,
    /// Decided already: its status and by whom.
    Decided(String, String),
}

fn contacts_json(contacts: &[(ContactKind, String)]) -> String {
    let list: Vec<serde_json::Value> = contacts
        .iter()
        .map(|(k, v)| serde_json::json!({"kind": k.name(), "value": v}))
        .collect();
    serde_json::Value::Array(list).to_string()
}

fn contacts_from_json(json: &str) -> Vec<(ContactKind, String)> {
    let list: Vec<serde_json::Value> = serde_json::from_str(json).unwrap_or_default();
    list.iter()
        .filter_map(|c| {
            Some((
                contact_kind(c.get("kind")?.as_str()?)?,
                c.get("value")?.as_str()?.to_string(),
            ))
        })
        .collect()
}

fn report_from_row(row: &sqlx::sqlite::SqliteRow) -> Result<ScamReport, StoreError> {
    Ok(ScamReport {
        id: row.try_get("id")?,
        contacts: contacts_from_json(&row.try_get::<String, _>("contacts")?),
        names: row
            .try_get::<Option<String>, _>("names")?
            .unwrap_or_default()
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        offer_text: row.try_get("offer_text")?,
        risk: row.try_get("risk")?,
        status: row.try_get("status")?,
        decided_by_name: row.try_get("decided_by_name")?,
    })
}

impl HotlineTx {
    /// Adds categories to a case (those it has already stay). Recorded in its history.
    pub async fn tag(
        &mut self,
        case: i64,
        categories: &[String],
        operator_id: i64,
    ) -> Result<(), StoreError> {
        for c in categories {
            sqlx::query(
                "INSERT INTO case_categories (case_id, category, operator_id, created_at)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
            )
            .bind(case)
            .bind(c)
            .bind(operator_id)
            .bind(&self.now)
            .execute(&mut *self.tx)
            .await?;
        }
        let text = categories.join(" ");
        self.event(
            case,
            NewEvent {
                kind: "tagged",
                text: Some(&text),
                operator_id: Some(operator_id),
                ..NewEvent::default()
            },
        )
        .await?;
        Ok(())
    }

    /// Takes categories off a case.
    pub async fn untag(
        &mut self,
        case: i64,
        categories: &[String],
        operator_id: i64,
    ) -> Result<(), StoreError> {
        for c in categories {
            sqlx::query("DELETE FROM case_categories WHERE case_id = ? AND category = ?")
                .bind(case)
                .bind(c)
                .execute(&mut *self.tx)
                .await?;
        }
        let text = categories.join(" ");
        self.event(
            case,
            NewEvent {
                kind: "untagged",
                text: Some(&text),
                operator_id: Some(operator_id),
                ..NewEvent::default()
            },
        )
        .await?;
        Ok(())
    }

    /// Records a referral of the case's user to `org`.
    pub async fn refer(
        &mut self,
        case: i64,
        org: &str,
        operator_id: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO case_referrals (case_id, org, operator_id, created_at)
             VALUES (?1, ?2, ?3, ?4)",
        )
        .bind(case)
        .bind(org)
        .bind(operator_id)
        .bind(&self.now)
        .execute(&mut *self.tx)
        .await?;
        self.event(
            case,
            NewEvent {
                kind: "referred",
                text: Some(org),
                operator_id: Some(operator_id),
                ..NewEvent::default()
            },
        )
        .await?;
        Ok(())
    }

    /// Blocks a user's messages from the operators (until `until`, or until `/unblock`); the
    /// reason goes into the case's history.
    pub async fn block(
        &mut self,
        user_id: i64,
        case: i64,
        until: Option<DateTime<Utc>>,
        reason: &str,
        operator_id: i64,
    ) -> Result<(), StoreError> {
        let until_text = until.map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true));
        sqlx::query("DELETE FROM blocked_users WHERE user_id = ?")
            .bind(user_id)
            .execute(&mut *self.tx)
            .await?;
        sqlx::query(
            "INSERT INTO blocked_users (user_id, case_id, until, reason, operator_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .bind(user_id)
        .bind(case)
        .bind(&until_text)
        .bind(reason)
        .bind(operator_id)
        .bind(&self.now)
        .execute(&mut *self.tx)
        .await?;
        let text = match &until_text {
            Some(t) => format!("until {t}: {reason}"),
            None => reason.to_string(),
        };
        self.event(
            case,
            NewEvent {
                kind: "blocked",
                text: Some(&text),
                operator_id: Some(operator_id),
                ..NewEvent::default()
            },
        )
        .await?;
        // Out of the chat with the operator: what they write goes to the bot again.
        self.leave_case_chat(user_id).await?;
        self.blocks.push((user_id, Some(until)));
        Ok(())
    }

    /// Lifts a block; `false` if the user was not blocked.
    pub async fn unblock(
        &mut self,
        user_id: i64,
        case: i64,
        operator_id: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM blocked_users WHERE user_id = ?")
            .bind(user_id)
            .execute(&mut *self.tx)
            .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        self.event(
            case,
            NewEvent {
                kind: "unblocked",
                operator_id: Some(operator_id),
                ..NewEvent::default()
            },
        )
        .await?;
        self.blocks.push((user_id, None));
        Ok(true)
    }

    /// An admin takes a case over from whoever has it (a waiting one is simply taken).
    /// Returns the case and the name of the operator who had it.
    pub async fn take_over(
        &mut self,
        case: i64,
        operator_id: i64,
        operator_name: &str,
    ) -> Result<Result<(Case, Option<String>), Refusal>, StoreError> {
        let Some(current) = self.case(case).await? else {
            return Ok(Err(Refusal::NotFound));
        };
        match current.status {
            Status::Closed => Ok(Err(Refusal::Closed)),
            Status::Waiting => Ok(self
                .take(case, operator_id, operator_name)
                .await?
                .map(|c| (c, None))),
            Status::Active if current.operator_id == Some(operator_id) => Ok(Ok((current, None))),
            Status::Active => {
                sqlx::query("UPDATE cases SET operator_id = ?2, operator_name = ?3 WHERE id = ?1")
                    .bind(case)
                    .bind(operator_id)
                    .bind(operator_name)
                    .execute(&mut *self.tx)
                    .await?;
                let previous = current.operator_name.clone();
                self.event(
                    case,
                    NewEvent {
                        kind: "taken_over",
                        text: previous.as_deref(),
                        operator_id: Some(operator_id),
                        ..NewEvent::default()
                    },
                )
                .await?;
                let now = self.case(case).await?.expect("it was just read");
                Ok(Ok((now, previous)))
            }
        }
    }

    /// Records a scam report, and counts each of its contacts as reported once more.
    pub async fn scam_report(&mut self, new: &NewScamReport) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO scam_reports (lang, contacts, names, offer_text, risk, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        )
        .bind(&new.lang)
        .bind(contacts_json(&new.contacts))
        // Names are kept comma-separated: a comma inside one (`Global Work, LLC`) becomes a
        // space, which reading the name ignores anyway.
        .bind((!new.names.is_empty()).then(|| {
            new.names
                .iter()
                .map(|n| n.replace(',', " "))
                .collect::<Vec<_>>()
                .join(",")
        }))
        .bind(&new.offer_text)
        .bind(&new.risk)
        .bind(&self.now)
        .fetch_one(&mut *self.tx)
        .await?;
        for (kind, value) in &new.contacts {
            let written = (*kind == ContactKind::Name)
                .then(|| new.written.iter().find(|(v, _)| v == value))
                .flatten()
                .map(|(_, w)| w.as_str());
            sqlx::query(
                "INSERT INTO reported_contacts
                    (kind, value, first_reported, last_reported, times, written)
                 VALUES (?1, ?2, ?3, ?3, 1, ?4)
                 ON CONFLICT (kind, value) DO UPDATE SET times = times + 1, last_reported = ?3",
            )
            .bind(kind.name())
            .bind(value)
            .bind(&self.now)
            .bind(written)
            .execute(&mut *self.tx)
            .await?;
        }
        // A contact already confirmed now counts one report more.
        self.confirmed_changed = true;
        Ok(id)
    }

    /// Confirms (the report's contacts join the confirmed ones) or rejects a pending report.
    /// `usable_names` reads the report's names into (skeleton, as written) for those the
    /// hotline can confirm: a report recorded before names were confirmable has them only as
    /// written, and they are counted and confirmed now.
    pub async fn decide_report(
        &mut self,
        id: i64,
        confirm: bool,
        operator_id: i64,
        operator_name: &str,
        note: Option<&str>,
        usable_names: impl Fn(&[String]) -> Vec<(String, String)>,
    ) -> Result<Result<ScamReport, ReportRefusal>, StoreError> {
        let Some(row) = sqlx::query("SELECT * FROM scam_reports WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?
        else {
            return Ok(Err(ReportRefusal::NotFound));
        };
        let report = report_from_row(&row)?;
        if report.status != "pending" {
            return Ok(Err(ReportRefusal::Decided(
                report.status,
                report.decided_by_name.unwrap_or_default(),
            )));
        }
        let status = if confirm { "confirmed" } else { "rejected" };
        sqlx::query(
            "UPDATE scam_reports SET status = ?2, decided_by = ?3, decided_by_name = ?4,
                decided_at = ?5 WHERE id = ?1",
        )
        .bind(id)
        .bind(status)
        .bind(operator_id)
        .bind(operator_name)
        .bind(&self.now)
        .execute(&mut *self.tx)
        .await?;
        let mut report = report;
        if confirm {
            for (value, written) in usable_names(&report.names) {
                if report
                    .contacts
                    .contains(&(ContactKind::Name, value.clone()))
                {
                    continue;
                }
                sqlx::query(
                    "INSERT INTO reported_contacts
                        (kind, value, first_reported, last_reported, times, written)
                     VALUES ('name', ?1, ?2, ?2, 1, ?3) ON CONFLICT (kind, value) DO NOTHING",
                )
                .bind(&value)
                .bind(&self.now)
                .bind(&written)
                .execute(&mut *self.tx)
                .await?;
                report.contacts.push((ContactKind::Name, value));
            }
            for (kind, value) in &report.contacts {
                sqlx::query(
                    "UPDATE reported_contacts SET confirmed_by = ?3, confirmed_by_name = ?4,
                        confirmed_at = ?5, note = COALESCE(?6, note)
                     WHERE kind = ?1 AND value = ?2 AND confirmed_at IS NULL",
                )
                .bind(kind.name())
                .bind(value)
                .bind(operator_id)
                .bind(operator_name)
                .bind(&self.now)
                .bind(note)
                .execute(&mut *self.tx)
                .await?;
            }
            self.confirmed_changed = true;
        }
        Ok(Ok(ScamReport {
            status: status.to_string(),
            decided_by_name: Some(operator_name.to_string()),
            ..report
        }))
    }

    /// Takes a contact off the confirmed ones (its reports stay counted); `false` if it was
    /// not confirmed.
    pub async fn unconfirm(
        &mut self,
        kind: ContactKind,
        value: &str,
        operator_name: &str,
    ) -> Result<bool, StoreError> {
        // A handle and a t.me link are one contact: both forms are taken off.
        let kinds: &[ContactKind] = match kind {
            ContactKind::Handle | ContactKind::Telegram => {
                &[ContactKind::Handle, ContactKind::Telegram]
            }
            ContactKind::Phone | ContactKind::Whatsapp => {
                &[ContactKind::Phone, ContactKind::Whatsapp]
            }
            _ => std::slice::from_ref(&kind),
        };
        let key = crate::offer::confirmed::key(kind, value);
        let rows = sqlx::query(
            "SELECT id, kind, value FROM reported_contacts WHERE confirmed_at IS NOT NULL",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        let mut changed = false;
        for row in rows {
            let Some(k) = contact_kind(&row.try_get::<String, _>("kind")?) else {
                continue;
            };
            let v: String = row.try_get("value")?;
            if kinds.contains(&k) && crate::offer::confirmed::key(k, &v) == key {
                sqlx::query(
                    "UPDATE reported_contacts SET confirmed_by = NULL, confirmed_by_name = NULL,
                        confirmed_at = NULL, note = ?2 WHERE id = ?1",
                )
                .bind(row.try_get::<i64, _>("id")?)
                .bind(format!(
                    "unconfirmed by {operator_name} on {}",
                    &self.now[..10]
                ))
                .execute(&mut *self.tx)
                .await?;
                changed = true;
            }
        }
        self.confirmed_changed |= changed;
        Ok(changed)
    }
}

impl Store {
    /// Reads the toolkit's caches (at start).
    pub(super) async fn load_toolkit(&self) -> Result<(), StoreError> {
        let rows: Vec<(i64, Option<String>)> =
            sqlx::query_as("SELECT user_id, until FROM blocked_users")
                .fetch_all(&self.writer)
                .await?;
        *self.toolkit.blocked.lock().expect("blocked users") = rows
            .into_iter()
            .map(|(user, until)| (user, until.as_deref().and_then(time)))
            .collect();
        self.load_confirmed().await
    }

    /// Reads the confirmed scam contacts again.
    pub(super) async fn load_confirmed(&self) -> Result<(), StoreError> {
        let rows: Vec<(String, String, i64, String)> = sqlx::query_as(
            "SELECT kind, value, times, confirmed_at FROM reported_contacts
             WHERE confirmed_at IS NOT NULL",
        )
        .fetch_all(&self.writer)
        .await?;
        let confirmed = ConfirmedContacts::new(rows.into_iter().filter_map(|(k, v, t, at)| {
            Some((
                contact_kind(&k)?,
                v,
                t,
                at.get(..10).unwrap_or(&at).to_string(),
            ))
        }));
        self.toolkit.confirmed.store(Arc::new(confirmed));
        Ok(())
    }

    pub(super) fn after_toolkit_commit(&self, blocks: Vec<(i64, Option<Option<DateTime<Utc>>>)>) {
        if blocks.is_empty() {
            return;
        }
        let mut blocked = self.toolkit.blocked.lock().expect("blocked users");
        for (user, block) in blocks {
            match block {
                Some(until) => blocked.insert(user, until),
                None => blocked.remove(&user),
            };
        }
    }

    /// The contacts the hotline confirmed as scams' (from memory).
    pub fn confirmed_contacts(&self) -> Arc<ConfirmedContacts> {
        self.toolkit.confirmed.load_full()
    }

    /// Whether the user's messages are blocked from the operators now: `Some(until)` if so
    /// (`until` `None`: until `/unblock`). A block past its end no longer counts.
    pub fn blocked(&self, user_id: i64) -> Option<Option<DateTime<Utc>>> {
        let blocked = self.toolkit.blocked.lock().expect("blocked users");
        match blocked.get(&user_id) {
            Some(Some(until)) if *until <= Utc::now() => None,
            Some(until) => Some(*until),
            None => None,
        }
    }

    /// Cases an operator has now, oldest first.
    pub async fn cases_of(&self, operator_id: i64) -> Result<Vec<Case>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE status = 'active' AND operator_id = ?
             ORDER BY created_at, id"
        ))
        .bind(operator_id)
        .fetch_all(&self.writer)
        .await?;
        rows.iter().map(case_from_row).collect()
    }

    /// Cases taken and not closed, most urgent first, then oldest.
    pub async fn active_cases(&self) -> Result<Vec<Case>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE status = 'active'
             ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END, created_at, id"
        ))
        .fetch_all(&self.writer)
        .await?;
        rows.iter().map(case_from_row).collect()
    }

    /// Every reported contact, confirmed ones first, then the most reported.
    pub async fn reported_contacts(&self) -> Result<Vec<ReportedContact>, StoreError> {
        let rows = sqlx::query(
            "SELECT * FROM reported_contacts
             ORDER BY confirmed_at IS NULL, times DESC, kind, value",
        )
        .fetch_all(&self.writer)
        .await?;
        rows.iter()
            .filter_map(|row| {
                let kind = contact_kind(&row.try_get::<String, _>("kind").ok()?)?;
                Some(Ok(ReportedContact {
                    kind,
                    value: row.try_get("value").ok()?,
                    first_reported: row.try_get("first_reported").ok()?,
                    last_reported: row.try_get("last_reported").ok()?,
                    times: row.try_get("times").ok()?,
                    confirmed_by_name: row.try_get("confirmed_by_name").ok()?,
                    confirmed_at: row.try_get("confirmed_at").ok()?,
                    note: row.try_get("note").ok()?,
                    written: row.try_get("written").ok()?,
                }))
            })
            .collect()
    }

    /// A scam report.
    pub async fn scam_report(&self, id: i64) -> Result<Option<ScamReport>, StoreError> {
        let row = sqlx::query("SELECT * FROM scam_reports WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.writer)
            .await?;
        row.as_ref().map(report_from_row).transpose()
    }

    /// How many times, and whether and when, a contact was reported and confirmed.
    pub async fn reported_contact(
        &self,
        kind: ContactKind,
        value: &str,
    ) -> Result<Option<ReportedContact>, StoreError> {
        Ok(self
            .reported_contacts()
            .await?
            .into_iter()
            .find(|c| c.kind == kind && c.value == value))
    }

    /// The texts of scam reports older than `cutoff` go (their contacts stay), and so do
    /// blocks that have ended or whose user is gone (the retention purge).
    pub async fn purge_scam_texts(&self, cutoff: &str) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE scam_reports SET offer_text = NULL WHERE offer_text IS NOT NULL AND created_at < ?",
        )
        .bind(cutoff)
        .execute(&self.writer)
        .await?;
        sqlx::query(
            "DELETE FROM blocked_users WHERE (until IS NOT NULL AND until < ?)
                OR user_id NOT IN (SELECT user_id FROM users)",
        )
        .bind(now())
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected())
    }
}

/// Now, as the database writes it (for tests and the export).
pub fn today() -> String {
    now()[..10].to_string()
}
