//! Small parts shared by several screens: the modal dialog's frame (modal), the
//! start and the following of a drag (press), choice lists (choices).

pub mod choices;
pub mod modal;
pub mod press;
