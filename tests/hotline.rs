//! The hotline through Telegram: a migrant hands their conversation to a person (with
//! consent), operators work the case in their group — as a forum with a topic per case, or as
//! a plain group answering by replies — and nothing is lost or shown to the wrong people.
//! Transcripts: the user says, the bot answers; the operators do, the bot answers.

mod common;

use std::time::Duration;

use common::fake_api::{Sent, TestUser};
use common::harness::{OPERATORS, Options, TestBot, WAIT, hotline_config};
use safar::core::output::Arg;
use safar::lang::Lang;
use safar::store::OutMessage;
use safar::store::hotline::NewEvent;
use sqlx::Row;

async fn start(forum: bool) -> TestBot {
    start_with(forum, hotline_config()).await
}

async fn start_with(forum: bool, hotline: safar::app::HotlineConfig) -> TestBot {
    let bot = TestBot::start_with(Options {
        hotline: Some(hotline),
        ..Options::default()
    })
    .await;
    if forum {
        bot.api.make_forum(OPERATORS);
        // The forum flag is read at start-up (getChat): start again now that it is one.
        let mut bot = bot;
        bot.restart().await;
        return bot;
    }
    bot
}

/// `/operator`, agree, a description: returns the case card the operators got.
async fn open_case(bot: &TestBot, user: &TestUser, lang: Lang, description: &str) -> Sent {
    bot.api.send_text(user, "/operator");
    let consent = bot.api.next_sent(user.chat_id()).await;
    assert!(
        consent
            .text
            .contains(&bot.text(lang, "hotline-consent-confirm")),
        "{consent:?}"
    );
    let describe = bot.tap(user, &consent, lang, "hotline-btn-agree").await;
    assert_eq!(describe.text, bot.text(lang, "hotline-describe"));
    bot.api.send_text(user, description);
    let mut opened = bot.api.next_sent(user.chat_id()).await;
    if opened
        .text
        .starts_with(&bot.text(lang, "emergency-generic"))
    {
        // Words of distress in the description ("Járdem kerek"): the numbers come first.
        opened = bot.api.next_sent(user.chat_id()).await;
    }
    assert!(
        opened
            .text
            .contains(&bot.first_line(lang, "hotline-expect-open")),
        "{opened:?}"
    );
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(
        card.has_button(&bot.label(Lang::Ru, "ops-btn-take")),
        "{card:?}"
    );
    card
}

fn case_no(text: &str) -> i64 {
    let at = text.find('#').expect("a case number");
    text[at + 1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

async fn case_row(bot: &TestBot, case: i64) -> sqlx::sqlite::SqliteRow {
    sqlx::query("SELECT * FROM cases WHERE id = ?")
        .bind(case)
        .fetch_one(bot.store.pool())
        .await
        .unwrap()
}

async fn event_kinds(bot: &TestBot, case: i64) -> Vec<String> {
    sqlx::query_scalar("SELECT kind FROM case_events WHERE case_id = ? ORDER BY id")
        .bind(case)
        .fetch_all(bot.store.pool())
        .await
        .unwrap()
}

/// Waits until the bot has processed every update pushed so far.
async fn settled(bot: &TestBot) {
    bot.api.wait_updates_consumed(Duration::from_secs(10)).await;
}

#[tokio::test]
async fn a_case_in_a_forum_from_consent_to_rating() {
    let bot = start(true).await;
    let user = bot.user_in(5001, "Dilnoza", Lang::Ru).await;
    let aziza = bot.api.user(201, "Aziza", Some("ru"));

    let card = open_case(&bot, &user, Lang::Ru, "Работодатель не отдаёт документы").await;
    let case = case_no(&card.text);
    // The case has its own topic, named without personal data; the card is in it.
    let topics = bot.api.topics(OPERATORS);
    assert_eq!(topics.len(), 1, "{topics:?}");
    let (&topic, name) = topics.iter().next().unwrap();
    assert_eq!(name, &format!("#{case} · normal · ru"));
    assert!(!name.contains("Dilnoza"));
    assert_eq!(card.thread(), Some(topic));
    assert!(
        card.text.contains("Работодатель не отдаёт документы"),
        "{}",
        card.text
    );
    assert!(
        card.text.contains("Dilnoza"),
        "operators see the first name: {}",
        card.text
    );

    // Operator: Take. Both sides are told.
    bot.api.press_group_button(
        OPERATORS,
        &aziza,
        card.message_id,
        &card.button_data("Взять"),
    );
    let taken = bot.api.next_sent(OPERATORS).await;
    assert_eq!(taken.thread(), Some(topic));
    assert!(taken.text.contains("Aziza"), "{taken:?}");
    let joined = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        joined.text,
        bot.text_with(Lang::Ru, "hotline-taken", &[("case", Arg::Number(case))])
    );

    // User: text and a photo. Both reach the topic; the user's account is not forwarded.
    bot.api.send_text(&user, "Меня держат на ферме");
    let relayed = bot.api.next_sent(OPERATORS).await;
    assert_eq!(relayed.thread(), Some(topic));
    assert!(relayed.text.contains("Меня держат на ферме"), "{relayed:?}");
    bot.api.send_photo(&user, Some("вот мой контракт"));
    let photo = bot.api.next_sent(OPERATORS).await;
    assert!(photo.is_copy(), "{photo:?}");
    assert_eq!(photo.thread(), Some(topic));
    assert!(photo.text.contains("вот мой контракт"), "{photo:?}");
    assert!(bot.api.calls("forwardmessage").is_empty());

    // Operator answers in the topic: the user sees "hotline", never the operator's name.
    bot.api.send_group_text(
        OPERATORS,
        &aziza,
        Some(topic),
        None,
        "Не отдавайте оригиналы. Где вы сейчас?",
    );
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(answer.text.contains("Не отдавайте оригиналы"), "{answer:?}");
    assert!(answer.text.contains(&format!("#{case}")));
    assert!(!answer.text.contains("Aziza"), "{answer:?}");

    // An internal note stays with the operators.
    bot.api.send_group_text(
        OPERATORS,
        &aziza,
        Some(topic),
        None,
        "/note called the consulate",
    );
    let saved = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        saved.text,
        bot.text_with(Lang::Ru, "ops-note-saved", &[("case", Arg::Number(case))])
    );

    // /close without an outcome asks for one; with one, closes and thanks the user.
    bot.api
        .send_group_text(OPERATORS, &aziza, Some(topic), None, "/close");
    let usage = bot.api.next_sent(OPERATORS).await;
    assert!(usage.text.contains("emergency_referred"), "{usage:?}");
    // A case closes only once it says what it was about; `referred` needs a referral.
    bot.api
        .send_group_text(OPERATORS, &aziza, Some(topic), None, "/close referred");
    let needs = bot.api.next_sent(OPERATORS).await;
    assert!(needs.text.contains("/tag"), "{needs:?}");
    assert!(needs.text.contains("documents_taken"), "{needs:?}");
    bot.api
        .send_group_text(OPERATORS, &aziza, Some(topic), None, "/tag documents_taken");
    let tagged = bot.api.next_sent(OPERATORS).await;
    assert!(tagged.text.contains("Забрали документы"), "{tagged:?}");
    bot.api
        .send_group_text(OPERATORS, &aziza, Some(topic), None, "/close referred");
    let needs = bot.api.next_sent(OPERATORS).await;
    assert!(needs.text.contains("/refer"), "{needs:?}");
    bot.api
        .send_group_text(OPERATORS, &aziza, Some(topic), None, "/refer agency-russia");
    let referral = bot.api.next_sent(user.chat_id()).await;
    assert!(referral.text.contains("+7 925 045 4744"), "{referral:?}");
    let referred = bot.api.next_sent(OPERATORS).await;
    assert!(referred.text.contains("+7 925 045 4744"), "{referred:?}");
    bot.api
        .send_group_text(OPERATORS, &aziza, Some(topic), None, "/close referred");
    let closed = bot.api.next_sent(OPERATORS).await;
    assert!(closed.text.contains("referred"), "{closed:?}");
    let thanks = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        thanks.text,
        bot.text_with(Lang::Ru, "hotline-closed", &[("case", Arg::Number(case))])
    );
    bot.assert_no_more_sent(user.chat_id()).await;
    assert_eq!(thanks.all_buttons().len(), 5);

    // Rating: once.
    let five = thanks.button_data("5");
    bot.api.press_button(&user, thanks.message_id, &five);
    let rated = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(rated.text, bot.text(Lang::Ru, "hotline-rated"));
    let told = bot.api.next_sent(OPERATORS).await;
    assert!(told.text.contains("5"), "{told:?}");
    bot.api.press_button(&user, thanks.message_id, &five);
    let again = bot.api.next_sent(user.chat_id()).await;
    assert!(again.text.contains(&bot.text(Lang::Ru, "menu-stale")));

    // After the close, what the user writes is an ordinary message again.
    bot.api.send_text(&user, "спасибо");
    bot.api.next_sent(user.chat_id()).await;
    settled(&bot).await;
    bot.assert_no_more_sent(OPERATORS).await;

    let row = case_row(&bot, case).await;
    assert_eq!(row.get::<String, _>("status"), "closed");
    assert_eq!(row.get::<String, _>("outcome"), "referred");
    assert_eq!(row.get::<i64, _>("rating"), 5);
    assert_eq!(row.get::<i64, _>("operator_id"), 201);
    assert_eq!(
        event_kinds(&bot, case).await,
        [
            "opened",
            "taken",
            "user_message",
            "user_message",
            "operator_message",
            "note",
            "tagged",
            "referred",
            "closed",
            "rated"
        ]
    );
    let note: String =
        sqlx::query_scalar("SELECT text FROM case_events WHERE case_id = ? AND kind = 'note'")
            .bind(case)
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(note, "called the consulate");
    bot.stop().await;
}

