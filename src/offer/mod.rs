//! Job-offer red-flag checker (issue 3). Pure: no Telegram, no I/O beyond loading its data.
//!
//! A migrant pastes an offer; [`OfferChecker::check`] returns a [`Report`]: a risk level, each
//! red flag with the words of the offer that raised it, and the facts found (amounts, contacts,
//! agencies, destinations, ages). [`report_reply`] turns it into the bot's answer.
//!
//! - [`normalize`]: folding scripts, apostrophes, look-alike letters, with an offset map;
//! - [`extract`]: amounts, ages, gender terms, contacts;
//! - [`matcher`]: NGO phrase patterns compiled into Aho-Corasick automata;
//! - [`rules`] and [`registry`]: the two NGO-edited files in `dialogues/`;
//! - [`reply`]: the answer as Fluent messages; [`cli`]: `safar offer`.
//!
//! Everything NGO staff can change lives in `dialogues/offer-rules.yaml` (rules, word lists,
//! caution phrases, weights, thresholds, combinations, destinations, currencies, salary table)
//! and
//! `dialogues/offer-registry.yaml` (agencies, reported contacts); everything the user reads is
//! in `locales/*/offer.ftl`.

pub mod cli;
pub mod extract;
pub mod matcher;
pub mod normalize;
pub mod registry;
pub mod reply;
pub mod rules;
pub mod vocabulary;

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use crate::content::diagnostics::{Diagnostics, Pos};
use crate::core::lang::Lang;
use extract::{AgeRange, Amount, AmountKind, Contact, ContactKind, Gender, GenderTerm};
use matcher::Match;
use normalize::Normalized;
use registry::{AgencyKind, Registry, Status};
use rules::{Condition, FlagSpec, Rules, owner};
use vocabulary::Vocabulary;

pub use reply::{REPORT_KEYS, full_report_reply, report_reply};
pub use rules::Category;

/// The marker rule (weight 0) saying the job asks for skills or experience: unskilled pay
/// references do not apply to it.
pub const SKILLED_MARKER: &str = "skilled-work";

/// Fluent id of the explanation of pay far above a sourced reference.
pub const PAY_REFERENCE_KEY: &str = "offer-flag-pay-reference";

/// How worried the user should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Risk {
    Low,
    Medium,
    High,
}

impl Risk {
    pub fn name(self) -> &'static str {
        match self {
            Risk::Low => "low",
            Risk::Medium => "medium",
            Risk::High => "high",
        }
    }
}

/// Words of the offer, quoted exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Evidence {
    fn of(text: &str, range: Range<usize>) -> Evidence {
        Evidence {
            start: range.start,
            end: range.end,
            text: text[range].to_string(),
        }
    }
}

/// One red flag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub category: Category,
    /// The rule, combination or derived signal (`salary_too_high`, `agency_revoked`, …).
    pub rule: String,
    pub weight: u32,
    /// What raised it, in the order it appears in the offer (a combination has several).
    pub evidence: Vec<Evidence>,
    /// Fluent id of the one-line title with the quoted words (`$evidence`), for the short
    /// report: `<explain>-title`, or a salary row's label.
    #[serde(skip)]
    pub title: String,
    /// Fluent id of why it matters.
    #[serde(skip)]
    pub explain: String,
    /// Fluent id of what to do.
    #[serde(skip)]
    pub advice: String,
    /// Arguments for the explanation (an agency's name and source).
    #[serde(skip)]
    pub args: Vec<(&'static str, String)>,
}

/// Something the offer says that honest offers say ("no fee for the worker", "the employer
/// pays the ticket", "contract before departure").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GreenSignal {
    /// The green signal's id in the rules file (`no-fee`, `employer-pays`…).
    pub id: String,
    pub evidence: Evidence,
    /// Fluent id of the line shown.
    #[serde(skip)]
    pub text: String,
}

