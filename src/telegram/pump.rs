//! Polling with a window: updates are fetched while others are still being handled, and
//! Telegram is told an update is done only when it and every update before it are committed.
//!
//! `getUpdates` confirms every update below the `offset` it is called with. The offset Safar
//! sends is the **watermark**: the lowest update still in hand (or whose commit failed), else
//! one past the last seen. Telegram then answers with the updates from the watermark on, at
//! most 100: those in hand or done already are recognised and left alone, the others are new.
//! So at most 100 updates are ever in hand (the backpressure), and a new one is fetched as soon
//! as there is room, without waiting for a whole batch.
//!
//! Each chat's updates go through one lane task, in order. A commit that fails stops that
//! chat's lane: the update (and the chat's later ones, which Telegram sends again since they
//! are above the watermark) is handled again after a pause.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::types::Update;
use tokio::sync::Notify;
use tokio::time::Instant;

use super::api::CallError;
use super::intake::{Intake, Raw, lane_of, parse, update_id, user_of};

/// Updates fetched per call, and in hand at most (Telegram's maximum per call).
const WINDOW: usize = 100;

/// Fetch again only when at most this many are in hand: Telegram sends the updates in hand
/// again with every fetch (they are above the offset), so fetching while many are in hand
/// would move the same updates back and forth.
const LOW_WATER: usize = 16;

#[derive(Default)]
struct Window {
    /// Dispatched to a lane, not finished.
    in_hand: BTreeSet<i64>,
    /// Finished (committed or skipped), not yet confirmed to Telegram: a fetch may still
    /// return them.
    done: BTreeSet<i64>,
    /// The offset of the last fetch Telegram answered: every update below it is confirmed and
    /// never comes again.
    confirmed: Option<i64>,
    /// Chats whose update failed to commit: (update id, when to try it again).
    failed: HashMap<i64, (i64, Instant)>,
    /// The highest update id seen.
    max_seen: Option<i64>,
    /// The highest update id an earlier run committed (`None` until read, or if it could not
    /// be). Updates above it are new to the database: an update this run fetches again is in
    /// hand, done, or failed without a commit, so only those at or below it are looked up.
    earlier_runs_up_to: Option<i64>,
    /// Chats with a lane task running, and their updates waiting in order.
    lanes: HashMap<i64, VecDeque<(i64, Update)>>,
}

impl Window {
    /// The offset to fetch with: every update below it is committed.
    fn watermark(&self) -> Option<i64> {
        let lowest = self
            .in_hand
            .first()
            .copied()
            .into_iter()
            .chain(self.failed.values().map(|(id, _)| *id))
            .min();
        lowest.or(self.max_seen.map(|m| m + 1))
    }

    fn prune(&mut self) {
        if let Some(c) = self.confirmed {
            self.done = self.done.split_off(&c);
        }
    }
}

pub struct Pump {
    intake: Arc<Intake>,
    window: Mutex<Window>,
    /// A lane finished an update.
    progress: Notify,
}

impl Pump {
    pub fn new(intake: Arc<Intake>) -> Arc<Pump> {
        Arc::new(Pump {
            intake,
            window: Mutex::new(Window::default()),
            progress: Notify::new(),
        })
    }

