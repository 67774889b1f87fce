use std::process::ExitCode;

use clap::Parser;
use safar::cli::{self, Cli, Cmd};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::FilterExt as _;
use tracing_subscriber::prelude::*;

/// See `safar::memory`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Before any thread starts (see the module).
    safar::memory::configure();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("the async runtime starts")
        .block_on(async_main())
}

async fn async_main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return bad_arguments(&e),
    };
    // The bot logs at info; the terminal tools only say something when it matters.
    let default = match cli.command {
        Cmd::Run(_) => "info",
        Cmd::Chat(_)
        | Cmd::Check(_)
        | Cmd::Offer(_)
        | Cmd::Ocr(_)
        | Cmd::Backup(_)
        | Cmd::Report(_)
        | Cmd::Registry(_)
        | Cmd::Alert(_) => "warn",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
                // Never teloxide's lines that quote Telegram's JSON (users' messages).
                .with_filter(filter.and(safar::telegram::logs::Redact)),
        )
        .init();
    // A panic's message can quote the text being handled (a failed slice prints the string):
    // log where it happened, never what it was about.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(
            at,
            "panic (caught where possible; its message is not logged)"
        );
    }));
    let result = match cli.command {
        Cmd::Run(args) => cli::run(args).await,
        Cmd::Chat(args) => cli::chat(&args).await,
        Cmd::Check(args) => Ok(cli::check(&args).await),
        Cmd::Offer(args) => Ok(safar::cli::offer::run_cli(&args).await),
        Cmd::Ocr(args) => Ok(safar::cli::ocr::run(&args).await),
        Cmd::Backup(args) => cli::backup(&args).await,
        Cmd::Report(args) => cli::report::run(&args).await,
        Cmd::Registry(args) => cli::registry::run(&args).await,
        Cmd::Alert(args) => cli::alert::run(&args).await,
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("safar: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// A wrong option: one line saying which and why (exit code 2). Help and version print as usual.
fn bad_arguments(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::InvalidUtf8 => {
            let rendered = e.render().to_string();
            let line = rendered.lines().next().unwrap_or_default();
            eprintln!("safar: {}", line.trim_start_matches("error: "));
            ExitCode::from(2)
        }
        _ => {
            let _ = e.print();
            ExitCode::from(if e.use_stderr() { 2 } else { 0 })
        }
    }
}
