//! The almanac against tyme4rs (solar terms of every year, every statutory holiday
//! and make-up day of its data) and against the published dates; the notice-text
//! parser on the 2025 and 2026 notices in full; holiday files.

// Host only: tyme4rs is a host dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Duration, NaiveDate};
use jihua::almanac::holidays::{last_notice, shipped, FIRST_NOTICE};
use jihua::almanac::{
    festivals::festivals_in, holiday_file_json, notice_year, parse_notice, read_holiday_file,
    terms, Almanac, Festival, HolidayFileError, Mark, NoticeError, Off, Shown, YearStatus,
};
use tyme4rs::tyme::holiday::LegalHoliday;
use tyme4rs::tyme::solar::SolarTerm;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn every_solar_term_from_1900_to_2100_agrees_with_tyme4rs() {
    for year in terms::FIRST_YEAR..=terms::LAST_YEAR {
        for k in 0..24 {
            let theirs = SolarTerm::from_index(year as isize, k as isize + 1).get_solar_day();
            let want = date(
                theirs.get_year() as i32,
                theirs.get_month() as u32,
                theirs.get_day() as u32,
            );
            assert_eq!(
                terms::term_day(year, k),
                Some(want),
                "{year} {}",
                terms::NAMES[k]
            );
            assert_eq!(terms::term_on(want), Some(k));
        }
    }
    assert_eq!(terms::term_day(1899, 0), None);
    assert_eq!(terms::term_day(2101, 0), None);
    assert_eq!(terms::term_day(2026, 24), None);
}

#[test]
fn published_festival_days() {
    let cases = [
        (Festival::Spring, 2026, date(2026, 2, 17)),
        (Festival::Lantern, 2026, date(2026, 3, 3)),
        (Festival::DragonBoat, 2026, date(2026, 6, 19)),
        (Festival::MidAutumn, 2026, date(2026, 9, 25)),
        (Festival::Spring, 2027, date(2027, 2, 6)),
        (Festival::Lantern, 2027, date(2027, 2, 20)),
        (Festival::MidAutumn, 2027, date(2027, 9, 15)),
        (Festival::Qingming, 2026, date(2026, 4, 5)),
        (Festival::SpringEve, 2026, date(2026, 2, 16)),
        (Festival::Xiaonian, 2026, date(2026, 2, 10)),
        (Festival::Laba, 2026, date(2026, 1, 26)),
        (Festival::Laba, 2023, date(2022, 12, 30)),
        (Festival::Longtaitou, 2026, date(2026, 3, 20)),
        (Festival::Qixi, 2026, date(2026, 8, 19)),
        (Festival::Zhongyuan, 2026, date(2026, 8, 27)),
        (Festival::DoubleNinth, 2026, date(2026, 10, 18)),
        (Festival::HeritageDay, 2026, date(2026, 6, 13)),
        (Festival::HeritageDay, 2027, date(2027, 6, 12)),
        (Festival::HarvestDay, 2026, date(2026, 9, 23)),
        (Festival::ReadingDay, 2026, date(2026, 4, 23)),
        // 1900, 2033 (the year of the leap eleventh month) and 2100.
        (Festival::Spring, 1900, date(1900, 1, 31)),
        (Festival::SpringEve, 1900, date(1900, 1, 30)),
        (Festival::Laba, 1900, date(1900, 1, 8)),
        (Festival::MidAutumn, 2033, date(2033, 9, 8)),
        (Festival::Spring, 2034, date(2034, 2, 19)),
        (Festival::Spring, 2100, date(2100, 2, 9)),
    ];
    for (f, year, want) in cases {
        assert_eq!(f.day(year), Some(want), "{f:?} {year}");
    }
    assert_eq!(Festival::Spring.day(1899), None);
    assert_eq!(Festival::Spring.day(2101), None);
    for f in Festival::ALL {
        assert_eq!(Festival::from_word(f.word()), Some(f));
    }
}

#[test]
fn every_festival_falls_in_its_year_from_1900_to_2100() {
    for year in 1900..=2100 {
        for f in Festival::ALL {
            let day = f.day(year).unwrap_or_else(|| panic!("{f:?} {year}"));
            if f == Festival::Laba {
                // 腊八 of an early 春节 falls on the last days of the year before.
                assert!(day >= date(year - 1, 12, 29), "{f:?} {year} {day}");
            } else {
                assert_eq!(day.year(), year, "{f:?} {year}");
            }
        }
        let listed = festivals_in(year);
        assert!(listed.iter().all(|(d, _)| d.year() == year));
        assert!(listed.windows(2).all(|w| w[0] <= w[1]));
    }
}

