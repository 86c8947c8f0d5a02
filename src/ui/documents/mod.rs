//! Documents out: the dialog that prints the plan, the summary or a month's
//! schedule, and exports Word, Excel, calendar and CSV files.

pub(crate) mod commands;
pub mod print;
pub(crate) mod stats_table;

use crate::ui::documents::commands::Export;
use crate::ui::documents::print::PrintKind;
use crate::ui::i18n::month_title;
use crate::ui::state::{use_state, Dialog};
use crate::ui::widgets::modal::Modal;
use chrono::Datelike;
use leptos::prelude::*;

/// The months a schedule can be printed for: those of the plan's period.
fn months(state: crate::ui::state::AppState) -> Vec<(i32, u32)> {
    state.plan.with(|p| {
        let Some(period) = p.period() else {
            return (1..=12).map(|m| (p.year, m)).collect();
        };
        let mut out = Vec::new();
        let (mut y, mut m) = (period.start.year(), period.start.month());
        while (y, m) <= (period.end.year(), period.end.month()) && out.len() < 36 {
            out.push((y, m));
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        out
    })
}

/// The documents dialog.
#[component]
pub(crate) fn DocumentsDialog() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let lang = move || state.lang.get();
    let choices = months(state);
    // This month when the plan covers it, else its first month.
    let today = crate::ui::browser::today();
    let start = choices
        .iter()
        .copied()
        .find(|&(y, m)| (y, m) == (today.year(), today.month()))
        .or_else(|| choices.first().copied())
        .unwrap_or((today.year(), today.month()));
    let month = RwSignal::new(start);
    let remind = RwSignal::new(false);
    let print = move |kind: PrintKind| state.dialog.set(Some(Dialog::Print(kind)));
    let export = move |what: Export| state.export_document(what);
    let heading = Signal::derive(move || t().docs_title.to_owned());
    let options = choices.clone();
    view! {
        <Modal title=heading testid="documents-dialog">
            <p class="muted docs-hint">{move || t().docs_hint}</p>
            <h3 class="docs-head">{move || t().docs_print_head}</h3>
            <div class="docs-actions">
                <button class="btn" data-testid="print-plan" on:click=move |_| print(PrintKind::Plan)>{move || t().print_plan}</button>
                <button class="btn" data-testid="print-summary" on:click=move |_| print(PrintKind::Summary)>{move || t().print_summary}</button>
                <span class="docs-month">
                    <select data-testid="print-month-choice" aria-label=move || t().docs_month
                            on:change:target=move |ev| {
                                let k: usize = ev.target().value().parse().unwrap_or(0);
                                if let Some(&m) = options.get(k) { month.set(m) }
                        }>
                            {choices.iter().enumerate().map(|(k, &(y, m))| view! {
                                <option value=k.to_string() prop:selected=move || month.get() == (y, m)>
                                    {move || month_title(lang(), y, m)}
                                </option>
                            }).collect_view()}
                        </select>
                    <button class="btn" data-testid="print-month" on:click=move |_| {
                        let (year, month) = month.get_untracked();
                        print(PrintKind::Month { year, month })
                    }>{move || t().print_month}</button>
                </span>
            </div>
            <h3 class="docs-head">{move || t().docs_files_head}</h3>
            <div class="docs-actions">
                <button class="btn" data-testid="export-docx" on:click=move |_| export(Export::PlanDocx)>{move || t().export_docx}</button>
                <button class="btn" data-testid="export-summary-docx" on:click=move |_| export(Export::SummaryDocx)>{move || t().export_summary_docx}</button>
                <button class="btn" data-testid="export-xlsx" on:click=move |_| export(Export::TasksXlsx)>{move || t().export_xlsx}</button>
                <button class="btn" data-testid="export-stats-xlsx" on:click=move |_| export(Export::StatsXlsx)>{move || t().export_stats_xlsx}</button>
                <button class="btn" data-testid="export-csv" on:click=move |_| export(Export::TasksCsv)>{move || t().export_csv}</button>
            </div>
            <div class="docs-actions">
                <button class="btn" data-testid="export-ics" on:click=move |_| export(Export::Calendar { remind: remind.get_untracked() })>{move || t().export_ics}</button>
                <label class="field inline">
                    <input type="checkbox" data-testid="export-ics-remind" prop:checked=remind
                        on:change:target=move |ev| remind.set(ev.target().checked()) />
                    <span>{move || t().docs_remind}</span>
                </label>
            </div>
            <div class="modal-actions">
                <button type="button" class="btn" on:click=move |_| state.dialog.set(None)>{move || t().close}</button>
            </div>
        </Modal>
    }
}
