//! Labelled fields ("时间：7月份 责任部门：辅导部、演出部") and the bracketed
//! "（辅导部负责）": where they are in a line, and the departments, lead person and
//! places they name.

use super::norm::{starts, starts_any};
use std::ops::Range;

/// What a field label introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// 时间.
    Time,
    /// 责任部门 and its kin.
    Departments,
    /// 负责人.
    Lead,
    /// 地点.
    Place,
    /// 目标.
    Target,
}

/// Labels, longest first within each kind.
const LABELS: &[(&str, FieldKind)] = &[
    ("完成时限", FieldKind::Time),
    ("完成时间", FieldKind::Time),
    ("活动时间", FieldKind::Time),
    ("实施时间", FieldKind::Time),
    ("时间安排", FieldKind::Time),
    ("时间节点", FieldKind::Time),
    ("举办时间", FieldKind::Time),
    ("时限", FieldKind::Time),
    ("时间", FieldKind::Time),
    ("责任部门", FieldKind::Departments),
    ("负责部门", FieldKind::Departments),
    ("牵头部门", FieldKind::Departments),
    ("牵头单位", FieldKind::Departments),
    ("承办单位", FieldKind::Departments),
    ("承办部门", FieldKind::Departments),
    ("主办单位", FieldKind::Departments),
    ("责任单位", FieldKind::Departments),
    ("责任科室", FieldKind::Departments),
    ("责任股室", FieldKind::Departments),
    ("责任处室", FieldKind::Departments),
    ("实施单位", FieldKind::Departments),
    ("执行部门", FieldKind::Departments),
    ("主责部门", FieldKind::Departments),
    ("配合单位", FieldKind::Departments),
    ("配合部门", FieldKind::Departments),
    ("协办单位", FieldKind::Departments),
    ("负责单位", FieldKind::Departments),
    ("责任主体", FieldKind::Departments),
    ("分管领导", FieldKind::Lead),
    ("责任领导", FieldKind::Lead),
    ("负责人", FieldKind::Lead),
    ("责任人", FieldKind::Lead),
    ("联系人", FieldKind::Lead),
    ("牵头人", FieldKind::Lead),
    ("活动地点", FieldKind::Place),
    ("举办地点", FieldKind::Place),
    ("地点", FieldKind::Place),
    ("任务指标", FieldKind::Target),
    ("目标任务", FieldKind::Target),
    ("指标", FieldKind::Target),
    ("目标", FieldKind::Target),
];

/// A labelled field: its kind, the whole field (label included) and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// What it is.
    pub kind: FieldKind,
    /// Label and value (chars).
    pub whole: Range<usize>,
    /// The value (chars), trimmed.
    pub value: Range<usize>,
}

/// The labelled fields of a line, and the span of the block they sit in (a
/// trailing "（时间：… 责任部门：…）" with its brackets) so that titles and notes can
/// leave it out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Labelled {
    /// The fields, in order.
    pub fields: Vec<Field>,
    /// The block holding them, brackets included.
    pub block: Option<Range<usize>>,
}

/// The field label at `i` (followed by a colon), with its kind and length.
fn label_at(chars: &[char], i: usize) -> Option<(FieldKind, usize)> {
    LABELS.iter().find_map(|(word, kind)| {
        let n = word.chars().count();
        (starts(chars, i, word) && chars.get(i + n) == Some(&':')).then_some((*kind, n + 1))
    })
}

/// The labelled fields of `chars`.
pub fn labelled(chars: &[char]) -> Labelled {
    // A label stands right before a colon: look back from each colon (a plan has
    // few), not at every position.
    let mut starts_at: Vec<(usize, FieldKind, usize)> = Vec::new();
    for (colon, _) in chars.iter().enumerate().filter(|(_, c)| **c == ':') {
        let found = (1..=4)
            .rev()
            .filter_map(|n| colon.checked_sub(n))
            .find_map(|i| {
                label_at(chars, i)
                    .filter(|(_, len)| i + len == colon + 1)
                    .map(|(kind, len)| (i, kind, len))
            });
        if let Some(f) = found {
            if starts_at.last().is_none_or(|last| last.0 + last.2 <= f.0) {
                starts_at.push(f);
            }
        }
    }
    let Some(&(first, ..)) = starts_at.first() else {
        return Labelled::default();
    };
    // The block: from an opening bracket just before the first label (if any) to
    // its closing bracket, else to the end of the line.
    let open = chars[..first]
        .iter()
        .rposition(|c| !matches!(c, ' '))
        .filter(|&p| matches!(chars[p], '(' | '【'))
        .filter(|_| true);
    let close = open.and_then(|o| {
        chars[o..]
            .iter()
            .position(|c| matches!(c, ')' | '】'))
            .map(|p| o + p)
    });
    let block_end = close.map(|c| c + 1).unwrap_or(chars.len());
    let block_start = open.unwrap_or(first);
    let value_limit = close.unwrap_or(chars.len());
    let mut fields = Vec::new();
    for (k, &(at, kind, n)) in starts_at.iter().enumerate() {
        let next = starts_at
            .get(k + 1)
            .map_or(value_limit, |s| s.0)
            .min(value_limit);
        let mut end = next.max(at + n);
        // Without brackets a field runs to the end of its clause.
        if close.is_none() {
            if let Some(p) = chars[at + n..end]
                .iter()
                .position(|c| matches!(c, '。' | ';'))
            {
                end = at + n + p;
            }
        }
        fields.push(Field {
            kind,
            whole: at..end,
            value: trim(chars, at + n..end),
        });
    }
    let block_end = if close.is_some() {
        block_end
    } else {
        fields.last().map_or(block_end, |f| f.whole.end)
    };
    Labelled {
        fields,
        block: Some(block_start..block_end),
    }
}

