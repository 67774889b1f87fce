//! Hotline storage: cases, their events, and the outbox rows that relay messages, changed in
//! transactions so that a message is recorded before it is relayed and nothing is lost or
//! half-done across a crash.
//!
//! Every change goes through [`HotlineTx`] on the single writing connection (hotline steps are
//! rare next to ordinary turns, so they skip the group-commit queue). After a commit, the
//! caller updates the store's caches through [`Store::after_commit`].

use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::{Row, Sqlite, Transaction};

use super::{OutMessage, OutboxRow, Store, StoreError, UserKey, now};
use crate::core::operators::CaseOutcome;
use crate::core::state::{Priority, UserState};
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Waiting,
    Active,
    Closed,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Waiting => "waiting",
            Status::Active => "active",
            Status::Closed => "closed",
        }
    }

    /// A stored status; an unknown code is an error, never read as some status.
    fn parse(code: &str) -> Result<Status, StoreError> {
        match code {
            "waiting" => Ok(Status::Waiting),
            "active" => Ok(Status::Active),
            "closed" => Ok(Status::Closed),
            other => Err(StoreError::Corrupt {
                what: "case status",
                code: other.to_string(),
            }),
        }
    }
}

/// A case as operators see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub id: i64,
    pub user_id: Option<i64>,
    pub chat_id: Option<i64>,
    pub status: Status,
    pub priority: Priority,
    pub lang: Lang,
    pub first_name: Option<String>,
    pub description: Option<String>,
    pub offer_text: Option<String>,
    pub offer_risk: Option<String>,
    pub offer_flags: Option<String>,
    pub operator_id: Option<i64>,
    pub operator_name: Option<String>,
    pub topic_id: Option<i32>,
    /// The chat the topic is in (the operators' group when it was created).
    pub topic_chat_id: Option<i64>,
    pub outcome: Option<CaseOutcome>,
    pub created_at: DateTime<Utc>,
    /// Category ids set with `/tag`.
    pub categories: Vec<String>,
    /// Organisations (ids) the user was referred to with `/refer`.
    pub referrals: Vec<String>,
}

impl Case {
    /// Minutes since the case was opened.
    pub fn age_minutes(&self, now: DateTime<Utc>) -> i64 {
        (now - self.created_at).num_minutes().max(0)
    }
}

/// A case to open.
#[derive(Debug, Clone)]
pub struct NewCase {
    pub user: UserKey,
    pub priority: Priority,
    pub lang: Lang,
    pub first_name: Option<String>,
    pub description: Option<String>,
    pub offer_text: Option<String>,
    pub offer_risk: Option<String>,
    pub offer_flags: Option<String>,
}

/// An event of a case.
#[derive(Debug, Clone, Default)]
pub struct NewEvent<'a> {
    pub kind: &'a str,
    pub text: Option<&'a str>,
    pub media: Option<&'a str>,
    pub operator_id: Option<i64>,
    pub source: Option<(i64, i32)>,
}

/// Why an operator's action on a case was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    NotFound,
    /// Another operator has it (their first name).
    TakenBy(String),
    Closed,
    /// The case is waiting: nobody has taken it.
    NotTaken,
}

/// One hotline transaction.
pub struct HotlineTx {
    pub(super) tx: Transaction<'static, Sqlite>,
    pub(super) now: String,
    /// Cache changes to apply after the commit.
    states: Vec<(i64, Option<UserState>)>,
    cases: Vec<(i64, Option<i64>)>,
    /// The Telegram update being handled, recorded with the transaction (see `intake`).
    mark: Option<super::intake::UpdateMark>,
    /// False once the user's data is forgotten: the mark is then not written.
    keep_mark: bool,
    /// Blocks set (`Some(until)`) or lifted (`None`), per user.
    pub(super) blocks: Vec<(i64, Option<Option<DateTime<Utc>>>)>,
    /// The confirmed scam contacts changed: read them again after the commit.
    pub(super) confirmed_changed: bool,
}

pub(super) const CASE_COLUMNS: &str = "id, user_id, chat_id, status, priority, lang, first_name, description,
    offer_text, offer_risk, offer_flags, operator_id, operator_name, topic_id, topic_chat_id, outcome,
    created_at,
    (SELECT group_concat(category, ',') FROM case_categories WHERE case_id = cases.id) AS categories,
    (SELECT group_concat(org, ',') FROM (SELECT DISTINCT org FROM case_referrals
        WHERE case_id = cases.id)) AS referrals";

