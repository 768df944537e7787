//! Attribution rules drawn from the invented articles of session 16: datelines in Markdown,
//! backers and suppliers, sites and places, forecasts, the article's own voice, tables.

use super::tests::run;

#[test]
fn a_pronoun_after_a_dateline_names_the_subject_it_opens_on() {
    let a = run(
        "*A round led by [[Aker ASA]]; [[Mistral AI]] signs as a tenant*\n\n\
         **[[OSLO|place]], [[Norway|place]], April 21, 2026 /[[PRNewswire]]/** -- [[Quantil]], \
         a provider of renewable-powered infrastructure, today announced that it has secured \
         {{$1.4 billion}} in new financing.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn investors_taking_part_in_a_round_own_none_of_it() {
    let a = run(
        "[[Quantil]] today announced that it has secured new financing. The financing \
         comprises a {{$600 million}} Series C equity round led by [[Aker ASA]], with \
         participation from [[Nordic Capital]] and [[Nvidia]].",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    let a = run(
        "[[Quantil]] boucle un tour de {{40 millions d'euros}}, avec la participation de \
         [[Bpifrance]].",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn a_place_qualifying_a_site_is_where_not_who() {
    let a = run(
        "[[Quantil]] raised money last year. The [[Narvik|place]] campus will host \
         {{46,080 GPUs|chips}} once complete.",
    );
    assert_ne!(a[0].as_deref(), Some("Narvik"));
    let a = run(
        "[[Quantil]] grew fast. The company's [[Mäntsälä|place]] data centre runs about \
         {{20,000 GPUs|chips}}.",
    );
    assert_ne!(a[0].as_deref(), Some("Mäntsälä"));
    let a = run(
        "The partners start at a site in the kingdom's [[Eastern Province|place]]. That first \
         phase would house {{80,000 GPUs|chips}}.",
    );
    assert_ne!(a[0].as_deref(), Some("Eastern Province"));
    // A place spending on a site is its owner.
    let a = run("[[Texas|place]] will spend {{$2 billion}} on the Abilene site.");
    assert_eq!(a[0].as_deref(), Some("Texas"));
}

#[test]
fn a_name_listed_with_its_preposition_repeated_reads_as_the_one_before() {
    let a = run(
        "Le site dispose de {{12 MW|power}}, sous réserve du raccordement auprès \
         d'[[Enedis]] et de [[RTE]].",
    );
    assert_eq!(a[0], None);
}

#[test]
fn a_forecast_a_source_makes_continues_no_ones_figure() {
    let a = run(
        "[[Qatar Investment Authority]] manages more than {{$520 billion}} in assets.\n\n\
         Spending on data centres in the region could reach {{$250 billion}} by 2030, \
         according to estimates by consultancy [[PwC]], with [[Saudi Arabia|place]] and the \
         [[UAE|place]] accounting for most of it.",
    );
    assert_eq!(a[1], None);
}

#[test]
fn we_is_the_company_the_article_speaks_for() {
    let text = "[[Pleias]] : « Nous achetons nos GPU »\n\n\
                La start-up [[Pleias]] annonce une levée de fonds menée par [[Eurazeo]].\n\n\
                Où en est votre chiffre d'affaires ?\n\n\
                Nous avons facturé {{9,2 millions d'euros}} en 2025. [[Pleias]] vise plus.";
    let a = run(text);
    assert_eq!(a[0].as_deref(), Some("Pleias"));
    // No company dominating the text: no voice.
    let a =
        run("[[Pleias]] et [[Eurazeo]] ont signé.\n\nNous avons facturé {{9,2 millions d'euros}}.");
    assert_eq!(a[0], None);
}

#[test]
fn the_subject_of_the_figures_sentence_comes_before_the_paragraphs_topic() {
    let a = run(
        "[[Christel Heydemann|person]] referme son plan « [[Lead the Future|project]] ». \
         [[Orange]] a publié ses comptes : le chiffre d'affaires atteint {{40,8 milliards \
         d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Orange"));
    // A regulator opening the sentence is no owner.
    let a = run(
        "[[Amazon]] a racheté un campus. Mais la [[FERC|institution]], le régulateur, a refusé \
         de porter la fourniture de {{480 MW|power}}.",
    );
    assert_ne!(a[0].as_deref(), Some("FERC"));
}

#[test]
fn a_place_deep_in_the_sentence_before_is_no_government_taken_up() {
    let a = run(
        "£170 million in grants goes to seven institutions from [[Edinburgh|place]] to \
         [[Belfast|place]].\n\nThe government will invest {{£500 million}} in compute.",
    );
    assert_eq!(a[0], None);
}

#[test]
fn a_chip_in_a_table_row_owns_none_of_the_row() {
    let a = run(
        "| Site | GPU | Operator | MW |\n|---|---|---|---|\n| Tern | [[Nvidia H200|product]] | \
         [[Quantil]] | {{6 MW|power}} |\n",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    // A name opening the row is its subject, whatever its kind.
    let a = run(
        "| Buyer | Target | Value |\n|---|---|---|\n| [[Brookfield Infrastructure|product]] | \
         [[Cologix]] | {{$2.9bn}} |\n",
    );
    assert_eq!(a[0].as_deref(), Some("Brookfield Infrastructure"));
}

#[test]
fn a_firms_hometown_is_where_whatever_its_kind() {
    let a = run(
        "Le plafond tombe mal. [[Boréal Calcul]], une jeune entreprise de [[Drummondville]] \
         qui construit un centre de données de {{90 MW|power}}, avait commandé des puces.",
    );
    assert_eq!(a[0].as_deref(), Some("Boréal Calcul"));
}

#[test]
fn a_table_rows_owner_stands_under_the_header_that_names_owners() {
    let a = run(
        "Les lauréats :\n\n| Pays | Site | Porteurs | Investissement |\n|---|---|---|---|\n\
         | [[France|place]] | [[Fouju]] ([[Seine-et-Marne]]) | [[Orbitex]], [[Quantil]] | \
         {{7,5 milliards d'euros}} |\n",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_name_described_in_an_apposition_owns_nothing_there() {
    let a = run(
        "[[SK Hynix]] reported record sales. The company, [[Nvidia]]'s main supplier of HBM, \
         said that it would raise capital spending to {{₩34 trillion}}.",
    );
    assert_eq!(a[0].as_deref(), Some("SK Hynix"));
    let a = run(
        "The bid comes from [[Deutsche Telekom]] and the [[Schwarz Group]], the owner of the \
         [[Lidl]] supermarket chain, which wants to build a site at a cost of {{€10bn}}.",
    );
    assert_ne!(a[0].as_deref(), Some("Lidl"));
}

#[test]
fn a_plural_possessive_names_the_owner() {
    let a = run(
        "Ten projects were approved under the [[India Semiconductor Mission]], including \
         [[Tata Electronics]]' {{₹91,000 crore}} fabrication plant.",
    );
    assert_eq!(a[0].as_deref(), Some("Tata Electronics"));
}

#[test]
fn a_pronoun_after_its_clause_subject_names_it() {
    let a = run(
        "[[Microsoft]] has pledged {{$2.2 billion}} for AI in [[Malaysia|place]], while \
         [[Google]] said last year it would invest {{$2 billion}} in its first data centre.",
    );
    assert_eq!(a[1].as_deref(), Some("Google"));
}

#[test]
fn a_second_subject_whose_verb_is_left_out_owns_its_amount() {
    let a =
        run("[[Ottawa|place]] fournira {{2 milliards $}} et [[Québec|place]], {{1,2 milliard $}}.");
    assert_eq!(a[1].as_deref(), Some("Québec"));
}

#[test]
fn backers_named_by_what_they_are_are_not_the_startup() {
    let a = run(
        "[[Vergence AI]] annonce une levée de {{32 millions d'euros}}. Le tour est mené par \
         [[Elaia]], et des investisseurs historiques [[Kima Ventures]] et [[Supernova Invest]]. \
         L'opération valorise la start-up autour de {{150 millions d'euros}}.",
    );
    assert_eq!(a[1].as_deref(), Some("Vergence AI"));
}

#[test]
fn a_possessive_before_what_an_actor_has_or_makes_names_the_owner() {
    let a = run(
        "[[Google]] is building a second data centre. [[Chile|place]]'s data centres have \
         about {{180 MW|power}} of capacity today.",
    );
    assert_eq!(a[0].as_deref(), Some("Chile"));
}

#[test]
fn a_results_row_naming_no_one_is_the_main_companys() {
    let a = run(
        "[[Calcula]] entre en Bourse. [[Calcula]] vise 3 milliards. [[Calcula]] grandit. \
         [[Bpifrance]] et [[MGX]] souscriront.\n\n| Indicateur | 2024 |\n|---|---|\n| Chiffre \
         d'affaires | {{318 M€}} |\n",
    );
    assert_eq!(a[0].as_deref(), Some("Calcula"));
}

#[test]
fn a_column_of_caps_holds_no_ones_amounts() {
    let a = run(
        "## Country caps\n\n| Country | Annual cap (accelerators) |\n|---|---:|\n| \
         [[Malaysia|place]] | {{60,000|chips}} |\n",
    );
    assert_eq!(a[0], None);
}

#[test]
fn amounts_listed_respectively_go_to_the_names_in_order() {
    let a = run(
        "[[Bpifrance]] et le fonds émirien [[MGX]] se sont engagés à souscrire, à hauteur \
         respectivement de {{100 M€}} et de {{150 M€}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Bpifrance"));
    assert_eq!(a[1].as_deref(), Some("MGX"));
    let a = run(
        "[[Ottawa|place]] and [[Quebec|place]] will provide {{$2bn}} and {{$1.2bn}} \
         respectively.",
    );
    assert_eq!(a[0].as_deref(), Some("Ottawa"));
    assert_eq!(a[1].as_deref(), Some("Quebec"));
}

#[test]
fn analysts_forecasting_a_market_in_the_plural_own_none_of_it() {
    let a = run(
        "The constraint is money. [[Bernstein]] analysts estimate that [[China|place]]'s market \
         for AI accelerators will be worth about {{$50 billion}} in 2027.",
    );
    assert_eq!(a[0], None);
    let a = run(
        "Data centres across [[Europe|place]] have capacity today, and consultants at \
         [[McKinsey]] expect demand to reach {{35 GW|power}} by 2030.",
    );
    assert_eq!(a[0], None);
    // A forecast of one's own spending is one's own.
    let a = run("The year starts. [[Orange]] expects to spend {{€1bn}} on its network.");
    assert_eq!(a[0].as_deref(), Some("Orange"));
}

#[test]
fn a_rival_opening_the_sentence_is_its_subject() {
    let a = run(
        "[[Tenggara Compute]] grew fast. Rival [[Bukit Digital]] said last month it would \
         spend {{4.2 billion ringgit}} on a campus.",
    );
    assert_eq!(a[0].as_deref(), Some("Bukit Digital"));
}

#[test]
fn a_source_forecasting_a_market_names_no_owner() {
    let a = run(
        "[[Tallgrass Digital]] will build a campus. Demand is rising, according to analysts at \
         [[Lumen Research]]. Analysts at [[Grid Strategies]] estimate that utilities will have \
         to add {{128 GW|power}} of new capacity.",
    );
    assert_eq!(a[0], None);
}

#[test]
fn a_ranking_description_leading_its_sentence_takes_up_the_subject_before() {
    let a = run(
        "Le taïwanais [[ASE]] confirme son pari. Le numéro un mondial de l'assemblage va \
         investir {{1 milliard}} à [[Tours|place]], sur le site de [[STMicroelectronics]].",
    );
    assert_eq!(a[0].as_deref(), Some("ASE"));
}

#[test]
fn a_paragraph_opening_on_a_description_takes_up_the_company_the_title_names_alone() {
    let text = "[[ASE]] muscle son usine à [[Tours|place]]\n\n\
                Le taïwanais [[ASE]] confirme son pari.\n\n\
                [[Nvidia]] et [[STMicroelectronics]] figurent parmi les clients.\n\n\
                Le groupe de [[Kaohsiung|place]], qui a réalisé un chiffre d'affaires de \
                {{595 milliards}}, n'est pas seul.";
    assert_eq!(run(text)[0].as_deref(), Some("ASE"));
    // A title naming two companies is about both: no one is taken up from it.
    let text = text.replacen("[[ASE]] muscle", "[[ASE]] et [[Nvidia]] musclent", 1);
    assert_ne!(run(&text)[0].as_deref(), Some("ASE"));
}

#[test]
fn we_in_a_transcript_is_the_company_its_title_names() {
    let a = run("[[Norvane Cloud]] Q3 earnings call: edited transcript\n\n\
         OPERATOR: Welcome to the [[Norvane Cloud]] call.\n\n\
         MENON: The contract with [[Larkspur]] is signed. [[Larkspur]] pays on time.\n\n\
         On power, we now have {{1.4 GW|power}} of contracted capacity.");
    assert_eq!(a[0].as_deref(), Some("Norvane Cloud"));
}

#[test]
fn we_after_the_last_name_of_a_clause_is_the_voice_of_the_text() {
    let text = "[[Norvane Cloud]] held its call. [[Norvane Cloud]] grew. [[Norvane Cloud]] \
                builds.\n\nMENON: Yes. The utility, [[Rocky Mountain Power]], finished the \
                upgrade last month, and we are paying {{$140 million}} toward the work.";
    assert_eq!(run(text)[0].as_deref(), Some("Norvane Cloud"));
    // A curly apostrophe after "we" still leaves it a word of its own.
    let curly = text.replace("we are paying", "we’re paying");
    assert_eq!(run(&curly)[0].as_deref(), Some("Norvane Cloud"));
    // A name after the "we" is the nearer subject.
    let text = text.replace("and we are paying", "and we hear [[Larkspur]] is paying");
    assert_eq!(run(&text)[0].as_deref(), Some("Larkspur"));
}

#[test]
fn a_participle_and_its_agent_after_a_determiner_name_who_puts_the_money_in() {
    let a = run(
        "L'[[Union européenne]] soutient le projet. Le projet représente {{68 millions \
         d'euros}}, dont {{22 millions d'euros}} apportés par la [[Région Occitanie]].",
    );
    assert_eq!(a[1].as_deref(), Some("Région Occitanie"));
    let a = run(
        "[[Roha]] apporte du capital, et une dette de {{110 millions de dollars}} accordée \
         par la [[Société financière internationale]].",
    );
    assert_eq!(a[0].as_deref(), Some("Société financière internationale"));
    // Who estimates it is still no owner.
    let a = run(
        "[[Roha]] bâtit un campus de {{110 millions de dollars}}, estimés par la \
         [[Société financière internationale]].",
    );
    assert_eq!(a[0].as_deref(), Some("Roha"));
}

#[test]
fn an_amount_before_a_name_after_the_is_that_ones() {
    let a = run(
        "[[MeitY]] said the tender under the {{₹10,372-crore}} [[IndiaAI Mission|project]] \
         had drawn bids.",
    );
    assert_eq!(a[0].as_deref(), Some("IndiaAI Mission"));
    let a = run("[[OpenAI]] is a partner in the {{$500bn}} [[Stargate|project]] venture.");
    assert_eq!(a[0].as_deref(), Some("Stargate"));
    // Without the determiner, or before a place, the subject keeps it.
    let a = run("[[OpenAI]] signs a {{$500bn}} [[Stargate|project]] deal.");
    assert_eq!(a[0].as_deref(), Some("OpenAI"));
    let a =
        run("[[Ohio|place]] approves a break for the {{$3.2 billion}} [[Columbus|place]] campus.");
    assert_eq!(a[0].as_deref(), Some("Ohio"));
}

#[test]
fn a_limit_a_rule_sets_is_no_ones() {
    let a = run(
        "The [[Commerce Department|institution]]'s export rules cap shipments to \
         [[Malaysia|place]] at {{50,000 GPUs|chips}} a year.",
    );
    assert_eq!(a[0], None);
    let a = run(
        "[[Taiwan|place]] has raised the maximum fine for illegal exports of chip technology \
         to {{NT$25 million}}.",
    );
    assert_eq!(a[0], None);
    // A machine's own power, capped, is still its own.
    let a = run("La consommation de [[Alice Recoque|project]] sera plafonnée à {{20 MW|power}}.");
    assert_eq!(a[0].as_deref(), Some("Alice Recoque"));
}

#[test]
fn a_reference_that_is_a_name_of_its_own_is_that_name() {
    let a = run(
        "La région [[Pays de la Loire|place]] a voté une aide de {{45 millions d'euros}}, \
         tandis que l'[[État|institution]] mobilisera {{600 millions d'euros}} au titre du \
         plan [[France 2030|project]].",
    );
    assert_eq!(a[1].as_deref(), Some("État"));
    // A name inside a description is still no owner.
    let a = run("[[Nvidia]] grew. The [[Dallas|place]]-based company will spend {{$2 billion}}.");
    assert_eq!(a[0].as_deref(), Some("Nvidia"));
}

#[test]
fn an_owner_after_a_preposition_and_an_article_is_read_like_one_without() {
    let a = run("[[Orange]] got {{€30bn}} from the [[United Arab Emirates|place]].");
    assert_eq!(a[0].as_deref(), Some("United Arab Emirates"));
    let a =
        run("[[Orange]] annonce {{30 milliards}} de la [[Banque des territoires|institution]].");
    assert_eq!(a[0].as_deref(), Some("Banque des territoires"));
    // Money lent or granted is the receiver's, not the lender's after it.
    let a = run(
        "L'[[Agence de développement du digital|institution]] a obtenu un prêt de {{300 \
         millions de dollars}} de la [[Banque africaine de développement|institution]].",
    );
    assert_eq!(a[0].as_deref(), Some("Agence de développement du digital"));
    // (A lender named by a participle's agent still is the agent: "accordé par".)
    let a = run(
        "[[OVHcloud]] a signé un prêt de {{150 millions d'euros}} accordé par la [[Banque \
         européenne d'investissement|institution]].",
    );
    assert_eq!(a[0].as_deref(), Some("Banque européenne d'investissement"));
}

#[test]
fn an_owner_after_the_amount_qualified_by_a_possessive_is_the_name_after_it() {
    let a =
        run("The figure bundled {{€20 billion}} from [[Canada|place]]'s [[Brookfield]] and more.");
    assert_eq!(a[0].as_deref(), Some("Brookfield"));
    let a = run("[[Orange]] got {{€30bn}} from [[Canada|place]] for its plan.");
    assert_eq!(a[0].as_deref(), Some("Canada"));
}

#[test]
fn a_web_pages_table_gives_each_row_to_its_customer_column_not_its_queue_id() {
    // The rows of a table as a web page renders them: a row a paragraph, no rule.
    let a = run(
        "| Queue ID | Interconnection customer | County | Requested load (MW) |\n\n\
         | [[LL-B-01]] | [[Tallow Creek Data]] | [[Potter|place]] | {{1,200}} |\n\n\
         | [[LL-B-02]] | [[Amberline AI Campus]] | [[Kay|place]] | {{1,000}} |",
    );
    assert_eq!(a[0].as_deref(), Some("Tallow Creek Data"));
    assert_eq!(a[1].as_deref(), Some("Amberline AI Campus"));
}

#[test]
fn an_outlet_before_a_quoted_headline_ran_it_and_owns_none_of_it() {
    let a = run(
        "## [[The Times]]: 'Ministers sign {{£2.8bn}} deal for British AI supercomputer'\n\n\
         The paper reports that [[Thornbury Compute]] will build the machine.",
    );
    // (The headline names no one else: the figure goes to no one rather than to the paper.)
    assert_eq!(a[0].as_deref(), None);
}

#[test]
fn a_rating_or_research_house_is_cited_for_others_figures() {
    use crate::extract::{Lexicon, extract};
    let text = "Sable Ratings has assigned Vantor Compute Holdings a first-time rating of 'BB'. \
                Sable Ratings forecasts revenue of $4.3 billion in 2027, as capacity at the \
                company's campuses comes online.";
    let got = extract(text, &Lexicon::builtin());
    let f = &got.figures[0];
    assert_eq!(f.text, "$4.3 billion");
    assert_ne!(f.actor.as_deref(), Some("Sable Ratings"), "{got:?}");
}
