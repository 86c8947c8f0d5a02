//! The root state, provided once as context. Components read its signals and call
//! its commands; every change to a plan goes through [`AppState::edit`], which keeps
//! the undo history and persists. Nothing here runs inside an effect.

use super::browser::{new_id, now, this_year};
use super::i18n::{new_plan_title, Lang};
use crate::model::copy::{copy_to_year, duplicate};
use crate::model::history::History;
use crate::model::sample::sample_plan;
use crate::model::{apply, Edit, EditError, ItemId, Plan, PlanId, SectionId};
use crate::storage;
use leptos::prelude::*;

/// What the save indicator shows (`save-status` `data-state`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is in browser storage.
    Saved,
    /// A write is under way.
    Saving,
    /// The last write failed; the edit is only in memory.
    Error,
    /// There is no browser storage at all.
    MemoryOnly,
}

impl SaveState {
    /// The `data-state` value.
    pub fn key(self) -> &'static str {
        match self {
            SaveState::Saved => "saved",
            SaveState::Saving => "saving",
            SaveState::Error => "error",
            SaveState::MemoryOnly => "memory-only",
        }
    }
}

/// A short plan description for the switcher and the plans list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PlanMeta {
    /// Id.
    pub id: PlanId,
    /// Title.
    pub title: String,
    /// Year.
    pub year: i32,
    /// Number of items.
    pub items: usize,
    /// Is it the sample?
    pub sample: bool,
}

impl From<&Plan> for PlanMeta {
    fn from(p: &Plan) -> Self {
        PlanMeta {
            id: p.id.clone(),
            title: p.title.clone(),
            year: p.year,
            items: p.items.len(),
            sample: p.sample,
        }
    }
}

/// The modal dialog that is open, if any.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// The activity form: editing `item`, or adding to `section` when `item` is None.
    Item {
        /// The item being edited.
        item: Option<ItemId>,
        /// The section a new item goes to.
        section: SectionId,
    },
    /// The plan properties form.
    PlanInfo,
    /// The list of plans.
    Plans,
    /// A question before something destructive.
    Confirm {
        /// The question.
        message: String,
        /// What happens on yes.
        action: Confirmed,
    },
}

/// Destructive actions that need a yes first.
#[derive(Clone, Debug, PartialEq)]
pub enum Confirmed {
    /// Delete a section with its contents.
    DeleteSection(SectionId),
    /// Delete a whole plan.
    DeletePlan(PlanId),
}

/// A passing notice, optionally with an undo button.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    /// The text.
    pub text: String,
    /// Whether to offer undo.
    pub undo: bool,
}

/// The root state.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// The plan shown.
    pub plan: RwSignal<Plan>,
    /// Every plan, briefly.
    pub plans: RwSignal<Vec<PlanMeta>>,
    /// Save indicator.
    pub save: RwSignal<SaveState>,
    /// An error to show until dismissed (storage problems).
    pub error: RwSignal<Option<String>>,
    /// The passing notice.
    pub toast: RwSignal<Option<Toast>>,
    /// The open dialog.
    pub dialog: RwSignal<Option<Dialog>>,
    /// The section whose title is being edited in place.
    pub renaming: RwSignal<Option<SectionId>>,
    /// Whether undo / redo are possible.
    pub can_undo: RwSignal<bool>,
    /// See `can_undo`.
    pub can_redo: RwSignal<bool>,
    history: StoredValue<History>,
}

impl AppState {
    /// Loads the stored plans (or the sample on first start) and the language.
    pub fn load() -> Self {
        let lang = storage::lang().map_or(Lang::Zh, |t| Lang::from_tag(&t));
        let (mut plans, unreadable) = storage::load_all();
        let available = storage::available();
        let mut save = if available {
            SaveState::Saved
        } else {
            SaveState::MemoryOnly
        };
        if plans.is_empty() {
            let sample = sample_plan(this_year());
            if available && storage::save(&sample).is_err() {
                save = SaveState::Error;
            }
            plans.push(sample);
        }
        let current = storage::current()
            .and_then(|id| plans.iter().find(|p| p.id.as_str() == id).cloned())
            .unwrap_or_else(|| plans[0].clone());
        let error = (!unreadable.is_empty()).then(|| lang.t().err_storage_load.to_owned());
        AppState {
            lang: RwSignal::new(lang),
            plans: RwSignal::new(plans.iter().map(PlanMeta::from).collect()),
            plan: RwSignal::new(current),
            save: RwSignal::new(save),
            error: RwSignal::new(error),
            toast: RwSignal::new(None),
            dialog: RwSignal::new(None),
            renaming: RwSignal::new(None),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            history: StoredValue::new(History::default()),
        }
    }

    /// Applies `edit` to the current plan, records it for undo and saves. A refused
    /// edit changes nothing and is explained in the error notice.
    pub fn edit(&self, edit: Edit) -> Result<(), EditError> {
        let before = self.plan.get_untracked();
        let mut after = before.clone();
        if let Err(e) = apply(&mut after, edit, &now()) {
            let lang = self.lang.get_untracked();
            self.error.set(Some(super::i18n::edit_error(lang, &e)));
            return Err(e);
        }
        self.history.update_value(|h| h.record(before));
        self.replace_current(after);
        Ok(())
    }

