//! Proves the fake Telegram Bot API (tests/common/fake_api.rs) works with a
//! real teloxide bot: long polling, offsets, message kinds, callback queries,
//! multipart requests, fault injection.

mod common;

use std::time::{Duration, Instant};

use common::fake_api::{FakeApi, me_json};
use serde_json::{Value, json};
use teloxide::dispatching::ShutdownToken;
use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, Me, MediaKind, MessageKind, MessageOrigin,
    UpdateKind,
};
use teloxide::{ApiError, RequestError};
use tokio::task::JoinHandle;

use common::fake_api::DEFAULT_WAIT as WAIT;

fn bot_for(api: &FakeApi) -> Bot {
    Bot::new(api.token()).set_api_url(reqwest::Url::parse(&api.url()).unwrap())
}

type HandlerResult = Result<(), RequestError>;

async fn on_message(bot: Bot, msg: Message) -> HandlerResult {
    let reply = if let Some(text) = msg.text() {
        if text == "menu" {
            let keyboard = InlineKeyboardMarkup::new([[
                InlineKeyboardButton::callback("Option A", "pick:a"),
                InlineKeyboardButton::callback("Option B", "pick:b"),
            ]]);
            bot.send_message(msg.chat.id, "Pick one")
                .reply_markup(keyboard)
                .await?;
            return Ok(());
        }
        text.to_owned()
    } else if msg.sticker().is_some() {
        "sticker".to_owned()
    } else if let Some(photo) = msg.photo() {
        format!("photo x{} {}", photo.len(), msg.caption().unwrap_or("-"))
    } else if let Some(voice) = msg.voice() {
        format!("voice {}s", voice.duration.seconds())
    } else {
        "unknown".to_owned()
    };
    bot.send_message(msg.chat.id, reply).await?;
    Ok(())
}

async fn on_callback(bot: Bot, q: CallbackQuery) -> HandlerResult {
    bot.answer_callback_query(q.id.clone()).text("ok").await?;
    if let Some(msg) = q.regular_message() {
        let data = q.data.clone().unwrap_or_default();
        bot.edit_message_text(msg.chat.id, msg.id, format!("You chose {data}"))
            .await?;
    }
    Ok(())
}

struct RunningBot {
    handle: JoinHandle<()>,
    shutdown: ShutdownToken,
}

impl RunningBot {
    async fn start(api: &FakeApi) -> RunningBot {
        let handler = dptree::entry()
            .branch(Update::filter_message().endpoint(on_message))
            .branch(Update::filter_callback_query().endpoint(on_callback));
        let mut dispatcher = Dispatcher::builder(bot_for(api), handler).build();
        let shutdown = dispatcher.shutdown_token();
        let handle = tokio::spawn(async move { dispatcher.dispatch().await });
        // The first getUpdates means the dispatcher is running (shutdown
        // before that would be refused as "idle").
        api.wait_call("getUpdates", |_| true, WAIT).await;
        RunningBot { handle, shutdown }
    }

    async fn stop(self) {
        // Do not await the future `shutdown()` returns; join the task instead.
        drop(self.shutdown.shutdown().expect("dispatcher was running"));
        tokio::time::timeout(WAIT, self.handle)
            .await
            .expect("dispatcher did not stop in time")
            .expect("dispatcher task panicked");
    }
}

