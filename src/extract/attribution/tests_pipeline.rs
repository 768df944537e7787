//! Owners read through the whole pipeline (rules, reranker and the fills after them): a results
//! call's host, a person's fortune, the State's public money, a chip supplier, a newsletter's
//! names in bold, a newsroom that read a document, a round's lead investor, a chip's maker
//! named in its model's name, another article's headline in a related-links box.

use crate::extract::EntityKind;
use crate::extract::tests_owners::{contract, owner_of, owners};

#[test]
fn a_calls_host_owns_what_its_executives_state() {
    let t = "# Lumène Systems – Conférence téléphonique sur les résultats du T3 2026\n\n\
             **Opérateur** : Bienvenue à la conférence de Lumène Systems.\n\n\
             **Claire Vasseur-Morin** : Le chiffre d'affaires s'établit à 312 millions \
             d'euros. La commande de Helvétis Cloud porte sur 640 millions d'euros. Notre \
             carnet atteint 2,4 milliards d'euros.\n\n**Julien Marcadet (Oddo BHF)** : Helvétis \
             Cloud paiera-t-il d'avance ?\n\n**Claire Vasseur-Morin** : Oui. Helvétis Cloud \
             a signé. Nous avons livré 41 000 accélérateurs.";
    let owner = |a: &str| owner_of(t, a);
    assert_eq!(owner("312").as_deref(), Some("Lumène Systems"));
    assert_eq!(owner("2,4").as_deref(), Some("Lumène Systems"));
    assert_eq!(owner("41").as_deref(), Some("Lumène Systems"));
    // The customer's order is the customer's.
    assert_eq!(owner("640").as_deref(), Some("Helvétis Cloud"));
}

#[test]
fn a_fortune_is_its_persons() {
    let t = "Sylvain Keraudren, le fondateur d'Orbelis, est devenu milliardaire. Orbelis a \
             levé 2 milliards d'euros. Selon Bloomberg, la fortune du cofondateur et PDG \
             d'Orbelis atteint 6,8 milliards d'euros. Son associé Rafael Ortuño n'est pas en \
             reste : sa fortune est estimée à 1,9 milliard d'euros.";
    let owner = |a: &str| owner_of(t, a);
    assert_eq!(owner("2 m").as_deref(), Some("Orbelis"));
    assert_eq!(owner("6,8").as_deref(), Some("Sylvain Keraudren"));
    assert_eq!(owner("1,9").as_deref(), Some("Rafael Ortuño"));
}

#[test]
fn public_money_no_one_owns_is_the_states() {
    let t = "Le gouvernement a présenté son plan : 2,8 milliards d’euros d’argent public sur \
             quatre ans. Le marché pèsera 40 milliards d'euros. L'État paiera.";
    assert_eq!(owners(t), [Some("État".to_string()), None]);
    // Money no budget's words qualify, or that they deny: not the State's.
    let t = "Mistral AI lève des fonds. L'État est actionnaire. Chaque centre de données coûte \
             3 milliards d'euros, sans dépense publique.";
    assert_ne!(owners(t).last().cloned().flatten().as_deref(), Some("État"));
    // No State named: no one.
    let t = "Le plan prévoit 2,8 milliards d’euros d’argent public sur quatre ans.";
    assert_eq!(owners(t), [None]);
}

#[test]
fn a_word_of_fortune_that_names_no_ones_wealth_gives_no_person() {
    for (t, a) in [
        (
            "Jensen Huang has led Nvidia for decades. Nvidia's fortunes have soared: the \
             company reported revenue of $35.1 billion.",
            "$35.1",
        ),
        (
            "Sundar Pichai spoke on Monday. According to Fortune, Alphabet will spend $75 \
             billion on data centres.",
            "$75",
        ),
        (
            "Arthur Mensch a parlé. Mistral AI a dépensé une petite fortune, 500 millions \
             d'euros.",
            "500",
        ),
        (
            "Elon Musk, dont la fortune dépasse 400 milliards de dollars, a annoncé que xAI \
             lèvera 20 milliards de dollars.",
            "20",
        ),
    ] {
        let got = owner_of(t, a);
        let persons = [
            "Jensen Huang",
            "Sundar Pichai",
            "Arthur Mensch",
            "Elon Musk",
        ];
        assert!(
            got.as_deref().is_none_or(|o| !persons.contains(&o)),
            "{t}: {got:?}"
        );
    }
}

