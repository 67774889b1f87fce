//! End to end through the real teloxide dispatcher against a fake Bot API on 127.0.0.1, with a
//! fresh SQLite database per test. Each test reads as a transcript: the user does something,
//! the bot answers.

mod common;

use common::harness::{ContentCopy, Options, TestBot, WAIT};
use safar::lang::Lang;
use serde_json::json;

#[tokio::test]
async fn first_contact_picks_a_language_and_shows_the_menu_in_each_language() {
    let bot = TestBot::start().await;
    let cases = [
        (Lang::Uz, "uz"),
        (Lang::UzCyrl, "uz"),
        (Lang::Ru, "ru"),
        (Lang::Kaa, "en"),
        (Lang::KaaCyrl, "en"),
    ];
    for (i, (lang, client)) in cases.into_iter().enumerate() {
        let user = bot.api.user(100 + i as i64, "Aziz", Some(client));

        // User: /start
        bot.api.send_text(&user, "/start");
        // Bot: the language picker, the client's language first when it is one of ours.
        let picker = bot.api.next_sent(user.chat_id()).await;
        assert_eq!(picker.parse_mode.as_deref(), Some("HTML"));
        assert_eq!(picker.buttons.len(), 5, "{picker:?}");
        let first = &picker.buttons[0][0].1;
        match client {
            "ru" => assert_eq!(first, "l:ru"),
            // `uz` is guessed as Latin; no guess for `en`: the usual order, Latin Uzbek first.
            _ => assert_eq!(first, "l:uz"),
        }
        for l in Lang::ALL {
            assert!(picker.has_button(&bot.label(l, "lang-name")), "{picker:?}");
            assert!(picker.text.contains(&bot.text(l, "lang-picker-prompt")));
        }

        // User: taps their language.
        let data = picker.button_data(&bot.label(lang, "lang-name"));
        let query = bot.api.press_button(&user, picker.message_id, &data);
        // Bot: answers the button press, then the main menu in that language.
        bot.api
            .wait_call(
                "answerCallbackQuery",
                |p| p["callback_query_id"] == json!(query),
                WAIT,
            )
            .await;
        let menu = bot.api.next_sent(user.chat_id()).await;
        assert!(
            menu.text.contains(&bot.text(lang, "lang-changed")),
            "{menu:?}"
        );
        assert!(menu.text.contains(&bot.text(lang, "main-menu")), "{menu:?}");
        assert!(menu.has_button(&bot.label(lang, "main-btn-countries")));
        assert!(menu.has_button(&bot.label(lang, "main-btn-language")));

        // User: opens "countries"; bot: the list, with a way back to the menu.
        bot.api.press_button(
            &user,
            menu.message_id,
            &menu.button_data(&bot.label(lang, "main-btn-countries")),
        );
        let countries = bot.api.next_sent(user.chat_id()).await;
        assert!(countries.text.contains(&bot.text(lang, "countries-list")));
        assert!(countries.has_button(&bot.label(lang, "menu-btn-main")));
        bot.assert_no_more_sent(user.chat_id()).await;
    }
    bot.stop().await;
}

#[tokio::test]
async fn the_deep_link_payload_is_stored_as_the_campaign() {
    let bot = TestBot::start().await;
    let user = bot.api.user(201, "Dilnoza", Some("uz"));
    bot.api.send_text(&user, "/start quiz_spring-2026");
    let picker = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);

    let campaign: Option<String> =
        sqlx::query_scalar("SELECT campaign FROM users WHERE user_id = ?")
            .bind(user.id)
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(campaign.as_deref(), Some("quiz_spring-2026"));
    bot.stop().await;
}

