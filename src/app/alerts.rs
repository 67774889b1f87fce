//! Alerts for users: the topics to tick (`/alerts`, "🔔 Alerts" in the main
//! menu), `/stop` and "stop alerts" in their language; and for admins: an alert file rendered
//! in every language and written to the outbox as one job (see [`crate::store::alerts`]).

use std::collections::BTreeMap;
use std::path::Path;

use super::{App, Rendered, render, split_for_telegram};
use crate::content::alerts::Alert;
use crate::core::callback::Callback;
use crate::core::engine::Outcome;
use crate::core::input::{Command, Input};
use crate::core::output::{Arg, KeyButton, Msg, Reply};
use crate::core::script::Action;
use crate::core::state::UserState;
use crate::diagnostics::Diagnostics;
use crate::lang::Lang;
use crate::store::alerts::StoredButton;
use crate::store::metrics::TurnMetrics;
use crate::store::{OutboxRow, StoreError};

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
        Alert::load(path, &content.translit, &content.scripts, &mut diags).ok_or(diags)
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
            .create_alert(
                &alert.name,
                topic,
                sent_by,
                &texts,
                &self.alert_buttons(alert),
            )
            .await?;
        tracing::info!(alert_id = id, topic, "alert job created");
        self.alert_jobs.notify_one();
        Ok(id)
    }

    /// The alert's buttons with their words in every language, as the bot's own buttons to
    /// those pages show them (fixed with the texts when the alert is confirmed).
    pub fn alert_buttons(&self, alert: &Alert) -> Vec<StoredButton> {
        let content = self.content.get();
        alert
            .buttons
            .iter()
            .map(|b| StoredButton {
                page: b.at.to_string(),
                labels: Lang::ALL
                    .into_iter()
                    .map(|l| {
                        let label = content.texts.render(l, &Msg::new(b.label.clone()));
                        (l.code().to_string(), label)
                    })
                    .collect(),
            })
            .collect()
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

/// What an admin did about alerts in the operators' group.
pub enum AlertAdminInput {
    /// `/alert …` with its arguments.
    Command(String),
    /// Confirm (`true`) or Cancel under a preview, with the preview's number.
    Button { confirm: bool, draft: u64 },
    /// One of the alert's own buttons under its preview: shown, not for use in the group.
    PreviewButton,
}

/// An admin's step about alerts, as the Telegram edge hands it over.
pub struct AlertAdminEvent {
    pub admin_id: i64,
    /// The operators' group.
    pub chat_id: i64,
    pub input: AlertAdminInput,
}

/// Callback data of Confirm and Cancel under a preview.
const CONFIRM: &str = "al:ok:";
const CANCEL: &str = "al:no:";
/// Callback data of the alert's own buttons under its preview (they do nothing there).
const PREVIEW_BUTTON: &str = "al:pv";

/// Parses Confirm / Cancel data.
pub fn alert_admin_button(data: &str) -> Option<AlertAdminInput> {
    if data == PREVIEW_BUTTON {
        return Some(AlertAdminInput::PreviewButton);
    }
    if let Some(n) = data.strip_prefix(CONFIRM) {
        return Some(AlertAdminInput::Button {
            confirm: true,
            draft: n.parse().ok()?,
        });
    }
    let n = data.strip_prefix(CANCEL)?;
    Some(AlertAdminInput::Button {
        confirm: false,
        draft: n.parse().ok()?,
    })
}

/// `/alert …`: its arguments; `None` for any other text.
pub fn alert_admin_command(text: &str) -> Option<AlertAdminInput> {
    let (name, args) = crate::core::input::split_command(text)?;
    (name == "alert").then(|| AlertAdminInput::Command(args.to_string()))
}

/// A preview waiting for Confirm or Cancel (in memory: after a restart, `/alert` again).
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    name: String,
    topic: String,
}

#[derive(Default)]
pub(crate) struct Drafts {
    next: std::sync::atomic::AtomicU64,
    open: std::sync::Mutex<std::collections::HashMap<u64, Draft>>,
}

/// Counts shown per language in a preview, in this order.
const PREVIEW_LANGS: [(&str, Lang); 5] = [
    ("uz", Lang::Uz),
    ("uz_cyrl", Lang::UzCyrl),
    ("ru", Lang::Ru),
    ("kaa", Lang::Kaa),
    ("kaa_cyrl", Lang::KaaCyrl),
];

