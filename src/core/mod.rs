//! The pure core: Safar's own input and output types, user state, and the dialogue engine.
//! Nothing here knows about Telegram, the terminal or the database.

pub mod country;
pub mod emergency;
pub mod engine;
pub mod faq;
pub mod hotline;
pub mod html;
pub mod input;
pub mod lang;
pub mod output;
pub mod state;
