//! Properties of the text import, with proptest:
//! - no text and no bytes as .docx make the reader panic (a panic in wasm kills the
//!   page): arbitrary text, plan-like text, arbitrary bytes, byte-level mutations of
//!   the .docx fixtures, and zips whose document.xml is mutated XML;
//! - the text of a plan (`text::write::plan_text`) reads back to the same plan
//!   structure: sections and their nesting, activities with their section, time,
//!   departments, lead, places and target.
//!
//! The number of cases per property comes from `JIHUA_FUZZ_CASES` (default 2,000 in
//! the suite). The long run, in release mode, about a million inputs:
//! `JIHUA_FUZZ_CASES=200000 cargo test --release --test text_props`.

#![cfg(not(target_arch = "wasm32"))]

use jihua::almanac::Festival;
use jihua::model::{
    Comparator, Department, DepartmentId, Item, ItemId, Place, PlaceId, Plan, PlanId, Section,
    SectionId, Target, When, Xun,
};
use jihua::text::docx::read_docx;
use jihua::text::write::plan_text;
use jihua::text::{read, read_text, Choices};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::io::Write;

fn cases() -> u32 {
    std::env::var("JIHUA_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2_000)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

fn choices(year: i32) -> Choices {
    Choices {
        year,
        default_section: "工作安排".into(),
        default_title: "导入的计划".into(),
        times: Vec::new(),
    }
}

/// Text made of the pieces plans are made of, so the recognisers are exercised deep.
fn plan_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "一、",
        "（一）",
        "(二)",
        "1、",
        "2.",
        "（3）",
        "①",
        "一是",
        "二是",
        "第一部分",
        "第一，",
        "# ",
        "## ",
        "时间：",
        "责任部门：",
        "负责人：",
        "地点：",
        "目标：",
        "（",
        "）",
        "、",
        "，",
        "。",
        "；",
        "\n",
        "\n\n",
        "7月",
        "7-8月",
        "4月中旬",
        "3月8日至12日",
        "5月前",
        "4月底前",
        "全年",
        "上半年",
        "第一季度",
        "年初一至初三",
        "春节期间",
        "元宵节",
        "国庆前后各三天",
        "正月十五",
        "腊月廿三",
        "三月三",
        "每周",
        "每月一期",
        "每年两次",
        "不少于",
        "约",
        "左右",
        "以上",
        "12",
        "一百",
        "两",
        "百",
        "万",
        "场",
        "次",
        "人次",
        "场次",
        "个",
        "等",
        "九个乡镇",
        "村",
        "送",
        "到",
        "举办",
        "开展",
        "此外",
        "20xx年",
        "2024年",
        "□",
        "[]",
        "“",
        "”",
        "0",
        "99999999999",
        "十",
        "廿",
        "初",
        "闰",
        "-",
        "--",
        "—",
        "至",
        "前",
        "后",
        "底",
        "份",
        "日",
        "号",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

#[test]
fn no_text_panics() {
    let mut r = runner();
    let strategy = prop_oneof![plan_like(), "\\PC{0,200}", ".{0,100}"];
    r.run(&strategy, |text| {
        let reading = read_text(&text);
        let o = reading.outcome(&reading.auto, &choices(2024), PlanId::new("p"));
        // Every activity's section exists.
        for it in &o.plan.items {
            prop_assert!(o.plan.sections.iter().any(|s| s.id == it.section));
        }
        prop_assert_eq!(o.roles.len(), reading.lines.len());
        Ok(())
    })
    .unwrap();
}

fn fixtures() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/docx/");
    [
        "seed-2-libreoffice.docx",
        "numbered-word.docx",
        "table-libreoffice.docx",
    ]
    .iter()
    .map(|n| std::fs::read(format!("{dir}{n}")).unwrap())
    .collect()
}

fn read_all(bytes: &[u8]) {
    if let Ok(blocks) = read_docx(bytes) {
        let reading = read(&blocks);
        let _ = reading.outcome(&reading.auto, &choices(2024), PlanId::new("p"));
    }
}

#[test]
fn no_bytes_as_docx_panic() {
    let docs = fixtures();
    let mut r = runner();
    let mutated = (
        0..docs.len(),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    );
    r.run(&mutated, |(k, flips)| {
        let mut bytes = docs[k].clone();
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        read_all(&bytes);
        Ok(())
    })
    .unwrap();
    r.run(&prop::collection::vec(any::<u8>(), 0..600), |bytes| {
        read_all(&bytes);
        Ok(())
    })
    .unwrap();
}

/// A zip with `xml` as word/document.xml (and numbering.xml).
fn docx_with(xml: &str, numbering: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(&mut out));
    let opts = zip::write::SimpleFileOptions::default();
    w.start_file("word/document.xml", opts).unwrap();
    w.write_all(xml.as_bytes()).unwrap();
    w.start_file("word/numbering.xml", opts).unwrap();
    w.write_all(numbering.as_bytes()).unwrap();
    w.finish().unwrap();
    out
}

