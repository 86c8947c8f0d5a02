//! The dialog that is open, the questions before destructive actions, and the
//! passing notice.

use crate::model::{ItemId, Plan, PlanId, SectionId};

/// The modal dialog that is open, if any.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// The activity form: editing `item`, or adding to `section` when `item` is None.
    Item {
        /// The item being edited.
        item: Option<ItemId>,
        /// The section a new item goes to.
        section: SectionId,
        /// For a new activity: its time to start with (a day clicked in the calendar).
        when: Option<crate::model::When>,
    },
    /// Recording what was done for activity `item` (from the calendar or the
    /// timeline), starting on `date`.
    Record {
        /// The activity.
        item: ItemId,
        /// The entry's date to start with.
        date: chrono::NaiveDate,
    },
    /// The plan properties form.
    PlanInfo,
    /// Printing and exporting documents.
    Documents,
    /// The print view of a document.
    Print(crate::ui::documents::print::PrintKind),
    /// The list of plans.
    Plans,
    /// The saved versions of the plan on screen.
    History,
    /// Another tab saved this plan while this one had unsaved edits.
    Conflict {
        /// The version the other tab saved.
        theirs: Box<Plan>,
        /// The version both started from, if the history still has it.
        base: Option<Box<Plan>>,
    },
    /// The holiday arrangements: adding a year's by pasting its notice or importing
    /// a holiday file, starting with `year`.
    Holidays {
        /// The year the dialog starts with.
        year: i32,
    },
    /// Importing a plan file: reading, its problems, or the preview.
    Import(Box<crate::ui::import::stage::ImportStage>),
    /// A question before something destructive.
    Confirm {
        /// The question.
        message: String,
        /// What happens on yes.
        action: Confirmed,
    },
}

/// Destructive actions that need a yes first.
#[derive(Clone, Debug, PartialEq)]
pub enum Confirmed {
    /// Delete a section with its contents.
    DeleteSection(SectionId),
    /// Delete a whole plan.
    DeletePlan(PlanId),
    /// Give an activity fixed days instead of a loosely stated time (a drop in the
    /// calendar).
    SetWhen {
        /// The activity.
        item: ItemId,
        /// Its new time.
        when: crate::model::When,
    },
}

/// A passing notice, optionally with an undo button.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    /// The text.
    pub text: String,
    /// Whether to offer undo.
    pub undo: bool,
}
