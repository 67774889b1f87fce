//! The hotline, application side: opening cases from the migrant's consent, relaying the
//! user's messages to the operators through the outbox, case cards, reminders, failures and the
//! retention purge. The operators' commands are in `operators.rs`.
//!
//! Operators are whoever can write in the operators' group: membership there is the only
//! authority, and every action is re-checked against the database (a button's callback data is
//! forgeable; a message from any other chat never reaches this module).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;

use crate::core::input::Media;
use crate::lang::Lang;

use crate::app::{App, Incoming, Outgoing, render, split_for_telegram};
use crate::content::Content;
use crate::content::texts::escape_html as escape;
use crate::core::callback::Callback;
use crate::core::country::Country;
use crate::core::engine::Outcome;
use crate::core::input::Input;
use crate::core::operators::CaseOutcome;
use crate::core::output::{Arg, Effect, KeyButton, Msg, Reply};
use crate::core::state::UserState;
use crate::store::hotline::{Case, HotlineTx, NewCase, NewEvent, Status};
use crate::store::{OutMessage, OutboxRow, Store, StoreError, UserKey};

/// The operators' group: the id it was configured with and the id it has now. Telegram gives a
/// basic group a new id when it becomes a supergroup (`migrate_to_chat_id`); the new id is
/// kept in the database and used for every send and every check of where a message came from.
#[derive(Clone)]
pub struct OperatorsChat {
    configured: i64,
    current: Arc<AtomicI64>,
    store: Store,
}

impl OperatorsChat {
    pub fn new(configured: i64, store: Store) -> Self {
        OperatorsChat {
            configured,
            current: Arc::new(AtomicI64::new(configured)),
            store,
        }
    }

    /// The id given with `--operators-chat`.
    pub fn configured(&self) -> i64 {
        self.configured
    }

    /// The group's id now.
    pub fn current(&self) -> i64 {
        self.current.load(Ordering::Relaxed)
    }

    /// Whether `chat` is the operators' group (its id now or, for the migration notice, the one
    /// it was configured with).
    pub fn is(&self, chat: i64) -> bool {
        chat == self.current() || chat == self.configured
    }

    /// Takes up a move recorded by an earlier run. Returns the id now.
    pub async fn restore(&self) -> Result<i64, StoreError> {
        if let Some(now) = self.store.operators_chat_now(self.configured).await? {
            self.current.store(now, Ordering::Relaxed);
        }
        Ok(self.current())
    }

    /// The group moved from `from` to `to`. Returns whether that changed anything (the move may
    /// be reported several times: the notice in the old group, each refused send).
    pub async fn migrated(&self, from: i64, to: i64) -> Result<bool, StoreError> {
        if to == self.current() || from != self.current() {
            return Ok(false);
        }
        self.store
            .record_operators_migration(self.configured, from, to)
            .await?;
        self.current.store(to, Ordering::Relaxed);
        tracing::warn!(
            from_chat_id = from,
            chat_id = to,
            "the operators' group became a supergroup with a new id; following it"
        );
        Ok(true)
    }
}

/// Lets a repeated log line through at most once per period, counting the ones held back.
#[derive(Debug, Default)]
pub struct LogGate {
    last: Option<Instant>,
    held: u64,
}

impl LogGate {
    /// `Some(held back since the last one)` if a line may be logged now.
    pub fn pass(&mut self, every: Duration) -> Option<u64> {
        if self.last.is_some_and(|t| t.elapsed() < every) {
            self.held += 1;
            return None;
        }
        self.last = Some(Instant::now());
        Some(std::mem::take(&mut self.held))
    }
}

/// Telegram's limit for a caption, in characters (of the text as shown).
pub(super) const MAX_CAPTION_CHARS: usize = 1024;

/// Why a case card is posted: when the case opens (or on `/case`, `/queue`), or again because
/// it has waited too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CardKind {
    Card,
    Reminder,
}

