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
    // English strings are not left in Chinese by mistake (units are the exception).
    for (name, e) in &en {
        if *name != "unit_suggestions" && *name != "other_language" {
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
