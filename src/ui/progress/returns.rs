//! The reports that go up: the 场次统计 (occasions and people by kind of activity,
//! and by village, for a month, a quarter or the year) and the monthly report
//! draft ("X月工作总结和X+1月工作计划"). Both are computed by the pure
//! `progress::returns` / `i18n::month_report_text`; this only picks the period and
//! shows, copies, prints or downloads what they give.

use crate::progress::returns::{Count, ReturnPeriod};
use crate::ui::browser::today;
use crate::ui::documents::print::PrintKind;
use crate::ui::documents::stats_table::{period_return, stats_tables};
use crate::ui::i18n::{month_label, month_report_name, month_report_text, return_period_name};
use crate::ui::state::{use_state, Dialog, Toast};
use chrono::Datelike;
use leptos::prelude::*;

/// The month a report is most likely wanted for: this month in the plan's year,
/// else January.
fn this_month(state: crate::ui::state::AppState) -> u32 {
    let d = today();
    if d.year() == state.plan.with_untracked(|p| p.year) {
        d.month()
    } else {
        1
    }
}

/// The kind of period picked, by its key in the picker.
fn period_of(kind: &str, index: u32) -> ReturnPeriod {
    match kind {
        "month" => ReturnPeriod::Month(index.clamp(1, 12)),
        "quarter" => ReturnPeriod::Quarter(index.clamp(1, 4)),
        _ => ReturnPeriod::Year,
    }
}

