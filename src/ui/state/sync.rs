//! Tabs of one browser keep each other informed: after every save a tab says so on
//! a BroadcastChannel; a tab showing the same plan with nothing of its own waiting
//! to be saved loads the new version, and a tab that does have unsaved edits finds
//! out at its next save (a revision conflict) and asks the user what to keep.

use super::channel::Channel;
use crate::model::copy::duplicate;
use crate::model::{Plan, PlanId};
use crate::storage::queue::WriteQueue;
use crate::storage::{Reason, Repository};
use crate::ui::browser::{new_id, now};
use crate::ui::state::{AppState, Change, Dialog, SaveState, Toast};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

const CHANNEL: &str = "jihua";

/// What a tab announces after a save.
#[derive(Serialize, Deserialize)]
struct Saved {
    tab: String,
    plan: String,
    revision: u64,
}

/// The user's answer to a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Save this tab's version over the other one (which goes to history).
    KeepMine,
    /// Drop this tab's edits and show the other version.
    KeepTheirs,
    /// Save this tab's version as a new plan, then show the other version.
    SaveMineAsCopy,
}

impl AppState {
    /// Joins the channel. Browsers without BroadcastChannel simply do not hear
    /// other tabs; revision checks still prevent any overwrite.
    pub(crate) fn listen(&self) {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
            return;
        };
        let tab = new_id("tab-");
        let (state, me) = (*self, tab.clone());
        let listener =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let text = ev.data().as_string().unwrap_or_default();
                if let Ok(saved) = serde_json::from_str::<Saved>(&text) {
                    if saved.tab != me {
                        state.on_remote_save(PlanId::new(saved.plan), saved.revision);
                    }
                }
            });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        self.channel.set_value(Some(Channel {
            channel,
            tab,
            _listener: listener,
        }));
    }

    /// Tells the other tabs that plan `id` is stored at `revision`.
    pub(crate) fn announce(&self, id: &PlanId, revision: u64) {
        self.channel.with_value(|c| {
            if let Some(c) = c {
                let saved = Saved {
                    tab: c.tab.clone(),
                    plan: id.0.clone(),
                    revision,
                };
                if let Ok(text) = serde_json::to_string(&saved) {
                    let _ = c.channel.post_message(&JsValue::from_str(&text));
                }
            }
        });
    }

    fn on_remote_save(&self, id: PlanId, revision: u64) {
        let Some(repo) = self.repo.get_value() else {
            return;
        };
        let state = *self;
        spawn_local(async move {
            let Ok(Some(theirs)) = repo.load(&id).await else {
                return;
            };
            state.plans.update(|list| {
                if let Some(meta) = list.iter_mut().find(|m| m.id == id) {
                    *meta = (&theirs).into();
                } else {
                    list.push((&theirs).into());
                }
            });
            let shown = state.plan.with_untracked(|p| p.id == id);
            let (known, owes) = state.writer.with_value(|q| (q.base(&id), q.owes(&id)));
            let behind = known.unwrap_or(0) < revision;
            if shown
                && behind
                && !owes
                && state
                    .dialog
                    .with_untracked(|d| !matches!(d, Some(Dialog::Conflict { .. })))
            {
                let revision = theirs.revision;
                state.show_plan(theirs, Change::Stored { revision });
                let text = state.lang.get_untracked().t().remote_loaded.to_owned();
                state.toast.set(Some(Toast { text, undo: false }));
            }
        });
    }

    /// A save of plan `id` was refused because another tab saved first: fetch that
    /// version and ask the user which to keep.
    pub(crate) fn open_conflict(&self, id: PlanId) {
        let Some(repo) = self.repo.get_value() else {
            return;
        };
        let state = *self;
        spawn_local(async move {
            let Ok(Some(theirs)) = repo.load(&id).await else {
                return;
            };
            // The version this tab started from, to tell whose change is whose.
            if state.plan.with_untracked(|p| p.id != id) {
                return;
            }
            let Some(ours) = state.writer.with_value(|q| q.base(&id)) else {
                return;
            };
            state.ask_about_conflict(theirs, ours).await;
        });
    }

    /// Opens the conflict dialog between the plan on screen, based on revision
    /// `ours`, and the stored `theirs`. The version both started from is looked up
    /// in the history, so that each side's own changes can be told apart.
    pub(crate) async fn ask_about_conflict(&self, theirs: Plan, ours: u64) {
        let history = match self.repo.get_value() {
            Some(repo) => repo.history(&theirs.id).await.unwrap_or_default(),
            None => Vec::new(),
        };
        let base = history
            .into_iter()
            .find(|v| v.revision == ours)
            .and_then(|v| v.plan().ok())
            .map(Box::new);
        let theirs = Box::new(theirs);
        self.dialog.set(Some(Dialog::Conflict { theirs, base }));
    }

    /// Carries out the user's answer to a conflict with `theirs`.
    pub fn resolve_conflict(&self, theirs: Plan, choice: Resolution) {
        let Some(repo) = self.repo.get_value() else {
            return;
        };
        let mine = self.plan.get_untracked();
        let state = *self;
        self.dialog.set(None);
        self.error.set(None);
        self.save.set(SaveState::Saving);
        spawn_local(async move {
            let revision = theirs.revision;
            match choice {
                Resolution::KeepMine => {
                    let _ = repo
                        .snapshot(&theirs.id, Reason::BeforeReplace, &now())
                        .await;
                    // Written over theirs, which stays in the history.
                    state.writer.update_value(|q| q.adopt(&theirs.id, revision));
                    state.persist(mine);
                }
                Resolution::KeepTheirs | Resolution::SaveMineAsCopy => {
                    if choice == Resolution::SaveMineAsCopy {
                        let suffix = state.lang.get_untracked().t().copy_from_tab;
                        let title = format!("{}{suffix}", mine.title);
                        let copy = duplicate(&mine, PlanId::new(new_id("plan-")), title, &now());
                        state.save_plan(copy);
                    }
                    state.show_plan(theirs, Change::Stored { revision });
                    if !state.writer.with_value(WriteQueue::busy) {
                        state.after_writes();
                    }
                }
            }
        });
    }
}