pub(super) fn case_from_row(row: &sqlx::sqlite::SqliteRow) -> Result<Case, StoreError> {
    let created: String = row.try_get("created_at")?;
    Ok(Case {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        chat_id: row.try_get("chat_id")?,
        status: Status::parse(&row.try_get::<String, _>("status")?)?,
        priority: Priority::from_code(&row.try_get::<String, _>("priority")?)
            .unwrap_or(Priority::Normal),
        lang: row
            .try_get::<String, _>("lang")?
            .parse()
            .unwrap_or(Lang::Uz),
        first_name: row.try_get("first_name")?,
        description: row.try_get("description")?,
        offer_text: row.try_get("offer_text")?,
        offer_risk: row.try_get("offer_risk")?,
        offer_flags: row.try_get("offer_flags")?,
        operator_id: row.try_get("operator_id")?,
        operator_name: row.try_get("operator_name")?,
        topic_id: row.try_get("topic_id")?,
        topic_chat_id: row.try_get("topic_chat_id")?,
        outcome: row
            .try_get::<Option<String>, _>("outcome")?
            .map(|code| {
                CaseOutcome::parse(&code).ok_or(StoreError::Corrupt {
                    what: "case outcome",
                    code,
                })
            })
            .transpose()?,
        created_at: DateTime::parse_from_rfc3339(&created)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|_| Utc::now()),
        categories: list(row.try_get("categories")?),
        referrals: list(row.try_get("referrals")?),
    })
}

/// A comma-separated list from `group_concat` (NULL: none), sorted.
fn list(joined: Option<String>) -> Vec<String> {
    let mut v: Vec<String> = joined
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

/// Inserts one outbox row (all columns) and returns it with its id.
pub(crate) async fn insert_outbox(
    tx: &mut Transaction<'static, Sqlite>,
    message: OutMessage,
) -> Result<OutboxRow, StoreError> {
    let keyboard = (!message.keyboard.is_empty())
        .then(|| serde_json::to_string(&message.keyboard).expect("strings serialize"));
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (chat_id, kind, html, keyboard, case_id, to_operators, copy_chat_id,
            copy_message_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) RETURNING id",
    )
    .bind(message.chat_id)
    .bind(&message.kind)
    .bind(&message.html)
    .bind(keyboard)
    .bind(message.case_id)
    .bind(i64::from(message.to_operators))
    .bind(message.copy.map(|c| c.0))
    .bind(message.copy.map(|c| c.1))
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(OutboxRow { id, message })
}

impl HotlineTx {
    /// Saves the user's state (as an ordinary turn does) and marks them seen and reachable.
    pub async fn save_state(&mut self, key: UserKey, state: &UserState) -> Result<(), StoreError> {
        super::writer::user_upsert(&[(&key, state)], &self.now)
            .build()
            .persistent(false)
            .execute(&mut *self.tx)
            .await?;
        self.states.push((key.user_id, Some(state.clone())));
        Ok(())
    }

    /// Leaves a user's chat with the operator (their case was closed): only the flag changes.
    pub async fn leave_case_chat(&mut self, user_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET in_case = 0 WHERE user_id = ?")
            .bind(user_id)
            .execute(&mut *self.tx)
            .await?;
        self.states.push((user_id, None));
        Ok(())
    }

    pub async fn enqueue(&mut self, message: OutMessage) -> Result<OutboxRow, StoreError> {
        insert_outbox(&mut self.tx, message).await
    }

