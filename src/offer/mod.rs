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

pub mod extract;
pub mod json;
pub mod matcher;
pub mod normalize;
pub mod registry;
pub mod rules;

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use crate::diagnostics::{Diagnostics, Pos};
use crate::lang::Lang;
use extract::{AgeRange, Amount, AmountKind, Contact, ContactKind, Gender, GenderTerm};
use matcher::Match;
use normalize::Normalized;
use registry::{AgencyKind, Registry, Status};
use rules::{Condition, FlagSpec, Rules, owner};

pub use rules::Category;

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

    /// The risk named `name` (as [`Risk::name`] writes it), `None` for anything else.
    pub fn from_name(name: &str) -> Option<Risk> {
        [Risk::Low, Risk::Medium, Risk::High]
            .into_iter()
            .find(|r| r.name() == name)
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
        json::report(self)
    }
}

/// The checker: rules and registry, compiled once.
#[derive(Debug, Clone)]
pub struct OfferChecker {
    rules: Rules,
    registry: Registry,
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
        OfferChecker::from_parts(rules?, registry?, diags)
    }

    /// Builds a checker from file texts (for tests and tools); paths are for the messages.
    pub fn from_sources(
        rules: (&Path, &str),
        registry: (&Path, &str),
        diags: &mut Diagnostics,
    ) -> Option<OfferChecker> {
        let r = Rules::parse(rules.0, rules.1, diags);
        let g = Registry::parse(registry.0, registry.1, diags);
        OfferChecker::from_parts(r?, g?, diags)
    }

    fn from_parts(
        mut rules: Rules,
        registry: Registry,
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
        (diags.errors().count() == before).then_some(OfferChecker { rules, registry })
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
        if n.words.len() < 5 || !extract::has_job_words(&n) {
            return false;
        }
        let contacts = extract::contacts(text);
        if !contacts.is_empty() {
            return true;
        }
        !extract::amounts(text, &n, &self.rules.lexicon, &[]).is_empty()
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
        let mut amounts = extract::amounts(text, &n, &rules.lexicon, &phones);
        for a in &mut amounts {
            if let Some(c) = a.currency.as_deref().and_then(|c| rules.currency_index(c)) {
                let period = a.period.unwrap_or(extract::Period::Month);
                a.usd_month = rules.usd_month(a.value, c, period);
            }
        }
        let ages = extract::ages(text, &n);
        let genders = extract::genders(text, &n);

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

        let mut flags: Vec<Flag> = Vec::new();
        let flag = |spec: &FlagSpec, rule: &str, evidence: Vec<Evidence>| Flag {
            category: spec.category,
            rule: rule.to_string(),
            weight: spec.weight,
            evidence,
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
            if kind != owner::RULE {
                continue;
            }
            let excepts = owner_range(&matches, owner::make(owner::EXCEPT, index));
            let near = |m: &Match| {
                excepts
                    .iter()
                    .any(|e| e.first <= m.last + 3 && e.last + 3 >= m.first)
            };
            // The first match, grown by the matches overlapping it (`Виза 100` and
            // `100% гарантия` quote as `Виза 100% гарантия`).
            let mut kept = group.iter().filter(|m| !near(m) && !in_caution(m.first));
            if let Some(m) = kept.next() {
                let (first, mut last) = (m.first, m.last);
                for o in kept {
                    if o.first <= last && o.first >= first {
                        last = last.max(o.last);
                    }
                }
                let rule = &rules.rules[index];
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

        // Money asked "in advance", whatever the wording around it.
        if let Some(spec) = &d.advance_payment
            && let Some(a) = amounts.iter().find(|a| a.advance)
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
                .find(|a| a.kind == AmountKind::Fee && !a.advance)
        {
            flags.push(flag(
                spec,
                "fee_amount",
                vec![Evidence::of(text, a.start..a.end)],
            ));
        }

        // Pay far above what the salary table allows for the destinations named.
        if let Some(spec) = &d.salary_too_high
            && let Some(e) = self.too_good_pay(&amounts, &destinations, &flags, &markers)
        {
            flags.push(flag(spec, "salary_too_high", vec![Evidence::of(text, e)]));
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
        let risk = if score >= rules.high {
            Risk::High
        } else if score >= rules.medium {
            Risk::Medium
        } else {
            Risk::Low
        };
        Report {
            risk,
            score,
            flags,
            amounts,
            contacts,
            agencies,
            destinations,
            ages,
            genders,
        }
    }

    /// The first salary amount at or above the threshold of a salary-table row for a named
    /// destination. Rows for a sector (whose rule fired) take precedence over `any` rows; when
    /// none of them can be compared with the offer's pay (another currency, no sourced rate),
    /// the `any` rows are used. Rows still to fill have no figures and are skipped.
    fn too_good_pay(
        &self,
        amounts: &[Amount],
        destinations: &[DestinationMention],
        flags: &[Flag],
        markers: &[Flag],
    ) -> Option<Range<usize>> {
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
        // The threshold of a row, per month in the row's own currency.
        let threshold = |row: &rules::SalaryRow| match (&row.too_good, &row.typical) {
            (Some(m), _) => Some((m.amount * rules.months(m.period), m.currency)),
            (None, Some((max, _))) => Some((
                max.amount * rules.months(max.period) * rules.too_good_factor,
                max.currency,
            )),
            (None, None) => None,
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
            let fired = |s: &String| flags.iter().chain(markers).any(|f| &f.rule == s);
            let sector: Vec<_> = rows
                .clone()
                .filter(|r| r.sector.as_ref().is_some_and(fired))
                .collect();
            let mut compared = false;
            for row in &sector {
                match check(row) {
                    Some(Some(hit)) => return Some(hit),
                    Some(None) => compared = true,
                    None => {}
                }
            }
            if compared {
                continue;
            }
            for row in rows.filter(|r| r.sector.is_none()) {
                if let Some(Some(hit)) = check(row) {
                    return Some(hit);
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
