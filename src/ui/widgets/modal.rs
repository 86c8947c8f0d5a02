//! The frame every modal dialog shares.

use crate::ui::state::use_state;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// What Tab can reach inside a dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// Keeps Tab and Shift+Tab inside `panel`: from the last control to the first and
/// back, as a modal dialog must (WAI-ARIA dialog pattern); the page behind is inert.
pub(crate) fn trap_tab(panel: &web_sys::HtmlElement, ev: &web_sys::KeyboardEvent) {
    if ev.key() != "Tab" {
        return;
    }
    let Ok(list) = panel.query_selector_all(FOCUSABLE) else {
        return;
    };
    // Shown ones only: a control in a closed part has no layout box.
    let shown: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| el.offset_width() > 0 || el.offset_height() > 0)
        .collect();
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        ev.prevent_default();
        return;
    };
    let active = document().active_element();
    let at = |el: &web_sys::HtmlElement| active.as_ref() == Some(el.unchecked_ref());
    let on_panel = active.as_ref() == Some(panel.unchecked_ref());
    let inside = active
        .as_ref()
        .is_some_and(|a| panel.contains(Some(a.unchecked_ref())));
    let to = if ev.shift_key() && (at(first) || on_panel || !inside) {
        last
    } else if !ev.shift_key() && (at(last) || !inside) {
        first
    } else {
        return;
    };
    ev.prevent_default();
    let _ = to.focus();
}

/// The frame of a modal dialog: a backdrop and a titled panel. Opening it moves
/// focus into it (to the `autofocus` field, or the panel); Tab stays inside it;
/// Escape or a click on the backdrop closes it; closing gives focus back to where
/// it was.
#[component]
pub fn Modal(
    /// The dialog's heading.
    #[prop(into)]
    title: Signal<String>,
    /// `data-testid` of the panel.
    testid: &'static str,
    /// Whether Escape and the backdrop close it (not for questions that need an
    /// answer).
    #[prop(default = true)]
    dismissable: bool,
    /// A wide panel (the text preview shows two columns).
    #[prop(default = false)]
    wide: bool,
    /// The contents.
    children: Children,
) -> impl IntoView {
    let state = use_state();
    let close = move || {
        if dismissable {
            state.dialog.set(None)
        }
    };
    let panel = NodeRef::<leptos::html::Div>::new();
    let previous = SendWrapper::new(document().active_element());
    // Runs once the panel is in the page; it only moves focus, it writes no signal.
    Effect::new(move |_| {
        if let Some(panel) = panel.get() {
            let field = panel
                .query_selector("[autofocus]")
                .ok()
                .flatten()
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            let _ = field.unwrap_or_else(|| panel.into()).focus();
        }
    });
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    });
    on_cleanup(move || {
        escape.remove();
        if let Some(el) = previous
            .take()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
    view! {
        <div class="modal-backdrop" on:mousedown=move |ev| {
            if ev.target() == ev.current_target() { close() }
        }>
            <div
                class="modal"
                class:modal-wide=wide
                role="dialog"
                aria-modal="true"
                aria-label=move || title.get()
                data-testid=testid
                tabindex="-1"
                node_ref=panel
                on:keydown=move |ev| {
                    if let Some(panel) = panel.get_untracked() {
                        trap_tab(&panel, &ev);
                    }
                }
            >
                <h2 class="modal-title">{move || title.get()}</h2>
                {children()}
            </div>
        </div>
    }
}
