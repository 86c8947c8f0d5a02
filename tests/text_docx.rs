//! .docx plans: LibreOffice's conversion of a seed, a Word-style document whose
//! headings are numbered by numbering.xml (labels rebuilt), and a table of
//! activities. See tests/fixtures/docx/make.py for how each was made.

#![cfg(not(target_arch = "wasm32"))]

use jihua::model::{Comparator, PlanId, When};
use jihua::text::docx::{read_docx, DocxError};
use jihua::text::{read, read_text, Choices, Outcome, Role};

fn docx(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/docx/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn outcome(bytes: &[u8], year: i32) -> Outcome {
    let blocks = read_docx(bytes).unwrap();
    let reading = read(&blocks);
    let choices = Choices {
        year: reading.year.unwrap_or(year),
        default_section: "工作安排".into(),
        default_title: "导入的计划".into(),
        times: Vec::new(),
    };
    reading.outcome(&reading.auto, &choices, PlanId::new("p"))
}

#[test]
fn libreoffice_docx_reads_like_its_text() {
    let from_docx = outcome(&docx("seed-2-libreoffice.docx"), 2023);
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/text/seed-2.txt"
    ))
    .unwrap();
    let reading = read_text(&text);
    let choices = Choices {
        year: 2023,
        default_section: "工作安排".into(),
        default_title: "导入的计划".into(),
        times: Vec::new(),
    };
    let from_text = reading.outcome(&reading.auto, &choices, PlanId::new("p"));
    assert_eq!(from_docx.plan, from_text.plan);
}

#[test]
fn auto_numbered_headings_get_their_labels_back() {
    let o = outcome(&docx("numbered-word.docx"), 2026);
    let plan = &o.plan;
    assert_eq!(plan.title, "城关镇文化站2026年工作计划");
    assert_eq!(plan.year, 2026);
    let titles: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["节庆活动", "春节文化活动", "端午文化活动", "群众文化"]
    );
    // 一、节庆活动 holds （一）春节文化活动 and （二）端午文化活动.
    assert_eq!(plan.sections[1].parent, Some(plan.sections[0].id.clone()));
    assert_eq!(plan.sections[2].parent, Some(plan.sections[0].id.clone()));
    let items: Vec<&str> = plan.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        items,
        [
            "春节期间举办迎新春文艺演出",
            "元宵节举办灯谜竞猜活动&游园会",
            "端午节前后组织龙舟表演，观众约3000人次",
            "每月举办一期广场文艺晚会，全年不少于12场",
            "7-8月举办少儿暑期培训班",
        ]
    );
    assert_eq!(plan.items[3].section, plan.sections[3].id);
    assert_eq!(
        plan.items[2].target.as_ref().map(|t| t.op),
        Some(Comparator::About)
    );
    assert_eq!(
        plan.items[4].when,
        When::Months {
            year: 2026,
            from: 7,
            to: 8
        }
    );
    // The bullet paragraph has no number: it is not an activity of its own.
    let last = o.roles.last().copied();
    assert_ne!(last, Some(Role::Section));
}

#[test]
fn a_table_of_activities() {
    let o = outcome(&docx("table-libreoffice.docx"), 2026);
    let plan = &o.plan;
    assert_eq!(plan.year, 2026);
    let items: Vec<&str> = plan.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        items,
        [
            "开展“送春联、送福字”进村活动",
            "举办三八妇女节广场舞展演",
            "完成村级文化活动室设备更新",
            "送戏下乡不少于10场",
            "举办农民丰收节文艺汇演",
        ]
    );
    let names = |k: usize| -> Vec<String> {
        plan.items[k]
            .departments
            .iter()
            .filter_map(|d| plan.department(d))
            .map(|d| d.name.clone())
            .collect()
    };
    assert_eq!(names(1), ["文化站", "乡妇联"]);
    assert_eq!(plan.departments.len(), 3, "文化站 is made once");
    assert!(plan.items[2].milestone, "5月底前 is a deadline");
    assert_eq!(
        plan.items[3].target.as_ref().map(|t| t.quantity),
        Some(10.0)
    );
    assert_eq!(
        plan.items[4].when,
        When::Quarter {
            year: 2026,
            quarter: 3
        }
    );
    assert!(plan.items[1].notes.contains("约200人参加"));
    let places: Vec<&str> = plan.places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(places, ["东风村", "红旗村", "乡文化广场"]);
    // The header row is not used.
    assert_eq!(o.roles.iter().filter(|r| **r == Role::Unused).count(), 1);
}

#[test]
fn not_a_docx() {
    assert_eq!(read_docx(b"plain text"), Err(DocxError::NotZip));
    let mut zip = Vec::new();
    {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(&mut zip));
        w.start_file("hello.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(b"hi").unwrap();
        w.finish().unwrap();
    }
    assert_eq!(read_docx(&zip), Err(DocxError::NotWord));
}
