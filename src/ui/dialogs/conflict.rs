//! The dialog shown when another tab saved the plan first: both versions side by
//! side, what each side changed, and the three ways out. Nothing is saved until
//! one is chosen.

use crate::model::diff::{diff, PlanDiff};
use crate::model::Plan;
use crate::ui::dialogs::history::local_time;
use crate::ui::i18n::{items_count, Lang, Texts};
use crate::ui::state::use_state;
use crate::ui::state::Resolution;
use crate::ui::widgets::modal::Modal;
use leptos::prelude::*;

/// The changes of one side as a short list.
pub(crate) fn changes(t: &'static Texts, d: &PlanDiff) -> impl IntoView {
    let line = |label: &'static str, titles: &[String]| {
        (!titles.is_empty()).then(|| {
            let shown: Vec<&str> = titles.iter().take(5).map(String::as_str).collect();
            let more = titles.len().saturating_sub(5);
            let tail = (more > 0).then(|| format!(" …(+{more})"));
            view! { <li><strong>{label}</strong> "：" {shown.join("、")} {tail}</li> }
        })
    };
    if d.is_empty() {
        view! { <ul class="conflict-diff"><li>{t.diff_none}</li></ul> }.into_any()
    } else {
        view! {
            <ul class="conflict-diff">
                {line(t.diff_added, &d.added)}
                {line(t.diff_removed, &d.removed)}
                {line(t.diff_changed, &d.changed)}
            </ul>
        }
        .into_any()
    }
}

/// One version's card: title, number of activities, last change, and what it
/// changed since the common starting point.
fn version_card(
    lang: Lang,
    heading: &'static str,
    plan: &Plan,
    d: &PlanDiff,
    testid: &'static str,
) -> impl IntoView {
    let changed = plan
        .updated_at
        .as_deref()
        .map(local_time)
        .unwrap_or_default();
    view! {
        <div class="conflict-version" data-testid=testid>
            <h3>{heading}</h3>
            <strong>{plan.title.clone()}</strong>
            <span class="muted">{items_count(lang, plan.items.len())} " · " {changed}</span>
            {changes(lang.t(), d)}
        </div>
    }
}

/// The conflict dialog for the plan on screen against `theirs`; `base` is the
/// version both started from, when the history has it.
#[component]
pub fn ConflictDialog(theirs: Plan, base: Option<Plan>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let t = lang.t();
    let mine = state.plan.get_untracked();
    // Without the common version, each side is compared with the other.
    let (mine_diff, their_diff) = match &base {
        Some(base) => (diff(base, &mine), diff(base, &theirs)),
        None => (diff(&theirs, &mine), diff(&mine, &theirs)),
    };
    let cards = view! {
        <div class="conflict-versions">
            {version_card(lang, t.conflict_mine, &mine, &mine_diff, "conflict-mine")}
            {version_card(lang, t.conflict_theirs, &theirs, &their_diff, "conflict-theirs")}
        </div>
    };
    let theirs = StoredValue::new(theirs);
    let choose = move |choice| state.resolve_conflict(theirs.get_value(), choice);
    view! {
        <Modal title=Signal::derive(move || t.conflict_title.to_owned()) testid="conflict-dialog" dismissable=false>
            <p>{t.conflict_body}</p>
            {cards}
            <div class="modal-actions wrap">
                <button class="btn" data-testid="conflict-copy" on:click=move |_| choose(Resolution::SaveMineAsCopy)>
                    {t.save_mine_as_copy}
                </button>
                <button class="btn" data-testid="conflict-theirs-keep" on:click=move |_| choose(Resolution::KeepTheirs)>
                    {t.keep_theirs}
                </button>
                <button class="btn btn-primary" data-testid="conflict-mine-keep" on:click=move |_| choose(Resolution::KeepMine)>
                    {t.keep_mine}
                </button>
            </div>
        </Modal>
    }
}
