//! Statutory holidays (法定节假日) and their make-up working days (调休上班): the
//! arrangements of the State Council's notices (国务院办公厅 放假安排) for 2002–2026
//! as shipped data, and those the user adds for later years.
//!
//! The shipped arrangements are written as notice text and read with the parser a
//! pasted notice goes through ([`super::notice`]), so that parser is exercised on
//! every official arrangement there is. The text was generated from the data
//! string of tyme4rs 1.5.0 (`LEGAL_HOLIDAY_DATA`, which starts with the notice for
//! 2002 and ends at 2026-10-10); `tests/almanac.rs` checks every day against it.
//! A year without a notice yet gets no 休/班 at all: 调休 is never guessed.

use super::notice::parse_notice;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// One day of an arrangement: a day off (`off`) or a make-up working day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct HolidayDay {
    /// The holiday it belongs to (春节, 国庆节 …).
    pub name: String,
    /// The day.
    pub date: NaiveDate,
    /// A day off (`true`) or a make-up working day (`false`). Named as in the
    /// holiday-cn files, so that those files import as they are.
    #[serde(rename = "isOffDay")]
    pub off: bool,
}

/// The arrangement of one year's notice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arrangement {
    /// The year of the notice (its 元旦 may begin in the December before).
    pub year: i32,
    /// Its days, in date order.
    pub days: Vec<HolidayDay>,
}

/// One holiday of an arrangement, as a notice states it: its runs of days off and
/// its make-up working days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HolidaySummary {
    /// The holiday (春节).
    pub name: String,
    /// Its runs of consecutive days off, first and last day.
    pub off: Vec<(NaiveDate, NaiveDate)>,
    /// Its make-up working days.
    pub work: Vec<NaiveDate>,
}