/// A listed agency or operator named in the offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgencyMention {
    pub name: String,
    pub kind: AgencyKind,
    pub status: Status,
    pub since: Option<String>,
    pub source: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A destination named in the offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DestinationMention {
    /// The destination's id in the rules file (`korea`, `uae`…).
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The verdict on one offer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub risk: Risk,
    /// Sum over categories of the heaviest flag in each.
    pub score: u32,
    /// Most important first.
    pub flags: Vec<Flag>,
    /// What looks right, in the order found (each signal once).
    pub greens: Vec<GreenSignal>,
    pub amounts: Vec<Amount>,
    pub contacts: Vec<Contact>,
    pub agencies: Vec<AgencyMention>,
    pub destinations: Vec<DestinationMention>,
    pub ages: Vec<AgeRange>,
    pub genders: Vec<GenderTerm>,
}

impl Report {
    /// The categories flagged, each once, most important first.
    pub fn categories(&self) -> Vec<Category> {
        let mut out: Vec<Category> = Vec::new();
        for f in &self.flags {
            if !out.contains(&f.category) {
                out.push(f.category);
            }
        }
        out
    }

    /// The report as one line of JSON (the CLI's `--json`).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a report serializes")
    }
}

/// The checker: rules and registry, compiled once.
#[derive(Debug, Clone)]
pub struct OfferChecker {
    rules: Rules,
    registry: Registry,
    vocabulary: Vocabulary,
}

/// The verdict: green signals take their weight off the score, but never below the heaviest
/// red flag (a sure sign stays high whatever else the offer says); any red flag at all makes
/// it medium at least (weak signals add up to caution, never to "low").
fn risk_of(score: u32, flags: &[Flag], greens: &[GreenSignal], rules: &Rules) -> Risk {
    let relief: u32 = greens
        .iter()
        .filter_map(|g| rules.greens.iter().find(|x| x.id == g.id))
        .map(|g| g.weight)
        .sum();
    let heaviest = flags.iter().map(|f| f.weight).max().unwrap_or(0);
    let score = score.saturating_sub(relief).max(heaviest);
    if score >= rules.high {
        Risk::High
    } else if score >= rules.medium || !flags.is_empty() {
        Risk::Medium
    } else {
        Risk::Low
    }
}

/// For each word, the number of the sentence it is in (sentences end at [`normalize::Sep::Break`]).
fn sentences(n: &Normalized) -> Vec<usize> {
    let mut k = 0;
    n.words
        .iter()
        .map(|w| {
            k += usize::from(w.sep == normalize::Sep::Break);
            k
        })
        .collect()
}

/// For each word, the number of its clause: a sentence break, or `,` `;` `:` `—` between two
/// words, starts a new one ("мы не мошенники, предоплата 30%" is two clauses).
fn clauses(text: &str, n: &Normalized) -> Vec<usize> {
    let mut k = 0;
    let mut prev_end = 0;
    n.words
        .iter()
        .map(|w| {
            let gap = text.get(prev_end..w.orig.start).unwrap_or("");
            if w.sep == normalize::Sep::Break || gap.contains([',', ';', ':', '—', '–']) {
                k += 1;
            }
            prev_end = w.orig.end;
            k
        })
        .collect()
}

/// Where the negations of an offer stand, to read each phrase in its clause.
struct Negations {
    /// Word ranges of negations that count before a phrase (`не`, `без`, `hech qanday`).
    before: Vec<(usize, usize)>,
    /// … and after it (`нет`, `emas`, `yo'q`, `joq`).
    after: Vec<(usize, usize)>,
    /// Words in a negative verb form (`to'lamaydi`, `alınbaydı`, `tólemeydi`).
    verbs: Vec<usize>,
    clause: Vec<usize>,
    window: usize,
}

