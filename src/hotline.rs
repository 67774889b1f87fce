//! The hotline, application side: opening cases from the migrant's consent, relaying messages
//! both ways through the outbox, and the operators' commands in their Telegram group.
//!
//! Operators are whoever can write in the operators' group: membership there is the only
//! authority, and every action is re-checked here against the database (a button's callback
//! data is forgeable; a message from any other chat never reaches this module).

use std::time::Duration;

use chrono::{DateTime, Datelike, FixedOffset, NaiveTime, Timelike, Utc, Weekday};

use crate::core::input::Media;
use crate::core::lang::Lang;

/// Hotline settings (`--operators-chat` and friends).
#[derive(Debug, Clone)]
pub struct HotlineConfig {
    /// The operators' group; `None`: no hotline (users are pointed to the contacts instead).
    pub operators_chat: Option<i64>,
    /// The language of the operators' messages.
    pub operators_lang: Lang,
    pub office: OfficeHours,
    /// A case waiting this long is posted again.
    pub remind_after: Duration,
    /// Closed cases' message texts and personal data are purged after this long.
    pub retention: chrono::Duration,
}

impl Default for HotlineConfig {
    fn default() -> Self {
        HotlineConfig {
            operators_chat: None,
            operators_lang: Lang::Uz,
            office: OfficeHours::default(),
            remind_after: Duration::from_secs(15 * 60),
            retention: chrono::Duration::days(90),
        }
    }
}

/// When operators are at work: `Mon-Fri 09:00-18:00 +05:00` (days, hours, UTC offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficeHours {
    /// Bit `n` set: open on day `n` (Monday = 0).
    days: u8,
    open: NaiveTime,
    close: NaiveTime,
    offset: FixedOffset,
}

impl Default for OfficeHours {
    /// Monday to Friday, 09:00–18:00 Tashkent time (UTC+5).
    fn default() -> Self {
        "Mon-Fri 09:00-18:00 +05:00".parse().expect("valid default")
    }
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl std::str::FromStr for OfficeHours {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let usage =
            "write office hours like `Mon-Fri 09:00-18:00 +05:00` (days, hours, UTC offset)";
        let parts: Vec<&str> = s.split_whitespace().collect();
        let [days, hours, offset] = parts[..] else {
            return Err(usage.to_string());
        };
        let day = |d: &str| DAYS.iter().position(|x| x.eq_ignore_ascii_case(d));
        let mut mask = 0u8;
        for range in days.split(',') {
            let (a, b) = range.split_once('-').unwrap_or((range, range));
            let (Some(a), Some(b)) = (day(a), day(b)) else {
                return Err(format!("unknown day in `{days}`: {usage}"));
            };
            let mut d = a;
            loop {
                mask |= 1 << d;
                if d == b {
                    break;
                }
                d = (d + 1) % 7;
            }
        }
        let (open, close) = hours.split_once('-').ok_or_else(|| usage.to_string())?;
        let time = |t: &str| {
            NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| format!("bad time `{t}`: {usage}"))
        };
        let (open, close) = (time(open)?, time(close)?);
        if open >= close {
            return Err(format!("the office must open before it closes: {usage}"));
        }
        let offset = offset
            .parse::<FixedOffset>()
            .or_else(|_| format!("{offset}:00").parse::<FixedOffset>())
            .map_err(|_| format!("bad UTC offset `{offset}`: {usage}"))?;
        Ok(OfficeHours {
            days: mask,
            open,
            close,
            offset,
        })
    }
}

impl OfficeHours {
    fn open_on(&self, day: Weekday) -> bool {
        self.days & (1 << day.num_days_from_monday()) != 0
    }

    /// Whether operators are at work at `now`.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        let local = now.with_timezone(&self.offset);
        let t = local.time();
        self.open_on(local.weekday()) && t >= self.open && t < self.close
    }

    /// When the office next opens (local time), `now` if open.
    pub fn next_open(&self, now: DateTime<Utc>) -> DateTime<FixedOffset> {
        let local = now.with_timezone(&self.offset);
        if self.is_open(now) || self.days == 0 {
            return local;
        }
        for ahead in 0..8 {
            let date = local.date_naive() + chrono::Duration::days(ahead);
            if !self.open_on(date.weekday()) {
                continue;
            }
            let at = date.and_time(self.open);
            let Some(at) = at.and_local_timezone(self.offset).single() else {
                continue;
            };
            if at > local {
                return at;
            }
        }
        local
    }

    /// "09:00–18:00", for messages.
    pub fn hours_text(&self) -> String {
        format!(
            "{:02}:{:02}–{:02}:{:02}",
            self.open.hour(),
            self.open.minute(),
            self.close.hour(),
            self.close.minute()
        )
    }
}

