//! The article's own voice: whose "we" ("nous", "our") it is — the company a press release,
//! a company blog or an interview speaks for, when one company dominates the text.

use crate::extract::entities::wordhash::WordHashBuild;
use crate::extract::{EntityHit, EntityKind};

/// First-person plural words: the voice of an organisation speaking.
const WE: &[&str] = &["we", "our", "ours", "us", "nous", "notre", "nos"];

/// How many times at least the dominant company is named.
const MIN_MENTIONS: usize = 3;

/// The company the article speaks for: the one named most, at least [`MIN_MENTIONS`] times (or
/// twice, one of them in the text's first line: a letter's or a release's title) and twice as
/// often as any other company, its mentions as a wire agency in a dateline aside (a wire's
/// "(Reuters) -" names no speaker). Entity index of its first counted mention.
pub fn dominant_company(s: &str, entities: &[EntityHit]) -> Option<usize> {
    // (A sovereign fund's or an agency's review speaks as "we" too.)
    leading_company(s, entities, 2.0, |i| {
        matches!(
            entities[i].kind,
            EntityKind::Company | EntityKind::Institution
        ) && !super::dateline::agency(s, entities, i)
    })
}

/// The body a letterhead names ("RIMAL INVESTMENT AUTHORITY" alone on the text's first line):
/// whose "we" a review or a release under it speaks.
pub fn letterhead(s: &str, entities: &[EntityHit]) -> Option<usize> {
    let e = entities.first()?;
    let first_line = e.span.start == s.len() - s.trim_start().len();
    (first_line
        && capitals_line(s, e)
        && matches!(e.kind, EntityKind::Company | EntityKind::Institution)
        // (A one-word masthead, "SÉNAT", heads a record of many voices.)
        && s[e.span.clone()].contains(' '))
    .then_some(0)
}

/// The name stands alone on its line, in capitals ("TIANSHU COMPUTING HOLDINGS LIMITED").
pub fn capitals_line(s: &str, e: &EntityHit) -> bool {
    let before = s[..e.span.start].trim_end_matches(' ');
    (before.is_empty() || before.ends_with('\n'))
        && s[e.span.end..]
            .trim_start_matches(' ')
            .starts_with(['\n', '\r'])
        && !s[e.span.clone()].chars().any(char::is_lowercase)
}

/// Where the text's first line (its title, blank lines before it aside) ends: at its line
/// break, or at the text's end.
pub fn title_end(s: &str) -> usize {
    let body = s.trim_start();
    s.len() - body.len() + body.find('\n').unwrap_or(body.len())
}

/// How far into the text (bytes) a title naming a person with their company is looked for
/// (past a Markdown front matter).
const TITLE_REACH: usize = 600;

/// The company of the person a title names with it ("Corvane’s Priya Raman on …", "Camille
/// Ferrand (Vireo Silicium) : « … »", "entretien avec Nadia B, PDG de Sahara Compute"): in an
/// interview, whose "we" the answers speak.
pub fn interviewee_company(s: &str, entities: &[EntityHit]) -> Option<usize> {
    let end = entities.partition_point(|e| e.span.start < TITLE_REACH);
    // The title's line: a person's title with their company after a comma is read there only.
    let title_end = title_end(s);
    // A post's byline: the author's name on the first line, "Founder & CEO at X" on the next.
    let byline_end = s[title_end..].strip_prefix('\n').map_or(title_end, |r| {
        title_end + 1 + r.find('\n').unwrap_or(r.len())
    });
    (0..end).find_map(|k| {
        let p = &entities[k];
        if p.kind != EntityKind::Person {
            return None;
        }
        let before = k.checked_sub(1).filter(|&c| {
            entities[c].kind == EntityKind::Company
                && matches!(
                    s.get(entities[c].span.end..p.span.start),
                    Some("'s " | "’s ")
                )
        });
        let after = || {
            Some(k + 1).filter(|&c| {
                entities.get(c).is_some_and(|e| {
                    e.kind == EntityKind::Company && s.get(p.span.end..e.span.start) == Some(" (")
                })
            })
        };
        let titled = || {
            Some(k + 1).filter(|&c| {
                entities.get(c).is_some_and(|e| {
                    let gap = s.get(p.span.end..e.span.start);
                    e.kind == EntityKind::Company
                        && (e.span.end <= title_end
                            || e.span.end <= byline_end
                                && p.span.end == title_end
                                && gap.is_some_and(|g| g.starts_with('\n')))
                        && gap.is_some_and(person_title_of)
                })
            })
        };
        before.or_else(after).or_else(titled)
    })
}

/// ", PDG de ", ", chief executive of ", ", CEO at " (or a byline's "\nFounder & CEO at "): a
/// title between a person and their company.
fn person_title_of(gap: &str) -> bool {
    let Some(t) = gap.strip_prefix(", ").or_else(|| gap.strip_prefix('\n')) else {
        return false;
    };
    let Some(title) = [" de ", " d'", " d’", " of ", " at ", " chez "]
        .iter()
        .find_map(|w| t.strip_suffix(w))
    else {
        return false;
    };
    let title = title.to_lowercase();
    title.split_whitespace().count() <= 4
        && (super::employer::CORPORATE_TITLES
            .iter()
            .any(|w| title.contains(w))
            || HEAD_WORDS
                .iter()
                .any(|w| title.split_whitespace().any(|x| x == *w)))
}

