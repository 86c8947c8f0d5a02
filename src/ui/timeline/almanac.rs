//! The almanac on the timeline: festival markers on the axis and the bands of
//! statutory holidays, both for the part of the axis in view (computed once per
//! view by `timeline::almanac_marks`, in the chart's `almanac` memo).

use crate::timeline::{FestivalMark, HolidayBand};
use crate::ui::i18n::{date_label, mark_name, off_title};
use crate::ui::timeline::chart::Chart;
use chrono::Datelike;
use leptos::prelude::*;

/// The memo of the festival marks and holiday bands in view.
pub(crate) fn in_view(c: Chart) -> Memo<(Vec<FestivalMark>, Vec<HolidayBand>)> {
    let Chart {
        state,
        scale,
        x_window,
        ..
    } = c;
    Memo::new(move |_| {
        let (from, to) = x_window.get();
        let shown = state.shown.get();
        scale.with(|s| {
            state
                .almanac
                .with(|a| crate::timeline::almanac_marks(s, a, shown, from, to))
        })
    })
}

/// The festival markers on the axis: a mark under the day, named by its title
/// (names would collide: 除夕 and 春节 are a day apart).
pub(crate) fn festival_marks(
    c: Chart,
    marks: Memo<(Vec<FestivalMark>, Vec<HolidayBand>)>,
) -> impl IntoView {
    let lang = c.state.lang.get();
    let half_day = c.scale.with(|s| s.zoom.px_per_day()) / 2.0;
    marks.with(|(marks, _)| {
        marks
            .iter()
            .map(|m| {
                let names: Vec<&str> = m.marks.iter().map(|&k| mark_name(lang, k)).collect();
                let title = format!("{} {}", date_label(lang, m.date, m.date.year()), names.join(" · "));
                let zh: Vec<&str> = m.marks.iter().map(|k| k.name_zh()).collect();
                let x = m.x + half_day;
                view! {
                    <span class="tl-festival" data-testid="gantt-festival" role="img" aria-label=title.clone()
                        data-date=m.date.to_string() data-festival=zh.join(",") title=title style=format!("left:{x}px")></span>
                }
            })
            .collect_view()
    })
}

/// The bands of statutory holidays; they run the whole height of the body, under
/// the bars.
pub(crate) fn holiday_bands(
    c: Chart,
    marks: Memo<(Vec<FestivalMark>, Vec<HolidayBand>)>,
) -> impl IntoView {
    let lang = c.state.lang.get();
    marks.with(|(_, bands)| {
        bands
            .iter()
            .map(|b| {
                let title = off_title(lang, crate::almanac::Off::Holiday, &b.name);
                view! {
                    <div class="tl-holiday" data-testid="gantt-holiday" data-start=b.start.to_string()
                        data-end=b.end.to_string() title=title style=format!("left:{}px;width:{}px", b.x, b.width)></div>
                }
            })
            .collect_view()
    })
}
