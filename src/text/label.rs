//! Numbering labels at the start of a line: 一、 （一） 1、 1. （1） 1） ① 第一部分
//! 第一章 第一节, markdown's #, and the run-in ordinals 一是/第一， that start the
//! points of a township plan.

use super::norm::starts_any;
use super::numerals::{integer_at, is_numeral};

/// The shape of a label; lines with the same shape are siblings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// Markdown heading, `#` count.
    Hash(u8),
    /// 第一部分 / 第一篇.
    Part,
    /// 第一章.
    Chapter,
    /// 第一节.
    Division,
    /// 一、
    Han,
    /// （一）
    HanParen,
    /// 1、
    Num,
    /// 1. or 1．
    NumDot,
    /// （1）
    NumParen,
    /// 1）
    NumHalf,
    /// ①
    Circled,
    /// 一是 (always a leaf: the points of a paragraph).
    Shi,
    /// 第一， (always a leaf).
    Ordinal,
}

impl Shape {
    /// Run-in ordinals: points inside a paragraph, never headings of others.
    pub fn is_run(self) -> bool {
        matches!(self, Shape::Shi | Shape::Ordinal)
    }
}

/// A label found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    /// Its shape.
    pub shape: Shape,
    /// Its number (1 for 一、, 3 for ③).
    pub n: u32,
    /// Chars it takes, with the spaces after it.
    pub len: usize,
}

/// The label at the start of `chars` (normalised), if any.
pub fn label(chars: &[char]) -> Option<Label> {
    let lead = chars.iter().take_while(|c| **c == ' ').count();
    let (shape, n, len) = shape_at(&chars[lead..])?;
    let end = lead + len;
    let spaces = chars[end..].iter().take_while(|c| **c == ' ').count();
    // A label needs something after it.
    (end + spaces < chars.len()).then_some(Label {
        shape,
        n,
        len: end + spaces,
    })
}

fn shape_at(c: &[char]) -> Option<(Shape, u32, usize)> {
    let first = *c.first()?;
    if first == '#' {
        let n = c.iter().take_while(|c| **c == '#').count();
        return (n <= 6 && c.get(n) == Some(&' ')).then_some((Shape::Hash(n as u8), n as u32, n));
    }
    if let Some(n) = circled(first) {
        return Some((Shape::Circled, n, 1));
    }
    if let Some(n) = paren_number(first) {
        return Some((Shape::NumParen, n, 1));
    }
    if let Some(n) = dot_number(first) {
        return Some((Shape::NumDot, n, 1));
    }
    if first == '第' {
        let (n, len) = integer_at(&c[1..])?;
        let i = 1 + len;
        if let Some(w) = starts_any(c, i, &["部分", "篇"]) {
            return Some((Shape::Part, n, i + w + sep(c, i + w)));
        }
        if c.get(i) == Some(&'章') {
            return Some((Shape::Chapter, n, i + 1 + sep(c, i + 1)));
        }
        if c.get(i) == Some(&'节') {
            return Some((Shape::Division, n, i + 1 + sep(c, i + 1)));
        }
        if c.get(i) == Some(&',') && c[1..i].iter().all(|c| is_numeral(*c)) {
            return Some((Shape::Ordinal, n, i + 1));
        }
        return None;
    }
    if first == '(' {
        let (n, len) = integer_at(&c[1..])?;
        if c.get(1 + len) != Some(&')') || len > 3 {
            return None;
        }
        let shape = if c[1].is_ascii_digit() {
            Shape::NumParen
        } else {
            Shape::HanParen
        };
        return Some((shape, n, len + 2 + sep(c, len + 2)));
    }
    let (n, len) = integer_at(c)?;
    if len > 3 || n == 0 {
        return None;
    }
    let digits = first.is_ascii_digit();
    match (c.get(len), digits) {
        (Some('、'), true) => Some((Shape::Num, n, len + 1)),
        (Some('、'), false) => Some((Shape::Han, n, len + 1)),
        // "1.5万" is a number, "1." a label.
        (Some('.'), true) if !c.get(len + 1).is_some_and(char::is_ascii_digit) => {
            Some((Shape::NumDot, n, len + 1))
        }
        (Some(')'), true) => Some((Shape::NumHalf, n, len + 1)),
        (Some('是'), false) if n <= 20 => Some((Shape::Shi, n, len + 1)),
        _ => None,
    }
}