#[tokio::test]
async fn in_a_plain_group_operators_answer_by_replying_to_the_case() {
    let bot = start(false).await;
    let user = bot.user_in(5002, "Bekzod", Lang::Uz).await;
    let olim = bot.api.user(202, "Olim", Some("uz"));

    let card = open_case(&bot, &user, Lang::Uz, "Koreyaga ketmoqchiman").await;
    let case = case_no(&card.text);
    assert_eq!(card.thread(), None);
    assert!(bot.api.calls("createforumtopic").is_empty());

    // /queue lists it, /case shows it.
    bot.api
        .send_group_text(OPERATORS, &olim, None, None, "/queue");
    let queue = bot.api.next_sent(OPERATORS).await;
    assert!(queue.text.contains(&format!("#{case}")), "{queue:?}");
    bot.api
        .send_group_text(OPERATORS, &olim, None, None, &format!("/case {case}"));
    let shown = bot.api.next_sent(OPERATORS).await;
    assert!(shown.text.contains("Koreyaga ketmoqchiman"), "{shown:?}");

    // A command outside any case says how to use it.
    bot.api
        .send_group_text(OPERATORS, &olim, None, None, "/close informed");
    let no_case = bot.api.next_sent(OPERATORS).await;
    assert_eq!(no_case.text, bot.text(Lang::Ru, "ops-no-case"));

    // Replying to the card with text takes the case and answers the user.
    bot.api.send_group_text(
        OPERATORS,
        &olim,
        None,
        Some(card.message_id),
        "Salom! EPS haqida aytib beraman.",
    );
    let taken = bot.api.next_sent(OPERATORS).await;
    assert!(taken.text.contains("Olim"), "{taken:?}");
    let joined = bot.api.next_sent(user.chat_id()).await;
    assert!(joined.text.contains(&format!("#{case}")), "{joined:?}");
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(answer.text.contains("EPS haqida"), "{answer:?}");

    // The user's reply is relayed; the operator tags and closes by replying to it.
    bot.api.send_text(&user, "Rahmat, tushundim");
    let relayed = bot.api.next_sent(OPERATORS).await;
    assert!(relayed.text.contains("Rahmat, tushundim"));
    bot.api.send_group_text(
        OPERATORS,
        &olim,
        None,
        Some(relayed.message_id),
        "/tag information_only",
    );
    let tagged = bot.api.next_sent(OPERATORS).await;
    assert!(tagged.text.contains("Только информация"), "{tagged:?}");
    bot.api.send_group_text(
        OPERATORS,
        &olim,
        None,
        Some(relayed.message_id),
        "/close informed",
    );
    let closed = bot.api.next_sent(OPERATORS).await;
    assert!(closed.text.contains("informed"), "{closed:?}");
    let thanks = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        thanks.text,
        bot.text_with(Lang::Uz, "hotline-closed", &[("case", Arg::Number(case))])
    );

    // A later message opens a new case only through consent again.
    bot.api.send_text(&user, "/operator");
    let consent = bot.api.next_sent(user.chat_id()).await;
    assert!(
        consent
            .text
            .contains(&bot.text(Lang::Uz, "hotline-consent-confirm"))
    );
    settled(&bot).await;
    let open: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cases WHERE status != 'closed'")
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(open, 0);
    bot.stop().await;
}

#[tokio::test]
async fn menu_during_a_case_asks_before_leaving_and_the_case_stays_open() {
    let bot = start(false).await;
    let user = bot.user_in(5003, "Jasur", Lang::Kaa).await;
    let card = open_case(&bot, &user, Lang::Kaa, "Járdem kerek").await;
    let case = case_no(&card.text);

    bot.api.send_text(&user, "/menu");
    let ask = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        ask.text,
        bot.text_with(
            Lang::Kaa,
            "hotline-leave-ask",
            &[("case", Arg::Number(case))]
        )
    );
    let left = bot.tap(&user, &ask, Lang::Kaa, "hotline-btn-leave").await;
    assert!(left.text.contains(&format!("#{case}")), "{left:?}");
    let menu = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(menu.text, bot.text(Lang::Kaa, "main-menu"));

    // Out of the chat, a question is answered by the bot, not relayed.
    bot.api.send_text(&user, "Rossiya patent");
    bot.api.next_sent(user.chat_id()).await;
    settled(&bot).await;
    bot.assert_no_more_sent(OPERATORS).await;

    // The operator's answer still reaches them; /operator takes them back into the chat.
    let op = bot.api.user(203, "Gulnara", Some("ru"));
    bot.api
        .send_group_text(OPERATORS, &op, None, Some(card.message_id), "Sálem!");
    bot.api.next_sent(OPERATORS).await; // taken
    bot.api.next_sent(user.chat_id()).await; // taken, to the user
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(answer.text.contains("Sálem!"));
    bot.api.send_text(&user, "/operator");
    let back = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        back.text,
        bot.text_with(
            Lang::Kaa,
            "hotline-rejoined",
            &[("case", Arg::Number(case))]
        )
    );
    bot.api.send_text(&user, "Raxmet");
    let relayed = bot.api.next_sent(OPERATORS).await;
    assert!(relayed.text.contains("Raxmet"));
    bot.stop().await;
}

