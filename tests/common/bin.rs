//! Driving the `safar` binary from tests: a clean environment, and piped standard input.

#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The `safar` binary, run from the repository root with none of its environment variables.
pub fn safar() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_safar"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    for var in [
        "SAFAR_TOKEN",
        "TELOXIDE_TOKEN",
        "SAFAR_LANG",
        "SAFAR_DIALOGUES",
        "SAFAR_LOCALES",
        "RUST_LOG",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// Runs `cmd` with `input` on its standard input and waits for it.
pub fn run_with_stdin(mut cmd: Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("safar starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
