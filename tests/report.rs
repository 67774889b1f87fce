//! The NGO's report, from a database seeded through the real engine and application: users
//! from several campaigns in three languages, pages, typed questions, the quiz, offer checks,
//! words of distress, cases taken, closed and rated. Every figure of the text report and of
//! the CSV files is checked; the HTML page carries the same numbers and nothing from outside.
//!
//! `SAFAR_REPORT_HTML=FILE cargo test --test report` also writes the page to FILE (the CI
//! takes a screenshot of it in a real browser: `.ci/report-screenshot.sh`);
//! `SAFAR_REPORT_DB=FILE` keeps the seeded database.

mod common;

use std::collections::HashMap;

use chrono::NaiveDate;
use common::harness::{hotline_config, shipped_content};
use safar::app::report::{Report, ReportRequest, render_csv, render_html, render_text};
use safar::app::{App, Incoming};
use safar::content::{Content, ContentHandle};
use safar::core::input::Input;
use safar::core::operators::{CaseOutcome, OpCommand, OperatorEvent, OperatorInput};
use safar::lang::Lang;
use safar::store::{OutboxRow, Store, UserKey};

const OFFER: &str = "Срочно! Работа в Корее на заводе, зарплата 5000$ в месяц. Оплата за визу \
                     1000$ вперёд, паспорт оставите у работодателя. Пишите только в Telegram \
                     @job_korea";

struct Seed {
    app: App,
    store: Store,
    /// Telegram message ids handed out by the pretend delivery.
    next_message: i32,
    /// The first message of each case in the operators' group (to reply to).
    card: HashMap<i64, i32>,
    sent: i64,
}

impl Seed {
    async fn new(url: &str) -> Seed {
        let (content, _) = Content::load(&shipped_content()).unwrap();
        let content = ContentHandle::new(content, shipped_content());
        let store = Store::open(url).await.unwrap();
        let app = App::new(content, store.clone(), []).with_hotline(hotline_config());
        Seed {
            app,
            store,
            next_message: 100,
            card: HashMap::new(),
            sent: 0,
        }
    }

    /// What the Telegram adapter does once Telegram has taken each message.
    async fn deliver(&mut self, rows: Vec<OutboxRow>) {
        for row in rows {
            self.next_message += 1;
            let id = self.next_message;
            if row.message.to_operators
                && let Some(case) = row.message.case_id
            {
                self.card.entry(case).or_insert(id);
                self.store.mark_sent_in_case(row.id, id, 1).await.unwrap();
            } else {
                self.store.mark_sent(row.id, id, 1).await.unwrap();
            }
            self.sent += 1;
        }
    }

    /// The user sends `input`; returns the callback data of the buttons they got.
    async fn user(&mut self, id: i64, input: Input) -> Vec<String> {
        let key = UserKey {
            user_id: id,
            chat_id: id,
        };
        let mut incoming = Incoming::new(key, Some("ru".into()), input);
        incoming.first_name = Some(format!("User{id}"));
        let done = self.app.handle_for_delivery(incoming).await;
        assert!(done.direct.is_empty(), "no apology: {:?}", done.direct);
        let buttons = done
            .rows
            .iter()
            .filter(|r| !r.message.to_operators)
            .flat_map(|r| r.message.keyboard.iter().flatten().map(|b| b.1.clone()))
            .collect();
        self.deliver(done.rows).await;
        buttons
    }

    async fn text(&mut self, id: i64, text: &str) -> Vec<String> {
        self.user(id, Input::from_text(text)).await
    }

    async fn press(&mut self, id: i64, data: &str) -> Vec<String> {
        self.user(id, Input::Button(data.into())).await
    }

    async fn operator(&mut self, case: i64, input: OperatorInput) {
        let rows = self
            .app
            .handle_operator(OperatorEvent {
                operator_id: 201,
                operator_name: "Aziza".into(),
                message_id: 1,
                thread_id: None,
                reply_to: Some(self.card[&case]),
                caption: None,
                html: None,
                input,
            })
            .await;
        self.deliver(rows).await;
    }

