//! The hotline, application side: opening cases from the migrant's consent, relaying the
//! user's messages to the operators through the outbox, case cards, reminders, failures and the
//! retention purge. The operators' commands are in `operators.rs`.
//!
//! Operators are whoever can write in the operators' group: membership there is the only
//! authority, and every action is re-checked against the database (a button's callback data is
//! forgeable; a message from any other chat never reaches this module).

use chrono::Utc;

use crate::core::input::Media;
use crate::lang::Lang;

use crate::app::{App, Delivered, Incoming, Turn, render, split_for_telegram};
use crate::content::Content;
use crate::content::texts::escape_html as escape;
use crate::core::callback::Callback;
use crate::core::country::Country;
use crate::core::input::Input;
use crate::core::output::{Arg, Effect, KeyButton, Msg, Reply};
use crate::store::hotline::{Case, HotlineTx, NewCase, NewEvent, Status};
use crate::store::{OutMessage, OutboxRow, StoreError, UserKey};

/// Telegram's limit for a caption.
const MAX_CAPTION: usize = 1024;

/// Why a case card is posted: when the case opens (or on `/case`, `/queue`), or again because
/// it has waited too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CardKind {
    Card,
    Reminder,
}

impl App {
    pub(super) fn ops_chat(&self) -> i64 {
        self.hotline.operators_chat.unwrap_or_default()
    }

    /// A message to the operators' group about `case` (into its topic in a forum).
    pub(super) fn to_ops(
        &self,
        content: &Content,
        case: Option<i64>,
        kind: &str,
        reply: &Reply,
    ) -> Vec<OutMessage> {
        let rendered = render(&content.texts, self.hotline.operators_lang, reply);
        split_for_telegram(self.ops_chat(), kind, &rendered)
            .into_iter()
            .map(|mut m| {
                m.to_operators = true;
                m.case_id = case;
                m
            })
            .collect()
    }

    /// A message to the user of `case`, in their language.
    pub(super) fn to_user(
        &self,
        content: &Content,
        case: &Case,
        kind: &str,
        reply: &Reply,
    ) -> Vec<OutMessage> {
        let Some(chat_id) = case.chat_id else {
            return Vec::new();
        };
        let rendered = render(&content.texts, case.lang, reply);
        split_for_telegram(chat_id, kind, &rendered)
            .into_iter()
            .map(|mut m| {
                m.case_id = Some(case.id);
                m
            })
            .collect()
    }

    /// The case card operators see: number, priority, language, offer flags, description,
    /// age, who has it; a Take button while it waits.
    pub(super) fn card(&self, case: &Case, kind: CardKind) -> Reply {
        let flags = case
            .offer_flags
            .as_deref()
            .filter(|f| !f.is_empty())
            .unwrap_or("—")
            .replace(',', ", ");
        let msg = Msg::new("ops-card")
            .arg("case", Arg::Number(case.id))
            .arg("priority", Arg::Text(case.priority.code().into()))
            .arg("lang", Arg::Text(case.lang.code().into()))
            .arg("status", Arg::Text(case.status.code().into()))
            .arg(
                "operator",
                Arg::Text(case.operator_name.clone().unwrap_or_default()),
            )
            .arg(
                "name",
                Arg::Text(case.first_name.clone().unwrap_or_default()),
            )
            .arg(
                "risk",
                Arg::Text(case.offer_risk.clone().unwrap_or_else(|| "none".into())),
            )
            .arg("flags", Arg::Text(flags))
            .arg(
                "description",
                Arg::Text(case.description.clone().unwrap_or_default()),
            )
            .arg("age", Arg::Number(case.age_minutes(Utc::now())));
        let mut body = vec![msg];
        if kind == CardKind::Reminder {
            body.insert(
                0,
                Msg::new("ops-reminder").arg("case", Arg::Number(case.id)),
            );
        }
        Reply {
            body,
            keyboard: if case.status == Status::Waiting {
                vec![vec![KeyButton {
                    label: Msg::new("ops-btn-take"),
                    data: Callback::Take(case.id).into(),
                }]]
            } else {
                Vec::new()
            },
        }
    }

