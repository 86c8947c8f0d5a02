//! The judgement: what each line of a plan becomes. Numbered lines form a tree by
//! their labels' shapes (the first shape seen is the outermost); a numbered line
//! with numbered lines under it is a section, one without is an activity.
//! Unnumbered lines are the preface before the first heading, an activity where
//! they name one (a time, a target, 责任部门, or an activity verb), or the notes of
//! the activity before them. Closing words ("再创辉煌") are left unused. Every rule
//! here is a guess a person checks in the preview, and can overturn line by line.

use super::cues::{closing_words, opens_another, opens_with_activity, preface_words};
use super::label::Shape;
use super::lines::{Line, Origin};
use super::norm::{ends_sentence, is_han};
use serde::{Deserialize, Serialize};

/// What a source line became.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The plan's title.
    Title,
    /// The preface: text before the first heading.
    Preface,
    /// A section heading.
    Section,
    /// An activity.
    Item,
    /// More about the activity before it.
    Notes,
    /// Not used in the plan.
    Unused,
}

impl Role {
    /// All roles, in the order the preview offers them.
    pub const ALL: [Role; 6] = [
        Role::Title,
        Role::Preface,
        Role::Section,
        Role::Item,
        Role::Notes,
        Role::Unused,
    ];

    /// The word of the testing contract (`data-role`).
    pub fn word(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Preface => "preface",
            Role::Section => "section",
            Role::Item => "item",
            Role::Notes => "notes",
            Role::Unused => "unused",
        }
    }
}

/// The depth of each numbered line in the tree of label shapes (`None` for lines
/// without a label and for run-in points). A shape seen before is a sibling of its
/// last occurrence; a new shape goes one level deeper.
pub fn depths(lines: &[Line]) -> Vec<Option<usize>> {
    let mut stack: Vec<Shape> = Vec::new();
    lines
        .iter()
        .map(|line| {
            let shape = line.shape().filter(|s| !s.is_run())?;
            if matches!(line.origin, Origin::Row | Origin::Header)
                && line.columns.as_ref().is_some_and(|c| !c.heading)
            {
                return None;
            }
            if let Some(p) = stack.iter().position(|s| *s == shape) {
                stack.truncate(p + 1);
            } else {
                stack.push(shape);
            }
            Some(stack.len() - 1)
        })
        .collect()
}

/// True if `line` is a plan's title: the first line, short, not a sentence.
pub fn looks_like_title(line: &Line) -> bool {
    let n = line.chars.len();
    let last = line.chars.last().copied().unwrap_or(' ');
    let hash = matches!(line.shape(), Some(Shape::Hash(_)));
    let label = line.facts.label.is_some() && !hash;
    n <= 60 && !label && !ends_sentence(last) && last != ',' && !line.facts.marked
}

/// True if `prev` breaks off mid-sentence, so that the line after it continues it.
fn breaks_off(prev: &Line) -> bool {
    let last = prev.chars.last().copied().unwrap_or('。');
    prev.chars.len() >= 20
        && (is_han(last) || matches!(last, ',' | '、') || last.is_ascii_alphanumeric())
}

/// A line that is only a field block: "（时间：全年 责任部门：演出部）".
fn only_fields(line: &Line) -> bool {
    line.facts.block.as_ref().is_some_and(|b| {
        let outside = line.chars.len() - b.len();
        outside <= 2
    })
}

/// Heading-like: short, one phrase, no details of an activity.
fn heading_like(line: &Line) -> bool {
    let label = line.facts.label.map_or(0, |l| l.len);
    let body = &line.chars[label..];
    let sentence = body.iter().any(|c| ends_sentence(*c));
    body.len() <= 25 && !sentence && line.facts.time.is_none() && line.facts.target.is_none()
}

