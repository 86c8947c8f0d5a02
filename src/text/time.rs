//! Times as plans write them, found in a line of text: 全年, 上半年, 第一季度, 3月,
//! 三月份, 元月, 7-8月, 5、6月, 4月中旬, 3月8日, 3月8日至12日, 年初/年底, deadlines
//! (5月前, 4月底前), festivals (春节期间, 元宵节, 国庆前后) and lunar dates (正月十五,
//! 年初一至初三). Hand-written scanners rather than a regex crate: the patterns need
//! Chinese numerals and context checks a regex cannot express, and regex costs
//! hundreds of KB of wasm.

use super::month_words::{lunar_at, lunar_new_year_at, month_at, quarter_at};
use super::norm::starts_any;
use super::numerals::{digit, is_numeral};
use crate::almanac::Festival;
use crate::model::when::WhenError;
use crate::model::{When, Xun};
use chrono::{Datelike, Duration, NaiveDate};
use std::ops::Range;

/// What a time phrase says, before a year is given to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spec {
    /// 全年, 年内.
    Year,
    /// 上半年 (1) / 下半年 (2).
    Half(u32),
    /// Quarters `from`–`to` (第一季度, 二、三季度).
    Quarters(u32, u32),
    /// Months `from`–`to` (7月, 7-8月, 年底 = 12).
    Months(u32, u32),
    /// From a 旬 of one month to a 旬 of another (4月中旬, 4月中下旬).
    Xuns((u32, Xun), (u32, Xun)),
    /// Days from (month, day) to (month, day).
    Days((u32, u32), (u32, u32)),
    /// Days around a festival.
    Festival(Festival, i32, i32),
    /// Lunar days of one lunar month, `from`–`to` (正月十五, 正月初一至十五).
    Lunar(u32, u32, u32),
}

/// Whether the phrase is a deadline, and how its day is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// Not a deadline.
    No,
    /// "4月底前", "3月15日前", "年底前": the last day of the phrase's span.
    ByEnd,
    /// "5月前": the day before the month begins.
    BeforeStart,
}

/// A time phrase found in a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeFound {
    /// What it says.
    pub spec: Spec,
    /// The year written with it ("2024年4月"), if any; "20xx年" and 今年 are the plan year.
    pub year: Option<i32>,
    /// Deadline form.
    pub deadline: Deadline,
    /// Where it is in the line (chars).
    pub at: Range<usize>,
}

/// A resolved time: the `When`, and whether it is a deadline (drawn as a milestone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The time.
    pub when: When,
    /// A deadline ("4月底前"): a one-day milestone on its last day.
    pub milestone: bool,
}

impl TimeFound {
    /// The `When` this phrase means in a plan for `plan_year`.
    pub fn resolve(&self, plan_year: i32) -> Result<Resolved, WhenError> {
        let year = self.year.unwrap_or(plan_year);
        let when = spec_when(self.spec, year)?;
        if self.deadline == Deadline::No {
            when.span()?;
            return Ok(Resolved {
                when,
                milestone: false,
            });
        }
        let span = when.span()?.ok_or(WhenError::Year(year))?;
        let date = match self.deadline {
            Deadline::BeforeStart if span.start.ordinal() > 1 => span.start - Duration::days(1),
            Deadline::BeforeStart => span.start,
            _ => span.end,
        };
        Ok(Resolved {
            when: When::Date { date },
            milestone: true,
        })
    }
}

