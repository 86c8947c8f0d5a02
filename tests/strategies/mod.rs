//! proptest strategies for valid plans, shared by the property and fuzz tests.

#![allow(dead_code)]

use chrono::NaiveDate;
use jihua::almanac::{lunar, Festival};
use jihua::model::category::BUILT_IN;
use jihua::model::plan::{Extra, Tombstone};
use jihua::model::{
    Comparator, Department, DepartmentId, EntryId, Item, ItemId, OwnCategory, Period, PeriodTarget,
    PhotoId, Place, PlaceId, Plan, PlanId, ProgressEntry, Repeat, Section, SectionId, Status,
    Target, When, Xun,
};
use proptest::prelude::*;
use serde_json::Value;

/// Any text, including markup, quotes, emoji and control characters.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,12}",
        Just(String::new()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        ".{0,6}",
    ]
}

/// A title: text with something that is not white space.
pub fn title() -> impl Strategy<Value = String> {
    ("[\\p{Han}A-Za-z0-9]", "\\PC{0,10}").prop_map(|(a, b)| format!("{a}{b}"))
}

pub fn year() -> impl Strategy<Value = i32> {
    1900..=2200i32
}

pub fn date() -> impl Strategy<Value = NaiveDate> {
    (year(), 1..=366u32).prop_map(|(y, d)| {
        NaiveDate::from_yo_opt(y, d).unwrap_or_else(|| NaiveDate::from_yo_opt(y, 365).unwrap())
    })
}

pub fn stamp() -> impl Strategy<Value = String> {
    (
        2020..2030i32,
        1..=12u32,
        1..=28u32,
        0..24u32,
        0..60u32,
        prop_oneof![Just("Z"), Just("+08:00")],
    )
        .prop_map(|(y, m, d, h, min, z)| format!("{y}-{m:02}-{d:02}T{h:02}:{min:02}:00{z}"))
}

pub fn when() -> impl Strategy<Value = When> {
    let xun = prop_oneof![Just(Xun::Early), Just(Xun::Middle), Just(Xun::Late)];
    prop_oneof![
        date().prop_map(|date| When::Date { date }),
        (date(), date()).prop_map(|(a, b)| When::Range {
            start: a.min(b),
            end: a.max(b)
        }),
        (year(), 1..=12u32).prop_map(|(year, month)| When::Month { year, month }),
        (year(), 1..=12u32, 1..=12u32).prop_map(|(year, a, b)| When::Months {
            year,
            from: a.min(b),
            to: a.max(b)
        }),
        (year(), 1..=12u32, xun).prop_map(|(year, month, xun)| When::Xun { year, month, xun }),
        (year(), 1..=4u32).prop_map(|(year, quarter)| When::Quarter { year, quarter }),
        (year(), 1..=2u32).prop_map(|(year, half)| When::Half { year, half }),
        year().prop_map(|year| When::Year { year }),
        chinese_when(),
        Just(When::Unscheduled),
    ]
}

/// A festival or lunar time (file version 2) that exists. (Festival years start at
/// 1901 so that offsets before 1 January 1900 do not leave the accepted years.)
pub fn chinese_when() -> impl Strategy<Value = When> {
    let year = || 1900..=2100i32;
    prop_oneof![
        (
            1901..=2100i32,
            proptest::sample::select(Festival::ALL.to_vec()),
            -30..=30i32,
            0..=30i32
        )
            .prop_map(|(year, festival, from, len)| When::Festival {
                year,
                festival,
                from,
                to: from + len
            }),
        (year(), 1..=12u32, 1..=30u32, any::<bool>()).prop_map(|(year, month, day, leap)| {
            let leap = leap && lunar::leap_month(year) == Some(month as u8);
            let days = lunar::month_days(year, month as u8, leap).unwrap_or(29);
            When::Lunar {
                year,
                month,
                day: day.min(u32::from(days)),
                leap,
            }
        }),
    ]
}

pub fn repeat() -> impl Strategy<Value = Option<Repeat>> {
    prop_oneof![
        Just(None),
        prop_oneof![
            Just(Period::Week),
            Just(Period::Month),
            Just(Period::Quarter)
        ]
        .prop_map(|every| Some(Repeat::Every { every })),
        (1..=366u32).prop_map(|times| Some(Repeat::Times { times })),
    ]
}

