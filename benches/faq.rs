//! Typed-question matching (`safar::core::faq`): the time to decide one question, against the
//! shipped scripts and against a synthetic index of 60 nodes × 14 random keywords (Latin and
//! Cyrillic), next to the matcher the engine used before (fold every
//! keyword of every node for each message, substring search, no typos).
//!
//! `cargo bench --bench faq` prints criterion's figures and, at the end, mean times per
//! question and the index's size.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};

use safar::content::{Content, ContentPaths};
use safar::core::faq::{Decision, FaqIndex};
use safar::core::script::NodeRef;
use safar::offer::normalize::Normalized;

/// Questions as users type them: answered, unsure, nothing, long, with typos, five scripts.
const QUESTIONS: &[&str] = &[
    "Как получить патент в России?",
    "patent qancha turadi",
    "Koreyaga qanday borsa bo'ladi",
    "паспортымды алып қойды",
    "Rossiyaǵa barıw ushın ne kerek",
    "rigistrasiya necha kunda",
    "Migratsiya agentligi telefon raqami",
    "salom, yaxshimisiz? menga yordam kerak edi, ishga ketmoqchiman lekin qayerga bilmayman",
];

fn shipped() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let paths = ContentPaths {
        dialogues: root.join("dialogues"),
        locales: root.join("locales"),
    };
    Content::load(&paths).expect("shipped content loads").0
}

/// A deterministic pseudo-random word of `len` letters from `alphabet`.
fn word(seed: &mut u64, alphabet: &[char], len: usize) -> String {
    (0..len)
        .map(|_| {
            *seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            alphabet[(*seed >> 33) as usize % alphabet.len()]
        })
        .collect()
}

/// 60 nodes × 14 keywords (10 Latin, 4 Russian Cyrillic), 4–11 letters, some shared.
fn synthetic() -> Vec<(NodeRef, String, Vec<String>)> {
    let latin: Vec<char> = "abdefghijklmnopqrstuvxyz".chars().collect();
    let cyrillic: Vec<char> = "абвгдежзиклмнопрстуфхцчшыэюя".chars().collect();
    let mut seed = 42;
    let shared: Vec<String> = (0..20)
        .map(|i| word(&mut seed, &latin, 5 + i % 4))
        .collect();
    (0..60)
        .map(|n| {
            let mut keywords: Vec<String> = (0..8)
                .map(|i| word(&mut seed, &latin, 4 + (n + i) % 8))
                .collect();
            keywords.extend((0..4).map(|i| word(&mut seed, &cyrillic, 4 + (n + i) % 8)));
            keywords.push(shared[n % 20].clone());
            keywords.push(shared[(n * 7) % 20].clone());
            (
                NodeRef::new("s", format!("n{n}")),
                format!("s-n{n}-title"),
                keywords,
            )
        })
        .collect()
}

fn build(nodes: &[(NodeRef, String, Vec<String>)]) -> FaqIndex {
    FaqIndex::build(
        nodes
            .iter()
            .map(|(at, title, kws)| (at.clone(), title.clone(), kws.as_slice())),
    )
}

/// The engine's matcher before this index: per message, every keyword of every node folded
/// (one allocation each) and searched as a substring at a word start.
fn previous(nodes: &[(NodeRef, String, Vec<String>)], text: &str) -> Option<usize> {
    fn fold(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut space = true;
        for c in text.chars().flat_map(char::to_lowercase) {
            let c = match c {
                '\u{2018}' | '\u{2019}' | '\u{02BB}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
                c if c.is_whitespace() => ' ',
                c => c,
            };
            if c == ' ' {
                if !space {
                    out.push(' ');
                }
                space = true;
            } else {
                out.push(c);
                space = false;
            }
        }
        out.trim_end().to_string()
    }
    let text = fold(text);
    let mut best: Option<((usize, usize), usize)> = None;
    for (i, (_, _, keywords)) in nodes.iter().enumerate() {
        let mut score = (0, 0);
        for keyword in keywords {
            let keyword = fold(keyword);
            let hit = text.match_indices(keyword.as_str()).any(|(at, _)| {
                text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !(c.is_alphanumeric() || c == '\''))
            });
            if !keyword.is_empty() && hit {
                score.0 += 1;
                score.1 += keyword.chars().count();
            }
        }
        if score.0 > 0 && best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

fn bench(c: &mut Criterion) {
    let content = shipped();
    let faq = content.scripts.faq();
    let nodes = synthetic();
    let big = build(&nodes);
    let mut group = c.benchmark_group("faq");
    group.bench_function("decide_shipped_8_questions", |b| {
        b.iter(|| {
            for q in QUESTIONS {
                black_box(faq.decide(black_box(q)));
            }
        })
    });
    group.bench_function("decide_60_nodes_8_questions", |b| {
        b.iter(|| {
            for q in QUESTIONS {
                black_box(big.decide(black_box(q)));
            }
        })
    });
    group.bench_function("previous_matcher_60_nodes_8_questions", |b| {
        b.iter(|| {
            for q in QUESTIONS {
                black_box(previous(&nodes, black_box(q)));
            }
        })
    });
    group.bench_function("build_60_nodes", |b| b.iter(|| build(black_box(&nodes))));
    group.finish();
}

/// Mean time of `f` over `runs` runs, after a warm-up.
fn mean(runs: u32, mut f: impl FnMut()) -> Duration {
    for _ in 0..runs / 10 {
        f();
    }
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    start.elapsed() / runs
}

fn summary() {
    let content = shipped();
    let faq = content.scripts.faq();
    let nodes = synthetic();
    let big = build(&nodes);
    let per_question = |f: &dyn Fn(&str)| {
        mean(2000, || {
            for q in QUESTIONS {
                f(black_box(q));
            }
        }) / QUESTIONS.len() as u32
    };
    let shipped_time = per_question(&|q| {
        black_box(faq.decide(q));
    });
    let big_time = per_question(&|q| {
        black_box(big.decide(q));
    });
    let previous_time = per_question(&|q| {
        black_box(previous(&nodes, q));
    });
    let normalize_time = per_question(&|q| {
        black_box(Normalized::new(q));
    });
    let build_time = mean(200, || {
        black_box(build(&nodes));
    });
    println!("\ntyped questions, mean per question:");
    println!(
        "  shipped scripts ({} nodes, {} keywords, index about {} KB): {:.2} µs",
        faq.counts().0,
        faq.counts().1,
        faq.heap_bytes() / 1024,
        shipped_time.as_secs_f64() * 1e6
    );
    println!(
        "  60 nodes, {} keywords: {:.2} µs (the previous matcher: {:.2} µs, no typos)",
        big.counts().1,
        big_time.as_secs_f64() * 1e6,
        previous_time.as_secs_f64() * 1e6
    );
    println!(
        "  of which normalizing the question (shared with the offer checker): {:.2} µs",
        normalize_time.as_secs_f64() * 1e6
    );
    println!(
        "  index of 60 nodes: built in {:.0} µs, about {} KB",
        build_time.as_secs_f64() * 1e6,
        big.heap_bytes() / 1024
    );
    for q in QUESTIONS {
        let what = match faq.decide(q) {
            Decision::Answer(e) => format!("answer {}", e.at),
            Decision::Suggest(list) => format!("suggest {}", list.len()),
            Decision::Nothing => "nothing".into(),
        };
        println!("  {q:?} → {what}");
    }
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary();
}
