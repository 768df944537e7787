//! End-to-end tests of currencies from outside the US and the euro area: the dirham, the
//! Canadian dollar in Quebec's forms, currencies glued to the amount, Swiss and Belgian forms,
//! currencies written out. The sentences are invented.

use super::formats_tests::{f, plain};
use crate::extract::FigureKind;
use FigureKind::{Chips, Money};

#[test]
fn dirhams_are_moroccan_in_a_text_about_morocco() {
    assert_eq!(
        plain("Au Maroc, le projet de Dakhla coûtera 4,5 milliards de dirhams."),
        vec![f("4,5 milliards de dirhams", Money, 4.5e9, "MAD")]
    );
    assert_eq!(
        plain("À Abou Dhabi, le campus coûtera 4,5 milliards de dirhams."),
        vec![f("4,5 milliards de dirhams", Money, 4.5e9, "AED")]
    );
}

#[test]
fn quebec_writes_billions_of_canadian_dollars_g_dollars() {
    assert_eq!(
        plain(
            "Ottawa et Québec misent 1 G$ sur l'usine. Ottawa versera 705 millions de dollars \
             et Québec 45 M$, soit 30 millions de dollars US de plus."
        ),
        vec![
            f("1 G$", Money, 1e9, "CAD"),
            f("705 millions de dollars", Money, 705e6, "CAD"),
            f("45 M$", Money, 45e6, "CAD"),
            f("30 millions de dollars US", Money, 30e6, "USD")
        ]
    );
    // Nor does a text that names Québec or Canada three times.
    assert_eq!(
        plain(
            "L'entreprise montréalaise a obtenu d'Hydro-Québec un bloc. Québec et Ottawa \
             prêteront 75 millions de dollars, et 20 millions de dollars américains viendront \
             d'ailleurs."
        ),
        vec![
            f("75 millions de dollars", Money, 75e6, "CAD"),
            f("20 millions de dollars américains", Money, 20e6, "USD")
        ]
    );
    // Only near a Canadian name: another section's dollars stay American, and so does an
    // amount lent its unit by American dollars in its sentence.
    let got = plain(
        "Ottawa finance un centre au Québec. Québec et Ottawa y mettent 30 millions de \
         dollars.\n\nCohere lèverait 1 milliard de dollars américains sur une valorisation de \
         12 milliards.\n\n━━━ ÉTATS-UNIS ━━━\n\nLa lettre du jour.\n\nOracle a signé pour 30 \
         Mds$ de puces.",
    );
    let units: Vec<&str> = got.iter().map(|g| g.3.as_str()).collect();
    assert_eq!(units, ["CAD", "USD", "USD", "USD"], "{got:?}");
    // Without the notation, a dollar stays American; "5G" is no scale.
    assert_eq!(
        plain("Le Canada versera 705 millions de dollars au réseau 5G$ d'ici 2027."),
        vec![f("705 millions de dollars", Money, 705e6, "USD")]
    );
}

#[test]
fn the_ringgit_glued_to_an_amount_with_a_scale() {
    assert_eq!(
        plain("Pledges in Johor total RM160 billion ($36 billion) since 2021."),
        vec![
            f("RM160 billion", Money, 160e9, "MYR"),
            f("$36 billion", Money, 36e9, "USD")
        ]
    );
    assert!(plain("The RM2 road is closed.").is_empty());
}