/// A quantity: whole, fractional, zero or the largest allowed.
fn quantity_of() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0..=1000u32).prop_map(f64::from),
        0.0..=1e9f64,
        Just(1e9),
        Just(0.0)
    ]
}

/// Unknown members written by some later version: JSON values under `x-` keys.
pub fn extra() -> impl Strategy<Value = Extra> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6..1e6f64).prop_map(Value::from),
        "\\PC{0,8}".prop_map(Value::from),
    ];
    let value = leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,4}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    prop::collection::btree_map("x-[a-z]{1,6}", value, 0..3).prop_map(|m| m.into_iter().collect())
}

fn colour() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "#[0-9a-f]{6}"]
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// A valid plan: every reference points at an object of the plan, ids are unique,
/// sections only have earlier sections as parents, tombstones name ids not in use.
pub fn plan() -> impl Strategy<Value = Plan> {
    let departments = prop::collection::vec((title(), colour(), extra()), 0..4);
    let places = prop::collection::vec((title(), text()), 0..4);
    let categories = prop::collection::vec((title(), text()), 0..3);
    let sections = prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            any::<bool>(),
            text(),
            any::<u32>(),
        ),
        1..5,
    );
    let head = (
        "[a-z0-9-]{1,12}",
        title(),
        text(),
        year(),
        prop::option::of((date(), date())),
        text(),
        any::<bool>(),
        prop::option::of(stamp()),
        prop::option::of(stamp()),
        0..=(1u64 << 53),
        prop::collection::vec(stamp(), 0..3),
        extra(),
    );
    (
        head,
        departments,
        places,
        sections,
        prop::collection::vec(item_parts(), 0..8),
        categories,
    )
        .prop_map(|(head, departments, places, sections, items, categories)| {
            let (
                id,
                title,
                organization,
                year,
                period,
                preface,
                sample,
                created,
                updated,
                revision,
                tombs,
                extra,
            ) = head;
            let mut plan = Plan::new(PlanId::new(id), title, year);
            plan.organization = organization;
            if let Some((a, b)) = period {
                plan.start = Some(a.min(b));
                plan.end = Some(a.max(b));
            }
            plan.preface = preface;
            plan.sample = sample;
            plan.created_at = created;
            plan.updated_at = updated;
            plan.revision = revision;
            plan.extra = extra;
            plan.departments = departments
                .into_iter()
                .enumerate()
                .map(|(n, (name, color, extra))| Department {
                    id: DepartmentId::new(format!("d{n}")),
                    name,
                    color,
                    extra,
                })
                .collect();
            plan.places = places
                .into_iter()
                .enumerate()
                .map(|(n, (name, kind))| Place {
                    id: PlaceId::new(format!("p{n}")),
                    name,
                    kind,
                    extra: Extra::new(),
                })
                .collect();
            plan.sections = sections
                .iter()
                .enumerate()
                .map(|(n, (parent, has_parent, title, order))| Section {
                    id: SectionId::new(format!("s{n}")),
                    parent: (*has_parent && n > 0)
                        .then(|| SectionId::new(format!("s{}", parent.index(n)))),
                    title: title.clone(),
                    order: *order,
                    extra: Extra::new(),
                })
                .collect();
            let (d, p, s) = (
                plan.departments.len(),
                plan.places.len(),
                plan.sections.len(),
            );
            plan.items = items
                .into_iter()
                .enumerate()
                .map(|(n, parts)| parts.build(n, d, p, s))
                .collect();
            // Kinds of the plan's own (issue 19), which some records name.
            plan.categories = categories
                .into_iter()
                .enumerate()
                .map(|(n, (name, unit))| OwnCategory {
                    id: format!("c{n}"),
                    name,
                    unit,
                    extra: Extra::new(),
                })
                .collect();
            let kinds = plan.categories.len();
            let entries = plan.items.iter_mut().flat_map(|i| i.progress.iter_mut());
            for (n, e) in entries.enumerate().filter(|(n, _)| kinds > 0 && n % 4 == 3) {
                e.category = Some(format!("c{}", n % kinds));
            }
            plan.deleted = tombs
                .into_iter()
                .enumerate()
                .map(|(n, at)| Tombstone {
                    id: format!("gone-{n}"),
                    at,
                })
                .collect();
            plan
        })
}

