//! The operators' commands in their Telegram group: take, reply, `/queue`, `/case`, `/note`,
//! `/release`, `/close`. Every action is re-checked against the database in one transaction.

use super::App;
use super::hotline::CardKind;
use chrono::Utc;

use super::hotline::{MAX_CAPTION_CHARS, truncate_chars};
use super::render;
use super::toolkit::queue_taken_line;
use crate::content::Content;
use crate::content::texts::escape_html as escape;
use crate::core::callback::Callback;
use crate::core::hotline::rating_keyboard;
use crate::core::input::Media;
use crate::core::operators::{CaseOutcome, OpCommand, OperatorEvent, OperatorInput};
use crate::core::output::{Arg, KeyButton, Msg, Reply};
use crate::store::hotline::{Case, HotlineTx, NewEvent, Refusal, Status};
use crate::store::{OutMessage, OutboxRow, StoreError};

impl App {
    /// An event from the operators' group. Returns what to deliver.
    ///
    /// A panic (a bug) is caught like a database error: the operators are told it failed.
    pub async fn handle_operator(&self, event: OperatorEvent) -> Vec<OutboxRow> {
        let step = std::panic::AssertUnwindSafe(self.operator_step(&event));
        match futures::FutureExt::catch_unwind(step).await {
            Ok(Ok(rows)) => rows,
            Ok(Err(e)) => self.operator_failed(&event, &e.to_string()).await,
            Err(_) => self.operator_failed(&event, "panic").await,
        }
    }

    async fn operator_failed(&self, event: &OperatorEvent, error: &str) -> Vec<OutboxRow> {
        tracing::error!(
            operator_id = event.operator_id,
            error,
            "operator action failed"
        );
        let content = self.content.get();
        let msgs = self.to_ops(
            &content,
            None,
            "ops_error",
            &Reply::text(Msg::new("ops-error")),
        );
        self.store.enqueue(&msgs).await.unwrap_or_default()
    }

    async fn case_of(&self, event: &OperatorEvent) -> Result<Option<i64>, StoreError> {
        if let Some(topic) = event.thread_id
            && let Some(case) = self.store.case_by_topic(self.ops_chat(), topic).await?
        {
            return Ok(Some(case));
        }
        if let Some(reply_to) = event.reply_to {
            return self.store.case_by_message(self.ops_chat(), reply_to).await;
        }
        Ok(None)
    }

