//! The application service that both adapters drive: load the user's state, run the engine,
//! handle its effects, save the state, render replies in the user's language.
//!
//! Internal failures (database, …) are logged with ids and kinds only; the user gets a clear,
//! localized apology instead of an error dump.

use std::collections::HashSet;

use crate::content::ContentHandle;
use crate::content::texts::Texts;
use crate::core::engine::{self, Context};
use crate::core::input::{Command, Input};
use crate::core::lang::Lang;
use crate::core::output::{Arg, Effect, KeyButton, Msg, Reply};
use crate::store::{Store, StoreError, UserKey};

/// One event from a user, as an adapter hands it over.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub user: UserKey,
    /// The client's language setting (`ru`, `uz`, `en-US`…), used only as a guess.
    pub language_code: Option<String>,
    pub input: Input,
}

/// A reply rendered to text: Telegram HTML and an inline keyboard of (label, callback data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub buttons: Vec<Vec<(String, String)>>,
}

#[derive(Clone)]
pub struct App {
    content: ContentHandle,
    store: Store,
    admins: HashSet<i64>,
}

impl App {
    pub fn new(
        content: ContentHandle,
        store: Store,
        admins: impl IntoIterator<Item = i64>,
    ) -> Self {
        App {
            content,
            store,
            admins: admins.into_iter().collect(),
        }
    }

    pub fn content(&self) -> &ContentHandle {
        &self.content
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Handles one event. Never fails: an internal error becomes a localized apology.
    pub async fn handle(&self, incoming: Incoming) -> Vec<Rendered> {
        let guess = Lang::guess(incoming.language_code.as_deref());
        match self.try_handle(&incoming, guess).await {
            Ok(replies) => replies,
            Err(e) => {
                tracing::error!(user_id = incoming.user.user_id, input = incoming.input.kind(), error = %e, "handling failed");
                let content = self.content.get();
                let lang = guess.unwrap_or(Lang::Uz);
                vec![render(
                    &content.texts,
                    lang,
                    &Reply::text(Msg::new("common-internal-error")),
                )]
            }
        }
    }

    async fn try_handle(
        &self,
        incoming: &Incoming,
        guess: Option<Lang>,
    ) -> Result<Vec<Rendered>, StoreError> {
        let user_id = incoming.user.user_id;
        let state = self.store.load_state(user_id).await?;
        if incoming.input == Input::Command(Command::Reload) && self.admins.contains(&user_id) {
            let lang = state.lang.or(guess).unwrap_or(Lang::Uz);
            return Ok(vec![self.reload(lang)]);
        }
        let content = self.content.get();
        let ctx = Context { lang_guess: guess };
        let mut outcome = engine::handle(&content.scripts, &state, &incoming.input, ctx);
        for effect in &outcome.effects {
            outcome.replies.push(interim_reply(*effect));
        }
        if outcome.state != state || state == Default::default() {
            self.store.save_state(incoming.user, &outcome.state).await?;
        }
        tracing::debug!(
            user_id,
            input = incoming.input.kind(),
            replies = outcome.replies.len(),
            "handled"
        );
        let lang = outcome.state.lang.or(guess).unwrap_or(Lang::Uz);
        Ok(outcome
            .replies
            .iter()
            .map(|r| render(&content.texts, lang, r))
            .collect())
    }

    /// `/reload` from an admin: swap in the new files, or keep the old ones and say why.
    fn reload(&self, lang: Lang) -> Rendered {
        let result = self.content.reload();
        let content = self.content.get();
        let msg = match result {
            Ok(warnings) => Msg::new("admin-reload-ok")
                .arg("nodes", Arg::Number(content.scripts.node_count() as i64))
                .arg("keys", Arg::Number(content.texts.key_count() as i64))
                .arg("warnings", Arg::Number(warnings.0.len() as i64)),
            Err(diags) => {
                let mut listing = String::new();
                for d in diags.errors() {
                    let line = format!("{d}\n");
                    if listing.len() + line.len() > 3000 {
                        listing.push('…');
                        break;
                    }
                    listing.push_str(&line);
                }
                Msg::new("admin-reload-failed")
                    .arg("count", Arg::Number(diags.errors().count() as i64))
                    .arg("errors", Arg::Text(listing.trim_end().to_string()))
            }
        };
        render(&content.texts, lang, &Reply::text(msg))
    }
}

/// Until the offer checker and the hotline land, their entry points say so plainly and point
/// to what exists.
fn interim_reply(effect: Effect) -> Reply {
    let key = match effect {
        Effect::CheckOffer => "offer-unavailable",
        Effect::Escalate => "operator-unavailable",
    };
    Reply {
        body: vec![Msg::new(key)],
        keyboard: vec![vec![KeyButton {
            label: Msg::new("menu-btn-main"),
            data: "a:menu".into(),
        }]],
    }
}

/// Renders a reply in `lang`: paragraphs separated by a blank line.
pub fn render(texts: &Texts, lang: Lang, reply: &Reply) -> Rendered {
    let html = reply
        .body
        .iter()
        .map(|m| texts.render(lang, m))
        .collect::<Vec<_>>()
        .join("\n\n");
    let buttons = reply
        .keyboard
        .iter()
        .map(|row| {
            row.iter()
                .map(|b| (texts.render(lang, &b.label), b.data.clone()))
                .collect()
        })
        .collect();
    Rendered { html, buttons }
}
