//! NGO editors publish scripts and texts from Telegram (issue #20): an admin sends a file, sees
//! what is wrong and what would change, presses Publish; users see it at once, a restart keeps
//! it, `/rollback N` brings an earlier version back. Transcripts through the fake Bot API
//! (`getFile` and the file download served by the fake), on a copy of the shipped content.

mod common;

use std::io::Write as _;

use common::fake_api::{FakeApi, Sent, TestUser};
use common::harness::{ContentCopy, OPERATORS, Options, TestBot, WAIT, hotline_config};
use safar::content::bundle::Bundle;
use safar::content::{Content, ContentHandle};
use safar::lang::Lang;

const ADMIN: i64 = 500;
const ADMIN_2: i64 = 501;
const USER: i64 = 42;

const WELCOME_RU: &str = "Главное меню. Что вам нужно?";
const WELCOME_RU_NEW: &str = "Главное меню (новая версия). Что вам нужно?";

async fn start(content: &ContentCopy) -> TestBot {
    TestBot::start_with(Options {
        content: Some(content.paths.clone()),
        admins: vec![ADMIN, ADMIN_2],
        hotline: Some(hotline_config()),
        ..Options::default()
    })
    .await
}

fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// `locales/ru/menu.ftl` with the main menu's text changed.
fn new_menu_ru(content: &ContentCopy) -> String {
    let text = read(&content.locale("ru", "menu.ftl"));
    assert!(text.contains(WELCOME_RU));
    text.replacen(WELCOME_RU, WELCOME_RU_NEW, 1)
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The user's main menu after `/menu`.
async fn menu_text(bot: &TestBot, user: &TestUser) -> String {
    bot.api.send_text(user, "/menu");
    bot.api.next_sent(user.chat_id()).await.text
}

/// The admin presses a button of the preview; returns the bot's next message to them.
async fn press(bot: &TestBot, admin: &TestUser, preview: &Sent, label: &str) -> Sent {
    let data = preview.button_data(label);
    bot.api.press_button(admin, preview.message_id, &data);
    bot.api.next_sent(admin.chat_id()).await
}

#[tokio::test]
async fn a_text_change_is_previewed_published_seen_at_once_and_kept_after_a_restart() {
    let content = ContentCopy::new();
    let mut bot = start(&content).await;
    let user = bot.user_in(USER, "Ali", Lang::Ru).await;
    assert!(menu_text(&bot, &user).await.contains(WELCOME_RU));
    let admin = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;

    // A phone sends the file under its own name; the caption says where it goes.
    bot.api.send_document(
        &admin,
        "menu.ftl",
        new_menu_ru(&content).as_bytes(),
        Some("ru/menu.ftl"),
    );
    let preview = bot.api.next_sent(ADMIN).await;
    assert!(preview.text.contains("Черновик №1"), "{}", preview.text);
    assert!(
        preview.text.contains("~ locales/ru/menu.ftl"),
        "{}",
        preview.text
    );
    assert!(
        preview
            .text
            .contains("Тексты ru: добавлено 0, изменено 1, удалено 0"),
        "{}",
        preview.text
    );
    assert!(preview.text.contains("~ main-menu"), "{}", preview.text);
    assert!(
        preview.text.contains("Покрытие текстов: uz "),
        "{}",
        preview.text
    );
    assert!(!preview.text.contains("❌"), "{}", preview.text);
    // Warnings in files the upload does not touch are only counted.
    assert!(
        preview
            .text
            .contains("Предупреждения в файлах, которые вы не меняли: 2"),
        "{}",
        preview.text
    );
    assert!(preview.has_button("Опубликовать") && preview.has_button("Отмена"));
    assert_eq!(bot.api.downloads().len(), 1);
    let audit = bot.api.next_sent(OPERATORS).await;
    assert!(
        audit
            .text
            .contains("Dilnoza (500) прислал(а) черновик №1: locales/ru/menu.ftl — без ошибок"),
        "{}",
        audit.text
    );
    // Nothing is live before Publish.
    assert!(menu_text(&bot, &user).await.contains(WELCOME_RU));
    assert!(read(&content.locale("ru", "menu.ftl")).contains(WELCOME_RU));

    let done = press(&bot, &admin, &preview, "Опубликовать").await;
    // Version 1 is the content as it was before the first publish.
    assert!(
        done.text.contains("Опубликовано: версия 2"),
        "{}",
        done.text
    );
    let audit = bot.api.next_sent(OPERATORS).await;
    assert!(
        audit
            .text
            .contains("Dilnoza (500) опубликовал(а) версию 2: 1 file(s); ru +0 ~1 -0"),
        "{}",
        audit.text
    );
    assert!(menu_text(&bot, &user).await.contains(WELCOME_RU_NEW));
    assert!(read(&content.locale("ru", "menu.ftl")).contains(WELCOME_RU_NEW));
    // The old buttons do nothing more.
    let again = press(&bot, &admin, &preview, "Опубликовать").await;
    assert!(again.text.contains("уже не действует"), "{}", again.text);

    // A restart reads the files from disk: the change is still live.
    bot.stop_only().await;
    let (reloaded, _) = Content::load(&content.paths).unwrap();
    bot.content = ContentHandle::new(reloaded, content.paths.clone());
    bot.restart().await;
    assert!(menu_text(&bot, &user).await.contains(WELCOME_RU_NEW));
    bot.api.send_text(&admin, "/versions");
    let versions = bot.api.next_sent(ADMIN).await;
    assert!(versions.text.contains("<b>2</b>"), "{}", versions.text);
    assert!(
        versions.text.contains("Dilnoza (500): 1 file(s)"),
        "{}",
        versions.text
    );
    assert!(
        versions.text.contains("<b>1</b>") && versions.text.contains("файлы с сервера"),
        "{}",
        versions.text
    );
    bot.assert_no_more_sent(ADMIN).await;
    bot.assert_no_more_sent(USER).await;
    bot.assert_no_more_sent(OPERATORS).await;
    bot.stop().await;
}

#[tokio::test]
async fn a_broken_yaml_is_refused_with_its_line_and_cannot_be_published() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let admin = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;
    let before = read(&content.dialogue("main.yaml"));
    // A typo in a field name on line 3.
    let broken = before.replacen("text:", "txet:", 1);
    let line = before[..before.find("text:").unwrap()].lines().count();
    bot.api
        .send_document(&admin, "main.yaml", broken.as_bytes(), None);
    let preview = bot.api.next_sent(ADMIN).await;
    assert!(preview.text.contains("Ошибок: "), "{}", preview.text);
    assert!(
        preview
            .text
            .contains(&format!("dialogues/main.yaml:{line}:")),
        "{}",
        preview.text
    );
    assert!(!preview.has_button("Опубликовать"), "{:?}", preview.buttons);
    assert!(
        preview.text.contains("Опубликовать нельзя"),
        "{}",
        preview.text
    );
    let audit = bot.api.next_sent(OPERATORS).await;
    assert!(audit.text.contains("с ошибками"), "{}", audit.text);
    // A forged Publish button is refused too.
    let forged = preview.button_data("Отмена").replace(":no:", ":ok:");
    bot.api.press_button(&admin, preview.message_id, &forged);
    let refused = bot.api.next_sent(ADMIN).await;
    assert!(refused.text.contains("есть ошибки"), "{}", refused.text);
    assert_eq!(read(&content.dialogue("main.yaml")), before);

    // Cancel drops the candidate.
    let cancelled = press(&bot, &admin, &preview, "Отмена").await;
    assert!(
        cancelled.text.contains("Черновик №1 отменён"),
        "{}",
        cancelled.text
    );

    // Many errors: the first 20 in the message, all of them in a file.
    let junk: String = (1..=25)
        .map(|i| format!("broken{i} no equals sign\n"))
        .collect();
    bot.api
        .send_document(&admin, "menu.ftl", junk.as_bytes(), Some("ru/menu.ftl"));
    let preview = bot.api.next_sent(ADMIN).await;
    let shown = preview.text.matches("locales/ru/menu.ftl:").count();
    assert_eq!(shown, 20, "{}", preview.text);
    assert!(
        preview.text.contains("полный список в файле ниже"),
        "{}",
        preview.text
    );
    let call = bot
        .api
        .wait_call("senddocument", |c| c["chat_id"] == ADMIN, WAIT)
        .await;
    let (name, bytes) = FakeApi::sent_document(&call);
    assert_eq!(name, "candidate-2-errors.txt");
    let listing = String::from_utf8(bytes).unwrap();
    assert!(listing.lines().count() > 20, "{listing}");
    assert!(
        listing.contains("locales/ru/menu.ftl:25:1: error"),
        "{listing}"
    );
    assert_eq!(read(&content.dialogue("main.yaml")), before);
    bot.assert_no_more_sent(ADMIN).await;
    bot.stop().await;
}

