//! The `safar` binary as an NGO editor and an operator use it: `check`, `chat` with piped
//! input, and `run` without a token.

use std::io::Write;
use std::path::Path;

mod common;

use common::bin::{run_with_stdin, safar};
use common::harness::{ContentCopy, shipped_content};
use safar::content::Content;
use safar::core::output::Msg;
use safar::html::to_plain;
use safar::lang::Lang;

/// A message from the shipped texts as the terminal shows it.
fn plain(lang: Lang, key: &'static str) -> String {
    let (content, _) = Content::load(&shipped_content()).expect("shipped content is valid");
    to_plain(&content.texts.render(lang, &Msg::new(key)))
}

#[test]
fn check_passes_on_the_shipped_content_with_a_summary() {
    let out = safar().arg("check").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("ok: "), "{stdout}");
    for lang in ["uz", "ru", "kaa"] {
        assert!(stdout.contains(&format!("  {lang}: ")), "{stdout}");
    }
}

#[test]
fn check_reports_each_problem_with_file_line_and_column() {
    let copy = ContentCopy::new();
    let (dialogues, locales) = (copy.paths.dialogues.clone(), copy.paths.locales.clone());
    // A typo in a field name, a dangling `next`, an unknown action.
    let main = std::fs::read_to_string(dialogues.join("main.yaml")).unwrap();
    let broken = main
        .replacen("next: before:start", "next: before:strat", 1)
        .replacen("action: operator", "action: operater", 1);
    std::fs::write(dialogues.join("main.yaml"), broken).unwrap();
    let countries = std::fs::read_to_string(dialogues.join("countries.yaml")).unwrap();
    std::fs::write(
        dialogues.join("countries.yaml"),
        countries.replacen("    keywords:", "    keywrds:", 1),
    )
    .unwrap();
    // A Fluent syntax error and a message missing in Karakalpak.
    let mut ru = std::fs::OpenOptions::new()
        .append(true)
        .open(locales.join("ru/menu.ftl"))
        .unwrap();
    writeln!(ru, "\nmenu-broken = {{ $oops").unwrap();
    let kaa_menu = std::fs::read_to_string(locales.join("kaa/menu.ftl")).unwrap();
    let without_welcome: String = kaa_menu
        .split_inclusive('\n')
        .scan(false, |skipping, line| {
            if line.starts_with("menu-welcome") {
                *skipping = true;
                return Some(String::new());
            }
            if *skipping && line.starts_with(' ') {
                return Some(String::new());
            }
            *skipping = false;
            Some(line.to_string())
        })
        .collect();
    std::fs::write(locales.join("kaa/menu.ftl"), without_welcome).unwrap();

    let out = safar()
        .args(["check", "--dialogues"])
        .arg(&dialogues)
        .arg("--locales")
        .arg(&locales)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let expect = |needle: &str| {
        let line = stdout
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{stdout}"));
        // path:line:col: error: …
        let mut fields = line.splitn(4, ':');
        let (path, l, c) = (
            fields.next().unwrap(),
            fields.next().unwrap(),
            fields.next().unwrap(),
        );
        assert!(Path::new(path).exists(), "{line}");
        assert!(
            l.parse::<u32>().unwrap() > 0 && c.parse::<u32>().unwrap() > 0,
            "{line}"
        );
        line.to_string()
    };
    assert!(expect("keywrds").contains("countries.yaml"));
    assert!(expect("no node `strat`").contains("main.yaml"));
    assert!(expect("unknown action `operater`").contains("check_offer"));
    assert!(expect("Fluent syntax error").contains("ru/menu.ftl"));
    assert!(expect("`menu-welcome` has no `kaa` translation").contains("locales/kaa/menu.ftl"));
    assert!(stdout.contains("error(s)"), "{stdout}");
}

#[test]
fn chat_reads_piped_answers_and_ends_at_eof_in_every_language() {
    for lang in Lang::ALL {
        // Main menu → countries (button 3) → Russia (button 1); then a command.
        let mut cmd = safar();
        cmd.args(["chat", "--lang", lang.code()]);
        let out = run_with_stdin(cmd, "3\n1\n/menu\n");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{lang}: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for key in [
            "lang-changed",
            "main-menu",
            "countries-list",
            "countries-russia",
            "menu-btn-main",
        ] {
            let expected = plain(lang, key);
            let first_line = expected.lines().next().unwrap();
            assert!(
                stdout.contains(first_line),
                "{lang}: missing {key} ({first_line:?}) in:\n{stdout}"
            );
        }
        assert!(
            stdout.contains("> 3\n") && stdout.contains("> /menu\n"),
            "the transcript echoes input:\n{stdout}"
        );
        assert!(stdout.contains("  [1] "), "buttons are numbered:\n{stdout}");
    }
}