impl App {
    pub(super) fn ops_chat(&self) -> i64 {
        self.operators.as_ref().map_or(0, OperatorsChat::current)
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
        let content = self.content.get();
        let referrals: Vec<String> = case
            .referrals
            .iter()
            .map(|id| {
                content
                    .referrals
                    .get(id)
                    .map_or_else(|| id.clone(), |o| o.name.clone())
            })
            .collect();
        let msg = msg
            .arg(
                "categories",
                Arg::Text(self.category_labels(&content, &case.categories)),
            )
            .arg(
                "referrals",
                Arg::Text(if referrals.is_empty() {
                    "—".to_string()
                } else {
                    referrals.join(", ")
                }),
            );
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
        turn: Outcome,
        guess: Option<Lang>,
    ) -> Result<Outgoing, StoreError> {
        let content = self.content.get();
        let key = incoming.user;
        let mut tx = self.store.hotline().await?;
        let mut t = HotlineTurn {
            content: &content,
            incoming,
            lang: turn.state.lang.or(guess).unwrap_or(Lang::Uz),
            state: turn.state,
            out: Vec::new(),
            forget: false,
        };
        for effect in &turn.effects {
            match effect {
                Effect::OpenCase {
                    priority,
                    description,
                    offer,
                    relay_this,
                } => {
                    let new = NewCase {
                        user: key,
                        priority: *priority,
                        lang: t.lang,
                        first_name: incoming.first_name.clone(),
                        description: description.clone(),
                        offer_text: offer.as_ref().map(|o| o.text.clone()),
                        offer_risk: offer.as_ref().map(|o| o.risk.name().to_string()),
                        offer_flags: offer.as_ref().map(|o| o.flag_names()),
                    };
                    self.effect_open_case(&mut tx, &mut t, &new, *relay_this)
                        .await?;
                }
                Effect::Relay { case } => self.effect_relay(&mut tx, &mut t, *case).await?,
                Effect::Rate { case, stars } => {
                    self.effect_rate(&mut tx, &mut t, *case, *stars).await?;
                }
                Effect::Forget => self.effect_forget(&mut tx, &mut t).await?,
                Effect::ReportOffer {
                    contacts,
                    names,
                    text,
                    risk,
                } => {
                    // Company names the hotline can confirm join the contacts, by their
                    // skeleton; the others go to the operators as written only.
                    let mut contacts = contacts.clone();
                    let mut written = Vec::new();
                    for name in names {
                        if let Ok(read) = t.content.offer.company_name(name) {
                            let value = read.value();
                            if !written.iter().any(|(v, _)| *v == value) {
                                contacts.push((
                                    crate::offer::extract::ContactKind::Name,
                                    value.clone(),
                                ));
                                written.push((value, name.clone()));
                            }
                        }
                    }
                    let new = crate::store::toolkit::NewScamReport {
                        lang: t.lang.code().to_string(),
                        contacts,
                        names: names.clone(),
                        written,
                        offer_text: text.clone(),
                        risk: risk.name().to_string(),
                    };
                    self.effect_report_offer(&mut tx, &mut t, &new).await?;
                }
                // Recorded for statistics before the turn got here.
                Effect::OfferChecked { .. } => {}
            }
        }
        let HotlineTurn {
            lang,
            state,
            out,
            forget,
            ..
        } = t;
        let mut rows = Vec::new();
        let mut direct = Vec::new();
        let mut topics_to_delete = Vec::new();
        if forget {
            topics_to_delete = tx.forget(key).await?;
            let rendered = render(
                &content.texts,
                lang,
                &Reply::text(Msg::new("hotline-forgotten")),
            );
            direct.extend(split_for_telegram(key.chat_id, "forgotten", &rendered));
            // No user id: the log must not keep who asked to be forgotten.
            tracing::info!("a user was forgotten");
        } else {
            tx.save_state(key, &state).await?;
            let kind = self.reply_kind(incoming);
            for reply in &turn.replies {
                let reply = render(&content.texts, lang, reply);
                for m in split_for_telegram(key.chat_id, kind, &reply) {
                    rows.push(tx.enqueue(m).await?);
                }
            }
        }
        for m in out {
            // After /forget only the operators' notice is left to send.
            if forget && !m.to_operators {
                continue;
            }
            rows.push(tx.enqueue(m).await?);
        }
        tx.commit(&self.store).await?;
        Ok(Outgoing {
            rows,
            direct,
            topics_to_delete,
        })
    }

