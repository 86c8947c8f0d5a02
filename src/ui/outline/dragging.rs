//! What the outline is dragging to reorder: shared by the section rows and the
//! activity rows.

use crate::model::{ItemId, SectionId};

/// What is being dragged.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Dragging {
    /// An activity.
    Item(ItemId),
    /// A section.
    Section(SectionId),
}
