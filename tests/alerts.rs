//! Alerts (#18): users tick topics (and /stop, or "stop alerts" in their language); an alert
//! file goes to a topic's subscribers as one job, resumable, after the users' replies.
//! Transcripts through the fake Bot API.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::fake_api::TestUser;
use common::harness::{Options, TestBot, shipped_content};
use safar::cli::ContentArgs;
use safar::cli::alert::{AlertArgs, AlertCmd, SendArgs};
use safar::core::output::Arg;
use safar::html::to_plain;
use safar::lang::Lang;

/// The toggle label of a topic as the user sees it.
fn toggle(bot: &TestBot, lang: Lang, on: bool, topic: &str) -> String {
    let key = if on {
        "alerts-toggle-on"
    } else {
        "alerts-toggle-off"
    };
    to_plain(&bot.text_with(lang, key, &[("topic", Arg::Text(topic.to_string()))]))
}

async fn subscriptions(bot: &TestBot, user: &TestUser) -> Vec<String> {
    sqlx::query_scalar("SELECT topic FROM alert_subscriptions WHERE user_id = ? ORDER BY topic")
        .bind(user.id)
        .fetch_all(bot.store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_user_ticks_topics_and_unticks_them_and_nobody_is_subscribed_without_ticking() {
    let bot = TestBot::start().await;
    let user = bot.user_in(1, "Dilnoza", Lang::Ru).await;
    assert!(subscriptions(&bot, &user).await.is_empty());

    bot.api.send_text(&user, "/alerts");
    let screen = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(screen.text, bot.text(Lang::Ru, "alerts-intro"));
    let russia = toggle(&bot, Lang::Ru, false, "Россия");
    assert!(screen.has_button(&russia), "{screen:?}");
    // Nothing ticked: no "stop all".
    assert!(!screen.has_button(&bot.label(Lang::Ru, "alerts-btn-stop")));

    bot.api
        .press_button(&user, screen.message_id, &screen.button_data(&russia));
    let ticked = bot.api.next_sent(user.chat_id()).await;
    assert!(
        ticked.text.starts_with(&bot.text_with(
            Lang::Ru,
            "alerts-on",
            &[("topic", Arg::Text("Россия".into()))]
        )),
        "{ticked:?}"
    );
    assert!(ticked.has_button(&toggle(&bot, Lang::Ru, true, "Россия")));
    assert_eq!(subscriptions(&bot, &user).await, ["russia"]);

    // Tapped again: unticked.
    let on = toggle(&bot, Lang::Ru, true, "Россия");
    bot.api
        .press_button(&user, ticked.message_id, &ticked.button_data(&on));
    let unticked = bot.api.next_sent(user.chat_id()).await;
    assert!(
        unticked.text.starts_with(&bot.text_with(
            Lang::Ru,
            "alerts-off",
            &[("topic", Arg::Text("Россия".into()))]
        )),
        "{unticked:?}"
    );
    assert!(subscriptions(&bot, &user).await.is_empty());
    bot.assert_no_more_sent(user.chat_id()).await;
    bot.stop().await;
}

#[tokio::test]
async fn the_main_menu_opens_the_alerts_and_the_users_country_comes_first() {
    let bot = TestBot::start().await;
    let user = bot.user_in(2, "Aziz", Lang::Uz).await;
    // Where are you now? South Korea.
    bot.api.send_text(&user, "/country");
    let asked = bot.api.next_sent(user.chat_id()).await;
    bot.api.press_button(&user, asked.message_id, "c:kr");
    bot.api.next_sent(user.chat_id()).await;

    bot.api.send_text(&user, "/menu");
    let menu = bot.api.next_sent(user.chat_id()).await;
    let screen = bot.tap(&user, &menu, Lang::Uz, "main-btn-alerts").await;
    assert_eq!(screen.text, bot.text(Lang::Uz, "alerts-intro"));
    assert_eq!(
        screen.buttons[0][0].0,
        toggle(&bot, Lang::Uz, false, "Janubiy Koreya")
    );
    bot.assert_no_more_sent(user.chat_id()).await;
    bot.stop().await;
}

/// Ticks the scam warnings for `user` (whose language is `lang`).
async fn tick_scams(bot: &TestBot, user: &TestUser, lang: Lang) {
    bot.api.send_text(user, "/alerts");
    let screen = bot.api.next_sent(user.chat_id()).await;
    let label = bot
        .content
        .get()
        .alert_topics
        .get("scams")
        .unwrap()
        .label(lang);
    let data = screen.button_data(&toggle(bot, lang, false, &label));
    bot.api.press_button(user, screen.message_id, &data);
    bot.api.next_sent(user.chat_id()).await;
}

#[tokio::test]
async fn stop_and_stop_alerts_in_each_language_unsubscribe_from_everything() {
    let bot = TestBot::start().await;
    for (i, lang) in [Lang::Uz, Lang::UzCyrl, Lang::Ru, Lang::Kaa, Lang::KaaCyrl]
        .into_iter()
        .enumerate()
    {
        let user = bot.user_in(10 + i as i64, "U", lang).await;
        // The phrase as this user writes it (Cyrillic for the Cyrillic variants), shouted.
        let phrase = to_plain(&bot.text(lang, "alerts-stop-phrase")).to_uppercase() + "!";
        for stop in ["/stop", phrase.as_str()] {
            tick_scams(&bot, &user, lang).await;
            assert_eq!(subscriptions(&bot, &user).await, ["scams"], "{lang:?}");
            bot.api.send_text(&user, stop);
            let stopped = bot.api.next_sent(user.chat_id()).await;
            assert_eq!(
                stopped.text,
                bot.text(lang, "alerts-stopped"),
                "{lang:?} {stop}"
            );
            assert!(
                subscriptions(&bot, &user).await.is_empty(),
                "{lang:?} {stop}"
            );
        }
        // Nothing left to stop: said so.
        bot.api.send_text(&user, "/stop");
        let none = bot.api.next_sent(user.chat_id()).await;
        assert_eq!(none.text, bot.text(lang, "alerts-stopped-none"));
        bot.assert_no_more_sent(user.chat_id()).await;
    }
    bot.stop().await;
}

/// Adds `n` users (ids from `first`) subscribed to `topic` straight into the database, in
/// languages taken in turn.
async fn subscribers(bot: &TestBot, first: i64, n: i64, topic: &str) -> Vec<i64> {
    let langs = ["uz", "uz-Cyrl", "ru", "kaa", "kaa-Cyrl"];
    let mut tx = bot.store.pool().begin().await.unwrap();
    for i in 0..n {
        let id = first + i;
        sqlx::query(
            "INSERT INTO users (user_id, chat_id, lang, first_seen, last_seen)
             VALUES (?1, ?1, ?2, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')",
        )
        .bind(id)
        .bind(langs[(i % 5) as usize])
        .execute(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO alert_subscriptions (user_id, topic, created_at)
             VALUES (?, ?, '2026-12-01T00:00:00Z')",
        )
        .bind(id)
        .bind(topic)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    (first..first + n).collect()
}

fn send_args(bot: &TestBot, file: &str, topic: &str, dry_run: bool) -> AlertArgs {
    let paths = shipped_content();
    AlertArgs {
        command: AlertCmd::Send(SendArgs {
            file: paths.dialogues.join("alerts").join(file),
            topic: topic.to_string(),
            dry_run,
            database: bot.db_url.clone(),
            content: ContentArgs {
                dialogues: paths.dialogues,
                locales: paths.locales,
            },
        }),
    }
}

/// How many messages of kind alert each chat got from the fake.
fn alerts_received(bot: &TestBot, chats: &[i64], first_words: &str) -> HashMap<i64, usize> {
    chats
        .iter()
        .map(|&c| {
            let n = bot
                .api
                .calls_to("sendMessage", c)
                .iter()
                .filter(|call| {
                    call.params["text"]
                        .as_str()
                        .is_some_and(|t| to_plain(t).contains(first_words))
                })
                .count();
            (c, n)
        })
        .collect()
}

async fn counts(bot: &TestBot) -> (i64, i64, i64, i64) {
    sqlx::query_as(
        "SELECT a.recipients,
            SUM(o.state = 'sent'), SUM(o.state = 'failed' AND o.last_error = 'blocked'),
            SUM(o.state = 'pending')
         FROM alerts a JOIN outbox o ON o.alert_id = a.id GROUP BY a.id",
    )
    .fetch_one(bot.store.pool())
    .await
    .unwrap()
}

#[tokio::test]
async fn an_alert_goes_once_to_each_subscriber_in_their_language_and_a_403_unsubscribes() {
    let bot = TestBot::start().await;
    let subs = subscribers(&bot, 1000, 20, "scams").await;
    // Others, not subscribed to this topic.
    let others = subscribers(&bot, 2000, 3, "rules").await;
    let gone = subs[3];
    bot.api.block_chat(gone);

    // A dry run sends nothing.
    let code = safar::cli::alert::run(&send_args(&bot, "example.ftl", "scams", true))
        .await
        .unwrap();
    assert_eq!(code, std::process::ExitCode::SUCCESS);
    let written: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'alert'")
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(written, 0);

    safar::cli::alert::run(&send_args(&bot, "example.ftl", "scams", false))
        .await
        .unwrap();
    bot.idle().await;
    for (i, &chat) in subs.iter().enumerate() {
        if chat == gone {
            continue;
        }
        let sent = bot.api.calls_to("sendMessage", chat);
        assert_eq!(sent.len(), 1, "chat {chat}");
        let lang = [Lang::Uz, Lang::UzCyrl, Lang::Ru, Lang::Kaa, Lang::KaaCyrl][i % 5];
        let alert = bot.content.get();
        let text = sent[0].params["text"].as_str().unwrap().to_string();
        let mut d = safar::diagnostics::Diagnostics::default();
        let file = shipped_content().dialogues.join("alerts/example.ftl");
        let expected =
            safar::content::alerts::Alert::load(&file, &alert.translit, &alert.scripts, &mut d)
                .unwrap()
                .render(lang);
        assert_eq!(text, expected, "chat {chat} in {lang:?}");
    }
    for &chat in &others {
        assert!(bot.api.calls_to("sendMessage", chat).is_empty());
    }
    let (recipients, delivered, unreachable, pending) = counts(&bot).await;
    assert_eq!(
        (recipients, delivered, unreachable, pending),
        (20, 19, 1, 0)
    );
    // The 403: unreachable, and unsubscribed.
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM alert_subscriptions WHERE user_id = ?")
            .bind(gone)
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(left, 0);
    let status = bot.store.alert_counts(10).await.unwrap();
    assert_eq!(
        safar::cli::alert::status_line(&status[0])
            .split(" on ")
            .next()
            .unwrap(),
        "#1 example → scams"
    );
    assert_eq!((status[0].delivered, status[0].unreachable), (19, 1));
    // In the report too.
    use safar::app::report::{Report, ReportRequest, render_csv, render_text};
    let today = chrono::Utc::now().date_naive();
    let request = ReportRequest {
        from: today,
        to: today,
        campaign: None,
        office: Default::default(),
    };
    let report = Report::load(&bot.store, &request).await.unwrap();
    let text = render_text(&report, &bot.content.get().texts, Lang::Ru);
    let line = bot.text_with(
        Lang::Ru,
        "alerts-report-line",
        &[
            ("recipients", Arg::Number(20)),
            ("delivered", Arg::Number(19)),
            ("failed", Arg::Number(0)),
            ("unreachable", Arg::Number(1)),
            ("pending", Arg::Number(0)),
            ("presses", Arg::Number(0)),
            ("pressed_by", Arg::Number(0)),
        ],
    );
    assert!(
        text.contains(&format!("#1 example → scams: {line}")),
        "{text}"
    );
    let csv = render_csv(&report);
    let (_, alerts_csv) = csv.iter().find(|(name, _)| name == "alerts.csv").unwrap();
    let alerts_csv = String::from_utf8_lossy(alerts_csv);
    assert!(alerts_csv.contains(",20,19,0,0,1,0,0\r\n"), "{alerts_csv}");
    bot.stop().await;
}

/// Presses and distinct pressers of alert 1, as the store counts them.
async fn presses(bot: &TestBot) -> (i64, i64) {
    let c = &bot.store.alert_counts(10).await.unwrap()[0];
    (c.presses, c.pressed_by)
}

#[tokio::test]
async fn an_alerts_buttons_show_their_pages_names_in_each_language_open_them_and_are_counted() {
    let bot = TestBot::start().await;
    let langs = [Lang::Uz, Lang::UzCyrl, Lang::Ru, Lang::Kaa, Lang::KaaCyrl];
    let mut users = Vec::new();
    for (i, lang) in langs.into_iter().enumerate() {
        let user = bot.user_in(100 + i as i64, "U", lang).await;
        tick_scams(&bot, &user, lang).await;
        users.push((user, lang));
    }
    // example.ftl: `buttons = before:agency before:fees`.
    safar::cli::alert::run(&send_args(&bot, "example.ftl", "scams", false))
        .await
        .unwrap();
    let mut alerts = Vec::new();
    for (user, lang) in &users {
        let alert = bot.api.next_sent(user.chat_id()).await;
        // The words of the bot's own buttons to those pages (the checklist's), in the user's
        // language and script; one per row.
        let labels: Vec<String> = alert.all_buttons().into_iter().map(|(l, _)| l).collect();
        assert_eq!(
            labels,
            [
                bot.label(*lang, "before-btn-agency"),
                bot.label(*lang, "before-btn-fees")
            ],
            "{lang:?}"
        );
        alerts.push(alert);
    }
    assert_eq!(presses(&bot).await, (0, 0));

    // The Russian user opens the agency page, twice; the uz-Cyrl user the fees page once.
    let (ru, _) = &users[2];
    let agency = bot.label(Lang::Ru, "before-btn-agency");
    for _ in 0..2 {
        bot.api
            .press_button(ru, alerts[2].message_id, &alerts[2].button_data(&agency));
        let page = bot.api.next_sent(ru.chat_id()).await;
        assert_eq!(page.text, bot.text(Lang::Ru, "before-agency"));
        // The page as the engine shows it anywhere: its own buttons under it.
        assert!(page.has_button(&bot.label(Lang::Ru, "before-btn-next")));
    }
    let (cyrl, _) = &users[1];
    let fees = bot.label(Lang::UzCyrl, "before-btn-fees");
    bot.api
        .press_button(cyrl, alerts[1].message_id, &alerts[1].button_data(&fees));
    let page = bot.api.next_sent(cyrl.chat_id()).await;
    assert_eq!(page.text, bot.text(Lang::UzCyrl, "before-fees"));
    assert_eq!(presses(&bot).await, (3, 2));

    // Forged or old data: a page that is not one of the alert's, an alert that does not exist,
    // a page gone. Each is answered like any button, and none is counted.
    let (uz, _) = &users[0];
    bot.api
        .press_button(uz, alerts[0].message_id, "n:1/before/passport");
    let page = bot.api.next_sent(uz.chat_id()).await;
    assert_eq!(page.text, bot.text(Lang::Uz, "before-passport"));
    bot.api
        .press_button(uz, alerts[0].message_id, "n:77/before/agency");
    bot.api.next_sent(uz.chat_id()).await;
    bot.api
        .press_button(uz, alerts[0].message_id, "n:1/before/gone");
    let stale = bot.api.next_sent(uz.chat_id()).await;
    assert!(
        stale.text.contains(&bot.first_line(Lang::Uz, "menu-stale")),
        "{stale:?}"
    );
    assert_eq!(presses(&bot).await, (3, 2));

    // Shown by `safar alert status` and in the report.
    let status = bot.store.alert_counts(10).await.unwrap();
    let line = safar::cli::alert::status_line(&status[0]);
    assert!(
        line.contains("buttons pressed 3 time(s) by 2 user(s)"),
        "{line}"
    );
    use safar::app::report::{Report, ReportRequest, render_csv};
    let today = chrono::Utc::now().date_naive();
    let request = ReportRequest {
        from: today,
        to: today,
        campaign: None,
        office: Default::default(),
    };
    let report = Report::load(&bot.store, &request).await.unwrap();
    let csv = render_csv(&report);
    let (_, alerts_csv) = csv.iter().find(|(name, _)| name == "alerts.csv").unwrap();
    let alerts_csv = String::from_utf8_lossy(alerts_csv);
    assert!(alerts_csv.contains(",5,5,0,0,0,2,3\r\n"), "{alerts_csv}");
    // And on the HTML page.
    let page = safar::app::report::render_html(&report, &bot.content.get().texts, Lang::Ru);
    assert!(page.contains("нажатий кнопок 3 (людей: 2)</li>"), "{page}");
    for (user, _) in &users {
        bot.assert_no_more_sent(user.chat_id()).await;
    }
    bot.stop().await;
}

#[tokio::test]
async fn a_job_stopped_halfway_continues_after_a_restart_and_nobody_gets_it_twice() {
    let mut bot = TestBot::start().await;
    let subs = subscribers(&bot, 5000, 30, "scams").await;
    // The job is created and one chunk of 7 written; then the process dies (nothing else of
    // it runs: the rest is the bot's to do at its next start).
    let content = bot.content.clone();
    let mut d = safar::diagnostics::Diagnostics::default();
    let alert = safar::content::alerts::Alert::load(
        &shipped_content().dialogues.join("alerts/example.ftl"),
        &content.get().translit,
        &content.get().scripts,
        &mut d,
    )
    .unwrap();
    let texts = Lang::ALL
        .into_iter()
        .map(|l| (l.code().to_string(), alert.render(l)))
        .collect();
    let id = bot
        .store
        .create_alert("example", "scams", None, &texts, &[])
        .await
        .unwrap();
    assert_eq!(bot.store.write_alert_chunk(id, 7).await.unwrap(), 7);
    bot.restart().await;
    // Within the first look at start-up; then everything is delivered.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let (recipients, delivered, _, _) = counts(&bot).await;
        if recipients == 30 && delivered == 30 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{recipients} {delivered}"
        );
        bot.api.next_call_within(Duration::from_millis(200)).await;
    }
    let got = alerts_received(&bot, &subs, "");
    assert!(got.values().all(|&n| n == 1), "{got:?}");
    bot.stop().await;
}

#[tokio::test]
async fn users_who_write_during_an_alert_to_10000_are_answered_without_waiting_for_it() {
    let bot = TestBot::start_with(Options {
        send_rate: 30,
        ..Options::default()
    })
    .await;
    // Forty users, each writing once during the alert (a chat's own limit, one message a
    // second, is not what is measured here).
    let mut talkers = Vec::new();
    for i in 0..40 {
        talkers.push(bot.user_in(100 + i, "T", Lang::Ru).await);
    }
    subscribers(&bot, 10_000, 10_000, "scams").await;
    safar::cli::alert::run(&send_args(&bot, "example.ftl", "scams", false))
        .await
        .unwrap();
    assert_eq!(counts(&bot).await.0, 10_000);
    // The alert is being sent (20 a second at most), past its first burst.
    let sent_at_least = |n: i64| {
        let bot = &bot;
        async move {
            let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
            while counts(bot).await.1 < n {
                assert!(tokio::time::Instant::now() < deadline, "the alert stalled");
                bot.api.next_call_within(Duration::from_millis(200)).await;
            }
        }
    };
    sent_at_least(40).await;
    let mut waits = Vec::new();
    for (round, five) in talkers.chunks(5).enumerate() {
        // Between rounds, the alert goes on.
        sent_at_least(40 + 5 * round as i64).await;
        for user in five {
            let asked = tokio::time::Instant::now();
            bot.api.send_text(user, "/menu");
            let reply = bot
                .api
                .next_sent_within(user.chat_id(), Duration::from_secs(5))
                .await;
            assert!(
                reply.text.contains(&bot.text(Lang::Ru, "main-menu")),
                "{round}"
            );
            waits.push(asked.elapsed());
        }
    }
    let (_, delivered, _, pending) = counts(&bot).await;
    assert!(
        pending > 0,
        "the alert was over before the users wrote ({delivered} sent)"
    );
    // The closed-loop budget of a reply (README, Performance): p99 ≤ 50 ms. (At this rate an
    // alert sender finishes every ~50 ms, so this would pass with the senders shared too: the
    // test below, at a slow rate, is the one that tells.)
    waits.sort();
    let p99 = waits[(waits.len() * 99).div_ceil(100) - 1];
    assert!(p99 <= Duration::from_millis(50), "p99 {p99:?} of {waits:?}");
    bot.stop().await;
}

/// Why alerts have senders of their own: at a slow send rate an alert sender holds its place
/// for long (waiting for the alerts' share of the rate), so with the replies' senders shared,
/// all 64 would be alert chats waiting, and a reply would wait for one of them to finish —
/// about 1/(alert rate), here up to 250 ms. With senders of their own, a reply starts at once.
#[tokio::test]
async fn at_a_slow_send_rate_a_reply_does_not_wait_for_a_sender_held_by_an_alert() {
    let bot = TestBot::start_with(Options {
        send_rate: 6,
        ..Options::default()
    })
    .await;
    let mut talkers = Vec::new();
    for i in 0..20 {
        talkers.push(bot.user_in(300 + i, "T", Lang::Ru).await);
    }
    // Far more alert chats than senders of any kind.
    subscribers(&bot, 20_000, 1_000, "scams").await;
    safar::cli::alert::run(&send_args(&bot, "example.ftl", "scams", false))
        .await
        .unwrap();
    // The alert is going out (4 a second), past its first burst.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while counts(&bot).await.1 < 6 {
        assert!(tokio::time::Instant::now() < deadline, "the alert stalled");
        bot.api.next_call_within(Duration::from_millis(200)).await;
    }
    let mut waits = Vec::new();
    // The users write about two messages a second in all: a third of the rate, what the
    // alerts leave to the replies. The gaps vary (pacing what is measured, not waiting for an
    // event), so that the replies do not keep one phase of the alerts' 250 ms beat: with
    // shared senders, a wait would then be the same by chance, small or large.
    for (i, user) in talkers.iter().enumerate() {
        tokio::time::sleep(Duration::from_millis(400 + (i as u64 * 97) % 250)).await;
        let asked = tokio::time::Instant::now();
        bot.api.send_text(user, "/menu");
        let reply = bot
            .api
            .next_sent_within(user.chat_id(), Duration::from_secs(5))
            .await;
        assert!(reply.text.contains(&bot.text(Lang::Ru, "main-menu")));
        waits.push(asked.elapsed());
    }
    let (_, delivered, _, pending) = counts(&bot).await;
    assert!(
        pending > safar::telegram::delivery::MAX_SENDERS as i64,
        "the alert was nearly over ({delivered} sent)"
    );
    waits.sort();
    // With shared senders every reply waits for an alert's beat, 0–250 ms at random: nearly
    // all above the budget (measured: 18–247 ms, median 130 ms). Here 90% must be within it,
    // which leaves room for a machine busy with other tests (one stray wait failed a p99 check
    // once in the full suite) and still fails at once with shared senders.
    let p90 = waits[(waits.len() * 90).div_ceil(100) - 1];
    println!("send rate 6, alert pending to {pending}: reply waits p90 {p90:?} of {waits:?}");
    assert!(p90 <= Duration::from_millis(50), "p90 {p90:?} of {waits:?}");
    bot.stop().await;
}

#[tokio::test]
async fn an_admin_previews_an_alert_in_the_operators_group_and_confirms_it_a_non_admin_is_refused()
{
    use common::harness::{OPERATORS, hotline_config};
    const ADMIN: i64 = 900;
    let bot = TestBot::start_with(Options {
        hotline: Some(hotline_config()),
        admins: vec![ADMIN],
        ..Options::default()
    })
    .await;
    let subs = subscribers(&bot, 3000, 7, "scams").await;
    let admin = bot.api.user(ADMIN, "Malika", Some("ru"));
    let operator = bot.api.user(901, "Oybek", Some("ru"));

    // Not an admin: refused, nothing sent.
    bot.api
        .send_group_text(OPERATORS, &operator, None, None, "/alert example scams");
    let refused = bot.api.next_sent(OPERATORS).await;
    assert_eq!(refused.text, bot.text(Lang::Ru, "alerts-admin-only"));

    // A topic that does not exist: said, with the topics there are.
    bot.api
        .send_group_text(OPERATORS, &admin, None, None, "/alert example scam");
    let unknown = bot.api.next_sent(OPERATORS).await;
    assert!(unknown.text.contains("scams, rules"), "{unknown:?}");

    // The preview: the alert as Russian-speaking users get it, then the counts per language.
    bot.api
        .send_group_text(OPERATORS, &admin, None, None, "/alert example scams");
    let preview = bot.api.next_sent(OPERATORS).await;
    let mut d = safar::diagnostics::Diagnostics::default();
    let alert = safar::content::alerts::Alert::load(
        &shipped_content().dialogues.join("alerts/example.ftl"),
        &bot.content.get().translit,
        &bot.content.get().scripts,
        &mut d,
    )
    .unwrap();
    assert_eq!(preview.text, alert.render(Lang::Ru));
    // Its buttons as users get them; pressed in the group they do nothing.
    let shown: Vec<String> = preview.all_buttons().into_iter().map(|(l, _)| l).collect();
    assert_eq!(
        shown,
        [
            bot.label(Lang::Ru, "before-btn-agency"),
            bot.label(Lang::Ru, "before-btn-fees")
        ]
    );
    let ask = bot.api.next_sent(OPERATORS).await;
    let page_data = preview.button_data(&shown[0]);
    bot.api
        .press_group_button(OPERATORS, &admin, preview.message_id, &page_data);
    let counts_text = bot.text_with(
        Lang::Ru,
        "alerts-admin-preview",
        &[
            ("name", Arg::Text("example".into())),
            ("topic", Arg::Text("scams".into())),
            ("total", Arg::Number(7)),
            ("uz", Arg::Number(2)),
            ("uz_cyrl", Arg::Number(2)),
            ("ru", Arg::Number(1)),
            ("kaa", Arg::Number(1)),
            ("kaa_cyrl", Arg::Number(1)),
        ],
    );
    assert_eq!(ask.text, counts_text);
    // Nothing goes before Confirm.
    for &chat in &subs {
        assert!(bot.api.calls_to("sendMessage", chat).is_empty());
    }
    // The operator cannot confirm it.
    let confirm = ask.button_data(&bot.label(Lang::Ru, "alerts-admin-btn-confirm"));
    bot.api
        .press_group_button(OPERATORS, &operator, ask.message_id, &confirm);
    let refused = bot.api.next_sent(OPERATORS).await;
    assert_eq!(refused.text, bot.text(Lang::Ru, "alerts-admin-only"));

    bot.api
        .press_group_button(OPERATORS, &admin, ask.message_id, &confirm);
    let queued = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        queued.text,
        bot.text_with(
            Lang::Ru,
            "alerts-admin-queued",
            &[("id", Arg::Number(1)), ("total", Arg::Number(7))]
        )
    );
    for &chat in &subs {
        bot.api.next_sent(chat).await;
    }
    bot.idle().await;
    // Pressed twice: the preview is spent.
    bot.api
        .press_group_button(OPERATORS, &admin, ask.message_id, &confirm);
    let stale = bot.api.next_sent(OPERATORS).await;
    assert_eq!(stale.text, bot.text(Lang::Ru, "alerts-admin-stale"));

    bot.api
        .send_group_text(OPERATORS, &admin, None, None, "/alert status");
    let status = bot.api.next_sent(OPERATORS).await;
    assert!(status.text.starts_with("#1 example → scams"), "{status:?}");
    assert!(status.text.contains("доставлено 7"), "{status:?}");
    assert!(
        status.text.contains("нажатий кнопок 0 (людей: 0)"),
        "{status:?}"
    );
    let got = alerts_received(&bot, &subs, "");
    assert!(got.values().all(|&n| n == 1), "{got:?}");
    bot.stop().await;
}

