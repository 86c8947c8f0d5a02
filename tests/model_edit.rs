//! Edits, undo history, validation, copying and the sample plan.

use chrono::NaiveDate;
use jihua::model::copy::{copy_to_year, duplicate};
use jihua::model::history::History;
use jihua::model::outline::outline;
use jihua::model::sample::sample_plan;
use jihua::model::validate::{validate, IdKind, ModelError};
use jihua::model::when::WhenError;
use jihua::model::*;

const NOW: &str = "2024-03-01T08:00:00Z";

fn section(id: &str, parent: Option<&str>) -> Section {
    Section {
        id: SectionId::new(id),
        parent: parent.map(SectionId::new),
        title: format!("section {id}"),
        order: 0,
        extra: Default::default(),
    }
}

fn base() -> Plan {
    let mut plan = Plan::new(PlanId::new("p"), "2024年计划", 2024);
    apply(&mut plan, Edit::AddSection(section("s1", None)), NOW).unwrap();
    apply(&mut plan, Edit::AddSection(section("s2", None)), NOW).unwrap();
    for id in ["a", "b", "c"] {
        let item = Item::new(ItemId::new(id), SectionId::new("s1"), id);
        apply(&mut plan, Edit::AddItem(item), NOW).unwrap();
    }
    plan
}

fn order_of(plan: &Plan, section: &str) -> Vec<String> {
    plan.items_of(&SectionId::new(section))
        .iter()
        .map(|i| i.id.0.clone())
        .collect()
}

#[test]
fn add_items_append_in_order() {
    let plan = base();
    assert_eq!(order_of(&plan, "s1"), ["a", "b", "c"]);
    assert!(validate(&plan).is_empty());
    assert_eq!(plan.updated_at.as_deref(), Some(NOW));
}

#[test]
fn move_item_within_and_across_sections() {
    let mut plan = base();
    apply(
        &mut plan,
        Edit::MoveItem {
            id: ItemId::new("c"),
            section: SectionId::new("s1"),
            index: 0,
        },
        NOW,
    )
    .unwrap();
    assert_eq!(order_of(&plan, "s1"), ["c", "a", "b"]);
    apply(
        &mut plan,
        Edit::MoveItem {
            id: ItemId::new("a"),
            section: SectionId::new("s2"),
            index: 5,
        },
        NOW,
    )
    .unwrap();
    assert_eq!(order_of(&plan, "s1"), ["c", "b"]);
    assert_eq!(order_of(&plan, "s2"), ["a"]);
    let orders: Vec<u32> = plan
        .items_of(&SectionId::new("s1"))
        .iter()
        .map(|i| i.order)
        .collect();
    assert_eq!(orders, [0, 1]);
}

#[test]
fn delete_item_leaves_a_tombstone_and_undo_restores_it() {
    let mut plan = base();
    let mut history = History::default();
    history.record(plan.clone());
    let before = plan.clone();
    apply(&mut plan, Edit::DeleteItem(ItemId::new("b")), NOW).unwrap();
    assert_eq!(order_of(&plan, "s1"), ["a", "c"]);
    assert_eq!(plan.deleted.len(), 1);
    let restored = history.undo(plan.clone()).unwrap();
    assert_eq!(restored, before);
    assert!(history.can_redo());
    let again = history.redo(restored).unwrap();
    assert_eq!(again, plan);
}

#[test]
fn history_is_bounded_and_redo_cleared_by_new_edits() {
    let mut history = History::default();
    let plan = base();
    for _ in 0..150 {
        history.record(plan.clone());
    }
    let mut n = 0;
    let mut current = plan.clone();
    while let Some(p) = history.undo(current.clone()) {
        current = p;
        n += 1;
    }
    assert_eq!(n, jihua::model::history::UNDO_DEPTH);
    history.record(plan);
    assert!(!history.can_redo());
}

#[test]
fn delete_section_removes_subsections_and_items() {
    let mut plan = base();
    apply(&mut plan, Edit::AddSection(section("s1a", Some("s1"))), NOW).unwrap();
    let item = Item::new(ItemId::new("d"), SectionId::new("s1a"), "d");
    apply(&mut plan, Edit::AddItem(item), NOW).unwrap();
    apply(&mut plan, Edit::DeleteSection(SectionId::new("s1")), NOW).unwrap();
    assert_eq!(plan.sections.len(), 1);
    assert!(plan.items.is_empty());
    assert_eq!(plan.sections[0].order, 0);
    assert_eq!(plan.deleted.len(), 6);
}

