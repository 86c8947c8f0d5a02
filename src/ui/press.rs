//! The start of a drag, the same for the calendar and the timeline: a mouse or a
//! pen drags at once; a finger only after a long press, so that a tap still opens
//! the activity and a swipe still scrolls.

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