/// The shipped data's entry of a day, as tyme4rs would give it: (off, name).
fn tyme_entry(day: NaiveDate) -> Option<(bool, String)> {
    let h = LegalHoliday::from_ymd(
        day.year() as isize,
        day.month() as usize,
        day.day() as usize,
    )?;
    let name = match tyme4rs::tyme::Culture::get_name(&h).as_str() {
        "国庆中秋" => "国庆节、中秋节".to_owned(),
        other => other.to_owned(),
    };
    Some((!h.is_work(), name))
}

#[test]
fn every_holiday_and_make_up_day_agrees_with_tyme4rs() {
    let almanac = Almanac::new(&[]);
    let mut day = date(2001, 1, 1);
    let mut seen = 0;
    while day <= date(2026, 12, 31) {
        let ours = almanac
            .holidays
            .on(day)
            .map(|(name, off)| (off, name.to_owned()));
        assert_eq!(ours, tyme_entry(day), "{day}");
        seen += usize::from(ours.is_some());
        day += Duration::days(1);
    }
    assert!(seen > 800, "{seen}");
    assert_eq!(shipped().len(), 25);
    assert_eq!((FIRST_NOTICE, last_notice()), (2002, 2026));
}

#[test]
fn the_2026_holidays_and_make_up_days() {
    let almanac = Almanac::new(&[]);
    let notes = almanac.notes(date(2026, 1, 1), date(2026, 12, 31), Shown::default());
    let off = |d: NaiveDate| notes.iter().find(|n| n.date == d).and_then(|n| n.off);
    for d in date(2026, 2, 15).iter_days().take(9) {
        assert_eq!(off(d), Some(Off::Holiday), "{d}");
    }
    for d in [(2, 14), (2, 28), (9, 20), (10, 10), (1, 4), (5, 9)] {
        assert_eq!(off(date(2026, d.0, d.1)), Some(Off::Workday), "{d:?}");
    }
    assert_eq!(off(date(2026, 2, 24)), None);
    assert_eq!(off(date(2026, 2, 13)), None);
    let holidays = &almanac.holidays;
    assert_eq!(holidays.status(2026), YearStatus::Official);
    assert_eq!(holidays.status(2027), YearStatus::Pending);
    assert_eq!(holidays.status(2001), YearStatus::Unknown);
    let spans = holidays.off_spans(date(2026, 2, 1), date(2026, 2, 28));
    assert_eq!(
        spans,
        vec![(date(2026, 2, 15), date(2026, 2, 23), "春节".to_owned())]
    );
}

#[test]
fn a_year_without_a_notice_shows_festivals_but_no_holidays() {
    let almanac = Almanac::new(&[]);
    let notes = almanac.notes(date(2027, 2, 1), date(2027, 2, 28), Shown::default());
    assert!(notes.iter().all(|n| n.off.is_none()));
    let on = |d: u32| notes.iter().find(|n| n.date == date(2027, 2, d)).unwrap();
    assert_eq!(on(6).marks_zh(), "春节");
    assert_eq!(on(6).lunar_name(), "正月初一");
    assert_eq!(on(6).lunar_short(), "正月");
    assert_eq!(on(20).marks_zh(), "元宵节");
    assert_eq!(on(20).lunar_name(), "正月十五");
    assert_eq!(on(20).lunar_short(), "十五");
    assert_eq!(on(5).marks_zh(), "除夕");
    assert_eq!(on(4).marks_zh(), "立春");
}

#[test]
fn hidden_groups_leave_their_marks_out() {
    let almanac = Almanac::new(&[]);
    let day = |shown: Shown, d: NaiveDate| almanac.notes(d, d, shown).remove(0);
    let qingming = date(2026, 4, 5);
    assert_eq!(day(Shown::default(), qingming).marks_zh(), "清明节");
    let no_festivals = Shown {
        traditional: false,
        ..Shown::default()
    };
    assert_eq!(day(no_festivals, qingming).marks_zh(), "清明");
    let double_ninth = date(2026, 10, 18);
    assert_eq!(
        day(Shown::default(), double_ninth).marks_zh(),
        "重阳节,老年节"
    );
    assert_eq!(
        day(Shown::default(), date(2026, 9, 23)).marks,
        vec![Mark::Festival(Festival::HarvestDay), Mark::Term(17)]
    );
    let no_holidays = Shown {
        holidays: false,
        ..Shown::default()
    };
    assert_eq!(day(no_holidays, date(2026, 2, 16)).off, None);
    assert_eq!(day(no_holidays, date(2026, 2, 16)).marks_zh(), "除夕");
    let shown = Shown::from_setting(&no_holidays.to_setting());
    assert_eq!(shown, no_holidays);
    assert_eq!(Shown::from_setting(""), Shown::default());
}