impl Negations {
    fn new(text: &str, n: &Normalized, matches: &[Match], polarity: &rules::Polarity) -> Negations {
        let not = owner_range(matches, owner::make(owner::NOT_NEG, 0));
        let overlaps_not = |m: &&Match| !not.iter().any(|x| x.first <= m.last && m.first <= x.last);
        let spans = |kind| {
            owner_range(matches, owner::make(kind, 0))
                .iter()
                .filter(overlaps_not)
                .map(|m| (m.first, m.last))
                .collect()
        };
        let verbs = (0..n.words.len())
            .filter(|&i| {
                let w = n.lat_word(i);
                polarity
                    .suffixes
                    .iter()
                    .any(|s| w.len() > s.len() + 2 && w.ends_with(s.as_str()))
                    && !not.iter().any(|x| x.first <= i && i <= x.last)
            })
            .collect();
        Negations {
            before: spans(owner::NEG_BEFORE),
            after: spans(owner::NEG_AFTER),
            verbs,
            clause: clauses(text, n),
            window: polarity.window,
        }
    }

    /// Whether a negation stands inside words `first..=last`.
    fn inside(&self, first: usize, last: usize) -> bool {
        let within = |&(a, b): &(usize, usize)| a >= first && b <= last;
        self.verbs.iter().any(|v| (first..=last).contains(v))
            || self.before.iter().any(within)
            || self.after.iter().any(within)
    }

    /// Whether a green phrase is taken back: a negation around it, unless the phrase says
    /// "no" itself ("hech qanday to'lov yo'q", "никаких сборов нет": the second negation
    /// agrees with the first, as Uzbek, Karakalpak and Russian do).
    fn green_negated(&self, first: usize, last: usize) -> bool {
        !self.inside(first, last) && self.negated(first, last, false)
    }

    /// Whether words `first..=last` are negated in their clause. With `inside`, a negation
    /// within the phrase counts too (a red-flag phrase that spans "oldindan hech qanday
    /// to'lov"); without it, only those around it (a green phrase that says "no" itself).
    fn negated(&self, first: usize, last: usize, inside: bool) -> bool {
        if self.window == 0 {
            return false;
        }
        let (c0, c1) = (self.clause[first], self.clause[last]);
        let same = |i: usize| self.clause[i] == c0 || self.clause[i] == c1;
        let within = |a: usize, b: usize| a >= first && b <= last;
        let verb = self.verbs.iter().any(|&v| {
            same(v)
                && v + self.window >= first
                && v <= last + self.window
                && (inside || !(first..=last).contains(&v))
        });
        let before = self.before.iter().any(|&(a, b)| {
            same(b) && ((b < first && first - b <= self.window) || (inside && within(a, b)))
        });
        let after = self.after.iter().any(|&(a, b)| {
            same(a) && ((a > last && a - last <= self.window) || (inside && within(a, b)))
        });
        verb || before || after
    }
}

/// The words an amount covers.
fn amount_words(n: &Normalized, a: &Amount) -> Option<(usize, usize)> {
    let first = n.words.partition_point(|w| w.orig.end <= a.start);
    let last = n.words.partition_point(|w| w.orig.start < a.end).checked_sub(1)?;
    (first <= last && last < n.words.len()).then_some((first, last))
}

/// A match in a group of one owner.
fn owner_range(matches: &[Match], owner: u32) -> &[Match] {
    let lo = matches.partition_point(|m| m.owner < owner);
    let hi = matches.partition_point(|m| m.owner <= owner);
    &matches[lo..hi]
}

impl OfferChecker {
    /// Loads `offer-rules.yaml` and `offer-registry.yaml` from `dialogues_dir`, validating
    /// both (problems go to `diags` as `path:line:col`); `None` if either has an error.
    pub fn load(dialogues_dir: &Path, diags: &mut Diagnostics) -> Option<OfferChecker> {
        let rules = Rules::load(dialogues_dir, diags);
        let registry = Registry::load(dialogues_dir, diags);
        let vocabulary = Vocabulary::load(dialogues_dir, diags);
        OfferChecker::from_parts(rules?, registry?, vocabulary?, diags)
    }

    /// The words the extractor and the first-message language guess know.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Builds a checker from file texts (for tests and tools), with the shipped vocabulary;
    /// paths are for the messages.
    pub fn from_sources(
        rules: (&Path, &str),
        registry: (&Path, &str),
        diags: &mut Diagnostics,
    ) -> Option<OfferChecker> {
        let r = Rules::parse(rules.0, rules.1, diags);
        let g = Registry::parse(registry.0, registry.1, diags);
        OfferChecker::from_parts(r?, g?, Vocabulary::shipped(), diags)
    }

