//! The report as JSON for `safar offer --json`.
//!
//! `serde_json` is only a dev-dependency of this crate, so the few structures of a report are
//! written by hand here; a test checks the output equals what `serde_json` makes of the same
//! report through its `Serialize` implementation, so the two cannot drift apart.

use std::fmt::Write;

use super::extract::{AgeRange, Amount, Contact, GenderTerm};
use super::{AgencyMention, DestinationMention, Evidence, Flag, Report};

/// A JSON string literal.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn float(out: &mut String, v: f64) {
    if v.is_finite() {
        // `{:?}` keeps a `.0` on whole numbers, as serde_json does for an f64.
        let _ = write!(out, "{v:?}");
    } else {
        out.push_str("null");
    }
}

/// An object being written: `{"a":1,"b":"x"}`.
struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut String) -> Self {
        out.push('{');
        Obj { out, first: true }
    }

    fn key(&mut self, k: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        string(self.out, k);
        self.out.push(':');
        self.out
    }

    fn str(&mut self, k: &str, v: &str) -> &mut Self {
        let out = self.key(k);
        string(out, v);
        self
    }

    fn opt_str(&mut self, k: &str, v: Option<&str>) -> &mut Self {
        match v {
            Some(v) => self.str(k, v),
            None => {
                self.key(k).push_str("null");
                self
            }
        }
    }

    fn num(&mut self, k: &str, v: u64) -> &mut Self {
        let out = self.key(k);
        let _ = write!(out, "{v}");
        self
    }

    fn bool(&mut self, k: &str, v: bool) -> &mut Self {
        self.key(k).push_str(if v { "true" } else { "false" });
        self
    }

    fn opt_num(&mut self, k: &str, v: Option<u32>) -> &mut Self {
        match v {
            Some(v) => self.num(k, u64::from(v)),
            None => {
                self.key(k).push_str("null");
                self
            }
        }
    }

    fn float(&mut self, k: &str, v: Option<f64>) -> &mut Self {
        let out = self.key(k);
        match v {
            Some(v) => float(out, v),
            None => out.push_str("null"),
        }
        self
    }

    fn list<T>(&mut self, k: &str, items: &[T], each: impl Fn(&mut String, &T)) -> &mut Self {
        let out = self.key(k);
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            each(out, item);
        }
        out.push(']');
        self
    }

    fn span(&mut self, start: usize, end: usize, text: &str) -> &mut Self {
        self.num("start", start as u64)
            .num("end", end as u64)
            .str("text", text)
    }

    fn end(&mut self) {
        self.out.push('}');
    }
}

fn evidence(out: &mut String, e: &Evidence) {
    Obj::new(out).span(e.start, e.end, &e.text).end();
}

fn flag(out: &mut String, f: &Flag) {
    Obj::new(out)
        .str("category", f.category.name())
        .str("rule", &f.rule)
        .num("weight", u64::from(f.weight))
        .list("evidence", &f.evidence, evidence)
        .end();
}

fn amount(out: &mut String, a: &Amount) {
    let kind = match a.kind {
        super::AmountKind::Salary => "salary",
        super::AmountKind::Fee => "fee",
        super::AmountKind::Unknown => "unknown",
    };
    Obj::new(out)
        .float("value", Some(a.value))
        .opt_str("currency", a.currency.as_deref())
        .opt_str("period", a.period.map(|p| p.name()))
        .str("kind", kind)
        .span(a.start, a.end, &a.text)
        .float("usd_month", a.usd_month)
        .bool("advance", a.advance)
        .end();
}

fn contact(out: &mut String, c: &Contact) {
    Obj::new(out)
        .str("kind", c.kind.name())
        .str("value", &c.value)
        .span(c.start, c.end, &c.text)
        .end();
}

fn agency(out: &mut String, a: &AgencyMention) {
    Obj::new(out)
        .str("name", &a.name)
        .str("kind", a.kind.name())
        .str("status", a.status.name())
        .opt_str("since", a.since.as_deref())
        .str("source", &a.source)
        .span(a.start, a.end, &a.text)
        .end();
}

fn destination(out: &mut String, d: &DestinationMention) {
    Obj::new(out)
        .str("id", &d.id)
        .span(d.start, d.end, &d.text)
        .end();
}

fn age(out: &mut String, a: &AgeRange) {
    Obj::new(out)
        .opt_num("min", a.min)
        .opt_num("max", a.max)
        .span(a.start, a.end, &a.text)
        .end();
}

fn gender(out: &mut String, g: &GenderTerm) {
    let name = match g.gender {
        super::Gender::Female => "female",
        super::Gender::Male => "male",
    };
    Obj::new(out)
        .str("gender", name)
        .span(g.start, g.end, &g.text)
        .end();
}

/// The report as one line of JSON.
pub fn report(r: &Report) -> String {
    let mut out = String::with_capacity(512);
    Obj::new(&mut out)
        .str("risk", r.risk.name())
        .num("score", u64::from(r.score))
        .list("flags", &r.flags, flag)
        .list("amounts", &r.amounts, amount)
        .list("contacts", &r.contacts, contact)
        .list("agencies", &r.agencies, agency)
        .list("destinations", &r.destinations, destination)
        .list("ages", &r.ages, age)
        .list("genders", &r.genders, gender)
        .end();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}é");
        assert_eq!(out, r#""a\"b\\c\nd\u0001é""#);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v, "a\"b\\c\nd\u{1}é");
    }
}
