//! Reading a phrase in its clause: whether a negation ("не", "без", "emas", "yoʻq", "joq",
//! the Uzbek and Karakalpak -ma-/-me- verb forms) takes it back. A red-flag phrase taken back is
//! what honest offers say ("без предоплаты"); a red flag in another clause still counts ("мы не
//! мошенники, предоплата 30%").

use super::matcher::Match;
use super::normalize::{self, Normalized};
use super::owner_range;
use super::rules::{self, owner};

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
pub(super) struct Negations {
    /// Word ranges of negations that count before a phrase (`не`, `без`, `hech qanday`).
    before: Vec<(usize, usize)>,
    /// … and after it (`нет`, `emas`, `yo'q`, `joq`).
    after: Vec<(usize, usize)>,
    /// Words in a negative verb form (`to'lamaydi`, `alınbaydı`, `tólemeydi`).
    verbs: Vec<usize>,
    pub(super) clause: Vec<usize>,
    pub(super) window: usize,
}

impl Negations {
    pub(super) fn new(
        text: &str,
        n: &Normalized,
        matches: &[Match],
        polarity: &rules::Polarity,
    ) -> Negations {
        let not = owner_range(matches, owner::make(owner::NOT_NEG, 0));
        let overlaps_not = |m: &&Match| !not.iter().any(|x| x.first <= m.last && m.first <= x.last);
        let spans = |kind| {
            owner_range(matches, owner::make(kind, 0))
                .iter()
                .filter(overlaps_not)
                .map(|m| (m.first, m.last))
                .collect()
        };
        // Most words end in a letter no negative ending ends in: one table lookup each.
        let verbs = (0..n.words.len())
            .filter(|&i| {
                let w = n.lat_word(i);
                w.as_bytes()
                    .last()
                    .is_some_and(|&b| polarity.suffix_ends[usize::from(b)])
                    && polarity
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
    pub(super) fn green_negated(&self, first: usize, last: usize) -> bool {
        !self.inside(first, last) && self.negated(first, last, false)
    }

    /// Whether words `first..=last` are negated in their clause. With `inside`, a negation
    /// within the phrase counts too (a red-flag phrase that spans "oldindan hech qanday
    /// to'lov"); without it, only those around it (a green phrase that says "no" itself).
    pub(super) fn negated(&self, first: usize, last: usize, inside: bool) -> bool {
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
