//! The data behind every inline button Safar shows, as one type. Telegram hands the data back
//! as a string of at most 64 bytes that anybody can forge, so it is parsed here in one place,
//! and whatever it names is checked again where it is used (the node exists, the question is
//! still open, the case is the user's own…).
//!
//! | data | meaning |
//! |---|---|
//! | `l:<lang>` | pick a language |
//! | `a:<action>` | a named action (menu, language, help, check_offer, operator) |
//! | `b:<script>/<node>/<index>` | the `index`-th button of a script node |
//! | `f:<script>/<node>` | a page suggested for a typed question |
//! | `h:agree`, `h:cancel`, `h:skip`, `h:leave`, `h:stay`, `h:forget`, `h:keep` | answers to the hotline's questions |
//! | `h:rate:<case>:<1-5>` | rating a closed case |
//! | `c:<country>`, `c:?` | a country answering "Where are you now?", or the question again; `:s` after either: after a self-harm message (the crisis line comes first) |
//! | `o:all` | the full report of the offer the user just checked (kept in their state, never in the button) |
//! | `o:report`, `o:rc`, `o:rt` | "Report this offer" (the offer kept in the user's state): asks for consent; sends its contacts; sends them with the whole text |
//! | `t:<case>` | an operator takes a case |
//! | `p:ok:<n>`, `p:no:<n>` | an admin publishes or cancels the candidate content `n` |
//! | `n:<alert>/<script>/<node>` | a page's button under alert `alert` (its presses are counted if the alert has that button) |

use std::fmt;

use super::country::Country;
use super::script::{Action, NodeRef};
use crate::lang::Lang;

/// Telegram limits callback data to 64 bytes.
pub const MAX_CALLBACK_DATA: usize = 64;

/// An answer to one of the hotline's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HotlineAnswer {
    Agree,
    Cancel,
    Skip,
    Leave,
    Stay,
    Forget,
    Keep,
}

impl HotlineAnswer {
    pub const ALL: [HotlineAnswer; 7] = [
        HotlineAnswer::Agree,
        HotlineAnswer::Cancel,
        HotlineAnswer::Skip,
        HotlineAnswer::Leave,
        HotlineAnswer::Stay,
        HotlineAnswer::Forget,
        HotlineAnswer::Keep,
    ];

    fn code(self) -> &'static str {
        match self {
            HotlineAnswer::Agree => "agree",
            HotlineAnswer::Cancel => "cancel",
            HotlineAnswer::Skip => "skip",
            HotlineAnswer::Leave => "leave",
            HotlineAnswer::Stay => "stay",
            HotlineAnswer::Forget => "forget",
            HotlineAnswer::Keep => "keep",
        }
    }
}

/// What a button's data says, before anything it names is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    Lang(Lang),
    Action(Action),
    /// The `index`-th button of the node at `at`.
    Button {
        at: NodeRef,
        index: usize,
    },
    /// A page suggested for a typed question.
    Faq(NodeRef),
    Hotline(HotlineAnswer),
    Rate {
        case: i64,
        stars: u8,
    },
    /// A country answering "Where are you now?" (`None`: ask again); `self_harm`: the answer
    /// follows a self-harm message.
    Country {
        country: Option<Country>,
        self_harm: bool,
    },
    /// The full report of the offer the user just checked.
    ShowAllFlags,
    /// An operator's Take button.
    Take(i64),
    /// An admin's Publish button under the preview of candidate content `n`.
    Publish(u64),
    /// An admin's Cancel button under the preview of candidate content `n`.
    CancelPublish(u64),
    /// "Report this offer" under an offer report, and the answers to its consent question.
    ReportOffer(ReportStep),
    /// A page's button under an alert: opens the page; counted for the alert.
    AlertPage {
        alert: i64,
        at: NodeRef,
    },
}

/// The largest alert id a button's data carries (11 digits: with two ids at their longest the
/// data still fits 64 bytes).
pub const MAX_ALERT_ID: i64 = 99_999_999_999;

