//! Alert jobs in the running bot: the recipients of an alert an admin confirmed,
//! or of a job stopped halfway (a crash, a `safar alert send` interrupted), are written to the
//! outbox chunk by chunk; delivery is woken after each chunk and sends them after the users'
//! replies (see [`super::delivery`]).

use std::sync::Arc;
use std::time::Duration;

use teloxide::types::{CallbackQuery, Message};

use super::delivery::Delivery;
use crate::app::App;
use crate::app::alerts::{AlertAdminEvent, alert_admin_button, alert_admin_command};

/// How often unfinished jobs are looked for without being told (a job of another process).
const LOOK_EVERY: Duration = Duration::from_secs(30);

pub(super) async fn write_jobs(app: App, delivery: Arc<Delivery>) {
    loop {
        app.write_alert_jobs(|| delivery.wake()).await;
        tokio::select! {
            _ = app.alert_job_created() => {}
            _ = tokio::time::sleep(LOOK_EVERY) => {}
        }
    }
}

/// `/alert …` in the operators' group, as an [`AlertAdminEvent`] (the app refuses
/// non-admins in words); `None` for anything else.
pub(super) fn alert_command(msg: &Message, app: &App) -> Option<AlertAdminEvent> {
    let ops = app.operators()?;
    if ops.current() != msg.chat.id.0 || msg.sender_chat.is_some() {
        return None;
    }
    let from = msg
        .from
        .as_ref()
        .filter(|u| !u.is_bot && !u.is_anonymous())?;
    let input = alert_admin_command(msg.text()?)?;
    Some(AlertAdminEvent {
        admin_id: from.id.0 as i64,
        chat_id: msg.chat.id.0,
        input,
    })
}

/// Confirm or Cancel under an alert's preview in the operators' group.
pub(super) fn alert_button(query: &CallbackQuery, app: &App) -> Option<AlertAdminEvent> {
    let ops = app.operators()?;
    let chat = query.message.as_ref().map(|m| m.chat().id.0)?;
    if ops.current() != chat {
        return None;
    }
    let input = alert_admin_button(query.data.as_deref()?)?;
    Some(AlertAdminEvent {
        admin_id: query.from.id.0 as i64,
        chat_id: chat,
        input,
    })
}
