//! The time picker's fields for a festival ("元宵节", "春节前后各三天") and for a
//! lunar date ("农历正月十五"), with the days they fall on in the chosen year.

use crate::almanac::{lunar, Festival, Group};
use crate::model::When;
use crate::ui::form::{Around, ItemDraft, WhenKind};
use crate::ui::i18n::{festival_name, span_label, Lang};
use crate::ui::state::use_state;
use leptos::prelude::*;

fn around_label(lang: Lang, around: Around) -> &'static str {
    let t = lang.t();
    match around {
        Around::Day => t.around_day,
        Around::Both => t.around_both,
        Around::Before => t.around_before,
        Around::After => t.around_after,
        Around::Custom => t.around_custom,
    }
}

/// The days the picker's time falls on ("2月20日"), or nothing while it is not valid.
fn falls_on(lang: Lang, draft: &ItemDraft) -> String {
    let Ok(when) = draft.when.parse() else {
        return String::new();
    };
    let Ok(Some(span)) = when.span() else {
        return String::new();
    };
    let year = match when {
        When::Festival { year, .. } | When::Lunar { year, .. } => year,
        _ => 0,
    };
    format!("{}{}", lang.t().when_falls_on, span_label(lang, span, year))
}

/// Festival and lunar fields of the time picker, shown for those two kinds.
#[component]
pub fn ChineseWhenFields(draft: RwSignal<ItemDraft>) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let t = move || lang().t();
    let kind = move || draft.with(|d| d.when.kind);
    let around = move || draft.with(|d| d.when.around);
    let festivals = move |group: Group| {
        Festival::ALL
            .into_iter()
            .filter(move |f| f.group() == group)
            .map(move |f| {
                view! {
                    <option value=f.word() prop:selected=move || draft.with(|d| d.when.festival == f)>
                        {move || festival_name(lang(), f)}
                    </option>
                }
            })
            .collect_view()
    };
    let leap_month = move || {
        draft.with(|d| {
            let year = d.when.year.trim().parse::<i32>().ok()?;
            lunar::leap_month(year)
        })
    };
    view! {
        <Show when=move || kind() == WhenKind::Festival>
            <select data-testid="when-festival" aria-label=move || t().field_festival
                on:change:target=move |ev| {
                    if let Some(f) = Festival::from_word(&ev.target().value()) {
                        draft.update(|d| d.when.festival = f);
                    }
                }>
                <optgroup label=move || t().group_traditional>{festivals(Group::Traditional)}</optgroup>
                <optgroup label=move || t().group_observance>{festivals(Group::Observance)}</optgroup>
            </select>
            <select data-testid="when-around" aria-label=move || t().field_around
                on:change:target=move |ev| {
                    if let Some(a) = Around::from_key(&ev.target().value()) {
                        draft.update(|d| d.when.around = a);
                    }
                }>
                {Around::ALL.into_iter().map(|a| view! {
                    <option value=a.key() prop:selected=move || around() == a>{move || around_label(lang(), a)}</option>
                }).collect_view()}
            </select>
            <Show when=move || matches!(around(), Around::Both | Around::Before | Around::After)>
                <label class="inline">
                    <span>{move || t().field_around_days}</span>
                    <input class="input-small" data-testid="when-around-days" inputmode="numeric"
                        prop:value=move || draft.with(|d| d.when.around_days.clone())
                        on:input:target=move |ev| { let v = ev.target().value(); draft.update(|d| d.when.around_days = v) } />
                </label>
            </Show>
            <Show when=move || around() == Around::Custom>
                <label class="inline">
                    <span>{move || t().field_offset_from}</span>
                    <input class="input-small" data-testid="when-offset-from" inputmode="numeric"
                        prop:value=move || draft.with(|d| d.when.offset_from.clone())
                        on:input:target=move |ev| { let v = ev.target().value(); draft.update(|d| d.when.offset_from = v) } />
                </label>
                <label class="inline">
                    <span>{move || t().field_offset_to}</span>
                    <input class="input-small" data-testid="when-offset-to" inputmode="numeric"
                        prop:value=move || draft.with(|d| d.when.offset_to.clone())
                        on:input:target=move |ev| { let v = ev.target().value(); draft.update(|d| d.when.offset_to = v) } />
                </label>
            </Show>
        </Show>
        <Show when=move || kind() == WhenKind::Lunar>
            <select data-testid="when-lunar-month" aria-label=move || t().field_lunar_month
                on:change:target=move |ev| {
                    if let Ok(m) = ev.target().value().parse::<u32>() {
                        draft.update(|d| d.when.lunar_month = m);
                    }
                }>
                {(1..=12u8).map(|m| view! {
                    <option value=m.to_string() prop:selected=move || draft.with(|d| d.when.lunar_month == u32::from(m))>
                        {lunar::month_name(m, false)}
                    </option>
                }).collect_view()}
            </select>
            <select data-testid="when-lunar-day" aria-label=move || t().field_lunar_day
                on:change:target=move |ev| {
                    if let Ok(day) = ev.target().value().parse::<u32>() {
                        draft.update(|d| d.when.lunar_day = day);
                    }
                }>
                {(1..=30u8).map(|day| view! {
                    <option value=day.to_string() prop:selected=move || draft.with(|d| d.when.lunar_day == u32::from(day))>
                        {lunar::day_name(day)}
                    </option>
                }).collect_view()}
            </select>
            // Only a year whose leap month follows the chosen month offers 闰.
            <Show when=move || leap_month().is_some_and(|m| draft.with(|d| d.when.lunar_month == u32::from(m))) || draft.with(|d| d.when.leap)>
                <label class="inline">
                    <input type="checkbox" data-testid="when-leap" prop:checked=move || draft.with(|d| d.when.leap)
                        on:change:target=move |ev| { let on = ev.target().checked(); draft.update(|d| d.when.leap = on) } />
                    <span>{move || t().field_leap}</span>
                </label>
            </Show>
        </Show>
        <Show when=move || matches!(kind(), WhenKind::Festival | WhenKind::Lunar)>
            <p class="when-falls-on" data-testid="when-falls-on">{move || draft.with(|d| falls_on(lang(), d))}</p>
        </Show>
    }
}
