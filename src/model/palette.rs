//! The colours new departments are given.

/// Colours given to new departments in turn, chosen to stay readable as chip
/// backgrounds with white text.
pub const PALETTE: [&str; 10] = [
    "#2f7ed8", "#d9480f", "#7b4fd6", "#0b8f6a", "#c2255c", "#5c7cfa", "#b8860b", "#1098ad",
    "#6b7280", "#e8590c",
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
