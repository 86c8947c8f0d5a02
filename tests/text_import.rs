//! Plans in from text: the five seed plans and a township plan, each annotated by
//! hand in `tests/fixtures/text/*.expected.json` (section, time, departments and
//! target of every activity); the reader must get at least 95% of the activities
//! entirely right, and every line must end up somewhere.

#![cfg(not(target_arch = "wasm32"))]

use jihua::almanac::Festival;
use jihua::model::{Plan, PlanId, When};
use jihua::text::{read_text, Choices, Role};
use serde_json::{json, Value};

/// The plans annotated by hand in `tests/fixtures/text/*.expected.json`.
const ANNOTATED: [&str; 6] = [
    "seed-1",
    "seed-2",
    "seed-3",
    "seed-4",
    "seed-5",
    "township-2025",
];

fn choices(year: i32) -> Choices {
    Choices {
        year,
        default_section: "工作安排".into(),
        default_title: "导入的计划".into(),
        times: Vec::new(),
    }
}

fn fixture(name: &str) -> (String, Value) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/text/");
    let text = std::fs::read_to_string(format!("{dir}{name}.txt")).unwrap();
    let expected = std::fs::read_to_string(format!("{dir}{name}.expected.json")).unwrap();
    (text, serde_json::from_str(&expected).unwrap())
}

/// What is compared of one activity.
fn summary(plan: &Plan, k: usize) -> Value {
    let it = &plan.items[k];
    let section = plan
        .sections
        .iter()
        .find(|s| s.id == it.section)
        .map(|s| s.title.clone());
    let deps: Vec<String> = it
        .departments
        .iter()
        .filter_map(|d| plan.department(d))
        .map(|d| d.name.clone())
        .collect();
    json!({
        "section": section,
        "when": it.when,
        "departments": deps,
        "target": it.target,
    })
}

fn expected_summary(e: &Value) -> Value {
    json!({
        "section": e["section"],
        "when": e["when"],
        "departments": e["departments"],
        "target": e["target"],
    })
}

#[test]
fn at_least_95_percent_of_activities_are_right() {
    let (mut right, mut total) = (0, 0);
    let mut wrong = Vec::new();
    for name in ANNOTATED {
        let (text, expected) = fixture(name);
        let reading = read_text(&text);
        let year = reading
            .year
            .unwrap_or(expected["year"].as_i64().unwrap() as i32);
        let outcome = reading.outcome(&reading.auto, &choices(year), PlanId::new("p"));
        let plan = &outcome.plan;
        if let Some(title) = expected["title"].as_str() {
            assert_eq!(plan.title, title, "{name}");
        }
        let want = expected["items"].as_array().unwrap();
        // Each expected activity is looked for by its title.
        for e in want {
            total += 1;
            let title = e["title"].as_str().unwrap();
            let found = plan.items.iter().position(|it| it.title == title);
            match found {
                Some(k) if summary(plan, k) == expected_summary(e) => right += 1,
                Some(k) => wrong.push(format!(
                    "{name}: {title}\n  got  {}\n  want {}",
                    summary(plan, k),
                    expected_summary(e)
                )),
                None => wrong.push(format!("{name}: no activity titled {title}")),
            }
        }
        // And nothing more was made of the text than the annotation says.
        assert_eq!(plan.items.len(), want.len(), "{name}: activities");
    }
    let share = f64::from(right) / f64::from(total);
    assert!(
        share >= 0.95,
        "{right}/{total} right:\n{}",
        wrong.join("\n")
    );
    assert!(total >= 50, "the fixtures hold {total} activities");
}

#[test]
fn every_line_ends_up_somewhere() {
    for name in ANNOTATED {
        let (text, _) = fixture(name);
        let reading = read_text(&text);
        let outcome = reading.outcome(&reading.auto, &choices(2024), PlanId::new("p"));
        let nonempty = text.lines().filter(|l| !l.trim().is_empty()).count();
        // Lines are joined (a field block over two lines) or split (run-in points),
        // never lost: every non-empty source line's text is in some line.
        for src in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let head: String = src.chars().take(8).collect();
            assert!(
                reading.lines.iter().any(|l| l.text.contains(&head)),
                "{name}: {src}"
            );
        }
        assert!(reading.lines.len() + 2 >= nonempty / 2);
        let unused = outcome.roles.iter().filter(|r| **r == Role::Unused).count();
        assert_eq!(outcome.unused, unused);
    }
}

#[test]
fn a_changed_role_changes_the_plan() {
    let (text, _) = fixture("township-2025");
    let reading = read_text(&text);
    let before = reading.outcome(&reading.auto, &choices(2025), PlanId::new("p"));
    // The notes line under the dance contest becomes an activity of its own.
    let k = reading
        .lines
        .iter()
        .position(|l| l.text.starts_with("比赛设"))
        .unwrap();
    assert_eq!(reading.auto[k], Role::Notes);
    let mut roles = reading.auto.clone();
    roles[k] = Role::Item;
    let after = reading.outcome(&roles, &choices(2025), PlanId::new("p"));
    assert_eq!(after.plan.items.len(), before.plan.items.len() + 1);
    let contest = after
        .plan
        .items
        .iter()
        .find(|i| i.title.contains("广场舞大赛"))
        .unwrap();
    assert!(contest.notes.is_empty());
    // A heading made an activity: its activities move to the section above.
    let h = reading
        .lines
        .iter()
        .position(|l| l.text.contains("队伍建设"))
        .unwrap();
    roles[h] = Role::Item;
    let flat = reading.outcome(&roles, &choices(2025), PlanId::new("p"));
    assert!(!flat.plan.sections.iter().any(|s| s.title == "队伍建设"));
}

