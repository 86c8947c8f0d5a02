//! The activity form. The form's data and rules are the pure [`ItemDraft`]; this
//! component binds inputs to it and shows its messages next to the fields.

use crate::model::outline::section_choices;
use crate::model::{Comparator, Edit, Item, ItemId, Period, SectionId, Status, Xun};
use crate::ui::browser::new_id;
use crate::ui::form::{Field, FieldError, ItemDraft, RepeatKind, WhenKind};
use crate::ui::i18n::{
    comparator_label, half_label, month_label, per_period_label, quarter_label, status_label,
    xun_label, Lang,
};
use crate::ui::state::use_state;
use crate::ui::widgets::choices::{ChoiceKind, Choices};
use crate::ui::widgets::field_problem::FieldProblem;
use crate::ui::widgets::modal::Modal;
use leptos::prelude::*;

fn kind_label(lang: Lang, kind: WhenKind) -> &'static str {
    let t = lang.t();
    match kind {
        WhenKind::Year => t.kind_year,
        WhenKind::Half => t.kind_half,
        WhenKind::Quarter => t.kind_quarter,
        WhenKind::Month => t.kind_month,
        WhenKind::Months => t.kind_months,
        WhenKind::Xun => t.kind_xun,
        WhenKind::Date => t.kind_date,
        WhenKind::Range => t.kind_range,
        WhenKind::Festival => t.kind_festival,
        WhenKind::Lunar => t.kind_lunar,
        WhenKind::Unscheduled => t.kind_unscheduled,
    }
}

fn repeat_key(r: RepeatKind) -> &'static str {
    match r {
        RepeatKind::None => "none",
        RepeatKind::Every(Period::Week) => "week",
        RepeatKind::Every(Period::Month) => "month",
        RepeatKind::Every(Period::Quarter) => "quarter",
        RepeatKind::Times => "times",
    }
}

fn repeat_from_key(k: &str) -> RepeatKind {
    match k {
        "week" => RepeatKind::Every(Period::Week),
        "month" => RepeatKind::Every(Period::Month),
        "quarter" => RepeatKind::Every(Period::Quarter),
        "times" => RepeatKind::Times,
        _ => RepeatKind::None,
    }
}

/// A `<select>` of numbers `range`, labelled by `label`, bound to one draft field.
fn number_select(
    testid: &'static str,
    aria: impl Fn() -> &'static str + Send + Sync + 'static,
    range: std::ops::RangeInclusive<u32>,
    value: impl Fn() -> u32 + Send + Sync + Copy + 'static,
    set: impl Fn(u32) + Send + Sync + Copy + 'static,
    label: impl Fn(u32) -> String + Send + Sync + Copy + 'static,
) -> impl IntoView {
    view! {
        <select data-testid=testid aria-label=aria on:change:target=move |ev| {
            if let Ok(n) = ev.target().value().parse() { set(n) }
        }>
            {range.map(|n| view! { <option value=n.to_string() prop:selected=move || value() == n>{move || label(n)}</option> }).collect_view()}
        </select>
    }
}

/// The form for adding (`item` None) or editing an activity.
/// A binding from an input's value to the draft.
fn setter(
    draft: RwSignal<ItemDraft>,
    f: fn(&mut ItemDraft, String),
) -> impl Fn(leptos::ev::Event) + Copy {
    move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        draft.update(|d| f(d, value));
    }
}

