//! The Telegram adapter: teloxide's dispatcher at the edge. Updates become [`Incoming`]
//! events for the [`App`]; its rendered replies become `sendMessage` calls. Nothing past this
//! module sees a teloxide type.

pub mod delivery;

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
    let me = bot
        .get_me()
        .await
        .context("Telegram refused the bot token (getMe failed); check the token from BotFather")?;
    tracing::info!(bot_id = me.id.0, "connected to Telegram");
    tokio::spawn(set_commands(bot.clone(), app.clone()));
    let mut delivery = Delivery::new(bot.clone(), app.store().clone(), config.delivery);
    if let Some(chat) = app.hotline_config().operators_chat {
        let forum = is_forum(&bot, chat).await;
        tracing::info!(chat_id = chat, forum, "hotline: operators' group");
        delivery = delivery.with_operators(chat, forum);
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
    if app.hotline_config().operators_chat.is_some() {
        tokio::spawn(hotline_upkeep(app.clone(), delivery.clone()));
    }

    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
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

/// Whether the operators' group has topics enabled (`getChat`); on any doubt, plain mode.
async fn is_forum(bot: &Bot, chat: i64) -> bool {
    match bot.get_chat(ChatId(chat)).await {
        Ok(info) => serde_json::to_value(&info)
            .ok()
            .and_then(|v| v.get("is_forum").and_then(serde_json::Value::as_bool))
            .unwrap_or(false),
        Err(e) => {
            tracing::warn!(chat_id = chat, error = %e, "getChat on the operators' group failed; assuming a plain group");
            false
        }
    }
}

/// Reminders for waiting cases, the retention purge and the monthly report, for as long as
/// the bot runs.
async fn hotline_upkeep(app: App, delivery: Arc<Delivery>) {
    let every = (app.hotline_config().remind_after / 4)
        .clamp(Duration::from_millis(200), Duration::from_secs(60));
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_purge: Option<tokio::time::Instant> = None;
    loop {
        tick.tick().await;
        if last_purge.is_none_or(|t| t.elapsed() > Duration::from_secs(3600)) {
            app.purge().await;
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

/// Tells the operators about hotline messages that did not reach their user.
async fn report_failures(app: &App, delivery: &Delivery, failures: Vec<CaseFailure>) {
    for f in failures {
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
        thread_id: msg
            .thread_id
            .filter(|_| msg.is_topic_message)
            .map(|t| t.0.0),
        reply_to: msg.reply_to_message().map(|m| m.id.0),
        input,
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

async fn on_message(msg: Message, app: App, delivery: Arc<Delivery>) -> HandlerResult {
    if Some(msg.chat.id.0) == app.hotline_config().operators_chat {
        if let Some(event) = operator_event(&msg) {
            let rows = app.handle_operator(event).await;
            let failures = delivery.deliver(&rows).await;
            report_failures(&app, &delivery, failures).await;
        }
        return Ok(());
    }
    let Some(incoming) = incoming_message(&msg) else {
        tracing::debug!(
            chat_id = msg.chat.id.0,
            "ignoring a message outside a private chat"
        );
        return Ok(());
    };
    respond(&app, &delivery, incoming).await;
    Ok(())
}

async fn on_callback(
    bot: Bot,
    query: CallbackQuery,
    app: App,
    delivery: Arc<Delivery>,
) -> HandlerResult {
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
    if let Some(ops) = app.hotline_config().operators_chat
        && chat == Some(ChatId(ops))
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
        };
        let rows = app.handle_operator(event).await;
        let failures = delivery.deliver(&rows).await;
        report_failures(&app, &delivery, failures).await;
        return Ok(());
    }
    let chat_id = chat
        .filter(|c| c.is_user())
        .unwrap_or(ChatId(query.from.id.0 as i64));
    let incoming = Incoming::new(
        UserKey {
            user_id: query.from.id.0 as i64,
            chat_id: chat_id.0,
        },
        query.from.language_code.clone(),
        Input::Button(query.data.clone().unwrap_or_default()),
    );
    respond(&app, &delivery, incoming).await;
    Ok(())
}

/// Runs the event through the app (state and replies committed together) and delivers the
/// replies; this chat's next update waits until they are out, so replies stay in order.
async fn respond(app: &App, delivery: &Delivery, incoming: Incoming) {
    let done = app.handle_for_delivery(incoming).await;
    let failures = delivery.deliver(&done.rows).await;
    for message in &done.direct {
        delivery.send_direct(message).await;
    }
    report_failures(app, delivery, failures).await;
}