#[tokio::test]
async fn two_operators_press_take_at_once_one_gets_it_the_other_is_told_who() {
    let bot = start(false).await;
    let user = bot.user_in(5004, "Madina", Lang::Ru).await;
    let card = open_case(&bot, &user, Lang::Ru, "Вопрос").await;
    let case = case_no(&card.text);
    let (a, b) = (
        bot.api.user(211, "Anvar", Some("ru")),
        bot.api.user(212, "Botir", Some("ru")),
    );
    let take = card.button_data("Взять");
    bot.api
        .press_group_button(OPERATORS, &a, card.message_id, &take);
    bot.api
        .press_group_button(OPERATORS, &b, card.message_id, &take);
    let first = bot.api.next_sent(OPERATORS).await;
    let second = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        first.text,
        bot.text_with(
            Lang::Ru,
            "ops-taken",
            &[
                ("case", Arg::Number(case)),
                ("operator", Arg::Text("Anvar".into()))
            ]
        )
    );
    assert_eq!(
        second.text,
        bot.text_with(
            Lang::Ru,
            "ops-taken-by-other",
            &[
                ("case", Arg::Number(case)),
                ("operator", Arg::Text("Anvar".into()))
            ]
        )
    );
    // Botir cannot answer or close it either.
    bot.api
        .send_group_text(OPERATORS, &b, None, Some(card.message_id), "Я отвечу");
    let refused = bot.api.next_sent(OPERATORS).await;
    assert_eq!(refused.text, second.text);
    bot.api.next_sent(user.chat_id()).await; // "an operator took your case", once
    settled(&bot).await;
    bot.assert_no_more_sent(user.chat_id()).await;

    // The database decides, not the order of updates: concurrent takes, one winner.
    let second_user = bot.user_in(5104, "Nilufar", Lang::Ru).await;
    open_case(&bot, &second_user, Lang::Ru, "Ещё вопрос").await;
    let case2: i64 = sqlx::query_scalar("SELECT MAX(id) FROM cases")
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    let race = |op: i64, name: &'static str| {
        let store = bot.store.clone();
        async move {
            let mut tx = store.hotline().await.unwrap();
            let r = tx.take(case2, op, name).await.unwrap();
            tx.commit(&store).await.unwrap();
            r
        }
    };
    let (x, y) = tokio::join!(race(301, "X"), race(302, "Y"));
    assert_eq!(
        [x.is_ok(), y.is_ok()].iter().filter(|ok| **ok).count(),
        1,
        "{x:?} {y:?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn nobody_outside_the_operators_group_can_act_on_a_case() {
    let bot = start(false).await;
    let user = bot.user_in(5005, "Sardor", Lang::Uz).await;
    let card = open_case(&bot, &user, Lang::Uz, "Yordam").await;
    let case = case_no(&card.text);
    let stranger = bot.user_in(6666, "Stranger", Lang::Uz).await;

    for command in [
        "/queue".to_string(),
        format!("/case {case}"),
        "/release".into(),
        "/note hi".into(),
        "/close informed".into(),
    ] {
        bot.api.send_text(&stranger, &command);
        let answer = bot.api.next_sent(stranger.chat_id()).await;
        assert!(
            answer
                .text
                .contains(&bot.text(Lang::Uz, "common-unknown-command")),
            "{command}: {answer:?}"
        );
    }
    // A forged Take button in a private chat.
    bot.api.press_button(&stranger, 1, &format!("t:{case}"));
    let stale = bot.api.next_sent(stranger.chat_id()).await;
    assert!(stale.text.contains(&bot.text(Lang::Uz, "menu-stale")));
    // Another group, even with a reply to the card's id.
    let other_group = -1_009_999_999_999;
    bot.api.send_group_text(
        other_group,
        &stranger,
        None,
        Some(card.message_id),
        "/close informed",
    );
    bot.api
        .send_group_text(other_group, &stranger, None, Some(card.message_id), "hello");
    // A forged rating for someone else's case.
    bot.api
        .press_button(&stranger, 1, &format!("h:rate:{case}:1"));
    bot.api.next_sent(stranger.chat_id()).await;
    settled(&bot).await;

    bot.assert_no_more_sent(OPERATORS).await;
    bot.assert_no_more_sent(user.chat_id()).await;
    assert!(bot.api.calls_to("sendmessage", other_group).is_empty());
    let row = case_row(&bot, case).await;
    assert_eq!(row.get::<String, _>("status"), "waiting");
    assert_eq!(row.get::<Option<i64>, _>("operator_id"), None);
    assert_eq!(row.get::<Option<i64>, _>("rating"), None);
    assert_eq!(event_kinds(&bot, case).await, ["opened"]);
    bot.stop().await;
}

#[tokio::test]
async fn distress_words_offer_a_person_at_once_and_the_case_is_urgent() {
    let bot = start(false).await;
    let user = bot.user_in(5006, "Nodira", Lang::Uz).await;
    bot.api
        .send_text(&user, "Yordam bering, pasportimni olib qoʻyishdi");
    // The emergency numbers come at once (where the user is is asked with them)…
    let numbers = bot.api.next_sent(user.chat_id()).await;
    assert!(
        numbers
            .text
            .starts_with(&bot.text(Lang::Uz, "emergency-generic")),
        "{numbers:?}"
    );
    // …and the offer of a person with them.
    let offer = bot.api.next_sent(user.chat_id()).await;
    assert!(
        offer
            .text
            .starts_with(&bot.text(Lang::Uz, "hotline-distress")),
        "{offer:?}"
    );
    // The page about a taken passport is one tap away too.
    assert!(
        offer
            .all_buttons()
            .iter()
            .any(|(_, data)| data.starts_with("f:trouble/")),
        "{offer:?}"
    );
    let describe = bot.tap(&user, &offer, Lang::Uz, "hotline-btn-agree").await;
    let _ = bot
        .tap(&user, &describe, Lang::Uz, "hotline-btn-skip")
        .await;
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains("🔴"), "urgent: {card:?}");

    // Cancelling shares nothing.
    let other = bot.user_in(5007, "Kamola", Lang::Ru).await;
    bot.api.send_text(&other, "помогите, паспорт забрали");
    let _numbers = bot.api.next_sent(other.chat_id()).await;
    let offer = bot.api.next_sent(other.chat_id()).await;
    let cancelled = bot
        .tap(&other, &offer, Lang::Ru, "hotline-btn-cancel")
        .await;
    assert_eq!(cancelled.text, bot.text(Lang::Ru, "hotline-cancelled"));
    settled(&bot).await;
    let cases: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cases")
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(cases, 1);
    bot.stop().await;
}

#[tokio::test]
async fn after_a_risky_offer_check_the_case_carries_the_offer_and_its_flags() {
    let bot = start(false).await;
    let user = bot.user_in(5008, "Aziz", Lang::Uz).await;
    let offer = "Koreyaga ish! Oyiga 2000$ maosh. Oldindan 500$ toʻlaysiz, pasportingizni bizga topshirasiz. Tez yozing @ishbor";
    bot.api.send_text(&user, "/check");
    bot.api.next_sent(user.chat_id()).await;
    bot.api.send_text(&user, offer);
    let report = bot.api.next_sent(user.chat_id()).await;
    let consent = bot
        .tap(&user, &report, Lang::Uz, "offer-btn-operator")
        .await;
    assert!(
        consent
            .text
            .contains(&bot.text(Lang::Uz, "hotline-consent-offer"))
    );
    let describe = bot
        .tap(&user, &consent, Lang::Uz, "hotline-btn-agree")
        .await;
    let _ = bot
        .tap(&user, &describe, Lang::Uz, "hotline-btn-skip")
        .await;
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains("🟠"), "high: {card:?}");
    assert!(card.text.contains("upfront_fee"), "{card:?}");
    let shared = bot.api.next_sent(OPERATORS).await;
    assert!(shared.text.contains("Oldindan 500$"), "{shared:?}");
    bot.stop().await;
}