/// The time as the plan states it (全年, 上半年, 7月, 4月中旬, a day, days…), and
/// its repetition.
#[component]
fn WhenFields(draft: RwSignal<ItemDraft>, errors: Memo<Vec<(Field, FieldError)>>) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let t = move || lang().t();
    let set = move |f: fn(&mut ItemDraft, String)| setter(draft, f);
    let kind = move || draft.with(|d| d.when.kind);
    view! {
        <fieldset class="field when-picker">
            <legend>{move || t().field_when}</legend>
            <select data-testid="when-kind" aria-label=move || t().field_when on:change=set(|d, v| if let Some(k) = WhenKind::from_key(&v) { d.when.kind = k })>
                {WhenKind::ALL.into_iter().map(|k| view! {
                    <option value=k.key() prop:selected=move || kind() == k>{move || kind_label(lang(), k)}</option>
                }).collect_view()}
            </select>
            <Show when=move || !matches!(kind(), WhenKind::Date | WhenKind::Range | WhenKind::Unscheduled)>
                <label class="inline">
                    <span>{move || t().field_year}</span>
                    <input class="input-year" data-testid="when-year" inputmode="numeric"
                        prop:value=move || draft.with(|d| d.when.year.clone()) on:input=set(|d, v| d.when.year = v) />
                </label>
            </Show>
            <Show when=move || kind() == WhenKind::Half>
                {number_select("when-half", move || t().field_half, 1..=2, move || draft.with(|d| d.when.half), move |n| draft.update(|d| d.when.half = n), move |n| half_label(lang(), n).to_owned())}
            </Show>
            <Show when=move || kind() == WhenKind::Quarter>
                {number_select("when-quarter", move || t().field_quarter, 1..=4, move || draft.with(|d| d.when.quarter), move |n| draft.update(|d| d.when.quarter = n), move |n| quarter_label(lang(), n))}
            </Show>
            <Show when=move || matches!(kind(), WhenKind::Month | WhenKind::Xun)>
                {number_select("when-month", move || t().field_month, 1..=12, move || draft.with(|d| d.when.month), move |n| draft.update(|d| d.when.month = n), move |n| month_label(lang(), n))}
            </Show>
            <Show when=move || kind() == WhenKind::Xun>
                <select data-testid="when-xun" aria-label=move || t().field_xun on:change=set(|d, v| d.when.xun = match v.as_str() { "middle" => Xun::Middle, "late" => Xun::Late, _ => Xun::Early })>
                    {[(Xun::Early, "early"), (Xun::Middle, "middle"), (Xun::Late, "late")].into_iter().map(|(x, key)| view! {
                        <option value=key prop:selected=move || draft.with(|d| d.when.xun == x)>{move || xun_label(lang(), x)}</option>
                    }).collect_view()}
                </select>
            </Show>
            <Show when=move || kind() == WhenKind::Months>
                {number_select("when-from", move || t().field_from, 1..=12, move || draft.with(|d| d.when.from), move |n| draft.update(|d| d.when.from = n), move |n| month_label(lang(), n))}
                <span>"–"</span>
                {number_select("when-to", move || t().field_to, 1..=12, move || draft.with(|d| d.when.to), move |n| draft.update(|d| d.when.to = n), move |n| month_label(lang(), n))}
            </Show>
            <Show when=move || matches!(kind(), WhenKind::Date | WhenKind::Range)>
                <label class="inline">
                    <span>{move || if kind() == WhenKind::Date { t().field_date } else { t().field_start }}</span>
                    <input type="date" data-testid="when-start" prop:value=move || draft.with(|d| d.when.start.clone())
                        on:input=set(|d, v| d.when.start = v) on:change=set(|d, v| d.when.start = v) />
                </label>
            </Show>
            <Show when=move || kind() == WhenKind::Range>
                <label class="inline">
                    <span>{move || t().field_end}</span>
                    <input type="date" data-testid="when-end" prop:value=move || draft.with(|d| d.when.end.clone())
                        on:input=set(|d, v| d.when.end = v) on:change=set(|d, v| d.when.end = v) />
                </label>
            </Show>
            <super::when_chinese::ChineseWhenFields draft />
            <FieldProblem errors field=Field::When />
            <div class="repeat-row">
                <label class="inline">
                    <span>{move || t().field_repeat}</span>
                    <select data-testid="item-repeat" on:change=set(|d, v| d.repeat = repeat_from_key(&v))>
                        {["none", "week", "month", "quarter", "times"].into_iter().map(|key| view! {
                            <option value=key prop:selected=move || draft.with(|d| repeat_key(d.repeat) == key)>{move || {
                                let t = t();
                                match key { "week" => t.repeat_week, "month" => t.repeat_month, "quarter" => t.repeat_quarter, "times" => t.repeat_times, _ => t.repeat_none }
                            }}</option>
                        }).collect_view()}
                    </select>
                </label>
                <Show when=move || draft.with(|d| d.repeat == RepeatKind::Times)>
                    <label class="inline">
                        <span>{move || t().field_times}</span>
                        <input class="input-small" data-testid="item-times" inputmode="numeric"
                            prop:value=move || draft.with(|d| d.times.clone()) on:input=set(|d, v| d.times = v) />
                    </label>
                </Show>
            </div>
            <FieldProblem errors field=Field::Times />
        </fieldset>
    }
}

