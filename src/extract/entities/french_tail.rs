//! French institutional names that go on past their capitalised head in lower case
//! ("Commission européenne", "Bureau de la gestion et du budget"), and then to the country,
//! county or office they are of ("Banque de développement du Japon").

use super::ctx::Ctx;
use super::cues::{Cues, flag};
use crate::extract::EntityKind;

/// French institutional names go on in lower case: "Commission européenne", "Bureau de la
/// gestion et du budget", "Route de la Soie numérique".
pub fn extend_lowercase(cx: &Ctx, first: usize, last: usize, head: EntityKind) -> usize {
    let end = extend_lowercase_words(cx, last, head);
    if head == EntityKind::Institution && end > last {
        let territory = TERRITORIES.contains(&cx.lower(first));
        owner_place(cx, end, territory).unwrap_or(end)
    } else {
        end
    }
}

/// Head words of a territory's own body ("la Collectivité européenne d'Alsace", "le Land de
/// Bade-Wurtemberg", "la Communauté de communes de X"): the place after a bare "de" or "d'"
/// is the territory's name.
const TERRITORIES: &[&str] = &["collectivité", "communauté", "land"];

/// "Banque de développement du Japon", "Conseil départemental de la Meuse", "Direction générale
/// du Trésor": after a body's lower-case words, its country, county or office in capitals, as
/// one to three capitalised words after "du", "de la", "de l'", "des". Their last token, if so.
fn owner_place(cx: &Ctx, last: usize, territory: bool) -> Option<usize> {
    let toks = cx.toks;
    let mut k = last + 1;
    let p0 = k;
    while k < p0 + 2
        && toks.get(k).is_some_and(|t| t.joined)
        && (matches!(cx.lower(k), "du" | "de" | "des" | "la" | "l'" | "l’")
            || (territory && k == p0 && matches!(cx.lower(k), "d'" | "d’")))
    {
        k += 1;
    }
    // (Nor a body of its own: "Service de presse de la Région Occitanie" is the region's.)
    if k == p0
        || cx.lower(k - 1) == "de" && k == p0 + 1 && !territory
        || toks.get(k).is_some_and(|_| {
            matches!(
                cx.lower(k),
                "région" | "ville" | "département" | "commune" | "métropole" | "ministère"
            )
        })
    {
        return None;
    }
    let words = k;
    while k < words + 3
        && toks
            .get(k)
            .is_some_and(|t| t.joined && t.shape.first_upper() && t.shape.has_lower())
        && cx.flags(k) & flag::STOP == 0
    {
        k += 1;
    }
    (k > words).then(|| k - 1)
}

/// The lower-case words a French institutional name goes on with after its capitalised head
/// (adjectives, and complements after "de", "du", "des", "et de"): the last one's token.
fn extend_lowercase_words(cx: &Ctx, mut last: usize, head: EntityKind) -> usize {
    let toks = cx.toks;
    let place = head == EntityKind::Place;
    let mut j = last + 1;
    let mut taken = 0;
    while j < toks.len() && taken < 8 {
        let t = &toks[j];
        if !t.joined
            || t.shape.first_upper()
            || t.shape.has_digit()
            || !t.shape.has_alpha()
            || t.web
        {
            break;
        }
        let l = cx.lower(j);
        let f = cx.cues.flags(l);
        let adjective = if place {
            f & flag::PLACE_ADJECTIVE != 0
        } else {
            f & (flag::DEMONYM | flag::PLACE_ADJECTIVE) != 0
                || Cues::name_adjective_ending(l)
                || joined_demonyms(cx, l)
        };
        if adjective {
            last = j;
            j += 1;
            taken += 1;
            continue;
        }
        if place {
            break;
        }
        // "… souveraine en IA": "en" before a generic acronym ends the name with it.
        if l == "en"
            && toks
                .get(j + 1)
                .is_some_and(|n| n.joined && cx.flags(j + 1) & flag::GENERIC != 0)
        {
            last = j + 1;
            break;
        }
        // [et] (de la | du | des | de l' | d') noun
        let mut k = j;
        if matches!(l, "et") {
            k += 1;
        }
        let p0 = k;
        while k < toks.len() && k < p0 + 2 && toks[k].joined && {
            let pl = cx.lower(k);
            matches!(
                pl,
                "de" | "du" | "des" | "la" | "l'" | "d'" | "sur" | "pour"
            ) || (matches!(pl, "le" | "les") && matches!(cx.lower(k - 1), "pour" | "et"))
        } {
            k += 1;
        }
        if k == p0 || k >= toks.len() {
            break;
        }
        let n = &toks[k];
        let nl = cx.lower(k);
        let nf = cx.cues.flags(nl);
        if n.joined && nf & flag::GENERIC != 0 {
            // "Sommet mondial sur la sécurité de l'IA"
            last = k;
            break;
        }
        if !n.joined
            || n.shape.first_upper()
            || n.shape.has_digit()
            || !n.shape.has_alpha()
            || nf & flag::STOP != 0
            || nl.chars().count() < 3
        {
            break;
        }
        taken += k + 1 - j;
        last = k;
        j = k + 1;
    }
    last
}

/// "franco-allemand", "germano-italienne", "sino-américain": two peoples joined, an adjective
/// of a body's name as a demonym is.
fn joined_demonyms(cx: &Ctx, l: &str) -> bool {
    l.split_once('-').is_some_and(|(a, b)| {
        a.len() >= 4 && a.ends_with('o') && cx.cues.flags(b) & flag::DEMONYM != 0
    })
}