    /// `/operator` (or words of distress already sent), agree, describe: the case number.
    async fn open_case(&mut self, id: i64, first: &str) -> i64 {
        let buttons = self.text(id, first).await;
        assert!(buttons.iter().any(|b| b == "h:agree"), "{buttons:?}");
        self.press(id, "h:agree").await;
        self.text(id, "описание").await;
        self.store.open_case_of(id).expect("a case is open")
    }

    async fn take_close_rate(&mut self, user: i64, case: i64, outcome: &str, stars: u8) {
        self.operator(case, OperatorInput::Button(format!("t:{case}")))
            .await;
        // What the case was about (a case closes only with a category), and where the user was
        // sent for a `referred` one.
        let category = if outcome == "referred" {
            "documents_taken"
        } else {
            "violence"
        };
        self.operator(
            case,
            OperatorInput::Command(OpCommand::Tag(vec![category.into()])),
        )
        .await;
        if outcome == "referred" {
            self.operator(
                case,
                OperatorInput::Command(OpCommand::Refer(Some("agency-russia".into()))),
            )
            .await;
        }
        self.operator(
            case,
            OperatorInput::Command(OpCommand::Close(CaseOutcome::parse(outcome))),
        )
        .await;
        self.press(user, &format!("h:rate:{case}:{stars}")).await;
    }
}

/// Five users, three campaigns (and none), three languages; three cases.
async fn seed(url: &str) -> Seed {
    let mut s = Seed::new(url).await;
    // 1 (tv, ru): the menu, a topic page, one answered question, one that finds nothing,
    // then asks for a person (the case stays waiting).
    s.text(1, "/start tv").await;
    s.press(1, "l:ru").await;
    s.press(1, "b:main/menu/1").await;
    s.text(1, "патент").await;
    s.text(1, "ываолдж").await;
    // 2 (tv, uz): checks an offer, then hands it to the hotline.
    s.text(2, "/start tv").await;
    s.press(2, "l:uz").await;
    s.press(2, "b:main/menu/0").await;
    s.text(2, OFFER).await;
    // 3 (radio, kaa): the whole quiz, always the first answer (4 right, 4 wrong).
    s.text(3, "/start radio").await;
    s.press(3, "l:kaa").await;
    let mut buttons = s.press(3, "b:main/menu/5").await;
    for _ in 0..17 {
        buttons = s.press(3, &buttons[0]).await;
    }
    // 4 (no campaign, ru): words of distress; an urgent case.
    s.text(4, "/start").await;
    s.press(4, "l:ru").await;
    // 5 (tv): never chooses a language; later found to have blocked the bot.
    s.text(5, "/start tv").await;

    let high = s.open_case(2, "/operator").await;
    let urgent = s.open_case(4, "паспорт забрали").await;
    let waiting = s.open_case(1, "/operator").await;
    s.take_close_rate(2, high, "referred", 5).await;
    s.take_close_rate(4, urgent, "informed", 4).await;
    s.store.mark_unreachable(5).await.unwrap();

    // Known times for the hotline figures (office hours Mon–Fri 09:00–18:00 +05:00):
    // the high case on Monday 10:00 local, taken after 12 minutes, closed after 2 hours;
    // the urgent one on Sunday evening, taken after 95 minutes, closed after 5 hours.
    for (case, created, taken, closed) in [
        (
            high,
            "2026-11-30T05:00:00Z",
            Some("2026-11-30T05:12:00Z"),
            Some("2026-11-30T07:00:00Z"),
        ),
        (
            urgent,
            "2026-11-29T15:00:00Z",
            Some("2026-11-29T16:35:00Z"),
            Some("2026-11-29T20:00:00Z"),
        ),
        (waiting, "2026-11-30T06:00:00Z", None, None),
    ] {
        sqlx::query(
            "UPDATE cases SET created_at = ?2, taken_at = ?3, closed_at = ?4 WHERE id = ?1",
        )
        .bind(case)
        .bind(created)
        .bind(taken)
        .bind(closed)
        .execute(s.store.pool())
        .await
        .unwrap();
    }
    s
}

fn request(campaign: Option<&str>) -> ReportRequest {
    ReportRequest {
        from: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
        to: chrono::Utc::now().date_naive(),
        campaign: campaign.map(str::to_string),
        office: Default::default(),
    }
}

