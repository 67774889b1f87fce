//! Typed questions against the shipped scripts: every `tests/free_text/*.yaml` file lists
//! questions (`q`) and the node that should answer them (`expect: script:node`, or `none`).
//!
//! A question counts as a hit when the bot answers it with the expected node, or offers that
//! node on one of its suggestion buttons (one tap away); a `none` question is a hit when the
//! bot says it found nothing. The test prints the hit rate per language and script (as the
//! bot would guess it for a first message), how many were answered directly, every miss, and
//! asserts the overall hit rate.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use safar::content::{Content, ContentPaths};
use safar::core::faq::{Decision, guess_lang};
use safar::core::script::NodeRef;
use safar::lang::Lang;

/// The floor for the share of hits over all questions.
const MIN_HIT_RATE: f64 = 0.90;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    q: String,
    expect: String,
    /// The language and script the question is written in (`uz`, `uz-Cyrl`, `ru`, `kaa`,
    /// `kaa-Cyrl`), if the file says; otherwise the bot's guess is reported.
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Default)]
struct Tally {
    total: usize,
    hits: usize,
    direct: usize,
}

impl Tally {
    fn add(&mut self, hit: bool, direct: bool) {
        self.total += 1;
        self.hits += usize::from(hit);
        self.direct += usize::from(direct);
    }

    fn line(&self, name: &str) -> String {
        let pct = |n: usize| 100.0 * n as f64 / self.total.max(1) as f64;
        format!(
            "{name:<10} {:>3} questions  hit {:>5.1}%  answered directly {:>5.1}%",
            self.total,
            pct(self.hits),
            pct(self.direct)
        )
    }
}

fn case_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/free_text");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn typed_questions_reach_the_expected_node() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let paths = ContentPaths {
        dialogues: root.join("dialogues"),
        locales: root.join("locales"),
    };
    let (content, _) = Content::load(&paths).unwrap_or_else(|d| panic!("shipped content:\n{d}"));
    let faq = content.scripts.faq();

    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_file: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut misses = Vec::new();
    let mut unknown = Vec::new();
    let mut guesses = Tally::default();
    let mut wrong_guesses = Vec::new();
    for file in case_files() {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        let cases: Vec<Case> =
            serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        for case in cases {
            let expected = match case.expect.trim() {
                "none" => None,
                other => {
                    let (script, node) = other.split_once(':').unwrap_or(("main", other));
                    let at = NodeRef::new(script.trim(), node.trim());
                    if content.scripts.get(&at).is_none() {
                        unknown.push(format!("{name}: {:?} expects {at}: no such node", case.q));
                        continue;
                    }
                    Some(at)
                }
            };
            let decision = faq.decide(&case.q);
            let (hit, direct) = match (&decision, &expected) {
                (Decision::Answer(e), Some(at)) => (e.at == *at, e.at == *at),
                (Decision::Suggest(list), Some(at)) => (list.iter().any(|e| e.at == *at), false),
                (Decision::Nothing, None) => (true, true),
                _ => (false, false),
            };
            if !hit {
                let got = match &decision {
                    Decision::Answer(e) => format!("answer {}", e.at),
                    Decision::Suggest(list) => {
                        let s: Vec<String> = list.iter().map(|e| e.at.to_string()).collect();
                        format!("suggest [{}]", s.join(", "))
                    }
                    Decision::Nothing => "nothing".to_string(),
                };
                misses.push(format!(
                    "{name}: {:?} → {got}, expected {}",
                    case.q, case.expect
                ));
            }
            let guess = guess_lang(&case.q, None);
            let lang = match &case.lang {
                Some(code) => {
                    let lang: Lang = code.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
                    guesses.add(guess == Some(lang), false);
                    if guess != Some(lang) {
                        wrong_guesses.push(format!(
                            "{:?} is {lang}, guessed {}",
                            case.q,
                            guess.map_or("-".to_string(), |g| g.to_string())
                        ));
                    }
                    lang.to_string()
                }
                None => guess.map_or("-".to_string(), |l| format!("{l}?")),
            };
            by_lang.entry(lang).or_default().add(hit, direct);
            by_file.entry(name.clone()).or_default().add(hit, direct);
            all.add(hit, direct);
        }
    }
    assert!(
        unknown.is_empty(),
        "expectations naming nodes the scripts do not have (update the .yaml):\n{}",
        unknown.join("\n")
    );
    println!("typed questions, by language and script (`?`: as guessed from the text):");
    for (lang, tally) in &by_lang {
        println!("  {}", tally.line(lang));
    }
    println!("by file:");
    for (file, tally) in &by_file {
        println!("  {}", tally.line(file));
    }
    println!("  {}", all.line("overall"));
    for miss in &misses {
        println!("  miss: {miss}");
    }
    println!(
        "language of a first message guessed right for {} of {} annotated questions",
        guesses.hits, guesses.total
    );
    for wrong in &wrong_guesses {
        println!("  guess: {wrong}");
    }
    assert!(all.total >= 30, "only {} questions", all.total);
    let rate = all.hits as f64 / all.total as f64;
    assert!(
        rate >= MIN_HIT_RATE,
        "hit rate {:.1}% is under {:.0}%:\n{}",
        rate * 100.0,
        MIN_HIT_RATE * 100.0,
        misses.join("\n")
    );
}

