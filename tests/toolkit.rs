//! The operators' toolkit through Telegram (#17): categories and referrals, answers from the
//! reviewed content (`/send`, `/snip`), blocking abuse, `/mine` and `/take N`, and scam reports
//! that teach the offer checker. Transcripts: the user says, the bot answers; the operators
//! do, the bot answers.

mod common;

use std::time::Duration;

use common::fake_api::{Sent, TestUser};
use common::harness::{OPERATORS, Options, TestBot, hotline_config};
use safar::core::output::Arg;
use safar::html::to_plain;
use safar::lang::Lang;

/// The bot's admin (`--admins`), who may take cases over.
const ADMIN: i64 = 900;

async fn start() -> TestBot {
    TestBot::start_with(Options {
        hotline: Some(hotline_config()),
        admins: vec![ADMIN],
        ..Options::default()
    })
    .await
}

/// `/operator`, agree, a description: returns the case card the operators got.
async fn open_case(bot: &TestBot, user: &TestUser, lang: Lang, description: &str) -> Sent {
    bot.api.send_text(user, "/operator");
    let consent = bot.api.next_sent(user.chat_id()).await;
    let describe = bot.tap(user, &consent, lang, "hotline-btn-agree").await;
    assert_eq!(describe.text, bot.text(lang, "hotline-describe"));
    bot.api.send_text(user, description);
    let opened = bot.api.next_sent(user.chat_id()).await;
    assert!(
        opened
            .text
            .contains(&bot.first_line(lang, "hotline-expect-open")),
        "{opened:?}"
    );
    bot.api.next_sent(OPERATORS).await
}

/// The operator presses Take under the card; both sides are told.
async fn take(bot: &TestBot, op: &TestUser, card: &Sent, user: &TestUser) {
    bot.api
        .press_group_button(OPERATORS, op, card.message_id, &card.button_data("Взять"));
    let taken = bot.api.next_sent(OPERATORS).await;
    assert!(taken.text.contains(&op.first_name), "{taken:?}");
    bot.api.next_sent(user.chat_id()).await;
}

