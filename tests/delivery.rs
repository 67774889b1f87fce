//! Delivery under Telegram errors, through the real dispatcher and the fake Bot API with fault
//! injection: no reply lost, none sent twice, no retry storm on a blocked chat, and the outbox
//! survives a SIGKILL.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::fake_api::{FakeApi, Fault, TestUser};
use common::harness::{Options, TestBot};
use serde_json::json;

/// Every user: /start (the picker), then picks Russian (the menu). Returns the users.
async fn scripted_run(bot: &TestBot, users: i64) -> Vec<TestUser> {
    let users: Vec<TestUser> = (0..users)
        .map(|i| bot.api.user(10_000 + i, "User", Some("ru")))
        .collect();
    for user in &users {
        bot.api.send_text(user, "/start");
    }
    let mut pickers = HashMap::new();
    // A 5xx costs a retry plus the 10 s teloxide itself waits after any 5xx answer.
    let wait = Duration::from_secs(40);
    for user in &users {
        let picker = bot.api.next_sent_within(user.chat_id(), wait).await;
        assert_eq!(picker.buttons.len(), 5, "{picker:?}");
        pickers.insert(user.id, picker);
    }
    for user in &users {
        bot.api
            .press_button(user, pickers[&user.id].message_id, "l:ru");
    }
    for user in &users {
        let menu = bot.api.next_sent_within(user.chat_id(), wait).await;
        assert!(
            menu.text
                .contains(&bot.text(safar::lang::Lang::Ru, "main-menu")),
            "{menu:?}"
        );
    }
    users
}

/// Each user received exactly the two replies of the scripted run: nothing lost, nothing twice.
fn assert_exactly_two_replies_each(api: &FakeApi, users: &[TestUser]) {
    for user in users {
        let delivered = api
            .calls_to("sendMessage", user.chat_id())
            .into_iter()
            .filter(|c| c.ok())
            .count();
        assert_eq!(delivered, 2, "user {} got {delivered} replies", user.id);
    }
}

