//! Alerts: users' subscriptions by topic, and alert jobs whose recipients are
//! written to the outbox in chunks, each chunk in one transaction with the job's progress, so
//! a job stopped halfway (a crash, a kill) continues where it was and writes nobody twice.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;

use super::{Store, StoreError, now};
use crate::core::callback::Callback;
use crate::core::script::NodeRef;
use crate::lang::Lang;

/// Recipients written per transaction: small enough that a turn waiting for the writer is not
/// held up noticeably.
pub const CHUNK: i64 = 500;

/// One alert's counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct AlertCounts {
    pub id: i64,
    pub name: String,
    pub topic: String,
    pub created_at: String,
    /// `writing` while recipients are still being written, then `queued`.
    pub state: String,
    pub recipients: i64,
    pub pending: i64,
    pub delivered: i64,
    /// Given up on (not a 403).
    pub failed: i64,
    /// 403: blocked the bot, or gone (they are unsubscribed).
    pub unreachable: i64,
    /// Users who pressed at least one of its buttons.
    pub pressed_by: i64,
    /// Presses of its buttons, all users together.
    pub presses: i64,
}

/// One of an alert's buttons as stored with it: the page (`script:node`) and its words in
/// every language (codes `uz`, `uz-Cyrl`, …), fixed when the alert was confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredButton {
    pub page: String,
    pub labels: BTreeMap<String, String>,
}

/// The keyboard of alert `alert_id` in `lang` (one button per row), as outbox rows carry it;
/// `None` without buttons.
fn keyboard(alert_id: i64, buttons: &[StoredButton], lang: Lang) -> Option<String> {
    let rows: Vec<Vec<(String, String)>> = buttons
        .iter()
        .filter_map(|b| {
            let (script, node) = b.page.split_once(':')?;
            let data = Callback::AlertPage {
                alert: alert_id,
                at: NodeRef::new(script, node),
            };
            let label = b.labels.get(lang.code()).cloned().unwrap_or_default();
            Some(vec![(label, data.to_string())])
        })
        .collect();
    (!rows.is_empty()).then(|| serde_json::to_string(&rows).expect("strings serialize"))
}

/// Counts a press of `page` under alert `alert_id` by the user, if the alert has that button
/// (forged or stale data is not counted). Runs in the turn's transaction.
pub(super) async fn count_press(
    conn: &mut SqliteConnection,
    alert_id: i64,
    user_id: i64,
    page: &str,
    now: &str,
) -> Result<(), sqlx::Error> {
    let counted = sqlx::query(
        "INSERT INTO alert_presses (alert_id, user_id, page, presses, first_at, last_at)
         SELECT ?1, ?2, ?3, 1, ?4, ?4 WHERE EXISTS (
            SELECT 1 FROM alerts a, json_each(a.buttons) b
            WHERE a.id = ?1 AND json_extract(b.value, '$.page') = ?3)
         ON CONFLICT (alert_id, user_id, page) DO UPDATE
            SET presses = presses + 1, last_at = excluded.last_at",
    )
    .bind(alert_id)
    .bind(user_id)
    .bind(page)
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if counted == 0 {
        tracing::info!(
            alert_id,
            user_id,
            "alert button not counted: not one of the alert's"
        );
    }
    Ok(())
}

