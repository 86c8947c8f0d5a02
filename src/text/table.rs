//! Tables of activities ("序号 | 时间 | 内容 | 责任部门"): the header row says which
//! column is what; each row below becomes one line read by its columns. A table
//! without such a header is read row by row like paragraphs.

use super::facts::{Facts, Named};
use super::fields::names;
use super::label::label;
use super::lines::{Block, Line, Origin};
use super::norm;
use super::places::PlaceFound;
use super::target::best_target;
use super::time::find_times;
use std::ops::Range;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The activity.
    Title,
    /// When.
    Time,
    /// Responsible departments.
    Departments,
    /// Lead person.
    Lead,
    /// Where.
    Place,
    /// Target.
    Target,
    /// Notes, and any column not known.
    Notes,
    /// 序号: left out.
    Number,
}

const HEADERS: &[(&str, Column)] = &[
    ("序号", Column::Number),
    ("编号", Column::Number),
    ("时间", Column::Time),
    ("日期", Column::Time),
    ("时限", Column::Time),
    ("月份", Column::Time),
    ("负责人", Column::Lead),
    ("责任人", Column::Lead),
    ("联系人", Column::Lead),
    ("部门", Column::Departments),
    ("单位", Column::Departments),
    ("科室", Column::Departments),
    ("地点", Column::Place),
    ("场地", Column::Place),
    ("目标", Column::Target),
    ("指标", Column::Target),
    ("数量", Column::Target),
    ("规模", Column::Target),
    ("场次", Column::Target),
    ("备注", Column::Notes),
    ("说明", Column::Notes),
    ("措施", Column::Notes),
    ("要求", Column::Notes),
    ("内容", Column::Title),
    ("项目", Column::Title),
    ("名称", Column::Title),
    ("任务", Column::Title),
    ("事项", Column::Title),
    ("活动", Column::Title),
    ("工作", Column::Title),
];

/// For a table row: where its title cell is, and its other cells with their
/// column names, which go to the notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    /// The title cell (chars of the line).
    pub title: Option<Range<usize>>,
    /// Other cells for the notes: (column name, range).
    pub notes: Vec<(String, Range<usize>)>,
    /// A row with one text across it: a heading inside the table.
    pub heading: bool,
}

fn column_of(header: &str) -> Option<Column> {
    let h: String = norm::chars(header)
        .into_iter()
        .filter(|c| *c != ' ')
        .collect();
    if h.is_empty() || h.chars().count() > 8 {
        return None;
    }
    HEADERS.iter().find(|(w, _)| h.contains(w)).map(|(_, c)| *c)
}

/// The lines of a table's rows.
pub fn rows(blocks: &[Block]) -> Vec<Line> {
    let header = blocks.iter().position(|b| {
        b.cells.iter().filter(|c| column_of(c).is_some()).count() >= 2
            && b.cells.iter().any(|c| column_of(c) == Some(Column::Title))
    });
    let Some(h) = header.filter(|h| *h < 3) else {
        return blocks
            .iter()
            .map(|b| Line::new(b.cells.join("  ").trim().to_owned(), Origin::Whole))
            .filter(|l| !l.text.is_empty())
            .collect();
    };
    let columns: Vec<Option<Column>> = blocks[h].cells.iter().map(|c| column_of(c)).collect();
    let names: Vec<String> = blocks[h]
        .cells
        .iter()
        .map(|c| c.trim().to_owned())
        .collect();
    let mut out: Vec<Line> = blocks[..h]
        .iter()
        .map(|b| Line::new(b.cells.join("  ").trim().to_owned(), Origin::Whole))
        .filter(|l| !l.text.is_empty())
        .collect();
    let mut head = Line::new(blocks[h].text.clone(), Origin::Header);
    head.facts = Facts::default();
    out.push(head);
    for b in &blocks[h + 1..] {
        if let Some(line) = row(b, &columns, &names) {
            out.push(line);
        }
    }
    out
}

fn row(block: &Block, columns: &[Option<Column>], names_: &[String]) -> Option<Line> {
    let cells: Vec<&str> = block.cells.iter().map(|c| c.trim()).collect();
    let mut distinct: Vec<&str> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
    distinct.dedup();
    if distinct.is_empty() {
        return None;
    }
    if distinct.len() == 1 {
        // A heading across the table ("一、文化活动").
        let mut line = Line::new(distinct[0].to_owned(), Origin::Row);
        line.columns = Some(Columns {
            title: Some(0..line.chars.len()),
            notes: Vec::new(),
            heading: true,
        });
        return Some(line);
    }
    let text = cells.join(" | ");
    let chars = norm::chars(&text);
    let source: Vec<char> = text.chars().collect();
    let mut facts = Facts {
        marked: true,
        ..Facts::default()
    };
    let mut cols = Columns {
        title: None,
        notes: Vec::new(),
        heading: false,
    };
    let mut at = 0;
    for (k, cell) in cells.iter().enumerate() {
        let len = cell.chars().count();
        let r = at..at + len;
        at += len + 3;
        if len == 0 {
            continue;
        }
        let c = &chars[r.clone()];
        let shift = |x: Range<usize>| x.start + r.start..x.end + r.start;
        match columns.get(k).copied().flatten() {
            Some(Column::Title) if cols.title.is_none() => {
                facts.label = label(c);
                cols.title = Some(r.clone());
                let own = Facts::read(c, &source[r.clone()]);
                facts.repeat = own.repeat.map(|x| super::target::RepeatFound {
                    at: shift(x.at.clone()),
                    ..x
                });
                facts.places = own
                    .places
                    .into_iter()
                    .map(|p| PlaceFound {
                        at: shift(p.at.clone()),
                        ..p
                    })
                    .collect();
                if facts.target.is_none() {
                    facts.target = own.target.map(|t| super::target::TargetFound {
                        at: shift(t.at.clone()),
                        ..t
                    });
                }
                if facts.time.is_none() {
                    facts.time = own.time.map(|t| super::time::TimeFound {
                        at: shift(t.at.clone()),
                        ..t
                    });
                }
            }
            Some(Column::Time) => {
                facts.has_time_field = true;
                if let Some(t) = find_times(c).into_iter().next() {
                    facts.time = Some(super::time::TimeFound {
                        at: shift(t.at.clone()),
                        ..t
                    });
                }
            }
            Some(Column::Departments) => {
                facts.has_department_field = true;
                for (_, nr) in names(&chars, r.clone()) {
                    let name: String = source[nr.clone()].iter().collect();
                    if !facts.departments.iter().any(|d| d.name == name) {
                        facts.departments.push(Named { name, at: nr });
                    }
                }
            }
            Some(Column::Lead) => {
                if let Some((_, nr)) = names(&chars, r.clone()).into_iter().next() {
                    facts.lead = Some(Named {
                        name: source[nr.clone()].iter().collect(),
                        at: nr,
                    });
                }
            }
            Some(Column::Place) => {
                facts.places = names(&chars, r.clone())
                    .into_iter()
                    .map(|(_, nr)| PlaceFound {
                        name: source[nr.clone()].iter().collect(),
                        kind: "",
                        at: nr,
                    })
                    .collect();
            }
            Some(Column::Target) => {
                if let Some(t) = best_target(c) {
                    facts.target = Some(super::target::TargetFound {
                        at: shift(t.at.clone()),
                        ..t
                    });
                }
            }
            Some(Column::Number) => {}
            _ => cols
                .notes
                .push((names_.get(k).cloned().unwrap_or_default(), r.clone())),
        }
    }
    Some(Line {
        text,
        chars,
        facts,
        origin: Origin::Row,
        columns: Some(cols),
    })
}