/// The 场次统计 of a month, a quarter or the year, with its print button.
#[component]
pub(crate) fn StatsPanel() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let year = move || state.plan.with(|p| p.year);
    let kind = RwSignal::new("month".to_owned());
    let index = RwSignal::new(this_month(state));
    let period = Memo::new(move |_| period_of(&kind.get(), index.get()));
    let result = Memo::new(move |_| state.plan.with(|p| period_return(p, period.get())));
    let on_kind = move |ev: leptos::ev::Event| {
        let k = event_target_value(&ev);
        // Keep the same time of year: March becomes the first quarter and back.
        let first = index_month(period.get_untracked());
        let day = chrono::NaiveDate::from_ymd_opt(year(), first, 1).unwrap_or_else(today);
        index.set(index_month_of(period_of(&k, 1).around(year(), day)));
        kind.set(k);
    };
    let choices = move || -> Vec<(u32, String)> {
        let lang = state.lang.get();
        match kind.get().as_str() {
            "month" => (1..=12).map(|m| (m, month_label(lang, m))).collect(),
            "quarter" => (1..=4)
                .map(|q| (q, return_period_name(lang, ReturnPeriod::Quarter(q))))
                .collect(),
            _ => Vec::new(),
        }
    };
    let print = move |_| {
        state.dialog.set(Some(Dialog::Print(PrintKind::Stats {
            period: period.get_untracked(),
        })))
    };
    view! {
        <h2 class="pv-heading">{move || t().st_title}</h2>
        <p class="muted">{move || t().st_hint}</p>
        <div class="pv-actions st-pick">
            <label class="inline">
                <span>{move || t().st_period}</span>
                <select data-testid="stats-kind" on:change=on_kind>
                    {[("month", t().st_month), ("quarter", t().st_quarter), ("year", t().st_year)].into_iter().map(|(k, label)| view! {
                        <option value=k prop:selected=move || kind.with(|x| x == k)>{label}</option>
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || kind.with(|k| k != "year")>
                <select data-testid="stats-index" aria-label=move || t().st_period
                    on:change=move |ev| index.set(event_target_value(&ev).parse().unwrap_or(1))>
                    {move || choices().into_iter().map(|(k, label)| view! {
                        <option value=k.to_string() prop:selected=move || index.get() == k>{label}</option>
                    }).collect_view()}
                </select>
            </Show>
            <button class="btn" data-testid="stats-print" on:click=print>{move || t().st_print}</button>
        </div>
        {move || {
            let r = result.get();
            let lang = state.lang.get();
            if r.total == Count::default() {
                view! { <p class="muted" data-testid="stats-empty">{lang.t().st_empty}</p> }.into_any()
            } else {
                state.plan.with(|p| stats_tables(lang, p, &r)).into_any()
            }
        }}
    }
}

/// The number the second picker shows for `p`: its month or quarter.
fn index_month_of(p: ReturnPeriod) -> u32 {
    match p {
        ReturnPeriod::Month(m) | ReturnPeriod::Quarter(m) => m,
        ReturnPeriod::Year => 1,
    }
}

/// The first month of a period (for keeping the time of year when the kind changes).
fn index_month(p: ReturnPeriod) -> u32 {
    match p {
        ReturnPeriod::Month(m) => m,
        ReturnPeriod::Quarter(q) => q * 3 - 2,
        ReturnPeriod::Year => 1,
    }
}

/// The monthly report draft for a chosen month: shown, copied, printed, or
/// downloaded as text or Word.
#[component]
pub(crate) fn MonthReport() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let month = RwSignal::new(this_month(state));
    let text = Memo::new(move |_| {
        let lang = state.lang.get();
        state
            .plan
            .with(|p| month_report_text(lang, p, p.year, month.get()))
    });
    let copy = move |_| {
        let lang = state.lang.get_untracked();
        let promise = window()
            .navigator()
            .clipboard()
            .write_text(&text.get_untracked());
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            let t = lang.t();
            state.toast.set(Some(Toast {
                text: (if ok { t.pv_copied } else { t.pv_copy_failed }).to_owned(),
                undo: false,
            }));
        });
    };
    let download_txt = move |_| {
        let name = report_file_name(state, month.get_untracked(), "txt");
        if crate::ui::browser::download_as(&name, &text.get_untracked(), "text/plain;charset=utf-8")
            .is_err()
        {
            state.error.set(Some(t().err_download.to_owned()));
        }
    };
    let download_docx = move |_| {
        state.export_document(crate::ui::documents::commands::Export::MonthReportDocx {
            month: month.get_untracked(),
        });
    };
    let print = move |_| {
        let year = state.plan.with_untracked(|p| p.year);
        state.dialog.set(Some(Dialog::Print(PrintKind::MonthReport {
            year,
            month: month.get_untracked(),
        })))
    };
    view! {
        <h2 class="pv-heading">{move || t().mr_title}</h2>
        <p class="muted">{move || t().mr_hint}</p>
        <div class="pv-actions">
            <label class="inline">
                <span>{move || t().mr_month}</span>
                <select data-testid="month-report-month"
                    on:change=move |ev| month.set(event_target_value(&ev).parse().unwrap_or(1))>
                    {move || (1..=12).map(|m| view! {
                        <option value=m.to_string() prop:selected=move || month.get() == m>{month_label(state.lang.get(), m)}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <textarea class="pv-summary" data-testid="month-report" aria-label=move || t().mr_title readonly rows="12" prop:value=move || text.get()></textarea>
        <div class="pv-actions">
            <button class="btn" data-testid="month-report-copy" on:click=copy>{move || t().pv_copy}</button>
            <button class="btn" data-testid="month-report-print" on:click=print>{move || t().mr_print}</button>
            <button class="btn" data-testid="month-report-txt" on:click=download_txt>{move || t().mr_download_txt}</button>
            <button class="btn" data-testid="month-report-docx" on:click=download_docx>{move || t().mr_download_docx}</button>
        </div>
    }
}

/// "<plan>-3月工作总结.txt", by the plan file rule.
fn report_file_name(state: crate::ui::state::AppState, month: u32, ext: &str) -> String {
    let t = state.lang.get_untracked().t();
    let title = state.plan.with_untracked(|p| p.title.clone());
    crate::file::document_file_name(
        &title,
        &month_report_name(state.lang.get_untracked(), month),
        ext,
        t.app_name,
    )
}