async fn bot_with(options: Options) -> TestBot {
    TestBot::start_with(options).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_5_percent_429s_every_user_gets_every_reply_exactly_once() {
    let bot = bot_with(Options::default()).await;
    bot.api
        .fail_every("sendMessage", 20, FakeApi::too_many_requests(1));
    let users = scripted_run(&bot, 1000).await;
    assert_exactly_two_replies_each(&bot.api, &users);
    let refused = bot
        .api
        .all_calls()
        .iter()
        .filter(|c| c.method == "sendmessage" && c.status == 429)
        .count();
    assert!(
        refused >= 100,
        "the fault injection really refused sends ({refused})"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_5_percent_500s_every_user_gets_every_reply_exactly_once() {
    let bot = bot_with(Options::default()).await;
    bot.api
        .fail_every("sendMessage", 20, FakeApi::internal_error());
    let users = scripted_run(&bot, 1000).await;
    assert_exactly_two_replies_each(&bot.api, &users);
    let refused = bot
        .api
        .all_calls()
        .iter()
        .filter(|c| c.method == "sendmessage" && c.status == 500)
        .count();
    assert!(refused >= 100, "{refused}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timed_out_sends_are_retried() {
    let bot = bot_with(Options {
        http_timeout: Some(Duration::from_secs(2)),
        ..Options::default()
    })
    .await;
    bot.api.fail_every("sendMessage", 10, Fault::Hang);
    let users = scripted_run(&bot, 50).await;
    assert_exactly_two_replies_each(&bot.api, &users);
    let hung = bot
        .api
        .all_calls()
        .iter()
        .filter(|c| c.method == "sendmessage" && c.status == 0)
        .count();
    assert!(hung >= 10, "{hung}");
    bot.stop().await;
}

#[tokio::test]
async fn a_blocked_chat_gets_one_attempt_and_is_marked_unreachable_until_it_writes_again() {
    let bot = bot_with(Options::default()).await;
    let user = bot.api.user(77, "Blocked", Some("uz"));
    let other = bot.api.user(78, "Fine", Some("uz"));
    bot.api.block_chat(user.chat_id());

    bot.api.send_text(&user, "/start");
    bot.api.send_text(&user, "salom");
    bot.api.send_text(&other, "/start");
    bot.api.next_sent(other.chat_id()).await;
    // A restart waits for the updates in hand: after it, both of the blocked user's
    // messages have been handled.
    let mut bot = bot;
    bot.api.wait_updates_consumed(Duration::from_secs(10)).await;
    bot.restart().await;
    let attempts = bot.api.calls_to("sendMessage", user.chat_id());
    // The first message gets one attempt; after its 403 the chat's other pending message is
    // not attempted at all (or once, if it was committed after that send).
    let texts: std::collections::HashSet<String> = attempts
        .iter()
        .map(|c| c.params["text"].to_string())
        .collect();
    assert!(
        (1..=2).contains(&attempts.len()) && texts.len() == attempts.len(),
        "at most one attempt per message, no retries: {:#?}",
        attempts
            .iter()
            .map(|c| (&c.params["text"], c.status))
            .collect::<Vec<_>>()
    );
    assert!(bot.store.is_unreachable(user.id).await.unwrap());
    let failed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE chat_id = ? AND state = 'failed' AND last_error = 'blocked'",
    )
    .bind(user.chat_id())
    .fetch_one(bot.store.pool())
    .await
    .unwrap();
    assert_eq!(failed, 2);

    // The user unblocks the bot and writes: the mark is cleared, the reply arrives.
    bot.api.unblock_chat(user.chat_id());
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    assert!(!bot.store.is_unreachable(user.id).await.unwrap());
    bot.stop().await;
}

#[tokio::test]
async fn retries_stop_after_the_configured_time_and_the_failure_is_recorded() {
    let bot = bot_with(Options {
        retry_for: Some(Duration::from_secs(2)),
        ..Options::default()
    })
    .await;
    let user = bot.api.user(90, "Unlucky", None);
    bot.api
        .fail_every("sendMessage", 1, FakeApi::too_many_requests(1));
    bot.api.send_text(&user, "/start");
    // Two attempts at least (one retry after the second Telegram asked for), then it gives up.
    for _ in 0..2 {
        bot.api
            .wait_call(
                "sendMessage",
                |p| p["chat_id"] == json!(user.chat_id()),
                Duration::from_secs(10),
            )
            .await;
    }
    bot.api.clear_faults();
    // The next update of this chat is handled after the give-up: its reply proves the order.
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    let (state, error): (String, String) = sqlx::query_as(
        "SELECT state, last_error FROM outbox WHERE chat_id = ? ORDER BY id LIMIT 1",
    )
    .bind(user.chat_id())
    .fetch_one(bot.store.pool())
    .await
    .unwrap();
    assert_eq!((state.as_str(), error.as_str()), ("failed", "rate_limited"));
    bot.stop().await;
}

#[tokio::test]
async fn a_bad_request_is_not_retried() {
    let bot = bot_with(Options::default()).await;
    let user = bot.api.user(91, "Odd", None);
    bot.api.fail_next(
        "sendMessage",
        400,
        json!({"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}),
    );
    bot.api.send_text(&user, "/start");
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    // One refused attempt for the first message, one delivered for the second.
    assert_eq!(bot.api.calls_to("sendMessage", user.chat_id()).len(), 2);
    bot.stop().await;
}

/// Also what the issue asks: kill the bot (SIGKILL) while outbox rows are pending, start it
/// again; every pending row is delivered once, none twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pending_messages_survive_sigkill_and_are_delivered_once() {
    use tokio::process::Command;
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("outbox.db");
    let start = || {
        Command::new(env!("CARGO_BIN_EXE_safar"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("TELOXIDE_TOKEN")
            .env("SAFAR_TOKEN", api.token())
            .env("SAFAR_API_URL", api.url())
            .env("SAFAR_DATABASE_URL", format!("sqlite:{}", db.display()))
            .env("SAFAR_SEND_RATE", "0")
            .env("SAFAR_HTTP_TIMEOUT", "60")
            .arg("run")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap()
    };
    let mut first = start();
    // One user is served normally: that row is sent and must never be sent again.
    let served = api.user(1, "Served", Some("ru"));
    api.send_text(&served, "/start");
    api.next_sent(served.chat_id()).await;

    // Then Telegram stops answering; five users write; their replies are stuck in flight.
    api.fail_every("sendMessage", 1, Fault::Hang);
    let waiting: Vec<TestUser> = (2..7).map(|i| api.user(i, "Waiting", Some("uz"))).collect();
    for user in &waiting {
        api.send_text(user, "/start");
    }
    for user in &waiting {
        api.wait_call(
            "sendMessage",
            |p| p["chat_id"] == json!(user.chat_id()),
            Duration::from_secs(10),
        )
        .await;
    }
    first.kill().await.unwrap(); // SIGKILL
    first.wait().await.unwrap();

    // Telegram is back; the bot starts again on the same database.
    api.clear_faults();
    let mut second = start();
    for user in &waiting {
        let picker = api.next_sent(user.chat_id()).await;
        assert_eq!(picker.buttons.len(), 5, "{picker:?}");
    }
    // The served user's old reply is not sent again: their next message gets exactly one
    // new reply, and nothing else reached them.
    api.send_text(&served, "/help");
    api.next_sent(served.chat_id()).await;
    let delivered = |chat| {
        api.calls_to("sendMessage", chat)
            .into_iter()
            .filter(|c| c.ok())
            .count()
    };
    assert_eq!(delivered(served.chat_id()), 2);
    for user in &waiting {
        assert_eq!(delivered(user.chat_id()), 1, "user {}", user.id);
    }
    second.kill().await.unwrap();
}
