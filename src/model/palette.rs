//! The colours new departments are given, and the text colour that stays readable
//! on any colour a user picks (WCAG 2.2 contrast).

/// Colours given to new departments in turn. Each reaches 4.5:1 with white text
/// (WCAG 2.2 AA for small text), so the chips of a new plan all read in white.
pub const PALETTE: [&str; 10] = [
    "#2775ce", "#cf450e", "#7b4fd6", "#0a8361", "#c2255c", "#4166f9", "#966d09", "#0d7f91",
    "#6b7280", "#c84d0a",
];

/// The first palette colour not yet used by `used`, cycling when all are taken.
pub fn next_color<'a>(used: impl Iterator<Item = &'a str>) -> &'static str {
    let used: Vec<&str> = used.collect();
    PALETTE
        .iter()
        .find(|c| !used.iter().any(|u| u.eq_ignore_ascii_case(c)))
        .copied()
        .unwrap_or(PALETTE[used.len() % PALETTE.len()])
}

/// White, for text on dark colours.
pub const WHITE: &str = "#ffffff";
/// Black, for text on light colours.
pub const BLACK: &str = "#000000";

/// The red, green and blue of `#rrggbb` (or `#rgb`); `None` for anything else.
pub fn parse_hex(color: &str) -> Option<[u8; 3]> {
    let hex = color.trim().strip_prefix('#')?;
    if !hex.is_ascii() {
        return None;
    }
    let digit = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some([digit(&hex[0..2])?, digit(&hex[2..4])?, digit(&hex[4..6])?]),
        3 => {
            let one = |i: usize| digit(&hex[i..=i]).map(|v| v * 17);
            Some([one(0)?, one(1)?, one(2)?])
        }
        _ => None,
    }
}

/// The relative luminance of a colour (WCAG 2.2, 0 for black to 1 for white).
pub fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// The contrast ratio of two colours, from 1 (the same) to 21 (black on white).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The text colour for a chip of `color`: white where it reaches 4.5:1, else
/// black, which then always does (every colour reaches 4.5:1 with one of the two).
/// A colour that cannot be read gets white, the text of the grey it is drawn in.
pub fn ink(color: &str) -> &'static str {
    match parse_hex(color) {
        Some(rgb) if contrast(rgb, [255; 3]) < 4.5 => BLACK,
        _ => WHITE,
    }
}

/// The style that draws a chip in `color` with readable text: `--chip` and
/// `--chip-ink`, which the style sheet uses for background and text.
pub fn chip_style(color: &str) -> String {
    format!("--chip:{color};--chip-ink:{};", ink(color))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_colours_are_read_and_others_refused() {
        assert_eq!(parse_hex("#2775ce"), Some([0x27, 0x75, 0xce]));
        assert_eq!(parse_hex(" #FFF "), Some([255, 255, 255]));
        for bad in ["", "#", "red", "#12345", "#gggggg", "#ééé", "2775ce"] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
        assert_eq!(ink("red"), WHITE);
    }
}
