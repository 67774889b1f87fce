//! Group commit: every write goes to one task that owns SQLite's single write slot and applies
//! whatever has queued up in one transaction, with one multi-row statement per kind of write.
//!
//! Why: sqlx runs each SQLite statement on a worker thread, so a statement costs two thread
//! hand-offs, and a transaction's commit costs a WAL write. Under load, a batch of a hundred
//! turns costs about as much as one. Each caller still waits for its own commit, so nothing is
//! acknowledged before it is durable.

use std::sync::Arc;

use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use tokio::sync::{mpsc, oneshot};

use super::intake::{self, UpdateMark};
use super::metrics::{self, TurnMetrics};
use super::{OutMessage, OutboxRow, StoreError, UserKey, now};
use crate::core::state::UserState;
use crate::lang::Lang;

/// The most writes applied in one transaction (keeps statements within SQLite's limits).
/// The multi-row statements vary in length with the batch, so they are not kept prepared
/// (`persistent(false)`): a cache of a hundred shapes of them would cost megabytes.
const MAX_BATCH: usize = 100;

pub(super) enum Op {
    Turn {
        key: UserKey,
        state: Box<UserState>,
        messages: Vec<OutMessage>,
        metrics: TurnMetrics,
        /// The Telegram update this turn handles, recorded with it (see `intake`).
        mark: Option<UpdateMark>,
        done: oneshot::Sender<Result<Vec<OutboxRow>, StoreError>>,
    },
    Mark {
        id: i64,
        mark: Mark,
        attempts: u32,
        done: oneshot::Sender<Result<(), StoreError>>,
    },
    Unreachable {
        chat_id: i64,
        done: oneshot::Sender<Result<(), StoreError>>,
    },
    /// Counters of a turn saved elsewhere (a hotline transaction).
    Metrics {
        user_id: i64,
        metrics: TurnMetrics,
        done: oneshot::Sender<Result<(), StoreError>>,
    },
}

pub(super) enum Mark {
    /// `case`: a hotline message in the operators' group, to map to its case.
    Sent {
        message_id: i32,
        case: bool,
    },
    Failed {
        error: String,
    },
}

pub(super) fn spawn(pool: SqlitePool) -> mpsc::UnboundedSender<Op> {
    let (tx, mut rx) = mpsc::unbounded_channel::<Op>();
    tokio::spawn(async move {
        let mut batch = Vec::with_capacity(MAX_BATCH);
        while let Some(first) = rx.recv().await {
            batch.push(first);
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
            let result = apply(&pool, &batch).await;
            respond(std::mem::take(&mut batch), result);
        }
    });
    tx
}

/// Ids of the outbox rows inserted, in the order of the batch's messages.
type Applied = Vec<i64>;

/// Applies one batch in one transaction, one step per kind of write.
async fn apply(pool: &SqlitePool, batch: &[Op]) -> Result<Applied, sqlx::Error> {
    let now = now();
    let mut tx = pool.begin().await?;
    let new_users = save_turns(&mut tx, batch, &now).await?;
    save_marks(&mut tx, batch, &now).await?;
    let ids = insert_messages(&mut tx, batch, &now).await?;
    mark_sent(&mut tx, batch, &now).await?;
    mark_failed_and_unreachable(&mut tx, batch, &now).await?;
    count(&mut tx, batch, &new_users, &now).await?;
    tx.commit().await?;
    Ok(ids)
}

type Tx<'c> = sqlx::Transaction<'c, Sqlite>;

/// The users' new states, in one upsert. Returns the users of the batch's turns.
async fn save_turns(tx: &mut Tx<'_>, batch: &[Op], now: &str) -> Result<Vec<i64>, sqlx::Error> {
    let turns: Vec<(&UserKey, &UserState)> = batch
        .iter()
        .filter_map(|op| match op {
            Op::Turn { key, state, .. } => Some((key, &**state)),
            _ => None,
        })
        .collect();
    if !turns.is_empty() {
        user_upsert(&turns, now)
            .build()
            .persistent(false)
            .execute(&mut **tx)
            .await?;
    }

    Ok(turns.iter().map(|(key, _)| key.user_id).collect())
}

