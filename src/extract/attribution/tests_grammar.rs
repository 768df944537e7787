//! Attribution rules read from a sentence's grammar: a name after a preposition is no subject
//! a later reference takes up; a relative clause's amount is its antecedent's.

use super::tests::run;
use crate::extract::{Lexicon, extract_contract};

#[test]
fn a_reference_skips_a_name_after_a_preposition() {
    let a = run(
        "Côté calcul, [[Orange]] prévoit d'installer des GPU. Les serveurs seront assemblés \
         par [[Hewlett Packard Enterprise]]. Le groupe a signé un crédit de \
         {{1,5 milliard d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Orange"));
    let a = run(
        "[[Quantil]] expands. The racks were built by [[Dell]]. The company also raised \
         {{$300 million}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    // A name opening its sentence is still its subject.
    let a = run(
        "[[Quantil]] expands. [[Dell]] built the racks. The company also raised \
         {{$300 million}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Dell"));
}

#[test]
fn a_subject_after_an_aside_between_dashes_is_the_one_a_reference_takes_up() {
    // (The whole engine: the reranker reads the reference too.)
    let x = extract_contract(
        "Halvard says the campus will cost about $5 billion.\n\nIn Texas, where the grid has \
         received requests to connect large loads—most of them data centers—Brazos Crest \
         Energy has moved to lock up equipment. The Houston-based company ordered turbines \
         for about $2.8 billion.",
        &Lexicon::builtin(),
    );
    assert_eq!(x.figures[1].actor.as_deref(), Some("Brazos Crest Energy"));
}

#[test]
fn a_relative_clause_amount_is_its_antecedents_despite_a_description_inside() {
    let a = run(
        "[[Orange]] a présenté son plan. Pour ce campus, l'opérateur s'est associé au fonds \
         [[Brookfield]], qui prendra 49 % de la société de projet et y apportera \
         {{520 millions d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Brookfield"));
}

#[test]
fn a_possessive_in_a_fronted_phrase_names_the_subject_after_it() {
    let a = run(
        "[[Microsoft]] et [[Amazon]] multiplient les annonces.\n\nAvec ses \
         {{3,2 milliards d'euros}}, [[Orange]] ne prétend pas rivaliser avec eux.",
    );
    assert_eq!(a[0].as_deref(), Some("Orange"));
}

#[test]
fn a_place_glossing_another_or_naming_a_site_is_no_topic() {
    let a = run(
        "Le premier campus sera érigé à Val-de-Reuil ([[Eure|place]]). Une première phase \
         de {{60 MW|power}} doit entrer en service.",
    );
    assert_eq!(a[0], None);
    let a = run("Sur le site de [[Lyon|place]], une phase de {{60 MW|power}} entrera en service.");
    assert_eq!(a[0], None);
}

#[test]
fn the_government_of_an_article_about_one_country_is_that_countrys() {
    let text = |second: &str| {
        format!(
            "Researchers in the [[UK|place]] lack compute.\n\nStart-ups in \
             [[{second}|place]] wait.\n\nInvestors in the [[UK|place]] want more. The \
             government will invest {{{{£500 million}}}} to expand the [[UK|place]]'s compute."
        )
    };
    assert_eq!(run(&text("Scotland"))[0].as_deref(), Some("UK"));
    // A place named as often as another: no one country the article is about.
    let a = run(
        "Researchers in [[France|place]] and [[Germany|place]] lack compute.\n\nStart-ups in \
         [[Germany|place]] and [[France|place]] wait.\n\nThe government will invest \
         {{€500 million}} in compute.",
    );
    assert_eq!(a[0], None);
}

#[test]
fn places_in_brackets_after_a_name_and_before_plural_sites_are_where() {
    let a = run(
        "The selected projects are:\n\nHelios ([[Lübbenau|place]], [[Germany|place]]): \
         investment of {{€13.5 billion}}.",
    );
    assert_eq!(a[0], None);
    let a = run(
        "The money counts toward the total. It includes {{$65 billion}} for its first three \
         [[Arizona|place]] fabs.",
    );
    assert_ne!(a[0].as_deref(), Some("Arizona"));
}

#[test]
fn what_a_forecaster_reckons_another_will_spend_is_not_the_forecasters() {
    for text in [
        "La [[Cour des comptes|institution]] estime que l'État devrait consacrer \
         {{3 milliards d'euros}} par an à l'IA.",
        "La [[Cour des comptes|institution]] estimait en avril que l'État devrait consacrer \
         {{3 milliards d'euros}} par an à l'IA.",
    ] {
        assert_eq!(run(text)[0], None, "{text}");
    }
}