#[tokio::test]
async fn a_restart_resumes_every_user_where_they_were() {
    let mut bot = TestBot::start().await;
    let user = bot.api.user(301, "Jasur", Some("ru"));
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    bot.api.press_button(&user, picker.message_id, "l:ru");
    let menu = bot.api.next_sent(user.chat_id()).await;
    let countries = bot.tap(&user, &menu, Lang::Ru, "main-btn-countries").await;
    let russia = bot
        .tap(&user, &countries, Lang::Ru, "countries-btn-russia")
        .await;
    assert!(
        russia
            .text
            .contains(&bot.text(Lang::Ru, "countries-russia"))
    );

    bot.restart().await;

    // User: something the bot cannot match. Bot: still in Russian, still on the Russia page.
    bot.api.send_text(&user, "ммм");
    let reply = bot.api.next_sent(user.chat_id()).await;
    assert!(
        reply.text.contains(&bot.text(Lang::Ru, "faq-nothing")),
        "{reply:?}"
    );
    let node: String = sqlx::query_scalar("SELECT node_id FROM users WHERE user_id = ?")
        .bind(user.id)
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(node, "russia");
    // An old button from before the restart still works.
    let patent = bot
        .tap(&user, &russia, Lang::Ru, "countries-btn-ru-patent")
        .await;
    assert!(
        patent
            .text
            .contains(&bot.text(Lang::Ru, "countries-ru-patent"))
    );
    bot.stop().await;
}

#[tokio::test]
async fn forged_and_stale_buttons_get_a_polite_notice_and_the_menu() {
    let bot = TestBot::start().await;
    let user = bot.api.user(401, "Nodira", Some("uz"));
    bot.api.press_button(&user, 1, "l:uz");
    let menu = bot.api.next_sent(user.chat_id()).await;
    assert!(menu.text.contains(&bot.text(Lang::Uz, "main-menu")));

    let forged = [
        "b:main/no_such_node/0",
        "b:main/menu/99",
        "b:../../etc/passwd/0",
        "a:drop_table",
        "l:xx",
        "n'); DROP TABLE users;--",
    ];
    for data in forged {
        let query = bot.api.press_button(&user, menu.message_id, data);
        bot.api
            .wait_call(
                "answerCallbackQuery",
                |p| p["callback_query_id"] == json!(query),
                WAIT,
            )
            .await;
        let reply = bot.api.next_sent(user.chat_id()).await;
        assert!(
            reply.text.starts_with(&bot.text(Lang::Uz, "menu-stale")),
            "{data}: {reply:?}"
        );
        assert!(reply.text.contains(&bot.text(Lang::Uz, "main-menu")));
        assert_eq!(reply.buttons, menu.buttons, "{data}");
    }
    // The users table is intact and the user's language unchanged.
    let lang: String = sqlx::query_scalar("SELECT lang FROM users WHERE user_id = ?")
        .bind(user.id)
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(lang, "uz");
    bot.stop().await;
}

