//! The activity form's rules, without a browser.

use jihua::model::{Comparator, DepartmentId, Item, ItemId, Period, Repeat, SectionId, When, Xun};
use jihua::ui::form::*;

/// A plan with only the built-in kinds of activity.
static PLAN: std::sync::LazyLock<jihua::model::Plan> = std::sync::LazyLock::new(|| {
    jihua::model::Plan::new(jihua::model::PlanId::new("p"), "计划", 2026)
});

fn item() -> Item {
    Item::new(ItemId::new("i"), SectionId::new("s"), "送戏下乡")
}

#[test]
fn every_when_round_trips_through_the_picker() {
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let cases = [
        When::Year { year: 2026 },
        When::Half {
            year: 2026,
            half: 2,
        },
        When::Quarter {
            year: 2026,
            quarter: 3,
        },
        When::Month {
            year: 2027,
            month: 7,
        },
        When::Months {
            year: 2026,
            from: 9,
            to: 10,
        },
        When::Xun {
            year: 2026,
            month: 4,
            xun: Xun::Middle,
        },
        When::Date { date: d(9, 3) },
        When::Range {
            start: d(1, 5),
            end: d(1, 20),
        },
        When::Unscheduled,
    ];
    for when in cases {
        assert_eq!(
            WhenDraft::from_when(&when, 2026).parse(),
            Ok(when.clone()),
            "{when:?}"
        );
    }
}

#[test]
fn picker_errors() {
    let mut w = WhenDraft::from_when(
        &When::Month {
            year: 2026,
            month: 5,
        },
        2026,
    );
    w.year = "二〇二六".into();
    assert_eq!(w.parse(), Err(FieldError::Year));
    w.year = "１９９９".into();
    assert_eq!(
        w.parse(),
        Ok(When::Month {
            year: 1999,
            month: 5
        })
    );
    w.year = "1800".into();
    assert_eq!(w.parse(), Err(FieldError::Year));
    w.kind = WhenKind::Months;
    w.year = "2026".into();
    w.from = 10;
    w.to = 9;
    assert_eq!(w.parse(), Err(FieldError::Months));
    w.kind = WhenKind::Date;
    w.start = "".into();
    assert_eq!(w.parse(), Err(FieldError::Date));
    w.start = "2026-02-30".into();
    assert_eq!(w.parse(), Err(FieldError::Date));
    w.kind = WhenKind::Range;
    w.start = "2026-05-10".into();
    w.end = "2026-05-01".into();
    assert_eq!(w.parse(), Err(FieldError::Range));
}

#[test]
fn build_applies_fields_and_keeps_the_rest() {
    let mut base = item();
    base.tags = vec!["重点".into()];
    let mut draft = ItemDraft::from_item(&base, 2026);
    draft.title = "  送戏下乡一百场 ".into();
    draft.when = WhenDraft::from_when(&When::Year { year: 2026 }, 2026);
    draft.repeat = RepeatKind::Every(Period::Month);
    draft.departments = vec![DepartmentId::new("d1")];
    draft.has_target = true;
    draft.op = Comparator::AtLeast;
    draft.quantity = "１００".into();
    draft.unit = "场".into();
    let built = draft.build(&base).unwrap();
    assert_eq!(built.title, "送戏下乡一百场");
    assert_eq!(
        built.repeat,
        Some(Repeat::Every {
            every: Period::Month
        })
    );
    assert_eq!(built.target.as_ref().map(|t| t.quantity), Some(100.0));
    assert_eq!(built.tags, base.tags);
    assert_eq!(ItemDraft::from_item(&built, 2026).quantity, "100");
    draft.has_target = false;
    assert_eq!(draft.build(&base).unwrap().target, None);
}

#[test]
fn build_reports_every_problem_by_field() {
    let mut draft = ItemDraft::from_item(&item(), 2026);
    draft.title = " ".into();
    draft.has_target = true;
    draft.quantity = "-3".into();
    draft.repeat = RepeatKind::Times;
    draft.times = "0".into();
    let errors = draft.build(&item()).unwrap_err();
    assert_eq!(
        errors,
        vec![
            (Field::Title, FieldError::TitleRequired),
            (Field::Times, FieldError::Times),
            (Field::Quantity, FieldError::Quantity),
        ]
    );
    draft.quantity = "1e10".into();
    draft.title = "x".into();
    draft.times = "3".into();
    assert_eq!(
        draft.errors(),
        vec![(Field::Quantity, FieldError::Quantity)]
    );
    draft.quantity = "NaN".into();
    assert_eq!(
        draft.errors(),
        vec![(Field::Quantity, FieldError::Quantity)]
    );
}

