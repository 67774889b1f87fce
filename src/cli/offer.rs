//! `safar offer [FILE|-] [--lang uz|ru|kaa] [--json] [--lines]`: the same report the bot
//! gives, in a terminal or as JSON for scripts and NGO statistics.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::content::texts::Texts;
use crate::core::offer_reply::report_reply;
use crate::diagnostics::Diagnostics;
use crate::html::to_plain;
use crate::lang::Lang;
use crate::offer::OfferChecker;
use crate::offer::confirmed::ConfirmedContacts;
use crate::store::Store;

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
    /// Read the offer from a picture (a screenshot: JPEG or PNG) with the OCR engine.
    #[arg(long, conflicts_with_all = ["file", "lines"])]
    pub image: Option<PathBuf>,
    /// With --image: print the text read before the report (to standard error with --json).
    #[arg(long, requires = "image")]
    pub show_text: bool,
    #[command(flatten)]
    pub ocr: super::ocr::OcrArgs,
    /// Folder with offer-rules.yaml and offer-registry.yaml.
    #[arg(long, env = "SAFAR_DIALOGUES", default_value = "dialogues")]
    pub dialogues: PathBuf,
    /// Folder of texts, one subfolder per language (uz, ru, kaa).
    #[arg(long, env = "SAFAR_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
    /// The bot's SQLite database (sqlite:safar.db): also check against the phones, handles,
    /// links and company names its hotline confirmed from scam reports, as the bot does.
    #[arg(long)]
    pub database: Option<String>,
}

/// The contacts and names the hotline confirmed, from the bot's database (which must exist).
async fn confirmed_in(url: &str) -> Result<ConfirmedContacts, String> {
    let file = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .ok_or_else(|| format!("{url} is not an SQLite URL like sqlite:safar.db"))?;
    let file = file.split('?').next().unwrap_or(file);
    if !std::path::Path::new(file).exists() {
        return Err(format!("there is no database at {file}"));
    }
    let store = Store::open(url).await.map_err(|e| e.to_string())?;
    let confirmed = (*store.confirmed_contacts()).clone();
    store.close().await;
    Ok(confirmed)
}

/// `safar offer`, from the command line: the confirmed contacts read first with `--database`,
/// then a picture or text checked.
pub async fn run_cli(args: &OfferArgs) -> ExitCode {
    let confirmed = match &args.database {
        None => ConfirmedContacts::default(),
        Some(url) => match confirmed_in(url).await {
            Ok(c) => c,
            Err(e) => {
                eprintln!("safar: cannot read the hotline's confirmed contacts: {e}");
                return ExitCode::from(2);
            }
        },
    };
    if args.image.is_some() {
        return run_image(args, &confirmed).await;
    }
    let input = read_input(args.file.as_ref());
    run_against(
        args,
        input,
        &confirmed,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
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

/// `safar offer --image FILE`: the picture is read (OCR, repaired as the bot does), then
/// checked like pasted text. Exit 2 when the picture cannot be read or OCR is off.
async fn run_image(args: &OfferArgs, confirmed: &ConfirmedContacts) -> ExitCode {
    let Some(image) = &args.image else {
        return ExitCode::from(2);
    };
    let text =
        match super::ocr::read_file(image, args.lang, &args.ocr, &args.dialogues, false).await {
            Ok(text) => text,
            Err(code) => return code,
        };
    if args.show_text {
        let shown = format!("text read from the picture:\n{text}\n----\n");
        if args.json {
            eprint!("{shown}");
        } else {
            print!("{shown}");
        }
    }
    run_against(
        args,
        Ok(text),
        confirmed,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

/// Runs `safar offer` on input already read, the output going to `out` and `err`: exit 0
/// after printing the reports, 1 when the rules, registry or texts have errors (printed as
/// `path:line:col`), 2 when the input cannot be read.
pub fn run_with(
    args: &OfferArgs,
    input: std::io::Result<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    run_against(args, input, &ConfirmedContacts::default(), out, err)
}

/// [`run_with`], also against the contacts the hotline confirmed.
fn run_against(
    args: &OfferArgs,
    input: std::io::Result<String>,
    confirmed: &ConfirmedContacts,
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
        let report = checker.check_with(offer, confirmed);
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

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    fn dialogues() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues")
    }

    #[test]
    fn cli_prints_the_report_or_json_and_exits_with_codes() {
        use std::process::ExitCode;
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let args = |json: bool, dialogues: PathBuf| OfferArgs {
            file: None,
            lang: Lang::Ru,
            json,
            lines: true,
            dialogues,
            locales: root.join("locales"),
            image: None,
            show_text: false,
            ocr: crate::cli::ocr::OcrArgs {
                ocr_command: None,
                ocr_workers: None,
                ocr_timeout: 30,
            },
            database: None,
        };
        let input = "Dubayga qizlar kerak, xostes. Oldindan toʻlov 500$\n\nПредоплата 50%\n";
        let run = |a: &OfferArgs, input: std::io::Result<String>| {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let code = run_with(a, input, &mut out, &mut err);
            (
                code,
                String::from_utf8(out).unwrap(),
                String::from_utf8(err).unwrap(),
            )
        };

        let (code, out, _) = run(&args(false, dialogues()), Ok(input.into()));
        assert_eq!(code, ExitCode::SUCCESS);
        assert!(out.contains("Риск: высокий"), "{out}");
        assert!(out.contains("«Oldindan toʻlov»"), "{out}");
        assert!(out.contains("[💬 Поговорить с человеком]"), "{out}");
        assert_eq!(out.matches("\n----\n").count(), 1, "two offers: {out}");

        let (code, out, _) = run(&args(true, dialogues()), Ok(input.into()));
        assert_eq!(code, ExitCode::SUCCESS);
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["flags"][0]["evidence"][0]["text"], "Предоплата");

        let missing = Err(std::io::Error::new(std::io::ErrorKind::NotFound, "gone"));
        let (code, _, err) = run(&args(true, dialogues()), missing);
        assert_eq!(code, ExitCode::from(2));
        assert!(err.contains("cannot read standard input"), "{err}");

        let empty = tempfile::tempdir().unwrap();
        let (code, _, err) = run(&args(true, empty.path().to_path_buf()), Ok(input.into()));
        assert_eq!(code, ExitCode::FAILURE);
        assert!(err.contains("offer-rules.yaml: error:"), "{err}");
    }
}