    async fn operator_step(&self, event: &OperatorEvent) -> Result<Vec<OutboxRow>, StoreError> {
        // Reports read and write on their own (app/stats.rs), not in the case transaction.
        if let OperatorInput::Command(OpCommand::Stats | OpCommand::Report(_)) = &event.input {
            return self.stats_command(event).await;
        }
        let content = self.content.get();
        let here = self.case_of(event).await?;
        // Reads on their own come before the transaction: it holds the writing connection.
        let (queue, taken) = match &event.input {
            OperatorInput::Command(OpCommand::Queue) => {
                (self.store.queue().await?, self.store.active_cases().await?)
            }
            OperatorInput::Command(OpCommand::Mine) => {
                (Vec::new(), self.store.cases_of(event.operator_id).await?)
            }
            _ => (Vec::new(), Vec::new()),
        };
        let mut tx = self.store.hotline().await?;
        let mut s = OpStep {
            content: &content,
            event,
            here,
            out: Vec::new(),
        };
        match &event.input {
            OperatorInput::Button(data) => self.op_take(&mut tx, &mut s, data).await?,
            OperatorInput::Command(command) => match command {
                OpCommand::Queue => self.op_queue(&mut s, &queue, &taken),
                OpCommand::Mine => self.op_mine(&mut s, &taken),
                OpCommand::Tag(ids) => self.op_tag(&mut tx, &mut s, ids, true).await?,
                OpCommand::Untag(ids) => self.op_tag(&mut tx, &mut s, ids, false).await?,
                OpCommand::Refer(org) => self.op_refer(&mut tx, &mut s, org.as_deref()).await?,
                OpCommand::Send(query) => self.op_send(&mut tx, &mut s, query).await?,
                OpCommand::Snip(name) => self.op_snip(&mut tx, &mut s, name.as_deref()).await?,
                OpCommand::Block { hours, reason } => {
                    self.op_block(&mut tx, &mut s, *hours, reason).await?;
                }
                OpCommand::Unblock => self.op_unblock(&mut tx, &mut s).await?,
                OpCommand::Take(n) => self.op_take_over(&mut tx, &mut s, *n).await?,
                OpCommand::Confirm { report, note } => {
                    self.op_decide(&mut tx, &mut s, *report, true, note).await?;
                }
                OpCommand::Reject(report) => {
                    self.op_decide(&mut tx, &mut s, *report, false, "").await?;
                }
                OpCommand::Unconfirm(contact) => {
                    self.op_unconfirm(&mut tx, &mut s, contact).await?
                }
                OpCommand::Case(n) => self.op_case(&mut tx, &mut s, *n).await?,
                OpCommand::Help => self.op_help(&mut s),
                OpCommand::Release => self.op_release(&mut tx, &mut s).await?,
                OpCommand::Note(text) => self.op_note(&mut tx, &mut s, text).await?,
                OpCommand::Close(outcome) => self.op_close(&mut tx, &mut s, *outcome).await?,
                // Handled above, before the transaction.
                OpCommand::Stats | OpCommand::Report(_) => {}
                // Not an operator command: operators also talk among themselves.
                OpCommand::Other => {}
            },
            OperatorInput::Text(_) | OperatorInput::Media(_) => {
                self.op_relay(&mut tx, &mut s).await?;
            }
            OperatorInput::Anonymous => self.op_anonymous(&mut s),
            OperatorInput::Edited(text) => self.op_edited(&mut tx, &mut s, text).await?,
        }
        let out = s.out;
        self.finish(tx, out).await
    }

    /// A message from the bot in reply to an operator's step.
    pub(super) fn say(&self, s: &mut OpStep<'_>, case: Option<i64>, msg: Msg) {
        let msgs = self.to_ops(s.content, case, "ops_reply", &Reply::text(msg));
        s.out.extend(msgs);
    }

    /// The case the step is in (its topic, or the message replied to); without one, says so.
    pub(super) fn case_here(&self, s: &mut OpStep<'_>) -> Option<i64> {
        if s.here.is_none() {
            self.say(s, None, Msg::new("ops-no-case"));
        }
        s.here
    }

    /// The Take button under a case card.
    async fn op_take(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        data: &str,
    ) -> Result<(), StoreError> {
        let Some(Callback::Take(case)) = Callback::parse(data) else {
            tracing::warn!(
                operator_id = s.event.operator_id,
                "unknown button in the operators' group"
            );
            return Ok(());
        };
        match tx.take(case, s.event.operator_id, s.name()).await? {
            Ok(taken) => {
                let name = s.name().to_string();
                self.announce_take(s.content, &taken, &name, &mut s.out);
            }
            Err(r) => self.say(s, Some(case), refusal(case, r)),
        }
        Ok(())
    }

    /// `/queue`: waiting cases, most urgent first, with Take buttons.
    fn op_queue(&self, s: &mut OpStep<'_>, queue: &[Case], taken: &[Case]) {
        let now = Utc::now();
        let mut body = vec![Msg::new("ops-queue").arg("count", Arg::Number(queue.len() as i64))];
        for c in queue.iter().take(30) {
            body.push(
                Msg::new("ops-queue-line")
                    .arg("case", Arg::Number(c.id))
                    .arg("priority", Arg::Text(c.priority.code().into()))
                    .arg("lang", Arg::Text(c.lang.code().into()))
                    .arg("age", Arg::Number(c.age_minutes(now))),
            );
        }
        // Cases in work, with who has them (an admin can take one over with /take N).
        if !taken.is_empty() {
            body.push(Msg::new("ops-queue-taken").arg("count", Arg::Number(taken.len() as i64)));
            for c in taken.iter().take(30) {
                body.push(queue_taken_line(c, now));
            }
        }
        let keyboard = queue
            .iter()
            .take(10)
            .map(|c| {
                vec![KeyButton {
                    label: Msg::new("ops-btn-take-case").arg("case", Arg::Number(c.id)),
                    data: Callback::Take(c.id).into(),
                }]
            })
            .collect();
        let msgs = self.to_ops(s.content, None, "ops_queue", &Reply { body, keyboard });
        s.out.extend(msgs);
    }

