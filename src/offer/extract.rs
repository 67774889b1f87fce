//! Facts pulled out of an offer: money amounts (with currency and period), ages, gender terms,
//! phone numbers, @handles and links, each with its byte span in the original text.
//!
//! Amounts, ages and gender terms are read from the normalized words, so `ойига 2000 доллар`,
//! `oyiga 2000 dollar` and `в месяц 2000 долларов` are one case each; the small vocabularies
//! below (periods, multipliers, age words) are grammar rather than policy, so they live here.
//! Currency names and their rates are data (`dialogues/offer-rules.yaml`) and come in through
//! [`CurrencyLexicon`]. Contacts are ASCII by nature and are scanned in the original text.

use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;

use super::normalize::{Normalized, Sep, WordKind, lat_key};
use super::vocabulary::Vocabulary;

/// How often an amount is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Hour,
    Day,
    Week,
    Month,
}

impl Period {
    pub fn name(self) -> &'static str {
        match self {
            Period::Hour => "hour",
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    pub fn from_name(s: &str) -> Option<Period> {
        [Period::Hour, Period::Day, Period::Week, Period::Month]
            .into_iter()
            .find(|p| p.name() == s)
    }
}

/// What an amount seems to be, from the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AmountKind {
    /// Pay: a period is attached or a pay word (`maosh`, `зарплата`) is nearest.
    Salary,
    /// Money asked from the worker: a fee word (`to'lov`, `взнос`, `за визу`) is nearest.
    Fee,
    /// Neither could be told.
    Unknown,
}

/// A sum of money in the offer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amount {
    pub value: f64,
    /// ISO code from the rules file's currency list, when a currency was written.
    pub currency: Option<String>,
    pub period: Option<Period>,
    pub kind: AmountKind,
    pub start: usize,
    pub end: usize,
    /// The amount as written.
    pub text: String,
    /// Per month in US dollars, at the rules file's rates (no period counts as a month); set
    /// by the checker, `None` without a known currency.
    pub usd_month: Option<f64>,
    /// Asked in advance: `oldindan`, `предоплата`, `вперёд`, `aldınnan` is next to it.
    pub advance: bool,
}

/// An age limit (`18-35 лет`, `18 yoshdan 30 yoshgacha`, `до 30 лет`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgeRange {
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
}

/// A word naming who is wanted by gender (`qizlar`, `девушки`, `qızlar`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GenderTerm {
    pub gender: Gender,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Phone,
    /// `@name` (Telegram, Instagram).
    Handle,
    /// `t.me/…`, `telegram.me/…`.
    Telegram,
    /// `wa.me/…`.
    Whatsapp,
    Email,
    Link,
}

impl ContactKind {
    pub fn name(self) -> &'static str {
        match self {
            ContactKind::Phone => "phone",
            ContactKind::Handle => "handle",
            ContactKind::Telegram => "telegram",
            ContactKind::Whatsapp => "whatsapp",
            ContactKind::Email => "email",
            ContactKind::Link => "link",
        }
    }

    /// Reachable only through a messenger.
    pub fn is_messenger(self) -> bool {
        matches!(
            self,
            ContactKind::Handle | ContactKind::Telegram | ContactKind::Whatsapp
        )
    }
}

/// A way to reach whoever posted the offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub kind: ContactKind,
    /// Canonical form for comparing with the registry: phones as `+<digits>` (Uzbek local
    /// numbers get `+998`, Russian `8 9…` gets `+7`), handles and links lowercased without
    /// `@`, `https://` or `www.`.
    pub value: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Currency names from the rules file, ready for lookups on Latin-view words.
#[derive(Debug, Clone, Default)]
pub struct CurrencyLexicon {
    words: HashMap<String, usize>,
    stems: Vec<(String, usize)>,
    symbols: Vec<(char, usize)>,
    codes: Vec<String>,
}

impl CurrencyLexicon {
    /// Adds a currency `code` with its names: words (`dollar`), stems (`доллар*`) or one
    /// symbol (`$`). Returns the names that are neither (several words) for diagnostics.
    pub fn add(&mut self, code: &str, names: &[String]) -> Vec<String> {
        let idx = self.codes.len();
        self.codes.push(code.to_string());
        let mut bad = Vec::new();
        for name in names {
            let name = name.trim();
            let mut chars = name.chars();
            if let (Some(c), None) = (chars.next(), chars.next())
                && !c.is_alphanumeric()
            {
                self.symbols.push((c, idx));
                continue;
            }
            let (stem, prefix) = match name.strip_suffix('*') {
                Some(s) => (s, true),
                None => (name, false),
            };
            let key = lat_key(stem);
            if key.is_empty() || key.contains(' ') || stem.contains('*') {
                bad.push(name.to_string());
            } else if prefix {
                self.stems.push((key, idx));
            } else {
                self.words.insert(key, idx);
            }
        }
        bad
    }

