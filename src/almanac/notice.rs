//! Reading the text of a holiday notice (国务院办公厅关于X年部分节假日安排的通知), as
//! a user pastes it from the government's website:
//!
//! ```text
//! 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
//! 2月14日（周六）、2月28日（周六）上班。
//! ```
//!
//! Each holiday's line names it before "：", gives its days off ("放假", a range with
//! "至" or single days) and its make-up working days ("上班"). What is in brackets
//! (weekdays, lunar dates) is ignored. "共N天" is checked against the days found, so
//! that a mistyped date is caught rather than saved. Written by hand rather than with
//! the `regex` crate, which would cost several hundred KB of wasm for these few
//! patterns.

use super::holidays::{Arrangement, HolidayDay};
use chrono::{Datelike, NaiveDate, Weekday};
use thiserror::Error;

/// Why a notice's text could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum NoticeError {
    /// No days off or working days were found.
    #[error("no holiday dates found")]
    Empty,
    /// A date that does not exist ("2月30日", "2025年3日").
    #[error("{text} is not a date")]
    BadDate {
        /// The date as written.
        text: String,
    },
    /// "共N天" does not match the days listed.
    #[error("{name}: the notice says {said} days, the dates give {found}")]
    Count {
        /// The holiday.
        name: String,
        /// The number the text states.
        said: u32,
        /// The number of days the dates give.
        found: u32,
    },
    /// A day listed both as a day off and as a working day.
    #[error("{date} is both a day off and a working day")]
    Both {
        /// The day.
        date: NaiveDate,
    },
    /// A date too far from the notice's year to belong to it.
    #[error("{date} is not in {year}")]
    OutsideYear {
        /// The day.
        date: NaiveDate,
        /// The notice's year.
        year: i32,
    },
}

/// The year a notice is for: the first "YYYY年" that is not part of a date
/// ("关于2026年部分节假日安排的通知", "现将2026年元旦、春节…").
pub fn notice_year(text: &str) -> Option<i32> {
    let chars: Vec<char> = normalize(text).chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            if digits.len() == 4 && chars.get(i) == Some(&'年') {
                let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if !next_is_digit {
                    return digits.parse().ok().filter(|y| (1900..=2200).contains(y));
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

/// Reads the arrangement of `year` from a notice's text.
pub fn parse_notice(text: &str, year: i32) -> Result<Arrangement, NoticeError> {
    let text = normalize(text);
    let mut items: Vec<Item> = Vec::new();
    for sentence in text.split(['。', '；', ';', '\n', '\r']) {
        let (name, body) = split_name(sentence);
        if let Some(name) = name {
            items.push(Item::new(name));
        }
        // Sub-clauses split at commas; one without a keyword takes its sentence's.
        let sentence_work = body.contains("上班");
        let sentence_off = is_off(body);
        // "6月10日放假，与周末连休": the weekend next to it is part of the holiday.
        let with_weekend = body.contains("连休");
        let mut carry: Option<NaiveDate> = None;
        for clause in body.split(['，', ',']) {
            let dates = dates_in(clause, year, &mut carry)?;
            if let Some(said) = total_days(clause) {
                if let Some(item) = items.last_mut() {
                    item.said = Some(said);
                }
            }
            if dates.is_empty() {
                continue;
            }
            let work = clause.contains("上班") || (!is_off(clause) && sentence_work);
            let off = !work && (is_off(clause) || sentence_off);
            if !work && !off {
                continue;
            }
            if items.is_empty() {
                items.push(Item::new(String::new()));
            }
            if let Some(item) = items.last_mut() {
                for (start, end) in dates {
                    let (start, end) = if with_weekend && !work {
                        with_adjacent_weekend(start, end)
                    } else {
                        (start, end)
                    };
                    let mut day = start;
                    while day <= end {
                        if work {
                            item.work.push(day);
                        } else {
                            item.off.push(day);
                        }
                        match day.succ_opt() {
                            Some(next) => day = next,
                            None => break,
                        }
                    }
                }
            }
        }
    }
    finish(items, year)
}

/// One holiday's part of the notice.
struct Item {
    name: String,
    off: Vec<NaiveDate>,
    work: Vec<NaiveDate>,
    said: Option<u32>,
}

impl Item {
    fn new(name: String) -> Item {
        Item {
            name,
            off: Vec::new(),
            work: Vec::new(),
            said: None,
        }
    }
}

fn finish(items: Vec<Item>, year: i32) -> Result<Arrangement, NoticeError> {
    let earliest = NaiveDate::from_ymd_opt(year - 1, 12, 1);
    let latest = NaiveDate::from_ymd_opt(year + 1, 1, 31);
    let mut days: Vec<HolidayDay> = Vec::new();
    for item in items {
        let mut off = item.off;
        off.sort();
        off.dedup();
        if let Some(said) = item.said {
            let found = u32::try_from(off.len()).unwrap_or(u32::MAX);
            if !off.is_empty() && said != found {
                return Err(NoticeError::Count {
                    name: item.name,
                    said,
                    found,
                });
            }
        }
        let all = off.iter().map(|&d| (d, true));
        let work = item.work.iter().map(|&d| (d, false));
        for (date, is_off) in all.chain(work) {
            if Some(date) < earliest || Some(date) > latest {
                return Err(NoticeError::OutsideYear { date, year });
            }
            match days.iter().find(|d| d.date == date) {
                Some(d) if d.off != is_off => return Err(NoticeError::Both { date }),
                Some(_) => {}
                None => days.push(HolidayDay {
                    name: item.name.clone(),
                    date,
                    off: is_off,
                }),
            }
        }
    }
    if days.is_empty() {
        return Err(NoticeError::Empty);
    }
    days.sort_by_key(|d| d.date);
    Ok(Arrangement { year, days })
}

/// Full-width digits and colons to ASCII; bracketed text (weekdays, lunar dates)
/// removed.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '（' | '(' | '【' | '[' | '〔' => depth += 1,
            '）' | ')' | '】' | ']' | '〕' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '０'..='９' => {
                let digit = u32::from(c) - u32::from('０');
                out.extend(char::from_digit(digit, 10));
            }
            ':' => out.push('：'),
            c => out.push(c),
        }
    }
    out
}

