//! The Telegram adapter: teloxide's dispatcher at the edge. Updates become [`Incoming`]
//! events for the [`App`]; its rendered replies become `sendMessage` calls. Nothing past this
//! module sees a teloxide type.

mod alerts;
pub mod api;
pub mod delivery;
mod entities;
mod files;
pub mod intake;
pub mod logs;
mod photo;
mod pump;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use anyhow::Context as _;
use teloxide::prelude::*;
use teloxide::types::{AllowedUpdate, BotCommand};
use url::Url;

use crate::app::{App, Incoming};
use crate::core::input::{Input, Media};
use crate::core::operators::{OpCommand, OperatorEvent, OperatorInput};
use crate::html;
use crate::lang::Lang;
use crate::store::UserKey;
use delivery::{Delivery, DeliveryConfig};
use intake::Intake;

#[derive(Debug, Clone)]
pub struct TelegramConfig {
    pub token: String,
    /// `None`: Telegram's own Bot API server.
    pub api_url: Option<Url>,
    /// `None`: long polling.
    pub webhook: Option<WebhookConfig>,
    pub delivery: DeliveryConfig,
    /// Timeout of one HTTP request to the Bot API; long polling waits for less than this.
    pub http_timeout: Duration,
}

impl TelegramConfig {
    pub fn new(token: String, api_url: Option<Url>) -> Self {
        TelegramConfig {
            token,
            api_url,
            webhook: None,
            delivery: DeliveryConfig::default(),
            http_timeout: Duration::from_secs(17),
        }
    }

    /// How long one getUpdates call waits for updates: well under the HTTP timeout.
    fn polling_timeout(&self) -> Duration {
        (self.http_timeout / 2).clamp(Duration::from_secs(1), Duration::from_secs(10))
    }
}

#[derive(Debug, Clone)]
pub struct WebhookConfig {
    /// The public HTTPS address Telegram posts updates to.
    pub url: Url,
    /// Where to listen (behind a reverse proxy or directly).
    pub listen: SocketAddr,
    /// Secret Telegram sends in `X-Telegram-Bot-Api-Secret-Token`; generated if `None`.
    pub secret: Option<String>,
}

/// A bot that is running; stop it with [`RunningBot::stop`].
pub struct RunningBot {
    /// The intake (polling loop or webhook server) and the delivery stage.
    intake: tokio::task::JoinHandle<anyhow::Result<()>>,
    delivery: Arc<Delivery>,
    delivery_task: tokio::task::JoinHandle<()>,
    /// Set when the intake or the delivery stage has ended, however it ended (a panic included).
    ended: watch::Receiver<bool>,
    stop: watch::Sender<bool>,
    /// Webhook mode: removes the webhook at stop.
    bot: Option<Bot>,
    /// In webhook mode, the address actually listened on (useful with port 0).
    pub listen_addr: Option<SocketAddr>,
}

impl RunningBot {
    /// Becomes `true` when the intake or delivery has stopped, for whatever reason (tests race
    /// it against what they wait for, so a panic in the bot fails them at once).
    pub fn ended(&self) -> watch::Receiver<bool> {
        self.ended.clone()
    }

    /// Stops the bot: no more fetching; the updates in hand are handled and committed however
    /// long that takes; what can be sent within `grace` is sent (the rest stays in the outbox
    /// for the next start).
    pub async fn stop(self, grace: Duration) {
        tracing::info!("stopping: handling the updates in hand");
        self.stop.send_replace(true);
        match self.intake.await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::error!(error = %e, "the intake had stopped"),
            Err(e) => tracing::error!(error = %e, "the intake ended abnormally"),
        }
        if let Some(bot) = &self.bot
            && let Err(e) = bot.delete_webhook().await
        {
            tracing::warn!(error = %logs::request_error_kind(&e), "deleteWebhook failed");
        }
        self.delivery.finish(grace).await;
        let _ = tokio::time::timeout(Duration::from_secs(1), self.delivery_task).await;
        tracing::info!("bot stopped");
    }

    /// Whether the intake or the delivery stage has ended.
    pub fn is_finished(&self) -> bool {
        *self.ended.borrow()
    }
}

pub fn make_bot(config: &TelegramConfig) -> Bot {
    let client = teloxide::net::default_reqwest_settings()
        .timeout(config.http_timeout)
        .build()
        .expect("the HTTP client builds with default TLS settings");
    let bot = Bot::with_client(config.token.clone(), client);
    match &config.api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    }
}