#[tokio::test]
async fn media_gets_a_text_only_answer_and_captions_are_read() {
    let bot = TestBot::start().await;
    let user = bot.api.user(501, "Olim", Some("ru"));
    bot.api.press_button(&user, 1, "l:ru");
    bot.api.next_sent(user.chat_id()).await;

    for (send, answer) in [
        (
            (|b: &TestBot, u| b.api.send_sticker(u)) as fn(&TestBot, &_) -> i32,
            "common-text-only",
        ),
        (|b: &TestBot, u| b.api.send_voice(u), "common-text-only"),
        // A picture is most often a screenshot of a job offer: ask for its text.
        (
            |b: &TestBot, u| b.api.send_photo(u, None),
            "offer-photo-no-text",
        ),
    ] {
        send(&bot, &user);
        let reply = bot.api.next_sent(user.chat_id()).await;
        assert!(
            reply.text.contains(&bot.text(Lang::Ru, answer)),
            "{reply:?}"
        );
        assert!(!reply.buttons.is_empty(), "the user can go on by tapping");
    }
    // A photo with a caption: the caption is read like typed text.
    bot.api
        .send_photo(&user, Some("Сколько стоит патент в России?"));
    let reply = bot.api.next_sent(user.chat_id()).await;
    assert!(
        reply
            .text
            .contains(&bot.text(Lang::Ru, "countries-ru-patent")),
        "{reply:?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn long_texts_are_split_under_telegrams_limit_with_buttons_on_the_last_part() {
    let content = ContentCopy::new();
    let paragraph = "Ish beruvchi pasportingizni olib qolishga haqli emas. ".repeat(40);
    let long = format!("{paragraph}\n\n{paragraph}\n\n{paragraph}");
    assert!(long.chars().count() > 6000);
    let path = content.locale("uz", "countries.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let indented = long.replace('\n', "\n    ");
    std::fs::write(&path, format!("{text}\ncountries-long = {indented}\n")).unwrap();
    for lang in ["ru", "kaa"] {
        let path = content.locale(lang, "countries.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}\ncountries-long = short\n")).unwrap();
    }
    content.edit(
        &content.dialogue("countries.yaml"),
        "    text: countries-korea",
        "    text: countries-long",
    );
    let bot = TestBot::start_with(Options {
        content: Some(content.paths.clone()),
        ..Options::default()
    })
    .await;
    let user = bot.api.user(601, "Bekzod", Some("uz"));
    bot.api.press_button(&user, 1, "l:uz");
    bot.api.next_sent(user.chat_id()).await;

    // User: types a question that leads to the long page.
    bot.api.send_text(&user, "Koreyaga qanday borsa bo'ladi?");
    let mut parts = Vec::new();
    let mut received = 0;
    while received < long.chars().count() - 200 {
        let part = bot.api.next_sent(user.chat_id()).await;
        assert!(part.text.encode_utf16().count() <= 4096);
        received += part.text.chars().count();
        parts.push(part);
    }
    assert!(parts.len() >= 2, "{} parts", parts.len());
    let (last, rest) = parts.split_last().unwrap();
    assert!(
        rest.iter().all(|p| p.buttons.is_empty()),
        "only the last part carries buttons"
    );
    assert!(!last.buttons.is_empty());
    bot.assert_no_more_sent(user.chat_id()).await;

    // A user pasting a text at Telegram's own limit gets a normal answer.
    bot.api.send_text(&user, &"ish ".repeat(1024));
    let reply = bot.api.next_sent(user.chat_id()).await;
    assert!(reply.text.contains(&bot.text(Lang::Uz, "faq-nothing")));
    bot.stop().await;
}

#[tokio::test]
async fn reload_keeps_the_old_scripts_when_the_new_ones_are_broken() {
    let content = ContentCopy::new();
    let admin = 701;
    let bot = TestBot::start_with(Options {
        content: Some(content.paths.clone()),
        admins: vec![admin],
        ..Options::default()
    })
    .await;
    let admin_user = bot.api.user(admin, "NGO admin", Some("ru"));
    let user = bot.api.user(702, "Malika", Some("ru"));
    for u in [&admin_user, &user] {
        bot.api.press_button(u, 1, "l:ru");
        bot.api.next_sent(u.chat_id()).await;
    }

    // An NGO editor breaks a script: a button leads nowhere.
    content.edit(
        &content.dialogue("countries.yaml"),
        "next: korea",
        "next: koreya",
    );
    // Admin: /reload. Bot: refused, with the file, line and column.
    bot.api.send_text(&admin_user, "/reload");
    let reply = bot.api.next_sent(admin_user.chat_id()).await;
    assert!(reply.text.contains("countries.yaml:"), "{reply:?}");
    assert!(reply.text.contains("koreya"), "{reply:?}");
    assert!(
        !reply
            .text
            .contains(&bot.text(Lang::Ru, "common-unknown-command"))
    );

    // Users still get the old, working scripts.
    bot.api.send_text(&user, "/menu");
    let menu = bot.api.next_sent(user.chat_id()).await;
    let countries = bot.tap(&user, &menu, Lang::Ru, "main-btn-countries").await;
    let korea = bot
        .tap(&user, &countries, Lang::Ru, "countries-btn-korea")
        .await;
    assert!(korea.text.contains(&bot.text(Lang::Ru, "countries-korea")));

    // A non-admin's /reload is just an unknown command.
    bot.api.send_text(&user, "/reload");
    let reply = bot.api.next_sent(user.chat_id()).await;
    assert!(
        reply
            .text
            .contains(&bot.text(Lang::Ru, "common-unknown-command")),
        "{reply:?}"
    );

    // The editor fixes the file and changes a text; the reload is accepted and takes effect.
    content.edit(
        &content.dialogue("countries.yaml"),
        "next: koreya",
        "next: korea",
    );
    content.edit(
        &content.locale("ru", "countries.ftl"),
        "countries-list = ",
        "countries-list = НОВОЕ. ",
    );
    bot.api.send_text(&admin_user, "/reload");
    let reply = bot.api.next_sent(admin_user.chat_id()).await;
    assert!(!reply.text.contains("countries.yaml:"), "{reply:?}");
    let countries = bot.tap(&user, &menu, Lang::Ru, "main-btn-countries").await;
    assert!(countries.text.starts_with("НОВОЕ. "), "{countries:?}");
    bot.stop().await;
}

#[tokio::test]
async fn webhook_refuses_a_wrong_secret_and_serves_healthz() {
    let secret = "s3cret_for-tests";
    let bot = TestBot::start_with(Options {
        webhook_secret: Some(secret.into()),
        ..Options::default()
    })
    .await;
    let set = bot.api.wait_call("setWebhook", |_| true, WAIT).await;
    assert_eq!(set["secret_token"], json!(secret));
    assert_eq!(set["url"], json!("https://safar.example.org/telegram"));

    let base = format!("http://{}", bot.listen_addr());
    let http = reqwest::Client::new();
    let health = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);

    let user = bot.api.user(801, "Sardor", Some("uz"));
    let update = json!({
        "update_id": 1,
        "message": {
            "message_id": 1, "date": 1_700_000_000,
            "chat": {"id": user.id, "type": "private", "first_name": "Sardor"},
            "from": {"id": user.id, "is_bot": false, "first_name": "Sardor", "language_code": "uz"},
            "text": "/start"
        }
    });
    for wrong in [None, Some("guess")] {
        let mut request = http.post(format!("{base}/telegram")).json(&update);
        if let Some(wrong) = wrong {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", wrong);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 401, "secret {wrong:?}");
    }
    let response = http
        .post(format!("{base}/telegram"))
        .header("X-Telegram-Bot-Api-Secret-Token", secret)
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // Only the update with the right secret was handled: one picker, nothing else.
    let picker = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    let update2 = json!({
        "update_id": 2,
        "message": {
            "message_id": 2, "date": 1_700_000_001,
            "chat": {"id": user.id, "type": "private", "first_name": "Sardor"},
            "from": {"id": user.id, "is_bot": false, "first_name": "Sardor", "language_code": "uz"},
            "text": "/help"
        }
    });
    http.post(format!("{base}/telegram"))
        .header("X-Telegram-Bot-Api-Secret-Token", secret)
        .json(&update2)
        .send()
        .await
        .unwrap();
    let next = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        next.buttons.len(),
        5,
        "still the picker: no language chosen yet: {next:?}"
    );
    bot.assert_no_more_sent(user.chat_id()).await;

    // Stopping shuts the webhook server down cleanly and removes the webhook.
    let api = bot.api.clone();
    bot.stop().await;
    api.wait_call("deleteWebhook", |_| true, WAIT).await;
    assert!(
        http.get(format!("{base}/healthz")).send().await.is_err(),
        "the server is closed"
    );
}

