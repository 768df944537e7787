//! A list of cue phrases looked for at the end of a text, grouped by their last byte: only the
//! few cues ending in the text's last byte are compared.

/// Cues grouped by last byte.
pub struct EndCues {
    /// For each byte, the range of [`EndCues::cues`] ending in it.
    by_last: [(u16, u16); 256],
    cues: Vec<&'static str>,
}

impl EndCues {
    /// The cues of `list` (none empty), grouped.
    pub fn new(list: &[&'static str]) -> EndCues {
        let mut cues = list.to_vec();
        cues.sort_by_key(|c| c.as_bytes().last().copied());
        let mut by_last = [(0u16, 0u16); 256];
        for (i, c) in cues.iter().enumerate() {
            let b = usize::from(c.as_bytes()[c.len() - 1]);
            let i = i as u16;
            by_last[b] = if by_last[b].1 == 0 {
                (i, i + 1)
            } else {
                (by_last[b].0, i + 1)
            };
        }
        EndCues { by_last, cues }
    }

    /// Whether `test` holds for one of the cues ending in the last byte of `text` (a cue that
    /// `text` ends with can only be one of them).
    #[inline]
    pub fn any_at_end(&self, text: &str, test: impl Fn(&str) -> bool) -> bool {
        let Some(&b) = text.as_bytes().last() else {
            return false;
        };
        let (a, z) = self.by_last[usize::from(b)];
        self.cues[usize::from(a)..usize::from(z)]
            .iter()
            .any(|c| test(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_ending_the_text() {
        let list = ["led by", "with", "by", "auprès d'", "avec"];
        let cues = EndCues::new(&list);
        for text in [
            "funds led by",
            "it is by",
            "x with",
            " auprès d'",
            "avec",
            "",
            "nothing",
        ] {
            let want = list.iter().any(|c| text.ends_with(c));
            assert_eq!(cues.any_at_end(text, |c| text.ends_with(c)), want, "{text}");
        }
    }
}
