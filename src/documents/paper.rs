//! The GB/T 9704 page (党政机关公文格式): A4, a 156 × 225 mm text block holding 22
//! lines of 28 characters. Because the grid is fixed, jihua breaks lines and pages
//! itself, here, with the line-breaking rules of Chinese (避头尾: no line starts
//! with a closing mark, none ends with an opening one). The print view draws these
//! lines one by one, so the preview, the paper and this tested code agree exactly.

use super::doc::{Block, Doc};

/// Lines on a page.
pub const LINES_PER_PAGE: usize = 22;
/// Width of a body line in half-width units: 28 characters of 3号 仿宋.
pub const LINE_WIDTH: usize = 56;
/// Width of a title line in half-width units of the title's size: 2号 (22 pt)
/// characters across 156 mm.
pub const TITLE_WIDTH: usize = 40;
/// First-line indent of a paragraph: two characters.
const INDENT: usize = 4;

/// The typeface a line is set in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    /// 2号 小标宋: the title.
    Title,
    /// 3号 黑体: first-level headings (一、).
    Hei,
    /// 3号 楷体: second-level headings (（一）).
    Kai,
    /// 3号 仿宋: everything else.
    Fang,
}

/// How a line sits in the text block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Stretched to the full width: every line of a paragraph but its last.
    Justify,
    /// From the left: a paragraph's last line.
    Left,
    /// Centred: the title.
    Center,
    /// Flush right with four characters to spare: the signature.
    Right,
}

/// One line of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Its text (empty for a blank line).
    pub text: String,
    /// Its typeface.
    pub face: Face,
    /// True for a paragraph's first line, which starts two characters in.
    pub indent: bool,
    /// Its alignment.
    pub align: Align,
}

/// A page: its number (from 1) and at most [`LINES_PER_PAGE`] lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Page number, from 1.
    pub number: usize,
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
}

/// Width of `c` in half-width units: 1 for Latin letters, digits and ASCII
/// punctuation, 2 for Chinese characters and full-width marks (“”‘’—… included:
/// Chinese fonts set them full-width).
pub fn width_of(c: char) -> usize {
    let u = c as u32;
    if u < 0x2000 || (0xFF61..=0xFFDC).contains(&u) {
        1
    } else {
        2
    }
}

/// Width of `s` in half-width units.
pub fn width(s: &str) -> usize {
    s.chars().map(width_of).sum()
}

/// Marks that may not start a line: they hang at the end of the line before.
const NO_START: &str = "，。、；：？！）》」』】〕〉”’…—·％,.;:?!)]}%";
/// Marks that may not end a line: they move to the next one.
const NO_END: &str = "（《「『【〔〈“‘([{";

fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/' | '%' | '@')
}

/// `text` broken into lines of at most `max` half-width units (the first line
/// `indent` units shorter). A closing mark may hang one place past the end
/// rather than start a line; an opening mark never ends one; a Latin word or a
/// number is not split unless it is longer than half a line.
pub fn break_lines(text: &str, max: usize, indent: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur: Vec<char> = Vec::new();
    let mut used = indent;
    let mut chars = text.chars().filter(|c| !c.is_control()).peekable();
    while let Some(c) = chars.next() {
        let w = width_of(c);
        if used + w > max && !cur.is_empty() {
            if NO_START.contains(c) {
                // Hang it, and a second closing mark right after it (。” or ）。).
                cur.push(c);
                if let Some(&n) = chars.peek() {
                    if NO_START.contains(n) {
                        cur.push(n);
                        chars.next();
                    }
                }
                lines.push(cur.drain(..).collect());
                used = 0;
                continue;
            }
            let mut carry = Vec::new();
            // Do not split a Latin word or a number when it is short.
            if word_char(c) {
                let start = cur
                    .iter()
                    .rposition(|&x| !word_char(x))
                    .map_or(0, |i| i + 1);
                if start > 0 && (cur.len() - start) * 2 < max / 2 {
                    carry = cur.split_off(start);
                }
            }
            // Opening marks go down with what they open.
            while cur.len() > 1 && cur.last().is_some_and(|&x| NO_END.contains(x)) {
                if let Some(x) = cur.pop() {
                    carry.insert(0, x);
                }
            }
            lines.push(cur.drain(..).collect());
            used = carry.iter().map(|&x| width_of(x)).sum();
            cur = carry;
        }
        cur.push(c);
        used += w;
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur.into_iter().collect());
    }
    lines
}