impl App {
    /// `/alert` and its buttons in the operators' group. Returns what to deliver.
    pub async fn handle_alert_admin(&self, event: AlertAdminEvent) -> Vec<OutboxRow> {
        if matches!(event.input, AlertAdminInput::PreviewButton) {
            return Vec::new();
        }
        let lang = self.hotline.operators_lang;
        let said = match self.alert_admin_step(&event, lang).await {
            Ok(said) => said,
            Err(e) => {
                tracing::error!(admin_id = event.admin_id, error = %e, "alert step failed");
                vec![Said::Reply(Reply::text(Msg::new("common-internal-error")))]
            }
        };
        let content = self.content.get();
        let mut messages = Vec::new();
        for said in said {
            let rendered = match said {
                Said::Reply(reply) => render(&content.texts, lang, &reply),
                Said::Rendered(rendered) => rendered,
            };
            messages.extend(split_for_telegram(event.chat_id, "admin", &rendered));
        }
        for m in &mut messages {
            m.to_operators = true;
        }
        match self.store.enqueue(&messages).await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(admin_id = event.admin_id, error = %e, "alert answer not queued");
                Vec::new()
            }
        }
    }

    fn alert_files(&self) -> Vec<String> {
        let dir = self
            .content
            .paths()
            .dialogues
            .join(crate::content::alerts::ALERTS_DIR);
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .filter_map(|e| {
                        let path = e.path();
                        (path.extension().is_some_and(|x| x == "ftl"))
                            .then(|| path.file_stem()?.to_str().map(str::to_string))
                            .flatten()
                    })
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    fn topic_ids(&self) -> String {
        let content = self.content.get();
        let ids: Vec<&str> = content
            .alert_topics
            .0
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        ids.join(", ")
    }

    fn usage(&self) -> Reply {
        Reply::text(
            Msg::new("alerts-admin-usage")
                .arg("topics", Arg::Text(self.topic_ids()))
                .arg("files", Arg::Text(self.alert_files().join(", "))),
        )
    }

    async fn alert_admin_step(
        &self,
        event: &AlertAdminEvent,
        lang: Lang,
    ) -> Result<Vec<Said>, StoreError> {
        if !self.is_admin(event.admin_id) {
            tracing::info!(user_id = event.admin_id, "alert refused: not an admin");
            return Ok(vec![said(Msg::new("alerts-admin-only"))]);
        }
        match &event.input {
            AlertAdminInput::Command(args) => {
                let words: Vec<&str> = args.split_whitespace().collect();
                match words.as_slice() {
                    ["status"] => self
                        .alert_status_reply()
                        .await
                        .map(|r| vec![Said::Reply(r)]),
                    [name, topic] => self.alert_preview(name, topic, lang).await,
                    _ => Ok(vec![Said::Reply(self.usage())]),
                }
            }
            AlertAdminInput::PreviewButton => Ok(Vec::new()),
            AlertAdminInput::Button { confirm, draft } => {
                let taken = self.alert_drafts.open.lock().expect("drafts").remove(draft);
                let Some(d) = taken else {
                    return Ok(vec![said(Msg::new("alerts-admin-stale"))]);
                };
                if !confirm {
                    return Ok(vec![said(Msg::new("alerts-admin-cancelled"))]);
                }
                let path = self.alert_path(&d.name);
                let alert = match self.load_alert(&path) {
                    Ok(a) => a,
                    Err(diags) => return Ok(vec![Said::Reply(invalid(&d.name, &diags))]),
                };
                let total: i64 = self.store.alert_audience(&d.topic).await?.values().sum();
                let id = self
                    .create_alert_job(&alert, &d.topic, Some(event.admin_id))
                    .await?;
                Ok(vec![said(
                    Msg::new("alerts-admin-queued")
                        .arg("id", Arg::Number(id))
                        .arg("total", Arg::Number(total)),
                )])
            }
        }
    }

    fn alert_path(&self, name: &str) -> std::path::PathBuf {
        self.content
            .paths()
            .dialogues
            .join(crate::content::alerts::ALERTS_DIR)
            .join(format!("{name}.ftl"))
    }

    async fn alert_preview(
        &self,
        name: &str,
        topic: &str,
        lang: Lang,
    ) -> Result<Vec<Said>, StoreError> {
        let name = name.trim_end_matches(".ftl");
        if !self.alert_files().iter().any(|f| f == name) {
            return Ok(vec![said(
                Msg::new("alerts-admin-unknown")
                    .arg("name", Arg::Text(name.to_string()))
                    .arg("files", Arg::Text(self.alert_files().join(", "))),
            )]);
        }
        if self.content.get().alert_topics.get(topic).is_none() {
            return Ok(vec![said(
                Msg::new("alerts-admin-unknown-topic")
                    .arg("topic", Arg::Text(topic.to_string()))
                    .arg("topics", Arg::Text(self.topic_ids())),
            )]);
        }
        let alert = match self.load_alert(&self.alert_path(name)) {
            Ok(a) => a,
            Err(diags) => return Ok(vec![Said::Reply(invalid(name, &diags))]),
        };
        let audience = self.store.alert_audience(topic).await?;
        let n = self
            .alert_drafts
            .next
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            + 1;
        self.alert_drafts.open.lock().expect("drafts").insert(
            n,
            Draft {
                name: name.to_string(),
                topic: topic.to_string(),
            },
        );
        let mut summary = Msg::new("alerts-admin-preview")
            .arg("name", Arg::Text(name.to_string()))
            .arg("topic", Arg::Text(topic.to_string()))
            .arg("total", Arg::Number(audience.values().sum()));
        for (arg, l) in PREVIEW_LANGS {
            summary = summary.arg(
                arg,
                Arg::Number(audience.get(l.code()).copied().unwrap_or(0)),
            );
        }
        let ask = Reply {
            body: vec![summary],
            keyboard: vec![vec![
                KeyButton {
                    label: Msg::new("alerts-admin-btn-confirm"),
                    data: format!("{CONFIRM}{n}"),
                },
                KeyButton {
                    label: Msg::new("alerts-admin-btn-cancel"),
                    data: format!("{CANCEL}{n}"),
                },
            ]],
        };
        // The alert as users of the admin's language get it (its buttons do nothing here), then
        // the counts and the choice.
        let content = self.content.get();
        let shown = Rendered {
            html: alert.render(lang),
            buttons: alert
                .buttons
                .iter()
                .map(|b| {
                    let label = content.texts.render(lang, &Msg::new(b.label.clone()));
                    vec![(label, PREVIEW_BUTTON.to_string())]
                })
                .collect(),
        };
        Ok(vec![Said::Rendered(shown), Said::Reply(ask)])
    }

    async fn alert_status_reply(&self) -> Result<Reply, StoreError> {
        let counts = self.store.alert_counts(10).await?;
        if counts.is_empty() {
            return Ok(Reply::text(Msg::new("alerts-admin-status-none")));
        }
        let body = counts
            .into_iter()
            .map(|c| {
                Msg::new("alerts-admin-status-line")
                    .arg("id", Arg::Number(c.id))
                    .arg("name", Arg::Text(c.name))
                    .arg("topic", Arg::Text(c.topic))
                    .arg("recipients", Arg::Number(c.recipients))
                    .arg("delivered", Arg::Number(c.delivered))
                    .arg("pending", Arg::Number(c.pending))
                    .arg("failed", Arg::Number(c.failed))
                    .arg("unreachable", Arg::Number(c.unreachable))
                    .arg("presses", Arg::Number(c.presses))
                    .arg("pressed_by", Arg::Number(c.pressed_by))
            })
            .collect();
        Ok(Reply {
            body,
            keyboard: Vec::new(),
        })
    }
}

/// What a step says in the group: a message of the texts, or the alert itself.
enum Said {
    Reply(Reply),
    Rendered(Rendered),
}

fn said(msg: Msg) -> Said {
    Said::Reply(Reply::text(msg))
}

/// An alert file with errors: what they are (as `safar check` says).
fn invalid(name: &str, diags: &Diagnostics) -> Reply {
    let mut listing = String::new();
    for d in diags.errors().take(5) {
        listing.push_str(&format!("{d}\n"));
    }
    Reply::text(
        Msg::new("alerts-admin-invalid")
            .arg("name", Arg::Text(name.to_string()))
            .arg("errors", Arg::Text(listing.trim_end().to_string())),
    )
}
