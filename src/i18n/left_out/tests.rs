//! Every item left out of an import or export is worded in both languages.

use super::*;
use crate::corpus::DecodeError;

/// The rank of `item`'s variant: the match has no wildcard, so a new variant must be ranked
/// here, and [`samples`] must then show it.
fn rank(item: &LeftOut) -> usize {
    match item {
        LeftOut::Cases(_) => 0,
        LeftOut::Sets(_) => 1,
        LeftOut::Links(_) => 2,
        LeftOut::Graphs(_) => 3,
        LeftOut::FreeNotes(_) => 4,
        LeftOut::CategoryFlattened { .. } => 5,
        LeftOut::CodeRaised { .. } => 6,
        LeftOut::CodebookCategoryFlattened { .. } => 7,
        LeftOut::CodebookCodeRaised { .. } => 8,
        LeftOut::ThemeKept { .. } => 9,
        LeftOut::Source { .. } => 10,
        LeftOut::Representation { .. } => 11,
        LeftOut::CodedOutsideText { .. } => 12,
        LeftOut::WholeSourceCodings { .. } => 13,
        LeftOut::PassageOutside { .. } => 14,
        LeftOut::UnknownCode { .. } => 15,
        LeftOut::CodingOfCategory { .. } => 16,
        LeftOut::EngineMentions(_) => 17,
        LeftOut::TextUnread { .. } => 18,
        LeftOut::TagNotFound { .. } => 19,
        LeftOut::TagWithoutTheme { .. } => 20,
        LeftOut::TagsWithoutArticle(_) => 21,
        LeftOut::GuidsReplaced(_) => 22,
    }
}

const VARIANTS: usize = 23;

/// One item of every variant (and every reason a source is left out), with one and with
/// several of what is counted.
fn samples() -> Vec<LeftOut> {
    let label = || "a.txt".to_string();
    let path = || vec!["Top".to_string(), "Mid".to_string()];
    let mut all = Vec::new();
    for k in [1, 3] {
        all.extend([
            LeftOut::Cases(k),
            LeftOut::Sets(k),
            LeftOut::Links(k),
            LeftOut::Graphs(k),
            LeftOut::FreeNotes(k),
            LeftOut::CodedOutsideText {
                label: label(),
                passages: k,
                kind: None,
            },
            LeftOut::CodedOutsideText {
                label: label(),
                passages: k,
                kind: Some("PDF".into()),
            },
            LeftOut::WholeSourceCodings {
                label: label(),
                codings: k,
            },
            LeftOut::EngineMentions(k),
            LeftOut::TagsWithoutArticle(k),
            LeftOut::GuidsReplaced(k),
        ]);
        for tags in [0, k] {
            all.push(LeftOut::TextUnread {
                label: label(),
                tags,
            });
        }
        let whys = [
            SourceWhy::NotText("Picture".into()),
            SourceWhy::Missing("x.txt".into()),
            SourceWhy::External("file:///x.txt".into()),
            SourceWhy::NoPlainText,
            SourceWhy::Decode(DecodeError::Empty),
            SourceWhy::Decode(DecodeError::Binary),
            SourceWhy::Decode(DecodeError::TooLarge(51)),
        ];
        for why in whys {
            for passages in [0, k] {
                all.push(LeftOut::Source {
                    label: label(),
                    why: why.clone(),
                    passages,
                });
            }
        }
    }
    let name = || "Risk".to_string();
    let quote = || "a passage\non two lines".to_string();
    all.extend([
        LeftOut::CategoryFlattened {
            name: name(),
            path: path(),
        },
        LeftOut::CodeRaised {
            name: name(),
            path: path(),
        },
        LeftOut::CodebookCategoryFlattened { name: name() },
        LeftOut::CodebookCodeRaised { name: name() },
        LeftOut::ThemeKept { name: name() },
        LeftOut::Representation {
            label: label(),
            kind: "PDF".into(),
        },
        LeftOut::PassageOutside {
            label: label(),
            start: 4,
            end: 90,
            quote: quote(),
        },
        LeftOut::UnknownCode {
            label: label(),
            quote: quote(),
        },
        LeftOut::CodingOfCategory {
            label: label(),
            quote: quote(),
            category: name(),
        },
        LeftOut::TagNotFound {
            quote: quote(),
            label: label(),
        },
        LeftOut::TagWithoutTheme {
            quote: quote(),
            label: label(),
        },
    ]);
    all
}

#[test]
fn every_item_left_out_has_its_own_french_and_english_wording() {
    let all = samples();
    let mut ranks: Vec<usize> = all.iter().map(rank).collect();
    ranks.sort_unstable();
    ranks.dedup();
    assert_eq!(
        ranks,
        (0..VARIANTS).collect::<Vec<_>>(),
        "a variant has no sample"
    );
    for item in &all {
        let (en, fr) = (Lang::En.left_out(item), Lang::Fr.left_out(item));
        assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{item:?}");
        assert_ne!(en, fr, "{item:?} has no French wording");
        // No English sentence left in the French one, and the reverse.
        for word in [" the ", " is ", " not ", " of ", " its "] {
            assert!(!fr.contains(word), "{item:?}: {word:?} in {fr:?}");
        }
        for word in [" le ", " la ", " les ", " du ", " pas "] {
            assert!(!en.contains(word), "{item:?}: {word:?} in {en:?}");
        }
        // French typography: a space that does not break before the double punctuation.
        for mark in [" :", " ;", " ?", " !", "« ", " »"] {
            assert!(
                !fr.contains(mark),
                "{item:?}: a plain space in {mark:?} in {fr:?}"
            );
        }
        // A quote's line break stays on one line in both languages.
        assert!(!en.contains('\n') && !fr.contains('\n'), "{item:?}");
    }
}

#[test]
fn english_keeps_the_core_wording_and_french_reads_naturally() {
    let item = LeftOut::CodeRaised {
        name: "Chips".into(),
        path: vec!["Policy".into(), "Export controls".into()],
    };
    assert_eq!(
        Lang::En.left_out(&item),
        "code \"Chips\" (in Policy ▸ Export controls): Vigie nests themes one level deep; \
         it becomes a sub-theme of \"Policy\""
    );
    assert_eq!(
        Lang::Fr.left_out(&item),
        "code «\u{a0}Chips\u{a0}» (dans Policy ▸ Export controls)\u{a0}: Vigie n’emboîte les \
         thèmes que sur un niveau\u{202f}; il devient un sous-thème de «\u{a0}Policy\u{a0}»"
    );
    let source = LeftOut::Source {
        label: "scan.pdf".into(),
        why: SourceWhy::NotText("PDF".into()),
        passages: 3,
    };
    assert_eq!(
        Lang::En.left_out(&source),
        "scan.pdf: a PDF source is not plain text (only plain-text sources are imported) \
         (3 coded passages not imported)"
    );
    assert_eq!(Lang::En.left_out(&LeftOut::Cases(2)), "2 cases");
    assert_eq!(Lang::Fr.left_out(&LeftOut::Sets(1)), "1\u{a0}ensemble");
    let unread = LeftOut::TextUnread {
        label: "b.txt".into(),
        tags: 2,
    };
    assert_eq!(
        Lang::En.left_out(&unread),
        "b.txt: its text could not be read (2 tags left out)"
    );
    assert_eq!(
        Lang::Fr.left_out(&unread),
        "b.txt\u{a0}: son texte n’a pas pu être lu (2\u{a0}passages étiquetés laissés de côté)"
    );
}
