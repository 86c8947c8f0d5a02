//! The lunar calendar table (src/almanac/lunar.rs) against tyme4rs, day by day
//! over its whole range, and against published dates.

// Host only: tyme4rs is a host dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Duration, NaiveDate};
use jihua::almanac::lunar::{
    day_name, leap_month, lunar_of, month_days, month_name, new_year, solar_of, LunarDate,
    FIRST_YEAR, LAST_YEAR,
};
use tyme4rs::tyme::solar::SolarDay;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn lunar(year: i32, month: u8, leap: bool, day: u8) -> LunarDate {
    LunarDate {
        year,
        month,
        leap,
        day,
    }
}

#[test]
fn every_day_from_1900_to_2100_agrees_with_tyme4rs() {
    let mut day = new_year(FIRST_YEAR).unwrap();
    let end = new_year(LAST_YEAR).unwrap() + Duration::days(383);
    let mut checked = 0;
    while day <= end {
        let theirs = SolarDay::new(
            day.year() as isize,
            day.month() as usize,
            day.day() as usize,
        )
        .unwrap()
        .get_lunar_day();
        let month = theirs.get_lunar_month();
        let want = lunar(
            month.get_year() as i32,
            month.get_month() as u8,
            month.is_leap(),
            theirs.get_day() as u8,
        );
        if want.year > LAST_YEAR {
            break;
        }
        assert_eq!(lunar_of(day), Some(want), "{day}");
        assert_eq!(solar_of(want), Some(day), "{want:?}");
        checked += 1;
        day += Duration::days(1);
    }
    assert!(checked > 73_000, "{checked}");
}

#[test]
fn published_dates() {
    // 春节, 元宵, 端午, 中秋 of 2026 and 2027.
    assert_eq!(solar_of(lunar(2026, 1, false, 1)), Some(date(2026, 2, 17)));
    assert_eq!(solar_of(lunar(2026, 1, false, 15)), Some(date(2026, 3, 3)));
    assert_eq!(solar_of(lunar(2026, 5, false, 5)), Some(date(2026, 6, 19)));
    assert_eq!(solar_of(lunar(2026, 8, false, 15)), Some(date(2026, 9, 25)));
    assert_eq!(solar_of(lunar(2027, 1, false, 1)), Some(date(2027, 2, 6)));
    assert_eq!(solar_of(lunar(2027, 1, false, 15)), Some(date(2027, 2, 20)));
    assert_eq!(solar_of(lunar(2027, 8, false, 15)), Some(date(2027, 9, 15)));
    // 1900: 春节 on 31 January, a leap eighth month.
    assert_eq!(new_year(1900), Some(date(1900, 1, 31)));
    assert_eq!(leap_month(1900), Some(8));
    // 2033: the leap eleventh month (闰冬月), from 22 December.
    assert_eq!(leap_month(2033), Some(11));
    assert_eq!(lunar_of(date(2033, 12, 22)), Some(lunar(2033, 11, true, 1)));
    // 2100: 春节 on 9 February.
    assert_eq!(new_year(2100), Some(date(2100, 2, 9)));
}

#[test]
fn outside_the_table_and_impossible_dates_are_none_not_panics() {
    // The table starts with lunar 1899, so that 1900's 腊八 and 除夕 resolve.
    assert_eq!(
        lunar_of(date(1900, 1, 30)),
        Some(lunar(1899, 12, false, 30))
    );
    assert_eq!(lunar_of(date(1899, 2, 9)), None);
    assert_eq!(lunar_of(date(1899, 2, 10)), Some(lunar(1899, 1, false, 1)));
    assert_eq!(lunar_of(date(1850, 6, 1)), None);
    assert_eq!(lunar_of(date(2150, 6, 1)), None);
    // The lunar year 2100 ends in 2101; what follows is past the table.
    assert_eq!(lunar_of(date(2101, 1, 1)), Some(lunar(2100, 12, false, 2)));
    assert_eq!(lunar_of(date(2101, 6, 1)), None);
    assert_eq!(new_year(1898), None);
    assert_eq!(new_year(i32::MIN), None);
    // No leap month in 2026; no day 0, 31 or 三十 of a short month.
    assert_eq!(leap_month(2026), None);
    assert_eq!(solar_of(lunar(2026, 4, true, 1)), None);
    assert_eq!(solar_of(lunar(2026, 1, false, 0)), None);
    assert_eq!(solar_of(lunar(2026, 1, false, 31)), None);
    let short = (1..=12)
        .find(|&m| month_days(2026, m, false) == Some(29))
        .unwrap();
    assert_eq!(solar_of(lunar(2026, short, false, 30)), None);
    assert_eq!(solar_of(lunar(2026, 13, false, 1)), None);
}

#[test]
fn names_of_months_and_days() {
    assert_eq!(month_name(1, false), "正月");
    assert_eq!(month_name(4, true), "闰四月");
    assert_eq!(month_name(11, false), "冬月");
    assert_eq!(month_name(12, false), "腊月");
    let days: Vec<String> = [1, 10, 11, 15, 20, 21, 23, 29, 30].map(day_name).to_vec();
    assert_eq!(
        days,
        ["初一", "初十", "十一", "十五", "二十", "廿一", "廿三", "廿九", "三十"]
    );
    assert_eq!(day_name(0), "");
    assert_eq!(month_name(0, false), "");
}
