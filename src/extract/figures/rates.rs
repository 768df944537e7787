//! Exchange rates: "$1 = NIS 3.62", "(US$1 = KSh129.3)", "1 € = 1,08 $": a rate between two
//! currencies, not two amounts of money.

use crate::extract::{FigureHit, FigureKind};

/// Drops from `out` the two sides of every exchange rate: a money amount of one (no scale)
/// followed by "=", and the amount right after that "=".
pub fn drop_exchange_rates(s: &str, out: &mut Vec<FigureHit>) {
    if memchr::memchr(b'=', s.as_bytes()).is_none() {
        return;
    }
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        let f = &out[i];
        if f.kind != FigureKind::Money || f.value != 1.0 {
            continue;
        }
        let after = s[f.span.end..].trim_start_matches(' ');
        let Some(rest) = after.strip_prefix('=') else {
            continue;
        };
        drop[i] = true;
        let other = f.span.end + (s[f.span.end..].len() - rest.len());
        if let Some(j) = out.get(i + 1).map(|_| i + 1)
            && out[j].kind == FigureKind::Money
            && s[other..out[j].span.start].trim().len() <= 4
        {
            drop[j] = true;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}