    /// Fetches and dispatches until `stop` is set; then finishes the updates in hand, confirms
    /// them, and returns. An error when Telegram refuses the token.
    pub async fn run(
        self: Arc<Self>,
        mut stop: tokio::sync::watch::Receiver<bool>,
        wait: Duration,
        http_timeout: Duration,
    ) -> anyhow::Result<()> {
        let mut backoff = Duration::from_millis(500);
        let mut refused = 0u32;
        match self.intake.app.store().last_handled_update().await {
            Ok(last) => self.window.lock().expect("window").earlier_runs_up_to = Some(last),
            Err(e) => tracing::warn!(error = %e, "cannot read the last handled update"),
        }
        loop {
            if *stop.borrow() {
                break;
            }
            let (offset, in_hand, failed_due) = {
                let w = self.window.lock().expect("window");
                let due = w.failed.values().map(|(_, at)| *at).min();
                (w.watermark(), w.in_hand.len(), due)
            };
            if in_hand > LOW_WATER {
                self.pause(&mut stop, Duration::from_secs(1)).await;
                continue;
            }
            // Long polling only when nothing is in hand; otherwise Telegram would answer at once
            // anyway (with the updates in hand).
            let busy = in_hand > 0 || failed_due.is_some();
            let poll_wait = if busy { Duration::ZERO } else { wait };
            let fetch = self
                .intake
                .api
                .get_updates(offset, WINDOW as u8, poll_wait, http_timeout);
            let raw = tokio::select! {
                result = fetch => result,
                _ = stop.changed() => break,
            };
            let raw = match raw {
                Ok(raw) => {
                    backoff = Duration::from_millis(500);
                    refused = 0;
                    raw
                }
                Err(e) => {
                    let pause = match &e {
                        CallError::RetryAfter(wait) => *wait,
                        CallError::Api {
                            code: 401 | 404, ..
                        } => {
                            refused += 1;
                            if refused >= 3 {
                                anyhow::bail!(
                                    "Telegram refuses the bot token (getUpdates answered {}); check the token from BotFather",
                                    match &e {
                                        CallError::Api { code, .. } => *code,
                                        _ => 0,
                                    }
                                );
                            }
                            backoff
                        }
                        CallError::Api { code: 409, .. } => {
                            tracing::warn!(
                                "getUpdates conflicts with a webhook or another running instance of this bot"
                            );
                            backoff.max(Duration::from_secs(5))
                        }
                        other => {
                            tracing::warn!(error = ?super::intake::kind_of(other), "getUpdates failed; retrying");
                            backoff
                        }
                    };
                    backoff = (backoff * 2).min(Duration::from_secs(30));
                    self.pause(&mut stop, pause).await;
                    continue;
                }
            };
            {
                let mut w = self.window.lock().expect("window");
                if offset.is_some() {
                    w.confirmed = offset;
                }
                w.prune();
            }
            let fresh = self.fresh(raw);
            if fresh.is_empty() {
                if busy {
                    // Nothing new: wait for a lane to finish, or a failed update to be due.
                    let until = failed_due
                        .map(|t| t.saturating_duration_since(Instant::now()))
                        .unwrap_or(Duration::from_secs(1))
                        .clamp(Duration::from_millis(10), Duration::from_secs(1));
                    self.pause(&mut stop, until).await;
                }
                continue;
            }
            self.dispatch(fresh).await;
        }
        // Stop: the updates in hand are handled, however long that takes.
        loop {
            let in_hand = self.window.lock().expect("window").in_hand.len();
            if in_hand == 0 {
                break;
            }
            let progress = self.progress.notified();
            let _ = tokio::time::timeout(Duration::from_millis(200), progress).await;
        }
        // Confirm what was handled. The update this call may return is not confirmed, and
        // comes back at the next start.
        let offset = self.window.lock().expect("window").watermark();
        if let Some(offset) = offset {
            let confirm = self.intake.api.get_updates(
                Some(offset),
                1,
                Duration::ZERO,
                Duration::from_secs(2),
            );
            let _ = tokio::time::timeout(Duration::from_secs(3), confirm).await;
        }
        Ok(())
    }

    /// Waits for a lane's progress, `stop`, or `most`.
    async fn pause(&self, stop: &mut tokio::sync::watch::Receiver<bool>, most: Duration) {
        let progress = self.progress.notified();
        tokio::select! {
            _ = progress => {}
            _ = stop.changed() => {}
            _ = tokio::time::sleep(most) => {}
        }
    }

    /// The updates of a fetch not in hand, not done and not waiting for their retry.
    fn fresh(&self, raw: Vec<Raw>) -> Vec<(i64, Raw)> {
        let mut w = self.window.lock().expect("window");
        let now = Instant::now();
        let mut fresh = Vec::new();
        for value in raw {
            let Some(id) = update_id(&value) else {
                continue;
            };
            w.max_seen = Some(w.max_seen.map_or(id, |m| m.max(id)));
            if w.in_hand.contains(&id) || w.done.contains(&id) {
                continue;
            }
            fresh.push((id, value));
        }
        fresh.sort_by_key(|(id, _)| *id);
        // A chat with a failed update: nothing of it until that update is due again, then it
        // and what follows, in order.
        let mut out = Vec::new();
        let mut released: Vec<i64> = Vec::new();
        for (id, value) in fresh {
            let chat = parse_lane(&value);
            if let Some(chat) = chat
                && let Some(&(failed_id, due)) = w.failed.get(&chat)
                && !released.contains(&chat)
            {
                if id == failed_id && due <= now {
                    w.failed.remove(&chat);
                    released.push(chat);
                } else {
                    continue;
                }
            }
            out.push((id, value));
        }
        out
    }

