//! Persistence behind a small API over sqlx and SQLite. The database is created, with all
//! migrations applied, on first start.

pub mod alerts;
pub mod hotline;
pub mod intake;
pub mod metrics;
pub mod toolkit;
pub mod versions;
mod writer;

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::core::country::Country;
use crate::core::script::NodeRef;
use crate::core::state::{Awaiting, OfferDraft, PendingPart, UserState};
use crate::lang::Lang;
use crate::offer::Risk;
use metrics::TurnMetrics;

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database write failed: {0}")]
    Write(Arc<sqlx::Error>),
    #[error("the database writer has stopped")]
    WriterGone,
    /// A stored code this version does not know (never read as some other value).
    #[error("unknown {what} `{code}` in the database")]
    Corrupt { what: &'static str, code: String },
}

/// A message to deliver: one Telegram message (at most 4096 characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutMessage {
    pub chat_id: i64,
    /// For logs and statistics: `reply`, `relay`, `confirmation`, `admin`…
    pub kind: String,
    pub html: String,
    /// Inline keyboard rows of (label, callback data).
    pub keyboard: Vec<Vec<(String, String)>>,
    /// The hotline case the message belongs to (its Telegram id is then mapped to the case,
    /// and a failure is reported to the operators).
    pub case_id: Option<i64>,
    /// Goes to the operators' group (into the case's topic in a forum); `chat_id` is then the
    /// group's id.
    pub to_operators: bool,
    /// A copy of this message (chat id, message id) instead of `html`; `html`, if not empty,
    /// replaces the copy's caption.
    pub copy: Option<(i64, i32)>,
}

impl OutMessage {
    /// An ordinary message to a chat.
    pub fn new(
        chat_id: i64,
        kind: impl Into<String>,
        html: String,
        keyboard: Vec<Vec<(String, String)>>,
    ) -> OutMessage {
        OutMessage {
            chat_id,
            kind: kind.into(),
            html,
            keyboard,
            case_id: None,
            to_operators: false,
            copy: None,
        }
    }
}

/// A queued message with its outbox id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub message: OutMessage,
}

const OUTBOX_COLUMNS: &str = "id, chat_id, kind, html, keyboard, case_id, to_operators, \
    copy_chat_id, copy_message_id";

fn outbox_row(row: &sqlx::sqlite::SqliteRow) -> Result<OutboxRow, StoreError> {
    let keyboard: Option<String> = row.try_get("keyboard")?;
    Ok(OutboxRow {
        id: row.try_get("id")?,
        message: OutMessage {
            chat_id: row.try_get("chat_id")?,
            kind: row.try_get("kind")?,
            html: row
                .try_get::<Option<String>, _>("html")?
                .unwrap_or_default(),
            keyboard: keyboard
                .and_then(|k| serde_json::from_str(&k).ok())
                .unwrap_or_default(),
            case_id: row.try_get("case_id")?,
            to_operators: row.try_get::<i64, _>("to_operators")? != 0,
            copy: row
                .try_get::<Option<i64>, _>("copy_chat_id")?
                .zip(row.try_get::<Option<i32>, _>("copy_message_id")?),
        },
    })
}

const STATE_COLUMNS: &str = "lang, script_id, node_id, campaign, awaiting, in_case, \
    draft_offer_text, draft_offer_risk, draft_offer_flags, country, quiz_right, part_text, part_at";

/// A user's state from their row (see [`Store::load_state`]).
fn state_from_row(user_id: i64, row: &sqlx::sqlite::SqliteRow) -> Result<UserState, StoreError> {
    let lang: Option<String> = row.try_get("lang")?;
    let lang = lang.and_then(|code| match code.parse::<Lang>() {
        Ok(l) => Some(l),
        Err(_) => {
            tracing::warn!(user_id, "stored language is unknown, asking again");
            None
        }
    });
    let script: Option<String> = row.try_get("script_id")?;
    let node: Option<String> = row.try_get("node_id")?;
    Ok(UserState {
        lang,
        position: script.zip(node).map(|(s, n)| NodeRef::new(s, n)),
        campaign: row.try_get("campaign")?,
        // A code this version does not know reads as "not asked": asked again.
        country: row
            .try_get::<Option<String>, _>("country")?
            .and_then(|code| Country::from_code(&code)),
        awaiting: row
            .try_get::<Option<String>, _>("awaiting")?
            .and_then(|code| Awaiting::from_code(&code)),
        in_case: row.try_get::<i64, _>("in_case")? != 0,
        quiz_right: u8::try_from(row.try_get::<i64, _>("quiz_right")?).unwrap_or(0),
        pending_part: row
            .try_get::<Option<String>, _>("part_text")?
            .zip(row.try_get::<Option<i64>, _>("part_at")?)
            .map(|(text, at_ms)| PendingPart { text, at_ms }),
        draft_offer: match (
            row.try_get::<Option<String>, _>("draft_offer_text")?,
            row.try_get::<Option<String>, _>("draft_offer_risk")?,
        ) {
            // A risk no longer known (a deploy renamed it) drops the draft, not the user.
            (Some(text), Some(risk)) => {
                let flags = row
                    .try_get::<Option<String>, _>("draft_offer_flags")?
                    .unwrap_or_default();
                Risk::from_name(&risk).map(|risk| OfferDraft {
                    text,
                    risk,
                    flags: OfferDraft::parse_flags(&flags),
                })
            }
            _ => None,
        },
    })
}

