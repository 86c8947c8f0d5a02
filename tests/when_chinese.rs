//! Festival and lunar times (file version 2): their spans, how they read, copying
//! to next year, moving them, the form's picker, and the file version they need.

// Host only: proptest is not built for the browser.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Duration, NaiveDate};
use jihua::almanac::{lunar, Festival};
use jihua::file::{plan_json, read_str, version_for};
use jihua::model::copy::copy_to_year;
use jihua::model::sample::sample_plan;
use jihua::model::when::{WhenError, CHINESE_YEARS};
use jihua::model::{PlanId, When};
use jihua::ui::form::{Around, FieldError, WhenDraft, WhenKind};
use jihua::ui::i18n::{when_label, Lang};
use proptest::prelude::*;

mod strategies;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn festival(year: i32, festival: Festival, from: i32, to: i32) -> When {
    When::Festival {
        year,
        festival,
        from,
        to,
    }
}

fn lunar_when(year: i32, month: u32, day: u32, leap: bool) -> When {
    When::Lunar {
        year,
        month,
        day,
        leap,
    }
}

fn span(w: &When) -> (NaiveDate, NaiveDate) {
    let s = w.span().unwrap().unwrap();
    (s.start, s.end)
}

#[test]
fn festival_and_lunar_spans() {
    let lantern = festival(2026, Festival::Lantern, 0, 0);
    assert_eq!(span(&lantern), (d(2026, 3, 3), d(2026, 3, 3)));
    let around_spring = festival(2026, Festival::Spring, -3, 3);
    assert_eq!(span(&around_spring), (d(2026, 2, 14), d(2026, 2, 20)));
    assert_eq!(
        span(&lunar_when(2027, 1, 15, false)),
        (d(2027, 2, 20), d(2027, 2, 20))
    );
    // 腊月廿三 of lunar 2026 falls in January 2027.
    assert_eq!(span(&lunar_when(2026, 12, 23, false)).0, d(2027, 1, 30));
    // The leap eleventh month of 2033.
    assert_eq!(lunar::leap_month(2033), Some(11));
    assert_eq!(
        span(&lunar_when(2033, 11, 1, true)),
        (d(2033, 12, 22), d(2033, 12, 22))
    );
    assert!(!lantern.is_fuzzy());
    assert!(lantern.needs_version_2());
    assert_eq!(
        lunar_when(2026, 4, 1, true).validate(),
        Err(WhenError::NoLunarDay {
            year: 2026,
            month: 4,
            day: 1,
            leap: true
        })
    );
    assert_eq!(
        festival(2026, Festival::Spring, 3, -3).validate(),
        Err(WhenError::Offsets { from: 3, to: -3 })
    );
    assert_eq!(
        festival(2101, Festival::Spring, 0, 0).validate(),
        Err(WhenError::ChineseYear(2101))
    );
    assert_eq!(
        lunar_when(2026, 13, 1, false).validate(),
        Err(WhenError::NoLunarDay {
            year: 2026,
            month: 13,
            day: 1,
            leap: false
        })
    );
}

#[test]
fn copy_to_next_year_keeps_the_anchor() {
    let mut plan = sample_plan(2026);
    plan.items[0].when = festival(2026, Festival::Lantern, 0, 0);
    plan.items[1].when = lunar_when(2026, 1, 15, false);
    plan.items[2].when = festival(2026, Festival::Spring, -3, 3);
    let copy = copy_to_year(&plan, PlanId::new("next"), 1, "2026-12-01T00:00:00Z");
    assert_eq!(copy.items[0].when, festival(2027, Festival::Lantern, 0, 0));
    assert_eq!(span(&copy.items[0].when).0, d(2027, 2, 20));
    assert_eq!(span(&copy.items[1].when).0, d(2027, 2, 20));
    assert_eq!(span(&copy.items[2].when), (d(2027, 2, 3), d(2027, 2, 9)));
    // Not last year's date moved by a year.
    assert_ne!(span(&copy.items[0].when).0, d(2027, 3, 3));
    // A leap month the next year lacks becomes the ordinary month; 三十 of a month
    // of 29 days becomes 廿九.
    let leap = lunar_when(2025, 6, 10, true);
    assert_eq!(leap.validate(), Ok(()));
    assert_eq!(leap.shifted_years(1), lunar_when(2026, 6, 10, false));
    let thirtieth = (2020..2030)
        .find_map(|y| {
            let days_now = lunar::month_days(y, 12, false)?;
            let days_next = lunar::month_days(y + 1, 12, false)?;
            (days_now == 30 && days_next == 29).then_some(y)
        })
        .unwrap();
    let shifted = lunar_when(thirtieth, 12, 30, false).shifted_years(1);
    assert_eq!(shifted, lunar_when(thirtieth + 1, 12, 29, false));
    assert_eq!(shifted.validate(), Ok(()));
}

