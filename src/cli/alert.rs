//! `safar alert send FILE --topic T [--dry-run]` and `safar alert status`: alerts to the users
//! who ticked a topic. The recipients are written to the outbox as one job, in
//! chunks, each with the job's progress: stopped halfway (a crash, Ctrl-C), the running bot
//! continues it (it looks for unfinished jobs at start and every half minute), and nobody gets
//! it twice. The bot sends the rows like any other, after the users' replies.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{ContentArgs, load_content, parse_database};
use crate::app::App;
use crate::store::Store;
use crate::store::alerts::AlertCounts;

#[derive(Debug, Clone, Args)]
pub struct AlertArgs {
    #[command(subcommand)]
    pub command: AlertCmd,
}

#[derive(Debug, Clone, Subcommand)]
pub enum AlertCmd {
    /// Send an alert file (dialogues/alerts/*.ftl) to everyone subscribed to a topic.
    Send(SendArgs),
    /// Counts per alert: recipients, delivered, failed, unreachable, still pending.
    Status(StatusArgs),
}

#[derive(Debug, Clone, Args)]
pub struct SendArgs {
    /// The alert file: one Fluent message per language (`uz`, `ru`, `kaa`).
    pub file: PathBuf,
    /// The topic of dialogues/alerts.yaml whose subscribers get it.
    #[arg(long)]
    pub topic: String,
    /// Only show the alert in every language and how many would get it.
    #[arg(long)]
    pub dry_run: bool,
    /// SQLite database of the bot.
    #[arg(
        long,
        env = "SAFAR_DATABASE_URL",
        default_value = "sqlite:safar.db",
        value_parser = parse_database
    )]
    pub database: String,
    #[command(flatten)]
    pub content: ContentArgs,
}

#[derive(Debug, Clone, Args)]
pub struct StatusArgs {
    /// SQLite database of the bot.
    #[arg(
        long,
        env = "SAFAR_DATABASE_URL",
        default_value = "sqlite:safar.db",
        value_parser = parse_database
    )]
    pub database: String,
    /// How many alerts to show, newest first.
    #[arg(long, default_value_t = 20)]
    pub last: i64,
}

pub async fn run(args: &AlertArgs) -> anyhow::Result<ExitCode> {
    match &args.command {
        AlertCmd::Send(a) => send(a).await,
        AlertCmd::Status(a) => status(a).await,
    }
}

async fn send(args: &SendArgs) -> anyhow::Result<ExitCode> {
    let Some(content) = load_content(&args.content.paths()) else {
        return Ok(ExitCode::FAILURE);
    };
    if content.get().alert_topics.get(&args.topic).is_none() {
        let known: Vec<String> = content
            .get()
            .alert_topics
            .0
            .iter()
            .map(|t| t.id.clone())
            .collect();
        eprintln!(
            "safar: there is no topic `{}` in {}/alerts.yaml; the topics are: {}",
            args.topic,
            args.content.dialogues.display(),
            known.join(", ")
        );
        return Ok(ExitCode::FAILURE);
    }
    let store = Store::open(&args.database).await?;
    let app = App::new(content, store.clone(), []);
    let alert = match app.load_alert(&args.file) {
        Ok(a) => a,
        Err(diags) => {
            eprint!("{diags}");
            eprintln!("safar: the alert was not sent; fix it and try again");
            return Ok(ExitCode::FAILURE);
        }
    };
    let audience = store.alert_audience(&args.topic).await?;
    let total: i64 = audience.values().sum();
    let buttons = app.alert_buttons(&alert);
    for lang in crate::lang::Lang::ALL {
        println!(
            "--- {} ({} recipient(s))",
            lang.code(),
            audience.get(lang.code()).copied().unwrap_or(0)
        );
        println!("{}", alert.render(lang));
        for b in &buttons {
            let label = b.labels.get(lang.code()).map_or("", String::as_str);
            println!("[ {label} ] → {}", b.page);
        }
    }
    println!("--- {total} recipient(s) subscribed to `{}`", args.topic);
    if args.dry_run {
        println!("dry run: nothing was sent");
        store.close().await;
        return Ok(ExitCode::SUCCESS);
    }
    let id = app.create_alert_job(&alert, &args.topic, None).await?;
    let written = app.write_alert_jobs(|| {}).await;
    println!(
        "alert {id} queued for {written} recipient(s); the bot sends it after the users' replies \
         (see `safar alert status`)"
    );
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// The counts of one alert, one line.
pub fn status_line(c: &AlertCounts) -> String {
    let writing = if c.state == "writing" {
        " (recipients still being written)"
    } else {
        ""
    };
    format!(
        "#{} {} → {} on {}: {} recipient(s), {} delivered, {} pending, {} failed, {} unreachable, \
         buttons pressed {} time(s) by {} user(s){writing}",
        c.id,
        c.name,
        c.topic,
        c.created_at.get(..16).unwrap_or(&c.created_at),
        c.recipients,
        c.delivered,
        c.pending,
        c.failed,
        c.unreachable,
        c.presses,
        c.pressed_by
    )
}

async fn status(args: &StatusArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open(&args.database).await?;
    let counts = store.alert_counts(args.last).await?;
    if counts.is_empty() {
        println!("no alerts sent yet");
    }
    for c in &counts {
        println!("{}", status_line(c));
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
