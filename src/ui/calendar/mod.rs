//! The calendar: toolbar (previous, today, next, the views), filters, and the month
//! grid. Its view, focused day and filter live in the URL hash, so a view can be
//! bookmarked. Everything drawn comes from the pure `calendar` module.

mod almanac;
mod chip;
mod handles;
pub mod month;
mod year;

use crate::calendar::{CalendarView, Filter};
use crate::model::Status;
use crate::ui::calendar::month::MonthGrid;
use crate::ui::calendar::year::{Agenda, YearView};
use crate::ui::i18n::{month_title, status_label};
use crate::ui::i18n::{year_title, Texts};
use crate::ui::state::use_state;
use chrono::Datelike;
use leptos::prelude::*;

/// The calendar view.
#[component]
pub fn Calendar() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let step = move |by: i32| state.calendar.update(|f| *f = f.step(by));
    let title = move || {
        let focus = state.calendar.get();
        let lang = state.lang.get();
        match focus.view {
            CalendarView::Year => year_title(lang, focus.day.year()),
            CalendarView::Week => {
                let monday = crate::calendar::grid::monday_of(focus.day);
                let sunday = monday + chrono::Duration::days(6);
                let label = |d| crate::ui::i18n::date_label(lang, d, focus.day.year());
                format!("{} – {}", label(monday), label(sunday))
            }
            _ => month_title(lang, focus.day.year(), focus.day.month()),
        }
    };
    // The view alone, so that moving the focused day keeps the grid (and what
    // the keyboard has picked up in it).
    let view = Memo::new(move |_| state.calendar.with(|f| f.view));
    let has_grid = move || view.get() != CalendarView::Agenda;
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let target = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        // A day of the year view: the arrows move the focus from it; Enter and
        // Space are its own (they open its month).
        let year_day = target
            .as_ref()
            .is_some_and(|el| el.has_attribute("data-date"));
        let in_field = target.is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON"
            )
        });
        if (in_field && !year_day) || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if ev.key() == "Enter" && !year_day {
            ev.prevent_default();
            let day = state.calendar.get_untracked().day;
            state.create_on(day);
            return;
        }
        if let Some(next) = state
            .calendar
            .get_untracked()
            .on_key(&ev.key(), crate::ui::browser::today())
        {
            ev.prevent_default();
            let day = next.day;
            state.calendar.set(next);
            if year_day {
                // The day's button once it is drawn (the next year's, after PageDown).
                request_animation_frame(move || {
                    let found = document()
                        .query_selector(&format!("[data-testid=cal-year-day][data-date='{day}']"))
                        .ok()
                        .flatten();
                    if let Some(el) = found {
                        let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el)
                            .focus();
                    }
                });
            }
        }
    };
    view! {
        // In the month, week and year views a grid holds the keyboard focus (and
        // says which day it is on); focusing the calendar hands it on.
        <section class="cal" data-testid="calendar" on:keydown=on_key aria-label=move || t().nav_calendar
            tabindex=move || if has_grid() { "-1" } else { "0" }
            on:focus=move |ev| {
                let section: web_sys::Element = event_target(&ev);
                if let Ok(Some(grid)) = section.query_selector(".cal-month, [data-testid=cal-year-day][tabindex='0']") {
                    let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(grid).focus();
                }
            }>
            <div class="cal-toolbar">
                <button class="btn" data-testid="cal-prev" aria-label=move || t().cal_prev on:click=move |_| step(-1)>"‹"</button>
                <button class="btn" data-testid="cal-today" on:click=move |_| state.calendar.update(|f| f.day = crate::ui::browser::today())>
                    {move || t().cal_today}
                </button>
                <button class="btn" data-testid="cal-next" aria-label=move || t().cal_next on:click=move |_| step(1)>"›"</button>
                <h2 class="cal-title" id="cal-title" data-testid="cal-title" aria-live="polite">{title}</h2>
                <span class="app-spacer"></span>
                <div class="cal-views" role="group">
                    {CalendarView::ALL.into_iter().map(|v| view! {
                        <button class="btn btn-small" data-testid=format!("cal-view-{}", v.key())
                            aria-pressed=move || (state.calendar.with(|f| f.view) == v).to_string()
                            on:click=move |_| state.calendar.update(|f| f.view = v)>
                            {move || view_name(t(), v)}
                        </button>
                    }).collect_view()}
                </div>
            </div>
            <Filters />
            <almanac::AlmanacBar />
            {move || match view.get() {
                CalendarView::Month => view! { <MonthGrid /> }.into_any(),
                CalendarView::Week => view! { <MonthGrid week=true /> }.into_any(),
                CalendarView::Year => view! { <YearView /> }.into_any(),
                CalendarView::Agenda => view! { <Agenda /> }.into_any(),
            }}
            <p class="muted cal-hint">{move || t().cal_keyboard_hint}</p>
        </section>
    }
}

/// Department and status filters, as toggle buttons.
#[component]
fn Filters() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let departments = move || state.plan.with(|p| p.departments.clone());
    let toggle_all = move |_| state.filter.set(Filter::default());
    view! {
        <div class="cal-filters" role="group">
            <span class="muted">{move || t().cal_filter_departments}</span>
            <button class="btn btn-small" data-testid="cal-filter-all"
                aria-pressed=move || state.filter.with(Filter::is_empty).to_string() on:click=toggle_all>
                {move || t().cal_filter_all}
            </button>
            <For each=departments key=|d| (d.id.clone(), d.name.clone(), d.color.clone()) let:department>
                {
                    let id = StoredValue::new(department.id.clone());
                    let on = move || state.filter.with(|f| f.departments.contains(&id.get_value()));
                    view! {
                        <button class="btn btn-small cal-filter" data-testid="cal-filter-dept" data-id=department.id.0.clone()
                            style=crate::model::palette::chip_style(&department.color)
                            aria-pressed=move || on().to_string()
                            on:click=move |_| state.filter.update(|f| f.toggle_department(&id.get_value()))>
                            {department.name.clone()}
                        </button>
                    }
                }
            </For>
            <Show when=move || state.plan.with(|p| !p.places.is_empty())>
                <span class="muted">{move || t().cal_filter_places}</span>
                <For each=move || state.plan.with(|p| p.places.clone()) key=|p| (p.id.clone(), p.name.clone()) let:place>
                    {
                        let id = StoredValue::new(place.id.clone());
                        let on = move || state.filter.with(|f| f.places.contains(&id.get_value()));
                        view! {
                            <button class="btn btn-small" data-testid="cal-filter-place" data-id=place.id.0.clone()
                                aria-pressed=move || on().to_string()
                                on:click=move |_| state.filter.update(|f| f.toggle_place(&id.get_value()))>
                                {place.name.clone()}
                            </button>
                        }
                    }
                </For>
            </Show>
            <span class="muted">{move || t().cal_filter_status}</span>
            {Status::ALL.into_iter().map(|status| {
                let on = move || state.filter.with(|f| f.statuses.contains(&status));
                view! {
                    <button class="btn btn-small" data-testid="cal-filter-status"
                        aria-pressed=move || on().to_string()
                        on:click=move |_| state.filter.update(|f| f.toggle_status(status))>
                        {move || status_label(state.lang.get(), status)}
                    </button>
                }
            }).collect_view()}
        </div>
    }
}

fn view_name(t: &'static Texts, view: CalendarView) -> &'static str {
    match view {
        CalendarView::Month => t.cal_view_month,
        CalendarView::Week => t.cal_view_week,
        CalendarView::Year => t.cal_view_year,
        CalendarView::Agenda => t.cal_view_agenda,
    }
}