#[test]
fn move_section_refuses_to_go_inside_itself() {
    let mut plan = base();
    apply(&mut plan, Edit::AddSection(section("s1a", Some("s1"))), NOW).unwrap();
    let err = apply(
        &mut plan,
        Edit::MoveSection {
            id: SectionId::new("s1"),
            parent: Some(SectionId::new("s1a")),
            index: 0,
        },
        NOW,
    );
    assert_eq!(err, Err(EditError::IntoItself));
    apply(
        &mut plan,
        Edit::MoveSection {
            id: SectionId::new("s2"),
            parent: None,
            index: 0,
        },
        NOW,
    )
    .unwrap();
    let first = plan.children_of(None)[0].id.clone();
    assert_eq!(first, SectionId::new("s2"));
}

#[test]
fn invalid_edits_change_nothing() {
    let mut plan = base();
    let before = plan.clone();
    let mut bad = Item::new(ItemId::new("x"), SectionId::new("s1"), "x");
    bad.when = When::Month {
        year: 2024,
        month: 13,
    };
    assert!(matches!(
        apply(&mut plan, Edit::AddItem(bad), NOW),
        Err(EditError::Invalid(ModelError::BadWhen { .. }))
    ));
    let mut bad = Item::new(ItemId::new("x"), SectionId::new("s1"), "x");
    bad.target = Some(Target {
        op: Comparator::AtLeast,
        quantity: f64::NAN,
        unit: "次".into(),
    });
    assert!(apply(&mut plan, Edit::AddItem(bad), NOW).is_err());
    let mut bad = Item::new(ItemId::new("x"), SectionId::new("s1"), "x");
    bad.departments = vec![DepartmentId::new("nope")];
    assert!(apply(&mut plan, Edit::AddItem(bad), NOW).is_err());
    let blank = Item::new(ItemId::new("x"), SectionId::new("s1"), "  ");
    assert!(apply(&mut plan, Edit::AddItem(blank), NOW).is_err());
    let dup = Item::new(ItemId::new("a"), SectionId::new("s1"), "a");
    assert_eq!(
        apply(&mut plan, Edit::AddItem(dup), NOW),
        Err(EditError::DuplicateId("a".into()))
    );
    let info = PlanInfo {
        title: "".into(),
        organization: "".into(),
        year: 2024,
        preface: "".into(),
        numbering: Default::default(),
    };
    assert_eq!(
        apply(&mut plan, Edit::SetInfo(info), NOW),
        Err(EditError::EmptyTitle)
    );
    assert_eq!(plan, before);
}

#[test]
fn update_item_keeps_position_unless_the_section_changes() {
    let mut plan = base();
    let mut b = plan.item(&ItemId::new("b")).unwrap().clone();
    b.title = "B".into();
    b.when = When::Quarter {
        year: 2024,
        quarter: 2,
    };
    apply(&mut plan, Edit::UpdateItem(b.clone()), NOW).unwrap();
    assert_eq!(order_of(&plan, "s1"), ["a", "b", "c"]);
    b.section = SectionId::new("s2");
    apply(&mut plan, Edit::UpdateItem(b), NOW).unwrap();
    assert_eq!(order_of(&plan, "s1"), ["a", "c"]);
    assert_eq!(order_of(&plan, "s2"), ["b"]);
}

#[test]
fn validation_finds_every_kind_of_problem() {
    let mut plan = base();
    plan.items
        .push(Item::new(ItemId::new("a"), SectionId::new("ghost"), ""));
    plan.sections.push(section("orphan", Some("missing")));
    plan.items[0].when = When::Half {
        year: 2024,
        half: 3,
    };
    let errors = validate(&plan);
    assert!(errors.contains(&ModelError::DuplicateId {
        kind: IdKind::Item,
        id: "a".into()
    }));
    assert!(errors.contains(&ModelError::MissingSection {
        item: ItemId::new("a"),
        section: SectionId::new("ghost")
    }));
    assert!(errors.contains(&ModelError::EmptyItemTitle(ItemId::new("a"))));
    assert!(errors.contains(&ModelError::MissingParent {
        section: SectionId::new("orphan"),
        parent: SectionId::new("missing")
    }));
    assert!(errors.contains(&ModelError::BadWhen {
        item: ItemId::new("a"),
        error: WhenError::Half(3)
    }));
    let mut cyc = base();
    cyc.sections[0].parent = Some(SectionId::new("s2"));
    cyc.sections[1].parent = Some(SectionId::new("s1"));
    assert!(validate(&cyc)
        .iter()
        .any(|e| matches!(e, ModelError::SectionCycle(_))));
}