fn is_off(text: &str) -> bool {
    ["放假", "休息", "休假", "调休", "补休"]
        .iter()
        .any(|k| text.contains(k))
}

/// `start`–`end` widened over the Saturday and Sunday next to it.
fn with_adjacent_weekend(start: NaiveDate, end: NaiveDate) -> (NaiveDate, NaiveDate) {
    let weekend = |d: NaiveDate| matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
    let (mut start, mut end) = (start, end);
    while let Some(before) = start.pred_opt().filter(|&d| weekend(d)) {
        start = before;
    }
    while let Some(after) = end.succ_opt().filter(|&d| weekend(d)) {
        end = after;
    }
    (start, end)
}

/// The holiday's name before "：" ("二、春节：…" → 春节), if the sentence starts
/// with one, and the rest of the sentence.
fn split_name(sentence: &str) -> (Option<String>, &str) {
    let Some((head, body)) = sentence.split_once('：') else {
        return (None, sentence);
    };
    if head.chars().any(|c| c.is_ascii_digit()) || head.chars().count() > 24 {
        return (None, sentence);
    }
    // Numbering: 一、 （一） 1. and spaces.
    let name = head
        .trim()
        .trim_start_matches(|c: char| "一二三四五六七八九十、.．,， \t".contains(c))
        .trim();
    if name.is_empty() {
        return (None, body);
    }
    (Some(name.to_owned()), body)
}

/// "共N天" (Arabic or Chinese numerals up to 99).
fn total_days(clause: &str) -> Option<u32> {
    let rest = clause.split_once('共')?.1;
    let number: String = rest.chars().take_while(|&c| c != '天').collect();
    if !rest[number.len()..].starts_with('天') {
        return None;
    }
    let number = number.trim();
    number.parse().ok().or_else(|| chinese_number(number))
}

fn chinese_number(text: &str) -> Option<u32> {
    let digit = |c: char| "零一二三四五六七八九".chars().position(|d| d == c);
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d).map(|d| d as u32),
        ['十', d] => digit(*d).map(|d| 10 + d as u32),
        [t, '十'] => digit(*t).map(|t| 10 * t as u32),
        [t, '十', d] => Some(10 * digit(*t)? as u32 + digit(*d)? as u32),
        _ => None,
    }
}

/// The dates of a clause as spans: "2月15日至23日" is one span, "2月14日、2月28日"
/// two single days. A date without a year is in `year`; one with only a day takes
/// the year and month of the date before it (`carry`).
fn dates_in(
    clause: &str,
    year: i32,
    carry: &mut Option<NaiveDate>,
) -> Result<Vec<(NaiveDate, NaiveDate)>, NoticeError> {
    let chars: Vec<char> = clause.chars().collect();
    let mut spans: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    let mut between = String::new();
    let (mut y, mut m): (Option<i32>, Option<u32>) = (None, None);
    let mut written = String::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            between.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let digits: String = chars[start..i].iter().collect();
        let number: Option<u32> = digits.parse().ok();
        match (chars.get(i), number) {
            // A year or month counts only right before the rest of its date
            // ("2026年部分节假日", "5月份" are not dates).
            (Some('年'), Some(n)) if next_is_digit(&chars, i) => {
                y = i32::try_from(n).ok();
                written.push_str(&format!("{digits}年"));
            }
            (Some('月'), Some(n)) if next_is_digit(&chars, i) => {
                m = Some(n);
                written.push_str(&format!("{digits}月"));
            }
            (Some('日' | '号'), Some(day)) => {
                written.push_str(&format!("{digits}日"));
                let bad = || NoticeError::BadDate {
                    text: written.clone(),
                };
                let (year, month) = match (y, m) {
                    (y, Some(m)) => (y.unwrap_or(year), m),
                    (Some(_), None) => return Err(bad()),
                    (None, None) => match *carry {
                        Some(c) => (c.year(), c.month()),
                        // A day with no month before it ("7号" of a document
                        // number) is not a date of the arrangement.
                        None => {
                            between.push_str(&digits);
                            written.clear();
                            i += 1;
                            continue;
                        }
                    },
                };
                let date = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)?;
                let joined = ["至", "到", "-", "—", "–", "～", "~"].contains(&between.trim());
                match spans.last_mut() {
                    Some(last) if joined && last.0 == last.1 && date > last.0 => last.1 = date,
                    _ => spans.push((date, date)),
                }
                *carry = Some(date);
                between.clear();
                written.clear();
                (y, m) = (None, None);
            }
            _ => {
                // A number that is not part of a date ("共9天", "放假1天").
                (y, m) = (None, None);
                written.clear();
                between.push_str(&digits);
                continue;
            }
        }
        i += 1;
    }
    Ok(spans)
}

fn next_is_digit(chars: &[char], i: usize) -> bool {
    chars.get(i + 1).is_some_and(char::is_ascii_digit)
}