#[test]
fn currencies_glued_in_the_financial_press_style() {
    assert_eq!(
        plain(
            "The project is worth Rs2.1tn, after SR7.5bn from Riyadh, Dh55bn from Abu Dhabi, \
             RMB612.4 million from Wuhu and Rmb10bn from Beijing."
        ),
        vec![
            f("Rs2.1tn", Money, 2.1e12, "INR"),
            f("SR7.5bn", Money, 7.5e9, "SAR"),
            f("Dh55bn", Money, 55e9, "AED"),
            f("RMB612.4 million", Money, 612.4e6, "CNY"),
            f("Rmb10bn", Money, 10e9, "CNY")
        ]
    );
    assert!(plain("The Rs2 model and the SR71 jet.").is_empty());
    // Through the whole engine: no name is read in them, so they stay figures.
    let x = crate::extract::extract(
        "In rupee terms the project is worth about Rs2.1tn, the ministry said.",
        &crate::extract::Lexicon::builtin(),
    );
    assert_eq!(x.figures.len(), 1, "{:?}", x.entities);
    assert!(x.entities.iter().all(|e| !e.text.starts_with("Rs")));
}

#[test]
fn an_iso_code_glued_to_an_amount_is_money_and_no_name() {
    let x = crate::extract::extract(
        "The second phase will cost a further SAR19bn, the ministry said. Wahat Cloud will \
         commit AED3.2bn to a first building, as agreed at COP28 over RON95 prices.",
        &crate::extract::Lexicon::builtin(),
    );
    let got: Vec<(&str, &str, f64)> = x
        .figures
        .iter()
        .map(|f| (f.text.as_str(), f.unit.as_str(), f.value))
        .collect();
    assert_eq!(
        got,
        vec![("SAR19bn", "SAR", 19e9), ("AED3.2bn", "AED", 3.2e9)]
    );
    assert!(
        x.entities
            .iter()
            .all(|e| !e.text.starts_with("SAR") && !e.text.starts_with("AED"))
    );
    // A conference, a fuel grade, a code before no scale are no amounts.
    assert!(super::money::code_glued_amount("AED3.6725", true));
    for word in ["COP28", "RON95", "USD21bnx", "ABC123"] {
        assert!(!super::money::code_glued_amount(word, false), "{word}");
    }
}

#[test]
fn moroccan_dirhams_in_their_abbreviations() {
    assert_eq!(
        plain("Une phase de 5.200 MDH, sur 14 milliards de DH, et un prêt de 2 MMDH."),
        vec![
            f("5.200 MDH", Money, 5.2e9, "MAD"),
            f("14 milliards de DH", Money, 14e9, "MAD"),
            f("2 MMDH", Money, 2e9, "MAD")
        ]
    );
}

#[test]
fn swiss_and_belgian_forms() {
    assert_eq!(
        plain("Le cluster compte 10'752 puces et a coûté 250 millions de francs."),
        vec![
            f("10'752 puces", Chips, 10752.0, "chips"),
            f("250 millions de francs", Money, 250e6, "CHF")
        ]
    );
    assert_eq!(
        plain("La Confédération versera septante millions de francs suisses."),
        vec![f("septante millions de francs suisses", Money, 70e6, "CHF")]
    );
    assert_eq!(
        plain("Le Sénégal investit 300 milliards de francs CFA."),
        vec![f("300 milliards de francs CFA", Money, 300e9, "XOF")]
    );
    assert_eq!(
        plain("Un campus de 98 milliards de FCFA."),
        vec![f("98 milliards de FCFA", Money, 98e9, "XOF")]
    );
    // A scale word hyphened to the number, a naira sign, a spaced rupiah, crowns in English.
    assert_eq!(
        plain("Ottawa set up a $2-billion fund; the ₹4,200-crore scheme passed."),
        vec![
            f("$2-billion", Money, 2e9, "USD"),
            f("₹4,200-crore", Money, 4.2e10, "INR")
        ]
    );
    assert_eq!(
        plain(
            "Lagos put in ₦150 billion, Jakarta Rp 33.5 trillion and Oslo 9 billion Norwegian crowns."
        ),
        vec![
            f("₦150 billion", Money, 150e9, "NGN"),
            f("Rp 33.5 trillion", Money, 33.5e12, "IDR"),
            f("9 billion Norwegian crowns", Money, 9e9, "NOK")
        ]
    );
    // An ISO code before the amount names its currency.
    assert_eq!(
        plain("The $1.2 billion equals about OMR 462 million."),
        vec![
            f("$1.2 billion", Money, 1.2e9, "USD"),
            f("OMR 462 million", Money, 462e6, "OMR")
        ]
    );
    // In a text about Central Africa, the franc is the Central African one.
    assert_eq!(
        plain("À Douala, au Cameroun, un campus de 85 milliards FCFA."),
        vec![f("85 milliards FCFA", Money, 85e9, "XAF")]
    );
    // Three digits after the apostrophe only: "l'an 2'0" is no number.
    assert!(
        plain("Il a l'idée 2'50 puces.")
            .iter()
            .all(|x| x.2 != 250.0)
    );
}

