//! `safar chat`: the same engine in a terminal. Buttons are shown numbered; typing a number
//! presses one, anything else is sent as typed text (commands such as `/menu` work too).
//! Works with piped input, so an NGO can preview a script with a file of answers; ends at EOF.

use std::io::Write;

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::app::{App, Incoming, Rendered};
use crate::core::callback::Callback;
use crate::core::input::{Command, Input};
use crate::html::to_plain;
use crate::lang::Lang;
use crate::store::UserKey;

/// The local user's id: terminal sessions use an in-memory database, so it never collides.
const LOCAL_USER: UserKey = UserKey {
    user_id: 1,
    chat_id: 1,
};

/// Runs a conversation reading `input` line by line, writing the bot's side to `out`.
/// `echo` repeats each input line after `> ` (for piped input, so the output reads as a
/// transcript).
pub async fn chat<R, W>(
    app: &App,
    lang: Option<Lang>,
    input: R,
    out: &mut W,
    echo: bool,
) -> std::io::Result<()>
where
    R: AsyncBufRead + Unpin,
    W: Write,
{
    let first = match lang {
        Some(lang) => Input::Button(Callback::Lang(lang).into()),
        None => Input::Command(Command::Start { payload: None }),
    };
    let mut buttons = say(app, first, out).await?;
    let mut lines = input.lines();
    loop {
        if !echo {
            write!(out, "> ")?;
            out.flush()?;
        }
        let Some(line) = lines.next_line().await? else {
            break;
        };
        let line = line.trim();
        if echo {
            writeln!(out, "> {line}")?;
        }
        if line.is_empty() {
            continue;
        }
        let input = match line.parse::<usize>() {
            Ok(n) if (1..=buttons.len()).contains(&n) => Input::Button(buttons[n - 1].clone()),
            _ => Input::from_text(line),
        };
        buttons = say(app, input, out).await?;
    }
    if !echo {
        writeln!(out)?;
    }
    Ok(())
}

/// Sends one input and prints the replies; returns the callback data of the buttons shown,
/// in the order they are numbered.
async fn say<W: Write>(app: &App, input: Input, out: &mut W) -> std::io::Result<Vec<String>> {
    let replies = app.handle(Incoming::new(LOCAL_USER, None, input)).await;
    let mut data = Vec::new();
    for reply in &replies {
        print_reply(reply, &mut data, out)?;
    }
    Ok(data)
}

fn print_reply<W: Write>(
    reply: &Rendered,
    data: &mut Vec<String>,
    out: &mut W,
) -> std::io::Result<()> {
    writeln!(out)?;
    for line in to_plain(&reply.html).lines() {
        writeln!(out, "  {line}")?;
    }
    for row in &reply.buttons {
        for (label, callback) in row {
            data.push(callback.clone());
            writeln!(out, "  [{}] {}", data.len(), to_plain(label))?;
        }
    }
    writeln!(out)?;
    Ok(())
}
