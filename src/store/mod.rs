//! Persistence behind a small API over sqlx and SQLite. The database is created, with all
//! migrations applied, on first start.

use std::str::FromStr;
use std::time::Duration;

use chrono::{SecondsFormat, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::content::script::NodeRef;
use crate::core::lang::Lang;
use crate::core::state::UserState;

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
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
}

/// A queued message with its outbox id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub message: OutMessage,
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

async fn insert_outbox(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    messages: &[OutMessage],
    now: &str,
) -> Result<Vec<OutboxRow>, StoreError> {
    let mut rows = Vec::with_capacity(messages.len());
    for m in messages {
        let keyboard = (!m.keyboard.is_empty())
            .then(|| serde_json::to_string(&m.keyboard).expect("strings serialize"));
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO outbox (chat_id, kind, html, keyboard, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5) RETURNING id",
        )
        .bind(m.chat_id)
        .bind(&m.kind)
        .bind(&m.html)
        .bind(keyboard)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?;
        rows.push(OutboxRow {
            id,
            message: m.clone(),
        });
    }
    Ok(rows)
}

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
}

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
            .busy_timeout(Duration::from_secs(5));
        let options = if memory {
            options
        } else {
            // WAL: readers never wait for the writer; NORMAL sync is durable across crashes of
            // the process (the OS still has the data) and much faster than FULL.
            options
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
        };
        let pool = SqlitePoolOptions::new()
            // An in-memory database lives in one connection: keep exactly one, forever.
            .max_connections(if memory { 1 } else { 4 })
            .min_connections(if memory { 1 } else { 0 })
            .idle_timeout(if memory {
                None
            } else {
                Some(Duration::from_secs(600))
            })
            .max_lifetime(if memory {
                None
            } else {
                Some(Duration::from_secs(3600))
            })
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Store { pool })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The user's state, or the default state for someone new. A stored value the program no
    /// longer understands (an unknown language code) reads as unset, never as an error.
    pub async fn load_state(&self, user_id: i64) -> Result<UserState, StoreError> {
        let row =
            sqlx::query("SELECT lang, script_id, node_id, campaign FROM users WHERE user_id = ?")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        let Some(row) = row else {
            return Ok(UserState::default());
        };
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
        })
    }

    /// Saves the user's state and marks them seen now (and reachable: they just wrote).
    pub async fn save_state(&self, key: UserKey, state: &UserState) -> Result<(), StoreError> {
        self.commit_turn(key, state, &[]).await.map(|_| ())
    }

    /// One turn of a conversation, atomically: the user's new state and the messages it
    /// produced are saved together, so a crash can neither lose the replies of a saved state
    /// nor send replies for a state that was never saved.
    pub async fn commit_turn(
        &self,
        key: UserKey,
        state: &UserState,
        messages: &[OutMessage],
    ) -> Result<Vec<OutboxRow>, StoreError> {
        let now = now();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO users (user_id, chat_id, lang, script_id, node_id, campaign, first_seen, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
             ON CONFLICT (user_id) DO UPDATE SET
                chat_id = excluded.chat_id, lang = excluded.lang,
                script_id = excluded.script_id, node_id = excluded.node_id,
                campaign = excluded.campaign, last_seen = excluded.last_seen,
                unreachable_since = NULL",
        )
        .bind(key.user_id)
        .bind(key.chat_id)
        .bind(state.lang.map(Lang::code))
        .bind(state.position.as_ref().map(|p| p.script.as_str()))
        .bind(state.position.as_ref().map(|p| p.node.as_str()))
        .bind(state.campaign.as_deref())
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        let rows = insert_outbox(&mut tx, messages, &now).await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// Queues messages on their own (not tied to a user's turn).
    pub async fn enqueue(&self, messages: &[OutMessage]) -> Result<Vec<OutboxRow>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let rows = insert_outbox(&mut tx, messages, &now()).await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// Pending messages with ids up to `max_id`, oldest first.
    pub async fn pending(&self, max_id: i64) -> Result<Vec<OutboxRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, chat_id, kind, html, keyboard FROM outbox
             WHERE state = 'pending' AND id <= ? ORDER BY id",
        )
        .bind(max_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
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
                    },
                })
            })
            .collect()
    }

    /// The highest outbox id so far (0 if none).
    pub async fn last_outbox_id(&self) -> Result<i64, StoreError> {
        let id: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM outbox")
            .fetch_one(&self.pool)
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
        sqlx::query(
            "UPDATE outbox SET state = 'sent', message_id = ?2, attempts = attempts + ?3,
                html = NULL, keyboard = NULL, last_error = NULL, updated_at = ?4
             WHERE id = ?1",
        )
        .bind(id)
        .bind(message_id)
        .bind(attempts)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Given up on the message; `error` is the kind of the last error, never message text.
    pub async fn mark_failed(&self, id: i64, error: &str, attempts: u32) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET state = 'failed', last_error = ?2, attempts = attempts + ?3,
                html = NULL, keyboard = NULL, updated_at = ?4
             WHERE id = ?1",
        )
        .bind(id)
        .bind(error)
        .bind(attempts)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Telegram refused with 403: the user blocked the bot or is gone.
    pub async fn mark_unreachable(&self, chat_id: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE users SET unreachable_since = COALESCE(unreachable_since, ?2) WHERE chat_id = ?1",
        )
        .bind(chat_id)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn is_unreachable(&self, user_id: i64) -> Result<bool, StoreError> {
        let since: Option<Option<String>> =
            sqlx::query_scalar("SELECT unreachable_since FROM users WHERE user_id = ?")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(since.flatten().is_some())
    }

    /// Forgets delivered and abandoned rows older than `age` (their text is already gone).
    pub async fn prune_outbox(&self, age: chrono::Duration) -> Result<u64, StoreError> {
        let cutoff = (Utc::now() - age).to_rfc3339_opts(SecondsFormat::Secs, true);
        let done = sqlx::query("DELETE FROM outbox WHERE state != 'pending' AND updated_at < ?")
            .bind(cutoff)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Closes the pool, waiting for connections to finish (so WAL is checkpointed cleanly).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let msg = |html: &str| OutMessage {
            chat_id: 5,
            kind: "reply".into(),
            html: html.into(),
            keyboard: vec![vec![("Menu".into(), "a:menu".into())]],
        };
        let rows = store
            .commit_turn(key, &UserState::default(), &[msg("one"), msg("two")])
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
}
