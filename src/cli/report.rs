//! `safar report [--from DATE] [--to DATE] [--campaign TAG] [--format text|csv|html]
//! [--out FILE]`: what the bot reached and what the hotline did, for the NGO.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Duration, NaiveDate, Utc};
use clap::{Args, ValueEnum};

use crate::app::OfficeHours;
use crate::app::report::{Report, ReportRequest, render_csv, render_html, render_text};
use crate::content::texts::Texts;
use crate::diagnostics::Diagnostics;
use crate::lang::Lang;
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A summary for the terminal.
    Text,
    /// One CSV file per table (UTF-8 with BOM, for Excel), written into the --out folder.
    Csv,
    /// One self-contained HTML page with charts.
    Html,
}

#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// First day (YYYY-MM-DD, UTC); default: 30 days before --to.
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// Last day, included (YYYY-MM-DD, UTC); default: today.
    #[arg(long)]
    pub to: Option<NaiveDate>,
    /// Only what the users of this campaign (`start=` tag) did: every counter, the funnel and
    /// the hotline's cases.
    #[arg(long)]
    pub campaign: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// File to write (text, html); folder for the CSV files (default: the current folder).
    /// Without it text and HTML go to standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Language of the report (uz, uz-Cyrl, ru, kaa, kaa-Cyrl).
    #[arg(long, env = "SAFAR_OPERATORS_LANG", default_value = "uz")]
    pub lang: Lang,
    /// SQLite database of the bot.
    #[arg(long, env = "SAFAR_DATABASE_URL", default_value = "sqlite:safar.db")]
    pub database: String,
    /// Office hours, to split the time to Take into inside and outside them.
    #[arg(
        long,
        env = "SAFAR_OFFICE_HOURS",
        default_value = "Mon-Fri 09:00-18:00 +05:00"
    )]
    pub office_hours: OfficeHours,
    /// Folder of texts, one subfolder per language (uz, ru, kaa).
    #[arg(long, env = "SAFAR_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
    /// Folder of the scripts, for the names of case categories and organisations.
    #[arg(long, env = "SAFAR_DIALOGUES", default_value = "dialogues")]
    pub dialogues: PathBuf,
}

pub async fn run(args: &ReportArgs) -> anyhow::Result<ExitCode> {
    let mut diags = Diagnostics::default();
    let Some(texts) = Texts::load_dir(&args.locales, &mut diags) else {
        eprint!("{diags}");
        return Ok(ExitCode::FAILURE);
    };
    let to = args.to.unwrap_or_else(|| Utc::now().date_naive());
    let from = args.from.unwrap_or(to - Duration::days(29));
    if from > to {
        eprintln!("safar: --from {from} is after --to {to}");
        return Ok(ExitCode::from(2));
    }
    let store = Store::open(&args.database).await?;
    let req = ReportRequest {
        from,
        to,
        campaign: args.campaign.clone(),
        office: args.office_hours,
    };
    let mut report = Report::load(&store, &req).await?;
    store.close().await;
    // The names of case categories and organisations; their ids if the content has errors.
    let paths = crate::content::ContentPaths {
        dialogues: args.dialogues.clone(),
        locales: args.locales.clone(),
    };
    if let Ok((content, _)) = crate::content::Content::load(&paths) {
        report.name_ids(&content, args.lang);
    }
    match args.format {
        Format::Csv => {
            let dir = args.out.clone().unwrap_or_else(|| PathBuf::from("."));
            std::fs::create_dir_all(&dir)?;
            for (name, bytes) in render_csv(&report) {
                let path = dir.join(name);
                std::fs::write(&path, bytes)?;
                println!("{}", path.display());
            }
        }
        format => {
            let body = match format {
                Format::Html => render_html(&report, &texts, args.lang),
                _ => render_text(&report, &texts, args.lang),
            };
            match &args.out {
                Some(path) => std::fs::write(path, body)?,
                None => {
                    use std::io::Write;
                    let mut out = std::io::stdout().lock();
                    let _ = out.write_all(body.as_bytes());
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