/// The automatic role of every line.
pub fn judge(lines: &[Line], depth: &[Option<usize>]) -> Vec<Role> {
    let n = lines.len();
    let mut roles = vec![Role::Unused; n];
    let title = n > 1 && looks_like_title(&lines[0]);
    if title {
        roles[0] = Role::Title;
    }
    let body_start = usize::from(title);
    // Numbered lines first: sections and activities.
    for i in body_start..n {
        let line = &lines[i];
        roles[i] = match line.origin {
            Origin::Header => Role::Unused,
            Origin::Row if line.columns.as_ref().is_some_and(|c| c.heading) => Role::Section,
            Origin::Row => Role::Item,
            Origin::Run => Role::Item,
            Origin::LeadIn => Role::Section,
            Origin::HeadingRest if line.facts.marked || line.facts.target.is_some() => Role::Item,
            Origin::HeadingRest => Role::Unused,
            Origin::Whole => match (depth[i], line.shape()) {
                (_, Some(s)) if s.is_run() => Role::Item,
                (Some(d), shape) => numbered(lines, depth, i, d, shape),
                (None, _) => continue,
            },
        };
    }
    unnumbered(lines, &mut roles, body_start);
    demote_empty_sections(&mut roles, depth, lines);
    roles
}

fn numbered(
    lines: &[Line],
    depth: &[Option<usize>],
    i: usize,
    d: usize,
    shape: Option<Shape>,
) -> Role {
    let line = &lines[i];
    if line.facts.marked {
        return Role::Item;
    }
    let mut children = false;
    let mut followers = false;
    for j in i + 1..lines.len() {
        match depth[j] {
            Some(e) if e <= d => break,
            Some(_) => {
                children = true;
                break;
            }
            None if lines[j].shape().is_some_and(Shape::is_run)
                || lines[j].origin == Origin::Run =>
            {
                children = true;
                break;
            }
            None => followers = true,
        }
    }
    if children || matches!(shape, Some(Shape::Hash(_))) || (followers && heading_like(line)) {
        Role::Section
    } else {
        Role::Item
    }
}

/// Roles of the lines without a label, in reading order.
fn unnumbered(lines: &[Line], roles: &mut [Role], body_start: usize) {
    let mut item: Option<usize> = None;
    let mut structure = false;
    let mut first_body = true;
    for i in body_start..lines.len() {
        let line = &lines[i];
        let own = line.origin == Origin::Whole && line.facts.label.is_none();
        if !own {
            match roles[i] {
                Role::Item => item = Some(i),
                Role::Section => item = None,
                _ => {}
            }
            structure |= matches!(roles[i], Role::Item | Role::Section);
            first_body = false;
            continue;
        }
        let prev = i.checked_sub(1).filter(|p| *p >= body_start);
        let role = if let Some(p) = prev.filter(|p| breaks_off(&lines[*p])) {
            match roles[p] {
                Role::Item | Role::Notes => Role::Notes,
                Role::Preface => Role::Preface,
                _ if item.is_some() => Role::Notes,
                _ => Role::Unused,
            }
        } else if only_fields(line) {
            if item.is_some() {
                Role::Notes
            } else {
                Role::Unused
            }
        } else if let Some(it) = item {
            attach_or_new(&lines[it], line)
        } else if !structure {
            let details = line.facts.has_details();
            let strong = line.facts.time.is_some()
                && (line.facts.target.is_some()
                    || !line.facts.places.is_empty()
                    || !line.facts.departments.is_empty());
            if first_body {
                if details && !preface_words(&line.chars) || line.facts.marked || strong {
                    Role::Item
                } else {
                    Role::Preface
                }
            } else if line.facts.marked
                || strong
                || (details || opens_with_activity(&line.chars)) && !preface_words(&line.chars)
            {
                Role::Item
            } else {
                Role::Preface
            }
        } else if line.facts.has_details() || opens_with_activity(&line.chars) {
            Role::Item
        } else {
            Role::Unused
        };
        roles[i] = role;
        if role == Role::Item {
            item = Some(i);
        }
        first_body = false;
    }
    // Closing words after the last activity are not part of the plan.
    let last_item = roles.iter().rposition(|r| *r == Role::Item);
    for i in last_item.map_or(lines.len(), |l| l + 1)..lines.len() {
        if closing_words(&lines[i].chars) && !lines[i].facts.has_details() {
            roles[i] = Role::Unused;
        }
    }
    // The signature (落款): the date the document was written as the last line,
    // with the organisation on the line before it.
    if let Some(last) = lines.len().checked_sub(1).filter(|&l| l > body_start) {
        if signature_date(&lines[last].chars) {
            roles[last] = Role::Unused;
            let before = &lines[last - 1];
            if last - 1 > body_start
                && before.chars.len() <= 24
                && before.shape().is_none()
                && !before.chars.iter().any(|c| "，。；：:,.;".contains(*c))
            {
                roles[last - 1] = Role::Unused;
            }
        }
    }
}