    /// Steps back one edit.
    pub fn undo(&self) {
        let current = self.plan.get_untracked();
        if let Some(previous) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.replace_current(previous);
        }
    }

    /// Steps forward one undone edit.
    pub fn redo(&self) {
        let current = self.plan.get_untracked();
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.replace_current(next);
        }
    }

    fn refresh_history_flags(&self) {
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
    }

    /// Shows `plan` as the current plan and persists it.
    fn replace_current(&self, plan: Plan) {
        self.persist(&plan);
        let meta = PlanMeta::from(&plan);
        self.plans
            .update(|list| match list.iter_mut().find(|m| m.id == meta.id) {
                Some(slot) => *slot = meta,
                None => list.push(meta),
            });
        self.plan.set(plan);
        self.refresh_history_flags();
    }

    fn persist(&self, plan: &Plan) {
        if self.save.get_untracked() == SaveState::MemoryOnly {
            return;
        }
        self.save.set(SaveState::Saving);
        match storage::save(plan) {
            Ok(()) => {
                self.save.set(SaveState::Saved);
                storage::set_setting(storage::CURRENT_KEY, plan.id.as_str());
            }
            Err(_) => {
                self.save.set(SaveState::Error);
                self.error.set(Some(
                    self.lang.get_untracked().t().err_storage_save.to_owned(),
                ));
            }
        }
    }

    /// Opens the stored plan `id`; undo history starts afresh.
    pub fn switch_to(&self, id: &PlanId) {
        if &self.plan.get_untracked().id != id {
            self.open_stored(id);
        }
    }

    fn open_stored(&self, id: &PlanId) {
        let (plans, _) = storage::load_all();
        let found = plans.into_iter().find(|p| &p.id == id);
        if let Some(plan) = found {
            self.history.set_value(History::default());
            storage::set_setting(storage::CURRENT_KEY, id.as_str());
            self.plan.set(plan);
            self.refresh_history_flags();
            self.toast.set(None);
        }
    }

    /// Starts a new plan in the current year and opens it, with its details form.
    pub fn new_plan(&self) {
        let lang = self.lang.get_untracked();
        let year = this_year();
        let mut plan = Plan::new(
            PlanId::new(new_id("plan-")),
            new_plan_title(lang, year),
            year,
        );
        let stamp = now();
        plan.created_at = Some(stamp.clone());
        plan.updated_at = Some(stamp);
        self.open_new(plan);
        self.dialog.set(Some(Dialog::PlanInfo));
    }

    fn open_new(&self, plan: Plan) {
        self.history.set_value(History::default());
        self.replace_current(plan);
        self.toast.set(None);
    }

    /// Copies plan `id` to the next year and opens the copy.
    pub fn copy_to_next_year(&self, id: &PlanId) {
        if let Some(plan) = self.find(id) {
            self.open_new(copy_to_year(&plan, PlanId::new(new_id("plan-")), 1, &now()));
        }
    }

    /// Duplicates plan `id` under the same year and opens the copy.
    pub fn duplicate(&self, id: &PlanId) {
        if let Some(plan) = self.find(id) {
            let title = format!(
                "{}{}",
                plan.title,
                self.lang.get_untracked().t().copy_suffix
            );
            self.open_new(duplicate(
                &plan,
                PlanId::new(new_id("plan-")),
                title,
                &now(),
            ));
        }
    }

    /// Deletes plan `id`; if it was shown, opens another (or a new sample).
    pub fn delete_plan(&self, id: &PlanId) {
        storage::delete(id.as_str());
        self.plans.update(|list| list.retain(|m| &m.id != id));
        if &self.plan.get_untracked().id == id {
            let next = self.plans.get_untracked().first().map(|m| m.id.clone());
            match next {
                Some(next) => self.open_stored(&next),
                None => self.open_new(sample_plan(this_year())),
            }
        }
    }

    fn find(&self, id: &PlanId) -> Option<Plan> {
        let current = self.plan.get_untracked();
        if &current.id == id {
            return Some(current);
        }
        storage::load_all().0.into_iter().find(|p| &p.id == id)
    }

    /// Switches the interface language and remembers it.
    pub fn set_lang(&self, lang: Lang) {
        storage::set_setting(storage::LANG_KEY, lang.tag());
        self.lang.set(lang);
    }

    /// Deletes an item and offers undo.
    pub fn delete_item(&self, id: &ItemId) {
        let title = self
            .plan
            .with_untracked(|p| p.item(id).map(|i| i.title.clone()));
        if let (Some(title), Ok(())) = (title, self.edit(Edit::DeleteItem(id.clone()))) {
            let text = super::i18n::deleted_message(self.lang.get_untracked(), &title);
            self.toast.set(Some(Toast { text, undo: true }));
        }
    }
}

/// The root state from context.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
