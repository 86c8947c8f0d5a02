//! What the month grid and its event chips share: the grid's handles, a drag in
//! progress, and the day under the pointer. A leaf, so that the two do not depend
//! on each other in a circle.

use crate::model::ItemId;
use crate::ui::state::AppState;
use crate::ui::widgets::press::Grip;
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The month grid's handles, `Copy` into every closure.
#[derive(Clone, Copy)]
pub(crate) struct Handles {
    pub(crate) state: AppState,
    /// A drag in progress.
    pub(crate) drag: RwSignal<Option<Drag>>,
    /// A touch waiting for the long press that starts a drag.
    pub(crate) pressing: StoredValue<Option<Drag>>,
    /// Set just after a drag, so that the click it causes is not a click on a day.
    pub(crate) dragged: StoredValue<bool>,
    /// The day under a drag.
    pub(crate) over: RwSignal<Option<NaiveDate>>,
    /// The activity the keyboard has picked up, and the day it was picked up on.
    pub(crate) carry: RwSignal<Option<(ItemId, NaiveDate)>>,
}

/// A drag in progress.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Drag {
    pub(crate) item: ItemId,
    /// The day under the pointer when it started.
    pub(crate) grabbed: NaiveDate,
    /// Moving the whole event, or its last day.
    pub(crate) resize: bool,
    /// Where the pointer went down, to tell a drag from a click.
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

/// The day cell under the point (`data-date` of a `cal-day`), if any.
pub(crate) fn day_at(x: i32, y: i32) -> Option<NaiveDate> {
    let found = document().elements_from_point(x as f32, y as f32);
    found.iter().find_map(|el| {
        let el: web_sys::Element = el.dyn_into().ok()?;
        let date = el
            .closest("[data-testid=cal-day]")
            .ok()??
            .get_attribute("data-date")?;
        NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok()
    })
}