#[test]
fn no_xml_in_a_docx_panics() {
    let tags = prop::sample::select(vec![
        "<w:p>",
        "</w:p>",
        "<w:r>",
        "</w:r>",
        "<w:t>",
        "</w:t>",
        "<w:tbl>",
        "</w:tbl>",
        "<w:tr>",
        "</w:tr>",
        "<w:tc>",
        "</w:tc>",
        "<w:numPr>",
        "<w:ilvl w:val=\"8\"/>",
        "<w:ilvl w:val=\"99\"/>",
        "<w:numId w:val=\"1\"/>",
        "<w:numId w:val=\"0\"/>",
        "<w:del>",
        "</w:del>",
        "<w:br/>",
        "<w:tab/>",
        "&amp;",
        "&#x1F600;",
        "&#0;",
        "&bogus;",
        "计划",
        "1、",
        "（时间：7月）",
        "<w:pStyle w:val=\"1\"/>",
        "<![CDATA[x]]>",
        "<!-- c -->",
        "<",
        ">",
        "\"",
    ]);
    let numbering = prop::sample::select(vec![
        "",
        "<w:numbering><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"4294967295\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1%9%0%、\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>",
        "<w:numbering><w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"x\"/></w:lvlOverride></w:num></w:numbering>",
        "<w:numbering><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"upperLetter\"/><w:start w:val=\"4000000000\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>",
    ]);
    let mut r = runner();
    r.run(
        &(prop::collection::vec(tags, 0..60), numbering),
        |(parts, numbering)| {
            let xml = format!(
                "<w:document><w:body>{}</w:body></w:document>",
                parts.concat()
            );
            read_all(&docx_with(&xml, numbering));
            Ok(())
        },
    )
    .unwrap();
}

// ----- round trip -----

const WORDS: &[&str] = &[
    "文艺",
    "演出",
    "培训班",
    "广场舞",
    "书画展",
    "非遗展示",
    "读书会",
    "志愿服务",
    "调研",
    "座谈会",
    "戏曲",
    "摄影",
    "群众",
    "合唱",
    "少儿",
    "辅导",
    "队伍",
    "品牌",
    "阵地",
    "数字化",
];
const DEPARTMENTS: &[&str] = &["文化站", "辅导部", "演出部", "办公室", "镇团委", "图书分馆"];
const PLACES: &[&str] = &["东风村", "红旗村", "李家庄", "文化广场"];

fn phrase() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 2..4).prop_map(|w| w.concat())
}

fn when(year: i32) -> impl Strategy<Value = (When, bool)> {
    let day = move |m: u32, d: u32| chrono::NaiveDate::from_ymd_opt(year, m, d.min(28)).unwrap();
    prop_oneof![
        Just((When::Unscheduled, false)),
        (1u32..=12, 1u32..=28, any::<bool>())
            .prop_map(move |(m, d, ms)| (When::Date { date: day(m, d) }, ms)),
        (1u32..=11, 1u32..=28, 0u32..=1, 1u32..=28).prop_map(move |(m, d, more, e)| {
            let end = if more == 0 {
                day(m, d.max(e).max(d + 1).min(28))
            } else {
                day(m + 1, e)
            };
            let start = day(m, d.min(27));
            (
                When::Range {
                    start,
                    end: end.max(start + chrono::Duration::days(1)),
                },
                false,
            )
        }),
        (1u32..=12).prop_map(move |month| (When::Month { year, month }, false)),
        (1u32..=11, 1u32..=11).prop_map(move |(from, span)| (
            When::Months {
                year,
                from,
                to: (from + span).min(12)
            },
            false
        )),
        (1u32..=12, 0usize..3).prop_map(move |(month, x)| (
            When::Xun {
                year,
                month,
                xun: [Xun::Early, Xun::Middle, Xun::Late][x]
            },
            false
        )),
        (1u32..=4).prop_map(move |quarter| (When::Quarter { year, quarter }, false)),
        (1u32..=2).prop_map(move |half| (When::Half { year, half }, false)),
        Just((When::Year { year }, false)),
        (
            prop::sample::select(Festival::ALL.to_vec()),
            0usize..4,
            2i32..7
        )
            .prop_map(move |(festival, shape, n)| {
                let (from, to) = match shape {
                    0 => (0, 0),
                    1 => (-n, -1),
                    2 => (1, n),
                    _ => (-n, n),
                };
                (
                    When::Festival {
                        year,
                        festival,
                        from,
                        to,
                    },
                    false,
                )
            }),
        (1u32..=12, 1u32..=29).prop_map(move |(month, day)| (
            When::Lunar {
                year,
                month,
                day,
                leap: false
            },
            false
        )),
    ]
}

fn target() -> impl Strategy<Value = Option<Target>> {
    prop::option::of(
        (
            0usize..4,
            2u32..500,
            prop::sample::select(vec!["场", "次", "人次", "期"]),
        )
            .prop_map(|(op, q, unit)| Target {
                op: Comparator::ALL[op],
                quantity: f64::from(q),
                unit: unit.to_owned(),
            }),
    )
}

