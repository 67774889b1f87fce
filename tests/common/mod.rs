//! Helpers shared by the integration-test binaries.

pub mod bin;
pub mod fake_api;
pub mod harness;
