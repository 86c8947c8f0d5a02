//! The year-end summary draft (年终总结), worked out by the pure
//! `i18n::year_end_summary` from the targets and progress: shown, printed whole,
//! copied or downloaded as text.

use crate::ui::i18n::year_end_summary;
use crate::ui::state::{use_state, Toast};
use leptos::prelude::*;

/// The draft with its copy and download buttons.
#[component]
pub(crate) fn SummaryDraft() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let today = crate::ui::browser::today();
    let summary = Memo::new(move |_| {
        let lang = state.lang.get();
        state.plan.with(|p| year_end_summary(lang, p, today))
    });
    let copy = move |_| {
        let text = summary.get_untracked();
        let lang = state.lang.get_untracked();
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            let t = lang.t();
            let text = if ok { t.pv_copied } else { t.pv_copy_failed };
            state.toast.set(Some(Toast {
                text: text.to_owned(),
                undo: false,
            }));
        });
    };
    let download = move |_| {
        let title = state.plan.with_untracked(|p| p.title.clone());
        // The plan file's safe name, as a text file.
        let file = crate::file::plan_file_name(&format!("{title}-{}", t().pv_summary), "jihua");
        let name = format!("{}.txt", file.trim_end_matches(".jihua.json"));
        if crate::ui::browser::download_as(
            &name,
            &summary.get_untracked(),
            "text/plain;charset=utf-8",
        )
        .is_err()
        {
            state.error.set(Some(t().err_download.to_owned()));
        }
    };
    view! {
    <h2 class="pv-heading">{move || t().pv_summary}</h2>
    <p class="muted pv-summary-hint">{move || t().pv_summary_hint}</p>
    // A textarea prints only its first lines; paper gets the whole text.
    <div class="pv-summary-print" aria-hidden="true">{move || summary.get()}</div>
    <textarea class="pv-summary" data-testid="summary-text" aria-label=move || t().pv_summary readonly rows="12" prop:value=move || summary.get()></textarea>
    <div class="pv-actions">
        <button class="btn" data-testid="summary-copy" on:click=copy>{move || t().pv_copy}</button>
        <button class="btn" data-testid="summary-download" on:click=download>{move || t().pv_download}</button>
    </div>
    }
}
