//! The offer checker on a ~1 KB offer (budget: 100 µs on one core), against a naive baseline:
//! one `regex::Regex` per phrase of the same rules file, run over the raw lowercased text.
//!
//! `cargo bench --bench offer` prints criterion's figures for both and, at the end, the ratio
//! naive / ours measured over the same number of runs.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use regex::Regex;

use safar::diagnostics::Diagnostics;
use safar::offer::OfferChecker;

/// A realistic mixed-script scam offer of about 1 KB.
const OFFER: &str = "🔥🔥 DUBAY / KOREYA / ANGLIYA — ISH BOR! 🔥🔥
Dubaydagi 5 yulduzli mehmonxona va restoranlarga 18-27 yoshli qizlar kerak: xostes, ofitsiantka.
Oyiga 1500$ dan 2500$ gacha, yotoqxona va ovqat bepul. Tajriba shart emas, til bilmasangiz ham boʻladi.
Koreyaga EPS orqali: imtihonga oʻzimiz kiritamiz, yuz foiz oʻtkazib beramiz!
Hujjatlar uchun toʻlov 3 mln soʻm, 70 foizini oldindan, qolgan 30 foizini viza chiqqanda.
Pasportingiz ish beruvchida saqlanadi. Chipta pulini birinchi oylikdan ushlab qolamiz.
Работа в ОАЭ: требуются девушки на позицию хостес, оплата 3000 дирхам в неделю.
Предоплата 50%, оформим туристическую визу, договор на месте. Места ограничены, срочно!
Звонки не принимаем, пишите в лс: @dubai_ish_uz или t.me/dubai_ish_uz, WhatsApp +998 90 000 11 22.
";

fn checker() -> OfferChecker {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues");
    let mut diags = Diagnostics::default();
    let checker = OfferChecker::load(&dir, &mut diags);
    assert!(!diags.has_errors(), "{diags}");
    checker.expect("rules load")
}

/// One regex per phrase, translated as literally as the syntax allows: `stem*` → `stem\w*`,
/// `~` → up to three words, words separated by non-word characters, a word list `{name}` →
/// an alternation of its entries; case-insensitive, over the raw text (no apostrophe, script
/// or look-alike folding).
fn naive_regexes(checker: &OfferChecker) -> Vec<Regex> {
    // One word or phrase (an entry, or a run of a pattern) as regex.
    fn words(tokens: &[&str]) -> String {
        let mut re = String::new();
        for (i, token) in tokens.iter().enumerate() {
            if i > 0 {
                re.push_str(r"\W+");
            }
            match token.strip_suffix('*') {
                Some(stem) => {
                    re.push_str(&regex::escape(&stem.to_lowercase()));
                    re.push_str(r"\w*");
                }
                None => {
                    re.push_str(&regex::escape(&token.to_lowercase()));
                    re.push_str(r"\b");
                }
            }
        }
        re
    }
    checker
        .phrases()
        .map(|(lang, phrase)| {
            let mut re = String::from(r"(?i)\b");
            let mut first = true;
            let mut gap = false;
            for token in phrase.split_whitespace() {
                if matches!(token, "~" | "…" | "...") {
                    gap = true;
                    continue;
                }
                if !first {
                    re.push_str(if gap { r"(?:\W+\w+){0,3}\W+" } else { r"\W+" });
                }
                gap = false;
                first = false;
                let list = token
                    .strip_prefix('{')
                    .and_then(|t| t.strip_suffix('}'))
                    .and_then(|name| checker.word_list(lang, name));
                match list {
                    Some(entries) => {
                        let alts: Vec<String> = entries
                            .iter()
                            .map(|e| words(&e.split_whitespace().collect::<Vec<_>>()))
                            .collect();
                        re.push_str(&format!("(?:{})", alts.join("|")));
                    }
                    None => re.push_str(&words(&[token])),
                }
            }
            Regex::new(&re).expect("phrase regex compiles")
        })
        .collect()
}

fn naive(regexes: &[Regex], text: &str) -> usize {
    let lower = text.to_lowercase();
    regexes.iter().filter_map(|r| r.find(&lower)).count()
}

fn bench(c: &mut Criterion) {
    let checker = checker();
    let regexes = naive_regexes(&checker);
    println!(
        "offer: {} bytes, {} phrases ({} naive regexes)",
        OFFER.len(),
        checker.phrases().count(),
        regexes.len()
    );
    let mut group = c.benchmark_group("offer");
    group.bench_function("check_1kb", |b| b.iter(|| checker.check(black_box(OFFER))));
    group.bench_function("naive_regex_per_phrase_1kb", |b| {
        b.iter(|| naive(black_box(&regexes), black_box(OFFER)))
    });
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

fn ratio() {
    let checker = checker();
    let regexes = naive_regexes(&checker);
    let ours = mean(2000, || {
        black_box(checker.check(black_box(OFFER)));
    });
    let base = mean(200, || {
        black_box(naive(&regexes, black_box(OFFER)));
    });
    let report = checker.check(OFFER);
    println!(
        "\noffer check: ours {:.1} µs, naive {:.1} µs, ratio naive/ours = {:.1}x \
         (budget 100 µs: {}); ours finds {} flags, risk {}",
        ours.as_secs_f64() * 1e6,
        base.as_secs_f64() * 1e6,
        base.as_secs_f64() / ours.as_secs_f64(),
        if ours <= Duration::from_micros(100) {
            "met"
        } else {
            "MISSED"
        },
        report.flags.len(),
        report.risk.name(),
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    ratio();
}