#[test]
fn a_lender_after_obtenir_de_owns_no_loan() {
    let a = run(
        "[[Orange]] a obtenu de la [[Banque européenne d'investissement|institution]] un prêt \
         de {{500 millions d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Orange"));
}

#[test]
fn a_measure_in_a_paragraph_speaking_as_we_is_the_speaking_companys() {
    let a = run(
        "[[Cohere]] letter to shareholders. [[Cohere]] grew. [[Cohere]] hired.\n\n\
         We buy capacity. [[CoreWeave]] supplies it.\n\n\
         We ended the quarter with more cash. Revenue rose to {{$48 million}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Cohere"), "{a:?}");
}

#[test]
fn a_place_a_data_centre_is_named_after_is_where() {
    let a = run(
        "[[Google]] investit. Le centre de données de [[Saint-Ghislain|place]] consommera \
         {{100 MW|power}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Google"));
}

#[test]
fn a_company_description_opening_a_paragraph_takes_up_the_main_company() {
    let a = run(
        "[[STMicroelectronics]] construit une usine. [[STMicroelectronics]] recrute. \
         [[STMicroelectronics]] investit.\n\nSelon [[Yole Group|company]], le marché croît. \
         [[Besi|company]] fournit les machines.\n\nLe groupe, qui a réalisé un chiffre \
         d'affaires de {{11,8 milliards de dollars}}, traverse une passe délicate.",
    );
    assert_eq!(a[0].as_deref(), Some("STMicroelectronics"));
}

#[test]
fn a_possessive_opening_the_sentence_owns_a_thing_not_a_rival() {
    let a = run(
        "[[Kestrel]] will pay for the cable. [[National Grid]]'s own reinforcement of the \
         network, estimated at {{£310m}}, will be recovered through bills.",
    );
    assert_eq!(a[0].as_deref(), Some("National Grid"));
    // Someone else the possessor names owns it: a rival, a unit.
    let a = run("[[Kestrel]] signed. [[OpenAI]]'s closest rival, [[Anthropic]], raised {{$13bn}}.");
    assert_eq!(a[0].as_deref(), Some("Anthropic"));
    // Inside a relative clause, the possessive is the object's, not the subject's.
    let a = run(
        "[[TSMC]], which makes [[Nvidia]]'s chips, reported fourth-quarter revenue of \
         {{NT$868bn}}.",
    );
    assert_eq!(a[0].as_deref(), Some("TSMC"));
}

#[test]
fn a_sector_under_a_source_or_a_forecast_owns_nothing() {
    for s in [
        "[[Veolia]] a signé. Selon le cabinet [[Arcadis]], les centres de données pourraient \
         appeler {{3 GW|power}} dans le [[Grand Est|place]] d'ici à 2035.",
        "[[Veolia]] signed. Data centres across [[Europe|place]] have roughly {{11 GW|power}} \
         of capacity today, and consultants at [[McKinsey]] expect demand to triple.",
        "[[Veolia]] signed. Installed capacity is set to cross {{3 GW|power}} by 2028.",
        "[[Veolia]] signed. Globally, AI data centres could need {{68 GW|power}} of power by \
         2027, according to a [[RAND]] analysis.",
        // A measure of a sector, whatever the measure's own head; a conjunction before the
        // source.
        "[[Veolia]] a signé. Selon le cabinet [[Xerfi]], la puissance installée des centres de \
         données de [[Provence|place]] devrait passer à {{900 MW|power}} en 2030.",
        "[[Veolia]] a signé. Et selon le cabinet [[Alpenrat]], la puissance des centres de \
         données installés en [[Suisse|place]] devrait doubler, à {{1,2 gigawatt|power}}.",
        // What a consultancy appraises a sector's needs at, the paragraph's firm named before.
        "[[Veolia]] investira {{400 millions d'euros}} à [[Carros|place]]. Le cabinet chiffre à \
         {{5 milliards de francs}} les investissements nécessaires.",
    ] {
        assert_eq!(run(s).last().unwrap().as_deref(), None, "{s}");
    }
    // One campus, or someone's, or a verb's object: not a sector.
    for s in [
        "[[Veolia]] a signé. Le campus consomme aujourd'hui {{300 MW|power}}, selon nos \
         informations.",
        "[[Veolia]] signed. The company expects to spend {{$9bn}} next year.",
        "[[Veolia]] signed. Under the terms discussed, the venture would get {{$10bn}}.",
    ] {
        assert_eq!(run(s)[0].as_deref(), Some("Veolia"), "{s}");
    }
}

