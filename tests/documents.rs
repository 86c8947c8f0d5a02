//! Documents out: the GB/T 9704 page, the .docx (read back by jihua's own .docx
//! reader, which rebuilds numbers from numbering.xml), the .xlsx parts, the
//! calendar and the CSV. The independent readers (python-docx, openpyxl,
//! icalendar, LibreOffice) check the same files in tests/documents/check.py.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{NaiveDate, NaiveDateTime};
use jihua::documents::doc::{Block, Doc};
use jihua::documents::paper::{
    break_lines, paginate, width, Align, Face, LINES_PER_PAGE, LINE_WIDTH,
};
use jihua::documents::{csv, docx, events, ics, month, plan_doc, stats, tasks, xlsx};
use jihua::model::numbering::Numbering;
use jihua::model::sample::sample_plan;
use jihua::model::{Plan, PlanId, ProgressEntry, When};
use jihua::text::{read, Choices};
use jihua::ui::i18n::{document_words, Lang};
use std::io::Read;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 30).unwrap()
}

fn now() -> NaiveDateTime {
    today().and_hms_opt(9, 30, 0).unwrap()
}

/// The sample plan with progress recorded on its targets: in several months, at
/// its places and without one.
fn plan() -> Plan {
    let mut p = sample_plan(2025);
    let places: Vec<_> = p.places.iter().map(|x| x.id.clone()).collect();
    let mut n = 0;
    for item in p.items.iter_mut().filter(|i| i.target.is_some()) {
        for k in 0..3u32 {
            n += 1;
            item.progress.push(ProgressEntry {
                place: (n % 3 != 0).then(|| places[n as usize % places.len()].clone()),
                note: format!("记录{n}"),
                ..ProgressEntry::new(
                    jihua::model::EntryId::new(format!("e{n}")),
                    NaiveDate::from_ymd_opt(2025, 1 + (n * 5 + k) % 12, 1 + n % 28).unwrap(),
                    f64::from(1 + k),
                )
            });
        }
    }
    p
}

fn unzip(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// Every part parses as XML.
fn well_formed(bytes: &[u8]) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    for k in 0..zip.len() {
        let mut f = zip.by_index(k).unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        let mut r = quick_xml::Reader::from_str(&s);
        r.config_mut().check_end_names = true;
        loop {
            match r.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{}: {e}", f.name()),
            }
        }
    }
}

#[test]
fn lines_keep_to_28_characters_and_chinese_line_breaking() {
    let text = "为深入贯彻落实党的二十大精神，丰富群众精神文化生活，推动公共文化服务高质量发展，结合我镇实际，制定本计划。全年开展“送戏下乡”活动不少于12场（次），覆盖全镇所有行政村。";
    let lines = break_lines(text, LINE_WIDTH, 4);
    assert_eq!(lines.concat(), text);
    for (k, l) in lines.iter().enumerate() {
        let room = if k == 0 { LINE_WIDTH - 4 } else { LINE_WIDTH };
        let w = width(l);
        // A closing mark may hang past the end; nothing else may.
        let last = l.chars().last().unwrap();
        assert!(
            w <= room || "，。、；：？！）》」』”’".contains(last),
            "{l} is {w} wide"
        );
        let first = l.chars().next().unwrap();
        assert!(
            !"，。、；：？！）》」』”’".contains(first),
            "line starts with {first}: {l}"
        );
        assert!(!"（《「『“‘".contains(last), "line ends with {last}: {l}");
    }
    // Latin words and numbers are not split.
    let lines = break_lines(&format!("{}2025年度ABCD", "字".repeat(27)), LINE_WIDTH, 0);
    assert_eq!(lines, vec!["字".repeat(27), "2025年度ABCD".to_owned()]);
}

#[test]
fn pages_hold_22_lines_and_never_end_on_a_heading() {
    let mut p = plan();
    for k in 0..40 {
        let s = &p.sections[k % p.sections.len()].id.clone();
        let mut item = jihua::model::Item::new(
            jihua::model::ItemId::new(format!("x{k}")),
            s.clone(),
            format!("第{k}项补充活动，内容较长，需要换行显示以便检查分页是否正确"),
        );
        item.order = 100 + k as u32;
        p.items.push(item);
    }
    let doc = plan_doc::plan_doc(&p, &document_words(Lang::Zh), today());
    let pages = paginate(&doc);
    assert!(pages.len() > 3, "{} pages", pages.len());
    let all: Vec<&str> = pages
        .iter()
        .flat_map(|p| p.lines.iter().map(|l| l.text.as_str()))
        .collect();
    for t in doc.texts() {
        let joined = all.concat();
        assert!(
            joined.contains(&t.replace(char::is_whitespace, "")) || joined.contains(&t),
            "lost: {t}"
        );
    }
    for (k, page) in pages.iter().enumerate() {
        assert_eq!(page.number, k + 1);
        assert!(page.lines.len() <= LINES_PER_PAGE);
        if k + 1 < pages.len() {
            let last = page.lines.last().unwrap();
            assert!(
                !matches!(last.face, Face::Hei | Face::Kai),
                "page {} ends on a heading: {}",
                k + 1,
                last.text
            );
            assert!(
                !page.lines[0].text.is_empty() || k == 0,
                "page {} starts blank",
                k + 1
            );
        }
    }
    assert_eq!(pages[0].lines[0].face, Face::Title);
    assert_eq!(pages[0].lines[0].align, Align::Center);
}