#[test]
fn copy_to_next_year_shifts_every_date() {
    let mut plan = sample_plan(2024);
    let first = plan.items[0].id.clone();
    plan.items[0].progress.push(ProgressEntry::new(
        EntryId::new("e1"),
        NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
        1.0,
    ));
    plan.items[0].status = Status::Done;
    let next = copy_to_year(&plan, PlanId::new("next"), 1, NOW);
    assert_eq!(next.year, 2025);
    assert_eq!(next.title, "2025年文化馆工作计划（示例）");
    assert!(!next.sample);
    assert!(validate(&next).is_empty());
    let item = next.item(&first).unwrap();
    assert!(item.progress.is_empty());
    assert_eq!(item.status, Status::Planned);
    for (old, new) in plan.items.iter().zip(&next.items) {
        assert_eq!(new.when, old.when.shifted_years(1));
        if let (Some(a), Some(b)) = (old.when.span().unwrap(), new.when.span().unwrap()) {
            // Festival and lunar times keep their anchor: next year's 春节 may come
            // weeks earlier or later than a year on.
            let days = (b.start - a.start).num_days();
            if old.when.needs_version_2() {
                assert!((330..=400).contains(&days), "{:?}", old.when);
            } else {
                assert!(days >= 365);
            }
        }
    }
    let copy = duplicate(&plan, PlanId::new("c"), "副本".into(), NOW);
    assert_eq!(copy.items, plan.items);
    assert_eq!(copy.title, "副本");
}

#[test]
fn sample_plan_is_valid_and_realistic() {
    let plan = sample_plan(2026);
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    assert!(plan.sample);
    assert!(plan.items.len() >= 20);
    assert!(plan.items.iter().all(|i| !i.departments.is_empty()));
    let festival = plan
        .items
        .iter()
        .find(|i| i.title.contains("农民艺术节"))
        .unwrap();
    assert_eq!(
        festival.when,
        When::Month {
            year: 2026,
            month: 7
        }
    );
    assert_eq!(festival.departments.len(), 3);
    let lecture = plan
        .items
        .iter()
        .find(|i| i.title.contains("书画公益讲座"))
        .unwrap();
    assert_eq!(
        lecture.when,
        When::Xun {
            year: 2026,
            month: 4,
            xun: Xun::Middle
        }
    );
    let photo = plan.items.iter().find(|i| i.title == "摄影展").unwrap();
    assert_eq!(
        photo.when,
        When::Months {
            year: 2026,
            from: 9,
            to: 10
        }
    );
    let tour = plan
        .items
        .iter()
        .find(|i| i.title.contains("送戏下乡一百场"))
        .unwrap();
    assert_eq!(tour.target.as_ref().map(|t| t.quantity), Some(100.0));
    assert_eq!(tour.places.len(), 9);
    // Every kind of `when` appears, so every view has something of each to draw.
    let kinds: std::collections::HashSet<&str> = plan
        .items
        .iter()
        .map(|i| match i.when {
            When::Date { .. } => "date",
            When::Range { .. } => "range",
            When::Month { .. } => "month",
            When::Months { .. } => "months",
            When::Xun { .. } => "xun",
            When::Quarter { .. } => "quarter",
            When::Half { .. } => "half",
            When::Year { .. } => "year",
            When::Festival { .. } => "festival",
            When::Lunar { .. } => "lunar",
            When::Unscheduled => "unscheduled",
        })
        .collect();
    assert_eq!(kinds.len(), 11);
    assert_eq!(outline(&plan).len(), plan.sections.len() + plan.items.len());
}

