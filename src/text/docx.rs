//! Word .docx files to paragraphs and table rows. A .docx is a zip of XML parts:
//! `word/document.xml` holds the paragraphs and tables; auto-numbered headings carry
//! no label in their text, so their labels (一、 （一） 1. …) are rebuilt from
//! `word/numbering.xml` (and the numbering of paragraph styles in `styles.xml`).
//!
//! Written on the `zip` and `quick-xml` crates instead of a .docx crate: docx-rs
//! costs about 313 KB of wasm and panics on valid files, and a panic kills the
//! page. Everything here returns errors; sizes are capped against zip bombs.

use super::lines::Block;
use crate::model::numbering::chinese_numeral;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// Largest XML part read, uncompressed.
const MAX_PART: u64 = 32 * 1024 * 1024;

/// Why a .docx cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DocxError {
    /// Not a zip file at all.
    #[error("not a zip file")]
    NotZip,
    /// A zip without `word/document.xml`: not a Word document.
    #[error("not a Word document")]
    NotWord,
    /// A part cannot be decompressed, is too large, or is not XML.
    #[error("damaged")]
    Damaged,
}

/// The paragraphs and table rows of a .docx.
pub fn read_docx(bytes: &[u8]) -> Result<Vec<Block>, DocxError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| DocxError::NotZip)?;
    let document = part(&mut zip, "word/document.xml")?.ok_or(DocxError::NotWord)?;
    let numbering = match part(&mut zip, "word/numbering.xml")? {
        Some(xml) => read_numbering(&xml)?,
        None => Numbering::default(),
    };
    let styles = match part(&mut zip, "word/styles.xml")? {
        Some(xml) => read_styles(&xml)?,
        None => HashMap::new(),
    };
    read_document(&document, &numbering, &styles)
}

fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, DocxError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(DocxError::Damaged),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| DocxError::Damaged)?;
    if bytes.len() as u64 > MAX_PART {
        return Err(DocxError::Damaged);
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| DocxError::Damaged)
}

/// One level of a list: its number format, label text ("%1、") and start.
#[derive(Clone, Debug, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

#[derive(Clone, Debug, Default)]
struct Numbering {
    /// abstractNumId → levels by ilvl.
    abstracts: HashMap<String, HashMap<u32, Level>>,
    /// numId → (abstractNumId, start overrides by ilvl).
    nums: HashMap<String, (String, HashMap<u32, u32>)>,
}

fn attr(e: &BytesStart, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| a.unescape_value().ok().map(|v| v.into_owned()))
            .flatten()
    })
}