impl Store {
    /// The topics the user ticked.
    pub async fn subscriptions(&self, user_id: i64) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT topic FROM alert_subscriptions WHERE user_id = ? ORDER BY topic",
        )
        .bind(user_id)
        .fetch_all(&self.writer)
        .await?)
    }

    /// Ticks or unticks `topic` for the user; returns whether they are now subscribed. The
    /// user's row must exist (it does once they have picked a language).
    pub async fn toggle_subscription(&self, user_id: i64, topic: &str) -> Result<bool, StoreError> {
        let mut tx = self.writer.begin().await?;
        let removed =
            sqlx::query("DELETE FROM alert_subscriptions WHERE user_id = ? AND topic = ?")
                .bind(user_id)
                .bind(topic)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if removed == 0 {
            sqlx::query(
                "INSERT INTO alert_subscriptions (user_id, topic, created_at) VALUES (?, ?, ?)",
            )
            .bind(user_id)
            .bind(topic)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(removed == 0)
    }

    /// Unsubscribes the user from every topic; returns from how many.
    pub async fn unsubscribe_all(&self, user_id: i64) -> Result<u64, StoreError> {
        Ok(
            sqlx::query("DELETE FROM alert_subscriptions WHERE user_id = ?")
                .bind(user_id)
                .execute(&self.writer)
                .await?
                .rows_affected(),
        )
    }

    /// Who would get an alert to `topic` now: the number of reachable subscribers per language
    /// code (`uz`, `uz-Cyrl`, …).
    pub async fn alert_audience(&self, topic: &str) -> Result<BTreeMap<String, i64>, StoreError> {
        let rows: Vec<(Option<String>, i64)> = sqlx::query_as(
            "SELECT u.lang, COUNT(*) FROM alert_subscriptions s JOIN users u USING (user_id)
             WHERE s.topic = ? AND u.unreachable_since IS NULL GROUP BY u.lang",
        )
        .bind(topic)
        .fetch_all(&self.writer)
        .await?;
        let mut out = BTreeMap::new();
        for (lang, n) in rows {
            let code = lang
                .and_then(|l| l.parse::<Lang>().ok())
                .unwrap_or(Lang::Uz)
                .code()
                .to_string();
            *out.entry(code).or_insert(0) += n;
        }
        Ok(out)
    }

    /// Records an alert to send: `texts` is its Telegram HTML per language. Its recipients are
    /// written by [`Store::write_alert_recipients`].
    pub async fn create_alert(
        &self,
        name: &str,
        topic: &str,
        sent_by: Option<i64>,
        texts: &BTreeMap<String, String>,
        buttons: &[StoredButton],
    ) -> Result<i64, StoreError> {
        let texts = serde_json::to_string(texts).expect("strings serialize");
        let buttons = serde_json::to_string(buttons).expect("strings serialize");
        let now = now();
        Ok(sqlx::query_scalar(
            "INSERT INTO alerts (name, topic, sent_by, texts, buttons, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(name)
        .bind(topic)
        .bind(sent_by)
        .bind(texts)
        .bind(buttons)
        .bind(&now)
        .bind(&now)
        .fetch_one(&self.writer)
        .await?)
    }

    /// Alerts whose recipients are not all written yet (a job stopped halfway).
    pub async fn unfinished_alerts(&self) -> Result<Vec<i64>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT id FROM alerts WHERE state = 'writing' ORDER BY id")
                .fetch_all(&self.writer)
                .await?,
        )
    }

    /// Writes the next chunk of the alert's recipients to the outbox (kind `alert`), with the
    /// job's progress in the same transaction. Returns how many were written; 0 when the job
    /// is complete (it is then marked `queued`).
    pub async fn write_alert_chunk(&self, alert_id: i64, chunk: i64) -> Result<u64, StoreError> {
        let mut tx = self.writer.begin().await?;
        let job: Option<(String, String, String, i64, String)> = sqlx::query_as(
            "SELECT topic, texts, buttons, next_user_id, state FROM alerts WHERE id = ?",
        )
        .bind(alert_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((topic, texts, buttons, next_user, state)) = job else {
            return Ok(0);
        };
        if state != "writing" {
            return Ok(0);
        }
        let texts: BTreeMap<String, String> =
            serde_json::from_str(&texts).map_err(|_| StoreError::Corrupt {
                what: "alert texts",
                code: alert_id.to_string(),
            })?;
        let buttons: Vec<StoredButton> =
            serde_json::from_str(&buttons).map_err(|_| StoreError::Corrupt {
                what: "alert buttons",
                code: alert_id.to_string(),
            })?;
        let text = |lang: Lang| texts.get(lang.code()).cloned().unwrap_or_default();
        let keys = |lang: Lang| keyboard(alert_id, &buttons, lang);
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(user_id) FROM (
                SELECT s.user_id FROM alert_subscriptions s JOIN users u USING (user_id)
                WHERE s.topic = ?1 AND s.user_id > ?2 AND u.unreachable_since IS NULL
                ORDER BY s.user_id LIMIT ?3)",
        )
        .bind(&topic)
        .bind(next_user)
        .bind(chunk)
        .fetch_one(&mut *tx)
        .await?;
        let now = now();
        let Some(last) = last else {
            sqlx::query("UPDATE alerts SET state = 'queued', updated_at = ? WHERE id = ?")
                .bind(&now)
                .bind(alert_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            return Ok(0);
        };
        let written = sqlx::query(
            "INSERT INTO outbox (chat_id, kind, html, keyboard, alert_id, created_at, updated_at)
             SELECT u.chat_id, 'alert',
                CASE u.lang WHEN 'uz-Cyrl' THEN ?4 WHEN 'ru' THEN ?5 WHEN 'kaa' THEN ?6
                    WHEN 'kaa-Cyrl' THEN ?7 ELSE ?8 END,
                CASE u.lang WHEN 'uz-Cyrl' THEN ?11 WHEN 'ru' THEN ?12 WHEN 'kaa' THEN ?13
                    WHEN 'kaa-Cyrl' THEN ?14 ELSE ?15 END,
                ?1, ?9, ?9
             FROM alert_subscriptions s JOIN users u USING (user_id)
             WHERE s.topic = ?2 AND s.user_id > ?3 AND s.user_id <= ?10
                AND u.unreachable_since IS NULL
             ORDER BY s.user_id",
        )
        .bind(alert_id)
        .bind(&topic)
        .bind(next_user)
        .bind(text(Lang::UzCyrl))
        .bind(text(Lang::Ru))
        .bind(text(Lang::Kaa))
        .bind(text(Lang::KaaCyrl))
        .bind(text(Lang::Uz))
        .bind(&now)
        .bind(last)
        .bind(keys(Lang::UzCyrl))
        .bind(keys(Lang::Ru))
        .bind(keys(Lang::Kaa))
        .bind(keys(Lang::KaaCyrl))
        .bind(keys(Lang::Uz))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query(
            "UPDATE alerts SET next_user_id = ?, recipients = recipients + ?, updated_at = ?
             WHERE id = ?",
        )
        .bind(last)
        .bind(written as i64)
        .bind(&now)
        .bind(alert_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(written)
    }

    /// Writes all of the alert's remaining recipients, chunk by chunk; returns how many.
    /// `after_chunk` runs after each chunk (to wake delivery).
    pub async fn write_alert_recipients(
        &self,
        alert_id: i64,
        mut after_chunk: impl FnMut(),
    ) -> Result<u64, StoreError> {
        let mut total = 0;
        loop {
            let n = self.write_alert_chunk(alert_id, CHUNK).await?;
            if n == 0 {
                return Ok(total);
            }
            total += n;
            after_chunk();
            // Let the turns waiting for the writer go first.
            tokio::task::yield_now().await;
        }
    }

    /// Counts of the alerts created from `from` to `to` (days `YYYY-MM-DD`, both included),
    /// oldest first: for the report.
    pub async fn alert_counts_between(
        &self,
        from: &str,
        to: &str,
    ) -> Result<Vec<AlertCounts>, StoreError> {
        let mut all = self.alert_counts(i64::MAX).await?;
        all.retain(|c| {
            let day = c.created_at.get(..10).unwrap_or_default();
            day >= from && day <= to
        });
        all.reverse();
        Ok(all)
    }

    /// Counts per alert, newest first.
    pub async fn alert_counts(&self, limit: i64) -> Result<Vec<AlertCounts>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT a.id, a.name, a.topic, a.created_at, a.state, a.recipients,
                COALESCE(SUM(o.state = 'pending'), 0) AS pending,
                COALESCE(SUM(o.state = 'sent'), 0) AS delivered,
                COALESCE(SUM(o.state = 'failed' AND o.last_error IS NOT 'blocked'), 0) AS failed,
                COALESCE(SUM(o.state = 'failed' AND o.last_error = 'blocked'), 0) AS unreachable,
                (SELECT COUNT(DISTINCT p.user_id) FROM alert_presses p WHERE p.alert_id = a.id)
                    AS pressed_by,
                (SELECT COALESCE(SUM(p.presses), 0) FROM alert_presses p WHERE p.alert_id = a.id)
                    AS presses
             FROM alerts a LEFT JOIN outbox o ON o.alert_id = a.id
             GROUP BY a.id ORDER BY a.id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.writer)
        .await?)
    }
}