#[tokio::test]
async fn the_report_counts_what_happened_without_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    // SAFAR_REPORT_DB=FILE keeps the seeded database there (to try `safar report` on it).
    let path = std::env::var("SAFAR_REPORT_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| dir.path().join("safar.db"));
    let _ = std::fs::remove_file(&path);
    let url = format!("sqlite:{}", path.display());
    let s = seed(&url).await;
    let mut report = Report::load(&s.store, &request(None)).await.unwrap();
    let content = s.app.content().get();
    report.name_ids(&content, Lang::Ru);
    let text = render_text(&report, &content.texts, Lang::Ru);
    let to = chrono::Utc::now().date_naive();
    let expected = format!(
        "Safar: отчёт
Период: 2026-11-29 — {to}
Новые пользователи: 5
Вопросы, набранные текстом: 1 с ответом, 0 с вариантами, 1 без ответа
Тест: начали 1, прошли до конца 1; верных ответов 4 из 8
Тест пройден до конца: 0–2 верных из 8 — 0, 3–5 — 1, 6–8 — 0
Проверки вакансий: 1 (низкий риск 0, средний 0, высокий 1)
Сообщения со словами о беде: 1
Обращений на горячую линию: 3 (срочных 1, высоких 1, обычных 1)
Взяты в работу (открыты в рабочие часы): 1, медиана 12 мин, 90% — до 12 мин
Взяты в работу (открыты вне рабочих часов): 1, медиана 95 мин, 90% — до 95 мин
Закрыты: 2, медиана 120 мин, 90% — до 300 мин
Оценки: 1★ 0, 2★ 0, 3★ 0, 4★ 1, 5★ 1; средняя 4.5
Напоминаний операторам: 0
Сообщений отправлено: {sent}, не доставлено: 0; заблокировали бота: 1
Заблокировано пользователей: 0; сообщений о мошенничестве: 0, подтверждено: 0, отклонено: 0

Новые пользователи по кампаниям
  tv: 3
  (без кампании): 1
  radio: 1

Выбранный язык
  ru: 2
  kaa: 1
  uz: 1

Воронка кампаний
  tv
    Начали: 3 (100%)
    Выбрали язык: 2 (67%)
    Открыли тему: 1 (33%)
    Проверили вакансию или прошли тест: 1 (33%)
    Обратились к человеку: 2 (67%)
  (без кампании)
    Начали: 1 (100%)
    Выбрали язык: 1 (100%)
    Открыли тему: 0 (0%)
    Проверили вакансию или прошли тест: 0 (0%)
    Обратились к человеку: 1 (100%)
  radio
    Начали: 1 (100%)
    Выбрали язык: 1 (100%)
    Открыли тему: 1 (100%)
    Проверили вакансию или прошли тест: 1 (100%)
    Обратились к человеку: 0 (0%)

Частые тревожные признаки
  Хотят забрать ваш паспорт: 1
  Только через мессенджер: 1
  Обещают очень большую зарплату: 1
  Просят деньги вперёд: 1
  Торопят: 1

Обращения по итогу
  ещё открыто: 1
  проинформирован: 1
  направлен в организацию: 1

Закрытые обращения по категориям
  Забрали документы: 1
  Насилие или угрозы: 1

Закрытые обращения по направлениям
  Migration Agency office in Russia (Moscow): 1

Самые открываемые страницы
  before/start: 1
  countries/russia_patent: 1
  quiz/end: 1
  quiz/q1: 1
  quiz/q1_wrong: 1
  quiz/q2: 1
  quiz/q2_right: 1
  quiz/q3: 1
  quiz/q3_right: 1
  quiz/q4: 1

В отчёте нет личных данных: только числа.
",
        sent = s.sent
    );
    assert_eq!(text, expected, "{text}");
    // 62 messages: every reply, card and notice the seed's steps produced.
    assert_eq!(s.sent, 62);

    let csv: HashMap<String, String> = render_csv(&report)
        .into_iter()
        .map(|(name, bytes)| {
            let text = String::from_utf8(bytes).unwrap();
            let text = text.strip_prefix('\u{feff}').expect("a BOM for Excel");
            (name, text.to_string())
        })
        .collect();
    assert_eq!(
        csv["funnel.csv"],
        "campaign,started,chose_language,opened_topic,checked_offer_or_finished_quiz,asked_for_person\r\n\
         tv,3,2,1,1,2\r\n\
         ,1,1,0,0,1\r\n\
         radio,1,1,1,1,0\r\n"
    );
    assert_eq!(
        csv["cases.csv"],
        "case,priority,lang,status,outcome,rating,offer_risk,created_at,taken_at,closed_at,minutes_to_take,minutes_to_close,reminders\r\n\
         1,high,uz,closed,referred,5,high,2026-11-30T05:00:00Z,2026-11-30T05:12:00Z,2026-11-30T07:00:00Z,12,120,0\r\n\
         2,urgent,ru,closed,informed,4,,2026-11-29T15:00:00Z,2026-11-29T16:35:00Z,2026-11-29T20:00:00Z,95,300,0\r\n\
         3,normal,ru,waiting,,,,2026-11-30T06:00:00Z,,,,,0\r\n"
    );
    let day = chrono::Utc::now().date_naive();
    // Each row once a day: a new user's campaign, a stage reached, a page, an answer…
    assert_eq!(
        csv["daily_metrics.csv"],
        format!(
            "day,metric,d1,d2,count\r\n\
         {day},case_category,documents_taken,,1\r\n\
         {day},case_category,violence,,1\r\n\
         {day},case_closed,informed,,1\r\n\
         {day},case_closed,referred,,1\r\n\
         {day},case_opened,high,uz,1\r\n\
         {day},case_opened,normal,ru,1\r\n\
         {day},case_opened,urgent,ru,1\r\n\
         {day},case_rated,4,,1\r\n\
         {day},case_rated,5,,1\r\n\
         {day},case_referral,agency-russia,,1\r\n\
         {day},distress,ru,,1\r\n\
         {day},funnel,,language,1\r\n\
         {day},funnel,,person,1\r\n\
         {day},funnel,,start,1\r\n\
         {day},funnel,radio,check,1\r\n\
         {day},funnel,radio,language,1\r\n\
         {day},funnel,radio,start,1\r\n\
         {day},funnel,radio,topic,1\r\n\
         {day},funnel,tv,check,1\r\n\
         {day},funnel,tv,language,2\r\n\
         {day},funnel,tv,person,2\r\n\
         {day},funnel,tv,start,3\r\n\
         {day},funnel,tv,topic,1\r\n\
         {day},lang_chosen,,ru,1\r\n\
         {day},lang_chosen,radio,kaa,1\r\n\
         {day},lang_chosen,tv,ru,1\r\n\
         {day},lang_chosen,tv,uz,1\r\n\
         {day},message,sent,case_card,3\r\n\
         {day},message,sent,case_closed,2\r\n\
         {day},message,sent,case_offer,1\r\n\
         {day},message,sent,case_opened,3\r\n\
         {day},message,sent,case_rated,2\r\n\
         {day},message,sent,case_taken,4\r\n\
         {day},message,sent,ops_reply,5\r\n\
         {day},message,sent,referral,1\r\n\
         {day},message,sent,reply,41\r\n\
         {day},offer_flag,document_retention,,1\r\n\
         {day},offer_flag,messenger_only,,1\r\n\
         {day},offer_flag,unrealistic_pay,,1\r\n\
         {day},offer_flag,upfront_fee,,1\r\n\
         {day},offer_flag,urgency,,1\r\n\
         {day},offer_risk,high,uz,1\r\n\
         {day},page,before,start,1\r\n\
         {day},page,countries,russia_patent,1\r\n\
         {day},page,quiz,end,1\r\n\
         {day},page,quiz,q1,1\r\n\
         {day},page,quiz,q1_wrong,1\r\n\
         {day},page,quiz,q2,1\r\n\
         {day},page,quiz,q2_right,1\r\n\
         {day},page,quiz,q3,1\r\n\
         {day},page,quiz,q3_right,1\r\n\
         {day},page,quiz,q4,1\r\n\
         {day},page,quiz,q4_wrong,1\r\n\
         {day},page,quiz,q5,1\r\n\
         {day},page,quiz,q5_right,1\r\n\
         {day},page,quiz,q6,1\r\n\
         {day},page,quiz,q6_wrong,1\r\n\
         {day},page,quiz,q7,1\r\n\
         {day},page,quiz,q7_right,1\r\n\
         {day},page,quiz,q8,1\r\n\
         {day},page,quiz,q8_wrong,1\r\n\
         {day},page,quiz,start,1\r\n\
         {day},question,answered,ru,1\r\n\
         {day},question,not_found,ru,1\r\n\
         {day},quiz,finished,,1\r\n\
         {day},quiz,started,,1\r\n\
         {day},quiz_answer,right,,4\r\n\
         {day},quiz_answer,wrong,,4\r\n\
         {day},quiz_score,3-5,,1\r\n\
         {day},unreachable,,,1\r\n\
         {day},user_new,,,1\r\n\
         {day},user_new,radio,,1\r\n\
         {day},user_new,tv,,3\r\n"
        )
    );
    // No user id, no name, no text anywhere.
    for (name, table) in &csv {
        for secret in ["User", "описание", "Корее", "паспорт"] {
            assert!(!table.contains(secret), "{name} holds {secret}");
        }
    }

    let html = render_html(&report, &content.texts, Lang::Ru);
    if let Ok(path) = std::env::var("SAFAR_REPORT_HTML") {
        std::fs::write(path, &html).unwrap();
    }
    // Self-contained: nothing loaded from anywhere.
    for outside in ["http", "<script", "<link", "@import", "url(", "src="] {
        assert!(!html.contains(outside), "the page refers to {outside}");
    }
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Two more since #17: closed cases by category and by referral.
    assert_eq!(html.matches("<svg").count(), 9);
    // The same figures as the text report: every summary line, and the funnel's table.
    for line in text.lines().skip(1).take_while(|l| !l.is_empty()) {
        assert!(html.contains(&format!("<li>{line}</li>")), "{line}");
    }
    assert!(html.contains("<td>tv</td><td>3 (100%)</td><td>2 (67%)</td><td>1 (33%)</td><td>1 (33%)</td><td>2 (67%)</td>"));
    for secret in ["User", "описание", "Корее"] {
        assert!(!html.contains(secret), "the page holds {secret}");
    }
}