/// Starts the bot: checks the token with `getMe`, sets the command menus, starts the delivery
/// stage and the intake (long polling, or a webhook server with `GET /healthz`).
pub async fn start(app: App, config: TelegramConfig) -> anyhow::Result<RunningBot> {
    let bot = make_bot(&config);
    let me = bot.get_me().await.map_err(|e| start_error(&config, &e))?;
    tracing::info!(bot_id = me.id.0, "connected to Telegram");
    tokio::spawn(set_commands(bot.clone(), app.clone()));
    let api = api::Api::new(http_client(&config), config.api_url.as_ref(), &config.token);
    let mut delivery = Delivery::new(bot.clone(), api.clone(), app.clone(), config.delivery);
    if let Some(ops) = app.operators().cloned() {
        ops.restore()
            .await
            .context("cannot read the operators' group's id")?;
        let forum = check_operators_chat(&bot, &ops, me.id, &config).await?;
        let chat = ops.current();
        app.store()
            .adopt_topics(chat)
            .await
            .context("cannot read the cases' topics")?;
        tracing::info!(chat_id = chat, forum, "hotline: operators' group");
        delivery = delivery.with_operators(ops, forum);
    }
    let delivery = Arc::new(delivery);
    let (ended_tx, ended) = watch::channel(false);
    let ended_tx = Arc::new(ended_tx);
    // What a previous run left pending is pending like anything else: the stage sends it.
    let delivery_task = spawn_watched(ended_tx.clone(), delivery.clone().run());
    // Retention in every mode; reminders when there is a hotline.
    tokio::spawn(upkeep(app.clone(), delivery.clone()));
    tokio::spawn(alerts::write_jobs(app.clone(), delivery.clone()));
    if let Err(e) = app.restore_parts().await {
        tracing::error!(error = %e, "cannot read the parts of long texts left waiting");
    }
    let intake = Arc::new(Intake::new(bot.clone(), app, delivery.clone(), api));
    let (stop, stop_rx) = watch::channel(false);
    tokio::spawn(intake.clone().flush_parts(stop_rx.clone()));

    match config.webhook {
        None => {
            if let Err(e) = bot.delete_webhook().await {
                tracing::warn!(error = %logs::request_error_kind(&e), "deleteWebhook failed");
            }
            let (wait, timeout) = (config.polling_timeout(), config.http_timeout);
            let task = spawn_watched(
                ended_tx,
                pump::Pump::new(intake).run(stop_rx, wait, timeout),
            );
            Ok(RunningBot {
                intake: task,
                delivery,
                delivery_task,
                ended,
                stop,
                bot: None,
                listen_addr: None,
            })
        }
        Some(webhook) => {
            let secret = match webhook.secret {
                Some(secret) => {
                    let valid = (1..=256).contains(&secret.len())
                        && secret
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                    anyhow::ensure!(
                        valid,
                        "the webhook secret must be 1 to 256 characters: A-Z a-z 0-9 _ -"
                    );
                    secret
                }
                None => random_secret(),
            };
            let tcp = tokio::net::TcpListener::bind(webhook.listen)
                .await
                .with_context(|| format!("cannot listen on {}", webhook.listen))?;
            let listen_addr = tcp.local_addr()?;
            bot.set_webhook(webhook.url.clone())
                .secret_token(secret.clone())
                .max_connections(40)
                .allowed_updates([
                    AllowedUpdate::Message,
                    AllowedUpdate::EditedMessage,
                    AllowedUpdate::CallbackQuery,
                ])
                .await
                .map_err(|e| {
                    anyhow::anyhow!("setWebhook failed: {}", logs::request_error_kind(&e))
                })?;
            let path = match webhook.url.path() {
                "" => "/".to_string(),
                p => p.to_string(),
            };
            let router = webhook_router(&path, secret, intake);
            tracing::info!(%listen_addr, "webhook server listening");
            let task = spawn_watched(ended_tx, async move {
                let mut stop_rx = stop_rx;
                axum::serve(tcp, router)
                    .with_graceful_shutdown(async move {
                        let _ = stop_rx.wait_for(|s| *s).await;
                    })
                    .await
                    .context("the webhook server failed")
            });
            Ok(RunningBot {
                intake: task,
                delivery,
                delivery_task,
                ended,
                stop,
                bot: Some(bot),
                listen_addr: Some(listen_addr),
            })
        }
    }
}

/// The HTTP client of Safar's own requests: the same timeout as teloxide's.
fn http_client(config: &TelegramConfig) -> reqwest::Client {
    teloxide::net::default_reqwest_settings()
        .timeout(config.http_timeout)
        .build()
        .expect("the HTTP client builds with default TLS settings")
}

