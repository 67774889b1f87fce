//! `safar chat` transcripts that walk every topic (before you go, countries, rights, in trouble
//! now, the quiz, contacts) in each of the five reading variants: uz, uz-Cyrl, ru, kaa,
//! kaa-Cyrl. The walk is planned from the shipped scripts (which button leads where), the
//! expected words come from the shipped texts rendered through the same text facade the bot
//! uses, so Cyrillic variants are checked as generated, and every message must appear whole,
//! in the order the nodes were visited.

mod common;

use common::bin::{run_with_stdin, safar};
use common::harness::shipped_content;
use safar::content::Content;
use safar::core::output::Msg;
use safar::core::script::{Action, NodeRef, Target};
use safar::html::to_plain;
use safar::lang::Lang;

/// The scripts a user reaches from the main menu's topic buttons.
const TOPICS: [&str; 6] = [
    "before",
    "countries",
    "rights",
    "trouble",
    "quiz",
    "contacts",
];

fn content() -> Content {
    Content::load(&shipped_content())
        .expect("the shipped content is valid")
        .0
}

/// A planned conversation: the lines typed into `safar chat` and the nodes they show.
struct Walk<'a> {
    content: &'a Content,
    at: NodeRef,
    lines: Vec<String>,
    visits: Vec<NodeRef>,
}

impl<'a> Walk<'a> {
    fn new(content: &'a Content) -> Self {
        Walk {
            content,
            at: content.scripts.main_menu(),
            lines: Vec::new(),
            visits: Vec::new(),
        }
    }

    /// Types the number of the button labelled `label` on the current node.
    fn press(&mut self, label: &str) -> &mut Self {
        let node = self
            .content
            .scripts
            .get(&self.at)
            .expect("the walk is on a node");
        let (i, button) = node
            .buttons
            .iter()
            .enumerate()
            .find(|(_, b)| b.label == label)
            .unwrap_or_else(|| panic!("{} has no button `{label}`", self.at));
        let Target::Node(to) = &button.target else {
            panic!("`{label}` on {} is an action, not a page", self.at);
        };
        // Buttons are numbered from 1 in the order the script lists them.
        self.lines.push((i + 1).to_string());
        self.at = to.clone();
        self.visits.push(to.clone());
        self
    }

    fn press_n(&mut self, label: &str, times: usize) -> &mut Self {
        for _ in 0..times {
            self.press(label);
        }
        self
    }

    /// `/menu`: back to the main menu.
    fn menu(&mut self) -> &mut Self {
        self.lines.push("/menu".into());
        self.at = self.content.scripts.main_menu();
        self
    }

    fn at(&self) -> String {
        self.at.to_string()
    }
}