#[test]
fn a_call_named_in_a_sentence_makes_no_host() {
    // No title: a first sentence naming a call.
    let t = "Alphabet shares rose 5% after the company's earnings call on Tuesday. Saudi Arabia \
             pledged $100 billion for AI.";
    assert_ne!(owner_of(t, "$100").as_deref(), Some("Alphabet"));
}

#[test]
fn a_chip_supplier_owns_nothing_of_the_site_it_equips() {
    // "fournis par l'américain Nvidia": the maker a participle names after the chips, an
    // adjective of origin between.
    let t = "Deux tranches. Le projet sera mené en deux tranches. La première, de 120 \
             millions d'euros, doit entrer en service en 2027 avec 16 MW de puissance et \
             environ 2 000 processeurs graphiques fournis par l'américain Nvidia. La seconde, \
             chiffrée à 220 millions, portera la capacité du site à 48 MW.";
    let owner = |a: &str| owner_of(t, a);
    assert_ne!(owner("16 MW").as_deref(), Some("Nvidia"));
    assert_ne!(owner("120").as_deref(), Some("Nvidia"));
    assert_ne!(owner("48 MW").as_deref(), Some("Nvidia"));
    // A maker named with its chips is a supplier in the next sentence too.
    let t = "Atlasine Compute was founded in 2024 by Brennard Capital. The company is planning \
             2.4 gigawatts of capacity across four campuses in Texas. Its first two sites, \
             totaling 900 megawatts, are under construction.\n\nThe Abilene campus is \
             designed to hold about 250,000 Nvidia GB300 chips, which would provide an \
             estimated 3.7 zettaflops of AI computing power, the presentation showed. The \
             Alberta project, which is still seeking permits, is expected to cost C$9 billion.";
    assert_ne!(owner_of(t, "3.7").as_deref(), Some("Nvidia"));
    assert_ne!(owner_of(t, "C$9").as_deref(), Some("Nvidia"));
    // "Nvidia graphics processing units": the chips' maker too.
    let t = "Kitaboshi Compute plans a campus in Hokkaido, financed with loans. The first \
             phase will house about 60,000 Nvidia graphics processing units and provide \
             roughly 300 exaflops of AI computing power, according to the company.";
    assert_ne!(owner_of(t, "300").as_deref(), Some("Nvidia"));
}

#[test]
fn a_firm_described_by_the_chips_it_makes_owns_its_results() {
    let t = "La start-up nantaise Kalypso AI a annoncé mardi une levée de fonds de 210 \
             millions d’euros. Le tour est mené par le fonds américain Greyline Ventures. Sur \
             les 210 millions, 60 millions proviennent de Greyline Ventures.\n\n## Nvidia, \
             encore et toujours\n\nLe fabricant américain de puces Nvidia a publié mercredi \
             des résultats trimestriels qui donnent le tournis : 61 milliards de dollars de \
             chiffre d’affaires (environ 56 milliards d’euros).";
    assert_eq!(owner_of(t, "61").as_deref(), Some("Nvidia"));
}

#[test]
fn a_name_a_newsletter_sets_in_bold_owns_its_item() {
    let t = "## STARTUPS\n\n**Altavia** will spend $3 billion on data centers.\n\n\
             **Tessellate**, a two-year-old startup making software, raised a **$75 million** \
             seed round. Investors include **Lightbeam Capital**.\n\n- Chip designer \
             **Quillfeather** priced its IPO, raising $1.8 billion.\n\n- **Agenda** : le \
             salon se tient à Paris.";
    let owner = |a: &str| owner_of(t, a);
    assert_eq!(owner("$75").as_deref(), Some("Tessellate"));
    assert_eq!(owner("$1.8").as_deref(), Some("Quillfeather"));
    // A bold label before a colon is no name.
    let names = crate::extract::extract(t, &crate::extract::Lexicon::builtin()).entities;
    assert!(!names.iter().any(|e| e.canonical == "Agenda"));
}