    fn from_parts(
        mut rules: Rules,
        registry: Registry,
        vocabulary: Vocabulary,
        diags: &mut Diagnostics,
    ) -> Option<OfferChecker> {
        let before = diags.errors().count();
        // Agency names are matched on the Latin view, with the rules' patterns, in one pass.
        for (i, a) in registry.agencies.iter().enumerate() {
            for name in std::iter::once(&a.name).chain(&a.also) {
                // Names are words, not patterns: a `*` or `~` in a name is taken literally.
                let literal = name.replace(['*', '~', '…'], " ");
                if let Err(e) = rules.lat.add(&literal, owner::make(owner::AGENCY, i)) {
                    diags.error(&registry.path, a.pos, format!("agency name `{name}`: {e}"));
                }
            }
        }
        rules.lat.build();
        rules.cyr.build();
        (diags.errors().count() == before).then_some(OfferChecker {
            rules,
            registry,
            vocabulary,
        })
    }

    /// Every Fluent id the rules file names, with where, so `safar check` can make sure each
    /// exists in every language. The ids [`report_reply`] itself uses are [`REPORT_KEYS`].
    pub fn text_keys(&self) -> impl Iterator<Item = (&Path, Pos, &str)> {
        let path = self.rules.path.as_path();
        self.rules
            .keys
            .iter()
            .map(move |(pos, key)| (path, *pos, key.as_str()))
    }

    /// Every phrase pattern with its language, as written in the rules file (for tools such
    /// as the benchmark's naive baseline).
    pub fn phrases(&self) -> impl Iterator<Item = (Lang, &str)> {
        self.rules.phrases.iter().map(|(lang, p)| {
            let lang = lang.parse().unwrap_or(Lang::Uz);
            (lang, p.as_str())
        })
    }

    /// The entries of a word list (`{name}` in patterns) for a language, as written in the
    /// rules file (for tools such as the benchmark's baseline).
    pub fn word_list(&self, lang: Lang, name: &str) -> Option<&[String]> {
        let code = match lang.authored() {
            Lang::Ru => "ru",
            Lang::Kaa => "kaa",
            _ => "uz",
        };
        self.rules
            .families
            .iter()
            .find(|(l, _)| *l == code)
            .and_then(|(_, f)| f.get(name))
    }

    /// How many rules, combinations and agencies are loaded.
    pub fn counts(&self) -> (usize, usize, usize) {
        (
            self.rules.rules.len(),
            self.rules.combos.len(),
            self.registry.agencies.len(),
        )
    }

    /// Whether a long free text looks like a job offer (a job word, and money or a contact),
    /// so the bot can offer to check it.
    pub fn looks_like_offer(&self, text: &str) -> bool {
        let n = Normalized::new(text);
        if n.words.len() < 5 || !extract::has_job_words(&self.vocabulary, &n) {
            return false;
        }
        let contacts = extract::contacts(text);
        if !contacts.is_empty() {
            return true;
        }
        !extract::amounts(&self.vocabulary, text, &n, &self.rules.lexicon, &[]).is_empty()
    }