fn trim(chars: &[char], mut r: Range<usize>) -> Range<usize> {
    let junk = |c: char| c.is_whitespace() || matches!(c, ',' | '、' | '。' | ';' | ':');
    while r.start < r.end && junk(chars[r.start]) {
        r.start += 1;
    }
    while r.end > r.start && junk(chars[r.end - 1]) {
        r.end -= 1;
    }
    r
}

/// Names with where each is (chars).
pub type NameList = Vec<(String, Range<usize>)>;

/// The names in a list ("辅导部、演出部、舞美部", "县文旅局，各乡镇", "张三 李四"),
/// with where each is; names longer than 20 chars are not names.
pub fn names(chars: &[char], value: Range<usize>) -> NameList {
    let mut out = Vec::new();
    let mut start = value.start;
    let sep = |c: char| matches!(c, '、' | ',' | '，' | '/' | ';' | ' ' | '和' | '及' | '与');
    for i in value.start..=value.end {
        if i == value.end || sep(chars[i]) {
            let r = trim(chars, start..i);
            if r.end > r.start && r.end - r.start <= 20 {
                out.push((chars[r.clone()].iter().collect(), r));
            }
            start = i + 1;
        }
    }
    out
}

/// "（辅导部负责）", "（由辅导部、演出部负责）", "（文化馆办公室牵头）": departments
/// named in a short bracket before 负责/牵头/承办/主办. Returns the names and the
/// bracket's span.
pub fn bracket_departments(chars: &[char]) -> Option<(NameList, Range<usize>)> {
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' {
            let close = chars[i..].iter().position(|c| *c == ')').map(|p| i + p)?;
            if close - i <= 32 {
                let mut start = i + 1;
                if chars.get(start) == Some(&'由') {
                    start += 1;
                }
                let verbs = [
                    "具体负责",
                    "负责",
                    "牵头",
                    "承办",
                    "主办",
                    "组织实施",
                    "实施",
                ];
                if let Some(v) = (start..close).find(|&k| starts_any(chars, k, &verbs).is_some()) {
                    let rest = v + starts_any(chars, v, &verbs).unwrap_or(0);
                    // Nothing but the verb and perhaps a second clause after it.
                    let tail_ok =
                        rest == close || matches!(chars.get(rest), Some(',' | ';' | '、'));
                    let list = names(chars, start..v);
                    if tail_ok && !list.is_empty() && v > start {
                        return Some((list, i..close + 1));
                    }
                }
            }
            i = close + 1;
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::norm;

    fn values(s: &str) -> Vec<(FieldKind, String)> {
        let c = norm::chars(s);
        labelled(&c)
            .fields
            .into_iter()
            .map(|f| (f.kind, norm::slice(&c, f.value)))
            .collect()
    }

    #[test]
    fn fields_with_and_without_separators() {
        assert_eq!(
            values("展现。(时间:7月份  \n责任部门:辅导部、演出部、舞美部)"),
            vec![
                (FieldKind::Time, "7月份".into()),
                (FieldKind::Departments, "辅导部、演出部、舞美部".into())
            ]
        );
        assert_eq!(
            values("(时间:全年责任部门:演出部、舞美部)"),
            vec![
                (FieldKind::Time, "全年".into()),
                (FieldKind::Departments, "演出部、舞美部".into())
            ]
        );
        assert_eq!(
            values("(时间: 责任部门: )"),
            vec![
                (FieldKind::Time, "".into()),
                (FieldKind::Departments, "".into())
            ]
        );
        assert_eq!(
            values("负责人:张三。"),
            vec![(FieldKind::Lead, "张三".into())]
        );
    }

    #[test]
    fn departments_in_brackets() {
        let c = norm::chars("举办培训班（由辅导部、演出部负责）。");
        let (names, at) = bracket_departments(&c).unwrap();
        let names: Vec<String> = names.into_iter().map(|n| n.0).collect();
        assert_eq!(names, vec!["辅导部", "演出部"]);
        let src: Vec<char> = "举办培训班（由辅导部、演出部负责）。".chars().collect();
        assert_eq!(norm::slice(&src, at), "（由辅导部、演出部负责）");
        assert!(bracket_departments(&norm::chars("（如音乐、舞蹈等）")).is_none());
    }
}
