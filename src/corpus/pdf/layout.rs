//! PDF text layout: runs a page's content stream (graphics and text state, matrices, fonts, form
//! XObjects) and returns its lines of text with their position and size, in the order drawn.
//! Parsing, decompression and character decoding are lopdf's; only the placing is done here.

use super::budget::{Budget, lopdf_error};
use super::font::{Font, FontCache, Fonts};
use crate::corpus::article::FormatError;
use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashSet;

/// How deep form XObjects may draw one another.
const MAX_FORM_DEPTH: usize = 8;
/// How deep `q` may save the graphics state (deeper saves are ignored, their `Q` too).
const MAX_SAVED_STATES: usize = 64;

/// One line of text as drawn: its baseline's start (`x`, `y`, PDF units, y upwards), its right
/// end and its font size.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f32,
    pub right: f32,
    pub y: f32,
    pub size: f32,
}

/// An affine matrix `[a b c d e f]`, PDF's row-vector convention.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    /// `self × o`: first `self`, then `o`.
    fn then(self, o: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [p, q, r, s, t, u] = o.0;
        Matrix([
            a * p + b * r,
            a * q + b * s,
            c * p + d * r,
            c * q + d * s,
            e * p + f * r + t,
            e * q + f * s + u,
        ])
    }

    fn from_operands(ops: &[Object]) -> Option<Matrix> {
        let v: Vec<f32> = ops.iter().filter_map(num).collect();
        let m: [f32; 6] = v.try_into().ok()?;
        m.iter().all(|x| x.is_finite()).then_some(Matrix(m))
    }
}

fn num(o: &Object) -> Option<f32> {
    o.as_float().ok().filter(|v| v.is_finite())
}

/// The graphics state that matters for text (the text state is part of it).
#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Vec<u8>>,
    size: f32,
    char_space: f32,
    word_space: f32,
    scale: f32,
    leading: f32,
    rise: f32,
}

