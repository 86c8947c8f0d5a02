//! Recording progress: an entry for an activity (from the record dialog, the
//! calendar or the timeline), "+1" today from the outline, and opening the record
//! dialog. Each is an undoable edit through `AppState::edit`.

use crate::model::{ItemId, ProgressEntry};
use crate::ui::state::AppState;
use leptos::prelude::*;

impl AppState {
    /// Records `entry` for activity `id` (an undoable edit), and announces the new
    /// tally with an undo button. False if the edit was refused (the activity is
    /// gone; the error notice says why).
    pub fn record(&self, id: &ItemId, entry: ProgressEntry) -> bool {
        let Some(mut item) = self.plan.with_untracked(|p| p.item(id).cloned()) else {
            return false;
        };
        let amount = entry.amount;
        item.progress.push(entry);
        let tally = item.target.as_ref().map(|t| {
            crate::ui::i18n::tally_label(
                crate::model::target::tally(&item.progress),
                t.quantity,
                &t.unit,
            )
        });
        let title = item.title.clone();
        if self.edit(crate::model::Edit::UpdateItem(item)).is_err() {
            return false;
        }
        let lang = self.lang.get_untracked();
        let text =
            crate::ui::i18n::recorded_message(lang, &title, amount, &tally.unwrap_or_default());
        self.toast
            .set(Some(crate::ui::state::Toast { text, undo: true }));
        true
    }

    /// Records one more occasion of activity `id` today ("+1").
    pub fn plus_one(&self, id: &ItemId) {
        self.record(
            id,
            ProgressEntry::new(
                crate::model::EntryId::new(crate::ui::browser::new_id("e-")),
                crate::ui::browser::today(),
                1.0,
            ),
        );
    }

    /// Opens the record dialog of activity `id`, with `date` to start with.
    pub fn open_record(&self, id: &ItemId, date: chrono::NaiveDate) {
        self.dialog.set(Some(crate::ui::state::Dialog::Record {
            item: id.clone(),
            date,
        }));
    }
}
