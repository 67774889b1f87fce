//! `dialogues/offer-rules.yaml`: the red-flag rules, combinations, destinations, currencies
//! and the salary table, as NGO staff edit them. Loaded and validated like the dialogue
//! scripts: unknown fields are refused and every problem is reported as `path:line:col`.
//!
//! The file's own header explains the format to its editors; this module is the contract.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_saphyr::Spanned;

use super::extract::{CurrencyLexicon, Period};
use super::matcher::{PatternSet, ViewKind, WordFamilies};
use crate::diagnostics::{Diagnostics, Pos};

/// The rules file's name inside the dialogues folder.
pub const RULES_FILE: &str = "offer-rules.yaml";

/// What kind of red flag a rule raises: the fixed vocabulary used in output, statistics and
/// tests; a fixed list so statistics stay comparable across rule edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    UpfrontFee,
    DocumentRetention,
    UnrealisticPay,
    WrongVisa,
    NoContract,
    MessengerOnly,
    Urgency,
    NoRequirements,
    DebtBondage,
    TargetedRecruitment,
    UnverifiableEmployer,
    UnlicensedAgency,
    GuaranteedOutcome,
    ConflictZone,
}

impl Category {
    pub const ALL: [Category; 14] = [
        Category::UpfrontFee,
        Category::DocumentRetention,
        Category::UnrealisticPay,
        Category::WrongVisa,
        Category::NoContract,
        Category::MessengerOnly,
        Category::Urgency,
        Category::NoRequirements,
        Category::DebtBondage,
        Category::TargetedRecruitment,
        Category::UnverifiableEmployer,
        Category::UnlicensedAgency,
        Category::GuaranteedOutcome,
        Category::ConflictZone,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::UpfrontFee => "upfront_fee",
            Category::DocumentRetention => "document_retention",
            Category::UnrealisticPay => "unrealistic_pay",
            Category::WrongVisa => "wrong_visa",
            Category::NoContract => "no_contract",
            Category::MessengerOnly => "messenger_only",
            Category::Urgency => "urgency",
            Category::NoRequirements => "no_requirements",
            Category::DebtBondage => "debt_bondage",
            Category::TargetedRecruitment => "targeted_recruitment",
            Category::UnverifiableEmployer => "unverifiable_employer",
            Category::UnlicensedAgency => "unlicensed_agency",
            Category::GuaranteedOutcome => "guaranteed_outcome",
            Category::ConflictZone => "conflict_zone",
        }
    }

    pub fn from_name(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

mod file;

use file::*;

// ---------------------------------------------------------------------------------------------
// The validated model.

/// What a flag of one rule, combination or derived signal looks like.
#[derive(Debug, Clone)]
pub struct FlagSpec {
    pub category: Category,
    pub weight: u32,
    /// Fluent id of the one-sentence "why this matters".
    pub explain: String,
    /// Fluent id of what to do about it.
    pub advice: String,
}

/// A phrase rule. With weight 0 it is a *marker*: never shown as a flag, only used by
/// combinations and salary-table sectors.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub spec: FlagSpec,
    pub pos: Pos,
    /// The green signal a match of this rule becomes when its clause negates it ("no fee",
    /// "ishchi hech narsa to'lamaydi"); `None`: negation does not change this rule.
    pub negated: Option<usize>,
}

/// Something an honest offer says: no fee for the worker, the employer pays, a contract
/// before departure. Listed under "what looks right" and subtracted from the score (never
/// below the heaviest red flag).
#[derive(Debug, Clone)]
pub struct Green {
    pub id: String,
    pub weight: u32,
    /// Fluent id of the line shown.
    pub text: String,
}

/// How a clause turns a phrase around.
#[derive(Debug, Clone)]
pub struct Polarity {
    /// How many words before or after a phrase a negation may stand (same clause).
    pub window: usize,
    /// Negative verb endings (Latin view, folded): `-maydi`, `-meydi`, `-mang`…
    pub suffixes: Vec<String>,
    /// The last bytes of those endings.
    pub suffix_ends: [bool; 256],
}

impl Default for Polarity {
    fn default() -> Polarity {
        Polarity {
            window: 0,
            suffixes: Vec::new(),
            suffix_ends: [false; 256],
        }
    }
}

/// One condition of a combination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// A word asking for women (`qizlar`, `девушки`).
    Women,
    /// A word asking for men.
    Men,
    /// An age limit whose upper bound is at most this.
    AgeMax(u32),
    /// A rule (or a derived signal) raised a flag.
    Rule(String),
    /// Any flag of this category.
    Category(Category),
    /// A destination or a destination group was named.
    Destination(String),
}

/// Several signals together, weighing more than any of them alone.
#[derive(Debug, Clone)]
pub struct Combo {
    pub id: String,
    pub spec: FlagSpec,
    pub all: Vec<Condition>,
}

/// A place named in offers.
#[derive(Debug, Clone)]
pub struct Destination {
    pub id: String,
    pub groups: Vec<String>,
}

/// An amount with its currency and period, as the salary table writes it.
#[derive(Debug, Clone)]
pub struct Money {
    pub amount: f64,
    pub currency: usize,
    pub period: Period,
}

/// One row of the salary table.
#[derive(Debug, Clone)]
pub struct SalaryRow {
    pub destination: usize,
    /// `None` for any job; otherwise the rule whose match puts the offer in this sector.
    pub sector: Option<String>,
    pub typical: Option<(Money, f64)>,
    pub too_good: Option<Money>,
    /// A sourced reference (median or statutory minimum) and the multiple above which
    /// unskilled pay is unrealistic, with the Fluent id naming the job and place.
    pub reference: Option<Reference>,
    /// What NGO staff still have to fill in (a placeholder: `safar check` warns about it).
    pub to_fill: Option<String>,
    pub source: String,
    pub date: String,
    /// The source as the report names it ("hh.ru, 2025").
    pub cite: String,
}