    pub async fn open_case(&mut self, new: &NewCase) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO cases (user_id, chat_id, status, priority, lang, first_name, description,
                offer_text, offer_risk, offer_flags, created_at, posted_at)
             VALUES (?1, ?2, 'waiting', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) RETURNING id",
        )
        .bind(new.user.user_id)
        .bind(new.user.chat_id)
        .bind(new.priority.code())
        .bind(new.lang.code())
        .bind(&new.first_name)
        .bind(&new.description)
        .bind(&new.offer_text)
        .bind(&new.offer_risk)
        .bind(&new.offer_flags)
        .bind(&self.now)
        .fetch_one(&mut *self.tx)
        .await?;
        self.cases.push((new.user.user_id, Some(id)));
        self.event(
            id,
            NewEvent {
                kind: "opened",
                ..NewEvent::default()
            },
        )
        .await?;
        Ok(id)
    }

    pub async fn event(&mut self, case: i64, e: NewEvent<'_>) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO case_events (case_id, kind, text, media, operator_id, source_chat_id,
                source_message_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        )
        .bind(case)
        .bind(e.kind)
        .bind(e.text)
        .bind(e.media)
        .bind(e.operator_id)
        .bind(e.source.map(|s| s.0))
        .bind(e.source.map(|s| s.1))
        .bind(&self.now)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(id)
    }

    pub async fn case(&mut self, id: i64) -> Result<Option<Case>, StoreError> {
        let row = sqlx::query(&format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?"))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(case_from_row).transpose()
    }

    /// Gives a waiting case to an operator. Atomic: of two operators pressing at once, the
    /// first `UPDATE` wins and the second sees who has it.
    pub async fn take(
        &mut self,
        case: i64,
        operator_id: i64,
        operator_name: &str,
    ) -> Result<Result<Case, Refusal>, StoreError> {
        let done = sqlx::query(
            "UPDATE cases SET status = 'active', operator_id = ?2, operator_name = ?3, taken_at = ?4
             WHERE id = ?1 AND status = 'waiting'",
        )
        .bind(case)
        .bind(operator_id)
        .bind(operator_name)
        .bind(&self.now)
        .execute(&mut *self.tx)
        .await?;
        let Some(current) = self.case(case).await? else {
            return Ok(Err(Refusal::NotFound));
        };
        if done.rows_affected() == 1 {
            self.event(
                case,
                NewEvent {
                    kind: "taken",
                    operator_id: Some(operator_id),
                    ..NewEvent::default()
                },
            )
            .await?;
            return Ok(Ok(current));
        }
        Ok(Err(match current.status {
            Status::Closed => Refusal::Closed,
            _ if current.operator_id == Some(operator_id) => return Ok(Ok(current)),
            _ => Refusal::TakenBy(current.operator_name.clone().unwrap_or_default()),
        }))
    }

    /// The case, if this operator may act on it (it is theirs; a waiting one is taken first).
    pub async fn own(
        &mut self,
        case: i64,
        operator_id: i64,
        operator_name: &str,
    ) -> Result<Result<(Case, bool), Refusal>, StoreError> {
        let Some(current) = self.case(case).await? else {
            return Ok(Err(Refusal::NotFound));
        };
        match current.status {
            Status::Closed => Ok(Err(Refusal::Closed)),
            Status::Waiting => Ok(self
                .take(case, operator_id, operator_name)
                .await?
                .map(|c| (c, true))),
            Status::Active if current.operator_id == Some(operator_id) => Ok(Ok((current, false))),
            Status::Active => Ok(Err(Refusal::TakenBy(
                current.operator_name.unwrap_or_default(),
            ))),
        }
    }

    /// Back to the queue (only by the operator who has it).
    pub async fn release(
        &mut self,
        case: i64,
        operator_id: i64,
    ) -> Result<Result<(), Refusal>, StoreError> {
        let Some(current) = self.case(case).await? else {
            return Ok(Err(Refusal::NotFound));
        };
        match current.status {
            Status::Closed => return Ok(Err(Refusal::Closed)),
            Status::Waiting => return Ok(Err(Refusal::NotTaken)),
            Status::Active if current.operator_id != Some(operator_id) => {
                return Ok(Err(Refusal::TakenBy(
                    current.operator_name.unwrap_or_default(),
                )));
            }
            Status::Active => {}
        }
        sqlx::query(
            "UPDATE cases SET status = 'waiting', operator_id = NULL, operator_name = NULL,
                taken_at = NULL, posted_at = ?2 WHERE id = ?1",
        )
        .bind(case)
        .bind(&self.now)
        .execute(&mut *self.tx)
        .await?;
        self.event(
            case,
            NewEvent {
                kind: "released",
                operator_id: Some(operator_id),
                ..NewEvent::default()
            },
        )
        .await?;
        Ok(Ok(()))
    }

    /// Closes a case with an outcome; the user leaves its chat.
    pub async fn close(
        &mut self,
        case: &Case,
        outcome: CaseOutcome,
        operator_id: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE cases SET status = 'closed', outcome = ?2, closed_at = ?3 WHERE id = ?1",
        )
        .bind(case.id)
        .bind(outcome.code())
        .bind(&self.now)
        .execute(&mut *self.tx)
        .await?;
        self.event(
            case.id,
            NewEvent {
                kind: "closed",
                text: None,
                operator_id,
                ..NewEvent::default()
            },
        )
        .await?;
        if let Some(user_id) = case.user_id {
            self.leave_case_chat(user_id).await?;
            self.cases.push((user_id, None));
        }
        Ok(())
    }

    /// The case's forum topic: `topic` in `chat`.
    pub async fn set_topic(&mut self, case: i64, chat: i64, topic: i32) -> Result<(), StoreError> {
        sqlx::query("UPDATE cases SET topic_id = ?2, topic_chat_id = ?3 WHERE id = ?1")
            .bind(case)
            .bind(topic)
            .bind(chat)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The user's rating of their closed case; `false` if it is not theirs, not closed, or
    /// already rated.
    pub async fn rate(&mut self, case: i64, user_id: i64, stars: u8) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE cases SET rating = ?3
             WHERE id = ?1 AND user_id = ?2 AND status = 'closed' AND rating IS NULL",
        )
        .bind(case)
        .bind(user_id)
        .bind(i64::from(stars))
        .execute(&mut *self.tx)
        .await?;
        if done.rows_affected() == 1 {
            self.event(
                case,
                NewEvent {
                    kind: "rated",
                    ..NewEvent::default()
                },
            )
            .await?;
        }
        Ok(done.rows_affected() == 1)
    }

    /// `/forget`: the user's row, messages and personal data go; each of their cases stays as
    /// a statistic without personal data. Returns the case that was open, if any (the caller
    /// has already closed it with outcome `forgotten` through [`HotlineTx::close`]).
    ///
    /// Returns the forum topics (chat, topic) of those cases, to delete where the bot may; the
    /// cases no longer point at them.
    pub async fn forget(&mut self, user: UserKey) -> Result<Vec<(i64, i32)>, StoreError> {
        // Not even the number of the last update stays (the one that asked to forget included:
        // Telegram delivering it again after a crash would only say goodbye again).
        sqlx::query("DELETE FROM intake_marks WHERE chat_id = ?")
            .bind(user.chat_id)
            .execute(&mut *self.tx)
            .await?;
        if self.mark.is_some_and(|m| m.chat_id == user.chat_id) {
            self.keep_mark = false;
        }
        let cases: Vec<i64> = sqlx::query_scalar("SELECT id FROM cases WHERE user_id = ?")
            .bind(user.user_id)
            .fetch_all(&mut *self.tx)
            .await?;
        // (RETURNING would give the values after the update: read them first.)
        let topics: Vec<(i64, i32)> = sqlx::query_as(
            "SELECT topic_chat_id, topic_id FROM cases
             WHERE user_id = ? AND topic_id IS NOT NULL AND topic_chat_id IS NOT NULL",
        )
        .bind(user.user_id)
        .fetch_all(&mut *self.tx)
        .await?;
        sqlx::query("UPDATE cases SET topic_id = NULL, topic_chat_id = NULL WHERE user_id = ?")
            .bind(user.user_id)
            .execute(&mut *self.tx)
            .await?;
        for case in &cases {
            sqlx::query(
                "UPDATE case_events SET text = NULL, source_chat_id = NULL, source_message_id = NULL
                 WHERE case_id = ?",
            )
            .bind(case)
            .execute(&mut *self.tx)
            .await?;
            // Relays not sent yet carry the user's words or point at their messages.
            sqlx::query("DELETE FROM outbox WHERE case_id = ? AND state = 'pending'")
                .bind(case)
                .execute(&mut *self.tx)
                .await?;
        }
        sqlx::query(
            "UPDATE cases SET user_id = NULL, chat_id = NULL, first_name = NULL,
                description = NULL, offer_text = NULL, purged_at = ?2
             WHERE user_id = ?1",
        )
        .bind(user.user_id)
        .bind(&self.now)
        .execute(&mut *self.tx)
        .await?;
        sqlx::query("DELETE FROM outbox WHERE chat_id = ?1 OR copy_chat_id = ?1")
            .bind(user.chat_id)
            .execute(&mut *self.tx)
            .await?;
        sqlx::query("DELETE FROM users WHERE user_id = ?")
            .bind(user.user_id)
            .execute(&mut *self.tx)
            .await?;
        // A block names the user: it goes too (the case's history keeps that there was one).
        sqlx::query("DELETE FROM blocked_users WHERE user_id = ?")
            .bind(user.user_id)
            .execute(&mut *self.tx)
            .await?;
        self.blocks.push((user.user_id, None));
        self.states.push((user.user_id, None));
        self.cases.push((user.user_id, None));
        Ok(topics)
    }

    pub async fn commit(self, store: &Store) -> Result<(), StoreError> {
        let HotlineTx {
            mut tx,
            states,
            cases,
            mark,
            keep_mark,
            now,
            blocks,
            confirmed_changed,
        } = self;
        let committed = async {
            if let Some(mark) = mark.filter(|_| keep_mark) {
                super::intake::upsert(&[mark], &now)
                    .build()
                    .persistent(false)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await
        };
        if let Err(e) = committed.await {
            super::intake::note_failed();
            return Err(e.into());
        }
        if mark.is_some() {
            super::intake::note_committed();
        }
        store.after_commit(states, cases);
        store.after_toolkit_commit(blocks);
        if confirmed_changed {
            store.load_confirmed().await?;
        }
        Ok(())
    }
}