#[tokio::test]
async fn archives_with_parent_paths_links_or_other_files_are_refused_and_nothing_is_written() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let admin = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;
    let before = Bundle::read(&content.paths).unwrap();

    let evil = zip_of(&[
        ("dialogues/main.yaml", b"start: x"),
        ("../../evil.yaml", b"start: x"),
    ]);
    bot.api.send_document(&admin, "content.zip", &evil, None);
    let refused = bot.api.next_sent(ADMIN).await;
    assert!(
        refused.text.contains("Путь «../../evil.yaml» не принят"),
        "{}",
        refused.text
    );
    let other = zip_of(&[("dialogues/run.sh", b"rm -rf /")]);
    bot.api.send_document(&admin, "content.zip", &other, None);
    let refused = bot.api.next_sent(ADMIN).await;
    assert!(refused.text.contains("не принят"), "{}", refused.text);
    bot.api
        .send_document(&admin, "notes.pdf", b"%PDF-1.4", None);
    let refused = bot.api.next_sent(ADMIN).await;
    assert!(
        refused.text.contains("Файл «notes.pdf» не принят"),
        "{}",
        refused.text
    );
    // Over the size limit: refused before anything is downloaded.
    let downloads = bot.api.downloads().len();
    let big = vec![b'#'; 600 * 1024];
    bot.api
        .send_document(&admin, "menu.ftl", &big, Some("ru/menu.ftl"));
    let refused = bot.api.next_sent(ADMIN).await;
    assert!(
        refused.text.contains("не больше 512 КБ"),
        "{}",
        refused.text
    );
    assert_eq!(bot.api.downloads().len(), downloads);
    // Telegram's file server knows better than the message: checked again before download.
    bot.api.report_size_of_next_document(10 * 1024 * 1024);
    bot.api
        .send_document(&admin, "menu.ftl", b"x = y", Some("ru/menu.ftl"));
    let refused = bot.api.next_sent(ADMIN).await;
    assert!(
        refused.text.contains("не больше 512 КБ"),
        "{}",
        refused.text
    );
    assert_eq!(bot.api.calls("getfile").len(), downloads + 1);
    assert_eq!(bot.api.downloads().len(), downloads);
    // A plain .ftl name is in every language: which one?
    bot.api
        .send_document(&admin, "menu.ftl", new_menu_ru(&content).as_bytes(), None);
    let refused = bot.api.next_sent(ADMIN).await;
    assert!(refused.text.contains("ru/menu.ftl"), "{}", refused.text);

    assert_eq!(Bundle::read(&content.paths).unwrap(), before);
    let audit = bot.api.next_sent(OPERATORS).await;
    assert!(
        audit
            .text
            .contains("Dilnoza (500) прислал(а) «content.zip» — не принято (path)"),
        "{}",
        audit.text
    );
    assert!(!content.dir.path().join("evil.yaml").exists());
    assert!(
        !content
            .dir
            .path()
            .parent()
            .unwrap()
            .join("evil.yaml")
            .exists()
    );
    bot.assert_no_more_sent(ADMIN).await;
    bot.stop().await;
}

