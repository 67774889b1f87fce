//! The country a user says they are in now: it picks the emergency numbers they are shown.

use std::fmt;

/// A country of the "Where are you now?" question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Country {
    Uzbekistan,
    Russia,
    Kazakhstan,
    Turkey,
    SouthKorea,
    UnitedKingdom,
    Poland,
    Germany,
    Uae,
    SaudiArabia,
    Qatar,
    /// Somewhere else: the generic emergency advice.
    Other,
}

impl Country {
    /// In the order the question shows them.
    pub const ALL: [Country; 12] = [
        Country::Uzbekistan,
        Country::Russia,
        Country::Kazakhstan,
        Country::Turkey,
        Country::SouthKorea,
        Country::UnitedKingdom,
        Country::Poland,
        Country::Germany,
        Country::Uae,
        Country::SaudiArabia,
        Country::Qatar,
        Country::Other,
    ];

    /// Stored in `users.country`, used in callback data and in message ids
    /// (`emergency-<code>`, `emergency-btn-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            Country::Uzbekistan => "uz",
            Country::Russia => "ru",
            Country::Kazakhstan => "kz",
            Country::Turkey => "tr",
            Country::SouthKorea => "kr",
            Country::UnitedKingdom => "gb",
            Country::Poland => "pl",
            Country::Germany => "de",
            Country::Uae => "ae",
            Country::SaudiArabia => "sa",
            Country::Qatar => "qa",
            Country::Other => "other",
        }
    }

    /// `None` for a code this version does not know.
    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.code() == code)
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_ones_are_none() {
        for c in Country::ALL {
            assert_eq!(Country::from_code(c.code()), Some(c));
        }
        assert_eq!(Country::from_code("xx"), None);
        assert_eq!(Country::from_code(""), None);
    }
}
