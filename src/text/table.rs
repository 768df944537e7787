//! Markdown tables as the engine reads them, and tables pasted as tab-separated lines: which
//! lines are rows and rules ("|---|"), the cells of a row, and the header above a row.

use std::ops::Range;

/// A table row: the line opens with '|' (blanks aside), or parts its cells with tabs.
pub fn is_row(line: &str) -> bool {
    line.trim_start().starts_with('|') || is_tab_row(line)
}

/// Whether the text may hold a table row: it has a '|' or a tab somewhere (a row needs one;
/// most texts have none).
pub fn any_rows(s: &str) -> bool {
    memchr::memchr2(b'|', b'\t', s.as_bytes()).is_some()
}

/// A row of a table pasted as tab-separated text ("Projet\tOpérateur\tCapacité (MW)"): a tab
/// after its first cell (a row read up to one of its cells ends on the tab before it), that
/// cell no list's marker ("•\tText", "1.\tText" are a list pasted from a word processor).
pub fn is_tab_row(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\t']);
    let Some(tab) = memchr::memchr(b'\t', t.as_bytes()) else {
        return false;
    };
    let first = &t[..tab];
    let n = first.chars().count();
    let marker = (n <= 3 && first.ends_with(['.', ')']))
        || (n == 1 && !first.starts_with(char::is_alphanumeric));
    !t.starts_with('|') && !marker
}

/// The cells of a tab-separated row: byte ranges into `s` between its tabs, one per tab (an
/// empty corner cell keeps the columns in place).
pub fn tab_cells(s: &str, line: std::ops::Range<usize>) -> Vec<Range<usize>> {
    let mut cells = Vec::new();
    let mut at = line.start;
    for part in s[line].split('\t') {
        cells.push(at..at + part.len());
        at += part.len() + 1;
    }
    cells
}

/// The rule under a table's header: bars, dashes, colons and blanks only ("|---|:--:|").
pub fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// The cells of the table line `line` ("| a | b |"): byte ranges into `s` between its bars
/// (or its tabs).
pub fn cells(s: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let t = &s[line.clone()];
    if is_tab_row(t) {
        return tab_cells(s, line);
    }
    let bars: Vec<usize> = t.match_indices('|').map(|(i, _)| line.start + i).collect();
    bars.windows(2).map(|w| w[0] + 1..w[1]).collect()
}

/// The header line of the table holding the row that starts at `row_start`: the line above the
/// rule met going up through rows (at most 64).
pub fn header_above(s: &str, row_start: usize) -> Option<Range<usize>> {
    let row_end = s[row_start..].find('\n').map_or(s.len(), |k| row_start + k);
    if is_tab_row(&s[row_start..row_end]) {
        return tab_header_above(s, row_start);
    }
    // A web page's table, rendered a row a paragraph, has no rule: its header is the top row
    // of the run (blank lines between rows), when it holds no digit and three cells or more
    // (an infobox's rows of two are labels and values, no header).
    let mut top: Option<Range<usize>> = None;
    let unruled = |top: Option<Range<usize>>| top.filter(|t| unruled_header(s, t.clone()));
    let mut end = row_start.checked_sub(1)?;
    // (Blank lines between a web page's rows do not count against the 64 rows.)
    let mut rows = 0;
    while rows < 64 {
        let start = s[..end].rfind('\n').map_or(0, |k| k + 1);
        let line = &s[start..end];
        if line.trim().is_empty() && start > 0 {
            end = start - 1;
            continue;
        }
        rows += 1;
        if !is_row(line) {
            return unruled(top);
        }
        if is_rule(line) {
            let above_end = start.checked_sub(1)?;
            let above = s[..above_end].rfind('\n').map_or(0, |k| k + 1);
            return is_row(&s[above..above_end]).then_some(above..above_end);
        }
        top = Some(start..end);
        let Some(e) = start.checked_sub(1) else {
            return unruled(top);
        };
        end = e;
    }
    None
}