#[test]
fn numbers_typed_the_chinese_way() {
    assert_eq!(normalize_number(" １２．５ "), "12.5");
    assert_eq!(normalize_number("1,500"), "1500");
    assert_eq!(normalize_number("1，500"), "1500");
}

#[test]
fn colours_for_new_departments() {
    assert_eq!(next_color(std::iter::empty()), PALETTE[0]);
    assert_eq!(next_color([PALETTE[0]].into_iter()), PALETTE[1]);
    assert_eq!(next_color(PALETTE.iter().copied()), PALETTE[0]);
}

#[test]
fn a_progress_entry_as_typed() {
    use chrono::NaiveDate;
    use jihua::model::{EntryId, PlaceId};
    let today = NaiveDate::from_ymd_opt(2026, 7, 5).unwrap();
    let mut draft = EntryDraft::new(today);
    assert_eq!(
        (draft.date.as_str(), draft.amount.as_str()),
        ("2026-07-05", "1")
    );
    draft.place = Some(PlaceId::new("p-qiao"));
    draft.note = "于桥村，观众约300人  ".into();
    let entry = draft.build(EntryId::new("e1"), &PLAN).unwrap();
    assert_eq!(entry.date, today);
    assert_eq!(entry.amount, 1.0);
    assert_eq!(entry.note, "于桥村，观众约300人");
    assert_eq!(
        EntryDraft::from_entry(&entry)
            .build(EntryId::new("e1"), &PLAN)
            .unwrap(),
        entry
    );
    // Editing the date, amount, place or note keeps what the form does not show:
    // people reached, photos, fields of a newer version.
    let mut counted = entry.clone();
    counted.attendance = Some(120);
    counted.photos = vec![jihua::model::PhotoId::new("ph1")];
    counted
        .extra
        .insert("receipt".into(), serde_json::Value::Bool(true));
    let mut edit = EntryDraft::from_entry(&counted);
    edit.amount = "2".into();
    let edited = edit.build(EntryId::new("e1"), &PLAN).unwrap();
    assert_eq!(edited.amount, 2.0);
    assert_eq!(edited.attendance, Some(120));
    assert_eq!(edited.photos, counted.photos);
    assert_eq!(edited.extra, counted.extra);
    // Dates as people type them; full-width digits.
    for typed in ["2026.7.5", "2026/7/5", "２０２６-０７-０５", " 2026-7-5 "] {
        draft.date = typed.into();
        assert_eq!(
            draft.build(EntryId::new("e"), &PLAN).unwrap().date,
            today,
            "{typed}"
        );
    }
    draft.amount = "２.５".into();
    assert_eq!(draft.build(EntryId::new("e"), &PLAN).unwrap().amount, 2.5);
    // Bad input is explained per field and nothing is built.
    draft.date = "2026-02-30".into();
    draft.amount = "-1".into();
    assert_eq!(
        draft.errors(),
        vec![
            (EntryField::Date, FieldError::Date),
            (EntryField::Amount, FieldError::Quantity)
        ]
    );
    assert!(draft.build(EntryId::new("e"), &PLAN).is_err());
    for bad in ["", "abc", "NaN", "inf", "1e10"] {
        draft.amount = bad.into();
        assert!(
            draft
                .errors()
                .contains(&(EntryField::Amount, FieldError::Quantity)),
            "{bad}"
        );
    }
}

