//! The progress view: every activity with a target, section by section, with its
//! tally ("63/100 场"), a bar and how it stands; the roll-ups; the month charts and
//! the place grid, for one activity or all; and the year-end summary draft to copy
//! or download. Everything shown is computed by
//! `crate::progress` and worded by `ui::i18n`.

mod charts;
mod records;
pub(crate) mod returns;
mod summary_draft;

use summary_draft::SummaryDraft;
pub mod entries;

use crate::model::outline::{outline, RowKind};
use crate::progress::{standing, PaceVerdict, Standing, Verdict};
use crate::ui::i18n::{tally_label, Texts};
use crate::ui::progress::charts::{MonthCharts, PlaceGrid, RollUpTable};
use crate::ui::state::{use_state, Dialog};
use leptos::prelude::*;

/// The word for how a target stands, and its CSS class.
fn reading(t: &'static Texts, s: &Standing) -> (&'static str, &'static str) {
    match (s.verdict, s.pace.map(|p| p.verdict)) {
        (Verdict::Met, _) => (t.pv_met, "progress-met"),
        (Verdict::Over, _) => (t.pv_over, "progress-behind"),
        (_, Some(PaceVerdict::Behind | PaceVerdict::AheadOfLimit)) => {
            (t.pv_behind, "progress-behind")
        }
        (_, Some(PaceVerdict::NotStarted)) => (t.pv_not_started, "progress-on"),
        _ => (t.pv_on_track, "progress-on"),
    }
}

/// One row of the list.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    id: crate::model::ItemId,
    section: crate::model::SectionId,
    number: String,
    title: String,
    tally: String,
    share: f64,
    word: &'static str,
    class: &'static str,
    /// The period under way of a per-period target, and whether it is at risk.
    period: Option<(String, bool)>,
}

/// The progress view.
#[component]
pub fn ProgressView() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let today = crate::ui::browser::today();
    // Sections with targets, in the outline's order, each with its activities.
    let groups = Memo::new(move |_| {
        let t = state.lang.get().t();
        state.plan.with(|p| {
            let mut out: Vec<(String, Vec<Line>)> = Vec::new();
            for row in outline(p) {
                match row.kind {
                    RowKind::Section(id) => {
                        let title = p.section(&id).map(|s| s.title.clone()).unwrap_or_default();
                        out.push((format!("{}{title}", row.number), Vec::new()));
                    }
                    RowKind::Item { id, section, .. } => {
                        let Some(item) = p.item(&id) else { continue };
                        let period = crate::ui::i18n::shown_period_label(
                            state.lang.get(),
                            item,
                            today,
                            p.year,
                        );
                        let whole = item.target.as_ref().zip(standing(item, today));
                        if whole.is_none() && period.is_none() {
                            continue;
                        }
                        let (tally, share, word, class) = match whole {
                            Some((target, s)) => {
                                let (word, class) = reading(t, &s);
                                (
                                    tally_label(s.tally, s.quantity, &target.unit),
                                    s.share(),
                                    word,
                                    class,
                                )
                            }
                            None => {
                                let risk = period.as_ref().is_some_and(|p| p.1);
                                let class = if risk {
                                    "progress-behind"
                                } else {
                                    "progress-on"
                                };
                                (String::new(), 0.0, "", class)
                            }
                        };
                        if let Some((_, lines)) = out.last_mut() {
                            lines.push(Line {
                                id,
                                section,
                                number: row.number,
                                title: item.title.clone(),
                                tally,
                                share,
                                word,
                                class,
                                period,
                            });
                        }
                    }
                }
            }
            out.retain(|(_, lines)| !lines.is_empty());
            out
        })
    });
    // The activity the chart and the grid are about; None for all of them.
    let focus = RwSignal::new(None::<crate::model::ItemId>);
    let recorded = Memo::new(move |_| {
        state.plan.with(|p| {
            p.items
                .iter()
                .filter(|i| i.target.is_some() || !i.progress.is_empty() || !i.places.is_empty())
                .map(|i| (i.id.clone(), i.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let open = move |id: crate::model::ItemId, section: crate::model::SectionId| {
        state.dialog.set(Some(Dialog::Item {
            item: Some(id),
            section,
            when: None,
        }));
    };
    view! {
        <section class="pv" data-testid="progress-view">
            <h2 class="pv-heading">{move || t().pv_targets}</h2>
            <Show when=move || groups.with(Vec::is_empty)>
                <p class="muted">{move || t().pv_none}</p>
            </Show>
            {move || groups.get().into_iter().map(|(heading, lines)| view! {
                <div class="pv-group">
                    <h3 class="pv-section">{heading}</h3>
                    <ul class="pv-list">
                        {lines.into_iter().map(|l| {
                            let (id, section) = (l.id.clone(), l.section.clone());
                            view! {
                                <li class="pv-row" data-testid="progress-row" data-item-id=l.id.0.clone()>
                                    <span class="pv-num">{l.number}</span>
                                    <button class="pv-title" on:click=move |_| open(id.clone(), section.clone())>{l.title}</button>
                                    <span class=format!("progress-tally {}", l.class) data-testid="progress-tally">{l.tally}</span>
                                    <span class="pv-bar" aria-hidden="true">
                                        <span class=format!("pv-fill {}", l.class) style=format!("width:{:.1}%", l.share * 100.0)></span>
                                    </span>
                                    <span class=format!("pv-word {}", l.class)>{l.word}</span>
                                    {l.period.map(|(label, risk)| view! {
                                        <span class="progress-tally period-tally pv-period" class:progress-behind=risk
                                            class:progress-on=!risk data-testid="period-tally">{label}</span>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }).collect_view()}
            <RollUpTable />
            <div class="pv-focus">
                <label class="inline pv-grid-pick">
                    <span>{move || t().pv_villages_of}</span>
                    <select data-testid="village-item" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        focus.set((!v.is_empty()).then(|| crate::model::ItemId::new(v)));
                    }>
                        <option value="" prop:selected=move || focus.with(Option::is_none)>{move || t().pv_all_activities}</option>
                        {move || recorded.get().into_iter().map(|(id, title)| {
                            let mine = id.clone();
                            view! {
                                <option value=id.0.clone() prop:selected=move || focus.with(|f| f.as_ref() == Some(&mine))>{title}</option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <span class="muted">{move || t().pv_focus_hint}</span>
            </div>
            <MonthCharts only=focus.into() />
            <PlaceGrid only=focus.into() />
            <records::RecordList only=focus.into() />
            <returns::StatsPanel />
            <returns::MonthReport />
            <SummaryDraft />
        </section>
    }
}
