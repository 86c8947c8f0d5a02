//! The plan on screen: edits, undo and redo, and the one way a whole plan replaces
//! it ([`AppState::show_plan`]), which decides what happens to the undo history and
//! hands the plan to the writer.

use crate::model::history::History;
use crate::model::{apply, Edit, EditError, ItemId, Plan};
use crate::storage::settings;
use crate::ui::browser::now;
use crate::ui::i18n::Lang;
use crate::ui::state::{AppState, PlanMeta, Toast};
use leptos::prelude::*;

/// How a whole plan comes onto the screen: every replacement of the plan shown goes
/// through [`AppState::show_plan`] with one of these, which decides what happens to
/// the undo history and whether the plan is saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// An undoable change of the plan shown (an edit, an import over it, a restored
    /// version): the state before it is recorded for undo, and the result saved.
    Edit,
    /// An undo or redo step (the history has already moved): saved.
    Step,
    /// Another plan opened, or a new one made (new, duplicate, copy to next year,
    /// import as new, a deleted plan brought back): the undo history starts afresh;
    /// saved when `save`.
    Open {
        /// Whether the plan still has to be written.
        save: bool,
    },
    /// The stored version at `revision` (another tab's save, or theirs after a
    /// conflict): the undo history starts afresh; anything this tab still owed for
    /// the plan is dropped, and later writes build on `revision`.
    Stored {
        /// The stored revision.
        revision: u64,
    },
}

impl AppState {
    /// Applies `edit` to the current plan, records it for undo and saves. A refused
    /// edit changes nothing and is explained in the error notice.
    pub fn edit(&self, edit: Edit) -> Result<(), EditError> {
        let before = self.plan.get_untracked();
        let mut after = before.clone();
        if let Err(e) = apply(&mut after, edit, &now()) {
            let lang = self.lang.get_untracked();
            self.error.set(Some(crate::ui::i18n::edit_error(lang, &e)));
            return Err(e);
        }
        self.show_plan(after, Change::Edit);
        Ok(())
    }

    /// Steps back one edit.
    pub fn undo(&self) {
        let current = self.plan.get_untracked();
        if let Some(previous) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.show_plan(previous, Change::Step);
        }
    }

    /// Steps forward one undone edit.
    pub fn redo(&self) {
        let current = self.plan.get_untracked();
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.show_plan(next, Change::Step);
        }
    }

    pub(crate) fn refresh_history_flags(&self) {
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
    }

    /// The one way a whole plan replaces the plan shown; `change` says what it
    /// means for undo and saving (see [`Change`]).
    pub(crate) fn show_plan(&self, plan: Plan, change: Change) {
        match change {
            Change::Edit => {
                let before = self.plan.get_untracked();
                if before.id == plan.id {
                    self.history.update_value(|h| h.record(before));
                } else {
                    self.history.set_value(History::default());
                }
                self.save_plan(plan.clone());
            }
            Change::Step => self.save_plan(plan.clone()),
            Change::Open { save } => {
                self.history.set_value(History::default());
                if save {
                    self.save_plan(plan.clone());
                } else {
                    self.list_plan(&plan);
                }
            }
            Change::Stored { revision } => {
                self.history.set_value(History::default());
                self.writer.update_value(|q| {
                    q.forget(&plan.id);
                    q.adopt(&plan.id, revision);
                });
                self.list_plan(&plan);
            }
        }
        settings::set(settings::CURRENT_KEY, plan.id.as_str());
        self.plan.set(plan);
        self.refresh_history_flags();
    }

    /// Saves `plan`, shown or not, and lists it in the plans list.
    pub(crate) fn save_plan(&self, plan: Plan) {
        self.list_plan(&plan);
        self.persist(plan);
    }

    /// Puts `plan`'s current title and size into the plans list.
    pub(crate) fn list_plan(&self, plan: &Plan) {
        let meta = PlanMeta::from(plan);
        // Most edits leave the title and year alone: then the list is not touched.
        self.plans
            .maybe_update(|list| match list.iter_mut().find(|m| m.id == meta.id) {
                Some(slot) if *slot == meta => false,
                Some(slot) => {
                    *slot = meta;
                    true
                }
                None => {
                    list.push(meta);
                    true
                }
            });
    }

    /// Switches the interface language and remembers it.
    pub fn set_lang(&self, lang: Lang) {
        settings::set(settings::LANG_KEY, lang.tag());
        self.lang.set(lang);
    }

    /// Deletes an item and offers undo.
    pub fn delete_item(&self, id: &ItemId) {
        let title = self
            .plan
            .with_untracked(|p| p.item(id).map(|i| i.title.clone()));
        if let (Some(title), Ok(())) = (title, self.edit(Edit::DeleteItem(id.clone()))) {
            let text = crate::ui::i18n::deleted_message(self.lang.get_untracked(), &title);
            self.toast.set(Some(Toast { text, undo: true }));
        }
    }

    /// Gives activity `id` the time `when` (an undoable edit).
    pub fn set_when(&self, id: &ItemId, when: crate::model::When) {
        let item = self.plan.with_untracked(|p| p.item(id).cloned());
        if let Some(mut item) = item {
            item.when = when;
            let _ = self.edit(Edit::UpdateItem(item));
        }
    }
}
