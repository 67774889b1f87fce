//! Runs the real `safar` bot (teloxide dispatcher, engine, SQLite) against the fake Bot API,
//! with a fresh database per test, so tests read like transcripts.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use safar::app::App;
use safar::app::HotlineConfig;
use safar::content::{Content, ContentHandle, ContentPaths};
use safar::core::callback::Callback;
use safar::core::output::{Arg, Msg};
use safar::html::to_plain;
use safar::lang::Lang;
use safar::store::Store;
use safar::telegram::delivery::DeliveryConfig;
use safar::telegram::{self, RunningBot, TelegramConfig, WebhookConfig};

pub use super::fake_api::DEFAULT_WAIT as WAIT;
use super::fake_api::{FakeApi, Sent, TestUser};

pub fn shipped_content() -> ContentPaths {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ContentPaths {
        dialogues: root.join("dialogues"),
        locales: root.join("locales"),
    }
}

/// A copy of the shipped scripts and texts in a temporary folder, to change in a test.
pub struct ContentCopy {
    pub dir: tempfile::TempDir,
    pub paths: ContentPaths,
}

impl ContentCopy {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let shipped = shipped_content();
        let paths = ContentPaths {
            dialogues: dir.path().join("dialogues"),
            locales: dir.path().join("locales"),
        };
        copy_dir(&shipped.dialogues, &paths.dialogues);
        copy_dir(&shipped.locales, &paths.locales);
        ContentCopy { dir, paths }
    }

    pub fn dialogue(&self, name: &str) -> PathBuf {
        self.paths.dialogues.join(name)
    }

    pub fn locale(&self, lang: &str, file: &str) -> PathBuf {
        self.paths.locales.join(lang).join(file)
    }

    /// Replaces `from` by `to` in a file (which must contain `from`).
    pub fn edit(&self, path: &Path, from: &str, to: &str) {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(
            text.contains(from),
            "{} does not contain {from:?}",
            path.display()
        );
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Options for starting a test bot.
#[derive(Clone, Default)]
pub struct Options {
    pub content: Option<ContentPaths>,
    pub admins: Vec<i64>,
    /// Webhook mode with this secret (listening on 127.0.0.1, a random port).
    pub webhook_secret: Option<String>,
    /// Calls the fake answers with an error before the bot starts: (method, status, body).
    pub faults: Vec<(&'static str, u16, serde_json::Value)>,
    /// Messages per second overall; 0 (the default in tests) = no limit.
    pub send_rate: u32,
    pub retry_for: Option<Duration>,
    pub http_timeout: Option<Duration>,
    /// The hotline: settings, with `operators_chat` set (e.g. [`OPERATORS`]).
    pub hotline: Option<HotlineConfig>,
    /// An OCR engine (a fake program, or Tesseract): pictures are read.
    pub ocr: Option<safar::app::ocr::OcrConfig>,
}

/// The operators' supergroup in hotline tests.
pub const OPERATORS: i64 = -1_001_234_567_890;

/// Hotline settings for tests: the office always open, reminders after an hour.
pub fn hotline_config() -> HotlineConfig {
    HotlineConfig {
        operators_chat: Some(OPERATORS),
        operators_lang: Lang::Ru,
        office: "Mon-Sun 00:00-23:59 +05:00".parse().unwrap(),
        remind_after: Duration::from_secs(3600),
        ..HotlineConfig::default()
    }
}

pub struct TestBot {
    pub api: FakeApi,
    pub content: ContentHandle,
    pub store: Store,
    pub db_url: String,
    running: Option<RunningBot>,
    options: Options,
    _db_dir: tempfile::TempDir,
}

impl TestBot {
    pub async fn start() -> TestBot {
        TestBot::start_with(Options::default()).await
    }

    pub async fn start_with(options: Options) -> TestBot {
        let api = FakeApi::start().await;
        for (method, status, body) in &options.faults {
            api.fail_next(method, *status, body.clone());
        }
        let db_dir = tempfile::tempdir().unwrap();
        let db_url = format!("sqlite:{}", db_dir.path().join("safar.db").display());
        let paths = options.content.clone().unwrap_or_else(shipped_content);
        let (content, _) =
            Content::load(&paths).unwrap_or_else(|d| panic!("test content is invalid:\n{d}"));
        let content = ContentHandle::new(content, paths);
        let store = Store::open(&db_url).await.unwrap();
        let mut bot = TestBot {
            api,
            content,
            store,
            db_url,
            running: None,
            options,
            _db_dir: db_dir,
        };
        bot.launch().await;
        bot
    }

    async fn launch(&mut self) {
        let mut app = App::new(
            self.content.clone(),
            self.store.clone(),
            self.options.admins.clone(),
        );
        if let Some(hotline) = &self.options.hotline {
            app = app.with_hotline(hotline.clone());
        }
        if let Some(ocr) = &self.options.ocr {
            app = app.with_ocr(safar::app::ocr::Ocr::new(ocr.clone()));
        }
        let config = TelegramConfig {
            webhook: self
                .options
                .webhook_secret
                .clone()
                .map(|secret| WebhookConfig {
                    url: "https://safar.example.org/telegram".parse().unwrap(),
                    listen: "127.0.0.1:0".parse().unwrap(),
                    secret: Some(secret),
                }),
            delivery: DeliveryConfig {
                send_rate: self.options.send_rate,
                retry_for: self.options.retry_for.unwrap_or(Duration::from_secs(600)),
            },
            http_timeout: self.options.http_timeout.unwrap_or(Duration::from_secs(17)),
            ..TelegramConfig::new(
                self.api.token().to_string(),
                Some(self.api.url().parse().unwrap()),
            )
        };
        let running = telegram::start(app, config).await.expect("bot starts");
        self.api.watch_bot(Some(running.ended()));
        self.running = Some(running);
    }

    /// The webhook server's address (webhook mode only).
    pub fn listen_addr(&self) -> std::net::SocketAddr {
        self.running
            .as_ref()
            .and_then(|r| r.listen_addr)
            .expect("webhook mode")
    }

    /// Stops the bot and starts it again on the same database and fake server: what a deploy
    /// or a crash-and-restart looks like to users.
    pub async fn restart(&mut self) {
        self.stop_bot().await;
        self.store.close().await;
        self.store = Store::open(&self.db_url).await.unwrap();
        self.launch().await;
    }

    async fn stop_bot(&mut self) {
        self.api.watch_bot(None);
        if let Some(running) = self.running.take() {
            running.stop(Duration::from_secs(3)).await;
        }
    }

    /// Stops the bot only (the fake and the database stay): what users see while it is down.
    /// [`TestBot::restart`] brings it back.
    pub async fn stop_only(&mut self) {
        self.stop_bot().await;
    }

    /// The forum topic of a hotline case.
    pub async fn topic_of(&self, case: i64) -> i32 {
        sqlx::query_scalar::<_, Option<i32>>("SELECT topic_id FROM cases WHERE id = ?")
            .bind(case)
            .fetch_one(self.store.pool())
            .await
            .unwrap()
            .expect("the case has a topic")
    }

    pub async fn stop(mut self) {
        self.stop_bot().await;
        self.store.close().await;
    }

    /// Waits until the bot is idle: every update pushed so far confirmed to the fake, and no
    /// message left to send in the outbox. (Telegram's offset confirms an update when it is
    /// fetched, before its turn is committed, so a turn still running when the outbox is read
    /// empty is not seen here; the replies tests wait for come from such turns.)
    pub async fn idle(&self) {
        self.api.wait_updates_consumed(WAIT).await;
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let pending: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
                    .fetch_one(self.store.pool())
                    .await
                    .unwrap();
            if pending == 0 {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{pending} message(s) still pending after {WAIT:?}\n{}",
                self.api.dump()
            );
            // Each delivery is a call to the fake: wait for the next one, then look again.
            self.api.next_call_within(Duration::from_millis(200)).await;
        }
    }

    /// Panics if the bot sent `chat_id` anything the test has not read, once it is idle.
    pub async fn assert_no_more_sent(&self, chat_id: i64) {
        self.idle().await;
        self.api.assert_no_more_sent(chat_id);
    }

    /// A message from the bot's texts, as the bot sends it (Telegram HTML).
    pub fn text(&self, lang: Lang, key: &str) -> String {
        self.content
            .get()
            .texts
            .render(lang, &Msg::new(key.to_string()))
    }

    /// A user who has sent `/start`, picked `lang` and seen the main menu.
    pub async fn user_in(&self, id: i64, name: &str, lang: Lang) -> TestUser {
        let user = self.api.user(id, name, Some(lang.code()));
        self.api.send_text(&user, "/start");
        let picker = self.api.next_sent(user.chat_id()).await;
        self.api
            .press_button(&user, picker.message_id, &Callback::Lang(lang).to_string());
        self.api.next_sent(user.chat_id()).await;
        user
    }

    /// A message with arguments, as the bot sends it.
    pub fn text_with(&self, lang: Lang, key: &'static str, args: &[(&'static str, Arg)]) -> String {
        let mut msg = Msg::new(key);
        for (name, value) in args {
            msg = msg.arg(name, value.clone());
        }
        self.content.get().texts.render(lang, &msg)
    }

    /// The first line of a message as plain text, for `contains` checks.
    pub fn first_line(&self, lang: Lang, key: &'static str) -> String {
        to_plain(&self.text(lang, key))
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// The user taps the button labelled with `key` (in `lang`) under `message`; returns
    /// the bot's next message to them.
    pub async fn tap(
        &self,
        user: &TestUser,
        message: &Sent,
        lang: Lang,
        key: &'static str,
    ) -> Sent {
        let data = message.button_data(&self.label(lang, key));
        self.api.press_button(user, message.message_id, &data);
        self.api.next_sent(user.chat_id()).await
    }

    /// A button label in `lang`.
    pub fn label(&self, lang: Lang, key: &'static str) -> String {
        to_plain(&self.text(lang, key))
    }
}