#[tokio::test]
async fn command_menus_are_set_per_language_at_start() {
    let bot = TestBot::start().await;
    let ru = bot
        .api
        .wait_call("setMyCommands", |p| p["language_code"] == json!("ru"), WAIT)
        .await;
    let names: Vec<&str> = ru["commands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["command"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "start", "menu", "language", "check", "operator", "country", "alerts", "stop", "help"
        ]
    );
    assert_eq!(
        ru["commands"][1]["description"],
        json!(bot.label(Lang::Ru, "cmd-menu"))
    );
    bot.api
        .wait_call("setMyCommands", |p| p["language_code"] == json!("uz"), WAIT)
        .await;
    bot.stop().await;
}

#[tokio::test]
async fn a_failing_set_my_commands_is_not_fatal() {
    // The fake refuses every setMyCommands; the bot logs it and still serves users.
    let refusal =
        json!({"ok": false, "error_code": 400, "description": "Bad Request: BOT_COMMAND_INVALID"});
    let bot = TestBot::start_with(Options {
        faults: vec![
            ("setMyCommands", 400, refusal.clone()),
            ("setMyCommands", 400, refusal.clone()),
            ("setMyCommands", 400, refusal),
        ],
        ..Options::default()
    })
    .await;
    let user = bot.api.user(901, "Kamola", None);
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    // All three menus (default, uz, ru) were attempted, and refused.
    for _ in 0..3 {
        bot.api.wait_call("setMyCommands", |_| true, WAIT).await;
    }
    let refused = bot
        .api
        .all_calls()
        .iter()
        .filter(|c| c.method == "setmycommands" && !c.ok())
        .count();
    assert_eq!(refused, 3);
    bot.stop().await;
}

