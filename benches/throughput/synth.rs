//! Synthetic news corpus: deterministic French and English articles built from the seeds'
//! sentences (with their numbers, units and names varied) and from figure-bearing templates.

use vigie::text::sentences;

/// A tiny xorshift64* generator: deterministic, dependency-free, good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `p_percent` / 100.
    pub fn chance(&mut self, p_percent: usize) -> bool {
        self.below(100) < p_percent
    }

    /// One item of a `|`-separated list.
    pub fn pick<'a>(&mut self, list: &'a str) -> &'a str {
        let n = list.split('|').count();
        let k = self.below(n);
        list.split('|').nth(k).unwrap_or(list)
    }
}

// Word lists, `|`-separated (kept on few lines so the file stays readable).
const NAMES: &str = "OpenAI|Anthropic|Mistral AI|Nvidia|Microsoft|Google|Meta|Amazon|Alibaba|\
Huawei|Tencent|Baidu|SoftBank|Oracle|xAI|DeepSeek|Sam Altman|Jensen Huang|Arthur Mensch|\
Ursula von der Leyen|Emmanuel Macron|Xi Jinping|Bercy|Bruxelles|Pékin|Washington|Taïwan|\
Abou Dhabi|Inde|Japon|la Commission européenne|Bpifrance|TSMC|ASML|Samsung|Stargate|Jupiter|\
EuroHPC|Scaleway|Kyutai|Helsing|G42|MGX|Blackstone|Fluidstack";
const PEOPLE: &str = "Sam Altman|Jensen Huang|Arthur Mensch|Dario Amodei|Satya Nadella|\
Clara Chappaz|Thierry Breton|Lisa Su|Masayoshi Son|Demis Hassabis";
const ORGS: &str = "OpenAI|Anthropic|Mistral AI|Nvidia|Microsoft|Alphabet|Meta|\
Amazon Web Services|Alibaba Cloud|Huawei|SoftBank|Oracle|xAI|DeepSeek|G42|Iliad|Orange|\
Fluidstack|Brookfield|CoreWeave|Nscale|Aleph Alpha|Cerebras";
const PLACES_FR: &str = "France|Allemagne|Europe|Chine|États-Unis|Inde|Royaume-Uni|Texas|\
Abou Dhabi|Riyad|Finlande|Norvège|Grenoble|Marseille|Tokyo|Séoul";
const PLACES_EN: &str = "France|Germany|Europe|China|the United States|India|Britain|Texas|\
Abu Dhabi|Riyadh|Finland|Norway|Virginia|Ohio|Tokyo|Seoul";
const SCALE_FR: &str = "millions|milliards|mille milliards|Md|M";
const SCALE_EN: &str = "million|billion|trillion|bn|m";
const CUR_FR: &str = "d'euros|d’euros|de dollars|de yuans|de livres|de yens";
const SYM: &str = "$|€|£|¥|US$|USD |EUR |CNY ";
const POWER: &str = "MW|GW|mégawatts|gigawatts|kW|TW";
const COMPUTE_FR: &str = "exaflops|pétaflops|EFLOPS|PFLOP/s|téraflops";
const COMPUTE_EN: &str = "exaflops|petaflops|EFLOP/s|FLOP/s|teraflops";
const CHIPS_FR: &str = "GPU|puces H100|GPU Nvidia|accélérateurs|processeurs graphiques";
const CHIPS_EN: &str = "GPUs|H100 chips|Nvidia GPUs|accelerators|Blackwell chips";
const CURRENCY_WORDS: &str = "euros|dollars|yuans|livres";
/// Words of the seeds swapped for a random one of their group.
const SWAPS: &[&str] = &[SCALE_FR, POWER, COMPUTE_FR, CURRENCY_WORDS];
/// Figure-free English sentences (the seeds are all French); `{o}`, `{p}`, `{l}` are slots.
const FILLER_EN: &[&str] = &[
    "The announcement comes as governments race to secure computing capacity for {l}.",
    "{p}, who leads {o}, has argued that access to chips is now a matter of national security.",
    "Analysts said the deal underlined how dependent {l} remains on American cloud providers.",
    "Officials in {l} did not respond to a request for comment.",
    "{o}'s rivals have been quick to follow, signing long-term supply agreements of their own.",
    "Export controls have made it harder for companies in {l} to buy the most advanced parts.",
    "The project still needs regulatory approval, and construction has not yet begun.",
    "\u{201c}This is a turning point for sovereign AI,\u{201d} {p} said in a statement.",
    "Critics warn that the energy demands of such sites could strain local grids in {l}.",
    "{o} declined to say how the expansion would be financed.",
    "The partnership with {o} was first reported by the Financial Times.",
    "Shares of {o} rose in early trading after the news 🚀.",
];

/// A number as a journalist would write it, in French or English style: `small` ones (1–999,
/// maybe with decimals) go before a scale word, others are counts up to 500 000.
fn number(rng: &mut Rng, french: bool, small: bool) -> String {
    let int = match rng.below(if small { 3 } else { 4 }) {
        0 => rng.below(10) + 1,
        1 => rng.below(100) + 1,
        2 => rng.below(1000) + 1,
        _ => rng.below(500_000) + 1000,
    };
    let digits = int.to_string();
    if int < 1000 {
        if small && rng.chance(30) {
            let sep = if french { ',' } else { '.' };
            return format!("{digits}{sep}{}", rng.below(99) + 1);
        }
        return digits;
    }
    let sep = if french {
        rng.pick(" |\u{a0}|\u{202f}|.")
    } else {
        ","
    };
    let mut grouped = String::with_capacity(digits.len() + 8);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(sep);
        }
        grouped.push(c);
    }
    grouped
}