    /// `/case N`, or `/case` in a case: the card.
    async fn op_case(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        asked: Option<i64>,
    ) -> Result<(), StoreError> {
        let Some(n) = asked.or(s.here) else {
            self.say(s, None, Msg::new("ops-case-usage"));
            return Ok(());
        };
        match tx.case(n).await? {
            // The card belongs to its own case (a reply to it acts on that case, in a forum it
            // goes to that case's topic), whichever case it was asked for in.
            Some(case) => {
                let msgs = self.to_ops(
                    s.content,
                    Some(case.id),
                    "ops_case",
                    &self.card(&case, CardKind::Card),
                );
                s.out.extend(msgs);
            }
            None => {
                let here = s.here;
                self.say(s, here, refusal(n, Refusal::NotFound));
            }
        }
        Ok(())
    }

    /// `/help` (and `/start` in the group).
    fn op_help(&self, s: &mut OpStep<'_>) {
        let here = s.here;
        self.say(s, here, Msg::new("ops-help"));
        self.say(s, here, Msg::new("ops-help-toolkit"));
    }

    /// `/release`: back to the queue, posted again; the user is told.
    async fn op_release(&self, tx: &mut HotlineTx, s: &mut OpStep<'_>) -> Result<(), StoreError> {
        let Some(case) = self.case_here(s) else {
            return Ok(());
        };
        let op = s.event.operator_id;
        if let Err(r) = tx.release(case, op).await? {
            self.say(s, Some(case), refusal(case, r));
            return Ok(());
        }
        tracing::info!(case_id = case, operator_id = op, "case released");
        let msg = Msg::new("ops-released")
            .arg("case", Arg::Number(case))
            .arg("operator", Arg::Text(s.name().into()));
        self.say(s, Some(case), msg);
        if let Some(c) = tx.case(case).await? {
            let card = self.to_ops(
                s.content,
                Some(case),
                "case_card",
                &self.card(&c, CardKind::Card),
            );
            s.out.extend(card);
            let told = Reply::text(Msg::new("hotline-released").arg("case", Arg::Number(case)));
            let msgs = self.to_user(s.content, &c, "case_released", &told);
            s.out.extend(msgs);
        }
        Ok(())
    }

    /// `/note text`: an internal note, never sent to the user.
    async fn op_note(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        text: &str,
    ) -> Result<(), StoreError> {
        let Some(case) = self.case_here(s) else {
            return Ok(());
        };
        if text.trim().is_empty() {
            self.say(s, Some(case), Msg::new("ops-note-usage"));
            return Ok(());
        }
        if tx.case(case).await?.is_none() {
            self.say(s, Some(case), refusal(case, Refusal::NotFound));
            return Ok(());
        }
        let op = s.event.operator_id;
        tx.event(
            case,
            NewEvent {
                kind: "note",
                text: Some(text),
                operator_id: Some(op),
                ..NewEvent::default()
            },
        )
        .await?;
        tracing::info!(case_id = case, operator_id = op, "note added");
        self.say(
            s,
            Some(case),
            Msg::new("ops-note-saved").arg("case", Arg::Number(case)),
        );
        Ok(())
    }