/// Whether the row `row` may head a table that has no rule under its header (a web page's
/// table, rendered a row a paragraph): no digit but in periods ("S1 2026", "FY25", "2026e") or
/// in brackets, three cells or more (an infobox's rows of two are labels and values).
pub fn unruled_header(s: &str, row: Range<usize>) -> bool {
    // (A unit in brackets may name a model: "Installed compute (H100-equivalents)": the
    // words read are those outside brackets, copied only when a bracket opens.)
    let text = &s[row.clone()];
    let mut depth = 0usize;
    let outside: std::borrow::Cow<str> = if !text.contains('(') {
        text.into()
    } else {
        text.chars()
            .filter(|&c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    _ => return depth == 0,
                }
                false
            })
            .collect()
    };
    let words = outside.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/'));
    words
        .filter(|w| w.bytes().any(|c| c.is_ascii_digit()))
        .all(period)
        && cells(s, row).len() >= 3
}

/// A period heading a column: a year ("2026", "2026e", "2026-27"), a half, quarter or
/// fiscal year ("S1", "H2", "Q3", "T4", "FY25", "FY2026").
fn period(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let year = |y: &str| {
        y.len() == 4
            && y.bytes().all(|c| c.is_ascii_digit())
            && (y.starts_with("19") || y.starts_with("20"))
    };
    let y = w.trim_end_matches(['e', 'E', 'p', 'P']);
    if year(y)
        || y.split_once('-')
            .is_some_and(|(a, b)| year(a) && b.len() == 2)
    {
        return true;
    }
    match w.as_bytes() {
        [b'S' | b'H' | b'Q' | b'T', d] => (b'1'..=b'4').contains(d),
        [b'F', b'Y', rest @ ..] => {
            matches!(rest.len(), 2 | 4) && rest.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// The header of a tab-separated table: its first line, going up through rows (at most 64)
/// from the row that starts at `row_start` (itself none).
fn tab_header_above(s: &str, row_start: usize) -> Option<Range<usize>> {
    let mut top = None;
    let mut end = row_start.checked_sub(1)?;
    for _ in 0..64 {
        let start = s[..end].rfind('\n').map_or(0, |k| k + 1);
        if !is_tab_row(&s[start..end]) {
            break;
        }
        top = Some(start..end);
        let Some(e) = start.checked_sub(1) else {
            break;
        };
        end = e;
    }
    top
}

/// Words opening the label of a row that details the row above ("dont cloud privé", "of
/// which data centres").
const DETAIL_OPENERS: &[&str] = &["dont ", "of which ", "incl. ", "including ", "o/w ", "- "];

/// The line holding `at`, as a byte range.
pub fn line_at(s: &str, at: usize) -> Range<usize> {
    let start = s[..at].rfind('\n').map_or(0, |k| k + 1);
    let end = s[at..].find('\n').map_or(s.len(), |k| at + k);
    start..end
}

/// Where the line holding byte `at` starts, when that is at most `reach` bytes before it.
pub fn line_start_within(s: &str, at: usize, reach: usize) -> Option<usize> {
    let from = at.saturating_sub(reach);
    match memchr::memrchr(b'\n', &s.as_bytes()[from..at]) {
        Some(k) => Some(from + k + 1),
        None => (from == 0).then_some(0),
    }
}

/// The line holding `span` (a byte range), when it is no longer than `longest` bytes: its
/// ends are looked for only that far, so that a one-line text is not read whole per name.
pub fn short_line_at(s: &str, span: &Range<usize>, longest: usize) -> Option<Range<usize>> {
    let b = s.as_bytes();
    let start = line_start_within(s, span.start, longest)?;
    let to = (span.end + longest).min(s.len());
    let end = match memchr::memchr(b'\n', &b[span.end..to]) {
        Some(k) => span.end + k,
        None if to == s.len() => to,
        None => return None,
    };
    (end - start <= longest).then_some(start..end)
}

/// Whether a row's first cell details the row above ("dont cloud privé", "of which …").
fn details(label: &str) -> bool {
    let low = label.get(..9).unwrap_or(label).to_ascii_lowercase();
    DETAIL_OPENERS.iter().any(|o| low.starts_with(o))
}

/// The table row holding `at` (a line range), and the row it details when its label opens
/// with "dont" / "of which" (at most 16 rows up): (row, detailed row). `None` when `at` is not
/// in a table row.
pub fn row_and_detailed(s: &str, at: usize) -> Option<(Range<usize>, Range<usize>)> {
    // Most amounts are in no table: the line's start tells.
    let start = s[..at].rfind('\n').map_or(0, |k| k + 1);
    if !is_row(&s[start..at]) {
        return None;
    }
    let row = line_at(s, at);
    let mut line = row.clone();
    for _ in 0..16 {
        if !is_row(&s[line.clone()]) || is_rule(&s[line.clone()]) {
            return None;
        }
        let first = cells(s, line.clone()).into_iter().next()?;
        if !details(s[first].trim()) {
            return Some((row, line));
        }
        line = line_at(s, line.start.checked_sub(1)?);
    }
    None
}

/// The column (0-based) of the cell of the row `line` that holds `at`.
pub fn column_of(s: &str, line: Range<usize>, at: usize) -> Option<usize> {
    cells(s, line)
        .iter()
        .position(|c| c.start <= at && at < c.end)
}

/// The header of the column holding `at` in its table ("Q4 revenue" above "| ₩32.8 trillion
/// |"), trimmed; `None` when `at` is in no table row or its table has no header.
pub fn column_header(s: &str, at: usize) -> Option<&str> {
    let start = s[..at].rfind('\n').map_or(0, |k| k + 1);
    if !is_row(&s[start..at]) {
        return None;
    }
    let end = s[at..].find('\n').map_or(s.len(), |k| at + k);
    let col = column_of(s, start..end, at)?;
    let header = cells(s, header_above(s, start)?).get(col).cloned()?;
    Some(s[header].trim())
}

/// The header row of the table whose row holds `at`, and that row; `None` when `at` is in no
/// table row or its table has no header.
pub fn header_and_row(s: &str, at: usize) -> Option<(&str, &str)> {
    let row = line_at(s, at);
    if !is_row(&s[row.start..at]) {
        return None;
    }
    Some((&s[header_above(s, row.start)?], &s[row]))
}

/// The first cell of the table row holding `at`, or of the row it details: a label opening
/// with "dont" / "of which" is read as the label above it. `None` when `at` is not in a table
/// row.
pub fn row_label(s: &str, at: usize) -> Option<&str> {
    let (_, line) = row_and_detailed(s, at)?;
    let first = cells(s, line).into_iter().next()?;
    Some(s[first].trim())
}

/// Header words (lower case, matched at a word's start) of a column of owners.
const OWNER_HEADERS: &[&str] = &[
    // ("| Start-up | Montant | Investisseur principal |": the start-up, leftmost, owns.)
    "start",
    "porteur",
    "bidder",
    "company",
    "companies",
    "entreprise",
    "société",
    "opérateur",
    "operator",
    "investor",
    "investisseur",
    "developer",
    "développeur",
    "owner",
    "propriétaire",
    "lauréat",
    "winner",
    "recipient",
    "bénéficiaire",
    "consortium",
    "backer",
    "sponsor",
    "firm",
    "groupe",
    "acteur",
    "customer",
    "client",
    "applicant",
    "demandeur",
    "titulaire",
    "attributaire",
];

/// Whether a header (a cell or a whole row) names investors: "Investisseur(s)", "Lead
/// investors", "Backers".
pub fn names_investors(header: &str) -> bool {
    header
        .to_lowercase()
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| BACKER_HEADERS.iter().any(|h| w.starts_with(h)))
}

/// Header words of a column of deals' targets, and of their investors.
const TARGET_HEADERS: &[&str] = &[
    "cible",
    "cibles",
    "société cible",
    "entreprise cible",
    "target",
    "targets",
    "target company",
];
const BACKER_HEADERS: &[&str] = &["investor", "investisseur", "backer"];

/// The byte range of the owner column's cell in the row `row` (the line holding the figure),
/// when the table's header names one; `row` starts at the line's first byte.
pub fn owner_cell(s: &str, row: Range<usize>) -> Option<Range<usize>> {
    let header = header_above(s, row.start)?;
    let heads = cells(s, header);
    let owns = |c: &Range<usize>| {
        let low = s[c.clone()].to_lowercase();
        low.split(|ch: char| !ch.is_alphanumeric())
            .any(|w| OWNER_HEADERS.iter().any(|h| w.starts_with(h)))
    };
    // ("| Date | Cible | … | Investisseur(s) | Montant | Valorisation |": beside its investors,
    // a deal's target owns the row's round and valuation; beside its buyer, it owns nothing.)
    let backers = heads.iter().any(|c| names_investors(&s[c.clone()]));
    // (Only a column of targets: "Cible", "Target company", not "Capacité cible (MW)".)
    let targets = |c: &Range<usize>| {
        let low = s[c.clone()].trim().to_lowercase();
        TARGET_HEADERS.iter().any(|t| low == *t)
    };
    let column = heads
        .iter()
        .position(|c| backers && targets(c))
        .or_else(|| heads.iter().position(owns))?;
    cells(s, row).into_iter().nth(column)
}

/// Whether `span` lies in the owner column's cell of its table row ("| Italy | Fastweb |"
/// under "| Country | Lead bidders |").
pub fn in_owner_cell(s: &str, span: Range<usize>) -> bool {
    let start = s[..span.start].rfind('\n').map_or(0, |k| k + 1);
    if !is_row(&s[start..span.start]) {
        return false;
    }
    let end = s[span.start..]
        .find('\n')
        .map_or(s.len(), |k| span.start + k);
    owner_cell(s, start..end).is_some_and(|c| c.start <= span.start && span.end <= c.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_line_is_found_within_its_length_and_a_long_one_is_not() {
        let s = "Économie | Tech\nVeltra spent $2 billion on a campus near Lyon.\n";
        let at = s.find("Tech").unwrap();
        assert_eq!(short_line_at(s, &(at..at + 4), 40), Some(0..at + 4));
        let v = s.find("Veltra").unwrap();
        assert_eq!(
            short_line_at(s, &(v..v + 6), 80).map(|r| &s[r]),
            Some(s[v..].trim_end())
        );
        assert_eq!(short_line_at(s, &(v..v + 6), 20), None);
    }

    #[test]
    fn the_owner_column_is_found_under_its_header() {
        let s = "| Pays | Site | Porteurs | Investissement |\n|---|---|---|---|\n| France | \
                 Fouju (Seine-et-Marne) | Mistral AI, MGX | 7,5 Md€ |\n";
        let row = s.find("| France").unwrap();
        let end = row + s[row..].find('\n').unwrap();
        let cell = owner_cell(s, row..end).unwrap();
        assert_eq!(s[cell].trim(), "Mistral AI, MGX");
        // The start-up, leftmost, owns a funding table's row, not its lead investor.
        let s = "| Start-up | Montant | Investisseur principal |\n|---|---|---|\n| Pleias | 48 M€ \
                 | Elaia |\n";
        let row = s.find("| Pleias").unwrap();
        let cell = owner_cell(s, row..s.len() - 1).unwrap();
        assert_eq!(s[cell].trim(), "Pleias");
        // Beside its investors a deal's target owns the row; beside its buyer, not.
        let s = "| Date | Cible | Investisseur(s) / acquéreur | Montant (M€) |\n|---|---|---|---|\n\
                 | 02/07 | Nuvéo (Paris) | Partech, Bpifrance | 64 |\n";
        let row = s.find("| 02/07").unwrap();
        let cell = owner_cell(s, row..s.len() - 1).unwrap();
        assert_eq!(s[cell].trim(), "Nuvéo (Paris)");
        // A column of target capacities is no column of targets.
        let s = "| Opérateur | Investisseurs | Capacité cible (MW) |\n|---|---|---|\n| Fluidstack | \
                 Bpifrance | 1 000 |\n";
        let row = s.find("| Fluidstack").unwrap();
        let cell = owner_cell(s, row..s.len() - 1).unwrap();
        assert_eq!(s[cell].trim(), "Fluidstack");
        let s = "| Buyer | Target | Value |\n|---|---|---|\n| Equinix | atNorth | €4.1bn |\n";
        let row = s.find("| Equinix").unwrap();
        assert_eq!(owner_cell(s, row..s.len() - 1), None);
        let plain = "| Pays | Site |\n|---|---|\n| France | Fouju |\n";
        let row = plain.find("| France").unwrap();
        assert_eq!(owner_cell(plain, row..plain.len() - 1), None);
    }

    #[test]
    fn a_table_pasted_with_tabs_has_rows_cells_and_a_header() {
        let s = "Tableau 1\nProjet\tOpérateur\tCapacité (MW)\nCampus Nord\tMDI\t80\n\
                 Centre HPC\tMST\t8\n";
        let row = s.find("Centre").unwrap();
        let end = s.len() - 1;
        assert!(is_row(&s[row..end]));
        assert!(!is_row("Tableau 1"));
        let header = header_above(s, row).unwrap();
        assert_eq!(&s[header], "Projet\tOpérateur\tCapacité (MW)");
        assert_eq!(s[owner_cell(s, row..end).unwrap()].trim(), "MST");
        // The header itself has no header above it.
        assert_eq!(header_above(s, s.find("Projet").unwrap()), None);
        // An empty corner cell keeps the columns in place.
        let s = "\t2024\t2025\nPME\t1,1\t1,4\n";
        let row = s.find("PME").unwrap();
        assert_eq!(column_header(s, s.find("1,4").unwrap()), Some("2025"));
        assert_eq!(cells(s, row..s.len() - 1).len(), 3);
        // A list pasted from a word processor is no table.
        assert!(!is_row("•\tFirst point"));
        assert!(!is_row("1.\tFirst point"));
        assert!(is_row("PME\t1,1"));
    }

    #[test]
    fn rows_rules_cells_and_header() {
        let s = "Intro\n| Pays | Porteurs |\n|---|:-:|\n| France | Mistral AI |\n";
        let row = s.find("| France").unwrap();
        let header = header_above(s, row).unwrap();
        assert_eq!(&s[header.clone()], "| Pays | Porteurs |");
        let got: Vec<&str> = cells(s, header).into_iter().map(|c| s[c].trim()).collect();
        assert_eq!(got, ["Pays", "Porteurs"]);
        assert!(is_rule("|---|:-:|") && !is_rule("| a | b |") && is_row("  | a |"));
        assert_eq!(header_above("Intro\n| France | 1 |\n", 6), None);
    }

    #[test]
    fn a_detail_row_reads_as_the_row_it_details() {
        let s = "| M€ | S1 |\n|---|---|\n| Chiffre d'affaires | 561 |\n| dont cloud | 354 |\n";
        assert_eq!(
            row_label(s, s.find("354").unwrap()),
            Some("Chiffre d'affaires")
        );
        assert_eq!(
            row_label(s, s.find("561").unwrap()),
            Some("Chiffre d'affaires")
        );
        assert_eq!(row_label("Sales were 5.\n", 11), None);
    }
}
