//! Article metadata: finds an article's headline and the date it states for itself.

use crate::text::paragraphs;
use regex::Regex;
use std::sync::LazyLock;

/// How many leading lines may hold the headline and the date.
const HEADER_LINES: usize = 8;
/// Longer lines are body text, not a headline or a dateline.
const MAX_HEADER_CHARS: usize = 250;

/// The headline: the first short leading line that reads as a title (not a date, a byline or a
/// list item). A breadcrumb line that ends with the next line ("Home Tech<title>") yields the
/// next line. `None` when the text starts straight with body text.
pub fn title(text: &str) -> Option<String> {
    let lines: Vec<&str> = paragraphs(text)
        .into_iter()
        .take(HEADER_LINES)
        .map(|r| text[r].trim_start_matches('#').trim())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        if is_skippable(line) {
            continue;
        }
        if line.chars().count() > MAX_HEADER_CHARS || line.ends_with('.') && !line.ends_with("..") {
            return None;
        }
        if let Some(next) = lines.get(i + 1)
            && next.len() >= 12
            && next.len() < line.len()
            && line.ends_with(next)
        {
            return Some(next.to_string());
        }
        return Some(line.to_string());
    }
    None
}

fn is_skippable(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.split_whitespace().count() < 2
        || line.starts_with(['-', '*', '•'])
        || lower.starts_with("by ")
        || lower.starts_with("par ")
        || find_date(line).is_some_and(|(_, len)| len + 4 >= line.len())
}

/// The article's own date as ISO `YYYY-MM-DD`, searched in the leading lines only (a date in the
/// body is about an event, not the article). A day range ("23–24 juillet 2025") gives its last day.
pub fn date(text: &str) -> Option<String> {
    paragraphs(text)
        .into_iter()
        .take(HEADER_LINES)
        .map(|r| &text[r])
        .filter(|l| l.chars().count() <= MAX_HEADER_CHARS)
        .find_map(|l| find_date(l).map(|(d, _)| d))
}

const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("january", 1),
    ("jan", 1),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("february", 2),
    ("feb", 2),
    ("mars", 3),
    ("march", 3),
    ("mar", 3),
    ("avril", 4),
    ("avr", 4),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("may", 5),
    ("juin", 6),
    ("june", 6),
    ("jun", 6),
    ("juillet", 7),
    ("juil", 7),
    ("july", 7),
    ("jul", 7),
    ("août", 8),
    ("aout", 8),
    ("august", 8),
    ("aug", 8),
    ("septembre", 9),
    ("sept", 9),
    ("september", 9),
    ("sep", 9),
    ("octobre", 10),
    ("oct", 10),
    ("october", 10),
    ("novembre", 11),
    ("nov", 11),
    ("november", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    ("december", 12),
    ("dec", 12),
];

static MONTH_ALT: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:er|st|nd|rd|th)?(?:\s*[-–]\s*(\d{{1,2}}))?\s+({})\.?,?\s+(\d{{4}})\b",
        *MONTH_ALT
    ))
    .expect("valid date regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(\d{{1,2}}))?,?\s+(\d{{4}})\b",
        *MONTH_ALT
    ))
    .expect("valid date regex")
});
static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").expect("valid date regex"));

/// A date written as ISO (`2025-07-09`, `2025-07-09T08:00:00+02:00`) or in words
/// ("9 juillet 2025", "March 3, 2024"). The date is taken as written, time zone ignored.
pub(crate) fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && b.get(10).is_none_or(|c| !c.is_ascii_digit())
    {
        let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
        return iso_date(n(0..4), n(5..7), n(8..10));
    }
    find_date(s).map(|(d, _)| d)
}

/// The first full date in `s`, as ISO, with the length of its match.
pub(crate) fn find_date(s: &str) -> Option<(String, usize)> {
    let month = |m: &str| {
        let m = m.to_lowercase();
        MONTHS.iter().find(|(n, _)| *n == m).map(|&(_, k)| k)
    };
    let num = |m: Option<regex::Match>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    let mut found: Vec<(usize, Option<String>, usize)> = Vec::new();
    if let Some(c) = DAY_MONTH_YEAR.captures(s) {
        let day = num(c.get(2)).or(num(c.get(1)));
        let iso = iso_date(num(c.get(4)), c.get(3).and_then(|m| month(m.as_str())), day);
        found.push((c.get(0).map_or(0, |m| m.start()), iso, c[0].len()));
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(s) {
        let day = num(c.get(3)).or(num(c.get(2)));
        let iso = iso_date(num(c.get(4)), c.get(1).and_then(|m| month(m.as_str())), day);
        found.push((c.get(0).map_or(0, |m| m.start()), iso, c[0].len()));
    }
    if let Some(c) = ISO.captures(s) {
        let iso = iso_date(num(c.get(1)), num(c.get(2)), num(c.get(3)));
        found.push((c.get(0).map_or(0, |m| m.start()), iso, c[0].len()));
    }
    found.sort_by_key(|f| f.0);
    found
        .into_iter()
        .find_map(|(_, iso, len)| iso.map(|d| (d, len)))
}

/// `YYYY-MM-DD` for a real calendar date between 1900 and 2100 (an article's date, never a
/// typo's), else `None`.
pub(crate) fn iso_date(year: Option<u32>, month: Option<u32>, day: Option<u32>) -> Option<String> {
    let (y, m, d) = (year?, month?, day?);
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let date = jiff::civil::Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()?;
    Some(date.strftime("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_then_headline() {
        let t = "9 juillet 2025\n\nL'IA, nouvelle entité\n\nCorps de l'article, long et fini.";
        assert_eq!(date(t).as_deref(), Some("2025-07-09"));
        assert_eq!(title(t).as_deref(), Some("L'IA, nouvelle entité"));
    }

    #[test]
    fn english_dates_and_ranges() {
        assert_eq!(
            date("Chips race\nPublished March 3, 2024\nBody.").as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            date("Sommet (23–24 juillet 2025)\nBody").as_deref(),
            Some("2025-07-24")
        );
        assert_eq!(
            date("Report 2025-11-02 update").as_deref(),
            Some("2025-11-02")
        );
        assert_eq!(date("Title here\n13 oct.\nBody"), None);
        assert_eq!(date("Title\n31 février 2025"), None);
    }

    #[test]
    fn breadcrumb_gives_the_real_headline() {
        let t =
            "Home TechChina gains ground in open AI\n\nChina gains ground in open AI\n\nby Sara";
        assert_eq!(title(t).as_deref(), Some("China gains ground in open AI"));
    }

    #[test]
    fn body_first_has_no_title() {
        let t =
            "Elon Musk vient de lancer un projet ambitieux qui pourrait redéfinir l'ordre mondial.";
        assert_eq!(title(t), None);
    }

    #[test]
    fn dates_are_validated() {
        assert_eq!(parse_date("2025-02-30"), None);
        assert_eq!(parse_date("20250-01-01"), None);
        assert_eq!(parse_date("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(parse_date("2100-02-29"), None);
        assert_eq!(parse_date("1899-12-31"), None);
        assert_eq!(
            parse_date("2025-07-09T23:30:00-05:00").as_deref(),
            Some("2025-07-09")
        );
        assert_eq!(parse_date("9 juillet 2025").as_deref(), Some("2025-07-09"));
        assert_eq!(parse_date(""), None);
    }
}
