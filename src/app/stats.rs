//! The operators' `/stats` and `/report` in their group.
