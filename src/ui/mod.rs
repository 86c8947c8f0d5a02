//! The user interface. The language catalogue and the form model are pure and
//! host-tested; the Leptos components build only for wasm32.

pub mod form;
pub mod i18n;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
mod calendar;
#[cfg(target_arch = "wasm32")]
mod dialogs;
#[cfg(target_arch = "wasm32")]
pub mod documents;
#[cfg(target_arch = "wasm32")]
mod import;
#[cfg(target_arch = "wasm32")]
mod outline;
#[cfg(target_arch = "wasm32")]
mod progress;
#[cfg(target_arch = "wasm32")]
mod shell;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
mod timeline;
#[cfg(target_arch = "wasm32")]
mod widgets;

#[cfg(target_arch = "wasm32")]
pub use shell::App;

/// Mounts the app on the page's `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    shell::crash::install();
    leptos::mount::mount_to_body(App);
}
