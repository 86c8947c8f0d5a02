//! Model errors found in a plan read from a file, turned back into file problems:
//! the JSON path of the member each one is about, and what is wrong with it.

use super::error::{JsonPath, Problem};
use crate::model::target::MAX_QUANTITY;
use crate::model::validate::{IdKind, ModelError};
use crate::model::when::{WhenError, MAX_FESTIVAL_OFFSET};
use crate::model::{Plan, When};

/// The path of the member a model error is about, inside the plan at `base`.
pub(super) fn locate(base: &JsonPath, plan: &Plan, error: &ModelError) -> JsonPath {
    let item_at = |id: &str| {
        let i = plan
            .items
            .iter()
            .position(|x| x.id.as_str() == id)
            .unwrap_or(0);
        base.key("items").index(i)
    };
    let section_at = |id: &str| {
        let i = plan
            .sections
            .iter()
            .position(|x| x.id.as_str() == id)
            .unwrap_or(0);
        base.key("sections").index(i)
    };
    match error {
        ModelError::EmptyPlanTitle => base.key("title"),
        ModelError::BadYear(_) => base.key("year"),
        ModelError::BadPeriod => base.key("end"),
        ModelError::DuplicateId { kind, id } => duplicate_at(base, plan, *kind, id),
        ModelError::MissingParent { section, .. } | ModelError::SectionCycle(section) => {
            section_at(section.as_str()).key("parent")
        }
        ModelError::EmptyItemTitle(item) => item_at(item.as_str()).key("title"),
        ModelError::MissingSection { item, .. } => item_at(item.as_str()).key("section"),
        ModelError::MissingDepartment { item, department } => {
            let at = item_at(item.as_str());
            let j = plan
                .item(item)
                .and_then(|i| i.departments.iter().position(|d| d == department));
            at.key("departments").index(j.unwrap_or(0))
        }
        ModelError::MissingPlace { item, place } => {
            let at = item_at(item.as_str());
            let Some(it) = plan.item(item) else { return at };
            if let Some(j) = it.places.iter().position(|p| p == place) {
                return at.key("places").index(j);
            }
            let k = it
                .progress
                .iter()
                .position(|e| e.place.as_ref() == Some(place));
            at.key("progress").index(k.unwrap_or(0)).key("place")
        }
        ModelError::BadWhen { item, error } => {
            let at = item_at(item.as_str()).key("when");
            let when = plan.item(item).map(|i| &i.when);
            at.key(when_field(when, error))
        }
        ModelError::BadQuantity { item, .. } => {
            item_at(item.as_str()).key("target").key("quantity")
        }
        ModelError::MissingCategory { item, entry, .. }
        | ModelError::BadAmount { item, entry, .. } => {
            let k = plan
                .item(item)
                .and_then(|i| i.progress.iter().position(|e| &e.id == entry));
            let member = match error {
                ModelError::MissingCategory { .. } => "category",
                _ => "amount",
            };
            item_at(item.as_str())
                .key("progress")
                .index(k.unwrap_or(0))
                .key(member)
        }
    }
}

fn when_field(when: Option<&When>, error: &WhenError) -> &'static str {
    match (when, error) {
        (Some(When::Months { from, .. }), WhenError::Month(m)) if from == m => "from",
        (Some(When::Months { .. }), WhenError::Month(_) | WhenError::MonthsBackwards { .. }) => {
            "to"
        }
        (_, WhenError::Month(_)) => "month",
        (_, WhenError::Quarter(_)) => "quarter",
        (_, WhenError::Half(_)) => "half",
        (Some(When::Date { .. }), WhenError::Year(_)) => "date",
        (Some(When::Range { .. }), WhenError::Year(_) | WhenError::RangeBackwards) => "end",
        (_, WhenError::Offsets { .. }) => "to",
        (_, WhenError::NoLunarDay { .. }) => "day",
        (_, _) => "year",
    }
}