#[tokio::test]
async fn with_one_send_in_twenty_answered_429_no_alert_is_lost_or_sent_twice() {
    use common::fake_api::FakeApi;
    let bot = TestBot::start().await;
    let subs = subscribers(&bot, 7000, 100, "scams").await;
    bot.api
        .fail_every("sendMessage", 20, FakeApi::too_many_requests(1));
    safar::cli::alert::run(&send_args(&bot, "example.ftl", "scams", false))
        .await
        .unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while counts(&bot).await.1 < 100 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "{:?}",
            counts(&bot).await
        );
        bot.api.next_call_within(Duration::from_millis(500)).await;
    }
    // Each chat: accepted once (a 429 is not a message).
    for &chat in &subs {
        let accepted = bot
            .api
            .calls_to("sendMessage", chat)
            .iter()
            .filter(|c| c.status == 200)
            .count();
        assert_eq!(accepted, 1, "chat {chat}");
    }
    let refused = bot
        .api
        .calls("sendMessage")
        .len()
        .saturating_sub(subs.len());
    assert!(refused >= 4, "the fake refused {refused}");
    bot.stop().await;
}

#[tokio::test]
async fn forget_removes_the_users_subscriptions() {
    let bot = TestBot::start().await;
    let user = bot.user_in(42, "F", Lang::Ru).await;
    tick_scams(&bot, &user, Lang::Ru).await;
    assert_eq!(subscriptions(&bot, &user).await, ["scams"]);
    bot.api.send_text(&user, "/forget");
    let asked = bot.api.next_sent(user.chat_id()).await;
    bot.api.press_button(&user, asked.message_id, "h:forget");
    bot.api.next_sent(user.chat_id()).await;
    bot.idle().await;
    assert!(subscriptions(&bot, &user).await.is_empty());
    bot.stop().await;
}

