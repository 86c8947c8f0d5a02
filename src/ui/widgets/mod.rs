//! Small parts shared by several screens: the modal dialog's frame (modal), a form
//! field's message (field_problem), the start and the following of a drag (press),
//! choice lists (choices).

pub mod choices;
pub mod field_problem;
pub mod modal;
#[cfg(target_arch = "wasm32")]
pub mod photos;
pub mod press;
