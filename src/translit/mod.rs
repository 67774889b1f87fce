//! Transliteration between Latin and Cyrillic Uzbek and Karakalpak (issue 5). Pure.