/// The steps of reporting a checked offer to the hotline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportStep {
    /// "Report this offer": what would be sent, and the choice.
    Ask,
    /// Send the contacts (and names) only.
    Contacts,
    /// Send them with the offer's whole text.
    WithText,
}

impl Callback {
    /// `None` for data Safar never issues (an old client, a forged request).
    pub fn parse(data: &str) -> Option<Callback> {
        if data.len() > MAX_CALLBACK_DATA {
            return None;
        }
        let (prefix, rest) = data.split_once(':')?;
        match prefix {
            "l" => rest.parse().ok().map(Callback::Lang),
            "a" => Action::from_name(rest).map(Callback::Action),
            "b" => {
                let mut parts = rest.split('/');
                let (script, node, index) = (parts.next()?, parts.next()?, parts.next()?);
                if parts.next().is_some() || script.is_empty() || node.is_empty() {
                    return None;
                }
                Some(Callback::Button {
                    at: NodeRef::new(script, node),
                    index: index.parse().ok()?,
                })
            }
            "f" => {
                let (script, node) = rest.split_once('/')?;
                if script.is_empty() || node.is_empty() || node.contains('/') {
                    return None;
                }
                Some(Callback::Faq(NodeRef::new(script, node)))
            }
            "h" => {
                if let Some(rating) = rest.strip_prefix("rate:") {
                    let (case, stars) = rating.split_once(':')?;
                    let case: i64 = case.parse().ok().filter(|c| *c > 0)?;
                    let stars: u8 = stars.parse().ok().filter(|s| (1..=5).contains(s))?;
                    return Some(Callback::Rate { case, stars });
                }
                HotlineAnswer::ALL
                    .into_iter()
                    .find(|a| a.code() == rest)
                    .map(Callback::Hotline)
            }
            "c" => {
                let (code, self_harm) = match rest.strip_suffix(":s") {
                    Some(code) => (code, true),
                    None => (rest, false),
                };
                let country = match code {
                    "?" => None,
                    code => Some(Country::from_code(code)?),
                };
                Some(Callback::Country { country, self_harm })
            }
            "o" => match rest {
                "all" => Some(Callback::ShowAllFlags),
                "report" => Some(Callback::ReportOffer(ReportStep::Ask)),
                "rc" => Some(Callback::ReportOffer(ReportStep::Contacts)),
                "rt" => Some(Callback::ReportOffer(ReportStep::WithText)),
                _ => None,
            },
            "t" => rest
                .parse()
                .ok()
                .filter(|c: &i64| *c > 0)
                .map(Callback::Take),
            "n" => {
                let mut parts = rest.split('/');
                let (alert, script, node) = (parts.next()?, parts.next()?, parts.next()?);
                if parts.next().is_some() || script.is_empty() || node.is_empty() {
                    return None;
                }
                let alert: i64 = alert
                    .parse()
                    .ok()
                    .filter(|a| (1..=MAX_ALERT_ID).contains(a))?;
                Some(Callback::AlertPage {
                    alert,
                    at: NodeRef::new(script, node),
                })
            }
            "p" => {
                let (verb, n) = rest.split_once(':')?;
                let n: u64 = n.parse().ok()?;
                match verb {
                    "ok" => Some(Callback::Publish(n)),
                    "no" => Some(Callback::CancelPublish(n)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether this answers one of the hotline's questions (`h:`).
    pub fn is_hotline(&self) -> bool {
        matches!(self, Callback::Hotline(_) | Callback::Rate { .. })
    }
}

impl fmt::Display for Callback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Callback::Lang(lang) => write!(f, "l:{}", lang.code()),
            Callback::Action(action) => write!(f, "a:{}", action.name()),
            Callback::Button { at, index } => write!(f, "b:{}/{}/{index}", at.script, at.node),
            Callback::Faq(at) => write!(f, "f:{}/{}", at.script, at.node),
            Callback::Hotline(answer) => write!(f, "h:{}", answer.code()),
            Callback::Rate { case, stars } => write!(f, "h:rate:{case}:{stars}"),
            Callback::Country { country, self_harm } => {
                let code = country.map_or("?", |c| c.code());
                let suffix = if *self_harm { ":s" } else { "" };
                write!(f, "c:{code}{suffix}")
            }
            Callback::ShowAllFlags => f.write_str("o:all"),
            Callback::Take(case) => write!(f, "t:{case}"),
            Callback::ReportOffer(ReportStep::Ask) => f.write_str("o:report"),
            Callback::ReportOffer(ReportStep::Contacts) => f.write_str("o:rc"),
            Callback::ReportOffer(ReportStep::WithText) => f.write_str("o:rt"),
            Callback::Publish(n) => write!(f, "p:ok:{n}"),
            Callback::CancelPublish(n) => write!(f, "p:no:{n}"),
            Callback::AlertPage { alert, at } => write!(f, "n:{alert}/{}/{}", at.script, at.node),
        }
    }
}

impl From<Callback> for String {
    fn from(c: Callback) -> String {
        c.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::script::MAX_ID_LEN;

    /// The longest data of every variant: ids at their longest, the largest numbers.
    fn longest() -> Vec<Callback> {
        let id = "x".repeat(MAX_ID_LEN);
        let mut all = vec![
            Callback::Button {
                at: NodeRef::new(id.clone(), id.clone()),
                index: 99,
            },
            Callback::Faq(NodeRef::new(id.clone(), id.clone())),
            Callback::Rate {
                case: 99_999_999_999,
                stars: 5,
            },
            Callback::Take(99_999_999_999),
            Callback::ShowAllFlags,
            Callback::ReportOffer(ReportStep::Ask),
            Callback::ReportOffer(ReportStep::Contacts),
            Callback::ReportOffer(ReportStep::WithText),
            Callback::Publish(u64::MAX),
            Callback::CancelPublish(u64::MAX),
            Callback::AlertPage {
                alert: MAX_ALERT_ID,
                at: NodeRef::new(id.clone(), id.clone()),
            },
        ];
        all.extend(Lang::ALL.into_iter().map(Callback::Lang));
        all.extend(Action::ALL.into_iter().map(Callback::Action));
        all.extend(HotlineAnswer::ALL.into_iter().map(Callback::Hotline));
        for self_harm in [false, true] {
            all.push(Callback::Country {
                country: None,
                self_harm,
            });
            all.extend(Country::ALL.into_iter().map(|c| Callback::Country {
                country: Some(c),
                self_harm,
            }));
        }
        all
    }

    #[test]
    fn every_variant_fits_telegrams_64_bytes_and_reads_back() {
        for c in longest() {
            let data = c.to_string();
            assert!(
                data.len() <= MAX_CALLBACK_DATA,
                "{data}: {} bytes",
                data.len()
            );
            assert_eq!(Callback::parse(&data), Some(c), "{data}");
        }
    }

    #[test]
    fn forged_or_old_data_is_refused() {
        for bad in [
            "",
            "x",
            "b:main/menu",
            "b:main/menu/x",
            "b:main/menu/0/1",
            "b://0",
            "f:main",
            "f:a/b/c",
            "a:nuke",
            "l:en",
            "h:rate:0:3",
            "h:rate:3:6",
            "h:rate:x:1",
            "p:ok:",
            "p:go:1",
            "p:ok:-1",
            "h:what",
            "t:-1",
            "c:xx",
            "c:",
            "c:ru:x",
            "o:",
            "o:all:1",
            "o:reportx",
            "t:",
            "z:1",
            "n:1/main",
            "n:0/main/menu",
            "n:-3/main/menu",
            "n:x/main/menu",
            "n:1//menu",
            "n:1/main/menu/0",
            "n:100000000000/main/menu",
        ] {
            assert_eq!(Callback::parse(bad), None, "{bad}");
        }
        let long = format!("b:{}/menu/0", "m".repeat(70));
        assert_eq!(Callback::parse(&long), None);
    }
}
