//! The held-out sets, measured and printed: offers the checker's rules were never tuned on
//! (`tests/offer_corpus/held_out*.yaml`) and messages of distress written after the phrases
//! (`tests/distress_corpus/set2.yaml`). They carry no floor — a floor would invite tuning to
//! them — so they are a benchmark to read, not a test: `cargo bench --bench held_out`.

#[path = "../tests/distress_corpus.rs"]
#[allow(dead_code)]
mod distress_corpus;
#[path = "../tests/offer_corpus.rs"]
#[allow(dead_code)]
mod offer_corpus;

fn main() {
    offer_corpus::print_held_out();
    distress_corpus::print_set2();
}