#[test]
fn an_aside_after_a_reference_or_a_relative_clause_leaves_the_subject() {
    // The aside's own description leads into a name: the opening reference is the subject.
    let a = run(
        "[[SK hynix]] will invest more. The [[Seoul|place]]-based chipmaker, the main supplier \
         of HBM to [[Nvidia]], reported an operating profit of {{₩47.2 trillion}}.",
    );
    assert_eq!(a[0].as_deref(), Some("SK hynix"));
    // A relative clause closed before the verb: a reference inside it names no one new.
    let a = run(
        "The round was led by [[Lightspeed]]. The [[UK|place]]'s [[National Security \
         Strategic Investment Fund|institution]] ([[NSSIF|institution]]), which invests in \
         technologies the government considers critical, contributed {{£25m}}.",
    );
    assert_eq!(
        a[0].as_deref(),
        Some("National Security Strategic Investment Fund")
    );
    // A coordinated object after the clause is no verb of its subject's.
    let a = run(
        "[[Ferrous Compute]] secured equity from [[APG]], which will take a minority stake, \
         and a {{£1.2bn}} debt facility from lenders.",
    );
    assert_eq!(a[0].as_deref(), Some("Ferrous Compute"));
    // A place before a firm's noun says where the firm is.
    let a = run(
        "[[Quillon]] raises money.\n\n[[Bristol|place]] start-up's Series C values it at \
         {{£2.1bn}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Quillon"));
}

#[test]
fn we_in_a_transcripts_turn_is_its_speakers_organisation() {
    let a = run(
        "Witnesses: [[Helen Marsh|person]], Director, [[Department for Science|institution]]; \
         [[Gareth Pryce|person]], Chief Executive, [[Thamesbridge Compute]].\n\n\
         Dr [[Marsh|person]]: Of the £2bn, we have contracted {{£750m}} so far.\n\n\
         [[Gareth Pryce|person]]: We have a {{£120m}} loan from the [[National Wealth Fund]]. \
         Our total investment is {{£1.3bn}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Department for Science"));
    assert_eq!(a[1].as_deref(), Some("Thamesbridge Compute"));
    assert_eq!(a[2].as_deref(), Some("Thamesbridge Compute"));
    // A name in the turn's own words is no employer of its speaker.
    let a = run(
        "[[Norvane Cloud]] Q3 earnings call\n\nWelcome to the [[Norvane Cloud]] call.\n\n\
         [[PRIYA MENON|person]], CEO: Thank you. Our deal with [[Microsoft]] helped, and we \
         booked {{$6.6 billion}} in revenue.",
    );
    assert_eq!(a[0].as_deref(), Some("Norvane Cloud"));
}

#[test]
fn a_name_before_the_thing_it_qualifies_is_no_owner() {
    let a = run(
        "[[SoftBank]] said it would convert a former [[Sharp]] LCD plant in [[Sakai|place]] \
         into a {{150MW|power}} AI data centre.",
    );
    assert_eq!(a[0].as_deref(), Some("SoftBank"));
    // Inside a speaker's turn, what no one else owns is the speaker's organisation's.
    let a = run(
        "Witnesses: [[Gareth Pryce|person]], Chief Executive, [[Thamesbridge Compute]].\n\n\
         [[Gareth Pryce|person]]: We have a loan from the [[National Wealth Fund]]. The site \
         will have {{500 MW|power}} of capacity at full build.",
    );
    assert_eq!(a[0].as_deref(), Some("Thamesbridge Compute"));
}

#[test]
fn a_speakers_label_after_a_timestamp_owns_nothing_said_in_the_turn() {
    let text = "# Compute Weekly, episode 12\n\n**[00:00:41] DANA WHITLOCK:** Okay, we're back. \
                Raj, give me the big number of the week.\n\n**[00:00:45] RAJ MENON:** The \
                big number is $1.2 billion. That's what Meranti AI is spending on its first \
                campus in Johor.\n\n**[00:00:58] DANA WHITLOCK:** And who's writing the \
                cheque?\n\n**[00:01:01] RAJ MENON:** The lead is Khazanah Nasional, with $300 \
                million.";
    let got = crate::extract::facts::tests::flags(text);
    let (_, owner, _) = got
        .iter()
        .find(|f| f.0 == "$1.2 billion")
        .expect("the figure");
    assert_eq!(owner.as_deref(), None, "{got:?}");
}

