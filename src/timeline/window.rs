//! The visible window: for a scroll position, exactly the rows that must be in the
//! page (with a few more above and below, so that fast scrolling shows no gaps),
//! and where they go. The DOM size then depends on the viewport, not on the plan.

use super::scale::Header;
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

/// The header cells any part of which lies between `from` and `to` px (the
/// horizontal window, overscan included). `headers` are in order, as
/// [`super::Scale::headers`] gives them, so this is two binary searches.
pub fn headers_in(headers: &[Header], from: f64, to: f64) -> &[Header] {
    let first = headers.partition_point(|h| h.x + h.width <= from);
    let last = headers.partition_point(|h| h.x < to);
    &headers[first..last.max(first)]
}

/// The horizontal window: the px range of the axis that a track `viewport` px
/// wide, scrolled to `scroll_left`, shows, widened by `overscan` px on each side.
pub fn visible_x(scroll_left: f64, viewport: f64, overscan: f64) -> (f64, f64) {
    let left = scroll_left.max(0.0);
    (
        (left - overscan).max(0.0),
        left + viewport.max(0.0) + overscan,
    )
}

/// The scroll position that brings the span `start..end` (px) into a viewport
/// `viewport` px long scrolled to `scroll`, moving as little as possible; `None`
/// if it is already fully in view (or as much of it as fits).
pub fn scroll_to_show(start: f64, end: f64, scroll: f64, viewport: f64) -> Option<f64> {
    if start < scroll {
        Some(start.max(0.0))
    } else if end > scroll + viewport {
        // A span longer than the viewport shows its start.
        Some((end - viewport).min(start).max(0.0))
    } else {
        None
    }
}