/// In the operators' group: `/stats` answers with the last 7 days, `/report` sends the page
/// and the CSV files as documents (uploaded from the outbox), a bad month gets the usage.
#[tokio::test]
async fn operators_get_stats_and_the_report_as_documents() {
    use common::harness::{OPERATORS, Options, TestBot};
    use std::time::Duration;

    let mut bot = TestBot::start_with(Options {
        hotline: Some(hotline_config()),
        ..Options::default()
    })
    .await;
    let user = bot.api.user(7001, "Dilnoza", Some("ru"));
    bot.api.send_text(&user, "/start spring");
    let picker = bot.api.next_sent(user.chat_id()).await;
    bot.api.press_button(&user, picker.message_id, "l:ru");
    bot.api.next_sent(user.chat_id()).await;
    let aziza = bot.api.user(201, "Aziza", Some("ru"));

    bot.api
        .send_group_text(OPERATORS, &aziza, None, None, "/stats");
    let stats = bot.api.next_sent(OPERATORS).await;
    assert!(
        stats
            .text
            .starts_with("<b>За последние 7 дней</b>\nНовые пользователи: 1\n"),
        "{stats:?}"
    );
    assert_eq!(stats.text.lines().count(), 9, "{stats:?}");
    assert!(
        stats
            .text
            .contains("Обращений на горячую линию: 0 (срочных 0, высоких 0, обычных 0)"),
        "{stats:?}"
    );

    bot.api
        .send_group_text(OPERATORS, &aziza, None, None, "/report 2026-13");
    let usage = bot.api.next_sent(OPERATORS).await;
    assert_eq!(usage.text, bot.text(Lang::Ru, "report-stats-usage"));

    bot.api
        .send_group_text(OPERATORS, &aziza, None, None, "/report");
    let mut names = Vec::new();
    for _ in 0..4 {
        let call = bot
            .api
            .wait_call("senddocument", |_| true, Duration::from_secs(10))
            .await;
        assert_eq!(call["chat_id"], serde_json::json!(OPERATORS));
        // teloxide uploads the file as a part named in `attach://…`.
        let part = call["document"]
            .as_str()
            .unwrap()
            .trim_start_matches("attach://");
        let file = &call[part];
        assert!(file["size"].as_u64().unwrap() > 50, "{call}");
        names.push(file["file_name"].as_str().unwrap().to_string());
    }
    let today = chrono::Utc::now().date_naive();
    let first = today.format("%Y-%m-01");
    let stem = format!("safar-{first}-{today}");
    assert_eq!(
        names,
        [
            format!("{stem}.html"),
            format!("{stem}-daily_metrics.csv"),
            format!("{stem}-funnel.csv"),
            format!("{stem}-cases.csv"),
        ]
    );
    // Once sent, the files' bytes are gone from the outbox (stopping waits for the marks).
    bot.stop_only().await;
    let left: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'document' AND (state != 'sent' OR document IS NOT NULL)",
    )
    .fetch_one(bot.store.pool())
    .await
    .unwrap();
    assert_eq!(left, 0);
    bot.stop().await;
}

