//! From judged lines to a plan: sections nest by their labels, activities go into
//! the innermost open section (or one default section when the plan has none),
//! notes join the activity before them, and each activity takes the time, repeat,
//! target, departments, lead and places of its own line first, then of its notes.
//! Departments and places are created once per name and reused.

use super::facts::Facts;
use super::lines::{Line, Origin};
use super::norm;
use super::roles::Role;
use super::time::Resolved;
use super::titles::{body, heading_text, tidy, title_and_rest, title_text, words};
use crate::model::palette::next_color;
use crate::model::{
    Department, DepartmentId, Item, ItemId, Place, PlaceId, Plan, PlanId, Section, SectionId, When,
};

/// What one found value of an activity is, for the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoundKind {
    /// Its time.
    Time,
    /// Its repeat.
    Repeat,
    /// Its target.
    Target,
    /// A department.
    Department,
    /// Its lead person.
    Lead,
    /// A place.
    Place,
}

/// A value an activity took from the source: what, from which line, which words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// What it is.
    pub kind: FoundKind,
    /// The source line.
    pub line: usize,
    /// The exact words.
    pub words: String,
}

/// One activity of the result, for the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemOutcome {
    /// Its source line.
    pub line: usize,
    /// Its index in `plan.items`.
    pub item: usize,
    /// What it took from the source.
    pub found: Vec<Found>,
    /// The time words that name no real day ("2月30日"), if any.
    pub bad_time: Option<String>,
}

/// The plan a reading makes, and what became of each line.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The plan.
    pub plan: Plan,
    /// The final role of each line.
    pub roles: Vec<Role>,
    /// The activities, in order.
    pub items: Vec<ItemOutcome>,
    /// Lines not used (including notes with no activity before them).
    pub unused: usize,
}

/// What the person chose in the preview.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    /// The plan's year.
    pub year: i32,
    /// The title of the section for activities outside any section.
    pub default_section: String,
    /// The title when the text has none.
    pub default_title: String,
    /// A corrected time per line.
    pub times: Vec<(usize, Resolved)>,
}

struct Open {
    section: usize,
    depth: Option<usize>,
}

/// Builds the plan of `lines` with `roles`, under `id`.
pub fn build(
    lines: &[Line],
    depth: &[Option<usize>],
    roles: &[Role],
    choices: &Choices,
    id: PlanId,
) -> Outcome {
    let mut plan = Plan::new(id, choices.default_title.clone(), choices.year);
    let mut roles = roles.to_vec();
    let mut open: Vec<Open> = Vec::new();
    let mut default_section: Option<usize> = None;
    let mut items: Vec<ItemOutcome> = Vec::new();
    let mut notes_of: Vec<Vec<usize>> = Vec::new();
    let mut preface: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match roles[i] {
            Role::Title => {
                let t = title_text(line);
                if !t.is_empty() {
                    plan.title = t;
                }
            }
            Role::Preface => preface.push(line.text.trim_start_matches('#').trim().to_owned()),
            Role::Section => {
                let d = depth[i];
                // Sections at this depth or deeper close; an unnumbered one closes at
                // the next numbered line.
                while let Some(top) = open.last() {
                    let closes = match (d, top.depth) {
                        (Some(d), Some(t)) => t >= d,
                        (_, None) => true,
                        (None, Some(_)) => false,
                    };
                    if !closes {
                        break;
                    }
                    open.pop();
                }
                let parent = open.last().map(|o| plan.sections[o.section].id.clone());
                let order = plan.sections.iter().filter(|s| s.parent == parent).count() as u32;
                let sid = SectionId::new(format!("s{}", plan.sections.len() + 1));
                plan.sections.push(Section {
                    id: sid,
                    parent,
                    title: heading_text(line),
                    order,
                    extra: Default::default(),
                });
                open.push(Open {
                    section: plan.sections.len() - 1,
                    depth: d,
                });
            }
            Role::Item => {
                if let Some(d) = depth[i] {
                    while open.last().is_some_and(|o| o.depth.is_none_or(|t| t >= d)) {
                        open.pop();
                    }
                }
                let section = match open.last() {
                    Some(o) => o.section,
                    None => *default_section.get_or_insert_with(|| {
                        let order =
                            plan.sections.iter().filter(|s| s.parent.is_none()).count() as u32;
                        plan.sections.push(Section {
                            id: SectionId::new(format!("s{}", plan.sections.len() + 1)),
                            parent: None,
                            title: choices.default_section.clone(),
                            order,
                            extra: Default::default(),
                        });
                        plan.sections.len() - 1
                    }),
                };
                let sid = plan.sections[section].id.clone();
                let order = plan.items.iter().filter(|it| it.section == sid).count() as u32;
                let mut item =
                    Item::new(ItemId::new(format!("i{}", plan.items.len() + 1)), sid, "");
                item.order = order;
                plan.items.push(item);
                items.push(ItemOutcome {
                    line: i,
                    item: plan.items.len() - 1,
                    found: Vec::new(),
                    bad_time: None,
                });
                notes_of.push(Vec::new());
            }
            Role::Notes => match notes_of.last_mut() {
                Some(n) => n.push(i),
                None => roles[i] = Role::Unused,
            },
            Role::Unused => {}
        }
    }
    plan.preface = preface.join("\n");
    for (k, outcome) in items.iter_mut().enumerate() {
        fill(&mut plan, outcome, lines, &notes_of[k], choices);
    }
    let unused = roles.iter().filter(|r| **r == Role::Unused).count();
    Outcome {
        plan,
        roles,
        items,
        unused,
    }
}

