//! Pictures sent to be checked (screenshots of offers): whether one is to be read, the notice
//! while it is read, and the read itself. The adapter downloads the picture and hands over its
//! bytes; they are read on a pipe by the OCR engine ([`super::ocr`]) and dropped.

use std::time::Instant;

use super::ocr::Ocr;
use super::{App, Incoming, OutMessage, render};
use crate::core::engine::{self, Context};
use crate::core::input::{Input, Media};
use crate::core::output::{Msg, Reply};
use crate::lang::Lang;
use crate::ocr::repair::Repairer;
use crate::store::StoreError;

impl App {
    /// Whether pictures can be read at all (an OCR engine is set).
    pub fn reads_pictures(&self) -> bool {
        self.ocr.is_some()
    }

    /// With an OCR engine: photos and image files sent for checking are read.
    pub fn with_ocr(mut self, ocr: Ocr) -> Self {
        self.ocr = Some(ocr);
        self
    }

    /// The OCR engine, if there is one (`None`: pictures get the paste advice).
    pub fn ocr(&self) -> Option<&Ocr> {
        self.ocr.as_ref()
    }

    /// Whether the picture of `incoming` is to be read now (see [`engine::reads_picture`]),
    /// and if so, the user's language (it chooses the engine's languages). `None` when there
    /// is no OCR engine.
    pub async fn picture_wanted(
        &self,
        incoming: &Incoming,
        media: Media,
    ) -> Result<Option<Lang>, StoreError> {
        if self.ocr.is_none() {
            return Ok(None);
        }
        let user_id = incoming.user.user_id;
        let state = self.store.load_state(user_id).await?;
        let guess = Lang::guess(incoming.language_code.as_deref());
        let ctx = Context {
            lang_guess: guess,
            case: self.store.open_case_of(user_id),
            hotline: self.hotline.operators_chat.is_some(),
            blocked: self.store.blocked(user_id).is_some(),
        };
        Ok(engine::reads_picture(&state, ctx, media)
            .then(|| state.lang.or(guess).unwrap_or(Lang::Uz)))
    }

    /// "Reading the picture…", in the user's language: sent at once, before the read.
    pub fn picture_notice(&self, incoming: &Incoming, lang: Lang) -> OutMessage {
        let content = self.content.get();
        let rendered = render(
            &content.texts,
            lang,
            &Reply::text(Msg::new("offer-picture-reading")),
        );
        OutMessage::new(
            incoming.user.chat_id,
            "picture_notice",
            rendered.html,
            Vec::new(),
        )
    }

    /// Reads a picture's text (bytes as downloaded) and repairs it: the input to check.
    /// Failures are logged by kind only (never the text), and become an unreadable picture.
    pub async fn read_picture(&self, bytes: Vec<u8>, lang: Lang) -> Input {
        let Some(ocr) = &self.ocr else {
            return Input::Picture(None);
        };
        let started = Instant::now();
        let size = bytes.len();
        match ocr.read(bytes, Some(lang)).await {
            Ok(text) => {
                let content = self.content.get();
                let repaired = Repairer::from_checker(&content.offer).repair(&text);
                let readable = crate::ocr::readable(&repaired);
                tracing::info!(
                    bytes = size,
                    ms = started.elapsed().as_millis() as u64,
                    chars = repaired.chars().count(),
                    readable,
                    "picture read"
                );
                Input::Picture(readable.then_some(repaired))
            }
            Err(e) => {
                tracing::warn!(
                    bytes = size,
                    ms = started.elapsed().as_millis() as u64,
                    error = %e,
                    "picture not read"
                );
                Input::Picture(None)
            }
        }
    }
}
