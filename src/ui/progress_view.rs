//! The progress view: every activity with a target, section by section, with its
//! tally ("63/100 场"), a bar and how it stands; the roll-up by department; and the
//! year-end summary draft to copy or download. Everything shown is computed by
//! `crate::progress` and worded by `ui::i18n`.

use super::i18n::{tally_label, year_end_summary, Texts};
use super::state::{use_state, Dialog, Toast};
use crate::model::outline::{outline, RowKind};
use crate::progress::{roll_up, standing, PaceVerdict, Standing, Verdict};
use crate::timeline::GroupBy;
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
}

/// The progress view.
#[component]
pub fn ProgressView() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let today = super::browser::today();
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
                        let (Some(target), Some(s)) = (item.target.as_ref(), standing(item, today))
                        else {
                            continue;
                        };
                        let (word, class) = reading(t, &s);
                        if let Some((_, lines)) = out.last_mut() {
                            lines.push(Line {
                                id,
                                section,
                                number: row.number,
                                title: item.title.clone(),
                                tally: tally_label(s.tally, s.quantity, &target.unit),
                                share: s.share(),
                                word,
                                class,
                            });
                        }
                    }
                }
            }
            out.retain(|(_, lines)| !lines.is_empty());
            out
        })
    });
    let departments = Memo::new(move |_| {
        let t = state.lang.get().t();
        state.plan.with(|p| {
            roll_up(p, GroupBy::Department, today)
                .into_iter()
                .map(|r| {
                    let name = if r.key.is_empty() {
                        t.pv_no_department.to_owned()
                    } else {
                        p.department(&crate::model::DepartmentId::new(&r.key))
                            .map(|d| d.name.clone())
                            .unwrap_or_default()
                    };
                    (name, r)
                })
                .collect::<Vec<_>>()
        })
    });
    // The place × month grid, for one activity or all (`None`).
    let grid_item = RwSignal::new(None::<crate::model::ItemId>);
    let grid = Memo::new(move |_| {
        let only = grid_item.get();
        state.plan.with(|p| {
            crate::progress::place_grid(p, only.as_ref())
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
    let with_places = Memo::new(move |_| {
        state.plan.with(|p| {
            p.items
                .iter()
                .filter(|i| !i.places.is_empty())
                .map(|i| (i.id.clone(), i.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let summary = Memo::new(move |_| {
        let lang = state.lang.get();
        state.plan.with(|p| year_end_summary(lang, p, today))
    });
    let copy = move |_| {
        let text = summary.get_untracked();
        let lang = state.lang.get_untracked();
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            let t = lang.t();
            let text = if ok { t.pv_copied } else { t.pv_copy_failed };
            state.toast.set(Some(Toast {
                text: text.to_owned(),
                undo: false,
            }));
        });
    };
    let download = move |_| {
        let title = state.plan.with_untracked(|p| p.title.clone());
        // The plan file's safe name, as a text file.
        let file = crate::file::plan_file_name(&format!("{title}-{}", t().pv_summary), "jihua");
        let name = format!("{}.txt", file.trim_end_matches(".jihua.json"));
        if super::browser::download_as(&name, &summary.get_untracked(), "text/plain;charset=utf-8")
            .is_err()
        {
            state.error.set(Some(t().err_download.to_owned()));
        }
    };
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
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }).collect_view()}
            <Show when=move || !departments.with(Vec::is_empty)>
                <h2 class="pv-heading">{move || t().pv_by_department}</h2>
                <table class="pv-table" data-testid="progress-rollup">
                    <thead><tr>
                        <th>{move || t().pv_group}</th><th>{move || t().pv_count}</th><th>{move || t().pv_met_count}</th>
                        <th>{move || t().pv_risk_count}</th><th>{move || t().pv_mean}</th>
                    </tr></thead>
                    <tbody>
                        {move || departments.get().into_iter().map(|(name, r)| view! {
                            <tr>
                                <td>{name}</td><td>{r.targets}</td><td>{r.met}</td><td>{r.at_risk}</td>
                                <td>{format!("{:.0}%", r.share * 100.0)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
            <Show when=move || state.plan.with(|p| !p.places.is_empty())>
                <h2 class="pv-heading">{move || t().pv_villages}</h2>
                <label class="inline pv-grid-pick">
                    <span>{move || t().pv_villages_of}</span>
                    <select data-testid="village-item" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        grid_item.set((!v.is_empty()).then(|| crate::model::ItemId::new(v)));
                    }>
                        <option value="">{move || t().pv_all_activities}</option>
                        {move || with_places.get().into_iter().map(|(id, title)| view! {
                            <option value=id.0.clone()>{title}</option>
                        }).collect_view()}
                    </select>
                </label>
                <table class="pv-table pv-grid" data-testid="village-grid">
                    <thead><tr>
                        <th>{move || t().entry_place}</th>
                        {move || (1..=12u32).map(|m| view! { <th>{super::i18n::month_label(state.lang.get(), m)}</th> }).collect_view()}
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
            </Show>
            <h2 class="pv-heading">{move || t().pv_summary}</h2>
            <p class="muted">{move || t().pv_summary_hint}</p>
            <textarea class="pv-summary" data-testid="summary-text" readonly rows="12" prop:value=move || summary.get()></textarea>
            <div class="pv-actions">
                <button class="btn" data-testid="summary-copy" on:click=copy>{move || t().pv_copy}</button>
                <button class="btn" data-testid="summary-download" on:click=download>{move || t().pv_download}</button>
            </div>
        </section>
    }
}
