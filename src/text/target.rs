//! Targets ("不少于12次", "一百场", "300人/次以上", "约50人次", "100场次左右") and
//! repeats ("每周", "每月一期", "每季度", "每年两次") found in a line.

use super::norm::{starts, starts_any};
use super::numerals::{is_numeral, number_at};
use crate::model::target::valid_quantity;
use crate::model::target::PeriodTarget;
use crate::model::{Comparator, Period, Repeat, Target};
use std::ops::Range;

/// A target found in a line, with where it was.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetFound {
    /// The target.
    pub target: Target,
    /// Said with a comparator (不少于, 以上, 约 …): preferred over a bare count.
    pub compared: bool,
    /// Where it is (chars).
    pub at: Range<usize>,
}

/// A repeat found in a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepeatFound {
    /// The rule.
    pub repeat: Repeat,
    /// Where it is (chars).
    pub at: Range<usize>,
}

/// Units a target can count, longest first. 个 and 届 are left out on purpose:
/// "2个剧团" and "第三届" are rarely targets.
const UNITS: &[&str] = &[
    "人/次",
    "人·次",
    "场次",
    "人次",
    "课时",
    "公里",
    "平方米",
    "小时",
    "场",
    "次",
    "期",
    "人",
    "名",
    "件",
    "项",
    "篇",
    "部",
    "台",
    "支",
    "幅",
    "户",
    "家",
    "所",
    "座",
    "处",
    "节",
    "天",
    "册",
    "本",
    "套",
    "份",
    "批",
    "条",
    "首",
    "讲",
    "堂",
    "班",
    "队",
    "村",
];

const AT_LEAST: &[&str] = &[
    "不少于",
    "不低于",
    "不少於",
    "至少",
    "最少",
    "力争",
    "达到",
    "超过",
    "突破",
];
const AT_MOST: &[&str] = &["不超过", "不多于", "不高于", "最多", "控制在"];
const ABOUT: &[&str] = &["大约", "约", "近"];

/// Every target in `chars`, in order.
pub fn find_targets(chars: &[char]) -> Vec<TargetFound> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match target_at(chars, i) {
            Some(t) => {
                i = t.at.end;
                found.push(t);
            }
            None => i += 1,
        }
    }
    found
}

/// The target a line means: the first said with a comparator, else the first.
pub fn best_target(chars: &[char]) -> Option<TargetFound> {
    let all = find_targets(chars);
    let compared = all.iter().position(|t| t.compared);
    let pick = compared.unwrap_or(0);
    all.into_iter().nth(pick)
}

/// Characters a target can start with, besides digits and Chinese numerals: the
/// first characters of the comparators (a quick test for every position).
const TARGET_FIRST: &str = "不至最力达超突控大约近百";

fn target_at(chars: &[char], at: usize) -> Option<TargetFound> {
    let c = *chars.get(at)?;
    if !(c.is_ascii_digit() || is_numeral(c) || TARGET_FIRST.contains(c)) {
        return None;
    }
    let (mut op, mut compared, start_num) = if let Some(n) = starts_any(chars, at, AT_LEAST) {
        (Comparator::AtLeast, true, at + n)
    } else if let Some(n) = starts_any(chars, at, AT_MOST) {
        (Comparator::AtMost, true, at + n)
    } else if let Some(n) = starts_any(chars, at, ABOUT) {
        (Comparator::About, true, at + n)
    } else {
        (Comparator::Exactly, false, at)
    };
    let before = start_num.checked_sub(1).map(|i| chars[i]);
    if !compared
        && before
            .is_some_and(|c| is_numeral(c) || c.is_ascii_digit() || matches!(c, '第' | '.' | '每'))
    {
        return None;
    }
    let (value, n) = number_at(&chars[start_num..])?;
    let mut i = start_num + n;
    // "1-2次", "1—2次": the lower bound, at least.
    if chars.get(i) == Some(&'-') {
        if let Some((_, m)) = number_at(chars.get(i + 1..)?) {
            i += 1 + m;
            op = Comparator::AtLeast;
            compared = true;
        }
    }
    // "100多场", "50余人".
    if matches!(chars.get(i), Some('多' | '余')) {
        i += 1;
        op = Comparator::AtLeast;
        compared = true;
    }
    let unit_len = starts_any(chars, i, UNITS)?;
    let mut unit: String = chars[i..i + unit_len].iter().collect();
    unit = unit.replace(['/', '·'], "");
    if let Some(rest) = unit.strip_prefix('余') {
        unit = rest.to_owned();
        op = Comparator::AtLeast;
        compared = true;
    }
    let mut end = i + unit_len;
    // A count of one without a comparator is an article ("一场演出"), and a number
    // before 年/月/日 is a time; neither is a target.
    if !compared && value == 1.0 && !chars[start_num].is_ascii_digit() {
        return None;
    }
    if let Some(n) = starts_any(chars, end, &["及以上", "以上"]) {
        op = Comparator::AtLeast;
        compared = true;
        end += n;
    } else if let Some(n) = starts_any(chars, end, &["以下", "以内"]) {
        op = Comparator::AtMost;
        compared = true;
        end += n;
    } else if let Some(n) = starts_any(chars, end, &["左右", "上下"]) {
        op = Comparator::About;
        compared = true;
        end += n;
    }
    // "八项规定", "三项制度": a count that names a rule, not work to do.
    if starts_any(
        chars,
        end,
        &["规定", "原则", "制度", "要求", "注意", "纪律"],
    )
    .is_some()
    {
        return None;
    }
    // "次日", "场所", "天气": the unit char begins another word.
    if starts_any(
        chars,
        i,
        &[
            "次日", "场所", "场地", "场馆", "天气", "部门", "台账", "期间", "人员", "人民", "家庭",
            "户外", "节目", "节日", "班子", "队伍", "名单", "名称", "处理",
        ],
    )
    .is_some()
    {
        return None;
    }
    if !valid_quantity(value) || value == 0.0 {
        return None;
    }
    Some(TargetFound {
        target: Target {
            op,
            quantity: value,
            unit,
        },
        compared,
        at: at..end,
    })
}

