//! One figure's owner by the rules, tried in the order the stage's doc lists them (see
//! [`super`]): what a table says, a possessive or an owner right after the amount, the amounts
//! [`super::early`] settles, the nearest actor before it in its clause or the reference
//! standing nearer, the agent after it, and the last rules of [`super::fallback`].

use super::owners::{Backscan, opening_anaphor_owner, titled_person_owner, within};
use super::{
    Here, Looks, after, anaphora, apposed, dateline, each, fallback, modifiers, owners, parties,
    possessive, refs, relative, shape, supply, table_header,
};
use crate::extract::amount_words;
use crate::extract::{EntityHit, EntityKind, FigureHit, FigureKind};

/// How far before an amount a reference to an actor is looked for (bytes).
const ANAPHOR_REACH: usize = 200;

pub(super) fn attribute_one(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    f: &FigureHit,
    here: &Here,
) -> Option<usize> {
    let (sent, asides) = (here.sent, here.asides);
    let chips = f.kind == FigureKind::Chips;
    let in_sentence = within(entities, sent);
    let aside_of = |e: &EntityHit| {
        asides
            .iter()
            .any(|a| a.start <= e.span.start && e.span.end <= a.end && !a.contains(&f.span.start))
    };

    // 0. What a table says: a column of caps, the row's owner, a results row.
    let tables = looks.has_tables();
    if tables && table_header::caps_column(s, f) {
        return None;
    }
    if let Some(i) = owners::table_row_owner(s, entities, looks, f)
        .or_else(|| owners::labelled_line_owner(s, entities, f))
    {
        return Some(i);
    }
    if tables && table_header::results_row(s, f) {
        return looks.main_company();
    }

    // "sa fortune estimée à 6,8 milliards": a person's wealth.
    if f.kind == FigureKind::Money
        && let Some(i) = super::wealth::fortune_owner(s, entities, sent, f.span.start)
    {
        looks.note_settled(f.span.start);
        return Some(i);
    }

    // "led by Microsoft's £22bn": a possessive right before the amount names its owner
    // (not before a site the amount measures: "Abu Dhabi's 5GW AI campus" is the campus's).
    let first_at = |at: usize| {
        in_sentence.start + entities[in_sentence.clone()].partition_point(|e| e.span.start < at)
    };
    if let Some(i) = first_at(f.span.start)
        .checked_sub(1)
        .filter(|&i| i >= in_sentence.start)
        && (matches!(
            s.get(entities[i].span.end..f.span.start),
            Some("'s " | "’s ")
        ) || (s[entities[i].span.clone()].ends_with('s')
            && matches!(s.get(entities[i].span.end..f.span.start), Some("' " | "’ "))))
        && (entities[i].kind != EntityKind::Place || !modifiers::site_follows(s, f.span.end))
    {
        return Some(i);
    }

    // "qui évalue le marché du cloud à 1,9 milliard", "le cabinet chiffre à 5 milliards les
    // investissements nécessaires": a market, or a sector's needs, someone appraises (before
    // "le cabinet" is read as a reference to a firm).
    if crate::extract::nobody::appraised(s, sent.start, f.span.start, f.span.end) {
        looks.note_forecast(f.span.start);
        return None;
    }

    // An amount inside a description ("The £225m system, built by X, …") belongs to what the
    // description names.
    if let Some(a) = refs::around(s, f.span.clone())
        && let Some(k) = anaphora::antecedent(s, entities, looks, &a)
    {
        return Some(k);
    }

    // 1. Owner right after the amount; for chips only right after a bare "de"/"of" ("les
    //    10 000 GPU de X"), since "24 000 puces du géant Nvidia" names the supplier.
    // Entities are sorted by start: the ones after the amount, and the ones before it in its
    // clause, are found by binary search (a scan from the sentence's start for every figure
    // was quadratic in a long sentence).
    let after_amount = first_at(f.span.end);
    if let Some(i) = (after_amount..in_sentence.end).next() {
        let between = &s[f.span.end..entities[i].span.start];
        let owner = if chips {
            // "licences covering 35,000 chips for G42", "des puces destinées à X": whom the
            // chips go to (no place: "50,000 GPUs for China" are no state's).
            matches!(between, " de " | " d'" | " of ")
                || (matches!(
                    between,
                    " for " | " pour " | " destinées à " | " destinés à "
                ) && entities[i].kind != EntityKind::Place)
        } else {
            // "6 GW of Instinct GPUs", "$5bn of Nvidia chips": what is measured, not its owner.
            ((shape::owner_follows(between) && !shape::lent_before(s, f.span.start))
                || amount_words::agent_follows(between)
                || amount_words::origin_follows(between))
                && !shape::raised_before(s, f.span.start)
                && entities[i].kind != EntityKind::Product
                && !looks.get(i).supplier
                && !modifiers::origin_of(s, &entities[i])
        };
        // "a réservé un bloc de 300 MW (MW) à X": capacity set aside goes to whom it is for.
        let handed = || {
            f.kind != FigureKind::Money
                && entities[i].kind != EntityKind::Place
                && supply::handed_to(&s[sent.start..f.span.start], between)
        };
        if owner
            || handed()
            || shape::object_of_relative(between, &entities[i])
            || premodifies(s, &entities[i], f)
        {
            // "€20 billion from Canada's Brookfield": the name a possessive qualifies.
            let possessed = entities.get(i + 1).filter(|n| {
                i + 1 < in_sentence.end
                    && matches!(
                        s.get(entities[i].span.end..n.span.start),
                        Some("'s " | "’s ")
                    )
                    && n.kind != EntityKind::Product
            });
            return Some(possessed.map_or(i, |_| i + 1));
        }
    }

    // An amount "each" of several gets ("capped at 50,000 GPUs each") has no one owner.
    if amount_words::distributive(s, f.span.end) {
        return None;
    }

    // "Bosch, Infineon and NXP will each put in €350m": each one's, the first named.
    let prev = looks.sents.start_of(sent.start.saturating_sub(2));
    let clause = here.clauses.clause_start(sent.start, f.span.start)..sent.end;
    if let Some(k) = each::first_of_each(s, entities, &clause, prev, f.span.start) {
        return Some(k);
    }
    let clause_start = here.clauses.clause_start(sent.start, f.span.start);
    if let Some(owner) =
        super::early::settle(s, entities, looks, f, sent, &in_sentence, clause_start)
    {
        return owner;
    }

    // A results call's transcript: what a sentence naming no other firm states is the host's.
    if let Some(h) =
        super::call_host::host_states(s, entities, looks.host(), in_sentence.clone(), sent, f)
    {
        return Some(h);
    }

    // 2. Nearest actor before the figure, within its clause — unless a reference to an actor
    //    named before ("the company", "le groupe", "it") stands nearer.
    // A reference is looked for in the last words before the amount (the nearest actor wins
    // over one farther), read from the right in stretches as far as the candidates need.
    let floor = clause_start.max(f.span.start.saturating_sub(ANAPHOR_REACH));
    let mut scan = Backscan {
        s,
        floor,
        from: f.span.start,
        end: f.span.start,
        found: None,
        asides,
    };
    if let Some(k) = fallback::we_after_names(s, entities, looks, clause_start..f.span.start, sent)
    {
        return Some(k);
    }
    let resolve = |a: &refs::Anaphor| anaphora::antecedent(s, entities, looks, a);
    let mut partner = None;
    // Only those starting in the clause and before the amount can be candidates.
    for i in (first_at(clause_start)..first_at(f.span.start)).rev() {
        let e = &entities[i];
        if e.span.end > f.span.start || e.span.start < clause_start {
            continue;
        }
        if let Some(a) = scan.upto(e.span.start.saturating_sub(48)) {
            // A name inside the description ("the Dallas-based company") is no owner — unless
            // it is the description's head itself, a name of its own ("l'État mobilisera").
            let head_named =
                !a.head.is_empty() && e.span.start <= a.head.start && a.head.end <= e.span.end;
            if a.span.start <= e.span.start && e.span.end <= a.span.end && !head_named {
                continue;
            }
            // A pronoun after its sentence's subject names that subject ("Microsoft said it
            // would spend …"): no need to look further back.
            // (So does one after its clause's subject: "…, while Google said last year it
            // would invest".)
            let subject_pronoun = a.class == refs::Class::Any
                && ((i == first_at(clause_start)
                    && s[clause_start..e.span.start]
                        .split_whitespace()
                        .take(6)
                        .count()
                        <= 5)
                    || parties::says_of_itself(s, e, &a));
            // "Khazna, the G42-backed operator, will invest": a description in apposition
            // to the name is that name.
            // The apposition closes on a comma within a few words ("Assemblée par Eviden,
            // filiale d'Atos, la machine affichera": not "Atos, la machine affichera").
            let apposed = s.get(e.span.end..a.span.start) == Some(", ")
                && s.get(a.span.end..f.span.start).is_some_and(|rest| {
                    rest.find(',')
                        .is_some_and(|k| rest[..k].split_whitespace().nth(4).is_none())
                });
            // "Brookfield, qui prendra 49 % de la société de projet et y apportera 520
            // millions": a description inside the name's relative clause is no new subject.
            let relative = || {
                relative::relative_subject(s, e, f.span.start)
                    || relative::subject_of_closed_relative(s, e, f.span.start)
            };
            if a.span.start >= e.span.end
                && !subject_pronoun
                && !apposed
                && !relative()
                && let Some(k) = resolve(&a)
            {
                // "La Cour des comptes estimait que l'État devrait consacrer …": a reference
                // in what a forecaster reckons names someone else than the forecaster; when it
                // can name no one else, no one.
                if entities[k].canonical == e.canonical
                    && !chips
                    && parties::forecaster(s, e, f.span.start)
                {
                    looks.note_forecast(f.span.start);
                    return None;
                }
                return Some(k);
            }
            // "Governor X said the state had offered $1.3bn": a person speaking before a
            // subject of its own is no owner; when that subject names no one found, no one is.
            if a.span.start >= e.span.end && !subject_pronoun && e.kind == EntityKind::Person {
                return None;
            }
        }
        let look = looks.get(i);
        // "Consultancy Grid Strategies estimates that utilities will have to add 128 GW": a
        // source forecasting a market names no owner of it, nor does anyone before it.
        if look.source && !chips && parties::forecaster(s, e, f.span.start) {
            looks.note_forecast(f.span.start);
            return None;
        }
        if aside_of(e) || look.location || look.source || look.speech {
            continue;
        }
        // "Deutsche Telekom et Nvidia vont installer 10 000 GPU": a pair of subjects, the first.
        if shape::second_of_pair(s, entities, i, clause_start) {
            continue;
        }
        if (chips || f.kind == FigureKind::Flops)
            && (e.kind == EntityKind::Product || modifiers::modifier(s, entities, i))
        {
            continue;
        }
        // A place followed by a comma or a bracket is where, not who ("Phoenix, Arizona,");
        // so is a dateline.
        // "Gulf states could spend $250bn": a group of actors, no single owner; nor is a
        // market's money that someone forecasts.
        if modifiers::group_of(s, e) {
            return None;
        }
        if !chips && parties::forecaster(s, e, f.span.start) {
            looks.note_forecast(f.span.start);
            return None;
        }
        // ("Ottawa fournira 2 milliards $ et Québec, 1,2 milliard $": a second subject whose
        // verb is left out, its amount right after the comma.)
        let gapped = || {
            s[e.span.end..f.span.start] == *", "
                && [" et ", " and "]
                    .iter()
                    .any(|w| s[..e.span.start].ends_with(w))
        };
        if e.kind == EntityKind::Place
            && ((s[e.span.end..].starts_with([',', ')'])
                && !(i == in_sentence.start
                    && shape::opens_as_subject(&s[sent.start..e.span.start], &s[e.span.end..]))
                && !gapped())
                || dateline::opens(s, e))
        {
            continue;
        }
        // (What the name is whatever the amount, read once for all the figures it may own.)
        let qualifier = || {
            *here.qualifiers[i].get_or_init(|| {
                modifiers::modifier(s, entities, i)
                    || modifiers::place_qualifies_firm(s, e)
                    || parties::agent(s, e)
                    || apposed::related_in_apposition(s, e)
            })
        };
        if possessive::possessive_modifier(s, e, f.span.start)
            || (!chips && looks.get(i).supplier)
            || shape::regulator(s, e, f.span.start)
            || qualifier()
        {
            continue;
        }
        // "Nvidia will supply 20,000 GPUs to MGX", "AMD agreed to supply 6 gigawatts of GPUs
        // to X": what is handed over goes to its owner (money sold for is the seller's).
        if f.kind != FigureKind::Money && supply::supplier(s, e, f.span.start) {
            if let Some(k) =
                supply::recipient(s, entities, after_amount..in_sentence.end, f.span.end)
            {
                return Some(k);
            }
            continue;
        }
        // "led by ASML, which invested €1.3bn": a name before a relative pronoun is the
        // subject of the clause that states the amount, backer or not.
        if let Some(k) = shape::apposition_complement(s, entities, i) {
            return Some(k);
        }
        if relative::relative_subject(s, e, f.span.start)
            || relative::subject_of_closed_relative(s, e, f.span.start)
        {
            return Some(i);
        }
        // The candidate closes an aside between commas: the subject stands before it.
        if let Some(k) = shape::subject_before_aside(
            s,
            entities,
            looks,
            clause_start..f.span.start,
            i,
            f.span.start,
        ) {
            return titled_person_owner(s, entities, looks, sent, k).or(Some(k));
        }
        if s[e.span.end..f.span.start].contains(',')
            && let Some(k) = opening_anaphor_owner(s, entities, looks, clause_start, e)
        {
            return Some(k);
        }
        // What is bought owns the value the deal puts on it, not the price paid.
        if look.bought && shape::values_what_is_bought(s, f.span.start) {
            return Some(i);
        }
        // A product (a model, a chip, a service) owns money only when no one else is there;
        // so does a seller or a backer ("buy chips from X in a deal worth …", "raised money
        // from X at a $6bn valuation"); and who put money in owns no valuation ("dont 1,3
        // milliard apportés par ASML, pour une valorisation de 11,7 milliards").
        if look.partner
            || e.kind == EntityKind::Product
            || parties::other_side_from(s, e)
            || (parties::gives_by(s, e) && amount_words::valuation_before(s, f.span.start))
        {
            partner.get_or_insert(i);
            continue;
        }
        // A person introduced by a possessive title ("Son président, X") speaks for the
        // actor the possessive names.
        if let Some(k) = titled_person_owner(s, entities, looks, sent, i) {
            return Some(k);
        }
        return Some(i);
    }
    if let Some(a) = scan.upto(floor) {
        // "Avec ses 3,2 milliards d'euros, Orange …": a possessive in a fronted phrase names
        // the subject after it.
        if let Some(k) = shape::fronted_possessor(s, entities, sent, &a, f) {
            return Some(k);
        }
        match resolve(&a) {
            Some(k) => return Some(k),
            // "Le gouvernement a annoncé 400 millions": a government no name stands for is
            // no company's, whatever the paragraph is about.
            None if a.class == refs::Class::Government => return None,
            None => {}
        }
    }
    // A backer ("led by X") is no owner of the valuation it sets.
    if let Some(i) = partner.filter(|_| !amount_words::valuation_before(s, f.span.start)) {
        return Some(i);
    }

    // 3. The subject after a fronted phrase, or the agent after the figure, in its clause.
    if !chips {
        let clause_end = here.clauses.clause_end(f.span.end, sent.end, s.len());
        if let Some(k) = after::grant_recipient(
            s,
            entities,
            looks,
            f,
            after_amount..in_sentence.end,
            clause_end,
        ) {
            return Some(k);
        }
        let after = after::agent_after(
            s,
            entities,
            looks,
            f,
            after_amount..in_sentence.end,
            clause_end,
            &aside_of,
        );
        if let Some(i) = after {
            return Some(i);
        }
    }
    // 4. What speaks of the figure after it, the article's voice, the text's topic.
    fallback::last_owner(s, entities, looks, f, here)
}

/// "the Rs 10,372 crore IndiaAI Mission", "the $500bn Stargate venture": an amount after a
/// definite determiner, right before a programme's, a body's or a firm's name, is that one's.
fn premodifies(s: &str, e: &EntityHit, f: &FigureHit) -> bool {
    if s.get(f.span.end..e.span.start) != Some(" ")
        || !matches!(
            e.kind,
            EntityKind::Project | EntityKind::Institution | EntityKind::Company
        )
        || modifiers::chip_maker(s, e)
    {
        return false;
    }
    let before = s[..f.span.start].trim_end();
    let word = before.rsplit([' ', '\n']).next().unwrap_or("");
    ["the", "its", "their"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}
