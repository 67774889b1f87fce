//! Amounts of money: a number with a currency or a large multiplier, its period, and whether
//! it is pay or a fee.

use std::ops::Range;

use super::super::normalize::{Normalized, Sep, WordKind};
use super::super::vocabulary::Vocabulary;
use super::*;

/// The original text between words `a` and `b` (exclusive); before the first word for
/// `a == None`, up to the end for `b == None`.
pub(super) fn gap<'t>(
    text: &'t str,
    n: &Normalized,
    a: Option<usize>,
    b: Option<usize>,
) -> &'t str {
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
