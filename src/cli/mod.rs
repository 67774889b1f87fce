//! The `safar` command line: `run`, `chat`, `check`. Every option can also come from an
//! environment variable (shown in `--help`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use url::Url;

pub mod alert;
pub mod ocr;
pub mod offer;
pub mod registry;
pub mod report;

use crate::app::App;
use crate::content::{Content, ContentHandle, ContentPaths};
use crate::diagnostics::Diagnostics;
use crate::lang::Lang;
use crate::store::Store;
use crate::telegram::delivery::DeliveryConfig;
use crate::telegram::{self, TelegramConfig, WebhookConfig};

#[derive(Debug, Parser)]
#[command(
    name = "safar",
    version,
    about = "Safar: a Telegram chatbot for safe labour migration"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Cmd,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Run the Telegram bot (long polling, or a webhook with --webhook-url).
    Run(Box<RunArgs>),
    /// Talk to the bot in this terminal: buttons are numbered, type a number or text.
    Chat(ChatArgs),
    /// Check the scripts and texts; print each problem as path:line:col.
    Check(CheckArgs),
    /// Check a job offer for red flags (from a file, standard input, or a picture).
    Offer(offer::OfferArgs),
    /// Print the text read from a picture (OCR), repaired as the bot repairs it.
    Ocr(ocr::OcrCmdArgs),
    /// Copy the database to FILE, consistently, while the bot runs (SQLite's VACUUM INTO).
    /// Report for the NGO: users, campaigns, offer checks, the hotline (text, CSV or HTML).
    Report(report::ReportArgs),
    Backup(BackupArgs),
    /// The contacts the hotline confirmed from users' scam reports (`registry export`: in the
    /// format of offer-registry.yaml, for the NGO to publish).
    Registry(registry::RegistryArgs),
    /// Alerts to the users who ticked a topic: `alert send FILE --topic T [--dry-run]`,
    /// `alert status`.
    Alert(alert::AlertArgs),
}

#[derive(Debug, Clone, Args)]
pub struct BackupArgs {
    /// Where to write the copy; must not exist yet.
    pub file: PathBuf,
    /// The SQLite database to copy (the one `safar run` uses).
    #[arg(
        long,
        env = "SAFAR_DATABASE_URL",
        default_value = "sqlite:safar.db",
        value_parser = parse_database
    )]
    pub database: String,
}

/// `safar backup FILE`: an online copy of the database, safe while the bot writes to it.
pub async fn backup(args: &BackupArgs) -> anyhow::Result<ExitCode> {
    if args.file.exists() {
        eprintln!(
            "safar: {} already exists; give a new file name (a backup never overwrites)",
            args.file.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    let copied = Store::backup(&args.database, &args.file).await?;
    println!(
        "backed up {} to {} ({copied} bytes)",
        args.database,
        args.file.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub content: ContentArgs,
    #[command(flatten)]
    pub ocr: ocr::OcrArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ContentArgs {
    /// Folder of dialogue scripts (*.yaml).
    #[arg(long, env = "SAFAR_DIALOGUES", default_value = "dialogues")]
    pub dialogues: PathBuf,
    /// Folder of texts, one subfolder per language (uz, ru, kaa).
    #[arg(long, env = "SAFAR_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
}

impl ContentArgs {
    pub fn paths(&self) -> ContentPaths {
        ContentPaths {
            dialogues: self.dialogues.clone(),
            locales: self.locales.clone(),
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Bot token from @BotFather (TELOXIDE_TOKEN is accepted too).
    #[arg(long, env = "SAFAR_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Bot API server address.
    #[arg(
        long,
        env = "SAFAR_API_URL",
        default_value = "https://api.telegram.org",
        value_parser = parse_api_url
    )]
    pub api_url: Url,
    /// SQLite database; created with all migrations on first start.
    #[arg(
        long,
        env = "SAFAR_DATABASE_URL",
        default_value = "sqlite:safar.db",
        value_parser = parse_database
    )]
    pub database: String,
    #[command(flatten)]
    pub content: ContentArgs,
    /// Telegram user ids allowed to use /reload and to publish scripts and texts from Telegram
    /// (file uploads, /versions, /rollback N, /export), comma-separated.
    #[arg(long, env = "SAFAR_ADMINS", value_delimiter = ',', value_parser = parse_user_id)]
    pub admins: Vec<i64>,
    /// Public HTTPS URL for a webhook; without it the bot uses long polling.
    #[arg(long, env = "SAFAR_WEBHOOK_URL", value_parser = parse_webhook_url)]
    pub webhook_url: Option<Url>,
    /// Address the webhook server listens on.
    #[arg(long, env = "SAFAR_LISTEN", default_value = "0.0.0.0:8443")]
    pub listen: SocketAddr,
    /// Secret Telegram must send with each webhook request; generated if unset.
    #[arg(
        long,
        env = "SAFAR_WEBHOOK_SECRET",
        hide_env_values = true,
        value_parser = parse_webhook_secret
    )]
    pub webhook_secret: Option<String>,
    /// Messages per second overall (Telegram allows about 30); 0 = no limit.
    #[arg(long, env = "SAFAR_SEND_RATE", default_value_t = 30,
        value_parser = clap::value_parser!(u32).range(0..=1000))]
    pub send_rate: u32,
    /// Seconds to keep retrying a message Telegram did not take (429, 5xx, timeouts).
    #[arg(long, env = "SAFAR_SEND_RETRY_FOR", default_value_t = 600,
        value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub send_retry_for: u64,
    /// Seconds before one request to the Bot API times out.
    #[arg(long, env = "SAFAR_HTTP_TIMEOUT", default_value_t = 17,
        value_parser = clap::value_parser!(u64).range(2..=600))]
    pub http_timeout: u64,
    #[command(flatten)]
    pub hotline: HotlineArgs,
    #[command(flatten)]
    pub ocr: ocr::OcrArgs,
}

