//! What a person sees if the app crashes. Release builds abort on a panic, and a
//! panic in wasm leaves a page that no longer answers: without this, a frozen or
//! blank page. The panic hook draws a plain notice with `web_sys` alone (the Leptos
//! runtime may be what broke), in both languages: something went wrong, the saved
//! plans are safe, reload; and a link that reloads the page straight into
//! downloading a backup of every plan, made by a fresh, working copy of the app.
//!
//! Only after the notice is on the page does the hook try to put unsaved changes
//! aside (as closing the page would): that touches the app's state, which may be
//! in the middle of the failure, and a second panic ends the hook, not the notice.

use crate::ui::state::AppState;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// The query that makes a fresh start download the backup (see [`wants_backup`]).
pub const BACKUP_QUERY: &str = "backup";

thread_local! {
    static STATE: Cell<Option<AppState>> = const { Cell::new(None) };
    static SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// Installs the panic hook: the browser console gets the panic as before, the page
/// gets the crash notice.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if !SHOWN.replace(true) {
            show_notice();
            if let Some(state) = STATE.get() {
                state.stash_unsaved();
            }
        }
    }));
}

/// Lets the hook reach the app's state, to put unsaved changes aside.
pub(crate) fn remember(state: AppState) {
    STATE.set(Some(state));
}

/// Whether this start was asked for a backup download (the crash notice's link).
/// The query is taken off the address so that a later reload does not ask again.
pub(crate) fn wants_backup() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let asked = search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == BACKUP_QUERY);
    if asked {
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{hash}")),
            );
        }
    }
    asked
}

/// The notice, as plain elements. Links, not buttons: they need no script, which
/// may no longer run.
fn show_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let element = |tag: &str, class: &str, text: &str| {
        document.create_element(tag).ok().inspect(|el| {
            el.set_class_name(class);
            el.set_text_content(Some(text));
        })
    };
    let Some(panel) = element("div", "crash", "") else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "crash-screen");
    let _ = panel.set_attribute("lang", "zh-CN");
    let parts = [
        ("h1", "crash-title", "出错了，计划（jihua）停止了运行。"),
        (
            "p",
            "crash-text",
            "已经保存的计划都还在这个浏览器里，不会丢失。请重新加载页面后继续使用；如果再次出错，可以先下载全部计划的备份。",
        ),
    ];
    for (tag, class, text) in parts {
        if let Some(el) = element(tag, class, text) {
            let _ = panel.append_child(&el);
        }
    }
    if let Some(en) = element(
        "p",
        "crash-text",
        "Something went wrong and jihua stopped. The plans already saved are safe in this browser. Reload the page to go on; if it happens again, download a backup of every plan first.",
    ) {
        let _ = en.set_attribute("lang", "en");
        let _ = panel.append_child(&en);
    }
    let links = [
        ("", "btn btn-primary", "crash-reload", "重新加载 · Reload"),
        (
            "?backup",
            "btn",
            "crash-backup",
            "下载全部计划的备份 · Download a backup",
        ),
    ];
    let actions = element("p", "crash-actions", "");
    for (href, class, testid, text) in links {
        if let (Some(actions), Some(link)) = (&actions, element("a", class, text)) {
            let href = if href.is_empty() {
                reload_href()
            } else {
                href.to_owned()
            };
            let _ = link.set_attribute("href", &href);
            let _ = link.set_attribute("data-testid", testid);
            let _ = actions.append_child(&link);
        }
    }
    if let Some(actions) = actions {
        let _ = panel.append_child(&actions);
    }
    if let Ok(panel) = panel.dyn_into::<web_sys::HtmlElement>() {
        let _ = body.append_child(&panel);
    }
}

/// The page's own address without its query: following it loads the app afresh.
fn reload_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Panics on purpose, to test the notice: only in builds made with
/// `JIHUA_TEST_HOOKS=1` in the environment (the end-to-end tests' build), and only
/// when the address asks for it with `?debug-panic`.
pub(crate) fn test_trigger() {
    if option_env!("JIHUA_TEST_HOOKS").is_none() {
        return;
    }
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    if search.contains("debug-panic") {
        panic!("a test asked for a crash (?debug-panic)");
    }
}
