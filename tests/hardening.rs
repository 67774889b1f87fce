//! Hardening: a bug in one turn does not take the bot down, bad settings are refused in one
//! line at start, and the bot never fails silently.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::bin::safar;
use common::fake_api::FakeApi;
use common::harness::shipped_content;
use safar::app::App;
use safar::content::{Content, ContentHandle};
use safar::core::input::Input;
use safar::lang::Lang;
use safar::store::Store;
use safar::telegram::{self, TelegramConfig};

/// The real dispatcher against the fake API, with an app whose turn panics on `PANIC-NOW`.
async fn panicking_bot(
    api: &FakeApi,
    db: &std::path::Path,
) -> (telegram::RunningBot, ContentHandle) {
    let paths = shipped_content();
    let (content, _) = Content::load(&paths).unwrap();
    let content = ContentHandle::new(content, paths);
    let store = Store::open(&format!("sqlite:{}", db.display()))
        .await
        .unwrap();
    let app = App::new(content.clone(), store, []).with_turn_hook(Arc::new(|input: &Input| {
        if *input == Input::Text("PANIC-NOW".into()) {
            panic!("a bug in a turn");
        }
    }));
    let config = TelegramConfig::new(api.token().to_string(), Some(api.url().parse().unwrap()));
    (telegram::start(app, config).await.unwrap(), content)
}

#[tokio::test]
async fn a_panic_in_a_turn_gets_the_apology_keeps_the_state_and_the_bot_goes_on() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (bot, content) = panicking_bot(&api, &dir.path().join("p.db")).await;
    let text = |key: &'static str| {
        content
            .get()
            .texts
            .render(Lang::Ru, &safar::core::output::Msg::new(key))
    };

    let user = api.user(501, "Dilnoza", Some("ru"));
    api.send_text(&user, "/start");
    let picker = api.next_sent(user.chat_id()).await;
    api.press_button(&user, picker.message_id, "l:ru");
    let menu = api.next_sent(user.chat_id()).await;

    api.send_text(&user, "PANIC-NOW");
    let apology = api.next_sent(user.chat_id()).await;
    assert_eq!(
        apology.text,
        text("common-internal-error"),
        "the apology in the user's language (Russian, from their state)"
    );

    // The same chat goes on: its state (Russian, main menu) is what it was.
    api.send_text(&user, "/menu");
    let again = api.next_sent(user.chat_id()).await;
    assert!(
        menu.text.ends_with(&again.text) && again.text.contains("Главное меню"),
        "the state (Russian, main menu) was kept: {again:?}"
    );
    // Other chats too.
    let other = api.user(502, "Aziz", Some("uz"));
    api.send_text(&other, "/start");
    let picker = api.next_sent(other.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    assert!(!bot.is_finished(), "the dispatcher still runs");
    bot.stop(Duration::from_secs(5)).await;
}

/// `safar run` with one option set wrong: refused before anything starts, in one line.
fn refused(args: &[&str], env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = safar();
    cmd.arg("run")
        .env("SAFAR_TOKEN", "123:TEST")
        .env("SAFAR_API_URL", "http://127.0.0.1:9")
        .env(
            "SAFAR_DATABASE_URL",
            format!("sqlite:{}", dir.path().join("x.db").display()),
        )
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{args:?} {env:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "{args:?}: one line:\n{stderr}"
    );
    assert!(stderr.starts_with("safar: "), "{stderr}");
    stderr
}

#[test]
fn every_bad_option_is_refused_in_one_line() {
    for (args, names) in [
        (
            &[
                "--webhook-url",
                "https://bot.example.org/t",
                "--webhook-secret",
                "abc=def",
            ][..],
            "--webhook-secret",
        ),
        (&["--remind-after", "1e300"], "--remind-after"),
        (&["--remind-after", "NaN"], "--remind-after"),
        (&["--remind-after=-5"], "--remind-after"),
        (&["--remind-after", "0"], "--remind-after"),
        (&["--retention-days", "0"], "--retention-days"),
        (&["--retention-days", "100000"], "--retention-days"),
        (&["--send-rate", "100000"], "--send-rate"),
        (&["--send-retry-for", "0"], "--send-retry-for"),
        (&["--http-timeout", "0"], "--http-timeout"),
        (&["--http-timeout", "99999999999999"], "--http-timeout"),
        (&["--operators-chat", "12345"], "--operators-chat"),
        (&["--operators-lang", "en"], "--operators-lang"),
        (
            &["--office-hours", "Mon-Fri 18:00-09:00 +05:00"],
            "--office-hours",
        ),
        (&["--admins", "1,x"], "--admins"),
        (&["--admins=-5"], "--admins"),
        (
            &["--webhook-url", "http://bot.example.org/t"],
            "--webhook-url",
        ),
        (&["--api-url", "ftp://example.org"], "--api-url"),
        (&["--database", "/tmp/safar.db"], "--database"),
        (&["--listen", "nowhere"], "--listen"),
    ] {
        let stderr = refused(args, &[]);
        assert!(
            stderr.contains(names),
            "{args:?} names the option: {stderr}"
        );
    }
    // The same checks apply to the environment.
    let stderr = refused(&[], &[("SAFAR_REMIND_AFTER", "1e300")]);
    assert!(stderr.contains("--remind-after"), "{stderr}");
}

