//! OCR on the command line: the engine's options (`--ocr-command`, `--ocr-workers`,
//! `--ocr-timeout`, shared by `run`, `check`, `offer --image` and `ocr`), and `safar ocr FILE`,
//! which prints the text read from a picture.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;

use crate::app::ocr::{Ocr, OcrConfig, OcrError};
use crate::diagnostics::Diagnostics;
use crate::lang::Lang;
use crate::offer::OfferChecker;

#[derive(Debug, Clone, Args)]
pub struct OcrArgs {
    /// The OCR program (Tesseract's command line: `PROGRAM stdin stdout -l LANGS`). Without
    /// it, `tesseract` is used if it is on the PATH; otherwise OCR is off and pictures get the
    /// advice to paste the text.
    #[arg(long, env = "SAFAR_OCR_COMMAND")]
    pub ocr_command: Option<PathBuf>,
    /// Pictures read at the same time, at most (default: one per CPU core but one, at least 1).
    #[arg(long, env = "SAFAR_OCR_WORKERS", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub ocr_workers: Option<u16>,
    /// Seconds a picture's read may take before it is given up.
    #[arg(long, env = "SAFAR_OCR_TIMEOUT", default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..=600))]
    pub ocr_timeout: u64,
}

impl OcrArgs {
    /// The engine's settings, or `None` when there is no engine (OCR off).
    pub fn config(&self) -> Option<OcrConfig> {
        let mut config = Ocr::detect(self.ocr_command.clone())?;
        if let Some(n) = self.ocr_workers {
            config.workers = usize::from(n);
        }
        config.timeout = Duration::from_secs(self.ocr_timeout);
        Some(config)
    }

    /// One line for `safar check` and the start-up log: on (which program, how many workers,
    /// which of its languages are missing) or off, and why.
    pub fn describe(&self) -> String {
        self.probe().1
    }

    /// The engine if the program is there and runs (`None`: off), with the line saying so.
    /// The program is asked for its languages once.
    pub fn probe(&self) -> (Option<Ocr>, String) {
        let Some(config) = self.config() else {
            return (
                None,
                "OCR: off (no `tesseract` on the PATH and no --ocr-command); pictures get the \
                    advice to paste the text. Install Debian's tesseract-ocr tesseract-ocr-rus \
                    tesseract-ocr-uzb tesseract-ocr-uzb-cyrl to read them"
                    .to_string(),
            );
        };
        let program = config.command.display().to_string();
        match languages(&config) {
            Err(e) => (None, format!("OCR: off ({program} does not run: {e})")),
            Ok(langs) => {
                let missing: Vec<&str> = ["rus", "uzb", "uzb_cyrl"]
                    .into_iter()
                    .filter(|l| !langs.iter().any(|x| x == l))
                    .collect();
                let mut line = format!(
                    "OCR: on ({program}, {} worker(s), {} s timeout)",
                    config.workers,
                    config.timeout.as_secs()
                );
                if !missing.is_empty() {
                    line.push_str(&format!(
                        "; its languages lack {}: install tesseract-ocr-rus, tesseract-ocr-uzb, \
                         tesseract-ocr-uzb-cyrl",
                        missing.join(", ")
                    ));
                }
                (Some(Ocr::new(config)), line)
            }
        }
    }

    /// The engine if the program is there and runs.
    pub fn engine(&self) -> Option<Ocr> {
        self.probe().0
    }
}

/// The languages the program knows (`--list-langs`); an error if it does not run.
fn languages(config: &OcrConfig) -> Result<Vec<String>, String> {
    let out = std::process::Command::new(&config.command)
        .arg("--list-langs")
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("--list-langs failed ({})", out.status));
    }
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    Ok(text
        .lines()
        .skip_while(|l| !l.starts_with("List of available languages"))
        .skip(1)
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect())
}

#[derive(Debug, Clone, Args)]
pub struct OcrCmdArgs {
    /// The picture (JPEG or PNG).
    pub file: PathBuf,
    /// The reader's language: its script is tried first (uz, uz-Cyrl, ru, kaa, kaa-Cyrl).
    #[arg(long, env = "SAFAR_LANG", default_value = "ru")]
    pub lang: Lang,
    /// Print the text as the engine read it, without the repairs.
    #[arg(long)]
    pub raw: bool,
    /// Folder with offer-rules.yaml (its words repair the text read).
    #[arg(long, env = "SAFAR_DIALOGUES", default_value = "dialogues")]
    pub dialogues: PathBuf,
    #[command(flatten)]
    pub ocr: OcrArgs,
}

/// Reads a picture file with the engine and repairs the text with the checker's words.
/// Errors are printed; the exit code is returned as `Err`.
pub async fn read_file(
    file: &Path,
    lang: Lang,
    ocr: &OcrArgs,
    dialogues: &Path,
    raw: bool,
) -> Result<String, ExitCode> {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("safar: cannot read {}: {e}", file.display());
            return Err(ExitCode::from(2));
        }
    };
    let (Some(engine), _) = ocr.probe() else {
        eprintln!("safar: {}", ocr.describe());
        return Err(ExitCode::from(2));
    };
    let text = match engine.read(bytes, Some(lang)).await {
        Ok(t) => t,
        Err(e @ (OcrError::BadImage(_) | OcrError::TooLarge)) => {
            eprintln!("safar: {}: {e}", file.display());
            return Err(ExitCode::from(2));
        }
        Err(e) => {
            eprintln!("safar: {}: {e}", file.display());
            return Err(ExitCode::FAILURE);
        }
    };
    if raw {
        return Ok(text.trim_end().to_string());
    }
    let mut diags = Diagnostics::default();
    let Some(checker) = OfferChecker::load(dialogues, &mut diags).filter(|_| !diags.has_errors())
    else {
        eprint!("{}", diags.sorted());
        eprintln!("safar: the offer checker's files have errors; fix them (see `safar check`)");
        return Err(ExitCode::FAILURE);
    };
    Ok(crate::ocr::repair::Repairer::from_checker(&checker).repair(&text))
}

/// `safar ocr FILE`: the text read from a picture, repaired as the bot repairs it.
pub async fn run(args: &OcrCmdArgs) -> ExitCode {
    match read_file(&args.file, args.lang, &args.ocr, &args.dialogues, args.raw).await {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{text}");
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}
