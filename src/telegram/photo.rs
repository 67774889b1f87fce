//! Screenshots of offers in Telegram: a photo (or an image file) the engine wants read is
//! downloaded into memory, read by the OCR pool, and handed to the app as an
//! [`Input::Picture`]. While it is read the user sees "reading the picture…" and the typing
//! indicator; other chats are not held up (the read runs in the OCR pool, and this chat's
//! handler only waits for it).
//!
//! The picture is never written to disk: it is downloaded into memory, handed to the OCR
//! program on a pipe, and dropped when the read is over.

use std::time::Duration;

use futures::StreamExt as _;
use teloxide::net::Download as _;
use teloxide::prelude::*;
use teloxide::types::{ChatAction, FileId, Message};

use super::delivery::Delivery;
use crate::app::ocr::MAX_BYTES;
use crate::app::{App, Incoming};
use crate::core::input::{Input, Media};

/// The longest side of the photo size chosen: Telegram sends several; the largest one up to
/// this is plenty for text, and reads faster than the full size.
pub const MAX_SIDE: u32 = 1600;

/// How long a download may take.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(30);

/// The typing indicator lasts about five seconds: it is sent again this often.
const TYPING_EVERY: Duration = Duration::from_secs(4);

/// The file to read in a message: the photo size to use, or an image document; with its size
/// as Telegram reports it.
fn picture_file(msg: &Message) -> Option<(Media, FileId, u32)> {
    if let Some(sizes) = msg.photo() {
        let fitting = sizes
            .iter()
            .filter(|s| s.width.max(s.height) <= MAX_SIDE)
            .max_by_key(|s| s.width * s.height);
        // Only larger sizes: the smallest of them.
        let chosen = fitting.or_else(|| sizes.iter().min_by_key(|s| s.width * s.height))?;
        return Some((Media::Photo, chosen.file.id.clone(), chosen.file.size));
    }
    let doc = msg.document()?;
    let image = doc
        .mime_type
        .as_ref()
        .is_some_and(|m| m.type_() == "image" && matches!(m.subtype().as_str(), "jpeg" | "png"));
    image.then(|| (Media::Document, doc.file.id.clone(), doc.file.size))
}

/// Whether `incoming` is a picture without a caption, which may be read (see
/// [`read_if_wanted`]).
pub fn may_read(incoming: &Incoming) -> bool {
    matches!(
        incoming.input,
        Input::Unsupported(Media::Photo | Media::Document)
    )
}

/// If `incoming` is a picture without a caption that is to be read (see
/// `engine::reads_picture`), reads it and returns the incoming with the text read (or an
/// unreadable picture); anything else is returned as it came.
pub async fn read_if_wanted(
    bot: &Bot,
    app: &App,
    delivery: &Delivery,
    msg: &Message,
    mut incoming: Incoming,
) -> Incoming {
    if !matches!(
        incoming.input,
        Input::Unsupported(Media::Photo | Media::Document)
    ) {
        return incoming;
    }
    let Some((media, file_id, size)) = picture_file(msg) else {
        return incoming;
    };
    let lang = match app.picture_wanted(&incoming, media).await {
        Ok(Some(lang)) => lang,
        Ok(None) => return incoming,
        Err(e) => {
            // The turn itself will meet the same database and apologise.
            tracing::warn!(chat_id = incoming.user.chat_id, error = %e, "cannot decide whether to read a picture");
            return incoming;
        }
    };
    let chat = ChatId(incoming.user.chat_id);
    delivery
        .send_direct(&app.picture_notice(&incoming, lang))
        .await;
    let typing = tokio::spawn({
        let bot = bot.clone();
        async move {
            loop {
                let _ = bot.send_chat_action(chat, ChatAction::Typing).await;
                tokio::time::sleep(TYPING_EVERY).await;
            }
        }
    });
    let input = if size as usize > MAX_BYTES {
        tracing::info!(chat_id = chat.0, bytes = size, "picture too large to read");
        Input::Picture(None)
    } else {
        match download(bot, file_id).await {
            Ok(bytes) => app.read_picture(bytes, lang).await,
            Err(why) => {
                tracing::warn!(chat_id = chat.0, why, "picture not downloaded");
                Input::Picture(None)
            }
        }
    };
    typing.abort();
    incoming.input = input;
    incoming
}

/// The file's bytes, in memory, at most [`MAX_BYTES`].
async fn download(bot: &Bot, file_id: FileId) -> Result<Vec<u8>, &'static str> {
    let work = async {
        let file = bot.get_file(file_id).await.map_err(|_| "getFile failed")?;
        if file.meta.size as usize > MAX_BYTES {
            return Err("too large");
        }
        let mut stream = bot.download_file_stream(&file.path);
        let mut bytes = Vec::with_capacity(file.meta.size as usize);
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|_| "download failed")?;
            if bytes.len() + chunk.len() > MAX_BYTES {
                return Err("too large");
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    };
    tokio::time::timeout(DOWNLOAD_TIMEOUT, work)
        .await
        .unwrap_or(Err("download timed out"))
}