#[test]
fn the_plan_reads_as_prose() {
    let p = plan();
    let doc = plan_doc::plan_doc(&p, &document_words(Lang::Zh), today());
    assert_eq!(doc.title, p.title);
    let texts = doc.texts();
    for item in &p.items {
        assert!(
            texts.iter().any(|t| t.contains(&item.title)),
            "{}",
            item.title
        );
    }
    // Every activity with a time says it in its sentence, and ends with a stop.
    for b in &doc.blocks {
        if let Block::Numbered { text, .. } = b {
            assert!(text.ends_with('。'), "{text}");
        }
    }
    assert!(
        matches!(doc.blocks.last(), Some(Block::Signature(lines)) if lines[1] == "2025年11月30日")
    );
    let en = plan_doc::plan_doc(&p, &document_words(Lang::En), today());
    assert!(en
        .texts()
        .iter()
        .any(|t| t.contains("Planned for") || t.contains("Led by")));
}

fn read_back(bytes: &[u8], year: i32) -> Plan {
    let blocks = jihua::text::docx::read_docx(bytes).unwrap();
    let reading = read(&blocks);
    let choices = Choices {
        year: reading.year.unwrap_or(year),
        default_section: "工作安排".into(),
        default_title: "导入".into(),
        times: Vec::new(),
    };
    reading
        .outcome(&reading.auto, &choices, PlanId::new("back"))
        .plan
}

