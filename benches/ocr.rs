//! OCR of offer screenshots (`tests/screens/`), read and printed, no floor:
//!
//! 1. the held-out set (never tuned on): the checker's verdict on each picture against its
//!    verdict on the pasted text, with and without preprocessing and repair, in the same run;
//! 2. ten screenshots in flight through the bot's pool (default workers: one per core but
//!    one): milliseconds per read, the wall time, and the peak memory (this process and the
//!    OCR programs it started, sampled every 20 ms).
//!
//! `cargo bench --bench ocr` (needs Tesseract with rus, uzb, uzb_cyrl, and the DejaVu fonts).

#[path = "../tests/ocr.rs"]
#[allow(dead_code)]
mod ocr;

use std::time::{Duration, Instant};

use safar::app::ocr::{Ocr, OcrConfig};
use safar::ocr::preprocess::Steps;

fn main() {
    let Some(raw) = ocr::tesseract(Steps::NONE) else {
        return;
    };
    let Some(prepared) = ocr::tesseract(Steps::ALL) else {
        return;
    };
    let checker = ocr::checker();
    let set = ocr::screens_held_out();
    let without = ocr::read_all(&raw, &checker, &set);
    ocr::print_figures("held-out, no preprocessing (as shipped)", &without);
    let with = ocr::read_all(&prepared, &checker, &set);
    ocr::print_figures("held-out, inverted and enlarged", &with);
    in_flight(&set[..10]);
}

/// Ten pictures handed to the pool at once, as ten users would send them.
fn in_flight(screens: &[ocr::Screen]) {
    let config = OcrConfig::new("tesseract".into());
    let workers = config.workers;
    let engine = Ocr::new(config);
    let pictures: Vec<Vec<u8>> = screens.iter().map(|s| s.jpeg()).collect();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let base = rss_kb(std::process::id());
    let (wall, reads, peak) = rt.block_on(async {
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let sampler = tokio::task::spawn_blocking({
            let done = done.clone();
            move || {
                let mut peak = 0;
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    peak = peak.max(tree_rss_kb());
                    std::thread::sleep(Duration::from_millis(20));
                }
                peak
            }
        });
        let start = Instant::now();
        let tasks: Vec<_> = pictures
            .into_iter()
            .map(|p| {
                let engine = engine.clone();
                tokio::spawn(async move {
                    let t = Instant::now();
                    engine.read(p, None).await.expect("read");
                    t.elapsed()
                })
            })
            .collect();
        let mut reads = Vec::new();
        for t in tasks {
            reads.push(t.await.unwrap());
        }
        let wall = start.elapsed();
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        (wall, reads, sampler.await.unwrap())
    });
    let per_read = wall.as_millis() as f64 * workers as f64 / reads.len() as f64;
    println!(
        "10 pictures in flight, {workers} worker(s): all read in {} ms, {per_read:.0} ms per read; \
         peak memory {} MiB (this process and its OCR programs; {} MiB before)",
        wall.as_millis(),
        peak / 1024,
        base / 1024
    );
}

/// Resident memory of a process, in KiB (0 if it is gone).
fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// This process and its children (the OCR programs), in KiB.
fn tree_rss_kb() -> u64 {
    let me = std::process::id();
    let mut total = rss_kb(me);
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return total;
    };
    for entry in dir.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let parent = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|s| {
                let after = s.rsplit_once(')')?.1.to_string();
                after.split_whitespace().nth(1)?.parse::<u32>().ok()
            });
        if parent == Some(me) {
            total += rss_kb(pid);
        }
    }
    total
}
