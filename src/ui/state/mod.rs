//! The root state, provided once as context. Components read its signals and call
//! its commands, which live in this folder, one concern a file:
//!
//! - `plan`: edits, undo and redo of the plan on screen, and [`AppState::show_plan`],
//!   the one way a whole plan replaces it;
//! - `writer`: the writes to storage, one at a time through `storage::queue`;
//! - `plans`: start-up, switching, new, copies, deletion, versions;
//! - `sync` and `channel`: other tabs; `unsaved`: the stash when the page closes;
//! - `dialog`: which dialog is open; `navigation`: the view and the URL hash;
//! - `record`: recording progress; `offline`: the service worker;
//! - `almanac`: the calendar's layers and the holiday arrangements the user added.
//!
//! Nothing here runs inside an effect.

mod almanac;
mod calendar_drop;
mod channel;
mod dialog;
mod navigation;
mod offline;
mod photo_sweep;
mod plan;
mod plans;
mod record;
mod sync;
mod unsaved;
mod writer;

pub use dialog::{Confirmed, Dialog, Toast};
pub use plan::Change;
pub use sync::Resolution;

use crate::model::history::History;
use crate::model::{Plan, PlanId, SectionId};
use crate::storage::any::AnyRepository;
use crate::storage::queue::WriteQueue;
use crate::storage::{settings, Backend, Unreadable};
use crate::ui::browser::this_year;
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
    /// Which almanac layers the calendar shows.
    pub shown: RwSignal<crate::almanac::Shown>,
    /// Festivals and holidays, with the arrangements the user added.
    pub almanac: RwSignal<crate::almanac::Almanac>,
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
        let (shown, almanac) = almanac::load();
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
            shown: RwSignal::new(shown),
            almanac: RwSignal::new(almanac),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            history: StoredValue::new(History::default()),
            repo: StoredValue::new_local(None),
            writer: StoredValue::new_local(WriteQueue::new()),
            channel: StoredValue::new_local(None),
            registration: StoredValue::new_local(None),
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
