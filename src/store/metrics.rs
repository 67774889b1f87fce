//! Counters for the NGO's reports: `daily_metrics` (day, metric, two dimension values, count),
//! written in the transaction of the turn that caused them, and the per-user funnel flags that
//! make each user count once per stage. Never a user id or a text in the counters.

use std::collections::HashMap;

use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use super::StoreError;
use crate::lang::Lang;

/// A stage of the campaign funnel a user can reach (counted once per user).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Chose a language.
    Language,
    /// Opened a page of a topic (anything but the main menu).
    Topic,
    /// Checked an offer or finished the quiz.
    Check,
}

impl Stage {
    fn column(self) -> &'static str {
        match self {
            Stage::Language => "reached_language",
            Stage::Topic => "reached_topic",
            Stage::Check => "reached_check",
        }
    }

    fn code(self) -> &'static str {
        match self {
            Stage::Language => "language",
            Stage::Topic => "topic",
            Stage::Check => "check",
        }
    }
}

/// What one turn adds to the statistics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TurnMetrics {
    /// (metric, d1, d2): one more of each.
    pub counts: Vec<(&'static str, String, String)>,
    /// Funnel stages the turn reached (counted only if the user had not reached them).
    pub stages: Vec<Stage>,
    /// An offer checked: its risk, categories (comma-separated) and language, for
    /// `offer_checks`.
    pub offer_check: Option<(String, String, Lang)>,
    /// The user's campaign (`start=` tag): the counts go to `campaign_metrics` too.
    pub campaign: Option<String>,
    /// A button under an alert pressed: the alert's id and the page (`script:node`), counted
    /// in `alert_presses` if the alert has that button.
    pub alert_press: Option<(i64, String)>,
}

impl TurnMetrics {
    pub fn count(&mut self, metric: &'static str, d1: impl Into<String>, d2: impl Into<String>) {
        self.counts.push((metric, d1.into(), d2.into()));
    }

    pub fn reach(&mut self, stage: Stage) {
        if !self.stages.contains(&stage) {
            self.stages.push(stage);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
            && self.stages.is_empty()
            && self.offer_check.is_none()
            && self.alert_press.is_none()
    }
}

/// Applies the counters of a batch of turns (user id, metrics) for users whose rows are
/// already written. `new_users`: the users of the batch, checked for a first turn.
pub(super) async fn apply(
    conn: &mut SqliteConnection,
    now: &str,
    new_users: &[i64],
    turns: &[(i64, &TurnMetrics)],
) -> Result<(), sqlx::Error> {
    let day = &now[..10];
    let mut add: HashMap<(&'static str, String, String), i64> = HashMap::new();
    let mut by_campaign: HashMap<(String, &'static str, String, String), i64> = HashMap::new();
    for (_, m) in turns {
        for (metric, d1, d2) in &m.counts {
            *add.entry((metric, d1.clone(), d2.clone())).or_default() += 1;
            if let Some(campaign) = &m.campaign {
                *by_campaign
                    .entry((campaign.clone(), metric, d1.clone(), d2.clone()))
                    .or_default() += 1;
            }
        }
    }
    add_campaign_counts(conn, day, by_campaign).await?;
    // A user's first turn: new user, first funnel stage.
    if !new_users.is_empty() {
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "UPDATE users SET reached_start = 1 WHERE reached_start = 0 AND user_id IN (",
        );
        let mut list = q.separated(", ");
        for id in new_users {
            list.push_bind(*id);
        }
        q.push(") RETURNING COALESCE(campaign, '')");
        let campaigns: Vec<String> = q
            .build_query_scalar()
            .persistent(false)
            .fetch_all(&mut *conn)
            .await?;
        for campaign in campaigns {
            *add.entry(("user_new", campaign.clone(), String::new()))
                .or_default() += 1;
            *add.entry(("funnel", campaign, "start".into())).or_default() += 1;
        }
    }
    for stage in [Stage::Language, Stage::Topic, Stage::Check] {
        let users: Vec<i64> = turns
            .iter()
            .filter(|(_, m)| m.stages.contains(&stage))
            .map(|(id, _)| *id)
            .collect();
        if users.is_empty() {
            continue;
        }
        let column = stage.column();
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
            "UPDATE users SET {column} = 1 WHERE {column} = 0 AND user_id IN ("
        ));
        let mut list = q.separated(", ");
        for id in &users {
            list.push_bind(*id);
        }
        q.push(") RETURNING COALESCE(campaign, ''), COALESCE(lang, '')");
        let reached: Vec<(String, String)> = q
            .build_query_as()
            .persistent(false)
            .fetch_all(&mut *conn)
            .await?;
        for (campaign, lang) in reached {
            if stage == Stage::Language {
                *add.entry(("lang_chosen", campaign.clone(), lang))
                    .or_default() += 1;
            }
            *add.entry(("funnel", campaign, stage.code().into()))
                .or_default() += 1;
        }
    }
    let checks: Vec<&(String, String, Lang)> = turns
        .iter()
        .filter_map(|(_, m)| m.offer_check.as_ref())
        .collect();
    if !checks.is_empty() {
        let mut q: QueryBuilder<Sqlite> =
            QueryBuilder::new("INSERT INTO offer_checks (risk, categories, lang, checked_at) ");
        q.push_values(&checks, |mut row, (risk, categories, lang)| {
            row.push_bind(risk.clone())
                .push_bind(categories.clone())
                .push_bind(lang.code())
                .push_bind(now.to_string());
        });
        q.build().persistent(false).execute(&mut *conn).await?;
    }
    for (user_id, m) in turns {
        if let Some((alert, page)) = &m.alert_press {
            crate::store::alerts::count_press(conn, *alert, *user_id, page, now).await?;
        }
    }
    add_counts(conn, day, add).await
}