#[tokio::test]
async fn a_zip_adds_a_text_in_every_language_at_once() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let admin = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;
    let mut entries = Vec::new();
    for lang in ["uz", "ru", "kaa"] {
        let text = read(&content.locale(lang, "menu.ftl"));
        entries.push((
            format!("export/locales/{lang}/menu.ftl"),
            format!("{text}\nmenu-publish-test = {lang} text\n"),
        ));
    }
    let refs: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    bot.api
        .send_document(&admin, "export.zip", &zip_of(&refs), None);
    let preview = bot.api.next_sent(ADMIN).await;
    assert!(
        preview.text.contains("Изменённых файлов: 3"),
        "{}",
        preview.text
    );
    for lang in ["uz", "ru", "kaa"] {
        assert!(
            preview.text.contains(&format!(
                "Тексты {lang}: добавлено 1, изменено 0, удалено 0"
            )),
            "{}",
            preview.text
        );
    }
    let done = press(&bot, &admin, &preview, "Опубликовать").await;
    assert!(done.text.contains("версия 2"), "{}", done.text);
    assert!(bot.content.get().texts.has(Lang::Kaa, "menu-publish-test"));
    bot.stop().await;
}

#[tokio::test]
async fn non_admins_cannot_upload_or_use_the_publishing_commands() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let user = bot.user_in(USER, "Ali", Lang::Ru).await;
    let before = Bundle::read(&content.paths).unwrap();

    // A file from a user is what it always was: its caption is read as a question, the
    // file itself is not something the bot reads.
    bot.api.send_document(
        &user,
        "menu.ftl",
        new_menu_ru(&content).as_bytes(),
        Some("ru/menu.ftl"),
    );
    let answer = bot.api.next_sent(USER).await;
    assert!(!answer.text.contains("Черновик"), "{}", answer.text);
    bot.api.send_document(&user, "menu.ftl", b"x = y", None);
    let answer = bot.api.next_sent(USER).await;
    assert!(!answer.text.contains("Черновик"), "{}", answer.text);
    bot.api.send_text(&user, "/versions");
    let answer = bot.api.next_sent(USER).await;
    assert_eq!(answer.text, bot.text(Lang::Ru, "common-unknown-command"));
    bot.api.press_button(&user, 1, "p:ok:1");
    let answer = bot.api.next_sent(USER).await;
    assert!(
        answer.text.contains("только администраторы"),
        "{}",
        answer.text
    );

    // An operator who is not an admin, in the operators' group.
    let operator = bot.api.user(77, "Operator", Some("ru"));
    bot.api
        .send_group_text(OPERATORS, &operator, None, None, "/rollback 1");
    let answer = bot.api.next_sent(OPERATORS).await;
    assert!(
        answer.text.contains("только администраторы"),
        "{}",
        answer.text
    );
    bot.api.send_group_document(
        OPERATORS,
        &operator,
        "menu.ftl",
        new_menu_ru(&content).as_bytes(),
        Some("ru/menu.ftl"),
    );
    bot.idle().await;

    assert!(bot.api.downloads().is_empty());
    assert!(bot.api.calls("getfile").is_empty());
    assert_eq!(Bundle::read(&content.paths).unwrap(), before);
    bot.assert_no_more_sent(USER).await;
    bot.assert_no_more_sent(OPERATORS).await;
    bot.stop().await;
}