/// Every page of every topic, reached by tapping, as a user would.
fn plan(content: &Content) -> Walk<'_> {
    let mut w = Walk::new(content);
    // Before you go: the checklist, then every item with "Next".
    w.press("main-btn-before")
        .press("before-btn-contract")
        .press_n("before-btn-next", 7);
    assert_eq!(w.at(), "before:consulate");
    w.press("before-btn-list").press("before-btn-passport");
    w.press("rights-btn-passport");
    assert_eq!(w.at(), "rights:passport");
    // The two pages after the checklist: money home, then coming back.
    w.menu()
        .press("main-btn-before")
        .press("before-btn-money")
        .press("before-btn-return");
    assert_eq!(w.at(), "before:return");

    // Countries: Russia topic by topic, then every other country.
    w.menu()
        .press("main-btn-countries")
        .press("countries-btn-russia")
        .press("countries-btn-ru-registration")
        .press_n("countries-btn-next-topic", 8);
    assert_eq!(w.at(), "countries:russia_ban");
    w.press("main-btn-contacts");
    assert_eq!(w.at(), "contacts:russia");
    w.menu().press("main-btn-countries");
    for (country, more) in [
        ("countries-btn-kazakhstan", &[][..]),
        ("countries-btn-turkey", &[]),
        (
            "countries-btn-korea",
            &[
                "countries-btn-korea-fraud",
                "countries-btn-korea",
                "countries-btn-korea-leave",
            ],
        ),
        ("countries-btn-uk", &["countries-btn-uk-fraud"]),
        ("countries-btn-poland", &["countries-btn-germany"]),
        (
            "countries-btn-uae",
            &["countries-btn-saudi", "countries-btn-qatar"],
        ),
    ] {
        w.press(country);
        for more in more {
            w.press(more);
        }
        w.press("countries-btn-list");
    }
    assert_eq!(w.at(), "countries:list");

    // Trafficking and your rights: every topic and back.
    w.menu().press("main-btn-rights");
    for topic in [
        "rights-btn-red-flags",
        "rights-btn-at-work",
        "rights-btn-passport",
        "rights-btn-debt",
        "rights-btn-women",
        "rights-btn-domestic",
        "rights-btn-help-me",
        "rights-btn-help-other",
    ] {
        w.press(topic).press("rights-btn-back");
    }

    // In trouble now: every situation and back.
    w.menu().press("main-btn-trouble");
    for situation in [
        "trouble-btn-safety",
        "trouble-btn-steps",
        "trouble-btn-passport",
        "trouble-btn-passport-lost",
        "trouble-btn-unpaid",
        "trouble-btn-scammed",
        "trouble-btn-detained",
        "trouble-btn-health",
    ] {
        w.press(situation).press("trouble-btn-back");
    }
    // Where to complain in the country of work, from the unpaid-wages page.
    w.press("trouble-btn-unpaid")
        .press("trouble-btn-report-abroad")
        .press("trouble-btn-back");

    // The quiz twice: first the right answers, then the wrong ones.
    w.menu().press("main-btn-quiz").press("quiz-btn-begin");
    for wanted in ["right", "wrong"] {
        for q in 1..=8 {
            let question = w.at.clone();
            assert_eq!(question.to_string(), format!("quiz:q{q}"));
            let answer = ["1", "2"]
                .into_iter()
                .map(|n| format!("quiz-q{q}-opt{n}"))
                .find(|label| {
                    let node = content.scripts.get(&question).unwrap();
                    node.buttons.iter().any(|b| {
                        b.label == *label
                            && b.target
                                == Target::Node(NodeRef::new("quiz", format!("q{q}_{wanted}")))
                    })
                })
                .unwrap_or_else(|| panic!("question {q} has no {wanted} answer"));
            w.press(&answer);
            w.press(if q < 8 {
                "quiz-btn-next"
            } else {
                "quiz-btn-finish"
            });
        }
        assert_eq!(w.at(), "quiz:end");
        if wanted == "right" {
            w.press("quiz-btn-again").press("quiz-btn-begin");
        }
    }

    // Contacts: every page and back.
    w.menu().press("main-btn-contacts");
    for page in [
        "contacts-btn-russia",
        "contacts-btn-hotlines",
        "contacts-btn-consulates",
    ] {
        w.press(page).press("contacts-btn-back");
    }
    w
}

