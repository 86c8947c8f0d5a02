//! The plans as a whole: opening storage and loading them at start, switching,
//! creating, copying, deleting, and bringing back versions and deleted plans.

use crate::model::copy::{copy_to_year, duplicate};
use crate::model::sample::{sample_plan, SAMPLE_ID};
use crate::model::{Plan, PlanId};
use crate::storage::any::AnyRepository;
use crate::storage::queue::WriteQueue;
use crate::storage::{settings, Backend, Repository};
use crate::ui::browser::{new_id, now, this_year};
use crate::ui::i18n::new_plan_title;
use crate::ui::state::{AppState, Change, Dialog, PlanMeta, SaveState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

impl AppState {
    /// Opens the best storage there is, loads the plans (or puts the sample in on
    /// first start) and shows the plan shown last.
    pub fn start(self) {
        crate::ui::shell::crash::remember(self);
        spawn_local(async move {
            let repo = Rc::new(AnyRepository::open_best().await);
            let backend = repo.backend();
            self.repo.set_value(Some(repo.clone()));
            self.backend.set(Some(backend));
            let t = self.lang.get_untracked().t();
            let listing = match repo.list().await {
                Ok(listing) => listing,
                Err(_) => {
                    self.error.set(Some(t.err_storage_load.to_owned()));
                    Default::default()
                }
            };
            self.unreadable.set(listing.unreadable.clone());
            let mut plans = listing.plans;
            let first_start = plans.is_empty();
            if first_start {
                let mut sample = sample_plan(this_year());
                // Never write over an unreadable record that happens to hold the id.
                if listing.unreadable.iter().any(|u| u.key == SAMPLE_ID) {
                    sample.id = PlanId::new(new_id("sample-"));
                }
                plans.push(sample);
            }
            plans.sort_by(|a, b| (b.year, &a.title).cmp(&(a.year, &b.title)));
            let plan = match self.recover_stash(&mut plans).await {
                Some(plan) => plan,
                None => {
                    let last = settings::get(settings::CURRENT_KEY);
                    let current = last
                        .and_then(|id| plans.iter().position(|p| p.id.as_str() == id))
                        .unwrap_or(0);
                    plans.swap_remove(current)
                }
            };
            self.plans
                .set(plans.iter().chain([&plan]).map(PlanMeta::from).collect());
            self.plans
                .update(|list| list.sort_by(|a, b| (b.year, &a.title).cmp(&(a.year, &b.title))));
            if backend == Backend::Memory {
                self.save.set(SaveState::MemoryOnly);
            }
            // The sample of a first start is new: it is saved.
            self.show_plan(plan, Change::Open { save: first_start });
            self.ready.set(true);
            self.listen();
            self.stash_on_leave();
            if crate::ui::shell::crash::wants_backup() {
                self.download_backup();
            }
            crate::ui::shell::crash::test_trigger();
            if backend != Backend::Memory {
                self.sweep_photos_later();
                self.persisted
                    .set(crate::ui::browser::request_persistence().await);
            }
        });
    }

    /// Puts an older version of the plan on screen back (an undoable edit); the
    /// stored state it replaces stays in the history.
    pub fn restore_version(&self, version: crate::storage::Version) {
        let (Some(repo), Ok(plan)) = (self.repo(), version.plan()) else {
            return;
        };
        let state = *self;
        self.dialog.set(None);
        spawn_local(async move {
            let current = state.plan.get_untracked();
            if current.id != plan.id {
                return;
            }
            let _ = repo
                .snapshot(&plan.id, crate::storage::Reason::BeforeRestore, &now())
                .await;
            state.show_plan(plan, Change::Edit);
        });
    }

    /// Brings a deleted plan back and opens it.
    pub fn restore_deleted(&self, version: crate::storage::Version) {
        if let Ok(mut plan) = version.plan() {
            // It is not stored any more: written anew.
            plan.revision = 0;
            self.dialog.set(None);
            self.open_new(plan);
        }
    }

    /// Opens the stored plan `id`; undo history starts afresh.
    pub fn switch_to(&self, id: &PlanId) {
        if &self.plan.get_untracked().id != id {
            self.open_stored(id.clone());
        }
    }

    fn open_stored(&self, id: PlanId) {
        let Some(repo) = self.repo() else { return };
        let state = *self;
        spawn_local(async move {
            // A state of this plan still waiting to be written is newer than storage.
            let plan = match state.writer.with_value(|q| q.newest(&id).cloned()) {
                Some(waiting) => waiting,
                None => {
                    let Ok(Some(stored)) = repo.load(&id).await else {
                        return;
                    };
                    // An edit may have been queued while it loaded; it is newer.
                    match state.writer.with_value(|q| q.newest(&id).cloned()) {
                        Some(waiting) => waiting,
                        None => {
                            let revision = stored.revision;
                            state.writer.update_value(|q| q.adopt(&id, revision));
                            stored
                        }
                    }
                }
            };
            state.show_fresh(plan);
        });
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

    /// Shows a plan that is stored (or waiting to be), with a fresh undo history.
    fn show_fresh(&self, plan: Plan) {
        self.show_plan(plan, Change::Open { save: false });
        self.toast.set(None);
    }

    /// Shows a new plan and saves it.
    fn open_new(&self, plan: Plan) {
        self.show_plan(plan, Change::Open { save: true });
        self.toast.set(None);
    }

    /// Runs `make` on plan `id` (the one shown, or a stored one) and opens the result.
    fn derive_from(&self, id: &PlanId, make: impl FnOnce(&Plan) -> Plan + 'static) {
        let current = self.plan.get_untracked();
        if &current.id == id {
            self.open_new(make(&current));
            return;
        }
        let (Some(repo), state, id) = (self.repo(), *self, id.clone()) else {
            return;
        };
        // A state still waiting to be written is newer than storage.
        if let Some(waiting) = self.writer.with_value(|q| q.newest(&id).cloned()) {
            return self.open_new(make(&waiting));
        }
        spawn_local(async move {
            if let Ok(Some(plan)) = repo.load(&id).await {
                state.open_new(make(&plan));
            }
        });
    }

    /// Copies plan `id` to the next year and opens the copy.
    pub fn copy_to_next_year(&self, id: &PlanId) {
        self.derive_from(id, |plan| {
            copy_to_year(plan, PlanId::new(new_id("plan-")), 1, &now())
        });
    }

    /// Duplicates plan `id` within its year and opens the copy.
    pub fn duplicate(&self, id: &PlanId) {
        let suffix = self.lang.get_untracked().t().copy_suffix;
        self.derive_from(id, move |plan| {
            let title = format!("{}{suffix}", plan.title);
            duplicate(plan, PlanId::new(new_id("plan-")), title, &now())
        });
    }

    /// Deletes plan `id` (its last state stays in its history); if it was shown,
    /// opens another, or a new sample when none is left.
    pub fn delete_plan(&self, id: &PlanId) {
        let Some(repo) = self.repo() else { return };
        let (state, id) = (*self, id.clone());
        // A write of it still waiting would bring it back.
        self.writer.update_value(|q| q.forget(&id));
        self.plans.update(|list| list.retain(|m| m.id != id));
        if self.plan.with_untracked(|p| p.id == id) {
            match self.plans.get_untracked().first() {
                Some(next) => self.open_stored(next.id.clone()),
                None => self.open_new(sample_plan(this_year())),
            }
        }
        let memory_only = self.save.get_untracked() == SaveState::MemoryOnly;
        if !memory_only {
            self.save.set(SaveState::Saving);
        }
        spawn_local(async move {
            let result = repo.delete(&id, &now()).await;
            if memory_only {
                return;
            }
            if result.is_err() {
                let t = state.lang.get_untracked().t();
                state.error.set(Some(t.err_storage_save.to_owned()));
                state.save.set(SaveState::Error);
            } else if !state.writer.with_value(WriteQueue::busy) {
                state.save.set(SaveState::Saved);
            }
        });
    }
}
