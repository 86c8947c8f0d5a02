//! Plan files: writing, reading back, file names, limits and merging.

use jihua::file::limits::{MAX_BYTES, MAX_DEPTH};
use jihua::file::{
    backup_file_name, backup_json, document_file_name, merge, plan_file_name, plan_json,
    read_bytes, read_str, FileKind, Problem,
};
use jihua::model::plan::Tombstone;
use jihua::model::sample::sample_plan;
use jihua::model::validate::validate;
use jihua::model::{EntryId, Item, ItemId, Plan, ProgressEntry, SectionId};

const AT: &str = "2026-11-26T08:00:00Z";

#[test]
fn plan_and_backup_files_read_back_unchanged() {
    let plan = sample_plan(2026);
    let file = read_str(&plan_json(&plan, AT)).unwrap();
    assert_eq!(file.kind, FileKind::Plan);
    assert_eq!(file.plans, vec![plan.clone()]);
    assert_eq!(file.exported_at.as_deref(), Some(AT));

    let plans = vec![sample_plan(2026), {
        let mut p = sample_plan(2027);
        p.id = jihua::model::PlanId::new("other");
        p
    }];
    let text = backup_json(&plans, AT);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "jihua-backup");
    // The sample has festival and lunar times, which need version 2.
    assert_eq!(value["version"], 2);
    let file = read_bytes(text.as_bytes()).unwrap();
    assert_eq!(file.kind, FileKind::Backup);
    assert_eq!(file.plans, plans);
}

#[test]
fn unknown_members_survive_a_round_trip() {
    let text = include_str!("fixtures/good/unknown-fields.jihua.json");
    let plan = read_str(text).unwrap().plans.remove(0);
    let again: serde_json::Value = serde_json::from_str(&plan_json(&plan, AT)).unwrap();
    assert_eq!(again["plan"]["x-future-field"]["kept"][1], 2);
    assert_eq!(again["plan"]["items"][0]["x-item-note"], "新版本写的字段");
}

#[test]
fn a_utf8_byte_order_mark_is_accepted_and_a_missing_year_is_filled_in() {
    let text = include_str!("fixtures/good/no-year.jihua.json");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(text.as_bytes());
    let plan = read_bytes(&bytes).unwrap().plans.remove(0);
    assert_eq!(plan.year, 2024);
}

#[test]
fn file_names_are_safe_everywhere() {
    assert_eq!(
        plan_file_name("2024年文化馆工作计划", "计划"),
        "2024年文化馆工作计划.jihua.json"
    );
    assert_eq!(
        plan_file_name("a/b:c*?\"<>|d", "计划"),
        "a_b_c______d.jihua.json"
    );
    assert_eq!(plan_file_name("  ..\n\t ", "计划"), "计划.jihua.json");
    assert_eq!(
        plan_file_name(&"长".repeat(300), "x").chars().count(),
        80 + ".jihua.json".len()
    );
    assert_eq!(
        backup_file_name("2026-11-26"),
        "jihua-备份-2026-11-26.jihua.json"
    );
    // Documents follow the same rule.
    assert_eq!(
        document_file_name("2024年计划", "任务分解表", "xlsx", "计划"),
        "2024年计划-任务分解表.xlsx"
    );
    assert_eq!(document_file_name("a/b", "", "docx", "计划"), "a_b.docx");
    assert_eq!(document_file_name(" . ", "", "ics", "计划"), "计划.ics");
}

#[test]
fn syntax_errors_say_line_and_column() {
    let errors = read_str("{\n  \"format\": \"jihua-plan\",\n  \"version\": 1,,\n}").unwrap_err();
    assert_eq!(errors.errors[0].line_column, Some((3, 16)));
    assert!(matches!(errors.errors[0].problem, Problem::Syntax(_)));
}

#[test]
fn limits_refuse_huge_and_deep_files_before_parsing() {
    let big = vec![b' '; MAX_BYTES + 1];
    let e = read_bytes(&big).unwrap_err();
    assert!(matches!(e.errors[0].problem, Problem::TooLarge { .. }));
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    let e = read_str(&deep).unwrap_err();
    assert_eq!(e.errors[0].problem, Problem::TooDeep { max: MAX_DEPTH });
    assert_eq!(e.errors[0].line_column, Some((1, MAX_DEPTH + 1)));
    // Brackets inside strings do not count.
    let plan = sample_plan(2026);
    let mut text = plan_json(&plan, AT);
    text = text.replacen(
        "\"notes\": \"\"",
        &format!("\"notes\": \"{}\"", "[".repeat(100)),
        1,
    );
    assert!(read_str(&text).is_ok());
}

