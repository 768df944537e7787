//! Tests of [`super`] (table_units.rs) on invented tables.

use crate::extract::FigureKind::{Chips, Money, Power};
use crate::extract::{FigureKind, Lexicon, extract};

/// (text, kind, value) of each figure.
fn figs(s: &str) -> Vec<(String, FigureKind, f64)> {
    extract(s, &Lexicon::builtin())
        .figures
        .into_iter()
        .map(|f| (f.text, f.kind, f.value))
        .collect()
}

#[test]
fn a_column_header_gives_the_unit_of_its_bare_numbers() {
    let got = figs(
        "| Project | Site | Capacity (MW) | Cost |\n|---|---|---:|---:|\n\
         | Abilene | Texas | 1,200 | $15bn |\n| Fairwater | Wisconsin | 900 | $7.3bn |\n",
    );
    let power: Vec<_> = got.iter().filter(|f| f.1 == Power).collect();
    assert_eq!(power.len(), 2, "{got:?}");
    assert_eq!((power[0].0.as_str(), power[0].2), ("1,200", 1.2e9));
    assert_eq!(power[1].2, 9e8);
    let got = figs(
        "| Pays | Processeurs | Investissement |\n|---|---|---|\n| France | 120 000 | 7,5 Md€ |\n",
    );
    assert!(
        got.iter().any(|f| f.1 == Chips && f.2 == 120_000.0),
        "{got:?}"
    );
    // No unit in the header, no figure; a year is no amount.
    let got = figs("| Site | Opening |\n|---|---|\n| Abilene | 2026 |\n| Lyon | 40 |\n");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_header_row_gives_each_column_its_own_unit_money_included() {
    let got = figs(
        "Cinq projets :\n\n| Site | Capacité (MW) | GPU | Coût (Md€) |\n|---|---|---|---|\n\
         | Hanau | 1 200 | 150 000 | 24,0 |\n| Sines | 1 100 | 130 000 | 21,0 |\n",
    );
    let of = |t: &str| got.iter().find(|f| f.0 == t).map(|f| (f.1, f.2));
    assert_eq!(of("1 200"), Some((Power, 1.2e9)), "{got:?}");
    assert_eq!(of("150 000"), Some((Chips, 150_000.0)), "{got:?}");
    assert_eq!(of("24,0"), Some((FigureKind::Money, 24e9)), "{got:?}");
}

#[test]
fn a_tables_corner_cell_gives_the_unit_of_its_columns() {
    let got = figs(
        "| $m | Q3 FY25 actual | Consensus |\n|---|---|---|\n| Revenue | 905 | 1,390 |\n\
         | Adjusted EBITDA | 512 | 615 |\n",
    );
    let of = |t: &str| got.iter().find(|f| f.0 == t).map(|f| (f.1, f.2));
    assert_eq!(of("905"), Some((FigureKind::Money, 905e6)), "{got:?}");
    assert_eq!(of("615"), Some((FigureKind::Money, 615e6)), "{got:?}");
    // A corner cell that names no unit gives none.
    assert!(figs("| Site | 2025 |\n|---|---|\n| Lyon | 40 |\n").is_empty());
}

#[test]
fn a_table_pasted_with_tabs_is_read_as_a_table() {
    // Its header row gives each column its unit ("Investissement (M USD)" is no caption).
    let got = figs(
        "Tableau 1 – Projets annoncés (2025-2026)\n\nProjet\tOpérateur\tCapacité (MW)\t\
         Investissement (M USD)\nCampus Nord\tMDI\t80\t640\nCentre HPC\tMST\t8\t164\n",
    );
    let power: Vec<_> = got.iter().filter(|f| f.1 == Power).map(|f| f.2).collect();
    assert_eq!(power, vec![80e6, 8e6], "{got:?}");
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!(money, vec![640e6, 164e6], "{got:?}");
    // A caption above it gives the unit of its bare cells.
    let got =
        figs("(en millions d'euros hors taxes)\n\nPoste\tMontant\nTerrains\t240\nCalcul\t790\n");
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!(money, vec![240e6, 790e6], "{got:?}");
}

#[test]
fn a_total_rows_bold_cells_are_amounts_too() {
    let got = figs(
        "**Table 4.1 (millions of euros)**\n\n| | 2027 | Total |\n|---|---:|---:|\n\
         | Facility | 180 | 1,600 |\n| **Total** | **290** | **2,400** |\n",
    );
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!(money, vec![180e6, 1.6e9, 290e6, 2.4e9], "{got:?}");
}

#[test]
fn a_table_aligned_with_spaces_reads_its_header_units_by_column() {
    let got = figs(
        "Text Table 1. Projects\n\n\
         Project          Sponsor        Capacity (MW)   Cost (US$ million)   Status\n\
         Duqm campus      Ras Digital    200             3,400                Building\n\
         Total                           425             5,140\n",
    );
    let power: Vec<_> = got.iter().filter(|f| f.1 == Power).map(|f| f.2).collect();
    assert_eq!(power, vec![200e6, 425e6], "{got:?}");
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!(money, vec![3.4e9, 5.14e9], "{got:?}");
}

#[test]
fn a_caption_or_a_bare_scale_in_the_corner_gives_a_table_its_money_unit() {
    // A caption above a table aligned with spaces, its header indented past the labels.
    let got = figs(
        "Le chiffre d'affaires atteint 21,6 M€.\n\n\
         Tableau 1 – Principaux agrégats (en milliers d'euros)\n\n\
         \x20                                   2024        2025     Var.\n\
         Chiffre d'affaires                15 652      21 600    +38 %\n\
         Résultat net                         620       1 900       ns\n",
    );
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!(
        money,
        [21.6e6, 15_652e3, 21_600e3, 620e3, 1_900e3],
        "{got:?}"
    );
    // "(in millions)" in the corner: millions of the text's currency.
    let got = figs(
        "We spent $6.1 billion on GPUs and $1.8 billion on shells.\n\n\
         | (in millions) | Fiscal 2026 | Fiscal 2025 |\n|---|---:|---:|\n\
         | GPU and server equipment | 6,118 | 2,702 |\n",
    );
    let cells: Vec<_> = got
        .iter()
        .filter(|f| f.0 == "6,118" || f.0 == "2,702")
        .collect();
    assert_eq!(cells.len(), 2, "{got:?}");
    assert_eq!(cells[0].2, 6_118e6);
    // Without a currency in the text, a bare scale gives none.
    let got = figs("| (in millions) | 2026 |\n|---|---:|\n| Revenue | 6,118 |\n");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_web_pages_table_without_a_rule_and_a_caption_in_euros_give_units() {
    // A web page's table, rendered a row a paragraph, its total row spanning three columns.
    let page = "<html><body><article><p>Eight requests total 5,040 MW.</p><table>\
                <tr><th>Queue ID</th><th>Customer</th><th>County</th><th>Requested load (MW)\
                </th><th>Initial block (MW)</th></tr>\
                <tr><td>LL-B-01</td><td>Tallow Creek Data</td><td>Potter</td><td>1,200</td>\
                <td>400</td></tr>\
                <tr><td colspan=\"3\">Total</td><td>5,040</td><td>850</td></tr>\
                </table></article></body></html>";
    let doc = crate::corpus::html::parse(page);
    let got = figs(&doc.text);
    let cells: Vec<_> = got.iter().filter(|f| f.1 == Power).map(|f| f.2).collect();
    assert_eq!(cells, [5.04e9, 1.2e9, 4e8, 5.04e9, 8.5e8], "{got:?}");
    // "(en euros)": amounts written out in full.
    let got = figs(
        "Répartition des crédits (en euros)\n\n\
         Sous-action                          Autorisations     Crédits\n\
         21.01 Calcul intensif                  268 400 000       187 900 000\n",
    );
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!(money, [268_400_000.0, 187_900_000.0], "{got:?}");
}

#[test]
fn a_caption_opening_on_its_unit_and_a_header_of_periods_head_a_web_pages_table() {
    let page = "<html><body><article><p>Le chiffre d'affaires atteint 187,4 M€.</p>\
                <table><caption>En millions d'euros – comptes consolidés</caption>\
                <tr><th></th><th>S1 2026</th><th>S1 2025</th><th>Variation</th></tr>\
                <tr><td>Chiffre d'affaires</td><td>187,4</td><td>142,6</td><td>+31 %</td></tr>\
                </table></article></body></html>";
    let doc = crate::corpus::html::parse(page);
    let got = figs(&doc.text);
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!(money, [187.4e6, 187.4e6, 142.6e6], "{got:?}");
    // A long bold title whose unit closes it gives the unit of the Markdown table under it.
    let got = figs(
        "Les ministères ont dépensé 356 millions d'euros.\n\n\
         **Tableau 1 – Dépenses de services en nuage des principaux ministères en 2025 (en \
         millions d'euros)**\n\n\
         | Ministère | Dépense totale | dont extra-européens |\n|---|---:|---:|\n\
         | Armées | 142 | 61 |\n",
    );
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!(money, [356e6, 142e6, 61e6], "{got:?}");
}

#[test]
fn a_column_in_a_dollar_of_a_country_and_a_long_caption_opening_on_its_unit() {
    let page = "<html><body><article><p>Five contracts total NZ$146.2 million.</p><table>\
                <tr><th>Lot</th><th>Supplier</th><th>Contract value (NZ$, excl. GST)</th>\
                <th>Term</th></tr>\
                <tr><td>1</td><td>Corvel Systems</td><td>78,400,000</td><td>5 years</td></tr>\
                </table></article></body></html>";
    let doc = crate::corpus::html::parse(page);
    let got = extract(&doc.text, &Lexicon::builtin()).figures;
    let cell: Vec<_> = got.iter().filter(|f| f.text == "78,400,000").collect();
    assert_eq!(cell.len(), 1, "{got:?}");
    assert_eq!(
        (cell[0].value, cell[0].unit.as_str()),
        (78_400_000.0, "NZD")
    );
    let page = "<html><body><article><p>Le chiffre d'affaires atteint 187,4 M€.</p>\
                <table><caption>En millions d'euros – comptes consolidés non audités, ayant \
                fait l'objet d'un examen limité par les commissaires aux comptes</caption>\
                <tr><th></th><th>S1 2026</th><th>S1 2025</th><th>Variation</th></tr>\
                <tr><td>Chiffre d'affaires</td><td>187,4</td><td>142,6</td><td>+31 %</td></tr>\
                </table></article></body></html>";
    let doc = crate::corpus::html::parse(page);
    let money: Vec<_> = figs(&doc.text)
        .iter()
        .filter(|f| f.1 == Money)
        .map(|f| f.2)
        .collect();
    assert_eq!(money, [187.4e6, 187.4e6, 142.6e6]);
}

#[test]
fn a_line_opening_on_in_and_no_unit_is_no_caption() {
    let got =
        figs("In 2025 Nvidia earned $130bn.\n\n| Site | Cost |\n|---|---:|\n| Abilene | 1,200 |\n");
    assert!(got.iter().all(|f| f.0 != "1,200"), "{got:?}");
}

#[test]
fn a_header_naming_a_model_in_brackets_heads_a_web_pages_table() {
    let page = "<html><body><article><p>The league of AI labs.</p><table>\
                <tr><th>Rank</th><th>Lab</th><th>Installed compute (H100-equivalents)</th>\
                <th>Power in service (MW)</th><th>Funding raised ($bn)</th></tr>\
                <tr><td>1</td><td>Corvel AI</td><td>620,000</td><td>900</td><td>38.5</td></tr>\
                </table></article></body></html>";
    let doc = crate::corpus::html::parse(page);
    let got = figs(&doc.text);
    let power: Vec<_> = got.iter().filter(|f| f.1 == Power).map(|f| f.2).collect();
    let money: Vec<_> = got.iter().filter(|f| f.1 == Money).map(|f| f.2).collect();
    assert_eq!((power, money), (vec![9e8], vec![38.5e9]), "{got:?}");
}

#[test]
fn a_signed_cell_without_a_scale_takes_the_headers() {
    let got = figs(
        "Commitments totaled $14.6 billion.\n\n| (in millions) | 2027 | Total |\n|---|---:|---:|\n\
         | GPUs | $ 2,140 | $ 7,830 |\n| Power | 300 | 6,790 |\n| **Total** | **$ 2,440** | **$ 14,620** |\n",
    );
    let values: Vec<f64> = got.iter().map(|f| f.2).collect();
    assert_eq!(
        values,
        [14.6e9, 2.14e9, 7.83e9, 3e8, 6.79e9, 2.44e9, 14.62e9],
        "{got:?}"
    );
    // A cell that says its own scale keeps it.
    let got = figs("| (in millions) | 2027 |\n|---|---:|\n| GPUs | $2.1bn |\n");
    assert_eq!(got[0].2, 2.1e9, "{got:?}");
}

#[test]
fn a_header_in_billions_of_dollars_written_dollar_b() {
    let got =
        figs("| Buyer | Value ($B) | Capacity |\n|---|---|---|\n| Parallax | 38 | 1.4 GW |\n");
    assert_eq!(got[0], ("38".to_string(), Money, 38e9), "{got:?}");
}
