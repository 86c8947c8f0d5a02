//! The text preview: the source beside the plan it makes. Each source line is
//! coloured by what it became and carries its role as a chip the person can change;
//! each activity shows its time, repeat, target, departments and places with the
//! words they came from, and its time can be corrected in words. Everything shown
//! is computed by `text::Reading::outcome`; nothing is saved before "创建计划".

use crate::model::PlanId;
use crate::text::norm;
use crate::text::time::parse_time;
use crate::text::{Choices, FoundKind, ItemOutcome, Outcome, Reading, Role};
use crate::ui::browser::this_year;
use crate::ui::i18n::{
    found_name, line_number, repeat_label, role_name, target_label, text_counts, when_label, Lang,
};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The preview of a read text, with the choices and "创建计划".
#[component]
pub fn TextPreview(source: String, reading: Reading, read_ms: f64) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let year_found = reading.year.is_some();
    let roles = RwSignal::new(reading.auto.clone());
    let year = RwSignal::new(reading.year.unwrap_or_else(this_year));
    let times = RwSignal::new(Vec::new());
    let time_error: RwSignal<Option<usize>> = RwSignal::new(None);
    let reading = StoredValue::new(reading);
    let outcome = Memo::new(move |_| {
        let t = state.lang.get().t();
        let choices = Choices {
            year: year.get(),
            default_section: t.text_default_section.to_owned(),
            default_title: t.text_default_title.to_owned(),
            times: times.get(),
        };
        reading.with_value(|r| r.outcome(&roles.get(), &choices, PlanId::new("preview")))
    });
    let lines = reading.with_value(|r| {
        r.lines
            .iter()
            .enumerate()
            .map(|(i, line)| source_line(i, line.text.clone(), roles, state.lang))
            .collect_view()
    });
    let correct = move |line: usize, text: String| {
        let chars = norm::chars(&text);
        if text.trim().is_empty() {
            times.update(|v| v.retain(|(l, _)| *l != line));
            time_error.set(None);
            return;
        }
        match parse_time(&chars).map(|t| t.resolve(year.get_untracked())) {
            Some(Ok(resolved)) => {
                times.update(|v| {
                    v.retain(|(l, _)| *l != line);
                    v.push((line, resolved));
                });
                time_error.set(None);
            }
            _ => time_error.set(Some(line)),
        }
    };
    let result = move || {
        let lang = lang();
        outcome.with(|o| result_view(lang, o, time_error.get(), correct))
    };
    view! {
        <div class="text-preview" data-testid="text-preview" data-read-ms=format!("{read_ms:.2}")>
            <div class="text-head">
                <span class="muted import-source">{source}</span>
                <strong data-testid="text-counts">
                    {move || outcome.with(|o| text_counts(lang(), o.plan.items.len(), o.plan.sections.len(), o.unused))}
                </strong>
                <label class="text-year">
                    {move || lang().t().text_year}
                    <input
                        type="number"
                        data-testid="text-year"
                        min="1900"
                        max="2100"
                        prop:value=move || year.get().to_string()
                        on:change:target=move |ev| {
                            if let Ok(y) = ev.target().value().trim().parse::<i32>() {
                                if crate::model::when::CHINESE_YEARS.contains(&y) {
                                    year.set(y);
                                }
                            }
                        }
                    />
                </label>
                {(!year_found).then(|| view! { <span class="notice-warn text-year-missing">{move || lang().t().text_year_missing}</span> })}
            </div>
            <div class="text-columns">
                <section class="text-source" aria-label=move || lang().t().text_source_head>
                    <h3>{move || lang().t().text_source_head}</h3>
                    <ol class="text-lines">{lines}</ol>
                </section>
                <section class="text-result" aria-label=move || lang().t().text_result_head>
                    <h3>{move || lang().t().text_result_head}</h3>
                    {result}
                </section>
            </div>
            <div class="modal-actions">
                <button class="btn" data-testid="import-cancel" on:click=move |_| state.dialog.set(None)>
                    {move || lang().t().cancel}
                </button>
                <button
                    class="btn btn-primary"
                    data-testid="import-as-new"
                    prop:disabled=move || outcome.with(|o| o.plan.items.is_empty())
                    on:click=move |_| state.create_from_text(outcome.get_untracked().plan)
                >
                    {move || lang().t().text_create}
                </button>
            </div>
        </div>
    }
}

/// One source line: its role chip and its text.
fn source_line(
    i: usize,
    text: String,
    roles: RwSignal<Vec<Role>>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let role = move || roles.with(|r| r.get(i).copied().unwrap_or(Role::Unused));
    let options = Role::ALL
        .into_iter()
        .map(|r| view! { <option value=r.word()>{move || role_name(lang.get(), r)}</option> })
        .collect_view();
    view! {
        <li
            class=move || format!("text-line role-{}", role().word())
            data-testid="text-line"
            data-role=move || role().word()
            data-line=i
        >
            <select
                class="role-chip"
                data-testid="text-line-role"
                aria-label=move || lang.get().t().text_role_label
                prop:value=move || role().word()
                on:change:target=move |ev| {
                    let word = ev.target().value();
                    if let Some(r) = Role::ALL.into_iter().find(|r| r.word() == word) {
                        roles.update(|v| {
                            if let Some(slot) = v.get_mut(i) {
                                *slot = r;
                            }
                        });
                    }
                }
            >
                {options}
            </select>
            <span class="text-line-text">{text}</span>
        </li>
    }
}

