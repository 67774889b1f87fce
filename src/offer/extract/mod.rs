//! Facts pulled out of an offer: money amounts (with currency and period), ages, gender terms,
//! phone numbers, @handles and links, each with its byte span in the original text.
//!
//! Amounts, ages and gender terms are read from the normalized words, so `ойига 2000 доллар`,
//! `oyiga 2000 dollar` and `в месяц 2000 долларов` are one case each. The words read around
//! them (periods, multipliers, pay and fee words, ages, genders) are data in
//! `dialogues/vocabulary.yaml`; currency names and rates are in `dialogues/offer-rules.yaml` and
//! come in through [`CurrencyLexicon`]. Contacts are ASCII by nature and are scanned in the
//! original text.

use std::collections::HashMap;

use serde::Serialize;

use super::normalize::lat_key;

mod amounts;
mod contacts;
mod people;

pub use amounts::amounts;
pub use contacts::{canonical_link, canonical_phone, contacts};
pub use people::{agency_names, ages, company_names, genders, has_job_words};

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
    /// A company's name, stored as its skeleton (see `offer::names`).
    Name,
}

impl ContactKind {
    /// Every kind, in the order reports list them.
    pub const ALL: [ContactKind; 7] = [
        ContactKind::Phone,
        ContactKind::Handle,
        ContactKind::Telegram,
        ContactKind::Whatsapp,
        ContactKind::Email,
        ContactKind::Link,
        ContactKind::Name,
    ];

    /// The kind written `name` (in the database and the registry file).
    pub fn from_name(name: &str) -> Option<ContactKind> {
        ContactKind::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            ContactKind::Phone => "phone",
            ContactKind::Handle => "handle",
            ContactKind::Telegram => "telegram",
            ContactKind::Whatsapp => "whatsapp",
            ContactKind::Email => "email",
            ContactKind::Link => "link",
            ContactKind::Name => "name",
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

    pub(super) fn word(&self, w: &str) -> Option<usize> {
        if let Some(&i) = self.words.get(w) {
            return Some(i);
        }
        self.stems
            .iter()
            .find(|(s, _)| w.starts_with(s.as_str()))
            .map(|&(_, i)| i)
    }

    pub(super) fn symbol(&self, c: char) -> Option<usize> {
        self.symbols.iter().find(|(s, _)| *s == c).map(|&(_, i)| i)
    }

    pub fn code(&self, idx: usize) -> &str {
        &self.codes[idx]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::normalize::Normalized;
    use crate::offer::vocabulary::Vocabulary;

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