/// Gives the activity of `outcome` its title, notes and found values.
fn fill(
    plan: &mut Plan,
    outcome: &mut ItemOutcome,
    lines: &[Line],
    notes: &[usize],
    choices: &Choices,
) {
    let line = &lines[outcome.line];
    let (title, rest) = title_and_rest(line);
    let mut text_notes = rest;
    for &n in notes {
        let (src, _) = body(&lines[n]);
        let piece: String = src.into_iter().collect();
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        let glue = text_notes
            .chars()
            .last()
            .is_some_and(|c| norm::is_han(c) || c == '，');
        if !text_notes.is_empty() && !glue {
            text_notes.push('\n');
        }
        text_notes.push_str(piece);
    }
    let sources: Vec<usize> = std::iter::once(outcome.line)
        .chain(notes.iter().copied())
        .collect();
    let pick = |f: &dyn Fn(&Facts) -> bool| sources.iter().copied().find(|&s| f(&lines[s].facts));
    let mut found = Vec::new();
    let mut when = When::Unscheduled;
    let mut milestone = false;
    if let Some((_, r)) = choices.times.iter().find(|(l, _)| *l == outcome.line) {
        when = r.when.clone();
        milestone = r.milestone;
    } else if let Some(s) = pick(&|f| f.time.is_some()) {
        if let Some(t) = &lines[s].facts.time {
            let w = words(&lines[s], &t.at);
            match t.resolve(choices.year) {
                Ok(r) => {
                    when = r.when;
                    milestone = r.milestone;
                }
                Err(_) => outcome.bad_time = Some(w.clone()),
            }
            found.push(Found {
                kind: FoundKind::Time,
                line: s,
                words: w,
            });
        }
    }
    let mut repeat = None;
    if let Some(s) = pick(&|f| f.repeat.is_some()) {
        if let Some(r) = &lines[s].facts.repeat {
            repeat = Some(r.repeat);
            found.push(Found {
                kind: FoundKind::Repeat,
                line: s,
                words: words(&lines[s], &r.at),
            });
        }
    }
    if repeat.is_some() && when == When::Unscheduled && outcome.bad_time.is_none() {
        // A repeat runs through a span; the plan's year when none is named.
        when = When::Year { year: choices.year };
    }
    let mut target = None;
    if let Some(s) = pick(&|f| f.target.is_some()) {
        if let Some(t) = &lines[s].facts.target {
            target = Some(t.target.clone());
            found.push(Found {
                kind: FoundKind::Target,
                line: s,
                words: words(&lines[s], &t.at),
            });
        }
    }
    let mut per_period = None;
    if let Some(s) = pick(&|f| f.per_period.is_some()) {
        if let Some(t) = &lines[s].facts.per_period {
            per_period = Some(t.target.clone());
            found.push(Found {
                kind: FoundKind::Target,
                line: s,
                words: words(&lines[s], &t.at),
            });
        }
    }
    let mut departments = Vec::new();
    if let Some(s) = pick(&|f| !f.departments.is_empty()) {
        for d in &lines[s].facts.departments {
            departments.push(department(plan, &d.name));
            found.push(Found {
                kind: FoundKind::Department,
                line: s,
                words: d.name.clone(),
            });
        }
    }
    let mut lead = String::new();
    if let Some(s) = pick(&|f| f.lead.is_some()) {
        if let Some(l) = &lines[s].facts.lead {
            lead = l.name.clone();
            found.push(Found {
                kind: FoundKind::Lead,
                line: s,
                words: l.name.clone(),
            });
        }
    }
    let mut places = Vec::new();
    for &s in &sources {
        for p in &lines[s].facts.places {
            let id = place(plan, &p.name, p.kind);
            if !places.contains(&id) {
                places.push(id);
                found.push(Found {
                    kind: FoundKind::Place,
                    line: s,
                    words: p.name.clone(),
                });
            }
        }
    }
    let item = &mut plan.items[outcome.item];
    item.title = if title.is_empty() {
        tidy(&line.text)
    } else {
        title
    };
    item.notes = text_notes;
    item.when = when;
    item.milestone = milestone;
    item.repeat = repeat;
    item.target = target;
    item.per_period = per_period;
    item.departments = departments;
    item.lead = lead;
    item.places = places;
    outcome.found = found;
    if line.origin == Origin::Run {
        // "一是…" runs keep their number out of the title; nothing else to do.
    }
}

fn department(plan: &mut Plan, name: &str) -> DepartmentId {
    if let Some(d) = plan.departments.iter().find(|d| d.name == name) {
        return d.id.clone();
    }
    let color = next_color(plan.departments.iter().map(|d| d.color.as_str())).to_owned();
    let id = DepartmentId::new(format!("d{}", plan.departments.len() + 1));
    plan.departments.push(Department {
        id: id.clone(),
        name: name.to_owned(),
        color,
        extra: Default::default(),
    });
    id
}

fn place(plan: &mut Plan, name: &str, kind: &str) -> PlaceId {
    if let Some(p) = plan.places.iter().find(|p| p.name == name) {
        return p.id.clone();
    }
    let id = PlaceId::new(format!("p{}", plan.places.len() + 1));
    plan.places.push(Place {
        id: id.clone(),
        name: name.to_owned(),
        kind: kind.to_owned(),
        extra: Default::default(),
    });
    id
}