/// A sourced pay reference of a salary row.
#[derive(Debug, Clone)]
pub struct Reference {
    pub money: Money,
    pub factor: f64,
    pub label: String,
}

/// A currency with its rate, when a source for one has been filled in.
#[derive(Debug, Clone)]
pub struct Currency {
    pub code: String,
    /// What one unit is worth in US dollars; `None` until NGO staff fill in a dated, sourced
    /// rate. Without it, amounts in this currency are compared only with salary rows written
    /// in the same currency.
    pub usd: Option<f64>,
    pub date: String,
    pub source: String,
}

/// The derived signals: flags computed from extracted facts rather than phrases. Each is
/// off when its entry is missing from the file.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    pub salary_too_high: Option<FlagSpec>,
    /// An amount of money with "in advance" next to it.
    pub advance_payment: Option<FlagSpec>,
    /// An amount of money the worker is asked to pay (a fee word is the nearest word to it:
    /// `badal 1500 yevro`, `Регистрация 700 фунтов`, `Визага 900 доллар`).
    pub fee_amount: Option<FlagSpec>,
    pub agency_revoked: Option<FlagSpec>,
    pub agency_suspended: Option<FlagSpec>,
    pub agency_unknown: Option<FlagSpec>,
    pub agency_no_local_representatives: Option<FlagSpec>,
    pub reported_contact: Option<FlagSpec>,
    pub messenger_only_contacts: Option<FlagSpec>,
    /// The offer names an agency (in quotes, or "X agentligi") that the registry does not list.
    pub agency_not_listed: Option<FlagSpec>,
}

/// Names of the derived signals, which are also their flags' rule ids.
pub const DERIVED: [&str; 10] = [
    "salary_too_high",
    "advance_payment",
    "fee_amount",
    "agency_revoked",
    "agency_suspended",
    "agency_unknown",
    "agency_no_local_representatives",
    "reported_contact",
    "messenger_only_contacts",
    "agency_not_listed",
];

/// Owners of patterns in the sets: the kind in the top bits, the index below.
pub(crate) mod owner {
    pub const SHIFT: u32 = 28;
    pub const RULE: u32 = 0;
    pub const EXCEPT: u32 = 1;
    pub const DESTINATION: u32 = 2;
    pub const AGENCY: u32 = 3;
    /// A phrase that marks its sentence as a warning or advice rather than an offer.
    pub const CAUTION: u32 = 4;
    /// A negation standing before a phrase (`не`, `без`, `hech qanday`).
    pub const NEG_BEFORE: u32 = 5;
    /// A negation standing after a phrase (`нет`, `emas`, `yo'q`, `joq`).
    pub const NEG_AFTER: u32 = 6;
    /// Words that look negative but take nothing back (`не возвращается`).
    pub const NOT_NEG: u32 = 7;
    /// A reassurance phrase of a green signal.
    pub const GREEN: u32 = 8;

    pub fn make(kind: u32, index: usize) -> u32 {
        (kind << SHIFT) | index as u32
    }

    pub fn split(owner: u32) -> (u32, usize) {
        (owner >> SHIFT, (owner & ((1 << SHIFT) - 1)) as usize)
    }
}