/// The quantified target: comparator, quantity and unit.
#[component]
fn TargetFields(
    draft: RwSignal<ItemDraft>,
    errors: Memo<Vec<(Field, FieldError)>>,
) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let t = move || lang().t();
    let set = move |f: fn(&mut ItemDraft, String)| setter(draft, f);
    view! {
        <fieldset class="field target-picker">
            <legend>
                <label class="inline">
                    <input type="checkbox" data-testid="item-has-target" prop:checked=move || draft.with(|d| d.has_target)
                        on:change:target=move |ev| { let on = ev.target().checked(); draft.update(|d| d.has_target = on) } />
                    <span>{move || t().has_target}</span>
                </label>
            </legend>
            <Show when=move || draft.with(|d| d.has_target)>
                <div class="target-row">
                    <select data-testid="target-op" aria-label=move || t().field_comparator
                        on:change=set(|d, v| d.op = Comparator::ALL.into_iter().find(|c| format!("{c:?}") == v).unwrap_or_default())>
                        {Comparator::ALL.into_iter().map(|c| view! {
                            <option value=format!("{c:?}") prop:selected=move || draft.with(|d| d.op == c)>{move || comparator_label(lang(), c)}</option>
                        }).collect_view()}
                    </select>
                    <input class="input-small" data-testid="target-quantity" inputmode="decimal" aria-label=move || t().field_quantity
                        prop:value=move || draft.with(|d| d.quantity.clone()) on:input=set(|d, v| d.quantity = v) />
                    <input class="input-small" data-testid="target-unit" list="unit-list" aria-label=move || t().field_unit
                        prop:value=move || draft.with(|d| d.unit.clone()) on:input=set(|d, v| d.unit = v) />
                    <datalist id="unit-list">
                        {move || t().unit_suggestions.split(',').map(|u| view! { <option value=u.to_owned()></option> }).collect_view()}
                    </datalist>
                </div>
                <FieldProblem errors field=Field::Quantity />
                <div class="target-row per-period-row">
                    <label class="inline">
                        <span>{move || t().field_per_period}</span>
                        <select data-testid="target-per-period"
                            on:change=set(|d, v| d.per_period = match v.as_str() {
                                "week" => Some(Period::Week),
                                "month" => Some(Period::Month),
                                "quarter" => Some(Period::Quarter),
                                _ => None,
                            })>
                            {[("", None), ("week", Some(Period::Week)), ("month", Some(Period::Month)), ("quarter", Some(Period::Quarter))]
                                .into_iter().map(|(key, p)| view! {
                                    <option value=key prop:selected=move || draft.with(|d| d.per_period == p)>
                                        {move || per_period_label(lang(), p)}
                                    </option>
                                }).collect_view()}
                        </select>
                    </label>
                    <Show when=move || draft.with(|d| d.per_period.is_some())>
                        <span class="muted">{move || draft.with(|d| comparator_label(lang(), d.op))}</span>
                        <input class="input-small" data-testid="target-per-quantity" inputmode="decimal"
                            aria-label=move || t().field_per_quantity
                            prop:value=move || draft.with(|d| d.per_quantity.clone()) on:input=set(|d, v| d.per_quantity = v) />
                        <span>{move || draft.with(|d| d.unit.clone())}</span>
                    </Show>
                </div>
                <FieldProblem errors field=Field::PerQuantity />
            </Show>
        </fieldset>
    }
}

