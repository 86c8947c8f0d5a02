//! Month, quarter and lunar-day phrases of the time reader: "第一季度", "7-8月",
//! "5、6月", "4月中旬", "3月8日至12日", "正月十五", "年初一至初三".

use super::norm::{starts, starts_any};
use super::numerals::{integer_at, is_numeral};
use super::time::Spec;
use crate::almanac::Festival;
use crate::model::Xun;

/// "第一季度", "一季度", "1季度", "一、二季度", "二至三季度", "第二、第三季度".
pub(super) fn quarter_at(chars: &[char], j: usize) -> Option<(Spec, usize)> {
    let mut i = j;
    let mut quarters = Vec::new();
    loop {
        if chars.get(i) == Some(&'第') {
            i += 1;
        }
        let (q, n) = integer_at(&chars[i.min(chars.len())..])?;
        if !(1..=4).contains(&q) || n > 1 {
            return None;
        }
        quarters.push(q);
        i += n;
        match chars.get(i) {
            Some('、' | '-' | '至' | '到' | ',') if quarters.len() < 4 => i += 1,
            _ => break,
        }
    }
    let n = starts_any(chars, i, &["季度", "季"])?;
    let (a, b) = (*quarters.first()?, *quarters.last()?);
    (a <= b).then_some((Spec::Quarters(a, b), i + n))
}

/// A solar month number at `i` ("7", "七", "十二", "元"), with its chars; 正/腊/冬
/// are lunar and not read here.
fn month_number(chars: &[char], i: usize) -> Option<(u32, usize)> {
    if chars.get(i) == Some(&'元') {
        return Some((1, 1));
    }
    let (m, n) = integer_at(&chars[i.min(chars.len())..])?;
    ((1..=12).contains(&m) && n <= 3).then_some((m, n))
}

/// A point inside a month: 上旬/中旬/下旬, 初/中/底/末, or a day; with its chars.
#[derive(Clone, Copy)]
enum InMonth {
    Whole,
    Xun(Xun, Xun),
    Day(u32),
}

fn in_month(chars: &[char], i: usize) -> (InMonth, usize) {
    let xun = [
        ("上中旬", Xun::Early, Xun::Middle),
        ("中下旬", Xun::Middle, Xun::Late),
        ("上旬", Xun::Early, Xun::Early),
        ("中旬", Xun::Middle, Xun::Middle),
        ("下旬", Xun::Late, Xun::Late),
        ("初", Xun::Early, Xun::Early),
        ("底", Xun::Late, Xun::Late),
        ("末", Xun::Late, Xun::Late),
    ];
    for (word, a, b) in xun {
        if starts(chars, i, word) {
            return (InMonth::Xun(a, b), i + word.chars().count());
        }
    }
    if let Some((d, n)) = integer_at(&chars[i.min(chars.len())..]) {
        if (1..=31).contains(&d) && matches!(chars.get(i + n), Some('日' | '号')) {
            return (InMonth::Day(d), i + n + 1);
        }
    }
    (InMonth::Whole, i)
}

/// A solar month phrase: "7月", "七月份", "7-8月", "5、6月", "4月中旬", "3月8日",
/// "3月8日至12日", "4月上旬至5月中旬", "7月至8月".
pub(super) fn month_at(chars: &[char], j: usize) -> Option<(Spec, usize)> {
    let (m, n) = month_number(chars, j)?;
    let mut i = j + n;
    // "5、6月", "7-8月": a list or range of bare numbers before 月.
    let mut last = m;
    while matches!(chars.get(i), Some('、' | '-' | '至' | '到' | ',')) {
        let sep = i;
        let mut k = i + 1;
        while chars.get(k) == Some(&'-') {
            k += 1;
        }
        match month_number(chars, k) {
            Some((m2, n2)) if m2 > last && chars.get(k + n2) != Some(&'日') => {
                last = m2;
                i = k + n2;
            }
            _ => {
                i = sep;
                break;
            }
        }
    }
    if chars.get(i) != Some(&'月') {
        return None;
    }
    i += 1;
    if starts(chars, i, "份") {
        i += 1;
    }
    if last > m {
        return Some((Spec::Months(m, last), i));
    }
    let (point, after) = in_month(chars, i);
    // A range to a second point: "至12日", "-4月2日", "至8月", "至5月中旬".
    let mut k = after;
    if matches!(chars.get(k), Some('-' | '至' | '到')) {
        k += 1;
        while chars.get(k) == Some(&'-') {
            k += 1;
        }
        if let Some((spec, end)) = second_point(chars, k, m, point) {
            return Some((spec, end));
        }
    }
    let spec = match point {
        InMonth::Whole => Spec::Months(m, m),
        InMonth::Xun(a, b) => Spec::Xuns((m, a), (m, b)),
        InMonth::Day(d) => Spec::Days((m, d), (m, d)),
    };
    Some((spec, after))
}

