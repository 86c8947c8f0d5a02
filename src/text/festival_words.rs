//! Festival phrases: a festival's name ("春节", "元宵节", "国庆", "“七一”") and what
//! follows it: 期间 (its holiday), 前 (the week before), 后, 前后 (各N天), 前夕, 当天.

use super::norm::{starts, starts_any};
use super::numerals::{integer_at, is_numeral};
use super::time::Spec;
use crate::almanac::Festival;

/// How a name may be read: `Free` anywhere; `Guarded` names are also ordinary
/// numbers ("五一", "七一", "三八") and count only in quotes or before a qualifier.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Free,
    Guarded,
}

/// Names, longest first so that "元宵节" is read before "元宵".
const NAMES: &[(&str, Festival, Reading)] = &[
    ("中国农民丰收节", Festival::HarvestDay, Reading::Free),
    ("文化和自然遗产日", Festival::HeritageDay, Reading::Free),
    ("三八国际妇女节", Festival::WomensDay, Reading::Free),
    ("五一国际劳动节", Festival::LabourDay, Reading::Free),
    ("文化遗产日", Festival::HeritageDay, Reading::Free),
    ("农民丰收节", Festival::HarvestDay, Reading::Free),
    ("世界读书日", Festival::ReadingDay, Reading::Free),
    ("三八妇女节", Festival::WomensDay, Reading::Free),
    ("五一劳动节", Festival::LabourDay, Reading::Free),
    ("五四青年节", Festival::YouthDay, Reading::Free),
    ("六一儿童节", Festival::ChildrensDay, Reading::Free),
    ("七一建党节", Festival::PartyDay, Reading::Free),
    ("八一建军节", Festival::ArmyDay, Reading::Free),
    ("十一国庆节", Festival::NationalDay, Reading::Free),
    ("国际妇女节", Festival::WomensDay, Reading::Free),
    ("国际劳动节", Festival::LabourDay, Reading::Free),
    ("国际儿童节", Festival::ChildrensDay, Reading::Free),
    ("元宵佳节", Festival::Lantern, Reading::Free),
    ("中秋佳节", Festival::MidAutumn, Reading::Free),
    ("丰收节", Festival::HarvestDay, Reading::Free),
    ("读书日", Festival::ReadingDay, Reading::Free),
    ("妇女节", Festival::WomensDay, Reading::Free),
    ("劳动节", Festival::LabourDay, Reading::Free),
    ("青年节", Festival::YouthDay, Reading::Free),
    ("儿童节", Festival::ChildrensDay, Reading::Free),
    ("建党节", Festival::PartyDay, Reading::Free),
    ("建军节", Festival::ArmyDay, Reading::Free),
    ("教师节", Festival::TeachersDay, Reading::Free),
    ("国庆节", Festival::NationalDay, Reading::Free),
    ("植树节", Festival::ArborDay, Reading::Free),
    ("元宵节", Festival::Lantern, Reading::Free),
    ("清明节", Festival::Qingming, Reading::Free),
    ("端午节", Festival::DragonBoat, Reading::Free),
    ("七夕节", Festival::Qixi, Reading::Free),
    ("中元节", Festival::Zhongyuan, Reading::Free),
    ("中秋节", Festival::MidAutumn, Reading::Free),
    ("重阳节", Festival::DoubleNinth, Reading::Free),
    ("老年节", Festival::DoubleNinth, Reading::Free),
    ("腊八节", Festival::Laba, Reading::Free),
    ("龙抬头", Festival::Longtaitou, Reading::Free),
    ("三八节", Festival::WomensDay, Reading::Free),
    ("春节", Festival::Spring, Reading::Free),
    ("元宵", Festival::Lantern, Reading::Free),
    ("清明", Festival::Qingming, Reading::Free),
    ("端午", Festival::DragonBoat, Reading::Free),
    ("七夕", Festival::Qixi, Reading::Free),
    ("中秋", Festival::MidAutumn, Reading::Free),
    ("重阳", Festival::DoubleNinth, Reading::Free),
    ("国庆", Festival::NationalDay, Reading::Free),
    ("元旦", Festival::NewYear, Reading::Free),
    ("除夕", Festival::SpringEve, Reading::Free),
    ("腊八", Festival::Laba, Reading::Free),
    ("小年", Festival::Xiaonian, Reading::Guarded),
    ("新春", Festival::Spring, Reading::Guarded),
    ("三八", Festival::WomensDay, Reading::Guarded),
    ("五一", Festival::LabourDay, Reading::Guarded),
    ("五四", Festival::YouthDay, Reading::Guarded),
    ("六一", Festival::ChildrensDay, Reading::Guarded),
    ("七一", Festival::PartyDay, Reading::Guarded),
    ("八一", Festival::ArmyDay, Reading::Guarded),
    ("十一", Festival::NationalDay, Reading::Guarded),
];

/// The first characters of [`NAMES`]: a position whose char is not one of them
/// starts no festival (a quick test, since every char of a plan is tried).
const FIRST: &str = "七三世中丰五儿元八六农劳十国妇小建教文新春植清端老腊读重除青龙";