/// A webhook secret when none is given: 32 random bytes, hex.
fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the system's random source works");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The webhook server: `POST <path>` with Telegram's secret header, answered 200 once the
/// update's turn is committed (500 if it was not: Telegram sends it again); `GET /healthz`.
fn webhook_router(path: &str, secret: String, intake: Arc<Intake>) -> axum::Router {
    use axum::http::{HeaderMap, StatusCode};
    let secret = Arc::new(secret);
    let receive = move |headers: HeaderMap, body: axum::body::Bytes| {
        let (secret, intake) = (secret.clone(), intake.clone());
        async move {
            let given = headers
                .get("X-Telegram-Bot-Api-Secret-Token")
                .map(|v| v.as_bytes());
            if given != Some(secret.as_bytes()) {
                return StatusCode::UNAUTHORIZED;
            }
            let Ok(value) = serde_json::from_slice::<intake::Raw>(&body) else {
                tracing::warn!("the webhook received something that is not an update");
                return StatusCode::OK;
            };
            if intake.handle_one(value).await {
                StatusCode::OK
            } else {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    };
    axum::Router::new()
        .route(path, axum::routing::post(receive))
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .layer(axum::extract::DefaultBodyLimit::max(1 << 20))
}

/// Spawns a loop of the bot; `ended` turns `true` when it ends, by return or by panic.
fn spawn_watched<T: Send + 'static>(
    ended: Arc<watch::Sender<bool>>,
    run: impl Future<Output = T> + Send + 'static,
) -> tokio::task::JoinHandle<T> {
    struct EndedOnDrop(Arc<watch::Sender<bool>>);
    impl Drop for EndedOnDrop {
        fn drop(&mut self) {
            self.0.send_replace(true);
        }
    }
    tokio::spawn(async move {
        let _ended = EndedOnDrop(ended);
        run.await
    })
}

/// What a failed `getMe` at start means, in one line, without the token (a network error's text
/// contains the request URL, and so the token: only its kind is shown).
fn start_error(config: &TelegramConfig, error: &teloxide::RequestError) -> anyhow::Error {
    use teloxide::{ApiError, RequestError};
    let api = config
        .api_url
        .as_ref()
        .map_or("https://api.telegram.org".to_string(), |u| {
            u.as_str().trim_end_matches('/').to_string()
        });
    match error {
        RequestError::Network(e) => {
            let why = if e.is_timeout() {
                "timed out"
            } else if e.is_connect() {
                "connection failed"
            } else {
                "network error"
            };
            anyhow::anyhow!(
                "cannot reach the Bot API at {api} ({why}); check the network and --api-url"
            )
        }
        RequestError::Io(_) => {
            anyhow::anyhow!("cannot reach the Bot API at {api} (input/output error)")
        }
        RequestError::InvalidJson { .. } => anyhow::anyhow!(
            "the Bot API at {api} answered getMe with something that is not the Bot API's JSON; check --api-url"
        ),
        RequestError::Api(ApiError::InvalidToken) => anyhow::anyhow!(
            "Telegram refused the bot token (getMe failed); check the token from BotFather"
        ),
        RequestError::Api(ApiError::Unknown(d)) if d.starts_with("Unauthorized") => {
            anyhow::anyhow!(
                "Telegram refused the bot token (getMe failed); check the token from BotFather"
            )
        }
        other => anyhow::anyhow!(
            "the Bot API at {api} refused getMe: {}",
            match other {
                RequestError::Api(ApiError::Unknown(d)) => d.clone(),
                RequestError::Api(known) => known.to_string(),
                _ => "unexpected answer".to_string(),
            }
        ),
    }
}

/// Localized command menus. Telegram takes two-letter language codes only, so Karakalpak
/// clients (which report none of their own) see the default, Uzbek, menu.
async fn set_commands(bot: Bot, app: App) {
    let content = app.content().get();
    let texts = &content.texts;
    let commands = |lang: Lang| -> Vec<BotCommand> {
        [
            ("start", "cmd-start"),
            ("menu", "cmd-menu"),
            ("language", "cmd-language"),
            ("check", "cmd-check"),
            ("operator", "cmd-operator"),
            ("country", "cmd-country"),
            ("alerts", "cmd-alerts"),
            ("stop", "cmd-stop"),
            ("help", "cmd-help"),
        ]
        .into_iter()
        .map(|(name, key)| BotCommand::new(name, html::to_plain(&texts.get(lang, key))))
        .collect()
    };
    let mut calls = vec![(None, commands(Lang::Uz))];
    for lang in [Lang::Uz, Lang::Ru] {
        calls.push((Some(lang.code()), commands(lang)));
    }
    for (code, list) in calls {
        let mut request = bot.set_my_commands(list);
        if let Some(code) = code {
            request = request.language_code(code);
        }
        if let Err(e) = request.await {
            tracing::warn!(language = code.unwrap_or("default"), error = %e, "setMyCommands failed; the command menu may be missing");
        }
    }
}

/// Whether a chat has topics enabled.
pub(crate) fn chat_is_forum(info: &teloxide::types::ChatFullInfo) -> bool {
    serde_json::to_value(info)
        .ok()
        .and_then(|v| v.get("is_forum").and_then(serde_json::Value::as_bool))
        .unwrap_or(false)
}

/// At start: the operators' group must be a supergroup (following a move to a new id), the
/// bot an administrator there and, in a forum, allowed to manage topics; otherwise the bot does
/// not start, and says what to change. Returns whether the group is a forum.
async fn check_operators_chat(
    bot: &Bot,
    ops: &crate::app::hotline::OperatorsChat,
    me: UserId,
    config: &TelegramConfig,
) -> anyhow::Result<bool> {
    use teloxide::types::ChatMemberKind;
    let mut chat = ops.current();
    let info = match bot.get_chat(ChatId(chat)).await {
        Ok(info) => info,
        Err(teloxide::RequestError::MigrateToChatId(to)) => {
            ops.migrated(chat, to.0)
                .await
                .context("cannot record the operators' group's new id")?;
            chat = to.0;
            bot.get_chat(ChatId(chat))
                .await
                .map_err(|e| operators_chat_error(config, chat, &e))?
        }
        Err(e) => return Err(operators_chat_error(config, chat, &e)),
    };
    anyhow::ensure!(
        info.is_supergroup(),
        "the operators' group {chat} is a basic group: make it a supergroup (in the group's \
         settings turn on Topics, or make the history visible to new members), then start again; \
         the bot follows the group's new id"
    );
    let member = bot
        .get_chat_member(ChatId(chat), me)
        .await
        .map_err(|e| operators_chat_error(config, chat, &e))?;
    let (admin, topics) = match &member.kind {
        ChatMemberKind::Owner(_) => (true, true),
        ChatMemberKind::Administrator(a) => (true, a.can_manage_topics),
        _ => (false, false),
    };
    anyhow::ensure!(
        admin,
        "the bot is not an administrator of the operators' group {chat}: make it one (group \
         settings → Administrators), then start again"
    );
    let forum = chat_is_forum(&info);
    anyhow::ensure!(
        !forum || topics,
        "the operators' group {chat} has topics, but the bot may not manage them: give it the \
         administrator right \"Manage topics\", then start again"
    );
    Ok(forum)
}

/// A failed check of the operators' group at start, in one line.
fn operators_chat_error(
    config: &TelegramConfig,
    chat: i64,
    error: &teloxide::RequestError,
) -> anyhow::Error {
    use teloxide::{ApiError, RequestError};
    match error {
        RequestError::Network(_) | RequestError::Io(_) => start_error(config, error),
        RequestError::Api(ApiError::ChatNotFound) => anyhow::anyhow!(
            "the operators' group {chat} was not found: check --operators-chat, and that the bot \
             is a member of the group"
        ),
        RequestError::Api(
            ApiError::BotKicked | ApiError::BotKickedFromSupergroup | ApiError::BotBlocked,
        ) => anyhow::anyhow!(
            "the bot is not in the operators' group {chat}: add it as an administrator, then \
             start again"
        ),
        RequestError::Api(ApiError::Unknown(d)) if d.starts_with("Forbidden") => anyhow::anyhow!(
            "the bot is not in the operators' group {chat}: add it as an administrator, then \
             start again"
        ),
        RequestError::Api(ApiError::Unknown(d)) => {
            anyhow::anyhow!("cannot check the operators' group {chat}: {d}")
        }
        RequestError::Api(known) => {
            anyhow::anyhow!("cannot check the operators' group {chat}: {known}")
        }
        _ => anyhow::anyhow!("cannot check the operators' group {chat}: unexpected answer"),
    }
}

/// For as long as the bot runs: checked offers expire, the retention purge runs (with or
/// without a hotline), waiting cases are posted again and the monthly report is posted.
async fn upkeep(app: App, delivery: Arc<Delivery>) {
    let config = app.hotline_config();
    let every = (config.remind_after / 4)
        .min(config.draft_ttl / 2)
        .min(config.purge_every)
        .clamp(Duration::from_millis(200), Duration::from_secs(60));
    let purge_every = config.purge_every;
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_purge: Option<tokio::time::Instant> = None;
    loop {
        tick.tick().await;
        app.expire_drafts().await;
        if last_purge.is_none_or(|t| t.elapsed() >= purge_every) {
            for (chat, topic) in app.purge().await {
                delivery.delete_topic(chat, topic).await;
            }
            if let Err(e) = app
                .store()
                .prune_intake_marks(chrono::Duration::days(2))
                .await
            {
                tracing::warn!(error = %e, "cannot prune the intake marks");
            }
            last_purge = Some(tokio::time::Instant::now());
        }
        let mut rows = app.remind().await;
        rows.extend(app.monthly_report().await);
        if !rows.is_empty() {
            delivery.wake();
        }
    }
}

/// A private message becomes an [`Incoming`]; messages from other chats are ignored (the
/// operators' group is handled by [`operator_event`]).
pub(crate) fn incoming_message(msg: &Message) -> Option<Incoming> {
    if !msg.chat.is_private() {
        return None;
    }
    let from = msg.from.as_ref()?;
    let media = (msg.text().is_none()).then(|| media_kind(msg));
    let input = if let Some(text) = msg.text() {
        Input::from_text(text)
    } else if let Some(caption) = msg.caption().filter(|c| !c.trim().is_empty()) {
        // A forwarded or pasted post with a picture: the caption is what can be read.
        Input::Text(caption.to_string())
    } else {
        Input::Unsupported(media_kind(msg))
    };
    Some(Incoming {
        user: UserKey {
            user_id: from.id.0 as i64,
            chat_id: msg.chat.id.0,
        },
        language_code: from.language_code.clone(),
        input,
        message_id: Some(msg.id.0),
        media,
        first_name: Some(from.first_name.clone()),
    })
}

/// A message in the operators' group becomes an [`OperatorEvent`].
pub(crate) fn operator_event(msg: &Message) -> Option<OperatorEvent> {
    // Service messages (a pin, a topic closed or renamed, members joining) are nobody's words.
    if !matches!(msg.kind, teloxide::types::MessageKind::Common(_)) {
        return None;
    }
    let thread_id = msg
        .thread_id
        .filter(|_| msg.is_topic_message)
        .map(|t| t.0.0);
    // Written as the group, or by an admin who remains anonymous: Telegram does not say who.
    if msg.sender_chat.is_some() || msg.from.as_ref().is_some_and(|u| u.is_anonymous()) {
        return Some(OperatorEvent {
            operator_id: 0,
            operator_name: String::new(),
            message_id: msg.id.0,
            thread_id,
            reply_to: msg.reply_to_message().map(|m| m.id.0),
            input: OperatorInput::Anonymous,
            caption: None,
            html: None,
        });
    }
    let from = msg.from.as_ref().filter(|u| !u.is_bot)?;
    let input = match msg.text() {
        Some(text) => match OpCommand::parse(text) {
            Some(command) => OperatorInput::Command(command),
            None => OperatorInput::Text(text.to_string()),
        },
        None => OperatorInput::Media(media_kind(msg)),
    };
    Some(OperatorEvent {
        operator_id: from.id.0 as i64,
        operator_name: from.first_name.clone(),
        message_id: msg.id.0,
        thread_id,
        reply_to: msg.reply_to_message().map(|m| m.id.0),
        input,
        caption: msg.caption().map(str::to_string),
        html: formatted(msg),
    })
}

/// The message's text or caption with its formatting and links, when it has any.
fn formatted(msg: &Message) -> Option<String> {
    let (text, entities) = match (msg.text(), msg.caption()) {
        (Some(text), _) => (text, msg.entities()?),
        (None, Some(caption)) => (caption, msg.caption_entities()?),
        _ => return None,
    };
    if entities.is_empty() {
        return None;
    }
    entities::to_html(text, entities)
}

fn media_kind(msg: &Message) -> Media {
    if msg.sticker().is_some() {
        Media::Sticker
    } else if msg.photo().is_some() {
        Media::Photo
    } else if msg.voice().is_some() || msg.audio().is_some() || msg.video_note().is_some() {
        Media::Voice
    } else if msg.video().is_some() || msg.animation().is_some() {
        Media::Video
    } else if msg.document().is_some() {
        Media::Document
    } else {
        Media::Other
    }
}