#[tokio::test]
async fn a_restart_loses_nothing_and_sends_nothing_twice() {
    let mut bot = start(true).await;
    let user = bot.user_in(5009, "Rustam", Lang::Ru).await;
    let waiting_user = bot.user_in(5010, "Lola", Lang::Uz).await;
    let op = bot.api.user(221, "Feruza", Some("ru"));
    let card = open_case(&bot, &user, Lang::Ru, "Активный").await;
    let active = case_no(&card.text);
    bot.api
        .press_group_button(OPERATORS, &op, card.message_id, &card.button_data("Взять"));
    bot.api.next_sent(OPERATORS).await;
    bot.api.next_sent(user.chat_id()).await;
    let waiting_card = open_case(&bot, &waiting_user, Lang::Uz, "Kutmoqda").await;
    let waiting = case_no(&waiting_card.text);
    let topic = bot.topic_of(active).await;

    // The bot goes down; meanwhile the user writes and the operator answers.
    bot.stop_only().await;
    bot.api.send_text(&user, "Пока вас не было");
    bot.api
        .send_group_text(OPERATORS, &op, Some(topic), None, "Я здесь");
    // And a crash left a relay recorded but not sent (the state between the two steps).
    {
        let mut tx = bot.store.hotline().await.unwrap();
        tx.event(
            active,
            NewEvent {
                kind: "user_message",
                text: Some("записано до сбоя"),
                ..NewEvent::default()
            },
        )
        .await
        .unwrap();
        let mut m = OutMessage::new(
            OPERATORS,
            "relay_to_ops",
            "#1 · записано до сбоя".into(),
            vec![],
        );
        m.to_operators = true;
        m.case_id = Some(active);
        tx.enqueue(m).await.unwrap();
        tx.commit(&bot.store).await.unwrap();
    }
    bot.restart().await;

    let mut to_ops = Vec::new();
    for _ in 0..2 {
        to_ops.push(bot.api.next_sent(OPERATORS).await.text);
    }
    assert!(
        to_ops.iter().any(|t| t.contains("записано до сбоя")),
        "{to_ops:?}"
    );
    assert!(
        to_ops.iter().any(|t| t.contains("Пока вас не было")),
        "{to_ops:?}"
    );
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(answer.text.contains("Я здесь"));

    // The waiting case can still be taken from its card.
    let other = bot.api.user(222, "Timur", Some("ru"));
    bot.api.press_group_button(
        OPERATORS,
        &other,
        waiting_card.message_id,
        &waiting_card.button_data("Взять"),
    );
    let taken = bot.api.next_sent(OPERATORS).await;
    assert!(taken.text.contains(&format!("#{waiting}")), "{taken:?}");
    bot.api.next_sent(waiting_user.chat_id()).await;
    settled(&bot).await;
    bot.assert_no_more_sent(OPERATORS).await;
    bot.assert_no_more_sent(user.chat_id()).await;
    // Exactly one of each relay was ever accepted by Telegram.
    let accepted = |needle: &'static str| {
        bot.api
            .all_calls()
            .iter()
            .filter(|c| c.ok() && c.params.to_string().contains(needle))
            .count()
    };
    assert_eq!(accepted("записано до сбоя"), 1);
    assert_eq!(accepted("Пока вас не было"), 1);
    assert_eq!(accepted("Я здесь"), 1);
    assert_eq!(
        bot.api.topics(OPERATORS).len(),
        2,
        "one topic per case, not more"
    );
    bot.stop().await;
}

#[tokio::test]
async fn relays_wait_out_429_and_a_blocked_user_is_reported_to_the_operator() {
    let bot = start(true).await;
    let user = bot.user_in(5011, "Shahlo", Lang::Uz).await;
    let op = bot.api.user(231, "Zarina", Some("ru"));
    let card = open_case(&bot, &user, Lang::Uz, "Savol").await;
    let case = case_no(&card.text);
    bot.api
        .press_group_button(OPERATORS, &op, card.message_id, &card.button_data("Взять"));
    bot.api.next_sent(OPERATORS).await;
    bot.api.next_sent(user.chat_id()).await;
    let topic = bot.topic_of(case).await;

    // 429 on the relay: retried after the time Telegram gave, delivered once.
    bot.api.fail_next(
        "sendMessage",
        429,
        serde_json::json!({"ok": false, "error_code": 429,
            "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}}),
    );
    bot.api
        .send_group_text(OPERATORS, &op, Some(topic), None, "Birinchi javob");
    let first = bot.api.next_sent(user.chat_id()).await;
    assert!(first.text.contains("Birinchi javob"));

    // The user blocks the bot: the operator is told in the case's topic.
    bot.api.block_chat(user.chat_id());
    bot.api
        .send_group_text(OPERATORS, &op, Some(topic), None, "Ikkinchi javob");
    let notice = bot.api.next_sent(OPERATORS).await;
    assert_eq!(notice.thread(), Some(topic));
    assert_eq!(
        notice.text,
        bot.text_with(Lang::Ru, "ops-user-blocked", &[("case", Arg::Number(case))])
    );
    assert!(bot.store.is_unreachable(user.id).await.unwrap());
    let attempts = bot
        .api
        .calls_to("sendmessage", user.chat_id())
        .iter()
        .filter(|c| c.params.to_string().contains("Ikkinchi javob"))
        .count();
    assert_eq!(attempts, 1, "a 403 is not retried");
    assert!(
        event_kinds(&bot, case)
            .await
            .contains(&"delivery_failed".to_string())
    );
    bot.stop().await;
}

#[tokio::test]
async fn forget_leaves_no_personal_data_in_any_table() {
    let bot = start(false).await;
    let user = bot.user_in(987_654_321, "Zulfiya", Lang::Ru).await;
    let op = bot.api.user(241, "Operator", Some("ru"));
    let secret_offer = "Работа в Дубае для девушек хостес, 3000 долларов, визу оплатите сами, потом вернём. WhatsApp +971 50 123 4567";
    bot.api.send_text(&user, "/check");
    bot.api.next_sent(user.chat_id()).await;
    bot.api.send_text(&user, secret_offer);
    let report = bot.api.next_sent(user.chat_id()).await;
    let consent = bot
        .tap(&user, &report, Lang::Ru, "offer-btn-operator")
        .await;
    let describe = bot
        .tap(&user, &consent, Lang::Ru, "hotline-btn-agree")
        .await;
    let _ = describe;
    bot.api.send_text(&user, "Мой адрес улица Секретная 7");
    bot.api.next_sent(user.chat_id()).await; // opened
    let card = bot.api.next_sent(OPERATORS).await;
    let case = case_no(&card.text);
    bot.api.next_sent(OPERATORS).await; // the offer
    bot.api.send_group_text(
        OPERATORS,
        &op,
        None,
        Some(card.message_id),
        "Ответ оператора",
    );
    bot.api.next_sent(OPERATORS).await; // taken
    bot.api.next_sent(user.chat_id()).await; // taken
    bot.api.next_sent(user.chat_id()).await; // the answer
    bot.api.send_text(&user, "Личное сообщение Зульфии");
    bot.api.next_sent(OPERATORS).await;

    // User: /forget, confirm.
    bot.api.send_text(&user, "/forget");
    let ask = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(ask.text, bot.text(Lang::Ru, "hotline-forget-ask"));
    let gone = bot.tap(&user, &ask, Lang::Ru, "hotline-btn-forget").await;
    assert_eq!(gone.text, bot.text(Lang::Ru, "hotline-forgotten"));
    let note = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        note.text,
        bot.text_with(Lang::Ru, "ops-forgotten", &[("case", Arg::Number(case))])
    );
    settled(&bot).await;

    // Every table, every column: nothing that identifies her or repeats her words.
    let needles = [
        "987654321",
        "Zulfiya",
        "Секретная",
        "Зульфии",
        "Дубае",
        "+971",
    ];
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_sqlx_migrations'",
    )
    .fetch_all(bot.store.pool())
    .await
    .unwrap();
    assert!(tables.contains(&"cases".to_string()) && tables.contains(&"users".to_string()));
    for table in &tables {
        let rows = sqlx::query(&format!("SELECT * FROM {table}"))
            .fetch_all(bot.store.pool())
            .await
            .unwrap();
        for row in rows {
            for i in 0..row.len() {
                let value: Option<String> = row
                    .try_get::<Option<String>, _>(i)
                    .ok()
                    .flatten()
                    .or_else(|| {
                        row.try_get::<Option<i64>, _>(i)
                            .ok()
                            .flatten()
                            .map(|n| n.to_string())
                    });
                if let Some(value) = value {
                    for needle in needles {
                        assert!(
                            !value.contains(needle),
                            "{table} still holds {needle:?}: {value:?}"
                        );
                    }
                }
            }
        }
    }
    // Statistics stay: the case (closed, as forgotten) and the offer check.
    let row = case_row(&bot, case).await;
    assert_eq!(row.get::<String, _>("status"), "closed");
    assert_eq!(row.get::<String, _>("outcome"), "forgotten");
    let checks: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM offer_checks")
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(checks, 1);

    // She can start again from nothing.
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    bot.stop().await;
}