/// The random parts of an item, before its references are tied to the plan.
#[derive(Clone, Debug)]
pub struct ItemParts {
    section: prop::sample::Index,
    order: u32,
    title: String,
    notes: String,
    when: When,
    repeat: Option<Repeat>,
    departments: Vec<prop::sample::Index>,
    places: Vec<prop::sample::Index>,
    lead: String,
    tags: Vec<String>,
    target: Option<(Comparator, f64, String)>,
    progress: Vec<(NaiveDate, f64, Option<prop::sample::Index>, String)>,
    status: Status,
    milestone: bool,
    updated_at: Option<String>,
    extra: Extra,
}

impl ItemParts {
    fn build(self, n: usize, departments: usize, places: usize, sections: usize) -> Item {
        let mut item = Item::new(
            ItemId::new(format!("i{n}")),
            SectionId::new(format!("s{}", self.section.index(sections))),
            self.title,
        );
        item.order = self.order;
        item.notes = self.notes;
        item.when = self.when;
        item.repeat = self.repeat;
        if departments > 0 {
            let mut ds: Vec<usize> = self
                .departments
                .iter()
                .map(|i| i.index(departments))
                .collect();
            ds.sort_unstable();
            ds.dedup();
            item.departments = ds
                .into_iter()
                .map(|i| DepartmentId::new(format!("d{i}")))
                .collect();
        }
        if places > 0 {
            item.places = self
                .places
                .iter()
                .map(|i| PlaceId::new(format!("p{}", i.index(places))))
                .collect();
        }
        item.lead = self.lead;
        item.tags = self.tags;
        item.target = self
            .target
            .map(|(op, quantity, unit)| Target { op, quantity, unit });
        // A target per period on some activities (issue 19), from the whole one.
        item.per_period = item
            .target
            .as_ref()
            .filter(|_| n % 3 == 1)
            .map(|t| PeriodTarget {
                every: [Period::Week, Period::Month, Period::Quarter][n % 3],
                op: t.op,
                quantity: (t.quantity / 4.0).floor(),
                unit: t.unit.clone(),
            });
        item.progress = self
            .progress
            .into_iter()
            .enumerate()
            .map(|(k, (date, amount, place, note))| ProgressEntry {
                id: EntryId::new(format!("e{n}-{k}")),
                date,
                amount,
                place: place
                    .filter(|_| places > 0)
                    .map(|i| PlaceId::new(format!("p{}", i.index(places)))),
                // The fields of records that count (issue 19), on some entries.
                attendance: (k % 3 == 1).then_some(k as u32 * 37),
                category: (k % 4 == 2).then(|| BUILT_IN[k % BUILT_IN.len()].key.to_owned()),
                lead: if k % 5 == 3 {
                    note.clone()
                } else {
                    String::new()
                },
                photos: (0..k % 3)
                    .map(|j| PhotoId::new(format!("ph{n}-{k}-{j}")))
                    .collect(),
                note,
                extra: Extra::new(),
            })
            .collect();
        item.status = self.status;
        item.milestone = self.milestone;
        item.updated_at = self.updated_at;
        item.extra = self.extra;
        item
    }
}

fn item_parts() -> impl Strategy<Value = ItemParts> {
    let ops = prop::sample::select(Comparator::ALL.to_vec());
    (
        (
            any::<prop::sample::Index>(),
            any::<u32>(),
            title(),
            text(),
            when(),
            repeat(),
        ),
        (
            prop::collection::vec(any::<prop::sample::Index>(), 0..3),
            prop::collection::vec(any::<prop::sample::Index>(), 0..3),
            text(),
            prop::collection::vec(text(), 0..3),
            prop::option::of((ops, quantity_of(), text())),
        ),
        (
            prop::collection::vec(
                (
                    date(),
                    quantity_of(),
                    prop::option::of(any::<prop::sample::Index>()),
                    text(),
                ),
                0..4,
            ),
            status(),
            any::<bool>(),
            prop::option::of(stamp()),
            extra(),
        ),
    )
        .prop_map(
            |(
                (section, order, title, notes, when, repeat),
                (departments, places, lead, tags, target),
                (progress, status, milestone, updated_at, extra),
            )| {
                ItemParts {
                    section,
                    order,
                    title,
                    notes,
                    when,
                    repeat,
                    departments,
                    places,
                    lead,
                    tags,
                    target,
                    progress,
                    status,
                    milestone,
                    updated_at,
                    extra,
                }
            },
        )
}
