//! The `safar run` binary as deployed: started against the fake Bot API, talked to, stopped
//! with SIGTERM; and refused with a wrong token.

mod common;

use std::process::Stdio;
use std::time::Duration;

use common::fake_api::FakeApi;
use tokio::process::Command;

fn safar(api: &FakeApi, db: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_safar"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("TELOXIDE_TOKEN")
        .env("RUST_LOG", "info")
        .env("SAFAR_API_URL", api.url())
        .env("SAFAR_DATABASE_URL", format!("sqlite:{}", db.display()))
        .arg("run")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    cmd
}

#[tokio::test]
async fn run_creates_the_database_answers_and_stops_cleanly_on_sigterm() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fresh.db");
    let child = safar(&api, &db)
        .env("SAFAR_TOKEN", api.token())
        .spawn()
        .unwrap();

    let user = api.user(42, "Laylo", Some("ru"));
    api.send_text(&user, "/start");
    let picker = api.next_sent(user.chat_id()).await;
    assert_eq!(picker.buttons.len(), 5);
    assert!(db.exists(), "the database is created on first start");

    let pid = child.id().unwrap().to_string();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(status.success());
    let out = tokio::time::timeout(Duration::from_secs(8), child.wait_with_output())
        .await
        .expect("safar stops within a few seconds of SIGTERM")
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        !log.contains(api.token()),
        "the token never appears in the log:\n{log}"
    );
    assert!(
        !log.contains("/start"),
        "message text never appears in the log:\n{log}"
    );
}

#[tokio::test]
async fn a_wrong_token_is_refused_with_a_clear_message() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let out = safar(&api, &dir.path().join("x.db"))
        .env("SAFAR_TOKEN", "999:WRONG-TOKEN")
        .output()
        .await
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("BotFather"), "{stderr}");
    assert!(!stderr.contains("WRONG-TOKEN"), "{stderr}");
}

#[tokio::test]
async fn teloxide_token_is_accepted_too() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = safar(&api, &dir.path().join("t.db"))
        .env_remove("SAFAR_TOKEN")
        .env("TELOXIDE_TOKEN", api.token())
        .spawn()
        .unwrap();
    let user = api.user(43, "Umid", None);
    api.send_text(&user, "/start");
    api.next_sent(user.chat_id()).await;
    child.kill().await.unwrap();
}

/// Lines of the child's stderr, read as they come, to wait for a log event.
struct Log {
    lines: tokio::sync::mpsc::UnboundedReceiver<String>,
    seen: Vec<String>,
}

impl Log {
    fn follow(child: &mut tokio::process::Child) -> Log {
        use tokio::io::AsyncBufReadExt;
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut reader = tokio::io::BufReader::new(stderr).lines();
            while let Ok(Some(line)) = reader.next_line().await {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Log {
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits for the next line containing `needle`.
    async fn wait_for(&mut self, needle: &str) -> String {
        let found = tokio::time::timeout(Duration::from_secs(10), async {
            while let Some(line) = self.lines.recv().await {
                self.seen.push(line.clone());
                if line.contains(needle) {
                    return Some(line);
                }
            }
            None
        })
        .await;
        match found {
            Ok(Some(line)) => line,
            _ => panic!(
                "no log line with {needle:?}; saw:\n{}",
                self.seen.join("\n")
            ),
        }
    }
}

#[tokio::test]
async fn sighup_reloads_and_keeps_the_last_good_version_when_broken() {
    use common::harness::ContentCopy;
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let content = ContentCopy::new();
    let mut child = safar(&api, &dir.path().join("h.db"))
        .env("SAFAR_TOKEN", api.token())
        .env("SAFAR_DIALOGUES", &content.paths.dialogues)
        .env("SAFAR_LOCALES", &content.paths.locales)
        .spawn()
        .unwrap();
    let mut log = Log::follow(&mut child);
    let pid = child.id().unwrap().to_string();
    let hup = || {
        let status = std::process::Command::new("kill")
            .args(["-HUP", &pid])
            .status()
            .unwrap();
        assert!(status.success());
    };
    let user = api.user(44, "Shoira", Some("ru"));
    api.press_button(&user, 1, "l:ru");
    let menu = api.next_sent(user.chat_id()).await;
    let old_menu_text = menu.text.split("\n\n").last().unwrap().to_string();

    // A broken edit, then SIGHUP: refused, the file named in the log, the old texts kept.
    content.edit(
        &content.locale("ru", "menu.ftl"),
        "main-menu = ",
        "main-menu = { $broken ",
    );
    hup();
    let refused = log.wait_for("menu.ftl:").await;
    assert!(refused.contains("Fluent syntax error"), "{refused}");
    api.send_text(&user, "/menu");
    assert_eq!(api.next_sent(user.chat_id()).await.text, old_menu_text);

    // Fixed and changed, then SIGHUP: the new text is used.
    content.edit(
        &content.locale("ru", "menu.ftl"),
        "main-menu = { $broken ",
        "main-menu = ОБНОВЛЕНО. ",
    );
    hup();
    log.wait_for("content reloaded").await;
    api.send_text(&user, "/menu");
    let text = api.next_sent(user.chat_id()).await.text;
    assert!(text.starts_with("ОБНОВЛЕНО. "), "{text}");
    child.kill().await.unwrap();
}