fn spec_when(spec: Spec, year: i32) -> Result<When, WhenError> {
    let day = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d).ok_or(WhenError::Year(year));
    Ok(match spec {
        Spec::Year => When::Year { year },
        Spec::Half(half) => When::Half { year, half },
        Spec::Quarters(a, b) if a == b => When::Quarter { year, quarter: a },
        Spec::Quarters(a, b) => When::Months {
            year,
            from: a * 3 - 2,
            to: b * 3,
        },
        Spec::Months(a, b) if a == b => When::Month { year, month: a },
        Spec::Months(from, to) => When::Months { year, from, to },
        Spec::Xuns((m, x), (n, y)) if m == n && x == y => When::Xun {
            year,
            month: m,
            xun: x,
        },
        Spec::Xuns((m, x), (n, y)) => {
            let first = xun_days(year, m, x)?;
            let last = xun_days(year, n, y)?;
            When::Range {
                start: first.0,
                end: last.1,
            }
        }
        Spec::Days((m, d), (n, e)) if (m, d) == (n, e) => When::Date { date: day(m, d)? },
        Spec::Days((m, d), (n, e)) => When::Range {
            start: day(m, d)?,
            end: day(n, e)?,
        },
        Spec::Festival(festival, from, to) => When::Festival {
            year,
            festival,
            from,
            to,
        },
        Spec::Lunar(month, d, e) if d == e => When::Lunar {
            year,
            month,
            day: d,
            leap: false,
        },
        // 正月初一至十五: days after 春节, so the time follows the festival from year
        // to year.
        Spec::Lunar(1, d, e) => When::Festival {
            year,
            festival: Festival::Spring,
            from: d as i32 - 1,
            to: e as i32 - 1,
        },
        Spec::Lunar(month, d, e) => {
            let day = |day: u32| {
                When::Lunar {
                    year,
                    month,
                    day,
                    leap: false,
                }
                .span()
                .and_then(|s| s.ok_or(WhenError::Year(year)))
            };
            When::Range {
                start: day(d)?.start,
                end: day(e)?.end,
            }
        }
    })
}

fn xun_days(year: i32, month: u32, xun: Xun) -> Result<(NaiveDate, NaiveDate), WhenError> {
    let span = When::Xun { year, month, xun }
        .span()?
        .ok_or(WhenError::Month(month))?;
    Ok((span.start, span.end))
}

/// Every time phrase in `chars` (normalised), in order, not overlapping.
pub fn find_times(chars: &[char]) -> Vec<TimeFound> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match time_at(chars, i) {
            Some(t) => {
                i = t.at.end.max(i + 1);
                found.push(t);
            }
            None => i += 1,
        }
    }
    found
}

/// A time phrase starting exactly at `at`, alone (for a typed correction): the
/// whole of `chars` must be the phrase, give or take spaces and 份/期间 words.
pub fn parse_time(chars: &[char]) -> Option<TimeFound> {
    let start = chars.iter().position(|c| *c != ' ')?;
    let t = time_at(chars, start)?;
    chars[t.at.end..]
        .iter()
        .all(|c| matches!(c, ' ' | '。' | ',' | '，' | ')' | '('))
        .then_some(t)
}

/// Characters a time phrase can start with, besides digits, Chinese numerals and
/// the first characters of festival names (a quick test for every position).
const TIME_FIRST: &str = "元正冬腊年全上下今本常长第岁大";

fn time_at(chars: &[char], at: usize) -> Option<TimeFound> {
    let c = *chars.get(at)?;
    if !(c.is_ascii_digit() || is_numeral(c) || TIME_FIRST.contains(c)) {
        return super::festival_words::festival_at(chars, at).map(|(spec, end)| TimeFound {
            spec,
            year: None,
            deadline: Deadline::No,
            at: at..end,
        });
    }
    // Inside a longer number ("112月") or a duration ("两个月", "每月"), no.
    let before = at.checked_sub(1).map(|i| chars[i]);
    if before.is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let (year, j) = match year_prefix(chars, at) {
        Some((y, n)) => (y, at + n),
        None => (None, at),
    };
    let prefixed = j > at;
    if !prefixed && before.is_some_and(|c| is_numeral(c) || matches!(c, '个' | '每' | '第')) {
        // "十二月" is read from its start; "第一季度" from 第.
        if !(before == Some('第') && quarter_at(chars, at).is_some()) {
            return None;
        }
    }
    let (spec, end) = body_at(chars, j)?;
    let (deadline, end) = deadline_at(chars, end, spec);
    Some(TimeFound {
        spec,
        year,
        deadline,
        at: at..end,
    })
}