#[tokio::test]
async fn a_waiting_case_is_posted_again_as_a_reminder() {
    let bot = start_with(
        false,
        safar::app::HotlineConfig {
            remind_after: Duration::from_secs(1),
            ..hotline_config()
        },
    )
    .await;
    let user = bot.user_in(5012, "Umid", Lang::Uz).await;
    let card = open_case(&bot, &user, Lang::Uz, "Kutyapman").await;
    let case = case_no(&card.text);
    let reminder = bot
        .api
        .wait_call(
            "sendMessage",
            |p| p["text"].as_str().is_some_and(|t| t.contains("⏰")),
            Duration::from_secs(15),
        )
        .await;
    let text = reminder["text"].as_str().unwrap();
    assert!(text.contains(&format!("#{case}")), "{text}");
    assert!(
        reminder.to_string().contains(&format!("t:{case}")),
        "with a Take button"
    );
    bot.stop().await;
}

#[tokio::test]
async fn closed_cases_are_purged_after_the_retention_period() {
    let bot = start(false).await;
    let user = bot.user_in(5013, "Malika", Lang::Uz).await;
    let op = bot.api.user(251, "Op", Some("ru"));
    let card = open_case(&bot, &user, Lang::Uz, "Eski murojaat").await;
    let case = case_no(&card.text);
    settled(&bot).await;
    sqlx::query("INSERT INTO case_categories (case_id, category, created_at) VALUES (?, 'information_only', '2026-08-01T00:00:00Z')")
        .bind(case)
        .execute(bot.store.pool())
        .await
        .unwrap();
    bot.api.send_group_text(
        OPERATORS,
        &op,
        None,
        Some(card.message_id),
        "/close informed",
    );
    bot.api.next_sent(OPERATORS).await;
    bot.api.next_sent(user.chat_id()).await;
    settled(&bot).await;
    // Closed 91 days ago.
    sqlx::query("UPDATE cases SET closed_at = '2026-08-01T00:00:00Z' WHERE id = ?")
        .bind(case)
        .execute(bot.store.pool())
        .await
        .unwrap();
    let app = safar::app::App::new(bot.content.clone(), bot.store.clone(), [])
        .with_hotline(hotline_config());
    app.purge().await;
    let row = case_row(&bot, case).await;
    assert_eq!(row.get::<Option<String>, _>("description"), None);
    assert_eq!(row.get::<Option<String>, _>("first_name"), None);
    let texts: Vec<Option<String>> =
        sqlx::query_scalar("SELECT text FROM case_events WHERE case_id = ?")
            .bind(case)
            .fetch_all(bot.store.pool())
            .await
            .unwrap();
    assert!(texts.iter().all(Option::is_none), "{texts:?}");
    bot.stop().await;
}

#[tokio::test]
async fn release_media_both_ways_and_stickers() {
    let bot = start(true).await;
    let user = bot.user_in(5014, "Otabek", Lang::Uz).await;
    let (a, b) = (
        bot.api.user(261, "Anora", Some("ru")),
        bot.api.user(262, "Bahrom", Some("ru")),
    );
    let card = open_case(&bot, &user, Lang::Uz, "Hujjatlar").await;
    let case = case_no(&card.text);
    let topic = bot.topic_of(case).await;
    bot.api
        .press_group_button(OPERATORS, &a, card.message_id, &card.button_data("Взять"));
    bot.api.next_sent(OPERATORS).await;
    bot.api.next_sent(user.chat_id()).await;

    // Voice and a sticker from the user reach the topic as copies; the sticker (which takes
    // no caption) is announced by a line first.
    bot.api.send_voice(&user);
    let voice = bot.api.next_sent(OPERATORS).await;
    assert!(
        voice.is_copy() && voice.text.contains(&format!("#{case}")),
        "{voice:?}"
    );
    bot.api.send_sticker(&user);
    let header = bot.api.next_sent(OPERATORS).await;
    assert!(
        !header.is_copy() && header.text.contains("Otabek"),
        "{header:?}"
    );
    let sticker = bot.api.next_sent(OPERATORS).await;
    assert!(sticker.is_copy() && sticker.text.is_empty(), "{sticker:?}");

    // A photo from the operator reaches the user as a copy marked as from the hotline.
    bot.api.send_group_json(
        OPERATORS,
        &a,
        Some(topic),
        None,
        serde_json::json!({"photo": [{"file_id": "op-photo", "file_unique_id": "op-photo-u", "width": 90, "height": 90}]}),
    );
    let photo = bot.api.next_sent(user.chat_id()).await;
    assert!(photo.is_copy(), "{photo:?}");
    assert_eq!(
        photo.text,
        bot.text_with(
            Lang::Uz,
            "hotline-from-operator-media",
            &[("case", Arg::Number(case))]
        )
    );

    // Another operator cannot release it; the owner can, and the case is posted again.
    bot.api
        .send_group_text(OPERATORS, &b, Some(topic), None, "/release");
    let refused = bot.api.next_sent(OPERATORS).await;
    assert!(refused.text.contains("Anora"), "{refused:?}");
    bot.api
        .send_group_text(OPERATORS, &a, Some(topic), None, "/release");
    let released = bot.api.next_sent(OPERATORS).await;
    assert!(released.text.contains(&format!("#{case}")), "{released:?}");
    let again = bot.api.next_sent(OPERATORS).await;
    assert!(again.has_button("Взять"), "{again:?}");
    let told = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        told.text,
        bot.text_with(Lang::Uz, "hotline-released", &[("case", Arg::Number(case))])
    );
    bot.api
        .press_group_button(OPERATORS, &b, again.message_id, &again.button_data("Взять"));
    let taken = bot.api.next_sent(OPERATORS).await;
    assert!(taken.text.contains("Bahrom"), "{taken:?}");
    let row = case_row(&bot, case).await;
    assert_eq!(row.get::<i64, _>("operator_id"), 262);
    bot.stop().await;
}

