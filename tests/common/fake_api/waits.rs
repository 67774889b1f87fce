//! Waiting for the bot: every wait is driven by a notification plus a deadline, and gives up at
//! once when the bot's dispatcher has stopped.

use super::*;

impl FakeApi {
    /// Races every wait against the bot's dispatcher: `ended` turns `true` when it stops. `None`
    /// while the test stops the bot on purpose.
    pub fn watch_bot(&self, ended: Option<watch::Receiver<bool>>) {
        *self
            .inner
            .shared
            .bot_ended
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = ended;
    }

    /// Resolves when the watched bot has stopped; never, if none is watched.
    pub(super) async fn bot_stopped(&self) {
        let ended = self
            .inner
            .shared
            .bot_ended
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        match ended {
            Some(mut ended) => {
                if ended.wait_for(|e| *e).await.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            None => std::future::pending::<()>().await,
        }
    }

    /// Waits until the bot makes its next call to the fake, or `limit` passes.
    pub async fn next_call_within(&self, limit: Duration) {
        let _ = tokio::time::timeout(limit, self.inner.shared.calls_changed.notified()).await;
    }

    /// Waits for the first call to `method` not returned yet by
    /// `wait_call`/`next_sent` for which `pred` holds, marks it consumed and
    /// returns its params. Panics with a dump on timeout.
    pub async fn wait_call(
        &self,
        method: &str,
        pred: impl Fn(&Value) -> bool,
        timeout: Duration,
    ) -> Value {
        let method = method.to_ascii_lowercase();
        let found = self
            .wait_for(timeout, |st| {
                let i = (0..st.calls.len()).find(|&i| {
                    !st.consumed[i] && st.calls[i].method == method && pred(&st.calls[i].params)
                })?;
                st.consumed[i] = true;
                Some(st.calls[i].params.clone())
            })
            .await;
        match found {
            Ok(v) => v,
            Err(dump) => {
                panic!("timed out after {timeout:?} waiting for a matching `{method}` call\n{dump}")
            }
        }
    }

    /// Next not-yet-consumed successful `sendMessage`/`editMessageText` to
    /// `chat_id`, in call order. Waits up to 10 s, then panics with a dump.
    pub async fn next_sent(&self, chat_id: i64) -> Sent {
        self.next_sent_within(chat_id, DEFAULT_WAIT).await
    }

    pub async fn next_sent_within(&self, chat_id: i64, timeout: Duration) -> Sent {
        let found = self
            .wait_for(timeout, |st| {
                let i = (0..st.calls.len())
                    .find(|&i| !st.consumed[i] && is_sent_to(&st.calls[i], chat_id))?;
                st.consumed[i] = true;
                Some(sent_from_call(&st.calls[i]))
            })
            .await;
        match found {
            Ok(sent) => sent,
            Err(dump) => panic!(
                "timed out after {timeout:?} waiting for the bot to send/edit a message in chat {chat_id}\n{dump}"
            ),
        }
    }

    /// Panics if there is an unconsumed successful sendMessage/editMessageText
    /// to `chat_id` (checks the log as it is now; does not wait).
    pub fn assert_no_more_sent(&self, chat_id: i64) {
        let st = self.lock();
        let extra: Vec<Sent> = st
            .calls
            .iter()
            .filter(|c| !st.consumed[c.seq] && is_sent_to(c, chat_id))
            .map(sent_from_call)
            .collect();
        if !extra.is_empty() {
            let list: Vec<String> = extra
                .iter()
                .map(|s| {
                    format!(
                        "  {} #{}: {:?} buttons={:?}",
                        s.method, s.message_id, s.text, s.buttons
                    )
                })
                .collect();
            panic!(
                "expected no more messages to chat {chat_id}, but {} unread:\n{}\n{}",
                extra.len(),
                list.join("\n"),
                dump_state(&st)
            );
        }
    }

    /// Waits until every pushed update has been confirmed by a later
    /// `getUpdates` offset. Panics with a dump on timeout.
    pub async fn wait_updates_consumed(&self, timeout: Duration) {
        let shared = &self.inner.shared;
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = shared.updates_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.lock().queue.is_empty() {
                return;
            }
            let stopped = tokio::select! {
                woken = tokio::time::timeout_at(deadline, notified) => woken.is_err().then_some("timed out"),
                () = self.bot_stopped() => Some("the bot stopped (a panic? see the log above)"),
            };
            if let Some(why) = stopped {
                let st = self.lock();
                if st.queue.is_empty() {
                    return;
                }
                panic!(
                    "{why} (limit {timeout:?}) waiting for the bot to confirm {} update(s)\n{}",
                    st.queue.len(),
                    dump_state(&st)
                );
            }
        }
    }

    /// Waits until `check` (run under the state lock after every recorded
    /// call) returns `Some`. `Err(dump)` on timeout.
    pub(super) async fn wait_for<T>(
        &self,
        timeout: Duration,
        mut check: impl FnMut(&mut State) -> Option<T>,
    ) -> Result<T, String> {
        let shared = &self.inner.shared;
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = shared.calls_changed.notified();
            tokio::pin!(notified);
            // Register interest before checking, so a call recorded between
            // the check and the await still wakes us.
            notified.as_mut().enable();
            if let Some(v) = check(&mut self.lock()) {
                return Ok(v);
            }
            let stopped = tokio::select! {
                woken = tokio::time::timeout_at(deadline, notified) => woken.is_err().then_some(""),
                () = self.bot_stopped() => Some("THE BOT STOPPED while the test waited (a panic? see the log above)\n"),
            };
            if let Some(why) = stopped {
                let mut st = self.lock();
                return match check(&mut st) {
                    Some(v) => Ok(v),
                    None => Err(format!("{why}{}", dump_state(&st))),
                };
            }
        }
    }
}