#[tokio::test]
async fn unknown_commands_and_help_are_answered_in_the_users_language() {
    let bot = TestBot::start().await;
    let user = bot.api.user(1001, "Rustam", Some("uz"));
    bot.api.press_button(&user, 1, "l:kaa");
    let menu = bot.api.next_sent(user.chat_id()).await;
    assert!(menu.text.contains(&bot.text(Lang::Kaa, "main-menu")));
    bot.api.send_text(&user, "/foo");
    let reply = bot.api.next_sent(user.chat_id()).await;
    assert!(
        reply
            .text
            .contains(&bot.text(Lang::Kaa, "common-unknown-command"))
    );
    bot.api.send_text(&user, "/help");
    let reply = bot.api.next_sent(user.chat_id()).await;
    assert!(reply.text.contains(&bot.text(Lang::Kaa, "common-help")));
    bot.api.send_text(&user, "/language");
    let reply = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(reply.buttons[0][0].1, "l:kaa", "the current language first");
    bot.stop().await;
}

// ---------------------------------------------------------------------------------------------
// Typed questions, first-line questions and deep links (issue 5).

/// Texts of the test-only script below, per language.
const FAQTEST_FTL: [(&str, &str); 3] = [
    (
        "uz",
        "faqtest-a = Alfa sahifasi\nfaqtest-b = Bravo sahifasi\nfaqtest-c = Charli sahifasi\n\
         faqtest-a-title = Alfa\nfaqtest-b-title = Bravo\nfaqtest-c-title = Charli\n",
    ),
    (
        "ru",
        "faqtest-a = Страница альфа\nfaqtest-b = Страница браво\nfaqtest-c = Страница чарли\n\
         faqtest-a-title = Альфа\nfaqtest-b-title = Браво\nfaqtest-c-title = Чарли\n",
    ),
    (
        "kaa",
        "faqtest-a = Alfa beti\nfaqtest-b = Bravo beti\nfaqtest-c = Charli beti\n\
         faqtest-a-title = Alfa\nfaqtest-b-title = Bravo\nfaqtest-c-title = Charli\n",
    ),
];

/// Three nodes reached only by typing; `safartest` is a keyword of all three.
const FAQTEST_YAML: &str = "start: a
nodes:
  - id: a
    text: faqtest-a
    title: faqtest-a-title
    keywords: [safartest, alpha, альфа]
  - id: b
    text: faqtest-b
    title: faqtest-b-title
    keywords: [safartest, bravo]
  - id: c
    text: faqtest-c
    title: faqtest-c-title
    keywords: [safartest, charlie]
";

/// The shipped content plus the script above, and a one-node quiz if none is shipped yet.
fn faq_content() -> ContentCopy {
    let content = ContentCopy::new();
    std::fs::write(content.dialogue("faqtest.yaml"), FAQTEST_YAML).unwrap();
    for (lang, ftl) in FAQTEST_FTL {
        std::fs::write(content.locale(lang, "faqtest.ftl"), ftl).unwrap();
    }
    if !content.dialogue("quiz.yaml").exists() {
        std::fs::write(
            content.dialogue("quiz.yaml"),
            "start: start\nnodes:\n  - id: start\n    text: quiz-test-start\n    \
             title: quiz-test-start\n    keywords: [viktorina]\n",
        )
        .unwrap();
        for (lang, text) in [
            ("uz", "Test savoli"),
            ("ru", "Тестовый вопрос"),
            ("kaa", "Test sorawı"),
        ] {
            std::fs::write(
                content.locale(lang, "quiz.ftl"),
                format!("quiz-test-start = {text}\n"),
            )
            .unwrap();
        }
    }
    content
}