/// A target for each period found in a line ("每季度不少于1次"), with where the
/// period word starts and where the target is.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodTargetFound {
    /// The target for each period.
    pub target: PeriodTarget,
    /// Where it is, from the period word to the end of the target (chars).
    pub at: Range<usize>,
    /// Where the target part is (chars): the whole-time target is another one.
    pub target_at: Range<usize>,
}

/// Words that name a period, longest first.
const PERIOD_WORDS: [(&str, Period); 8] = [
    ("每个星期", Period::Week),
    ("每个季度", Period::Quarter),
    ("每星期", Period::Week),
    ("每季度", Period::Quarter),
    ("每个月", Period::Month),
    ("每周", Period::Week),
    ("每季", Period::Quarter),
    ("每月", Period::Month),
];

/// Most characters between the period word and its target: a verb and a little
/// more ("每季度开展不少于1次", "每月至少举办讲座2场" is too far).
const PERIOD_GAP: usize = 4;

/// The first target a line sets for each week, month or quarter: a target said
/// with a comparator close after 每周/每月/每季度 ("每季度不少于1次，全年不少于6次"
/// gives 1 次 a quarter; "每月至少开展2场" 2 场 a month). Bare counts ("每月2次")
/// are repeats, not targets.
pub fn find_per_period(chars: &[char]) -> Option<PeriodTargetFound> {
    let targets = find_targets(chars);
    for (i, &c) in chars.iter().enumerate() {
        if c != '每' {
            continue;
        }
        let Some((word, every)) = PERIOD_WORDS
            .iter()
            .find(|(w, _)| starts(chars, i, w))
            .map(|(w, p)| (w.chars().count(), *p))
        else {
            continue;
        };
        let after = i + word;
        // The nearest target after the word, if nothing but a verb and a
        // comparator stands between them.
        let Some(t) = targets.iter().find(|t| t.at.start >= after) else {
            continue;
        };
        let gap = &chars[after..t.at.start];
        if gap.iter().any(|c| "，。；、：,;:（）()每".contains(*c)) {
            continue;
        }
        // "每月至少开展2场": the comparator comes before the verb.
        let gap_text: String = gap.iter().collect();
        let said =
            |words: &'static [&'static str]| words.iter().find(|w| gap_text.contains(**w)).copied();
        let (op, extra) = if t.compared {
            (t.target.op, 0)
        } else if let Some(w) = said(AT_LEAST) {
            (Comparator::AtLeast, w.chars().count())
        } else if let Some(w) = said(AT_MOST) {
            (Comparator::AtMost, w.chars().count())
        } else {
            continue;
        };
        if gap.len() > PERIOD_GAP + extra {
            continue;
        }
        return Some(PeriodTargetFound {
            target: PeriodTarget {
                every,
                op,
                quantity: t.target.quantity,
                unit: t.target.unit.clone(),
            },
            at: i..t.at.end,
            target_at: t.at.clone(),
        });
    }
    None
}

