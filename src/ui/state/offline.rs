//! Offline use of the served app: registers the service worker (`public/sw.js`, which
//! the build step fills in) and offers a reload when a new version is ready. Not
//! used from file:// (the single file needs nothing from a server).

use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let protocol = window.location().protocol().ok()?;
    let navigator = window.navigator();
    let has =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    (has && matches!(protocol.as_str(), "http:" | "https:")).then(|| navigator.service_worker())
}

/// True when a service worker controls the page (so a newly installed one is an
/// update, not the first install).
fn controlled() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Calls `f` on every event of `set`; the handler lives as long as the page.
fn on(set: impl FnOnce(Option<&js_sys::Function>), f: impl FnMut() + 'static) {
    let handler = Closure::<dyn FnMut()>::new(f);
    set(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
}

impl AppState {
    /// Registers the service worker, and watches for a new version of it: one
    /// installed while an older one controls the page is a new version of the app.
    pub(crate) fn register_service_worker(self) {
        let Some(container) = container() else { return };
        let promise = container.register("./sw.js");
        spawn_local(async move {
            let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
                return;
            };
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            // Installed at an earlier visit and still waiting.
            if registration.waiting().is_some() && controlled() {
                self.update_ready.set(true);
            }
            let found = registration.clone();
            on(
                |f| registration.set_onupdatefound(f),
                move || {
                    let Some(worker) = found.installing() else {
                        return;
                    };
                    // Asked now, while the new worker starts installing: on a first
                    // visit no worker controls the page yet, and the first worker
                    // takes control (clients.claim) before this page may hear that it
                    // is installed; that is not an update.
                    let update = controlled();
                    let watched = worker.clone();
                    on(
                        |f| worker.set_onstatechange(f),
                        move || {
                            if update && watched.state() == ServiceWorkerState::Installed {
                                self.update_ready.set(true);
                            }
                        },
                    );
                },
            );
            self.registration.set_value(Some(registration));
        });
    }

    /// Lets the new version take over and reloads the page once it has. Every
    /// change is already saved, so nothing is lost.
    pub fn apply_update(&self) {
        let (Some(container), Some(registration)) = (container(), self.registration.get_value())
        else {
            return;
        };
        on(
            |f| container.set_oncontrollerchange(f),
            || {
                let _ = window().location().reload();
            },
        );
        match registration.waiting() {
            Some(worker) => {
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    }
}