#[test]
fn a_newsroom_that_read_a_document_owns_none_of_it() {
    let t = "Le JDD a pu consulter le document de travail de la future stratégie nationale. \
             Sur la table : 7,5 milliards d’euros d’argent public d’ici à 2030.";
    assert_ne!(owner_of(t, "7,5").as_deref(), Some("JDD"));
    // Nor one that found out, or understands.
    let t = "Nvidia is moving ahead with its campus in Kiryat Tivon. TheMarker has learned that \
             the campus could cost up to NIS 12 billion over a decade.";
    assert_ne!(owner_of(t, "NIS 12").as_deref(), Some("TheMarker"));
    let t = "Lloyds Banking Group and NatWest are leading a £620m loan to Docklands West, \
             Capacity understands.";
    assert_ne!(owner_of(t, "£620m").as_deref(), Some("Capacity"));
    // A firm that learned a lesson is no newsroom.
    let t = "Microsoft has learned from the outage and will spend $80 billion on data centres.";
    assert_eq!(owner_of(t, "$80").as_deref(), Some("Microsoft"));
    let t = "Mistral AI a appris à entraîner ses modèles et dépensera 8,5 milliards d'euros.";
    assert_eq!(owner_of(t, "8,5").as_deref(), Some("Mistral AI"));
}

#[test]
fn an_insurer_named_after_chez_is_a_company_its_description_takes_up() {
    let t = "Chez Hélios Assurances, on a choisi la location. L'assureur a réservé 2 500 GPU \
             chez le néo-cloud français Nébula Compute pour trois ans.";
    assert_eq!(owner_of(t, "2 500").as_deref(), Some("Hélios Assurances"));
}

#[test]
fn a_rounds_lead_investor_is_not_the_company_valued_after_it() {
    let t = "Sérac AI annonce avoir réuni 48 millions de francs. Swisscom Ventures mène le \
             tour avec un ticket de 12 millions, aux côtés du fonds zurichois Alpstein \
             Capital.\n\nSelon nos informations, l’opération valorise la société autour de 260 \
             millions de francs.";
    let owner = |a: &str| owner_of(t, a);
    assert_eq!(owner("260").as_deref(), Some("Sérac AI"));
    assert_eq!(owner("12").as_deref(), Some("Swisscom Ventures"));
}

#[test]
fn a_name_fronted_after_one_preposition_is_what_the_next_reference_names() {
    let t = "Sahra Compute is building the campus, and Falaj owns 40 per cent of Sahra \
             Compute.\n\nFor Najd Digital, the investment is its first outside Saudi Arabia. \
             The company, which runs a 120MW data centre in Riyadh, reported revenue of SR2.8 \
             billion last year.";
    let owner = |a: &str| owner_of(t, a);
    assert_eq!(owner("120MW").as_deref(), Some("Najd Digital"));
    assert_eq!(owner("SR2.8").as_deref(), Some("Najd Digital"));
}

#[test]
fn a_description_a_verb_names_is_that_name() {
    let t = "Le fonds Xinchuang IV a été lancé en 2024. Le champion désigné s’appelle Tianqiong \
             Semiconductor. Cette entreprise de Shenzhen, encore inconnue en Europe il y a \
             trois ans, a réalisé 38 milliards de yuans de chiffre d’affaires en 2025.";
    assert_eq!(
        owner_of(t, "38").as_deref(),
        Some("Tianqiong Semiconductor")
    );
}

#[test]
fn the_agent_of_a_passive_verb_of_building_owns_the_cost_before_it() {
    let t = "Le Gabon veut son centre de données. Le projet, d'un coût estimé à 120 milliards \
             FCFA, est porté par Ogooué Data, une coentreprise entre le FGIS et Nexa Gulf \
             Digital.";
    assert_eq!(owner_of(t, "120").as_deref(), Some("Ogooué Data"));
}

