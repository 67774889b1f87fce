//! The Telegram adapter: teloxide's dispatcher at the edge. Updates become [`Incoming`]
//! events for the [`App`]; its rendered replies become `sendMessage` calls. Nothing past this
//! module sees a teloxide type.

pub mod delivery;
pub mod logs;
mod photo;

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use anyhow::Context as _;
use teloxide::dispatching::{Dispatcher, ShutdownToken, UpdateFilterExt};
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::types::BotCommand;
use teloxide::update_listeners::{Polling, webhooks};
use url::Url;

use crate::app::{App, Incoming};
use crate::core::input::{Input, Media};
use crate::core::operators::{OpCommand, OperatorEvent, OperatorInput};
use crate::html;
use crate::lang::Lang;
use crate::store::UserKey;
use delivery::{CaseFailure, Delivery, DeliveryConfig};

type HandlerResult = Result<(), Infallible>;

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
    task: tokio::task::JoinHandle<()>,
    /// Set when the dispatcher's task has ended, however it ended (a panic included).
    ended: watch::Receiver<bool>,
    shutdown: ShutdownToken,
    /// In webhook mode, the address actually listened on (useful with port 0).
    pub listen_addr: Option<SocketAddr>,
}

impl RunningBot {
    /// Becomes `true` when the dispatcher has stopped, for whatever reason (tests race it
    /// against what they wait for, so a panic in the bot fails them at once).
    pub fn ended(&self) -> watch::Receiver<bool> {
        self.ended.clone()
    }

    /// A token that asks the dispatcher to stop after the updates in hand.
    pub fn shutdown_token(&self) -> ShutdownToken {
        self.shutdown.clone()
    }

    /// Asks the dispatcher to stop and waits up to `grace` for it. The future returned by
    /// `ShutdownToken::shutdown` is deliberately not awaited: it can hang when dispatching has
    /// already ended. Joining the task with a timeout cannot.
    pub async fn stop(self, grace: Duration) {
        let deadline = tokio::time::Instant::now() + grace;
        // A dispatcher that has not started dispatching yet refuses a shutdown request; ask
        // again until it accepts or ends.
        while !request_shutdown(&self.shutdown)
            && !self.task.is_finished()
            && tokio::time::Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.wait(deadline.saturating_duration_since(tokio::time::Instant::now()))
            .await;
    }

    /// Waits up to `grace` for the dispatcher to end on its own (after a shutdown request).
    pub async fn wait(mut self, grace: Duration) {
        match tokio::time::timeout(grace, &mut self.task).await {
            Ok(Ok(())) => tracing::info!("bot stopped"),
            Ok(Err(e)) => tracing::error!(error = %e, "bot task ended abnormally"),
            Err(_) => {
                tracing::warn!("bot did not stop in time; aborting");
                self.task.abort();
            }
        }
    }

    /// Whether the dispatcher task has ended.
    pub fn is_finished(&self) -> bool {
        self.task.is_finished()
    }
}

