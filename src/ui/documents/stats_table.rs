//! The 场次统计 tables of one return (by kind, and by village), as the progress
//! view and the print view show them; computed by the pure `progress::returns`.

use crate::model::category::{all, find};
use crate::progress::returns::{statistics, Count, Return, ReturnPeriod};
use crate::ui::i18n::{category_name, number};
use leptos::prelude::*;

/// The statistics of `period` of the plan's year (empty when the year cannot be
/// a calendar year).
pub(crate) fn period_return(plan: &crate::model::Plan, period: ReturnPeriod) -> Return {
    period
        .span(plan.year)
        .map(|span| statistics(plan, span))
        .unwrap_or_default()
}

/// The table of one return, as the view and the print view show it.
pub(crate) fn stats_tables(
    lang: crate::ui::i18n::Lang,
    plan: &crate::model::Plan,
    r: &Return,
) -> impl IntoView {
    let t = lang.t();
    let place_name = |id: &Option<crate::model::PlaceId>| match id {
        Some(id) => plan
            .place(id)
            .map_or_else(|| id.0.clone(), |p| p.name.clone()),
        None => t.st_no_place.to_owned(),
    };
    let cell = |x: f64| if x == 0.0 { String::new() } else { number(x) };
    let by_category = r.by_category.clone();
    let total = r.total;
    let places: Vec<(String, Vec<Count>)> = r
        .by_place
        .iter()
        .map(|(id, counts)| (place_name(id), counts.clone()))
        .collect();
    let show_places = !places.is_empty() && !plan.places.is_empty();
    view! {
        <table class="pv-table st-table" data-testid="stats-table">
            <thead>
                <tr><th>{t.st_col_category}</th><th class="num">{t.st_col_sessions}</th><th class="num">{t.st_col_attendance}</th></tr>
            </thead>
            <tbody>
                {by_category.into_iter().filter_map(|(key, n)| find(plan, &key).map(|c| (c, n))).map(|(c, n)| view! {
                    <tr data-testid="stats-row" data-category=c.key().to_owned()>
                        <td>{format!("{}（{}）", category_name(lang, c), c.unit())}</td>
                        <td class="num" data-testid="stats-sessions">{number(n.sessions)}</td>
                        <td class="num" data-testid="stats-attendance">{number(n.attendance)}</td>
                    </tr>
                }).collect_view()}
                <tr class="pv-total" data-testid="stats-total">
                    <td>{t.st_total}</td>
                    <td class="num">{number(total.sessions)}</td>
                    <td class="num">{number(total.attendance)}</td>
                </tr>
            </tbody>
        </table>
        {show_places.then(|| view! {
            <h3 class="pv-section">{t.st_by_place}</h3>
            <div class="st-scroll" tabindex="0" role="region" aria-label=t.st_by_place>
                <table class="pv-table st-places" data-testid="stats-places">
                    <thead>
                        <tr>
                            <th>{t.entry_place}</th>
                            {all(plan).map(|c| view! { <th class="num">{category_name(lang, c).to_owned()}</th> }).collect_view()}
                            <th class="num">{t.st_col_attendance}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {places.into_iter().map(|(name, counts)| {
                            let people: f64 = counts.iter().map(|c| c.attendance).sum();
                            view! {
                                <tr>
                                    <td>{name}</td>
                                    {counts.iter().map(|c| view! { <td class="num">{cell(c.sessions)}</td> }).collect_view()}
                                    <td class="num">{cell(people)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })}
    }
}
