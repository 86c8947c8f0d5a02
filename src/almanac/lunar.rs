//! The Chinese lunisolar calendar (农历), 1899–2100: a Gregorian date's lunar
//! date and back, with the names a calendar shows (正月, 闰四月, 初一, 十五).
//!
//! A table rather than a library at run time: tyme4rs computes the same from
//! astronomy, which came to 139 KB of wasm in a standalone build (issue 15's
//! note) for what 202 numbers hold, and its `from_*` constructors panic on a bad
//! date. The table was generated from tyme4rs 1.5.0, which stays a host
//! dev-dependency: `tests/lunar.rs` checks every day of the range against it.

use chrono::{Datelike, Duration, NaiveDate};

/// The first lunar year of the table: 1899, so that the 腊八, 小年 and 除夕 that
/// lead up to 春节 1900 (they fall in lunar 1899) resolve too.
pub const FIRST_YEAR: i32 = 1899;
/// The last lunar year of the table.
pub const LAST_YEAR: i32 = 2100;

/// One lunar year each, from [`FIRST_YEAR`]: bits 17–22 the day of the Gregorian
/// year (0 = 1 January) of its 正月初一, bits 13–16 the month that is followed by
/// a leap month (0: none), bits 0–12 the lengths of its months in order, the leap
/// month in its place (1: 30 days, 0: 29).
const YEARS: [u32; 202] = [
    0x500ad5, 0x3d16d2, 0x620752, 0x4c0ea5, 0x38b64a, 0x5c064b, 0x440a9b, 0x30955a, 0x56056a,
    0x400b59, 0x2a56d2, 0x500b52, 0x3adb25, 0x600b25, 0x480a4b, 0x32b4ab, 0x5802ad, 0x42056d,
    0x2c4b69, 0x520da9, 0x3efd92, 0x640d92, 0x4c0d25, 0x36ba4d, 0x5c0a56, 0x4602b6, 0x2e95b5,
    0x5606d4, 0x400da9, 0x2c5d92, 0x500e92, 0x3acd26, 0x5e052b, 0x480a57, 0x32b2b6, 0x580b5a,
    0x4406d4, 0x2e6ec9, 0x520749, 0x3cf693, 0x620a93, 0x4c052b, 0x34ca5b, 0x5a0a6d, 0x46036a,
    0x309b55, 0x560ba4, 0x400b49, 0x2a5a93, 0x500a95, 0x38f52d, 0x5e0536, 0x480aad, 0x34b5aa,
    0x580db2, 0x440da4, 0x2e7d4a, 0x540d4a, 0x3d0a96, 0x600a97, 0x4c0556, 0x36cab5, 0x5a0ad5,
    0x4606d2, 0x308ea5, 0x560ea5, 0x40064a, 0x286c97, 0x4e0a9b, 0x3af55a, 0x5e056a, 0x480b69,
    0x34b752, 0x5a0b52, 0x420b25, 0x2c964b, 0x520a4b, 0x3d14ab, 0x6002ad, 0x4a056d, 0x36cb69,
    0x5c0da9, 0x460d92, 0x309d25, 0x560d25, 0x415a4d, 0x640a56, 0x4e02b6, 0x38c5b5, 0x5e06d5,
    0x480ea9, 0x34be92, 0x5a0e92, 0x440d26, 0x2c6a56, 0x500a57, 0x3d14d6, 0x62035a, 0x4a06d5,
    0x36b6c9, 0x5c0749, 0x460693, 0x2e952b, 0x54052b, 0x3e0a5b, 0x2a555a, 0x4e056a, 0x38fb55,
    0x600ba4, 0x4a0b49, 0x32ba93, 0x580a95, 0x42052d, 0x2c8aad, 0x500ab5, 0x3d35aa, 0x6205d2,
    0x4c0da5, 0x36dd4a, 0x5c0d4a, 0x460c95, 0x30952e, 0x540556, 0x3e0ab5, 0x2a55b2, 0x5006d2,
    0x38cea5, 0x5e0725, 0x48064b, 0x32ac97, 0x560cab, 0x42055a, 0x2c6ad6, 0x520b69, 0x3d7752,
    0x620b52, 0x4c0b25, 0x36da4b, 0x5a0a4b, 0x4404ab, 0x2ea55b, 0x5405ad, 0x3e0b6a, 0x2a5b52,
    0x500d92, 0x3afd25, 0x5e0d25, 0x480a55, 0x32b4ad, 0x5804b6, 0x4005b5, 0x2c6daa, 0x520ec9,
    0x3f1e92, 0x620e92, 0x4c0d26, 0x36ca56, 0x5a0a57, 0x4404d6, 0x2e86d5, 0x540755, 0x400749,
    0x286e93, 0x4e0693, 0x38f52b, 0x5e052b, 0x460a5b, 0x32b55a, 0x58056a, 0x420b65, 0x2c974a,
    0x520b4a, 0x3d1a95, 0x620a95, 0x4a052d, 0x34caad, 0x5a0ab5, 0x4605aa, 0x2e8ba5, 0x540da5,
    0x400d4a, 0x2a7c95, 0x4e0c96, 0x38f94e, 0x5e0556, 0x480ab5, 0x32b5b2, 0x5806d2, 0x420ea5,
    0x2e8e4a, 0x50068b, 0x3b0c97, 0x6004ab, 0x4a055b, 0x34cad6, 0x5a0b6a, 0x460752, 0x309725,
    0x540b45, 0x3e0a8b, 0x28549b, 0x4e04ab,
];