fn read_numbering(xml: &str) -> Result<Numbering, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut n = Numbering::default();
    let mut abstract_id: Option<String> = None;
    let mut num_id: Option<String> = None;
    let mut ilvl: Option<u32> = None;
    loop {
        let event = reader.read_event().map_err(|_| DocxError::Damaged)?;
        let (e, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                match e.local_name().as_ref() {
                    b"abstractNum" => abstract_id = None,
                    b"num" => num_id = None,
                    b"lvl" | b"lvlOverride" => ilvl = None,
                    _ => {}
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let val = || attr(e, b"val");
        match e.local_name().as_ref() {
            b"abstractNum" if !empty => abstract_id = attr(e, b"abstractNumId"),
            b"num" if !empty => num_id = attr(e, b"numId"),
            b"lvl" | b"lvlOverride" if !empty => {
                ilvl = attr(e, b"ilvl").and_then(|v| v.parse().ok())
            }
            b"abstractNumId" => {
                if let (Some(num), Some(a)) = (&num_id, val()) {
                    n.nums.entry(num.clone()).or_default().0 = a;
                }
            }
            b"startOverride" => {
                if let (Some(num), Some(l), Some(v)) =
                    (&num_id, ilvl, val().and_then(|v| v.parse().ok()))
                {
                    n.nums.entry(num.clone()).or_default().1.insert(l, v);
                }
            }
            tag @ (b"numFmt" | b"lvlText" | b"start") => {
                if let (Some(a), Some(l), None) = (&abstract_id, ilvl, &num_id) {
                    let level = n
                        .abstracts
                        .entry(a.clone())
                        .or_default()
                        .entry(l)
                        .or_default();
                    let v = val().unwrap_or_default();
                    match tag {
                        b"numFmt" => level.format = v,
                        b"lvlText" => level.text = v,
                        _ => level.start = v.parse().unwrap_or(1),
                    }
                }
            }
            _ => {}
        }
    }
    Ok(n)
}

/// Paragraph styles with numbering: styleId → (numId, ilvl).
fn read_styles(xml: &str) -> Result<HashMap<String, (String, u32)>, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut out = HashMap::new();
    let mut style: Option<String> = None;
    let mut num: Option<String> = None;
    let mut ilvl = 0;
    loop {
        match reader.read_event().map_err(|_| DocxError::Damaged)? {
            Event::Start(e) if e.local_name().as_ref() == b"style" => {
                style = attr(&e, b"styleId");
                num = None;
                ilvl = 0;
            }
            Event::Empty(e) | Event::Start(e) => match e.local_name().as_ref() {
                b"numId" => num = attr(&e, b"val"),
                b"ilvl" => ilvl = attr(&e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0),
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"style" => {
                if let (Some(s), Some(n)) = (style.take(), num.take()) {
                    out.insert(s, (n, ilvl));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Where the walk through document.xml is.
#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    /// The text of the paragraph being read.
    para: String,
    /// Its numbering: numId and ilvl (from the paragraph or its style).
    num: Option<String>,
    ilvl: Option<u32>,
    style: Option<String>,
    /// Table nesting: rows being read, cells of the current row, and the text of
    /// the current cell.
    tables: usize,
    row: Vec<String>,
    cell: String,
    /// Inside text that is not shown: deleted runs, field codes, fallbacks.
    hidden: usize,
    in_text: bool,
    /// Counters per numId and level.
    counters: HashMap<String, Vec<u32>>,
}

fn read_document(
    xml: &str,
    numbering: &Numbering,
    styles: &HashMap<String, (String, u32)>,
) -> Result<Vec<Block>, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut w = Walk::default();
    loop {
        match reader.read_event().map_err(|_| DocxError::Damaged)? {
            Event::Start(e) => {
                let name = e.local_name();
                match name.as_ref() {
                    b"del" | b"instrText" | b"Fallback" | b"delText" => w.hidden += 1,
                    b"t" => w.in_text = true,
                    b"p" => {
                        w.para.clear();
                        w.num = None;
                        w.ilvl = None;
                        w.style = None;
                    }
                    b"tbl" => w.tables += 1,
                    b"tr" if w.tables == 1 => w.row.clear(),
                    b"tc" if w.tables == 1 => w.cell.clear(),
                    _ => {}
                }
                empty_tag(&mut w, &e);
            }
            Event::Empty(e) => empty_tag(&mut w, &e),
            Event::Text(t) if w.in_text && w.hidden == 0 => {
                w.para
                    .push_str(&t.decode().map_err(|_| DocxError::Damaged)?);
            }
            Event::GeneralRef(r) if w.in_text && w.hidden == 0 => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    w.para.push(c);
                } else if let Ok(name) = r.decode() {
                    if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
                        w.para.push_str(s);
                    }
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"del" | b"instrText" | b"Fallback" | b"delText" => {
                    w.hidden = w.hidden.saturating_sub(1)
                }
                b"t" => w.in_text = false,
                b"p" => end_paragraph(&mut w, numbering, styles),
                b"tc" if w.tables == 1 => {
                    let cell = std::mem::take(&mut w.cell);
                    w.row.push(cell.trim().to_owned());
                }
                b"tr" if w.tables == 1 => {
                    let row = std::mem::take(&mut w.row);
                    if row.iter().any(|c| !c.is_empty()) {
                        w.blocks.push(Block::row(row));
                    }
                }
                b"tbl" => w.tables = w.tables.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(w.blocks)
}

fn empty_tag(w: &mut Walk, e: &BytesStart) {
    if w.hidden > 0 {
        return;
    }
    match e.local_name().as_ref() {
        b"tab" => w.para.push(' '),
        b"br" | b"cr" => w.para.push('\n'),
        b"numId" => w.num = attr(e, b"val"),
        b"ilvl" => w.ilvl = attr(e, b"val").and_then(|v| v.parse().ok()),
        b"pStyle" => w.style = attr(e, b"val"),
        _ => {}
    }
}

fn end_paragraph(w: &mut Walk, numbering: &Numbering, styles: &HashMap<String, (String, u32)>) {
    let mut text = std::mem::take(&mut w.para);
    let from_style = w.style.as_ref().and_then(|s| styles.get(s));
    let num = w.num.clone().or_else(|| from_style.map(|s| s.0.clone()));
    let ilvl = w
        .ilvl
        .or_else(|| from_style.map(|s| s.1))
        .unwrap_or(0)
        .min(8);
    if let Some(num) = num.filter(|n| n != "0") {
        if !text.trim().is_empty() {
            if let Some(label) = label(w, numbering, &num, ilvl) {
                text = format!("{label}{text}");
            }
        }
    }
    if w.tables > 0 {
        if !w.cell.is_empty() {
            w.cell.push('\n');
        }
        w.cell.push_str(&text);
        return;
    }
    for piece in text.split('\n') {
        if !piece.trim().is_empty() {
            w.blocks.push(Block::para(piece.to_owned()));
        }
    }
}

/// The label of the next paragraph of list `num` at level `ilvl`, counters moved on.
fn label(w: &mut Walk, numbering: &Numbering, num: &str, ilvl: u32) -> Option<String> {
    let (abstract_id, overrides) = numbering.nums.get(num)?;
    let levels = numbering.abstracts.get(abstract_id)?;
    let start = |l: u32| {
        overrides
            .get(&l)
            .copied()
            .or_else(|| levels.get(&l).map(|x| x.start))
            .unwrap_or(1)
    };
    let counters = w
        .counters
        .entry(num.to_owned())
        .or_insert_with(|| vec![0; 9]);
    let l = ilvl as usize;
    counters[l] = if counters[l] == 0 {
        start(ilvl)
    } else {
        counters[l].saturating_add(1)
    };
    for (k, c) in counters.iter_mut().enumerate().skip(l + 1) {
        let _ = k;
        *c = 0;
    }
    let level = levels.get(&ilvl)?;
    if matches!(level.format.as_str(), "bullet" | "none") {
        return None;
    }
    let mut out = String::new();
    let mut chars = level.text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                chars.next();
                let k = d.saturating_sub(1).min(8);
                let value = counters[k as usize].max(start(k));
                let format = levels.get(&k).map_or("decimal", |x| x.format.as_str());
                out.push_str(&format_number(value, format));
                continue;
            }
        }
        out.push(c);
    }
    Some(out)
}

/// `n` in a Word number format.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "ideographDigital"
        | "japaneseCounting"
        | "taiwaneseCounting" => chinese_numeral(n),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32('①' as u32 + n - 1)
                .map(String::from)
                .unwrap_or_default()
        }
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .filter_map(|d| char::from_u32(d as u32 + 0xfee0))
            .collect(),
        "ideographTraditional" if (1..=10).contains(&n) => "甲乙丙丁戊己庚辛壬癸"
            .chars()
            .nth(n as usize - 1)
            .map(String::from)
            .unwrap_or_default(),
        "upperLetter" => letter(n, b'A'),
        "lowerLetter" => letter(n, b'a'),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        _ => n.to_string(),
    }
}

fn letter(n: u32, base: u8) -> String {
    if n == 0 {
        return String::new();
    }
    let c = char::from(base + ((n - 1) % 26) as u8);
    std::iter::repeat_n(c, ((n - 1) / 26 + 1).min(10) as usize).collect()
}

fn roman(mut n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let table = [
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
    for (v, s) in table {
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
    fn number_formats() {
        assert_eq!(format_number(3, "chineseCounting"), "三");
        assert_eq!(format_number(12, "chineseCountingThousand"), "十二");
        assert_eq!(format_number(21, "chineseCounting"), "二十一");
        assert_eq!(format_number(2, "decimalEnclosedCircle"), "②");
        assert_eq!(format_number(4, "decimal"), "4");
        assert_eq!(format_number(4, "upperRoman"), "IV");
    }

    #[test]
    fn not_a_docx() {
        assert_eq!(read_docx(b"hello"), Err(DocxError::NotZip));
    }
}
