//! The storage side of the root state: opening storage and loading the plans, the
//! writer that saves every change (one write at a time, each on the revision the
//! last one returned), and the plan-level commands that read or delete stored plans.

use crate::model::Plan;
use crate::storage::any::AnyRepository;
use crate::storage::queue::{Outcome, WriteQueue};
use crate::storage::{Repository, StoreError};
use crate::ui::browser::now;
use crate::ui::state::{AppState, SaveState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

impl AppState {
    /// The storage, once it is open.
    pub(crate) fn repo(&self) -> Option<Rc<AnyRepository>> {
        self.repo.get_value()
    }

    /// Queues `plan` to be written (replacing any older state of the same plan
    /// still waiting) and starts the writer if it is idle.
    pub(crate) fn persist(&self, plan: Plan) {
        if self.repo().is_none() {
            return;
        }
        self.writer.update_value(|q| q.push(plan));
        if self.save.get_untracked() != SaveState::MemoryOnly {
            self.save.set(SaveState::Saving);
        }
        self.pump();
    }

    /// Starts the next write if none is under way. Each finished write starts the
    /// next one, so writes go one at a time, each on the revision the last write of
    /// its plan returned.
    fn pump(&self) {
        let Some(repo) = self.repo() else { return };
        let Some(job) = self.writer.try_update_value(|q| q.next_write()).flatten() else {
            return;
        };
        let state = *self;
        spawn_local(async move {
            let result = repo.save(&job, &now()).await;
            match state.writer.try_update_value(|q| q.finish(result)) {
                Some(Outcome::Saved { revision }) => state.announce(&job.id, revision),
                Some(Outcome::Conflict) => state.open_conflict(job.id.clone()),
                Some(Outcome::Failed(e)) => state.report_failed_write(&e),
                None => {}
            }
            if state.writer.with_value(WriteQueue::busy) {
                state.pump();
            } else {
                state.after_writes();
            }
        });
    }

    fn report_failed_write(&self, e: &StoreError) {
        if self.save.get_untracked() == SaveState::MemoryOnly {
            return;
        }
        let t = self.lang.get_untracked().t();
        let message = match e {
            StoreError::Quota => t.err_quota,
            _ => t.err_storage_save,
        };
        self.error.set(Some(message.to_owned()));
        self.offer_backup.set(true);
    }

    /// Every write is done: saved, or an error if one is held back (a failure is
    /// explained in the error notice, a conflict by its dialog).
    pub(crate) fn after_writes(&self) {
        if self.save.get_untracked() == SaveState::MemoryOnly {
            return;
        }
        if self.writer.with_value(WriteQueue::has_held) {
            self.save.set(SaveState::Error);
        } else {
            self.save.set(SaveState::Saved);
            self.clear_stash();
        }
    }

    /// Downloads a backup of every plan, with the plan on screen and every state not
    /// yet stored as they are now (newer than storage while writes wait or failed);
    /// a `.jihua.zip` with the photos when records have any.
    pub fn download_backup(&self) {
        let state = *self;
        spawn_local(async move {
            let mut newer = state.writer.with_value(WriteQueue::unsaved);
            let current = state.plan.get_untracked();
            newer.retain(|p| p.id != current.id);
            newer.insert(0, current);
            let mut plans = match state.repo() {
                Some(repo) => repo.list().await.map(|l| l.plans).unwrap_or_default(),
                None => Vec::new(),
            };
            plans.retain(|p| !newer.iter().any(|n| n.id == p.id));
            newer.append(&mut plans);
            let plans = newer;
            let holidays = state.almanac.with_untracked(|a| a.holidays.added());
            let text = crate::file::backup_json_with(&plans, &holidays, &now());
            let name = crate::file::backup_file_name(&crate::ui::browser::today_iso());
            // With photos, the backup is a bundle that carries them.
            let ids = crate::file::bundle::photo_ids(&plans);
            if !ids.is_empty() {
                let photos = crate::ui::import::commands::read_photos(&ids).await;
                let name = crate::file::bundle::bundle_name(&name);
                if let Err(e) = state.offer_bundle(&name, &text, &photos) {
                    state.error.set(Some(e.to_owned()));
                }
                return;
            }
            if crate::ui::browser::download(&name, &text).is_err() {
                state
                    .error
                    .set(Some(state.lang.get_untracked().t().err_download.to_owned()));
            }
        });
    }
}
