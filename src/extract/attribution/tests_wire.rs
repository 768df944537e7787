//! Attribution rules on marked-up wire copy: where money comes from, and other shapes of news
//! sentences.

use super::tests::run;

#[test]
fn a_place_naming_where_money_comes_from_owns_none_of_it() {
    let a = run("The deals add up to {{£31bn}} of [[US|place]] investment.");
    assert_ne!(a[0].as_deref(), Some("US"));
    let a = run("Le pays attire {{31 milliards de livres}} de [[Chine|place]] investissements.");
    assert_ne!(a[0].as_deref(), Some("Chine"));
    let a = run("The plan gives {{£2bn}} of [[Quantil]] money to schools.");
    assert_eq!(
        a[0].as_deref(),
        Some("Quantil"),
        "a firm's money is its own"
    );
}

#[test]
fn a_government_no_name_stands_for_is_no_companys() {
    let a = run(
        "[[Quantil]] a levé {{220 millions de dollars}}. Le gouvernement a par ailleurs \
         annoncé une enveloppe de {{400 millions d'euros}} pour neuf clusters.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    assert_eq!(a[1], None);
    let a = run("[[France|place]] bets on AI. The government will spend {{€400m}} on clusters.");
    assert_eq!(
        a[0].as_deref(),
        Some("France"),
        "named before, it is followed"
    );
}

#[test]
fn a_body_approving_state_aid_owns_none_of_it() {
    let a = run(
        "Meanwhile, in [[Europe|place]]: the [[EU|institution]] approved {{€4bn}} of state \
         aid for a chip plant in [[Dresden|place]].",
    );
    assert_eq!(a[0], None);
    let a = run("[[India|place]]'s cabinet approved {{103.7 billion rupees}} for the mission.");
    assert_eq!(
        a[0].as_deref(),
        Some("India"),
        "a government approving its own budget"
    );
}

#[test]
fn a_project_never_named_in_its_paragraph_is_its_builders() {
    let a = run(
        "Le plan [[France 2030|project]] prévoit des aides.\n\n[[Quantil]] va construire un \
         centre de données à [[Munich|place]]. Le projet coûtera {{1 milliard d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    let a =
        run("[[Quantil]] unveiled [[Stargate|project]] on Monday. The project will cost {{$3bn}}.");
    assert_eq!(
        a[0].as_deref(),
        Some("Stargate"),
        "a project named is followed"
    );
}

#[test]
fn a_description_in_apposition_to_a_name_is_that_name() {
    let a = run(
        "Operator [[Nscale]] says it will build a campus.\n\n[[Khazna]], the [[G42]]-backed \
         operator, will invest {{$1.5bn}} in a facility.",
    );
    assert_eq!(a[0].as_deref(), Some("Khazna"));
    // Not a name ending a fronted phrase before the subject.
    let a = run(
        "Le [[CEA|institution]] a présenté [[Jupiter|product]], son supercalculateur. Assemblée \
         par [[Eviden]], filiale du groupe [[Atos]], la machine affichera {{2 exaflops|flops}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Jupiter"));
}

#[test]
fn a_firm_whose_trade_is_to_estimate_owns_no_forecast() {
    let a = run(
        "Spending on AI data centres will climb to {{$1.4 trillion}} by 2030, consultancy \
         [[Halden]] said.",
    );
    assert_eq!(a[0], None);
}

#[test]
fn a_possessive_after_a_name_and_its_verb_of_saying_names_it() {
    let a = run(
        "[[Alphabet]] guided to capital spending of {{$95 billion}}, while [[Quantil]] has said \
         its spending will exceed {{$120 billion}}.",
    );
    assert_eq!(a[1].as_deref(), Some("Quantil"));
}

#[test]
fn money_coming_from_an_actor_is_its() {
    let a = run(
        "[[Bpifrance]] apportera {{1 milliard d'euros}}, et les {{250 millions}} restants \
         viendront de la [[Commission européenne|institution]].",
    );
    assert_eq!(a[1].as_deref(), Some("Commission européenne"));
}

#[test]
fn what_any_one_thing_of_a_kind_costs_is_nobodys() {
    let a = run(
        "[[Quantil]] a présenté son plan. Les banques restent prudentes : un campus de taille \
         moyenne coûte désormais plus de {{3 milliards d'euros}}.",
    );
    assert_eq!(a[0], None);
}

#[test]
fn a_government_after_the_place_a_sentence_opens_on_is_that_places() {
    let a = run(
        "[[Quantil]] builds in [[Texas|place]]. Au [[Royaume-Uni|place]], le gouvernement a \
         promis {{750 millions de livres}} pour un supercalculateur.",
    );
    assert_eq!(a[0].as_deref(), Some("Royaume-Uni"));
}

#[test]
fn a_ministry_takes_up_a_department_named_before() {
    let a = run(
        "[[El Capitan|product]], installé pour le compte du [[département américain de \
         l'Énergie|institution]], culmine à {{1,8 exaflop|flops}}, et le ministère prévoit \
         d'investir {{1,5 milliard de dollars}} dans deux machines.",
    );
    assert_eq!(a[1].as_deref(), Some("département américain de l'Énergie"));
}

#[test]
fn a_name_completing_an_apposition_is_not_the_subject() {
    let a = run(
        "Le [[Japon|place]] prépare [[FugakuNEXT|product]], le successeur de \
         [[Fugaku|product]], qui devrait dépasser les {{50 exaflops|flops}}.",
    );
    assert_eq!(a[0].as_deref(), Some("FugakuNEXT"));
}

#[test]
fn what_every_thing_of_a_kind_costs_is_nobodys_but_every_year_is_a_period() {
    let a = run("Every gigawatt of capacity costs roughly {{$50 billion}} once built.");
    assert_eq!(a[0], None);
    let a = run("Every year, [[Quantil]] spends {{$50bn}} on servers.");
    assert_eq!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn a_firm_estimating_after_the_amount_owns_none_of_it() {
    let a = run(
        "AI services would need to generate about {{$2 trillion}} in revenue by 2030, \
         [[Halden]] estimates, several times what they earn.",
    );
    assert_eq!(a[0], None);
}

#[test]
fn where_money_goes_is_not_its_owner() {
    let a = run(
        "Another {{₹15,000 crore}} will go to building models, and {{Rs 6,500 crore}} to \
         datasets and the [[AIKosh|product]] platform.",
    );
    assert_eq!(a, [None, None]);
}

#[test]
fn a_place_opening_its_sentence_before_an_aside_is_its_subject() {
    let a = run(
        "[[NordCampus]] apportera {{3 milliards d'euros}}. La [[Région Auvergne|place]], de son \
         côté, versera {{30 millions d'euros}} pour une école.",
    );
    assert_eq!(a[1].as_deref(), Some("Région Auvergne"));
    let a = run("The site is outside [[Dammam|place]], with {{25,000 GPUs|chips}} due online.");
    assert_eq!(a[0], None, "a place after a preposition is where");
}

#[test]
fn the_subject_of_a_relative_clause_on_the_amount_owns_it() {
    let a = run(
        "Saint-Vulbas passerait devant le campus de {{1,4 GW|power}} que le fonds émirati \
         [[MGX]] développe à [[Fouju|place]].",
    );
    assert_eq!(a[0].as_deref(), Some("MGX"));
}

#[test]
fn the_mission_takes_up_the_mission_named_before() {
    let a = run(
        "Le réseau de la mission [[IndiaAI|project]] atteint 34 000 GPU. Les puces, fournies par \
         [[Nvidia]], sont hébergées par [[Yotta]]. Le budget de la mission, fixé à \
         {{103,7 milliards de roupies}}, sera relevé.",
    );
    assert_eq!(a[0].as_deref(), Some("IndiaAI"));
}

#[test]
fn trade_nouns_of_the_industry_take_up_a_company() {
    let a = run(
        "[[Nebius]] plans a 1.2GW AI campus in [[Ohio|place]]\n\nThe Amsterdam-based neocloud \
         will spend about {{$6.5bn}} on the first phase.",
    );
    assert_eq!(a[0].as_deref(), Some("Nebius"));
}

#[test]
fn the_company_after_a_sentence_opening_on_no_actor_is_its_first_company() {
    let a = run(
        "[[AMD]] said it does not comment on rumours.\n\nA deal would mark a shift for \
         [[Humain]], which has relied on [[Nvidia]] hardware. In February, the company said it \
         would spend {{37.5 billion riyals}} on data centres.",
    );
    assert_eq!(a[0].as_deref(), Some("Humain"));
}

#[test]
fn a_pair_of_subjects_is_owned_by_the_first() {
    let a = run(
        "[[Deutsche Telekom]] et [[Nvidia]] vont installer {{10 000 GPU|chips}} à \
         [[Munich|place]].",
    );
    assert_eq!(a[0].as_deref(), Some("Deutsche Telekom"));
    let a = run("Backers are [[Orbitex]], [[Quantil]] and [[Veltra]], which put in {{$2bn}}.");
    assert_ne!(a[0].as_deref(), Some("Quantil"), "not inside a longer list");
}

#[test]
fn a_city_state_based_company_closing_the_sentence_owns_the_figure() {
    let a = run(
        "[[Advanced Micro Devices]] gave a forecast.\n\nRevenue in the period will be about \
         {{$11.2 billion}}, the Santa Clara, California-based company said in a statement \
         Tuesday.",
    );
    assert_eq!(a[0].as_deref(), Some("Advanced Micro Devices"));
}

#[test]
fn a_group_of_actors_or_each_of_them_owns_nothing() {
    let a = run(
        "[[InvestAI|project]] doit mobiliser des fonds. Au total, les cinq projets représentent \
         quelque {{70 milliards d'euros}}. Chacune de ces usines devra héberger au moins \
         {{100 000 puces|chips}}.",
    );
    assert_eq!(a, [None, None]);
    let a =
        run("Les deux groupes, [[Orange]] et [[Quantil]], investiront {{10 milliards d'euros}}.");
    assert_eq!(a[0].as_deref(), Some("Orange"), "names in apposition");
    let a = run("[[Quantil]], the start-up founded in 2024, has raised {{$2bn}}.");
    assert_eq!(
        a[0].as_deref(),
        Some("Quantil"),
        "an English start-up is one"
    );
}

#[test]
fn a_project_named_in_quotes_after_baptise_is_that_project() {
    let a = run(
        "[[Orange]] investira dans un campus.\n\nLe projet, baptisé « [[Graoully|project]] » en \
         référence au dragon de [[Metz|place]], doit atteindre {{1,4 GW|power}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Graoully"));
}

#[test]
fn a_line_labelled_by_a_name_and_a_colon_is_that_names() {
    let a = run(
        "The awards:\n- **[[GlobalWafers]]**: {{$406 million}} for wafer plants in \
         [[Sherman|place]], [[Texas|place]].\n[[Absolics]]: up to {{$75 million}} for a plant.",
    );
    assert_eq!(a[0].as_deref(), Some("GlobalWafers"));
    assert_eq!(a[1].as_deref(), Some("Absolics"));
}

#[test]
fn a_place_listed_after_a_place_where_is_where_too() {
    let a = run(
        "[[Quantil]] will build data centres in [[Riyadh|place]] and [[Dammam|place]] to hold \
         {{$10 billion}} of servers.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn a_product_after_the_amount_is_what_delivers_it_not_its_owner() {
    let a = run(
        "Le cluster délivre {{92 exaflop/s|flops}} et repose sur 768 serveurs \
         [[Dell PowerEdge XE9780|product]].",
    );
    assert_eq!(a[0], None);
    let a = run(
        "« Nous investirons {{6 milliards €}} en Norvège », a déclaré [[Clara Chappaz|person]], \
         PDG d'[[Alibaba Cloud|product]].",
    );
    assert_eq!(
        a[0].as_deref(),
        Some("Alibaba Cloud"),
        "a service named as a firm"
    );
}

#[test]
fn a_person_in_apposition_to_an_opening_sources_title_is_a_source() {
    let a = run(
        "Le coût total est connu. D'après le ministre de la Communication, des \
         Télécommunications et du Numérique, [[Moustapha Kane|person]], la première phase \
         coûtera {{160 milliards FCFA}}.",
    );
    assert_eq!(a[0], None);
}

#[test]
fn per_opening_a_sentence_or_after_a_comma_names_a_source() {
    let a = run("Per [[Bloomberg]], the first {{150 megawatts|power}} are due online in 2028.");
    assert_eq!(a[0], None);
    let a = run("Model developers raised {{$110 billion}} this year, per [[PitchBook]] data.");
    assert_eq!(a[0], None);
}

#[test]
fn who_puts_a_figure_on_someone_elses_fortune_is_a_source() {
    let a = run(
        "[[Xavier Niel|person]], dont le patrimoine est évalué par [[Challenges]] à \
         {{11,5 milliards d'euros}}, demeure premier.",
    );
    assert_eq!(a[0].as_deref(), Some("Xavier Niel"));
}

#[test]
fn a_name_run_into_its_amount_labels_no_line() {
    // ("AA Tk" is a name, "Tk 000" an amount in taka: they overlap.)
    let x = crate::extract::extract_contract("AA Tk 000 0 0 ", &crate::extract::Lexicon::builtin());
    assert_eq!(x.figures.len(), 1, "{:?}", x.figures);
}
