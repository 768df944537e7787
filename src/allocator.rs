//! The settings of the allocator the `vigie` binary and the throughput bench use (mimalloc):
//! one place, so that the bench measures what the binary does.

/// mimalloc's `purge_delay` option: how long (ms) freed pages stay resident before they are
/// given back to the system. Its index in `mi_option_t` of mimalloc v3 (`mimalloc.h`); the sys
/// crate names no constant for it.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed pages stay resident (ms). mimalloc v3 keeps them for a second by default; a
/// text over a megabyte is read a block at a time, and each block frees its working memory
/// well within that second, so a 46 MB article peaked at 185–195 MB. Ten milliseconds gives
/// the pages back between blocks (about 157 MB); 0 would purge on every free, for little more.
const PURGE_DELAY_MS: std::ffi::c_long = 10;

/// Applies the settings; call it first thing in `main`, before any other thread starts.
pub fn tune() {
    // SAFETY: `mi_option_set` stores an integer in mimalloc's option table; it takes no
    // pointer, and no other thread exists yet to read the option while it is written.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
}