const NOTICE_2026: &str = "国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2025年11月4日";

const NOTICE_2025: &str = "国务院办公厅关于2025年部分节假日安排的通知
国办发明电〔2024〕12号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
根据《国务院关于修改〈全国年节及纪念日放假办法〉的决定》，为便于各地区、各部门及早合理安排节假日旅游、交通运输、生产经营等有关工作，经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、国庆节、中秋节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2024年11月12日";

/// The official arrangement of `year` as the shipped data has it.
fn official(year: i32) -> jihua::almanac::Arrangement {
    shipped().into_iter().find(|a| a.year == year).unwrap()
}

/// (date, off) of every day, names aside.
fn days_of(a: &jihua::almanac::Arrangement) -> Vec<(NaiveDate, bool)> {
    a.days.iter().map(|d| (d.date, d.off)).collect()
}

#[test]
fn the_2026_notice_in_full() {
    assert_eq!(notice_year(NOTICE_2026), Some(2026));
    let parsed = parse_notice(NOTICE_2026, 2026).unwrap();
    assert_eq!(days_of(&parsed), days_of(&official(2026)));
    let name = |d: NaiveDate| {
        parsed
            .days
            .iter()
            .find(|x| x.date == d)
            .unwrap()
            .name
            .clone()
    };
    assert_eq!(name(date(2026, 2, 15)), "春节");
    assert_eq!(name(date(2026, 2, 28)), "春节");
    assert_eq!(name(date(2026, 9, 20)), "国庆节");
    assert_eq!(parsed.days.iter().filter(|d| !d.off).count(), 6);
}

#[test]
fn the_2025_notice_in_full() {
    assert_eq!(notice_year(NOTICE_2025), Some(2025));
    let parsed = parse_notice(NOTICE_2025, 2025).unwrap();
    assert_eq!(days_of(&parsed), days_of(&official(2025)));
    let name = |d: NaiveDate| {
        parsed
            .days
            .iter()
            .find(|x| x.date == d)
            .unwrap()
            .name
            .clone()
    };
    assert_eq!(name(date(2025, 10, 8)), "国庆节、中秋节");
    assert_eq!(name(date(2025, 1, 1)), "元旦");
}

#[test]
fn the_issue_example_and_other_wordings() {
    let a = parse_notice(
        "春节：2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。",
        2026,
    )
    .unwrap();
    assert_eq!(a.days.len(), 11);
    // A range across the new year, with the year written out; full-width digits;
    // commas instead of full stops; a range ending in another month.
    let a = parse_notice(
        "一、元旦：２０１７年１２月３０日至２０１８年１月１日放假，共３天。\n二、劳动节：4月29日至5月1日放假调休，共3天，4月28日（星期六）上班",
        2018,
    )
    .unwrap();
    let off: Vec<_> = a.days.iter().filter(|d| d.off).map(|d| d.date).collect();
    assert_eq!(
        off,
        vec![
            date(2017, 12, 30),
            date(2017, 12, 31),
            date(2018, 1, 1),
            date(2018, 4, 29),
            date(2018, 4, 30),
            date(2018, 5, 1)
        ]
    );
    assert!(a.days.iter().any(|d| d.date == date(2018, 4, 28) && !d.off));
    // Chinese numerals in 共N天, and a name given with spaces.
    assert!(parse_notice("国庆节 ：10月1日至7日放假，共七天。", 2027).is_ok());
}

#[test]
fn notice_mistakes_are_named() {
    assert_eq!(
        parse_notice("春节：2月15日至22日放假调休，共9天。", 2026),
        Err(NoticeError::Count {
            name: "春节".into(),
            said: 9,
            found: 8
        })
    );
    assert_eq!(
        parse_notice("春节：2月30日放假。", 2026),
        Err(NoticeError::BadDate {
            text: "2月30日".into()
        })
    );
    assert_eq!(
        parse_notice("这里没有日期。", 2026),
        Err(NoticeError::Empty)
    );
    assert_eq!(parse_notice("", 2026), Err(NoticeError::Empty));
    assert!(matches!(
        parse_notice("春节：2月15日放假。2月15日上班。", 2026),
        Err(NoticeError::Both { .. })
    ));
    assert!(matches!(
        parse_notice("春节：2025年2月15日放假。", 2027),
        Err(NoticeError::OutsideYear { .. })
    ));
    assert_eq!(notice_year("春节：2月15日放假"), None);
    assert_eq!(notice_year("元旦：2017年12月30日至2018年1月1日"), None);
}

