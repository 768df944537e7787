//! What a Word document's styles and numbering say about its paragraphs: which style is the
//! title or a heading, and how each list level is numbered (bullets, 1., a), i.).

use super::xml::attr;
use roxmltree::{Document, Node};
use std::collections::HashMap;

/// What a paragraph style makes of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    /// A heading of this level (1 = top).
    Heading(u8),
}

/// Paragraph styles by id.
#[derive(Debug, Default)]
pub struct Styles {
    roles: HashMap<String, Role>,
}

impl Styles {
    pub fn read(doc: &Document) -> Styles {
        let mut roles = HashMap::new();
        for style in doc.descendants().filter(|n| n.tag_name().name() == "style") {
            let Some(id) = attr(style, "styleId") else {
                continue;
            };
            let name = child(style, "name")
                .and_then(|n| attr(n, "val"))
                .unwrap_or(id);
            let outline = child(style, "pPr")
                .and_then(|p| child(p, "outlineLvl"))
                .and_then(|o| attr(o, "val"))
                .and_then(|v| v.parse::<u8>().ok());
            if let Some(role) =
                role_of_name(name).or(outline.filter(|l| *l < 9).map(|l| Role::Heading(l + 1)))
            {
                roles.insert(id.to_string(), role);
            }
        }
        Styles { roles }
    }

    /// The role of a paragraph of style `id` (a document without `styles.xml` still has
    /// Word's built-in ids).
    pub fn role(&self, id: &str) -> Option<Role> {
        self.roles.get(id).copied().or_else(|| role_of_name(id))
    }
}

/// Word's built-in names ("title", "heading 2") and their usual ids ("Title", "Heading2",
/// "Titre1" in a French Word).
fn role_of_name(name: &str) -> Option<Role> {
    let n = name.to_lowercase().replace(' ', "");
    if n == "title" || n == "titre" {
        return Some(Role::Title);
    }
    let level = n
        .strip_prefix("heading")
        .or_else(|| n.strip_prefix("titre"))?;
    level
        .parse::<u8>()
        .ok()
        .filter(|l| (1..=9).contains(l))
        .map(Role::Heading)
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| c.tag_name().name() == name)
}

/// Deepest list level (Word has nine, 0 to 8).
const MAX_LEVEL: u8 = 8;

/// How list levels are numbered, and the counters as the document goes.
#[derive(Debug, Default)]
pub struct Numbering {
    /// `numId` → `abstractNumId`.
    nums: HashMap<String, String>,
    /// (`abstractNumId`, level) → number format (`decimal`, `bullet`, `lowerLetter`, ...).
    formats: HashMap<(String, u8), String>,
    counters: HashMap<(String, u8), usize>,
}

impl Numbering {
    pub fn read(doc: &Document) -> Numbering {
        let mut n = Numbering::default();
        for node in doc.descendants() {
            match node.tag_name().name() {
                "abstractNum" => {
                    let Some(id) = attr(node, "abstractNumId") else {
                        continue;
                    };
                    for lvl in node.children().filter(|c| c.tag_name().name() == "lvl") {
                        let level = attr(lvl, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        if let Some(fmt) = child(lvl, "numFmt").and_then(|f| attr(f, "val")) {
                            n.formats.insert((id.to_string(), level), fmt.to_string());
                        }
                    }
                }
                "num" => {
                    if let (Some(num), Some(abs)) = (
                        attr(node, "numId"),
                        child(node, "abstractNumId").and_then(|a| attr(a, "val")),
                    ) {
                        n.nums.insert(num.to_string(), abs.to_string());
                    }
                }
                _ => {}
            }
        }
        n
    }

    /// The marker of the next item of list `num` at `level` ("• ", "3. ", "b) "); deeper
    /// levels start over. `numId` 0 means "no list".
    pub fn marker(&mut self, num: &str, level: u8) -> Option<String> {
        if num == "0" {
            return None;
        }
        let abs = self
            .nums
            .get(num)
            .cloned()
            .unwrap_or_else(|| num.to_string());
        let fmt = self
            .formats
            .get(&(abs.clone(), level))
            .map_or("bullet", String::as_str)
            .to_string();
        let level = level.min(MAX_LEVEL);
        for deeper in level + 1..=MAX_LEVEL {
            self.counters.remove(&(abs.clone(), deeper));
        }
        let n = self.counters.entry((abs, level)).or_default();
        *n += 1;
        let n = *n;
        Some(match fmt.as_str() {
            "none" => String::new(),
            "decimal" | "decimalZero" => format!("{n}. "),
            "lowerLetter" => format!("{}) ", letter(n, b'a')),
            "upperLetter" => format!("{}) ", letter(n, b'A')),
            // Past 3999 a roman numeral grows with the number: write it in digits.
            "lowerRoman" | "upperRoman" if n > 3999 => format!("{n}. "),
            "lowerRoman" => format!("{}. ", roman(n).to_lowercase()),
            "upperRoman" => format!("{}. ", roman(n)),
            _ => "• ".to_string(),
        })
    }
}

fn letter(n: usize, base: u8) -> char {
    char::from(base + ((n - 1) % 26) as u8)
}

fn roman(mut n: usize) -> String {
    const DIGITS: &[(usize, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(v, s) in DIGITS {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_and_french_style_ids_have_roles() {
        let s = Styles::default();
        assert_eq!(s.role("Title"), Some(Role::Title));
        assert_eq!(s.role("Heading2"), Some(Role::Heading(2)));
        assert_eq!(s.role("Titre1"), Some(Role::Heading(1)));
        assert_eq!(s.role("Normal"), None);
    }

    #[test]
    fn list_markers_count_and_restart_deeper_levels() {
        let xml = r#"<w:numbering xmlns:w="w">
          <w:abstractNum w:abstractNumId="7">
            <w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>
            <w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
        </w:numbering>"#;
        let mut n = Numbering::read(&Document::parse(xml).unwrap());
        let got: Vec<String> = [(0, "3"), (1, "3"), (1, "3"), (0, "3"), (1, "3"), (0, "9")]
            .iter()
            .filter_map(|&(l, num)| n.marker(num, l))
            .collect();
        assert_eq!(got, vec!["1. ", "a) ", "b) ", "2. ", "a) ", "• "]);
        assert_eq!(n.marker("0", 0), None);
        assert_eq!(roman(14), "XIV");
    }
}