#[test]
fn currencies_of_asia_africa_and_the_nordics_written_out() {
    assert_eq!(
        plain(
            "The fund put in 28.9 billion ringgit, Jakarta 4 trillion rupiah and Lagos 1.5 \
             billion naira; Stockholm added 2 billion kronor."
        ),
        vec![
            f("28.9 billion ringgit", Money, 28.9e9, "MYR"),
            f("4 trillion rupiah", Money, 4e12, "IDR"),
            f("1.5 billion naira", Money, 1.5e9, "NGN"),
            f("2 billion kronor", Money, 2e9, "SEK"),
        ]
    );
    // A word that is also a name or a noun counts only after a scale: "the Rand", "50 dong".
    assert!(plain("He paid 50 rand for it.").is_empty());
}

#[test]
fn central_african_francs_and_korean_wire_forms() {
    assert_eq!(
        plain(
            "Le Rwanda apporte 210 milliards de francs rwandais et Kinshasa 65 milliards de \
             francs congolais."
        ),
        vec![
            f("210 milliards de francs rwandais", Money, 210e9, "RWF"),
            f("65 milliards de francs congolais", Money, 65e9, "CDF"),
        ]
    );
    assert_eq!(
        plain("Samsung will invest 12 tln won in a 30 trillion-won hub."),
        vec![
            f("12 tln won", Money, 12e12, "KRW"),
            f("30 trillion-won", Money, 30e12, "KRW"),
        ]
    );
}

#[test]
fn dinars_are_algerian_unless_the_text_is_about_tunisia() {
    assert_eq!(
        plain("Alger : Algérie Télécom investira 46 milliards de DA, soit 46 milliards de dinars."),
        vec![
            f("46 milliards de DA", Money, 46e9, "DZD"),
            f("46 milliards de dinars", Money, 46e9, "DZD"),
        ]
    );
    assert_eq!(
        plain("La Tunisie inscrit 150 millions de dinars pour un centre de calcul à Sfax."),
        vec![f("150 millions de dinars", Money, 150e6, "TND")]
    );
    // Without a scale, "DA" is no currency.
    assert!(plain("Le DA 42 est un avion.").is_empty());
}

#[test]
fn nigerias_press_writes_the_naira_n() {
    assert_eq!(
        plain("Lagos-based Orisun raised N45bn, part of a N474 billion project in Nigeria."),
        vec![
            f("N45bn", Money, 45e9, "NGN"),
            f("N474 billion", Money, 474e9, "NGN")
        ]
    );
}

#[test]
fn a_dollar_countrys_own_press_writes_its_dollar_bare_and_the_us_one_us_dollars() {
    let release = "Queensland will invest $250 million in the Ipswich facility. The Queensland \
                   Investment Corporation leads; Queensland's partners add $850 million. The \
                   operator signed a US$190 million contract with Nvidia.";
    assert_eq!(
        plain(release),
        vec![
            f("$250 million", Money, 250e6, "AUD"),
            f("$850 million", Money, 850e6, "AUD"),
            f("US$190 million", Money, 190e6, "USD")
        ]
    );
    // A text that writes its own dollar "A$" writes the US one "$".
    let wire = "Queensland will invest A$250 million and Queensland's partners A$850 million \
                in Queensland; the operator pays $190 million (US$) to Nvidia.";
    assert_eq!(plain(wire)[2].3, "USD", "{:?}", plain(wire));
    // Said to be American after the amount, or under a header in US dollars.
    let said = "Queensland will invest $250 million. Queensland and Queensland's partners \
                add $5bn in US dollars, as US$ terms go.";
    assert_eq!(plain(said)[1].3, "USD", "{:?}", plain(said));
}