#[tokio::test]
async fn rollback_publishes_an_earlier_version_again() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let user = bot.user_in(USER, "Ali", Lang::Ru).await;
    let admin = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;
    let original = Bundle::read(&content.paths).unwrap();

    bot.api.send_text(&admin, "/versions");
    let none = bot.api.next_sent(ADMIN).await;
    assert!(
        none.text.contains("ещё ничего не публиковалось"),
        "{}",
        none.text
    );

    bot.api.send_document(
        &admin,
        "menu.ftl",
        new_menu_ru(&content).as_bytes(),
        Some("ru/menu.ftl"),
    );
    let preview = bot.api.next_sent(ADMIN).await;
    press(&bot, &admin, &preview, "Опубликовать").await;
    assert!(menu_text(&bot, &user).await.contains(WELCOME_RU_NEW));

    bot.api.send_text(&admin, "/rollback 1");
    let back = bot.api.next_sent(ADMIN).await;
    assert!(
        back.text
            .contains("Возвращена версия 1: опубликовано как версия 3"),
        "{}",
        back.text
    );
    assert!(back.text.contains("~ main-menu"), "{}", back.text);
    assert!(menu_text(&bot, &user).await.contains(WELCOME_RU));
    assert_eq!(Bundle::read(&content.paths).unwrap(), original);

    bot.api.send_text(&admin, "/rollback 3");
    let same = bot.api.next_sent(ADMIN).await;
    assert!(same.text.contains("Версия 3 и так"), "{}", same.text);
    bot.api.send_text(&admin, "/rollback 9");
    let unknown = bot.api.next_sent(ADMIN).await;
    assert!(unknown.text.contains("Версии 9 нет"), "{}", unknown.text);
    bot.api.send_text(&admin, "/rollback");
    let usage = bot.api.next_sent(ADMIN).await;
    assert!(usage.text.contains("/rollback НОМЕР"), "{}", usage.text);
    bot.api.send_text(&admin, "/versions");
    let list = bot.api.next_sent(ADMIN).await;
    assert!(
        list.text.contains("возврат к 1, Dilnoza (500)"),
        "{}",
        list.text
    );

    // The operators' group saw each step in one line.
    let lines: Vec<String> = [
        bot.api.next_sent(OPERATORS).await,
        bot.api.next_sent(OPERATORS).await,
        bot.api.next_sent(OPERATORS).await,
    ]
    .into_iter()
    .map(|s| s.text)
    .collect();
    assert!(lines[0].contains("прислал(а) черновик №1"), "{lines:?}");
    assert!(lines[1].contains("опубликовал(а) версию 2"), "{lines:?}");
    assert!(
        lines[2].contains("Dilnoza (500) вернул(а) версию 1 — опубликовано как версия 3"),
        "{lines:?}"
    );
    bot.assert_no_more_sent(OPERATORS).await;
    bot.stop().await;
}