    fn word(&self, w: &str) -> Option<usize> {
        if let Some(&i) = self.words.get(w) {
            return Some(i);
        }
        self.stems
            .iter()
            .find(|(s, _)| w.starts_with(s.as_str()))
            .map(|&(_, i)| i)
    }

    fn symbol(&self, c: char) -> Option<usize> {
        self.symbols.iter().find(|(s, _)| *s == c).map(|&(_, i)| i)
    }

    pub fn code(&self, idx: usize) -> &str {
        &self.codes[idx]
    }
}

// ---------------------------------------------------------------------------------------------
// Amounts

/// The original text between words `a` and `b` (exclusive); before the first word for
/// `a == None`, up to the end for `b == None`.
fn gap<'t>(text: &'t str, n: &Normalized, a: Option<usize>, b: Option<usize>) -> &'t str {
    let start = a.map_or(0, |i| n.words[i].orig.end);
    let end = b.map_or(text.len(), |i| n.words[i].orig.start);
    &text[start..end.max(start)]
}

fn is_group_space(gap: &str) -> bool {
    let mut chars = gap.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some(' ' | '\u{a0}' | '\u{2009}' | '\u{202f}'), None)
    )
}

/// Reads the number at digit word `i`, joining thousand groups (`2 500`, `250 000`, `2,500`)
/// and a decimal part (`1.5`, `2,5`). Returns the value and the last word used.
fn read_number(text: &str, n: &Normalized, i: usize) -> (f64, usize) {
    let digits = n.lat_word(i);
    let mut int: String = digits.to_string();
    let mut last = i;
    let group_ok = digits.len() <= 3;
    let mut frac: Option<String> = None;
    while last + 1 < n.words.len() {
        let next = last + 1;
        if n.words[next].kind != WordKind::Digits {
            break;
        }
        let g = gap(text, n, Some(last), Some(next));
        let nd = n.lat_word(next);
        if nd.ends_with('%') {
            break;
        }
        if group_ok && nd.len() == 3 && (is_group_space(g) || g == "," || g == ".") {
            int.push_str(nd);
            last = next;
            continue;
        }
        if (g == "." || g == ",") && nd.len() <= 2 {
            frac = Some(nd.to_string());
            last = next;
        }
        break;
    }
    let value = match frac {
        Some(f) => format!("{int}.{f}").parse().unwrap_or(0.0),
        None => int.parse().unwrap_or(0.0),
    };
    (value, last)
}

/// Whether a period phrase starts at word `i`; returns it and its last word.
fn period_at(v: &Vocabulary, n: &Normalized, i: usize, tight_ok: bool) -> Option<(Period, usize)> {
    let candidates = v.period_index.get(n.lat_word(i))?;
    'phrases: for p in candidates.iter().map(|&k| &v.periods[k]) {
        if p.tight && !tight_ok {
            continue;
        }
        for (k, w) in p.words.iter().enumerate() {
            let at = i + k;
            if at >= n.words.len()
                || n.lat_word(at) != w
                || (k > 0 && n.words[at].sep == Sep::Break)
            {
                continue 'phrases;
            }
        }
        return Some((p.period, i + p.words.len() - 1));
    }
    None
}

struct RawAmount {
    value: f64,
    multiplied: Option<f64>,
    currency: Option<usize>,
    period: Option<Period>,
    first_word: usize,
    last_word: usize,
    start: usize,
    end: usize,
}