/// The hotline: an operators' group in Telegram.
#[derive(Debug, Clone, Args)]
pub struct HotlineArgs {
    /// Chat id of the operators' group (e.g. -1001234567890). Its members are the operators.
    /// Without it, "talk to a person" points users to the contacts instead.
    #[arg(
        long,
        env = "SAFAR_OPERATORS_CHAT",
        allow_hyphen_values = true,
        value_parser = parse_group_id
    )]
    pub operators_chat: Option<i64>,
    /// Language of the messages in the operators' group (uz, uz-Cyrl, ru, kaa, kaa-Cyrl).
    #[arg(long, env = "SAFAR_OPERATORS_LANG", default_value = "uz")]
    pub operators_lang: Lang,
    /// When operators answer: days, hours and UTC offset.
    #[arg(
        long,
        env = "SAFAR_OFFICE_HOURS",
        default_value = "Mon-Fri 09:00-18:00 +05:00"
    )]
    pub office_hours: crate::app::OfficeHours,
    /// Minutes a case may wait before it is posted to the operators again.
    #[arg(long, env = "SAFAR_REMIND_AFTER", default_value_t = 15.0, value_parser = parse_minutes)]
    pub remind_after: f64,
    /// Days after which a closed case's messages and personal data are purged.
    #[arg(long, env = "SAFAR_RETENTION_DAYS", default_value_t = 90,
        value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub retention_days: u32,
    /// On the 1st of each month, post last month's report (HTML page and CSV files) to the
    /// operators' group.
    #[arg(long, env = "SAFAR_MONTHLY_REPORT")]
    pub monthly_report: bool,
}

impl HotlineArgs {
    pub fn config(&self) -> crate::app::HotlineConfig {
        crate::app::HotlineConfig {
            operators_chat: self.operators_chat,
            operators_lang: self.operators_lang,
            office: self.office_hours,
            // In range: `parse_minutes` accepts (0, 10080].
            remind_after: Duration::from_secs_f64((self.remind_after * 60.0).max(1.0)),
            retention: chrono::Duration::days(i64::from(self.retention_days)),
            monthly_report: self.monthly_report,
            ..crate::app::HotlineConfig::default()
        }
    }
}

/// Telegram's rule for a webhook secret: 1–256 of `A-Z a-z 0-9 _ -`.
pub fn parse_webhook_secret(s: &str) -> Result<String, String> {
    let ok = (1..=256).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(s.to_string())
    } else {
        Err("a webhook secret is 1 to 256 characters: letters A-Z a-z, digits, _ and -".into())
    }
}

/// Minutes, a finite number above 0 and at most a week (10080).
fn parse_minutes(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(m) if m.is_finite() && m > 0.0 && m <= 10_080.0 => Ok(m),
        _ => Err("give minutes as a number above 0 and at most 10080 (a week), e.g. 15".into()),
    }
}

/// A group's chat id: negative (`-1001234567890` for a supergroup).
fn parse_group_id(s: &str) -> Result<i64, String> {
    match s.trim().parse::<i64>() {
        Ok(id) if id < 0 => Ok(id),
        _ => Err("a group's chat id is a negative number like -1001234567890".into()),
    }
}

/// A Telegram user id: a positive number.
fn parse_user_id(s: &str) -> Result<i64, String> {
    match s.trim().parse::<i64>() {
        Ok(id) if id > 0 => Ok(id),
        _ => Err("user ids are positive numbers, comma-separated, e.g. 12345,67890".into()),
    }
}

