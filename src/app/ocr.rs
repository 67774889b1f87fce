//! The OCR engine: an external program (Tesseract) that reads a picture from its standard
//! input and writes the text to its standard output, run in a bounded pool with a timeout.
//!
//! The picture is handed over on a pipe: it is never written to disk, and nothing of it is
//! kept once the read is over. What the engine read is repaired ([`crate::ocr::repair`]) by
//! the caller, with the offer checker's vocabulary.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::sync::Semaphore;

use crate::lang::Lang;
use crate::ocr::preprocess::{self, Steps};

/// The largest picture read (bytes): Telegram's photos are far smaller.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// How the engine is run.
#[derive(Debug, Clone)]
pub struct OcrConfig {
    /// The program: `tesseract`, or `--ocr-command`.
    pub command: PathBuf,
    /// At most this many pictures are read at a time (`--ocr-workers`).
    pub workers: usize,
    /// A read that takes longer is abandoned (the program is killed).
    pub timeout: Duration,
    /// Preprocessing steps (all, unless measuring).
    pub steps: Steps,
}

impl OcrConfig {
    /// One worker per core but one, never below one.
    pub fn default_workers() -> usize {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get().saturating_sub(1))
            .max(1)
    }

    pub fn new(command: PathBuf) -> OcrConfig {
        OcrConfig {
            command,
            workers: OcrConfig::default_workers(),
            timeout: Duration::from_secs(30),
            steps: Steps::SHIPPED,
        }
    }
}

/// Why a picture was not read.
#[derive(Debug, thiserror::Error)]
pub enum OcrError {
    #[error("the picture is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error(transparent)]
    BadImage(#[from] preprocess::BadImage),
    #[error("the OCR program did not finish within {0:?}")]
    Timeout(Duration),
    #[error("the OCR program could not be started: {0}")]
    Start(std::io::Error),
    #[error("the OCR program failed ({0})")]
    Failed(String),
}

/// The engine, shared by all chats (cheap to clone).
#[derive(Debug, Clone)]
pub struct Ocr {
    config: Arc<OcrConfig>,
    pool: Arc<Semaphore>,
}

impl Ocr {
    pub fn new(config: OcrConfig) -> Ocr {
        let pool = Arc::new(Semaphore::new(config.workers.max(1)));
        Ocr {
            config: Arc::new(config),
            pool,
        }
    }

    /// The engine if one is there: `command` if given (it must run), otherwise `tesseract` if
    /// it is on the PATH. `None`: OCR is off, and photos get the paste advice as before.
    pub fn detect(command: Option<PathBuf>) -> Option<OcrConfig> {
        match command {
            Some(c) => Some(OcrConfig::new(c)),
            None => find_on_path("tesseract").map(OcrConfig::new),
        }
    }

    pub fn config(&self) -> &OcrConfig {
        &self.config
    }

    /// Reads the text of a picture (JPEG or PNG bytes) for a user of `lang`. Waits for a free
    /// worker first; the timeout counts from when the program starts.
    pub async fn read(&self, bytes: Vec<u8>, lang: Option<Lang>) -> Result<String, OcrError> {
        if bytes.len() > MAX_BYTES {
            return Err(OcrError::TooLarge);
        }
        let _permit = self
            .pool
            .clone()
            .acquire_owned()
            .await
            .expect("the pool is never closed");
        let steps = self.config.steps;
        // Decoding and resizing are CPU work: off the async threads.
        let prepared = tokio::task::spawn_blocking(move || preprocess::prepare(bytes, steps))
            .await
            .map_err(|e| OcrError::Failed(format!("preprocessing panicked: {e}")))??;
        run(&self.config, prepared, crate::ocr::languages(lang)).await
    }
}

async fn run(config: &OcrConfig, picture: Vec<u8>, langs: &str) -> Result<String, OcrError> {
    let mut child = tokio::process::Command::new(&config.command)
        .args(["stdin", "stdout", "-l", langs, "--psm", "3"])
        // One thread per read: the pool is what bounds the work.
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(OcrError::Start)?;
    let mut stdin = child.stdin.take().expect("piped");
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let work = async {
        let write = async {
            // A program that exits without reading all of it is not an error here.
            let _ = stdin.write_all(&picture).await;
            drop(stdin);
        };
        let mut text = Vec::new();
        let mut errors = Vec::new();
        let (_, out, _) = tokio::join!(
            write,
            stdout.read_to_end(&mut text),
            stderr.read_to_end(&mut errors)
        );
        out.map_err(|e| OcrError::Failed(e.to_string()))?;
        let status = child
            .wait()
            .await
            .map_err(|e| OcrError::Failed(e.to_string()))?;
        if !status.success() {
            let first = String::from_utf8_lossy(&errors);
            let first = first.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            return Err(OcrError::Failed(format!("{status}: {first}")));
        }
        Ok(String::from_utf8_lossy(&text).into_owned())
    };
    match tokio::time::timeout(config.timeout, work).await {
        Ok(result) => result,
        // Dropping the future drops the child: it is killed (`kill_on_drop`).
        Err(_) => Err(OcrError::Timeout(config.timeout)),
    }
}

/// `name` in one of the PATH's folders, if it is there and executable.
fn find_on_path(name: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt as _;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| {
            std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}
