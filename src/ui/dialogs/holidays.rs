//! The holiday arrangements: a year's days off and make-up working days, added by
//! pasting the State Council's notice or importing a holiday file (holiday-cn JSON),
//! shown before they are saved; and the years the user added, which can be removed.

use crate::almanac::{
    notice_year, parse_notice, read_holiday_file, Arrangement, HolidaySummary, YearStatus,
};
use crate::model::Span;
use crate::ui::form::normalize_number;
use crate::ui::i18n::{holiday_file_error, notice_error, span_label, Lang};
use crate::ui::state::use_state;
use crate::ui::widgets::modal::Modal;
use leptos::prelude::*;

/// A run of days or a day, as the plan would write it.
fn days_label(
    lang: Lang,
    (start, end): (chrono::NaiveDate, chrono::NaiveDate),
    year: i32,
) -> String {
    Span::new(start, end).map_or_else(String::new, |span| span_label(lang, span, year))
}

fn status_text(lang: Lang, status: YearStatus) -> &'static str {
    let t = lang.t();
    match status {
        YearStatus::Official => "",
        YearStatus::Added => t.holidays_added_note,
        YearStatus::Pending => t.holidays_pending,
        YearStatus::Unknown => t.holidays_unknown,
    }
}

/// The table of one arrangement, holiday by holiday.
fn summary_table(lang: Lang, year: i32, summary: Vec<HolidaySummary>) -> impl IntoView {
    let t = lang.t();
    view! {
        <table class="holidays-table" data-testid="holidays-preview">
            <thead><tr><th>{t.holidays_col_name}</th><th>{t.holidays_col_off}</th><th>{t.holidays_col_work}</th></tr></thead>
            <tbody>
                {summary.into_iter().map(|h| {
                    let off = h.off.iter().map(|&run| days_label(lang, run, year)).collect::<Vec<_>>().join("、");
                    let work = h.work.iter().map(|&d| days_label(lang, (d, d), year)).collect::<Vec<_>>().join("、");
                    view! { <tr><td>{h.name}</td><td>{off}</td><td>{work}</td></tr> }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The dialog, starting with `year`.
#[component]
pub fn HolidaysDialog(year: i32) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let t = move || lang().t();
    let year_text = RwSignal::new(year.to_string());
    let text = RwSignal::new(String::new());
    let read = RwSignal::new(None::<Vec<Arrangement>>);
    let problem = RwSignal::new(None::<String>);
    let parsed_year = move || {
        normalize_number(&year_text.get())
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2200).contains(y))
    };
    let read_notice = move |_| {
        let pasted = text.get_untracked();
        // The notice names its year; the field follows it.
        if let Some(y) = notice_year(&pasted) {
            year_text.set(y.to_string());
        }
        let Some(y) = parsed_year() else {
            problem.set(Some(t().err_year.to_owned()));
            read.set(None);
            return;
        };
        match parse_notice(&pasted, y) {
            Ok(a) => {
                problem.set(None);
                read.set(Some(vec![a]));
            }
            Err(e) => {
                problem.set(Some(notice_error(lang(), &e)));
                read.set(None);
            }
        }
    };
    let read_file = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let result = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let text = result.ok().and_then(|v| v.as_string()).unwrap_or_default();
            match read_holiday_file(&text) {
                Ok(years) => {
                    if let Some(first) = years.first() {
                        year_text.set(first.year.to_string());
                    }
                    problem.set(None);
                    read.set(Some(years));
                }
                Err(e) => {
                    problem.set(Some(holiday_file_error(state.lang.get_untracked(), &e)));
                    read.set(None);
                }
            }
        });
    };
    let save = move |_| {
        let Some(years) = read.get_untracked() else {
            return;
        };
        if years.into_iter().all(|a| state.save_arrangement(a)) {
            state.dialog.set(None);
        }
    };
    let status = move || {
        parsed_year().map_or("", |y| {
            status_text(lang(), state.almanac.with(|a| a.holidays.status(y)))
        })
    };
    let title = Signal::derive(move || t().holidays_title.to_owned());
    view! {
        <Modal title testid="holidays-dialog">
            <p class="muted">{move || t().holidays_intro}</p>
            <label class="field inline">
                <span>{move || t().holidays_year}</span>
                <input class="input-year" data-testid="holidays-year" inputmode="numeric"
                    prop:value=move || year_text.get()
                    on:input:target=move |ev| { year_text.set(ev.target().value()); read.set(None); } />
                <span class="muted" data-testid="holidays-status">{status}</span>
            </label>
            <label class="field">
                <span>{move || t().holidays_paste_label}</span>
                <textarea rows="6" data-testid="holidays-paste" placeholder=move || t().holidays_paste_hint
                    prop:value=move || text.get()
                    on:input:target=move |ev| { text.set(ev.target().value()); read.set(None); }></textarea>
            </label>
            <div class="field-row">
                <button type="button" class="btn" data-testid="holidays-read" on:click=read_notice>{move || t().holidays_read}</button>
                <label class="btn btn-file">
                    {move || t().holidays_file}
                    <input type="file" class="sr-only" data-testid="holidays-file" accept=".json,application/json"
                        on:change:target=move |ev| {
                            let input = ev.target();
                            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                read_file(file);
                            }
                            input.set_value("");
                        } />
                </label>
            </div>
            {move || problem.get().map(|p| view! { <p class="field-problem" role="alert" data-testid="error-message">{p}</p> })}
            {move || read.get().map(|years| {
                let lang = lang();
                years.into_iter().map(|a| view! {
                    <h3>{format!("{}", a.year)}</h3>
                    {summary_table(lang, a.year, a.summary())}
                }).collect_view()
            })}
            <section class="holidays-added">
                <h3>{move || t().holidays_added_list}</h3>
                {move || {
                    let added = state.almanac.with(|a| a.holidays.added());
                    if added.is_empty() {
                        return view! { <p class="muted">{t().holidays_none_added}</p> }.into_any();
                    }
                    view! {
                        <ul class="holidays-years">
                            {added.into_iter().map(|a| {
                                let y = a.year;
                                view! {
                                    <li data-testid="holidays-added-year" data-year=y.to_string()>
                                        <span>{y}</span>
                                        <button type="button" class="btn btn-small" data-testid="holidays-remove"
                                            on:click=move |_| state.remove_arrangement(y)>{t().holidays_remove}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <div class="modal-actions">
                <button type="button" class="btn" on:click=move |_| state.dialog.set(None)>{move || t().close}</button>
                <button type="button" class="btn btn-primary" data-testid="holidays-save"
                    prop:disabled=move || read.with(Option::is_none) on:click=save>{move || t().holidays_save}</button>
            </div>
        </Modal>
    }
}