    /// Carries out a turn's hotline effects with its state, in one transaction.
    pub(crate) async fn commit_hotline_turn(
        &self,
        incoming: &Incoming,
        turn: Turn,
        guess: Option<Lang>,
    ) -> Result<Delivered, StoreError> {
        let content = self.content.get();
        let key = incoming.user;
        let lang = turn.state.lang.or(guess).unwrap_or(Lang::Uz);
        let mut tx = self.store.hotline().await?;
        let mut out: Vec<OutMessage> = Vec::new();
        let mut direct: Vec<OutMessage> = Vec::new();
        let mut forget = false;
        let mut state = turn.state;
        for effect in &turn.effects {
            match effect {
                Effect::OpenCase { .. } if self.hotline.operators_chat.is_none() => {
                    state.in_case = false;
                    out.extend(split_user(
                        key,
                        &content,
                        lang,
                        &crate::core::hotline::unavailable_reply(),
                    ));
                }
                Effect::OpenCase {
                    priority,
                    description,
                    offer,
                    relay_this,
                } => {
                    let new = NewCase {
                        user: key,
                        priority: *priority,
                        lang,
                        first_name: incoming.first_name.clone(),
                        description: description.clone(),
                        offer_text: offer.as_ref().map(|o| o.text.clone()),
                        offer_risk: offer.as_ref().map(|o| o.risk.name().to_string()),
                        offer_flags: offer.as_ref().map(|o| o.flag_names()),
                    };
                    let id = tx.open_case(&new).await?;
                    let case = tx.case(id).await?.expect("just inserted");
                    tracing::info!(case_id = id, priority = priority.code(), "case opened");
                    out.extend(self.to_ops(
                        &content,
                        Some(id),
                        "case_card",
                        &self.card(&case, CardKind::Card),
                    ));
                    if let Some(text) = &case.offer_text {
                        let msg = Msg::new("ops-offer")
                            .arg("case", Arg::Number(id))
                            .arg("text", Arg::Text(text.clone()));
                        out.extend(self.to_ops(
                            &content,
                            Some(id),
                            "case_offer",
                            &Reply::text(msg),
                        ));
                    }
                    out.extend(self.to_user(
                        &content,
                        &case,
                        "case_opened",
                        &self.opened_reply(&case, state.country),
                    ));
                    if *relay_this || incoming.media.is_some() {
                        self.relay_from_user(&mut tx, &content, &case, incoming, &mut out)
                            .await?;
                    }
                }
                Effect::Relay { case } => match tx.case(*case).await? {
                    Some(case)
                        if case.status != Status::Closed && case.user_id == Some(key.user_id) =>
                    {
                        self.relay_from_user(&mut tx, &content, &case, incoming, &mut out)
                            .await?;
                    }
                    _ => {
                        // Closed by an operator a moment ago: say so rather than drop it.
                        state.in_case = false;
                        out.extend(split_user(
                            key,
                            &content,
                            lang,
                            &Reply::text(Msg::new("hotline-not-relayed")),
                        ));
                    }
                },
                Effect::Rate { case, stars } => {
                    if tx.rate(*case, key.user_id, *stars).await? {
                        out.extend(split_user(
                            key,
                            &content,
                            lang,
                            &Reply::text(Msg::new("hotline-rated")),
                        ));
                        let msg = Msg::new("ops-rated")
                            .arg("case", Arg::Number(*case))
                            .arg("stars", Arg::Number(i64::from(*stars)));
                        out.extend(self.to_ops(
                            &content,
                            Some(*case),
                            "case_rated",
                            &Reply::text(msg),
                        ));
                    } else {
                        // Not theirs, not closed, or rated already: nothing to do but say so.
                        out.extend(split_user(
                            key,
                            &content,
                            lang,
                            &Reply::text(Msg::new("menu-stale")),
                        ));
                    }
                }
                Effect::Forget => {
                    if let Some(id) = self.store.open_case_of(key.user_id)
                        && let Some(case) = tx.case(id).await?
                    {
                        tx.close(&case, "forgotten", None).await?;
                        let msg = Msg::new("ops-forgotten").arg("case", Arg::Number(id));
                        out.extend(self.to_ops(
                            &content,
                            Some(id),
                            "case_forgotten",
                            &Reply::text(msg),
                        ));
                    }
                    forget = true;
                }
                Effect::OfferChecked { .. } => {}
            }
        }
        let mut rows = Vec::new();
        if forget {
            tx.forget(key).await?;
            let rendered = render(
                &content.texts,
                lang,
                &Reply::text(Msg::new("hotline-forgotten")),
            );
            direct.extend(split_for_telegram(key.chat_id, "forgotten", &rendered));
            tracing::info!(user_id = key.user_id, "user forgotten");
        } else {
            tx.save_state(key, &state).await?;
            for reply in &turn.replies {
                for m in split_for_telegram(key.chat_id, turn.kind, reply) {
                    rows.push(tx.enqueue(m).await?);
                }
            }
        }
        for m in out {
            if forget && !m.to_operators {
                continue;
            }
            rows.push(tx.enqueue(m).await?);
        }
        tx.commit(&self.store).await?;
        Ok(Delivered { rows, direct })
    }

