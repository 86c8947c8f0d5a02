//! Numbers as plans write them: ASCII and full-width digits ("12", "１２"), Chinese
//! numerals ("十二", "一百", "两", "百", "一千五百", "廿"), and 万 as a multiplier
//! ("3万", "1.5万").

/// The value of one Chinese digit, `None` for anything else. The financial forms
/// (壹 … 玖) are left out: plans do not count with them, and 伍, 陆 and 柒 are
/// parts of ordinary words (队伍, 大陆).
pub fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// True for the characters a Chinese numeral is written with.
pub fn is_numeral(c: char) -> bool {
    digit(c).is_some() || matches!(c, '十' | '百' | '千' | '廿')
}

/// A number read at the start of `chars`: its value and how many chars it took.
/// Digits may carry one decimal point ("1.5"). A trailing 万 multiplies by 10,000.
/// Values that do not fit are `None`, never a panic.
pub fn number_at(chars: &[char]) -> Option<(f64, usize)> {
    let (value, mut used) = if chars.first().is_some_and(char::is_ascii_digit) {
        arabic(chars)?
    } else {
        let (v, n) = chinese(chars)?;
        (f64::from(v), n)
    };
    let mut value = value;
    if chars.get(used) == Some(&'万') {
        value *= 10_000.0;
        used += 1;
    }
    Some((value, used))
}

/// A whole number (no decimal point, no 万) at the start of `chars`, for months,
/// days and ordinals.
pub fn integer_at(chars: &[char]) -> Option<(u32, usize)> {
    if chars.first().is_some_and(char::is_ascii_digit) {
        let n = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        if n > 9 {
            return None;
        }
        let v = chars[..n]
            .iter()
            .fold(0u32, |v, c| v * 10 + c.to_digit(10).unwrap_or(0));
        Some((v, n))
    } else {
        chinese(chars)
    }
}

fn arabic(chars: &[char]) -> Option<(f64, usize)> {
    let int = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if int > 9 {
        return None;
    }
    let mut used = int;
    if chars.get(int) == Some(&'.') && chars.get(int + 1).is_some_and(char::is_ascii_digit) {
        used += 1 + chars[int + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .take(6)
            .count();
    }
    let text: String = chars[..used].iter().collect();
    text.parse::<f64>().ok().map(|v| (v, used))
}

/// A Chinese numeral up to 9,999 ("十二", "二十", "一百零五", "百", "廿三",
/// "一千五百"), or a run of digits read positionally ("二〇二四").
fn chinese(chars: &[char]) -> Option<(u32, usize)> {
    let n = chars.iter().take_while(|c| is_numeral(**c)).count();
    if n == 0 {
        return None;
    }
    let run = &chars[..n];
    // "二〇二四": digits only, and a zero among them or more than one digit in a row
    // without a unit, is positional.
    if n > 1 && run.iter().all(|c| digit(*c).is_some()) {
        let v = run
            .iter()
            .take(9)
            .fold(0u32, |v, c| v * 10 + digit(*c).unwrap_or(0));
        return Some((v, n.min(9)));
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    let mut used = 0;
    for &c in run {
        let unit = match c {
            '十' => 10,
            '廿' => {
                total += 20;
                used += 1;
                continue;
            }
            '百' => 100,
            '千' => 1000,
            _ => {
                if pending.is_some() {
                    // Two digits in a row after a unit ("一百零五" has 零 first).
                    if pending == Some(0) {
                        pending = digit(c);
                        used += 1;
                        continue;
                    }
                    break;
                }
                pending = digit(c);
                used += 1;
                continue;
            }
        };
        total += pending.take().unwrap_or(1) * unit;
        used += 1;
    }
    total += pending.unwrap_or(0);
    Some((total, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(f64, usize)> {
        number_at(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn reads_the_usual_shapes() {
        assert_eq!(read("12次"), Some((12.0, 2)));
        assert_eq!(read("十二月"), Some((12.0, 2)));
        assert_eq!(read("二十场"), Some((20.0, 2)));
        assert_eq!(read("一百场"), Some((100.0, 2)));
        assert_eq!(read("百件"), Some((100.0, 1)));
        assert_eq!(read("一百零五"), Some((105.0, 4)));
        assert_eq!(read("一千五百人"), Some((1500.0, 4)));
        assert_eq!(read("两次"), Some((2.0, 1)));
        assert_eq!(read("廿三"), Some((23.0, 2)));
        assert_eq!(read("3万人次"), Some((30_000.0, 2)));
        assert_eq!(read("1.5万"), Some((15_000.0, 4)));
        assert_eq!(read("二〇二四年"), Some((2024.0, 4)));
        assert_eq!(read("次"), None);
        assert_eq!(read("99999999999"), None);
    }
}
