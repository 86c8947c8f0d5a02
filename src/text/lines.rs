//! From what was pasted or opened to the lines the reader judges: paragraphs are
//! trimmed, a field block broken over two lines ("（时间：7月份" / "责任部门：…）") is
//! joined, a paragraph of run-in points ("…三方面工作：一是…二是…") is split at each
//! point, and a table becomes one line per row.

use super::facts::Facts;
use super::label::{run_starts, Shape};
use super::norm;
use super::table::{self, Columns};

/// One unit of input: a paragraph, or a table row when `cells` is not empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    /// The paragraph's text (for a row, its cells joined).
    pub text: String,
    /// The cells of a table row.
    pub cells: Vec<String>,
}

impl Block {
    /// A paragraph.
    pub fn para(text: impl Into<String>) -> Block {
        Block {
            text: text.into(),
            cells: Vec::new(),
        }
    }

    /// A table row.
    pub fn row(cells: Vec<String>) -> Block {
        Block {
            text: cells.join(" | "),
            cells,
        }
    }
}

/// How a line came to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A paragraph as it was.
    Whole,
    /// The words before the first point of a split paragraph ("…三方面工作：").
    LeadIn,
    /// One run-in point of a split paragraph ("一是…").
    Run,
    /// The sentences after a heading's first ("（二）开展系列活动。从元月开始…").
    HeadingRest,
    /// A table's header row.
    Header,
    /// A table row, read by its columns.
    Row,
}

/// A line of the source, as the reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The text as written.
    pub text: String,
    /// The text normalised, char for char.
    pub chars: Vec<char>,
    /// What it says.
    pub facts: Facts,
    /// How it came to be.
    pub origin: Origin,
    /// For a table row: which cell is the title, the notes and the rest.
    pub columns: Option<Columns>,
}

impl Line {
    /// A line of `text`, read.
    pub fn new(text: String, origin: Origin) -> Line {
        let chars = norm::chars(&text);
        let source: Vec<char> = text.chars().collect();
        let facts = Facts::read(&chars, &source);
        Line {
            text,
            chars,
            facts,
            origin,
            columns: None,
        }
    }

    /// The label's shape, if the line has one.
    pub fn shape(&self) -> Option<Shape> {
        self.facts.label.map(|l| l.shape)
    }
}

/// The lines of plain text: one per line; a line whose cells are separated by tabs
/// (a Word or Excel table copied as text) is a table row.
pub fn text_blocks(text: &str) -> Vec<Block> {
    text.lines()
        .map(|line| {
            let cells: Vec<String> = line.split('\t').map(|c| c.trim().to_owned()).collect();
            if cells.iter().filter(|c| !c.is_empty()).count() >= 2 {
                Block::row(cells)
            } else {
                Block::para(line)
            }
        })
        .collect()
}

/// Blocks → lines: empty ones dropped, broken field blocks joined, run-in points
/// split, tables read by their columns.
pub fn lines(blocks: &[Block]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if !blocks[i].cells.is_empty() {
            let end = (i..blocks.len())
                .find(|&k| blocks[k].cells.is_empty())
                .unwrap_or(blocks.len());
            out.extend(table::rows(&blocks[i..end]));
            i = end;
            continue;
        }
        let mut text = clean(&blocks[i].text);
        i += 1;
        // "（时间：7月份" + "责任部门：辅导部）": one field block over two lines.
        let mut joined = 0;
        while unclosed(&text) && joined < 2 && i < blocks.len() && blocks[i].cells.is_empty() {
            let next = clean(&blocks[i].text);
            if next.is_empty() {
                i += 1;
                continue;
            }
            text = format!("{text} {next}");
            i += 1;
            joined += 1;
        }
        if text.is_empty() {
            continue;
        }
        split_runs(text, &mut out);
    }
    out
}

/// Trims spaces of every kind, and drops the markers a conversion leaves ("[]", "□").
fn clean(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || norm::char(c) == ' ')
        .to_owned()
}

fn unclosed(text: &str) -> bool {
    let chars = norm::chars(text);
    let open = chars.iter().filter(|c| **c == '(').count();
    let close = chars.iter().filter(|c| **c == ')').count();
    open > close
}

/// A paragraph of run-in points becomes its lead-in and one line per point; other
/// paragraphs stay whole. A numbered paragraph ("1、做好…。一是…二是…") keeps its
/// points: they are the details of one activity.
fn split_runs(text: String, out: &mut Vec<Line>) {
    let chars = norm::chars(&text);
    let label = super::label::label(&chars);
    let numbered = label.is_some_and(|l| !l.shape.is_run());
    let starts = if numbered {
        Vec::new()
    } else {
        run_starts(&chars)
    };
    if starts.is_empty() {
        out.push(Line::new(text, Origin::Whole));
        return;
    }
    let source: Vec<char> = text.chars().collect();
    let lead = norm::slice(&source, 0..starts[0]);
    if !lead.trim().is_empty() {
        out.push(Line::new(lead.trim().to_owned(), Origin::LeadIn));
    }
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(source.len());
        let part = norm::slice(&source, s..end);
        out.push(Line::new(part.trim().to_owned(), Origin::Run));
    }
}

/// Splits a heading line after its first sentence when more follows ("（二）开展
/// 系列活动。从今年元月开始…"): the heading stays, the rest becomes its own line.
pub fn split_heading(line: &Line) -> Option<(Line, Line)> {
    let label_len = line.facts.label.map_or(0, |l| l.len);
    let end = line.chars[label_len..]
        .iter()
        .position(|c| norm::ends_sentence(*c) || *c == '□')
        .map(|p| label_len + p + 1)?;
    let source: Vec<char> = line.text.chars().collect();
    let rest = norm::slice(&source, end..source.len());
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || c == '□');
    if rest.chars().count() < 4 {
        return None;
    }
    let head = Line::new(norm::slice(&source, 0..end), line.origin);
    Some((head, Line::new(rest.to_owned(), Origin::HeadingRest)))
}
