//! What one line says, before any judgement about its role: its label, and the
//! time, repeat, target, departments, lead person and places it names, each with
//! the words it came from.

use super::fields::{bracket_departments, labelled, names, FieldKind};
use super::label::{label, Label};
use super::places::{find_places, named, PlaceFound};
use super::target::{
    best_target, find_per_period, find_repeat, find_targets, PeriodTargetFound, RepeatFound,
    TargetFound,
};
use super::time::{find_times, Spec, TimeFound};
use std::ops::Range;

/// A name found in a line, with where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// The name as written.
    pub name: String,
    /// Where (chars).
    pub at: Range<usize>,
}

/// What a line says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// Its numbering label.
    pub label: Option<Label>,
    /// The time it names (a 时间： field first).
    pub time: Option<TimeFound>,
    /// Its repeat.
    pub repeat: Option<RepeatFound>,
    /// Its target.
    pub target: Option<TargetFound>,
    /// Its target for each week, month or quarter ("每季度不少于1次").
    pub per_period: Option<PeriodTargetFound>,
    /// Departments (责任部门：…, "（辅导部负责）").
    pub departments: Vec<Named>,
    /// Lead person (负责人：…).
    pub lead: Option<Named>,
    /// Places.
    pub places: Vec<PlaceFound>,
    /// It has labelled fields (时间：, 责任部门： …), even empty ones: the mark of an
    /// activity in the plans that use them.
    pub marked: bool,
    /// Labelled fields for time / departments were present (even empty).
    pub has_time_field: bool,
    /// A 责任部门-like field was present (even empty).
    pub has_department_field: bool,
    /// The span of the field block or department bracket, left out of titles.
    pub block: Option<Range<usize>>,
}

impl Facts {
    /// Reads `chars` (normalised) of the line whose own characters are `source`.
    pub fn read(chars: &[char], source: &[char]) -> Facts {
        let mut facts = Facts {
            label: label(chars),
            ..Facts::default()
        };
        // The label is not part of what the line says ("三、10月中下旬" is not 3–10月):
        // the scanners read the line with it blanked out, at the same positions.
        let blanked: Vec<char>;
        let chars = match facts.label {
            Some(l) => {
                blanked = chars
                    .iter()
                    .enumerate()
                    .map(|(i, c)| if i < l.len { ' ' } else { *c })
                    .collect();
                &blanked[..]
            }
            None => chars,
        };
        let fields = labelled(chars);
        facts.marked = !fields.fields.is_empty();
        facts.block = fields.block.clone();
        for f in &fields.fields {
            let value = &chars[..f.value.end];
            match f.kind {
                FieldKind::Time => {
                    facts.has_time_field = true;
                    if facts.time.is_none() {
                        facts.time = find_times(&value[f.value.start..])
                            .into_iter()
                            .next()
                            .map(|t| shift(t, f.value.start));
                    }
                }
                FieldKind::Departments => {
                    facts.has_department_field = true;
                    for (name, at) in names(chars, f.value.clone()) {
                        push_name(&mut facts.departments, source, at, name);
                    }
                }
                FieldKind::Lead => {
                    if let Some((_, at)) = names(chars, f.value.clone()).into_iter().next() {
                        facts.lead = Some(Named {
                            name: source[at.clone()].iter().collect(),
                            at,
                        });
                    }
                }
                FieldKind::Place => {
                    for (_, at) in names(chars, f.value.clone()) {
                        facts.places.push(PlaceFound {
                            name: source[at.clone()].iter().collect(),
                            kind: "",
                            at,
                        });
                    }
                }
                FieldKind::Target => {
                    if let Some(t) = best_target(&chars[..f.value.end][f.value.start..]) {
                        facts.target = Some(TargetFound {
                            at: t.at.start + f.value.start..t.at.end + f.value.start,
                            ..t
                        });
                    }
                }
            }
        }
        if facts.departments.is_empty() {
            if let Some((list, at)) = bracket_departments(chars) {
                facts.has_department_field = true;
                for (name, r) in list {
                    push_name(&mut facts.departments, source, r, name);
                }
                if facts.block.is_none() {
                    facts.block = Some(at);
                }
            }
        }
        if facts.time.is_none() {
            facts.time = best_time(chars, find_times(chars));
        }
        facts.repeat = find_repeat(chars);
        if facts.target.is_none() {
            facts.target = best_target(chars).filter(|t| {
                // Not a number that is part of the time or repeat phrase.
                let inside = |r: &Range<usize>| r.start <= t.at.start && t.at.end <= r.end;
                !facts.time.as_ref().is_some_and(|x| inside(&x.at))
                    && !facts.repeat.as_ref().is_some_and(|x| inside(&x.at))
            });
        }
        // "每季度不少于1次，全年不少于6次": the first is the target of each quarter,
        // the whole-time target is another one if the line has it.
        facts.per_period = find_per_period(chars);
        if let Some(pp) = &facts.per_period {
            if facts.target.as_ref().is_some_and(|t| t.at == pp.target_at) {
                let others: Vec<TargetFound> = find_targets(chars)
                    .into_iter()
                    .filter(|t| t.at.start >= pp.at.end || t.at.end <= pp.at.start)
                    .collect();
                let pick = others.iter().position(|t| t.compared);
                facts.target = pick.and_then(|k| others.into_iter().nth(k));
            }
        }
        if facts.places.is_empty() {
            facts.places = named(find_places(chars), source, chars);
        }
        facts
    }

    /// True if the line names anything an activity has.
    pub fn has_details(&self) -> bool {
        self.time.is_some()
            || self.target.is_some()
            || self.per_period.is_some()
            || self.repeat.is_some()
            || self.marked
            || !self.departments.is_empty()
            || !self.places.is_empty()
    }
}

fn push_name(list: &mut Vec<Named>, source: &[char], at: Range<usize>, _norm: String) {
    let name: String = source[at.clone()].iter().collect();
    if !list.iter().any(|n| n.name == name) {
        list.push(Named { name, at });
    }
}

fn shift(t: TimeFound, by: usize) -> TimeFound {
    TimeFound {
        at: t.at.start + by..t.at.end + by,
        ..t
    }
}

/// The time a line means when it names several: one the sentence introduces with
/// 于 ("计划于4月中旬", "定于…"), else a precise one before a festival named bare (a
/// bare "春节" is often part of a name: "春节联欢晚会"), else the first.
fn best_time(chars: &[char], all: Vec<TimeFound>) -> Option<TimeFound> {
    let bare = |t: &TimeFound| matches!(t.spec, Spec::Festival(_, 0, 0));
    let introduced = |t: &TimeFound| t.at.start > 0 && chars.get(t.at.start - 1) == Some(&'于');
    let pick = all
        .iter()
        .position(introduced)
        .or_else(|| all.iter().position(|t| !bare(t)))
        .unwrap_or(0);
    all.into_iter().nth(pick)
}