#[test]
fn get_me_json_deserializes_as_me() {
    let me: Me = serde_json::from_value(me_json()).expect("getMe result must parse as Me");
    assert!(me.user.is_bot);
    assert_eq!(me.username(), "safar_test_bot");
    assert_eq!(me.user.id.0, 123456);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn injected_updates_parse_as_teloxide_types() {
    let api = FakeApi::start().await;
    let user = api.user(1001, "Aziz", Some("uz"));
    api.send_text(&user, "hello");
    api.send_text(&user, "/start deep-link");
    api.send_sticker(&user);
    api.send_photo(&user, Some("my passport"));
    api.send_photo(&user, None);
    api.send_voice(&user);
    api.send_forwarded_text(&user, "job offer!!!", "Recruiter");
    let unknown_msg = api.press_button(&user, 999, "x");
    assert!(!unknown_msg.is_empty());

    let updates: Vec<Update> = api
        .pending_update_values()
        .into_iter()
        // NB: teloxide's `UpdateKind` only deserializes from text
        // (`from_str`); `from_value` yields `UpdateKind::Error` for everything.
        .map(|v| serde_json::from_str(&v.to_string()).expect("update parses"))
        .collect();
    assert_eq!(updates.len(), 8);
    let msgs: Vec<&Message> = updates
        .iter()
        .filter_map(|u| match &u.kind {
            UpdateKind::Message(m) => Some(m),
            _ => None,
        })
        .collect();
    assert_eq!(
        msgs.len(),
        7,
        "all message updates parse as messages: {updates:#?}"
    );
    assert_eq!(msgs[0].text(), Some("hello"));
    assert!(msgs[0].chat.is_private());
    assert_eq!(
        msgs[0].from.as_ref().unwrap().language_code.as_deref(),
        Some("uz")
    );
    let entities = msgs[1].entities().unwrap();
    assert_eq!((entities[0].offset, entities[0].length), (0, 6));
    assert!(msgs[2].sticker().is_some());
    assert_eq!(msgs[3].photo().unwrap().len(), 2);
    assert_eq!(msgs[3].caption(), Some("my passport"));
    assert!(
        matches!(&msgs[4].kind, MessageKind::Common(c) if matches!(c.media_kind, MediaKind::Photo(_)))
    );
    assert_eq!(msgs[4].caption(), None);
    assert_eq!(msgs[5].voice().unwrap().duration.seconds(), 3);
    assert!(matches!(
        msgs[6].forward_origin(),
        Some(MessageOrigin::HiddenUser { .. })
    ));
    match &updates[7].kind {
        UpdateKind::CallbackQuery(q) => {
            assert_eq!(q.data.as_deref(), Some("x"));
            assert!(q.regular_message().is_some());
        }
        other => panic!("expected a callback query, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn echo_bot_end_to_end() {
    let api = FakeApi::start().await;
    let user = api.user(42, "Dilnoza", Some("ru"));
    let bot = RunningBot::start(&api).await;

    // Dispatcher startup: getWebhookInfo (+ getMe) before polling.
    assert_eq!(api.calls("getwebhookinfo").len(), 1);
    assert_eq!(api.calls("GETME").len(), 1);

    api.send_text(&user, "hello");
    let sent = api.next_sent(user.chat_id()).await;
    assert_eq!(sent.method, "sendmessage");
    assert_eq!(sent.text, "hello");
    assert_eq!(sent.chat_id, 42);

    api.send_sticker(&user);
    assert_eq!(api.next_sent(42).await.text, "sticker");

    api.send_photo(&user, Some("contract"));
    assert_eq!(api.next_sent(42).await.text, "photo x2 contract");

    api.send_voice(&user);
    assert_eq!(api.next_sent(42).await.text, "voice 3s");

    // Inline keyboard -> press -> answerCallbackQuery + edit.
    api.send_text(&user, "menu");
    let menu = api.next_sent(42).await;
    assert_eq!(menu.text, "Pick one");
    assert!(menu.has_button("Option B"));
    assert_eq!(
        menu.buttons,
        vec![vec![
            ("Option A".to_owned(), "pick:a".to_owned()),
            ("Option B".to_owned(), "pick:b".to_owned())
        ]]
    );
    let stored = api
        .message(42, menu.message_id)
        .expect("bot message stored");
    assert_eq!(
        stored["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
        "pick:a"
    );

    let cq = api.press_button(&user, menu.message_id, &menu.button_data("Option A"));
    let answer = api
        .wait_call(
            "answerCallbackQuery",
            |p| p["callback_query_id"] == cq.as_str(),
            WAIT,
        )
        .await;
    assert_eq!(answer["text"], "ok");
    let edit = api.next_sent(42).await;
    assert!(edit.is_edit());
    assert_eq!(edit.message_id, menu.message_id);
    assert_eq!(edit.text, "You chose pick:a");
    assert!(edit.buttons.is_empty());
    assert!(
        api.message(42, menu.message_id)
            .unwrap()
            .get("reply_markup")
            .is_none()
    );

    // Several updates at once: delivered and confirmed in order.
    for text in ["one", "two", "three"] {
        api.send_text(&user, text);
    }
    api.wait_updates_consumed(WAIT).await;
    assert_eq!(api.pending_updates(), 0);
    for text in ["one", "two", "three"] {
        assert_eq!(api.next_sent(42).await.text, text);
    }
    api.assert_no_more_sent(42);

    // Every getUpdates after the first carries an offset confirming the
    // previous batch.
    let polls = api.calls("getUpdates");
    assert!(
        polls
            .iter()
            .skip(1)
            .all(|p| p["offset"].as_i64().unwrap() >= 1),
        "{polls:?}"
    );

    bot.stop().await;
    // Graceful shutdown polled once more with timeout 0 and limit 1.
    let last = api.calls("getupdates").pop().unwrap();
    assert_eq!(
        (last["timeout"].as_i64(), last["limit"].as_i64()),
        (Some(0), Some(1))
    );
    api.assert_no_more_sent(42);
    api.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_users_are_independent_transcripts() {
    let api = FakeApi::start().await;
    let a = api.user(1, "A", None);
    let b = api.user(2, "B", Some("en"));
    let bot = RunningBot::start(&api).await;
    api.send_text(&a, "from a 1");
    api.send_text(&b, "from b");
    api.send_text(&a, "from a 2");
    assert_eq!(api.next_sent(2).await.text, "from b");
    assert_eq!(api.next_sent(1).await.text, "from a 1");
    assert_eq!(api.next_sent(1).await.text, "from a 2");
    bot.stop().await;
    api.assert_no_more_sent(1);
    api.assert_no_more_sent(2);
}

async fn raw_get_updates(client: &reqwest::Client, api: &FakeApi, body: Value) -> Vec<Value> {
    let resp: Value = client
        .post(format!("{}bot{}/getUpdates", api.url(), api.token()))
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(resp["ok"], true, "{resp}");
    resp["result"].as_array().unwrap().clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_updates_offset_limit_and_long_polling() {
    let api = FakeApi::start().await;
    let client = reqwest::Client::new();
    let user = api.user(7, "Bekzod", None);

    let first = api.push_raw_update(json!({"message": {
        "message_id": 500, "date": 1_700_000_000, "chat": user.chat_json(), "from": user.json(), "text": "raw"
    }}));
    api.send_text(&user, "b");
    api.send_text(&user, "c");
    assert_eq!(api.pending_updates(), 3);

    let all = raw_get_updates(&client, &api, json!({})).await;
    assert_eq!(all.len(), 3);
    assert_eq!(all[0]["update_id"].as_i64(), Some(first));
    assert_eq!(all[0]["message"]["text"], "raw");
    // Without an offset nothing is confirmed.
    assert_eq!(api.pending_updates(), 3);

    let limited = raw_get_updates(&client, &api, json!({"limit": 1})).await;
    assert_eq!(limited.len(), 1);

    // offset confirms everything below it.
    let rest = raw_get_updates(&client, &api, json!({"offset": first + 1})).await;
    assert_eq!(rest.len(), 2);
    assert_eq!(api.pending_updates(), 2);

    // Negative offset: keep only the last N.
    let last = raw_get_updates(&client, &api, json!({"offset": -1})).await;
    assert_eq!(last.len(), 1);
    assert_eq!(last[0]["message"]["text"], "c");
    let next = last[0]["update_id"].as_i64().unwrap() + 1;

    // Long polling: wakes as soon as an update is pushed.
    let poll = {
        let (client, api) = (client.clone(), api.clone());
        tokio::spawn(async move {
            raw_get_updates(&client, &api, json!({"offset": next, "timeout": 30})).await
        })
    };
    api.wait_call("getupdates", |p| p["timeout"] == 30, WAIT)
        .await;
    let pushed_at = Instant::now();
    api.send_text(&user, "wake up");
    let got = tokio::time::timeout(WAIT, poll)
        .await
        .expect("long poll returned")
        .unwrap();
    assert!(
        pushed_at.elapsed() < Duration::from_secs(5),
        "long poll slept instead of waking"
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["message"]["text"], "wake up");
    assert_eq!(api.pending_updates(), 1);

    let confirm = got[0]["update_id"].as_i64().unwrap() + 1;
    let none = raw_get_updates(&client, &api, json!({"offset": confirm, "timeout": 0})).await;
    assert!(none.is_empty());
    api.wait_updates_consumed(WAIT).await;

    // A long poll with nothing to deliver returns (empty) at its timeout.
    let started = Instant::now();
    let empty = raw_get_updates(&client, &api, json!({"offset": confirm, "timeout": 1})).await;
    assert!(empty.is_empty());
    assert!(started.elapsed() >= Duration::from_millis(900));

    // Shutdown wakes a pending long poll at once.
    let poll = {
        let (client, api) = (client.clone(), api.clone());
        tokio::spawn(async move {
            client
                .post(format!("{}bot{}/getUpdates", api.url(), api.token()))
                .json(&json!({"offset": confirm, "timeout": 60}))
                .send()
                .await
        })
    };
    api.wait_call("getupdates", |p| p["timeout"] == 60, WAIT)
        .await;
    api.shutdown().await;
    let resp = tokio::time::timeout(WAIT, poll)
        .await
        .expect("poll ended")
        .unwrap();
    if let Ok(resp) = resp {
        assert!(resp.status().is_success());
    }
    assert!(
        client
            .post(format!("{}bot{}/getMe", api.url(), api.token()))
            .send()
            .await
            .is_err(),
        "server still answering after shutdown"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bot_methods_faults_and_unknown_methods() {
    let api = FakeApi::start().await;
    let bot = bot_for(&api);
    let client = reqwest::Client::new();

    let me = bot.get_me().await.expect("getMe");
    assert_eq!(me.username(), "safar_test_bot");

    // sendMessage returns a full Message; ids increase.
    let m1 = bot.send_message(ChatId(55), "first").await.unwrap();
    let m2 = bot.send_message(ChatId(55), "second").await.unwrap();
    assert!(m2.id.0 > m1.id.0);
    assert_eq!(m1.from.as_ref().unwrap().id.0, 123456);
    assert_eq!(m1.text(), Some("first"));

    // Fault injection: 429 -> RetryAfter, then normal again.
    api.fail_next(
        "SendMessage",
        429,
        json!({"ok": false, "error_code": 429,
               "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}}),
    );
    let e = bot.send_message(ChatId(55), "throttled").await.unwrap_err();
    assert!(
        matches!(e, RequestError::RetryAfter(s) if s.seconds() == 1),
        "{e:?}"
    );
    bot.send_message(ChatId(55), "after").await.unwrap();
    // next_sent only reports successful sends.
    assert_eq!(api.next_sent(55).await.text, "first");
    assert_eq!(api.next_sent(55).await.text, "second");
    assert_eq!(api.next_sent(55).await.text, "after");
    assert_eq!(api.calls("sendmessage").len(), 4);

    // Strict checks behave like Telegram.
    let e = bot
        .edit_message_text(ChatId(55), m2.id, "second")
        .await
        .expect_err("identical edit must fail");
    assert!(
        matches!(e, RequestError::Api(ApiError::MessageNotModified)),
        "{e:?}"
    );
    let e = bot
        .send_message(ChatId(55), "<b>unclosed")
        .parse_mode(teloxide::types::ParseMode::Html)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("can't parse entities"), "{e}");
    bot.send_message(ChatId(55), "<b>bold</b> &amp; <i>it</i>")
        .parse_mode(teloxide::types::ParseMode::Html)
        .await
        .unwrap();
    let html = api.next_sent(55).await;
    assert_eq!(html.parse_mode.as_deref(), Some("HTML"));
    bot.delete_message(ChatId(55), m1.id).await.unwrap();
    assert!(api.message(55, m1.id.0).is_none());
    let e = bot.answer_callback_query("nope".into()).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(_)), "{e:?}");

    // Misc methods used at startup.
    bot.set_my_commands([teloxide::types::BotCommand::new("start", "Start")])
        .await
        .unwrap();
    assert_eq!(bot.get_my_commands().await.unwrap()[0].command, "start");
    bot.delete_my_commands().await.unwrap();
    bot.send_chat_action(ChatId(55), teloxide::types::ChatAction::Typing)
        .await
        .unwrap();

    // setWebhook is sent as multipart/form-data by teloxide.
    let hook = reqwest::Url::parse("https://example.org/hook/abc").unwrap();
    bot.set_webhook(hook.clone())
        .max_connections(5)
        .secret_token("s3cr3t")
        .await
        .unwrap();
    let params = api.calls("setWebhook").pop().unwrap();
    assert_eq!(params["url"], "https://example.org/hook/abc");
    assert_eq!(params["max_connections"], 5);
    assert_eq!(params["secret_token"], "s3cr3t");
    let info = bot.get_webhook_info().await.unwrap();
    assert_eq!(info.url, Some(hook));
    let e = bot.get_updates().await.unwrap_err();
    // 409 while a webhook is set.
    assert!(e.to_string().contains("webhook is active"), "{e:?}");
    bot.delete_webhook().await.unwrap();
    assert!(bot.get_webhook_info().await.unwrap().url.is_none());
    assert!(bot.get_updates().await.unwrap().is_empty());

    // Unknown method: 404 + recorded; urlencoded bodies parse.
    let resp = client
        .post(format!("{}bot{}/fooBar", api.url(), api.token()))
        .form(&[("chat_id", "9"), ("text", "123")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body,
        json!({"ok": false, "error_code": 404, "description": "Not Found: method not found"})
    );
    let foo = api.calls("FOOBAR");
    assert_eq!(foo, vec![json!({"chat_id": 9, "text": "123"})]);

    // Wrong token.
    let resp = client
        .post(format!("{}bot1:WRONG/getMe", api.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);

    // close / logOut.
    bot.close().await.unwrap();
    bot.log_out().await.unwrap();
}