/// Asks a dispatcher to stop, without awaiting the returned future (see [`RunningBot::stop`]).
/// Returns whether the request was accepted (it is not while the dispatcher is idle).
pub fn request_shutdown(token: &ShutdownToken) -> bool {
    match token.shutdown() {
        Ok(future) => {
            drop(future);
            tracing::info!("shutting down after the updates in hand");
            true
        }
        Err(_) => false,
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

/// Starts the bot: checks the token with `getMe`, sets the command menus, and spawns the
/// dispatcher (long polling, or a webhook server with `GET /healthz`).
pub async fn start(app: App, config: TelegramConfig) -> anyhow::Result<RunningBot> {
    let bot = make_bot(&config);
    let me = bot.get_me().await.map_err(|e| start_error(&config, &e))?;
    tracing::info!(bot_id = me.id.0, "connected to Telegram");
    tokio::spawn(set_commands(bot.clone(), app.clone()));
    let mut delivery = Delivery::new(bot.clone(), app.store().clone(), config.delivery);
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
    // Messages a previous run queued and did not get to send (hotline relays included). The
    // last row of that run is read now, before any update is handled: read later, it could
    // include this run's replies, which would then go out twice.
    let left_over = app
        .store()
        .last_outbox_id()
        .await
        .context("cannot read the outbox")?;
    tokio::spawn({
        let (app, delivery) = (app.clone(), delivery.clone());
        async move {
            let failures = delivery.deliver_pending(left_over).await;
            report_failures(&app, &delivery, failures).await;
        }
    });
    // Retention in every mode; reminders when there is a hotline.
    tokio::spawn(upkeep(app.clone(), delivery.clone()));

    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_edited_message().endpoint(on_edited))
        .branch(Update::filter_callback_query().endpoint(on_callback));
    let mut dispatcher = Dispatcher::builder(bot.clone(), handler)
        .dependencies(dptree::deps![app, delivery])
        .default_handler(|update| async move {
            tracing::debug!(
                update_id = update.id.0,
                "update of a kind Safar does not handle"
            );
        })
        .error_handler(LoggingErrorHandler::with_custom_text(
            "error in an update handler",
        ))
        .build();
    let shutdown = dispatcher.shutdown_token();

    match config.webhook {
        None => {
            let listener = Polling::builder(bot)
                .timeout(config.polling_timeout())
                .delete_webhook()
                .await
                .build();
            let (task, ended) = spawn_watched(async move {
                dispatcher
                    .dispatch_with_listener(
                        listener,
                        LoggingErrorHandler::with_custom_text("error from the update listener"),
                    )
                    .await
            });
            Ok(RunningBot {
                task,
                ended,
                shutdown,
                listen_addr: None,
            })
        }
        Some(webhook) => {
            let tcp = tokio::net::TcpListener::bind(webhook.listen)
                .await
                .with_context(|| format!("cannot listen on {}", webhook.listen))?;
            let listen_addr = tcp.local_addr()?;
            let mut options = webhooks::Options::new(listen_addr, webhook.url.clone());
            if let Some(secret) = webhook.secret {
                // teloxide panics on a secret Telegram would refuse: refuse it here, in words.
                let valid = (1..=256).contains(&secret.len())
                    && secret
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                anyhow::ensure!(
                    valid,
                    "the webhook secret must be 1 to 256 characters: A-Z a-z 0-9 _ -"
                );
                options = options.secret_token(secret);
            }
            let (listener, stop_flag, router) = webhooks::axum_to_router(bot, options)
                .await
                .context("setWebhook failed")?;
            let router = router.route("/healthz", axum::routing::get(|| async { "ok" }));
            tokio::spawn(async move {
                if let Err(e) = axum::serve(tcp, router)
                    .with_graceful_shutdown(stop_flag)
                    .await
                {
                    tracing::error!(error = %e, "webhook server failed");
                }
            });
            tracing::info!(%listen_addr, "webhook server listening");
            let (task, ended) = spawn_watched(async move {
                dispatcher
                    .dispatch_with_listener(
                        listener,
                        LoggingErrorHandler::with_custom_text("error from the webhook listener"),
                    )
                    .await
            });
            Ok(RunningBot {
                task,
                ended,
                shutdown,
                listen_addr: Some(listen_addr),
            })
        }
    }
}

/// Spawns the dispatcher; the receiver turns `true` when it ends, by return or by panic.
fn spawn_watched(
    dispatch: impl Future<Output = ()> + Send + 'static,
) -> (tokio::task::JoinHandle<()>, watch::Receiver<bool>) {
    struct EndedOnDrop(watch::Sender<bool>);
    impl Drop for EndedOnDrop {
        fn drop(&mut self) {
            self.0.send_replace(true);
        }
    }
    let (tx, rx) = watch::channel(false);
    let task = tokio::spawn(async move {
        let _ended = EndedOnDrop(tx);
        dispatch.await;
    });
    (task, rx)
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
            last_purge = Some(tokio::time::Instant::now());
        }
        let mut rows = app.remind().await;
        rows.extend(app.monthly_report().await);
        if !rows.is_empty() {
            let failures = delivery.deliver(&rows).await;
            report_failures(&app, &delivery, failures).await;
        }
    }
}

/// Tells the operators about hotline messages that did not reach their user, and the user
/// (and the admins) about messages that did not reach the operators.
async fn report_failures(app: &App, delivery: &Delivery, failures: Vec<CaseFailure>) {
    for f in failures {
        if f.to_operators {
            let rows = app.operators_unreachable(f.case, f.reason).await;
            // To the user and the admins; their own failures are only logged.
            let _ = delivery.deliver(&rows).await;
            continue;
        }
        let rows = app.case_delivery_failed(f.case, f.blocked).await;
        // Notices go to the operators' group; their own failures are only logged.
        let _ = delivery.deliver(&rows).await;
    }
}

/// A private message becomes an [`Incoming`]; messages from other chats are ignored (the
/// operators' group is handled by [`operator_event`]).
fn incoming_message(msg: &Message) -> Option<Incoming> {
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
fn operator_event(msg: &Message) -> Option<OperatorEvent> {
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
    })
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

/// Runs one update's handling; a panic in it (a bug: the app catches its own, this is the net
/// under delivery) is logged with the chat id only, and the bot goes on with the next update.
async fn guarded(chat_id: i64, step: impl std::future::Future<Output = ()>) -> HandlerResult {
    let step = std::panic::AssertUnwindSafe(step);
    if futures::FutureExt::catch_unwind(step).await.is_err() {
        tracing::error!(
            chat_id,
            "handling an update panicked; going on with the next"
        );
    }
    Ok(())
}

async fn on_message(bot: Bot, msg: Message, app: App, delivery: Arc<Delivery>) -> HandlerResult {
    guarded(msg.chat.id.0, message_step(bot, msg, app, delivery)).await
}