async fn start_faq_bot(content: &ContentCopy) -> TestBot {
    TestBot::start_with(Options {
        content: Some(content.paths.clone()),
        ..Options::default()
    })
    .await
}

#[tokio::test]
async fn a_typed_question_is_answered_an_unsure_one_offers_three_working_buttons() {
    let content = faq_content();
    let bot = start_faq_bot(&content).await;
    let user = bot.api.user(1101, "Aziza", Some("ru"));
    bot.api.press_button(&user, 1, "l:ru");
    bot.api.next_sent(user.chat_id()).await;

    // User: a clear question (with a typo). Bot: that page.
    bot.api.send_text(&user, "Что значит альфя?");
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(answer.text, bot.text(Lang::Ru, "faqtest-a"), "{answer:?}");
    assert!(answer.has_button(&bot.label(Lang::Ru, "menu-btn-main")));

    // User: a word all three pages share. Bot: "did you mean", the three titles, the menu.
    bot.api.send_text(&user, "safartest");
    let unsure = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(unsure.text, bot.text(Lang::Ru, "faq-suggest"), "{unsure:?}");
    assert_eq!(unsure.buttons.len(), 4, "{unsure:?}");
    assert_eq!(unsure.buttons[3][0].1, "a:menu");
    for (title, page) in [
        ("faqtest-a-title", "faqtest-a"),
        ("faqtest-b-title", "faqtest-b"),
        ("faqtest-c-title", "faqtest-c"),
    ] {
        let data = unsure.button_data(&bot.text(Lang::Ru, title));
        assert!(data.starts_with("f:faqtest/"), "{data}");
        bot.api.press_button(&user, unsure.message_id, &data);
        let shown = bot.api.next_sent(user.chat_id()).await;
        assert_eq!(shown.text, bot.text(Lang::Ru, page), "{title}: {shown:?}");
    }
    bot.assert_no_more_sent(user.chat_id()).await;
    bot.stop().await;
}

#[tokio::test]
async fn a_question_nothing_fits_offers_check_person_and_menu() {
    let content = faq_content();
    let bot = start_faq_bot(&content).await;
    let user = bot.api.user(1201, "Bobur", Some("uz"));
    bot.api.press_button(&user, 1, "l:uz");
    bot.api.next_sent(user.chat_id()).await;

    bot.api.send_text(&user, "qwzx plomb vvv");
    let nothing = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        nothing.text,
        bot.text(Lang::Uz, "faq-nothing"),
        "{nothing:?}"
    );
    let labels: Vec<String> = nothing.all_buttons().into_iter().map(|(l, _)| l).collect();
    assert_eq!(
        labels,
        [
            bot.label(Lang::Uz, "faq-btn-check"),
            bot.label(Lang::Uz, "faq-btn-operator"),
            bot.label(Lang::Uz, "menu-btn-main"),
        ]
    );
    // Check a job offer: asks for the text.
    let check = bot.tap(&user, &nothing, Lang::Uz, "faq-btn-check").await;
    assert_eq!(check.text, bot.text(Lang::Uz, "offer-prompt"));
    // Talk to a person: answered by the hotline (not an out-of-date notice).
    let person = bot.tap(&user, &nothing, Lang::Uz, "faq-btn-operator").await;
    assert!(
        !person.text.contains(&bot.text(Lang::Uz, "menu-stale")),
        "{person:?}"
    );
    // Main menu.
    let menu = bot.tap(&user, &nothing, Lang::Uz, "menu-btn-main").await;
    assert!(
        menu.text.contains(&bot.text(Lang::Uz, "main-menu")),
        "{menu:?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn forged_or_stale_suggestion_buttons_get_the_out_of_date_notice() {
    let content = faq_content();
    let bot = start_faq_bot(&content).await;
    let user = bot.api.user(1301, "Zarina", Some("uz"));
    bot.api.press_button(&user, 1, "l:uz");
    let menu = bot.api.next_sent(user.chat_id()).await;
    // A node that does not exist, one typed questions never lead to (the main menu), and
    // malformed data.
    for data in [
        "f:faqtest/zz",
        "f:main/menu",
        "f:faqtest",
        "f:/a",
        "f:faqtest/a/0",
    ] {
        bot.api.press_button(&user, menu.message_id, data);
        let reply = bot.api.next_sent(user.chat_id()).await;
        assert!(
            reply.text.starts_with(&bot.text(Lang::Uz, "menu-stale")),
            "{data}: {reply:?}"
        );
        assert_eq!(reply.buttons, menu.buttons, "{data}");
    }
    bot.stop().await;
}

