//! The catalogue is complete in both languages and labels read as the plans do.

use chrono::NaiveDate;
use jihua::model::{Comparator, Period, Repeat, Target, When, Xun};
use jihua::ui::i18n::*;

#[test]
fn every_string_is_present_in_both_languages() {
    let zh = Lang::Zh.t().all();
    let en = Lang::En.t().all();
    assert_eq!(zh.len(), en.len());
    for ((name, z), (_, e)) in zh.iter().zip(&en) {
        assert!(!z.trim().is_empty(), "zh {name} is empty");
        assert!(!e.trim().is_empty(), "en {name} is empty");
    }
    // English strings are not left in Chinese by mistake (units, and the example of
    // a notice, which is Chinese in either language, are the exceptions).
    for (name, e) in &en {
        // The time a plan's text is read in is Chinese, so are its examples.
        if ![
            "unit_suggestions",
            "other_language",
            "holidays_paste_hint",
            "text_time_placeholder",
            "err_text_time",
        ]
        .contains(name)
        {
            assert!(
                !e.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{name}: {e}"
            );
        }
    }
}

#[test]
fn when_labels_in_chinese() {
    let l = |w: When| when_label(Lang::Zh, &w, 2024);
    assert_eq!(
        l(When::Month {
            year: 2024,
            month: 7
        }),
        "7月"
    );
    assert_eq!(
        l(When::Month {
            year: 2025,
            month: 7
        }),
        "2025年7月"
    );
    assert_eq!(
        l(When::Months {
            year: 2024,
            from: 9,
            to: 10
        }),
        "9–10月"
    );
    assert_eq!(
        l(When::Xun {
            year: 2024,
            month: 4,
            xun: Xun::Middle
        }),
        "4月中旬"
    );
    assert_eq!(
        l(When::Quarter {
            year: 2024,
            quarter: 2
        }),
        "第二季度"
    );
    assert_eq!(
        l(When::Half {
            year: 2024,
            half: 1
        }),
        "上半年"
    );
    assert_eq!(l(When::Year { year: 2024 }), "全年");
    assert_eq!(l(When::Unscheduled), "时间未定");
    let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
    assert_eq!(l(When::Date { date: d(9, 3) }), "9月3日");
    assert_eq!(
        l(When::Range {
            start: d(1, 5),
            end: d(1, 20)
        }),
        "1月5日–20日"
    );
    assert_eq!(
        l(When::Range {
            start: d(1, 25),
            end: d(2, 3)
        }),
        "1月25日–2月3日"
    );
}

#[test]
fn when_labels_in_english() {
    let l = |w: When| when_label(Lang::En, &w, 2024);
    assert_eq!(
        l(When::Month {
            year: 2024,
            month: 7
        }),
        "Jul"
    );
    assert_eq!(
        l(When::Months {
            year: 2024,
            from: 9,
            to: 10
        }),
        "Sep–Oct"
    );
    assert_eq!(
        l(When::Xun {
            year: 2024,
            month: 4,
            xun: Xun::Middle
        }),
        "Middle Apr"
    );
    assert_eq!(
        l(When::Quarter {
            year: 2024,
            quarter: 2
        }),
        "Q2"
    );
    assert_eq!(l(When::Year { year: 2024 }), "Whole year");
}

#[test]
fn targets_statuses_and_repeats() {
    let t = Target {
        op: Comparator::AtLeast,
        quantity: 12.0,
        unit: "次".into(),
    };
    assert_eq!(target_label(Lang::Zh, &t), "不少于12次");
    assert_eq!(target_label(Lang::En, &t), "at least 12 次");
    let t = Target {
        op: Comparator::About,
        quantity: 2.5,
        unit: String::new(),
    };
    assert_eq!(target_label(Lang::En, &t), "about 2.5");
    assert_eq!(
        repeat_label(
            Lang::Zh,
            Some(&Repeat::Every {
                every: Period::Week
            })
        ),
        "每周"
    );
    assert_eq!(
        repeat_label(Lang::Zh, Some(&Repeat::Times { times: 2 })),
        "共2次"
    );
    assert_eq!(repeat_label(Lang::En, None), "");
    assert_eq!(new_plan_title(Lang::Zh, 2026), "2026年工作计划");
    assert_eq!(items_count(Lang::En, 1), "1 activity");
    assert_eq!(Lang::from_tag("en-US"), Lang::En);
    assert_eq!(Lang::from_tag("zh-CN"), Lang::Zh);
}