/// Adds to the day's per-campaign counters in one statement.
async fn add_campaign_counts(
    conn: &mut SqliteConnection,
    day: &str,
    add: HashMap<(String, &'static str, String, String), i64>,
) -> Result<(), sqlx::Error> {
    let rows: Vec<_> = add.into_iter().collect();
    for chunk in rows.chunks(1000) {
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO campaign_metrics (day, campaign, metric, d1, d2, count) ",
        );
        q.push_values(chunk, |mut row, ((campaign, metric, d1, d2), n)| {
            row.push_bind(day.to_string())
                .push_bind(campaign.clone())
                .push_bind(*metric)
                .push_bind(d1.clone())
                .push_bind(d2.clone())
                .push_bind(*n);
        });
        q.push(
            " ON CONFLICT (campaign, day, metric, d1, d2) DO UPDATE SET count = count + excluded.count",
        );
        q.build().persistent(false).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Adds to the day's counters in one statement.
async fn add_counts(
    conn: &mut SqliteConnection,
    day: &str,
    add: HashMap<(&'static str, String, String), i64>,
) -> Result<(), sqlx::Error> {
    if add.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = add.into_iter().collect();
    // 5 binds a row: well within SQLite's limit for any batch.
    for chunk in rows.chunks(1000) {
        let mut q: QueryBuilder<Sqlite> =
            QueryBuilder::new("INSERT INTO daily_metrics (day, metric, d1, d2, count) ");
        q.push_values(chunk, |mut row, ((metric, d1, d2), n)| {
            row.push_bind(day.to_string())
                .push_bind(*metric)
                .push_bind(d1.clone())
                .push_bind(d2.clone())
                .push_bind(*n);
        });
        q.push(" ON CONFLICT (day, metric, d1, d2) DO UPDATE SET count = count + excluded.count");
        q.build().persistent(false).execute(&mut *conn).await?;
    }
    Ok(())
}

/// One counter row of `daily_metrics`.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MetricRow {
    pub day: String,
    pub metric: String,
    pub d1: String,
    pub d2: String,
    pub count: i64,
}

/// One hotline case as the reports see it: no user, no name, no text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseRow {
    pub id: i64,
    pub priority: String,
    pub lang: String,
    pub status: String,
    pub outcome: Option<String>,
    pub rating: Option<i64>,
    pub offer_risk: Option<String>,
    pub created_at: String,
    pub taken_at: Option<String>,
    pub closed_at: Option<String>,
    /// Times the waiting case was posted again.
    pub reminders: i64,
}

impl super::Store {
    /// One campaign's counters of the days `from` to `to` (see `campaign_metrics`).
    pub async fn campaign_metric_rows(
        &self,
        campaign: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<MetricRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT day, metric, d1, d2, count FROM campaign_metrics
             WHERE campaign = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY day, metric, d1, d2",
        )
        .bind(campaign)
        .bind(from)
        .bind(to)
        .fetch_all(&self.readers)
        .await?)
    }

    /// The counters of the days `from` to `to` (inclusive, `YYYY-MM-DD`), in day order.
    pub async fn metric_rows(&self, from: &str, to: &str) -> Result<Vec<MetricRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT day, metric, d1, d2, count FROM daily_metrics
             WHERE day BETWEEN ?1 AND ?2 ORDER BY day, metric, d1, d2",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.readers)
        .await?)
    }

    /// The cases opened on the days `from` to `to` (inclusive), oldest first.
    /// With `campaign`, only the cases of users who came with that tag (and are still in the
    /// database: the retention purge forgets a user's campaign with the rest).
    pub async fn case_rows(
        &self,
        from: &str,
        to: &str,
        campaign: Option<&str>,
    ) -> Result<Vec<CaseRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id, priority, lang, status, outcome, rating, offer_risk, created_at,
                    taken_at, closed_at,
                    (SELECT COUNT(*) FROM case_events e
                     WHERE e.case_id = cases.id AND e.kind = 'reminder') AS reminders
             FROM cases WHERE substr(created_at, 1, 10) BETWEEN ?1 AND ?2
               AND (?3 IS NULL OR user_id IN (SELECT user_id FROM users WHERE campaign = ?3))
             ORDER BY id",
        )
        .bind(from)
        .bind(to)
        .bind(campaign)
        .fetch_all(&self.readers)
        .await?)
    }
}