/// Every amount of money: a number with a currency (symbol or word), or with a multiplier of
/// a million or more (`1.5 million`). Digits inside `skip` (phone numbers) are ignored.
pub fn amounts(
    v: &Vocabulary,
    text: &str,
    n: &Normalized,
    currencies: &CurrencyLexicon,
    skip: &[Range<usize>],
) -> Vec<Amount> {
    let mut raw: Vec<RawAmount> = Vec::new();
    let mut i = 0;
    while i < n.words.len() {
        let w = &n.words[i];
        // A percentage (`70%`) is a share, never an amount of money.
        if w.kind != WordKind::Digits
            || n.lat_word(i).ends_with('%')
            || skip.iter().any(|s| s.contains(&w.orig.start))
        {
            i += 1;
            continue;
        }
        let (mut value, mut last) = read_number(text, n, i);
        let mut start = w.orig.start;
        let mut end = n.words[last].orig.end;
        let mut multiplied = None;
        // Multiplier: `3 mln`, `300 ming`, `2k`.
        if let Some(next) = (last + 1 < n.words.len()).then_some(last + 1)
            && matches!(n.words[next].sep, Sep::Space | Sep::Joined | Sep::Punct)
        {
            let word = n.lat_word(next);
            let factor = if v.thousand.has(word) && word.len() <= 8 {
                Some(1e3)
            } else if v.million.has(word) {
                Some(1e6)
            } else if v.billion.has(word) {
                Some(1e9)
            } else {
                None
            };
            if let Some(f) = factor {
                value *= f;
                multiplied = Some(f);
                last = next;
                end = n.words[last].orig.end;
            }
        }
        // Currency: a symbol right before (`$2500`, `€ 2000`) or after (`2000$`), or a word
        // after (`2 500 долларов`, `3 mln so'm`), or a short code before (`USD 2500`).
        let mut currency = None;
        let mut first_word = i;
        let after_next = (last + 1 < n.words.len()).then_some(last + 1);
        let before = gap(text, n, i.checked_sub(1), Some(i));
        let before_trim = before.trim_end();
        let after = gap(text, n, Some(last), after_next);
        let after_trim = after.trim_start();
        if let Some(sym) = before_trim.chars().last()
            && let Some(c) = currencies.symbol(sym)
        {
            currency = Some(c);
            start = w.orig.start - (before.len() - before_trim.len()) - sym.len_utf8();
        } else if let Some(sym) = after_trim.chars().next()
            && let Some(c) = currencies.symbol(sym)
        {
            currency = Some(c);
            end = n.words[last].orig.end + (after.len() - after_trim.len()) + sym.len_utf8();
        } else if let Some(next) = after_next
            && n.words[next].sep != Sep::Break
            && let Some(c) = currencies.word(n.lat_word(next))
        {
            currency = Some(c);
            last = next;
            end = n.words[last].orig.end;
        } else if let Some(prev) = i.checked_sub(1)
            && w.sep != Sep::Break
            && n.lat_word(prev).len() <= 4
            && let Some(c) = currencies.word(n.lat_word(prev))
        {
            currency = Some(c);
            first_word = prev;
            start = n.words[prev].orig.start;
        }
        // Period after (`в месяц`, `/час`), or before (`ойига 2000 доллар`).
        let mut period = None;
        let mut k = last + 1;
        while k < n.words.len()
            && k <= last + 3
            && n.words[k].sep != Sep::Break
            && n.words[k].kind == WordKind::Letters
        {
            if let Some((p, pl)) = period_at(v, n, k, k == last + 1) {
                period = Some(p);
                last = pl;
                end = n.words[pl].orig.end;
                break;
            }
            k += 1;
        }
        // Before: it must end right before the number or one word earlier (`oylik maosh
        // 2000$`), and not belong to the previous amount.
        let taken = raw.last().map_or(0, |r: &RawAmount| r.last_word + 1);
        if period.is_none() {
            let lo = first_word.saturating_sub(4).max(taken);
            let mut k = first_word;
            while k > lo && n.words[k].sep != Sep::Break {
                k -= 1;
                if n.words[k].kind == WordKind::Digits {
                    break;
                }
                if let Some((p, pl)) = period_at(v, n, k, false)
                    && pl < first_word
                    && pl + 2 >= first_word
                {
                    period = Some(p);
                    // Quote `ойига 2000 доллар` whole when the period comes first.
                    if pl + 1 == first_word {
                        start = n.words[k].orig.start;
                    }
                    break;
                }
            }
        }
        raw.push(RawAmount {
            value,
            multiplied,
            currency,
            period,
            first_word,
            last_word: last,
            start,
            end,
        });
        i = last + 1;
    }
    // Ranges share their currency, multiplier and period: `1500-2000$`, `$700–1,000`,
    // `2-3 mln so'm`, `от 1000 до 1500 долларов`.
    for j in 1..raw.len() {
        let (a, b) = raw.split_at_mut(j);
        let (left, right) = (&mut a[j - 1], &mut b[0]);
        let between = right.first_word.saturating_sub(left.last_word);
        let joined = match between {
            1 => {
                let g = &text[left.end.min(right.start)..right.start];
                g.trim().chars().all(|c| matches!(c, '-' | '–' | '—'))
            }
            2 => v.range_words.has(n.lat_word(left.last_word + 1)),
            _ => false,
        };
        if !joined {
            continue;
        }
        if left.currency.is_none() {
            left.currency = right.currency;
            if left.multiplied.is_none()
                && let Some(f) = right.multiplied
            {
                left.value *= f;
                left.multiplied = Some(f);
            }
        } else if right.currency.is_none() {
            right.currency = left.currency;
        }
        left.period = left.period.or(right.period);
        right.period = right.period.or(left.period);
    }
    raw.into_iter()
        .filter(|r| r.currency.is_some() || r.multiplied.is_some_and(|f| f >= 1e6))
        .map(|r| {
            let kind = amount_kind(v, n, &r);
            Amount {
                value: r.value,
                currency: r.currency.map(|c| currencies.code(c).to_string()),
                period: r.period,
                kind,
                start: r.start,
                end: r.end,
                text: text[r.start..r.end].to_string(),
                usd_month: None,
                advance: near_advance_word(v, n, &r),
            }
        })
        .collect()
}