/// An operator writes `text` in reply to the case's card.
fn in_case(bot: &TestBot, op: &TestUser, card: &Sent, text: &str) {
    bot.api
        .send_group_text(OPERATORS, op, None, Some(card.message_id), text);
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

async fn event_kinds(bot: &TestBot, case: i64) -> Vec<String> {
    sqlx::query_scalar("SELECT kind FROM case_events WHERE case_id = ? ORDER BY id")
        .bind(case)
        .fetch_all(bot.store.pool())
        .await
        .unwrap()
}

async fn settled(bot: &TestBot) {
    bot.api.wait_updates_consumed(Duration::from_secs(10)).await;
}

#[tokio::test]
async fn tags_and_referrals_are_checked_recorded_shown_and_needed_to_close() {
    let bot = start().await;
    let user = bot.user_in(7001, "Dilnoza", Lang::Uz).await;
    let aziza = bot.api.user(201, "Aziza", Some("ru"));
    let botir = bot.api.user(202, "Botir", Some("ru"));
    let card = open_case(&bot, &user, Lang::Uz, "Savolim bor").await;
    let case = case_no(&card.text);

    // Outside a case: the command says where it works.
    bot.api
        .send_group_text(OPERATORS, &aziza, None, None, "/tag unpaid_wages");
    let nowhere = bot.api.next_sent(OPERATORS).await;
    assert_eq!(nowhere.text, bot.text(Lang::Ru, "ops-no-case"));

    // An unknown category changes nothing and lists the real ones; /tag alone lists them too.
    in_case(&bot, &aziza, &card, "/tag wages");
    let unknown = bot.api.next_sent(OPERATORS).await;
    assert!(unknown.text.contains("wages"), "{unknown:?}");
    assert!(
        unknown.text.contains("unpaid_wages (Невыплата зарплаты)"),
        "{unknown:?}"
    );
    in_case(&bot, &aziza, &card, "/tag");
    let usage = bot.api.next_sent(OPERATORS).await;
    assert!(usage.text.contains("trafficking_suspicion"), "{usage:?}");

    // Tagging a waiting case takes it; the card shows the categories.
    in_case(&bot, &aziza, &card, "/tag unpaid_wages, documents_taken");
    let taken = bot.api.next_sent(OPERATORS).await;
    assert!(taken.text.contains("Aziza"), "{taken:?}");
    bot.api.next_sent(user.chat_id()).await; // taken, to the user
    let tagged = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        tagged.text,
        bot.text_with(
            Lang::Ru,
            "ops-tagged",
            &[
                ("case", Arg::Number(case)),
                (
                    "categories",
                    Arg::Text("Забрали документы, Невыплата зарплаты".into())
                )
            ]
        )
    );
    in_case(&bot, &aziza, &card, &format!("/case {case}"));
    let shown = bot.api.next_sent(OPERATORS).await;
    assert!(
        shown
            .text
            .contains("Категории: Забрали документы, Невыплата зарплаты"),
        "{shown:?}"
    );

    // Someone else's case: refused, whatever the command.
    for command in ["/tag violence", "/refer agency-russia", "/close informed"] {
        in_case(&bot, &botir, &card, command);
        let refused = bot.api.next_sent(OPERATORS).await;
        assert_eq!(
            refused.text,
            bot.text_with(
                Lang::Ru,
                "ops-taken-by-other",
                &[
                    ("case", Arg::Number(case)),
                    ("operator", Arg::Text("Aziza".into()))
                ]
            ),
            "{command}"
        );
    }

    // An unknown organisation: nothing sent, the list (those helping with this case first).
    in_case(&bot, &aziza, &card, "/refer nowhere");
    let unknown = bot.api.next_sent(OPERATORS).await;
    assert!(unknown.text.contains("nowhere"), "{unknown:?}");
    let list = to_plain(&unknown.text);
    let first_org = list.lines().nth(1).unwrap_or_default();
    assert!(first_org.starts_with("agency-russia"), "{list}");
    // `referred` needs a referral first.
    in_case(&bot, &aziza, &card, "/close referred");
    let needs = bot.api.next_sent(OPERATORS).await;
    assert!(needs.text.contains("/refer"), "{needs:?}");
    // The user gets the organisation's contact in their language, as the source states it.
    in_case(&bot, &aziza, &card, "/refer agency-russia");
    let referral = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        referral.text,
        format!(
            "{}\n\n{}",
            bot.text_with(Lang::Uz, "referrals-intro", &[("case", Arg::Number(case))]),
            bot.text(Lang::Uz, "referrals-agency-russia")
        )
    );
    assert!(referral.text.contains("+7 925 045 4744"));
    let referred = bot.api.next_sent(OPERATORS).await;
    assert!(referred.text.contains("+7 925 045 4744"), "{referred:?}");
    in_case(&bot, &aziza, &card, "/close referred");
    let closed = bot.api.next_sent(OPERATORS).await;
    assert!(closed.text.contains("referred"), "{closed:?}");
    bot.api.next_sent(user.chat_id()).await; // thanks and the rating
    settled(&bot).await;
    bot.assert_no_more_sent(user.chat_id()).await;

    assert_eq!(
        event_kinds(&bot, case).await,
        ["opened", "taken", "tagged", "referred", "closed"]
    );
    // The reports count the closed case by category and by referral.
    let counted: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT metric, d1, count FROM daily_metrics
         WHERE metric IN ('case_category', 'case_referral') ORDER BY metric, d1",
    )
    .fetch_all(bot.store.pool())
    .await
    .unwrap();
    assert_eq!(
        counted,
        [
            ("case_category".into(), "documents_taken".into(), 1),
            ("case_category".into(), "unpaid_wages".into(), 1),
            ("case_referral".into(), "agency-russia".into(), 1),
        ]
    );
    bot.stop().await;
}

