//! The frame every modal dialog shares.

use crate::ui::state::use_state;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// The frame of a modal dialog: a backdrop and a titled panel. Opening it moves
/// focus into it (to the `autofocus` field, or the panel); Escape or a click on the
/// backdrop closes it; closing gives focus back to where it was.
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
            >
                <h2 class="modal-title">{move || title.get()}</h2>
                {children()}
            </div>
        </div>
    }
}
