//! Hotline settings: the operators' group, their language, office hours, reminders, retention.

use std::time::Duration;

use chrono::{DateTime, Datelike, FixedOffset, NaiveTime, Timelike, Utc, Weekday};

use crate::lang::Lang;

/// Hotline settings (`--operators-chat` and friends).
#[derive(Debug, Clone)]
pub struct HotlineConfig {
    /// The operators' group; `None`: no hotline (users are pointed to the contacts instead).
    pub operators_chat: Option<i64>,
    /// The language of the operators' messages.
    pub operators_lang: Lang,
    pub office: OfficeHours,
    /// A case waiting this long is posted again.
    pub remind_after: Duration,
    /// Closed cases' message texts and personal data are purged after this long, and so are
    /// the rows of users not seen for this long (without an open case).
    pub retention: chrono::Duration,
    /// A checked offer is kept for "talk to a person" this long, then dropped.
    pub draft_ttl: Duration,
    /// How often the retention purge runs.
    pub purge_every: Duration,
    /// On the 1st of each month, post last month's report to the operators' group.
    pub monthly_report: bool,
}

impl Default for HotlineConfig {
    fn default() -> Self {
        HotlineConfig {
            operators_chat: None,
            operators_lang: Lang::Uz,
            office: OfficeHours::default(),
            remind_after: Duration::from_secs(15 * 60),
            retention: chrono::Duration::days(90),
            draft_ttl: Duration::from_secs(10 * 60),
            purge_every: Duration::from_secs(3600),
            monthly_report: false,
        }
    }
}

/// When operators are at work: `Mon-Fri 09:00-18:00 +05:00` (days, hours, UTC offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficeHours {
    /// Bit `n` set: open on day `n` (Monday = 0).
    days: u8,
    open: NaiveTime,
    close: NaiveTime,
    offset: FixedOffset,
}

impl Default for OfficeHours {
    /// Monday to Friday, 09:00–18:00 Tashkent time (UTC+5).
    fn default() -> Self {
        "Mon-Fri 09:00-18:00 +05:00".parse().expect("valid default")
    }
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl std::str::FromStr for OfficeHours {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let usage =
            "write office hours like `Mon-Fri 09:00-18:00 +05:00` (days, hours, UTC offset)";
        let parts: Vec<&str> = s.split_whitespace().collect();
        let [days, hours, offset] = parts[..] else {
            return Err(usage.to_string());
        };
        let day = |d: &str| DAYS.iter().position(|x| x.eq_ignore_ascii_case(d));
        let mut mask = 0u8;
        for range in days.split(',') {
            let (a, b) = range.split_once('-').unwrap_or((range, range));
            let (Some(a), Some(b)) = (day(a), day(b)) else {
                return Err(format!("unknown day in `{days}`: {usage}"));
            };
            let mut d = a;
            loop {
                mask |= 1 << d;
                if d == b {
                    break;
                }
                d = (d + 1) % 7;
            }
        }
        let (open, close) = hours.split_once('-').ok_or_else(|| usage.to_string())?;
        let time = |t: &str| {
            NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| format!("bad time `{t}`: {usage}"))
        };
        let (open, close) = (time(open)?, time(close)?);
        if open >= close {
            return Err(format!("the office must open before it closes: {usage}"));
        }
        let offset = offset
            .parse::<FixedOffset>()
            .or_else(|_| format!("{offset}:00").parse::<FixedOffset>())
            .map_err(|_| format!("bad UTC offset `{offset}`: {usage}"))?;
        Ok(OfficeHours {
            days: mask,
            open,
            close,
            offset,
        })
    }
}

impl OfficeHours {
    fn open_on(&self, day: Weekday) -> bool {
        self.days & (1 << day.num_days_from_monday()) != 0
    }

    /// Whether operators are at work at `now`.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        let local = now.with_timezone(&self.offset);
        let t = local.time();
        self.open_on(local.weekday()) && t >= self.open && t < self.close
    }

    /// When the office next opens (local time), `now` if open.
    pub fn next_open(&self, now: DateTime<Utc>) -> DateTime<FixedOffset> {
        let local = now.with_timezone(&self.offset);
        if self.is_open(now) || self.days == 0 {
            return local;
        }
        for ahead in 0..8 {
            let date = local.date_naive() + chrono::Duration::days(ahead);
            if !self.open_on(date.weekday()) {
                continue;
            }
            let at = date.and_time(self.open);
            let Some(at) = at.and_local_timezone(self.offset).single() else {
                continue;
            };
            if at > local {
                return at;
            }
        }
        local
    }

    /// "09:00–18:00", for messages.
    pub fn hours_text(&self) -> String {
        format!(
            "{:02}:{:02}–{:02}:{:02}",
            self.open.hour(),
            self.open.minute(),
            self.close.hour(),
            self.close.minute()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn office_hours_in_tashkent_time() {
        let office = OfficeHours::default();
        // Monday 2026-11-30 10:00 in Tashkent = 05:00 UTC.
        assert!(office.is_open(at("2026-11-30T05:00:00Z")));
        assert!(
            !office.is_open(at("2026-11-30T13:00:00Z")),
            "18:00 local: closed"
        );
        assert!(!office.is_open(at("2026-11-28T06:00:00Z")), "Saturday");
        // Friday evening → Monday 09:00.
        let next = office.next_open(at("2026-11-27T15:00:00Z"));
        assert_eq!(next.to_rfc3339(), "2026-11-30T09:00:00+05:00");
        // Early Tuesday → the same day.
        let next = office.next_open(at("2026-12-01T01:00:00Z"));
        assert_eq!(next.to_rfc3339(), "2026-12-01T09:00:00+05:00");
    }

    #[test]
    fn office_hours_parse_errors_say_how_to_write_them() {
        assert!("Mon-Sun 00:00-23:59 +00:00".parse::<OfficeHours>().is_ok());
        assert!("Sat,Sun 10:00-14:00 +05".parse::<OfficeHours>().is_ok());
        for bad in [
            "",
            "Mon-Fri",
            "Mon-Xyz 09:00-18:00 +05:00",
            "Mon 18:00-09:00 +05:00",
        ] {
            let e = bad.parse::<OfficeHours>().unwrap_err();
            assert!(e.contains("Mon-Fri 09:00-18:00"), "{bad}: {e}");
        }
    }
}
