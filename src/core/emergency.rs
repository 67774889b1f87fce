//! The emergency answer by country, pure: the local emergency number first, then the Uzbek
//! office there and the helplines the domain brief gives, and which numbers work only from an
//! Uzbek SIM. Shown at once to every message of distress (with the hotline's urgent consent
//! when there is a hotline), from "In trouble now", with `/country`, and outside office hours.
//! Suicidal and self-harm messages get a warm word and the crisis line of the country first.
//!
//! The country is asked once ("Where are you now?", one tap) and kept in `users.country`.
//!
//! Its buttons are [`Callback::Country`]: a country from the question (after a self-harm
//! message, to show the crisis line with the numbers), or the question again.

use super::callback::Callback;
use super::country::Country;
use super::engine::Outcome;
use super::output::{KeyButton, Msg, Reply};

/// Fluent ids of the emergency answer (checked in every language by `safar check`).
pub const EMERGENCY_KEYS: &[&str] = &[
    "emergency-ask-country",
    "emergency-btn-change",
    "emergency-generic",
    "emergency-uz-numbers",
    "emergency-self-harm",
    "emergency-self-harm-person",
    "emergency-crisis-ru",
    "emergency-crisis-kr",
    "emergency-crisis-gb",
    "emergency-uz",
    "emergency-ru",
    "emergency-kz",
    "emergency-tr",
    "emergency-kr",
    "emergency-gb",
    "emergency-pl",
    "emergency-de",
    "emergency-ae",
    "emergency-sa",
    "emergency-qa",
    "emergency-other",
    "emergency-btn-uz",
    "emergency-btn-ru",
    "emergency-btn-kz",
    "emergency-btn-tr",
    "emergency-btn-kr",
    "emergency-btn-gb",
    "emergency-btn-pl",
    "emergency-btn-de",
    "emergency-btn-ae",
    "emergency-btn-sa",
    "emergency-btn-qa",
    "emergency-btn-other",
];

fn key(prefix: &str, country: Country) -> Msg {
    Msg::new(format!("{prefix}-{}", country.code()))
}

/// The crisis line for suicidal thoughts, for the countries the domain brief gives one.
fn crisis_line(country: Country) -> Option<Msg> {
    matches!(
        country,
        Country::Russia | Country::SouthKorea | Country::UnitedKingdom
    )
    .then(|| key("emergency-crisis", country))
}

/// The emergency numbers for `country`; not known yet: the generic advice and the question
/// "Where are you now?". `self_harm` puts the warm word and the crisis line first.
pub fn block(country: Option<Country>, self_harm: bool) -> Reply {
    let mut body = Vec::new();
    if self_harm {
        body.push(Msg::new("emergency-self-harm"));
    }
    match country {
        Some(c) => {
            if self_harm && let Some(line) = crisis_line(c) {
                body.push(line);
            }
            body.push(key("emergency", c));
            if c != Country::Uzbekistan {
                body.push(Msg::new("emergency-uz-numbers"));
            }
            Reply {
                body,
                keyboard: vec![vec![KeyButton {
                    label: Msg::new("emergency-btn-change"),
                    data: Callback::Country {
                        country: None,
                        self_harm,
                    }
                    .into(),
                }]],
            }
        }
        None => {
            body.push(Msg::new("emergency-generic"));
            body.push(Msg::new("emergency-uz-numbers"));
            body.push(Msg::new("emergency-ask-country"));
            Reply {
                body,
                keyboard: countries(self_harm),
            }
        }
    }
}

/// "Where are you now?" with one button per country.
pub fn ask(self_harm: bool) -> Reply {
    Reply {
        body: vec![Msg::new("emergency-ask-country")],
        keyboard: countries(self_harm),
    }
}

/// The country buttons, two a row.
fn countries(self_harm: bool) -> Vec<Vec<KeyButton>> {
    Country::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|c| KeyButton {
                    label: key("emergency-btn", *c),
                    data: Callback::Country {
                        country: Some(*c),
                        self_harm,
                    }
                    .into(),
                })
                .collect()
        })
        .collect()
}

