//! Saved versions: the history of the plan on screen, and plans deleted earlier,
//! each with a way back.

use crate::model::diff::diff;
use crate::storage::{Repository, Version};
use crate::ui::i18n::{items_count, reason_label};
use crate::ui::state::use_state;
use crate::ui::widgets::modal::Modal;
use leptos::prelude::*;

/// "2026-11-26 14:36" in the browser's time zone, from RFC 3339.
pub fn local_time(rfc3339: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if d.get_time().is_nan() {
        return String::new();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The titles of the activities that differ between `version` and `current`, as
/// they are in the version (what restoring it would bring back).
fn differing(version: &Version, current: &crate::model::Plan) -> String {
    let Ok(old) = version.plan() else {
        return String::new();
    };
    let d = diff(current, &old);
    let titles: Vec<String> = d
        .added
        .into_iter()
        .chain(d.changed)
        .chain(d.removed)
        .collect();
    let more = titles.len().saturating_sub(4);
    let mut text = titles.into_iter().take(4).collect::<Vec<_>>().join("、");
    if more > 0 {
        text.push_str(&format!(" …(+{more})"));
    }
    text
}

/// One version in a list, with what differs from now and its restore button.
fn version_row(
    version: Version,
    differs: String,
    on_restore: impl Fn(Version) + 'static,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let when = local_time(&version.saved_at);
    let (reason, items, title) = (version.reason, version.items, version.title.clone());
    let version = StoredValue::new(version);
    view! {
        <li class="plans-entry" data-testid="history-entry">
            <span class="plans-entry-text">
                <strong>{when}</strong>
                <span class="tag">{move || reason_label(state.lang.get(), reason)}</span>
                <span>{title}</span>
                <span class="muted">{move || items_count(state.lang.get(), items)}</span>
                {(!differs.is_empty()).then(|| view! {
                    <span class="history-diff">{move || t().history_differs} {differs.clone()}</span>
                })}
            </span>
            <button class="btn btn-small" data-testid="history-restore" on:click=move |_| on_restore(version.get_value())>
                {move || t().restore}
            </button>
        </li>
    }
}

/// The history of the plan on screen.
#[component]
pub fn HistoryDialog() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let id = state.plan.with_untracked(|p| p.id.clone());
    let versions = LocalResource::new(move || {
        let (repo, id) = (state.repo.get_value(), id.clone());
        async move {
            match repo {
                Some(repo) => repo.history(&id).await.unwrap_or_default(),
                None => Vec::new(),
            }
        }
    });
    let heading = Signal::derive(move || t().history_title.to_owned());
    view! {
        <Modal title=heading testid="history-dialog">
            <p class="muted">{move || t().history_hint}</p>
            <Suspense fallback=move || view! { <p>{move || t().loading}</p> }>
                {move || versions.get().map(|versions| {
                    if versions.is_empty() {
                        view! { <p>{move || t().history_empty}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plans-list">
                                {versions.into_iter().map(|v| {
                                    let differs = state.plan.with_untracked(|p| differing(&v, p));
                                    version_row(v, differs, move |v| state.restore_version(v))
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                })}
            </Suspense>
            <div class="modal-actions">
                <button class="btn btn-primary" on:click=move |_| state.dialog.set(None)>{move || t().close}</button>
            </div>
        </Modal>
    }
}

/// Plans deleted earlier, for the plans dialog.
#[component]
pub fn DeletedPlans() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let deleted = LocalResource::new(move || {
        // Listed again whenever the list of plans changes and once the change is
        // stored (a delete is written after the list shows it).
        state.plans.track();
        state.save.track();
        let repo = state.repo.get_value();
        async move {
            match repo {
                Some(repo) => repo.deleted().await.unwrap_or_default(),
                None => Vec::new(),
            }
        }
    });
    view! {
        <Suspense>
            {move || deleted.get().filter(|d| !d.is_empty()).map(|versions| view! {
                <h3 class="plans-subtitle">{move || t().deleted_plans}</h3>
                <ul class="plans-list" data-testid="deleted-plans">
                    {versions.into_iter().map(|v| version_row(v, String::new(), move |v| state.restore_deleted(v))).collect_view()}
                </ul>
            })}
        </Suspense>
    }
}