/// A county centre's 工作要点 in another house style: 第一部分 over 一、 over 1．,
/// the year in Chinese digits, labelled fields without brackets, deadlines.
#[test]
fn another_house_style() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/text/county-2025-points.txt"
    ))
    .unwrap();
    let reading = read_text(&text);
    assert_eq!(reading.year, Some(2025), "二〇二五年 in the title");
    let o = reading.outcome(&reading.auto, &choices(2025), PlanId::new("p"));
    let plan = &o.plan;
    let sections: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        sections,
        [
            "群众文化活动",
            "开展“我们的节日”系列活动",
            "送文化下乡",
            "非遗保护传承",
            "保障措施"
        ]
    );
    assert_eq!(plan.items.len(), 10);
    let item = |title: &str| {
        plan.items
            .iter()
            .find(|i| i.title.starts_with(title))
            .unwrap()
    };
    // "三、10月中下旬": the label's number is not a month.
    let week = item("10月中下旬举办非遗展演周");
    assert_eq!(
        week.when,
        When::Range {
            start: date(2025, 10, 11),
            end: date(2025, 10, 31)
        }
    );
    // A deadline in brackets, and one in a labelled field.
    assert!(item("完成第六批县级非遗").milestone);
    let tour = item("全年送戏下乡60场");
    assert_eq!(
        tour.when,
        When::Date {
            date: date(2025, 11, 30)
        }
    );
    assert!(tour.milestone);
    let names: Vec<&str> = tour
        .departments
        .iter()
        .filter_map(|d| plan.department(d))
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(names, ["文艺辅导股"]);
    assert_eq!(
        item("“七一”前夕").when,
        When::Festival {
            year: 2025,
            festival: Festival::PartyDay,
            from: -3,
            to: -1
        }
    );
    assert_eq!(
        item("每季度开展一次").target.as_ref().map(|t| t.quantity),
        Some(4.0)
    );
}

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A Word or Excel table copied as plain text: cells separated by tabs.
#[test]
fn a_table_copied_as_text() {
    let text = "东风乡2026年文化工作安排\n月份\t工作内容\t责任科室\t备注\n3月\t举办三八妇女节文艺汇演\t文化站\t\n7-8月\t少儿暑期培训班\t文化站、团委\t每周二、四上课\n";
    let reading = read_text(text);
    assert_eq!(reading.year, Some(2026));
    let o = reading.outcome(&reading.auto, &choices(2026), PlanId::new("p"));
    let titles: Vec<&str> = o.plan.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["举办三八妇女节文艺汇演", "少儿暑期培训班"]);
    assert_eq!(
        o.plan.items[1].when,
        When::Months {
            year: 2026,
            from: 7,
            to: 8
        }
    );
    assert_eq!(o.plan.items[1].departments.len(), 2);
    assert!(o.plan.items[1].notes.contains("每周二、四上课"));
}

#[test]
fn targets_for_each_period() {
    use jihua::model::{Comparator, Period};
    let text = "2026年文化站工作计划\n一、文化活动\n1.开展公益讲座，每季度不少于1次，全年不少于6次。\n2.广场舞培训，每月至少开展2场。\n3.送戏下乡不少于12场。\n4.读书分享会每月2次。\n";
    let reading = read_text(text);
    let o = reading.outcome(&reading.auto, &choices(2026), PlanId::new("p"));
    let items = &o.plan.items;
    assert_eq!(items.len(), 4, "{items:#?}");
    // Two targets: one a quarter, six in the year.
    let pp = items[0].per_period.as_ref().expect("per quarter");
    assert_eq!(
        (pp.every, pp.op, pp.quantity, pp.unit.as_str()),
        (Period::Quarter, Comparator::AtLeast, 1.0, "次")
    );
    let whole = items[0].target.as_ref().expect("whole year");
    assert_eq!((whole.quantity, whole.unit.as_str()), (6.0, "次"));
    // Only a monthly one: no whole-time target is made up from it.
    let pp = items[1].per_period.as_ref().expect("per month");
    assert_eq!(
        (pp.every, pp.quantity, pp.unit.as_str()),
        (Period::Month, 2.0, "场")
    );
    assert_eq!(items[1].target, None);
    // A whole-time target alone, and a bare count that is a repeat.
    assert_eq!(items[2].per_period, None);
    assert_eq!(items[2].target.as_ref().map(|t| t.quantity), Some(12.0));
    assert_eq!(items[3].per_period, None);
}