#[tokio::test]
async fn two_admins_uploading_at_once_each_get_their_own_candidate() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let user = bot.user_in(USER, "Ali", Lang::Ru).await;
    let a = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;
    let b = bot.user_in(ADMIN_2, "Bobur", Lang::Ru).await;
    let help_ru = read(&content.locale("ru", "common.ftl"));
    let old_help = bot.text(Lang::Ru, "common-text-only");
    let new_help = help_ru.replacen("Я понимаю только текст.", "Я читаю только текст.", 1);

    // Both files arrive before either answer.
    bot.api.send_document(
        &a,
        "menu.ftl",
        new_menu_ru(&content).as_bytes(),
        Some("ru/menu.ftl"),
    );
    bot.api
        .send_document(&b, "common.ftl", new_help.as_bytes(), Some("ru/common.ftl"));
    let preview_a = bot.api.next_sent(ADMIN).await;
    let preview_b = bot.api.next_sent(ADMIN_2).await;
    assert!(
        preview_a.text.contains("locales/ru/menu.ftl"),
        "{}",
        preview_a.text
    );
    assert!(!preview_a.text.contains("common.ftl"), "{}", preview_a.text);
    assert!(
        preview_b.text.contains("locales/ru/common.ftl"),
        "{}",
        preview_b.text
    );
    assert!(!preview_b.text.contains("menu.ftl"), "{}", preview_b.text);

    // One admin cannot press the other's buttons.
    let data_b = preview_b.button_data("Опубликовать");
    bot.api.press_button(&a, preview_a.message_id, &data_b);
    let refused = bot.api.next_sent(ADMIN).await;
    assert!(
        refused.text.contains("другого администратора"),
        "{}",
        refused.text
    );

    let done_a = press(&bot, &a, &preview_a, "Опубликовать").await;
    assert!(done_a.text.contains("версия 2"), "{}", done_a.text);
    assert!(menu_text(&bot, &user).await.contains(WELCOME_RU_NEW));
    // B's preview was built on what is no longer live: rebuilt on top of A's version.
    let rebased = press(&bot, &b, &preview_b, "Опубликовать").await;
    assert!(rebased.text.contains("изменилось"), "{}", rebased.text);
    let preview_b2 = bot.api.next_sent(ADMIN_2).await;
    assert!(
        preview_b2.text.contains("Черновик №3"),
        "{}",
        preview_b2.text
    );
    assert!(
        preview_b2.text.contains("~ locales/ru/common.ftl"),
        "{}",
        preview_b2.text
    );
    assert!(
        preview_b2.text.contains("Изменённых файлов: 1"),
        "{}",
        preview_b2.text
    );
    let done_b = press(&bot, &b, &preview_b2, "Опубликовать").await;
    assert!(done_b.text.contains("версия 3"), "{}", done_b.text);

    // Both changes are live: neither undid the other.
    assert!(menu_text(&bot, &user).await.contains(WELCOME_RU_NEW));
    assert_ne!(bot.text(Lang::Ru, "common-text-only"), old_help);
    assert!(read(&content.locale("ru", "common.ftl")).contains("Я читаю только текст."));
    assert!(read(&content.locale("ru", "menu.ftl")).contains(WELCOME_RU_NEW));
    bot.stop().await;
}

