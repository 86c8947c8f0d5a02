//! The root state, provided once as context. Components read its signals and call
//! its commands; every change to a plan goes through [`AppState::edit`], which keeps
//! the undo history and hands the plan to the writer (`persist.rs`). Nothing here
//! runs inside an effect.

mod channel;
mod navigation;
mod offline;
mod record;
mod sync;
mod unsaved;
mod writer;

pub use sync::Resolution;

use crate::model::history::History;
use crate::model::{apply, Edit, EditError, ItemId, Plan, PlanId, SectionId};
use crate::storage::any::AnyRepository;
use crate::storage::queue::WriteQueue;
use crate::storage::{settings, Backend, Unreadable};
use crate::ui::browser::{now, this_year};
use crate::ui::i18n::Lang;
use leptos::prelude::*;
use std::rc::Rc;

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
        /// For a new activity: its time to start with (a day clicked in the calendar).
        when: Option<crate::model::When>,
    },
    /// Recording what was done for activity `item` (from the calendar or the
    /// timeline), starting on `date`.
    Record {
        /// The activity.
        item: ItemId,
        /// The entry's date to start with.
        date: chrono::NaiveDate,
    },
    /// The plan properties form.
    PlanInfo,
    /// The list of plans.
    Plans,
    /// The saved versions of the plan on screen.
    History,
    /// Another tab saved this plan while this one had unsaved edits.
    Conflict {
        /// The version the other tab saved.
        theirs: Box<Plan>,
        /// The version both started from, if the history still has it.
        base: Option<Box<Plan>>,
    },
    /// Importing a plan file: reading, its problems, or the preview.
    Import(Box<crate::ui::import::stage::ImportStage>),
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
    /// Give an activity fixed days instead of a loosely stated time (a drop in the
    /// calendar).
    SetWhen {
        /// The activity.
        item: ItemId,
        /// Its new time.
        when: crate::model::When,
    },
}

/// A passing notice, optionally with an undo button.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    /// The text.
    pub text: String,
    /// Whether to offer undo.
    pub undo: bool,
}

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

/// Which view the main area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MainView {
    /// The outline (default).
    #[default]
    Outline,
    /// The calendar.
    Calendar,
    /// The Gantt timeline.
    Timeline,
    /// Targets against progress.
    Progress,
}

/// The root state.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// False until storage is open and the plans are loaded.
    pub ready: RwSignal<bool>,
    /// Where the data lives, once known.
    pub backend: RwSignal<Option<Backend>>,
    /// Whether the browser agreed to keep the data (`navigator.storage.persist()`).
    pub persisted: RwSignal<Option<bool>>,
    /// The plan shown.
    pub plan: RwSignal<Plan>,
    /// Every plan, briefly.
    pub plans: RwSignal<Vec<PlanMeta>>,
    /// Save indicator.
    pub save: RwSignal<SaveState>,
    /// An error to show until dismissed (storage problems).
    pub error: RwSignal<Option<String>>,
    /// Whether the error notice offers a backup download (after a failed save).
    pub offer_backup: RwSignal<bool>,
    /// Stored records that could not be read, kept and offered for download.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// The passing notice.
    pub toast: RwSignal<Option<Toast>>,
    /// The open dialog.
    pub dialog: RwSignal<Option<Dialog>>,
    /// The section whose title is being edited in place.
    pub renaming: RwSignal<Option<SectionId>>,
    /// A file is being dragged over the window.
    pub dropping: RwSignal<bool>,
    /// A new version of the app is installed and waiting for a reload.
    pub update_ready: RwSignal<bool>,
    /// The view in the main area.
    pub view: RwSignal<MainView>,
    /// The calendar's view and focused day.
    pub calendar: RwSignal<crate::calendar::Focus>,
    /// The calendar's filter.
    pub filter: RwSignal<crate::calendar::Filter>,
    /// The timeline's zoom and grouping.
    pub timeline: RwSignal<crate::timeline::TimelineView>,
    /// Whether undo / redo are possible.
    pub can_undo: RwSignal<bool>,
    /// See `can_undo`.
    pub can_redo: RwSignal<bool>,
    pub(crate) history: StoredValue<History>,
    pub(crate) repo: StoredValue<Option<Rc<AnyRepository>>, LocalStorage>,
    /// Writes still owed to storage, per plan (see `storage::queue`).
    pub(crate) writer: StoredValue<WriteQueue, LocalStorage>,
    pub(crate) channel: StoredValue<Option<channel::Channel>, LocalStorage>,
    pub(crate) registration: StoredValue<Option<web_sys::ServiceWorkerRegistration>, LocalStorage>,
}

impl AppState {
    /// The state before storage is open: an empty placeholder plan, not ready.
    /// [`AppState::start`] opens storage and loads the plans.
    pub fn new() -> Self {
        let lang = settings::get(settings::LANG_KEY).map_or(Lang::Zh, |t| Lang::from_tag(&t));
        AppState {
            lang: RwSignal::new(lang),
            ready: RwSignal::new(false),
            backend: RwSignal::new(None),
            persisted: RwSignal::new(None),
            plan: RwSignal::new(Plan::new(PlanId::new(""), "", this_year())),
            plans: RwSignal::new(Vec::new()),
            save: RwSignal::new(SaveState::Saved),
            error: RwSignal::new(None),
            offer_backup: RwSignal::new(false),
            unreadable: RwSignal::new(Vec::new()),
            toast: RwSignal::new(None),
            dialog: RwSignal::new(None),
            renaming: RwSignal::new(None),
            dropping: RwSignal::new(false),
            update_ready: RwSignal::new(false),
            view: RwSignal::new(MainView::Outline),
            calendar: RwSignal::new(crate::calendar::Focus {
                view: crate::calendar::CalendarView::Month,
                day: crate::ui::browser::today(),
            }),
            filter: RwSignal::new(crate::calendar::Filter::default()),
            timeline: RwSignal::new(
                settings::get(settings::TIMELINE_KEY)
                    .and_then(|h| crate::timeline::nav::from_hash(&h))
                    .unwrap_or_default(),
            ),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            history: StoredValue::new(History::default()),
            repo: StoredValue::new_local(None),
            writer: StoredValue::new_local(WriteQueue::new()),
            channel: StoredValue::new_local(None),
            registration: StoredValue::new_local(None),
        }
    }

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
}

impl AppState {
    /// Gives activity `id` the time `when` (an undoable edit).
    pub fn set_when(&self, id: &ItemId, when: crate::model::When) {
        let item = self.plan.with_untracked(|p| p.item(id).cloned());
        if let Some(mut item) = item {
            item.when = when;
            let _ = self.edit(Edit::UpdateItem(item));
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The root state from context.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
