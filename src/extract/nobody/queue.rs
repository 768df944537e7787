//! A grid's queue of connection requests ("RTE a reçu des demandes de raccordement totalisant
//! 25 GW", "interconnection requests, mostly from data centres, now total 205 GW"): power many
//! projects ask for, no one's.

use crate::text::around;

/// Plural nouns of requests for power.
const REQUESTS: &[&str] = &[
    "demandes",
    "requêtes",
    "requests",
    "applications",
    "file d'attente",
    "file d’attente",
    "queue",
];

/// Words that make the requests a queue: a grid receiving them, or data centres in general
/// asking.
const QUEUE_CUES: &[&str] = &[
    "reçu",
    "received",
    "receiving",
    "centres de données",
    "data centres",
    "data centers",
    "data-centre",
    "data-center",
];

/// Words before the requests that make them one actor's ("its requests", "ses demandes").
const OWNING: &[&str] = &[
    "its ", "their ", "our ", "ses ", "leurs ", "nos ", "sa ", "son ",
];

/// Whether the power amount at `at` is what a queue of requests totals. `s[from..at]`: the
/// sentence before the amount.
pub fn connection_queue(s: &str, from: usize, at: usize) -> bool {
    let t = around(s, from.max(at.saturating_sub(QUEUE_REACH)), at);
    // Most power amounts have no request noun before them: a byte filter first.
    if ![
        "emand",
        "equest",
        "pplication",
        "queue",
        "attente",
        "requête",
    ]
    .iter()
    .any(|r| t.contains(r))
    {
        return false;
    }
    crate::text::with_lower(t, |low| {
        let Some(k) = REQUESTS.iter().filter_map(|r| low.rfind(r)).max() else {
            return false;
        };
        let before = &low[..k];
        let owned = OWNING.iter().any(|o| before.ends_with(o));
        !owned && QUEUE_CUES.iter().any(|c| low.contains(c))
    })
}

/// How far before the amount (bytes) the requests are looked for.
const QUEUE_REACH: usize = 140;

#[cfg(test)]
mod tests {
    use super::connection_queue;

    fn queue(s: &str) -> bool {
        let at = s.find(char::is_numeric).unwrap();
        connection_queue(s, 0, at)
    }

    #[test]
    fn a_queue_of_requests_is_no_ones_power() {
        assert!(queue(
            "RTE a reçu des demandes de raccordement totalisant 25 GW."
        ));
        assert!(queue(
            "Large-load interconnection requests, mostly from data centres, now total 205 GW."
        ));
        assert!(queue(
            "Tenaga has said it has received applications for more than 11 GW."
        ));
        // One actor's own requests, or a connection granted, are its own.
        assert!(!queue(
            "Nordivia a déposé ses demandes de raccordement pour 300 MW."
        ));
        assert!(!queue(
            "Google a demandé à Elia un raccordement supplémentaire de 250 MW."
        ));
        assert!(!queue(
            "RTE a confirmé une capacité de raccordement de 400 MW."
        ));
    }
}