#[test]
fn a_sectors_total_stays_no_ones_whoever_was_named_before() {
    // (The whole engine: the reranker must not hand the total to the last firm named.)
    for text in [
        "Tessera Labs a levé 40 millions. Selon le baromètre EY du capital-risque, les startups \
         françaises de l’IA ont levé 3,4 milliards d’euros au premier semestre 2026.",
        "Sorano Communications raised $50 million. Japanese companies have announced about \
         ¥2.3 trillion in AI data-center projects this year, according to IDC Japan.",
        "Redbud, founded in 2021, operates data centers in Texas with a combined capacity of \
         540 megawatts. In June it raised $2.3 billion in equity, a deal that valued the \
         company at about $11 billion.\n\nNationwide, data centers could need as much as 120 \
         gigawatts of electricity by 2030, roughly double today's level, according to the \
         Electric Power Research Institute.",
    ] {
        let x = extract_contract(text, &Lexicon::builtin());
        let last = x.figures.last().expect(text);
        assert!(
            ["3,4", "2.3", "120"].iter().any(|n| last.text.contains(n)),
            "{text}"
        );
        assert_eq!(last.actor, None, "{text}");
    }
}

#[test]
fn investors_wiring_a_round_put_in_the_money_the_firm_raises() {
    let x = extract_contract(
        "Cohere raised $1.2 billion. The round was led by Radical Ventures, with participation \
         from Nvidia and Cisco. Ottawa is also taking a stake: the Canada Growth Fund is \
         putting in C$350 million of the total, according to the company.\n\nThe money will \
         arrive in two tranches. Investors will wire $900 million at closing, with the \
         remaining $300 million due in 2027 provided Cohere meets revenue milestones, two \
         people familiar with the terms said.",
        &Lexicon::builtin(),
    );
    let last = x.figures.last().unwrap();
    assert_eq!(last.text, "$300 million");
    assert_eq!(last.actor.as_deref(), Some("Cohere"));
}

#[test]
fn the_government_is_the_state_the_text_names() {
    let owner = |text: &str| {
        extract_contract(text, &Lexicon::builtin()).figures[0]
            .actor
            .clone()
    };
    assert_eq!(
        owner(
            "PARIS (AFP) - Le gouvernement a présenté mercredi un plan de 15 milliards d'euros. \
             Le programme repose sur des crédits apportés par l'Etat."
        )
        .as_deref(),
        Some("État")
    );
    // Another country's government is not the State the text names.
    assert_ne!(
        owner(
            "Le gouvernement rwandais a présenté un plan de 15 milliards de francs. L'Etat \
             français n'y participe pas."
        )
        .as_deref(),
        Some("État")
    );
}

#[test]
fn a_part_of_the_project_continues_the_owner_of_the_figure_before() {
    let a = run(
        "[[Calanque Data Centers]] investira {{1,2 milliard d'euros}} à [[Marseille|place]]. La \
         première phase, chiffrée à {{450 millions d’euros}}, portera sur deux bâtiments. La \
         seconde, estimée à {{750 millions d’euros}}, ajoutera {{120 MW|power}} en 2029.",
    );
    assert!(
        a.iter()
            .all(|o| o.as_deref() == Some("Calanque Data Centers")),
        "{a:?}"
    );
    // What opens on a part of the project, and what does not.
    let part = |t: &str| super::topic::project_part(t, &(0..t.len()));
    for t in [
        "La première phase, chiffrée à 450 millions.",
        "La seconde, estimée à 750 millions.",
        "Le projet total est évalué à 1,1 milliard $.",
        "The second phase will add 120MW.",
    ] {
        assert!(part(t), "{t}");
    }
    for t in [
        "La ville, elle, prévoit 40 millions.",
        "La seconde banque du pays prête 40 millions.",
        "The company will add 120MW.",
        "Première phase : 450 millions.",
        "Le projet de loi de finances prévoit 2,5 milliards.",
    ] {
        assert!(!part(t), "{t}");
    }
}