fn money(rng: &mut Rng, french: bool) -> String {
    let n = number(rng, french, true);
    let m = number(rng, french, true);
    if french {
        match rng.below(4) {
            0 => format!("{n} {} {}", rng.pick(SCALE_FR), rng.pick(CUR_FR)),
            1 => format!("{n}\u{a0}{}€", rng.pick("M|Md|Mds |")),
            2 => format!(
                "entre {n} et {m} {} {}",
                rng.pick(SCALE_FR),
                rng.pick(CUR_FR)
            ),
            _ => format!("{n} {} €", rng.pick(SCALE_FR)),
        }
    } else {
        match rng.below(3) {
            0 => format!("{}{n} {}", rng.pick(SYM), rng.pick(SCALE_EN)),
            1 => format!("{}{n}{}", rng.pick(SYM), rng.pick("bn|m|B|M")),
            _ => format!("${n} billion to ${m} billion"),
        }
    }
}

/// One figure-bearing sentence.
fn template(rng: &mut Rng, french: bool) -> String {
    let org = rng.pick(ORGS);
    let other = rng.pick(ORGS);
    let who = rng.pick(PEOPLE);
    let n = number(rng, french, false);
    let m = number(rng, french, true);
    let cash = money(rng, french);
    let cash2 = money(rng, french);
    if french {
        let place = rng.pick(PLACES_FR);
        match rng.below(6) {
            0 => format!("{org} a levé {cash} auprès de {other}, a annoncé {who}."),
            1 => format!(
                "Le campus de {place} affichera une puissance de {m} {} d’ici 2028.",
                rng.pick(POWER)
            ),
            2 => format!(
                "Selon {who}, {org} exploitera {n} {} dans son centre de données de {place}.",
                rng.pick(CHIPS_FR)
            ),
            3 => format!(
                "Le supercalculateur atteindra {m} {} (soit {n} {}).",
                rng.pick(COMPUTE_FR),
                rng.pick(COMPUTE_FR)
            ),
            4 => format!("« Nous investirons {cash} en {place} », a déclaré {who}, PDG d’{org}."),
            _ => format!("{org} est désormais valorisée {cash}, contre {cash2} l’an dernier."),
        }
    } else {
        let place = rng.pick(PLACES_EN);
        match rng.below(6) {
            0 => format!("{org} raised {cash} from {other}, {who} said on Tuesday."),
            1 => format!(
                "The campus in {place} will draw {m} {} of power by 2027.",
                rng.pick(POWER)
            ),
            2 => format!(
                "{org} plans to deploy {n} {} in {place}, according to {who}.",
                rng.pick(CHIPS_EN)
            ),
            3 => format!(
                "The system delivers {m} {} of AI compute.",
                rng.pick(COMPUTE_EN)
            ),
            4 => format!("\"We will spend {cash} in {place} this year,\" {who} told investors."),
            _ => format!("{org} is now valued at {cash}, up from {cash2} (€{m}bn) in January."),
        }
    }
}

/// Rewrites one seed sentence: every number re-drawn, unit words swapped within their group,
/// and some capitalised words (not the first) replaced by another name.
fn mutate(rng: &mut Rng, sentence: &str, out: &mut String) {
    for (i, word) in sentence.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '»']);
        let tail = &word[core.len()..];
        if core.starts_with(|c: char| c.is_ascii_digit()) {
            out.push_str(&number(rng, true, core.len() < 4));
        } else if let Some(group) = SWAPS.iter().find(|g| g.split('|').any(|w| w == core)) {
            out.push_str(rng.pick(group));
        } else if i > 0 && core.starts_with(char::is_uppercase) && rng.chance(25) {
            out.push_str(rng.pick(NAMES));
        } else {
            out.push_str(core);
        }
        out.push_str(tail);
    }
}

/// The synthetic corpus: documents of 2–30 KB totalling at least `total_bytes`.
pub fn corpus(total_bytes: usize, seed: u64) -> Vec<String> {
    let seed_sentences: Vec<&str> = vigie::corpus::SEEDS
        .iter()
        .flat_map(|(_, text)| {
            let text = text.trim_start_matches('\u{feff}');
            sentences(text).into_iter().map(move |r| &text[r])
        })
        .collect();
    assert!(!seed_sentences.is_empty(), "the seeds have sentences");
    let mut rng = Rng::new(seed);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < total_bytes {
        let target = 2048 + rng.below(26 * 1024);
        let french = rng.chance(60);
        let mut doc = String::with_capacity(target + 4096);
        doc.push_str(&template(&mut rng, french));
        doc.push_str(if french {
            "\n- 13 oct. 2025\n"
        } else {
            "\nMarch 3, 2025\n"
        });
        while doc.len() < target {
            for _ in 0..3 + rng.below(6) {
                if french && rng.chance(70) {
                    let s = seed_sentences[rng.below(seed_sentences.len())];
                    mutate(&mut rng, s, &mut doc);
                } else if !french && rng.chance(65) {
                    let f = FILLER_EN[rng.below(FILLER_EN.len())]
                        .replace("{o}", rng.pick(ORGS))
                        .replace("{p}", rng.pick(PEOPLE))
                        .replace("{l}", rng.pick(PLACES_EN));
                    doc.push_str(&f);
                } else {
                    doc.push_str(&template(&mut rng, french));
                }
                doc.push(' ');
            }
            doc.pop();
            doc.push('\n');
        }
        total += doc.len();
        docs.push(doc);
    }
    docs
}
