//! What the rest of the text says of a name's word: written in lower case nearby (a common
//! word, "Total"), standing after a capital elsewhere (a surname, "Jensen Huang"), or after a
//! word of nearness and "de" / "of" (a place, "près de Metz").

/// Words of nearness or direction, and of a body or division named after a place, before
/// "de" / "of" and the place.
pub(super) fn near_of(w: &str) -> bool {
    // Bodies and divisions named after their place ("communauté d'agglomération de Cambrai",
    // "the city of Abilene").
    matches!(
        w,
        "agglomération"
            | "commune"
            | "ville"
            | "canton"
            | "préfecture"
            | "municipalité"
            | "city"
            | "town"
            | "county"
            | "près"
            | "proche"
            | "proximité"
            | "environs"
            | "nord"
            | "sud"
            | "est"
            | "ouest"
            | "nord-est"
            | "nord-ouest"
            | "sud-est"
            | "sud-ouest"
            | "banlieue"
            | "périphérie"
            | "north"
            | "south"
            | "east"
            | "west"
            | "outskirts"
    )
}

/// How far around a name (bytes) the text is read for the same word written otherwise.
const NEAR: usize = 4000;

/// The text within [`NEAR`] bytes of `at`, on char boundaries.
pub(super) fn near(s: &str, at: usize) -> &str {
    let a = s.floor_char_boundary(at.saturating_sub(NEAR));
    let b = s.ceil_char_boundary((at + NEAR).min(s.len()));
    &s[a..b]
}

/// Whether `word` (lower case) stands in `s` as a whole word written in lower case.
pub(super) fn written_lower(s: &str, word: &str) -> bool {
    let b = s.as_bytes();
    memchr::memmem::find_iter(b, word.as_bytes()).any(|i| {
        let end = i + word.len();
        (i == 0 || !b[i - 1].is_ascii_alphanumeric() && b[i - 1] < 0x80)
            && b.get(end)
                .is_none_or(|c| !c.is_ascii_alphanumeric() && *c < 0x80)
    })
}

/// Whether `word` stands somewhere right after a capitalised word ("Jensen Huang"): a surname
/// or the tail of a longer name.
pub(super) fn after_a_capital(s: &str, word: &str) -> bool {
    let b = s.as_bytes();
    memchr::memmem::find_iter(b, word.as_bytes()).any(|i| {
        i >= 2
            && b[i - 1] == b' '
            && s[..i - 1]
                .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    })
}