/// Words of heading a company that the corporate titles ([`super::employer`]) leave out, as
/// they also head states and bodies ("président", "directrice", "head").
const HEAD_WORDS: &[&str] = &[
    "président",
    "présidente",
    "directeur",
    "directrice",
    "dirigeant",
    "dirigeante",
    "president",
    "chairman",
    "chairwoman",
    "head",
    "cto",
];

/// The one company a title names, when no company is named more often ("Norvane Cloud Q3
/// earnings call: edited transcript", a release headed by its issuer, "ASE muscle son projet
/// d'usine"): what the article is about, and whose "we" it speaks when none dominates it twice
/// over.
pub fn titled_company(s: &str, entities: &[EntityHit]) -> Option<usize> {
    let counted = |k: usize| {
        entities[k].kind == EntityKind::Company && !super::dateline::agency(s, entities, k)
    };
    let title_end = title_end(s);
    // Only a company named in the title can be the titled one: most titles name none, and
    // their texts' names are not counted.
    if !entities
        .iter()
        .enumerate()
        .any(|(k, e)| e.span.end <= title_end && counted(k))
    {
        return None;
    }
    let ((i, count), second) = most_named(entities, counted)?;
    // (A title naming two companies, "Microsoft, Alphabet lift AI spending", is about both.)
    let alone = entities
        .iter()
        .take_while(|e| e.span.end <= title_end)
        .all(|e| e.kind != EntityKind::Company || e.canonical == entities[i].canonical);
    (count >= 2.max(second) && entities[i].span.end <= title_end && alone).then_some(i)
}

/// [`dominant_company`] with the lead over the next company as a ratio (`lead` = 2.0: twice
/// as often), counting only the mentions `counted` keeps.
pub fn leading_company(
    s: &str,
    entities: &[EntityHit],
    lead: f32,
    counted: impl Fn(usize) -> bool,
) -> Option<usize> {
    let ((first, count), second) = most_named(entities, counted)?;
    let titled = entities[first].span.end <= title_end(s);
    ((count >= MIN_MENTIONS || (titled && count >= 2)) && count as f32 >= lead * second as f32)
        .then_some(first)
}

