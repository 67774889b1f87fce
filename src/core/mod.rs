//! The pure core: Safar's own input and output types, user state, and the dialogue engine.
//! Nothing here knows about Telegram, the terminal or the database.

pub mod callback;
pub mod country;
pub mod distress;
pub mod emergency;
pub mod engine;
pub mod faq;
pub mod hotline;
pub mod input;
pub mod offer_reply;
pub mod operators;
pub mod output;
pub mod publish;
pub mod scam_report;
pub mod script;
pub mod state;