#[tokio::test]
async fn a_question_as_the_very_first_message_is_answered_in_its_language() {
    let content = faq_content();
    let bot = start_faq_bot(&content).await;
    // No /start, no language yet; the client says English.
    let user = bot.api.user(1401, "Ivan", Some("en"));
    bot.api.send_text(&user, "Что такое альфа?");
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(
        answer.text.starts_with(&bot.text(Lang::Ru, "faqtest-a")),
        "{answer:?}"
    );
    assert!(
        answer.text.ends_with(&bot.text(Lang::Ru, "faq-lang-hint")),
        "{answer:?}"
    );
    assert!(
        answer.text.contains("Русский"),
        "the hint names the language: {answer:?}"
    );
    // The language can be changed right there; the same page comes back in the new one.
    let picker = bot.tap(&user, &answer, Lang::Ru, "faq-btn-language").await;
    assert_eq!(picker.buttons.len(), 5);
    assert_eq!(picker.buttons[0][0].1, "l:ru", "the guessed language first");
    bot.api.press_button(&user, picker.message_id, "l:uz-Cyrl");
    let again = bot.api.next_sent(user.chat_id()).await;
    assert!(
        again
            .text
            .starts_with(&bot.text(Lang::UzCyrl, "lang-changed")),
        "{again:?}"
    );
    assert!(
        again.text.contains(&bot.text(Lang::UzCyrl, "faqtest-a")),
        "{again:?}"
    );

    // Without a clear answer, the picker as before.
    let other = bot.api.user(1402, "Olga", Some("ru"));
    bot.api.send_text(&other, "Здравствуйте");
    let picker = bot.api.next_sent(other.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5, "{picker:?}");
    bot.stop().await;
}

#[tokio::test]
async fn start_quiz_deep_link_opens_the_quiz_after_the_language_or_at_once() {
    let content = faq_content();
    let bot = start_faq_bot(&content).await;
    let scripts = &bot.content.get().scripts;
    let quiz = scripts.start_of("quiz").expect("a quiz script");
    let quiz_text = scripts.get(&quiz).unwrap().text.clone();

    // A new user: the picker first, then the quiz in the language picked.
    let user = bot.api.user(1501, "Dilnoza", Some("uz"));
    bot.api.send_text(&user, "/start quiz");
    let picker = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    bot.api.press_button(&user, picker.message_id, "l:kaa");
    let first = bot.api.next_sent(user.chat_id()).await;
    assert!(
        first.text.starts_with(&bot.text(Lang::Kaa, "lang-changed")),
        "{first:?}"
    );
    assert!(
        first.text.contains(&bot.text(Lang::Kaa, &quiz_text)),
        "{first:?}"
    );
    let campaign: Option<String> =
        sqlx::query_scalar("SELECT campaign FROM users WHERE user_id = ?")
            .bind(user.id)
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(campaign.as_deref(), Some("quiz"));

    // A known user: the quiz at once; a campaign tag after the name works the same.
    let known = bot.api.user(1502, "Sardor", Some("ru"));
    bot.api.press_button(&known, 1, "l:ru");
    bot.api.next_sent(known.chat_id()).await;
    bot.api.send_text(&known, "/start quiz_tv-2026");
    let shown = bot.api.next_sent(known.chat_id()).await;
    assert_eq!(shown.text, bot.text(Lang::Ru, &quiz_text), "{shown:?}");

    // An unknown payload: the usual welcome and menu.
    bot.api.send_text(&known, "/start nosuchscript");
    let normal = bot.api.next_sent(known.chat_id()).await;
    assert!(
        normal.text.starts_with(&bot.text(Lang::Ru, "menu-welcome")),
        "{normal:?}"
    );
    bot.stop().await;
}
