//! Alerts (issue #18) for users: the topics to tick (`/alerts`, "🔔 Alerts" in the main
//! menu), `/stop` and "stop alerts" in their language; and for admins: an alert file rendered
//! in every language and written to the outbox as one job (see [`crate::store::alerts`]).

use std::collections::BTreeMap;
use std::path::Path;

use super::App;
use crate::content::alerts::Alert;
use crate::core::callback::Callback;
use crate::core::engine::Outcome;
use crate::core::input::{Command, Input};
use crate::core::output::{Arg, KeyButton, Msg, Reply};
use crate::core::script::Action;
use crate::core::state::UserState;
use crate::diagnostics::Diagnostics;
use crate::lang::Lang;
use crate::store::StoreError;
use crate::store::metrics::TurnMetrics;

/// Callback data of a topic's toggle: `al:t:<topic>`; "stop all": `al:stop`.
const TOGGLE: &str = "al:t:";
const STOP: &str = "al:stop";

/// What an input asks of the alerts, if anything.
enum Ask {
    Show,
    Toggle(String),
    StopAll,
}

/// Letters and digits only, lowercase: "Stop alerts!" and "stop  alerts" are the same (and
/// Karakalpak's dotless ı is an i: typed in capitals it comes back dotted).
fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect()
}

impl App {
    /// "stop alerts" typed in any of the languages (Cyrillic variants included).
    fn is_stop_phrase(&self, text: &str) -> bool {
        if text.chars().count() > 64 {
            return false;
        }
        let typed = normalize(text);
        if typed.is_empty() {
            return false;
        }
        if typed == "stopalerts" {
            return true;
        }
        let content = self.content.get();
        Lang::ALL.into_iter().any(|lang| {
            normalize(&content.texts.render(lang, &Msg::new("alerts-stop-phrase"))) == typed
        })
    }

    fn alert_ask(&self, input: &Input) -> Option<Ask> {
        match input {
            Input::Command(Command::Alerts) => Some(Ask::Show),
            Input::Command(Command::Stop) => Some(Ask::StopAll),
            Input::Button(data) if data == STOP => Some(Ask::StopAll),
            Input::Button(data) => data
                .strip_prefix(TOGGLE)
                .map(|topic| Ask::Toggle(topic.to_string())),
            Input::Text(text) if self.is_stop_phrase(text) => Some(Ask::StopAll),
            _ => None,
        }
    }

    /// A turn about alerts, answered here (the engine does not know the subscriptions). `None`:
    /// the input is not about alerts.
    pub(super) async fn alerts_turn(
        &self,
        user_id: i64,
        state: &UserState,
        input: &Input,
    ) -> Result<Option<(Outcome, TurnMetrics)>, StoreError> {
        if state.lang.is_none() {
            return Ok(None);
        }
        let Some(ask) = self.alert_ask(input) else {
            return Ok(None);
        };
        let mut metrics = TurnMetrics::default();
        let reply = match ask {
            Ask::Show => self.alerts_screen(user_id, state, None).await?,
            Ask::Toggle(topic) => {
                let content = self.content.get();
                match content.alert_topics.get(&topic) {
                    Some(t) => {
                        let on = self.store.toggle_subscription(user_id, &t.id).await?;
                        tracing::info!(user_id, topic = t.id, on, "alert subscription");
                        metrics.count("alerts", if on { "on" } else { "off" }, t.id.clone());
                        let lang = state.lang.unwrap_or(Lang::Uz);
                        let said = Msg::new(if on { "alerts-on" } else { "alerts-off" })
                            .arg("topic", Arg::Text(t.label(lang)));
                        self.alerts_screen(user_id, state, Some(said)).await?
                    }
                    // A topic removed since the button was sent.
                    None => {
                        self.alerts_screen(user_id, state, Some(Msg::new("menu-stale")))
                            .await?
                    }
                }
            }
            Ask::StopAll => {
                let removed = self.store.unsubscribe_all(user_id).await?;
                tracing::info!(user_id, removed, "alerts stopped");
                metrics.count("alerts", "stop", "");
                let mut reply = Reply::text(Msg::new(if removed > 0 {
                    "alerts-stopped"
                } else {
                    "alerts-stopped-none"
                }));
                reply.keyboard.push(vec![menu_button()]);
                reply
            }
        };
        let mut state = state.clone();
        // Like any other step: a question asked before is dropped.
        state.awaiting = None;
        Ok(Some((
            Outcome {
                state,
                replies: vec![reply],
                effects: Vec::new(),
                events: Vec::new(),
            },
            metrics,
        )))
    }

