//! Admins' content uploads and publishing commands at the Telegram edge: which
//! messages and buttons are about publishing, and downloading a sent file (`getFile`, then the
//! file itself) with a size limit. The app decides everything else (`app::publish`).

use futures::StreamExt as _;
use teloxide::net::Download as _;
use teloxide::prelude::*;
use teloxide::types::FileId;

use crate::app::App;
use crate::app::publish::{AdminEvent, AdminInput, Fetch, FetchError, Upload};
use crate::content::bundle::UploadKind;
use crate::core::callback::Callback;
use crate::core::publish::PublishCommand;

/// A message that is about publishing, as an [`AdminEvent`]; `None` for everything else (it
/// goes on to the user's or the operators' handling).
///
/// - `/versions`, `/rollback N`, `/export`: from an admin in a private chat; in the operators'
///   group from anyone (a non-admin is told they are for admins).
/// - A document from an admin: in a private chat, any (a wrong kind is refused in words); in
///   the operators' group, a `.ftl`, `.yaml` or `.zip` written outside any case (not in a
///   topic, not a reply), so files sent to a user in a case are still relayed.
pub(super) fn admin_event(bot: &Bot, msg: &Message, app: &App) -> Option<AdminEvent> {
    let in_ops = app
        .operators()
        .is_some_and(|o| o.current() == msg.chat.id.0);
    if !msg.chat.is_private() && !in_ops {
        return None;
    }
    if msg.sender_chat.is_some() {
        return None;
    }
    let from = msg
        .from
        .as_ref()
        .filter(|u| !u.is_bot && !u.is_anonymous())?;
    let admin_id = from.id.0 as i64;
    let admin = app.is_admin(admin_id);
    let input = if let Some(text) = msg.text() {
        let command = PublishCommand::parse(text)?;
        if !admin && !in_ops {
            // As `/reload`: for anyone else it is just an unknown command.
            return None;
        }
        AdminInput::Command(command)
    } else if let Some(doc) = msg.document() {
        let file_name = doc.file_name.clone().unwrap_or_default();
        let outside_cases =
            !(msg.is_topic_message && msg.thread_id.is_some()) && msg.reply_to_message().is_none();
        if !admin || (in_ops && (UploadKind::of(&file_name).is_none() || !outside_cases)) {
            return None;
        }
        let size = (doc.file.size != u32::MAX).then_some(u64::from(doc.file.size));
        AdminInput::Upload(Upload {
            file_name,
            caption: msg.caption().map(str::to_string),
            size,
            fetch: fetcher(bot.clone(), doc.file.id.clone()),
        })
    } else {
        return None;
    };
    Some(AdminEvent {
        admin_id,
        admin_name: from.first_name.clone(),
        chat_id: msg.chat.id.0,
        in_operators_chat: in_ops,
        language_code: from.language_code.clone(),
        input,
    })
}

/// A Publish or Cancel button (in a private chat or the operators' group), as an
/// [`AdminEvent`]; the app checks that the one who pressed it may.
pub(super) fn admin_button(query: &CallbackQuery, app: &App) -> Option<AdminEvent> {
    let data = query.data.as_deref()?;
    let callback = Callback::parse(data)?;
    if !matches!(callback, Callback::Publish(_) | Callback::CancelPublish(_)) {
        return None;
    }
    let chat = query.message.as_ref().map(|m| m.chat().id.0)?;
    let in_ops = app.operators().is_some_and(|o| o.current() == chat);
    if chat != query.from.id.0 as i64 && !in_ops {
        return None;
    }
    Some(AdminEvent {
        admin_id: query.from.id.0 as i64,
        admin_name: query.from.first_name.clone(),
        chat_id: chat,
        in_operators_chat: in_ops,
        language_code: query.from.language_code.clone(),
        input: AdminInput::Button(callback),
    })
}

/// Downloads the file `id`: at most `limit` bytes, or [`FetchError::TooLarge`].
fn fetcher(bot: Bot, id: FileId) -> Fetch {
    Box::new(move |limit| Box::pin(download(bot, id, limit)))
}

async fn download(bot: Bot, id: FileId, limit: u64) -> Result<Vec<u8>, FetchError> {
    let file = bot.get_file(id).await.map_err(|e| {
        // A network error's text has the request URL, and so the token: only its kind.
        let kind = match &e {
            teloxide::RequestError::Api(_) => "refused",
            teloxide::RequestError::Network(_) | teloxide::RequestError::Io(_) => "network",
            _ => "other",
        };
        tracing::warn!(kind, "getFile failed");
        FetchError::Failed
    })?;
    if file.meta.size != u32::MAX && u64::from(file.meta.size) > limit {
        return Err(FetchError::TooLarge);
    }
    let mut stream = bot.download_file_stream(&file.path);
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.next().await {
        // The error's text has the download URL, and so the token: only its kind is logged.
        let chunk = chunk.map_err(|e| {
            tracing::warn!(
                timeout = e.is_timeout(),
                status = e.status().map(|s| s.as_u16()),
                "file download failed"
            );
            FetchError::Failed
        })?;
        if (bytes.len() + chunk.len()) as u64 > limit {
            return Err(FetchError::TooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}