#[test]
fn plan_json_round_trip_keeps_unknown_fields() {
    let json = r#"{"id":"p","title":"t","year":2024,"sections":[{"id":"s","title":"S","future":1}],
        "items":[{"id":"i","section":"s","title":"I","when":{"kind":"year","year":2024},"colour":"red"}],
        "extension":{"a":[1,2]}}"#;
    let plan: Plan = serde_json::from_str(json).unwrap();
    assert!(validate(&plan).is_empty());
    let back = serde_json::to_value(&plan).unwrap();
    assert_eq!(back["extension"]["a"][1], 2);
    assert_eq!(back["items"][0]["colour"], "red");
    assert_eq!(back["sections"][0]["future"], 1);
    let again: Plan = serde_json::from_value(back).unwrap();
    assert_eq!(again, plan);
}

#[test]
fn diff_names_what_changed_between_two_versions() {
    use jihua::model::diff::diff;
    let a = sample_plan(2026);
    assert!(diff(&a, &a).is_empty());
    let mut b = a.clone();
    apply(&mut b, Edit::DeleteItem(ItemId::new("i2")), NOW).unwrap();
    let mut changed = b.item(&ItemId::new("i4")).unwrap().clone();
    changed.title = "农民艺术节（改）".into();
    apply(&mut b, Edit::UpdateItem(changed), NOW).unwrap();
    apply(
        &mut b,
        Edit::AddItem(Item::new(
            ItemId::new("new"),
            SectionId::new("s1"),
            "新活动",
        )),
        NOW,
    )
    .unwrap();
    apply(
        &mut b,
        Edit::MoveItem {
            id: ItemId::new("i1"),
            section: SectionId::new("s1"),
            index: 1,
        },
        NOW,
    )
    .unwrap();
    let d = diff(&a, &b);
    assert_eq!(d.added, ["新活动"]);
    assert_eq!(d.removed, ["党风廉政建设学习"]);
    // A move alone is not a change of content.
    assert_eq!(d.changed, ["农民艺术节（改）"]);
    assert!(!d.title_changed);
    assert_eq!(d.sections_changed, 0);
}

/// A plan of `n` activities with some text each, like a big county plan.
fn big_plan(n: usize) -> jihua::model::Plan {
    let mut plan = base();
    for i in 0..n {
        let mut item = Item::new(
            ItemId::new(format!("big{i}")),
            SectionId::new("s1"),
            format!("第{i}项：送戏下乡文艺演出，到各村巡回演出"),
        );
        item.notes = "责任部门：辅导部、演出部。地点：灯明寺、于桥、秦村。".repeat(4);
        plan.items.push(item);
    }
    plan
}

#[test]
fn history_keeps_every_step_of_a_normal_plan() {
    let plan = jihua::model::sample::sample_plan(2026);
    assert!(jihua::model::history::plan_bytes(&plan) < 200_000);
    let mut history = History::default();
    for _ in 0..jihua::model::history::UNDO_DEPTH {
        history.record(plan.clone());
    }
    assert_eq!(history.undo_steps(), jihua::model::history::UNDO_DEPTH);
}

#[test]
fn history_of_a_big_plan_is_bounded_by_bytes_not_steps() {
    use jihua::model::history::{plan_bytes, UNDO_BYTES};
    let plan = big_plan(5_000);
    let one = plan_bytes(&plan);
    // The estimate is in the range of the plan's real size (its JSON).
    let json = serde_json::to_string(&plan).unwrap().len();
    assert!(
        one > json / 2 && one < json * 4,
        "estimate {one}, JSON {json}"
    );
    let mut history = History::default();
    for _ in 0..100 {
        history.record(plan.clone());
    }
    assert!(
        history.bytes() <= UNDO_BYTES,
        "{} > {UNDO_BYTES}",
        history.bytes()
    );
    assert!(history.undo_steps() >= 5, "still a useful number of steps");
    assert!(history.undo_steps() < 100);
    // Undo and redo keep the bound and the count of snapshots straight.
    let mut current = plan.clone();
    for _ in 0..3 {
        current = history.undo(current).unwrap();
    }
    assert!(history.bytes() <= UNDO_BYTES);
    for _ in 0..3 {
        current = history.redo(current).unwrap();
    }
    assert!(!history.can_redo());
    assert!(history.bytes() <= UNDO_BYTES);
}

#[test]
fn history_always_keeps_the_newest_step_however_big() {
    let plan = big_plan(20);
    let mut history = History::default();
    let mut huge = plan.clone();
    huge.preface = "字".repeat(jihua::model::history::UNDO_BYTES);
    history.record(huge);
    assert_eq!(history.undo_steps(), 1);
    history.record(plan);
    assert_eq!(history.undo_steps(), 1, "the huge one went first");
}
