//! The 台账: every record, newest first (of one activity or of all), with its
//! people, kind, place, lead person and photos, twenty at a time. Photos load
//! only for the rows shown, so a year of records with hundreds of photos opens
//! as quickly as a few.

use crate::model::ItemId;
use crate::progress::returns::{category_of, records_newest_first};
use crate::ui::i18n::{category_name, date_label, number, people_label};
use crate::ui::state::use_state;
use crate::ui::widgets::photos::PhotoThumb;
use leptos::prelude::*;

/// Rows shown at first, and added by "more".
const PAGE: usize = 20;

/// One row, as shown.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    key: String,
    date: chrono::NaiveDate,
    title: String,
    amount: String,
    people: Option<u32>,
    kind: String,
    place: String,
    lead: String,
    note: String,
    photos: Vec<crate::model::PhotoId>,
}

/// The list of records of activity `only`, or of all.
#[component]
pub fn RecordList(only: Signal<Option<ItemId>>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let shown = RwSignal::new(PAGE);
    // Another activity starts again at the first page.
    Effect::new(move |_| {
        only.track();
        shown.set(PAGE);
    });
    let all = Memo::new(move |_| {
        let only = only.get();
        let lang = state.lang.get();
        state.plan.with(|p| {
            records_newest_first(p, only.as_ref())
                .into_iter()
                .map(|(item, e)| Row {
                    key: format!("{}/{}", item.id.0, e.id.0),
                    date: e.date,
                    title: item.title.clone(),
                    amount: format!("+{}", number(e.amount)),
                    people: e.attendance,
                    kind: category_name(lang, category_of(p, item, e)).to_owned(),
                    place: e
                        .place
                        .as_ref()
                        .and_then(|id| p.place(id))
                        .map(|p| p.name.clone())
                        .unwrap_or_default(),
                    lead: e.lead.clone(),
                    note: e.note.clone(),
                    photos: e.photos.clone(),
                })
                .collect::<Vec<_>>()
        })
    });
    let year = move || state.plan.with(|p| p.year);
    view! {
        <h2 class="pv-heading">{move || t().rec_title}</h2>
        <Show when=move || all.with(Vec::is_empty)>
            <p class="muted">{move || t().rec_empty}</p>
        </Show>
        <ul class="rec-list" data-testid="record-list">
            <For each=move || all.with(|rows| rows.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                key=|r| format!("{r:?}") let:r>
                {
                    let lang = move || state.lang.get();
                    let (date, people) = (r.date, r.people);
                    view! {
                        <li class="rec-row" data-testid="record-row">
                            <span class="rec-date">{move || date_label(lang(), date, year())}</span>
                            <span class="rec-title">{r.title.clone()}</span>
                            <span class="rec-amount">{r.amount.clone()}</span>
                            <span class="rec-people">{move || people.map(|n| people_label(lang(), n))}</span>
                            <span class="rec-kind muted">{r.kind.clone()}</span>
                            <span class="rec-place">{r.place.clone()}</span>
                            <span class="rec-lead muted">{r.lead.clone()}</span>
                            <span class="rec-note muted">{r.note.clone()}</span>
                            <span class="entry-thumbs">
                                {r.photos.iter().cloned().map(|id| view! { <PhotoThumb id /> }).collect_view()}
                            </span>
                        </li>
                    }
                }
            </For>
        </ul>
        <Show when=move || all.with(|rows| rows.len() > shown.get())>
            <button class="btn" data-testid="records-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {move || {
                    let left = all.with(|rows| rows.len()).saturating_sub(shown.get());
                    crate::ui::i18n::more_records(state.lang.get(), left.min(PAGE), left)
                }}
            </button>
        </Show>
    }
}