/// A line that is only a date with its year: "2025年11月30日", "二〇二五年十一月三十日".
fn signature_date(chars: &[char]) -> bool {
    let s: String = chars.iter().filter(|c| !c.is_whitespace()).collect();
    let digit = |c: char| {
        c.is_ascii_digit() || "〇零一二三四五六七八九十○Ｏ０１２３４５６７８９".contains(c)
    };
    let mut parts = s.split(['年', '月']);
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let Some(d) = d.strip_suffix('日') else {
        return false;
    };
    [y, m, d]
        .iter()
        .all(|p| !p.is_empty() && p.chars().all(digit))
        && y.chars().count() == 4
}

/// An unnumbered line after an activity: more about it, or another activity.
fn attach_or_new(item: &Line, line: &Line) -> Role {
    let f = &line.facts;
    let it = &item.facts;
    if opens_another(&line.chars) {
        return Role::Item;
    }
    let fills = (f.time.is_some() && it.time.is_none() && !it.has_time_field)
        || (!f.departments.is_empty() && it.departments.is_empty() && !it.has_department_field);
    let clashes = (f.time.is_some() && (it.time.is_some() || it.has_time_field))
        || (f.has_department_field && it.has_department_field);
    if f.marked && !clashes {
        return Role::Notes;
    }
    if f.marked && clashes {
        return Role::Item;
    }
    if fills && !opens_with_activity(&line.chars) {
        return Role::Notes;
    }
    if clashes && opens_with_activity(&line.chars) || f.time.is_some() && it.time.is_some() {
        return Role::Item;
    }
    if closing_words(&line.chars) {
        return Role::Unused;
    }
    Role::Notes
}

/// A section with no activity under it holds no plan: it and its lines become
/// preface (before the first activity) or unused.
fn demote_empty_sections(roles: &mut [Role], depth: &[Option<usize>], lines: &[Line]) {
    let first_item = roles.iter().position(|r| *r == Role::Item);
    for i in 0..roles.len() {
        if roles[i] != Role::Section {
            continue;
        }
        let d = depth[i];
        let mut has_item = false;
        for j in i + 1..roles.len() {
            let closes = match (d, depth[j]) {
                (Some(d), Some(e)) => e <= d,
                (None, Some(_)) => true,
                (None, None) => roles[j] == Role::Section && lines[j].origin == Origin::LeadIn,
                _ => false,
            };
            if closes {
                break;
            }
            if roles[j] == Role::Item {
                has_item = true;
                break;
            }
        }
        if !has_item {
            let before = first_item.is_none_or(|f| i < f);
            roles[i] = if before { Role::Preface } else { Role::Unused };
            // Its unnumbered lines follow it.
            for j in i + 1..roles.len() {
                if depth[j].is_some() || roles[j] == Role::Section || roles[j] == Role::Item {
                    break;
                }
                if roles[j] == Role::Unused && before {
                    roles[j] = Role::Preface;
                }
            }
        }
    }
}
