//! Safar: a Telegram chatbot that helps people from Uzbekistan migrate for work safely.
//!
//! Modules are layers; each uses only the layers below it (`tests/layers.rs` enforces it):
//!
//! 1. stand-alone: [`lang`], [`diagnostics`], [`html`], [`memory`];
//! 2. pure text tools: [`translit`] (Uzbek and Karakalpak Latin ↔ Cyrillic), then [`offer`]
//!    (the job-offer red-flag checker and its text normalization), then [`ocr`] (preparing a
//!    picture for OCR, repairing the text read);
//! 3. [`core`]: the pure dialogue engine, the validated script model, Safar's own input and
//!    output types, the distress matcher, the hotline's pure side;
//! 4. [`content`]: loads NGO-edited scripts, texts and rules and validates them into the core's
//!    model;
//! 5. [`store`]: state, outbox and cases in SQLite;
//! 6. [`app`]: the service both adapters drive (turns, the hotline, the operators' commands);
//! 7. the adapters at the edge: [`telegram`] and [`terminal`];
//! 8. [`cli`]: the `safar` command line.

pub mod diagnostics;
pub mod html;
pub mod lang;
pub mod memory;

pub mod offer;
pub mod translit;

pub mod ocr;

pub mod core;

pub mod content;

pub mod store;

pub mod app;

pub mod telegram;
pub mod terminal;

pub mod cli;
