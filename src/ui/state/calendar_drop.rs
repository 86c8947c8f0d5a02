//! Dropping an activity on a day of the calendar: the same edit as the form's, and
//! a question first when a loosely stated time would become a fixed day.

use crate::calendar::moves::{moved, needs_confirmation, resized};
use crate::model::ItemId;
use crate::ui::i18n::{confirm_fix_day, when_label};
use crate::ui::state::{AppState, Confirmed, Dialog};
use chrono::NaiveDate;
use leptos::prelude::*;

impl AppState {
    /// Finishes a drag in the calendar of activity `item`, grabbed on day `grabbed`
    /// (moving it, or its last day when `resize`) and dropped on `day`: the same edit as a form would
    /// make (undoable, saved); a loosely stated time is fixed only after a question.
    pub(crate) fn drop_on(&self, item: &ItemId, grabbed: NaiveDate, resize: bool, day: NaiveDate) {
        let Some(item) = self.plan.with_untracked(|p| p.item(item).cloned()) else {
            return;
        };
        let when = if resize {
            resized(&item.when, day)
        } else {
            moved(&item.when, grabbed, day)
        };
        let Some(when) = when.filter(|w| *w != item.when) else {
            return;
        };
        if !resize && needs_confirmation(&item.when) {
            let lang = self.lang.get_untracked();
            let year = self.plan.with_untracked(|p| p.year);
            let message = confirm_fix_day(
                lang,
                &item.title,
                &when_label(lang, &item.when, year),
                &when_label(lang, &when, year),
            );
            self.dialog.set(Some(Dialog::Confirm {
                message,
                action: Confirmed::SetWhen {
                    item: item.id,
                    when,
                },
            }));
        } else {
            self.set_when(&item.id, when);
        }
    }
}
