//! Plans in from text: a work plan as pasted from Word, saved as .txt, or read out
//! of a .docx, turned into a plan a person checks before it is saved. Pure: no
//! browser, no clock; the preview renders what [`Reading::outcome`] computes.
//!
//! The steps: [`lines`] (paragraphs and table rows to lines), [`facts`] (what each
//! line says: label, time, repeat, target, departments, places), [`roles`] (what
//! each line becomes: title, preface, section, item, notes or unused), [`build`]
//! (the plan). [`docx`] reads Word files into the same paragraphs and rows.

pub mod build;
mod cues;
pub mod decode;
pub mod docx;
pub mod facts;
mod festival_words;
pub mod fields;
pub mod label;
pub mod lines;
mod month_words;
pub mod norm;
pub mod numerals;
pub mod places;
pub mod roles;
pub mod table;
pub mod target;
pub mod time;
mod titles;
pub mod write;

pub use build::{Choices, Found, FoundKind, ItemOutcome, Outcome};
pub use lines::{Block, Line, Origin};
pub use roles::Role;

use crate::model::PlanId;

/// Largest text read, in chars: a plan is a few tens of thousands; more is not a
/// plan, and the preview would not be usable.
pub const MAX_CHARS: usize = 400_000;

/// A text read into lines, with the automatic role of each.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The lines.
    pub lines: Vec<Line>,
    /// The depth of each numbered line.
    pub depth: Vec<Option<usize>>,
    /// The role each line was given.
    pub auto: Vec<Role>,
    /// The plan year found in the title ("2024年…工作计划"), if any.
    pub year: Option<i32>,
}

/// Reads plain text (pasted, or a .txt).
pub fn read_text(text: &str) -> Reading {
    read(&lines::text_blocks(text))
}

/// Reads paragraphs and table rows (from HTML or a .docx).
pub fn read(blocks: &[Block]) -> Reading {
    let mut lines = lines::lines(blocks);
    let mut depth = roles::depths(&lines);
    // A heading with points under it and more sentences after its first: the
    // sentences are not the heading.
    let mut k = 0;
    let mut split = false;
    while k < lines.len() {
        let heads = depth[k].is_some_and(|d| {
            lines[k].origin == Origin::Whole
                && !lines[k].facts.marked
                && lines[k + 1..]
                    .iter()
                    .zip(&depth[k + 1..])
                    .find_map(|(l, e)| e.map(|e| (l, e)))
                    .is_some_and(|(_, e)| e > d)
        });
        if heads {
            if let Some((head, rest)) = lines::split_heading(&lines[k]) {
                lines[k] = head;
                lines.insert(k + 1, rest);
                depth.insert(k + 1, None);
                split = true;
                k += 1;
            }
        }
        k += 1;
    }
    if split {
        depth = roles::depths(&lines);
    }
    let auto = roles::judge(&lines, &depth);
    let year = plan_year(&lines, &auto);
    Reading {
        lines,
        depth,
        auto,
        year,
    }
}

/// The plan's year: in the title ("2024年…工作计划", "二〇二五年工作要点"), else at the
/// start of the first line after it ("2025年，我镇将…"), else in the first lines when
/// they name the plan.
fn plan_year(lines: &[Line], roles: &[Role]) -> Option<i32> {
    let title = roles.iter().position(|r| *r == Role::Title);
    if let Some(t) = title {
        if let Some(y) = year_in(&lines[t].chars) {
            return Some(y);
        }
        return lines
            .get(t + 1)
            .and_then(|l| year_at(&l.chars, 0))
            .filter(|_| roles.get(t + 1) != Some(&Role::Section));
    }
    lines.iter().take(3).find_map(|l| {
        let text: String = l.chars.iter().collect();
        (l.chars.len() <= 60
            && (text.contains("计划") || text.contains("方案") || text.contains("要点")))
        .then(|| year_in(&l.chars))
        .flatten()
    })
}

/// The first year written in `chars` ("2024年", "二〇二四年").
fn year_in(chars: &[char]) -> Option<i32> {
    (0..chars.len()).find_map(|i| year_at(chars, i))
}

/// A year of the calendar's range written at `i`, followed by 年: four digits, or
/// four Chinese digits (二〇二四).
fn year_at(c: &[char], i: usize) -> Option<i32> {
    let digit = |k: usize| -> Option<i32> {
        let ch = *c.get(i + k)?;
        ch.to_digit(10)
            .map(|d| d as i32)
            .or_else(|| numerals::digit(ch).filter(|_| ch != '两').map(|d| d as i32))
    };
    if i > 0 && (c[i - 1].is_ascii_digit() || numerals::digit(c[i - 1]).is_some()) {
        return None;
    }
    let y = (0..4).try_fold(0, |y, k| digit(k).map(|d| y * 10 + d))?;
    (c.get(i + 4) == Some(&'年') && crate::model::when::CHINESE_YEARS.contains(&y)).then_some(y)
}

impl Reading {
    /// The plan these lines make with `roles` (the automatic ones, or as the person
    /// changed them) and `choices`, under `id`.
    pub fn outcome(&self, roles: &[Role], choices: &Choices, id: PlanId) -> Outcome {
        let roles: Vec<Role> = (0..self.lines.len())
            .map(|i| roles.get(i).copied().unwrap_or(self.auto[i]))
            .collect();
        build::build(&self.lines, &self.depth, &roles, choices, id)
    }
}
