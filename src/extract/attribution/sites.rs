//! Places that say where, not who: a place naming the site it qualifies ("the Narvik
//! campus", "le site de Lyon") and a place glossing another in brackets ("Val-de-Reuil
//! (Eure)").

use super::look_cues::SITE_NOUNS;
use crate::extract::{EntityHit, EntityKind};

/// "The Narvik campus", "the company's Mäntsälä data centre", "le site de Lyon": a place
/// naming the site it qualifies is where, not who.
pub fn names_a_site(s: &str, e: &EntityHit) -> bool {
    if e.kind != EntityKind::Place {
        return false;
    }
    // "le site de Lyon", "l'usine de Crolles": the French order, the site noun first.
    let before = &s[s.floor_char_boundary(e.span.start.saturating_sub(16))..e.span.start];
    let named_after = ["de ", "d'", "d’"].iter().any(|p| {
        before.strip_suffix(p).is_some_and(|b| {
            let w = b.trim_end().rsplit(' ').next().unwrap_or("");
            [
                "campus",
                "site",
                "sites",
                "usine",
                "usines",
                "données",
                "centre",
                "center",
                "datacenter",
                "datacentre",
                "chantier",
                "parc",
            ]
            .iter()
            .any(|n| w.eq_ignore_ascii_case(n))
        })
    });
    if named_after {
        return true;
    }
    let end = s.floor_char_boundary((e.span.end + 16).min(s.len()));
    let after = &s[e.span.end..end];
    let Some(after) = after.strip_prefix(' ') else {
        return false;
    };
    SITE_NOUNS.iter().any(|n| {
        after.starts_with(n)
            && !after[n.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
    })
}

/// "Val-de-Reuil (Eure)", "Helios (Lübbenau, Germany)": a place in brackets after a word,
/// alone or with other names, says where that is.
pub fn glosses_a_place(s: &str, e: &EntityHit) -> bool {
    if e.kind != EntityKind::Place {
        return false;
    }
    let before = &s[s.floor_char_boundary(e.span.start.saturating_sub(48))..e.span.start];
    let after = &s[e.span.end..s.floor_char_boundary((e.span.end + 48).min(s.len()))];
    let (Some(open), Some(close)) = (before.rfind('('), after.find(')')) else {
        return false;
    };
    let inside = [&before[open + 1..], &after[..close]];
    // Only names inside: capitalised words, short particles ("Móra la Nova"), commas.
    let names_only = inside.iter().all(|t| {
        !t.contains(['(', ')', ';', ':'])
            && t.split([' ', ',']).all(|w| {
                w.is_empty() || w.starts_with(char::is_uppercase) || w.chars().count() <= 3
            })
    });
    names_only
        && before[..open].ends_with(' ')
        && before[..open].trim_end().ends_with(char::is_alphabetic)
}

/// Whether place `i` labels its line ("- Rock Falls, Illinois: 450 MW", "Lyon : 40 MW"): a
/// site the figures after it are at, not their owner.
pub fn place_label(s: &str, entities: &[EntityHit], i: usize) -> bool {
    let e = &entities[i];
    let mut end = e.span.end;
    // ("Rock Falls, Illinois:": the region after the town.)
    if let Some(n) = entities.get(i + 1)
        && n.kind == EntityKind::Place
        && &s[end..n.span.start] == ", "
    {
        end = n.span.end;
    }
    // (A figure right after the colon: "SOUTH KOREA: a tripled budget" heads a section.)
    let after = s[end..].trim_start_matches([' ', '\u{a0}', '*']);
    e.kind == EntityKind::Place
        && after.strip_prefix(':').is_some_and(|a| {
            a.trim_start_matches([' ', '\u{a0}', '*'])
                .starts_with(|c: char| c.is_ascii_digit() || "$€£¥₩₹".contains(c))
        })
        && {
            // (Only list markers before it on its line.)
            let line = crate::text::table::line_at(s, e.span.start);
            s[line.start..e.span.start]
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '-' | '*' | '•' | '–')
                })
                .is_empty()
        }
}
