//! Two knobs of glibc's allocator that keep the bot small on small servers (measured in the
//! load benchmark's idle and peak RSS). Both do nothing on other platforms.

/// glibc gives each thread that allocates its own heap arena (up to 8 per core); memory freed
/// in one arena is not reused by another, which costs megabytes of resident memory on a bot
/// whose allocations hop between tokio workers and sqlx's threads. Two arenas are plenty.
/// Call before any thread starts.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const M_ARENA_MAX: i32 = -8;
        // SAFETY: mallopt only sets an allocator parameter.
        unsafe {
            mallopt(M_ARENA_MAX, 2);
        }
    }
}

/// Gives memory freed after loading the content (YAML and Fluent parse trees, validation
/// renders of every text) back to the system, instead of keeping it resident.
pub fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages to the system.
    unsafe {
        malloc_trim(0);
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
unsafe extern "C" {
    fn mallopt(param: i32, value: i32) -> i32;
    fn malloc_trim(pad: usize) -> i32;
}
