//! On-CPU time of the calling thread, for benchmarks on a shared machine.

use std::time::Duration;

/// Time the calling thread has spent on a CPU (Linux: `/proc/thread-self/schedstat`, in ns), so
/// a shared, loaded machine does not make the single-thread figure look slower than it is.
pub fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}