#[tokio::test]
async fn export_sends_the_live_content_as_a_zip_and_uploads_work_in_the_operators_group() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let admin = bot.api.user(ADMIN, "Dilnoza", Some("ru"));

    // In the operators' group, outside any case.
    bot.api.send_group_document(
        OPERATORS,
        &admin,
        "menu.ftl",
        new_menu_ru(&content).as_bytes(),
        Some("ru/menu.ftl"),
    );
    let preview = bot.api.next_sent(OPERATORS).await;
    assert!(preview.text.contains("Черновик №1"), "{}", preview.text);
    let audit = bot.api.next_sent(OPERATORS).await;
    assert!(
        audit.text.contains("прислал(а) черновик №1"),
        "{}",
        audit.text
    );
    let data = preview.button_data("Опубликовать");
    bot.api
        .press_group_button(OPERATORS, &admin, preview.message_id, &data);
    let done = bot.api.next_sent(OPERATORS).await;
    assert!(done.text.contains("версия 2"), "{}", done.text);

    bot.api
        .send_group_text(OPERATORS, &admin, None, None, "/export");
    let call = bot
        .api
        .wait_call("senddocument", |c| c["chat_id"] == OPERATORS, WAIT)
        .await;
    let (name, bytes) = FakeApi::sent_document(&call);
    assert!(
        name.starts_with("safar-content-v2-") && name.ends_with(".zip"),
        "{name}"
    );
    assert!(
        call["caption"].as_str().unwrap().contains("версия 2"),
        "{call}"
    );
    let exported = Bundle::from_zip(&bytes).unwrap();
    assert_eq!(exported, Bundle::read(&content.paths).unwrap());
    assert!(
        String::from_utf8_lossy(exported.get("locales/ru/menu.ftl").unwrap())
            .contains(WELCOME_RU_NEW)
    );
    bot.stop().await;
}

#[tokio::test]
async fn users_in_a_dialogue_go_on_after_a_publish_and_a_node_gone_leads_to_the_menu() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let user = bot.user_in(USER, "Ali", Lang::Ru).await;
    let admin = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;
    bot.api.send_text(&user, "/menu");
    let menu = bot.api.next_sent(USER).await;
    let quiz = bot.tap(&user, &menu, Lang::Ru, "main-btn-quiz").await;
    let q1 = bot.tap(&user, &quiz, Lang::Ru, "quiz-btn-begin").await;
    assert!(q1.has_button(&bot.label(Lang::Ru, "quiz-q1-opt1")));

    // The question the user is looking at gets a new id.
    let yaml = read(&content.dialogue("quiz.yaml"))
        .replace("id: q1\n", "id: q1new\n")
        .replace("next: q1\n", "next: q1new\n");
    bot.api
        .send_document(&admin, "quiz.yaml", yaml.as_bytes(), None);
    let preview = bot.api.next_sent(ADMIN).await;
    assert!(
        preview.text.contains("Узлы: добавлено 1, удалено 1"),
        "{}",
        preview.text
    );
    assert!(preview.text.contains("+ quiz/q1new"), "{}", preview.text);
    assert!(preview.text.contains("- quiz/q1"), "{}", preview.text);
    assert!(
        preview.text.contains("Кнопки: добавлено"),
        "{}",
        preview.text
    );
    press(&bot, &admin, &preview, "Опубликовать").await;

    // The old message's answer names a node that is gone: the menu, with a word why.
    let answer = bot.tap(&user, &q1, Lang::Ru, "quiz-q1-opt1").await;
    assert!(
        answer
            .text
            .contains(&bot.first_line(Lang::Ru, "menu-stale")),
        "{}",
        answer.text
    );
    // The quiz goes on from its new first question.
    let quiz = bot.tap(&user, &answer, Lang::Ru, "main-btn-quiz").await;
    let q1 = bot.tap(&user, &quiz, Lang::Ru, "quiz-btn-begin").await;
    let right = bot.tap(&user, &q1, Lang::Ru, "quiz-q1-opt2").await;
    assert!(right.has_button(&bot.label(Lang::Ru, "quiz-btn-next")));
    bot.stop().await;
}

