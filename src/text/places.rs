//! Places named in a line: lists before "等N个乡镇/村/社区" ("到灯明寺、于桥、秦村等
//! 九个乡镇"), lists after 送/到/赴/走进/深入 ("戏曲类送灯明寺、于桥、秦村"), and the
//! value of a 地点： field.

use super::norm::{is_han, starts, starts_any};
use super::numerals::is_numeral;
use std::ops::Range;

/// A place found in a line: its name, its kind (乡镇, 村, 社区 or empty) and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceFound {
    /// The name.
    pub name: String,
    /// 乡镇, 村, 社区 or "".
    pub kind: &'static str,
    /// Where (chars).
    pub at: Range<usize>,
}

/// Nouns after 等 that say the list is of places, and the kind they give.
const KINDS: &[(&str, &str)] = &[
    ("行政村", "村"),
    ("村居", "村"),
    ("乡镇", "乡镇"),
    ("街道", "乡镇"),
    ("社区", "社区"),
    ("村", "村"),
    ("镇", "乡镇"),
    ("乡", "乡镇"),
];

/// Verbs a list of places follows, longest first.
const VERBS: &[&str] = &["走进", "深入", "前往", "送到", "送往", "送", "到", "赴"];

/// Words that are not place names even where a place could stand.
const GENERIC: &[&str] = &[
    "社区",
    "学校",
    "企业",
    "农村",
    "基层",
    "乡镇",
    "乡村",
    "村",
    "各村",
    "各乡镇",
    "机关",
    "单位",
    "敬老院",
    "广场",
    "景区",
    "军营",
    "校园",
    "家庭",
    "群众",
    "一线",
    "村镇",
    "城乡",
    "全县",
    "全镇",
    "全市",
    "各地",
];

/// Characters that end a verb before a list: "加快完成下边" → "下边".
const VERB_ENDS: &str = "到赴往送进入盖括成于对向给至在去";

/// Every place in `chars`.
pub fn find_places(chars: &[char]) -> Vec<PlaceFound> {
    let mut out: Vec<PlaceFound> = Vec::new();
    for i in 0..chars.len() {
        if !matches!(chars[i], '等' | '走' | '深' | '前' | '送' | '到' | '赴') {
            continue;
        }
        if chars[i] == '等' {
            if let Some(kind) = kind_after(chars, i + 1) {
                push_all(&mut out, list_before(chars, i), kind);
            }
        }
        if let Some(n) = starts_any(chars, i, VERBS) {
            let prev_is_han = i > 0 && is_han(chars[i - 1]) && starts(chars, i, "送");
            let list = list_after(chars, i + n);
            if list.len() >= 2 && !(prev_is_han && starts(chars, i - 1, "护送")) {
                push_all(&mut out, list, "");
            }
        }
    }
    out
}

fn push_all(out: &mut Vec<PlaceFound>, list: Vec<Range<usize>>, kind: &'static str) {
    for at in list {
        if out.iter().any(|p| p.at == at) {
            continue;
        }
        out.push(PlaceFound {
            name: String::new(),
            kind,
            at,
        });
    }
}

/// Fills in the names of `found` from `source` (the line's own characters).
pub fn named(mut found: Vec<PlaceFound>, source: &[char], chars: &[char]) -> Vec<PlaceFound> {
    found.retain(|p| {
        let name: String = chars[p.at.clone()].iter().collect();
        !GENERIC.contains(&name.as_str())
    });
    for p in &mut found {
        p.name = source[p.at.clone()].iter().collect();
    }
    found
}

/// "九个乡镇", "11个村", "乡镇", "村": the kind of place a list before 等 names.
fn kind_after(chars: &[char], mut i: usize) -> Option<&'static str> {
    while chars
        .get(i)
        .is_some_and(|c| is_numeral(*c) || c.is_ascii_digit())
    {
        i += 1;
    }
    if chars.get(i) == Some(&'个') {
        i += 1;
    }
    KINDS
        .iter()
        .find(|(w, _)| starts(chars, i, w))
        .map(|(_, k)| *k)
}

/// The 、-separated names ending just before `end`; the first is cut after a verb.
fn list_before(chars: &[char], end: usize) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let mut stop = end;
    let mut i = end;
    while i > 0 {
        let c = chars[i - 1];
        if c == '、' {
            items.push(i..stop);
            stop = i - 1;
        } else if !is_han(c) {
            break;
        }
        i -= 1;
        if stop - i > 12 {
            break;
        }
    }
    // The first name: what follows the last verb character, if it is long.
    let mut first = i..stop;
    if let Some(n) = starts_any(chars, first.start, VERBS).filter(|n| first.len() > n + 1) {
        first.start += n;
    }
    if first.len() > 4 {
        match chars[first.clone()]
            .iter()
            .rposition(|c| VERB_ENDS.contains(*c))
        {
            Some(p) => first.start += p + 1,
            None => first = first.end..first.end,
        }
    }
    items.push(first);
    items.reverse();
    items.retain(|r| (2..=6).contains(&r.len()));
    if items.len() < 2 {
        items.clear();
    }
    items
}

/// The 、-separated short names right after a verb, up to the end of the clause.
fn list_after(chars: &[char], start: usize) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let mut s = start;
    let mut i = start;
    loop {
        let c = chars.get(i).copied();
        match c {
            Some(c) if is_han(c) => i += 1,
            Some('、') | None | Some(';' | ',' | '。' | ')' | ' ') => {
                let r = s..i;
                if !(2..=4).contains(&r.len()) || starts_any(chars, r.start, VERBS).is_some() {
                    return Vec::new();
                }
                items.push(r);
                if c != Some('、') {
                    break;
                }
                i += 1;
                s = i;
            }
            _ => return Vec::new(),
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::norm;

    fn names(s: &str) -> Vec<String> {
        let c = norm::chars(s);
        let src: Vec<char> = s.chars().collect();
        named(find_places(&c), &src, &c)
            .into_iter()
            .map(|p| p.name)
            .collect()
    }

    #[test]
    fn lists_of_places() {
        assert_eq!(
            names("到灯明寺、于桥、秦村等九个乡镇"),
            vec!["灯明寺", "于桥", "秦村"]
        );
        assert_eq!(
            names("具体计划戏曲类送灯明寺、于桥、秦村;歌曲类送霞口、连镇、大单;"),
            vec!["灯明寺", "于桥", "秦村", "霞口", "连镇", "大单"]
        );
        assert_eq!(
            names("加快完成下边、和睦、东风、响水社区等11个村,共计约25公里"),
            vec!["下边", "和睦", "东风", "响水社区"]
        );
        assert!(names("送演出到社区,送戏曲到敬老院").is_empty());
        assert!(names("送文化、送科技、送卫生").is_empty());
        assert!(names("到社区、学校、企业").is_empty());
    }
}