#[tokio::test]
async fn send_gives_the_page_as_the_bot_shows_it_and_snip_a_prepared_text() {
    let bot = start().await;
    // Uzbek in Cyrillic: the page comes in the user's script variant.
    let user = bot.user_in(7002, "Jasur", Lang::UzCyrl).await;
    let op = bot.api.user(203, "Gulnara", Some("ru"));
    let card = open_case(&bot, &user, Lang::UzCyrl, "Патент ҳақида").await;
    let case = case_no(&card.text);
    take(&bot, &op, &card, &user).await;

    // `/send` with a word lists the pages it finds; a word that finds none says so.
    in_case(&bot, &op, &card, "/send патент");
    let list = bot.api.next_sent(OPERATORS).await;
    assert!(list.text.contains("countries:russia_patent"), "{list:?}");
    in_case(&bot, &op, &card, "/send zzyzx");
    let none = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        none.text,
        bot.text_with(
            Lang::Ru,
            "ops-send-none",
            &[("query", Arg::Text("zzyzx".into()))]
        )
    );
    // The page, in Cyrillic Uzbek, with its buttons: exactly what the bot shows.
    in_case(&bot, &op, &card, "/send countries:russia_patent");
    let page = bot.api.next_sent(user.chat_id()).await;
    let key = bot
        .content
        .get()
        .scripts
        .get(&safar::core::script::NodeRef::new(
            "countries",
            "russia_patent",
        ))
        .unwrap()
        .text
        .clone();
    assert_eq!(page.text, bot.text(Lang::UzCyrl, &key));
    assert!(
        page.has_button(&bot.label(Lang::UzCyrl, "menu-btn-main")),
        "{page:?}"
    );
    let sent = bot.api.next_sent(OPERATORS).await;
    assert!(sent.text.contains("countries:russia_patent"), "{sent:?}");
    // Its buttons work like any page's.
    let data = page.all_buttons()[0].1.clone();
    bot.api.press_button(&user, page.message_id, &data);
    let next = bot.api.next_sent(user.chat_id()).await;
    assert!(!next.text.is_empty());

    // `/snip` alone lists the snippets; an unknown name sends nothing.
    in_case(&bot, &op, &card, "/snip");
    let snips = bot.api.next_sent(OPERATORS).await;
    assert!(snips.text.contains("keep-passport"), "{snips:?}");
    in_case(&bot, &op, &card, "/snip nothing-like-it");
    let unknown = bot.api.next_sent(OPERATORS).await;
    assert!(unknown.text.contains("nothing-like-it"), "{unknown:?}");
    in_case(&bot, &op, &card, "/snip keep-passport");
    let snip = bot.api.next_sent(user.chat_id()).await;
    let snippet = bot.content.get().snippets.render(
        Lang::UzCyrl,
        &safar::core::output::Msg::new("keep-passport"),
    );
    assert!(snip.text.ends_with(&snippet), "{snip:?}");
    assert!(snip.text.contains(&format!("#{case}")), "{snip:?}");
    bot.api.next_sent(OPERATORS).await; // sent
    settled(&bot).await;
    bot.assert_no_more_sent(user.chat_id()).await;
    let kinds = event_kinds(&bot, case).await;
    assert!(kinds.contains(&"sent_page".to_string()), "{kinds:?}");
    assert!(kinds.contains(&"snippet".to_string()), "{kinds:?}");
    bot.stop().await;
}

#[tokio::test]
async fn a_blocked_user_no_longer_reaches_the_operators_but_keeps_the_bot_and_the_emergency_numbers()
 {
    let bot = start().await;
    let user = bot.user_in(7003, "Rustam", Lang::Ru).await;
    let op = bot.api.user(204, "Aziza", Some("ru"));
    let card = open_case(&bot, &user, Lang::Ru, "вопрос").await;
    let case = case_no(&card.text);
    take(&bot, &op, &card, &user).await;

    // Without a reason: the usage, nothing blocked.
    in_case(&bot, &op, &card, "/block 24");
    let usage = bot.api.next_sent(OPERATORS).await;
    assert_eq!(usage.text, bot.text(Lang::Ru, "ops-block-usage"));

    in_case(&bot, &op, &card, "/block 24 insults and spam");
    // The user is told plainly, once, with the emergency numbers.
    let told = bot.api.next_sent(user.chat_id()).await;
    assert!(
        told.text
            .starts_with(&bot.text(Lang::Ru, "hotline-blocked")),
        "{told:?}"
    );
    assert!(
        told.text.contains(&bot.text(Lang::Ru, "emergency-generic")),
        "{told:?}"
    );
    let blocked = bot.api.next_sent(OPERATORS).await;
    assert!(blocked.text.contains(&format!("#{case}")), "{blocked:?}");

    // What they write no longer reaches the operators: the bot answers it.
    bot.api.send_text(&user, "ываолдж");
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(
        answer.text.contains(&bot.text(Lang::Ru, "faq-nothing")),
        "{answer:?}"
    );
    // Words of distress: the emergency numbers at once; the operators get nothing.
    bot.api.send_text(&user, "Меня бьют, помогите");
    let mut got = Vec::new();
    while !got
        .iter()
        .any(|t: &String| t.contains(&bot.text(Lang::Ru, "hotline-blocked")))
    {
        assert!(got.len() < 4, "{got:?}");
        got.push(bot.api.next_sent(user.chat_id()).await.text);
    }
    let all = got.join("\n");
    assert!(
        all.contains(&bot.text(Lang::Ru, "emergency-generic")),
        "{all}"
    );
    assert!(
        all.contains(&bot.text(Lang::Ru, "hotline-blocked")),
        "{all}"
    );
    assert!(!all.contains(&bot.text(Lang::Ru, "hotline-consent-confirm")));
    // The offer checker works as for anyone.
    bot.api.send_text(&user, "/check");
    bot.api.next_sent(user.chat_id()).await;
    bot.api.send_text(
        &user,
        "Работа в Корее, 3000 долларов в месяц, оплата за визу 500 долларов заранее",
    );
    let report = bot.api.next_sent(user.chat_id()).await;
    assert!(
        to_plain(&report.text).contains(&bot.first_line(Lang::Ru, "offer-risk-high")),
        "{report:?}"
    );
    // /operator: the same plain answer, no consent.
    bot.api.send_text(&user, "/operator");
    let again = bot.api.next_sent(user.chat_id()).await;
    assert!(
        again
            .text
            .starts_with(&bot.text(Lang::Ru, "hotline-blocked"))
    );
    settled(&bot).await;
    bot.assert_no_more_sent(OPERATORS).await;

    // /unblock: back in the chat with the operator.
    in_case(&bot, &op, &card, "/unblock");
    let unblocked = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        unblocked.text,
        bot.text_with(Lang::Ru, "ops-unblocked", &[("case", Arg::Number(case))])
    );
    bot.api.send_text(&user, "/operator");
    let back = bot.api.next_sent(user.chat_id()).await;
    assert_eq!(
        back.text,
        bot.text_with(Lang::Ru, "hotline-rejoined", &[("case", Arg::Number(case))])
    );
    bot.api.send_text(&user, "извините");
    let relayed = bot.api.next_sent(OPERATORS).await;
    assert!(relayed.text.contains("извините"), "{relayed:?}");
    in_case(&bot, &op, &card, "/unblock");
    let not = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        not.text,
        bot.text_with(Lang::Ru, "ops-not-blocked", &[("case", Arg::Number(case))])
    );

    let kinds = event_kinds(&bot, case).await;
    assert!(kinds.contains(&"blocked".to_string()), "{kinds:?}");
    assert!(kinds.contains(&"unblocked".to_string()), "{kinds:?}");
    let reason: String =
        sqlx::query_scalar("SELECT text FROM case_events WHERE case_id = ? AND kind = 'blocked'")
            .bind(case)
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert!(reason.ends_with("insults and spam"), "{reason}");
    let counted: i64 =
        sqlx::query_scalar("SELECT SUM(count) FROM daily_metrics WHERE metric = 'blocked'")
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(counted, 1);
    bot.stop().await;
}