#[test]
fn chat_without_a_language_starts_with_the_picker() {
    let mut cmd = safar();
    cmd.arg("chat");
    let out = run_with_stdin(cmd, "3\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for lang in Lang::ALL {
        assert!(stdout.contains(&plain(lang, "lang-name")), "{stdout}");
    }
    // Button 3 is Russian (Oʻzbekcha, Ўзбекча, Русский, …: no guess in a terminal).
    assert!(
        stdout.contains(plain(Lang::Ru, "main-menu").lines().next().unwrap()),
        "{stdout}"
    );
}

#[test]
fn chat_answers_typed_questions_and_media_free_text() {
    let mut cmd = safar();
    cmd.args(["chat", "--lang", "ru"]);
    let out = run_with_stdin(cmd, "Как получить патент?\nнепонятный вопрос\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(
            plain(Lang::Ru, "countries-ru-patent")
                .lines()
                .next()
                .unwrap()
        ),
        "{stdout}"
    );
    // Nothing matched: the bot says so and offers a check, a person and the menu.
    assert!(
        stdout.contains(plain(Lang::Ru, "faq-nothing").lines().next().unwrap()),
        "{stdout}"
    );
    assert!(
        stdout.contains(&plain(Lang::Ru, "faq-btn-operator")),
        "{stdout}"
    );
}

#[test]
fn run_without_a_token_says_how_to_get_one_and_exits_2() {
    let out = safar().arg("run").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("BotFather"), "{stderr}");
}

#[test]
fn chat_answers_a_question_typed_as_the_very_first_line() {
    // No --lang: the first line is a question in Russian, not a choice from the picker.
    let mut cmd = safar();
    cmd.arg("chat");
    let out = run_with_stdin(cmd, "Как получить патент?\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let after = stdout
        .split("> Как получить патент?")
        .nth(1)
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        !after.contains(&plain(Lang::Uz, "lang-picker-prompt")),
        "answered, not the picker again:\n{after}"
    );
    assert!(
        after.contains(&plain(Lang::Ru, "faq-lang-hint")),
        "the answer says which language it is in:\n{after}"
    );
    assert!(
        after.contains(&plain(Lang::Ru, "faq-btn-language")),
        "and offers to change it:\n{after}"
    );
}

/// A script of nodes that state facts, some without what `safar check` requires.
const FACTS_YAML: &str = "start: fee
nodes:
  - id: fee
    text: factstest-fee
    title: factstest-title
    keywords: [factstest]
  - id: bot
    text: factstest-bot
    title: factstest-title
    keywords: [factstest]
    reviewed: 2026-11-30
  - id: date
    text: factstest-plain
    title: factstest-title
    keywords: [factstest]
    factual: true
    source: \"brief [57]\"
    reviewed: 30.11.2026
  - id: old
    text: factstest-fee
    title: factstest-title
    keywords: [factstest]
    source: \"brief [57]\"
    reviewed: 2020-01-15
";