/// A day of the lunar calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LunarDate {
    /// The lunar year, named by the Gregorian year its 正月初一 falls in.
    pub year: i32,
    /// 1 (正月) to 12 (腊月).
    pub month: u8,
    /// A leap month (闰月), which follows the month of the same number.
    pub leap: bool,
    /// 1 (初一) to 29 or 30.
    pub day: u8,
}

/// The packed entry of lunar `year`, if the table has it.
fn entry(year: i32) -> Option<u32> {
    let index = usize::try_from(year.checked_sub(FIRST_YEAR)?).ok()?;
    YEARS.get(index).copied()
}

/// The months of a lunar year in order: (month, leap, days).
pub fn months(year: i32) -> Option<Vec<(u8, bool, u8)>> {
    let bits = entry(year)?;
    let leap = ((bits >> 13) & 0xf) as u8;
    let mut out = Vec::with_capacity(13);
    for month in 1..=12u8 {
        out.push((month, false));
        if month == leap {
            out.push((month, true));
        }
    }
    Some(
        out.into_iter()
            .enumerate()
            .map(|(i, (month, leap))| (month, leap, if bits & (1 << i) != 0 { 30 } else { 29 }))
            .collect(),
    )
}

/// 正月初一 of lunar `year`, as a Gregorian date.
pub fn new_year(year: i32) -> Option<NaiveDate> {
    let bits = entry(year)?;
    NaiveDate::from_yo_opt(year, (bits >> 17) + 1)
}

/// The month after which lunar `year` has its leap month, if it has one.
pub fn leap_month(year: i32) -> Option<u8> {
    entry(year)
        .map(|bits| ((bits >> 13) & 0xf) as u8)
        .filter(|&m| m > 0)
}

/// The lunar date of `date`; `None` outside the table (before 1899-02-10, after
/// the lunar year 2100).
pub fn lunar_of(date: NaiveDate) -> Option<LunarDate> {
    // The lunar year that began before `date`: this Gregorian year's, or the one
    // before (January and February before 春节, and early 2101, past the table).
    let year = match new_year(date.year()) {
        Some(first) if date >= first => date.year(),
        _ => date.year() - 1,
    };
    let mut left = (date - new_year(year)?).num_days();
    for (month, leap, days) in months(year)? {
        if left < i64::from(days) {
            let day = u8::try_from(left + 1).ok()?;
            return Some(LunarDate {
                year,
                month,
                leap,
                day,
            });
        }
        left -= i64::from(days);
    }
    None
}

/// The Gregorian date of a lunar date; `None` if it does not exist (a leap month
/// the year lacks, a 三十 in a month of 29 days) or is outside the table.
pub fn solar_of(lunar: LunarDate) -> Option<NaiveDate> {
    let mut offset: i64 = 0;
    for (month, leap, days) in months(lunar.year)? {
        if month == lunar.month && leap == lunar.leap {
            if lunar.day == 0 || lunar.day > days {
                return None;
            }
            return new_year(lunar.year)?
                .checked_add_signed(Duration::days(offset + i64::from(lunar.day) - 1));
        }
        offset += i64::from(days);
    }
    None
}

/// The number of days of a lunar month, if the year has it.
pub fn month_days(year: i32, month: u8, leap: bool) -> Option<u8> {
    months(year)?
        .into_iter()
        .find(|&(m, l, _)| m == month && l == leap)
        .map(|(_, _, days)| days)
}

const MONTHS: [&str; 12] = [
    "正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月",
];

/// The name of a lunar month: 正月 … 冬月, 腊月; a leap month is 闰四月.
pub fn month_name(month: u8, leap: bool) -> String {
    let Some(name) = month
        .checked_sub(1)
        .and_then(|i| MONTHS.get(usize::from(i)))
    else {
        return String::new();
    };
    if leap {
        format!("闰{name}")
    } else {
        (*name).to_owned()
    }
}

/// The name of a lunar day: 初一 … 初十, 十一 … 二十, 廿一 … 廿九, 三十.
pub fn day_name(day: u8) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match day {
        1..=9 => format!("初{}", DIGITS[usize::from(day)]),
        10 => "初十".into(),
        11..=19 => format!("十{}", DIGITS[usize::from(day - 10)]),
        20 => "二十".into(),
        21..=29 => format!("廿{}", DIGITS[usize::from(day - 20)]),
        30 => "三十".into(),
        _ => String::new(),
    }
}