/// A message as `safar chat` prints it: each line indented by two spaces.
fn as_printed(content: &Content, lang: Lang, key: &str) -> String {
    let html = content.texts.render(lang, &Msg::new(key.to_string()));
    to_plain(&html)
        .lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn chat(lang: Lang, input: &str) -> String {
    let mut cmd = safar();
    cmd.args(["chat", "--lang", lang.code()]);
    let out = run_with_stdin(cmd, input);
    let stdout = String::from_utf8(out.stdout).expect("the transcript is UTF-8");
    assert!(
        out.status.success(),
        "{lang}: safar chat failed\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn the_walk_reaches_every_page_of_every_topic() {
    let content = content();
    let walk = plan(&content);
    for (at, _) in content.scripts.nodes() {
        if TOPICS.contains(&at.script.as_str()) {
            assert!(walk.visits.contains(&at), "the walk never shows {at}");
        }
    }
}

#[test]
fn every_topic_reads_whole_and_in_order_in_each_of_the_five_variants() {
    let content = content();
    let walk = plan(&content);
    let input = walk.lines.join("\n") + "\n";
    for lang in Lang::ALL {
        let stdout = chat(lang, &input);
        // Each page's message, whole, with its numbered buttons and the main-menu button under
        // it, after the previous page's.
        let mut from = 0;
        for at in &walk.visits {
            let node = content.scripts.get(at).unwrap();
            let mut page = as_printed(&content, lang, &node.text);
            let labels = node.buttons.iter().map(|b| b.label.as_str());
            for (i, label) in labels.chain(["menu-btn-main"]).enumerate() {
                let label = as_printed(&content, lang, label);
                page.push_str(&format!("\n  [{}] {}", i + 1, label.trim_start()));
            }
            let Some(found) = stdout[from..].find(&page) else {
                panic!(
                    "{lang}: {at} ({}) not shown whole after byte {from}:\n{page}\n--- transcript ---\n{stdout}",
                    node.text
                );
            };
            from += found + page.len();
        }
        // The Cyrillic variants really are Cyrillic, and no Latin-only letter slipped through
        // (names and terms kept in Latin on purpose are in <code>).
        if lang.is_generated_cyrillic() {
            for at in &walk.visits {
                let node = content.scripts.get(at).unwrap();
                let latin = as_printed(&content, lang.authored(), &node.text);
                assert_ne!(
                    latin,
                    as_printed(&content, lang, &node.text),
                    "{lang}: {at} was not transliterated"
                );
                let html = content.texts.render(lang, &Msg::new(node.text.clone()));
                let words = to_plain(&without_code(&html));
                let count = |f: fn(&char) -> bool| words.chars().filter(f).count();
                let cyr = count(|c| ('\u{0400}'..='\u{04FF}').contains(c));
                let lat = count(char::is_ascii_alphabetic);
                assert!(
                    cyr > lat * 4,
                    "{lang}: {at} is mostly Latin ({lat} Latin, {cyr} Cyrillic letters)"
                );
                for latin_only in ['ʻ', 'ǵ', 'ı', 'ń', 'á', 'ó', 'ú', 'ç'] {
                    assert!(
                        !words.contains(latin_only),
                        "{lang}: {at} still has `{latin_only}`:\n{words}"
                    );
                }
            }
        }
    }
}

/// `html` without its `<code>…</code>` spans.
fn without_code(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<code>") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</code>")
            .map_or("", |end| &rest[start + end + "</code>".len()..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn in_trouble_now_offers_a_person_first_in_every_variant() {
    let content = content();
    let trouble = content
        .scripts
        .get(&NodeRef::new("trouble", "start"))
        .expect("trouble:start exists");
    assert_eq!(
        trouble.buttons[0].target,
        Target::Action(Action::Operator),
        "the first button of trouble:start talks to a person"
    );
    let mut walk = Walk::new(&content);
    walk.press("main-btn-trouble");
    let input = walk.lines.join("\n") + "\n";
    for lang in Lang::ALL {
        let stdout = chat(lang, &input);
        let person = as_printed(&content, lang, &trouble.buttons[0].label);
        let after = &stdout[stdout
            .find(&as_printed(&content, lang, &trouble.text))
            .unwrap_or_else(|| panic!("{lang}: trouble:start not shown:\n{stdout}"))..];
        assert!(
            after.contains(&format!("  [1] {}\n", person.trim_start())),
            "{lang}: the first button is not \"talk to a person\":\n{after}"
        );
    }
}

/// The quiz marks an answer only after it is chosen: no answer button carries ✅ or ❌ (question
/// 4 once showed ✅ on the wrong answer and ❌ on the right one), the right explanation is the
/// ✅ one and the wrong explanation the ❌ one, in every variant.
#[test]
fn quiz_answers_carry_no_marks_and_each_explanation_has_the_right_one() {
    let content = content();
    let mut questions = 0;
    for (at, node) in content.scripts.nodes() {
        if at.script != "quiz" {
            continue;
        }
        for button in &node.buttons {
            let Target::Node(to) = &button.target else {
                continue;
            };
            let right = to.node.ends_with("_right");
            if !right && !to.node.ends_with("_wrong") {
                continue;
            }
            questions += usize::from(right);
            let explanation = &content.scripts.get(to).unwrap().text;
            for lang in Lang::ALL {
                let label = content.texts.render(lang, &Msg::new(button.label.clone()));
                assert!(
                    !label.contains('✅') && !label.contains('❌'),
                    "{lang}: the answer `{}` on {at} gives itself away: {label}",
                    button.label
                );
                let text = content.texts.render(lang, &Msg::new(explanation.clone()));
                let (mark, other) = if right {
                    ('✅', '❌')
                } else {
                    ('❌', '✅')
                };
                assert!(
                    text.starts_with(mark) && !text.contains(other),
                    "{lang}: {to} ({explanation}) should be marked {mark}: {text}"
                );
            }
        }
    }
    assert_eq!(questions, 8, "eight questions, one right answer each");

    // Question 4: the right answer is "no, a work permit is needed".
    let q4 = content
        .scripts
        .get(&NodeRef::new("quiz", "q4"))
        .expect("quiz:q4 exists");
    let right = q4
        .buttons
        .iter()
        .find(|b| b.target == Target::Node(NodeRef::new("quiz", "q4_right")))
        .expect("q4 has a right answer");
    for (lang, words) in [
        (Lang::Ru, "разрешение на работу"),
        (Lang::Uz, "ruxsat kerak"),
        (Lang::Kaa, "ruxsat kerek"),
    ] {
        let label = content.texts.render(lang, &Msg::new(right.label.clone()));
        assert!(
            label.contains(words),
            "{lang}: q4's right answer is not the work permit one: {label}"
        );
    }
}