#[test]
fn the_rules_of_this_file_stay_narrow() {
    // A supplier's reading is not spread to the next name of a list.
    let t = "OpenAI will buy GPUs from Nvidia and AMD will invest $2 billion in the startup.";
    assert_eq!(owner_of(t, "$2").as_deref(), Some("AMD"));
    // A firm that obtained or reviewed something is no newsroom.
    let t = "Scaleway s'est procuré 1 000 GPU H100 pour 40 millions d'euros.";
    assert_eq!(owner_of(t, "40").as_deref(), Some("Scaleway"));
    let t = "Microsoft reviewed its spending plans and now expects to spend $80 billion.";
    assert_eq!(owner_of(t, "$80").as_deref(), Some("Microsoft"));
    // A fronted name before a clause with a name of its own is no topic.
    let t = "For Microsoft, OpenAI has become a crucial partner. The company raised $6.6 \
             billion in October.";
    assert_eq!(owner_of(t, "$6.6").as_deref(), Some("OpenAI"));
    // A relative clause between a description and "is called" names someone else.
    let t = "Helsing is expanding. The company, whose main investor is called General \
             Catalyst, raised €600 million.";
    assert_eq!(owner_of(t, "€600").as_deref(), Some("Helsing"));
    // Groups in a list of objects, or in apposition to names, are no subject.
    let t = "OpenAI signed deals with Oracle and the largest cloud providers worth $300 \
             billion.";
    assert_eq!(owner_of(t, "$300").as_deref(), Some("OpenAI"));
    let t = "Microsoft and Google, the two largest cloud providers, will spend $150 billion \
             this year.";
    assert_eq!(owner_of(t, "$150").as_deref(), Some("Microsoft"));
    // A bold word in a sentence is a name only after a noun of what it is.
    let t = "The buzzword this week is **Sovereignty** and Europe wants $200 billion for it.";
    assert_eq!(owner_of(t, "$200").as_deref(), Some("Europe"));
}

#[test]
fn a_model_named_after_its_maker_lists_both_and_the_maker_owns_nothing() {
    let text = "Tessellate will deploy 4,000 Nvidia H200 chips at its Ohio site, and \
                SoftBank Vision Fund 2 will pay for them.";
    let x = contract(text);
    let names: Vec<(&str, &str, EntityKind)> = x
        .entities
        .iter()
        .map(|e| (e.text.as_str(), e.canonical.as_str(), e.kind))
        .collect();
    assert!(
        names.contains(&("Nvidia", "Nvidia", EntityKind::Company)),
        "{names:?}"
    );
    assert!(
        names.contains(&("H200", "H200", EntityKind::Product)),
        "{names:?}"
    );
    let chars: Vec<char> = text.chars().collect();
    for e in &x.entities {
        assert_eq!(e.text, chars[e.start..e.end].iter().collect::<String>());
    }
    // A fund's number is no model.
    assert!(!names.iter().any(|n| n.0 == "SoftBank"), "{names:?}");
    assert_ne!(x.figures[0].actor.as_deref(), Some("Nvidia"));
}

#[test]
fn the_outlet_on_a_story_s_credit_line_owns_none_of_its_news() {
    let t = "Vercors Silicium s'envole de 9 % après un contrat\n\nBoursorama avec AFP · publié le \
             21/10/2026 à 10:42\n\nLe fabricant grenoblois a signé un contrat. Son chiffre \
             d'affaires a progressé de 31 % à 1,26 milliard d'euros.\n\nLes informations \
             diffusées sur Boursorama ne constituent pas un conseil.";
    assert_eq!(owner_of(t, "1,26").as_deref(), Some("Vercors Silicium"));
    // A photo's caption credited to the firm of the news leaves the firm an actor.
    let t = "Claire Morel, cofondatrice de Vergence AI, dans son laboratoire. © Vergence AI\n\n\
             La société avait levé 5,5 millions d'euros en 2024.";
    assert_eq!(owner_of(t, "5,5").as_deref(), Some("Vergence AI"));
    // A one-line paragraph of news that says "mis à jour" is no credit line.
    let t = "Vercors Silicium s'envole après un contrat\n\nQuantil Systems a mis à jour le plan \
             de son usine.\n\nSon chiffre d'affaires a progressé de 31 % à 1,26 milliard d'euros.";
    assert_eq!(owner_of(t, "1,26").as_deref(), Some("Quantil Systems"));
}

#[test]
fn the_outlet_of_a_copyright_line_is_the_source_of_its_masthead_too() {
    let t = "Kapitalis\nAccueil > Economie\n\nLe centre national de calcul, un projet de 420 \
             MDT\n\nPublié le 19 mars 2026 | Par Mourad Ben Salah\n\nLe projet, révélé par \
             Kapitalis en janvier, entre dans sa phase opérationnelle. Le centre comprendra 1 024 \
             GPU et une puissance de 4 MW.\n\nKapitalis © 2026 - Tous droits réservés";
    assert_ne!(owner_of(t, "1 024").as_deref(), Some("Kapitalis"));
    // (A photo's "© Vergence AI", with neither a year nor rights reserved, holds no outlet:
    // see the credit line's test above.)
}