#[test]
fn check_refuses_facts_without_source_or_reviewed_and_warns_on_old_reviews() {
    let copy = ContentCopy::new();
    std::fs::write(copy.dialogue("factstest.yaml"), FACTS_YAML).unwrap();
    for lang in ["uz", "ru", "kaa"] {
        std::fs::write(
            copy.locale(lang, "factstest.ftl"),
            "factstest-title = Test\nfactstest-fee = Jarima: 10 000 rubl.\n\
             factstest-bot = Bot: @example_bot\nfactstest-plain = Pasport sizda qolsin.\n",
        )
        .unwrap();
    }
    let run = || {
        safar()
            .args(["check", "--dialogues"])
            .arg(&copy.paths.dialogues)
            .arg("--locales")
            .arg(&copy.paths.locales)
            .output()
            .unwrap()
    };
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let line = |needle: &str| {
        stdout
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{stdout}"))
            .to_string()
    };
    let path = copy.dialogue("factstest.yaml").display().to_string();
    // The node without source or reviewed: where it is, why it is a fact, what to add.
    let fee = line("node `fee` states facts");
    assert!(fee.starts_with(&format!("{path}:3:9: error: ")), "{fee}");
    assert!(fee.contains("the number `10`"), "{fee}");
    assert!(
        fee.contains("add `source: \"…\"`") && fee.contains("`reviewed: YYYY-MM-DD`"),
        "{fee}"
    );
    // `reviewed` without `source`, at the `reviewed` line.
    let bot = line("node `bot` has `reviewed` but no `source`");
    assert!(bot.starts_with(&format!("{path}:11:15: error: ")), "{bot}");
    assert!(line("node `bot` states facts").contains("the handle `@example_bot`"));
    // A malformed date.
    let date = line("`reviewed: 30.11.2026` is not a date");
    assert!(
        date.starts_with(&format!("{path}:18:15: error: ")),
        "{date}"
    );
    // A review older than 12 months: a warning.
    let old = line("node `old` was last reviewed on 2020-01-15");
    assert!(
        old.starts_with(&format!("{path}:24:15: warning: ")),
        "{old}"
    );

    // Fixed: only the warning is left, and the check passes.
    let fixed = FACTS_YAML
        .replace(
            "    keywords: [factstest]\n  - id: bot",
            "    keywords: [factstest]\n    source: \"brief [57]\"\n    reviewed: 2026-11-30\n  - id: bot",
        )
        .replace("    reviewed: 2026-11-30\n  - id: date", "    source: x\n    reviewed: 2026-11-30\n  - id: date")
        .replace("30.11.2026", "2026-11-30");
    std::fs::write(copy.dialogue("factstest.yaml"), fixed).unwrap();
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("was last reviewed on 2020-01-15"),
        "{stdout}"
    );
    // The only warning it adds to those of the shipped content.
    let warnings = |stdout: &str| -> usize {
        let line = stdout.lines().rev().find(|l| l.ends_with(" warning(s)"));
        line.and_then(|l| l.split(' ').next()?.parse().ok())
            .unwrap_or_else(|| panic!("no warning count in:\n{stdout}"))
    };
    let shipped = safar().arg("check").output().unwrap();
    let shipped = String::from_utf8_lossy(&shipped.stdout);
    assert_eq!(warnings(&stdout), warnings(&shipped) + 1, "{stdout}");
    let review_warnings = stdout
        .lines()
        .filter(|l| l.contains("last reviewed on"))
        .count();
    assert_eq!(review_warnings, 1, "{stdout}");
}

/// The operators' toolkit files are checked like the scripts: a typo in a category, a referral
/// without a source or whose text does not give its contact, a snippet stating a fact — all in
/// one run, each with file, line and column.
#[test]
fn check_refuses_toolkit_files_that_break_the_rules() {
    let copy = ContentCopy::new();
    copy.edit(
        &copy.dialogue("case-categories.yaml"),
        "    kaa: \"Basqa\"",
        "    kaa: \"Basqa\"\n    en: \"Other\"",
    );
    copy.edit(
        &copy.dialogue("referrals.yaml"),
        "contact: \"80060\"",
        "contact: \"80061\"",
    );
    copy.edit(
        &copy.dialogue("referrals.yaml"),
        "    source: \"turantimes.kz",
        "    source: \"\"\n    #turantimes.kz",
    );
    copy.edit(
        &copy.dialogue("snippets/uz/snippets.ftl"),
        "where-now = Hozir",
        "where-now = 112 ga qoʻngʻiroq qiling. Hozir",
    );
    let out = safar()
        .args(["check", "--dialogues"])
        .arg(&copy.paths.dialogues)
        .arg("--locales")
        .arg(&copy.paths.locales)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    // The category typo first (the referrals need valid categories): fix it and run again.
    assert!(
        stdout.contains("case-categories.yaml:") && stdout.contains("unknown field `en`"),
        "{stdout}"
    );
    copy.edit(
        &copy.dialogue("case-categories.yaml"),
        "\n    en: \"Other\"",
        "",
    );
    let out = safar()
        .args(["check", "--dialogues"])
        .arg(&copy.paths.dialogues)
        .arg("--locales")
        .arg(&copy.paths.locales)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    for needle in [
        "does not give the contact `80061`",
        "`source` is empty",
        "snippet `where-now` states a fact (the number `112`)",
    ] {
        let line = stdout
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{stdout}"));
        let mut fields = line.splitn(4, ':');
        let (_, l, c) = (
            fields.next(),
            fields.next().unwrap(),
            fields.next().unwrap(),
        );
        assert!(
            l.parse::<u32>().unwrap() > 0 && c.parse::<u32>().unwrap() > 0,
            "{line}"
        );
    }
}
