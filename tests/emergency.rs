//! Someone in danger reaches help in their words and their country (issue 13), through
//! Telegram: "Where are you now?" asked once with one tap and remembered, the emergency numbers
//! of each country in every reading variant, distress with and without a hotline, a suicidal
//! message. Transcripts: the user says, the bot answers.

mod common;

use common::fake_api::{Sent, TestUser};
use common::harness::{OPERATORS, Options, TestBot, hotline_config};
use safar::core::country::Country;
use safar::lang::Lang;

async fn with_hotline() -> TestBot {
    TestBot::start_with(Options {
        hotline: Some(hotline_config()),
        ..Options::default()
    })
    .await
}

/// A user who has picked `lang` and seen the main menu.
async fn user_in(bot: &TestBot, id: i64, lang: Lang) -> TestUser {
    let user = bot.api.user(id, "Dilnoza", Some(lang.code()));
    bot.api.send_text(&user, "/start");
    let picker = bot.api.next_sent(user.chat_id()).await;
    bot.api
        .press_button(&user, picker.message_id, &format!("l:{}", lang.code()));
    bot.api.next_sent(user.chat_id()).await;
    user
}

/// The numbers of `country` as the bot sends them in `lang`.
fn numbers(bot: &TestBot, lang: Lang, country: Country) -> String {
    let block = bot.text_dyn(lang, &format!("emergency-{}", country.code()));
    if country == Country::Uzbekistan {
        block
    } else {
        format!("{block}\n\n{}", bot.text(lang, "emergency-uz-numbers"))
    }
}

fn button_key(country: Country) -> &'static str {
    match country {
        Country::Uzbekistan => "emergency-btn-uz",
        Country::Russia => "emergency-btn-ru",
        Country::Kazakhstan => "emergency-btn-kz",
        Country::Turkey => "emergency-btn-tr",
        Country::SouthKorea => "emergency-btn-kr",
        Country::UnitedKingdom => "emergency-btn-gb",
        Country::Poland => "emergency-btn-pl",
        Country::Germany => "emergency-btn-de",
        Country::Uae => "emergency-btn-ae",
        Country::SaudiArabia => "emergency-btn-sa",
        Country::Qatar => "emergency-btn-qa",
        Country::Other => "emergency-btn-other",
    }
}

async fn stored_country(bot: &TestBot, user: &TestUser) -> Option<String> {
    sqlx::query_scalar("SELECT country FROM users WHERE user_id = ?")
        .bind(user.chat_id())
        .fetch_one(bot.store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn where_are_you_now_and_the_numbers_of_every_country_in_every_variant() {
    let bot = TestBot::start().await;
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let user = user_in(&bot, 7100 + i as i64, lang).await;
        bot.api.send_text(&user, "/country");
        let mut question: Sent = bot.api.next_sent(user.chat_id()).await;
        assert_eq!(
            question.text,
            bot.text(lang, "emergency-ask-country"),
            "{lang}"
        );
        assert_eq!(question.all_buttons().len(), 12 + 1, "{lang}: {question:?}");
        for country in Country::ALL {
            let shown = bot.tap(&user, &question, lang, button_key(country)).await;
            assert_eq!(shown.text, numbers(&bot, lang, country), "{lang} {country}");
            assert_eq!(
                stored_country(&bot, &user).await.as_deref(),
                Some(country.code()),
                "{lang}"
            );
            // "Another country" asks again.
            question = bot.tap(&user, &shown, lang, "emergency-btn-change").await;
            assert_eq!(question.text, bot.text(lang, "emergency-ask-country"));
        }
    }
    bot.stop().await;
}

#[tokio::test]
async fn the_country_is_asked_once_and_remembered_across_a_restart() {
    let mut bot = with_hotline().await;
    let user = user_in(&bot, 7200, Lang::Ru).await;
    bot.api.send_text(&user, "меня изнасиловали что делать");
    let first = bot.api.next_sent(user.chat_id()).await;
    assert!(
        first
            .text
            .contains(&bot.text(Lang::Ru, "emergency-ask-country")),
        "{first:?}"
    );
    let consent = bot.api.next_sent(user.chat_id()).await;
    // One tap: Russia. The consent asked with the numbers stays open.
    let russia = bot.tap(&user, &first, Lang::Ru, "emergency-btn-ru").await;
    assert_eq!(russia.text, numbers(&bot, Lang::Ru, Country::Russia));
    assert!(russia.text.contains("+7 925 045 4744"), "{russia:?}");
    assert!(
        russia.text.find("112").unwrap() < russia.text.find("+7 925").unwrap(),
        "the local emergency number first: {russia:?}"
    );
    let describe = bot
        .tap(&user, &consent, Lang::Ru, "hotline-btn-agree")
        .await;
    assert_eq!(describe.text, bot.text(Lang::Ru, "hotline-describe"));
    bot.tap(&user, &describe, Lang::Ru, "hotline-btn-skip")
        .await;
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains("🔴"), "urgent: {card:?}");

    // Not asked again, even after a restart.
    bot.restart().await;
    let other = user_in(&bot, 7201, Lang::Kaa).await;
    bot.api.send_text(&other, "/country");
    let q = bot.api.next_sent(other.chat_id()).await;
    bot.tap(&other, &q, Lang::Kaa, "emergency-btn-kz").await;
    bot.restart().await;
    bot.api.send_text(&other, "jumıs beriwshi meni urdı");
    let shown = bot.api.next_sent(other.chat_id()).await;
    assert_eq!(shown.text, numbers(&bot, Lang::Kaa, Country::Kazakhstan));
    let consent = bot.api.next_sent(other.chat_id()).await;
    assert!(
        consent
            .text
            .starts_with(&bot.text(Lang::Kaa, "hotline-distress")),
        "{consent:?}"
    );
    assert!(consent.has_button(&bot.label(Lang::Kaa, "hotline-btn-agree")));
    bot.stop().await;
}