/// Checkpoints the WAL every second from a connection of its own, so the writer never does.
/// A passive checkpoint never waits for the writer or readers. The task ends when the
/// database can no longer be opened (the process is shutting down).
fn spawn_checkpoints(options: SqliteConnectOptions) {
    use sqlx::Connection;
    tokio::spawn(async move {
        let Ok(mut conn) = sqlx::SqliteConnection::connect_with(&options).await else {
            return;
        };
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(&mut conn)
                .await
            {
                tracing::warn!(error = %e, "WAL checkpoint failed");
            }
        }
    });
}

pub(crate) fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[derive(Clone)]
pub struct Store {
    /// Read-only connections.
    readers: SqlitePool,
    /// The one connection that writes (used by the writer task, and for maintenance).
    writer: SqlitePool,
    /// Queue of the group-commit writer task.
    writes: tokio::sync::mpsc::UnboundedSender<writer::Op>,
    /// Users' states as last committed: this process is the only writer, so the cache is
    /// exact, and a turn needs no read from the database.
    states: Arc<Mutex<HashMap<i64, UserState>>>,
    /// Each user's open hotline case (user id → case id), exact for the same reason.
    open_cases: Arc<Mutex<HashMap<i64, i64>>>,
    /// Blocked users and confirmed scam contacts, exact for the same reason.
    toolkit: Arc<toolkit::Caches>,
}

/// Above this many cached states, the cache is emptied (they are re-read on demand): it only
/// needs to hold the users in conversation right now, and memory is scarce on small servers.
const STATE_CACHE_MAX: usize = 4096;

/// The ids that identify a user and where to answer them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserKey {
    pub user_id: i64,
    pub chat_id: i64,
}