/// The plan the text makes: title, preface, sections and their activities.
fn result_view(
    lang: Lang,
    o: &Outcome,
    error: Option<usize>,
    correct: impl Fn(usize, String) + Copy + Send + Sync + 'static,
) -> AnyView {
    let t = lang.t();
    let plan = &o.plan;
    let preface = (!plan.preface.is_empty()).then(|| {
        view! {
            <details class="text-preface">
                <summary>{t.text_preface}</summary>
                <p>{plan.preface.clone()}</p>
            </details>
        }
    });
    let mut blocks = Vec::new();
    section_views(lang, o, None, 0, error, correct, &mut blocks);
    let empty = plan
        .items
        .is_empty()
        .then(|| view! { <p class="muted">{t.text_no_items}</p> });
    view! {
        <h4 class="text-plan-title" data-testid="text-plan-title">{plan.title.clone()}</h4>
        {preface}
        {empty}
        <div class="text-outline">{blocks.collect_view()}</div>
    }
    .into_any()
}

#[allow(clippy::too_many_arguments)]
fn section_views(
    lang: Lang,
    o: &Outcome,
    parent: Option<&crate::model::SectionId>,
    depth: usize,
    error: Option<usize>,
    correct: impl Fn(usize, String) + Copy + Send + Sync + 'static,
    out: &mut Vec<AnyView>,
) {
    let plan = &o.plan;
    for s in plan.sections.iter().filter(|s| s.parent.as_ref() == parent) {
        out.push(
            view! {
                <div class=format!("text-section depth-{}", depth.min(3)) data-testid="text-section">{s.title.clone()}</div>
            }
            .into_any(),
        );
        for it in o
            .items
            .iter()
            .filter(|it| plan.items[it.item].section == s.id)
        {
            out.push(item_view(lang, o, it, error == Some(it.line), correct));
        }
        section_views(lang, o, Some(&s.id), depth + 1, error, correct, out);
    }
}

fn item_view(
    lang: Lang,
    o: &Outcome,
    it: &ItemOutcome,
    error: bool,
    correct: impl Fn(usize, String) + Copy + Send + Sync + 'static,
) -> AnyView {
    let t = lang.t();
    let plan = &o.plan;
    let item = &plan.items[it.item];
    let when = if item.when == crate::model::When::Unscheduled {
        t.text_no_time.to_owned()
    } else {
        when_label(lang, &item.when, plan.year)
    };
    let deadline = item
        .milestone
        .then(|| view! { <span class="chip chip-deadline">{t.text_deadline}</span> });
    let found = it
        .found
        .iter()
        .map(|f| {
            let value = match f.kind {
                FoundKind::Time => when.clone(),
                FoundKind::Repeat => repeat_label(lang, item.repeat.as_ref()),
                FoundKind::Target => item
                    .target
                    .as_ref()
                    .map(|x| target_label(lang, x))
                    .unwrap_or_default(),
                _ => f.words.clone(),
            };
            let words =
                (value != f.words).then(|| view! { <q class="found-words">{f.words.clone()}</q> });
            view! {
                <li class="found" title=line_number(lang, f.line)>
                    <span class="found-kind">{found_name(lang, f.kind)}</span>
                    <span class="found-value">{value}</span>
                    {words}
                </li>
            }
        })
        .collect_view();
    let line = it.line;
    let message = error.then(|| view! { <p class="field-error" role="alert" data-testid="error-message">{t.err_text_time}</p> });
    view! {
        <div class="text-item" data-testid="text-item" data-line=line>
            <button
                type="button"
                class="text-item-title"
                title=line_number(lang, line)
                on:click=move |_| show_line(line)
            >
                {item.title.clone()}
            </button>
            <div class="text-item-when">{when} {deadline}</div>
            <ul class="found-list">{found}</ul>
            <label class="text-item-fix">
                <span>{t.text_correct_time}</span>
                <input
                    type="text"
                    data-testid="text-item-time"
                    placeholder=t.text_time_placeholder
                    on:change:target=move |ev| correct(line, ev.target().value())
                />
            </label>
            {message}
        </div>
    }
    .into_any()
}

/// Scrolls the source to line `line` and marks it, so the person sees where an
/// activity came from.
fn show_line(line: usize) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(old)) = doc.query_selector(".text-line.text-line-shown") {
        let _ = old.class_list().remove_1("text-line-shown");
    }
    if let Ok(Some(el)) = doc.query_selector(&format!(".text-line[data-line=\"{line}\"]")) {
        el.scroll_into_view();
        let _ = el.class_list().add_1("text-line-shown");
    }
}