#[test]
fn a_network_error_at_start_is_not_called_a_refused_token() {
    // Nothing listens on port 9 of 127.0.0.1 (discard): the connection is refused.
    let dir = tempfile::tempdir().unwrap();
    let out = safar()
        .arg("run")
        .env("SAFAR_TOKEN", "123:SECRET-TOKEN")
        .env("SAFAR_API_URL", "http://127.0.0.1:9")
        .env(
            "SAFAR_DATABASE_URL",
            format!("sqlite:{}", dir.path().join("n.db").display()),
        )
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot reach the Bot API at http://127.0.0.1:9"),
        "{stderr}"
    );
    assert!(!stderr.contains("refused the bot token"), "{stderr}");
    assert!(!stderr.contains("SECRET-TOKEN"), "{stderr}");
}

#[tokio::test]
async fn an_update_teloxide_cannot_parse_leaves_no_text_in_the_log() {
    use std::process::Stdio;
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_safar"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("TELOXIDE_TOKEN")
        .env("RUST_LOG", "debug")
        .env("SAFAR_TOKEN", api.token())
        .env("SAFAR_API_URL", api.url())
        .env(
            "SAFAR_DATABASE_URL",
            format!("sqlite:{}", dir.path().join("l.db").display()),
        )
        .arg("run")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    // The log is read while the bot runs: at debug level it is more than a pipe holds, and a
    // bot blocked on writing its log would answer nobody.
    let mut child = child;
    let mut stderr = child.stderr.take().unwrap();
    let log_reader = tokio::spawn(async move {
        use tokio::io::AsyncReadExt as _;
        let mut log = Vec::new();
        let _ = stderr.read_to_end(&mut log).await;
        log
    });
    // A message teloxide cannot read (no date, a chat without a type), with words in it.
    api.push_raw_update(serde_json::json!({"message": {
        "message_id": 1,
        "chat": {"id": 77},
        "from": {"id": 77, "is_bot": false, "first_name": "Marker"},
        "text": "PRIVATE-MARKER-паспорт"
    }}));
    // The bot goes on: a user after it is answered.
    let user = api.user(78, "Laylo", Some("ru"));
    api.send_text(&user, "/start");
    api.next_sent(user.chat_id()).await;
    api.wait_updates_consumed(Duration::from_secs(10)).await;
    let pid = child.id().unwrap().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let out = tokio::time::timeout(Duration::from_secs(8), child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let log = log_reader.await.unwrap();
    let log = String::from_utf8_lossy(&log);
    assert!(log.contains("connected to Telegram"), "{log}");
    assert!(
        !log.contains("PRIVATE-MARKER"),
        "the text is in the log:\n{log}"
    );
    assert!(!log.contains("паспорт"), "the text is in the log:\n{log}");
}

/// Waits (up to 10 s) until `query` on the bot's database returns 0.
async fn until_zero(bot: &common::harness::TestBot, query: &str) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let n: i64 = sqlx::query_scalar(query)
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
        if n == 0 {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "still {n} for {query}"
        );
        // The upkeep runs on its own timer; nothing to wait on but the database.
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_checked_offer_expires_within_minutes_even_without_a_hotline() {
    use common::harness::{Options, TestBot};
    let bot = TestBot::start_with(Options {
        // No operators' group; offers expire after a second here (ten minutes by default).
        hotline: Some(safar::app::HotlineConfig {
            draft_ttl: Duration::from_secs(1),
            ..safar::app::HotlineConfig::default()
        }),
        ..Options::default()
    })
    .await;
    let user = bot.api.user(601, "Aziz", Some("uz"));
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    bot.api.press_button(&user, picker.message_id, "l:uz");
    bot.api.next_sent(user.chat_id()).await;
    bot.api.send_text(&user, "/check");
    bot.api.next_sent(user.chat_id()).await;
    bot.api.send_text(
        &user,
        "Koreyaga ish! Oyiga 2000$ maosh. Oldindan 500$ toʻlaysiz, pasportingizni bizga topshirasiz.",
    );
    bot.api.next_sent(user.chat_id()).await;
    let kept: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM users WHERE user_id = 601 AND draft_offer_text IS NOT NULL",
    )
    .fetch_one(bot.store.pool())
    .await
    .unwrap();
    assert_eq!(kept, 1, "kept for 'talk to a person' right after the check");
    until_zero(
        &bot,
        "SELECT COUNT(*) FROM users WHERE draft_offer_text IS NOT NULL",
    )
    .await;
    bot.stop().await;
}