    /// "Case #N is open; an operator will answer…", with office hours and, outside them,
    /// the emergency numbers of the user's country (the question where they are, if not known).
    pub(super) fn opened_reply(&self, case: &Case, country: Option<Country>) -> Reply {
        let now = Utc::now();
        let office = &self.hotline.office;
        let mut body = vec![Msg::new("hotline-opened").arg("case", Arg::Number(case.id))];
        if office.is_open(now) {
            body.push(Msg::new("hotline-expect-open"));
        } else {
            let next = office.next_open(now);
            body.push(
                Msg::new("hotline-expect-closed")
                    .arg("day", Arg::Text(next.format("%d.%m").to_string()))
                    .arg("time", Arg::Text(next.format("%H:%M").to_string())),
            );
            let numbers = crate::core::emergency::block(country, false);
            body.extend(numbers.body);
            return Reply {
                body,
                keyboard: numbers.keyboard,
            };
        }
        Reply {
            body,
            keyboard: Vec::new(),
        }
    }

    /// Records the user's message in the case and queues its relay to the operators.
    pub(super) async fn relay_from_user(
        &self,
        tx: &mut HotlineTx,
        content: &Content,
        case: &Case,
        incoming: &Incoming,
        out: &mut Vec<OutMessage>,
    ) -> Result<(), StoreError> {
        let text = match &incoming.input {
            Input::Text(t) => Some(t.as_str()),
            _ => None,
        };
        let media = incoming.media.or(match incoming.input {
            Input::Unsupported(m) => Some(m),
            _ => None,
        });
        let source = incoming.message_id.map(|m| (incoming.user.chat_id, m));
        tx.event(
            case.id,
            NewEvent {
                kind: "user_message",
                text,
                media: media.map(Media::name),
                source,
                ..NewEvent::default()
            },
        )
        .await?;
        tracing::info!(
            case_id = case.id,
            media = media.map(Media::name),
            "user message to relay"
        );
        let header = Msg::new("ops-from-user")
            .arg("case", Arg::Number(case.id))
            .arg(
                "name",
                Arg::Text(case.first_name.clone().unwrap_or_default()),
            );
        match (media, source) {
            (Some(media), Some(source)) => {
                let mut caption = render(
                    &content.texts,
                    self.hotline.operators_lang,
                    &Reply::text(header.clone()),
                )
                .html;
                let captioned = matches!(
                    media,
                    Media::Photo | Media::Video | Media::Document | Media::Voice
                );
                if captioned {
                    if let Some(t) = text {
                        caption = format!("{caption}\n{}", escape(&truncate(t, MAX_CAPTION - 200)));
                    }
                } else {
                    // Stickers and the like take no caption: the header goes first.
                    out.extend(self.to_ops(
                        content,
                        Some(case.id),
                        "relay_header",
                        &Reply::text(header),
                    ));
                    caption.clear();
                }
                let mut m = OutMessage::new(self.ops_chat(), "relay_to_ops", caption, Vec::new());
                m.to_operators = true;
                m.case_id = Some(case.id);
                m.copy = Some(source);
                out.push(m);
            }
            _ => {
                let msg = Msg::new("ops-user-message")
                    .arg("case", Arg::Number(case.id))
                    .arg(
                        "name",
                        Arg::Text(case.first_name.clone().unwrap_or_default()),
                    )
                    .arg("text", Arg::Text(text.unwrap_or_default().to_string()));
                out.extend(self.to_ops(content, Some(case.id), "relay_to_ops", &Reply::text(msg)));
            }
        }
        Ok(())
    }