/// Title, time and milestone, target, departments, places and lead of an activity.
type ItemParts = (
    String,
    (When, bool),
    Option<Target>,
    Vec<&'static str>,
    Vec<&'static str>,
    Option<&'static str>,
);

/// A plan of the shape a text can carry: every section holds activities or
/// sections, two levels at most, no notes.
fn plan() -> impl Strategy<Value = Plan> {
    let item = || {
        (
            phrase(),
            when(2025),
            target(),
            prop::sample::subsequence(DEPARTMENTS, 0..3),
            prop::sample::subsequence(PLACES, 0..3),
            prop::option::of(prop::sample::select(vec!["张三", "李丽"])),
        )
    };
    let sub = (phrase(), prop::collection::vec(item(), 1..4));
    let top = (
        phrase(),
        prop::collection::vec(item(), 0..3),
        prop::collection::vec(sub, 0..3),
    )
        .prop_filter("a section holds something", |(_, items, subs)| {
            !items.is_empty() || !subs.is_empty()
        });
    (phrase(), prop::collection::vec(top, 1..4)).prop_map(|(title, tops)| {
        let mut plan = Plan::new(
            PlanId::new("p"),
            format!("青山镇2025年{title}工作计划"),
            2025,
        );
        let add_items = |plan: &mut Plan, section: &SectionId, items: Vec<ItemParts>| {
            for (k, (title, (when, ms), target, deps, places, lead)) in
                items.into_iter().enumerate()
            {
                let mut it = Item::new(
                    ItemId::new(format!("i{}", plan.items.len() + 1)),
                    section.clone(),
                    title,
                );
                it.order = k as u32;
                it.milestone = ms && matches!(when, When::Date { .. });
                it.when = when;
                it.target = target;
                it.lead = lead.unwrap_or_default().to_owned();
                for d in deps {
                    let id = match plan.departments.iter().find(|x| x.name == d) {
                        Some(x) => x.id.clone(),
                        None => {
                            let id = DepartmentId::new(format!("d{}", plan.departments.len() + 1));
                            plan.departments.push(Department {
                                id: id.clone(),
                                name: d.to_owned(),
                                color: String::new(),
                                extra: Default::default(),
                            });
                            id
                        }
                    };
                    it.departments.push(id);
                }
                for p in places {
                    let id = match plan.places.iter().find(|x| x.name == p) {
                        Some(x) => x.id.clone(),
                        None => {
                            let id = PlaceId::new(format!("p{}", plan.places.len() + 1));
                            plan.places.push(Place {
                                id: id.clone(),
                                name: p.to_owned(),
                                kind: String::new(),
                                extra: Default::default(),
                            });
                            id
                        }
                    };
                    it.places.push(id);
                }
                plan.items.push(it);
            }
        };
        for (k, (title, items, subs)) in tops.into_iter().enumerate() {
            let id = SectionId::new(format!("s{}", plan.sections.len() + 1));
            plan.sections.push(Section {
                id: id.clone(),
                parent: None,
                title,
                order: k as u32,
                extra: Default::default(),
            });
            add_items(&mut plan, &id, items);
            for (j, (title, items)) in subs.into_iter().enumerate() {
                let sid = SectionId::new(format!("s{}", plan.sections.len() + 1));
                plan.sections.push(Section {
                    id: sid.clone(),
                    parent: Some(id.clone()),
                    title,
                    order: j as u32,
                    extra: Default::default(),
                });
                add_items(&mut plan, &sid, items);
            }
        }
        plan
    })
}

/// The structure compared: sections as (title, parent title), and activities with
/// everything a text carries, by names rather than ids.
fn structure(plan: &Plan) -> (Vec<(String, Option<String>)>, Vec<String>) {
    let title_of = |id: &SectionId| {
        plan.sections
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.title.clone())
    };
    let sections = plan
        .sections
        .iter()
        .map(|s| (s.title.clone(), s.parent.as_ref().and_then(title_of)))
        .collect();
    let items = plan
        .items
        .iter()
        .map(|it| {
            let deps: Vec<&str> = it
                .departments
                .iter()
                .filter_map(|d| plan.department(d))
                .map(|d| d.name.as_str())
                .collect();
            let places: Vec<&str> = it
                .places
                .iter()
                .filter_map(|d| plan.place(d))
                .map(|d| d.name.as_str())
                .collect();
            format!(
                "{} | {:?} | {:?} | {} | {:?} | {:?} | {:?} | {}",
                it.title,
                title_of(&it.section),
                it.when,
                it.milestone,
                deps,
                places,
                it.target,
                it.lead
            )
        })
        .collect();
    (sections, items)
}

#[test]
fn a_plans_text_reads_back_to_the_same_structure() {
    let mut r = runner();
    r.run(&plan(), |plan| {
        let text = plan_text(&plan);
        let reading = read_text(&text);
        prop_assert_eq!(reading.year, Some(2025));
        let o = reading.outcome(&reading.auto, &choices(2025), PlanId::new("p"));
        prop_assert_eq!(&o.plan.title, &plan.title);
        prop_assert_eq!(structure(&o.plan), structure(&plan), "{}", text);
        Ok(())
    })
    .unwrap();
}