#[tokio::test]
async fn the_retention_purge_runs_without_a_hotline() {
    use common::harness::{Options, TestBot};
    let bot = TestBot::start_with(Options {
        hotline: Some(safar::app::HotlineConfig {
            retention: chrono::Duration::seconds(1),
            purge_every: Duration::from_millis(200),
            ..safar::app::HotlineConfig::default()
        }),
        ..Options::default()
    })
    .await;
    let user = bot.api.user(602, "Laylo", Some("ru"));
    bot.api.send_text(&user, "/start");
    bot.api.next_sent(user.chat_id()).await;
    // The user's row and the sent messages go once they are older than the retention period.
    until_zero(&bot, "SELECT COUNT(*) FROM users").await;
    until_zero(&bot, "SELECT COUNT(*) FROM outbox WHERE state != 'pending'").await;
    bot.stop().await;
}

#[test]
fn check_finds_mistakes_that_would_reach_users_or_telegram() {
    let copy = common::harness::ContentCopy::new();
    let ru = copy.locale("ru", "operator.ftl");
    copy.edit(
        &ru,
        "hotline-closed = Обращение <b>#{ $case }</b>",
        "hotline-closed = Обращение <b>#{ $cse }</b>",
    );
    copy.edit(
        &ru,
        "hotline-rated = Спасибо за оценку!",
        "hotline-rated = Спасибо за оценку! { no-such-message } { -no-such-term }",
    );
    let uz = copy.locale("uz", "operator.ftl");
    copy.edit(
        &uz,
        "hotline-rated = Bahongiz uchun rahmat!",
        "hotline-rated = Bahongiz&nbsp;uchun <span>rahmat</span>!",
    );
    let out = safar()
        .arg("check")
        .arg("--dialogues")
        .arg(&copy.paths.dialogues)
        .arg("--locales")
        .arg(&copy.paths.locales)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    let error_at = |needle: &str| {
        let line = report
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no error about {needle}:\n{report}"));
        // path:line:col: error: …
        let mut parts = line.splitn(4, ':');
        let (path, row, col) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(path.ends_with(".ftl"), "{line}");
        assert!(
            row.parse::<u32>().is_ok() && col.parse::<u32>().is_ok(),
            "{line}"
        );
        assert!(line.contains("error"), "{line}");
        line.to_string()
    };
    let cse = error_at("$cse");
    assert!(cse.contains("ru/operator.ftl"), "{cse}");
    error_at("no-such-message");
    error_at("-no-such-term");
    let nbsp = error_at("&nbsp;");
    assert!(nbsp.contains("uz/operator.ftl"), "{nbsp}");
    // One problem per message is reported for HTML; the span is checked on its own too.
    copy.edit(&uz, "Bahongiz&nbsp;uchun", "Bahongiz uchun");
    let out = safar()
        .arg("check")
        .arg("--dialogues")
        .arg(&copy.paths.dialogues)
        .arg("--locales")
        .arg(&copy.paths.locales)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("tg-spoiler"), "{report}");
}

#[tokio::test]
async fn a_backup_taken_while_the_bot_runs_restores() {
    use common::harness::TestBot;
    let bot = TestBot::start().await;
    let user = bot.api.user(701, "Umid", Some("ru"));
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    bot.api.press_button(&user, picker.message_id, "l:ru");
    bot.api.next_sent(user.chat_id()).await;
    bot.api.wait_updates_consumed(Duration::from_secs(10)).await;

    // Taken while the bot runs.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("safar-backup.db");
    let out = safar()
        .args(["backup", file.to_str().unwrap()])
        .env("SAFAR_DATABASE_URL", &bot.db_url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    // It never overwrites.
    let again = safar()
        .args(["backup", file.to_str().unwrap()])
        .env("SAFAR_DATABASE_URL", &bot.db_url)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));

    // Restore as the README says: stop, put the copy in place of the database, start.
    let restored = Store::open(&format!("sqlite:{}", file.display()))
        .await
        .unwrap();
    let state = restored.load_state(701).await.unwrap();
    assert_eq!(state.lang, Some(Lang::Ru));
    restored.close().await;
    bot.stop().await;
}
