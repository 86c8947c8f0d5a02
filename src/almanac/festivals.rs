//! The festivals and observances plans are built around: the traditional lunar
//! festivals (春节, 元宵, 端午, 中秋 …), 清明, and the fixed observances (三八妇女节,
//! 世界读书日, 文化和自然遗产日 …), each with the day it falls on in a given year.

use super::{lunar, terms};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A festival or observance an activity can be anchored to. The snake_case words
/// are those of the plan file (`"festival": "lantern"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Festival {
    /// 除夕: the last day of the lunar year that ends in the plan year.
    SpringEve,
    /// 春节: 正月初一.
    Spring,
    /// 元宵节: 正月十五.
    Lantern,
    /// 龙抬头: 二月初二.
    Longtaitou,
    /// 清明节: the solar term 清明.
    Qingming,
    /// 端午节: 五月初五.
    DragonBoat,
    /// 七夕节: 七月初七.
    Qixi,
    /// 中元节: 七月十五.
    Zhongyuan,
    /// 中秋节: 八月十五.
    MidAutumn,
    /// 重阳节 (also 老年节): 九月初九.
    DoubleNinth,
    /// 腊八节: 腊月初八 of the lunar year that ends in the plan year.
    Laba,
    /// 小年 (北方): 腊月廿三 of the lunar year that ends in the plan year.
    Xiaonian,
    /// 元旦: 1 January.
    NewYear,
    /// 妇女节: 8 March.
    WomensDay,
    /// 植树节: 12 March.
    ArborDay,
    /// 世界读书日: 23 April.
    ReadingDay,
    /// 劳动节: 1 May.
    LabourDay,
    /// 青年节: 4 May.
    YouthDay,
    /// 儿童节: 1 June.
    ChildrensDay,
    /// 文化和自然遗产日: the second Saturday of June.
    HeritageDay,
    /// 建党节: 1 July.
    PartyDay,
    /// 建军节: 1 August.
    ArmyDay,
    /// 教师节: 10 September.
    TeachersDay,
    /// 国庆节: 1 October.
    NationalDay,
    /// 中国农民丰收节: the solar term 秋分.
    HarvestDay,
}

/// The groups a calendar can show or hide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// The traditional festivals, 清明 among them.
    Traditional,
    /// The fixed observances and days such as 农民丰收节.
    Observance,
}

impl Festival {
    /// Every festival, traditional ones first, in the order of the year.
    pub const ALL: [Festival; 25] = [
        Festival::Laba,
        Festival::Xiaonian,
        Festival::SpringEve,
        Festival::Spring,
        Festival::Lantern,
        Festival::Longtaitou,
        Festival::Qingming,
        Festival::DragonBoat,
        Festival::Qixi,
        Festival::Zhongyuan,
        Festival::MidAutumn,
        Festival::DoubleNinth,
        Festival::NewYear,
        Festival::WomensDay,
        Festival::ArborDay,
        Festival::ReadingDay,
        Festival::LabourDay,
        Festival::YouthDay,
        Festival::ChildrensDay,
        Festival::HeritageDay,
        Festival::PartyDay,
        Festival::ArmyDay,
        Festival::TeachersDay,
        Festival::HarvestDay,
        Festival::NationalDay,
    ];

    /// Which group it belongs to.
    pub fn group(self) -> Group {
        use Festival::*;
        match self {
            SpringEve | Spring | Lantern | Longtaitou | Qingming | DragonBoat | Qixi
            | Zhongyuan | MidAutumn | DoubleNinth | Laba | Xiaonian => Group::Traditional,
            _ => Group::Observance,
        }
    }

    /// The Chinese name, as calendars print it (also the `data-festival` word).
    pub fn name_zh(self) -> &'static str {
        use Festival::*;
        match self {
            SpringEve => "除夕",
            Spring => "春节",
            Lantern => "元宵节",
            Longtaitou => "龙抬头",
            Qingming => "清明节",
            DragonBoat => "端午节",
            Qixi => "七夕节",
            Zhongyuan => "中元节",
            MidAutumn => "中秋节",
            DoubleNinth => "重阳节",
            Laba => "腊八节",
            Xiaonian => "小年",
            NewYear => "元旦",
            WomensDay => "妇女节",
            ArborDay => "植树节",
            ReadingDay => "世界读书日",
            LabourDay => "劳动节",
            YouthDay => "青年节",
            ChildrensDay => "儿童节",
            HeritageDay => "文化和自然遗产日",
            PartyDay => "建党节",
            ArmyDay => "建军节",
            TeachersDay => "教师节",
            NationalDay => "国庆节",
            HarvestDay => "农民丰收节",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        use Festival::*;
        match self {
            SpringEve => "New Year's Eve (lunar)",
            Spring => "Spring Festival",
            Lantern => "Lantern Festival",
            Longtaitou => "Dragon Head-raising Day",
            Qingming => "Qingming",
            DragonBoat => "Dragon Boat Festival",
            Qixi => "Qixi",
            Zhongyuan => "Zhongyuan",
            MidAutumn => "Mid-Autumn Festival",
            DoubleNinth => "Double Ninth",
            Laba => "Laba",
            Xiaonian => "Little New Year",
            NewYear => "New Year's Day",
            WomensDay => "Women's Day",
            ArborDay => "Arbor Day",
            ReadingDay => "World Book Day",
            LabourDay => "Labour Day",
            YouthDay => "Youth Day",
            ChildrensDay => "Children's Day",
            HeritageDay => "Cultural Heritage Day",
            PartyDay => "Party Founding Day",
            ArmyDay => "Army Day",
            TeachersDay => "Teachers' Day",
            NationalDay => "National Day",
            HarvestDay => "Farmers' Harvest Festival",
        }
    }