    /// The user agreed: a new case, its card (and the offer) to the operators, "case #N is
    /// open" to the user, and the message of this turn relayed if it belongs to the case.
    async fn effect_open_case(
        &self,
        tx: &mut HotlineTx,
        t: &mut HotlineTurn<'_>,
        new: &NewCase,
        relay_this: bool,
    ) -> Result<(), StoreError> {
        if self.hotline.operators_chat.is_none() {
            t.state.in_case = false;
            let reply = crate::core::hotline::unavailable_reply();
            t.tell_user(&reply);
            return Ok(());
        }
        if self.store.blocked(new.user.user_id).is_some() {
            // Blocked a moment ago, after the engine offered the hotline.
            t.state.in_case = false;
            let reply = crate::core::scam_report::blocked_reply(t.state.country, true);
            t.tell_user(&reply);
            return Ok(());
        }
        let id = tx.open_case(new).await?;
        let case = tx.case(id).await?.expect("just inserted");
        tracing::info!(case_id = id, priority = new.priority.code(), "case opened");
        t.out.extend(self.to_ops(
            t.content,
            Some(id),
            "case_card",
            &self.card(&case, CardKind::Card),
        ));
        if let Some(text) = &case.offer_text {
            let msg = Msg::new("ops-offer")
                .arg("case", Arg::Number(id))
                .arg("text", Arg::Text(text.clone()));
            t.out
                .extend(self.to_ops(t.content, Some(id), "case_offer", &Reply::text(msg)));
        }
        t.out.extend(self.to_user(
            t.content,
            &case,
            "case_opened",
            &self.opened_reply(&case, t.state.country),
        ));
        if relay_this || t.incoming.media.is_some() {
            self.relay_from_user(tx, t.content, &case, t.incoming, &mut t.out)
                .await?;
        }
        Ok(())
    }

    /// The user wrote during their case: to the operators, unless it was closed a moment ago.
    async fn effect_relay(
        &self,
        tx: &mut HotlineTx,
        t: &mut HotlineTurn<'_>,
        case: i64,
    ) -> Result<(), StoreError> {
        if self.store.blocked(t.incoming.user.user_id).is_some() {
            t.state.in_case = false;
            let reply = crate::core::scam_report::blocked_reply(t.state.country, true);
            t.tell_user(&reply);
            return Ok(());
        }
        match tx.case(case).await? {
            Some(case)
                if case.status != Status::Closed
                    && case.user_id == Some(t.incoming.user.user_id) =>
            {
                self.relay_from_user(tx, t.content, &case, t.incoming, &mut t.out)
                    .await
            }
            _ => {
                // Closed by an operator a moment ago: say so rather than drop it.
                t.state.in_case = false;
                t.tell_user(&Reply::text(Msg::new("hotline-not-relayed")));
                Ok(())
            }
        }
    }

    /// A rating of a closed case: thanked, and the operators told.
    async fn effect_rate(
        &self,
        tx: &mut HotlineTx,
        t: &mut HotlineTurn<'_>,
        case: i64,
        stars: u8,
    ) -> Result<(), StoreError> {
        if !tx.rate(case, t.incoming.user.user_id, stars).await? {
            // Not theirs, not closed, or rated already: nothing to do but say so.
            t.tell_user(&Reply::text(Msg::new("menu-stale")));
            return Ok(());
        }
        t.tell_user(&Reply::text(Msg::new("hotline-rated")));
        let msg = Msg::new("ops-rated")
            .arg("case", Arg::Number(case))
            .arg("stars", Arg::Number(i64::from(stars)));
        t.out
            .extend(self.to_ops(t.content, Some(case), "case_rated", &Reply::text(msg)));
        Ok(())
    }

