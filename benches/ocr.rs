//! OCR of offer screenshots on the held-out set (`tests/screens/`, never tuned on): the
//! checker's verdict on the picture against its verdict on the pasted text, with and without
//! preprocessing and repair, measured in the same run. `cargo bench --bench ocr`.

#[path = "../tests/ocr.rs"]
#[allow(dead_code)]
mod ocr;

use safar::ocr::preprocess::Steps;

fn main() {
    let Some(raw) = ocr::tesseract(Steps::NONE) else {
        return;
    };
    let Some(prepared) = ocr::tesseract(Steps::ALL) else {
        return;
    };
    let checker = ocr::checker();
    let set = ocr::screens_held_out();
    let without = ocr::read_all(&raw, &checker, &set);
    ocr::print_figures("held-out, no preprocessing", &without);
    let with = ocr::read_all(&prepared, &checker, &set);
    ocr::print_figures("held-out, preprocessed", &with);
}