#[test]
fn people_kind_and_lead_of_an_entry_as_typed() {
    use chrono::NaiveDate;
    use jihua::model::EntryId;
    let today = NaiveDate::from_ymd_opt(2026, 7, 5).unwrap();
    let mut draft = EntryDraft::new(today);
    // Left empty: not counted, the activity's kind, no lead.
    let plain = draft.build(EntryId::new("e"), &PLAN).unwrap();
    assert_eq!(
        (
            plain.attendance,
            plain.category.as_deref(),
            plain.lead.as_str()
        ),
        (None, None, "")
    );
    // People as clerks type them.
    for (typed, n) in [
        ("120", 120),
        ("１２０", 120),
        ("约300人", 300),
        ("1,500人次", 1500),
        (" 0 ", 0),
        ("10000000", 10_000_000),
    ] {
        draft.attendance = typed.into();
        assert_eq!(
            draft.build(EntryId::new("e"), &PLAN).unwrap().attendance,
            Some(n),
            "{typed}"
        );
    }
    for bad in ["-1", "12.5", "很多", "10000001", "1e3"] {
        draft.attendance = bad.into();
        assert_eq!(
            draft.errors(),
            vec![(EntryField::Attendance, FieldError::Attendance)],
            "{bad}"
        );
        assert!(draft.build(EntryId::new("e"), &PLAN).is_err(), "{bad}");
    }
    draft.attendance = "120".into();
    draft.category = Some("lecture".into());
    draft.lead = "  王老师 ".into();
    let entry = draft.build(EntryId::new("e"), &PLAN).unwrap();
    assert_eq!(entry.category.as_deref(), Some("lecture"));
    assert_eq!(entry.lead, "王老师");
    // The form shows them again, and an unknown key is not written.
    let again = EntryDraft::from_entry(&entry);
    assert_eq!(again.attendance, "120");
    assert_eq!(again.build(EntryId::new("e"), &PLAN).unwrap(), entry);
    draft.category = Some("no-such-kind".into());
    assert_eq!(
        draft.build(EntryId::new("e"), &PLAN).unwrap().category,
        None
    );
    // A kind of the plan's own is kept; once it is gone (added, then undone) the
    // record counts as its activity's.
    let mut plan = PLAN.clone();
    plan.categories.push(jihua::model::OwnCategory {
        id: "c-1".into(),
        name: "非遗展示".into(),
        unit: String::new(),
        extra: Default::default(),
    });
    draft.category = Some("c-1".into());
    assert_eq!(
        draft
            .build(EntryId::new("e"), &plan)
            .unwrap()
            .category
            .as_deref(),
        Some("c-1")
    );
    assert_eq!(
        draft.build(EntryId::new("e"), &PLAN).unwrap().category,
        None
    );
}

#[test]
fn a_target_for_each_quarter_as_well_as_the_year() {
    use jihua::model::{Comparator, Period};
    use jihua::ui::form::Field;
    let mut draft = ItemDraft::from_item(&item(), 2026);
    draft.has_target = true;
    draft.op = Comparator::AtLeast;
    draft.quantity = "6".into();
    draft.unit = "次".into();
    draft.per_period = Some(Period::Quarter);
    draft.per_quantity = "1".into();
    let built = draft.build(&item()).unwrap();
    assert_eq!(built.target.as_ref().map(|t| t.quantity), Some(6.0));
    let per = built.per_period.clone().expect("per quarter");
    assert_eq!(
        (per.every, per.op, per.quantity, per.unit.as_str()),
        (Period::Quarter, Comparator::AtLeast, 1.0, "次")
    );
    // Shown again as it was.
    let again = ItemDraft::from_item(&built, 2026);
    assert_eq!(
        (again.per_period, again.per_quantity.as_str()),
        (Some(Period::Quarter), "1")
    );
    // Only a monthly target: the whole-time one may be left empty.
    draft.quantity.clear();
    draft.per_period = Some(Period::Month);
    draft.per_quantity = "２".into();
    let monthly = draft.build(&item()).unwrap();
    assert_eq!(monthly.target, None);
    assert_eq!(monthly.per_period.as_ref().map(|p| p.quantity), Some(2.0));
    let shown = ItemDraft::from_item(&monthly, 2026);
    assert!(shown.has_target);
    assert_eq!(shown.unit, "次");
    // A bad quantity of each period is explained; no target at all drops both.
    draft.per_quantity = "很多".into();
    assert_eq!(
        draft.errors(),
        vec![(Field::PerQuantity, FieldError::Quantity)]
    );
    draft.per_quantity = "2".into();
    draft.has_target = false;
    let none = draft.build(&item()).unwrap();
    assert_eq!((none.target, none.per_period), (None, None));
}