#[tokio::test]
async fn queue_shows_who_has_a_case_mine_lists_mine_and_an_admin_takes_one_over() {
    let bot = start().await;
    let user = bot.user_in(7004, "Madina", Lang::Ru).await;
    let other = bot.user_in(7005, "Kamola", Lang::Ru).await;
    let aziza = bot.api.user(205, "Aziza", Some("ru"));
    let botir = bot.api.user(206, "Botir", Some("ru"));
    let admin = bot.api.user(ADMIN, "Admin", Some("ru"));
    let card = open_case(&bot, &user, Lang::Ru, "вопрос по документам").await;
    let case = case_no(&card.text);
    let waiting = case_no(&open_case(&bot, &other, Lang::Ru, "вопрос").await.text);
    take(&bot, &aziza, &card, &user).await;

    // /queue: the waiting case, and the taken one with who has it.
    bot.api
        .send_group_text(OPERATORS, &botir, None, None, "/queue");
    let queue = bot.api.next_sent(OPERATORS).await;
    let plain = to_plain(&queue.text);
    assert!(plain.contains(&format!("#{waiting} ·")), "{plain}");
    let line = plain
        .lines()
        .find(|l| l.starts_with(&format!("#{case} ")))
        .unwrap_or_else(|| panic!("{plain}"));
    assert!(line.ends_with("Aziza"), "{line}");

    // /mine: Aziza's cases.
    bot.api
        .send_group_text(OPERATORS, &aziza, None, None, "/mine");
    let mine = bot.api.next_sent(OPERATORS).await;
    assert!(mine.text.contains(&format!("#{case} ")), "{mine:?}");
    assert!(!mine.text.contains(&format!("#{waiting} ")), "{mine:?}");

    // Only an admin takes a case over.
    bot.api
        .send_group_text(OPERATORS, &botir, None, None, &format!("/take {case}"));
    let refused = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        refused.text,
        bot.text_with(
            Lang::Ru,
            "ops-take-admins-only",
            &[("case", Arg::Number(case))]
        )
    );
    bot.api
        .send_group_text(OPERATORS, &admin, None, None, "/take");
    let usage = bot.api.next_sent(OPERATORS).await;
    assert_eq!(usage.text, bot.text(Lang::Ru, "ops-take-usage"));
    bot.api
        .send_group_text(OPERATORS, &admin, None, None, "/take 999");
    let missing = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        missing.text,
        bot.text_with(
            Lang::Ru,
            "ops-case-not-found",
            &[("case", Arg::Number(999))]
        )
    );
    bot.api
        .send_group_text(OPERATORS, &admin, None, None, &format!("/take {case}"));
    let over = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        over.text,
        bot.text_with(
            Lang::Ru,
            "ops-taken-over",
            &[
                ("case", Arg::Number(case)),
                ("operator", Arg::Text("Admin".into())),
                ("previous", Arg::Text("Aziza".into()))
            ]
        )
    );
    // The admin answers; the colleague no longer can.
    in_case(&bot, &admin, &card, "Я продолжу");
    let answer = bot.api.next_sent(user.chat_id()).await;
    assert!(answer.text.contains("Я продолжу"), "{answer:?}");
    in_case(&bot, &aziza, &card, "я тоже тут");
    let not_hers = bot.api.next_sent(OPERATORS).await;
    assert!(not_hers.text.contains("Admin"), "{not_hers:?}");
    // A waiting case taken with /take is simply taken.
    bot.api
        .send_group_text(OPERATORS, &admin, None, None, &format!("/take {waiting}"));
    let taken = bot.api.next_sent(OPERATORS).await;
    assert!(taken.text.contains("Admin"), "{taken:?}");
    bot.api.next_sent(other.chat_id()).await;
    settled(&bot).await;
    bot.assert_no_more_sent(user.chat_id()).await;

    assert_eq!(
        event_kinds(&bot, case).await,
        ["opened", "taken", "taken_over", "operator_message"]
    );
    let by: (i64, String) =
        sqlx::query_as("SELECT operator_id, operator_name FROM cases WHERE id = ?")
            .bind(case)
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(by, (ADMIN, "Admin".to_string()));
    bot.stop().await;
}

