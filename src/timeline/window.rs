//! The visible window: for a scroll position, exactly the rows that must be in the
//! page (with a few more above and below, so that fast scrolling shows no gaps),
//! and where they go. The DOM size then depends on the viewport, not on the plan.

use std::ops::Range;

/// The rows to draw and the space above them.
#[derive(Clone, Debug, PartialEq)]
pub struct RowWindow {
    /// Indices of the rows to draw.
    pub rows: Range<usize>,
    /// Height of the space above the first drawn row, px.
    pub top: f64,
    /// Height of all rows, px.
    pub total: f64,
}

/// The rows of `count` rows, each `height` px, that a viewport `viewport` px high,
/// scrolled to `scroll_top`, shows (partly visible ones included), plus `overscan`
/// rows on each side.
pub fn visible_rows(
    count: usize,
    height: f64,
    scroll_top: f64,
    viewport: f64,
    overscan: usize,
) -> RowWindow {
    let total = count as f64 * height;
    if count == 0 || height <= 0.0 {
        return RowWindow {
            rows: 0..0,
            top: 0.0,
            total,
        };
    }
    let top = scroll_top.clamp(0.0, (total - viewport).max(0.0));
    let first = (top / height).floor() as usize;
    // The last row any pixel of which is inside the viewport.
    let last = (((top + viewport) / height).ceil() as usize).clamp(first + 1, count);
    let from = first.saturating_sub(overscan);
    let to = (last + overscan).min(count);
    RowWindow {
        rows: from..to,
        top: from as f64 * height,
        total,
    }
}
