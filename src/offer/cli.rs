//! `safar offer [FILE|-] [--lang uz|ru|kaa] [--json] [--lines]`: the same report the bot
//! gives, in a terminal or as JSON for scripts and NGO statistics.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::{OfferChecker, report_reply};
use crate::content::diagnostics::Diagnostics;
use crate::content::texts::Texts;
use crate::core::html::to_plain;
use crate::core::lang::Lang;

#[derive(Debug, Clone, Args)]
pub struct OfferArgs {
    /// File with the offer; `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// Language of the report (uz, uz-Cyrl, ru, kaa, kaa-Cyrl).
    #[arg(long, env = "SAFAR_LANG", default_value = "uz")]
    pub lang: Lang,
    /// Print JSON: {"risk", "flags": [{"category", "rule", "evidence"}], "amounts", "contacts", …}.
    #[arg(long)]
    pub json: bool,
    /// One offer per line (empty lines are skipped): one report (JSON object) per offer.
    #[arg(long)]
    pub lines: bool,
    /// Folder with offer-rules.yaml and offer-registry.yaml.
    #[arg(long, env = "SAFAR_DIALOGUES", default_value = "dialogues")]
    pub dialogues: PathBuf,
    /// Folder of texts, one subfolder per language (uz, ru, kaa).
    #[arg(long, env = "SAFAR_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
}

fn read_input(file: Option<&PathBuf>) -> std::io::Result<String> {
    match file {
        Some(p) if p.as_os_str() != "-" => std::fs::read_to_string(p),
        _ => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            Ok(s)
        }
    }
}

/// Runs `safar offer`: exit 0 after printing the reports, 1 when the rules, registry or texts
/// have errors (printed as `path:line:col`), 2 when the input cannot be read.
pub fn run(args: &OfferArgs) -> ExitCode {
    let input = read_input(args.file.as_ref());
    run_with(
        args,
        input,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

/// [`run`] with the input already read and the output going to `out` and `err`.
pub fn run_with(
    args: &OfferArgs,
    input: std::io::Result<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let mut diags = Diagnostics::default();
    let checker = OfferChecker::load(&args.dialogues, &mut diags);
    let texts = if args.json {
        None
    } else {
        Texts::load_dir(&args.locales, &mut diags)
    };
    let (Some(checker), false) = (checker, diags.has_errors()) else {
        let diags = diags.sorted();
        let _ = write!(err, "{diags}");
        let _ = writeln!(
            err,
            "safar: the offer checker's files have {} error(s); fix them (see `safar check`) and try again",
            diags.errors().count()
        );
        return ExitCode::FAILURE;
    };
    let input = match input {
        Ok(s) => s,
        Err(e) => {
            let name = args
                .file
                .as_ref()
                .map_or("standard input".to_string(), |p| p.display().to_string());
            let _ = writeln!(err, "safar: cannot read {name}: {e}");
            return ExitCode::from(2);
        }
    };
    let offers: Vec<&str> = if args.lines {
        input.lines().filter(|l| !l.trim().is_empty()).collect()
    } else {
        vec![input.as_str()]
    };
    for (i, offer) in offers.iter().enumerate() {
        let report = checker.check(offer);
        let written = match &texts {
            None => writeln!(out, "{}", report.to_json()),
            Some(texts) => {
                let rendered = crate::app::render(texts, args.lang, &report_reply(&report));
                let mut s = String::new();
                if i > 0 {
                    s.push_str("\n----\n\n");
                }
                s.push_str(&to_plain(&rendered.html));
                s.push('\n');
                for row in &rendered.buttons {
                    let labels: Vec<String> = row
                        .iter()
                        .map(|(label, _)| format!("[{}]", to_plain(label)))
                        .collect();
                    s.push_str(&labels.join(" "));
                    s.push('\n');
                }
                write!(out, "{s}")
            }
        };
        if written.is_err() {
            // The reader went away (`| head`): stop quietly.
            return ExitCode::SUCCESS;
        }
    }
    ExitCode::SUCCESS
}
