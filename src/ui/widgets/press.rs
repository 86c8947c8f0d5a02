//! The start and the following of a drag, the same for the calendar and the
//! timeline: a mouse or a pen drags at once; a finger only after a long press, so
//! that a tap still opens the activity and a swipe still scrolls. A press becomes a
//! drag once the pointer has moved [`DRAG_DISTANCE`]; before that, letting go is a
//! click.

use leptos::prelude::*;

/// How long a finger rests on an activity before it can be dragged.
pub const LONG_PRESS: std::time::Duration = std::time::Duration::from_millis(450);

/// Starts drag `d` for the pointer of `ev`: at once into `drag`, or for a finger
/// into `pressing` and, if the finger is still down and has not moved away (the
/// caller's pointer handlers clear `pressing` then), into `drag` after
/// [`LONG_PRESS`].
pub fn begin<D>(
    ev: &web_sys::PointerEvent,
    d: D,
    drag: RwSignal<Option<D>>,
    pressing: StoredValue<Option<D>>,
) where
    D: Send + Sync + 'static,
{
    if ev.pointer_type() == "touch" {
        pressing.set_value(Some(d));
        set_timeout(
            move || {
                if let Some(d) = pressing.try_update_value(Option::take).flatten() {
                    drag.set(Some(d));
                }
            },
            LONG_PRESS,
        );
    } else {
        drag.set(Some(d));
    }
}

/// How far (|dx| + |dy|, CSS px) a pressed pointer moves before the press is a drag
/// rather than a click: one number for the calendar and the timeline.
pub const DRAG_DISTANCE: i32 = 4;

/// How far a finger waiting for the long press may move before it is taken for a
/// swipe (the page scrolls, nothing is dragged).
pub const SWIPE_DISTANCE: i32 = 8;

/// A press that may become a drag: where it went down, and whether it has moved
/// far enough to be one.
pub trait Grip: Clone {
    /// Where the pointer went down (client px).
    fn origin(&self) -> (i32, i32);
    /// Whether it has moved [`DRAG_DISTANCE`] since.
    fn moved(&self) -> bool;
    /// Marks it as moved.
    fn mark_moved(&mut self);
}

fn beyond(origin: (i32, i32), ev: &web_sys::PointerEvent, limit: i32) -> bool {
    (ev.client_x() - origin.0).abs() + (ev.client_y() - origin.1).abs() > limit
}

/// Follows a pointer move: a finger that moves away while waiting for the long
/// press is a swipe, and its press is dropped; a drag that moves far enough is
/// marked as moved. Returns the drag in progress, if any.
pub fn follow<D>(
    ev: &web_sys::PointerEvent,
    drag: RwSignal<Option<D>>,
    pressing: StoredValue<Option<D>>,
) -> Option<D>
where
    D: Grip + Send + Sync + 'static,
{
    if pressing.with_value(|p| {
        p.as_ref()
            .is_some_and(|d| beyond(d.origin(), ev, SWIPE_DISTANCE))
    }) {
        pressing.set_value(None);
    }
    let mut d = drag.get_untracked()?;
    if !d.moved() && beyond(d.origin(), ev, DRAG_DISTANCE) {
        d.mark_moved();
        drag.set(Some(d.clone()));
    }
    Some(d)
}