#[tokio::test]
async fn a_confirmed_scam_report_makes_a_later_offer_with_the_same_number_high() {
    let bot = start().await;
    let reporter = bot.user_in(7006, "Sardor", Lang::Uz).await;
    let later = bot.user_in(7007, "Nodira", Lang::Ru).await;
    let op = bot.api.user(207, "Aziza", Some("ru"));
    let outsider = bot.user_in(7008, "Stranger", Lang::Uz).await;

    // An offer with a phone and a handle: "Report this offer" under the report.
    let offer =
        "Koreyada zavodda ish, oylik 1500 dollar. Tel: +998 90 123-45-67, Telegram @Korea_Ish_Tez";
    bot.api.send_text(&reporter, offer);
    let report = bot.api.next_sent(reporter.chat_id()).await;
    let ask = bot
        .tap(&reporter, &report, Lang::Uz, "offer-btn-report")
        .await;
    // What would be sent, before anything is: the contacts only.
    assert!(ask.text.contains("+998901234567"), "{ask:?}");
    assert!(ask.text.contains("@korea_ish_tez"), "{ask:?}");
    assert!(!ask.text.contains("zavodda"), "{ask:?}");
    let sent = bot
        .tap(&reporter, &ask, Lang::Uz, "offer-report-btn-contacts")
        .await;
    let number = case_no(&sent.text);
    assert_eq!(
        sent.text,
        bot.text_with(
            Lang::Uz,
            "offer-report-sent",
            &[("report", Arg::Number(number))]
        )
    );
    // The operators get a card with the contacts, not the text, and no name.
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains(&format!("#{number}")), "{card:?}");
    assert!(card.text.contains("+998901234567"), "{card:?}");
    assert!(!card.text.contains("zavodda"), "{card:?}");
    assert!(!card.text.contains("Sardor"), "{card:?}");
    assert!(
        card.text.contains(&format!("/confirm {number}")),
        "{card:?}"
    );

    // Nobody outside the group can confirm.
    bot.api.send_text(&outsider, &format!("/confirm {number}"));
    let no = bot.api.next_sent(outsider.chat_id()).await;
    assert!(
        no.text
            .contains(&bot.text(Lang::Uz, "common-unknown-command"))
    );
    // Refusals: no number, an unknown report.
    bot.api
        .send_group_text(OPERATORS, &op, None, None, "/confirm");
    let usage = bot.api.next_sent(OPERATORS).await;
    assert_eq!(usage.text, bot.text(Lang::Ru, "ops-report-usage"));
    bot.api
        .send_group_text(OPERATORS, &op, None, None, "/confirm 999");
    let unknown = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        unknown.text,
        bot.text_with(
            Lang::Ru,
            "ops-report-not-found",
            &[("report", Arg::Number(999))]
        )
    );
    bot.api.send_group_text(
        OPERATORS,
        &op,
        None,
        None,
        &format!("/confirm {number} Korea factory scam"),
    );
    let confirmed = bot.api.next_sent(OPERATORS).await;
    assert!(confirmed.text.contains("+998901234567"), "{confirmed:?}");
    bot.api
        .send_group_text(OPERATORS, &op, None, None, &format!("/reject {number}"));
    let decided = bot.api.next_sent(OPERATORS).await;
    assert!(decided.text.contains("confirmed"), "{decided:?}");

    // Another user, another offer, the same number written another way: high, with the line.
    let again = "Работа на складе в Ташкенте, звоните 998901234567";
    bot.api.send_text(&later, "/check");
    bot.api.next_sent(later.chat_id()).await;
    bot.api.send_text(&later, again);
    let rated = bot.api.next_sent(later.chat_id()).await;
    assert!(
        to_plain(&rated.text).starts_with(&bot.first_line(Lang::Ru, "offer-risk-high")),
        "{rated:?}"
    );
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let line = bot.text_with(
        Lang::Ru,
        "offer-flag-hotline-confirmed-title",
        &[
            ("evidence", Arg::Text("998901234567".into())),
            ("times", Arg::Text("1".into())),
            ("date", Arg::Text(today.clone())),
        ],
    );
    assert!(rated.text.contains(&line), "{rated:?}\n{line}");

    // `safar registry export` writes it in the registry's format.
    let rows = bot.store.reported_contacts().await.unwrap();
    let yaml = safar::cli::registry::export_yaml(&rows, &today);
    assert!(yaml.contains("value: \"+998901234567\""), "{yaml}");
    assert!(yaml.contains("value: \"korea_ish_tez\""), "{yaml}");
    assert!(yaml.contains("Korea factory scam"), "{yaml}");

    // /unconfirm (in any written form) takes it off: the same offer is no longer high for it.
    bot.api
        .send_group_text(OPERATORS, &op, None, None, "/unconfirm +998 (90) 123 45 67");
    let off = bot.api.next_sent(OPERATORS).await;
    assert!(off.text.contains("+998901234567"), "{off:?}");
    bot.api.send_text(&later, "/check");
    bot.api.next_sent(later.chat_id()).await;
    bot.api.send_text(&later, again);
    let plain = bot.api.next_sent(later.chat_id()).await;
    assert!(!plain.text.contains(&line), "{plain:?}");
    bot.api
        .send_group_text(OPERATORS, &op, None, None, "/unconfirm +998 90 123 45 67");
    let gone = bot.api.next_sent(OPERATORS).await;
    assert!(gone.text.contains("+998901234567"), "{gone:?}");
    assert_ne!(gone.text, off.text);

    let counted: Vec<(String, i64)> = sqlx::query_as(
        "SELECT d1, SUM(count) FROM daily_metrics WHERE metric = 'scam_report' GROUP BY d1 ORDER BY d1",
    )
    .fetch_all(bot.store.pool())
    .await
    .unwrap();
    assert_eq!(
        counted,
        [("confirmed".to_string(), 1), ("pending".to_string(), 1)]
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_scam_report_with_the_text_only_when_the_user_chooses_it() {
    let bot = start().await;
    let user = bot.user_in(7009, "Jamshid", Lang::Kaa).await;
    let offer = "Polshada ishi bar, aylıq 2000 dollar, aldınnan 300 dollar tóleysiz. @polsha_ish";
    bot.api.send_text(&user, offer);
    let report = bot.api.next_sent(user.chat_id()).await;
    let ask = bot.tap(&user, &report, Lang::Kaa, "offer-btn-report").await;
    bot.tap(&user, &ask, Lang::Kaa, "offer-report-btn-text")
        .await;
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains("@polsha_ish"), "{card:?}");
    assert!(card.text.contains("Polshada ishi bar"), "{card:?}");
    // The button again, later: the offer is no longer kept, nothing is sent twice.
    let data = ask.button_data(&bot.label(Lang::Kaa, "offer-report-btn-text"));
    bot.api.press_button(&user, ask.message_id, &data);
    let stale = bot.api.next_sent(user.chat_id()).await;
    assert!(stale.text.contains(&bot.text(Lang::Kaa, "menu-stale")));
    settled(&bot).await;
    bot.assert_no_more_sent(OPERATORS).await;
    let reports: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM scam_reports")
        .fetch_one(bot.store.pool())
        .await
        .unwrap();
    assert_eq!(reports, 1);
    bot.stop().await;
}

