//! Deleting the photos nothing names any more: a while after start-up, the photos
//! kept that no stored plan, no history version and no deleted plan names are
//! deleted (`photos::unreferenced`). A record deleted now keeps its photos as long
//! as a version that holds it can be restored; photos kept in the last hour are
//! left alone (a record still being typed names its photos only when saved).

use crate::storage::Repository;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// How long after start-up the sweep runs: out of the way of the first edits.
const AFTER_START_MS: u64 = 20_000;
/// Photos kept more recently than this are never swept.
const RECENT_MS: f64 = 60.0 * 60.0 * 1000.0;

impl AppState {
    /// Schedules the sweep of photos nothing names.
    pub(crate) fn sweep_photos_later(self) {
        set_timeout(
            move || leptos::task::spawn_local(async move { self.sweep_photos().await }),
            std::time::Duration::from_millis(AFTER_START_MS),
        );
    }

    async fn sweep_photos(self) {
        let Some(repo) = self.repo.get_value() else {
            return;
        };
        // A photo kept in the last hour may belong to a record still being typed,
        // or to an import still being written: it is left alone.
        let before = js_sys::Date::now() - RECENT_MS;
        let Ok(kept) = crate::storage::photos::ids_kept_before(before).await else {
            return;
        };
        if kept.is_empty() {
            return;
        }
        // Anything that cannot be read stops the sweep: nothing is deleted on a guess.
        let Ok(listing) = repo.list().await else {
            return;
        };
        if !listing.unreadable.is_empty() {
            return;
        }
        let mut plans = listing.plans;
        // The plan on screen and writes still waiting are newer than storage.
        plans.push(self.plan.get_untracked());
        plans.extend(
            self.writer
                .with_value(crate::storage::queue::WriteQueue::unsaved),
        );
        // The undo and redo steps of this tab can bring back what was deleted in it.
        plans.extend(
            self.history
                .with_value(|h| h.plans().cloned().collect::<Vec<_>>()),
        );
        let mut ids: Vec<&crate::model::PlanId> = plans.iter().map(|p| &p.id).collect();
        ids.sort();
        ids.dedup();
        let mut texts = Vec::new();
        for id in ids {
            let Ok(versions) = repo.history(id).await else {
                return;
            };
            texts.extend(versions.into_iter().map(|v| v.json));
        }
        let Ok(deleted) = repo.deleted().await else {
            return;
        };
        texts.extend(deleted.into_iter().map(|v| v.json));
        let gone = crate::photos::unreferenced(&kept, &plans, texts.iter().map(String::as_str));
        let _ = crate::storage::photos::delete(&gone).await;
    }
}