#[test]
fn a_newer_version_is_refused_and_problems_are_counted_past_the_cap() {
    let e = read_str(r#"{"format":"jihua-plan","version":7,"plan":{}}"#).unwrap_err();
    assert_eq!(
        e.errors[0].problem,
        Problem::NewerVersion {
            found: 7,
            supported: 2
        }
    );
    let items: Vec<String> = (0..150)
        .map(|i| format!(r#"{{"id":"i{i}","section":"s","title":5}}"#))
        .collect();
    let text = format!(
        r#"{{"format":"jihua-plan","version":1,"plan":{{"id":"p","title":"t","year":2024,"sections":[{{"id":"s","title":"x"}}],"items":[{}]}}}}"#,
        items.join(",")
    );
    let e = read_str(&text).unwrap_err();
    assert_eq!(e.errors.len(), 100);
    assert_eq!(e.more, 50);
    assert_eq!(e.errors[99].path.to_string(), "plan.items[99].title");
}

fn stamp(day: u32) -> Option<String> {
    Some(format!("2026-03-{day:02}T08:00:00Z"))
}

fn entry(id: &str, day: u32) -> ProgressEntry {
    ProgressEntry::new(
        EntryId::new(id),
        chrono::NaiveDate::from_ymd_opt(2026, 3, day).unwrap(),
        1.0,
    )
}

#[test]
fn merge_takes_the_newer_item_unites_progress_and_keeps_deletions() {
    let base = sample_plan(2026);
    let (first, second, third) = (
        base.items[0].id.clone(),
        base.items[1].id.clone(),
        base.items[2].id.clone(),
    );
    let mut mine = base.clone();
    let mut theirs = base.clone();
    // Mine: renamed the first item later than they did, recorded one entry on it,
    // deleted the second.
    mine.updated_at = stamp(5);
    let item = mine.items.iter_mut().find(|i| i.id == first).unwrap();
    item.title = "我的标题".into();
    item.updated_at = stamp(4);
    // …in a kind of activity mine added to the plan,
    let kind = |id: &str, name: &str| jihua::model::OwnCategory {
        id: id.into(),
        name: name.into(),
        unit: String::new(),
        extra: Default::default(),
    };
    mine.categories.push(kind("c-mine", "非遗展示"));
    let mut recorded = entry("mine-1", 2);
    recorded.category = Some("c-mine".into());
    item.progress.push(recorded);
    mine.items.retain(|i| i.id != second);
    mine.deleted.push(Tombstone {
        id: second.0.clone(),
        at: "2026-03-03T00:00:00Z".into(),
    });
    // Theirs: renamed the first item earlier, recorded another entry, edited the
    // third, added a new one.
    theirs.updated_at = stamp(6);
    let item = theirs.items.iter_mut().find(|i| i.id == first).unwrap();
    item.title = "他们的标题".into();
    item.updated_at = stamp(2);
    let mut recorded = entry("theirs-1", 3);
    recorded.category = Some("c-theirs".into());
    item.progress.push(recorded);
    theirs.categories.push(kind("c-theirs", "阅读推广"));
    let item = theirs.items.iter_mut().find(|i| i.id == third).unwrap();
    item.notes = "他们的备注".into();
    item.updated_at = stamp(2);
    let mut added = Item::new(
        ItemId::new("new-item"),
        base.sections[0].id.clone(),
        "新活动",
    );
    added.updated_at = stamp(6);
    theirs.items.push(added);

    let merged = merge(&mine, &theirs);
    assert_eq!(merged, merge(&theirs, &mine), "merge is commutative");
    assert!(validate(&merged).is_empty());
    let get = |id: &ItemId| merged.item(id).cloned();
    let first_item = get(&first).unwrap();
    assert_eq!(first_item.title, "我的标题");
    let ids: Vec<&str> = first_item.progress.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"mine-1") && ids.contains(&"theirs-1"));
    // Both added kinds are kept, so both records still count in theirs.
    let kinds: Vec<&str> = merged.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(kinds, ["c-theirs", "c-mine"]);
    assert!(
        get(&second).is_none(),
        "a deletion is not undone by an older copy"
    );
    assert_eq!(get(&third).unwrap().notes, "他们的备注");
    assert!(get(&ItemId::new("new-item")).is_some());
    assert_eq!(merged.updated_at, stamp(6));
    assert_eq!(merge(&merged, &merged), merged);
}

#[test]
fn merge_keeps_a_deleted_section_while_something_in_it_stays() {
    let base = sample_plan(2026);
    let section: SectionId = base.items[0].section.clone();
    let mut mine = base.clone();
    let in_it: Vec<ItemId> = mine
        .items
        .iter()
        .filter(|i| i.section == section)
        .map(|i| i.id.clone())
        .collect();
    mine.items.retain(|i| i.section != section);
    mine.sections.retain(|s| s.id != section);
    mine.deleted.push(Tombstone {
        id: section.0.clone(),
        at: "2026-03-03T00:00:00Z".into(),
    });
    for id in &in_it {
        mine.deleted.push(Tombstone {
            id: id.0.clone(),
            at: "2026-03-03T00:00:00Z".into(),
        });
    }
    let mut theirs = base.clone();
    // They edited one of its items after the deletion.
    let item = theirs.items.iter_mut().find(|i| i.id == in_it[0]).unwrap();
    item.updated_at = stamp(9);
    let merged = merge(&mine, &theirs);
    assert!(validate(&merged).is_empty(), "{:?}", validate(&merged));
    assert!(merged.section(&section).is_some());
    assert_eq!(
        merged.items.iter().filter(|i| i.section == section).count(),
        1
    );
    // Without that edit, the section and its items stay deleted.
    let merged = merge(&mine, &base);
    assert!(merged.section(&section).is_none());
    assert!(merged.items.iter().all(|i| i.section != section));
}

#[test]
fn merging_with_itself_changes_nothing() {
    let plan: Plan = sample_plan(2026);
    assert_eq!(merge(&plan, &plan), plan);
}

/// A plan file whose one activity has one record with `entry` as its JSON.
fn with_entry(entry: &str) -> String {
    format!(
        r#"{{"format":"jihua-plan","version":1,"plan":{{"id":"p","title":"计划","year":2026,
        "sections":[{{"id":"s","title":"一"}}],
        "items":[{{"id":"i","section":"s","title":"送戏下乡","progress":[{entry}]}}]}}}}"#
    )
}

