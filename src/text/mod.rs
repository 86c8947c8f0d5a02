//! Plans in from text: a work plan as pasted from Word, saved as .txt, or read out
//! of a .docx, turned into a plan a person checks before it is saved. Pure: no
//! browser, no clock; the preview renders what [`Reading::outcome`] computes.
//!
//! The steps: [`lines`] (paragraphs and table rows to lines), [`facts`] (what each
//! line says: label, time, repeat, target, departments, places), [`roles`] (what
//! each line becomes: title, preface, section, item, notes or unused), [`build`]
//! (the plan). [`docx`] reads Word files into the same paragraphs and rows.

pub mod build;
pub mod decode;
pub mod docx;
pub mod facts;
mod festival_words;
pub mod fields;
pub mod label;
pub mod lines;
pub mod norm;
pub mod numerals;
pub mod places;
pub mod roles;
pub mod table;
pub mod target;
pub mod time;
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

/// "2024年…计划" in the title, else in the first lines when they name the plan.
fn plan_year(lines: &[Line], roles: &[Role]) -> Option<i32> {
    let year_in = |line: &Line| {
        let c = &line.chars;
        (0..c.len().saturating_sub(4)).find_map(|i| {
            let digits = (0..4).all(|k| c[i + k].is_ascii_digit());
            let before = i == 0 || !c[i - 1].is_ascii_digit();
            (digits && before && c[i + 4] == '年')
                .then(|| c[i..i + 4].iter().collect::<String>().parse::<i32>().ok())
                .flatten()
                .filter(|y| crate::model::when::CHINESE_YEARS.contains(y))
        })
    };
    let title = roles.iter().position(|r| *r == Role::Title);
    if let Some(t) = title {
        return year_in(&lines[t]);
    }
    lines.iter().take(3).find_map(|l| {
        let text: String = l.chars.iter().collect();
        (l.chars.len() <= 60 && (text.contains("计划") || text.contains("方案")))
            .then(|| year_in(l))
            .flatten()
    })
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
