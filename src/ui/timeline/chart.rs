//! The timeline's shared handles and measures: what its component (`mod`), its
//! drawing (`rows`) and its input (`input`) all use. A leaf, so that the three do
//! not depend on each other in a circle.

use crate::model::GroupBy;
use crate::model::{ItemId, Span, When};
use crate::timeline::{axis, rows, visible_rows, visible_x, Header, Row, RowWindow, Scale, Zoom};
use crate::ui::state::AppState;
use crate::ui::widgets::press::Grip;
use leptos::html;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// Height of a row, px (the CSS draws rows this high).
pub(crate) const ROW: f64 = 30.0;
/// Height of the two header rows together, px.
pub(crate) const HEAD: f64 = 48.0;
/// Rows drawn above and below the viewport, so that fast scrolling shows no gaps.
const OVERSCAN_ROWS: usize = 8;
/// Pixels of the axis drawn left and right of the viewport.
const OVERSCAN_X: f64 = 400.0;

/// The timeline's state, shared by its drawing (`timeline_rows`) and its input
/// (`timeline_input`): handles only, so it is `Copy` into every closure.
#[derive(Clone, Copy)]
pub(crate) struct Chart {
    pub state: AppState,
    /// The scroll container.
    pub scroller: NodeRef<html::Div>,
    /// The header's left corner, as wide as the left pane.
    pub corner: NodeRef<html::Div>,
    /// Scroll position (top, left).
    pub scroll: RwSignal<(f64, f64)>,
    /// The scroller's inner size (width, height).
    pub size: RwSignal<(f64, f64)>,
    /// The keys of the folded groups.
    pub collapsed: RwSignal<HashSet<String>>,
    /// The picked activity.
    pub selected: RwSignal<Option<ItemId>>,

    /// A drag in progress.
    pub drag: RwSignal<Option<Drag>>,
    /// A touch waiting for the long press that starts a drag.
    pub pressing: StoredValue<Option<Drag>>,
    /// The time a drag would give, drawn before it is dropped.
    pub preview: RwSignal<Option<(ItemId, When)>>,
    pub zoom: Memo<Zoom>,
    pub group: Memo<GroupBy>,
    pub scale: Memo<Scale>,
    /// Every row, folded groups left out.
    pub all_rows: Memo<Vec<Row>>,
    /// Where each activity is in `plan.items`, so a row finds its activity at once.
    pub index: Memo<HashMap<ItemId, usize>>,
    /// The upper and lower header cells of the whole axis.
    pub headers: Memo<(Vec<Header>, Vec<Header>)>,
    /// The rows in view, with overscan.
    pub window: Memo<RowWindow>,
    /// The part of the axis in view, with overscan, px.
    pub x_window: Memo<(f64, f64)>,
}

impl Chart {
    /// The handles of a new timeline view of `state`'s plan: its signals, and the
    /// memos of what is drawn (scale, rows, headers, the windows in view).
    pub(crate) fn new(state: AppState) -> Chart {
        let scroller = NodeRef::<html::Div>::new();
        let corner = NodeRef::<html::Div>::new();
        // Scroll position (top, left) and the scroller's inner size (width, height).
        let scroll = RwSignal::new((0.0f64, 0.0f64));
        let size = RwSignal::new((1200.0f64, 600.0f64));
        let collapsed = RwSignal::new(HashSet::<String>::new());
        let selected = RwSignal::new(None::<ItemId>);
        let drag = RwSignal::new(None::<Drag>);
        let pressing = StoredValue::new(None::<Drag>);
        // The time a drag would give, drawn before it is dropped.
        let preview = RwSignal::new(None::<(ItemId, When)>);

        // The zoom and grouping are remembered for the next visit.
        Effect::new(move |_| {
            let hash = crate::timeline::nav::to_hash(&state.timeline.get());
            crate::storage::settings::set(crate::storage::settings::TIMELINE_KEY, &hash);
        });
        let zoom = Memo::new(move |_| state.timeline.with(|v| v.zoom));
        let group = Memo::new(move |_| state.timeline.with(|v| v.group));
        let scale = Memo::new(move |_| state.plan.with(|p| Scale::new(axis(p), zoom.get())));
        let all_rows = Memo::new(move |_| {
            let (g, c) = (group.get(), collapsed.get());
            state.plan.with(|p| rows(p, g, &c))
        });
        // Where each activity is in `plan.items`, so a row finds its activity at once.
        let index = Memo::new(move |_| {
            state.plan.with(|p| {
                p.items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| (item.id.clone(), i))
                    .collect::<HashMap<_, _>>()
            })
        });
        let headers = Memo::new(move |_| scale.get().headers());
        let window = Memo::new(move |_| {
            let (top, _) = scroll.get();
            let (_, height) = size.get();
            visible_rows(
                all_rows.with(Vec::len),
                ROW,
                top,
                (height - HEAD).max(0.0),
                OVERSCAN_ROWS,
            )
        });
        let x_window = Memo::new(move |_| {
            let (_, left) = scroll.get();
            let (width, _) = size.get();
            let (from, to) = visible_x(left, width, OVERSCAN_X);
            // Rounded to the overscan, so that the cells change only every 400 px.
            let step = OVERSCAN_X;
            ((from / step).floor() * step, (to / step).ceil() * step)
        });
        Chart {
            state,
            scroller,
            corner,
            scroll,
            size,
            collapsed,
            selected,
            drag,
            pressing,
            preview,
            zoom,
            group,
            scale,
            all_rows,
            index,
            headers,
            window,
            x_window,
        }
    }
}

/// A drag in progress.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Drag {
    pub(crate) item: ItemId,
    /// The row it started in.
    pub(crate) row: usize,
    /// Moving the whole bar, or its end.
    pub(crate) resize: bool,
    /// The activity's time when the drag started.
    pub(crate) when: When,
    /// Where the pointer went down.
    pub(crate) x: i32,
    pub(crate) y: i32,
    /// The pointer has moved far enough to be a drag.
    pub(crate) moved: bool,
}

impl Grip for Drag {
    fn origin(&self) -> (i32, i32) {
        (self.x, self.y)
    }
    fn moved(&self) -> bool {
        self.moved
    }
    fn mark_moved(&mut self) {
        self.moved = true;
    }
}

/// The geometry of `span` on `scale`: left edge and width, px.
pub(crate) fn geometry(scale: &Scale, span: Span) -> (f64, f64) {
    (
        scale.x(span.start),
        span.days() as f64 * scale.zoom.px_per_day(),
    )
}

/// Width of the bars' part of a scroller `width` px wide (the left pane's width
/// taken off).
pub(crate) fn track_width(width: f64, corner: NodeRef<html::Div>) -> f64 {
    let left = corner
        .get_untracked()
        .map_or(0.0, |c| f64::from(c.offset_width()));
    (width - left).max(100.0)
}