#[test]
fn labels_say_the_festival_and_its_days() {
    let zh = |w: &When, y: i32| when_label(Lang::Zh, w, y);
    let en = |w: &When, y: i32| when_label(Lang::En, w, y);
    let lantern = festival(2027, Festival::Lantern, 0, 0);
    assert_eq!(zh(&lantern, 2027), "元宵节（2月20日）");
    assert_eq!(en(&lantern, 2027), "Lantern Festival (20 Feb)");
    assert_eq!(zh(&lantern, 2026), "2027年元宵节（2月20日）");
    let spring = festival(2026, Festival::Spring, -3, 3);
    assert_eq!(zh(&spring, 2026), "春节前后各三天（2月14日–20日）");
    assert_eq!(en(&spring, 2026), "Spring Festival ±3 days (14 Feb–20 Feb)");
    let mid = festival(2026, Festival::MidAutumn, 0, 2);
    assert_eq!(
        zh(&mid, 2026),
        "中秋节及后两天（9月25日–27日）".replace('两', "二")
    );
    assert_eq!(
        zh(&festival(2026, Festival::NationalDay, -7, -1), 2026),
        "国庆节前七天至前一天（9月24日–30日）"
    );
    assert_eq!(
        zh(&lunar_when(2026, 1, 15, false), 2026),
        "农历正月十五（3月3日）"
    );
    assert_eq!(
        zh(&lunar_when(2026, 12, 23, false), 2026),
        "农历腊月廿三（2027年1月30日）"
    );
    assert_eq!(
        en(&lunar_when(2033, 11, 1, true), 2033),
        "Lunar leap 11/1 (22 Dec)"
    );
}

#[test]
fn moving_keeps_the_anchor() {
    let lantern = festival(2026, Festival::Lantern, 0, 0);
    assert_eq!(
        lantern.anchored_shift(2),
        Some(festival(2026, Festival::Lantern, 2, 2))
    );
    assert_eq!(
        lantern.anchored_with_end(d(2026, 3, 5)),
        Some(festival(2026, Festival::Lantern, 0, 2))
    );
    assert_eq!(lantern.anchored_with_end(d(2026, 3, 1)), None);
    // 正月十五 two days on is 正月十七; 腊月三十 of 2025 a day on is 正月初一 of 2026.
    assert_eq!(
        lunar_when(2026, 1, 15, false).anchored_shift(2),
        Some(lunar_when(2026, 1, 17, false))
    );
    let eve = lunar::lunar_of(d(2026, 2, 16)).unwrap();
    let eve = lunar_when(eve.year, u32::from(eve.month), u32::from(eve.day), eve.leap);
    assert_eq!(eve.anchored_shift(1), Some(lunar_when(2026, 1, 1, false)));
    let moved = jihua::calendar::moves::moved(&lantern, d(2026, 3, 3), d(2026, 3, 6));
    assert_eq!(moved, Some(festival(2026, Festival::Lantern, 3, 3)));
}