#[tokio::test]
async fn a_confirmed_company_name_makes_a_later_offer_naming_it_in_another_spelling_high() {
    let bot = start().await;
    let reporter = bot.user_in(7011, "Dilnoza", Lang::Uz).await;
    let later = bot.user_in(7012, "Olga", Lang::Ru).await;
    let third = bot.user_in(7013, "Baxtiyor", Lang::Uz).await;
    let op = bot.api.user(208, "Aziza", Some("ru"));
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();

    // An offer naming a company with its legal form: the report offers to send its name.
    let offer = "«Global Work» MChJ Koreyaga zavodga ishchilar olib ketadi, oylik 2000 dollar, \
                 oldindan 500 dollar toʻlov. Tel: +998 90 111 22 33";
    bot.api.send_text(&reporter, "/check");
    bot.api.next_sent(reporter.chat_id()).await;
    bot.api.send_text(&reporter, offer);
    let report = bot.api.next_sent(reporter.chat_id()).await;
    let ask = bot
        .tap(&reporter, &report, Lang::Uz, "offer-btn-report")
        .await;
    assert!(ask.text.contains("Global Work"), "{ask:?}");
    assert!(ask.text.contains("+998901112233"), "{ask:?}");
    let sent = bot
        .tap(&reporter, &ask, Lang::Uz, "offer-report-btn-contacts")
        .await;
    let number = case_no(&sent.text);
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains("Global Work"), "{card:?}");
    assert!(card.text.contains("+998901112233"), "{card:?}");
    // The name is counted under one key, however it will be written next time.
    let stored: (String, String, i64) =
        sqlx::query_as("SELECT value, written, times FROM reported_contacts WHERE kind = 'name'")
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(stored, ("global vork".into(), "Global Work".into(), 1));

    // The operator confirms: the name is listed as the report wrote it.
    bot.api
        .send_group_text(OPERATORS, &op, None, None, &format!("/confirm {number}"));
    let confirmed = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        confirmed.text,
        bot.text_with(
            Lang::Ru,
            "ops-report-confirmed",
            &[
                ("report", Arg::Number(number)),
                ("contacts", Arg::Text("+998901112233\nGlobal Work".into())),
                ("operator", Arg::Text("Aziza".into())),
            ]
        )
    );

    // Another user writes the company in capitals with another legal form: high, with the line.
    let line = |evidence: &str, lang: Lang| {
        bot.text_with(
            lang,
            "offer-flag-hotline-confirmed-name-title",
            &[
                ("evidence", Arg::Text(evidence.into())),
                ("times", Arg::Text("1".into())),
                ("date", Arg::Text(today.clone())),
            ],
        )
    };
    let again = "GLOBAL WORK LLC приглашает на склад в Польше, зарплата 1100 евро";
    bot.api.send_text(&later, "/check");
    bot.api.next_sent(later.chat_id()).await;
    bot.api.send_text(&later, again);
    let rated = bot.api.next_sent(later.chat_id()).await;
    assert!(
        to_plain(&rated.text).starts_with(&bot.first_line(Lang::Ru, "offer-risk-high")),
        "{rated:?}"
    );
    assert!(
        rated.text.contains(&line("GLOBAL WORK", Lang::Ru)),
        "{rated:?}"
    );
    // A third in Uzbek Cyrillic transliteration of the name, without quotes or legal form.
    let cyrillic = "Глобал Ворк Польшада ишчилар учун иш таклиф қилади";
    bot.api.send_text(&third, "/check");
    bot.api.next_sent(third.chat_id()).await;
    bot.api.send_text(&third, cyrillic);
    let rated = bot.api.next_sent(third.chat_id()).await;
    assert!(
        to_plain(&rated.text).starts_with(&bot.first_line(Lang::Uz, "offer-risk-high")),
        "{rated:?}"
    );
    assert!(
        rated.text.contains(&line("Глобал Ворк", Lang::Uz)),
        "{rated:?}"
    );

    // `safar registry export` writes it as a reported name as the report wrote it, not as an
    // agency with a licence status.
    let rows = bot.store.reported_contacts().await.unwrap();
    let yaml = safar::cli::registry::export_yaml(&rows, &today);
    assert!(
        yaml.contains("  - kind: name\n    value: \"Global Work\"\n"),
        "{yaml}"
    );
    assert!(!yaml.contains("agencies:"), "{yaml}");
    // `safar offer --database` on the bot's database says the same as the bot.
    let out = common::bin::run_with_stdin(
        {
            let mut cmd = common::bin::safar();
            cmd.args(["offer", "--lang", "ru", "--database", &bot.db_url]);
            cmd
        },
        again,
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{printed}");
    assert!(
        printed.contains(&to_plain(&line("GLOBAL WORK", Lang::Ru))),
        "{printed}"
    );

    // /unconfirm in yet another spelling takes it off; the same offer is no longer high for it.
    bot.api
        .send_group_text(OPERATORS, &op, None, None, "/unconfirm ООО \"Глобал Ворк\"");
    let off = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        off.text,
        bot.text_with(
            Lang::Ru,
            "ops-unconfirmed",
            &[("contact", Arg::Text("ООО \"Глобал Ворк\"".into()))]
        )
    );
    bot.api.send_text(&later, "/check");
    bot.api.next_sent(later.chat_id()).await;
    bot.api.send_text(&later, again);
    let plain = bot.api.next_sent(later.chat_id()).await;
    assert!(
        !plain.text.contains(&line("GLOBAL WORK", Lang::Ru)),
        "{plain:?}"
    );
    bot.api
        .send_group_text(OPERATORS, &op, None, None, "/unconfirm Global Work");
    let gone = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        gone.text,
        bot.text_with(
            Lang::Ru,
            "ops-unconfirm-unknown",
            &[("contact", Arg::Text("Global Work".into()))]
        )
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_generic_company_name_is_sent_but_cannot_be_confirmed() {
    let bot = start().await;
    let reporter = bot.user_in(7014, "Sanjar", Lang::Uz).await;
    let op = bot.api.user(209, "Aziza", Some("ru"));
    let offer = "«Xalqaro Ish» agentligi Koreyaga ishchilar olib ketadi, oldindan 700 dollar. \
                 Tel: +998 93 555 44 33";
    bot.api.send_text(&reporter, "/check");
    bot.api.next_sent(reporter.chat_id()).await;
    bot.api.send_text(&reporter, offer);
    let report = bot.api.next_sent(reporter.chat_id()).await;
    let ask = bot
        .tap(&reporter, &report, Lang::Uz, "offer-btn-report")
        .await;
    assert!(ask.text.contains("Xalqaro Ish"), "{ask:?}");
    let sent = bot
        .tap(&reporter, &ask, Lang::Uz, "offer-report-btn-contacts")
        .await;
    let number = case_no(&sent.text);
    // The card says at once that the name is too generic to warn by.
    let refused = bot.text_with(
        Lang::Ru,
        "ops-name-refused-generic",
        &[("name", Arg::Text("Xalqaro Ish".into()))],
    );
    let card = bot.api.next_sent(OPERATORS).await;
    assert!(card.text.contains(&refused), "{card:?}\n{refused}");
    // Confirmed: the phone is, the name is refused again and is not stored.
    bot.api
        .send_group_text(OPERATORS, &op, None, None, &format!("/confirm {number}"));
    let confirmed = bot.api.next_sent(OPERATORS).await;
    assert!(confirmed.text.contains("+998935554433"), "{confirmed:?}");
    assert!(!confirmed.text.contains("Xalqaro"), "{confirmed:?}");
    let again = bot.api.next_sent(OPERATORS).await;
    assert_eq!(again.text, refused);
    let names: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM reported_contacts WHERE kind = 'name'")
            .fetch_one(bot.store.pool())
            .await
            .unwrap();
    assert_eq!(names, 0);
    // A generic name typed to /unconfirm is simply not among the confirmed.
    bot.api
        .send_group_text(OPERATORS, &op, None, None, "/unconfirm Ish agentligi");
    let unknown = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        unknown.text,
        bot.text_with(
            Lang::Ru,
            "ops-unconfirm-unknown",
            &[("contact", Arg::Text("Ish agentligi".into()))]
        )
    );
    settled(&bot).await;
    bot.assert_no_more_sent(OPERATORS).await;
    bot.stop().await;
}