/// Whether a word saying "in advance" stands within three words of the amount, in the same
/// sentence. (`аванс` is left out: in Russian ads it is mostly the employer's mid-month pay.)
fn near_advance_word(v: &Vocabulary, n: &Normalized, r: &RawAmount) -> bool {
    let mut k = r.first_word;
    while k > 0 && r.first_word - k < 3 && n.words[k].sep != Sep::Break {
        k -= 1;
        if v.advance.has(n.lat_word(k)) {
            return true;
        }
    }
    let mut k = r.last_word + 1;
    while k < n.words.len() && k - r.last_word <= 3 && n.words[k].sep != Sep::Break {
        if v.advance.has(n.lat_word(k)) {
            return true;
        }
        k += 1;
    }
    false
}

/// Salary if a period is attached; otherwise whichever of a pay word or a fee word is nearest
/// (within a few words, in the same sentence); a tie goes to `Fee`.
fn amount_kind(v: &Vocabulary, n: &Normalized, r: &RawAmount) -> AmountKind {
    if r.period.is_some() {
        return AmountKind::Salary;
    }
    if near_advance_word(v, n, r) {
        return AmountKind::Fee;
    }
    let mut best: Option<(usize, AmountKind)> = None;
    let mut consider = |k: usize, dist: usize| {
        let w = n.lat_word(k);
        let kind = if v.fee.has(w) {
            AmountKind::Fee
        } else if v.salary.has(w) {
            AmountKind::Salary
        } else {
            return;
        };
        match best {
            Some((d, _)) if d < dist => {}
            Some((d, AmountKind::Fee)) if d == dist => {}
            _ => best = Some((dist, kind)),
        }
    };
    let mut k = r.first_word;
    while k > 0 && r.first_word - k < 5 && n.words[k].sep != Sep::Break {
        k -= 1;
        consider(k, r.first_word - k);
    }
    let mut k = r.last_word + 1;
    while k < n.words.len() && k - r.last_word <= 3 && n.words[k].sep != Sep::Break {
        consider(k, k - r.last_word);
        k += 1;
    }
    best.map_or(AmountKind::Unknown, |(_, kind)| kind)
}

// ---------------------------------------------------------------------------------------------
// Agencies named