#[test]
fn edit_errors_are_explained_in_both_languages() {
    use jihua::model::{EditError, SectionId};
    let e = EditError::NoSection(SectionId::new("s"));
    assert!(edit_error(Lang::Zh, &e).contains("部分"));
    assert!(edit_error(Lang::En, &e).contains("section"));
    assert_eq!(edit_error(Lang::Zh, &EditError::EmptyTitle), "请填写名称。");
}

#[test]
fn outline_rows_summarise_an_activity() {
    use jihua::model::sample::sample_plan;
    use jihua::ui::summary::item_summary;
    let plan = sample_plan(2026);
    let item = plan
        .items
        .iter()
        .find(|i| i.title == "敦化市农民艺术节")
        .unwrap();
    let s = item_summary(Lang::Zh, &plan, item);
    assert_eq!(s.when, "7月");
    assert!(s.fuzzy);
    assert_eq!(
        s.departments
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["辅导部", "演出部", "舞美部"]
    );
    assert!(s.notes.starts_with("“一村一品”"));
    let tour = plan
        .items
        .iter()
        .find(|i| i.title == "戏曲类送文化下乡")
        .unwrap();
    let s = item_summary(Lang::En, &plan, tour);
    assert_eq!(s.places, "灯明寺、于桥、秦村");
    assert_eq!(s.target.as_deref(), Some("exactly 3 场"));
    assert_eq!(s.when, "First half");
    // A dangling department is left out rather than shown as an id.
    let mut broken = item.clone();
    broken
        .departments
        .push(jihua::model::DepartmentId::new("gone"));
    assert_eq!(item_summary(Lang::Zh, &plan, &broken).departments.len(), 3);
}

#[test]
fn sizes_and_where_the_data_lives() {
    use jihua::storage::Backend;
    assert_eq!(bytes_label(0.0), "0 B");
    assert_eq!(bytes_label(850.0 * 1024.0), "850 KB");
    assert_eq!(bytes_label(1.25 * 1024.0 * 1024.0), "1.2 MB");
    assert_eq!(bytes_label(10.0 * 1024f64.powi(3)), "10 GB");
    let s = storage_summary(
        Lang::Zh,
        Backend::IndexedDb,
        Some(false),
        Some((2048.0, 1024f64.powi(3))),
    );
    assert_eq!(s, "数据保存在这台电脑的这个浏览器里（IndexedDB）。浏览器没有同意长期保存：清理浏览器数据时可能被删除，请定期下载备份。已用 2.0 KB，可用约 1.0 GB。");
    let s = storage_summary(Lang::En, Backend::Memory, None, None);
    assert!(s.starts_with("This browser does not allow saving"));
}

mod file_errors {
    use jihua::file::read_bytes;
    use jihua::ui::i18n::{file_error, Lang};
    use std::path::Path;

