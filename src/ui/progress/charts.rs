//! The progress view's figures: the roll-up table (by section, department or
//! place), the month-by-month bar charts (SVG, one per unit) and the place × month
//! grid. Each draws what `crate::progress` computes and nothing more.

use crate::model::outline::{outline, RowKind};
use crate::model::GroupBy;
use crate::model::ItemId;
use crate::progress::chart::{layout, month_series, Series, HEIGHT, LEFT, WIDTH};
use crate::progress::{place_grid, roll_up};
use crate::ui::i18n::{group_by_label, group_name, month_chart_label, month_label, number};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The roll-up table, with buttons to group by section, department or place.
#[component]
pub fn RollUpTable() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let today = crate::ui::browser::today();
    let group = RwSignal::new(GroupBy::Section);
    let rows = Memo::new(move |_| {
        let group = group.get();
        let lang = state.lang.get();
        state.plan.with(|p| {
            let numbers: Vec<(String, String)> = outline(p)
                .into_iter()
                .filter_map(|r| match r.kind {
                    RowKind::Section(id) => Some((id.0, r.number)),
                    RowKind::Item { .. } => None,
                })
                .collect();
            roll_up(p, group, today)
                .into_iter()
                .map(|r| {
                    let name = group_name(lang, p, group, &r.key);
                    // Sections with their outline number, as in the list above.
                    let number = numbers
                        .iter()
                        .find(|(id, _)| *id == r.key)
                        .map(|(_, n)| n.as_str());
                    (format!("{}{name}", number.unwrap_or_default()), r)
                })
                .collect::<Vec<_>>()
        })
    });
    let button = move |g: GroupBy| {
        view! {
            <button class="btn btn-small" class:active=move || group.get() == g aria-pressed=move || (group.get() == g).to_string()
                data-testid=format!("rollup-by-{}", g.key()) on:click=move |_| group.set(g)>
                {move || group_by_label(t(), g)}
            </button>
        }
    };
    view! {
        <Show when=move || !rows.with(Vec::is_empty)>
            <h2 class="pv-heading">{move || t().pv_rollup}</h2>
            <div class="pv-switch" role="group" aria-label=move || t().pv_rollup>
                {GroupBy::ALL.map(button)}
            </div>
            <table class="pv-table" data-testid="progress-rollup" data-group=move || group.get().key()>
                <thead><tr>
                    <th>{move || match group.get() {
                        GroupBy::Section => t().pv_col_section,
                        GroupBy::Department => t().pv_col_department,
                        GroupBy::Place => t().pv_col_place,
                    }}</th>
                    <th>{move || t().pv_count}</th><th>{move || t().pv_met_count}</th>
                    <th>{move || t().pv_risk_count}</th><th>{move || t().pv_mean}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(name, r)| view! {
                        <tr data-testid="rollup-row" data-key=r.key.clone()>
                            <td>{name}</td><td>{r.targets}</td><td>{r.met}</td><td>{r.at_risk}</td>
                            <td>{format!("{:.0}%", r.share * 100.0)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </Show>
    }
}

/// One unit's bars by month, as SVG: gridlines with their values, a bar per month
/// with its amount over it (so the chart reads on paper too), the month names,
/// and the current month marked.
#[component]
fn MonthChart(series: Series) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let t = lang.t();
    let l = layout(&series.months);
    let current = {
        use chrono::Datelike;
        let today = crate::ui::browser::today();
        (state.plan.with_untracked(|p| p.year) == today.year()).then(|| today.month())
    };
    let label = month_chart_label(lang, &series.unit, &series.months);
    let unit = if series.unit.is_empty() {
        t.pv_no_unit.to_owned()
    } else {
        series.unit.clone()
    };
    let caption = format!("{unit} · {} {}", t.pv_total, number(series.total()));
    let ticks = l
        .ticks
        .iter()
        .map(|tick| {
            view! {
                <line class="pv-gridline" x1=LEFT x2=WIDTH y1=tick.y y2=tick.y />
                <text class="pv-axis" x=LEFT - 6.0 y=tick.y + 4.0 text-anchor="end">{number(tick.value)}</text>
            }
        })
        .collect_view();
    let bars = l
        .bars
        .iter()
        .map(|b| {
            let centre = b.x + b.width / 2.0;
            view! {
                <rect class="pv-barrect" class:pv-current={current == Some(b.month)} data-testid="month-bar"
                    data-month=b.month data-value=number(b.value)
                    x=b.x y=b.y width=b.width height=b.height rx="2" />
                {(b.value != 0.0).then(|| view! {
                    <text class="pv-value" x=centre y=b.y - 5.0 text-anchor="middle">{number(b.value)}</text>
                })}
            }
        })
        .collect_view();
    let months = l
        .columns
        .iter()
        .enumerate()
        .map(|(i, x)| {
            view! {
                <text class="pv-month" x=*x y=HEIGHT - 6.0 text-anchor="middle">{month_label(lang, i as u32 + 1)}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="pv-chart" data-testid="month-chart" data-unit=series.unit.clone()>
            <figcaption>{caption}</figcaption>
            <svg class="pv-svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label>
                {ticks}
                <line class="pv-baseline" x1=LEFT x2=WIDTH y1=l.base y2=l.base />
                {bars}
                {months}
            </svg>
        </figure>
    }
}

/// The month charts of activity `only`, or of all activities (one per unit).
#[component]
pub fn MonthCharts(only: Signal<Option<ItemId>>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let series = Memo::new(move |_| {
        let only = only.get();
        state.plan.with(|p| month_series(p, only.as_ref()))
    });
    view! {
        <h2 class="pv-heading">{move || t().pv_months}</h2>
        <p class="muted">{move || t().pv_months_hint}</p>
        <Show when=move || series.with(Vec::is_empty)>
            <p class="muted" data-testid="month-chart-empty">{move || t().pv_months_empty}</p>
        </Show>
        <div class="pv-charts">
            {move || {
                state.lang.track();
                series.get().into_iter().map(|series| view! { <MonthChart series /> }).collect_view()
            }}
        </div>
    }
}

/// The place × month grid of activity `only`, or of all activities: the visits
/// each month, and 未去 for places not visited this year.
#[component]
pub fn PlaceGrid(only: Signal<Option<ItemId>>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let grid = Memo::new(move |_| {
        let only = only.get();
        state.plan.with(|p| {
            place_grid(p, only.as_ref())
                .into_iter()
                .map(|r| {
                    let name = p
                        .place(&r.place)
                        .map(|p| p.name.clone())
                        .unwrap_or_default();
                    (name, r)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || state.plan.with(|p| !p.places.is_empty())>
            <h2 class="pv-heading">{move || t().pv_villages}</h2>
            // Scrolls sideways on a phone: a tab stop, so that the keyboard can too.
            <div class="pv-grid-wrap" tabindex="0" role="region" aria-label=move || t().pv_villages>
                <table class="pv-table pv-grid" data-testid="village-grid">
                    <thead><tr>
                        <th>{move || t().entry_place}</th>
                        {move || (1..=12u32).map(|m| view! { <th>{month_label(state.lang.get(), m)}</th> }).collect_view()}
                        <th>{move || t().pv_total}</th>
                    </tr></thead>
                    <tbody>
                        {move || grid.get().into_iter().map(|(name, r)| view! {
                            <tr data-testid="village-row" data-place-id=r.place.0.clone() class:pv-unvisited={r.total == 0}>
                                <th scope="row">{name}</th>
                                {r.months.into_iter().map(|n| view! {
                                    <td class:pv-visited={n > 0} data-testid="village-cell">{(n > 0).then(|| n.to_string())}</td>
                                }).collect_view()}
                                <td data-testid="village-total">{if r.total == 0 { t().pv_not_visited.to_owned() } else { r.total.to_string() }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}
