//! Tests of `sentence_index`.

use super::*;

#[test]
fn finds_the_sentence_around_and_its_start() {
    let s = "One is here. Two is there.\n\nThree.";
    let ix = SentenceIndex::new(s, crate::text::sentences);
    assert_eq!(&s[ix.around(3)], "One is here.");
    assert_eq!(&s[ix.around(15)], "Two is there.");
    assert_eq!(ix.start_of(15), 13);
    assert_eq!(
        ix.start_of(27),
        13,
        "a blank line belongs to the sentence before"
    );
    assert_eq!(&s[ix.around(30)], "Three.");
}
