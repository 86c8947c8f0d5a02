//! Texts of the almanac: festival and solar-term names, holiday notices and the
//! messages of reading a notice or a holiday file. Pure, host-tested.

use super::Lang;
use crate::almanac::{HolidayFileError, Mark, NoticeError, Off};

const TERMS_EN: [&str; 24] = [
    "Minor Cold",
    "Major Cold",
    "Start of Spring",
    "Rain Water",
    "Awakening of Insects",
    "Spring Equinox",
    "Clear and Bright",
    "Grain Rain",
    "Start of Summer",
    "Grain Buds",
    "Grain in Ear",
    "Summer Solstice",
    "Minor Heat",
    "Major Heat",
    "Start of Autumn",
    "End of Heat",
    "White Dew",
    "Autumn Equinox",
    "Cold Dew",
    "Frost's Descent",
    "Start of Winter",
    "Minor Snow",
    "Major Snow",
    "Winter Solstice",
];

/// The name of a festival, observance or solar term.
pub fn mark_name(lang: Lang, mark: Mark) -> &'static str {
    match (lang, mark) {
        (Lang::Zh, m) => m.name_zh(),
        (Lang::En, Mark::Festival(f)) => f.name_en(),
        (Lang::En, Mark::Term(k)) => TERMS_EN.get(k).copied().unwrap_or_default(),
        (Lang::En, Mark::SeniorsDay) => "Seniors' Day",
    }
}

/// The short mark of a day off (休) or a make-up working day (班).
pub fn off_mark(lang: Lang, off: Off) -> &'static str {
    match off {
        Off::Holiday => lang.t().off_holiday,
        Off::Workday => lang.t().off_workday,
    }
}

/// "春节 放假" / "Spring Festival: day off", for a day's tooltip.
pub fn off_title(lang: Lang, off: Off, holiday: &str) -> String {
    let t = lang.t();
    let what = match off {
        Off::Holiday => t.off_holiday_long,
        Off::Workday => t.off_workday_long,
    };
    match lang {
        Lang::Zh => format!("{holiday} {what}"),
        Lang::En => format!("{holiday}: {what}"),
    }
}

/// The notice after a year's arrangement was saved.
pub fn holidays_saved(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("已保存 {year} 年放假安排"),
        Lang::En => format!("The holidays of {year} are saved"),
    }
}

/// What was wrong with a pasted notice.
pub fn notice_error(lang: Lang, error: &NoticeError) -> String {
    match (lang, error) {
        (Lang::Zh, NoticeError::Empty) => {
            "没有找到放假日期。请粘贴通知里“某节：某月某日至某日放假……某月某日上班”这样的内容。".into()
        }
        (Lang::En, NoticeError::Empty) => {
            "No holiday dates found. Paste the notice's lines such as “春节：2月15日至23日放假…2月14日上班”.".into()
        }
        (Lang::Zh, NoticeError::BadDate { text }) => format!("“{text}”不是一个真实的日期，请核对。"),
        (Lang::En, NoticeError::BadDate { text }) => format!("“{text}” is not a real date; please check it."),
        (Lang::Zh, NoticeError::Count { name, said, found }) => {
            format!("{name}：通知写的是共{said}天，日期算出来是{found}天，请核对日期。")
        }
        (Lang::En, NoticeError::Count { name, said, found }) => format!(
            "{name}: the notice says {said} days but its dates give {found}; please check the dates."
        ),
        (Lang::Zh, NoticeError::Both { date }) => {
            format!("{}月{}日既写成放假又写成上班，请核对。", date.format("%-m"), date.format("%-d"))
        }
        (Lang::En, NoticeError::Both { date }) => {
            format!("{date} is both a day off and a working day; please check.")
        }
        (Lang::Zh, NoticeError::OutsideYear { date, year }) => {
            format!("{date} 不在 {year} 年的放假安排范围内，请检查年份。")
        }
        (Lang::En, NoticeError::OutsideYear { date, year }) => {
            format!("{date} does not belong to the holidays of {year}; check the year.")
        }
    }
}

/// What was wrong with a holiday file.
pub fn holiday_file_error(lang: Lang, error: &HolidayFileError) -> String {
    match (lang, error) {
        (Lang::Zh, HolidayFileError::Syntax { line, column }) => {
            format!("这不是有效的 JSON 文件（第 {line} 行第 {column} 列）。")
        }
        (Lang::En, HolidayFileError::Syntax { line, column }) => {
            format!("This is not a valid JSON file (line {line}, column {column}).")
        }
        (Lang::Zh, HolidayFileError::NotHolidays) => {
            "这不是节假日文件：应有 year 和 days（每天的 name、date、isOffDay）。".into()
        }
        (Lang::En, HolidayFileError::NotHolidays) => {
            "This is not a holiday file: it needs year and days (each with name, date, isOffDay)."
                .into()
        }
        (Lang::Zh, HolidayFileError::Empty { year }) => format!("文件里 {year} 年没有任何日期。"),
        (Lang::En, HolidayFileError::Empty { year }) => format!("The file has no days for {year}."),
        (Lang::Zh, HolidayFileError::BadDate { date, year }) => {
            format!("“{date}”不是 {year} 年放假安排里的日期。")
        }
        (Lang::En, HolidayFileError::BadDate { date, year }) => {
            format!("“{date}” is not a date of the {year} holidays.")
        }
    }
}