#[test]
fn the_picker_speaks_plain_chinese_and_round_trips() {
    for when in [
        festival(2026, Festival::Lantern, 0, 0),
        festival(2026, Festival::Spring, -3, 3),
        festival(2026, Festival::MidAutumn, -2, 0),
        festival(2026, Festival::NationalDay, 0, 6),
        festival(2026, Festival::Qingming, 2, 5),
        lunar_when(2026, 1, 15, false),
        lunar_when(2025, 6, 10, true),
    ] {
        let draft = WhenDraft::from_when(&when, 2026);
        assert_eq!(draft.parse(), Ok(when.clone()), "{when:?}");
    }
    let mut draft = WhenDraft::from_when(&festival(2026, Festival::Spring, -3, 3), 2026);
    assert_eq!(draft.kind, WhenKind::Festival);
    assert_eq!(draft.around, Around::Both);
    assert_eq!(draft.around_days, "3");
    draft.around_days = "三".into();
    assert_eq!(draft.parse(), Err(FieldError::Offsets));
    draft.around_days = "３".into();
    assert!(draft.parse().is_ok());
    draft.year = "2150".into();
    assert_eq!(draft.parse(), Err(FieldError::ChineseYear));
    let mut draft = WhenDraft::from_when(&lunar_when(2026, 4, 1, false), 2026);
    draft.leap = true;
    assert_eq!(draft.parse(), Err(FieldError::LunarDay));
}

#[test]
fn export_writes_the_lowest_version_that_holds_the_plan() {
    let mut plan = sample_plan(2026);
    assert_eq!(version_for(std::slice::from_ref(&plan)), 2);
    for item in &mut plan.items {
        if item.when.needs_version_2() {
            item.when = When::Year { year: 2026 };
        }
    }
    assert_eq!(version_for(std::slice::from_ref(&plan)), 1);
    let text = plan_json(&plan, "2026-11-30T08:00:00Z");
    assert!(text.contains("\"version\": 1"));
    let mut v2 = plan.clone();
    v2.items[0].when = festival(2026, Festival::Lantern, 0, 0);
    let text = plan_json(&v2, "2026-11-30T08:00:00Z");
    assert!(text.contains("\"version\": 2"));
    assert!(text.contains("\"festival\": \"lantern\""));
    assert_eq!(read_str(&text).unwrap().plans, vec![v2]);
    // A version 1 file still imports.
    let v1 = include_str!("fixtures/good/minimal-plan.jihua.json");
    assert!(v1.contains("\"version\": 1"));
    assert!(read_str(v1).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every festival or lunar time resolves to a span in its year, widened only by
    /// the days its offsets reach (and 腊八, which can fall in the December before).
    #[test]
    fn chinese_times_resolve_within_their_year(when in strategies::chinese_when()) {
        let (start, end) = span(&when);
        prop_assert!(start <= end);
        match when {
            When::Festival { year, festival, from, to } => {
                prop_assert!(CHINESE_YEARS.contains(&year));
                let day = start - Duration::days(i64::from(from));
                prop_assert_eq!(end - Duration::days(i64::from(to)), day);
                if festival == Festival::Laba {
                    prop_assert!(day >= d(year - 1, 12, 29) && day.year() <= year);
                } else {
                    prop_assert_eq!(day.year(), year);
                }
            }
            When::Lunar { year, .. } => {
                prop_assert_eq!(start, end);
                let first = lunar::new_year(year).unwrap();
                prop_assert!(start >= first);
                prop_assert!(start < first + Duration::days(385));
                prop_assert_eq!(lunar::lunar_of(start).map(|l| l.year), Some(year));
            }
            _ => unreachable!(),
        }
        // Next year's copy still resolves.
        prop_assert!(when.shifted_years(1).validate().is_ok() || !CHINESE_YEARS.contains(&(when_year(&when) + 1)));
    }

    /// A plan with festival and lunar times survives a file round trip.
    #[test]
    fn chinese_times_survive_a_file_round_trip(when in strategies::chinese_when()) {
        let mut plan = sample_plan(2026);
        plan.items[0].when = when.clone();
        let text = plan_json(&plan, "2026-11-30T08:00:00Z");
        prop_assert!(text.contains("\"version\": 2"));
        let back = read_str(&text).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(&back.plans[0].items[0].when, &when);
    }
}

fn when_year(when: &When) -> i32 {
    match *when {
        When::Festival { year, .. } | When::Lunar { year, .. } => year,
        _ => 0,
    }
}
