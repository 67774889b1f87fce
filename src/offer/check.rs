//! One check of an offer, step by step: the facts in it, the phrase rules read in their
//! clauses, the places and agencies named, agency and contact signals, money asked or promised,
//! combinations, and the verdict.

use std::collections::HashMap;
use std::ops::Range;

use super::extract::{self, Amount, AmountKind, Contact, ContactKind};
use super::matcher::Match;
use super::normalize::Normalized;
use super::polarity::Negations;
use super::registry::Status;
use super::rules::{FlagSpec, owner};
use super::{
    AgencyMention, Category, DestinationMention, Evidence, Flag, GreenSignal, OfferChecker,
    PAY_REFERENCE_KEY, Report, amount_words, owner_range, risk_of, sentences,
};

/// A flag of a rule, combination or derived signal, with the words that raised it.
fn flag(spec: &FlagSpec, rule: &str, evidence: Vec<Evidence>) -> Flag {
    Flag {
        category: spec.category,
        rule: rule.to_string(),
        weight: spec.weight,
        evidence,
        title: format!("{}-title", spec.explain),
        explain: spec.explain.clone(),
        advice: spec.advice.clone(),
        args: Vec::new(),
    }
}

/// A check in progress: the offer, its words and phrase matches, and what has been found.
struct Check<'a> {
    checker: &'a OfferChecker,
    text: &'a str,
    n: Normalized,
    matches: Vec<Match>,
    negations: Negations,
    flags: Vec<Flag>,
    /// Flags of weight-0 rules: seen by combinations and the salary table, not reported.
    markers: Vec<Flag>,
    greens: Vec<GreenSignal>,
    /// Words of every green phrase (a sum next to "the employer pays" is not a fee).
    green_words: Vec<(usize, usize)>,
    /// The skeleton of every word (`offer::names`), only when company names are to be
    /// looked for (some are confirmed or reported).
    skeletons: Option<Vec<String>>,
    /// Company names found, as byte ranges.
    names: Vec<Range<usize>>,
}

/// Fluent ids of the flag an offer gets for a contact the hotline confirmed (title, why, what
/// to do); the title takes `$evidence`, `$times` and `$date`.
pub const CONFIRMED_TITLE: &str = "offer-flag-hotline-confirmed-title";
pub const CONFIRMED_EXPLAIN: &str = "offer-flag-hotline-confirmed";
pub const CONFIRMED_ADVICE: &str = "offer-advice-hotline-confirmed";
/// The same for a company name the hotline confirmed (`$evidence` is the name as the offer
/// writes it).
pub const CONFIRMED_NAME_TITLE: &str = "offer-flag-hotline-confirmed-name-title";
pub const CONFIRMED_NAME_EXPLAIN: &str = "offer-flag-hotline-confirmed-name";
pub const CONFIRMED_NAME_ADVICE: &str = "offer-advice-hotline-confirmed-name";
/// Title and why of the flag for a company name of the registry's `reported_contacts:`
/// (its weight, category and advice are the `reported_contact` signal's).
pub const REPORTED_NAME_TITLE: &str = "offer-flag-reported-name-title";
pub const REPORTED_NAME_EXPLAIN: &str = "offer-flag-reported-name";

