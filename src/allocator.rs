//! The settings of the allocator the `vigie` binary uses (mimalloc) for a huge article.

/// mimalloc's `purge_delay` option: how long (ms) freed pages stay resident before they are
/// given back to the system. Its index in `mi_option_t` of mimalloc v3 (`mimalloc.h`); the sys
/// crate names no constant for it.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed pages stay resident while a huge text is read (ms). mimalloc v3 keeps them
/// for a second by default; a text over a megabyte is read a block at a time, and each block
/// frees its working memory well within that second, so a 46 MB article peaked at 185–195 MB.
/// Ten milliseconds gave the pages back between blocks most of the time (153–186 MB, up to 4.0×
/// the text on a busy machine); at once, they always are (149 MB, 3.2×, about 15 % slower on
/// that article). It is not the default: on ordinary articles the pages freed and taken again
/// cost the one-thread bench 10–15 %.
const HUGE_TEXT_PURGE_DELAY_MS: std::ffi::c_long = 0;

/// From now on, freed pages go back to the system after [`HUGE_TEXT_PURGE_DELAY_MS`]: call it
/// before reading a text that will be read a block at a time, while no other thread allocates.
pub fn before_huge_text() {
    // SAFETY: `mi_option_set` stores an integer in mimalloc's option table and takes no
    // pointer; the command line calls this between chunks of files, while the pool's workers
    // are idle, so no other thread reads the option (at each purge) while it is written.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, HUGE_TEXT_PURGE_DELAY_MS) };
}
