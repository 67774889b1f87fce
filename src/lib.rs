//! Safar: a Telegram chatbot that helps people from Uzbekistan migrate for work safely.
//!
//! - [`core`]: the pure dialogue engine and Safar's own input/output types.
//! - [`content`]: NGO-edited scripts and texts, validated like configuration.
//! - [`store`]: user state in SQLite.
//! - [`app`]: the service both adapters drive.
//! - [`telegram`] and [`terminal`]: the adapters at the edge.
//! - [`offer`]: the job-offer red-flag checker (pure).
//! - [`translit`]: Uzbek and Karakalpak Latin ↔ Cyrillic (pure).
//! - [`cli`]: the `safar` command line.

pub mod app;
pub mod cli;
pub mod content;
pub mod core;
pub mod hotline;
pub mod memory;
pub mod offer;
pub mod store;
pub mod telegram;
pub mod terminal;
pub mod translit;