impl Store {
    /// Starts a hotline transaction on the writing connection.
    pub async fn hotline(&self) -> Result<HotlineTx, StoreError> {
        Ok(HotlineTx {
            tx: self
                .writer
                .begin()
                .await
                .inspect_err(|_| super::intake::note_failed())?,
            now: now(),
            states: Vec::new(),
            cases: Vec::new(),
            mark: super::intake::current(),
            keep_mark: true,
            blocks: Vec::new(),
            confirmed_changed: false,
        })
    }

    /// The user's open case, if any (from memory: this process is the only writer).
    pub fn open_case_of(&self, user_id: i64) -> Option<i64> {
        self.open_cases
            .lock()
            .expect("open cases")
            .get(&user_id)
            .copied()
    }

    pub(super) async fn load_open_cases(&self) -> Result<(), StoreError> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT user_id, id FROM cases WHERE status != 'closed' AND user_id IS NOT NULL",
        )
        .fetch_all(&self.writer)
        .await?;
        *self.open_cases.lock().expect("open cases") = rows.into_iter().collect();
        Ok(())
    }

    fn after_commit(&self, states: Vec<(i64, Option<UserState>)>, cases: Vec<(i64, Option<i64>)>) {
        {
            let mut cache = self.states.lock().expect("state cache");
            for (user, state) in states {
                match state {
                    Some(state) => {
                        cache.insert(user, state);
                    }
                    // Changed behind the cache: read again next time.
                    None => {
                        cache.remove(&user);
                    }
                }
            }
        }
        let mut open = self.open_cases.lock().expect("open cases");
        for (user, case) in cases {
            match case {
                Some(case) => open.insert(user, case),
                None => open.remove(&user),
            };
        }
    }

    pub async fn case(&self, id: i64) -> Result<Option<Case>, StoreError> {
        let row = sqlx::query(&format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?"))
            .bind(id)
            .fetch_optional(&self.writer)
            .await?;
        row.as_ref().map(case_from_row).transpose()
    }

    /// Waiting cases, most urgent first, then oldest.
    pub async fn queue(&self) -> Result<Vec<Case>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE status = 'waiting'
             ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END, created_at, id"
        ))
        .fetch_all(&self.writer)
        .await?;
        rows.iter().map(case_from_row).collect()
    }

    /// The case whose forum topic is `topic` in `chat`.
    pub async fn case_by_topic(&self, chat: i64, topic: i32) -> Result<Option<i64>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT id FROM cases WHERE topic_chat_id = ? AND topic_id = ?")
                .bind(chat)
                .bind(topic)
                .fetch_optional(&self.writer)
                .await?,
        )
    }

    /// Topics recorded before their chat was (migration 20261206000020) are in `chat`, the
    /// operators' group the bot starts with.
    pub async fn adopt_topics(&self, chat: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE cases SET topic_chat_id = ? WHERE topic_id IS NOT NULL AND topic_chat_id IS NULL",
        )
        .bind(chat)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    pub async fn case_by_message(
        &self,
        chat_id: i64,
        message_id: i32,
    ) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT case_id FROM case_messages WHERE chat_id = ? AND message_id = ?",
        )
        .bind(chat_id)
        .bind(message_id)
        .fetch_optional(&self.writer)
        .await?)
    }

    /// Waiting cases last posted before `cutoff`; their `posted_at` is set to now.
    pub async fn due_reminders(&self, cutoff: DateTime<Utc>) -> Result<Vec<Case>, StoreError> {
        let cutoff = cutoff.to_rfc3339_opts(SecondsFormat::Secs, true);
        let mut tx = self.writer.begin().await?;
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE status = 'waiting' AND posted_at < ?
             ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END, created_at"
        ))
        .bind(&cutoff)
        .fetch_all(&mut *tx)
        .await?;
        sqlx::query("UPDATE cases SET posted_at = ?2 WHERE status = 'waiting' AND posted_at < ?1")
            .bind(&cutoff)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        rows.iter().map(case_from_row).collect()
    }

    /// The operators' group's id now, if it moved since `configured` was set.
    pub async fn operators_chat_now(&self, configured: i64) -> Result<Option<i64>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT current_id FROM operators_chat WHERE configured_id = ?")
                .bind(configured)
                .fetch_optional(&self.writer)
                .await?,
        )
    }

    /// The operators' group moved from `old` to `new` (configured as `configured`): keep the
    /// new id, and send what is still queued for the old one there.
    pub async fn record_operators_migration(
        &self,
        configured: i64,
        old: i64,
        new: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO operators_chat (configured_id, current_id, migrated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (configured_id) DO UPDATE SET current_id = ?2, migrated_at = ?3",
        )
        .bind(configured)
        .bind(new)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE outbox SET chat_id = ?2 WHERE chat_id = ?1 AND to_operators = 1 AND state = 'pending'",
        )
        .bind(old)
        .bind(new)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether `case` has an event of `kind` since `since` (to say something once in a while).
    pub async fn has_event_since(
        &self,
        case: i64,
        kind: &str,
        since: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let since = since.to_rfc3339_opts(SecondsFormat::Secs, true);
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM case_events WHERE case_id = ? AND kind = ? AND created_at >= ? LIMIT 1",
        )
        .bind(case)
        .bind(kind)
        .bind(since)
        .fetch_optional(&self.writer)
        .await?;
        Ok(found.is_some())
    }

    /// Purges the message texts and personal data of cases closed before `cutoff`. Returns
    /// how many, and their forum topics (chat, topic) to delete where the bot may.
    pub async fn purge_closed_cases(
        &self,
        cutoff: DateTime<Utc>,
    ) -> Result<(u64, Vec<(i64, i32)>), StoreError> {
        let cutoff = cutoff.to_rfc3339_opts(SecondsFormat::Secs, true);
        let mut tx = self.writer.begin().await?;
        let topics: Vec<(i64, i32)> = sqlx::query_as(
            "SELECT topic_chat_id, topic_id FROM cases
             WHERE status = 'closed' AND closed_at < ? AND purged_at IS NULL
                AND topic_id IS NOT NULL AND topic_chat_id IS NOT NULL",
        )
        .bind(&cutoff)
        .fetch_all(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE cases SET topic_id = NULL, topic_chat_id = NULL
             WHERE status = 'closed' AND closed_at < ? AND purged_at IS NULL",
        )
        .bind(&cutoff)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE case_events SET text = NULL, source_chat_id = NULL, source_message_id = NULL
             WHERE case_id IN (SELECT id FROM cases
                               WHERE status = 'closed' AND closed_at < ? AND purged_at IS NULL)",
        )
        .bind(&cutoff)
        .execute(&mut *tx)
        .await?;
        let done = sqlx::query(
            "UPDATE cases SET user_id = NULL, chat_id = NULL, first_name = NULL,
                description = NULL, offer_text = NULL, purged_at = ?2
             WHERE status = 'closed' AND closed_at < ?1 AND purged_at IS NULL",
        )
        .bind(&cutoff)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok((done.rows_affected(), topics))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_status_is_an_error_not_closed() {
        assert_eq!(Status::parse("waiting").unwrap(), Status::Waiting);
        assert_eq!(Status::parse("closed").unwrap(), Status::Closed);
        assert!(matches!(
            Status::parse("archived"),
            Err(StoreError::Corrupt { .. })
        ));
    }
}