    /// Checks one offer.
    pub fn check(&self, text: &str) -> Report {
        let rules = &self.rules;
        let n = Normalized::new(text);
        let contacts = extract::contacts(text);
        let phones: Vec<Range<usize>> = contacts
            .iter()
            .filter(|c| matches!(c.kind, ContactKind::Phone | ContactKind::Whatsapp))
            .map(|c| c.start..c.end)
            .collect();
        let mut amounts = extract::amounts(&self.vocabulary, text, &n, &rules.lexicon, &phones);
        for a in &mut amounts {
            if let Some(c) = a.currency.as_deref().and_then(|c| rules.currency_index(c)) {
                let period = a.period.unwrap_or(extract::Period::Month);
                a.usd_month = rules.usd_month(a.value, c, period);
            }
        }
        let ages = extract::ages(&self.vocabulary, text, &n);
        let genders = extract::genders(&self.vocabulary, text, &n);

        let mut matches = Vec::new();
        rules.lat.find(&n, &mut matches);
        rules.cyr.find(&n, &mut matches);
        matches.sort_unstable_by_key(|m| (m.owner, m.first, m.last));

        // Sentences that warn or advise ("it is a scam if they ask for money in advance"):
        // what phrase rules find there is not asked of the reader. (Amounts, agencies and
        // contacts still count: "we are not scammers, just pay 300$" is a scam's sentence.)
        let sentence_of = sentences(&n);
        let cautioned: Vec<usize> = owner_range(&matches, owner::make(owner::CAUTION, 0))
            .iter()
            .map(|m| sentence_of[m.first])
            .collect();
        let in_caution = |word: usize| cautioned.contains(&sentence_of[word]);

        let negations = Negations::new(text, &n, &matches, &rules.polarity);
        let mut greens: Vec<GreenSignal> = Vec::new();
        let mut green_words: Vec<(usize, usize)> = Vec::new();
        let mut green = |index: usize, first: usize, last: usize| {
            green_words.push((first, last));
            let g = &rules.greens[index];
            if !greens.iter().any(|x| x.id == g.id) {
                greens.push(GreenSignal {
                    id: g.id.clone(),
                    evidence: Evidence::of(text, n.original_words(first, last)),
                    text: g.text.clone(),
                });
            }
        };

        let mut flags: Vec<Flag> = Vec::new();
        let flag = |spec: &FlagSpec, rule: &str, evidence: Vec<Evidence>| Flag {
            category: spec.category,
            rule: rule.to_string(),
            weight: spec.weight,
            evidence,
            title: format!("{}-title", spec.explain),
            explain: spec.explain.clone(),
            advice: spec.advice.clone(),
            args: Vec::new(),
        };

        // Phrase rules, minus matches an `except` phrase cancels. Markers (weight 0) are kept
        // apart: combinations and the salary table see them, the report does not.
        let mut markers: Vec<Flag> = Vec::new();
        let mut i = 0;
        while i < matches.len() {
            let (kind, index) = owner::split(matches[i].owner);
            let group = owner_range(&matches, matches[i].owner);
            i += group.len();
            if kind == owner::GREEN {
                for m in group {
                    if !negations.green_negated(m.first, m.last) {
                        green(index, m.first, m.last);
                    }
                }
                continue;
            }
            if kind != owner::RULE {
                continue;
            }
            let rule = &rules.rules[index];
            let excepts = owner_range(&matches, owner::make(owner::EXCEPT, index));
            let near = |m: &Match| {
                excepts
                    .iter()
                    .any(|e| e.first <= m.last + 3 && e.last + 3 >= m.first)
            };
            // The first match, grown by the matches overlapping it (`Виза 100` and
            // `100% гарантия` quote as `Виза 100% гарантия`).
            // A phrase its clause takes back ("без предоплаты", "to'lov talab qilinmaydi")
            // is what honest offers say: the rule's green signal, not a red flag.
            let mut kept = group.iter().filter(|m| {
                if near(m) || in_caution(m.first) {
                    return false;
                }
                match rule.negated {
                    Some(g) if negations.negated(m.first, m.last, true) => {
                        green(g, m.first, m.last);
                        false
                    }
                    _ => true,
                }
            });
            if let Some(m) = kept.next() {
                let (first, mut last) = (m.first, m.last);
                for o in kept {
                    if o.first <= last && o.first >= first {
                        last = last.max(o.last);
                    }
                }
                let f = flag(
                    &rule.spec,
                    &rule.id,
                    vec![Evidence::of(text, n.original_words(first, last))],
                );
                if rule.spec.weight == 0 {
                    markers.push(f);
                } else {
                    flags.push(f);
                }
            }
        }

        // Destinations and agencies named.
        let mut destinations: Vec<DestinationMention> = Vec::new();
        let mut agencies: Vec<AgencyMention> = Vec::new();
        for m in &matches {
            let (kind, index) = owner::split(m.owner);
            let span = n.original_words(m.first, m.last);
            if kind == owner::DESTINATION
                && !destinations
                    .iter()
                    .any(|d| d.id == rules.destinations[index].id)
            {
                destinations.push(DestinationMention {
                    id: rules.destinations[index].id.clone(),
                    start: span.start,
                    end: span.end,
                    text: text[span].to_string(),
                });
            } else if kind == owner::AGENCY
                && !agencies
                    .iter()
                    .any(|a| a.name == self.registry.agencies[index].name)
            {
                let a = &self.registry.agencies[index];
                agencies.push(AgencyMention {
                    name: a.name.clone(),
                    kind: a.kind,
                    status: a.status,
                    since: a.since.clone(),
                    source: a.source.clone(),
                    start: span.start,
                    end: span.end,
                    text: text[span].to_string(),
                });
            }
        }
        destinations.sort_by_key(|d| d.start);
        agencies.sort_by_key(|a| a.start);

        // Agencies: revoked, suspended, unknown, or claimed where they have nobody.
        let d = &rules.derived;
        for a in &agencies {
            let listed = self.registry.agencies.iter().find(|x| x.name == a.name);
            let no_reps = listed.is_some_and(|x| x.no_representatives_in.iter().any(|c| c == "UZ"));
            let signal = match a.status {
                _ if no_reps => d
                    .agency_no_local_representatives
                    .as_ref()
                    .map(|s| (s, "agency_no_local_representatives")),
                Status::Revoked => d.agency_revoked.as_ref().map(|s| (s, "agency_revoked")),
                Status::Suspended => d.agency_suspended.as_ref().map(|s| (s, "agency_suspended")),
                Status::Unknown => d.agency_unknown.as_ref().map(|s| (s, "agency_unknown")),
                Status::Licensed => None,
            };
            if let Some((spec, id)) = signal {
                let mut f = flag(spec, id, vec![Evidence::of(text, a.start..a.end)]);
                f.args = vec![
                    ("name", a.name.clone()),
                    ("since", a.since.clone().unwrap_or_default()),
                    ("source", a.source.clone()),
                ];
                flags.push(f);
            }
        }

        // An agency named that the registry does not list: "not found in our list".
        if let Some(spec) = &d.agency_not_listed
            && agencies.is_empty()
            && let Some(name) = extract::agency_names(&self.vocabulary, text, &n).into_iter().next()
        {
            let mut f = flag(spec, "agency_not_listed", vec![Evidence::of(text, name.clone())]);
            f.args = vec![("name", text[name].to_string())];
            flags.push(f);
        }

        // Contacts reported as scams; contacts only through messengers.
        if let Some(spec) = &d.reported_contact {
            let key = |kind: ContactKind, value: &str| -> String {
                match kind {
                    ContactKind::Phone | ContactKind::Whatsapp => {
                        value.chars().filter(char::is_ascii_digit).collect()
                    }
                    ContactKind::Telegram => value.trim_start_matches("t.me/").to_string(),
                    _ => value.to_string(),
                }
            };
            let reported: Vec<String> = self
                .registry
                .reported
                .iter()
                .map(|r| key(r.kind, &r.value))
                .collect();
            let hits: Vec<Evidence> = contacts
                .iter()
                .filter(|c| reported.contains(&key(c.kind, &c.value)))
                .map(|c| Evidence::of(text, c.start..c.end))
                .collect();
            if !hits.is_empty() {
                flags.push(flag(spec, "reported_contact", hits));
            }
        }
        if let Some(spec) = &d.messenger_only_contacts
            && !contacts.is_empty()
            && contacts.iter().all(|c| c.kind.is_messenger())
        {
            let c = &contacts[0];
            flags.push(flag(
                spec,
                "messenger_only_contacts",
                vec![Evidence::of(text, c.start..c.end)],
            ));
        }

        // A sum is a fee only when the worker pays it: not in a clause that says "no fee" or
        // next to "the employer pays" ("80 000 рублей за счёт работодателя").
        let green_words = green_words;
        let workers_fee = |a: &Amount| {
            let Some((first, last)) = amount_words(&n, a) else {
                return true;
            };
            let clause = &negations.clause;
            let by_green = green_words.iter().any(|&(gf, gl)| {
                (clause[gf] == clause[first] || clause[gl] == clause[last])
                    && gf <= last + negations.window
                    && gl + negations.window >= first
            });
            !by_green && !negations.negated(first, last, true)
        };
        // Money asked "in advance", whatever the wording around it.
        if let Some(spec) = &d.advance_payment
            && let Some(a) = amounts.iter().find(|a| a.advance && workers_fee(a))
        {
            flags.push(flag(
                spec,
                "advance_payment",
                vec![Evidence::of(text, a.start..a.end)],
            ));
        }
        // Money the worker is asked to pay, whenever it is asked.
        if let Some(spec) = &d.fee_amount
            && let Some(a) = amounts
                .iter()
                .find(|a| a.kind == AmountKind::Fee && !a.advance && workers_fee(a))
        {
            flags.push(flag(
                spec,
                "fee_amount",
                vec![Evidence::of(text, a.start..a.end)],
            ));
        }

        // Pay far above what the salary table allows for the destinations named.
        if let Some(spec) = &d.salary_too_high
            && let Some((e, row)) = self.too_good_pay(&amounts, &destinations, &flags, &markers)
        {
            let mut f = flag(spec, "salary_too_high", vec![Evidence::of(text, e)]);
            // Against a sourced reference, the report names it and its source.
            if let Some(r) = row.reference.as_ref().filter(|_| row.too_good.is_none()) {
                f.explain = PAY_REFERENCE_KEY.to_string();
                f.title = r.label.clone();
                f.args = vec![
                    ("figure", rules.money_text(&r.money)),
                    ("cite", row.cite.clone()),
                ];
            }
            flags.push(f);
        }

        // Combinations, on everything above.
        let mut combo_flags = Vec::new();
        for c in &rules.combos {
            let mut evidence: Vec<Evidence> = Vec::new();
            let all = c.all.iter().all(|cond| {
                let found = self.condition(
                    cond,
                    text,
                    (&flags, &markers),
                    &destinations,
                    &ages,
                    &genders,
                );
                if let Some(e) = &found {
                    evidence.push(e.clone());
                }
                found.is_some()
            });
            if all {
                evidence.sort_by_key(|e| (e.start, e.end));
                evidence.dedup();
                combo_flags.push(flag(&c.spec, &c.id, evidence));
            }
        }
        flags.extend(combo_flags);

        flags.sort_by(|a, b| {
            b.weight
                .cmp(&a.weight)
                .then_with(|| a.evidence[0].start.cmp(&b.evidence[0].start))
        });
        let mut heaviest: HashMap<Category, u32> = HashMap::new();
        for f in &flags {
            let w = heaviest.entry(f.category).or_default();
            *w = (*w).max(f.weight);
        }
        let score: u32 = heaviest.values().sum();
        let risk = risk_of(score, &flags, &greens, rules);
        Report {
            risk,
            score,
            flags,
            greens,
            amounts,
            contacts,
            agencies,
            destinations,
            ages,
            genders,
        }
    }

