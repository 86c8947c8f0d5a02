//! The calendar's almanac bar: which layers are shown (lunar days, traditional
//! festivals, solar terms, observances, 休/班), the holiday arrangements, and what is
//! known of the shown year's holidays ("放假安排待国务院通知").

use crate::almanac::{Shown, YearStatus};
use crate::ui::i18n::Texts;
use crate::ui::state::{use_state, Dialog};
use chrono::Datelike;
use leptos::prelude::*;

/// A layer of the almanac: its key, its label, and how to read and set it.
type Layer = (
    &'static str,
    fn(&Texts) -> &'static str,
    fn(&Shown) -> bool,
    fn(&mut Shown, bool),
);

/// The layers, in the order the settings list them. (One table and one loop, so
/// that the checkbox's view is built once: a call per layer with its own closures
/// would make the compiler emit the view five times.)
const LAYERS: [Layer; 5] = [
    (
        "lunar",
        |t| t.cal_show_lunar,
        |s| s.lunar,
        |s, on| s.lunar = on,
    ),
    (
        "traditional",
        |t| t.cal_show_traditional,
        |s| s.traditional,
        |s, on| s.traditional = on,
    ),
    (
        "terms",
        |t| t.cal_show_terms,
        |s| s.terms,
        |s, on| s.terms = on,
    ),
    (
        "observances",
        |t| t.cal_show_observances,
        |s| s.observances,
        |s, on| s.observances = on,
    ),
    (
        "holidays",
        |t| t.cal_show_holidays,
        |s| s.holidays,
        |s, on| s.holidays = on,
    ),
];

/// The bar under the calendar's filters.
#[component]
pub fn AlmanacBar() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let year = move || state.calendar.with(|f| f.day.year());
    let status = move || state.almanac.with(|a| a.holidays.status(year()));
    let note = move || {
        let t = t();
        match status() {
            YearStatus::Official => None,
            YearStatus::Added => Some(("added", t.holidays_added_note)),
            YearStatus::Pending => Some(("pending", t.holidays_pending)),
            YearStatus::Unknown => Some(("unknown", t.holidays_unknown)),
        }
    };
    let open = move |_| state.dialog.set(Some(Dialog::Holidays { year: year() }));
    view! {
        <div class="cal-almanac">
            <Show when=move || state.shown.with(|s| s.holidays) && note().is_some()>
                <span class="cal-holiday-note" data-testid="cal-holiday-status"
                    data-status=move || note().map_or("", |n| n.0)>
                    {move || {
                        let text = note().map_or("", |n| n.1);
                        match state.lang.get() {
                            crate::ui::i18n::Lang::Zh => format!("{}年：{text}", year()),
                            crate::ui::i18n::Lang::En => format!("{}: {text}", year()),
                        }
                    }}
                </span>
            </Show>
            <button class="btn btn-small" data-testid="cal-holidays" on:click=open>{move || t().holidays_button}</button>
            <details class="cal-layers" data-testid="cal-layers">
                <summary>{move || t().cal_almanac}</summary>
                <div class="cal-layers-list">
                    {LAYERS.into_iter().map(|(key, label, get, set)| view! {
                        <label class="inline cal-layer">
                            <input type="checkbox" data-testid=format!("cal-show-{key}") prop:checked=move || state.shown.with(get)
                                on:change:target=move |ev| {
                                    let mut shown = state.shown.get_untracked();
                                    set(&mut shown, ev.target().checked());
                                    state.set_shown(shown);
                                } />
                            <span>{move || label(t())}</span>
                        </label>
                    }).collect_view()}
                </div>
            </details>
        </div>
    }
}
