//! What the timeline draws: one row (a group heading, or an activity with its
//! label and bar), the header cells and grid lines of the part of the axis in view,
//! the weekend shading, and the overlays (the selection band, a drag's preview).
//! Drawn rows hold nothing reactive, so scrolling only creates plain elements.

use crate::model::GroupBy;
use crate::model::When;
use crate::timeline::{bar, headers_in, RowKind, Scale, Zoom};
use crate::ui::i18n::{group_name, header_label, when_label};
use crate::ui::timeline::chart::{geometry, Chart, ROW};
use crate::ui::timeline::input::start_drag;
use leptos::prelude::*;

/// One drawn row.
pub(crate) fn row_view(c: Chart, row: usize) -> AnyView {
    let Chart {
        state,
        collapsed,
        selected,
        group,
        scale,
        all_rows,
        index,
        ..
    } = c;
    let lang = state.lang.get_untracked();
    let t = lang.t();
    let Some(r) = all_rows.with_untracked(|rows| rows.get(row).cloned()) else {
        return ().into_any();
    };
    let s = scale.get_untracked();
    let top = format!("top:{}px;--depth:{}", row as f64 * ROW, r.depth);
    // tachys has no `aria_level` attribute (0.2.19): set by name.
    let level = leptos::tachys::html::attribute::custom::custom_attribute(
        "aria-level",
        (r.depth + 1).to_string(),
    );
    match r.kind {
        RowKind::Group {
            key,
            count,
            collapsed: is_collapsed,
        } => {
            let (name, color) = state.plan.with_untracked(|p| {
                let group = group.get_untracked();
                let color = (group == GroupBy::Department)
                    .then(|| p.department(&crate::model::DepartmentId::new(&key)))
                    .flatten()
                    .map(|d| d.color.clone());
                (group_name(lang, p, group, &key), color)
            });
            let toggle_key = key.clone();
            let toggle = move |_| {
                let k = toggle_key.clone();
                collapsed.update(|c| {
                    if !c.remove(&k) {
                        c.insert(k);
                    }
                });
            };
            view! {
                <div class="tl-row tl-group" data-testid="gantt-group" data-key=key style=top
                    role="row" id=format!("tl-r-{row}") aria-rowindex={row + 2}
                    aria-expanded=(!is_collapsed).to_string()>
                    <div class="tl-label" role="gridcell">
                        <button class="tl-toggle" data-testid="gantt-toggle"
                            aria-expanded=(!is_collapsed).to_string()
                            title=if is_collapsed { t.tl_expand } else { t.tl_collapse }
                            on:click=toggle>
                            {if is_collapsed { "▸" } else { "▾" }}
                        </button>
                        {color.map(|c| view! { <span class="tl-swatch" style=format!("--chip:{c}")></span> })}
                        <span class="tl-num">{r.number}</span>
                        <span class="tl-group-name">{name}</span>
                        <span class="tl-count">{count}</span>
                    </div>
                </div>
            }
            .add_any_attr(level)
            .into_any()
        }
        RowKind::Item(id) => {
            let found = index
                .with_untracked(|ix| ix.get(&id).copied())
                .and_then(|i| state.plan.with_untracked(|p| p.items.get(i).cloned()));
            let Some(item) = found else {
                return ().into_any();
            };
            let (departments, color, year) = state.plan.with_untracked(|p| {
                let names: Vec<String> = item
                    .departments
                    .iter()
                    .filter_map(|d| p.department(d).map(|d| d.name.clone()))
                    .collect();
                let color = item
                    .departments
                    .first()
                    .and_then(|d| p.department(d))
                    .map(|d| d.color.clone())
                    .unwrap_or_else(|| "#6b7785".to_owned());
                (names.join("、"), color, p.year)
            });
            let label = when_label(lang, &item.when, year);
            let b = bar(&s, &item);
            let open_id = id.clone();
            // Nothing in a drawn row is reactive: the selection and a drag's
            // preview are drawn over the rows (see `overlays`), so scrolling
            // only creates plain elements.
            let bar_view = b.map(|b| {
                let style = format!("left:{}px;width:{}px;--chip:{color}", b.x, b.width);
                let resizable = matches!(
                    item.when,
                    When::Date { .. } | When::Range { .. } | When::Month { .. } | When::Months { .. }
                );
                let (move_id, size_id) = (id.clone(), id.clone());
                let fill = b.done.map(|d| {
                    view! { <span class="tl-fill" style=format!("width:{:.1}%", d * 100.0)></span> }
                });
                view! {
                    <div class="tl-bar" data-testid="gantt-bar" data-item-id=id.0.clone()
                        data-start=b.start.to_string() data-end=b.end.to_string()
                        class:tl-fuzzy=b.fuzzy class:tl-milestone=b.milestone
                        style=style title=format!("{} · {}", item.title, label)
                        on:pointerdown=move |ev| start_drag(c, ev, move_id.clone(), row, false)>
                        {fill}
                        {resizable.then(|| view! {
                            <span class="tl-resize" data-testid="gantt-resize" aria-hidden="true"
                                on:pointerdown=move |ev| start_drag(c, ev, size_id.clone(), row, true)></span>
                        })}
                    </div>
                }
            });
            view! {
                <div class="tl-row" data-testid="gantt-row" data-item-id=id.0.clone() style=top
                    role="row" id=format!("tl-r-{row}") aria-rowindex={row + 2}>
                    // One cell holds what a screen reader reads; the bar only draws
                    // the time the cell states.
                    <div class="tl-label" role="gridcell" on:click=move |_| {
                        selected.set(Some(open_id.clone()));
                        state.open_item(&open_id);
                    }>
                        <span class="tl-num">{r.number}</span>
                        <span class="tl-title">
                            <span class="tl-title-text">{item.title.clone()}</span>
                            {item.target.is_some().then(|| {
                                let id = id.clone();
                                view! {
                                    <button type="button" class="tl-record" data-testid="tl-record"
                                        title=t.record_title aria-label=t.record_title
                                        on:click=move |ev| {
                                            ev.stop_propagation();
                                            state.open_record(&id, crate::ui::browser::today());
                                        }>"+"</button>
                                }
                            })}
                        </span>
                        <span class="tl-dept">{departments}</span>
                        <span class="tl-when">{label.clone()}</span>
                    </div>
                    <div class="tl-track" aria-hidden="true">{bar_view}</div>
                </div>
            }
            .add_any_attr(level)
            .into_any()
        }
    }
}

