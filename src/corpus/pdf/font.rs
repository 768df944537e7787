//! PDF fonts as the layout needs them: how a string's bytes split into character codes, each
//! code's width (to know where a string ends) and its text (lopdf's encodings and `ToUnicode`).

use super::budget::lopdf_error;
use crate::corpus::article::FormatError;
use lopdf::Encoding;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Width of a glyph the font does not describe, in thousandths of the font size.
const DEFAULT_WIDTH: f32 = 500.0;

/// One font of a page.
pub struct Font<'a> {
    encoding: Option<Encoding<'a>>,
    two_byte: bool,
    /// Glyph widths as ranges of codes `(first, last, width)`, sorted by `first`.
    widths: Vec<(u32, u32, f32)>,
    default_width: f32,
}

impl<'a> Font<'a> {
    fn new(doc: &'a Document, dict: &'a Dictionary, limit: usize) -> Result<Font<'a>, FormatError> {
        let encoding = match dict.get_font_encoding_with_limit(doc, limit) {
            Ok(e) => Some(e),
            Err(e @ lopdf::Error::Decompress(_)) => return Err(lopdf_error(e)),
            Err(_) => None,
        };
        let two_byte = dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0");
        let (widths, default_width) = if two_byte {
            cid_widths(doc, dict)
        } else {
            simple_widths(doc, dict)
        };
        Ok(Font {
            encoding,
            two_byte,
            widths,
            default_width,
        })
    }

    /// True for a composite (Type0) font, whose codes are two bytes.
    pub fn two_byte(&self) -> bool {
        self.two_byte
    }

    /// The text of a shown string: control characters, unknown and private-use glyphs dropped
    /// (a private-use glyph drawn alone reads as a bullet), typographic ligatures spelled out.
    pub fn decode(&self, bytes: &[u8]) -> String {
        let raw = match &self.encoding {
            Some(e) => e.bytes_to_string(bytes).ok(),
            None => None,
        };
        let raw = raw.unwrap_or_else(|| {
            if self.two_byte {
                String::new()
            } else {
                bytes.iter().map(|&b| char::from(b)).collect()
            }
        });
        // Private-use glyphs (symbol fonts) mean nothing as text; drawn alone, one is a bullet.
        let private = |c: char| ('\u{E000}'..='\u{F8FF}').contains(&c);
        if raw.chars().any(private) && raw.chars().all(|c| private(c) || c.is_whitespace()) {
            return "•".to_string();
        }
        let mut out = String::with_capacity(raw.len());
        for c in raw.chars() {
            match c {
                '\u{FB00}' => out.push_str("ff"),
                '\u{FB01}' => out.push_str("fi"),
                '\u{FB02}' => out.push_str("fl"),
                '\u{FB03}' => out.push_str("ffi"),
                '\u{FB04}' => out.push_str("ffl"),
                '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
                '\t' | '\u{A0}' => out.push(' '),
                '\u{FFFD}' | '\u{FEFF}' => {}
                c if private(c) => {}
                c if c.is_control() => {}
                c => out.push(c),
            }
        }
        out
    }

    /// The codes of a string with their widths.
    pub fn codes<'s>(&'s self, bytes: &'s [u8]) -> impl Iterator<Item = (u32, f32)> + 's {
        let step = if self.two_byte { 2 } else { 1 };
        bytes.chunks(step).map(move |c| {
            let code = c.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b));
            (code, self.width(code))
        })
    }

    fn width(&self, code: u32) -> f32 {
        let i = self.widths.partition_point(|&(first, _, _)| first <= code);
        match i.checked_sub(1).map(|i| self.widths[i]) {
            Some((_, last, w)) if code <= last => w,
            _ => self.default_width,
        }
    }
}

fn number(doc: &Document, o: &Object) -> Option<f32> {
    let o = doc.dereference(o).ok()?.1;
    o.as_float().ok().filter(|v| v.is_finite())
}

