//! The last line of defence: when the page is hidden or closed while changes are
//! not yet safely stored (writes waiting or under way, or failed), the newest state
//! of every such plan is put aside synchronously in localStorage, with the state
//! whose write was under way; the next start settles each against storage
//! (`storage::stash`) and brings it back.

use crate::model::copy::duplicate;
use crate::model::{Plan, PlanId};
use crate::storage::settings;
use crate::storage::stash::{Settled, Stash};
use crate::ui::browser::{new_id, now};
use crate::ui::state::{AppState, Toast};
use leptos::ev;
use leptos::prelude::*;

const UNSAVED_KEY: &str = "jihua:unsaved";

impl AppState {
    /// Puts the newest unsaved state of every plan aside, if anything is unsaved.
    pub(crate) fn stash_unsaved(&self) {
        let stash = self.writer.with_value(|q| Stash {
            plans: q.unsaved(),
            writing: q.writing().cloned(),
        });
        if stash.plans.is_empty() {
            return;
        }
        if let Some(text) = stash.encode() {
            settings::set(UNSAVED_KEY, &text);
        }
    }

    /// Forgets the stash: everything it held is stored now.
    pub(crate) fn clear_stash(&self) {
        settings::remove(UNSAVED_KEY);
    }

    /// Stashes on `pagehide` and whenever the page is hidden.
    pub(crate) fn stash_on_leave(&self) {
        let state = *self;
        let hide = window_event_listener(ev::pagehide, move |_| state.stash_unsaved());
        let hidden = leptos::prelude::document();
        let visibility = window_event_listener(ev::visibilitychange, move |_| {
            if hidden.visibility_state() == web_sys::VisibilityState::Hidden {
                state.stash_unsaved();
            }
        });
        on_cleanup(move || {
            hide.remove();
            visibility.remove();
        });
    }

    /// At start, with the plans just loaded: stashed states are brought back and
    /// saved. One that builds on what is stored replaces it. One whose plan was
    /// saved elsewhere meanwhile is a conflict: for the plan to be shown the
    /// conflict dialog asks; any other is kept as a copy beside the stored one, so
    /// that nothing is lost either way. Returns the plan to show (the one shown
    /// last if it was stashed), taken out of `plans`.
    pub(crate) async fn recover_stash(&self, plans: &mut Vec<Plan>) -> Option<Plan> {
        let text = settings::get(UNSAVED_KEY)?;
        let stash = Stash::decode(&text);
        if stash.plans.is_empty() {
            self.clear_stash();
            return None;
        }
        let last = settings::get(settings::CURRENT_KEY);
        let mut stashed = stash.plans.clone();
        let shown_at = stashed
            .iter()
            .position(|p| Some(p.id.as_str()) == last.as_deref())
            .unwrap_or(0);
        let mut shown = stashed.remove(shown_at);
        let t = self.lang.get_untracked().t();
        for mut newest in stashed {
            let stored = plans.iter().position(|p| p.id == newest.id);
            let settled = stored.map(|i| stash.settle(&plans[i], &mut newest));
            match (stored, settled) {
                (_, Some(Settled::Stored)) => {}
                (_, Some(Settled::Conflict)) => {
                    let title = format!("{}{}", newest.title, t.copy_from_tab);
                    let copy = duplicate(&newest, PlanId::new(new_id("plan-")), title, &now());
                    plans.push(copy.clone());
                    self.persist(copy);
                }
                (Some(i), _) => {
                    plans[i] = newest.clone();
                    self.persist(newest);
                }
                (None, _) => {
                    plans.push(newest.clone());
                    self.persist(newest);
                }
            }
        }
        let stored = plans
            .iter()
            .position(|p| p.id == shown.id)
            .map(|i| plans.remove(i));
        match stored.as_ref().map(|s| (s, stash.settle(s, &mut shown))) {
            Some((_, Settled::Stored)) => {}
            Some((stored, Settled::Conflict)) => {
                // Held (and so stashed again if the page closes) until the user decides.
                let held = shown.clone();
                self.writer.update_value(|q| q.hold_conflict(held));
                self.ask_about_conflict(stored.clone(), shown.revision)
                    .await;
            }
            _ => self.persist(shown.clone()),
        }
        // Everything in it is queued or held now, and stashed again if need be.
        self.clear_stash();
        self.toast.set(Some(Toast {
            text: t.recovered_unsaved.to_owned(),
            undo: false,
        }));
        Some(shown)
    }
}