pub(super) fn run(
    checker: &OfferChecker,
    text: &str,
    confirmed: &super::confirmed::ConfirmedContacts,
) -> Report {
    let rules = &checker.rules;
    let n = Normalized::new(text);
    let contacts = extract::contacts(text);
    let phones: Vec<Range<usize>> = contacts
        .iter()
        .filter(|c| matches!(c.kind, ContactKind::Phone | ContactKind::Whatsapp))
        .map(|c| c.start..c.end)
        .collect();
    let mut amounts = extract::amounts(&checker.vocabulary, text, &n, &rules.lexicon, &phones);
    for a in &mut amounts {
        if let Some(c) = a.currency.as_deref().and_then(|c| rules.currency_index(c)) {
            let period = a.period.unwrap_or(extract::Period::Month);
            a.usd_month = rules.usd_month(a.value, c, period);
        }
    }
    let ages = extract::ages(&checker.vocabulary, text, &n);
    let genders = extract::genders(&checker.vocabulary, text, &n);

    let mut matches = Vec::new();
    rules.lat.find(&n, &mut matches);
    rules.cyr.find(&n, &mut matches);
    matches.sort_unstable_by_key(|m| (m.owner, m.first, m.last));
    let negations = Negations::new(text, &n, &matches, &rules.polarity);
    let skeletons = (confirmed.has_names() || !checker.reported_names.is_empty())
        .then(|| super::names::skeletons(&n));
    let names = extract::company_names(&checker.vocabulary, text, &n);

    let mut c = Check {
        checker,
        text,
        n,
        matches,
        negations,
        flags: Vec::new(),
        markers: Vec::new(),
        greens: Vec::new(),
        green_words: Vec::new(),
        skeletons,
        names,
    };
    c.phrases();
    let (destinations, agencies) = c.mentions();
    c.agencies(&agencies);
    c.contacts(&contacts);
    c.confirmed(&contacts, confirmed);
    c.money(&amounts, &destinations);
    c.combinations(&destinations, &ages, &genders);

    let Check {
        flags,
        greens,
        names: name_ranges,
        ..
    } = c;
    let mut names: Vec<super::Evidence> = Vec::new();
    let mut name_ranges = name_ranges;
    name_ranges.sort_by_key(|r| r.start);
    for r in name_ranges {
        let e = super::Evidence::of(text, r);
        if !names.iter().any(|x| x.text == e.text) {
            names.push(e);
        }
    }
    let mut flags = flags;
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
    let mut risk = risk_of(score, &flags, &greens, rules);
    // A contact the hotline confirmed as a scam's is a sure sign, whatever else the offer says.
    if flags
        .iter()
        .any(|f| f.rule.starts_with("hotline_confirmed"))
    {
        risk = super::Risk::High;
    }
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
        names,
    }
}