/// An operator's command in the operators' group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpCommand {
    Queue,
    Case(Option<i64>),
    Release,
    Note(String),
    Close(String),
    Help,
    /// Not an operator command: ignored (operators also talk among themselves).
    Other,
}

impl OpCommand {
    pub fn parse(text: &str) -> Option<OpCommand> {
        let (name, args) = crate::core::input::split_command(text)?;
        Some(match name.as_str() {
            "queue" => OpCommand::Queue,
            "case" => OpCommand::Case(args.trim_start_matches('#').parse().ok()),
            "release" => OpCommand::Release,
            "note" => OpCommand::Note(args.to_string()),
            "close" => OpCommand::Close(args.to_ascii_lowercase()),
            "help" | "start" => OpCommand::Help,
            _ => OpCommand::Other,
        })
    }
}

/// What an operator did, as the Telegram adapter hands it over.
#[derive(Debug, Clone)]
pub struct OperatorEvent {
    pub operator_id: i64,
    pub operator_name: String,
    pub message_id: i32,
    /// The forum topic the message was written in.
    pub thread_id: Option<i32>,
    /// The message it replies to (plain groups).
    pub reply_to: Option<i32>,
    pub input: OperatorInput,
}

#[derive(Debug, Clone)]
pub enum OperatorInput {
    Command(OpCommand),
    Text(String),
    /// A photo, document, voice… (copied to the user as it is).
    Media(Media),
    /// A button under a case card.
    Button(String),
}

// ---------------------------------------------------------------------------------------------
// The service.

use crate::app::{App, Delivered, Incoming, Turn, render, split_for_telegram};
use crate::content::Content;
use crate::content::texts::escape_html as escape;
use crate::core::country::Country;
use crate::core::hotline::rating_keyboard;
use crate::core::input::Input;
use crate::core::output::{Arg, Effect, KeyButton, Msg, Reply};
use crate::store::hotline::{Case, HotlineTx, NewCase, NewEvent, OUTCOMES, Refusal, Status};
use crate::store::{OutMessage, OutboxRow, StoreError, UserKey};

/// Fluent ids the hotline uses (checked in every language by `safar check`).
pub const HOTLINE_KEYS: &[&str] = &[
    "hotline-consent",
    "hotline-consent-offer",
    "hotline-consent-confirm",
    "hotline-btn-agree",
    "hotline-btn-cancel",
    "hotline-distress",
    "hotline-describe",
    "hotline-btn-skip",
    "hotline-cancelled",
    "hotline-opened",
    "hotline-expect-open",
    "hotline-expect-closed",
    "hotline-rejoined",
    "hotline-in-chat",
    "hotline-leave-ask",
    "hotline-btn-leave",
    "hotline-btn-stay",
    "hotline-left",
    "hotline-stay",
    "hotline-left-chat",
    "hotline-from-operator",
    "hotline-from-operator-media",
    "hotline-taken",
    "hotline-released",
    "hotline-not-relayed",
    "hotline-closed",
    "hotline-btn-rate",
    "hotline-rated",
    "hotline-forget-ask",
    "hotline-btn-forget",
    "hotline-btn-keep",
    "hotline-forgotten",
    "hotline-forget-kept",
    "ops-card",
    "ops-reminder",
    "ops-btn-take",
    "ops-btn-take-case",
    "ops-offer",
    "ops-from-user",
    "ops-user-message",
    "ops-error",
    "ops-taken",
    "ops-taken-by-other",
    "ops-case-closed",
    "ops-case-not-found",
    "ops-case-not-taken",
    "ops-queue",
    "ops-queue-line",
    "ops-case-usage",
    "ops-help",
    "ops-no-case",
    "ops-released",
    "ops-note-usage",
    "ops-note-saved",
    "ops-close-usage",
    "ops-closed",
    "ops-user-blocked",
    "ops-delivery-failed",
    "ops-rated",
    "ops-forgotten",
];