/// The updates the batch's turns handled, in one upsert.
async fn save_marks(tx: &mut Tx<'_>, batch: &[Op], now: &str) -> Result<(), sqlx::Error> {
    let marks: Vec<UpdateMark> = batch
        .iter()
        .filter_map(|op| match op {
            Op::Turn { mark, .. } => *mark,
            _ => None,
        })
        .collect();
    if !marks.is_empty() {
        intake::upsert(&marks, now)
            .build()
            .persistent(false)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The turns' messages, in one insert. Returns their outbox ids, in the batch's order.
async fn insert_messages(tx: &mut Tx<'_>, batch: &[Op], now: &str) -> Result<Applied, sqlx::Error> {
    let messages: Vec<&OutMessage> = batch
        .iter()
        .filter_map(|op| match op {
            Op::Turn { messages, .. } => Some(messages.iter()),
            _ => None,
        })
        .flatten()
        .collect();
    let mut ids = Vec::with_capacity(messages.len());
    if !messages.is_empty() {
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO outbox (chat_id, kind, html, keyboard, case_id, to_operators, copy_chat_id, copy_message_id, created_at, updated_at) ",
        );
        q.push_values(&messages, |mut row, m| {
            let keyboard = (!m.keyboard.is_empty())
                .then(|| serde_json::to_string(&m.keyboard).expect("strings serialize"));
            row.push_bind(m.chat_id)
                .push_bind(m.kind.clone())
                .push_bind(m.html.clone())
                .push_bind(keyboard)
                .push_bind(m.case_id)
                .push_bind(i64::from(m.to_operators))
                .push_bind(m.copy.map(|c| c.0))
                .push_bind(m.copy.map(|c| c.1))
                .push_bind(now.to_string())
                .push_bind(now.to_string());
        });
        q.push(" RETURNING id");
        let mut returned: Vec<i64> = q
            .build_query_scalar()
            .persistent(false)
            .fetch_all(&mut **tx)
            .await?;
        // One statement, one writer, AUTOINCREMENT: ids ascend in the order of the VALUES.
        returned.sort_unstable();
        ids = returned;
    }

    Ok(ids)
}

/// Messages Telegram accepted: marked sent in one update; hotline ones mapped to their case.
async fn mark_sent(tx: &mut Tx<'_>, batch: &[Op], now: &str) -> Result<(), sqlx::Error> {
    let sent: Vec<(i64, i32, u32)> = batch
        .iter()
        .filter_map(|op| match op {
            Op::Mark {
                id,
                mark: Mark::Sent { message_id, .. },
                attempts,
                ..
            } => Some((*id, *message_id, *attempts)),
            _ => None,
        })
        .collect();
    let in_cases: Vec<i64> = batch
        .iter()
        .filter_map(|op| match op {
            Op::Mark {
                id,
                mark: Mark::Sent { case: true, .. },
                ..
            } => Some(*id),
            _ => None,
        })
        .collect();
    if !sent.is_empty() {
        let mut q: QueryBuilder<Sqlite> =
            QueryBuilder::new("WITH marks(id, message_id, attempts) AS (");
        q.push_values(&sent, |mut row, (id, message_id, attempts)| {
            row.push_bind(*id)
                .push_bind(*message_id)
                .push_bind(*attempts);
        });
        // A join: each outbox row is found by its id, once.
        q.push(
            ") UPDATE outbox SET state = 'sent', message_id = marks.message_id,
                attempts = outbox.attempts + marks.attempts,
                html = NULL, keyboard = NULL, last_error = NULL, updated_at = ",
        );
        q.push_bind(now.to_string());
        q.push(" FROM marks WHERE marks.id = outbox.id");
        q.build().persistent(false).execute(&mut **tx).await?;
    }
    if !in_cases.is_empty() {
        // Hotline messages in the operators' group: an operator's reply to one of them acts
        // on its case.
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT OR IGNORE INTO case_messages (chat_id, message_id, case_id)
             SELECT chat_id, message_id, case_id FROM outbox
             WHERE to_operators = 1 AND case_id IS NOT NULL AND message_id > 0 AND id IN (",
        );
        let mut list = q.separated(", ");
        for id in &in_cases {
            list.push_bind(*id);
        }
        q.push(")");
        q.build().persistent(false).execute(&mut **tx).await?;
    }

    Ok(())
}

/// Messages given up on, and chats that blocked the bot: one statement each.
async fn mark_failed_and_unreachable(
    tx: &mut Tx<'_>,
    batch: &[Op],
    now: &str,
) -> Result<(), sqlx::Error> {
    for op in batch {
        match op {
            Op::Mark {
                id,
                mark: Mark::Failed { error },
                attempts,
                ..
            } => {
                sqlx::query(
                    "UPDATE outbox SET state = 'failed', last_error = ?2, attempts = attempts + ?3,
                        html = NULL, keyboard = NULL, updated_at = ?4
                     WHERE id = ?1",
                )
                .bind(id)
                .bind(error)
                .bind(attempts)
                .bind(now)
                .execute(&mut **tx)
                .await?;
            }
            Op::Unreachable { chat_id, .. } => {
                sqlx::query(
                    "UPDATE users SET unreachable_since = COALESCE(unreachable_since, ?2)
                     WHERE chat_id = ?1",
                )
                .bind(chat_id)
                .bind(now)
                .execute(&mut **tx)
                .await?;
                // Alerts stop too: the user ticks again if they come back.
                sqlx::query(
                    "DELETE FROM alert_subscriptions
                     WHERE user_id IN (SELECT user_id FROM users WHERE chat_id = ?1)",
                )
                .bind(chat_id)
                .execute(&mut **tx)
                .await?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// The NGO's counters of the batch's turns (no user id is stored with them).
async fn count(
    tx: &mut Tx<'_>,
    batch: &[Op],
    new_users: &[i64],
    now: &str,
) -> Result<(), sqlx::Error> {
    let counted: Vec<(i64, &TurnMetrics)> = batch
        .iter()
        .filter_map(|op| match op {
            Op::Turn { key, metrics, .. } if !metrics.is_empty() => Some((key.user_id, metrics)),
            Op::Metrics {
                user_id, metrics, ..
            } => Some((*user_id, metrics)),
            _ => None,
        })
        .collect();
    if !new_users.is_empty() || !counted.is_empty() {
        metrics::apply(tx, now, new_users, &counted).await?;
    }
    Ok(())
}

/// Inserts or updates users' rows (state in columns), marking them seen now and reachable.
/// One row or many: the group-commit batch and the hotline's transactions share it.
pub(super) fn user_upsert(
    turns: &[(&UserKey, &UserState)],
    now: &str,
) -> QueryBuilder<'static, Sqlite> {
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "INSERT INTO users (user_id, chat_id, lang, script_id, node_id, campaign, awaiting, in_case, draft_offer_text, draft_offer_risk, draft_offer_flags, country, quiz_right, part_text, part_at, first_seen, last_seen) ",
    );
    q.push_values(turns, |mut row, (key, state)| {
        row.push_bind(key.user_id)
            .push_bind(key.chat_id)
            .push_bind(state.lang.map(Lang::code))
            .push_bind(state.position.as_ref().map(|p| p.script.clone()))
            .push_bind(state.position.as_ref().map(|p| p.node.clone()))
            .push_bind(state.campaign.clone())
            .push_bind(state.awaiting.map(|a| a.code()))
            .push_bind(i64::from(state.in_case))
            .push_bind(state.draft_offer.as_ref().map(|d| d.text.clone()))
            .push_bind(state.draft_offer.as_ref().map(|d| d.risk.name()))
            .push_bind(state.draft_offer.as_ref().map(|d| d.flag_names()))
            .push_bind(state.country.map(|c| c.code()))
            .push_bind(i64::from(state.quiz_right))
            .push_bind(state.pending_part.as_ref().map(|p| p.text.clone()))
            .push_bind(state.pending_part.as_ref().map(|p| p.at_ms))
            .push_bind(now.to_string())
            .push_bind(now.to_string());
    });
    q.push(
        " ON CONFLICT (user_id) DO UPDATE SET
                chat_id = excluded.chat_id, lang = excluded.lang,
                script_id = excluded.script_id, node_id = excluded.node_id,
                campaign = excluded.campaign, awaiting = excluded.awaiting,
                in_case = excluded.in_case, draft_offer_text = excluded.draft_offer_text,
                draft_offer_risk = excluded.draft_offer_risk,
                draft_offer_flags = excluded.draft_offer_flags,
                country = excluded.country, quiz_right = excluded.quiz_right,
                part_text = excluded.part_text, part_at = excluded.part_at,
                last_seen = excluded.last_seen, unreachable_since = NULL",
    );
    q
}

fn respond(batch: Vec<Op>, result: Result<Applied, sqlx::Error>) {
    match result {
        Ok(ids) => {
            let mut ids = ids.into_iter();
            for op in batch {
                match op {
                    Op::Turn { messages, done, .. } => {
                        let rows = messages
                            .into_iter()
                            .map(|message| OutboxRow {
                                id: ids.next().expect("one id per inserted message"),
                                message,
                            })
                            .collect();
                        let _ = done.send(Ok(rows));
                    }
                    Op::Mark { done, .. }
                    | Op::Unreachable { done, .. }
                    | Op::Metrics { done, .. } => {
                        let _ = done.send(Ok(()));
                    }
                }
            }
        }
        Err(e) => {
            tracing::error!(error = %e, writes = batch.len(), "a batch of writes failed");
            let e = Arc::new(e);
            for op in batch {
                match op {
                    Op::Turn { done, .. } => {
                        let _ = done.send(Err(StoreError::Write(e.clone())));
                    }
                    Op::Mark { done, .. }
                    | Op::Unreachable { done, .. }
                    | Op::Metrics { done, .. } => {
                        let _ = done.send(Err(StoreError::Write(e.clone())));
                    }
                }
            }
        }
    }
}
