//! Timestamps: seconds since the Unix epoch, written as ISO 8601 UTC (`2025-07-09T14:03:00Z`) and
//! read from any ISO 8601 / RFC 3339 time (an offset is converted to UTC), through `jiff`.

use jiff::civil::Time;
use jiff::fmt::temporal::Pieces;
use jiff::tz::Offset;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time, to the second, UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Timestamp(pub i64);

/// How Vigie writes a time: always UTC, to the second, with a `Z`.
const FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

impl Timestamp {
    /// The current time (the epoch if the clock is before 1970).
    pub fn now() -> Timestamp {
        Timestamp(jiff::Timestamp::now().as_second().max(0))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (a time beyond what the calendar covers, years -9999 to 9999, is
    /// written as its nearest end).
    pub fn to_iso(self) -> String {
        let t = jiff::Timestamp::from_second(self.0).unwrap_or(if self.0 < 0 {
            jiff::Timestamp::MIN
        } else {
            jiff::Timestamp::MAX
        });
        t.strftime(FORMAT).to_string()
    }

    /// Reads an ISO 8601 time: `2025-07-09T14:03:00Z`, with an offset (`+01:00`, converted to
    /// UTC), without one (taken as UTC), with fractional seconds (dropped), with a space for the
    /// `T`, or a bare date (midnight UTC). `None` for anything else.
    pub fn parse(s: &str) -> Option<Timestamp> {
        let pieces = Pieces::parse(s.trim()).ok()?;
        let time = pieces.time().unwrap_or(Time::midnight());
        // Whole seconds of the civil time, so that a fraction never rounds across a second.
        let time = time.with().subsec_nanosecond(0).build().ok()?;
        let offset = pieces
            .offset()
            .map_or(Offset::UTC, |o| o.to_numeric_offset());
        let t = offset.to_timestamp(pieces.date().to_datetime(time)).ok()?;
        Some(Timestamp(t.as_second()))
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
            .ok_or_else(|| serde::de::Error::custom(format!("not an ISO 8601 time: {s:?}")))
    }
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
    fn an_offset_is_converted_to_utc() {
        let utc = Timestamp::parse("2026-03-01T09:00:00Z").expect("Z");
        assert_eq!(Timestamp::parse("2026-03-01T10:00:00+01:00"), Some(utc));
        assert_eq!(Timestamp::parse("2026-03-01T04:00:00-05:00"), Some(utc));
        assert_eq!(Timestamp::parse("2026-03-01T10:00:00.999+01:00"), Some(utc));
        assert_eq!(Timestamp::parse(" 2026-03-01 09:00:00 "), Some(utc));
        // Written back as UTC, in the one format Vigie writes.
        let t = Timestamp::parse("2026-03-01T00:30:00+01:00").expect("offset");
        assert_eq!(t.to_iso(), "2026-02-28T23:30:00Z");
    }

    #[test]
    fn what_vigie_writes_reads_back_unchanged() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2000-02-29T23:59:59Z",
            "2025-07-09T14:03:00Z",
            "0054-03-01T01:01:01Z",
        ] {
            let t = Timestamp::parse(s).expect(s);
            assert_eq!(t.to_iso(), s);
            let json = serde_json::to_string(&t).expect("serialise");
            assert_eq!(json, format!("{s:?}"));
            assert_eq!(serde_json::from_str::<Timestamp>(&json).expect("read"), t);
        }
    }

    #[test]
    fn garbage_is_refused() {
        for s in [
            "",
            "2025",
            "2025-13-01",
            "2025-02-30",
            "2025-07-09T25:00:00Z",
            "2025-07-09T14:03:00+99:00",
            "2025-07-09T14:03:00+01:60",
            "2025-07-09T14:03:00Zjunk",
            "9 juillet 2025",
            "été",
        ] {
            assert_eq!(Timestamp::parse(s), None, "{s}");
            let e = serde_json::from_str::<Timestamp>(&format!("{s:?}")).expect_err("not a time");
            assert!(e.to_string().contains("not an ISO 8601 time"), "{e}");
        }
    }
}