    fn first_error(name: &str, lang: Lang) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/bad")
            .join(name);
        let errors = read_bytes(&std::fs::read(path).unwrap())
            .unwrap_err()
            .errors;
        file_error(lang, &errors[0])
    }

    #[test]
    fn problems_are_worded_with_place_field_and_path() {
        assert_eq!(
            first_error("month-13.jihua.json", Lang::Zh),
            "第 1 个活动的时间：月份必须是 1 到 12 之间的整数（plan.items[0].when.month）"
        );
        assert_eq!(
            first_error("month-13.jihua.json", Lang::En),
            "Activity 1, time: month must be a whole number between 1 and 12 (plan.items[0].when.month)"
        );
        assert_eq!(
            first_error("empty-title.jihua.json", Lang::Zh),
            "计划：标题不能为空（plan.title）"
        );
        assert_eq!(
            first_error("dangling-department.jihua.json", Lang::Zh),
            "第 2 个活动：第 1 个负责部门“d9”在文件里找不到（plan.items[1].departments[0]）"
        );
        assert_eq!(
            first_error("backup-duplicate-plans.jihua.json", Lang::Zh),
            "第 2 个计划：编号“p-base”与前面的重复（plans[1].id）"
        );
        assert!(first_error("truncated.jihua.json", Lang::Zh).starts_with("文件不完整，在第 "));
        assert!(first_error("gbk.jihua.json", Lang::Zh).contains("GBK"));
        assert!(first_error("newer-version.jihua.json", Lang::Zh)
            .contains("请先把 jihua 更新到最新版本"));
        assert!(first_error("newer-version.jihua.json", Lang::En).contains("newer jihua"));
    }

    #[test]
    fn every_bad_fixture_has_a_message_in_both_languages() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if !path.to_string_lossy().ends_with(".jihua.json") {
                continue;
            }
            let errors = read_bytes(&std::fs::read(&path).unwrap())
                .unwrap_err()
                .errors;
            for lang in [Lang::Zh, Lang::En] {
                let text = file_error(lang, &errors[0]);
                assert!(text.chars().count() > 8, "{path:?}: {text}");
                assert!(
                    !text.contains("Problem") && !text.contains("JsonType"),
                    "{text}"
                );
            }
        }
    }
}

#[test]
fn timeline_headers_read_as_a_plan_would() {
    use jihua::timeline::HeaderLabel as H;
    let zh = |l, upper| header_label(Lang::Zh, l, upper);
    let en = |l, upper| header_label(Lang::En, l, upper);
    assert_eq!(zh(H::Year(2024), true), "2024年");
    assert_eq!(zh(H::Month(2024, 7), true), "2024年7月");
    assert_eq!(zh(H::Month(2024, 7), false), "7月");
    assert_eq!(zh(H::Week(2024, 3), false), "第3周");
    assert_eq!(zh(H::Quarter(2024, 3), true), "2024年第三季度");
    assert_eq!(zh(H::Day(5, true), false), "5");
    assert_eq!(en(H::Year(2024), true), "2024");
    assert_eq!(en(H::Month(2024, 7), true), "July 2024");
    assert_eq!(en(H::Month(2024, 7), false), "Jul");
    assert_eq!(en(H::Week(2024, 3), false), "W3");
    assert_eq!(en(H::Quarter(2024, 3), true), "Q3 2024");
}

#[test]
fn the_year_end_summary_reads_like_a_report() {
    use jihua::model::{EntryId, ProgressEntry};
    let mut plan = jihua::model::sample::sample_plan(2026);
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let record = |plan: &mut jihua::model::Plan, title: &str, n: usize| {
        let item = plan.items.iter_mut().find(|i| i.title == title).unwrap();
        item.progress = (0..n)
            .map(|k| {
                ProgressEntry::new(
                    EntryId::new(format!("{title}-{k}")),
                    day(3, 1 + (k as u32 % 28)),
                    1.0,
                )
            })
            .collect();
    };
    record(&mut plan, "送戏下乡一百场", 86);
    record(&mut plan, "组织广场文化活动", 14);
    let zh = year_end_summary(Lang::Zh, &plan, day(12, 31));
    assert!(
        zh.starts_with(&format!("{}完成情况（截至12月31日）\n\n", plan.title)),
        "{zh}"
    );
    assert!(zh.contains("送戏下乡一百场86场，完成目标的86%"), "{zh}");
    assert!(zh.contains("组织广场文化活动14次，完成目标的117%"), "{zh}");
    // Paragraphs are numbered as the plan's sections, clauses end with "。".
    assert!(
        zh.lines()
            .any(|l| l.starts_with("四、以“文化大篷车”为载体") && l.ends_with('。')),
        "{zh}"
    );
    // Nothing done yet is said so, with the target.
    assert!(
        zh.contains("戏曲类送文化下乡尚未开展（目标完成3场）"),
        "{zh}"
    );
    let targets = plan.items.iter().filter(|i| i.target.is_some()).count();
    assert!(
        zh.contains(&format!("全年共{targets}项量化目标，已完成1项")),
        "{zh}"
    );
    // Activities without a target are not in it.
    assert!(!zh.contains("党风廉政建设学习"));
    let en = year_end_summary(Lang::En, &plan, day(12, 31));
    assert!(
        en.contains("送戏下乡一百场: 86 场, 86% of the target"),
        "{en}"
    );
    assert!(
        en.contains(&format!("{targets} targets in all, 1 met")),
        "{en}"
    );
    // A plan without targets says so.
    let mut bare = plan.clone();
    for i in &mut bare.items {
        i.target = None;
    }
    assert!(year_end_summary(Lang::Zh, &bare, day(12, 31)).contains("还没有量化目标"));
}