async fn message_step(bot: Bot, msg: Message, app: App, delivery: Arc<Delivery>) {
    if let Some(ops) = app.operators() {
        // The group became a supergroup: Telegram says so in the old chat (and in the new).
        let moved = match (msg.migrate_to_chat_id(), msg.migrate_from_chat_id()) {
            (Some(to), _) if ops.is(msg.chat.id.0) => Some((msg.chat.id.0, to.0)),
            (_, Some(from)) if from.0 == ops.current() => Some((from.0, msg.chat.id.0)),
            _ => None,
        };
        if let Some((from, to)) = moved {
            delivery.follow_operators(from, to).await;
            return;
        }
    }
    if app
        .operators()
        .is_some_and(|o| o.current() == msg.chat.id.0)
    {
        if let Some(event) = operator_event(&msg) {
            let rows = app.handle_operator(event).await;
            let failures = delivery.deliver(&rows).await;
            report_failures(&app, &delivery, failures).await;
        }
        return;
    }
    let Some(incoming) = incoming_message(&msg) else {
        tracing::debug!(
            chat_id = msg.chat.id.0,
            "ignoring a message outside a private chat"
        );
        return;
    };
    // A screenshot of an offer is read first (when there is an OCR engine).
    let incoming = photo::read_if_wanted(&bot, &app, &delivery, &msg, incoming).await;
    respond(&app, &delivery, incoming).await;
}

async fn on_edited(msg: Message, app: App, delivery: Arc<Delivery>) -> HandlerResult {
    guarded(msg.chat.id.0, edited_step(msg, app, delivery)).await
}

/// A corrected message: relayed in an open case (either way), ignored anywhere else.
async fn edited_step(msg: Message, app: App, delivery: Arc<Delivery>) {
    let Some(text) = msg.text().or(msg.caption()).map(str::to_string) else {
        return;
    };
    let rows = if app
        .operators()
        .is_some_and(|o| o.current() == msg.chat.id.0)
    {
        let Some(mut event) = operator_event(&msg) else {
            return;
        };
        // A corrected command (`/note …`) stays a command: never sent to the user.
        if matches!(
            event.input,
            OperatorInput::Anonymous | OperatorInput::Command(_)
        ) {
            return;
        }
        event.input = OperatorInput::Edited(text);
        app.handle_operator(event).await
    } else if msg.chat.is_private() {
        let Some(from) = msg.from.as_ref() else {
            return;
        };
        let user = UserKey {
            user_id: from.id.0 as i64,
            chat_id: msg.chat.id.0,
        };
        app.relay_user_edit(user, &text).await
    } else {
        return;
    };
    let failures = delivery.deliver(&rows).await;
    report_failures(&app, &delivery, failures).await;
}

async fn on_callback(
    bot: Bot,
    query: CallbackQuery,
    app: App,
    delivery: Arc<Delivery>,
) -> HandlerResult {
    guarded(
        query.from.id.0 as i64,
        callback_step(bot, query, app, delivery),
    )
    .await
}

async fn callback_step(bot: Bot, query: CallbackQuery, app: App, delivery: Arc<Delivery>) {
    // Answer first so the button stops spinning on the user's phone, whatever happens next.
    // One attempt: an answer that comes late is useless.
    let answered = delivery
        .bounded(bot.answer_callback_query(query.id.clone()))
        .await;
    if let Err(e) = answered {
        tracing::debug!(user_id = query.from.id.0, error = %e, "answerCallbackQuery failed");
    }
    let chat = query.message.as_ref().map(|m| m.chat().id);
    // A button under a message in the operators' group: an operator's action. Anywhere else
    // it is a user's button, whatever its data says.
    if let Some(ops) = app.operators()
        && chat == Some(ChatId(ops.current()))
    {
        let message = query.message.as_ref().and_then(|m| m.regular_message());
        let event = OperatorEvent {
            operator_id: query.from.id.0 as i64,
            operator_name: query.from.first_name.clone(),
            message_id: message.map_or(0, |m| m.id.0),
            thread_id: message
                .and_then(|m| m.thread_id.filter(|_| m.is_topic_message))
                .map(|t| t.0.0),
            reply_to: None,
            input: OperatorInput::Button(query.data.clone().unwrap_or_default()),
            caption: None,
        };
        let rows = app.handle_operator(event).await;
        let failures = delivery.deliver(&rows).await;
        report_failures(&app, &delivery, failures).await;
        return;
    }
    let chat_id = chat
        .filter(|c| c.is_user())
        .unwrap_or(ChatId(query.from.id.0 as i64));
    let mut incoming = Incoming::new(
        UserKey {
            user_id: query.from.id.0 as i64,
            chat_id: chat_id.0,
        },
        query.from.language_code.clone(),
        Input::Button(query.data.clone().unwrap_or_default()),
    );
    // Consent to a case is often a button: the card's name comes from whoever pressed it.
    incoming.first_name = Some(query.from.first_name.clone());
    respond(&app, &delivery, incoming).await;
}

/// Runs the event through the app (state and replies committed together) and delivers the
/// replies; this chat's next update waits until they are out, so replies stay in order.
async fn respond(app: &App, delivery: &Delivery, incoming: Incoming) {
    let done = app.handle_for_delivery(incoming).await;
    let failures = delivery.deliver(&done.rows).await;
    for message in &done.direct {
        delivery.send_direct(message).await;
    }
    for &(chat, topic) in &done.topics_to_delete {
        delivery.delete_topic(chat, topic).await;
    }
    report_failures(app, delivery, failures).await;
}
