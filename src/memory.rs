//! The allocator and its knobs. The bot allocates and frees many small buffers per update
//! (JSON, HTML, outbox rows) on tokio's threads and sqlx's; glibc's allocator spent about a
//! fifth of the CPU on them under load, so the binary uses mimalloc (declared in `main.rs`).
//! The knobs keep it small on small servers (measured in the load benchmark's idle and peak
//! RSS): with its defaults, mimalloc kept freed memory and huge pages, and the bot's resident
//! memory doubled.

/// mimalloc's option numbers (`mi_option_e` in its `mimalloc.h`; the crate does not export
/// them). A unit test checks each against its documented default.
const ARENA_EAGER_COMMIT: i32 = 4;
const PURGE_DELAY: i32 = 15;
const ALLOW_THP: i32 = 43;

/// Sets mimalloc's options: memory is committed when used, given back as soon as it is freed,
/// and never in transparent huge pages. Call first thing in `main`.
pub fn configure() {
    // SAFETY: mi_option_set only stores an option's value (before other threads start).
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        libmimalloc_sys::mi_option_set(ALLOW_THP, 0);
    }
}

/// Gives memory freed after loading the content (YAML and Fluent parse trees, validation
/// renders of every text) back to the system, instead of keeping it resident.
pub fn trim() {
    // SAFETY: mi_collect only frees what the allocator holds unused.
    unsafe {
        libmimalloc_sys::mi_collect(true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_numbers_are_mimallocs() {
        // SAFETY: reading options.
        let get = |o| unsafe { libmimalloc_sys::mi_option_get(o) };
        // Defaults (mimalloc 3, options.c): eager commit 2 (on overcommit systems), purge after
        // a second, transparent huge pages allowed (1).
        assert_eq!(get(ARENA_EAGER_COMMIT), 2);
        assert_eq!(get(PURGE_DELAY), 1000);
        assert_eq!(get(ALLOW_THP), 1);
    }
}