/// "2024年", "20xx年", "二〇二四年", "今年", "本年", "明年" before a time: the year
/// (`None` for the plan's own) and the chars it takes. Only a prefix: a year alone
/// is not a time.
fn year_prefix(chars: &[char], at: usize) -> Option<(Option<i32>, usize)> {
    if let Some(n) = starts_any(chars, at, &["今年", "本年度", "本年"]) {
        return Some((None, n));
    }
    let c = |k: usize| chars.get(at + k).copied();
    if c(0).is_some_and(|c| c.is_ascii_digit())
        && c(1).is_some_and(|c| c.is_ascii_digit())
        && matches!(
            (c(2), c(3)),
            (Some('x' | 'X' | '*' | '×'), Some('x' | 'X' | '*' | '×'))
        )
        && c(4) == Some('年')
    {
        return Some((None, 5));
    }
    if (0..4).all(|k| c(k).is_some_and(|c| c.is_ascii_digit())) && c(4) == Some('年') {
        let y: String = chars[at..at + 4].iter().collect();
        return Some((y.parse().ok(), 5));
    }
    if (0..4).all(|k| c(k).and_then(digit).is_some()) && c(4) == Some('年') {
        let y = (0..4).fold(0, |y, k| y * 10 + c(k).and_then(digit).unwrap_or(0) as i32);
        return Some((Some(y), 5));
    }
    None
}

fn body_at(chars: &[char], j: usize) -> Option<(Spec, usize)> {
    if let Some(n) = starts_any(
        chars,
        j,
        &["全年度", "全年", "年内", "常年", "长期", "常态化"],
    ) {
        return Some((Spec::Year, j + n));
    }
    if let Some(n) = starts_any(chars, j, &["上半年度", "上半年"]) {
        return Some((Spec::Half(1), j + n));
    }
    if let Some(n) = starts_any(chars, j, &["下半年度", "下半年"]) {
        return Some((Spec::Half(2), j + n));
    }
    if let Some(found) = lunar_new_year_at(chars, j) {
        return Some(found);
    }
    if let Some(n) = starts_any(chars, j, &["年初", "年头"]) {
        return Some((Spec::Months(1, 1), j + n));
    }
    if let Some(n) = starts_any(chars, j, &["年中"]) {
        return Some((Spec::Months(6, 7), j + n));
    }
    if let Some(n) = starts_any(chars, j, &["年底", "年末", "年终", "岁末"]) {
        return Some((Spec::Months(12, 12), j + n));
    }
    if let Some(found) = quarter_at(chars, j) {
        return Some(found);
    }
    if let Some(found) = lunar_at(chars, j) {
        return Some(found);
    }
    if let Some(found) = month_at(chars, j) {
        return Some(found);
    }
    super::festival_words::festival_at(chars, j)
}

