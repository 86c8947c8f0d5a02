//! The calendar's almanac: which layers are shown, and the holiday arrangements the
//! user added (kept in the settings as a holiday file, and carried by backups).

use super::{AppState, Toast};
use crate::almanac::{holiday_file_json, read_holiday_file, Almanac, Arrangement, Shown};
use crate::storage::settings;
use leptos::prelude::*;

/// The layers and the almanac as the settings left them.
pub(super) fn load() -> (Shown, Almanac) {
    let shown = settings::get(settings::ALMANAC_KEY)
        .map(|s| Shown::from_setting(&s))
        .unwrap_or_default();
    // A setting that no longer reads (edited by hand, cut short) is left alone
    // rather than overwritten: it stays there until the user saves a year again.
    let added = settings::get(settings::HOLIDAYS_KEY)
        .and_then(|text| read_holiday_file(&text).ok())
        .unwrap_or_default();
    (shown, Almanac::new(&added))
}

impl AppState {
    /// Shows or hides the calendar's layers, and remembers the choice.
    pub fn set_shown(&self, shown: Shown) {
        self.shown.set(shown);
        settings::set(settings::ALMANAC_KEY, &shown.to_setting());
    }

    /// Replaces the user's added arrangements with `added`, if the settings can keep
    /// them; else says so and changes nothing.
    fn keep_added(&self, added: Vec<Arrangement>) -> bool {
        let text = holiday_file_json(&added);
        if !settings::set_checked(settings::HOLIDAYS_KEY, &text) {
            let t = self.lang.get_untracked().t();
            self.error.set(Some(t.err_holidays_save.to_owned()));
            return false;
        }
        self.almanac.set(Almanac::new(&added));
        true
    }

    /// Adds (or replaces) the arrangement of one year. True if it was kept.
    pub fn save_arrangement(&self, arrangement: Arrangement) -> bool {
        let year = arrangement.year;
        let mut added = self.almanac.with_untracked(|a| a.holidays.added());
        added.retain(|a| a.year != year);
        added.push(arrangement);
        added.sort_by_key(|a| a.year);
        let kept = self.keep_added(added);
        if kept {
            let text = crate::ui::i18n::holidays_saved(self.lang.get_untracked(), year);
            self.toast.set(Some(Toast { text, undo: false }));
        }
        kept
    }

    /// Removes the user's arrangement of `year` (a shipped one shows again).
    pub fn remove_arrangement(&self, year: i32) {
        let mut added = self.almanac.with_untracked(|a| a.holidays.added());
        added.retain(|a| a.year != year);
        self.keep_added(added);
    }

    /// Adds the arrangements of a backup for the years the user has none of: an
    /// import never overwrites a year the user added here.
    pub fn add_missing_arrangements(&self, incoming: &[Arrangement]) {
        let mut added = self.almanac.with_untracked(|a| a.holidays.added());
        let before = added.len();
        for a in incoming {
            if !added.iter().any(|x| x.year == a.year) {
                added.push(a.clone());
            }
        }
        if added.len() > before {
            added.sort_by_key(|a| a.year);
            self.keep_added(added);
        }
    }
}