/// The outbox kind of a file sent as a document (its bytes are read only to send it).
pub const DOCUMENT_KIND: &str = "document";

impl super::Store {
    /// Queues a file for the chat of `message` (its `html` is the caption): the row and the
    /// bytes are written together; the bytes are dropped once Telegram has the file.
    pub async fn enqueue_document(
        &self,
        mut message: super::OutMessage,
        name: &str,
        bytes: &[u8],
    ) -> Result<super::OutboxRow, StoreError> {
        message.kind = DOCUMENT_KIND.to_string();
        let mut tx = self.writer.begin().await?;
        let row = super::hotline::insert_outbox(&mut tx, message).await?;
        sqlx::query("UPDATE outbox SET document_name = ?2, document = ?3 WHERE id = ?1")
            .bind(row.id)
            .bind(name)
            .bind(bytes)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(row)
    }

    /// The file of a queued document row: (file name, bytes), if still there.
    pub async fn document(&self, id: i64) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        let row: Option<(Option<String>, Option<Vec<u8>>)> =
            sqlx::query_as("SELECT document_name, document FROM outbox WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.writer)
                .await?;
        Ok(row.and_then(|(name, bytes)| Some((name?, bytes?))))
    }
}

impl super::Store {
    /// Claims the monthly report of `month` (`YYYY-MM`): `true` the first time only. The claim
    /// is the counter `report_posted` (month) of the day it was posted.
    pub async fn claim_monthly_report(
        &self,
        today: chrono::NaiveDate,
        month: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO daily_metrics (day, metric, d1, d2, count)
             SELECT ?1, 'report_posted', ?2, '', 1
             WHERE NOT EXISTS (SELECT 1 FROM daily_metrics
                               WHERE metric = 'report_posted' AND d1 = ?2)",
        )
        .bind(today.to_string())
        .bind(month)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::state::UserState;
    use crate::store::{Store, UserKey};

    async fn counts(store: &Store) -> Vec<(String, String, String, i64)> {
        sqlx::query_as("SELECT metric, d1, d2, count FROM daily_metrics ORDER BY metric, d1, d2")
            .fetch_all(store.pool())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn each_user_counts_once_per_stage_and_counters_add_up() {
        let store = Store::open("sqlite::memory:").await.unwrap();
        let state = UserState {
            campaign: Some("tv".into()),
            lang: Some(Lang::Uz),
            ..UserState::default()
        };
        let mut m = TurnMetrics::default();
        m.reach(Stage::Language);
        m.reach(Stage::Language);
        m.count("page", "main", "menu");
        for id in [1, 1, 2] {
            let key = UserKey {
                user_id: id,
                chat_id: id,
            };
            store
                .commit_turn(key, &state, &[], m.clone())
                .await
                .unwrap();
        }
        let s = |x: &str| x.to_string();
        assert_eq!(
            counts(&store).await,
            [
                (s("funnel"), s("tv"), s("language"), 2),
                (s("funnel"), s("tv"), s("start"), 2),
                (s("lang_chosen"), s("tv"), s("uz"), 2),
                (s("page"), s("main"), s("menu"), 3),
                (s("user_new"), s("tv"), s(""), 2),
            ]
        );
        // No user id anywhere in the counters.
        let columns: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_table_info('daily_metrics')")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(columns, ["day", "metric", "d1", "d2", "count"]);
    }
}
