//! The user interface. The language catalogue is pure and host-tested; the Leptos
//! components build only for wasm32.

pub mod i18n;