/// A lost or stolen passport and a passport someone took are different situations with
/// different advice: each typed question opens its own page at once, in every script, not a
/// choice between the two.
#[test]
fn a_lost_passport_and_a_taken_passport_open_their_own_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let paths = ContentPaths {
        dialogues: root.join("dialogues"),
        locales: root.join("locales"),
    };
    let (content, _) = Content::load(&paths).unwrap_or_else(|d| panic!("shipped content:\n{d}"));
    let faq = content.scripts.faq();
    let lost = NodeRef::new("trouble", "passport_lost");
    let taken = NodeRef::new("trouble", "passport");
    let cases = [
        ("I lost my passport (uz)", "pasportimni yo'qotdim", &lost),
        ("uz-Cyrl", "паспортимни йўқотдим", &lost),
        (
            "home without a passport (uz)",
            "pasportsiz uyga qanday qaytaman",
            &lost,
        ),
        ("ru", "я потерял паспорт", &lost),
        ("ru", "как вернуться домой без паспорта", &lost),
        ("ru", "у меня украли паспорт", &lost),
        ("kaa", "pasportımdı joǵalttım", &lost),
        ("kaa-Cyrl", "паспортымды жоғалттым", &lost),
        ("kaa", "pasportsız úyge qalay qaytaman", &lost),
        (
            "they took my passport (uz)",
            "pasportimni olib qo'yishdi",
            &taken,
        ),
        ("uz-Cyrl", "паспортимни олиб қўйишди", &taken),
        ("ru", "у меня забрали паспорт", &taken),
        ("ru", "работодатель забрал паспорт и не отдает", &taken),
        ("kaa", "pasportımdı alıp qoydı", &taken),
        ("kaa-Cyrl", "паспортымды алып қойды", &taken),
    ];
    let mut wrong = Vec::new();
    for (what, q, want) in cases {
        match faq.decide(q) {
            Decision::Answer(e) if e.at == *want => {}
            Decision::Answer(e) => wrong.push(format!("{what}: {q:?} opened {}", e.at)),
            Decision::Suggest(_) => {
                // The scores, so that an editor sees which keywords to sharpen.
                let ranked: Vec<String> = faq
                    .rank(q)
                    .iter()
                    .take(4)
                    .map(|&(e, score)| format!("{} {score:.2}", faq.entries()[e as usize].at))
                    .collect();
                wrong.push(format!(
                    "{what}: {q:?} only suggested [{}]",
                    ranked.join(", ")
                ));
            }
            Decision::Nothing => wrong.push(format!("{what}: {q:?} found nothing")),
        }
    }
    assert!(
        wrong.is_empty(),
        "each passport question must open its own page:\n{}",
        wrong.join("\n")
    );
}