/// After a phrase: 前/之前/以前 make it a deadline; 底前 was read as 底 + 前.
fn deadline_at(chars: &[char], end: usize, spec: Spec) -> (Deadline, usize) {
    if matches!(spec, Spec::Festival(..)) {
        return (Deadline::No, end);
    }
    let Some(n) = starts_any(chars, end, &["之前", "以前", "前"]) else {
        return (Deadline::No, end);
    };
    // "前后", "前夕" are not deadlines; "前期" neither.
    if matches!(chars.get(end + n), Some('后' | '夕' | '期')) {
        return (Deadline::No, end);
    }
    let bare_month = matches!(spec, Spec::Months(a, b) if a == b)
        && matches!(chars.get(end - 1), Some('月' | '份'));
    let kind = if bare_month {
        Deadline::BeforeStart
    } else {
        Deadline::ByEnd
    };
    (kind, end + n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::norm;

    fn one(s: &str) -> (Spec, Option<i32>, Deadline, String) {
        let chars = norm::chars(s);
        let t = find_times(&chars)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no time in {s}"));
        (t.spec, t.year, t.deadline, norm::slice(&chars, t.at))
    }

    #[test]
    fn months_and_ranges() {
        assert_eq!(one("时间:7月份").0, Spec::Months(7, 7));
        assert_eq!(one("三月份举办").0, Spec::Months(3, 3));
        assert_eq!(one("从今年元月开始").0, Spec::Months(1, 1));
        assert_eq!(one("7-8月").0, Spec::Months(7, 8));
        assert_eq!(one("9--10月份摄影展").0, Spec::Months(9, 10));
        assert_eq!(one("7月至8月").0, Spec::Months(7, 8));
        assert_eq!(one("20xx年5、6月,").0, Spec::Months(5, 6));
        assert_eq!(one("3—4月期间").0, Spec::Months(3, 4));
        assert_eq!(one("十二月").0, Spec::Months(12, 12));
        assert_eq!(one("2024年7月").1, Some(2024));
        assert!(find_times(&norm::chars("两个月")).is_empty());
        assert!(find_times(&norm::chars("每月一期")).is_empty());
        assert!(find_times(&norm::chars("20xx年,文化馆")).is_empty());
    }

    #[test]
    fn xun_days_and_deadlines() {
        assert_eq!(
            one("4月中旬").0,
            Spec::Xuns((4, Xun::Middle), (4, Xun::Middle))
        );
        assert_eq!(
            one("4月中下旬").0,
            Spec::Xuns((4, Xun::Middle), (4, Xun::Late))
        );
        assert_eq!(one("3月8日").0, Spec::Days((3, 8), (3, 8)));
        assert_eq!(one("3月8日至12日").0, Spec::Days((3, 8), (3, 12)));
        assert_eq!(one("3月28日-4月2日").0, Spec::Days((3, 28), (4, 2)));
        let (spec, _, deadline, words) = one("4月底前完成");
        assert_eq!(spec, Spec::Xuns((4, Xun::Late), (4, Xun::Late)));
        assert_eq!((deadline, words.as_str()), (Deadline::ByEnd, "4月底前"));
        assert_eq!(one("5月前报送").2, Deadline::BeforeStart);
        assert_eq!(one("年底前").2, Deadline::ByEnd);
    }

    #[test]
    fn years_halves_quarters() {
        assert_eq!(one("全年").0, Spec::Year);
        assert_eq!(one("上半年").0, Spec::Half(1));
        assert_eq!(one("第一季度").0, Spec::Quarters(1, 1));
        assert_eq!(one("二、三季度").0, Spec::Quarters(2, 3));
        assert_eq!(one("年初").0, Spec::Months(1, 1));
        assert_eq!(one("年底").0, Spec::Months(12, 12));
    }

    #[test]
    fn lunar_days() {
        assert_eq!(one("正月十五新春秧歌会").0, Spec::Lunar(1, 15, 15));
        assert_eq!(one("年初一至初三").0, Spec::Lunar(1, 1, 3));
        assert_eq!(one("腊月二十三").0, Spec::Lunar(12, 23, 23));
        assert_eq!(one("五月初五").0, Spec::Lunar(5, 5, 5));
        // A Chinese-numeral month with 日 is solar.
        assert_eq!(one("六月十五日").0, Spec::Days((6, 15), (6, 15)));
    }

    #[test]
    fn resolves_deadlines_to_milestones() {
        let chars = norm::chars("5月前");
        let t = &find_times(&chars)[0];
        let r = t.resolve(2025).unwrap();
        assert!(r.milestone);
        assert_eq!(
            r.when,
            When::Date {
                date: NaiveDate::from_ymd_opt(2025, 4, 30).unwrap()
            }
        );
    }
}