fn array<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> &'a [Object] {
    dict.get_deref(key, doc)
        .and_then(Object::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A simple font's `/FirstChar` and `/Widths`, its descriptor's `/MissingWidth`.
fn simple_widths(doc: &Document, dict: &Dictionary) -> (Vec<(u32, u32, f32)>, f32) {
    let first = dict
        .get_deref(b"FirstChar", doc)
        .ok()
        .and_then(|o| number(doc, o))
        .map_or(0, |f| f.max(0.0) as u32);
    let widths = array(doc, dict, b"Widths")
        .iter()
        .take(256)
        .enumerate()
        .filter_map(|(i, w)| {
            let code = first.checked_add(i as u32)?;
            Some((code, code, number(doc, w)?))
        })
        .collect();
    let missing = dict
        .get_deref(b"FontDescriptor", doc)
        .and_then(Object::as_dict)
        .and_then(|d| d.get_deref(b"MissingWidth", doc))
        .ok()
        .and_then(|o| number(doc, o))
        .filter(|w| *w > 0.0)
        .unwrap_or(DEFAULT_WIDTH);
    (widths, missing)
}

/// A composite font's widths: its descendant's `/DW` and `/W`.
fn cid_widths(doc: &Document, dict: &Dictionary) -> (Vec<(u32, u32, f32)>, f32) {
    let Some(cid) = array(doc, dict, b"DescendantFonts")
        .first()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
    else {
        return (Vec::new(), 1000.0);
    };
    let default = cid
        .get_deref(b"DW", doc)
        .ok()
        .and_then(|o| number(doc, o))
        .unwrap_or(1000.0);
    let w = array(doc, cid, b"W");
    let mut out = Vec::new();
    let mut i = 0;
    let code = |o: &Object| number(doc, o).map(|f| f.max(0.0) as u32);
    while i < w.len() {
        let Some(first) = code(&w[i]) else { break };
        match w
            .get(i + 1)
            .and_then(|o| doc.dereference(o).ok())
            .map(|(_, o)| o)
        {
            Some(Object::Array(ws)) => {
                for (k, v) in ws.iter().enumerate() {
                    if let (Some(c), Some(v)) = (first.checked_add(k as u32), number(doc, v)) {
                        out.push((c, c, v));
                    }
                }
                i += 2;
            }
            Some(last) => {
                let (Some(last), Some(v)) = (code(last), w.get(i + 2).and_then(|o| number(doc, o)))
                else {
                    break;
                };
                out.push((first, last.max(first), v));
                i += 3;
            }
            None => break,
        }
    }
    out.sort_by_key(|r| r.0);
    (out, default)
}

/// Most bytes one font's encoding (its `ToUnicode` map) may decompress to.
const MAX_FONT_BYTES: usize = 16 * 1024 * 1024;

/// Every font read so far in a document, by its dictionary: a font shared by many pages is
/// read once.
pub struct FontCache<'a> {
    doc: &'a Document,
    fonts: HashMap<*const Dictionary, Rc<Font<'a>>>,
}

impl<'a> FontCache<'a> {
    pub fn new(doc: &'a Document) -> Self {
        FontCache {
            doc,
            fonts: HashMap::new(),
        }
    }

    fn font(&mut self, dict: &'a Dictionary) -> Result<Rc<Font<'a>>, FormatError> {
        if let Some(f) = self.fonts.get(&std::ptr::from_ref(dict)) {
            return Ok(Rc::clone(f));
        }
        let f = Rc::new(Font::new(self.doc, dict, MAX_FONT_BYTES)?);
        self.fonts.insert(std::ptr::from_ref(dict), Rc::clone(&f));
        Ok(f)
    }
}

/// The fonts a content stream may select with `Tf`, by resource name.
#[derive(Clone, Default)]
pub struct Fonts<'a>(BTreeMap<Vec<u8>, Rc<Font<'a>>>);

impl<'a> Fonts<'a> {
    /// A page's fonts (its own resources and those it inherits).
    pub fn of_page(cache: &mut FontCache<'a>, page: ObjectId) -> Result<Self, FormatError> {
        let mut fonts = BTreeMap::new();
        for (name, dict) in cache.doc.get_page_fonts(page).unwrap_or_default() {
            fonts.insert(name, cache.font(dict)?);
        }
        Ok(Fonts(fonts))
    }

    /// These fonts with a form's own resources over them.
    pub fn with_resources(
        &self,
        cache: &mut FontCache<'a>,
        resources: &'a Dictionary,
    ) -> Result<Self, FormatError> {
        let doc = cache.doc;
        let mut fonts = self.0.clone();
        if let Ok(dict) = doc.get_dict_in_dict(resources, b"Font") {
            for (name, font) in dict.iter() {
                if let Ok((_, Object::Dictionary(font))) = doc.dereference(font) {
                    fonts.insert(name.clone(), cache.font(font)?);
                }
            }
        }
        Ok(Fonts(fonts))
    }

    pub fn get(&self, name: &[u8]) -> Option<&Font<'a>> {
        self.0.get(name).map(Rc::as_ref)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    #[test]
    fn cid_width_ranges_and_lists_are_read() {
        let mut doc = Document::with_version("1.5");
        let cid = doc.add_object(dictionary! {
            "DW" => 700,
            "W" => vec![3.into(), vec![Object::Integer(250), Object::Integer(260)].into(),
                        10.into(), 20.into(), 400.into()],
        });
        let font = dictionary! {
            "Type" => "Font", "Subtype" => "Type0",
            "DescendantFonts" => vec![Object::Reference(cid)],
        };
        let id = doc.add_object(font);
        let dict = doc.get_dictionary(id).unwrap();
        let f = Font::new(&doc, dict, 1 << 20).unwrap();
        assert!(f.two_byte());
        let got: Vec<f32> = f.codes(&[0, 3, 0, 4, 0, 15, 0, 21]).map(|c| c.1).collect();
        assert_eq!(got, vec![250.0, 260.0, 400.0, 700.0]);
    }

    #[test]
    fn ligatures_are_spelled_out_and_controls_dropped() {
        let doc = Document::with_version("1.5");
        let dict = dictionary! { "Type" => "Font", "Subtype" => "Type1",
        "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding" };
        let f = Font::new(&doc, &dict, 1 << 20).unwrap();
        assert_eq!(f.decode(b"caf\xe9\x01 \x80"), "café €");
    }
}