/// `--monthly-report`: on the 1st, last month's page and tables, once.
#[tokio::test]
async fn the_monthly_report_is_posted_on_the_first_once() {
    let (content, _) = Content::load(&shipped_content()).unwrap();
    let content = ContentHandle::new(content, shipped_content());
    let store = Store::open("sqlite::memory:").await.unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    let off = App::new(content.clone(), store.clone(), []).with_hotline(hotline_config());
    assert!(off.monthly_report_on(day(1)).await.is_empty());
    let app = App::new(content, store.clone(), []).with_hotline(safar::app::HotlineConfig {
        monthly_report: true,
        ..hotline_config()
    });
    assert!(app.monthly_report_on(day(2)).await.is_empty());
    let rows = app.monthly_report_on(day(1)).await;
    assert_eq!(rows.len(), 4);
    assert!(
        rows.iter()
            .all(|r| r.message.to_operators && r.message.kind == "document")
    );
    assert!(
        rows[0].message.html.contains("2026-11-01 — 2026-11-30"),
        "{rows:?}"
    );
    let (name, bytes) = store.document(rows[0].id).await.unwrap().unwrap();
    assert_eq!(name, "safar-2026-11-01-2026-11-30.html");
    assert!(
        String::from_utf8(bytes)
            .unwrap()
            .contains("2026-11-01 — 2026-11-30")
    );
    // A restart the same day posts nothing more.
    assert!(app.monthly_report_on(day(1)).await.is_empty());
}