    /// `/forget` confirmed: an open case is closed and the operators told; the user's data
    /// goes when the turn is committed.
    async fn effect_forget(
        &self,
        tx: &mut HotlineTx,
        t: &mut HotlineTurn<'_>,
    ) -> Result<(), StoreError> {
        if let Some(id) = self.store.open_case_of(t.incoming.user.user_id)
            && let Some(case) = tx.case(id).await?
        {
            tx.close(&case, CaseOutcome::Forgotten, None).await?;
            let msg = Msg::new("ops-forgotten").arg("case", Arg::Number(id));
            // In the general chat: the case's topic is deleted with the user's data.
            t.out
                .extend(self.to_ops(t.content, None, "case_forgotten", &Reply::text(msg)));
        }
        t.forget = true;
        Ok(())
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
                // Telegram counts a caption's characters as shown: the header's and the text's.
                let room = MAX_CAPTION_CHARS
                    .saturating_sub(crate::html::to_plain(&caption).chars().count() + 1);
                let whole_text_fits = text.is_none_or(|t| t.chars().count() <= room);
                if captioned && whole_text_fits {
                    if let Some(t) = text {
                        caption = format!("{caption}\n{}", escape(t));
                    }
                } else if captioned {
                    // Too long for a caption: the media with the header, then the whole text.
                    let msg = Msg::new("ops-user-message")
                        .arg("case", Arg::Number(case.id))
                        .arg(
                            "name",
                            Arg::Text(case.first_name.clone().unwrap_or_default()),
                        )
                        .arg("text", Arg::Text(text.unwrap_or_default().to_string()));
                    let mut m =
                        OutMessage::new(self.ops_chat(), "relay_to_ops", caption, Vec::new());
                    m.to_operators = true;
                    m.case_id = Some(case.id);
                    m.copy = Some(source);
                    out.push(m);
                    out.extend(self.to_ops(
                        content,
                        Some(case.id),
                        "relay_to_ops",
                        &Reply::text(msg),
                    ));
                    return Ok(());
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

    /// The user corrected a message (`text`: its new text or caption) while their case is
    /// open: the operators get the new text, marked as a correction. Returns what to deliver.
    pub async fn relay_user_edit(&self, user: UserKey, text: &str) -> Vec<OutboxRow> {
        let Some(id) = self.store.open_case_of(user.user_id) else {
            return Vec::new();
        };
        let content = self.content.get();
        let step = async {
            let mut tx = self.store.hotline().await?;
            let Some(case) = tx.case(id).await? else {
                return Ok(Vec::new());
            };
            if case.status == Status::Closed || case.user_id != Some(user.user_id) {
                return Ok(Vec::new());
            }
            tx.event(
                id,
                NewEvent {
                    kind: "user_edited",
                    text: Some(text),
                    ..NewEvent::default()
                },
            )
            .await?;
            tracing::info!(case_id = id, "user edit to relay");
            let msg = Msg::new("ops-user-edited")
                .arg("case", Arg::Number(id))
                .arg(
                    "name",
                    Arg::Text(case.first_name.clone().unwrap_or_default()),
                )
                .arg("text", Arg::Text(text.to_string()));
            let mut rows = Vec::new();
            for m in self.to_ops(&content, Some(id), "relay_to_ops", &Reply::text(msg)) {
                rows.push(tx.enqueue(m).await?);
            }
            tx.commit(&self.store).await?;
            Ok::<_, StoreError>(rows)
        };
        match step.await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(case_id = id, error = %e, "could not relay an edited message");
                Vec::new()
            }
        }
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
            self.finish(tx, msgs).await
        };
        match event.await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(case_id = case, error = %e, "could not record a delivery failure");
                Vec::new()
            }
        }
    }

    /// A message to the operators about `case` finally failed (the bot was removed from the
    /// group, the chat is gone, Telegram kept failing): a case failure. The user is told the
    /// truth with the emergency contacts at once; the admins get a private message (once an
    /// hour per case); it is logged every time, at most one line a minute with a count.
    pub async fn operators_unreachable(&self, case: i64, reason: &str) -> Vec<OutboxRow> {
        if let Some(held) = self
            .ops_alarm
            .lock()
            .expect("the log gate is never poisoned")
            .pass(Duration::from_secs(60))
        {
            tracing::error!(
                case_id = case,
                reason,
                earlier_not_logged = held,
                "a message to the operators' group failed: the user gets the emergency contacts"
            );
        }
        let content = self.content.get();
        let step = async {
            let since = Utc::now() - chrono::Duration::hours(1);
            let tell_admins = !self
                .store
                .has_event_since(case, "operators_unreachable", since)
                .await?;
            // The emergency numbers of the user's country (read before the transaction: it
            // holds the writing connection).
            let country = match self.store.case(case).await?.and_then(|c| c.user_id) {
                Some(user) => self.store.load_state(user).await?.country,
                None => None,
            };
            let mut tx = self.store.hotline().await?;
            let Some(found) = tx.case(case).await? else {
                return Ok(Vec::new());
            };
            tx.event(
                case,
                NewEvent {
                    kind: "operators_unreachable",
                    ..NewEvent::default()
                },
            )
            .await?;
            let mut msgs = Vec::new();
            if found.status != Status::Closed {
                let numbers = crate::core::emergency::block(country, false);
                let mut body =
                    vec![Msg::new("hotline-operators-unreachable").arg("case", Arg::Number(case))];
                body.extend(numbers.body);
                let reply = Reply {
                    body,
                    keyboard: numbers.keyboard,
                };
                msgs.extend(self.to_user(&content, &found, "case_failed", &reply));
            }
            if tell_admins {
                let msg = Msg::new("admin-operators-unreachable")
                    .arg("case", Arg::Number(case))
                    .arg("reason", Arg::Text(reason.to_string()));
                let rendered = render(
                    &content.texts,
                    self.hotline.operators_lang,
                    &Reply::text(msg),
                );
                for admin in self.admins() {
                    msgs.extend(split_for_telegram(admin, "admin_alarm", &rendered));
                }
            }
            self.finish(tx, msgs).await
        };
        match step.await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(case_id = case, error = %e, "could not report an unreachable operators' group");
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

    /// The retention purge, with or without a hotline: closed cases' texts and personal data,
    /// the rows of users not seen within the retention period, and sent or abandoned outbox
    /// rows older than a day (or the retention period, if shorter).
    ///
    /// Returns the purged cases' forum topics (chat, topic), to delete where the bot may.
    pub async fn purge(&self) -> Vec<(i64, i32)> {
        let now = Utc::now();
        let cutoff = now - self.hotline.retention;
        let topics = match self.store.purge_closed_cases(cutoff).await {
            Ok((0, topics)) => topics,
            Ok((n, topics)) => {
                tracing::info!(cases = n, "purged closed cases past retention");
                topics
            }
            Err(e) => {
                tracing::error!(error = %e, "purging closed cases failed");
                Vec::new()
            }
        };
        let scam_cutoff = cutoff.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        match self.store.purge_scam_texts(&scam_cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(reports = n, "purged the texts of old scam reports"),
            Err(e) => tracing::error!(error = %e, "purging scam reports' texts failed"),
        }
        match self.store.purge_inactive_users(cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(users = n, "purged users not seen within retention"),
            Err(e) => tracing::error!(error = %e, "purging inactive users failed"),
        }
        let outbox_age = self.hotline.retention.min(chrono::Duration::days(1));
        match self.store.prune_outbox(outbox_age).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(rows = n, "pruned sent outbox rows"),
            Err(e) => tracing::error!(error = %e, "pruning the outbox failed"),
        }
        topics
    }

    /// Drops checked offers not handed to a case within `draft_ttl`.
    pub async fn expire_drafts(&self) {
        let ttl = chrono::Duration::from_std(self.hotline.draft_ttl).unwrap_or_default();
        match self.store.expire_drafts(Utc::now() - ttl).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(users = n, "expired checked offers"),
            Err(e) => tracing::error!(error = %e, "expiring checked offers failed"),
        }
    }
}

/// One turn's hotline effects in progress: the user's new state and the messages to queue.
pub(super) struct HotlineTurn<'a> {
    pub(super) content: &'a Content,
    pub(super) incoming: &'a Incoming,
    pub(super) lang: Lang,
    pub(super) state: UserState,
    pub(super) out: Vec<OutMessage>,
    /// `/forget` was confirmed: the user's data goes at commit.
    forget: bool,
}

impl HotlineTurn<'_> {
    /// A reply to the user of this turn, in their language.
    pub(super) fn tell_user(&mut self, reply: &Reply) {
        let rendered = render(&self.content.texts, self.lang, reply);
        self.out.extend(split_for_telegram(
            self.incoming.user.chat_id,
            "reply",
            &rendered,
        ));
    }
}

/// At most `max` characters of `s`, the last one `…` if it was cut.
pub(super) fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let kept: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{kept}…")
}