/// A country button: remembers the country and shows its numbers, or asks again. Nothing
/// else of the state changes: a consent asked with the numbers is still open.
pub fn press(out: &mut Outcome, country: Option<Country>, self_harm: bool) {
    match country {
        None => out.replies.push(ask(self_harm)),
        Some(country) => {
            out.state.country = Some(country);
            out.replies.push(block(Some(country), self_harm));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::state::UserState;

    fn keys(reply: &Reply) -> Vec<&str> {
        reply.body.iter().map(|m| m.key.as_ref()).collect()
    }

    #[test]
    fn every_key_the_answer_can_name_is_listed_for_the_check() {
        let mut named = Vec::new();
        for c in Country::ALL {
            for self_harm in [false, true] {
                let reply = block(Some(c), self_harm);
                named.extend(reply.body.into_iter().map(|m| m.key.to_string()));
                named.extend(
                    reply
                        .keyboard
                        .into_iter()
                        .flatten()
                        .map(|b| b.label.key.to_string()),
                );
            }
        }
        for self_harm in [false, true] {
            let reply = block(None, self_harm);
            named.extend(reply.body.into_iter().map(|m| m.key.to_string()));
            named.extend(
                reply
                    .keyboard
                    .into_iter()
                    .flatten()
                    .map(|b| b.label.key.to_string()),
            );
        }
        for key in named {
            assert!(EMERGENCY_KEYS.contains(&key.as_str()), "{key}");
        }
    }

    #[test]
    fn a_known_country_gets_its_numbers_first_and_a_way_to_change_it() {
        let reply = block(Some(Country::Russia), false);
        assert_eq!(keys(&reply), ["emergency-ru", "emergency-uz-numbers"]);
        assert_eq!(reply.keyboard[0][0].data, "c:?");
        // In Uzbekistan the Uzbek numbers are the local ones: no "only from an Uzbek SIM".
        assert_eq!(
            keys(&block(Some(Country::Uzbekistan), false)),
            ["emergency-uz"]
        );
    }

    #[test]
    fn self_harm_gets_the_warm_word_and_the_crisis_line_where_the_brief_has_one() {
        let reply = block(Some(Country::UnitedKingdom), true);
        assert_eq!(
            keys(&reply),
            [
                "emergency-self-harm",
                "emergency-crisis-gb",
                "emergency-gb",
                "emergency-uz-numbers"
            ]
        );
        assert_eq!(
            keys(&block(Some(Country::Turkey), true)),
            [
                "emergency-self-harm",
                "emergency-tr",
                "emergency-uz-numbers"
            ]
        );
        let unknown = block(None, true);
        assert_eq!(keys(&unknown)[0], "emergency-self-harm");
        assert_eq!(unknown.keyboard[0][0].data, "c:uz:s");
    }

    #[test]
    fn an_unknown_country_is_asked_with_one_button_each() {
        let reply = block(None, false);
        assert_eq!(
            keys(&reply),
            [
                "emergency-generic",
                "emergency-uz-numbers",
                "emergency-ask-country"
            ]
        );
        let buttons: Vec<&str> = reply
            .keyboard
            .iter()
            .flatten()
            .map(|b| b.data.as_str())
            .collect();
        assert_eq!(buttons.len(), 12);
        assert_eq!(buttons[1], "c:ru");
        assert_eq!(buttons[11], "c:other");
    }

    #[test]
    fn pressing_a_country_remembers_it_and_keeps_the_rest_of_the_state() {
        let mut out = Outcome {
            state: UserState {
                awaiting: Some(crate::core::state::Awaiting::Consent(
                    crate::core::state::Priority::Urgent,
                )),
                ..UserState::default()
            },
            replies: Vec::new(),
            effects: Vec::new(),
            events: Vec::new(),
        };
        press(&mut out, Some(Country::SouthKorea), true);
        assert_eq!(out.state.country, Some(Country::SouthKorea));
        assert!(out.state.awaiting.is_some());
        assert_eq!(keys(&out.replies[0])[1], "emergency-crisis-kr");
        press(&mut out, None, false);
        assert_eq!(keys(&out.replies[1]), ["emergency-ask-country"]);
        assert_eq!(out.state.country, Some(Country::SouthKorea));
    }
}
