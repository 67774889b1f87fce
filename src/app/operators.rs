//! The operators' commands in their Telegram group: take, reply, `/queue`, `/case`, `/note`,
//! `/release`, `/close`. Every action is re-checked against the database in one transaction.

use super::App;
use super::hotline::CardKind;
use chrono::Utc;

use super::render;
use crate::content::Content;
use crate::core::callback::Callback;
use crate::core::hotline::rating_keyboard;
use crate::core::input::Media;
use crate::core::operators::{OpCommand, OperatorEvent, OperatorInput};
use crate::core::output::{Arg, KeyButton, Msg, Reply};
use crate::store::hotline::{Case, HotlineTx, NewEvent, OUTCOMES, Refusal};
use crate::store::{OutMessage, OutboxRow, StoreError};

impl App {
    /// An event from the operators' group. Returns what to deliver.
    pub async fn handle_operator(&self, event: OperatorEvent) -> Vec<OutboxRow> {
        match self.operator_step(&event).await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(operator_id = event.operator_id, error = %e, "operator action failed");
                let content = self.content.get();
                let msgs = self.to_ops(
                    &content,
                    None,
                    "ops_error",
                    &Reply::text(Msg::new("ops-error")),
                );
                self.store.enqueue(&msgs).await.unwrap_or_default()
            }
        }
    }

    async fn case_of(&self, event: &OperatorEvent) -> Result<Option<i64>, StoreError> {
        if let Some(topic) = event.thread_id
            && let Some(case) = self.store.case_by_topic(topic).await?
        {
            return Ok(Some(case));
        }
        if let Some(reply_to) = event.reply_to {
            return self.store.case_by_message(self.ops_chat(), reply_to).await;
        }
        Ok(None)
    }

    async fn operator_step(&self, event: &OperatorEvent) -> Result<Vec<OutboxRow>, StoreError> {
        let content = self.content.get();
        let op = event.operator_id;
        let name = event.operator_name.as_str();
        let here = self.case_of(event).await?;
        // Reads on their own come before the transaction: it holds the writing connection.
        let queue = match &event.input {
            OperatorInput::Command(OpCommand::Queue) => self.store.queue().await?,
            _ => Vec::new(),
        };
        let mut tx = self.store.hotline().await?;
        let mut out: Vec<OutMessage> = Vec::new();
        let say = |case: Option<i64>, msg: Msg| {
            self.to_ops(&content, case, "ops_reply", &Reply::text(msg))
        };
        let refusal = |case: i64, r: Refusal| match r {
            Refusal::NotFound => Msg::new("ops-case-not-found").arg("case", Arg::Number(case)),
            Refusal::TakenBy(who) => Msg::new("ops-taken-by-other")
                .arg("case", Arg::Number(case))
                .arg("operator", Arg::Text(who)),
            Refusal::Closed => Msg::new("ops-case-closed").arg("case", Arg::Number(case)),
            Refusal::NotTaken => Msg::new("ops-case-not-taken").arg("case", Arg::Number(case)),
        };
        match &event.input {
            OperatorInput::Button(data) => {
                let Some(Callback::Take(case)) = Callback::parse(data) else {
                    tracing::warn!(operator_id = op, "unknown button in the operators' group");
                    return Ok(Vec::new());
                };
                match tx.take(case, op, name).await? {
                    Ok(taken) => self.announce_take(&content, &taken, name, &mut out),
                    Err(r) => out.extend(say(Some(case), refusal(case, r))),
                }
            }
            OperatorInput::Command(OpCommand::Queue) => {
                let now = Utc::now();
                let mut body =
                    vec![Msg::new("ops-queue").arg("count", Arg::Number(queue.len() as i64))];
                for c in queue.iter().take(30) {
                    body.push(
                        Msg::new("ops-queue-line")
                            .arg("case", Arg::Number(c.id))
                            .arg("priority", Arg::Text(c.priority.code().into()))
                            .arg("lang", Arg::Text(c.lang.code().into()))
                            .arg("age", Arg::Number(c.age_minutes(now))),
                    );
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
                out.extend(self.to_ops(&content, None, "ops_queue", &Reply { body, keyboard }));
            }
            OperatorInput::Command(OpCommand::Case(n)) => match n.or(here) {
                None => out.extend(say(None, Msg::new("ops-case-usage"))),
                Some(n) => match tx.case(n).await? {
                    Some(case) => out.extend(self.to_ops(
                        &content,
                        here,
                        "ops_case",
                        &self.card(&case, CardKind::Card),
                    )),
                    None => out.extend(say(here, refusal(n, Refusal::NotFound))),
                },
            },
            OperatorInput::Command(OpCommand::Help) => out.extend(say(here, Msg::new("ops-help"))),
            OperatorInput::Command(OpCommand::Other) => {}
            OperatorInput::Command(OpCommand::Stats | OpCommand::Report(_)) => {
                // Reports (app/stats.rs) read and write on their own: not in this transaction.
                drop(tx);
                return self.stats_command(event).await;
            }
            OperatorInput::Command(command) => {
                let Some(case) = here else {
                    out.extend(say(None, Msg::new("ops-no-case")));
                    return self.finish(tx, out).await;
                };
                match command {
                    OpCommand::Release => match tx.release(case, op).await? {
                        Ok(()) => {
                            tracing::info!(case_id = case, operator_id = op, "case released");
                            out.extend(say(
                                Some(case),
                                Msg::new("ops-released")
                                    .arg("case", Arg::Number(case))
                                    .arg("operator", Arg::Text(name.into())),
                            ));
                            if let Some(c) = tx.case(case).await? {
                                out.extend(self.to_ops(
                                    &content,
                                    Some(case),
                                    "case_card",
                                    &self.card(&c, CardKind::Card),
                                ));
                                out.extend(self.to_user(
                                    &content,
                                    &c,
                                    "case_released",
                                    &Reply::text(
                                        Msg::new("hotline-released").arg("case", Arg::Number(case)),
                                    ),
                                ));
                            }
                        }
                        Err(r) => out.extend(say(Some(case), refusal(case, r))),
                    },
                    OpCommand::Note(text) if text.trim().is_empty() => {
                        out.extend(say(Some(case), Msg::new("ops-note-usage")));
                    }
                    OpCommand::Note(text) => match tx.case(case).await? {
                        Some(_) => {
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
                            out.extend(say(
                                Some(case),
                                Msg::new("ops-note-saved").arg("case", Arg::Number(case)),
                            ));
                        }
                        None => out.extend(say(Some(case), refusal(case, Refusal::NotFound))),
                    },
                    OpCommand::Close(outcome) => {
                        if !OUTCOMES.contains(&outcome.as_str()) {
                            out.extend(say(
                                Some(case),
                                Msg::new("ops-close-usage")
                                    .arg("outcomes", Arg::Text(OUTCOMES.join(", "))),
                            ));
                        } else {
                            match tx.own(case, op, name).await? {
                                Ok((c, _)) => {
                                    tx.close(&c, outcome, Some(op)).await?;
                                    tracing::info!(case_id = case, operator_id = op, outcome = %outcome, "case closed");
                                    out.extend(say(
                                        Some(case),
                                        Msg::new("ops-closed")
                                            .arg("case", Arg::Number(case))
                                            .arg("outcome", Arg::Text(outcome.clone()))
                                            .arg("operator", Arg::Text(name.into())),
                                    ));
                                    let mut thanks = Reply::text(
                                        Msg::new("hotline-closed").arg("case", Arg::Number(case)),
                                    );
                                    thanks.keyboard = rating_keyboard(case);
                                    out.extend(self.to_user(&content, &c, "case_closed", &thanks));
                                }
                                Err(r) => out.extend(say(Some(case), refusal(case, r))),
                            }
                        }
                    }
                    _ => {}
                }
            }
            OperatorInput::Text(_) | OperatorInput::Media(_) => {
                let Some(case) = here else {
                    // Operators talking among themselves.
                    return Ok(Vec::new());
                };
                match tx.own(case, op, name).await? {
                    Ok((c, newly)) => {
                        if newly {
                            self.announce_take(&content, &c, name, &mut out);
                        }
                        self.relay_from_operator(&mut tx, &content, &c, event, &mut out)
                            .await?;
                    }
                    Err(r) => out.extend(say(Some(case), refusal(case, r))),
                }
            }
        }
        self.finish(tx, out).await
    }

    async fn finish(
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

    fn announce_take(&self, content: &Content, case: &Case, name: &str, out: &mut Vec<OutMessage>) {
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
            OperatorInput::Media(m) => (None, Some(*m)),
            _ => return Ok(()),
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
                let caption = render(&content.texts, case.lang, &Reply::text(header)).html;
                let mut m = OutMessage::new(chat_id, "relay_to_user", caption, Vec::new());
                m.case_id = Some(case.id);
                m.copy = Some((self.ops_chat(), event.message_id));
                out.push(m);
            }
            None => {
                let reply = Reply::text(
                    header.arg("text", Arg::Text(text.unwrap_or_default().to_string())),
                );
                out.extend(self.to_user(content, case, "relay_to_user", &reply));
            }
        }
        Ok(())
    }
}