/// The repeat a line states, if any: 每周/每星期, 每月/每个月/按月 (每月一期),
/// 每季度/每季, 每年N次/一年N次/全年N次, 每半年一次.
pub fn find_repeat(chars: &[char]) -> Option<RepeatFound> {
    for i in 0..chars.len() {
        if !matches!(chars[i], '每' | '按' | '一' | '全' | '年') {
            continue;
        }
        if let Some(n) = starts_any(chars, i, &["每周", "每星期", "每个星期"]) {
            return Some(every(Period::Week, i, i + n, chars));
        }
        if let Some(n) = starts_any(chars, i, &["每个季度", "每季度", "每季", "按季度"])
        {
            return Some(every(Period::Quarter, i, i + n, chars));
        }
        if let Some(n) = starts_any(chars, i, &["每个月", "每月", "按月"]) {
            return Some(every(Period::Month, i, i + n, chars));
        }
        if let Some(n) = starts_any(chars, i, &["每半年"]) {
            return Some(RepeatFound {
                repeat: Repeat::Times { times: 2 },
                at: i..i + n,
            });
        }
        if let Some(n) = starts_any(chars, i, &["每年", "一年", "全年", "年均"]) {
            if let Some((times, m)) = times_after(chars, i + n) {
                return Some(RepeatFound {
                    repeat: Repeat::Times { times },
                    at: i..i + n + m,
                });
            }
        }
    }
    None
}

fn every(period: Period, start: usize, end: usize, chars: &[char]) -> RepeatFound {
    // "每月一期", "每周一次": one in each period; "每月两次" is that many a year.
    let per_year = match period {
        Period::Week => 52,
        Period::Month => 12,
        Period::Quarter => 4,
    };
    if let Some((times, m)) = times_after(chars, end) {
        if times > 1 {
            return RepeatFound {
                repeat: Repeat::Times {
                    times: (times * per_year).min(crate::model::repeat::MAX_TIMES),
                },
                at: start..end + m,
            };
        }
        return RepeatFound {
            repeat: Repeat::Every { every: period },
            at: start..end + m,
        };
    }
    RepeatFound {
        repeat: Repeat::Every { every: period },
        at: start..end,
    }
}

/// "两次", "2次", "一期", "1场" right after a period word (a verb may sit between:
/// "每年组织两次" is not read, "每年两次" is).
fn times_after(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let (v, n) = number_at(chars.get(i..)?)?;
    let unit = starts_any(chars, i + n, &["次", "期", "场", "轮", "回"])?;
    if starts(chars, i + n, "次日") || !(1.0..=366.0).contains(&v) || v.fract() != 0.0 {
        return None;
    }
    Some((v as u32, n + unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::norm;

    fn target(s: &str) -> Option<(Comparator, f64, String)> {
        best_target(&norm::chars(s)).map(|t| (t.target.op, t.target.quantity, t.target.unit))
    }

    #[test]
    fn targets() {
        assert_eq!(
            target("一年组织广场文化活动不少于12次"),
            Some((Comparator::AtLeast, 12.0, "次".into()))
        );
        assert_eq!(
            target("坚持送戏下乡一百场"),
            Some((Comparator::Exactly, 100.0, "场".into()))
        );
        assert_eq!(
            target("培训各类文艺人才300人/次以上"),
            Some((Comparator::AtLeast, 300.0, "人次".into()))
        );
        assert_eq!(
            target("约50人次"),
            Some((Comparator::About, 50.0, "人次".into()))
        );
        assert_eq!(
            target("50人次左右"),
            Some((Comparator::About, 50.0, "人次".into()))
        );
        assert_eq!(
            target("演出１００场次"),
            Some((Comparator::Exactly, 100.0, "场次".into()))
        );
        assert_eq!(
            target("服务3万人次"),
            Some((Comparator::Exactly, 30_000.0, "人次".into()))
        );
        assert_eq!(
            target("不超过5场"),
            Some((Comparator::AtMost, 5.0, "场".into()))
        );
        assert_eq!(
            target("每年组织1-2次"),
            Some((Comparator::AtLeast, 1.0, "次".into()))
        );
        assert_eq!(target("一场文化活动对应一个辅导员"), None);
        assert_eq!(target("第一期戏曲知识培训"), None);
        assert_eq!(target("十八届二中全会"), None);
        assert_eq!(
            target("共计约25公里的村道"),
            Some((Comparator::About, 25.0, "公里".into()))
        );
    }

    #[test]
    fn repeats() {
        let r = |s: &str| find_repeat(&norm::chars(s)).map(|r| r.repeat);
        assert_eq!(
            r("每周固定时间集体学习"),
            Some(Repeat::Every {
                every: Period::Week
            })
        );
        assert_eq!(
            r("每月一期"),
            Some(Repeat::Every {
                every: Period::Month
            })
        );
        assert_eq!(
            r("每季度召开"),
            Some(Repeat::Every {
                every: Period::Quarter
            })
        );
        assert_eq!(r("每年两次"), Some(Repeat::Times { times: 2 }));
        assert_eq!(r("一年两次的考级工作"), Some(Repeat::Times { times: 2 }));
        assert_eq!(r("每月两次"), Some(Repeat::Times { times: 24 }));
        assert_eq!(r("全年组织"), None);
    }
}