    /// The topics with a toggle each, the user's country's topics first.
    pub(super) async fn alerts_screen(
        &self,
        user_id: i64,
        state: &UserState,
        said: Option<Msg>,
    ) -> Result<Reply, StoreError> {
        let content = self.content.get();
        let ticked = self.store.subscriptions(user_id).await?;
        let lang = state.lang.unwrap_or(Lang::Uz);
        let mut body = Vec::new();
        body.extend(said);
        body.push(Msg::new("alerts-intro"));
        let mut keyboard: Vec<Vec<KeyButton>> = content
            .alert_topics
            .for_country(state.country)
            .into_iter()
            .map(|t| {
                let key = if ticked.contains(&t.id) {
                    "alerts-toggle-on"
                } else {
                    "alerts-toggle-off"
                };
                vec![KeyButton {
                    label: Msg::new(key).arg("topic", Arg::Text(t.label(lang))),
                    data: format!("{TOGGLE}{}", t.id),
                }]
            })
            .collect();
        if !ticked.is_empty() {
            keyboard.push(vec![KeyButton {
                label: Msg::new("alerts-btn-stop"),
                data: STOP.to_string(),
            }]);
        }
        keyboard.push(vec![menu_button()]);
        Ok(Reply { body, keyboard })
    }

    /// An alert file, checked as `safar check` does.
    pub fn load_alert(&self, path: &Path) -> Result<Alert, Diagnostics> {
        let content = self.content.get();
        let mut diags = Diagnostics::default();
        Alert::load(path, &content.translit, &mut diags).ok_or(diags)
    }

    /// Starts an alert job: records the alert (its texts fixed in every language) in state
    /// `writing`; its recipients are written by [`App::write_alert_jobs`].
    pub async fn create_alert_job(
        &self,
        alert: &Alert,
        topic: &str,
        sent_by: Option<i64>,
    ) -> Result<i64, StoreError> {
        let texts: BTreeMap<String, String> = Lang::ALL
            .into_iter()
            .map(|l| (l.code().to_string(), alert.render(l)))
            .collect();
        let id = self
            .store
            .create_alert(&alert.name, topic, sent_by, &texts)
            .await?;
        tracing::info!(alert_id = id, topic, "alert job created");
        self.alert_jobs.notify_one();
        Ok(id)
    }

    /// Writes the recipients of every alert job not finished (just created, or stopped halfway
    /// by a crash); `after_chunk` runs after each chunk. Returns how many were written.
    pub async fn write_alert_jobs(&self, mut after_chunk: impl FnMut()) -> u64 {
        let jobs = match self.store.unfinished_alerts().await {
            Ok(jobs) => jobs,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the alert jobs");
                return 0;
            }
        };
        let mut total = 0;
        for id in jobs {
            match self
                .store
                .write_alert_recipients(id, &mut after_chunk)
                .await
            {
                Ok(n) => {
                    tracing::info!(alert_id = id, recipients = n, "alert recipients written");
                    total += n;
                }
                Err(e) => {
                    tracing::error!(alert_id = id, error = %e, "cannot write the alert's recipients")
                }
            }
        }
        total
    }

    /// Resolves when an alert job was created since the last call.
    pub async fn alert_job_created(&self) {
        self.alert_jobs.notified().await;
    }

    /// Whether the input is about alerts (answered by [`App::alerts_turn`]).
    pub fn is_alert_button(data: &str) -> bool {
        data == STOP || data.starts_with(TOGGLE)
    }
}

fn menu_button() -> KeyButton {
    KeyButton {
        label: Msg::new("menu-btn-main"),
        data: Callback::Action(Action::Menu).into(),
    }
}