fn second_point(chars: &[char], k: usize, m: u32, first: InMonth) -> Option<(Spec, usize)> {
    // "12日" in the same month.
    if let InMonth::Day(d) = first {
        if let Some((e, n)) = integer_at(&chars[k.min(chars.len())..]) {
            if (1..=31).contains(&e) && matches!(chars.get(k + n), Some('日' | '号')) && e > d {
                return Some((Spec::Days((m, d), (m, e)), k + n + 1));
            }
        }
    }
    let (m2, n) = month_number(chars, k)?;
    if chars.get(k + n) != Some(&'月') || m2 < m {
        return None;
    }
    let mut i = k + n + 1;
    if starts(chars, i, "份") {
        i += 1;
    }
    let (second, end) = in_month(chars, i);
    let spec = match (first, second) {
        (InMonth::Whole, InMonth::Whole) => Spec::Months(m, m2),
        (InMonth::Day(d), InMonth::Day(e)) => Spec::Days((m, d), (m2, e)),
        (InMonth::Xun(a, _), InMonth::Xun(_, b)) => Spec::Xuns((m, a), (m2, b)),
        (InMonth::Whole, InMonth::Xun(_, b)) => Spec::Xuns((m, Xun::Early), (m2, b)),
        (InMonth::Xun(a, _), InMonth::Whole) => Spec::Xuns((m, a), (m2, Xun::Late)),
        _ => return None,
    };
    Some((spec, end))
}

/// A lunar day written the lunar way: 初一–初十, 十一–十九, 二十, 廿一–廿九, 三十,
/// or a plain Chinese numeral up to 30.
fn lunar_day(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let first = *chars.get(i)?;
    if first == '初' {
        let (d, n) = integer_at(&chars[i + 1..])?;
        return ((1..=10).contains(&d)).then_some((d, n + 1));
    }
    if !is_numeral(first) {
        return None;
    }
    let (d, n) = integer_at(&chars[i..])?;
    // "一月一次" is a count, not 正月初一.
    let counted = chars
        .get(i + n)
        .is_some_and(|c| "次场期个人天周年月届批名项件位轮".contains(*c));
    ((1..=30).contains(&d) && n <= 3 && !counted).then_some((d, n))
}

/// "正月十五", "腊月二十三", "三月三", "八月十五", "五月初五", "正月初一至十五": a month
/// written in Chinese numerals (or 正/冬/腊) and a day in the lunar way, never
/// followed by 日 or 号 (then it is a solar date).
pub(super) fn lunar_at(chars: &[char], j: usize) -> Option<(Spec, usize)> {
    let (month, n) = match chars.get(j)? {
        '正' => (1, 1),
        '冬' => (11, 1),
        '腊' => (12, 1),
        c if is_numeral(*c) => {
            let (m, n) = integer_at(&chars[j..])?;
            ((1..=12).contains(&m)).then_some((m, n))?
        }
        _ => return None,
    };
    if chars.get(j + n) != Some(&'月') {
        return None;
    }
    let i = j + n + 1;
    let (day, dn) = lunar_day(chars, i)?;
    let mut end = i + dn;
    if matches!(chars.get(end), Some('日' | '号' | '份' | '旬')) {
        return None;
    }
    let mut last = day;
    if matches!(chars.get(end), Some('至' | '到' | '-')) {
        if let Some((e, en)) = lunar_day(chars, end + 1) {
            if e > day && !matches!(chars.get(end + 1 + en), Some('日' | '号')) {
                last = e;
                end += 1 + en;
            }
        }
    }
    Some((Spec::Lunar(month, day, last), end))
}

/// "年初一至初三", "大年初一", "大年三十": days of the lunar new year.
pub(super) fn lunar_new_year_at(chars: &[char], j: usize) -> Option<(Spec, usize)> {
    if starts(chars, j, "大年三十") {
        return Some((Spec::Festival(Festival::SpringEve, 0, 0), j + 4));
    }
    let i = if starts(chars, j, "大年初") {
        j + 2
    } else if starts(chars, j, "年初") && chars.get(j + 2).is_some_and(|c| is_numeral(*c)) {
        j + 1
    } else {
        return None;
    };
    let (day, n) = lunar_day(chars, i)?;
    let mut end = i + n;
    let mut last = day;
    if matches!(chars.get(end), Some('至' | '到' | '-')) {
        if let Some((e, en)) = lunar_day(chars, end + 1) {
            if e > day {
                last = e;
                end += 1 + en;
            }
        }
    }
    Some((Spec::Lunar(1, day, last), end))
}
