//! Writes the backer → recipient flows as a standalone SVG: backers on the left, recipients on
//! the right, one band per flow as wide as its amount, labels with each side's total.

use super::flows::Flow;
use super::model::Chart;
use super::scale::{number_with, scale};
use super::svg::{FOOT_LINE, WIDTH, escape, footer, open, wrap};
use super::text::footer_notes;
use crate::i18n::Lang;
use std::fmt::Write as _;

const ROW: f64 = 30.0;
const MAX_BAND: f64 = 22.0;

/// Each side's names with their totals, largest first.
fn side(flows: &[Flow], pick: impl Fn(&Flow) -> &str) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = Vec::new();
    for f in flows {
        match out.iter_mut().find(|(n, _)| n == pick(f)) {
            Some((_, v)) => *v += f.value,
            None => out.push((pick(f).to_string(), f.value)),
        }
    }
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// The flows of `chart`'s corpus as an SVG document (`name` shows an identity in `locale`).
pub fn render(
    chart: &Chart,
    flows: &[Flow],
    locale: Lang,
    name: &dyn Fn(&str) -> String,
) -> String {
    let fr = locale == Lang::Fr;
    let backers = side(flows, |f| &f.backer);
    let recipients = side(flows, |f| &f.recipient);
    let max = flows.iter().map(|f| f.value).fold(0.0, f64::max);
    let sc = scale(chart.kind, &chart.unit, max, locale);
    let top = 80.0;
    let rows = backers.len().max(recipients.len()).max(1) as f64;
    let (xl, xr) = (250.0, WIDTH - 250.0);
    let y_of = |list: &[(String, f64)], n: &str| {
        let i = list.iter().position(|(m, _)| m == n).unwrap_or(0);
        top + (i as f64 + 0.5) * ROW
    };
    let mut foot: Vec<String> = footer_notes(chart, locale);
    foot.push(if fr {
        "Un investissement va de l’investisseur au bénéficiaire, une levée de fonds du bailleur à \
         la société qui lève ; un même transfert rapporté des deux côtés compte une fois."
            .into()
    } else {
        "A spend flows from the spender to its recipient, funding from the backer to the company \
         raising it; the same transfer reported from both sides counts once."
            .into()
    });
    let foot: Vec<String> = foot.iter().flat_map(|l| wrap(l, 128)).collect();
    let foot_y = top + rows * ROW + 30.0;
    let height = foot_y + foot.len() as f64 * FOOT_LINE + 12.0;
    let mut s = String::new();
    open(&mut s, height);
    let title = if fr {
        "Qui finance qui"
    } else {
        "Who backs whom"
    };
    let _ = write!(
        s,
        r##"<text x="20" y="30" font-size="18" font-weight="bold" fill="#222">{title}</text><text x="20" y="52" font-size="12" fill="#555">{}</text>"##,
        escape(&sc.label)
    );
    if flows.is_empty() {
        let none = if fr {
            "Aucun montant dont le texte nomme les deux côtés."
        } else {
            "No amount whose text names both sides."
        };
        let _ = write!(
            s,
            r##"<text x="20" y="{:.1}" font-size="13" fill="#444">{none}</text>"##,
            top + 20.0
        );
    }
    for f in flows {
        let (ya, yb) = (y_of(&backers, &f.backer), y_of(&recipients, &f.recipient));
        let w = (f.value / max.max(f64::MIN_POSITIVE) * MAX_BAND).max(1.5);
        let mid = (xl + xr) / 2.0;
        let _ = write!(
            s,
            r##"<path d="M{xl:.1},{ya:.1} C{mid:.1},{ya:.1} {mid:.1},{yb:.1} {xr:.1},{yb:.1}" stroke="#56B4E9" stroke-opacity="0.55" stroke-width="{w:.1}" fill="none"><title>{} → {} · {}</title></path>"##,
            escape(&name(&f.backer)),
            escape(&name(&f.recipient)),
            escape(&number_with(f.value / sc.div, 2, locale))
        );
    }
    for (list, x, anchor) in [
        (&backers, xl - 8.0, "end"),
        (&recipients, xr + 8.0, "start"),
    ] {
        for (n, v) in list.iter() {
            let y = y_of(list, n);
            let _ = write!(
                s,
                r##"<text x="{x:.1}" y="{:.1}" font-size="12" fill="#222" text-anchor="{anchor}">{} ({})</text>"##,
                y + 4.0,
                escape(&name(n)),
                escape(&number_with(v / sc.div, 2, locale))
            );
        }
    }
    footer(&mut s, &foot, foot_y);
    s
}
