//! The print view: the pages exactly as they print (the GB/T 9704 lines and pages
//! worked out by `documents::paper`), or a month's schedule as a landscape table.
//! While it is open, the page prints only it, with the paper size it needs.

use crate::documents::doc::Doc;
use crate::documents::month::month_rows;
use crate::documents::paper::{paginate, Align, Face, Line, Page};
use crate::documents::plan_doc::plan_doc;
use crate::ui::browser::today;
use crate::ui::documents::commands::summary_doc;
use crate::ui::documents::stats_table::{period_return, stats_tables};
use crate::ui::i18n::{document_words, month_report_text, month_schedule_title, stats_title};
use crate::ui::state::use_state;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// What the print view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintKind {
    /// The plan as a 公文.
    Plan,
    /// The year-end summary draft as a 公文.
    Summary,
    /// The monthly report draft as a 公文.
    MonthReport {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
    /// The 场次统计 of a period of the plan's year.
    Stats {
        /// Which month, quarter or the year.
        period: crate::progress::returns::ReturnPeriod,
    },
    /// One month's schedule.
    Month {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
}

/// Width of the paper on screen in CSS pixels (210 mm or 297 mm at 96 dpi).
fn paper_px(kind: PrintKind) -> f64 {
    match kind {
        PrintKind::Month { .. } => 1122.5,
        _ => 793.7,
    }
}

/// Adds `rule` (an `@page` rule) to the first style sheet through the CSSOM, which
/// the Content-Security-Policy allows where a `<style>` element would not be.
fn add_page_rule(rule: &str) -> Option<()> {
    let sheets = js_sys::Reflect::get(&document(), &JsValue::from_str("styleSheets")).ok()?;
    let sheet = js_sys::Reflect::get(&sheets, &JsValue::from(0)).ok()?;
    if sheet.is_undefined() {
        return None;
    }
    let rules = js_sys::Reflect::get(&sheet, &JsValue::from_str("cssRules")).ok()?;
    let length = js_sys::Reflect::get(&rules, &JsValue::from_str("length"))
        .ok()?
        .as_f64()?;
    let insert: js_sys::Function = js_sys::Reflect::get(&sheet, &JsValue::from_str("insertRule"))
        .ok()?
        .dyn_into()
        .ok()?;
    insert
        .call2(&sheet, &JsValue::from_str(rule), &JsValue::from(length))
        .ok()?;
    Some(())
}

/// Removes the `@page` rules [`add_page_rule`] added (main.css has none of its own).
fn remove_page_rules() -> Option<()> {
    let sheets = js_sys::Reflect::get(&document(), &JsValue::from_str("styleSheets")).ok()?;
    let sheet = js_sys::Reflect::get(&sheets, &JsValue::from(0)).ok()?;
    let rules = js_sys::Reflect::get(&sheet, &JsValue::from_str("cssRules")).ok()?;
    let delete: js_sys::Function = js_sys::Reflect::get(&sheet, &JsValue::from_str("deleteRule"))
        .ok()?
        .dyn_into()
        .ok()?;
    let length = js_sys::Reflect::get(&rules, &JsValue::from_str("length"))
        .ok()?
        .as_f64()? as u32;
    for k in (0..length).rev() {
        let rule = js_sys::Reflect::get(&rules, &JsValue::from(k)).ok()?;
        let text = js_sys::Reflect::get(&rule, &JsValue::from_str("cssText"))
            .ok()?
            .as_string()
            .unwrap_or_default();
        if text.starts_with("@page") {
            delete.call1(&sheet, &JsValue::from(k)).ok()?;
        }
    }
    Some(())
}

fn line_class(line: &Line) -> String {
    let face = match line.face {
        Face::Title => "pp-title",
        Face::Hei => "pp-hei",
        Face::Kai => "pp-kai",
        Face::Fang => "pp-fang",
    };
    let align = match line.align {
        Align::Justify => "pp-justify",
        Align::Left => "pp-left",
        Align::Center => "pp-center",
        Align::Right => "pp-right",
    };
    let indent = if line.indent { " pp-indent" } else { "" };
    format!("pp-line {face} {align}{indent}")
}

fn page_view(page: Page) -> impl IntoView {
    let side = if page.number % 2 == 1 {
        "pp-number pp-odd"
    } else {
        "pp-number pp-even"
    };
    view! {
        <div class="pp-page" data-testid="print-page" data-page=page.number>
            <div class="pp-block">
                {page.lines.into_iter().map(|l| { let class = line_class(&l); view! { <div class=class>{l.text}</div> } }).collect_view()}
            </div>
            <div class=side>{format!("— {} —", page.number)}</div>
        </div>
    }
}

/// While the view is open the page prints only it, on the paper it needs: A4
/// upright with the margins inside the pages, or A4 across for the schedule.
fn take_over_printing(kind: PrintKind) {
    let _ = remove_page_rules();
    let _ = add_page_rule(match kind {
        PrintKind::Month { .. } => "@page { size: A4 landscape; margin: 12mm 14mm; }",
        PrintKind::Stats { .. } => "@page { size: A4 portrait; margin: 20mm 18mm; }",
        _ => "@page { size: A4 portrait; margin: 0; }",
    });
    let body = document().body();
    if let Some(b) = &body {
        let _ = b.class_list().add_1("printing-doc");
    }
    let body = send_wrapper::SendWrapper::new(body);
    on_cleanup(move || {
        let _ = remove_page_rules();
        if let Some(b) = body.take() {
            let _ = b.class_list().remove_1("printing-doc");
        }
    });
}

/// The print view of `kind`.
#[component]
pub(crate) fn PrintView(kind: PrintKind) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let lang = state.lang.get_untracked();
    let words = document_words(lang);
    let plan = state.plan.get_untracked();
    let close = move || state.dialog.set(None);

    take_over_printing(kind);
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            close();
        }
    });
    on_cleanup(move || keys.remove());
    let print_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = print_button.get() {
            let _ = b.focus();
        }
    });

    let width = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1024.0);
    let zoom = ((width - 24.0) / paper_px(kind)).clamp(0.3, 1.0);
    let (title, body, pages): (String, AnyView, usize) = match kind {
        PrintKind::Plan | PrintKind::Summary | PrintKind::MonthReport { .. } => {
            let doc = match kind {
                PrintKind::Plan => plan_doc(&plan, &words, today()),
                PrintKind::MonthReport { year, month } => {
                    Doc::from_text(&month_report_text(lang, &plan, year, month))
                }
                _ => summary_doc(state),
            };
            let pages = paginate(&doc);
            let n = pages.len();
            (
                doc.title.clone(),
                pages.into_iter().map(page_view).collect_view().into_any(),
                n,
            )
        }
        PrintKind::Month { year, month } => {
            let title = month_schedule_title(lang, &plan.organization, year, month);
            let rows = month_rows(&plan, year, month, &words);
            let empty = rows.is_empty();
            let heads = words.month_columns;
            let table = view! {
                <div class="pm-sheet" data-testid="print-page" data-page=1>
                    <h1 class="pm-title">{title.clone()}</h1>
                    <table class="pm-table">
                        <thead><tr>{heads.into_iter().map(|h| view! { <th>{h}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! {
                                <tr data-testid="print-month-row">
                                    <td>{r.when}</td><td>{r.title}</td><td>{r.places}</td><td>{r.departments}</td><td>{r.lead}</td>
                                </tr>
                            }).collect_view()}
                            {empty.then(|| view! { <tr><td colspan="5" class="pm-empty">{t().print_month_empty}</td></tr> })}
                        </tbody>
                    </table>
                </div>
            };
            (title, table.into_any(), 1)
        }
        PrintKind::Stats { period } => {
            let title = stats_title(lang, &plan.organization, plan.year, period);
            let r = period_return(&plan, period);
            let sheet = view! {
                <div class="pm-sheet ps-sheet" data-testid="print-page" data-page=1>
                    <h1 class="pm-title">{title.clone()}</h1>
                    {stats_tables(lang, &plan, &r)}
                </div>
            };
            (title, sheet.into_any(), 1)
        }
    };
    let kind_name = match kind {
        PrintKind::Plan => "plan",
        PrintKind::Summary => "summary",
        PrintKind::MonthReport { .. } => "month-report",
        PrintKind::Stats { .. } => "stats",
        PrintKind::Month { .. } => "month",
    };
    let landscape = matches!(kind, PrintKind::Month { .. });
    view! {
        <section class="print-view" class:print-landscape=landscape data-testid="print-view" data-kind=kind_name data-pages=pages
            role="dialog" aria-modal="true" aria-label=title.clone()
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                use wasm_bindgen::JsCast;
                let panel = ev.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(panel) = panel {
                    crate::ui::widgets::modal::trap_tab(&panel, &ev);
                }
            }>
            <div class="print-bar">
                <strong class="print-bar-title">{title.clone()}</strong>
                <span class="muted print-bar-hint">{move || t().print_hint}</span>
                <button class="btn btn-primary" data-testid="print-now" node_ref=print_button
                    on:click=move |_| { let _ = window().print(); }>{move || t().print_now}</button>
                <button class="btn" data-testid="print-close" on:click=move |_| close()>{move || t().print_close}</button>
            </div>
            <div class="print-pages" style=format!("zoom: {zoom:.3}")>{body}</div>
        </section>
    }
}
