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

    /// Saves the user's state and marks them seen now.
    pub async fn save_state(&self, key: UserKey, state: &UserState) -> Result<(), StoreError> {
        let now = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
        sqlx::query(
            "INSERT INTO users (user_id, chat_id, lang, script_id, node_id, campaign, first_seen, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
             ON CONFLICT (user_id) DO UPDATE SET
                chat_id = excluded.chat_id, lang = excluded.lang,
                script_id = excluded.script_id, node_id = excluded.node_id,
                campaign = excluded.campaign, last_seen = excluded.last_seen",
        )
        .bind(key.user_id)
        .bind(key.chat_id)
        .bind(state.lang.map(Lang::code))
        .bind(state.position.as_ref().map(|p| p.script.as_str()))
        .bind(state.position.as_ref().map(|p| p.node.as_str()))
        .bind(state.campaign.as_deref())
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
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