/// The name most often named among the mentions `counted` keeps — (entity index of its first
/// mention, its count) — and the count of the next name.
pub fn most_named(
    entities: &[EntityHit],
    counted: impl Fn(usize) -> bool,
) -> Option<((usize, usize), usize)> {
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    // Names numbered as first met (a look-up per mention, not a scan of the names so far).
    let mut index: std::collections::HashMap<&str, usize, WordHashBuild> =
        std::collections::HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        if !counted(i) {
            continue;
        }
        match index.get(e.canonical) {
            Some(&k) => counts[k].1 += 1,
            None => {
                index.insert(e.canonical, counts.len());
                counts.push((e.canonical, 1, i));
            }
        }
    }
    // "Arcturus Compute Holdings N.V." is "Arcturus" in full: a name that opens another, word
    // for word, counts the longer one's mentions too.
    if counts.len() <= 64 {
        let opens = |short: &str, long: &str| {
            long.len() > short.len()
                && long.starts_with(short)
                && long.as_bytes()[short.len()] == b' '
        };
        for k in 0..counts.len() {
            for j in 0..counts.len() {
                if counts[j].1 > 0 && opens(counts[k].0, counts[j].0) {
                    counts[k].1 += counts[j].1;
                    counts[j].1 = 0;
                }
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let top = counts.first()?;
    Some(((top.2, top.1), counts.get(1).map_or(0, |c| c.1)))
}

/// How much more often than any other the main company ([`super::look::Looks::main_company`])
/// is named: a "we" asks for twice, but a town typed as a company ("Cornebarrieu") must not
/// hide the main company.
pub const LEAD: f32 = 1.5;

/// The letters "nous" ends in (its finder built once).
static OUS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("ous"));

/// Whether `t` holds "we" or "nous" as a word of its own ("we're", "we’ve" too): the subject
/// of an organisation speaking. Found from the bytes (most stretches hold neither); the chars
/// around a hit tell whether it is a word.
pub fn we_as_word(t: &str) -> bool {
    let b = t.as_bytes();
    let word = |a: usize, z: usize| {
        !t[..a].chars().next_back().is_some_and(char::is_alphabetic)
            && !t[z..].chars().next().is_some_and(char::is_alphabetic)
    };
    memchr::memchr2_iter(b'w', b'W', b)
        .any(|i| b.get(i + 1).is_some_and(|c| c | 0x20 == b'e') && word(i, i + 2))
        || OUS
            .find_iter(b)
            .any(|i| i >= 1 && b[i - 1] | 0x20 == b'n' && word(i - 1, i + 3))
}

/// Whether `stretch` holds a first-person plural word ("Nous avons facturé", "our total").
pub fn speaks_as_we(stretch: &str) -> bool {
    stretch
        .split(|c: char| !c.is_alphabetic())
        .any(|w| WE.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(canonical: &'static str, kind: EntityKind) -> EntityHit<'static> {
        EntityHit {
            span: 0..1,
            canonical,
            kind,
            from_lexicon: false,
        }
    }

    #[test]
    fn one_company_named_most_is_the_voice() {
        use EntityKind::*;
        let e = [
            hit("Pleias", Company),
            hit("Eurazeo", Company),
            hit("Pleias", Company),
            hit("Paris", Place),
            hit("Pleias", Company),
        ];
        assert_eq!(dominant_company("", &e), Some(0));
        // Two companies as often named: no one voice.
        let e = [
            hit("A", Company),
            hit("B", Company),
            hit("A", Company),
            hit("B", Company),
            hit("A", Company),
        ];
        assert_eq!(dominant_company("", &e), None);
        // Twice, once in the title line, and twice as often as any other.
        let s = "Pleias: an update\nDear shareholders, Pleias and Eurazeo";
        let mut e = [
            hit("Pleias", Company),
            hit("Pleias", Company),
            hit("Eurazeo", Company),
        ];
        e[0].span = 0..6;
        e[1].span = 37..43;
        e[2].span = 48..55;
        assert_eq!(dominant_company(s, &e), Some(0));
        let mut late = e.clone();
        late[0].span = 37..43;
        assert_eq!(dominant_company(s, &late), None, "not in the title");
        let mut rival = e.to_vec();
        rival.push(hit("Eurazeo", Company));
        assert_eq!(dominant_company(s, &rival), None, "as often as another");
    }

    #[test]
    fn a_title_naming_a_person_with_their_post_names_the_interviewee_company() {
        use EntityKind::*;
        let s = "« Nous investirons » : entretien avec Ana Roe, PDG de Quantil\n\nPar Karim B.";
        let at = |name: &'static str, kind| {
            let mut h = hit(name, kind);
            let i = s.find(name).unwrap();
            h.span = i..i + name.len();
            h
        };
        let e = [
            at("Ana Roe", Person),
            at("Quantil", Company),
            at("Karim B", Person),
        ];
        assert_eq!(interviewee_company(s, &e), Some(1));
        // Not past the title's line.
        let s2 = "Entretien\n\nAna Roe, PDG de Quantil, a parlé.";
        let i = s2.find("Ana Roe").unwrap();
        let j = s2.find("Quantil").unwrap();
        let mut e2 = [hit("Ana Roe", Person), hit("Quantil", Company)];
        e2[0].span = i..i + 7;
        e2[1].span = j..j + 7;
        assert_eq!(interviewee_company(s2, &e2), None);
        // A post's byline: the author on the first line, their post at the company next.
        let s3 = "Ana Roe\nFounder & CEO at Quantil | Building compute\n\nToday we sign.";
        let e3 = [
            {
                let mut h = hit("Ana Roe", Person);
                h.span = 0..7;
                h
            },
            {
                let mut h = hit("Quantil", Company);
                let j = s3.find("Quantil").unwrap();
                h.span = j..j + 7;
                h
            },
        ];
        assert_eq!(interviewee_company(s3, &e3), Some(1));
    }

    #[test]
    fn a_letterhead_on_the_first_line_is_the_voice_of_the_text_under_it() {
        use EntityKind::*;
        let s = "RIMAL INVESTMENT AUTHORITY\nANNUAL REVIEW\n\nWe committed $9.4 billion.";
        let mut e = [hit("RIMAL INVESTMENT AUTHORITY", Institution)];
        e[0].span = 0..26;
        assert_eq!(letterhead(s, &e), Some(0));
        // A one-word masthead heads a record of many voices.
        let s = "SÉNAT\nCOMPTE RENDU\n\nNous ferons tout.";
        let mut e = [hit("SÉNAT", Institution)];
        e[0].span = 0..6;
        assert_eq!(letterhead(s, &e), None);
    }

    #[test]
    fn a_name_counts_the_mentions_of_its_fuller_forms() {
        use EntityKind::*;
        let e = [
            hit("Arcturus", Company),
            hit("Microsoft", Company),
            hit("Arcturus", Company),
            hit("Microsoft", Company),
            hit("Arcturus Compute Holdings N.V", Company),
            hit("Arcturus Compute Holdings N.V", Company),
            hit("Arcturusx", Company),
        ];
        let ((first, count), second) = most_named(&e, |_| true).unwrap();
        assert_eq!((first, count, second), (0, 4, 2));
    }

    #[test]
    fn first_person_plural_words() {
        assert!(speaks_as_we("Nous avons facturé"));
        assert!(speaks_as_we("Today we're adding"));
        assert!(!speaks_as_we("Nouse and weather"));
    }

    #[test]
    fn we_or_nous_as_words_of_their_own() {
        assert!(we_as_word(", and we are paying "));
        assert!(we_as_word("Nous avons levé "));
        assert!(we_as_word("and we’re paying "));
        assert!(!we_as_word("the power between the weeks "));
        assert!(!we_as_word("vous et tous "));
    }
}