    /// Hands fresh updates to their chats' lanes (skipping those a previous run committed).
    async fn dispatch(self: &Arc<Self>, fresh: Vec<(i64, Raw)>) {
        let mut parsed: Vec<(i64, i64, Update)> = Vec::new();
        let mut skipped: Vec<i64> = Vec::new();
        for (id, value) in fresh {
            match parse(value).and_then(|(id, u)| lane_of(&u).map(|lane| (id, lane, u))) {
                Some(p) => parsed.push(p),
                None => skipped.push(id),
            }
        }
        let store = self.intake.app.store();
        let users: Vec<i64> = parsed.iter().filter_map(|(_, _, u)| user_of(u)).collect();
        if let Err(e) = store.preload_states(&users).await {
            tracing::warn!(error = %e, "cannot preload the updates' states");
        }
        let earlier = self.window.lock().expect("window").earlier_runs_up_to;
        let mut chats: Vec<i64> = parsed
            .iter()
            .filter(|(id, _, _)| earlier.is_none_or(|up_to| *id <= up_to))
            .map(|(_, lane, _)| *lane)
            .collect();
        chats.sort_unstable();
        chats.dedup();
        let looked_up = if chats.is_empty() {
            Ok(HashMap::new())
        } else {
            store.handled_up_to(&chats).await
        };
        let marks = match looked_up {
            Ok(marks) => marks,
            Err(e) => {
                // Not dispatched: fetched again after a pause (they stay above the watermark).
                tracing::error!(error = %e, "cannot read which updates were handled");
                let mut w = self.window.lock().expect("window");
                let due = Instant::now() + Duration::from_secs(1);
                for (id, lane, _) in &parsed {
                    w.failed.entry(*lane).or_insert((*id, due));
                }
                for id in skipped {
                    w.done.insert(id);
                }
                return;
            }
        };
        let mut spawn: Vec<i64> = Vec::new();
        {
            let mut w = self.window.lock().expect("window");
            for id in skipped {
                w.done.insert(id);
            }
            for (id, lane, update) in parsed {
                if marks.get(&lane).is_some_and(|&m| id <= m) {
                    tracing::info!(
                        update_id = id,
                        chat_id = lane,
                        "update already handled; skipped"
                    );
                    w.done.insert(id);
                    continue;
                }
                w.in_hand.insert(id);
                match w.lanes.get_mut(&lane) {
                    Some(queue) => queue.push_back((id, update)),
                    None => {
                        w.lanes.insert(lane, VecDeque::from([(id, update)]));
                        spawn.push(lane);
                    }
                }
            }
            w.prune();
        }
        for lane in spawn {
            tokio::spawn(self.clone().lane(lane));
        }
        self.progress.notify_one();
    }

    /// One chat's updates, in order, until its queue is empty or a commit fails.
    async fn lane(self: Arc<Self>, chat: i64) {
        loop {
            let next = {
                let mut w = self.window.lock().expect("window");
                match w.lanes.get_mut(&chat).and_then(VecDeque::pop_front) {
                    Some(next) => next,
                    None => {
                        w.lanes.remove(&chat);
                        return;
                    }
                }
            };
            let (id, update) = next;
            let fate = {
                let _in_order = self.intake.stripe(chat).lock().await;
                self.intake.handle(chat, id, update).await
            };
            {
                let mut w = self.window.lock().expect("window");
                w.in_hand.remove(&id);
                if fate.failed && !fate.committed {
                    tracing::warn!(update_id = id, "a turn could not be saved; trying again");
                    let retry = Instant::now() + Duration::from_secs(1);
                    w.failed.insert(chat, (id, retry));
                    // The chat's later updates come again from Telegram, after this one.
                    if let Some(queue) = w.lanes.remove(&chat) {
                        for (later, _) in queue {
                            w.in_hand.remove(&later);
                        }
                    }
                    w.prune();
                    drop(w);
                    self.progress.notify_one();
                    return;
                }
                w.done.insert(id);
                w.prune();
            }
            self.progress.notify_one();
        }
    }
}

/// The chat of a raw update, read without parsing all of it into teloxide's types.
fn parse_lane(raw: &Raw) -> Option<i64> {
    #[derive(serde::Deserialize)]
    struct Chat {
        id: i64,
    }
    #[derive(serde::Deserialize)]
    struct Msg {
        chat: Chat,
    }
    #[derive(serde::Deserialize)]
    struct From {
        id: i64,
    }
    #[derive(serde::Deserialize)]
    struct Query {
        from: From,
        #[serde(default)]
        message: Option<Msg>,
    }
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(default)]
        message: Option<Msg>,
        #[serde(default)]
        edited_message: Option<Msg>,
        #[serde(default)]
        callback_query: Option<Query>,
    }
    let head: Head = serde_json::from_str(raw.get()).ok()?;
    head.message
        .or(head.edited_message)
        .map(|m| m.chat.id)
        .or_else(|| {
            head.callback_query
                .map(|q| q.message.map_or(q.from.id, |m| m.chat.id))
        })
}