/// The rules file, validated and its patterns compiled (the sets still take the registry's
/// names before they are built).
#[derive(Debug, Clone)]
pub struct Rules {
    pub path: PathBuf,
    pub medium: u32,
    pub high: u32,
    /// How many weeks, days and hours make a month.
    pub per_month: [(Period, f64); 4],
    pub too_good_factor: f64,
    pub currencies: Vec<Currency>,
    pub lexicon: CurrencyLexicon,
    pub destinations: Vec<Destination>,
    pub salaries: Vec<SalaryRow>,
    pub derived: Derived,
    pub rules: Vec<Rule>,
    pub combos: Vec<Combo>,
    pub greens: Vec<Green>,
    pub polarity: Polarity,
    pub lat: PatternSet,
    pub cyr: PatternSet,
    /// Every Fluent id the file names, with where.
    pub keys: Vec<(Pos, String)>,
    /// Every phrase with its language code, for tools (the benchmark's baseline).
    pub phrases: Vec<(&'static str, String)>,
    /// The word lists (`{name}` in patterns) of each language.
    pub families: [(&'static str, WordFamilies); 3],
}

fn pos(location: &serde_saphyr::Location) -> Pos {
    Pos::new(location.line(), location.column())
}

fn at<T>(s: &Spanned<T>) -> Pos {
    pos(&s.referenced)
}

/// Rule, combination and destination ids: short ASCII words, as in the scripts.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 48
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// A Fluent id for this feature: `offer-…`, lowercase letters, digits and `-`.
pub fn is_offer_key(key: &str) -> bool {
    key.len() > "offer-".len()
        && key.starts_with("offer-")
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The parser's message without its own location (we print it), plus a hint.
pub(crate) fn yaml_error_message(e: &serde_saphyr::Error, readme: &str) -> String {
    let message = crate::diagnostics::yaml_message(e);
    let message = message.as_str();
    let hint = if message.contains("unknown field") {
        format!("; check the spelling, or see the comments at the top of {readme}")
    } else if message.contains("missing field") {
        format!("; add it (see the comments at the top of {readme})")
    } else {
        "; check indentation (spaces, not tabs) and that each `key: value` is on its own line"
            .to_string()
    };
    format!("{message}{hint}")
}

/// The pattern sets being built, with the word lists they may name and those they did.
struct Patterns {
    lat: PatternSet,
    cyr: PatternSet,
    phrases: Vec<(&'static str, String)>,
    families: [(&'static str, WordFamilies); 3],
    used: HashSet<String>,
}

impl Patterns {
    /// Adds a pattern of a language to its view's set (Uzbek and Karakalpak on the Latin
    /// view, Russian on the Cyrillic one), noting the word lists it names.
    fn add(
        &mut self,
        lang: &str,
        pattern: &str,
        owner: u32,
    ) -> Result<(), super::matcher::PatternError> {
        for t in pattern.split_whitespace() {
            if let Some(name) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                self.used.insert(name.to_string());
            }
        }
        let words = &self
            .families
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("three languages")
            .1;
        let set = if lang == "ru" {
            &mut self.cyr
        } else {
            &mut self.lat
        };
        set.add_with(pattern, owner, words)
    }
}

struct Loader<'a> {
    path: &'a Path,
    diags: &'a mut Diagnostics,
    keys: Vec<(Pos, String)>,
}

impl Loader<'_> {
    fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.diags.error(self.path, pos, message);
    }

    fn category(&mut self, s: &Spanned<String>) -> Option<Category> {
        let name = s.value.trim();
        let found = Category::from_name(name);
        if found.is_none() {
            let known: Vec<_> = Category::ALL.iter().map(|c| c.name()).collect();
            self.error(
                at(s),
                format!("unknown category `{name}`: use one of {}", known.join(", ")),
            );
        }
        found
    }

    /// Weights are 1 (weak sign) to 10 (sure sign); a phrase rule may be 0 (a marker).
    fn weight(&mut self, s: &Spanned<u32>, marker_ok: bool) -> u32 {
        let lowest = u32::from(!marker_ok);
        if !(lowest..=10).contains(&s.value) {
            let what = if marker_ok {
                "use a whole number from 1 (weak sign) to 10 (sure sign), or 0 for a marker \
                 that only combinations and the salary table use"
            } else {
                "use a whole number from 1 (weak sign) to 10 (sure sign)"
            };
            self.error(at(s), format!("weight {} is out of range: {what}", s.value));
        }
        s.value
    }

    fn key(&mut self, s: &Spanned<String>) -> String {
        let key = s.value.trim().to_string();
        if is_offer_key(&key) {
            self.keys.push((at(s), key.clone()));
            // A flag's explanation comes with its short title for the short report.
            if key.starts_with("offer-flag-") {
                self.keys.push((at(s), format!("{key}-title")));
            }
        } else {
            self.error(
                at(s),
                format!(
                    "`{key}` is not a text id for the offer checker: use `offer-…` with \
                     lowercase letters, digits and `-` (e.g. offer-flag-upfront-fee), and add \
                     it to locales/*/offer.ftl"
                ),
            );
        }
        key
    }

    fn spec(
        &mut self,
        category: &Spanned<String>,
        weight: &Spanned<u32>,
        explain: &Spanned<String>,
        advice: &Spanned<String>,
        marker_ok: bool,
    ) -> Option<FlagSpec> {
        let category = self.category(category);
        let weight = self.weight(weight, marker_ok);
        let explain = self.key(explain);
        let advice = self.key(advice);
        Some(FlagSpec {
            category: category?,
            weight,
            explain,
            advice,
        })
    }

    fn flag(&mut self, f: &Option<FlagFile>) -> Option<FlagSpec> {
        let f = f.as_ref()?;
        self.spec(&f.category, &f.weight, &f.explain, &f.advice, false)
    }

    fn warning(&mut self, pos: Pos, message: impl Into<String>) {
        self.diags.warning(self.path, pos, message);
    }

    /// A field that must be there (and not empty) because a figure next to it is: the error
    /// points at `pos` (the figure) when the field is missing.
    fn required_opt(
        &mut self,
        s: &Option<Spanned<String>>,
        pos: Pos,
        what: &str,
        hint: &str,
    ) -> String {
        match s {
            Some(s) => self.required(s, what),
            None => {
                self.error(pos, format!("`{what}` is missing: write {hint}"));
                String::new()
            }
        }
    }

    fn required(&mut self, s: &Spanned<String>, what: &str) -> String {
        let v = s.value.trim().to_string();
        if v.is_empty() {
            self.error(at(s), format!("`{what}` is empty: {what} is required here"));
        }
        v
    }

    fn currency(&mut self, s: &Spanned<String>, codes: &HashMap<String, usize>) -> usize {
        let code = s.value.trim();
        match codes.get(code) {
            Some(&i) => i,
            None => {
                let mut known: Vec<_> = codes.keys().map(String::as_str).collect();
                known.sort_unstable();
                self.error(
                    at(s),
                    format!(
                        "unknown currency `{code}`: add it under `currencies:` or use one of {}",
                        known.join(", ")
                    ),
                );
                usize::MAX
            }
        }
    }

    fn period(&mut self, s: &Spanned<String>) -> Period {
        Period::from_name(s.value.trim()).unwrap_or_else(|| {
            self.error(
                at(s),
                format!(
                    "unknown period `{}`: use month, week, day or hour",
                    s.value.trim()
                ),
            );
            Period::Month
        })
    }

    fn positive(&mut self, s: &Spanned<f64>, what: &str) -> f64 {
        if !(s.value.is_finite() && s.value > 0.0) {
            self.error(at(s), format!("{what} must be a number above 0"));
        }
        s.value
    }

    /// `green:` and `polarity:`: the green signals and the words that turn a phrase around.
    fn greens(
        &mut self,
        pats: &mut Patterns,
        green: &[GreenFile],
        polarity_file: Option<&PolarityFile>,
    ) -> (Vec<Green>, Polarity) {
        let mut greens: Vec<Green> = Vec::new();
        for g in green {
            let id = g.id.value.trim().to_string();
            if !is_valid_id(&id) || greens.iter().any(|x| x.id == id) {
                self.error(
                    at(&g.id),
                    format!("green signal id `{id}` must be new and lowercase Latin letters, digits, `_` or `-`"),
                );
            }
            let weight = self.weight(&g.weight, true);
            let text = self.key(&g.text);
            let index = greens.len();
            if let Some(pf) = &g.patterns {
                for (lang, list) in by_lang(pf) {
                    for p in list {
                        if let Err(e) = pats.add(lang, &p.value, owner::make(owner::GREEN, index)) {
                            self.error(at(p), format!("green phrase `{}`: {e}", p.value.trim()));
                        }
                    }
                }
            }
            greens.push(Green { id, weight, text });
        }
        let mut polarity = Polarity::default();
        if let Some(pol) = polarity_file {
            polarity.window = pol.window.value as usize;
            if !(1..=8).contains(&polarity.window) {
                self.error(at(&pol.window), "`window` must be 1 to 8 words");
            }
            let lists = [
                (owner::NEG_BEFORE, Some(&pol.before)),
                (owner::NEG_AFTER, Some(&pol.after)),
                (owner::NOT_NEG, pol.not.as_ref()),
            ];
            for (kind, pf) in lists {
                for (lang, list) in pf.map(by_lang).into_iter().flatten() {
                    for p in list {
                        if let Err(e) = pats.add(lang, &p.value, owner::make(kind, 0)) {
                            self.error(at(p), format!("negation `{}`: {e}", p.value.trim()));
                        }
                    }
                }
            }
            if let Some(sf) = &pol.suffixes {
                for sfx in sf.uz.iter().chain(&sf.kaa) {
                    let key = super::normalize::lat_key(sfx.value.trim());
                    if key.is_empty() || key.contains(' ') {
                        self.error(at(sfx), "a negative ending is one word part, e.g. `maydi`");
                    } else if !polarity.suffixes.contains(&key) {
                        if let Some(&b) = key.as_bytes().last() {
                            polarity.suffix_ends[usize::from(b)] = true;
                        }
                        polarity.suffixes.push(key);
                    }
                }
            }
        }

        (greens, polarity)
    }

    /// `rules:`: the phrase rules, with their exceptions and green signals when negated.
    fn rules(
        &mut self,
        pats: &mut Patterns,
        file: &[RuleFile],
        greens: &[Green],
    ) -> (Vec<Rule>, HashSet<String>) {
        let mut rules: Vec<Rule> = Vec::new();
        let mut rule_ids: HashSet<String> = HashSet::new();
        for r in file {
            let id = r.id.value.trim().to_string();
            if !is_valid_id(&id) {
                self.error(
                    at(&r.id),
                    format!("rule id `{id}` must be lowercase Latin letters, digits, `_` or `-` (at most 48)"),
                );
            }
            if DERIVED.contains(&id.as_str()) {
                self.error(
                    at(&r.id),
                    format!("`{id}` is the name of a derived signal: choose another rule id"),
                );
            }
            if !rule_ids.insert(id.clone()) {
                self.error(
                    at(&r.id),
                    format!("rule id `{id}` is used twice: give each rule its own id"),
                );
            }
            let spec = self.spec(&r.category, &r.weight, &r.explain, &r.advice, true);
            let index = rules.len();
            let count = r.patterns.uz.len() + r.patterns.ru.len() + r.patterns.kaa.len();
            if count == 0 {
                self.error(
                    at(&r.id),
                    format!(
                        "rule `{id}` has no patterns: add phrases under `patterns:` (uz, ru, kaa)"
                    ),
                );
            }
            let mut add =
                |l: &mut Self, lang: &'static str, p: &Spanned<String>, kind: u32| match pats.add(
                    lang,
                    &p.value,
                    owner::make(kind, index),
                ) {
                    Ok(()) => {
                        if kind == owner::RULE {
                            pats.phrases.push((lang, p.value.clone()));
                        }
                    }
                    Err(e) => l.error(at(p), format!("pattern `{}`: {e}", p.value.trim())),
                };
            for (lang, list) in by_lang(&r.patterns) {
                for p in list {
                    add(self, lang, p, owner::RULE);
                }
            }
            if let Some(except) = &r.except {
                for (lang, list) in by_lang(except) {
                    for p in list {
                        add(self, lang, p, owner::EXCEPT);
                    }
                }
            }
            let negated = r.negated.as_ref().and_then(|g| {
                let name = g.value.trim();
                let found = greens.iter().position(|x| x.id == name);
                if found.is_none() {
                    self.error(
                        at(g),
                        format!("`negated: {name}` names no green signal: use an id from `green:`"),
                    );
                }
                found
            });
            // Keep the index aligned with the owners even when the spec is broken; the file
            // is refused anyway.
            rules.push(Rule {
                negated,
                id,
                spec: spec.unwrap_or(FlagSpec {
                    category: Category::Urgency,
                    weight: 0,
                    explain: String::new(),
                    advice: String::new(),
                }),
                pos: at(&r.id),
            });
        }

        (rules, rule_ids)
    }

    /// `currencies:`: codes, names and sourced rates.
    fn currencies(
        &mut self,
        file: &[CurrencyFile],
    ) -> (Vec<Currency>, CurrencyLexicon, HashMap<String, usize>) {
        let mut currencies = Vec::new();
        let mut lexicon = CurrencyLexicon::default();
        let mut codes: HashMap<String, usize> = HashMap::new();
        for c in file {
            let code = c.code.value.trim().to_string();
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                self.error(
                    at(&c.code),
                    format!("currency code `{code}` must be three capital letters (USD, RUB…)"),
                );
            }
            if codes.contains_key(&code) {
                self.error(
                    at(&c.code),
                    format!("currency `{code}` is listed twice: keep one"),
                );
                continue;
            }
            // A rate is a fact: with a number come its date and source. Without one the
            // currency is still recognised, and only compared in its own terms.
            let (usd, date, source) = match &c.usd {
                Some(usd) => {
                    let rate = self.positive(usd, "`usd` (what one unit is worth in US dollars)");
                    let date =
                        self.required_opt(&c.date, at(usd), "date", "the day the rate is from");
                    let source =
                        self.required_opt(&c.source, at(usd), "source", "where the rate is from");
                    (Some(rate), date, source)
                }
                None => {
                    if code != "USD" {
                        self.warning(
                            at(&c.code),
                            format!(
                                "currency {code} has no rate yet (NGO to fill): amounts in {code} \
                                 are compared only with salary rows written in {code}; add \
                                 `usd`, `date` and `source` (e.g. the Central Bank of \
                                 Uzbekistan's rate of that day)"
                            ),
                        );
                    }
                    let text = |o: &Option<Spanned<String>>| {
                        o.as_ref()
                            .map(|s| s.value.trim().to_string())
                            .unwrap_or_default()
                    };
                    (None, text(&c.date), text(&c.source))
                }
            };
            let names: Vec<String> = c.names.iter().map(|n| n.value.clone()).collect();
            for bad in lexicon.add(&code, &names) {
                let at_name = c
                    .names
                    .iter()
                    .find(|n| n.value.trim() == bad)
                    .map_or(at(&c.code), at);
                self.error(
                    at_name,
                    format!(
                        "currency name `{bad}` must be one word (a `*` may end it) or one \
                         symbol such as $"
                    ),
                );
            }
            codes.insert(code.clone(), currencies.len());
            currencies.push(Currency {
                // US dollars are the unit itself.
                usd: if code == "USD" {
                    Some(usd.unwrap_or(1.0))
                } else {
                    usd
                },
                code,
                date,
                source,
            });
        }

        (currencies, lexicon, codes)
    }

    /// `words:`: the word lists of each language, and where each was defined.
    fn word_lists(
        &mut self,
        file: &[WordsFile],
    ) -> ([(&'static str, WordFamilies); 3], HashMap<String, Pos>) {
        let mut families: [(&'static str, WordFamilies); 3] = [
            ("uz", WordFamilies::new()),
            ("kaa", WordFamilies::new()),
            ("ru", WordFamilies::new()),
        ];
        let mut family_pos: HashMap<String, Pos> = HashMap::new();
        for w in file {
            let id = w.id.value.trim().to_string();
            if !is_valid_id(&id) {
                self.error(
                    at(&w.id),
                    format!(
                        "word list id `{id}` must be lowercase Latin letters, digits, `_` or `-`"
                    ),
                );
                continue;
            }
            if family_pos.insert(id.clone(), at(&w.id)).is_some() {
                self.error(
                    at(&w.id),
                    format!("word list `{id}` is listed twice: keep one"),
                );
                continue;
            }
            if w.uz.is_empty() && w.ru.is_empty() && w.kaa.is_empty() {
                self.error(
                    at(&w.id),
                    format!("word list `{id}` is empty: add words under uz:, ru: or kaa:"),
                );
            }
            for (lang, fam) in families.iter_mut() {
                let list = match *lang {
                    "uz" => &w.uz,
                    "kaa" => &w.kaa,
                    _ => &w.ru,
                };
                if list.is_empty() {
                    continue;
                }
                let view = if *lang == "ru" {
                    ViewKind::Cyr
                } else {
                    ViewKind::Lat
                };
                let mut entries = Vec::with_capacity(list.len());
                for e in list {
                    match WordFamilies::check_entry(view, &e.value) {
                        Ok(()) => entries.push(e.value.clone()),
                        Err(err) => self.error(at(e), format!("word list `{id}`: {err}")),
                    }
                }
                fam.insert(&id, entries);
            }
        }
        (families, family_pos)
    }

    /// `salaries:`: scam figures, sourced references and placeholders, per destination.
    fn salaries(
        &mut self,
        file: &[SalaryFile],
        dest_index: &HashMap<String, usize>,
        rule_ids: &HashSet<String>,
        codes: &HashMap<String, usize>,
    ) -> Vec<SalaryRow> {
        let mut salaries = Vec::new();
        for s in file {
            let dest = s.destination.value.trim();
            let Some(&destination) = dest_index.get(dest) else {
                self.error(
                    at(&s.destination),
                    format!("unknown destination `{dest}`: use an `id` from `destinations:`"),
                );
                continue;
            };
            let sector = match &s.sector {
                None => None,
                Some(sec) if sec.value.trim() == "any" => None,
                Some(sec) => {
                    let id = sec.value.trim().to_string();
                    if !rule_ids.contains(&id) {
                        self.error(
                            at(sec),
                            format!(
                                "sector `{id}` is not a rule id: write `any`, or the id of the \
                                 rule whose phrases name the sector (e.g. hostess-work)"
                            ),
                        );
                    }
                    Some(id)
                }
            };
            let typical = s.typical.as_ref().map(|t| {
                let min = self.positive(&t.min, "`min`");
                let max = self.positive(&t.max, "`max`");
                if min > max {
                    self.error(at(&t.min), "`min` is above `max`");
                }
                let currency = self.currency(&t.currency, codes);
                let period = self.period(&t.period);
                (
                    Money {
                        amount: max,
                        currency,
                        period,
                    },
                    min,
                )
            });
            let too_good = s.too_good.as_ref().map(|m| Money {
                amount: self.positive(&m.amount, "`amount`"),
                currency: self.currency(&m.currency, codes),
                period: self.period(&m.period),
            });
            let reference = s.reference.as_ref().map(|m| {
                let money = Money {
                    amount: self.positive(&m.amount, "`amount`"),
                    currency: self.currency(&m.currency, codes),
                    period: self.period(&m.period),
                };
                let factor = match &s.factor {
                    Some(f) => {
                        if !(f.value.is_finite() && f.value >= 1.0) {
                            self.error(at(f), "`factor` must be a number of at least 1");
                        }
                        f.value
                    }
                    None => {
                        self.error(at(&m.amount), "`factor` is missing: write the multiple of the reference above which pay is unrealistic (e.g. 2.5)");
                        1.0
                    }
                };
                let label = match &s.label {
                    Some(k) => self.key(k),
                    None => {
                        self.error(at(&m.amount), "`label` is missing: the text id naming the job and place (offer-pay-…)");
                        String::new()
                    }
                };
                Reference { money, factor, label }
            });
            let to_fill = s.to_fill.as_ref().map(|t| t.value.trim().to_string());
            if typical.is_none() && too_good.is_none() && reference.is_none() && to_fill.is_none() {
                self.error(
                    at(&s.destination),
                    "a salary row needs `typical:` (min, max, currency, period), `too_good:` \
                     (amount, currency, period), or `to_fill:` (what is still to be found)",
                );
            }
            if let (Some(t), Some(what)) = (&s.to_fill, &to_fill) {
                self.warning(
                    at(t),
                    format!(
                        "salary row for {dest}{}: still to fill (NGO): {what}; until then \
                         nothing from this row is used{}",
                        s.sector
                            .as_ref()
                            .map_or(String::new(), |x| format!(" ({})", x.value.trim())),
                        if typical.is_some() || too_good.is_some() {
                            " but the figures already written"
                        } else {
                            ""
                        }
                    ),
                );
            }
            // Figures are facts: each needs its source and date; an old one is flagged.
            let (source, date) = if typical.is_some() || too_good.is_some() || reference.is_some() {
                let row = at(&s.destination);
                let source =
                    self.required_opt(&s.source, row, "source", "where the figures come from");
                let date =
                    self.required_opt(&s.date, row, "date", "the date the source shows, or n.d.");
                if reference.is_some()
                    && let Some(d) = &s.date
                    && let Some(months) = months_old(&date, chrono::Utc::now().date_naive())
                    && months > MAX_FIGURE_AGE_MONTHS
                {
                    self.warning(
                        at(d),
                        format!(
                            "the reference figure for {dest} is from {date}, {months} months \
                             ago (more than {MAX_FIGURE_AGE_MONTHS}): look for a newer figure"
                        ),
                    );
                }
                (source, date)
            } else {
                let text = |o: &Option<Spanned<String>>| {
                    o.as_ref()
                        .map(|s| s.value.trim().to_string())
                        .unwrap_or_default()
                };
                (text(&s.source), text(&s.date))
            };
            let cite = match (&s.cite, &reference) {
                (Some(c), _) => c.value.trim().to_string(),
                (None, Some(_)) => {
                    self.error(at(&s.destination), "`cite` is missing: write the source as the report names it, e.g. \"hh.ru, 2025\"");
                    String::new()
                }
                (None, None) => String::new(),
            };
            salaries.push(SalaryRow {
                cite,
                destination,
                sector,
                typical,
                too_good,
                reference,
                to_fill,
                source,
                date,
            });
        }
        salaries
    }

    /// `derived:`: the signals computed from extracted facts; each is off when missing.
    fn derived(&mut self, d: &DerivedFile) -> Derived {
        Derived {
            salary_too_high: self.flag(&d.salary_too_high),
            advance_payment: self.flag(&d.advance_payment),
            fee_amount: self.flag(&d.fee_amount),
            agency_revoked: self.flag(&d.agency_revoked),
            agency_suspended: self.flag(&d.agency_suspended),
            agency_unknown: self.flag(&d.agency_unknown),
            agency_no_local_representatives: self.flag(&d.agency_no_local_representatives),
            reported_contact: self.flag(&d.reported_contact),
            messenger_only_contacts: self.flag(&d.messenger_only_contacts),
            agency_not_listed: self.flag(&d.agency_not_listed),
        }
    }

    /// `combos:`: flags raised when all their conditions hold.
    fn combos(
        &mut self,
        file: &[ComboFile],
        rule_ids: &HashSet<String>,
        dest_index: &HashMap<String, usize>,
        groups: &HashSet<String>,
    ) -> Vec<Combo> {
        let mut combos = Vec::new();
        let mut combo_ids = HashSet::new();
        for c in file {
            let id = c.id.value.trim().to_string();
            if !is_valid_id(&id) || !combo_ids.insert(id.clone()) || rule_ids.contains(&id) {
                self.error(
                    at(&c.id),
                    format!("combination id `{id}` must be a new id (lowercase Latin letters, digits, `_` or `-`) used by no rule"),
                );
            }
            let spec = self.spec(&c.category, &c.weight, &c.explain, &c.advice, false);
            if c.all.len() < 2 {
                self.error(
                    at(&c.id),
                    "a combination needs at least two conditions under `all:`",
                );
            }
            let mut all = Vec::new();
            for cond in &c.all {
                match parse_condition(cond.value.trim()) {
                    Ok(Condition::Rule(r))
                        if !rule_ids.contains(&r) && !DERIVED.contains(&r.as_str()) =>
                    {
                        self.error(at(cond), format!("`rule:{r}` names no rule: use a rule id from `rules:` or a derived signal ({})", DERIVED.join(", ")));
                    }
                    Ok(Condition::Destination(dst))
                        if !dest_index.contains_key(&dst) && !groups.contains(&dst) =>
                    {
                        self.error(
                            at(cond),
                            format!("`destination:{dst}` names no destination or group"),
                        );
                    }
                    Ok(cond) => all.push(cond),
                    Err(msg) => self.error(at(cond), msg),
                }
            }
            if let Some(spec) = spec {
                combos.push(Combo { id, spec, all });
            }
        }
        combos
    }
}

impl Rules {
    /// Reads and validates `dir/offer-rules.yaml`. Problems go to `diags`; `None` on errors.
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<Rules> {
        let path = dir.join(RULES_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Rules::parse(&path, &text, diags),
            Err(e) => {
                diags.error(
                    &path,
                    Pos::FILE,
                    format!(
                        "cannot read the offer checker's rules ({e}); it must be in the \
                         dialogues folder (check --dialogues)"
                    ),
                );
                None
            }
        }
    }

    /// Validates the text of a rules file; `path` is only for the messages.
    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Rules> {
        let before = diags.errors().count();
        let file: RulesFile = match serde_saphyr::from_str(text) {
            Ok(file) => file,
            Err(e) => {
                let at = e.location().map(|l| pos(&l)).unwrap_or(Pos::FILE);
                diags.error(path, at, yaml_error_message(&e, RULES_FILE));
                return None;
            }
        };
        let mut l = Loader {
            path,
            diags,
            keys: Vec::new(),
        };

        let (medium, high) = (file.risk.medium.value, file.risk.high.value);
        if medium == 0 || medium >= high {
            l.error(
                at(&file.risk.medium),
                format!(
                    "risk thresholds must grow: 0 < medium ({medium}) < high ({high}); a \
                     verdict is high when the flags' weights add up to `high` or more"
                ),
            );
        }
        let mut per_month = [
            (Period::Month, 1.0),
            (Period::Week, 52.0 / 12.0),
            (Period::Day, 26.0),
            (Period::Hour, 208.0),
        ];
        if let Some(p) = &file.salary_periods {
            per_month[1].1 = l.positive(&p.week, "`week`");
            per_month[2].1 = l.positive(&p.day, "`day`");
            per_month[3].1 = l.positive(&p.hour, "`hour`");
        }
        let too_good_factor = match &file.too_good_factor {
            Some(f) => {
                if !(f.value.is_finite() && f.value >= 1.0) {
                    l.error(at(f), "`too_good_factor` must be a number of at least 1");
                }
                f.value
            }
            None => 2.0,
        };

        let (currencies, lexicon, codes) = l.currencies(&file.currencies);

        // Word lists, per language, for `{name}` in patterns.
        let (families, family_pos) = l.word_lists(&file.words);
        // Patterns: Uzbek and Karakalpak on the Latin view, Russian on the Cyrillic one.
        let mut pats = Patterns {
            lat: PatternSet::new(ViewKind::Lat),
            cyr: PatternSet::new(ViewKind::Cyr),
            phrases: Vec::new(),
            families,
            used: HashSet::new(),
        };

        // Destinations.
        let mut destinations: Vec<Destination> = Vec::new();
        let mut dest_index: HashMap<String, usize> = HashMap::new();
        let mut groups: HashSet<String> = HashSet::new();
        for d in &file.destinations {
            let id = d.id.value.trim().to_string();
            if !is_valid_id(&id) {
                l.error(
                    at(&d.id),
                    format!(
                        "destination id `{id}` must be lowercase Latin letters, digits, `_` or `-`"
                    ),
                );
                continue;
            }
            if dest_index.contains_key(&id) {
                l.error(
                    at(&d.id),
                    format!("destination `{id}` is listed twice: keep one"),
                );
                continue;
            }
            if d.names.is_empty() {
                l.error(
                    at(&d.id),
                    format!("destination `{id}` has no `names`: list how offers write it"),
                );
            }
            let index = destinations.len();
            for name in &d.names {
                if let Err(e) = pats
                    .lat
                    .add(&name.value, owner::make(owner::DESTINATION, index))
                {
                    l.error(at(name), format!("destination name: {e}"));
                }
            }
            let gs: Vec<String> = d
                .groups
                .iter()
                .map(|g| g.value.trim().to_string())
                .collect();
            for (g, s) in gs.iter().zip(&d.groups) {
                if !is_valid_id(g) {
                    l.error(
                        at(s),
                        format!("group `{g}` must be lowercase Latin letters, digits, `_` or `-`"),
                    );
                }
                groups.insert(g.clone());
            }
            dest_index.insert(id.clone(), index);
            destinations.push(Destination { id, groups: gs });
        }
        for g in &groups {
            if dest_index.contains_key(g) {
                let d = file.destinations.iter().find(|d| d.id.value.trim() == g);
                l.error(
                    d.map_or(Pos::FILE, |d| at(&d.id)),
                    format!("`{g}` is both a destination and a group: rename one"),
                );
            }
        }

        // Green signals and the words that turn a phrase around.
        let (greens, polarity) = l.greens(&mut pats, &file.green, file.polarity.as_ref());

        // Rules.
        let (rules, rule_ids) = l.rules(&mut pats, &file.rules, &greens);

        // Caution phrases: a sentence with one is a warning or advice, not an offer.
        if let Some(caution) = &file.caution {
            for (lang, list) in by_lang(caution) {
                for p in list {
                    if let Err(e) = pats.add(lang, &p.value, owner::make(owner::CAUTION, 0)) {
                        l.error(at(p), format!("caution phrase `{}`: {e}", p.value.trim()));
                    }
                }
            }
        }
        for (id, pos) in &family_pos {
            if !pats.used.contains(id) {
                l.warning(
                    *pos,
                    format!("word list `{id}` is not used by any pattern (`{{{id}}}`)"),
                );
            }
        }

        let salaries = l.salaries(&file.salaries, &dest_index, &rule_ids, &codes);
        let derived = l.derived(&file.derived);
        let combos = l.combos(&file.combos, &rule_ids, &dest_index, &groups);

        let keys = std::mem::take(&mut l.keys);
        if diags.errors().count() > before {
            return None;
        }
        Some(Rules {
            path: path.to_path_buf(),
            medium,
            high,
            per_month,
            too_good_factor,
            currencies,
            lexicon,
            destinations,
            salaries,
            derived,
            rules,
            combos,
            greens,
            polarity,
            lat: pats.lat,
            cyr: pats.cyr,
            keys,
            phrases: pats.phrases,
            families: pats.families,
        })
    }

    /// How many of `period` make a month.
    pub fn months(&self, period: Period) -> f64 {
        self.per_month
            .iter()
            .find(|(p, _)| *p == period)
            .map_or(1.0, |(_, f)| *f)
    }

    /// `value` in `currency` per `period` as US dollars a month; `None` while the currency has
    /// no sourced rate.
    pub fn usd_month(&self, value: f64, currency: usize, period: Period) -> Option<f64> {
        let rate = self.currencies.get(currency)?.usd?;
        Some(value * rate * self.months(period))
    }

    /// `value` in currency `from` per `period`, as a monthly amount in currency `to`: directly
    /// when the currencies are the same, through US dollars when both have a sourced rate,
    /// `None` otherwise (no rate is ever guessed).
    pub fn month_value_in(
        &self,
        value: f64,
        from: usize,
        period: Period,
        to: usize,
    ) -> Option<f64> {
        let monthly = value * self.months(period);
        if from == to {
            return Some(monthly);
        }
        let from_usd = self.currencies.get(from)?.usd?;
        let to_usd = self.currencies.get(to)?.usd?;
        Some(monthly * from_usd / to_usd)
    }

    /// An amount as the report shows it: `146 000 RUB`, `12.71 GBP`.
    pub fn money_text(&self, m: &Money) -> String {
        let code = self
            .currencies
            .get(m.currency)
            .map_or("", |c| c.code.as_str());
        let whole = m.amount.round();
        let digits = if (m.amount - whole).abs() < 1e-9 {
            let s = format!("{whole:.0}");
            let mut out = String::new();
            for (i, ch) in s.chars().enumerate() {
                if i > 0 && (s.len() - i) % 3 == 0 {
                    out.push('\u{a0}');
                }
                out.push(ch);
            }
            out
        } else {
            format!("{:.2}", m.amount)
        };
        format!("{digits} {code}")
    }

    /// Index of a currency by code.
    pub fn currency_index(&self, code: &str) -> Option<usize> {
        self.currencies.iter().position(|c| c.code == code)
    }
}

/// Figures older than this make `safar check` warn: pay and minimum wages change every year,
/// and an old reference would make honest pay look too good.
pub const MAX_FIGURE_AGE_MONTHS: i32 = 18;

/// Whole months from a figure's date (`2025-09-24`, `2025-09` or `2025`, the latest day it
/// may mean) to `today`; `None` for `n.d.` and other text.
pub fn months_old(date: &str, today: chrono::NaiveDate) -> Option<i32> {
    use chrono::Datelike;
    let mut parts = date.trim().split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = match parts.next() {
        Some(m) => m.parse().ok()?,
        None => 12,
    };
    if !(1..=12).contains(&month) || !(1900..=2200).contains(&year) {
        return None;
    }
    Some((today.year() - year) * 12 + today.month() as i32 - month as i32)
}

/// A rule's pattern lists with their language codes.
fn by_lang(pf: &PatternsFile) -> [(&'static str, &Vec<Spanned<String>>); 3] {
    [("uz", &pf.uz), ("kaa", &pf.kaa), ("ru", &pf.ru)]
}

fn parse_condition(s: &str) -> Result<Condition, String> {
    let bad = || {
        format!(
            "unknown condition `{s}`: use women, men, age_max:N, rule:ID, category:NAME or \
             destination:ID"
        )
    };
    Ok(match s.split_once(':') {
        None if s == "women" => Condition::Women,
        None if s == "men" => Condition::Men,
        None => return Err(bad()),
        Some(("age_max", n)) => Condition::AgeMax(
            n.trim()
                .parse()
                .map_err(|_| format!("`{s}`: write age_max:30 (a whole number)"))?,
        ),
        Some(("rule", r)) => Condition::Rule(r.trim().to_string()),
        Some(("category", c)) => {
            Condition::Category(Category::from_name(c.trim()).ok_or_else(|| {
                let known: Vec<_> = Category::ALL.iter().map(|c| c.name()).collect();
                format!(
                    "unknown category `{}`: use one of {}",
                    c.trim(),
                    known.join(", ")
                )
            })?)
        }
        Some(("destination", d)) => Condition::Destination(d.trim().to_string()),
        Some(_) => return Err(bad()),
    })
}