fn parse_api_url(s: &str) -> Result<Url, String> {
    match Url::parse(s) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => Ok(url),
        _ => Err("the Bot API address is an http(s) URL like https://api.telegram.org".into()),
    }
}

/// Telegram posts webhooks only to HTTPS addresses.
fn parse_webhook_url(s: &str) -> Result<Url, String> {
    match Url::parse(s) {
        Ok(url) if url.scheme() == "https" && url.host().is_some() => Ok(url),
        _ => {
            Err("the webhook address is an https URL like https://bot.example.org/telegram".into())
        }
    }
}

fn parse_database(s: &str) -> Result<String, String> {
    if s.starts_with("sqlite:") {
        Ok(s.to_string())
    } else {
        Err(
            "the database is an SQLite URL like sqlite:safar.db or sqlite:/var/lib/safar/safar.db"
                .into(),
        )
    }
}

#[derive(Debug, Clone, Args)]
pub struct ChatArgs {
    /// Language to start in (uz, uz-Cyrl, ru, kaa, kaa-Cyrl); without it the picker is shown.
    #[arg(long, env = "SAFAR_LANG")]
    pub lang: Option<Lang>,
    #[command(flatten)]
    pub content: ContentArgs,
}

/// Loads content, printing problems to stderr in the same form as `safar check`.
fn load_content(paths: &ContentPaths) -> Option<ContentHandle> {
    match Content::load(paths) {
        Ok((content, _warnings)) => Some(ContentHandle::new(content, paths.clone())),
        Err(diags) => {
            eprint!("{diags}");
            eprintln!(
                "safar: the scripts or texts have {} error(s); fix them (see `safar check`) and start again",
                diags.errors().count()
            );
            None
        }
    }
}

pub async fn check(args: &CheckArgs) -> ExitCode {
    let (report, code) = match Content::load(&args.content.paths()) {
        Ok((content, warnings)) => (
            format!(
                "{warnings}{}  {}\n",
                summary(&content, &warnings),
                args.ocr.describe()
            ),
            ExitCode::SUCCESS,
        ),
        Err(diags) => (
            format!(
                "{diags}{} error(s), {} warning(s)\n",
                diags.errors().count(),
                diags.warnings().count()
            ),
            ExitCode::FAILURE,
        ),
    };
    // `safar check | head` closes the pipe early: that is not an error worth a panic.
    let mut out = std::io::stdout().lock();
    let _ = std::io::Write::write_all(&mut out, report.as_bytes());
    let _ = std::io::Write::flush(&mut out);
    code
}

/// The summary `safar check` prints when everything is valid.
fn summary(content: &Content, warnings: &Diagnostics) -> String {
    let mut lines = Vec::new();
    let scripts = content.scripts.scripts().count();
    let nodes = content.scripts.node_count();
    let keys = content.texts.key_count();
    lines.push(format!(
        "ok: {scripts} script(s), {nodes} node(s), {keys} text(s)"
    ));
    let (rules, combos, agencies) = content.offer.counts();
    lines.push(format!(
        "  offer checker: {rules} rule(s), {combos} combination(s), {agencies} agency(ies)"
    ));
    let (uz, kaa) = content.translit.counts();
    lines.push(format!("  transliteration exceptions: uz {uz}, kaa {kaa}"));
    let (faq_nodes, faq_keywords, faq_words) = content.scripts.faq().counts();
    lines.push(format!(
        "  typed questions: {faq_nodes} node(s) with keywords, {faq_keywords} keyword(s), \
         {faq_words} distinct word(s)"
    ));
    let reviewed: Vec<&str> = content
        .scripts
        .scripts()
        .flat_map(|s| &s.nodes)
        .filter_map(|n| n.reviewed.as_deref())
        .collect();
    lines.push(match reviewed.iter().min() {
        Some(oldest) => format!(
            "  sources: {} node(s) with `source` and `reviewed`, oldest review {oldest}",
            reviewed.len()
        ),
        None => "  sources: no node has `reviewed` yet".to_string(),
    });
    lines.push(format!(
        "  operators' toolkit: {} case categories, {} referral organisations, {} snippets",
        content.categories.0.len(),
        content.referrals.list.len(),
        content.snippets.key_count_in(Lang::Uz)
    ));
    lines.push(format!(
        "  distress phrases: {} ({} of them self-harm)",
        content.distress.len(),
        content.distress.self_harm_len()
    ));
    for lang in Lang::AUTHORED {
        let have = content.texts.key_count_in(lang);
        let pct = (have * 100).checked_div(keys).unwrap_or(100);
        let review = content.texts.review_status(lang).join("; ");
        lines.push(format!(
            "  {lang}: {have}/{keys} texts ({pct}%), review status: {review}"
        ));
    }
    lines.push(format!("{} warning(s)", warnings.0.len()));
    lines.join("\n") + "\n"
}