impl Default for State {
    fn default() -> Self {
        State {
            ctm: Matrix::IDENTITY,
            font: None,
            size: 0.0,
            char_space: 0.0,
            word_space: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// Lays out one page's content (`fonts` holds the fonts read for earlier pages).
pub fn page_lines<'a>(
    doc: &'a Document,
    page: ObjectId,
    budget: &mut Budget,
    fonts: &mut FontCache<'a>,
) -> Result<Vec<Line>, FormatError> {
    let data = doc
        .get_page_content_with_limit(page, budget.bytes_left())
        .map_err(lopdf_error)?;
    budget.spend_bytes(data.len())?;
    let resources = page_resources(doc, page);
    let page_fonts = Fonts::of_page(fonts, page)?;
    let mut painter = Painter {
        doc,
        budget,
        cache: fonts,
        lines: Vec::new(),
        forms_seen: HashSet::new(),
    };
    painter.run(&data, &page_fonts, &resources, State::default(), 0)?;
    Ok(painter.lines)
}

/// A page's resource dictionaries, nearest first (the page's own, then its ancestors').
fn page_resources(doc: &Document, page: ObjectId) -> Vec<&Dictionary> {
    let Ok((own, ids)) = doc.get_page_resources(page) else {
        return Vec::new();
    };
    own.into_iter()
        .chain(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok()))
        .collect()
}

struct Painter<'a, 'b> {
    doc: &'a Document,
    budget: &'b mut Budget,
    cache: &'b mut FontCache<'a>,
    lines: Vec<Line>,
    forms_seen: HashSet<ObjectId>,
}

impl<'a> Painter<'a, '_> {
    /// Runs one content stream (a page's or a form's) with the given fonts and resources.
    fn run(
        &mut self,
        data: &[u8],
        fonts: &Fonts<'a>,
        resources: &[&'a Dictionary],
        start: State,
        depth: usize,
    ) -> Result<(), FormatError> {
        let mut gs = start;
        let mut saved: Vec<State> = Vec::new();
        let mut skipped_saves = 0usize;
        let mut tm = Matrix::IDENTITY;
        let mut tlm = Matrix::IDENTITY;
        for op in Content::decode_iter(data) {
            // A content stream that stops parsing keeps what was drawn before.
            let Ok(op) = op else { break };
            self.budget.spend_op()?;
            let Operation { operator, operands } = &op;
            let f = |i: usize| operands.get(i).and_then(num);
            match operator.as_str() {
                "q" if saved.len() < MAX_SAVED_STATES => saved.push(gs.clone()),
                "q" => skipped_saves += 1,
                "Q" if skipped_saves > 0 => skipped_saves -= 1,
                "Q" => gs = saved.pop().unwrap_or_else(|| gs.clone()),
                "cm" => {
                    if let Some(m) = Matrix::from_operands(operands) {
                        gs.ctm = m.then(gs.ctm);
                    }
                }
                "BT" => {
                    tm = Matrix::IDENTITY;
                    tlm = Matrix::IDENTITY;
                }
                "Tf" => {
                    gs.font = operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .map(<[u8]>::to_vec);
                    gs.size = f(1).unwrap_or(gs.size);
                }
                "Tc" => gs.char_space = f(0).unwrap_or(0.0),
                "Tw" => gs.word_space = f(0).unwrap_or(0.0),
                "Tz" => gs.scale = f(0).unwrap_or(100.0) / 100.0,
                "TL" => gs.leading = f(0).unwrap_or(0.0),
                "Ts" => gs.rise = f(0).unwrap_or(0.0),
                "Td" | "TD" => {
                    let (tx, ty) = (f(0).unwrap_or(0.0), f(1).unwrap_or(0.0));
                    if operator == "TD" {
                        gs.leading = -ty;
                    }
                    tlm = Matrix::translate(tx, ty).then(tlm);
                    tm = tlm;
                }
                "Tm" => {
                    if let Some(m) = Matrix::from_operands(operands) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = Matrix::translate(0.0, -gs.leading).then(tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if operator != "Tj" && operator != "TJ" {
                        tlm = Matrix::translate(0.0, -gs.leading).then(tlm);
                        tm = tlm;
                    }
                    if operator == "\"" {
                        gs.word_space = f(0).unwrap_or(gs.word_space);
                        gs.char_space = f(1).unwrap_or(gs.char_space);
                    }
                    let shown = match operator.as_str() {
                        "\"" => operands.get(2..).unwrap_or(&[]),
                        _ => operands.as_slice(),
                    };
                    let font = gs.font.as_deref().and_then(|n| fonts.get(n));
                    self.show(shown, font, &gs, &mut tm)?;
                }
                "Do" => {
                    if let Some(name) = operands.first().and_then(|o| o.as_name().ok()) {
                        self.form(name, fonts, resources, &gs, depth)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Draws a form XObject named in `resources` (images and unknown names draw no text).
    fn form(
        &mut self,
        name: &[u8],
        fonts: &Fonts<'a>,
        resources: &[&'a Dictionary],
        gs: &State,
        depth: usize,
    ) -> Result<(), FormatError> {
        if depth >= MAX_FORM_DEPTH {
            return Ok(());
        }
        let Some((id, stream)) = resources.iter().find_map(|r| {
            let xobjects = self.doc.get_dict_in_dict(r, b"XObject").ok()?;
            let id = xobjects.get(name).ok()?.as_reference().ok()?;
            Some((id, self.doc.get_object(id).ok()?.as_stream().ok()?))
        }) else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form")
            || !self.forms_seen.insert(id)
        {
            return Ok(());
        }
        let data = stream
            .decompressed_content_with_limit(self.budget.bytes_left())
            .map_err(lopdf_error)?;
        self.budget.spend_bytes(data.len())?;
        let own = stream
            .dict
            .get_deref(b"Resources", self.doc)
            .and_then(Object::as_dict);
        let inner: Vec<&'a Dictionary> = own
            .iter()
            .copied()
            .chain(resources.iter().copied())
            .collect();
        let form_fonts = match own {
            Ok(r) => fonts.with_resources(self.cache, r)?,
            Err(_) => fonts.clone(),
        };
        let mut start = gs.clone();
        if let Ok(m) = stream.dict.get(b"Matrix").and_then(Object::as_array)
            && let Some(m) = Matrix::from_operands(m)
        {
            start.ctm = m.then(gs.ctm);
        }
        let result = self.run(&data, &form_fonts, &inner, start, depth + 1);
        self.forms_seen.remove(&id);
        result
    }

    /// Shows strings (`Tj`) or strings and kerning (`TJ`), advancing the text matrix.
    fn show(
        &mut self,
        shown: &[Object],
        font: Option<&Font<'a>>,
        gs: &State,
        tm: &mut Matrix,
    ) -> Result<(), FormatError> {
        for o in shown {
            match o {
                Object::String(bytes, _) => self.string(bytes, font, gs, tm)?,
                Object::Array(items) => {
                    for item in items {
                        match item {
                            Object::String(bytes, _) => self.string(bytes, font, gs, tm)?,
                            other => {
                                if let Some(k) = num(other) {
                                    let tx = -k / 1000.0 * gs.size * gs.scale;
                                    *tm = Matrix::translate(tx, 0.0).then(*tm);
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn string(
        &mut self,
        bytes: &[u8],
        font: Option<&Font<'a>>,
        gs: &State,
        tm: &mut Matrix,
    ) -> Result<(), FormatError> {
        let Some(font) = font else { return Ok(()) };
        let text = font.decode(bytes);
        let mut advance = 0.0;
        for (code, width) in font.codes(bytes) {
            let space = if code == 32 && !font.two_byte() {
                gs.word_space
            } else {
                0.0
            };
            advance += (width / 1000.0 * gs.size + gs.char_space + space) * gs.scale;
        }
        let rise = Matrix::translate(0.0, gs.rise);
        let start = rise.then(*tm).then(gs.ctm);
        *tm = Matrix::translate(advance, 0.0).then(*tm);
        let end = rise.then(*tm).then(gs.ctm);
        let [_, _, c, d, x, y] = start.0;
        let size = (gs.size * c.hypot(d)).abs();
        self.budget.spend_chars(text.len())?;
        self.place(text, x, end.0[4], y, size);
        Ok(())
    }

    /// Adds a run of text to the current line, or starts a new one.
    fn place(&mut self, text: String, x: f32, right: f32, y: f32, size: f32) {
        if text.is_empty() {
            return;
        }
        let size = if size > 0.0 { size } else { 1.0 };
        if let Some(line) = self.lines.last_mut() {
            // On the same line when the run's height overlaps the line's by more than half of
            // the smaller (a superscript note mark stays on its line) and it does not go back.
            let overlap = (line.y + line.size).min(y + size) - line.y.max(y);
            let same_line = overlap > 0.5 * size.min(line.size) && x > line.right - 1.5 * size;
            if same_line {
                let gap = x - line.right;
                let boundary = line.text.ends_with(char::is_whitespace)
                    || text.starts_with(char::is_whitespace);
                if gap > 0.15 * size && !boundary {
                    line.text.push(' ');
                }
                line.text.push_str(&text);
                line.right = line.right.max(right);
                if size > line.size {
                    line.y = y;
                    line.size = size;
                }
                return;
            }
        }
        self.lines.push(Line {
            text,
            x,
            right: right.max(x),
            y,
            size,
        });
    }
}