fn set(out: &mut Vec<Line>, text: &str, face: Face, max: usize, last: Align) {
    let broken = break_lines(text, max, INDENT);
    let n = broken.len();
    for (k, t) in broken.into_iter().enumerate() {
        out.push(Line {
            text: t,
            face,
            indent: k == 0,
            align: if k + 1 == n { last } else { Align::Justify },
        });
    }
}

fn blank() -> Line {
    Line {
        text: String::new(),
        face: Face::Fang,
        indent: false,
        align: Align::Left,
    }
}

/// The lines of `doc`, before they are cut into pages. Each heading's lines are
/// marked so that pages do not end on them.
fn lines_of(doc: &Doc) -> (Vec<Line>, Vec<bool>) {
    let mut out = Vec::new();
    let mut keep = Vec::new();
    for t in break_lines(&doc.title, TITLE_WIDTH, 0) {
        out.push(Line {
            text: t,
            face: Face::Title,
            indent: false,
            align: Align::Center,
        });
    }
    out.push(blank());
    keep.resize(out.len(), true);
    for b in &doc.blocks {
        let heading = matches!(b, Block::Heading { .. });
        match b {
            Block::Heading {
                level,
                number,
                text,
                ..
            } => {
                let face = match level {
                    0 => Face::Hei,
                    1 => Face::Kai,
                    _ => Face::Fang,
                };
                set(
                    &mut out,
                    &format!("{number}{text}"),
                    face,
                    LINE_WIDTH,
                    Align::Left,
                );
            }
            Block::Numbered { number, text, .. } => set(
                &mut out,
                &format!("{number}{text}"),
                Face::Fang,
                LINE_WIDTH,
                Align::Left,
            ),
            Block::Para(text) => set(&mut out, text, Face::Fang, LINE_WIDTH, Align::Left),
            Block::Blank => out.push(blank()),
            Block::Signature(lines) => {
                for l in lines {
                    for t in break_lines(l, LINE_WIDTH - 2 * INDENT, 0) {
                        out.push(Line {
                            text: t,
                            face: Face::Fang,
                            indent: false,
                            align: Align::Right,
                        });
                    }
                }
            }
        }
        keep.resize(out.len(), heading);
    }
    (out, keep)
}

/// `doc` set on GB/T 9704 pages. A page never ends with a heading (it moves to the
/// next page with what it heads) and never starts with a blank line.
pub fn paginate(doc: &Doc) -> Vec<Page> {
    let (lines, keep) = lines_of(doc);
    let mut pages: Vec<Page> = Vec::new();
    let mut cur: Vec<Line> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if cur.is_empty() && line.text.is_empty() && !pages.is_empty() {
            i += 1;
            continue;
        }
        // A heading (with any heading right after it) that would end the page
        // goes over with the first line it heads.
        let starts_run = keep[i] && line.face != Face::Title && (i == 0 || !keep[i - 1]);
        if starts_run && !cur.is_empty() {
            let run = (i..lines.len()).take_while(|&k| keep[k]).count();
            let more = i + run < lines.len();
            if more && run < LINES_PER_PAGE && cur.len() + run >= LINES_PER_PAGE {
                pages.push(Page {
                    number: pages.len() + 1,
                    lines: std::mem::take(&mut cur),
                });
                continue;
            }
        }
        cur.push(line.clone());
        i += 1;
        if cur.len() == LINES_PER_PAGE {
            pages.push(Page {
                number: pages.len() + 1,
                lines: std::mem::take(&mut cur),
            });
        }
    }
    if !cur.is_empty() || pages.is_empty() {
        pages.push(Page {
            number: pages.len() + 1,
            lines: cur,
        });
    }
    pages
}