#[test]
fn an_added_year_overrides_and_fills_in() {
    let added = parse_notice(
        "春节：2月5日至13日放假调休，共9天。2月20日（周六）上班。",
        2027,
    )
    .unwrap();
    let almanac = Almanac::new(std::slice::from_ref(&added));
    assert_eq!(almanac.holidays.status(2027), YearStatus::Added);
    assert_eq!(almanac.holidays.on(date(2027, 2, 6)), Some(("春节", true)));
    assert_eq!(
        almanac.holidays.on(date(2027, 2, 20)),
        Some(("春节", false))
    );
    assert_eq!(almanac.holidays.added(), vec![added]);
}

#[test]
fn holiday_files_in_the_holiday_cn_shape() {
    let one = r#"{"$schema":"x","year":2027,"papers":["https://www.gov.cn/"],
        "days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},
                {"name":"春节","date":"2027-02-20","isOffDay":false}]}"#;
    let years = read_holiday_file(one).unwrap();
    assert_eq!(years.len(), 1);
    assert_eq!(years[0].year, 2027);
    assert_eq!(years[0].days.len(), 2);
    let again = read_holiday_file(&holiday_file_json(&years)).unwrap();
    assert_eq!(again, years);
    assert!(matches!(
        read_holiday_file("{\"year\":"),
        Err(HolidayFileError::Syntax { line: 1, .. })
    ));
    assert_eq!(
        read_holiday_file(r#"{"format":"jihua-plan"}"#),
        Err(HolidayFileError::NotHolidays)
    );
    assert_eq!(
        read_holiday_file(r#"{"year":2027,"days":[]}"#),
        Err(HolidayFileError::Empty { year: 2027 })
    );
    assert!(matches!(
        read_holiday_file(
            r#"{"year":2027,"days":[{"name":"x","date":"2030-01-01","isOffDay":true}]}"#
        ),
        Err(HolidayFileError::BadDate { .. })
    ));
    assert_eq!(read_holiday_file("[]"), Err(HolidayFileError::NotHolidays));
}

#[test]
fn the_file_check_knows_every_festival_word() {
    let words: Vec<&str> = Festival::ALL.iter().map(|f| f.word()).collect();
    assert_eq!(jihua::file::shape::FESTIVAL_WORDS, words.as_slice());
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../public/schema/jihua-plan-v2.json")).unwrap();
    let festival = schema["$defs"]["when"]["allOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|rule| rule["if"]["properties"]["kind"]["const"] == "festival")
        .unwrap();
    let mut in_schema: Vec<&str> = festival["then"]["properties"]["festival"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let mut ours = words.clone();
    in_schema.sort();
    ours.sort();
    assert_eq!(in_schema, ours);
}

#[test]
fn an_arrangement_reads_holiday_by_holiday() {
    let summary = parse_notice(NOTICE_2026, 2026).unwrap().summary();
    let names: Vec<&str> = summary.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "元旦",
            "春节",
            "清明节",
            "劳动节",
            "端午节",
            "中秋节",
            "国庆节"
        ]
    );
    assert_eq!(summary[1].off, vec![(date(2026, 2, 15), date(2026, 2, 23))]);
    assert_eq!(summary[1].work, vec![date(2026, 2, 14), date(2026, 2, 28)]);
    assert_eq!(summary[6].work, vec![date(2026, 9, 20), date(2026, 10, 10)]);
}

/// The 2019 and 2024 notices, whose 元旦, 清明, 端午 and 中秋 say "与周末连休" (the
/// weekend next to the day off is part of the holiday), and 2015's 补休.
#[test]
fn older_wordings_give_the_official_days() {
    let notice_2019 =
        "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。
三、清明节：4月5日放假，与周末连休。
四、劳动节：5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。
五、端午节：6月7日放假，与周末连休。
六、中秋节：9月13日放假，与周末连休。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。";
    let parsed = parse_notice(notice_2019, 2019).unwrap();
    assert_eq!(days_of(&parsed), days_of(&official(2019)));
    let notice_2024 = "一、元旦：1月1日放假，与周末连休。
二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。
三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。
五、端午节：6月10日放假，与周末连休。
六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。";
    let parsed = parse_notice(notice_2024, 2024).unwrap();
    assert_eq!(days_of(&parsed), days_of(&official(2024)));
    let qingming_2015 =
        parse_notice("三、清明节：4月5日放假，4月6日（星期一）补休。", 2015).unwrap();
    let off: Vec<NaiveDate> = qingming_2015
        .days
        .iter()
        .filter(|d| d.off)
        .map(|d| d.date)
        .collect();
    // 补休 is a day off too; the Saturday before is not named, so it is not marked.
    assert_eq!(off, vec![date(2015, 4, 5), date(2015, 4, 6)]);
}