/// The `id` member of the second object of `kind` that uses `id`.
fn duplicate_at(base: &JsonPath, plan: &Plan, kind: IdKind, id: &str) -> JsonPath {
    let second = |ids: &mut dyn Iterator<Item = &str>| {
        ids.enumerate()
            .filter(|(_, x)| *x == id)
            .nth(1)
            .map_or(0, |(i, _)| i)
    };
    let (list, index) = match kind {
        IdKind::Section => (
            "sections",
            second(&mut plan.sections.iter().map(|x| x.id.as_str())),
        ),
        IdKind::Item => (
            "items",
            second(&mut plan.items.iter().map(|x| x.id.as_str())),
        ),
        IdKind::Department => (
            "departments",
            second(&mut plan.departments.iter().map(|x| x.id.as_str())),
        ),
        IdKind::Place => (
            "places",
            second(&mut plan.places.iter().map(|x| x.id.as_str())),
        ),
        // The first of the plan's own when it takes a built-in key.
        IdKind::Category => (
            "categories",
            if crate::model::category::built_in(id).is_some() {
                plan.categories.iter().position(|c| c.id == id).unwrap_or(0)
            } else {
                second(&mut plan.categories.iter().map(|x| x.id.as_str()))
            },
        ),
        IdKind::Entry => {
            let entries = plan.items.iter().enumerate().flat_map(|(i, item)| {
                item.progress
                    .iter()
                    .enumerate()
                    .map(move |(k, e)| (i, k, e.id.as_str()))
            });
            let (i, k, _) = entries
                .filter(|(_, _, e)| *e == id)
                .nth(1)
                .unwrap_or((0, 0, ""));
            return base
                .key("items")
                .index(i)
                .key("progress")
                .index(k)
                .key("id");
        }
    };
    base.key(list).index(index).key("id")
}

/// What a model error says about the member [`locate`] finds.
pub(super) fn problem_of(error: &ModelError) -> Problem {
    let dangling = |id: &str| Problem::Dangling { id: id.to_owned() };
    match error {
        ModelError::EmptyPlanTitle | ModelError::EmptyItemTitle(_) => Problem::EmptyText,
        ModelError::BadYear(_) => Problem::year(),
        ModelError::BadPeriod => Problem::Backwards,
        ModelError::DuplicateId { id, .. } => Problem::DuplicateId { id: id.clone() },
        ModelError::MissingParent { parent, .. } => dangling(parent.as_str()),
        ModelError::SectionCycle(_) => Problem::SectionCycle,
        ModelError::MissingSection { section, .. } => dangling(section.as_str()),
        ModelError::MissingDepartment { department, .. } => dangling(department.as_str()),
        ModelError::MissingPlace { place, .. } => dangling(place.as_str()),
        ModelError::MissingCategory { category, .. } => dangling(category),
        ModelError::BadWhen { error, .. } => match error {
            WhenError::Month(_) => Problem::whole_between(1.0, 12.0),
            WhenError::Quarter(_) => Problem::whole_between(1.0, 4.0),
            WhenError::Half(_) => Problem::whole_between(1.0, 2.0),
            WhenError::Year(_) => Problem::year(),
            WhenError::MonthsBackwards { .. } | WhenError::RangeBackwards => Problem::Backwards,
            WhenError::Offsets { from, to } if from <= to => Problem::whole_between(
                -f64::from(MAX_FESTIVAL_OFFSET),
                f64::from(MAX_FESTIVAL_OFFSET),
            ),
            WhenError::Offsets { .. } => Problem::Backwards,
            WhenError::NoLunarDay { .. } => Problem::NoLunarDay,
            WhenError::ChineseYear(_) => {
                let years = crate::model::when::CHINESE_YEARS;
                Problem::whole_between(f64::from(*years.start()), f64::from(*years.end()))
            }
        },
        ModelError::BadQuantity { .. } | ModelError::BadAmount { .. } => Problem::OutOfRange {
            min: 0.0,
            max: MAX_QUANTITY,
            whole: false,
        },
    }
}