/// The header cells of the upper or lower row, for the part of the axis in view.
pub(crate) fn header_cells(c: Chart, upper: bool) -> impl IntoView {
    let Chart {
        state,
        headers,
        x_window,
        ..
    } = c;
    let lang = state.lang.get();
    let (from, to) = x_window.get();
    headers.with(|(u, l)| {
        headers_in(if upper { u } else { l }, from, to)
            .iter()
            .map(|h| {
                let weekend = matches!(h.label, crate::timeline::HeaderLabel::Day(_, true));
                view! {
                    <div class="tl-cell" class:tl-weekend=weekend
                        style=format!("left:{}px;width:{}px", h.x, h.width)>
                        <span class="tl-cell-text">{header_label(lang, h.label, upper)}</span>
                    </div>
                }
            })
            .collect_view()
    })
}

/// Grid lines and the today line, for the part of the axis in view; they run the
/// whole height of the body, so that vertical scrolling never redraws them.
pub(crate) fn lines(c: Chart) -> impl IntoView {
    let Chart {
        scale,
        headers,
        x_window,
        ..
    } = c;
    let (from, to) = x_window.get();
    let s = scale.get();
    let today = crate::ui::browser::today();
    let cells = headers.with(|(u, l)| {
        let upper: Vec<f64> = headers_in(u, from, to).iter().map(|h| h.x).collect();
        let lower: Vec<f64> = headers_in(l, from, to)
            .iter()
            .map(|h| h.x)
            .filter(|x| !upper.contains(x))
            .collect();
        (upper, lower)
    });
    let today_x = (today >= s.start && today <= s.end).then(|| s.x(today));
    view! {
        <div class="tl-lines">
            {cells.0.into_iter().map(|x| view! { <div class="tl-line tl-line-major" style=format!("left:{x}px")></div> }).collect_view()}
            {cells.1.into_iter().map(|x| view! { <div class="tl-line" style=format!("left:{x}px")></div> }).collect_view()}
            {today_x.map(|x| view! {
                <div class="tl-today" data-testid="gantt-today" style=format!("left:{x}px")></div>
            })}
        </div>
    }
}

/// The body's style: its height, and at the closer zooms Saturdays and Sundays
/// shaded by a repeating gradient.
pub(crate) fn body_style(s: &Scale, total: f64) -> String {
    let ppd = s.zoom.px_per_day();
    let mut style = format!("height:{total}px;");
    if matches!(s.zoom, Zoom::Week | Zoom::Month) {
        let monday = crate::calendar::grid::monday_of(s.start);
        style.push_str(&format!(
            "background-image:repeating-linear-gradient(90deg,transparent 0 {a}px,var(--tl-weekend) {a}px {b}px);background-position:calc(var(--tl-left) + {x}px) 0;",
            a = 5.0 * ppd,
            b = 7.0 * ppd,
            x = s.x(monday),
        ));
    }
    style
}

/// The rows of the selected activity (more than one when grouped by department).
pub(crate) fn selected_rows(c: Chart) -> Memo<Vec<usize>> {
    let Chart {
        selected, all_rows, ..
    } = c;
    Memo::new(move |_| {
        let Some(id) = selected.get() else {
            return Vec::new();
        };
        all_rows.with(|rows| {
            rows.iter()
                .enumerate()
                .filter(|(_, r)| matches!(&r.kind, RowKind::Item(i) if *i == id))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    })
}

/// The selection band, and the bar a drag would give with its new time.
pub(crate) fn overlays(c: Chart, selected_rows: Memo<Vec<usize>>) -> impl IntoView {
    let Chart {
        state,
        selected,
        drag,
        preview,
        scale,
        ..
    } = c;
    let id = selected.get();
    let bands = selected_rows.get().into_iter().map(|row| {
        view! {
            <div class="tl-selection" data-testid="gantt-selection"
                data-item-id=id.as_ref().map(|i| i.0.clone()) style=format!("top:{}px", row as f64 * ROW)></div>
        }
    }).collect_view();
    let ghost = preview.get().zip(drag.get()).and_then(|((item, when), d)| {
        let span = when.span().ok().flatten()?;
        let (x, w) = geometry(&scale.get_untracked(), span);
        let lang = state.lang.get_untracked();
        let (label, color) = state.plan.with_untracked(|p| {
            let color = p
                .item(&item)
                .and_then(|i| i.departments.first())
                .and_then(|d| p.department(d))
                .map_or_else(|| "#6b7785".to_owned(), |d| d.color.clone());
            (when_label(lang, &when, p.year), color)
        });
        Some(view! {
            <div class="tl-bar tl-ghost" class:tl-fuzzy=when.is_fuzzy() data-testid="gantt-ghost"
                style=format!("top:{}px;left:calc(var(--tl-left) + {x}px);width:{w}px;--chip:{color}", d.row as f64 * ROW + 6.0)>
                <span class="tl-tip">{label}</span>
            </div>
        })
    });
    view! { {bands} {ghost} }
}