#[tokio::test]
async fn distress_without_a_hotline_still_gets_the_numbers_at_once() {
    let bot = TestBot::start().await;
    let user = user_in(&bot, 7300, Lang::UzCyrl).await;
    bot.api.send_text(&user, "/country");
    let q = bot.api.next_sent(user.chat_id()).await;
    bot.tap(&user, &q, Lang::UzCyrl, "emergency-btn-tr").await;
    bot.api.send_text(&user, "бизни хонага қамаб қўйишди");
    let shown = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(shown.text, numbers(&bot, Lang::UzCyrl, Country::Turkey));
    assert!(shown.text.contains("112"), "{shown:?}");
    let no_person = bot.api.next_sent(user.chat_id()).await;
    assert!(
        no_person
            .text
            .starts_with(&bot.text(Lang::UzCyrl, "operator-unavailable")),
        "{no_person:?}"
    );
    assert!(
        no_person
            .all_buttons()
            .iter()
            .all(|(_, d)| !d.starts_with("h:")),
        "{no_person:?}"
    );
    bot.api.assert_no_more_sent(user.chat_id());
    bot.stop().await;
}

#[tokio::test]
async fn a_suicidal_message_gets_warm_words_the_crisis_line_and_a_person() {
    let bot = with_hotline().await;
    // In the United Kingdom: Samaritans.
    let user = user_in(&bot, 7400, Lang::Uz).await;
    bot.api.send_text(&user, "/country");
    let q = bot.api.next_sent(user.chat_id()).await;
    bot.tap(&user, &q, Lang::Uz, "emergency-btn-gb").await;
    bot.api.send_text(&user, "oʻzimni oʻldirmoqchiman");
    let warm = bot.api.next_sent(user.chat_id()).await;
    assert!(
        warm.text
            .starts_with(&bot.text(Lang::Uz, "emergency-self-harm")),
        "{warm:?}"
    );
    assert!(warm.text.contains("116 123"), "{warm:?}");
    assert!(
        warm.text.find("116 123").unwrap() < warm.text.find("999").unwrap(),
        "the crisis line before the emergency numbers: {warm:?}"
    );
    let person = bot.api.next_sent(user.chat_id()).await;
    assert!(
        person
            .text
            .starts_with(&bot.text(Lang::Uz, "emergency-self-harm-person")),
        "{person:?}"
    );
    assert!(person.has_button(&bot.label(Lang::Uz, "hotline-btn-agree")));
    // Never a choice of topics.
    for sent in [&warm, &person] {
        assert!(
            sent.all_buttons()
                .iter()
                .all(|(_, d)| !d.starts_with("f:") && !d.starts_with("b:")),
            "{sent:?}"
        );
    }
    bot.api.assert_no_more_sent(user.chat_id());

    // Country not known yet: asked with the warm words; the answer brings the crisis line.
    let other = user_in(&bot, 7401, Lang::Ru).await;
    bot.api.send_text(&other, "хочу покончить с собой");
    let warm = bot.api.next_sent(other.chat_id()).await;
    assert!(
        warm.text
            .starts_with(&bot.text(Lang::Ru, "emergency-self-harm")),
        "{warm:?}"
    );
    let _person = bot.api.next_sent(other.chat_id()).await;
    let russia = bot.tap(&other, &warm, Lang::Ru, "emergency-btn-ru").await;
    assert!(
        russia
            .text
            .contains(&bot.text(Lang::Ru, "emergency-crisis-ru")),
        "{russia:?}"
    );
    assert!(russia.text.contains("051"), "{russia:?}");

    // Korea in Karakalpak Cyrillic: 109.
    let third = user_in(&bot, 7402, Lang::KaaCyrl).await;
    bot.api.send_text(&third, "/country");
    let q = bot.api.next_sent(third.chat_id()).await;
    bot.tap(&third, &q, Lang::KaaCyrl, "emergency-btn-kr").await;
    bot.api.send_text(&third, "өзимди өлтиргим келеди");
    let warm = bot.api.next_sent(third.chat_id()).await;
    assert!(
        warm.text
            .starts_with(&bot.text(Lang::KaaCyrl, "emergency-self-harm")),
        "{warm:?}"
    );
    assert!(
        warm.text
            .contains(&bot.text(Lang::KaaCyrl, "emergency-crisis-kr")),
        "{warm:?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn in_trouble_now_gives_phone_safety_and_the_local_numbers() {
    let bot = TestBot::start().await;
    let user = user_in(&bot, 7500, Lang::Ru).await;
    bot.api.send_text(&user, "/menu");
    let menu = bot.api.next_sent(user.chat_id()).await;
    let trouble = bot.tap(&user, &menu, Lang::Ru, "main-btn-trouble").await;
    let safety = bot
        .tap(&user, &trouble, Lang::Ru, "trouble-btn-safety")
        .await;
    assert_eq!(safety.text, bot.text(Lang::Ru, "trouble-safety"));
    assert!(safety.text.contains("/forget"), "{safety:?}");
    let ask = bot
        .tap(&user, &safety, Lang::Ru, "trouble-btn-emergency")
        .await;
    assert!(
        ask.text
            .ends_with(&bot.text(Lang::Ru, "emergency-ask-country")),
        "{ask:?}"
    );
    let germany = bot.tap(&user, &ask, Lang::Ru, "emergency-btn-de").await;
    assert_eq!(germany.text, numbers(&bot, Lang::Ru, Country::Germany));
    // Known now: straight to the numbers from "In trouble now".
    let trouble = bot.tap(&user, &germany, Lang::Ru, "menu-btn-main").await;
    let trouble = bot.tap(&user, &trouble, Lang::Ru, "main-btn-trouble").await;
    let shown = bot
        .tap(&user, &trouble, Lang::Ru, "trouble-btn-emergency")
        .await;
    assert_eq!(shown.text, numbers(&bot, Lang::Ru, Country::Germany));
    bot.stop().await;
}

#[tokio::test]
async fn distress_written_as_the_description_of_a_case_brings_the_numbers_and_urgency() {
    let bot = with_hotline().await;
    let user = user_in(&bot, 7600, Lang::Ru).await;
    bot.api.send_text(&user, "/operator");
    let consent = bot.api.next_sent(user.chat_id()).await;
    let describe = bot
        .tap(&user, &consent, Lang::Ru, "hotline-btn-agree")
        .await;
    assert_eq!(describe.text, bot.text(Lang::Ru, "hotline-describe"));
    bot.api.send_text(&user, "меня заперли на складе и бьют");
    let shown = bot.api.next_sent(user.chat_id()).await;
    assert!(
        shown
            .text
            .starts_with(&bot.text(Lang::Ru, "emergency-generic")),
        "{shown:?}"
    );
    let opened = bot.api.next_sent(user.chat_id()).await;
    assert!(opened.text.contains('#'), "{opened:?}");
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains("🔴"), "urgent: {card:?}");
    bot.stop().await;
}