    /// `/close outcome`: closes the case; the user is thanked and asked for a rating.
    async fn op_close(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        outcome: Option<CaseOutcome>,
    ) -> Result<(), StoreError> {
        let Some(case) = self.case_here(s) else {
            return Ok(());
        };
        let Some(outcome) = outcome else {
            let usage =
                Msg::new("ops-close-usage").arg("outcomes", Arg::Text(CaseOutcome::closing_list()));
            self.say(s, Some(case), usage);
            return Ok(());
        };
        let op = s.event.operator_id;
        // What the case was about, and where its user was sent, before it closes (checked
        // before a waiting case would be taken by this step).
        if let Some(c) = tx.case(case).await?
            && c.status != Status::Closed
            && c.operator_id.is_none_or(|o| o == op)
            && !self.ready_to_close(s, &c, outcome)
        {
            return Ok(());
        }
        let c = match tx.own(case, op, s.name()).await? {
            Ok((c, _)) => c,
            Err(r) => {
                self.say(s, Some(case), refusal(case, r));
                return Ok(());
            }
        };
        tx.close(&c, outcome, Some(op)).await?;
        tracing::info!(
            case_id = case,
            operator_id = op,
            outcome = outcome.code(),
            "case closed"
        );
        let msg = Msg::new("ops-closed")
            .arg("case", Arg::Number(case))
            .arg("outcome", Arg::Text(outcome.code().into()))
            .arg("operator", Arg::Text(s.name().into()));
        self.say(s, Some(case), msg);
        let mut thanks = Reply::text(Msg::new("hotline-closed").arg("case", Arg::Number(case)));
        thanks.keyboard = rating_keyboard(case);
        let msgs = self.to_user(s.content, &c, "case_closed", &thanks);
        s.out.extend(msgs);
        Ok(())
    }

    /// A message as the group or from an anonymous admin: who wrote it is unknown, so it is not
    /// relayed; in a case the operator is told why (elsewhere it is operators' talk).
    fn op_anonymous(&self, s: &mut OpStep<'_>) {
        if let Some(case) = s.here {
            self.say(s, Some(case), Msg::new("ops-anonymous"));
        }
    }

    /// An operator corrected a message in a case they have: the user gets the new text,
    /// marked as a correction.
    async fn op_edited(
        &self,
        tx: &mut HotlineTx,
        s: &mut OpStep<'_>,
        text: &str,
    ) -> Result<(), StoreError> {
        let Some(case) = s.here else {
            return Ok(());
        };
        let c = match tx.own(case, s.event.operator_id, s.name()).await? {
            Ok((c, _)) => c,
            Err(r) => {
                self.say(s, Some(case), refusal(case, r));
                return Ok(());
            }
        };
        tx.event(
            case,
            NewEvent {
                kind: "operator_edited",
                text: Some(text),
                operator_id: Some(s.event.operator_id),
                source: Some((self.ops_chat(), s.event.message_id)),
                ..NewEvent::default()
            },
        )
        .await?;
        tracing::info!(
            case_id = case,
            operator_id = s.event.operator_id,
            "operator edit to relay"
        );
        let reply = Reply::text(
            Msg::new("hotline-from-operator-edited")
                .arg("case", Arg::Number(case))
                .arg("text", Arg::Text(text.to_string())),
        );
        let msgs = self.to_user(s.content, &c, "relay_to_user", &reply);
        s.out.extend(msgs);
        Ok(())
    }

    /// Text or media in a case: goes to the user (a waiting case is taken first).
    async fn op_relay(&self, tx: &mut HotlineTx, s: &mut OpStep<'_>) -> Result<(), StoreError> {
        // Outside a case: operators talking among themselves.
        let Some(case) = s.here else {
            return Ok(());
        };
        match tx.own(case, s.event.operator_id, s.name()).await? {
            Ok((c, newly)) => {
                if newly {
                    let name = s.name().to_string();
                    self.announce_take(s.content, &c, &name, &mut s.out);
                }
                self.relay_from_operator(tx, s.content, &c, s.event, &mut s.out)
                    .await?;
            }
            Err(r) => self.say(s, Some(case), refusal(case, r)),
        }
        Ok(())
    }

    pub(super) async fn finish(
        &self,
        mut tx: HotlineTx,
        out: Vec<OutMessage>,
    ) -> Result<Vec<OutboxRow>, StoreError> {
        let mut rows = Vec::with_capacity(out.len());
        for m in out {
            rows.push(tx.enqueue(m).await?);
        }
        tx.commit(&self.store).await?;
        Ok(rows)
    }