#[test]
fn a_world_tables_us_rows_keep_the_bare_dollar_american() {
    // One Australian row and its note among deals placed "Texas, US": "$" stays the US dollar.
    let page = "Deals reached $37.9bn. | Meridian | Virginia, US | $9.8bn |\n| Cobalt | Texas, US \
                | $7.2bn |\n| Mesa | New Mexico, US | $6.5bn |\n| Coralsea | Sydney, Australia | \
                A$1.8bn |\nA$ = Australian dollars. A US$250m loan.";
    let units: Vec<String> = plain(page).into_iter().map(|x| x.3).collect();
    assert_eq!(units, ["USD", "USD", "USD", "USD", "AUD", "USD"]);
}

#[test]
fn pesos_are_mexicos_unless_the_text_is_about_another_pesos_country() {
    let mexico = "Querétaro's campus will cost 18.2 billion pesos, a 7.5 billion-peso first \
                  phase, at 18.29 pesos to the dollar, Mexico's biggest.";
    assert_eq!(
        plain(mexico),
        vec![
            f("18.2 billion pesos", Money, 18.2e9, "MXN"),
            f("7.5 billion-peso", Money, 7.5e9, "MXN")
        ]
    );
    let manila = "Manila-based LDIC, the Philippines' largest operator, will spend 6 billion \
                  pesos in Cebu.";
    assert_eq!(plain(manila)[0].3, "PHP", "{:?}", plain(manila));
}

#[test]
fn riyals_in_a_text_about_qatar_and_rwandas_frw() {
    let doha =
        "Qatar's Mirqab raised 11 billion riyals in Doha; Saudi Arabia spent 9 billion riyals.";
    let units: Vec<String> = plain(doha).into_iter().map(|x| x.3).collect();
    assert_eq!(units, ["QAR", "QAR"]);
    // A code of its own stays; so does "trillion" (no riyal in it).
    let code = "Qatar's Doha fund met Saudi Arabia's SAR 1.5 trillion budget in Qatar.";
    assert_eq!(plain(code)[0].3, "SAR", "{:?}", plain(code));
    let riyadh = "The Saudi fund raised 11 billion riyals in Riyadh.";
    assert_eq!(plain(riyadh)[0].3, "SAR");
    assert_eq!(
        plain("Le projet coûtera 96 milliards de Frw."),
        vec![f("96 milliards de Frw", Money, 96e9, "RWF")]
    );
}

#[test]
fn madagascars_ariary_in_words_and_in_a_table_header() {
    let got = plain(
        "Le câble coûtera 1 590 milliards d'ariary.\n\n| Projet | Coût (milliards Ar) |\n\
         |---|---|\n| Câble | 1 350 |\n",
    );
    assert_eq!(
        got,
        vec![
            f("1 590 milliards d'ariary", Money, 1.59e12, "MGA"),
            f("1 350", Money, 1.35e12, "MGA")
        ]
    );
}

#[test]
fn a_quebec_tables_dollar_cells_are_canadian_too() {
    let got = plain(
        "Hydro-Québec évalue les ajouts à 1 G$.\n\n| Projet | Coût des ajouts (M$) |\n|---|---|\n\
         | Beauharnois | 412 |\n",
    );
    assert_eq!(got[1], f("412", Money, 412e6, "CAD"), "{got:?}");
}