#[tokio::test]
async fn a_name_of_a_report_recorded_before_names_were_confirmable_is_confirmed_with_it() {
    let bot = start().await;
    let op = bot.api.user(210, "Aziza", Some("ru"));
    // A pending report as earlier versions stored it: the name only as written.
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO scam_reports (lang, contacts, names, risk, created_at)
         VALUES ('uz', '[]', 'Global Work', 'high', '2026-12-01T10:00:00Z') RETURNING id",
    )
    .fetch_one(bot.store.pool())
    .await
    .unwrap();
    bot.api
        .send_group_text(OPERATORS, &op, None, None, &format!("/confirm {id}"));
    let confirmed = bot.api.next_sent(OPERATORS).await;
    assert_eq!(
        confirmed.text,
        bot.text_with(
            Lang::Ru,
            "ops-report-confirmed",
            &[
                ("report", Arg::Number(id)),
                ("contacts", Arg::Text("Global Work".into())),
                ("operator", Arg::Text("Aziza".into())),
            ]
        )
    );
    let row: (String, i64, Option<String>) = sqlx::query_as(
        "SELECT written, times, confirmed_by_name FROM reported_contacts WHERE kind = 'name'",
    )
    .fetch_one(bot.store.pool())
    .await
    .unwrap();
    assert_eq!(row, ("Global Work".into(), 1, Some("Aziza".into())));
    bot.stop().await;
}
