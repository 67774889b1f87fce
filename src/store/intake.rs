//! Exactly-once intake, the store's half: which update is being handled, and the last one
//! committed per chat.
//!
//! The adapter handles each Telegram update inside [`within`]. Whatever the handling commits
//! (a turn through the group-commit writer, or a hotline transaction) then also records the
//! update's id for its chat in `intake_marks`, in the same transaction. An update delivered
//! again after a crash is recognised by [`Store::handled_up_to`] and skipped. A failed commit is
//! noted, so the adapter does not confirm the update to Telegram and it is handled again.

use std::cell::Cell;
use std::collections::HashMap;
use std::future::Future;

use sqlx::{QueryBuilder, Sqlite};

use super::{Store, StoreError};

/// The update being handled: its chat (the ordering key) and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UpdateMark {
    pub chat_id: i64,
    pub update_id: i64,
}

/// How the handling of one update ended, as far as the database is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Fate {
    /// A commit carried the update's mark.
    pub committed: bool,
    /// A read or a commit failed: the update must be handled again.
    pub failed: bool,
}

struct Scope {
    mark: UpdateMark,
    committed: Cell<bool>,
    failed: Cell<bool>,
}

tokio::task_local! {
    static SCOPE: Scope;
}

/// Runs the handling of one update; commits made inside record `mark` with them.
pub async fn within<F: Future>(mark: UpdateMark, handling: F) -> (F::Output, Fate) {
    let scope = Scope {
        mark,
        committed: Cell::new(false),
        failed: Cell::new(false),
    };
    SCOPE
        .scope(scope, async move {
            let out = handling.await;
            let fate = SCOPE.with(|s| Fate {
                committed: s.committed.get(),
                failed: s.failed.get(),
            });
            (out, fate)
        })
        .await
}

/// The update being handled by this task, if any.
pub(crate) fn current() -> Option<UpdateMark> {
    SCOPE.try_with(|s| s.mark).ok()
}

/// A commit that carried the current update's mark succeeded.
pub(crate) fn note_committed() {
    let _ = SCOPE.try_with(|s| s.committed.set(true));
}

/// A read or write the current update's handling needed failed.
pub(crate) fn note_failed() {
    let _ = SCOPE.try_with(|s| s.failed.set(true));
}

/// Records `marks` (one or many) in a transaction: the highest update id per chat wins.
pub(crate) fn upsert(marks: &[UpdateMark], now: &str) -> QueryBuilder<'static, Sqlite> {
    let mut q: QueryBuilder<Sqlite> =
        QueryBuilder::new("INSERT INTO intake_marks (chat_id, update_id, at) ");
    q.push_values(marks, |mut row, m| {
        row.push_bind(m.chat_id)
            .push_bind(m.update_id)
            .push_bind(now.to_string());
    });
    q.push(
        " ON CONFLICT (chat_id) DO UPDATE SET
            update_id = MAX(update_id, excluded.update_id), at = excluded.at",
    );
    q
}

impl Store {
    /// For each of `chats`, the last update id whose handling was committed.
    pub async fn handled_up_to(&self, chats: &[i64]) -> Result<HashMap<i64, i64>, StoreError> {
        let mut out = HashMap::new();
        for chunk in chats.chunks(500) {
            let mut q: QueryBuilder<Sqlite> =
                QueryBuilder::new("SELECT chat_id, update_id FROM intake_marks WHERE chat_id IN (");
            let mut list = q.separated(", ");
            for chat in chunk {
                list.push_bind(*chat);
            }
            q.push(")");
            let rows: Vec<(i64, i64)> = q
                .build_query_as()
                .persistent(false)
                .fetch_all(&self.readers)
                .await?;
            out.extend(rows);
        }
        Ok(out)
    }

    /// The highest update id any committed handling recorded (0 if none). An update above
    /// it that this process has not handled was handled by nobody.
    pub async fn last_handled_update(&self) -> Result<i64, StoreError> {
        let id: Option<i64> = sqlx::query_scalar("SELECT MAX(update_id) FROM intake_marks")
            .fetch_one(&self.readers)
            .await?;
        Ok(id.unwrap_or(0))
    }

    /// Forgets marks older than `age` (Telegram keeps unconfirmed updates for a day).
    pub async fn prune_intake_marks(&self, age: chrono::Duration) -> Result<u64, StoreError> {
        let before = (chrono::Utc::now() - age).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let done = sqlx::query("DELETE FROM intake_marks WHERE at < ?")
            .bind(before)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected())
    }
}
