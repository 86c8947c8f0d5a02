//! Chinese outline numbering (一、 / （一） / 1、 / （1）), derived from depth and
//! position, never stored. Only its style is a property of the plan.

use serde::{Deserialize, Serialize};

/// How the third level is numbered. Plans write "1、" (the default, kept as most
/// plans have it); GB/T 9704 (党政机关公文格式) writes "1." there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Numbering {
    /// 一、 / （一） / 1、 / （1）.
    #[default]
    Plan,
    /// 一、 / （一） / 1. / （1）, as GB/T 9704 sets it.
    Gbt9704,
}

impl Numbering {
    /// True for the default, which plan files leave out.
    pub fn is_plan(&self) -> bool {
        *self == Numbering::Plan
    }
}

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// `n` in Chinese numerals as used in headings: 1 → 一, 10 → 十, 12 → 十二,
/// 20 → 二十, 105 → 一百零五. Numbers of 10,000 and above fall back to Arabic digits.
pub fn chinese_numeral(n: u32) -> String {
    if n == 0 {
        return DIGITS[0].to_owned();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    let units = ["千", "百", "十", ""];
    let parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut out = String::new();
    let mut pending_zero = false;
    for (i, &d) in parts.iter().enumerate() {
        if d == 0 {
            if !out.is_empty() {
                pending_zero = true;
            }
            continue;
        }
        if pending_zero {
            out.push_str(DIGITS[0]);
            pending_zero = false;
        }
        // 十二, not 一十二, when the number starts with the tens.
        if !(i == 2 && d == 1 && out.is_empty()) {
            out.push_str(DIGITS[d as usize]);
        }
        out.push_str(units[i]);
    }
    out
}

/// The heading number for the `position`-th (1-based) entry at outline `level`
/// (0-based): level 0 一、, level 1 （一）, level 2 1、 (1. in the GB/T 9704 style),
/// level 3 and deeper （1）.
pub fn heading_number(level: usize, position: u32, style: Numbering) -> String {
    match level {
        0 => format!("{}、", chinese_numeral(position)),
        1 => format!("（{}）", chinese_numeral(position)),
        2 if style == Numbering::Gbt9704 => format!("{position}."),
        2 => format!("{position}、"),
        _ => format!("（{position}）"),
    }
}