#[test]
fn the_docx_reads_back_as_the_same_plan() {
    let p = plan();
    for style in [Numbering::Plan, Numbering::Gbt9704] {
        let mut p = p.clone();
        p.numbering = style;
        let doc = plan_doc::plan_doc(&p, &document_words(Lang::Zh), today());
        let bytes = docx::docx(&doc, style, now()).unwrap();
        well_formed(&bytes);
        let back = read_back(&bytes, p.year);
        assert_eq!(back.title, p.title);
        let titles = |plan: &Plan| {
            let mut v: Vec<String> = plan.sections.iter().map(|s| s.title.clone()).collect();
            v.sort();
            v
        };
        assert_eq!(titles(&back), titles(&p));
        assert_eq!(back.items.len(), p.items.len());
        // The times come back from the prose.
        for item in &p.items {
            let b = back
                .items
                .iter()
                .find(|b| b.title.contains(&item.title))
                .unwrap_or_else(|| panic!("{}", item.title));
            if !matches!(item.when, When::Unscheduled | When::Lunar { .. }) {
                assert_eq!(
                    b.when.span().unwrap(),
                    item.when.span().unwrap(),
                    "{}",
                    item.title
                );
            }
        }
        let numbering = unzip(&bytes, "word/numbering.xml");
        let third = if style == Numbering::Plan {
            "%3、"
        } else {
            "%3."
        };
        assert!(numbering.contains(third));
        let document = unzip(&bytes, "word/document.xml");
        assert!(document
            .contains(r#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#));
        assert!(document.contains(r#"w:linePitch="579""#));
        assert!(document.contains("<w:numPr>"));
    }
}

#[test]
fn the_task_table_has_real_dates_and_every_activity() {
    let p = plan();
    let w = document_words(Lang::Zh);
    let rows = tasks::task_rows(&p, &w);
    assert_eq!(rows.len(), p.items.len());
    assert!(rows.iter().all(|r| r.number > 0));
    let bytes = xlsx::xlsx(&[tasks::task_sheet(&p, &w)], &p.title, now()).unwrap();
    well_formed(&bytes);
    let sheet = unzip(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"state="frozen""#));
    for item in &p.items {
        assert!(
            sheet.contains(&item.title.replace('&', "&amp;")),
            "{}",
            item.title
        );
    }
    // A date is a number with the date style.
    let first = rows.iter().find_map(|r| r.start).unwrap();
    assert!(sheet.contains(&format!(r#"s="2"><v>{}</v>"#, xlsx::serial(first))));
    assert_eq!(
        xlsx::serial(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()),
        45658
    );
    assert_eq!(xlsx::column(0), "A");
    assert_eq!(xlsx::column(26), "AA");
    let text = csv::csv(&tasks::task_table(&p, &w));
    assert!(text.starts_with("\u{feff}序号,章节,工作任务,完成时限"));
    for item in &p.items {
        assert!(text.contains(&item.title), "{}", item.title);
    }
}

#[test]
fn documents_follow_the_interface_language() {
    let p = plan();
    let en = document_words(Lang::En);
    let table = tasks::task_table(&p, &en);
    assert_eq!(table[0][0], "No.");
    assert_eq!(table[0][3], "Time");
    let sheets = stats::stats_sheets(&p, &en);
    assert_eq!(sheets[0].name, "By month");
    let mut p2 = Plan::new(PlanId::new("p"), "Plan", 2025);
    p2.sections.push(jihua::model::Section {
        id: jihua::model::SectionId::new("s"),
        parent: None,
        title: "One".into(),
        order: 0,
        extra: Default::default(),
    });
    let mut it = jihua::model::Item::new(
        jihua::model::ItemId::new("i"),
        jihua::model::SectionId::new("s"),
        "Square dance",
    );
    it.when = When::Month {
        year: 2025,
        month: 7,
    };
    p2.items.push(it);
    let evs = events::plan_events(&p2, &en);
    assert_eq!(evs[0].summary, "(within Jul) Square dance");
}

#[test]
fn statistics_total_by_month_and_place() {
    let p = plan();
    let w = document_words(Lang::Zh);
    let sheets = stats::stats_sheets(&p, &w);
    assert_eq!(sheets.len(), 5);
    let entries: usize = p.items.iter().map(|i| i.progress.len()).sum();
    assert!(entries > 0, "the sample has progress");
    assert_eq!(sheets[2].rows.len(), entries);
    let total: f64 = p
        .items
        .iter()
        .flat_map(|i| i.progress.iter())
        .map(|e| e.amount)
        .sum();
    // The place totals add up to every entry's amount.
    let place_total: f64 = sheets[1]
        .rows
        .iter()
        .filter(|r| r.total)
        .flat_map(|r| r.cells.iter())
        .map(|c| {
            if let xlsx::Cell::Formula(_, v) = c {
                *v
            } else {
                0.0
            }
        })
        .sum();
    assert_eq!(place_total, total);
    let month_total: f64 = sheets[0]
        .rows
        .iter()
        .filter(|r| r.total)
        .map(|r| match r.cells.last() {
            Some(xlsx::Cell::Formula(_, v)) => *v,
            _ => 0.0,
        })
        .sum();
    assert_eq!(month_total, total);
    let bytes = xlsx::xlsx(&sheets, "统计", now()).unwrap();
    well_formed(&bytes);
}

#[test]
fn the_statistics_sheets_list_the_plans_own_kinds_after_the_built_in_ones() {
    let mut p = plan();
    p.categories.push(jihua::model::OwnCategory {
        id: "c-heritage".into(),
        name: "非遗展示".into(),
        unit: "场".into(),
        extra: Default::default(),
    });
    let item = p.items.iter_mut().find(|i| !i.progress.is_empty()).unwrap();
    item.progress[0].category = Some("c-heritage".into());
    let title = item.title.clone();
    let sessions = |sheet: &xlsx::Sheet, row: usize| match sheet.rows[row].cells.get(10) {
        Some(xlsx::Cell::Number(n)) => *n,
        Some(xlsx::Cell::Formula(_, n)) => *n,
        _ => 0.0,
    };
    let w = document_words(Lang::Zh);
    let sheets = stats::stats_sheets(&p, &w);
    // 分类统计: four built-in rows, the plan's own, then the total.
    let kinds = &sheets[3];
    let names: Vec<String> = kinds
        .rows
        .iter()
        .map(|r| match &r.cells[0] {
            xlsx::Cell::Text(t) => t.clone(),
            _ => String::new(),
        })
        .collect();
    assert_eq!(
        names,
        ["展览", "文艺活动", "训练班", "公益讲座", "非遗展示", "合计"]
    );
    assert!(matches!(&kinds.rows[4].cells[1], xlsx::Cell::Text(u) if u == "场"));
    // The year's occasions (column 10) of the new kind: the one record put in it.
    assert_eq!(sessions(kinds, 4), 1.0);
    // 各村分类统计: a column for it too.
    assert_eq!(sheets[4].header[5], "非遗展示（场次）");
    // 完成记录 names it on its record.
    let record = sheets[2]
        .rows
        .iter()
        .find(|r| matches!(&r.cells[1], xlsx::Cell::Text(t) if *t == title))
        .unwrap();
    assert!(record
        .cells
        .iter()
        .any(|c| matches!(c, xlsx::Cell::Text(t) if t == "非遗展示")));
    well_formed(&xlsx::xlsx(&sheets, "统计", now()).unwrap());
}

#[test]
fn calendar_events_end_the_day_after_and_repeat_by_rule() {
    let p = plan();
    let w = document_words(Lang::Zh);
    let evs = events::plan_events(&p, &w);
    for item in &p.items {
        let Ok(Some(span)) = item.when.span() else {
            continue;
        };
        if !item.when.is_fuzzy() && item.repeat.is_none() {
            let e = evs
                .iter()
                .find(|e| e.summary == item.title)
                .unwrap_or_else(|| panic!("{}", item.title));
            assert_eq!((e.start, e.last), (span.start, span.end));
        }
    }
    let text = ics::ics(&evs, &p.title, now(), true);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), evs.len());
    // A fuzzy month is one span titled （7月内）.
    let mut p2 = Plan::new(PlanId::new("p"), "计划", 2025);
    p2.sections.push(jihua::model::Section {
        id: jihua::model::SectionId::new("s"),
        parent: None,
        title: "一".into(),
        order: 0,
        extra: Default::default(),
    });
    let mut it = jihua::model::Item::new(
        jihua::model::ItemId::new("i"),
        jihua::model::SectionId::new("s"),
        "广场舞比赛",
    );
    it.when = When::Month {
        year: 2025,
        month: 7,
    };
    p2.items.push(it.clone());
    it.id = jihua::model::ItemId::new("j");
    it.title = "送戏下乡".into();
    it.when = When::Year { year: 2025 };
    it.repeat = Some(jihua::model::Repeat::Every {
        every: jihua::model::Period::Month,
    });
    p2.items.push(it);
    let evs = events::plan_events(&p2, &w);
    assert_eq!(evs[0].summary, "（7月内）广场舞比赛");
    assert_eq!(
        (evs[0].start.to_string(), evs[0].last.to_string()),
        ("2025-07-01".into(), "2025-07-31".into())
    );
    assert_eq!(evs[1].summary, "（本月内）送戏下乡");
    assert_eq!(evs[1].rrule.as_deref(), Some("FREQ=MONTHLY;UNTIL=20251201"));
    let text = ics::ics(&evs, "计划", now(), false);
    assert!(text.contains("DTSTART;VALUE=DATE:20250701\r\nDTEND;VALUE=DATE:20250801\r\n"));
}

#[test]
fn the_monthly_schedule_lists_the_month_in_order() {
    let p = plan();
    let w = document_words(Lang::Zh);
    let rows = month::month_rows(&p, 2025, 7, &w);
    assert!(!rows.is_empty());
    // Days of the month first, in order; then what spans the month, shortest first.
    let whole = rows
        .iter()
        .position(|r| r.span_days >= 31)
        .unwrap_or(rows.len());
    assert!(rows[..whole].windows(2).all(|r| r[0].first <= r[1].first));
    assert!(rows[whole..]
        .windows(2)
        .all(|r| r[0].span_days <= r[1].span_days));
    assert_eq!(rows[whole].when, "7月");
    assert!(month::month_rows(&p, 2025, 13, &w).is_empty());
}

#[test]
fn a_summary_is_a_doc_too() {
    let d = Doc::from_text("标题\n\n一、甲：乙。\n\n全年共3项。\n");
    assert_eq!(d.title, "标题");
    assert_eq!(d.blocks.len(), 2);
    let bytes = docx::docx(&d, Numbering::Plan, now()).unwrap();
    well_formed(&bytes);
}

/// Writes the sample's documents for tests/documents/check.py:
/// `JIHUA_DOCS_OUT=dir cargo test --test documents -- --ignored write_documents`.
#[test]
#[ignore]
fn write_documents() {
    let dir = std::env::var("JIHUA_DOCS_OUT").expect("JIHUA_DOCS_OUT");
    std::fs::create_dir_all(&dir).unwrap();
    let p = plan();
    let w = document_words(Lang::Zh);
    let doc = plan_doc::plan_doc(&p, &w, today());
    let out = |name: &str, bytes: &[u8]| std::fs::write(format!("{dir}/{name}"), bytes).unwrap();
    out("plan.docx", &docx::docx(&doc, p.numbering, now()).unwrap());
    out(
        "tasks.xlsx",
        &xlsx::xlsx(&[tasks::task_sheet(&p, &w)], &p.title, now()).unwrap(),
    );
    out(
        "stats.xlsx",
        &xlsx::xlsx(&stats::stats_sheets(&p, &w), &p.title, now()).unwrap(),
    );
    out(
        "plan.ics",
        ics::ics(&events::plan_events(&p, &w), &p.title, now(), true).as_bytes(),
    );
    out("tasks.csv", csv::csv(&tasks::task_table(&p, &w)).as_bytes());
    out("plan.json", serde_json::to_string(&p).unwrap().as_bytes());
}