/// Separator after 第一部分 etc.: 、 ： . or nothing.
fn sep(c: &[char], i: usize) -> usize {
    usize::from(matches!(c.get(i), Some('、' | ':' | '.' | ',')))
}

fn circled(c: char) -> Option<u32> {
    match c {
        '①'..='⑳' => Some(c as u32 - '①' as u32 + 1),
        '❶'..='❿' => Some(c as u32 - '❶' as u32 + 1),
        _ => None,
    }
}

fn paren_number(c: char) -> Option<u32> {
    ('⑴'..='⒇').contains(&c).then(|| c as u32 - '⑴' as u32 + 1)
}

fn dot_number(c: char) -> Option<u32> {
    ('⒈'..='⒛').contains(&c).then(|| c as u32 - '⒈' as u32 + 1)
}

/// The positions in `chars` where run-in points begin ("一是", "二是" …), if the
/// line holds at least two of them in order starting from 一是.
pub fn run_starts(chars: &[char]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut want = 1;
    let mut i = 0;
    while i < chars.len() {
        let at_clause = i == 0 || matches!(chars[i - 1], '。' | ',' | ';' | ':' | '、' | ' ');
        if at_clause {
            if let Some((n, len)) = integer_at(&chars[i..]) {
                if n == want && !chars[i].is_ascii_digit() && chars.get(i + len) == Some(&'是') {
                    found.push(i);
                    want += 1;
                    i += len + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    if found.len() >= 2 {
        found
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::norm;

    fn shape(s: &str) -> Option<(Shape, u32)> {
        label(&norm::chars(s)).map(|l| (l.shape, l.n))
    }

    #[test]
    fn the_usual_labels() {
        assert_eq!(shape("一、指导思想"), Some((Shape::Han, 1)));
        assert_eq!(
            shape("（三）以文化大篷车为载体"),
            Some((Shape::HanParen, 3))
        );
        assert_eq!(shape("(二)开展"), Some((Shape::HanParen, 2)));
        assert_eq!(shape("12、组织"), Some((Shape::Num, 12)));
        assert_eq!(shape("3. 举办"), Some((Shape::NumDot, 3)));
        assert_eq!(shape("3．举办"), Some((Shape::NumDot, 3)));
        assert_eq!(shape("（1）举办"), Some((Shape::NumParen, 1)));
        assert_eq!(shape("1）举办"), Some((Shape::NumHalf, 1)));
        assert_eq!(shape("②举办"), Some((Shape::Circled, 2)));
        assert_eq!(shape("第二部分 重点工作"), Some((Shape::Part, 2)));
        assert_eq!(shape("第三章 保障"), Some((Shape::Chapter, 3)));
        assert_eq!(shape("一是抓好发展"), Some((Shape::Shi, 1)));
        assert_eq!(shape("第一，我们将"), Some((Shape::Ordinal, 1)));
        assert_eq!(shape("## 篇一"), Some((Shape::Hash(2), 2)));
        assert_eq!(shape("1.5万人次"), None);
        assert_eq!(shape("一年组织"), None);
        assert_eq!(shape("20xx年"), None);
        assert_eq!(shape("一、"), None);
    }

    #[test]
    fn runs_inside_a_paragraph() {
        let c = norm::chars("主要作三方面工作:一是建立了小组。二是会同美术干部。");
        assert_eq!(run_starts(&c).len(), 2);
        assert!(run_starts(&norm::chars("一是只有一个。")).is_empty());
    }
}