#[tokio::test]
async fn outside_office_hours_the_user_is_told_when_and_given_emergency_contacts() {
    let bot = start_with(
        false,
        safar::app::HotlineConfig {
            // Open one minute on Sundays only: closed almost always.
            office: "Sun 03:00-03:01 +05:00".parse().unwrap(),
            ..hotline_config()
        },
    )
    .await;
    let user = bot.api.user(5015, "Ravshan", Some("ru"));
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    bot.api.press_button(&user, picker.message_id, "l:ru");
    bot.api.next_sent(user.chat_id()).await;
    bot.api.send_text(&user, "/operator");
    let consent = bot.api.next_sent(user.chat_id()).await;
    let describe = bot
        .tap(&user, &consent, Lang::Ru, "hotline-btn-agree")
        .await;
    let opened = bot
        .tap(&user, &describe, Lang::Ru, "hotline-btn-skip")
        .await;
    // The country is not known yet: the general advice, and the question where they are.
    assert!(
        opened
            .text
            .contains(&bot.text(Lang::Ru, "emergency-generic")),
        "{opened:?}"
    );
    assert!(
        opened.has_button(&bot.label(Lang::Ru, "emergency-btn-gb")),
        "{opened:?}"
    );
    let numbers = bot.tap(&user, &opened, Lang::Ru, "emergency-btn-gb").await;
    assert!(
        numbers
            .text
            .starts_with(&bot.text(Lang::Ru, "emergency-gb")),
        "{numbers:?}"
    );
    assert!(numbers.text.contains("08000 121 700"), "{numbers:?}");
    assert!(
        !opened
            .text
            .contains(&bot.text(Lang::Ru, "hotline-expect-open"))
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_relay_telegram_refuses_is_shown_to_the_operator_not_dropped() {
    let bot = start(false).await;
    let user = bot.user_in(5016, "Iroda", Lang::Ru).await;
    let op = bot.api.user(271, "Nargiza", Some("ru"));
    let card = open_case(&bot, &user, Lang::Ru, "Вопрос").await;
    let case = case_no(&card.text);
    bot.api
        .press_group_button(OPERATORS, &op, card.message_id, &card.button_data("Взять"));
    bot.api.next_sent(OPERATORS).await;
    bot.api.next_sent(user.chat_id()).await;
    bot.api.fail_next(
        "sendMessage",
        400,
        serde_json::json!({"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}),
    );
    bot.api
        .send_group_text(OPERATORS, &op, None, Some(card.message_id), "Ответ");
    let notice = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        notice.text,
        bot.text_with(
            Lang::Ru,
            "ops-delivery-failed",
            &[("case", Arg::Number(case))]
        )
    );
    let state: String =
        sqlx::query_scalar("SELECT state FROM outbox WHERE case_id = ? AND kind = 'relay_to_user'")
            .bind(case)
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(state, "failed");
    bot.stop().await;
}

#[tokio::test]
async fn case_b_asked_for_inside_case_a_is_a_card_of_b() {
    let bot = start(false).await;
    let anna = bot.user_in(5101, "Anna", Lang::Ru).await;
    let boris = bot.user_in(5102, "Boris", Lang::Ru).await;
    let olim = bot.api.user(203, "Olim", Some("ru"));
    let card_a = open_case(&bot, &anna, Lang::Ru, "Дело А").await;
    let card_b = open_case(&bot, &boris, Lang::Ru, "Дело Б").await;
    let (a, b) = (case_no(&card_a.text), case_no(&card_b.text));

    // `/case B` as a reply in A's chain: B's card, tagged as B.
    bot.api.send_group_text(
        OPERATORS,
        &olim,
        None,
        Some(card_a.message_id),
        &format!("/case {b}"),
    );
    let shown = bot.api.next_sent(OPERATORS).await;
    assert!(shown.text.contains("Дело Б"), "{shown:?}");
    // A reply to that card goes to B's user, not A's.
    bot.api.send_group_text(
        OPERATORS,
        &olim,
        None,
        Some(shown.message_id),
        "Ответ для Бориса",
    );
    let taken = bot.api.next_sent(OPERATORS).await;
    assert!(taken.text.contains(&format!("#{b}")), "{taken:?}");
    bot.api.next_sent(boris.chat_id()).await; // "an operator joined"
    let answer = bot.api.next_sent(boris.chat_id()).await;
    assert!(answer.text.contains("Ответ для Бориса"), "{answer:?}");
    settled(&bot).await;
    bot.assert_no_more_sent(anna.chat_id()).await;
    assert_ne!(a, b);
    bot.stop().await;
}

#[tokio::test]
async fn a_topic_id_is_looked_up_with_its_chat() {
    let bot = start(true).await;
    let user = bot.user_in(5103, "Dilnoza", Lang::Ru).await;
    let olim = bot.api.user(204, "Olim", Some("ru"));
    let card = open_case(&bot, &user, Lang::Ru, "Дело в теме").await;
    let case = case_no(&card.text);
    let topic = bot.topic_of(case).await;
    assert_eq!(
        bot.store.case_by_topic(OPERATORS, topic).await.unwrap(),
        Some(case)
    );
    // The same topic number in another chat is not this case.
    assert_eq!(bot.store.case_by_topic(-1_009, topic).await.unwrap(), None);
    // `/case` in the topic is this case's card.
    bot.api
        .send_group_text(OPERATORS, &olim, Some(topic), None, "/case");
    let shown = bot.api.next_sent(OPERATORS).await;
    assert!(shown.text.contains("Дело в теме"), "{shown:?}");
    assert_eq!(shown.thread(), Some(topic));
    bot.stop().await;
}

/// Starts a bot on a fresh fake and database with `operators` as the operators' group;
/// returns the start-up error, if any.
async fn start_error(api: &common::fake_api::FakeApi, operators: i64) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let paths = common::harness::shipped_content();
    let (content, _) = safar::content::Content::load(&paths).unwrap();
    let store = safar::store::Store::open(&format!("sqlite:{}", dir.path().join("s.db").display()))
        .await
        .unwrap();
    let app = safar::app::App::new(
        safar::content::ContentHandle::new(content, paths),
        store,
        [],
    )
    .with_hotline(safar::app::HotlineConfig {
        operators_chat: Some(operators),
        ..hotline_config()
    });
    let config = safar::telegram::TelegramConfig::new(
        api.token().to_string(),
        Some(api.url().parse().unwrap()),
    );
    match safar::telegram::start(app, config).await {
        Ok(bot) => {
            bot.stop(Duration::from_secs(5)).await;
            None
        }
        Err(e) => Some(format!("{e:#}")),
    }
}

#[tokio::test]
async fn at_start_the_operators_group_must_be_a_supergroup_with_the_bot_as_admin() {
    let api = common::fake_api::FakeApi::start().await;
    // A basic group (the fake's ids above -10^12).
    let e = start_error(&api, -4_001).await.expect("refused");
    assert!(e.contains("-4001 is a basic group"), "{e}");
    // The bot a plain member.
    api.demote_bot(OPERATORS);
    let e = start_error(&api, OPERATORS).await.expect("refused");
    assert!(e.contains("not an administrator"), "{e}");
    // A group that moved before the start is followed and checked in its new form.
    api.migrated_before(-4_002, -1_000_000_004_002);
    assert_eq!(start_error(&api, -4_002).await, None);
}

#[tokio::test]
async fn a_group_that_moved_before_the_start_is_followed_and_remembered() {
    const NEW: i64 = -1_000_000_004_003;
    let mut bot = TestBot::start_with(Options {
        hotline: Some(safar::app::HotlineConfig {
            operators_chat: Some(-4_003),
            ..hotline_config()
        }),
        // Telegram's answer to getChat on the old id at start.
        faults: vec![(
            "getChat",
            400,
            serde_json::json!({"ok": false, "error_code": 400,
                "description": "Bad Request: group chat was upgraded to a supergroup chat",
                "parameters": {"migrate_to_chat_id": NEW}}),
        )],
        ..Options::default()
    })
    .await;
    let user = bot.user_in(5201, "Anna", Lang::Ru).await;
    bot.api.send_text(&user, "/operator");
    let consent = bot.api.next_sent(user.chat_id()).await;
    let describe = bot
        .tap(&user, &consent, Lang::Ru, "hotline-btn-agree")
        .await;
    assert_eq!(describe.text, bot.text(Lang::Ru, "hotline-describe"));
    bot.api.send_text(&user, "Вопрос о визе");
    bot.api.next_sent(user.chat_id()).await;
    let card = bot.api.next_sent(NEW).await;
    assert!(card.text.contains("Вопрос о визе"), "{card:?}");
    // An operator in the new group answers by replying: it reaches the user.
    let olim = bot.api.user(205, "Olim", Some("ru"));
    bot.api
        .send_group_text(NEW, &olim, None, Some(card.message_id), "Здравствуйте!");
    bot.api.next_sent(NEW).await; // taken
    bot.api.next_sent(user.chat_id()).await; // an operator joined
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(answer.text.contains("Здравствуйте!"), "{answer:?}");
    // The new id is kept in its own table.
    let now: i64 =
        sqlx::query_scalar("SELECT current_id FROM operators_chat WHERE configured_id = -4003")
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(now, NEW);
    // After a restart with the same setting the bot still works in the new group.
    bot.api.migrated_before(-4_003, NEW);
    bot.restart().await;
    bot.api.send_text(&user, "Спасибо");
    let relayed = bot.api.next_sent(NEW).await;
    assert!(relayed.text.contains("Спасибо"), "{relayed:?}");
    bot.stop().await;
}

#[tokio::test]
async fn the_operators_group_moving_while_the_bot_runs_is_followed() {
    const NEW: i64 = -1_000_000_004_004;
    let bot = start(false).await;
    let user = bot.user_in(5202, "Boris", Lang::Ru).await;
    let card = open_case(&bot, &user, Lang::Ru, "Паспорт забрали").await;
    let case = case_no(&card.text);
    // Topics are turned on: the group becomes a forum supergroup with a new id.
    bot.api.migrate_group(OPERATORS, NEW, true);
    settled(&bot).await;
    bot.api.send_text(&user, "Они не отдают паспорт");
    let relayed = bot.api.next_sent(NEW).await;
    assert!(
        relayed.text.contains("Они не отдают паспорт"),
        "{relayed:?}"
    );
    let topic = relayed.thread().expect("in the case's new topic");
    // An operator answers in the topic: it reaches the user.
    let olim = bot.api.user(206, "Olim", Some("ru"));
    bot.api
        .send_group_text(NEW, &olim, Some(topic), None, "Мы поможем");
    bot.api.next_sent(NEW).await; // taken
    bot.api.next_sent(user.chat_id()).await; // an operator joined
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(answer.text.contains("Мы поможем"), "{answer:?}");
    assert_eq!(bot.topic_of(case).await, topic);
    bot.stop().await;
}

#[tokio::test]
async fn a_kicked_bot_is_a_case_failure_the_user_and_the_admins_hear_about() {
    const ADMIN: i64 = 9_001;
    let bot = TestBot::start_with(Options {
        hotline: Some(hotline_config()),
        admins: vec![ADMIN],
        ..Options::default()
    })
    .await;
    let user = bot.user_in(5203, "Dilnoza", Lang::Ru).await;
    // The bot is removed from the operators' group: every send there gets 403.
    bot.api.block_chat(OPERATORS);
    bot.api.send_text(&user, "/operator");
    let consent = bot.api.next_sent(user.chat_id()).await;
    bot.tap(&user, &consent, Lang::Ru, "hotline-btn-agree")
        .await;
    bot.api.send_text(&user, "паспорт забрали");
    bot.api.next_sent(user.chat_id()).await; // the emergency numbers come first
    let opened = bot.api.next_sent(user.chat_id()).await;
    assert!(opened.text.contains('#'), "{opened:?}");
    let case = case_no(&opened.text);
    // The truth, with the emergency contacts, at once.
    let truth = bot.api.next_sent(user.chat_id()).await;
    assert!(
        truth.text.contains(&bot.text_with(
            Lang::Ru,
            "hotline-operators-unreachable",
            &[("case", Arg::Number(case))]
        )),
        "{truth:?}"
    );
    assert!(
        truth
            .text
            .contains(&bot.text(Lang::Ru, "emergency-generic")),
        "{truth:?}"
    );
    // The admin gets a private message.
    let alarm = bot.api.next_sent(ADMIN).await;
    assert!(alarm.text.contains(&format!("#{case}")), "{alarm:?}");
    let kinds = event_kinds(&bot, case).await;
    assert!(
        kinds.contains(&"operators_unreachable".to_string()),
        "{kinds:?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn case_cards_in_each_cyrillic_operators_language_show_the_real_values() {
    use safar::translit::{Exceptions, Variant, transliterate};
    for (lang, variant, urgent, waiting, plain, closed) in [
        (
            Lang::UzCyrl,
            Variant::UzCyrl,
            "shoshilinch",
            "kutmoqda",
            "oddiy",
            "yopilgan",
        ),
        (
            Lang::KaaCyrl,
            Variant::KaaCyrl,
            "shuǵıl",
            "kútpekte",
            "ápiwayı",
            "jabılǵan",
        ),
    ] {
        let latin = match variant {
            Variant::UzCyrl => Variant::UzLatn,
            _ => Variant::KaaLatn,
        };
        let cyr = |w: &str| transliterate(w, latin, variant, Exceptions::builtin()).unwrap();
        let bot = start_with(
            false,
            safar::app::HotlineConfig {
                operators_lang: lang,
                ..hotline_config()
            },
        )
        .await;
        let user = bot.user_in(5301, "Nodira", Lang::Uz).await;
        bot.api
            .send_text(&user, "Yordam bering, pasportimni olib qoʻyishdi");
        bot.api.next_sent(user.chat_id()).await; // the emergency numbers come first
        let offer = bot.api.next_sent(user.chat_id()).await;
        let describe = bot.tap(&user, &offer, Lang::Uz, "hotline-btn-agree").await;
        let _ = bot
            .tap(&user, &describe, Lang::Uz, "hotline-btn-skip")
            .await;
        let card = bot.api.next_sent(OPERATORS).await;
        for want in [cyr(urgent), cyr(waiting), "🔴".to_string()] {
            assert!(
                card.text.contains(&want),
                "{lang}: {want:?} in {}",
                card.text
            );
        }
        for wrong in [cyr(plain), cyr(closed), "none".to_string()] {
            assert!(
                !card.text.contains(&wrong),
                "{lang}: {wrong:?} in {}",
                card.text
            );
        }
        bot.stop().await;
    }
}

#[tokio::test]
async fn relays_keep_text_captions_names_and_say_why_when_they_cannot() {
    let bot = start(true).await;
    let user = bot.user_in(5401, "Gulnora", Lang::Ru).await;
    // The case is opened with buttons only (distress, agree, skip): the card still has a name.
    bot.api.send_text(&user, "помогите, паспорт забрали");
    bot.api.next_sent(user.chat_id()).await; // the emergency numbers come first
    let offer = bot.api.next_sent(user.chat_id()).await;
    let describe = bot.tap(&user, &offer, Lang::Ru, "hotline-btn-agree").await;
    let _ = bot
        .tap(&user, &describe, Lang::Ru, "hotline-btn-skip")
        .await;
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains("Gulnora"), "{card:?}");
    let case = case_no(&card.text);
    let topic = bot.topic_of(case).await;

    // A photo with 1,000 Cyrillic letters: the whole caption reaches the operators.
    let long = "ж".repeat(1000);
    bot.api.send_photo(&user, Some(&long));
    let photo = bot.api.next_sent(OPERATORS).await;
    assert!(photo.is_copy(), "{photo:?}");
    assert!(photo.text.contains(&long), "{photo:?}");
    // Longer than a caption may be: the photo, then the whole text.
    let longer = "щ".repeat(1100);
    bot.api.send_photo(&user, Some(&longer));
    let photo = bot.api.next_sent(OPERATORS).await;
    assert!(photo.is_copy() && !photo.text.contains('щ'), "{photo:?}");
    let text = bot.api.next_sent(OPERATORS).await;
    assert!(text.text.contains(&longer), "{text:?}");

    // An operator's photo keeps its caption.
    let aziza = bot.api.user(207, "Aziza", Some("ru"));
    bot.api.send_group_json(
        OPERATORS,
        &aziza,
        Some(topic),
        None,
        serde_json::json!({"photo": [{"file_id": "p", "file_unique_id": "pu", "width": 90, "height": 90}],
                           "caption": "Вот адрес консульства"}),
    );
    bot.api.next_sent(OPERATORS).await; // taken
    bot.api.next_sent(user.chat_id()).await; // an operator joined
    let photo = bot.api.next_sent(user.chat_id()).await;
    assert!(photo.is_copy(), "{photo:?}");
    assert!(photo.text.contains("Вот адрес консульства"), "{photo:?}");

    // A service message in the topic (it was closed) is nobody's words: nothing is relayed.
    bot.api.send_group_json(
        OPERATORS,
        &aziza,
        Some(topic),
        None,
        serde_json::json!({"forum_topic_closed": {}}),
    );
    // Written as the group (or anonymously): not relayed, and the operator is told why.
    bot.api.send_group_json(
        OPERATORS,
        &aziza,
        Some(topic),
        None,
        serde_json::json!({"text": "Ответ от группы",
                           "sender_chat": {"id": OPERATORS, "type": "supergroup", "title": "Operators"}}),
    );
    let why = bot.api.next_sent(OPERATORS).await;
    assert_eq!(why.text, bot.text(Lang::Ru, "ops-anonymous"));
    assert_eq!(why.thread(), Some(topic));
    settled(&bot).await;
    bot.assert_no_more_sent(user.chat_id()).await;
    bot.stop().await;
}

#[tokio::test]
async fn edited_messages_are_relayed_both_ways_in_a_case() {
    let bot = start(true).await;
    let user = bot.user_in(5501, "Sardor", Lang::Ru).await;
    let card = open_case(&bot, &user, Lang::Ru, "Вопрос о визе").await;
    let case = case_no(&card.text);
    let topic = bot.topic_of(case).await;
    let olim = bot.api.user(208, "Olim", Some("ru"));
    let answer = bot
        .api
        .send_group_text(OPERATORS, &olim, Some(topic), None, "Виза стоит 100");
    bot.api.next_sent(OPERATORS).await; // taken
    bot.api.next_sent(user.chat_id()).await; // an operator joined
    bot.api.next_sent(user.chat_id()).await; // the answer

    // The user corrects a message: the operators see the new text, marked as a correction.
    let sent = bot.api.send_text(&user, "Мне 19 лет");
    bot.api.next_sent(OPERATORS).await;
    bot.api.edit_user_text(&user, sent, "Мне 21 год");
    let edited = bot.api.next_sent(OPERATORS).await;
    assert!(edited.text.contains("Мне 21 год"), "{edited:?}");
    assert!(edited.text.starts_with('✏'), "{edited:?}");
    assert_eq!(edited.thread(), Some(topic));

    // The operator corrects their answer: the user gets it, from the hotline.
    bot.api
        .edit_group_text(OPERATORS, &olim, Some(topic), answer, "Виза стоит 80");
    let fixed = bot.api.next_sent(user.chat_id()).await;
    assert!(fixed.text.contains("Виза стоит 80"), "{fixed:?}");
    assert!(!fixed.text.contains("Olim"), "{fixed:?}");
    // A corrected command is never sent to the user.
    let note = bot
        .api
        .send_group_text(OPERATORS, &olim, Some(topic), None, "/note звонил");
    bot.api.next_sent(OPERATORS).await;
    bot.api
        .edit_group_text(OPERATORS, &olim, Some(topic), note, "/note секрет");
    settled(&bot).await;
    bot.assert_no_more_sent(user.chat_id()).await;
    bot.stop().await;
}

#[tokio::test]
async fn forget_deletes_the_case_topic_where_the_bot_may() {
    let bot = start(true).await;
    let user = bot.user_in(5601, "Zarina", Lang::Ru).await;
    let card = open_case(&bot, &user, Lang::Ru, "Удалите потом").await;
    let case = case_no(&card.text);
    let topic = bot.topic_of(case).await;
    assert!(bot.api.topics(OPERATORS).contains_key(&topic));
    bot.api.send_text(&user, "/forget");
    let ask = bot.api.next_sent(user.chat_id()).await;
    bot.tap(&user, &ask, Lang::Ru, "hotline-btn-forget").await;
    // The operators are told in the general chat: the topic goes.
    let note = bot.api.next_sent(OPERATORS).await;
    assert_eq!(note.thread(), None, "{note:?}");
    bot.api
        .wait_call(
            "deleteForumTopic",
            |p| p["message_thread_id"].as_i64() == Some(i64::from(topic)),
            Duration::from_secs(10),
        )
        .await;
    assert!(!bot.api.topics(OPERATORS).contains_key(&topic));
    let left: Option<i32> = sqlx::query_scalar("SELECT topic_id FROM cases WHERE id = ?")
        .bind(case)
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(left, None);
    bot.stop().await;
}

#[tokio::test]
async fn an_operators_bold_text_and_links_reach_the_user_as_written() {
    let bot = start(true).await;
    let user = bot.user_in(5301, "Dilnoza", Lang::Ru).await;
    let aziza = bot.api.user(231, "Aziza", Some("ru"));
    let card = open_case(&bot, &user, Lang::Ru, "Нужна помощь с документами").await;
    let topic = card.thread().expect("a topic");
    bot.api.press_group_button(
        OPERATORS,
        &aziza,
        card.message_id,
        &card.button_data("Взять"),
    );
    bot.api.next_sent(OPERATORS).await;
    bot.api.next_sent(user.chat_id()).await;

    // Bold, a link behind a word, and text that looks like markup.
    let text = "Важно: напишите в консульство <сегодня> & завтра";
    bot.api.send_group_json(
        OPERATORS,
        &aziza,
        Some(topic),
        None,
        serde_json::json!({
            "text": text,
            "entities": [
                {"type": "bold", "offset": 0, "length": 6},
                {"type": "text_link", "offset": 18, "length": 11, "url": "https://example.org/consulate?a=1&b=2"}
            ]
        }),
    );
    let answer = bot.api.next_sent(user.chat_id()).await;
    let html = answer.raw["text"].as_str().unwrap();
    assert!(html.contains("<b>Важно:</b>"), "{html}");
    assert!(
        html.contains("<a href=\"https://example.org/consulate?a=1&amp;b=2\">консульство</a>"),
        "{html}"
    );
    assert!(html.contains("&lt;сегодня&gt; &amp; завтра"), "{html}");
    bot.stop().await;
}

#[tokio::test]
async fn a_send_refused_because_the_group_moved_is_followed_and_sent_again() {
    const NEW: i64 = -1_000_000_004_005;
    let bot = start(false).await;
    let user = bot.user_in(5204, "Bekzod", Lang::Ru).await;
    open_case(&bot, &user, Lang::Ru, "Не платят зарплату").await;
    // The group moved, and the bot never saw the service message: Telegram refuses the next
    // send to the old id with `migrate_to_chat_id`.
    bot.api.migrated_before(OPERATORS, NEW);
    bot.api.send_text(&user, "Уже три месяца");
    let relayed = bot.api.next_sent(NEW).await;
    assert!(relayed.text.contains("Уже три месяца"), "{relayed:?}");
    let refused = bot
        .api
        .calls_to("sendMessage", OPERATORS)
        .into_iter()
        .filter(|c| !c.ok())
        .count();
    assert_eq!(refused, 1, "one refused send, then the new id");
    let now: i64 = sqlx::query_scalar("SELECT current_id FROM operators_chat")
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(now, NEW);
    // The user was not told of a failure.
    bot.assert_no_more_sent(user.chat_id()).await;
    bot.stop().await;
}

#[tokio::test]
async fn the_retention_purge_of_the_running_bot_deletes_the_cases_topic() {
    let bot = start_with(
        true,
        safar::app::HotlineConfig {
            purge_every: Duration::from_millis(300),
            ..hotline_config()
        },
    )
    .await;
    let user = bot.user_in(5205, "Shahlo", Lang::Uz).await;
    let op = bot.api.user(252, "Op", Some("ru"));
    let card = open_case(&bot, &user, Lang::Uz, "Eski murojaat").await;
    let case = case_no(&card.text);
    let topic = bot.topic_of(case).await;
    bot.api
        .send_group_text(OPERATORS, &op, Some(topic), None, "/tag information_only");
    bot.api.next_sent(OPERATORS).await;
    bot.api
        .send_group_text(OPERATORS, &op, Some(topic), None, "/close informed");
    bot.api.next_sent(OPERATORS).await;
    bot.api.next_sent(user.chat_id()).await;
    settled(&bot).await;
    // Closed long ago: the bot's own purge (every 300 ms here) removes it, topic included.
    sqlx::query("UPDATE cases SET closed_at = '2026-01-01T00:00:00Z' WHERE id = ?")
        .bind(case)
        .execute(bot.store.pool())
        .await
        .unwrap();
    let deleted = bot
        .api
        .wait_call(
            "deleteForumTopic",
            |p| p["message_thread_id"] == topic,
            WAIT,
        )
        .await;
    assert_eq!(deleted["chat_id"], OPERATORS);
    assert!(!bot.api.topics(OPERATORS).contains_key(&topic));
    let row = case_row(&bot, case).await;
    assert_eq!(row.get::<Option<String>, _>("description"), None);
    bot.stop().await;
}