    pub(super) fn announce_take(
        &self,
        content: &Content,
        case: &Case,
        name: &str,
        out: &mut Vec<OutMessage>,
    ) {
        tracing::info!(case_id = case.id, "case taken");
        let msg = Msg::new("ops-taken")
            .arg("case", Arg::Number(case.id))
            .arg("operator", Arg::Text(name.into()));
        out.extend(self.to_ops(content, Some(case.id), "case_taken", &Reply::text(msg)));
        let msg = Msg::new("hotline-taken").arg("case", Arg::Number(case.id));
        out.extend(self.to_user(content, case, "case_taken", &Reply::text(msg)));
    }

    async fn relay_from_operator(
        &self,
        tx: &mut HotlineTx,
        content: &Content,
        case: &Case,
        event: &OperatorEvent,
        out: &mut Vec<OutMessage>,
    ) -> Result<(), StoreError> {
        let Some(chat_id) = case.chat_id else {
            return Ok(());
        };
        let (text, media) = match &event.input {
            OperatorInput::Text(t) => (Some(t.as_str()), None),
            OperatorInput::Media(m) => (event.caption.as_deref(), Some(*m)),
            OperatorInput::Command(_)
            | OperatorInput::Button(_)
            | OperatorInput::Anonymous
            | OperatorInput::Edited(_) => {
                return Ok(());
            }
        };
        tx.event(
            case.id,
            NewEvent {
                kind: "operator_message",
                text,
                media: media.map(Media::name),
                operator_id: Some(event.operator_id),
                source: Some((self.ops_chat(), event.message_id)),
            },
        )
        .await?;
        tracing::info!(
            case_id = case.id,
            operator_id = event.operator_id,
            "operator message to relay"
        );
        // Marked as from the hotline; the operator's own account is never shown.
        let header = Msg::new("hotline-from-operator").arg("case", Arg::Number(case.id));
        match media {
            Some(_) => {
                let header =
                    Msg::new("hotline-from-operator-media").arg("case", Arg::Number(case.id));
                let mut caption = render(&content.texts, case.lang, &Reply::text(header)).html;
                // The operator's own caption goes with it, whole if it fits Telegram's limit.
                if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
                    let room = MAX_CAPTION_CHARS
                        .saturating_sub(crate::html::to_plain(&caption).chars().count() + 1);
                    // With the operator's formatting and links when it fits whole.
                    let own = match &event.html {
                        Some(html) if text.chars().count() <= room => html.clone(),
                        _ => escape(&truncate_chars(text, room)),
                    };
                    caption = format!("{caption}\n{own}");
                }
                let mut m = OutMessage::new(chat_id, "relay_to_user", caption, Vec::new());
                m.case_id = Some(case.id);
                m.copy = Some((self.ops_chat(), event.message_id));
                out.push(m);
            }
            None => {
                // With the operator's formatting and links (checked HTML), or plain.
                let own = match &event.html {
                    Some(html) => Arg::Html(html.clone()),
                    None => Arg::Text(text.unwrap_or_default().to_string()),
                };
                let reply = Reply::text(header.arg("text", own));
                out.extend(self.to_user(content, case, "relay_to_user", &reply));
            }
        }
        Ok(())
    }
}

/// One operator's step in progress: what it is about, and the messages it will send.
pub(super) struct OpStep<'a> {
    pub(super) content: &'a Content,
    pub(super) event: &'a OperatorEvent,
    /// The case the message was written in (its topic, or the message replied to).
    pub(super) here: Option<i64>,
    pub(super) out: Vec<OutMessage>,
}

impl OpStep<'_> {
    pub(super) fn name(&self) -> &str {
        &self.event.operator_name
    }
}

/// Why an action on `case` was refused, for the operators.
pub(super) fn refusal(case: i64, r: Refusal) -> Msg {
    match r {
        Refusal::NotFound => Msg::new("ops-case-not-found").arg("case", Arg::Number(case)),
        Refusal::TakenBy(who) => Msg::new("ops-taken-by-other")
            .arg("case", Arg::Number(case))
            .arg("operator", Arg::Text(who)),
        Refusal::Closed => Msg::new("ops-case-closed").arg("case", Arg::Number(case)),
        Refusal::NotTaken => Msg::new("ops-case-not-taken").arg("case", Arg::Number(case)),
    }
}