#[test]
fn who_saw_the_documents_or_was_told_is_the_source_not_the_owner() {
    let t = "Redbud Compute is building a campus. Records reviewed by The Times show that it \
             accounted for $412 million of the total.";
    assert_ne!(owner_of(t, "$412").as_deref(), Some("Times"));
    // Markdown's emphasis around the outlet's name.
    let t = "Lumenweave Cloud plans a 40MW facility. Revenue reached €64m in the 12 months to \
             November, the company told *The Raise*.";
    assert_ne!(owner_of(t, "€64m").as_deref(), Some("Raise"));
    let t = "Selon des documents consultés par Le Canard, Orbitex Cloud paiera 12 millions \
             d'euros.";
    assert_eq!(owner_of(t, "12 millions").as_deref(), Some("Orbitex Cloud"));
}

#[test]
fn a_firm_on_its_own_copyright_line_or_a_photo_credit_stays_an_actor() {
    // A press release's footer names the firm of its news.
    let t = "Nvidia Announces Financial Results\n\nNvidia reported revenue of $35.6 billion for \
             the quarter.\n\n© 2026 Nvidia. All rights reserved.";
    assert_eq!(owner_of(t, "$35.6").as_deref(), Some("Nvidia"));
    // A photo's credit line.
    let t = "Arthur Mensch, cofondateur de Mistral AI, à Paris. Photo © 2025 AFP\n\nMistral AI a \
             annoncé une levée de 1,7 milliard d'euros.";
    assert_eq!(owner_of(t, "1,7").as_deref(), Some("Mistral AI"));
    // What a firm obtained is its own: no newsroom obtained it.
    let t = "Les financements obtenus par Mistral AI s'élèvent désormais à 1,7 milliard d'euros.";
    assert_eq!(owner_of(t, "1,7").as_deref(), Some("Mistral AI"));
}

#[test]
fn a_firms_own_measure_told_by_its_chief_is_no_sectors() {
    let t = "OVHcloud a annoncé un plan d'investissement. Selon son président, la consommation des \
             serveurs du groupe devrait passer à 120 MW.";
    assert_eq!(owner_of(t, "120 MW").as_deref(), Some("OVHcloud"));
}

#[test]
fn a_related_links_headlines_hold_no_figure_and_no_actor_of_the_article() {
    let t = "Kestrel Compute raised $40 million from Harbourline on Tuesday.\n\n\
             Read also: Danantara taps domestic bond market for Rp 50 trillion\n\n\
             À lire aussi\nNvidia, la machine à cash qui valait 5 000 milliards de dollars\n\n\
             The company will spend the money on 2,000 GPUs.";
    let x = contract(t);
    let figures: Vec<&str> = x.figures.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(figures, vec!["$40 million", "2,000 GPUs"], "{figures:?}");
    let names: Vec<&str> = x.entities.iter().map(|e| e.canonical.as_str()).collect();
    assert!(!names.contains(&"Danantara"), "{names:?}");
    assert!(names.contains(&"Kestrel Compute"), "{names:?}");
}

#[test]
fn an_amount_right_after_a_possessive_is_the_possessors_whatever_the_reranker_weighs() {
    let t = "Kora Compute raised $40 million in a Series B. Kora Compute will also host part of \
             the Nigerian government's ₦50 billion sovereign compute pilot, Kora Compute said.";
    assert_eq!(owner_of(t, "₦50").as_deref(), Some("Nigerian government"));
    // What someone buys or taps of another's is no lock for the other.
    let t = "Anthropic will tap Google's $10 billion of TPU capacity next year, Anthropic said.";
    assert_eq!(owner_of(t, "$10").as_deref(), Some("Anthropic"));
}

#[test]
fn a_newsroom_that_reveals_the_news_is_the_texts_author() {
    use crate::extract::EntityHit;
    let t = "*Street Talk* · Exclusive\n\nSirius Compute has closed a $350 million round, \
             Street Talk can reveal. Kestrel has learned from its outage.";
    let hit = |name: &'static str, kind| {
        let at = t.rfind(name).unwrap();
        EntityHit {
            span: at..at + name.len(),
            canonical: name,
            kind,
            from_lexicon: false,
        }
    };
    let entities = vec![
        hit("Sirius Compute", EntityKind::Company),
        hit("Street Talk", EntityKind::Company),
        hit("Kestrel", EntityKind::Company),
    ];
    let found = crate::extract::attribution::sources::revealing_newsrooms(t, &entities);
    assert_eq!(found, vec![1]);
}
