//! Job-offer red-flag checker. Pure: no Telegram, no I/O beyond loading its data.
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

mod check;
pub mod confirmed;
pub mod extract;
pub mod matcher;
pub mod names;
pub mod normalize;
mod polarity;
pub mod registry;
pub mod rules;
pub mod vocabulary;

use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use crate::diagnostics::{Diagnostics, Pos};
use crate::lang::Lang;
use extract::{AgeRange, Amount, AmountKind, Contact, Gender, GenderTerm};
use matcher::Match;
use normalize::Normalized;
use registry::{AgencyKind, Registry, Status};
use rules::{Condition, Rules, owner};
use vocabulary::Vocabulary;

pub use check::{
    CONFIRMED_ADVICE, CONFIRMED_EXPLAIN, CONFIRMED_NAME_ADVICE, CONFIRMED_NAME_EXPLAIN,
    CONFIRMED_NAME_TITLE, CONFIRMED_TITLE, REPORTED_NAME_EXPLAIN, REPORTED_NAME_TITLE,
};
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
    /// Company names the offer gives (a quoted name next to an agency word or a legal form,
    /// or a name reported as a scam's), each once, in the order of the offer: what "Report
    /// this offer" sends.
    pub names: Vec<Evidence>,
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
    /// The registry's reported company names (`kind: name`), by key → index in
    /// `registry.reported`.
    reported_names: names::NameIndex,
}

/// The verdict: green signals take their weight off the score, but never below the heaviest
/// red flag (a sure sign stays high whatever else the offer says); any red flag at all makes
/// it medium at least (weak signals add up to caution, never to "low").
pub(crate) fn risk_of(score: u32, flags: &[Flag], greens: &[GreenSignal], rules: &Rules) -> Risk {
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
pub(crate) fn sentences(n: &Normalized) -> Vec<usize> {
    let mut k = 0;
    n.words
        .iter()
        .map(|w| {
            k += usize::from(w.sep == normalize::Sep::Break);
            k
        })
        .collect()
}

/// The words an amount covers.
pub(crate) fn amount_words(n: &Normalized, a: &Amount) -> Option<(usize, usize)> {
    let first = n.words.partition_point(|w| w.orig.end <= a.start);
    let last = n
        .words
        .partition_point(|w| w.orig.start < a.end)
        .checked_sub(1)?;
    (first <= last && last < n.words.len()).then_some((first, last))
}

/// A match in a group of one owner.
pub(crate) fn owner_range(matches: &[Match], owner: u32) -> &[Match] {
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
        let mut checker = OfferChecker {
            rules,
            registry,
            vocabulary,
            reported_names: names::NameIndex::default(),
        };
        // Reported company names are read like those the hotline confirms: a name that would
        // flag honest offers is refused here too.
        let mut index = names::NameIndex::default();
        for (i, r) in checker.registry.reported.iter().enumerate() {
            if r.kind != extract::ContactKind::Name {
                continue;
            }
            match checker.company_name(&r.value) {
                Ok(name) => index.insert(name.key(), i),
                Err(why) => {
                    let text = match why {
                        names::NameRefusal::TooShort => format!(
                            "reported name `{}` is too short to tell a company by (at least {} \
                             letters without its legal form)",
                            r.value,
                            names::MIN_LETTERS
                        ),
                        names::NameRefusal::Generic => format!(
                            "reported name `{}` is only generic words (agency, job, legal-form \
                             or destination words, vocabulary.yaml `companies.generic`): it \
                             would flag honest offers",
                            r.value
                        ),
                        names::NameRefusal::InRegistry(agency) => format!(
                            "reported name `{}` names `{agency}`, listed under `agencies:` \
                             with its licence status: change that entry instead",
                            r.value
                        ),
                    };
                    diags.error(&checker.registry.path, r.pos, text);
                }
            }
        }
        checker.reported_names = index;
        (diags.errors().count() == before).then_some(checker)
    }

    /// Reads a company name as written (`«Global Work» МЧЖ`) for comparing, or says why it
    /// cannot be used: too short, only generic words (the vocabulary's generic, agency and job
    /// words, legal forms, destinations), or the name of a registry agency.
    pub fn company_name(&self, written: &str) -> Result<names::CompanyName, names::NameRefusal> {
        let n = Normalized::new(written);
        let mut matches = Vec::new();
        self.rules.lat.find(&n, &mut matches);
        self.rules.cyr.find(&n, &mut matches);
        let mut destination = vec![false; n.words.len()];
        for m in &matches {
            let (kind, index) = owner::split(m.owner);
            if kind == owner::AGENCY {
                let agency = &self.registry.agencies[index];
                return Err(names::NameRefusal::InRegistry(agency.name.clone()));
            }
            if kind == owner::DESTINATION {
                for d in &mut destination[m.first..=m.last] {
                    *d = true;
                }
            }
        }
        let v = &self.vocabulary;
        let listed = |w: &str| {
            v.generic_names.has(w)
                || v.agency.has(w)
                || v.state_agency.has(w)
                || v.job.has(w)
                || v.legal_forms.iter().any(|f| f.len() == 1 && f[0] == w)
        };
        names::read(&n, &v.legal_forms, |i| {
            destination[i] || listed(n.lat_word(i)) || listed(n.cyr_word(i))
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

    /// The names of the word lists (`{name}` in patterns) of a language, for tools that
    /// need every word the rules know (the OCR repair's word list).
    pub fn word_list_names(&self, lang: Lang) -> Vec<&str> {
        let code = match lang.authored() {
            Lang::Ru => "ru",
            Lang::Kaa => "kaa",
            _ => "uz",
        };
        self.rules
            .families
            .iter()
            .filter(|(l, _)| *l == code)
            .flat_map(|(_, f)| f.names())
            .collect()
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
        check::run(self, text, &confirmed::ConfirmedContacts::default())
    }

    /// Checks one offer, also against the contacts the hotline confirmed as scams: an offer
    /// naming one is rated high, with how often it was reported and when it was confirmed.
    pub fn check_with(&self, text: &str, confirmed: &confirmed::ConfirmedContacts) -> Report {
        check::run(self, text, confirmed)
    }

    /// The first salary amount at or above the threshold of a salary-table row for a named
    /// destination, with the row. Rows for a sector (whose rule fired) take precedence over
    /// `any` rows; when none of them can be compared with the offer's pay (another currency, no
    /// sourced rate), the `any` rows are used. A row's threshold is its scam figure
    /// (`too_good`), or its sourced reference times its factor, or its typical maximum times
    /// `too_good_factor`. References are for unskilled work: they are skipped when the
    /// [`SKILLED_MARKER`] rule matched. Rows still to fill have no figures and are skipped.
    pub(crate) fn too_good_pay<'r>(
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
    pub(crate) fn condition(
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
