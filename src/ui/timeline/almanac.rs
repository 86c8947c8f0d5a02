//! The almanac on the timeline: festival markers on the axis and the bands of
//! statutory holidays, both for the part of the axis in view (computed by
//! `timeline::almanac_marks`).

use crate::ui::i18n::{date_label, mark_name, off_title};
use crate::ui::timeline::chart::Chart;
use chrono::Datelike;
use leptos::prelude::*;

/// The festival markers on the axis, for the part in view: a mark under the day,
/// named by its title (names would collide: 除夕 and 春节 are a day apart).
pub(crate) fn festival_marks(c: Chart) -> impl IntoView {
    let Chart {
        state,
        scale,
        x_window,
        ..
    } = c;
    let (from, to) = x_window.get();
    let s = scale.get();
    let shown = state.shown.get();
    let lang = state.lang.get();
    let (marks, _) = state
        .almanac
        .with(|a| crate::timeline::almanac_marks(&s, a, shown, from, to));
    marks
        .into_iter()
        .map(|m| {
            let names: Vec<&str> = m.marks.iter().map(|&k| mark_name(lang, k)).collect();
            let title = format!("{} {}", date_label(lang, m.date, m.date.year()), names.join(" · "));
            let zh: Vec<&str> = m.marks.iter().map(|k| k.name_zh()).collect();
            let x = m.x + s.zoom.px_per_day() / 2.0;
            view! {
                <span class="tl-festival" data-testid="gantt-festival" role="img" aria-label=title.clone()
                    data-date=m.date.to_string() data-festival=zh.join(",") title=title style=format!("left:{x}px")></span>
            }
        })
        .collect_view()
}

/// The bands of statutory holidays, for the part in view; they run the whole height
/// of the body, under the bars.
pub(crate) fn holiday_bands(c: Chart) -> impl IntoView {
    let Chart {
        state,
        scale,
        x_window,
        ..
    } = c;
    let (from, to) = x_window.get();
    let s = scale.get();
    let shown = state.shown.get();
    let lang = state.lang.get();
    let (_, bands) = state
        .almanac
        .with(|a| crate::timeline::almanac_marks(&s, a, shown, from, to));
    bands
        .into_iter()
        .map(|b| {
            let title = off_title(lang, crate::almanac::Off::Holiday, &b.name);
            view! {
                <div class="tl-holiday" data-testid="gantt-holiday" data-start=b.start.to_string()
                    data-end=b.end.to_string() title=title style=format!("left:{}px;width:{}px", b.x, b.width)></div>
            }
        })
        .collect_view()
}
