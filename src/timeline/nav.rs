//! The timeline's place in the URL hash: `#timeline/<zoom>` with an optional
//! `?group=department|place`, so a zoom and grouping can be bookmarked and survive
//! a reload.

use super::scale::Zoom;
use crate::model::GroupBy;

/// What the timeline shows. It opens on the whole year, grouped by section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineView {
    /// The zoom level.
    pub zoom: Zoom,
    /// How rows are grouped.
    pub group: GroupBy,
}

impl Default for TimelineView {
    fn default() -> Self {
        TimelineView {
            zoom: Zoom::Year,
            group: GroupBy::Section,
        }
    }
}

/// The URL hash of `view`.
pub fn to_hash(view: &TimelineView) -> String {
    let mut hash = format!("#timeline/{}", view.zoom.key());
    if view.group != GroupBy::Section {
        hash.push_str("?group=");
        hash.push_str(view.group.key());
    }
    hash
}

/// The view a URL hash names, if it names the timeline. Unknown parts fall back to
/// the defaults, so an old or hand-edited link still opens the timeline.
pub fn from_hash(hash: &str) -> Option<TimelineView> {
    let rest = hash.strip_prefix('#').unwrap_or(hash);
    let rest = rest.strip_prefix("timeline")?;
    if !(rest.is_empty() || rest.starts_with('/') || rest.starts_with('?')) {
        return None;
    }
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let zoom = Zoom::from_key(path.trim_start_matches('/')).unwrap_or(TimelineView::default().zoom);
    let group = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "group")
        .and_then(|(_, v)| GroupBy::from_key(v))
        .unwrap_or_default();
    Some(TimelineView { zoom, group })
}
