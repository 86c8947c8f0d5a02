//! Chinese numbering and the outline view-model.

use jihua::model::numbering::{chinese_numeral, heading_number, Numbering};
use jihua::model::outline::{outline, RowKind};
use jihua::model::plan::{Item, Plan, Section};
use jihua::model::{ItemId, PlanId, SectionId};

#[test]
fn numerals() {
    let cases = [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (12, "十二"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (1000, "一千"),
        (1005, "一千零五"),
        (2024, "二千零二十四"),
        (0, "零"),
    ];
    for (n, want) in cases {
        assert_eq!(chinese_numeral(n), want, "{n}");
    }
    assert_eq!(chinese_numeral(12345), "12345");
}

#[test]
fn heading_levels() {
    let plan = Numbering::Plan;
    assert_eq!(heading_number(0, 1, plan), "一、");
    assert_eq!(heading_number(0, 12, plan), "十二、");
    assert_eq!(heading_number(1, 3, plan), "（三）");
    assert_eq!(heading_number(2, 3, plan), "3、");
    assert_eq!(heading_number(3, 2, plan), "（2）");
    assert_eq!(heading_number(7, 2, plan), "（2）");
}

#[test]
fn gbt_9704_numbers_the_third_level_with_a_full_stop() {
    let gbt = Numbering::Gbt9704;
    assert_eq!(heading_number(0, 2, gbt), "二、");
    assert_eq!(heading_number(1, 2, gbt), "（二）");
    assert_eq!(heading_number(2, 2, gbt), "2.");
    assert_eq!(heading_number(3, 2, gbt), "（2）");
}

#[test]
fn the_style_is_a_property_of_the_plan_left_out_of_files_by_default() {
    let mut p = Plan::new(PlanId::new("p"), "计划", 2025);
    let json = serde_json::to_value(&p).unwrap();
    assert!(json.get("numbering").is_none());
    p.numbering = Numbering::Gbt9704;
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(json["numbering"], "gbt9704");
    let back: Plan = serde_json::from_value(json).unwrap();
    assert_eq!(back.numbering, Numbering::Gbt9704);
}

fn section(id: &str, parent: Option<&str>, order: u32) -> Section {
    Section {
        id: SectionId::new(id),
        parent: parent.map(SectionId::new),
        title: id.to_owned(),
        order,
        extra: Default::default(),
    }
}

#[test]
fn outline_order_depth_and_numbers() {
    let mut plan = Plan::new(PlanId::new("p"), "t", 2024);
    // Stored out of order on purpose: the outline sorts by `order`.
    plan.sections = vec![
        section("b", None, 1),
        section("a", None, 0),
        section("a2", Some("a"), 1),
        section("a1", Some("a"), 0),
    ];
    let mut item = |id: &str, sec: &str, order| {
        let mut i = Item::new(ItemId::new(id), SectionId::new(sec), id);
        i.order = order;
        plan.items.push(i);
    };
    item("x2", "a1", 1);
    item("x1", "a1", 0);
    item("y1", "b", 0);
    let rows = outline(&plan);
    let shown: Vec<(String, usize, &str)> = rows
        .iter()
        .map(|r| {
            let id = match &r.kind {
                RowKind::Section(s) => s.0.clone(),
                RowKind::Item { id, .. } => id.0.clone(),
            };
            (id, r.depth, r.number.as_str())
        })
        .collect();
    let want = [
        ("a", 0, "一、"),
        ("a1", 1, "（一）"),
        ("x1", 2, "1、"),
        ("x2", 2, "2、"),
        ("a2", 1, "（二）"),
        ("b", 0, "二、"),
        ("y1", 1, "1、"),
    ];
    let want: Vec<(String, usize, &str)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), *b, *c))
        .collect();
    assert_eq!(shown, want);
}

#[test]
fn outline_survives_a_section_cycle() {
    let mut plan = Plan::new(PlanId::new("p"), "t", 2024);
    plan.sections = vec![
        section("a", Some("b"), 0),
        section("b", Some("a"), 0),
        section("c", None, 0),
    ];
    let rows = outline(&plan);
    assert_eq!(rows.len(), 1);
}

#[test]
fn section_choices_are_numbered_and_indented() {
    let mut plan = Plan::new(PlanId::new("p"), "t", 2024);
    plan.sections = vec![
        section("a", None, 0),
        section("a1", Some("a"), 0),
        section("b", None, 1),
    ];
    let labels: Vec<String> = jihua::model::outline::section_choices(&plan)
        .into_iter()
        .map(|c| c.label)
        .collect();
    assert_eq!(labels, ["一、a", "\u{3000}（一）a1", "二、b"]);
}