#[tokio::test]
async fn the_preview_names_changed_distress_phrases_and_offer_rules() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let admin = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;
    let distress = read(&content.dialogue("distress.yaml")).replacen(
        "  - yordam kerak\n",
        "  - yordam kerak\n  - meni qutqaringlar\n",
        1,
    );
    let rules = read(&content.dialogue("offer-rules.yaml"));
    let zip = zip_of(&[
        ("dialogues/distress.yaml", distress.as_bytes()),
        // A comment changes the file, not the rules: the counts say so.
        (
            "dialogues/offer-rules.yaml",
            format!("# reviewed again\n{rules}").as_bytes(),
        ),
    ]);
    bot.api.send_document(&admin, "rules.zip", &zip, None);
    let preview = bot.api.next_sent(ADMIN).await;
    assert!(
        preview
            .text
            .contains("Фразы об опасности изменены: 248 → 249"),
        "{}",
        preview.text
    );
    assert!(
        preview
            .text
            .contains("Правила проверки предложений изменены: правил 28 → 28"),
        "{}",
        preview.text
    );
    assert!(preview.has_button("Опубликовать"));
    press(&bot, &admin, &preview, "Опубликовать").await;
    assert_eq!(bot.content.get().distress.len(), 249);
    bot.stop().await;
}

#[tokio::test]
async fn files_edited_on_the_server_are_kept_as_a_version_before_the_next_publish() {
    let content = ContentCopy::new();
    let bot = start(&content).await;
    let admin = bot.user_in(ADMIN, "Dilnoza", Lang::Ru).await;
    bot.api.send_document(
        &admin,
        "menu.ftl",
        new_menu_ru(&content).as_bytes(),
        Some("ru/menu.ftl"),
    );
    let preview = bot.api.next_sent(ADMIN).await;
    press(&bot, &admin, &preview, "Опубликовать").await;

    // Someone edits a file by hand on the server and sends /reload.
    content.edit(
        &content.locale("ru", "common.ftl"),
        "Я понимаю только текст.",
        "Я читаю только текст.",
    );
    bot.api.send_text(&admin, "/reload");
    bot.api.next_sent(ADMIN).await;
    bot.api.send_text(&admin, "/versions");
    let list = bot.api.next_sent(ADMIN).await;
    assert!(
        list.text.contains("Файлы на сервере отличаются"),
        "{}",
        list.text
    );
    assert!(!list.text.contains("▶️"), "{}", list.text);

    // The next publish keeps the hand-edited files as version 3 first.
    let uz = read(&content.locale("uz", "menu.ftl"));
    let uz_menu = bot.content.get().texts.get(Lang::Uz, "main-menu");
    let uz_new = uz.replacen(&uz_menu, &format!("{uz_menu} (yangi)"), 1);
    assert_ne!(uz, uz_new);
    bot.api
        .send_document(&admin, "menu.ftl", uz_new.as_bytes(), Some("uz/menu.ftl"));
    let preview = bot.api.next_sent(ADMIN).await;
    let done = press(&bot, &admin, &preview, "Опубликовать").await;
    assert!(done.text.contains("версия 4"), "{}", done.text);
    bot.api.send_text(&admin, "/versions");
    let list = bot.api.next_sent(ADMIN).await;
    assert!(list.text.contains("▶️ <b>4</b>"), "{}", list.text);
    assert!(
        list.text.contains("<b>3</b>") && list.text.contains("изменены не через Telegram"),
        "{}",
        list.text
    );
    // Rolling back to it brings the hand edit back without the later upload.
    bot.api.send_text(&admin, "/rollback 3");
    let back = bot.api.next_sent(ADMIN).await;
    assert!(
        back.text.contains("опубликовано как версия 5"),
        "{}",
        back.text
    );
    assert!(read(&content.locale("ru", "common.ftl")).contains("Я читаю только текст."));
    assert_eq!(read(&content.locale("uz", "menu.ftl")), uz);
    bot.stop().await;
}