impl Store {
    /// Opens (creating if needed) the database at `url` (`sqlite:path.db`, `sqlite::memory:`)
    /// and applies pending migrations.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        let memory = url.contains(":memory:");
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            // 512 KiB of page cache per connection: the working set (users, pending outbox) is
            // small, and NGOs run Safar on the smallest servers.
            .pragma("cache_size", "-512");
        let options = if memory {
            options
        } else {
            // WAL: readers never wait for the writer; NORMAL sync is durable across crashes of
            // the process (the OS still has the data) and much faster than FULL.
            options
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
        };
        if memory {
            // An in-memory database lives in one connection: keep exactly one, forever.
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
                .connect_with(options)
                .await?;
            MIGRATOR.run(&pool).await?;
            let store = Store::with_pools(pool.clone(), pool);
            store.load_open_cases().await?;
            store.load_toolkit().await?;
            return Ok(store);
        }
        // SQLite allows one writer at a time; several writing connections would wait on each
        // other in SQLite's busy handler (which sleeps). One writing connection queues writers
        // in the pool instead, without sleeping; reads go to a few other connections (WAL lets
        // them read while the writer writes).
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            // A local file: a ping before each use would only cost a trip to its thread.
            .test_before_acquire(false)
            // Checkpoints copy the WAL into the database file; done on a commit they stall
            // that commit for milliseconds. A background task does them instead.
            .connect_with(options.clone().pragma("wal_autocheckpoint", "0"))
            .await?;
        MIGRATOR.run(&writer).await?;
        spawn_checkpoints(options.clone());
        let pool = SqlitePoolOptions::new()
            .max_connections(2)
            .min_connections(0)
            .idle_timeout(Some(Duration::from_secs(600)))
            .test_before_acquire(false)
            // Readers serve only cache misses (the state cache answers the rest): a small
            // page cache each is enough.
            .connect_with(options.read_only(true).pragma("cache_size", "-128"))
            .await?;
        let store = Store::with_pools(pool, writer);
        store.load_open_cases().await?;
        store.load_toolkit().await?;
        Ok(store)
    }

    fn with_pools(pool: SqlitePool, writer: SqlitePool) -> Store {
        Store {
            writes: writer::spawn(writer.clone()),
            readers: pool,
            writer,
            states: Arc::new(Mutex::new(HashMap::new())),
            open_cases: Arc::new(Mutex::new(HashMap::new())),
            toolkit: Arc::default(),
        }
    }

    async fn write<T>(
        &self,
        op: impl FnOnce(tokio::sync::oneshot::Sender<Result<T, StoreError>>) -> writer::Op,
    ) -> Result<T, StoreError> {
        let (done, result) = tokio::sync::oneshot::channel();
        self.writes
            .send(op(done))
            .map_err(|_| StoreError::WriterGone)?;
        result.await.map_err(|_| StoreError::WriterGone)?
    }

    /// The writing connection (tests and maintenance use it for raw queries: it sees every
    /// committed write at once).
    pub fn pool(&self) -> &SqlitePool {
        &self.writer
    }

    /// The user's state, or the default state for someone new. A stored value the program no
    /// longer understands (an unknown language code) reads as unset, never as an error.
    pub async fn load_state(&self, user_id: i64) -> Result<UserState, StoreError> {
        if let Some(state) = self.states.lock().expect("state cache").get(&user_id) {
            return Ok(state.clone());
        }
        let row = sqlx::query(&format!(
            "SELECT {STATE_COLUMNS} FROM users WHERE user_id = ?"
        ))
        .bind(user_id)
        .fetch_optional(&self.readers)
        .await
        .inspect_err(|_| intake::note_failed())?;
        match row {
            Some(row) => state_from_row(user_id, &row),
            None => Ok(UserState::default()),
        }
    }

    /// Reads the states of `users` (a batch of updates) in one query into the cache, so their
    /// turns need no read of their own. Users not in the database get the default state.
    pub async fn preload_states(&self, users: &[i64]) -> Result<(), StoreError> {
        let missing: Vec<i64> = {
            let states = self.states.lock().expect("state cache");
            users
                .iter()
                .copied()
                .filter(|u| !states.contains_key(u))
                .collect()
        };
        if missing.is_empty() {
            return Ok(());
        }
        let mut q: sqlx::QueryBuilder<sqlx::Sqlite> = sqlx::QueryBuilder::new(format!(
            "SELECT user_id, {STATE_COLUMNS} FROM users WHERE user_id IN ("
        ));
        let mut list = q.separated(", ");
        for user in &missing {
            list.push_bind(*user);
        }
        q.push(")");
        let rows = q.build().persistent(false).fetch_all(&self.readers).await?;
        let mut found: HashMap<i64, UserState> = HashMap::new();
        for row in &rows {
            let user_id: i64 = row.try_get("user_id")?;
            found.insert(user_id, state_from_row(user_id, row)?);
        }
        let mut states = self.states.lock().expect("state cache");
        if states.len() + missing.len() > STATE_CACHE_MAX {
            states.clear();
        }
        for user in missing {
            // Only this process writes: a state committed meanwhile is already cached, and
            // wins over what was read before its commit.
            let state = found.remove(&user).unwrap_or_default();
            states.entry(user).or_insert(state);
        }
        Ok(())
    }

    /// Saves the user's state and marks them seen now (and reachable: they just wrote).
    pub async fn save_state(&self, key: UserKey, state: &UserState) -> Result<(), StoreError> {
        self.commit_turn(key, state, &[], TurnMetrics::default())
            .await
            .map(|_| ())
    }

    /// One turn of a conversation, atomically: the user's new state and the messages it
    /// produced are saved together, so a crash can neither lose the replies of a saved state
    /// nor send replies for a state that was never saved.
    /// The turn's counters for the reports (`metrics`) are added in the same transaction.
    pub async fn commit_turn(
        &self,
        key: UserKey,
        state: &UserState,
        messages: &[OutMessage],
        metrics: TurnMetrics,
    ) -> Result<Vec<OutboxRow>, StoreError> {
        let mark = intake::current();
        let rows = self
            .write(|done| writer::Op::Turn {
                key,
                state: Box::new(state.clone()),
                messages: messages.to_vec(),
                metrics,
                mark,
                done,
            })
            .await
            .inspect_err(|_| intake::note_failed())?;
        if mark.is_some() {
            intake::note_committed();
        }
        let mut states = self.states.lock().expect("state cache");
        if states.len() >= STATE_CACHE_MAX {
            states.clear();
        }
        states.insert(key.user_id, state.clone());
        Ok(rows)
    }

    /// Queues messages on their own (not tied to a user's turn).
    pub async fn enqueue(&self, messages: &[OutMessage]) -> Result<Vec<OutboxRow>, StoreError> {
        let mut rows = Vec::new();
        for m in messages {
            // Reuses the turn path without a user: a turn with no key is not needed yet.
            rows.extend(self.enqueue_one(m.clone()).await?);
        }
        Ok(rows)
    }

    async fn enqueue_one(&self, message: OutMessage) -> Result<Vec<OutboxRow>, StoreError> {
        let mut tx = self.writer.begin().await?;
        let keyboard = (!message.keyboard.is_empty())
            .then(|| serde_json::to_string(&message.keyboard).expect("strings serialize"));
        let now = now();
        let _ = (keyboard, now);
        let row = hotline::insert_outbox(&mut tx, message).await?;
        tx.commit().await?;
        Ok(vec![row])
    }

    /// Pending messages with ids up to `max_id`, oldest first.
    pub async fn pending(&self, max_id: i64) -> Result<Vec<OutboxRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE state = 'pending' AND id <= ? ORDER BY id"
        ))
        .bind(max_id)
        .fetch_all(&self.readers)
        .await?;
        rows.iter().map(outbox_row).collect()
    }

    /// A page of the pending messages after `after_id`, oldest first: (id, chat id) only, so
    /// that a backlog of any size is walked in small steps. Alerts are not among them (see
    /// [`Store::pending_alert_chats`]).
    pub async fn pending_chats(
        &self,
        after_id: i64,
        limit: u32,
    ) -> Result<Vec<(i64, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id, chat_id FROM outbox INDEXED BY outbox_pending_replies
             WHERE state = 'pending' AND alert_id IS NULL AND id > ? ORDER BY id LIMIT ?",
        )
        .bind(after_id)
        .bind(limit)
        .fetch_all(&self.readers)
        .await?)
    }

    /// [`Store::pending_chats`] for the alerts' rows.
    pub async fn pending_alert_chats(
        &self,
        after_id: i64,
        limit: u32,
    ) -> Result<Vec<(i64, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id, chat_id FROM outbox INDEXED BY outbox_pending_alerts
             WHERE state = 'pending' AND alert_id IS NOT NULL AND id > ? ORDER BY id LIMIT ?",
        )
        .bind(after_id)
        .bind(limit)
        .fetch_all(&self.readers)
        .await?)
    }

    /// The oldest pending messages of one chat, in order, at most `limit`.
    pub async fn pending_of_chat(
        &self,
        chat_id: i64,
        limit: u32,
    ) -> Result<Vec<OutboxRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox
             WHERE state = 'pending' AND chat_id = ? ORDER BY id LIMIT ?"
        ))
        .bind(chat_id)
        .bind(limit)
        .fetch_all(&self.readers)
        .await?;
        rows.iter().map(outbox_row).collect()
    }

    /// The highest outbox id so far (0 if none).
    pub async fn last_outbox_id(&self) -> Result<i64, StoreError> {
        let id: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM outbox")
            .fetch_one(&self.readers)
            .await?;
        Ok(id.unwrap_or(0))
    }

    /// Telegram accepted the message: keep its id, drop the text.
    pub async fn mark_sent(
        &self,
        id: i64,
        message_id: i32,
        attempts: u32,
    ) -> Result<(), StoreError> {
        self.mark_sent_as(id, message_id, attempts, false).await
    }

    /// [`Store::mark_sent`] for a hotline message in the operators' group: also maps its
    /// Telegram id to the case, so replies to it act on the case.
    pub async fn mark_sent_in_case(
        &self,
        id: i64,
        message_id: i32,
        attempts: u32,
    ) -> Result<(), StoreError> {
        self.mark_sent_as(id, message_id, attempts, true).await
    }

    async fn mark_sent_as(
        &self,
        id: i64,
        message_id: i32,
        attempts: u32,
        case: bool,
    ) -> Result<(), StoreError> {
        self.write(|done| writer::Op::Mark {
            id,
            mark: writer::Mark::Sent { message_id, case },
            attempts,
            done,
        })
        .await
    }

    /// Given up on the message; `error` is the kind of the last error, never message text.
    pub async fn mark_failed(&self, id: i64, error: &str, attempts: u32) -> Result<(), StoreError> {
        self.write(|done| writer::Op::Mark {
            id,
            mark: writer::Mark::Failed {
                error: error.to_string(),
            },
            attempts,
            done,
        })
        .await
    }

    /// Adds a turn's counters on their own, for a turn saved in a hotline transaction.
    pub async fn record_metrics(
        &self,
        user_id: i64,
        metrics: TurnMetrics,
    ) -> Result<(), StoreError> {
        if metrics.is_empty() {
            return Ok(());
        }
        self.write(|done| writer::Op::Metrics {
            user_id,
            metrics,
            done,
        })
        .await
    }

    /// Telegram refused with 403: the user blocked the bot or is gone.
    pub async fn mark_unreachable(&self, chat_id: i64) -> Result<(), StoreError> {
        self.write(|done| writer::Op::Unreachable { chat_id, done })
            .await
    }

    pub async fn is_unreachable(&self, user_id: i64) -> Result<bool, StoreError> {
        let since: Option<Option<String>> =
            sqlx::query_scalar("SELECT unreachable_since FROM users WHERE user_id = ?")
                .bind(user_id)
                .fetch_optional(&self.readers)
                .await?;
        Ok(since.flatten().is_some())
    }

    /// Drops the offers users checked (`draft_offer_*`) that were not handed to a case by
    /// `before`: a pasted offer does not linger until the user's next step. Returns how many.
    pub async fn expire_drafts(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let before = before.to_rfc3339_opts(SecondsFormat::Secs, true);
        let users: Vec<i64> = sqlx::query_scalar(
            "UPDATE users SET draft_offer_text = NULL, draft_offer_risk = NULL,
                draft_offer_flags = NULL
             WHERE draft_offer_text IS NOT NULL AND last_seen < ? RETURNING user_id",
        )
        .bind(before)
        .fetch_all(&self.writer)
        .await?;
        self.forget_cached(&users);
        Ok(users.len() as u64)
    }

    /// Deletes the rows of users last seen before `before` who have no open case: their
    /// language, place in the scripts and campaign go (counts for statistics stay elsewhere).
    pub async fn purge_inactive_users(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let before = before.to_rfc3339_opts(SecondsFormat::Secs, true);
        let users: Vec<i64> = sqlx::query_scalar(
            "DELETE FROM users WHERE last_seen < ? AND in_case = 0
                AND user_id NOT IN (SELECT user_id FROM cases
                                    WHERE status != 'closed' AND user_id IS NOT NULL)
             RETURNING user_id",
        )
        .bind(before)
        .fetch_all(&self.writer)
        .await?;
        self.forget_cached(&users);
        Ok(users.len() as u64)
    }

    /// Users with parts of a long text waiting (user, chat), the oldest first: at start, the
    /// parts a stop left.
    pub async fn users_with_parts(&self) -> Result<Vec<(UserKey, i64)>, StoreError> {
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT user_id, chat_id, part_at FROM users WHERE part_text IS NOT NULL ORDER BY part_at",
        )
        .fetch_all(&self.readers)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(user_id, chat_id, at)| (UserKey { user_id, chat_id }, at))
            .collect())
    }

    /// Changed behind the state cache: read these users again next time.
    fn forget_cached(&self, users: &[i64]) {
        if users.is_empty() {
            return;
        }
        let mut cache = self.states.lock().expect("state cache");
        for user in users {
            cache.remove(user);
        }
    }

    /// Forgets delivered and abandoned rows older than `age` (their text is already gone).
    pub async fn prune_outbox(&self, age: chrono::Duration) -> Result<u64, StoreError> {
        let cutoff = (Utc::now() - age).to_rfc3339_opts(SecondsFormat::Secs, true);
        // Alert rows stay (without text): they are the alert's counts.
        let done = sqlx::query(
            "DELETE FROM outbox WHERE state != 'pending' AND updated_at < ? AND alert_id IS NULL",
        )
        .bind(cutoff)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected())
    }

    /// Copies the database at `url` to `file` with `VACUUM INTO`: one read transaction, so the
    /// copy is consistent and the bot can go on writing meanwhile. The database is opened
    /// read-only and not migrated. Returns the copy's size in bytes.
    pub async fn backup(url: &str, file: &std::path::Path) -> Result<u64, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?.read_only(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await?;
        let target = file.to_string_lossy().to_string();
        let done = sqlx::query("VACUUM INTO ?")
            .bind(&target)
            .execute(&pool)
            .await;
        pool.close().await;
        done?;
        Ok(std::fs::metadata(file).map(|m| m.len()).unwrap_or(0))
    }

    /// Closes the pool, waiting for connections to finish (so WAL is checkpointed cleanly).
    pub async fn close(&self) {
        self.readers.close().await;
        self.writer.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::Category;

    #[tokio::test]
    async fn state_round_trips_and_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite:{}", dir.path().join("t.db").display());
        let key = UserKey {
            user_id: 7,
            chat_id: 7,
        };
        let state = UserState {
            lang: Some(Lang::Kaa),
            position: Some(NodeRef::new("main", "russia")),
            campaign: Some("spring".into()),
            country: Some(Country::SouthKorea),
            awaiting: Some(Awaiting::Offer),
            in_case: true,
            draft_offer: Some(OfferDraft {
                text: "offer".into(),
                risk: Risk::High,
                flags: vec![Category::UpfrontFee],
            }),
            quiz_right: 3,
            pending_part: Some(PendingPart {
                text: "first part".into(),
                at_ms: 1_765_000_000_000,
            }),
        };
        {
            let store = Store::open(&url).await.unwrap();
            assert_eq!(store.load_state(7).await.unwrap(), UserState::default());
            store.save_state(key, &state).await.unwrap();
            store.close().await;
        }
        let store = Store::open(&url).await.unwrap();
        assert_eq!(store.load_state(7).await.unwrap(), state);
    }

    #[tokio::test]
    async fn a_turn_saves_state_and_queues_messages_together() {
        let store = Store::open("sqlite::memory:").await.unwrap();
        let key = UserKey {
            user_id: 5,
            chat_id: 5,
        };
        let msg = |html: &str| {
            OutMessage::new(
                5,
                "reply",
                html.into(),
                vec![vec![("Menu".into(), "a:menu".into())]],
            )
        };
        let rows = store
            .commit_turn(
                key,
                &UserState::default(),
                &[msg("one"), msg("two")],
                TurnMetrics::default(),
            )
            .await
            .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(store.pending(i64::MAX).await.unwrap(), rows);
        store.mark_sent(rows[0].id, 77, 1).await.unwrap();
        store.mark_unreachable(5).await.unwrap();
        assert!(store.is_unreachable(5).await.unwrap());
        assert_eq!(store.pending(i64::MAX).await.unwrap(), rows[1..]);
        assert_eq!(store.pending(rows[0].id).await.unwrap(), []);
        // The user writes again: reachable.
        store.save_state(key, &UserState::default()).await.unwrap();
        assert!(!store.is_unreachable(5).await.unwrap());
        let text: Option<String> = sqlx::query_scalar("SELECT html FROM outbox WHERE id = ?")
            .bind(rows[0].id)
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(text, None, "a sent message's text is not kept");
    }

    #[tokio::test]
    async fn an_unknown_stored_language_reads_as_unset() {
        let store = Store::open("sqlite::memory:").await.unwrap();
        let key = UserKey {
            user_id: 1,
            chat_id: 1,
        };
        store.save_state(key, &UserState::default()).await.unwrap();
        sqlx::query("UPDATE users SET lang = 'tlh'")
            .execute(store.pool())
            .await
            .unwrap();
        assert_eq!(store.load_state(1).await.unwrap().lang, None);
    }

    #[tokio::test]
    async fn an_unknown_stored_country_reads_as_not_asked() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite:{}", dir.path().join("t.db").display());
        let key = UserKey {
            user_id: 1,
            chat_id: 1,
        };
        let state = UserState {
            country: Some(Country::Qatar),
            ..UserState::default()
        };
        {
            let store = Store::open(&url).await.unwrap();
            store.save_state(key, &state).await.unwrap();
            let stored: Option<String> = sqlx::query_scalar("SELECT country FROM users")
                .fetch_one(store.pool())
                .await
                .unwrap();
            assert_eq!(stored.as_deref(), Some("qa"));
            sqlx::query("UPDATE users SET country = 'atlantis'")
                .execute(store.pool())
                .await
                .unwrap();
            store.close().await;
        }
        let store = Store::open(&url).await.unwrap();
        assert_eq!(store.load_state(1).await.unwrap().country, None);
    }
}
