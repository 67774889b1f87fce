//! The job-offer check through Telegram: from the menu, pasted, forwarded, as a photo caption,
//! and a photo without text. Each check is recorded without the offer's text.

mod common;

use common::harness::TestBot;
use safar::lang::Lang;

const SCAM_UZ: &str = "Koreyaga ish! Oyiga 2000$ maosh. Oldindan 500$ toʻlaysiz, \
    pasportingizni bizga topshirasiz. Tez yozing @ishbor";
const SCAM_RU: &str = "Срочно! Работа в Дубае для девушек 18-25 лет, хостес, 3000 долларов в месяц. \
    Билет и визу оплатите сами, потом вернём. Пишите в WhatsApp +971 50 123 4567";

async fn checks_recorded(bot: &TestBot) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT risk, categories, lang FROM offer_checks ORDER BY id")
        .fetch_all(bot.store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn from_the_menu_the_bot_asks_for_the_text_and_reports_each_flag_with_its_words() {
    let bot = TestBot::start().await;
    let user = bot.user_in(1, "Migrant", Lang::Uz).await;

    // User: /check. Bot: paste the offer.
    bot.api.send_text(&user, "/check");
    let prompt = bot.api.next_sent(user.chat_id()).await;
    assert!(
        prompt.text.contains(&bot.text(Lang::Uz, "offer-prompt")),
        "{prompt:?}"
    );

    // User: a photo without text. Bot: please paste the text (and still waits for it).
    bot.api.send_photo(&user, None);
    let photo = bot.api.next_sent(user.chat_id()).await;
    assert!(
        photo
            .text
            .contains(&bot.text(Lang::Uz, "offer-photo-no-text")),
        "{photo:?}"
    );

    // User: pastes the offer. Bot: high risk, each flag with the words that raised it.
    bot.api.send_text(&user, SCAM_UZ);
    let report = bot.api.next_sent(user.chat_id()).await;
    assert!(
        report
            .text
            .starts_with(&bot.text(Lang::Uz, "offer-risk-high")),
        "{report:?}"
    );
    for words in [
        "Oldindan 500$ toʻlaysiz",
        "pasportingizni bizga topshirasiz",
        "@ishbor",
    ] {
        assert!(
            report.text.contains(words),
            "quotes {words:?}: {}",
            report.text
        );
    }
    assert!(report.has_button(&bot.label(Lang::Uz, "offer-btn-operator")));
    assert!(report.has_button(&bot.label(Lang::Uz, "offer-btn-check-another")));

    // "Check another" asks again.
    bot.api.press_button(
        &user,
        report.message_id,
        &report.button_data(&bot.label(Lang::Uz, "offer-btn-check-another")),
    );
    let again = bot.api.next_sent(user.chat_id()).await;
    assert!(again.text.contains(&bot.text(Lang::Uz, "offer-prompt")));

    let recorded = checks_recorded(&bot).await;
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].0, "high");
    assert!(
        recorded[0].1.contains("upfront_fee") && recorded[0].1.contains("document_retention"),
        "{recorded:?}"
    );
    assert_eq!(recorded[0].2, "uz");
    // The offer's text is nowhere in the database.
    let dump: Vec<(String,)> = sqlx::query_as("SELECT COALESCE(html, '') FROM outbox")
        .fetch_all(bot.store.pool())
        .await
        .unwrap();
    assert!(
        dump.iter().all(|(html,)| !html.contains("pasportingizni")),
        "sent texts are not kept"
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_pasted_or_forwarded_offer_is_checked_without_asking() {
    let bot = TestBot::start().await;
    let user = bot.user_in(2, "Migrant", Lang::Ru).await;

    bot.api.send_text(&user, SCAM_RU);
    let report = bot.api.next_sent(user.chat_id()).await;
    assert!(
        report
            .text
            .starts_with(&bot.text(Lang::Ru, "offer-looks-like")),
        "{report:?}"
    );
    assert!(
        report.text.contains(&bot.text(Lang::Ru, "offer-risk-high")),
        "{report:?}"
    );
    assert!(report.text.contains("хостес"), "{report:?}");

    bot.api.send_forwarded_text(&user, SCAM_UZ, "Ish kanali");
    let forwarded = bot.api.next_sent(user.chat_id()).await;
    assert!(
        forwarded
            .text
            .contains(&bot.text(Lang::Ru, "offer-risk-high")),
        "{forwarded:?}"
    );
    assert!(forwarded.text.contains("@ishbor"));
    assert_eq!(checks_recorded(&bot).await.len(), 2);
    bot.stop().await;
}

#[tokio::test]
async fn a_photo_caption_is_checked_and_evidence_is_escaped() {
    let bot = TestBot::start().await;
    let user = bot.user_in(3, "Migrant", Lang::Kaa).await;
    let caption = format!("{SCAM_UZ} <b>bonus</b> & more");
    bot.api.send_photo(&user, Some(&caption));
    let report = bot.api.next_sent(user.chat_id()).await;
    assert!(
        report
            .text
            .contains(&bot.text(Lang::Kaa, "offer-risk-high")),
        "{report:?}"
    );
    assert!(
        !report.text.contains("<b>bonus</b>"),
        "user text is escaped: {}",
        report.text
    );
    bot.stop().await;
}