impl Check<'_> {
    fn green(&mut self, index: usize, first: usize, last: usize) {
        self.green_words.push((first, last));
        let g = &self.checker.rules.greens[index];
        if !self.greens.iter().any(|x| x.id == g.id) {
            self.greens.push(GreenSignal {
                id: g.id.clone(),
                evidence: Evidence::of(self.text, self.n.original_words(first, last)),
                text: g.text.clone(),
            });
        }
    }

    /// Phrase rules and green phrases. A rule's match is dropped when an `except` phrase is
    /// near it or its sentence warns or advises ("it is a scam if they ask for money in
    /// advance": what it names is not asked of the reader); a match its clause takes back
    /// ("без предоплаты", "to'lov talab qilinmaydi") is the rule's green signal instead.
    fn phrases(&mut self) {
        let rules = &self.checker.rules;
        let sentence_of = sentences(&self.n);
        let cautioned: Vec<usize> = owner_range(&self.matches, owner::make(owner::CAUTION, 0))
            .iter()
            .map(|m| sentence_of[m.first])
            .collect();
        let in_caution = |word: usize| cautioned.contains(&sentence_of[word]);
        let matches = std::mem::take(&mut self.matches);
        let mut i = 0;
        while i < matches.len() {
            let (kind, index) = owner::split(matches[i].owner);
            let group = owner_range(&matches, matches[i].owner);
            i += group.len();
            if kind == owner::GREEN {
                for m in group {
                    if !self.negations.green_negated(m.first, m.last) {
                        self.green(index, m.first, m.last);
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
            let mut kept: Vec<&Match> = Vec::new();
            for m in group {
                if near(m) || in_caution(m.first) {
                    continue;
                }
                match rule.negated {
                    Some(g) if self.negations.negated(m.first, m.last, true) => {
                        self.green(g, m.first, m.last);
                    }
                    _ => kept.push(m),
                }
            }
            // The first match, grown by the matches overlapping it (`Виза 100` and
            // `100% гарантия` quote as `Виза 100% гарантия`).
            if let Some((m, rest)) = kept.split_first() {
                let (first, mut last) = (m.first, m.last);
                for o in rest {
                    if o.first <= last && o.first >= first {
                        last = last.max(o.last);
                    }
                }
                let f = flag(
                    &rule.spec,
                    &rule.id,
                    vec![Evidence::of(self.text, self.n.original_words(first, last))],
                );
                if rule.spec.weight == 0 {
                    self.markers.push(f);
                } else {
                    self.flags.push(f);
                }
            }
        }
        self.matches = matches;
    }

    /// Destinations and registry agencies named, each once, in the order of the offer.
    fn mentions(&self) -> (Vec<DestinationMention>, Vec<AgencyMention>) {
        let (rules, registry, text) = (&self.checker.rules, &self.checker.registry, self.text);
        let mut destinations: Vec<DestinationMention> = Vec::new();
        let mut agencies: Vec<AgencyMention> = Vec::new();
        for m in &self.matches {
            let (kind, index) = owner::split(m.owner);
            let span = self.n.original_words(m.first, m.last);
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
                    .any(|a| a.name == registry.agencies[index].name)
            {
                let a = &registry.agencies[index];
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
        (destinations, agencies)
    }

    /// Agencies revoked, suspended, of unknown status, claimed where they have nobody, or
    /// named but not in the registry ("not found in our list").
    fn agencies(&mut self, agencies: &[AgencyMention]) {
        let (d, registry, text) = (
            &self.checker.rules.derived,
            &self.checker.registry,
            self.text,
        );
        for a in agencies {
            let listed = registry.agencies.iter().find(|x| x.name == a.name);
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
                self.flags.push(f);
            }
        }
        if let Some(spec) = &d.agency_not_listed
            && agencies.is_empty()
            && let Some(name) = extract::agency_names(&self.checker.vocabulary, text, &self.n)
                .into_iter()
                .next()
        {
            let mut f = flag(
                spec,
                "agency_not_listed",
                vec![Evidence::of(text, name.clone())],
            );
            f.args = vec![("name", text[name].to_string())];
            self.flags.push(f);
        }
    }

    /// Contacts reported as scams; contacts only through messengers.
    fn contacts(&mut self, contacts: &[Contact]) {
        let (d, text) = (&self.checker.rules.derived, self.text);
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
                .checker
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
                self.flags.push(flag(spec, "reported_contact", hits));
            }
            let named: Vec<(usize, usize)> = match &self.skeletons {
                Some(words) => self
                    .checker
                    .reported_names
                    .find(words)
                    .into_iter()
                    .map(|(first, last, _)| (first, last))
                    .collect(),
                None => Vec::new(),
            };
            if !named.is_empty() {
                let evidence: Vec<Evidence> = named
                    .iter()
                    .map(|&(a, b)| Evidence::of(text, self.n.original_words(a, b)))
                    .collect();
                self.names.extend(evidence.iter().map(|e| e.start..e.end));
                let mut f = flag(spec, "reported_name", evidence);
                f.title = REPORTED_NAME_TITLE.to_string();
                f.explain = REPORTED_NAME_EXPLAIN.to_string();
                self.flags.push(f);
            }
        }
        if let Some(spec) = &d.messenger_only_contacts
            && !contacts.is_empty()
            && contacts.iter().all(|c| c.kind.is_messenger())
        {
            let c = &contacts[0];
            self.flags.push(flag(
                spec,
                "messenger_only_contacts",
                vec![Evidence::of(text, c.start..c.end)],
            ));
        }
    }

    /// Contacts the hotline confirmed from users' reports: one flag, quoting each such contact,
    /// with how often the first was reported and when it was confirmed.
    fn confirmed(&mut self, contacts: &[Contact], confirmed: &super::confirmed::ConfirmedContacts) {
        if confirmed.is_empty() {
            return;
        }
        self.confirmed_names(confirmed);
        let hits: Vec<(&Contact, &super::confirmed::Confirmed)> = contacts
            .iter()
            .filter_map(|c| confirmed.get(c.kind, &c.value).map(|k| (c, k)))
            .collect();
        let Some((_, first)) = hits.first() else {
            return;
        };
        let rules = &self.checker.rules;
        let category = rules
            .derived
            .reported_contact
            .as_ref()
            .map_or(super::Category::UnverifiableEmployer, |s| s.category);
        self.flags.push(Flag {
            category,
            rule: "hotline_confirmed".to_string(),
            weight: rules.high,
            evidence: hits
                .iter()
                .map(|(c, _)| Evidence::of(self.text, c.start..c.end))
                .collect(),
            title: CONFIRMED_TITLE.to_string(),
            explain: CONFIRMED_EXPLAIN.to_string(),
            advice: CONFIRMED_ADVICE.to_string(),
            args: vec![
                ("times", first.times.to_string()),
                ("date", first.date.clone()),
            ],
        });
    }

    /// Company names the hotline confirmed, written anywhere in the offer (in any script, with
    /// or without quotes and legal form): one flag quoting each, with how often the first was
    /// reported and when it was confirmed.
    fn confirmed_names(&mut self, confirmed: &super::confirmed::ConfirmedContacts) {
        let Some(words) = &self.skeletons else {
            return;
        };
        let hits = confirmed.names_in(words);
        let Some(&(_, _, first)) = hits.first() else {
            return;
        };
        let evidence: Vec<Evidence> = hits
            .iter()
            .map(|&(a, b, _)| Evidence::of(self.text, self.n.original_words(a, b)))
            .collect();
        self.names.extend(evidence.iter().map(|e| e.start..e.end));
        let rules = &self.checker.rules;
        let category = rules
            .derived
            .reported_contact
            .as_ref()
            .map_or(super::Category::UnverifiableEmployer, |s| s.category);
        self.flags.push(Flag {
            category,
            rule: "hotline_confirmed_name".to_string(),
            weight: rules.high,
            evidence,
            title: CONFIRMED_NAME_TITLE.to_string(),
            explain: CONFIRMED_NAME_EXPLAIN.to_string(),
            advice: CONFIRMED_NAME_ADVICE.to_string(),
            args: vec![
                ("times", first.times.to_string()),
                ("date", first.date.clone()),
            ],
        });
    }

    /// Whether the worker is the one who pays a sum: not in a clause that says "no fee" or
    /// next to "the employer pays" ("80 000 рублей за счёт работодателя").
    fn workers_fee(&self, a: &Amount) -> bool {
        let Some((first, last)) = amount_words(&self.n, a) else {
            return true;
        };
        let (clause, window) = (&self.negations.clause, self.negations.window);
        let by_green = self.green_words.iter().any(|&(gf, gl)| {
            (clause[gf] == clause[first] || clause[gl] == clause[last])
                && gf <= last + window
                && gl + window >= first
        });
        !by_green && !self.negations.negated(first, last, true)
    }

    /// Money asked in advance or as a fee, and pay far above the salary table.
    fn money(&mut self, amounts: &[Amount], destinations: &[DestinationMention]) {
        let (rules, text) = (&self.checker.rules, self.text);
        let d = &rules.derived;
        if let Some(spec) = &d.advance_payment
            && let Some(a) = amounts.iter().find(|a| a.advance && self.workers_fee(a))
        {
            let f = flag(
                spec,
                "advance_payment",
                vec![Evidence::of(text, a.start..a.end)],
            );
            self.flags.push(f);
        }
        if let Some(spec) = &d.fee_amount
            && let Some(a) = amounts
                .iter()
                .find(|a| a.kind == AmountKind::Fee && !a.advance && self.workers_fee(a))
        {
            let f = flag(spec, "fee_amount", vec![Evidence::of(text, a.start..a.end)]);
            self.flags.push(f);
        }
        if let Some(spec) = &d.salary_too_high
            && let Some((e, row)) =
                self.checker
                    .too_good_pay(amounts, destinations, &self.flags, &self.markers)
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
            self.flags.push(f);
        }
    }

    /// Combinations, on everything found so far.
    fn combinations(
        &mut self,
        destinations: &[DestinationMention],
        ages: &[extract::AgeRange],
        genders: &[extract::GenderTerm],
    ) {
        let mut combo_flags = Vec::new();
        for c in &self.checker.rules.combos {
            let mut evidence: Vec<Evidence> = Vec::new();
            let all = c.all.iter().all(|cond| {
                let found = self.checker.condition(
                    cond,
                    self.text,
                    (&self.flags, &self.markers),
                    destinations,
                    ages,
                    genders,
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
        self.flags.extend(combo_flags);
    }
}