#[test]
fn africas_currencies_by_their_codes_and_abbreviations() {
    assert_eq!(
        plain(
            "Le projet coûte 214 MDT, dont 40 millions DT de l'État. À Conakry, 1 100 \
             milliards GNF et 60 milliards FG. Kigali : 5 milliards RWF."
        ),
        vec![
            f("214 MDT", Money, 214e6, "TND"),
            f("40 millions DT", Money, 40e6, "TND"),
            f("1 100 milliards GNF", Money, 1.1e12, "GNF"),
            f("60 milliards FG", Money, 60e9, "GNF"),
            f("5 milliards RWF", Money, 5e9, "RWF"),
        ]
    );
    // Without a scale, "DT" and "FG" are no currency.
    assert!(plain("Le DT 42 et le FG 7 sont des prototypes.").is_empty());
}

#[test]
fn the_rand_glued_to_an_abbreviated_scale() {
    assert_eq!(
        plain("Highveld lines up R9.6bn, of which R450m from the IDC."),
        vec![
            f("R9.6bn", Money, 9.6e9, "ZAR"),
            f("R450m", Money, 450e6, "ZAR")
        ]
    );
}

#[test]
fn vietnams_dong_turkeys_lira_and_mauritius_rupee_as_their_press_writes_them() {
    assert_eq!(
        plain(
            "Kinh Bac invests VNĐ52 trillion; Karataş adds TL 21.3 billion and 17.2 billion liras."
        ),
        vec![
            f("VNĐ52 trillion", Money, 52e12, "VND"),
            f("TL 21.3 billion", Money, 21.3e9, "TRY"),
            f("17.2 billion liras", Money, 17.2e9, "TRY"),
        ]
    );
    let mauritius = "À Maurice, le campus d'Ébène coûtera Rs 6,2 milliards. L'État mauricien \
                     paiera Rs 750 millions depuis Port-Louis ; l'Inde apporte 900 crores de \
                     roupies indiennes.";
    let got = plain(mauritius);
    let units: Vec<_> = got.iter().map(|x| x.3.as_str()).collect();
    assert_eq!(units, ["MUR", "MUR", "INR"], "{got:?}");
}

#[test]
fn east_africas_shillings_and_south_asias_rupees_by_the_country_of_the_text() {
    assert_eq!(
        plain("Nairobi: Safaricom will spend Sh19.4bn, KSh14 billion and Sh 3 billion in Kenya."),
        vec![
            f("Sh19.4bn", Money, 19.4e9, "KES"),
            f("KSh14 billion", Money, 14e9, "KES"),
            f("Sh 3 billion", Money, 3e9, "KES"),
        ]
    );
    let units = |t: &str| -> Vec<String> { plain(t).into_iter().map(|x| x.3).collect() };
    assert_eq!(
        units(
            "In Dar es Salaam, Tanzania's operator will spend Sh120bn; Tanzania's plan adds KSh2bn."
        ),
        ["TZS", "KES"]
    );
    assert_eq!(
        units(
            "Pakistan's plan: Islamabad sets aside Rs38.6bn, PKR 28bn and Rs 450 crore; India's is ₹90bn."
        ),
        ["PKR", "PKR", "PKR", "INR"]
    );
}

#[test]
fn the_philippine_peso_and_the_egyptian_pound_as_their_press_writes_them() {
    let units =
        |t: &str| -> Vec<(String, String)> { plain(t).into_iter().map(|x| (x.0, x.3)).collect() };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        units("Manila: Ayala will spend P21.5 billion, PHP 12.8 billion and P30-billion."),
        pairs(&[
            ("P21.5 billion", "PHP"),
            ("PHP 12.8 billion", "PHP"),
            ("P30-billion", "PHP")
        ])
    );
    assert_eq!(
        units("Cairo: Egypt will spend LE 6.9 billion, E£ 10.5 billion and £ 3 billion."),
        pairs(&[
            ("LE 6.9 billion", "EGP"),
            ("E£ 10.5 billion", "EGP"),
            ("£ 3 billion", "EGP")
        ])
    );
    assert_eq!(
        units("Au Caire, l'Égypte investira 12 milliards de L.E. et 1,5 milliard de livres."),
        pairs(&[
            ("12 milliards de L.E.", "EGP"),
            ("1,5 milliard de livres", "EGP")
        ])
    );
    // With no Egypt in the text, "LE" in capitals is an article; the pound stays Britain's.
    assert_eq!(
        units("TOUS ENSEMBLE LE 1 OCTOBRE ! Londres paiera 3 milliards de livres."),
        pairs(&[("3 milliards de livres", "GBP")])
    );
}