/// The `safar` binary against the fake, on the database at `db`.
fn safar_binary(api: &common::fake_api::FakeApi, db: &str) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_safar"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("RUST_LOG")
        .env("SAFAR_TOKEN", api.token())
        .env("SAFAR_API_URL", api.url())
        .env("SAFAR_DATABASE_URL", db)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true);
    cmd
}

/// `safar run` at `send_rate` messages a second.
fn spawn_bot(api: &common::fake_api::FakeApi, db: &str, send_rate: &str) -> tokio::process::Child {
    safar_binary(api, db)
        .env("SAFAR_SEND_RATE", send_rate)
        .arg("run")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Alerts Telegram accepted for each chat.
fn accepted(api: &common::fake_api::FakeApi, chats: &[i64]) -> Vec<usize> {
    chats
        .iter()
        .map(|&c| {
            api.calls_to("sendMessage", c)
                .into_iter()
                .filter(|call| call.ok())
                .count()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_halfway_through_an_alert_then_a_restart_each_subscriber_gets_it_once_but_the_window()
 {
    use common::fake_api::FakeApi;
    const N: i64 = 400;
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("alert-kill.db").display());
    // The subscribers, in every language.
    let store = safar::store::Store::open(&db).await.unwrap();
    let langs = ["uz", "uz-Cyrl", "ru", "kaa", "kaa-Cyrl"];
    let mut tx = store.pool().begin().await.unwrap();
    for i in 0..N {
        let id = 90_000 + i;
        sqlx::query(
            "INSERT INTO users (user_id, chat_id, lang, first_seen, last_seen)
             VALUES (?1, ?1, ?2, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')",
        )
        .bind(id)
        .bind(langs[(i % 5) as usize])
        .execute(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO alert_subscriptions (user_id, topic, created_at)
             VALUES (?, 'scams', '2026-12-01T00:00:00Z')",
        )
        .bind(id)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    store.close().await;
    let chats: Vec<i64> = (90_000..90_000 + N).collect();

    // `safar alert send` as an admin runs it; then the bot, at 60 messages a second (alerts get
    // two thirds of it: about 10 s for all of them).
    let sent = safar_binary(&api, &db)
        .args([
            "alert",
            "send",
            "dialogues/alerts/example.ftl",
            "--topic",
            "scams",
        ])
        .stdout(std::process::Stdio::null())
        .status()
        .await
        .unwrap();
    assert!(sent.success());
    let mut bot = spawn_bot(&api, &db, "60");
    while api.calls("sendMessage").len() < (N / 2) as usize {
        api.next_call_within(Duration::from_millis(200)).await;
    }
    bot.kill().await.unwrap(); // SIGKILL, halfway
    bot.wait().await.unwrap();

    // What Telegram accepted before the kill, and what the outbox had marked sent.
    let before = accepted(&api, &chats);
    let pool = sqlx::SqlitePool::connect(&db).await.unwrap();
    let marked: HashMap<i64, bool> = sqlx::query_as::<_, (i64, bool)>(
        "SELECT chat_id, state = 'sent' FROM outbox WHERE kind = 'alert'",
    )
    .fetch_all(&pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    pool.close().await;
    assert_eq!(marked.len(), N as usize, "one row per subscriber");
    let mut window = Vec::new();
    for (i, &chat) in chats.iter().enumerate() {
        assert!(before[i] <= 1, "chat {chat}: sent twice before any restart");
        match (before[i], marked[&chat]) {
            // Accepted, not yet marked: the one documented duplicate window.
            (1, false) => window.push(chat),
            (0, true) => panic!("chat {chat}: marked sent but never accepted"),
            _ => {}
        }
    }
    let halfway = before.iter().sum::<usize>();
    assert!(
        halfway < N as usize,
        "killed halfway: {halfway} of {N} accepted"
    );

    // The restart sends the rest, and the window again, until no alert row is pending (then
    // nothing more can be sent).
    let mut bot = spawn_bot(&api, &db, "60");
    let pool = sqlx::SqlitePool::connect(&db).await.unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        let pending: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'alert' AND state <> 'sent'",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        if pending == 0 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{pending} not delivered"
        );
        api.next_call_within(Duration::from_millis(500)).await;
    }
    pool.close().await;
    let after = accepted(&api, &chats);
    for (i, &chat) in chats.iter().enumerate() {
        let expected = if window.contains(&chat) { 2 } else { 1 };
        assert_eq!(after[i], expected, "chat {chat}");
    }
    println!(
        "{N} subscribers, SIGKILL after {halfway} accepted: {} sent twice (accepted by Telegram, \
         killed before the sent mark), all others exactly once",
        window.len()
    );
    // At most one such message per alert sender.
    assert!(
        window.len() <= safar::telegram::delivery::MAX_ALERT_SENDERS,
        "{}",
        window.len()
    );

    // `safar alert status`: every recipient delivered once in the counts.
    let out = safar_binary(&api, &db)
        .args(["alert", "status"])
        .output()
        .await
        .unwrap();
    let status = String::from_utf8_lossy(&out.stdout);
    assert!(
        status.contains(&format!(
            "{N} recipient(s), {N} delivered, 0 pending, 0 failed, 0 unreachable, buttons \
             pressed 0 time(s) by 0 user(s)"
        )),
        "{status}"
    );
    bot.kill().await.unwrap();
}