/// Telegram's limit for a caption.
const MAX_CAPTION: usize = 1024;

/// Callback data of the Take button.
pub fn take_data(case: i64) -> String {
    format!("t:{case}")
}

impl App {
    fn ops_chat(&self) -> i64 {
        self.hotline.operators_chat.unwrap_or_default()
    }

    /// A message to the operators' group about `case` (into its topic in a forum).
    fn to_ops(
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
    fn to_user(
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
    fn card(&self, case: &Case, kind: &str) -> Reply {
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
        if kind == "reminder" {
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
                    data: take_data(case.id),
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
                        &crate::app::hotline_unavailable_reply(),
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
                        offer_risk: offer.as_ref().map(|o| o.risk.clone()),
                        offer_flags: offer.as_ref().map(|o| o.flags.clone()),
                    };
                    let id = tx.open_case(&new).await?;
                    let case = tx.case(id).await?.expect("just inserted");
                    tracing::info!(case_id = id, priority = priority.code(), "case opened");
                    out.extend(self.to_ops(
                        &content,
                        Some(id),
                        "case_card",
                        &self.card(&case, "card"),
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
    fn opened_reply(&self, case: &Case, country: Option<Country>) -> Reply {
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
    async fn relay_from_user(
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
                let Some(case) = data.strip_prefix("t:").and_then(|c| c.parse::<i64>().ok()) else {
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
                            data: take_data(c.id),
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
                        &self.card(&case, "card"),
                    )),
                    None => out.extend(say(here, refusal(n, Refusal::NotFound))),
                },
            },
            OperatorInput::Command(OpCommand::Help) => out.extend(say(here, Msg::new("ops-help"))),
            OperatorInput::Command(OpCommand::Other) => {}
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
                                    &self.card(&c, "card"),
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
                &self.card(case, "reminder"),
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

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn office_hours_in_tashkent_time() {
        let office = OfficeHours::default();
        // Monday 2026-11-30 10:00 in Tashkent = 05:00 UTC.
        assert!(office.is_open(at("2026-11-30T05:00:00Z")));
        assert!(
            !office.is_open(at("2026-11-30T13:00:00Z")),
            "18:00 local: closed"
        );
        assert!(!office.is_open(at("2026-11-28T06:00:00Z")), "Saturday");
        // Friday evening → Monday 09:00.
        let next = office.next_open(at("2026-11-27T15:00:00Z"));
        assert_eq!(next.to_rfc3339(), "2026-11-30T09:00:00+05:00");
        // Early Tuesday → the same day.
        let next = office.next_open(at("2026-12-01T01:00:00Z"));
        assert_eq!(next.to_rfc3339(), "2026-12-01T09:00:00+05:00");
    }

    #[test]
    fn office_hours_parse_errors_say_how_to_write_them() {
        assert!("Mon-Sun 00:00-23:59 +00:00".parse::<OfficeHours>().is_ok());
        assert!("Sat,Sun 10:00-14:00 +05".parse::<OfficeHours>().is_ok());
        for bad in [
            "",
            "Mon-Fri",
            "Mon-Xyz 09:00-18:00 +05:00",
            "Mon 18:00-09:00 +05:00",
        ] {
            let e = bad.parse::<OfficeHours>().unwrap_err();
            assert!(e.contains("Mon-Fri 09:00-18:00"), "{bad}: {e}");
        }
    }

    #[test]
    fn operator_commands() {
        assert_eq!(OpCommand::parse("/queue@safar_bot"), Some(OpCommand::Queue));
        assert_eq!(
            OpCommand::parse("/case #12"),
            Some(OpCommand::Case(Some(12)))
        );
        assert_eq!(OpCommand::parse("/case x"), Some(OpCommand::Case(None)));
        assert_eq!(
            OpCommand::parse("/note called back"),
            Some(OpCommand::Note("called back".into()))
        );
        assert_eq!(
            OpCommand::parse("/close Referred"),
            Some(OpCommand::Close("referred".into()))
        );
        assert_eq!(OpCommand::parse("hello"), None);
    }
}