#[test]
fn the_shekel_the_congolese_franc_and_a_spaced_cfa_franc() {
    let units =
        |t: &str| -> Vec<(String, String)> { plain(t).into_iter().map(|x| (x.0, x.3)).collect() };
    assert_eq!(
        units(
            "Shaked raised NIS 760 million; Kinshasa adds 75 milliards de FC; Douala, 4,6 milliards de F CFA."
        ),
        [
            ("NIS 760 million", "ILS"),
            ("75 milliards de FC", "CDF"),
            ("4,6 milliards de F CFA", "XAF")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
}

#[test]
fn sterling_named_so_and_a_lone_p_outside_the_philippines_keep_their_reading() {
    let units =
        |t: &str| -> Vec<(String, String)> { plain(t).into_iter().map(|x| (x.0, x.3)).collect() };
    assert_eq!(
        units("Cairo: Egypt will spend £ 3 billion and 10 billion pounds sterling."),
        [
            ("£ 3 billion", "EGP"),
            ("10 billion pounds sterling", "GBP")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert!(units("The P100 billion line in Ohio.").is_empty());
}

#[test]
fn an_exchange_rate_is_no_amount() {
    let got: Vec<_> = crate::extract::extract(
        "Tausi raised $150 million. ($1 = 129.3 Kenyan shillings)\n\nUS$1 = NIS 3.62.",
        &crate::extract::Lexicon::builtin(),
    )
    .figures
    .into_iter()
    .map(|f| f.text)
    .collect();
    assert_eq!(got, ["$150 million"]);
}

#[test]
fn the_baht_sign_and_a_bare_mio_after_a_total() {
    let units =
        |t: &str| -> Vec<(String, String)> { plain(t).into_iter().map(|x| (x.0, x.3)).collect() };
    assert_eq!(
        units("Bangkok: the operator will spend ฿142bn on its campus."),
        [("฿142bn", "THB")].map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(
        units(
            "Le projet coûte 160 millions d'euros. Sur ce montant, 115 mio proviennent des actionnaires."
        ),
        [("160 millions d'euros", "EUR"), ("115 mio", "EUR")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
}

#[test]
fn a_texts_note_on_its_currency_sets_its_bare_dollar() {
    let story = "Calderwood AI raises $58 million.\n\nAll figures in CAD unless otherwise noted.\n\n\
                 Nvidia sold it chips worth $5 million (US) and $2 million more.";
    assert_eq!(
        plain(story),
        vec![
            f("$58 million", Money, 58e6, "CAD"),
            f("$5 million", Money, 5e6, "USD"),
            f("$2 million", Money, 2e6, "CAD")
        ]
    );
    // Without the note, a text that names no dollar country keeps the US dollar.
    assert_eq!(plain("Calderwood AI raises $58 million.")[0].3, "USD");
}

#[test]
fn a_note_in_cad_leaves_an_amount_written_usd_american() {
    let story = "All figures in CAD unless otherwise noted.\n\nKestrel raised $58 million and \
                 bought chips worth 40 million USD.";
    let got = plain(story);
    assert_eq!(got[0].3, "CAD", "{got:?}");
    assert_eq!(got[1].3, "USD", "{got:?}");
}