    /// A hotline message could not reach its user (blocked the bot, or Telegram kept failing):
    /// the operators are told in the case. Returns what to deliver.
    pub async fn case_delivery_failed(&self, case: i64, blocked: bool) -> Vec<OutboxRow> {
        let content = self.content.get();
        let key = if blocked {
            "ops-user-blocked"
        } else {
            "ops-delivery-failed"
        };
        tracing::warn!(
            case_id = case,
            blocked,
            "hotline message not delivered to the user"
        );
        let msgs = self.to_ops(
            &content,
            Some(case),
            "case_delivery_failed",
            &Reply::text(Msg::new(key).arg("case", Arg::Number(case))),
        );
        let event = async {
            let mut tx = self.store.hotline().await?;
            tx.event(
                case,
                NewEvent {
                    kind: "delivery_failed",
                    ..NewEvent::default()
                },
            )
            .await?;
            let mut rows = Vec::new();
            for m in msgs {
                rows.push(tx.enqueue(m).await?);
            }
            tx.commit(&self.store).await?;
            Ok::<_, StoreError>(rows)
        };
        match event.await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(case_id = case, error = %e, "could not record a delivery failure");
                Vec::new()
            }
        }
    }

    /// Re-posts cases waiting longer than the reminder time. Returns what to deliver.
    pub async fn remind(&self) -> Vec<OutboxRow> {
        if self.hotline.operators_chat.is_none() {
            return Vec::new();
        }
        let cutoff =
            Utc::now() - chrono::Duration::from_std(self.hotline.remind_after).unwrap_or_default();
        let due = match self.store.due_reminders(cutoff).await {
            Ok(due) => due,
            Err(e) => {
                tracing::error!(error = %e, "cannot read waiting cases");
                return Vec::new();
            }
        };
        let content = self.content.get();
        let mut msgs = Vec::new();
        for case in &due {
            tracing::info!(case_id = case.id, "reminder for a waiting case");
            msgs.extend(self.to_ops(
                &content,
                Some(case.id),
                "case_reminder",
                &self.card(case, CardKind::Reminder),
            ));
        }
        self.store.enqueue(&msgs).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "cannot queue reminders");
            Vec::new()
        })
    }

    /// Purges closed cases past the retention period.
    pub async fn purge(&self) {
        let cutoff = Utc::now() - self.hotline.retention;
        match self.store.purge_closed_cases(cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(cases = n, "purged closed cases past retention"),
            Err(e) => tracing::error!(error = %e, "purging closed cases failed"),
        }
    }
}

fn split_user(key: UserKey, content: &Content, lang: Lang, reply: &Reply) -> Vec<OutMessage> {
    split_for_telegram(key.chat_id, "reply", &render(&content.texts, lang, reply))
}

pub(super) fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}