/// Names the offer gives an agency: a quoted name (`«…»`, `"…"`, `“…”`) within two words of
/// an agency word (`агентство «Global Work»`, `"Star Jobs" agentligi`), unless the name is the
/// state Migration Agency's. Byte ranges of the names, without the quotes.
pub fn agency_names(v: &Vocabulary, text: &str, n: &Normalized) -> Vec<Range<usize>> {
    let mut quoted: Vec<Range<usize>> = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '«' | '"' | '“') => open = Some((i + c.len_utf8(), c)),
            (Some((start, o)), '»' | '"' | '”')
                if matches!((o, c), ('«', '»') | ('"', '"') | ('“', '”') | ('“', '"')) =>
            {
                if i > start && i - start <= 60 {
                    quoted.push(start..i);
                }
                open = None;
            }
            (Some(_), '\n') => open = None,
            _ => {}
        }
    }
    let mut out = Vec::new();
    for q in quoted {
        let first = n.words.partition_point(|w| w.orig.end <= q.start);
        let last = n.words.partition_point(|w| w.orig.start < q.end);
        if first >= last {
            continue;
        }
        let inside = first..last;
        if inside
            .clone()
            .any(|k| v.state_agency.has(n.lat_word(k)) || v.state_agency.has(n.cyr_word(k)))
        {
            continue;
        }
        let agency = |k: usize| v.agency.has(n.lat_word(k)) || v.agency.has(n.cyr_word(k));
        let before = (first.saturating_sub(2)..first).any(agency);
        let after = (last..(last + 2).min(n.words.len())).any(agency);
        if before || after {
            out.push(q);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Ages and gender

fn small_number(n: &Normalized, i: usize) -> Option<u32> {
    let w = n.words.get(i)?;
    if w.kind != WordKind::Digits {
        return None;
    }
    let v: u32 = n.lat_word(i).parse().ok()?;
    (14..=70).contains(&v).then_some(v)
}

fn is_dash_gap(text: &str, n: &Normalized, a: usize, b: usize) -> bool {
    let g = gap(text, n, Some(a), Some(b)).trim();
    !g.is_empty() && g.chars().all(|c| matches!(c, '-' | '–' | '—'))
}

/// Age limits: `18-35 лет`, `возраст 20–30`, `18 yoshdan 30 yoshgacha`, `от 18 до 35 лет`,
/// `до 30 лет`, `25 yoshgacha`, `18 jastan 30 jasqa shekem`.
pub fn ages(v: &Vocabulary, text: &str, n: &Normalized) -> Vec<AgeRange> {
    let word = |i: usize| if i < n.words.len() { n.lat_word(i) } else { "" };
    let same_sentence = |i: usize| i < n.words.len() && n.words[i].sep != Sep::Break;
    let mut out = Vec::new();
    let mut i = 0;
    while i < n.words.len() {
        let Some(a) = small_number(n, i) else {
            i += 1;
            continue;
        };
        let mut found: Option<(Option<u32>, Option<u32>, usize, usize)> = None;
        // N-M, with an age word after or before.
        if let Some(b) = small_number(n, i + 1)
            && is_dash_gap(text, n, i, i + 1)
            && a < b
        {
            let after = same_sentence(i + 2) && v.age.has(word(i + 2));
            let before = (1..=2)
                .any(|d| i >= d && (v.age_context.has(word(i - d)) || v.age.has(word(i - d))));
            if after || before {
                let last = if after { i + 2 } else { i + 1 };
                found = Some((Some(a), Some(b), i, last));
            }
        }
        // от N до M лет
        if found.is_none()
            && i > 0
            && word(i - 1) == lat_key("от")
            && word(i + 1) == lat_key("до")
            && let Some(b) = small_number(n, i + 2)
            && v.age.has(word(i + 3))
        {
            found = Some((Some(a), Some(b), i - 1, i + 3));
        }
        // N yoshdan M yoshgacha / N jastan M jasqa (shekem)
        if found.is_none() && same_sentence(i + 1) && v.age_from_prefix.has(word(i + 1)) {
            let to = (i + 2..=i + 3).find_map(|j| {
                let b = small_number(n, j)?;
                (same_sentence(j) && v.age_to.has(word(j + 1)) && v.age.has(word(j + 1)))
                    .then_some((b, j + 1))
            });
            found = Some(match to {
                Some((b, last)) => (Some(a), Some(b), i, last),
                None => (Some(a), None, i, i + 1),
            });
        }
        // до 30 лет / 30 yoshgacha
        if found.is_none() && same_sentence(i + 1) {
            let w1 = word(i + 1);
            if v.age_to.has(w1) && v.age.has(w1) {
                found = Some((None, Some(a), i, i + 1));
            } else if i > 0 && word(i - 1) == lat_key("до") && v.age.has(w1) {
                found = Some((None, Some(a), i - 1, i + 1));
            }
        }
        match found {
            Some((min, max, first, last)) => {
                let span = n.original_words(first, last);
                out.push(AgeRange {
                    min,
                    max,
                    text: text[span.clone()].to_string(),
                    start: span.start,
                    end: span.end,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Words that ask for women or men.
pub fn genders(v: &Vocabulary, text: &str, n: &Normalized) -> Vec<GenderTerm> {
    let mut out = Vec::new();
    for (i, w) in n.words.iter().enumerate() {
        if w.kind != WordKind::Letters {
            continue;
        }
        let lw = n.lat_word(i);
        let gender = if v.female.has(lw) {
            Gender::Female
        } else if v.male.has(lw) {
            Gender::Male
        } else {
            continue;
        };
        out.push(GenderTerm {
            gender,
            start: w.orig.start,
            end: w.orig.end,
            text: text[w.orig.clone()].to_string(),
        });
    }
    out
}

/// Whether any word is a job word (`ish`, `работа`, `vakansiya`, `jumıs`, …).
pub fn has_job_words(v: &Vocabulary, n: &Normalized) -> bool {
    (0..n.words.len()).any(|i| n.words[i].kind == WordKind::Letters && v.job.has(n.lat_word(i)))
}

// ---------------------------------------------------------------------------------------------
// Contacts

const TLDS: &[&str] = &[
    "com", "ru", "uz", "org", "net", "me", "io", "info", "kz", "kg", "tj", "biz", "online", "site",
    "pro", "co", "uk", "de", "pl", "tr", "ae", "kr", "eu", "app", "link", "club", "top", "xyz",
    "shop", "work", "jobs",
];

fn trim_token(t: &str) -> (usize, &str) {
    let lead = t.len()
        - t.trim_start_matches(|c: char| "([{«\"'“‘<".contains(c))
            .len();
    let body = t[lead..].trim_end_matches(|c: char| ".,;:!?)]}»\"'”’>".contains(c));
    (lead, body)
}

fn is_handle_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && TLDS.contains(&labels[labels.len() - 1].to_ascii_lowercase().as_str())
        && labels[..labels.len() - 1]
            .iter()
            .any(|l| l.chars().any(|c| c.is_ascii_alphabetic()))
}

/// Canonical form of a link: lowercase, without scheme, `www.` and a trailing `/`.
pub fn canonical_link(link: &str) -> String {
    let l = link.trim().to_ascii_lowercase();
    let l = l
        .strip_prefix("https://")
        .or_else(|| l.strip_prefix("http://"))
        .unwrap_or(&l);
    let l = l.strip_prefix("www.").unwrap_or(l);
    l.trim_end_matches('/').to_string()
}

/// Canonical form of a phone number (see [`Contact::value`]), or `None` if it is not one.
pub fn canonical_phone(s: &str) -> Option<String> {
    let plus = s.trim_start().starts_with('+');
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    let canonical = if plus {
        (10..=15).contains(&n).then(|| format!("+{digits}"))?
    } else if n == 12 && digits.starts_with("998") {
        format!("+{digits}")
    } else if n == 11 && (digits.starts_with("89") || digits.starts_with("79")) {
        format!("+7{}", &digits[1..])
    } else if n == 9 && UZ_CODES.iter().any(|c| digits.starts_with(c)) {
        format!("+998{digits}")
    } else {
        return None;
    };
    Some(canonical)
}

/// Uzbek mobile operator and Tashkent prefixes: a nine-digit number starting so is a local
/// phone number, not an amount.
const UZ_CODES: &[&str] = &[
    "90", "91", "93", "94", "95", "97", "98", "99", "33", "88", "77", "50", "55", "71", "20",
];

/// Every phone number, @handle, t.me / wa.me link, e-mail and web link.
pub fn contacts(text: &str) -> Vec<Contact> {
    let mut out = Vec::new();
    // Links, handles and e-mails: whitespace-separated tokens.
    let mut offset = 0;
    for raw in text.split_inclusive(char::is_whitespace) {
        let token_start = offset;
        offset += raw.len();
        let token = raw.trim_end();
        if token.is_empty() {
            continue;
        }
        // Most tokens are plain words: only those with `@`, `.` or `/` can be contacts.
        if !token.bytes().any(|b| matches!(b, b'@' | b'.' | b'/')) {
            continue;
        }
        let (lead, body) = trim_token(token);
        let start = token_start + lead;
        if body.is_empty() {
            continue;
        }
        let lower = body.to_ascii_lowercase();
        let push = |out: &mut Vec<Contact>, kind, value: String, len: usize| {
            out.push(Contact {
                kind,
                value,
                start,
                end: start + len,
                text: text[start..start + len].to_string(),
            })
        };
        if let Some(rest) = body.strip_prefix('@') {
            let name: String = rest.chars().take_while(|&c| is_handle_char(c)).collect();
            if (3..=32).contains(&name.len()) {
                push(
                    &mut out,
                    ContactKind::Handle,
                    name.to_ascii_lowercase(),
                    1 + name.len(),
                );
            }
            continue;
        }
        let link = canonical_link(&lower);
        let host = link.split('/').next().unwrap_or("");
        if let Some(name) = ["t.me/", "telegram.me/", "telegram.dog/"]
            .iter()
            .find_map(|p| link.strip_prefix(p))
        {
            let name: String = name
                .chars()
                .take_while(|&c| is_handle_char(c) || c == '+')
                .collect();
            push(
                &mut out,
                ContactKind::Telegram,
                format!("t.me/{name}"),
                body.len(),
            );
        } else if let Some(num) = link.strip_prefix("wa.me/") {
            let digits: String = num.chars().take_while(char::is_ascii_digit).collect();
            push(
                &mut out,
                ContactKind::Whatsapp,
                format!("wa.me/{digits}"),
                body.len(),
            );
        } else if let Some((local, domain)) = body.split_once('@')
            && !local.is_empty()
            && is_domain(domain)
        {
            push(&mut out, ContactKind::Email, lower.clone(), body.len());
        } else if (lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
            || is_domain(host))
            && host.contains('.')
        {
            push(&mut out, ContactKind::Link, link, body.len());
        }
    }
    // Phone numbers: `+` or a digit, then digits, spaces, dashes, dots and brackets.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = (b == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            || (b.is_ascii_digit() || b == b'(')
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'/'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last_digit = if b.is_ascii_digit() { i + 1 } else { i };
        while j < bytes.len() {
            let c = bytes[j];
            if c.is_ascii_digit() {
                j += 1;
                last_digit = j;
            } else if matches!(c, b' ' | b'-' | b'(' | b')' | b'.')
                && !(c == b' ' && bytes[j - 1] == b' ')
            {
                j += 1;
            } else {
                break;
            }
        }
        let candidate = &text[i..last_digit];
        let inside_link = out.iter().any(|c| c.start <= i && i < c.end);
        if !inside_link
            && candidate.bytes().any(|c| c.is_ascii_digit())
            && let Some(value) = canonical_phone(candidate)
        {
            out.push(Contact {
                kind: ContactKind::Phone,
                value,
                start: i,
                end: last_digit,
                text: candidate.to_string(),
            });
        }
        i = last_digit.max(i + 1);
    }
    out.sort_by_key(|c| c.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> CurrencyLexicon {
        let mut l = CurrencyLexicon::default();
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        l.add("USD", &s(&["$", "dollar*", "доллар*", "usd"]));
        l.add("EUR", &s(&["€", "yevro", "евро", "euro", "eur"]));
        l.add("GBP", &s(&["£", "funt*", "фунт*", "gbp"]));
        l.add("RUB", &s(&["₽", "rubl*", "руб*", "rub"]));
        l.add("UZS", &s(&["so'm", "сўм", "сум", "sum", "uzs"]));
        l.add("AED", &s(&["dirham*", "дирхам*", "aed"]));
        l
    }

    fn one(text: &str) -> Amount {
        let n = Normalized::new(text);
        let all = amounts(&Vocabulary::shipped(), text, &n, &lexicon(), &[]);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap()
    }

    #[test]
    fn amounts_in_every_listed_form() {
        let cases: &[(&str, f64, &str, &str)] = &[
            ("$2500", 2500.0, "USD", "$2500"),
            ("oylik $ 2500", 2500.0, "USD", "oylik $ 2500"),
            ("maosh: $ 2500", 2500.0, "USD", "$ 2500"),
            ("2 500 долларов", 2500.0, "USD", "2 500 долларов"),
            ("3 mln so'm", 3e6, "UZS", "3 mln so'm"),
            ("300 ming rubl", 300e3, "RUB", "300 ming rubl"),
            ("250 000 руб", 250e3, "RUB", "250 000 руб"),
            ("€2000", 2000.0, "EUR", "€2000"),
            ("4000 фунт", 4000.0, "GBP", "4000 фунт"),
            ("2000$", 2000.0, "USD", "2000$"),
            ("3000 dirham", 3000.0, "AED", "3000 dirham"),
            ("2,500 USD", 2500.0, "USD", "2,500 USD"),
            ("3 млн сум", 3e6, "UZS", "3 млн сум"),
            ("3,5 million so‘m", 3.5e6, "UZS", "3,5 million so‘m"),
            ("240 000 рублей", 240e3, "RUB", "240 000 рублей"),
            ("270 тыс. руб.", 270e3, "RUB", "270 тыс. руб"),
        ];
        for &(text, value, code, quoted) in cases {
            let a = one(text);
            assert_eq!(a.value, value, "{text}");
            assert_eq!(a.currency.as_deref(), Some(code), "{text}");
            assert_eq!(a.text, quoted, "{text}");
        }
        let a = one("1.5 million");
        assert_eq!((a.value, a.currency), (1.5e6, None));
    }

    #[test]
    fn periods_before_and_after() {
        let cases: &[(&str, Period)] = &[
            ("ойига 2000 доллар", Period::Month),
            ("2000 долларов в месяц", Period::Month),
            ("oyiga 1500$", Period::Month),
            ("haftasiga 3000 dirham", Period::Week),
            ("3000 дирхам в неделю", Period::Week),
            ("150$ в день", Period::Day),
            ("soatiga 12 funt", Period::Hour),
            ("500 руб/час", Period::Hour),
            ("ҳафтасига 700 доллар", Period::Week),
            ("aylıq 1200 dollar", Period::Month),
        ];
        for &(text, period) in cases {
            let a = one(text);
            assert_eq!(a.period, Some(period), "{text}");
            assert_eq!(a.kind, AmountKind::Salary, "{text}");
        }
        assert_eq!(one("2000 долларов в месяц").text, "2000 долларов в месяц");
    }

    #[test]
    fn fee_or_salary_from_the_nearest_word() {
        assert_eq!(one("oldindan 500$ toʻlaysiz").kind, AmountKind::Fee);
        assert!(one("oldindan 500$ toʻlaysiz").advance);
        assert!(one("Предоплата: 50 000 руб").advance);
        assert!(!one("maosh 1200$").advance);
        assert_eq!(one("за визу 700 долларов").kind, AmountKind::Fee);
        assert_eq!(one("maosh 1200$").kind, AmountKind::Salary);
        assert_eq!(one("Koreyada 1200$").kind, AmountKind::Unknown);
    }

    #[test]
    fn ranges_share_currency() {
        let text = "1500-2000$ в месяц, взнос $700–1,000";
        let n = Normalized::new(text);
        let a = amounts(&Vocabulary::shipped(), text, &n, &lexicon(), &[]);
        let got: Vec<_> = a
            .iter()
            .map(|a| (a.value, a.currency.clone().unwrap(), a.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                (1500.0, "USD".into(), AmountKind::Salary),
                (2000.0, "USD".into(), AmountKind::Salary),
                (700.0, "USD".into(), AmountKind::Fee),
                (1000.0, "USD".into(), AmountKind::Fee),
            ]
        );
    }

    #[test]
    fn numbers_without_currency_are_not_amounts() {
        let text = "18-35 лет, 100% гарантия, 2024 год";
        let n = Normalized::new(text);
        assert!(amounts(&Vocabulary::shipped(), text, &n, &lexicon(), &[]).is_empty());
    }

    #[test]
    fn ages_in_uzbek_russian_karakalpak() {
        let cases: &[(&str, Option<u32>, Option<u32>)] = &[
            ("Девушки 18-35 лет", Some(18), Some(35)),
            ("18 yoshdan 30 yoshgacha qizlar", Some(18), Some(30)),
            ("от 20 до 30 лет", Some(20), Some(30)),
            ("возраст: 21–28", Some(21), Some(28)),
            ("до 30 лет", None, Some(30)),
            ("25 yoshgacha", None, Some(25)),
            ("18 jastan 35 jasqa shekem", Some(18), Some(35)),
            ("18 ёшдан 30 ёшгача", Some(18), Some(30)),
        ];
        for &(text, min, max) in cases {
            let n = Normalized::new(text);
            let a = ages(&Vocabulary::shipped(), text, &n);
            assert_eq!(a.len(), 1, "{text}: {a:?}");
            assert_eq!((a[0].min, a[0].max), (min, max), "{text}");
        }
        let text = "Oylik 2000$, 3-4 oy";
        assert!(ages(&Vocabulary::shipped(), text, &Normalized::new(text)).is_empty());
    }

    #[test]
    fn gender_terms() {
        let text = "Dubayga qizlar kerak. Требуются девушки и мужчины. Jas qızlar. Ищем девушек";
        let g = genders(&Vocabulary::shipped(), text, &Normalized::new(text));
        let got: Vec<_> = g.iter().map(|g| (g.gender, g.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Gender::Female, "qizlar"),
                (Gender::Female, "девушки"),
                (Gender::Male, "мужчины"),
                (Gender::Female, "qızlar"),
                (Gender::Female, "девушек"),
            ]
        );
        // `qiziq` (interesting) is not `qiz`.
        let text = "juda qiziq ish";
        assert!(genders(&Vocabulary::shipped(), text, &Normalized::new(text)).is_empty());
    }

    #[test]
    fn contacts_of_every_kind() {
        let text = "Tel: +998 90 123-45-67, 8 912 345 67 89, (90) 765 43 21. \
                    Telegram: @ish_dubai, https://t.me/Vakansiya_UZ, wa.me/998901112233, \
                    mail: hr@example.com, sayt: www.jobs-abroad.com/apply.";
        let c = contacts(text);
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.kind, c.value.as_str(), c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (ContactKind::Phone, "+998901234567", "+998 90 123-45-67"),
                (ContactKind::Phone, "+79123456789", "8 912 345 67 89"),
                (ContactKind::Phone, "+998907654321", "(90) 765 43 21"),
                (ContactKind::Handle, "ish_dubai", "@ish_dubai"),
                (
                    ContactKind::Telegram,
                    "t.me/vakansiya_uz",
                    "https://t.me/Vakansiya_UZ"
                ),
                (
                    ContactKind::Whatsapp,
                    "wa.me/998901112233",
                    "wa.me/998901112233"
                ),
                (ContactKind::Email, "hr@example.com", "hr@example.com"),
                (
                    ContactKind::Link,
                    "jobs-abroad.com/apply",
                    "www.jobs-abroad.com/apply"
                ),
            ]
        );
        for c in &c {
            assert_eq!(&text[c.start..c.end], c.text);
        }
    }

    #[test]
    fn amounts_are_not_phones() {
        let text = "250 000 руб, 2 500 000 so'm, 18-35";
        assert!(contacts(text).is_empty());
    }
}
