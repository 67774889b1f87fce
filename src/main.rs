use std::process::ExitCode;

use clap::Parser;
use safar::cli::{self, Cli, Cmd};
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // Before any thread starts (see the module).
    safar::memory::limit_arenas();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("the async runtime starts")
        .block_on(async_main())
}

async fn async_main() -> ExitCode {
    let cli = Cli::parse();
    // The bot logs at info; the terminal tools only say something when it matters.
    let default = match cli.command {
        Cmd::Run(_) => "info",
        Cmd::Chat(_) | Cmd::Check(_) | Cmd::Offer(_) | Cmd::Report(_) => "warn",
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default)),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let result = match cli.command {
        Cmd::Run(args) => cli::run(args).await,
        Cmd::Chat(args) => cli::chat(&args).await,
        Cmd::Check(args) => Ok(cli::check(&args).await),
        Cmd::Offer(args) => Ok(safar::cli::offer::run(&args)),
        Cmd::Report(args) => cli::report::run(&args).await,
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