    /// The file word (`lantern`).
    pub fn word(self) -> &'static str {
        use Festival::*;
        match self {
            SpringEve => "spring_eve",
            Spring => "spring",
            Lantern => "lantern",
            Longtaitou => "longtaitou",
            Qingming => "qingming",
            DragonBoat => "dragon_boat",
            Qixi => "qixi",
            Zhongyuan => "zhongyuan",
            MidAutumn => "mid_autumn",
            DoubleNinth => "double_ninth",
            Laba => "laba",
            Xiaonian => "xiaonian",
            NewYear => "new_year",
            WomensDay => "womens_day",
            ArborDay => "arbor_day",
            ReadingDay => "reading_day",
            LabourDay => "labour_day",
            YouthDay => "youth_day",
            ChildrensDay => "childrens_day",
            HeritageDay => "heritage_day",
            PartyDay => "party_day",
            ArmyDay => "army_day",
            TeachersDay => "teachers_day",
            NationalDay => "national_day",
            HarvestDay => "harvest_day",
        }
    }

    /// The festival of a file word.
    pub fn from_word(word: &str) -> Option<Festival> {
        Festival::ALL.into_iter().find(|f| f.word() == word)
    }

    /// The day it falls on in Gregorian `year`; `None` outside 1900–2100.
    ///
    /// 腊八, 小年 and 除夕 are those that lead up to the year's 春节: they belong to
    /// the lunar year before. 小年 and 除夕 always fall in January or February;
    /// 腊八 falls on 29–31 December of the year before when 春节 comes early.
    pub fn day(self, year: i32) -> Option<NaiveDate> {
        use Festival::*;
        if !(terms::FIRST_YEAR..=terms::LAST_YEAR).contains(&year) {
            return None;
        }
        let lunar = |y: i32, month: u8, day: u8| {
            lunar::solar_of(lunar::LunarDate {
                year: y,
                month,
                leap: false,
                day,
            })
        };
        let fixed = |month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
        match self {
            SpringEve => lunar::new_year(year)?.checked_sub_signed(Duration::days(1)),
            Spring => lunar(year, 1, 1),
            Lantern => lunar(year, 1, 15),
            Longtaitou => lunar(year, 2, 2),
            Qingming => terms::term_day(year, terms::QINGMING),
            DragonBoat => lunar(year, 5, 5),
            Qixi => lunar(year, 7, 7),
            Zhongyuan => lunar(year, 7, 15),
            MidAutumn => lunar(year, 8, 15),
            DoubleNinth => lunar(year, 9, 9),
            Laba => lunar(year - 1, 12, 8),
            Xiaonian => lunar(year - 1, 12, 23),
            NewYear => fixed(1, 1),
            WomensDay => fixed(3, 8),
            ArborDay => fixed(3, 12),
            ReadingDay => fixed(4, 23),
            LabourDay => fixed(5, 1),
            YouthDay => fixed(5, 4),
            ChildrensDay => fixed(6, 1),
            HeritageDay => NaiveDate::from_weekday_of_month_opt(year, 6, Weekday::Sat, 2),
            PartyDay => fixed(7, 1),
            ArmyDay => fixed(8, 1),
            TeachersDay => fixed(9, 10),
            NationalDay => fixed(10, 1),
            HarvestDay => terms::term_day(year, terms::AUTUMN_EQUINOX),
        }
    }
}

/// The festivals that fall in Gregorian `year` (and 腊八 of the year after when it
/// falls in this December), with their days, in date order.
pub fn festivals_in(year: i32) -> Vec<(NaiveDate, Festival)> {
    let mut out: Vec<(NaiveDate, Festival)> = [year, year + 1]
        .iter()
        .flat_map(|&y| {
            Festival::ALL
                .iter()
                .filter_map(move |&f| Some((f.day(y)?, f)))
        })
        .filter(|(d, _)| d.year() == year)
        .collect();
    out.sort();
    out.dedup();
    out
}
