//! Helpers shared by the integration-test binaries.

pub mod fake_api;
pub mod harness;