#[test]
fn records_carry_attendance_category_lead_and_photos() {
    let file = read_str(&with_entry(
        r#"{"id":"e","date":"2026-07-01","amount":1,"attendance":120,"category":"performance",
            "lead":"李明","photos":["ph1","ph2"],"signed_receipt":true}"#,
    ))
    .unwrap();
    let e = &file.plans[0].items[0].progress[0];
    assert_eq!(e.attendance, Some(120));
    assert_eq!(e.category.as_deref(), Some("performance"));
    assert_eq!(e.lead, "李明");
    assert_eq!(e.photos.len(), 2);
    // A field of a newer version is kept, and everything survives a round trip.
    assert_eq!(e.extra["signed_receipt"], true);
    let again = read_str(&plan_json(&file.plans[0], AT)).unwrap();
    assert_eq!(again.plans, file.plans);
    // A record without them is as before, and they are left out of the file.
    let old = read_str(&with_entry(r#"{"id":"e","date":"2026-07-01","amount":1}"#)).unwrap();
    let e = &old.plans[0].items[0].progress[0];
    assert_eq!(
        (e.attendance, e.category.as_ref(), e.photos.len()),
        (None, None, 0)
    );
    let text = plan_json(&old.plans[0], AT);
    assert!(!text.contains("attendance") && !text.contains("photos"));
    // null reads as absent.
    assert!(read_str(&with_entry(
        r#"{"id":"e","date":"2026-07-01","amount":1,"attendance":null,"category":null}"#
    ))
    .is_ok());
}

#[test]
fn bad_record_fields_are_refused_with_their_path() {
    for (entry, path) in [
        (r#""attendance":-1"#, "plan.items[0].progress[0].attendance"),
        (
            r#""attendance":1.5"#,
            "plan.items[0].progress[0].attendance",
        ),
        (
            r#""attendance":"多""#,
            "plan.items[0].progress[0].attendance",
        ),
        (
            r#""category":"party""#,
            "plan.items[0].progress[0].category",
        ),
        (r#""photos":"ph1""#, "plan.items[0].progress[0].photos"),
        (r#""photos":[""]"#, "plan.items[0].progress[0].photos[0]"),
    ] {
        let text = with_entry(&format!(
            r#"{{"id":"e","date":"2026-07-01","amount":1,{entry}}}"#
        ));
        let errors = read_str(&text).unwrap_err();
        assert_eq!(errors.errors[0].path.to_string(), path, "{entry}");
    }
}

#[test]
fn a_target_per_period_is_read_written_and_checked() {
    let item = |extra: &str| {
        format!(
            r#"{{"format":"jihua-plan","version":1,"plan":{{"id":"p","title":"计划","year":2026,
            "sections":[{{"id":"s","title":"一"}}],
            "items":[{{"id":"i","section":"s","title":"公益讲座","when":{{"kind":"year","year":2026}},
            "target":{{"op":"at_least","quantity":6,"unit":"次"}}{extra}}}]}}}}"#
        )
    };
    let file = read_str(&item(
        r#","per_period":{"every":"quarter","op":"at_least","quantity":1,"unit":"次"}"#,
    ))
    .unwrap();
    let per = file.plans[0].items[0].per_period.as_ref().unwrap();
    assert_eq!(
        (per.every, per.quantity),
        (jihua::model::Period::Quarter, 1.0)
    );
    assert_eq!(
        read_str(&plan_json(&file.plans[0], AT)).unwrap().plans,
        file.plans
    );
    assert!(read_str(&item("")).unwrap().plans[0].items[0]
        .per_period
        .is_none());
    assert!(!plan_json(&read_str(&item("")).unwrap().plans[0], AT).contains("per_period"));
    for (bad, path) in [
        (
            r#","per_period":{"every":"year","op":"at_least","quantity":1}"#,
            "plan.items[0].per_period.every",
        ),
        (
            r#","per_period":{"every":"month","op":"at_least","quantity":-1}"#,
            "plan.items[0].per_period.quantity",
        ),
        (
            r#","per_period":{"every":"month","quantity":1}"#,
            "plan.items[0].per_period.op",
        ),
        (r#","per_period":3"#, "plan.items[0].per_period"),
    ] {
        let errors = read_str(&item(bad)).unwrap_err();
        assert_eq!(errors.errors[0].path.to_string(), path, "{bad}");
    }
}