/// The days of a festival's holiday ("春节期间"), in days after its day.
pub fn holiday_of(festival: Festival) -> (i32, i32) {
    use Festival::*;
    match festival {
        Spring | NationalDay => (0, 6),
        LabourDay => (0, 4),
        NewYear | Qingming | DragonBoat | MidAutumn | Lantern => (0, 2),
        _ => (0, 0),
    }
}

/// A festival phrase at `j`, with the chars it takes.
pub fn festival_at(chars: &[char], j: usize) -> Option<(Spec, usize)> {
    if !chars.get(j).is_some_and(|c| FIRST.contains(*c)) {
        return None;
    }
    let quoted = j > 0 && matches!(chars[j - 1], '“' | '"' | '「' | '\'' | '‘');
    let (name_len, festival, reading) = NAMES
        .iter()
        .find(|(name, ..)| starts(chars, j, name))
        .map(|(name, f, r)| (name.chars().count(), *f, *r))?;
    let mut i = j + name_len;
    // Closing quote and 节/节日 after a quoted or short name: "“七一”期间", "国庆节日".
    if quoted && matches!(chars.get(i), Some('”' | '"' | '」' | '\'' | '’')) {
        i += 1;
    }
    if let Some(n) = starts_any(chars, i, &["节日", "节"]) {
        if !NAMES
            .iter()
            .any(|(name, ..)| name.ends_with('节') && starts(chars, j, name))
        {
            i += n;
        }
    }
    let (range, end) = qualifier(chars, i, festival);
    if reading == Reading::Guarded {
        let glued = j > 0 && (is_numeral(chars[j - 1]) || chars[j - 1].is_ascii_digit());
        let number_next = chars
            .get(j + name_len)
            .is_some_and(|c| is_numeral(*c) || c.is_ascii_digit() || *c == '月');
        if glued || number_next || !(quoted || end > i || starts(chars, j + name_len, "节")) {
            return None;
        }
    }
    Some((Spec::Festival(festival, range.0, range.1), end))
}

/// What follows a festival's name, and the days it means.
fn qualifier(chars: &[char], i: usize, festival: Festival) -> ((i32, i32), usize) {
    if let Some(n) = starts_any(chars, i, &["期间", "假期", "长假", "黄金周", "节假日"])
    {
        return (holiday_of(festival), i + n);
    }
    if let Some(n) = starts_any(chars, i, &["前后各", "前后"]) {
        let (days, m) = days_after(chars, i + n).unwrap_or((3, 0));
        return ((-days, days), i + n + m);
    }
    if let Some(n) = starts_any(chars, i, &["前夕"]) {
        return ((-3, -1), i + n);
    }
    if let Some(n) = starts_any(chars, i, &["当天", "当日"]) {
        return ((0, 0), i + n);
    }
    if starts(chars, i, "前") {
        let (days, m) = days_after(chars, i + 1).unwrap_or((7, 0));
        return ((-days, -1), i + 1 + m);
    }
    if starts(chars, i, "后") && !starts(chars, i, "后勤") {
        let (days, m) = days_after(chars, i + 1).unwrap_or((7, 0));
        return ((1, days), i + 1 + m);
    }
    ((0, 0), i)
}

/// "三天", "3天", "一周" after 前/后: the days, and the chars taken.
fn days_after(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let (n, len) = integer_at(chars.get(i..)?)?;
    let n = i32::try_from(n).ok()?;
    match chars.get(i + len) {
        Some('天' | '日') if (1..=60).contains(&n) => Some((n, len + 1)),
        Some('周') if (1..=8).contains(&n) => Some((n * 7, len + 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::norm;

    fn read(s: &str) -> Option<Spec> {
        festival_at(&norm::chars(s), 0).map(|(s, _)| s)
    }

    #[test]
    fn every_name_starts_with_a_first_char() {
        for (name, ..) in NAMES {
            assert!(FIRST.contains(name.chars().next().unwrap()), "{name}");
        }
    }

    #[test]
    fn names_and_qualifiers() {
        assert_eq!(
            read("春节期间"),
            Some(Spec::Festival(Festival::Spring, 0, 6))
        );
        assert_eq!(
            read("元宵节"),
            Some(Spec::Festival(Festival::Lantern, 0, 0))
        );
        assert_eq!(
            read("国庆期间"),
            Some(Spec::Festival(Festival::NationalDay, 0, 6))
        );
        assert_eq!(
            read("春节前后各三天"),
            Some(Spec::Festival(Festival::Spring, -3, 3))
        );
        assert_eq!(
            read("中秋前夕"),
            Some(Spec::Festival(Festival::MidAutumn, -3, -1))
        );
        assert_eq!(
            read("五一期间"),
            Some(Spec::Festival(Festival::LabourDay, 0, 4))
        );
        assert_eq!(read("五一"), None);
        assert_eq!(read("新春秧歌"), None);
        assert_eq!(
            read("新春期间"),
            Some(Spec::Festival(Festival::Spring, 0, 6))
        );
    }
}