    /// The first salary amount at or above the threshold of a salary-table row for a named
    /// destination, with the row. Rows for a sector (whose rule fired) take precedence over
    /// `any` rows; when none of them can be compared with the offer's pay (another currency, no
    /// sourced rate), the `any` rows are used. A row's threshold is its scam figure
    /// (`too_good`), or its sourced reference times its factor, or its typical maximum times
    /// `too_good_factor`. References are for unskilled work: they are skipped when the
    /// [`SKILLED_MARKER`] rule matched. Rows still to fill have no figures and are skipped.
    fn too_good_pay<'r>(
        &'r self,
        amounts: &[Amount],
        destinations: &[DestinationMention],
        flags: &[Flag],
        markers: &[Flag],
    ) -> Option<(Range<usize>, &'r rules::SalaryRow)> {
        let rules = &self.rules;
        let salaries: Vec<(extract::Period, usize, &Amount)> = amounts
            .iter()
            .filter(|a| a.kind == AmountKind::Salary)
            .filter_map(|a| {
                let c = rules.currency_index(a.currency.as_deref()?)?;
                Some((a.period.unwrap_or(extract::Period::Month), c, a))
            })
            .collect();
        if salaries.is_empty() {
            return None;
        }
        let fired = |s: &str| flags.iter().chain(markers).any(|f| f.rule == s);
        let skilled = fired(SKILLED_MARKER);
        // The threshold of a row, per month in the row's own currency.
        let threshold = |row: &rules::SalaryRow| match (&row.too_good, &row.reference, &row.typical)
        {
            (Some(m), _, _) => Some((m.amount * rules.months(m.period), m.currency)),
            (None, Some(r), _) if !skilled => Some((
                r.money.amount * rules.months(r.money.period) * r.factor,
                r.money.currency,
            )),
            (None, None, Some((max, _))) => Some((
                max.amount * rules.months(max.period) * rules.too_good_factor,
                max.currency,
            )),
            _ => None,
        };
        // Some(range) if an amount reaches the row; None inside if no amount can be compared.
        let check = |row: &rules::SalaryRow| -> Option<Option<Range<usize>>> {
            let (limit, currency) = threshold(row)?;
            let mut comparable = false;
            for &(period, c, a) in &salaries {
                if let Some(v) = rules.month_value_in(a.value, c, period, currency) {
                    comparable = true;
                    if v >= limit {
                        return Some(Some(a.start..a.end));
                    }
                }
            }
            comparable.then_some(None)
        };
        for dm in destinations {
            let Some(dest) = rules.destinations.iter().position(|d| d.id == dm.id) else {
                continue;
            };
            let rows = rules.salaries.iter().filter(|r| r.destination == dest);
            let sector: Vec<_> = rows
                .clone()
                .filter(|r| r.sector.as_deref().is_some_and(fired))
                .collect();
            let mut compared = false;
            for row in sector {
                match check(row) {
                    Some(Some(hit)) => return Some((hit, row)),
                    Some(None) => compared = true,
                    None => {}
                }
            }
            if compared {
                continue;
            }
            for row in rows.filter(|r| r.sector.is_none()) {
                if let Some(Some(hit)) = check(row) {
                    return Some((hit, row));
                }
            }
        }
        None
    }

    /// Whether a combination's condition holds, with the words that show it.
    fn condition(
        &self,
        cond: &Condition,
        text: &str,
        (flags, markers): (&[Flag], &[Flag]),
        destinations: &[DestinationMention],
        ages: &[AgeRange],
        genders: &[GenderTerm],
    ) -> Option<Evidence> {
        let span = |s: usize, e: usize| Some(Evidence::of(text, s..e));
        match cond {
            Condition::Women | Condition::Men => {
                let want = if *cond == Condition::Women {
                    Gender::Female
                } else {
                    Gender::Male
                };
                let g = genders.iter().find(|g| g.gender == want)?;
                span(g.start, g.end)
            }
            Condition::AgeMax(max) => {
                let a = ages.iter().find(|a| a.max.is_some_and(|m| m <= *max))?;
                span(a.start, a.end)
            }
            Condition::Rule(id) => flags
                .iter()
                .chain(markers)
                .find(|f| &f.rule == id)
                .map(|f| f.evidence[0].clone()),
            Condition::Category(c) => flags
                .iter()
                .find(|f| f.category == *c)
                .map(|f| f.evidence[0].clone()),
            Condition::Destination(id) => {
                let d = destinations.iter().find(|d| {
                    &d.id == id
                        || self
                            .rules
                            .destinations
                            .iter()
                            .any(|x| x.id == d.id && x.groups.contains(id))
                })?;
                span(d.start, d.end)
            }
        }
    }
}

#[cfg(test)]
mod tests;