#[test]
fn tallies_and_the_plus_one_notice() {
    assert_eq!(tally_label(63.0, 100.0, "场"), "63/100 场");
    assert_eq!(tally_label(2.5, 12.0, " 次 "), "2.5/12 次");
    assert_eq!(tally_label(0.0, 3.0, ""), "0/3");
    assert_eq!(
        recorded_message(Lang::Zh, "送戏下乡一百场", 1.0, "3/100 场"),
        "已记录：送戏下乡一百场 +1（3/100 场）"
    );
    assert_eq!(
        recorded_message(Lang::En, "Film", 1.0, "3/100 场"),
        "Recorded: Film +1 (3/100 场)"
    );
    assert_eq!(
        recorded_message(Lang::Zh, "培训文艺人才", 45.0, "120/300 人次"),
        "已记录：培训文艺人才 +45（120/300 人次）"
    );
    assert_eq!(
        recorded_message(Lang::Zh, "走访", 2.5, ""),
        "已记录：走访 +2.5"
    );
}

#[test]
fn a_month_chart_in_words() {
    let mut months = [0.0; 12];
    months[2] = 3.0;
    months[3] = 1.5;
    assert_eq!(
        month_chart_label(Lang::Zh, "场", &months),
        "每月完成量（场）：3月 3，4月 1.5"
    );
    assert_eq!(
        month_chart_label(Lang::En, "场", &months),
        "Done each month (场): Mar 3, Apr 1.5"
    );
    assert_eq!(
        month_chart_label(Lang::Zh, "", &[0.0; 12]),
        "每月完成量（无目标的活动）：今年还没有记录。"
    );
}

#[test]
fn groups_are_named_by_section_department_and_place() {
    use jihua::model::sample::sample_plan;
    use jihua::model::GroupBy;
    let plan = sample_plan(2026);
    let section = &plan.sections[0];
    assert_eq!(
        group_name(Lang::Zh, &plan, GroupBy::Section, section.id.as_str()),
        section.title
    );
    let department = &plan.departments[0];
    assert_eq!(
        group_name(Lang::En, &plan, GroupBy::Department, department.id.as_str()),
        department.name
    );
    let place = &plan.places[0];
    assert_eq!(
        group_name(Lang::Zh, &plan, GroupBy::Place, place.id.as_str()),
        place.name
    );
    assert_eq!(
        group_name(Lang::Zh, &plan, GroupBy::Department, ""),
        "未指定部门"
    );
    assert_eq!(group_name(Lang::En, &plan, GroupBy::Place, ""), "No place");
    assert_eq!(
        group_name(Lang::Zh, &plan, GroupBy::Place, "no-such-place"),
        ""
    );
    assert_eq!(group_by_label(Lang::Zh.t(), GroupBy::Section), "按章节");
    assert_eq!(group_by_label(Lang::En.t(), GroupBy::Place), "By place");
}

#[test]
fn the_record_dialog_names_its_activity() {
    assert_eq!(
        record_heading(Lang::Zh, "送戏下乡一百场"),
        "记录完成情况：送戏下乡一百场"
    );
    assert_eq!(
        record_heading(Lang::En, "Film shows"),
        "Record progress: Film shows"
    );
}

#[test]
fn photos_kept_are_counted_in_the_storage_line() {
    use jihua::ui::i18n::{photos_summary, Lang};
    assert_eq!(photos_summary(Lang::Zh, 0, 0.0), "");
    assert_eq!(
        photos_summary(Lang::Zh, 12, 3.1 * 1024.0 * 1024.0),
        "其中照片 12 张，共 3.1 MB。"
    );
    assert_eq!(photos_summary(Lang::En, 1, 2048.0), " Photos: 1, 2.0 KB.");
}