impl Arrangement {
    /// The arrangement holiday by holiday, in the order of their first days.
    pub fn summary(&self) -> Vec<HolidaySummary> {
        let mut out: Vec<HolidaySummary> = Vec::new();
        let mut days = self.days.clone();
        days.sort_by_key(|d| d.date);
        // Days off first, so that each holiday is placed by its first day off.
        days.sort_by_key(|d| !d.off);
        for d in days {
            let i = match out.iter().position(|h| h.name == d.name) {
                Some(i) => i,
                None => {
                    out.push(HolidaySummary {
                        name: d.name.clone(),
                        off: Vec::new(),
                        work: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let h = &mut out[i];
            if !d.off {
                h.work.push(d.date);
                continue;
            }
            match h.off.last_mut() {
                Some(run) if run.1.succ_opt() == Some(d.date) => run.1 = d.date,
                _ => h.off.push((d.date, d.date)),
            }
        }
        out
    }
}

/// What is known of a year's holidays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearStatus {
    /// The State Council's notice, shipped with the app.
    Official,
    /// An arrangement the user added.
    Added,
    /// No notice yet ("放假安排待国务院通知"): only the festivals' own days are shown.
    Pending,
    /// Before the first notice the app has: only the festivals' own days are shown.
    Unknown,
}

/// The first year the shipped data has a notice for.
pub const FIRST_NOTICE: i32 = 2002;

/// The official arrangements, as notice text (see the module documentation).
const SHIPPED: &[(i32, &str)] = &[
    (
        2002,
        "\
元旦：1月1日至3日放假，共3天。2001年12月29日、2001年12月30日上班。\n\
春节：2月12日至18日放假，共7天。2月9日、2月10日上班。\n\
劳动节：5月1日至7日放假，共7天。4月27日、4月28日上班。\n\
国庆节：10月1日至7日放假，共7天。9月28日、9月29日上班。",
    ),
    (
        2003,
        "\
元旦：1月1日放假，共1天。\n\
春节：2月1日至7日放假，共7天。2月8日、2月9日上班。\n\
劳动节：5月1日至7日放假，共7天。4月26日、4月27日上班。\n\
国庆节：10月1日至7日放假，共7天。9月27日、9月28日上班。",
    ),
    (
        2004,
        "\
元旦：1月1日放假，共1天。\n\
春节：1月22日至28日放假，共7天。1月17日、1月18日上班。\n\
劳动节：5月1日至7日放假，共7天。5月8日、5月9日上班。\n\
国庆节：10月1日至7日放假，共7天。10月9日、10月10日上班。",
    ),
    (
        2005,
        "\
元旦：1月1日至3日放假，共3天。\n\
春节：2月9日至15日放假，共7天。2月5日、2月6日上班。\n\
劳动节：5月1日至7日放假，共7天。4月30日、5月8日上班。\n\
国庆节：10月1日至7日放假，共7天。10月8日、10月9日上班。",
    ),
    (
        2006,
        "\
元旦：1月1日至3日放假，共3天。2005年12月31日上班。\n\
春节：1月29日至2月4日放假，共7天。1月28日、2月5日上班。\n\
劳动节：5月1日至7日放假，共7天。4月29日、4月30日上班。\n\
国庆节：10月1日至7日放假，共7天。9月30日、10月8日上班。",
    ),
    (
        2007,
        "\
元旦：1月1日至3日放假，共3天。2006年12月30日、2006年12月31日上班。\n\
春节：2月18日至24日放假，共7天。2月17日、2月25日上班。\n\
劳动节：5月1日至7日放假，共7天。4月28日、4月29日上班。\n\
国庆节：10月1日至7日放假，共7天。9月29日、9月30日上班。",
    ),
    (
        2008,
        "\
元旦：2007年12月30日至1月1日放假，共3天。2007年12月29日上班。\n\
春节：2月6日至12日放假，共7天。2月2日、2月3日上班。\n\
清明节：4月4日至6日放假，共3天。\n\
劳动节：5月1日至3日放假，共3天。5月4日上班。\n\
端午节：6月7日至9日放假，共3天。\n\
中秋节：9月13日至15日放假，共3天。\n\
国庆节：9月29日至10月5日放假，共7天。9月27日、9月28日上班。",
    ),
    (
        2009,
        "\
元旦：1月1日至3日放假，共3天。1月4日上班。\n\
春节：1月25日至31日放假，共7天。1月24日、2月1日上班。\n\
清明节：4月4日至6日放假，共3天。\n\
劳动节：5月1日至3日放假，共3天。\n\
端午节：5月28日至30日放假，共3天。5月31日上班。\n\
国庆节：10月1日至4日放假，共4天。9月27日上班。\n\
中秋节：10月5日至8日放假，共4天。10月10日上班。",
    ),
    (
        2010,
        "\
元旦：1月1日至3日放假，共3天。\n\
春节：2月13日至19日放假，共7天。2月20日、2月21日上班。\n\
清明节：4月3日至5日放假，共3天。\n\
劳动节：5月1日至3日放假，共3天。\n\
端午节：6月14日至16日放假，共3天。6月12日、6月13日上班。\n\
中秋节：9月22日至24日放假，共3天。9月19日、9月25日上班。\n\
国庆节：10月1日至7日放假，共7天。9月26日、10月9日上班。",
    ),
    (
        2011,
        "\
元旦：1月1日至3日放假，共3天。\n\
春节：2月2日至8日放假，共7天。1月30日、2月12日上班。\n\
清明节：4月3日至5日放假，共3天。4月2日上班。\n\
劳动节：4月30日至5月2日放假，共3天。\n\
端午节：6月4日至6日放假，共3天。\n\
中秋节：9月10日至12日放假，共3天。\n\
国庆节：10月1日至7日放假，共7天。10月8日、10月9日上班。",
    ),
    (
        2012,
        "\
元旦：1月1日至3日放假，共3天。2011年12月31日上班。\n\
春节：1月22日至28日放假，共7天。1月21日、1月29日上班。\n\
清明节：4月2日至4日放假，共3天。3月31日、4月1日上班。\n\
劳动节：4月29日至5月1日放假，共3天。4月28日、5月2日上班。\n\
端午节：6月22日至24日放假，共3天。\n\
中秋节：9月30日放假，共1天。9月29日上班。\n\
国庆节：10月1日至7日放假，共7天。10月8日上班。",
    ),
    (
        2013,
        "\
元旦：1月1日至3日放假，共3天。1月5日、1月6日上班。\n\
春节：2月9日至15日放假，共7天。2月16日、2月17日上班。\n\
清明节：4月4日至6日放假，共3天。\n\
劳动节：4月29日至5月1日放假，共3天。4月27日、4月28日上班。\n\
端午节：6月10日至12日放假，共3天。6月8日、6月9日上班。\n\
中秋节：9月19日至21日放假，共3天。9月22日上班。\n\
国庆节：10月1日至7日放假，共7天。9月29日上班。",
    ),
    (
        2014,
        "\
元旦：1月1日放假，共1天。\n\
春节：1月31日至2月6日放假，共7天。1月26日、2月8日上班。\n\
清明节：4月5日至7日放假，共3天。\n\
劳动节：5月1日至3日放假，共3天。5月4日上班。\n\
端午节：5月31日至6月2日放假，共3天。\n\
中秋节：9月6日至8日放假，共3天。\n\
国庆节：10月1日至7日放假，共7天。9月28日、10月11日上班。",
    ),
    (
        2015,
        "\
元旦：1月1日至3日放假，共3天。1月4日上班。\n\
春节：2月18日至24日放假，共7天。2月15日、2月28日上班。\n\
清明节：4月4日至6日放假，共3天。\n\
劳动节：5月1日至3日放假，共3天。\n\
端午节：6月20日至22日放假，共3天。\n\
抗战胜利日：9月3日至5日放假，共3天。9月6日上班。\n\
中秋节：9月26日至27日放假，共2天。\n\
国庆节：10月1日至7日放假，共7天。10月10日上班。",
    ),
    (
        2016,
        "\
元旦：1月1日至3日放假，共3天。\n\
春节：2月7日至13日放假，共7天。2月6日、2月14日上班。\n\
清明节：4月2日至4日放假，共3天。\n\
劳动节：4月30日至5月2日放假，共3天。\n\
端午节：6月9日至11日放假，共3天。6月12日上班。\n\
中秋节：9月15日至17日放假，共3天。9月18日上班。\n\
国庆节：10月1日至7日放假，共7天。10月8日、10月9日上班。",
    ),
    (
        2017,
        "\
元旦：2016年12月31日至1月2日放假，共3天。\n\
春节：1月27日至2月2日放假，共7天。1月22日、2月4日上班。\n\
清明节：4月2日至4日放假，共3天。4月1日上班。\n\
劳动节：4月29日至5月1日放假，共3天。\n\
端午节：5月28日至30日放假，共3天。5月27日上班。\n\
国庆节：10月1日至3日、10月5日至8日放假，共7天。9月30日上班。\n\
中秋节：10月4日放假，共1天。",
    ),
    (
        2018,
        "\
元旦：2017年12月30日至1月1日放假，共3天。\n\
春节：2月15日至21日放假，共7天。2月11日、2月24日上班。\n\
清明节：4月5日至7日放假，共3天。4月8日上班。\n\
劳动节：4月29日至5月1日放假，共3天。4月28日上班。\n\
端午节：6月16日至18日放假，共3天。\n\
中秋节：9月22日至24日放假，共3天。\n\
国庆节：10月1日至7日放假，共7天。9月29日、9月30日上班。",
    ),
    (
        2019,
        "\
元旦：2018年12月30日至1月1日放假，共3天。2018年12月29日上班。\n\
春节：2月4日至10日放假，共7天。2月2日、2月3日上班。\n\
清明节：4月5日至7日放假，共3天。\n\
劳动节：5月1日至4日放假，共4天。4月28日、5月5日上班。\n\
端午节：6月7日至9日放假，共3天。\n\
中秋节：9月13日至15日放假，共3天。\n\
国庆节：10月1日至7日放假，共7天。9月29日、10月12日上班。",
    ),
    (
        2020,
        "\
元旦：1月1日放假，共1天。\n\
春节：1月24日至2月2日放假，共10天。1月19日上班。\n\
清明节：4月4日至6日放假，共3天。\n\
劳动节：5月1日至5日放假，共5天。4月26日、5月9日上班。\n\
端午节：6月25日至27日放假，共3天。6月28日上班。\n\
国庆节、中秋节：10月1日放假，共1天。9月27日上班。\n\
国庆节：10月2日至8日放假，共7天。10月10日上班。",
    ),
    (
        2021,
        "\
元旦：1月1日至3日放假，共3天。\n\
春节：2月11日至17日放假，共7天。2月7日、2月20日上班。\n\
清明节：4月3日至5日放假，共3天。\n\
劳动节：5月1日至5日放假，共5天。4月25日、5月8日上班。\n\
端午节：6月12日至14日放假，共3天。\n\
中秋节：9月19日至21日放假，共3天。9月18日上班。\n\
国庆节：10月1日至7日放假，共7天。9月26日、10月9日上班。",
    ),
    (
        2022,
        "\
元旦：1月1日至3日放假，共3天。\n\
春节：1月31日至2月6日放假，共7天。1月29日、1月30日上班。\n\
清明节：4月3日至5日放假，共3天。4月2日上班。\n\
劳动节：4月30日至5月4日放假，共5天。4月24日、5月7日上班。\n\
端午节：6月3日至5日放假，共3天。\n\
中秋节：9月10日至12日放假，共3天。\n\
国庆节：10月1日至7日放假，共7天。10月8日、10月9日上班。",
    ),
    (
        2023,
        "\
元旦：2022年12月31日至1月2日放假，共3天。\n\
春节：1月21日至27日放假，共7天。1月28日、1月29日上班。\n\
清明节：4月5日放假，共1天。\n\
劳动节：4月29日至5月3日放假，共5天。4月23日、5月6日上班。\n\
端午节：6月22日至24日放假，共3天。6月25日上班。\n\
中秋节：9月29日放假，共1天。\n\
国庆节：9月30日至10月6日放假，共7天。10月7日、10月8日上班。",
    ),
    (
        2024,
        "\
元旦：2023年12月30日至1月1日放假，共3天。\n\
春节：2月10日至17日放假，共8天。2月4日、2月18日上班。\n\
清明节：4月4日至6日放假，共3天。4月7日上班。\n\
劳动节：5月1日至5日放假，共5天。4月28日、5月11日上班。\n\
端午节：6月8日至10日放假，共3天。\n\
中秋节：9月15日至17日放假，共3天。9月14日上班。\n\
国庆节：10月1日至7日放假，共7天。9月29日、10月12日上班。",
    ),
    (
        2025,
        "\
元旦：1月1日放假，共1天。\n\
春节：1月28日至2月4日放假，共8天。1月26日、2月8日上班。\n\
清明节：4月4日至6日放假，共3天。\n\
劳动节：5月1日至5日放假，共5天。4月27日上班。\n\
端午节：5月31日至6月2日放假，共3天。\n\
国庆节、中秋节：10月1日至8日放假，共8天。9月28日、10月11日上班。",
    ),
    (
        2026,
        "\
元旦：1月1日至3日放假，共3天。1月4日上班。\n\
春节：2月15日至23日放假，共9天。2月14日、2月28日上班。\n\
清明节：4月4日至6日放假，共3天。\n\
劳动节：5月1日至5日放假，共5天。5月9日上班。\n\
端午节：6月19日至21日放假，共3天。\n\
国庆节：10月1日至7日放假，共7天。9月20日、10月10日上班。\n\
中秋节：9月25日至27日放假，共3天。",
    ),
];

/// The shipped arrangements. (The data is checked by tests; a line it could not
/// read would be left out rather than stop the app.)
pub fn shipped() -> Vec<Arrangement> {
    SHIPPED
        .iter()
        .filter_map(|&(year, text)| parse_notice(text, year).ok())
        .collect()
}

/// The last year the shipped data has a notice for.
pub fn last_notice() -> i32 {
    SHIPPED.last().map_or(FIRST_NOTICE, |&(year, _)| year)
}

/// Every arrangement known, the user's over the shipped ones of the same year, and
/// a day's entry found in constant time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Holidays {
    years: BTreeMap<i32, (Arrangement, YearStatus)>,
    by_day: HashMap<NaiveDate, (usize, bool)>,
    names: Vec<String>,
    last_official: i32,
}

impl Holidays {
    /// The shipped arrangements with `added` over them.
    pub fn new(added: &[Arrangement]) -> Holidays {
        let mut years = BTreeMap::new();
        for a in shipped() {
            years.insert(a.year, (a, YearStatus::Official));
        }
        for a in added {
            years.insert(a.year, (a.clone(), YearStatus::Added));
        }
        let mut by_day = HashMap::new();
        let mut names: Vec<String> = Vec::new();
        for (a, _) in years.values() {
            for d in &a.days {
                let name = match names.iter().position(|n| *n == d.name) {
                    Some(i) => i,
                    None => {
                        names.push(d.name.clone());
                        names.len() - 1
                    }
                };
                by_day.insert(d.date, (name, d.off));
            }
        }
        Holidays {
            years,
            by_day,
            names,
            last_official: last_notice(),
        }
    }

    /// The day's entry: the holiday's name and whether it is a day off.
    pub fn on(&self, date: NaiveDate) -> Option<(&str, bool)> {
        let &(name, off) = self.by_day.get(&date)?;
        Some((self.names.get(name)?.as_str(), off))
    }

    /// What is known of `year`'s holidays.
    pub fn status(&self, year: i32) -> YearStatus {
        match self.years.get(&year) {
            Some((_, status)) => *status,
            None if year > self.last_official => YearStatus::Pending,
            None => YearStatus::Unknown,
        }
    }

    /// The arrangements the user added, by year.
    pub fn added(&self) -> Vec<Arrangement> {
        self.years
            .values()
            .filter(|(_, s)| *s == YearStatus::Added)
            .map(|(a, _)| a.clone())
            .collect()
    }

    /// The runs of consecutive days off that touch `from`–`to`, each with its
    /// holiday's name, in date order.
    pub fn off_spans(&self, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate, String)> {
        let mut days: Vec<(NaiveDate, &str)> = self
            .by_day
            .iter()
            .filter(|(d, &(_, off))| off && **d >= from && **d <= to)
            .filter_map(|(d, &(n, _))| Some((*d, self.names.get(n)?.as_str())))
            .collect();
        days.sort();
        let mut out: Vec<(NaiveDate, NaiveDate, String)> = Vec::new();
        for (day, name) in days {
            match out.last_mut() {
                Some(last) if last.1.succ_opt() == Some(day) => {
                    last.1 = day;
                    if !last.2.split('、').any(|n| n == name) {
                        last.2 = format!("{}、{name}", last.2);
                    }
                }
                _ => out.push((day, day, name.to_owned())),
            }
        }
        out
    }
}
