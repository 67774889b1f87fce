//! Reading offers from pictures: the pure side (no process is started here).
//!
//! Screenshots of recruitment ads are read by an OCR engine (Tesseract, started by
//! `app::ocr`); this module chooses the engine's languages, prepares the picture
//! ([`preprocess`]) and repairs the text it read ([`repair`]) before the offer checker sees it.
//! Every step was kept only where it raised the measured figure (tests/ocr.rs, the held-out
//! screenshots of `tests/screens/`).

pub mod preprocess;
pub mod repair;

use crate::lang::Lang;

/// Tesseract's languages for a user: the user's own script first (Tesseract tries its
/// languages in order), then the others: a Russian speaker may well send an Uzbek ad.
pub fn languages(lang: Option<Lang>) -> &'static str {
    match lang {
        Some(Lang::Uz | Lang::Kaa) => "uzb+uzb_cyrl+rus",
        Some(Lang::UzCyrl | Lang::KaaCyrl) => "uzb_cyrl+rus+uzb",
        Some(Lang::Ru) | None => "rus+uzb+uzb_cyrl",
    }
}

/// Whether a text read from a picture has enough letters to be checked as an offer.
pub fn readable(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 20
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_users_script_comes_first() {
        assert!(languages(Some(Lang::UzCyrl)).starts_with("uzb_cyrl"));
        assert!(languages(Some(Lang::Ru)).starts_with("rus"));
        assert!(languages(None).starts_with("rus"));
        assert!(languages(Some(Lang::Kaa)).starts_with("uzb+"));
    }

    #[test]
    fn a_few_letters_are_not_an_offer() {
        assert!(!readable("@ 12 ok"));
        assert!(readable("Koreyaga ishga taklif qilamiz, oylik 2000$"));
    }
}
