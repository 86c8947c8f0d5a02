//! Where the user is: the view and its place in the URL hash, and opening the
//! activity form (for an activity, or a new one on a day).

use crate::calendar::nav::{from_hash, to_hash};
use crate::model::{ItemId, When};
use crate::ui::state::{AppState, Dialog, MainView};
use chrono::NaiveDate;
use leptos::prelude::*;

impl AppState {
    /// Takes the view, focused day and filter from the URL hash, if it names the
    /// calendar (at start and when the user edits or follows a link).
    pub(crate) fn follow_hash(&self) {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(view) = crate::timeline::nav::from_hash(&hash) {
            self.timeline.set(view);
            self.view.set(MainView::Timeline);
            return;
        }
        match from_hash(&hash, crate::ui::browser::today()) {
            Some((focus, filter)) => {
                self.calendar.set(focus);
                self.filter.set(filter);
                self.view.set(MainView::Calendar);
            }
            None if hash.is_empty() || hash == "#outline" => self.view.set(MainView::Outline),
            None if hash == "#progress" => self.view.set(MainView::Progress),
            None => {}
        }
    }

    /// Writes the current view into the URL hash (without a new history entry).
    pub(crate) fn write_hash(&self) {
        let hash = match self.view.get() {
            MainView::Outline => "#outline".to_owned(),
            MainView::Calendar => to_hash(&self.calendar.get(), &self.filter.get()),
            MainView::Timeline => crate::timeline::nav::to_hash(&self.timeline.get()),
            MainView::Progress => "#progress".to_owned(),
        };
        if window().location().hash().ok().as_deref() != Some(hash.as_str()) {
            if let Ok(history) = window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
            }
        }
    }

    /// Opens the form for a new activity on `day`, in the plan's first section.
    pub fn create_on(&self, day: NaiveDate) {
        let first = self
            .plan
            .with_untracked(|p| p.children_of(None).first().map(|s| s.id.clone()));
        match first {
            Some(section) => self.dialog.set(Some(Dialog::Item {
                item: None,
                section,
                when: Some(When::Date { date: day }),
            })),
            None => self.error.set(Some(
                self.lang.get_untracked().t().cal_no_section.to_owned(),
            )),
        }
    }

    /// Opens the form of activity `id`.
    pub fn open_item(&self, id: &ItemId) {
        let section = self
            .plan
            .with_untracked(|p| p.item(id).map(|i| i.section.clone()));
        if let Some(section) = section {
            self.dialog.set(Some(Dialog::Item {
                item: Some(id.clone()),
                section,
                when: None,
            }));
        }
    }
}