#[component]
pub fn ItemForm(
    item: Option<ItemId>,
    section: SectionId,
    /// For a new activity, its time to start with.
    when: Option<crate::model::When>,
) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let t = move || lang().t();
    let plan_year = state.plan.with_untracked(|p| p.year);
    let base: Item = item
        .as_ref()
        .and_then(|id| state.plan.with_untracked(|p| p.item(id).cloned()))
        .unwrap_or_else(|| Item::new(ItemId::new(new_id("i-")), section.clone(), ""));
    let is_new = item.is_none();
    let mut initial = ItemDraft::from_item(&base, plan_year);
    if is_new {
        let when = when.unwrap_or(crate::model::When::Year { year: plan_year });
        initial.when = crate::ui::form::WhenDraft::from_when(&when, plan_year);
    }
    let base = StoredValue::new(base);
    let draft = RwSignal::new(initial);
    let tried = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if tried.get() {
            draft.with(|d| d.errors())
        } else {
            Vec::new()
        }
    });
    let set = move |f: fn(&mut ItemDraft, String)| setter(draft, f);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(item) = draft.with_untracked(|d| d.build(&base.get_value())) else {
            return;
        };
        let edit = if is_new {
            Edit::AddItem(item)
        } else {
            Edit::UpdateItem(item)
        };
        if state.edit(edit).is_ok() {
            state.dialog.set(None);
        }
    };
    let heading = Signal::derive(move || {
        if is_new {
            t().form_new_item
        } else {
            t().form_edit_item
        }
        .to_owned()
    });
    view! {
        <Modal title=heading testid="item-form">
            <form class="form" on:submit=save novalidate>
                <label class="field">
                    <span>{move || t().field_title}</span>
                    <input data-testid="item-title-input" autofocus prop:value=move || draft.with(|d| d.title.clone())
                        on:input=set(|d, v| d.title = v) />
                    <FieldProblem errors field=Field::Title />
                </label>
                <label class="field">
                    <span>{move || t().field_section}</span>
                    <select data-testid="item-section-input" on:change=set(|d, v| d.section = SectionId::new(v))>
                        {move || state.plan.with(section_choices).into_iter().map(|choice| {
                            let selected = draft.with_untracked(|d| d.section == choice.id);
                            view! { <option value=choice.id.0.clone() selected=selected>{choice.label}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <WhenFields draft errors />
                <Choices kind=ChoiceKind::Departments draft />
                <Choices kind=ChoiceKind::Places draft />
                <TargetFields draft errors />
                <Show when=move || draft.with(|d| d.has_target || !d.progress.is_empty())>
                    <crate::ui::progress::entries::ProgressEntries draft />
                </Show>
                <div class="field-row">
                    <label class="field">
                        <span>{move || t().field_lead}</span>
                        <input data-testid="item-lead" prop:value=move || draft.with(|d| d.lead.clone()) on:input=set(|d, v| d.lead = v) />
                    </label>
                    <label class="field">
                        <span>{move || t().field_status}</span>
                        <select data-testid="item-status"
                            on:change=set(|d, v| d.status = Status::ALL.into_iter().find(|s| format!("{s:?}") == v).unwrap_or_default())>
                            {Status::ALL.into_iter().map(|s| view! {
                                <option value=format!("{s:?}") prop:selected=move || draft.with(|d| d.status == s)>{move || status_label(lang(), s)}</option>
                            }).collect_view()}
                        </select>
                    </label>
                </div>
                <label class="field inline">
                    <input type="checkbox" prop:checked=move || draft.with(|d| d.milestone)
                        on:change:target=move |ev| { let on = ev.target().checked(); draft.update(|d| d.milestone = on) } />
                    <span>{move || t().field_milestone}</span>
                </label>
                <label class="field">
                    <span>{move || t().field_notes}</span>
                    <textarea rows="3" data-testid="item-notes" prop:value=move || draft.with(|d| d.notes.clone()) on:input=set(|d, v| d.notes = v)></textarea>
                </label>
                <div class="modal-actions">
                    <button type="button" class="btn" data-testid="item-cancel" on:click=move |_| state.dialog.set(None)>{move || t().cancel}</button>
                    <button type="submit" class="btn btn-primary" data-testid="item-save">{move || t().save}</button>
                </div>
            </form>
        </Modal>
    }
}
