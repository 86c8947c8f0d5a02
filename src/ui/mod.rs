//! The user interface. The language catalogue and the form model are pure and
//! host-tested; the Leptos components build only for wasm32.

pub mod form;
pub mod i18n;
pub mod summary;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
mod calendar;
#[cfg(target_arch = "wasm32")]
mod calendar_month;
#[cfg(target_arch = "wasm32")]
mod calendar_year;
#[cfg(target_arch = "wasm32")]
mod choices;
#[cfg(target_arch = "wasm32")]
mod conflict;
#[cfg(target_arch = "wasm32")]
mod crash;
#[cfg(target_arch = "wasm32")]
mod dialogs;
#[cfg(target_arch = "wasm32")]
mod history;
#[cfg(target_arch = "wasm32")]
mod import;
#[cfg(target_arch = "wasm32")]
mod import_dialog;
#[cfg(target_arch = "wasm32")]
mod item_form;
#[cfg(target_arch = "wasm32")]
mod offline;
#[cfg(target_arch = "wasm32")]
mod outline;
#[cfg(target_arch = "wasm32")]
mod outline_item;
#[cfg(target_arch = "wasm32")]
mod persist;
#[cfg(target_arch = "wasm32")]
mod press;
#[cfg(target_arch = "wasm32")]
mod progress_charts;
#[cfg(target_arch = "wasm32")]
mod progress_entries;
#[cfg(target_arch = "wasm32")]
mod progress_view;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
mod storage_info;
#[cfg(target_arch = "wasm32")]
mod sync;
#[cfg(target_arch = "wasm32")]
mod timeline;
#[cfg(target_arch = "wasm32")]
mod timeline_input;
#[cfg(target_arch = "wasm32")]
mod timeline_rows;
#[cfg(target_arch = "wasm32")]
mod unsaved;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Mounts the app on the page's `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    crash::install();
    leptos::mount::mount_to_body(App);
}