/// A database from before the counters: the migration back-fills them from `offer_checks`,
/// `cases`, `case_events` and `users`.
#[tokio::test]
async fn the_migration_back_fills_existing_checks_cases_and_users() {
    use sqlx::Connection;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let (before, counters): (Vec<_>, Vec<_>) = files
        .into_iter()
        .partition(|p| p.file_name().unwrap().to_string_lossy().as_ref() < "20261206000010");
    let mut db = sqlx::SqliteConnection::connect("sqlite::memory:")
        .await
        .unwrap();
    for f in &before {
        sqlx::raw_sql(&std::fs::read_to_string(f).unwrap())
            .execute(&mut db)
            .await
            .unwrap();
    }
    sqlx::raw_sql(
        "INSERT INTO users (user_id, chat_id, lang, script_id, node_id, campaign, first_seen, last_seen)
         VALUES (1, 1, 'ru', 'before', 'start', 'tv', '2026-11-02T10:00:00Z', '2026-11-03T10:00:00Z'),
                (2, 2, NULL, NULL, NULL, NULL, '2026-11-02T11:00:00Z', '2026-11-02T11:00:00Z');
         INSERT INTO offer_checks (risk, categories, lang, checked_at)
         VALUES ('high', 'upfront_fee,urgency', 'ru', '2026-11-02T10:05:00Z'),
                ('low', '', 'uz', '2026-11-02T12:00:00Z'),
                ('high', 'upfront_fee', 'ru', '2026-11-03T09:00:00Z');
         INSERT INTO cases (user_id, chat_id, status, priority, lang, outcome, rating, created_at,
                            closed_at, posted_at)
         VALUES (1, 1, 'closed', 'high', 'ru', 'referred', 5, '2026-11-02T10:06:00Z',
                 '2026-11-02T12:00:00Z', '2026-11-02T10:06:00Z');
         INSERT INTO case_events (case_id, kind, created_at)
         VALUES (1, 'reminder', '2026-11-02T10:30:00Z'), (1, 'rated', '2026-11-02T12:10:00Z');",
    )
    .execute(&mut db)
    .await
    .unwrap();
    for f in &counters {
        sqlx::raw_sql(&std::fs::read_to_string(f).unwrap())
            .execute(&mut db)
            .await
            .unwrap();
    }
    let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT day, metric, d1, d2, count FROM daily_metrics ORDER BY day, metric, d1, d2",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    let rows: Vec<String> = rows
        .into_iter()
        .map(|(day, m, d1, d2, n)| format!("{day} {m} {d1} {d2} {n}"))
        .collect();
    assert_eq!(
        rows,
        [
            "2026-11-02 case_closed referred  1",
            "2026-11-02 case_opened high ru 1",
            "2026-11-02 case_rated 5  1",
            "2026-11-02 funnel  start 1",
            "2026-11-02 funnel tv language 1",
            "2026-11-02 funnel tv person 1",
            "2026-11-02 funnel tv start 1",
            "2026-11-02 funnel tv topic 1",
            "2026-11-02 lang_chosen tv ru 1",
            "2026-11-02 offer_flag upfront_fee  1",
            "2026-11-02 offer_flag urgency  1",
            "2026-11-02 offer_risk high ru 1",
            "2026-11-02 offer_risk low uz 1",
            "2026-11-02 reminder   1",
            "2026-11-02 user_new   1",
            "2026-11-02 user_new tv  1",
            "2026-11-03 offer_flag upfront_fee  1",
            "2026-11-03 offer_risk high ru 1",
        ]
    );
    // Users already there are not counted again by their next turn.
    let flags: (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT reached_start, reached_language, reached_topic, reached_person FROM users WHERE user_id = 1",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(flags, (1, 1, 1, 1));
}

#[tokio::test]
async fn a_campaign_report_counts_only_that_campaigns_users_in_every_section() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("safar.db").display());
    let s = seed(&url).await;
    let all = Report::load(&s.store, &request(None)).await.unwrap();
    let tv = Report::load(&s.store, &request(Some("tv"))).await.unwrap();
    let radio = Report::load(&s.store, &request(Some("radio")))
        .await
        .unwrap();

    // The quiz was done by the radio user; distress came from a user without a campaign.
    assert_eq!(
        (all.quiz_finished, tv.quiz_finished, radio.quiz_finished),
        (1, 0, 1)
    );
    assert_eq!((all.distress, tv.distress, radio.distress), (1, 0, 0));
    // The offer was checked by a tv user.
    let offers = |r: &Report| r.offers_by_risk.iter().sum::<i64>();
    assert_eq!((offers(&all), offers(&tv), offers(&radio)), (1, 1, 0));
    // Pages: tv users opened topics; the radio user's quiz pages are theirs alone.
    assert!(
        tv.pages > 0 && radio.pages > 0 && tv.pages + radio.pages <= all.pages,
        "{} {} {}",
        tv.pages,
        radio.pages,
        all.pages
    );
    // Cases: two of tv's users asked for a person, nobody from radio; outcomes and ratings
    // follow (the tv case closed as referred, rated 5).
    assert_eq!(
        (all.cases.len(), tv.cases.len(), radio.cases.len()),
        (3, 2, 0)
    );
    assert_eq!(tv.ratings, [0, 0, 0, 0, 1]);
    assert_eq!(radio.ratings, [0; 5]);
    assert!(
        tv.outcomes.iter().any(|(o, n)| o == "referred" && *n == 1),
        "{:?}",
        tv.outcomes
    );
    assert!(
        !tv.outcomes.iter().any(|(o, _)| o == "informed"),
        "{:?}",
        tv.outcomes
    );
    // The unreachable user came with tv.
    assert_eq!(
        (all.unreachable, tv.unreachable, radio.unreachable),
        (1, 1, 0)
    );
}
