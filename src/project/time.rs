//! Timestamps: seconds since the Unix epoch, written as ISO 8601 UTC (`2025-07-09T14:03:00Z`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::time::{SystemTime, UNIX_EPOCH};

/// A point in time, to the second, UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current time (the epoch if the clock is before 1970).
    pub fn now() -> Timestamp {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Timestamp(i64::try_from(secs).unwrap_or(i64::MAX))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    pub fn to_iso(self) -> String {
        let days = self.0.div_euclid(86_400);
        let secs = self.0.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
    }

    /// Reads `YYYY-MM-DDTHH:MM:SSZ` (fractional seconds and a `+00:00` suffix are accepted; a
    /// bare date means midnight).
    pub fn parse(s: &str) -> Option<Timestamp> {
        let s = s.trim();
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = s.get(r)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if s.get(4..5) != Some("-") || s.get(7..8) != Some("-") {
            return None;
        }
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let mut secs = 0;
        if s.len() > 10 {
            if !matches!(s.get(10..11), Some("T" | " ")) {
                return None;
            }
            let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
            if hh > 23 || mm > 59 || ss > 60 {
                return None;
            }
            let rest = s.get(19..)?;
            let rest = rest
                .strip_prefix('.')
                .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
                .unwrap_or(rest);
            if !matches!(rest, "Z" | "" | "+00:00") {
                return None;
            }
            secs = hh * 3600 + mm * 60 + ss;
        }
        Some(Timestamp(days_from_civil(y, m, d) * 86_400 + secs))
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not an ISO 8601 UTC time: {s:?}")))
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants_format_and_parse() {
        assert_eq!(Timestamp(0).to_iso(), "1970-01-01T00:00:00Z");
        assert_eq!(Timestamp(951_782_400).to_iso(), "2000-02-29T00:00:00Z");
        assert_eq!(Timestamp(1_752_069_780).to_iso(), "2025-07-09T14:03:00Z");
        assert_eq!(
            Timestamp::parse("2025-07-09T14:03:00Z"),
            Some(Timestamp(1_752_069_780))
        );
        assert_eq!(
            Timestamp::parse("2025-07-09T14:03:00.250+00:00"),
            Some(Timestamp(1_752_069_780))
        );
        assert_eq!(Timestamp::parse("1969-12-31"), Some(Timestamp(-86_400)));
    }

    #[test]
    fn every_day_round_trips() {
        for day in (-700_000..2_900_000i64).step_by(97) {
            let t = Timestamp(day * 86_400 + 3_661);
            assert_eq!(Timestamp::parse(&t.to_iso()), Some(t), "{}", t.to_iso());
        }
    }

    #[test]
    fn garbage_is_refused() {
        for s in [
            "",
            "2025",
            "2025-13-01",
            "2025-07-09T25:00:00Z",
            "2025-07-09T14:03:00+02:00",
            "été",
        ] {
            assert_eq!(Timestamp::parse(s), None, "{s}");
        }
    }
}