pub async fn chat(args: &ChatArgs) -> anyhow::Result<ExitCode> {
    let Some(content) = load_content(&args.content.paths()) else {
        return Ok(ExitCode::FAILURE);
    };
    let store = Store::open("sqlite::memory:").await?;
    let app = App::new(content, store, []);
    let stdin = tokio::io::BufReader::new(tokio::io::stdin());
    let echo = !std::io::IsTerminal::is_terminal(&std::io::stdin());
    let mut stdout = std::io::stdout().lock();
    match crate::terminal::chat(&app, args.lang, stdin, &mut stdout, echo).await {
        // The reader went away (`safar chat | head`): nothing more to say.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        other => other.map(|()| ExitCode::SUCCESS).map_err(Into::into),
    }
}

pub const MISSING_TOKEN: &str = "safar: no bot token. Create a bot with @BotFather in Telegram (/newbot), \
then run `SAFAR_TOKEN=<token> safar run`, or try the bot offline with `safar chat`.";

pub async fn run(args: Box<RunArgs>) -> anyhow::Result<ExitCode> {
    // Listening for signals from the first moment: a SIGTERM while the bot starts is a clean
    // stop (once started), not the default death by signal.
    let signals = Signals::new();
    let token = args
        .token
        .clone()
        .or_else(|| std::env::var("TELOXIDE_TOKEN").ok())
        .filter(|t| !t.trim().is_empty());
    let Some(token) = token else {
        eprintln!("{MISSING_TOKEN}");
        return Ok(ExitCode::from(2));
    };
    let Some(content) = load_content(&args.content.paths()) else {
        return Ok(ExitCode::FAILURE);
    };
    let store = Store::open(&args.database).await?;
    crate::memory::trim();
    let mut app = App::new(content.clone(), store.clone(), args.admins.iter().copied())
        .with_hotline(args.hotline.config());
    let (engine, line) = args.ocr.probe();
    tracing::info!("{line}");
    if let Some(engine) = engine {
        app = app.with_ocr(engine);
    }
    let config = TelegramConfig {
        webhook: args.webhook_url.clone().map(|url| WebhookConfig {
            url,
            listen: args.listen,
            secret: args.webhook_secret.clone(),
        }),
        delivery: DeliveryConfig {
            send_rate: args.send_rate,
            retry_for: Duration::from_secs(args.send_retry_for),
        },
        http_timeout: Duration::from_secs(args.http_timeout.max(2)),
        ..TelegramConfig::new(token, Some(args.api_url.clone()))
    };
    let bot = telegram::start(app, config).await?;
    let stop = wait_for_stop(&bot, &content, signals).await;
    bot.stop(Duration::from_secs(5)).await;
    store.close().await;
    match stop {
        Stop::Signal => Ok(ExitCode::SUCCESS),
        // Anything but a signal is a failure, so that a supervisor (systemd's
        // `Restart=on-failure`) starts the bot again.
        Stop::Ended => {
            tracing::error!("the bot stopped on its own; exiting with an error");
            eprintln!("safar: the bot stopped unexpectedly (see the log above)");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Why [`wait_for_stop`] returned.
enum Stop {
    /// Ctrl-C or SIGTERM: a clean stop.
    Signal,
    /// The dispatcher ended by itself.
    Ended,
}

/// SIGTERM and SIGHUP, listened to from the moment this is made.
struct Signals {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    hup: tokio::signal::unix::Signal,
}

impl Signals {
    fn new() -> Signals {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Signals {
                term: signal(SignalKind::terminate()).expect("SIGTERM handler"),
                hup: signal(SignalKind::hangup()).expect("SIGHUP handler"),
            }
        }
        #[cfg(not(unix))]
        Signals {}
    }
}

/// Waits for Ctrl-C or SIGTERM; SIGHUP reloads the scripts and texts meanwhile.
async fn wait_for_stop(
    bot: &telegram::RunningBot,
    content: &ContentHandle,
    signals: Signals,
) -> Stop {
    #[cfg(unix)]
    {
        let Signals { mut term, mut hup } = signals;
        loop {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => return Stop::Signal,
                _ = term.recv() => return Stop::Signal,
                _ = hup.recv() => {
                    tracing::info!("SIGHUP: reloading scripts and texts");
                    let _ = content.reload();
                }
                _ = wait_finished(bot) => return Stop::Ended,
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (content, signals);
        tokio::select! {
            _ = tokio::signal::ctrl_c() => Stop::Signal,
            _ = wait_finished(bot) => Stop::Ended,
        }
    }
}

async fn wait_finished(bot: &telegram::RunningBot) {
    while !bot.is_finished() {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}
