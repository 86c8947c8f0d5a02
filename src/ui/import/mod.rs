//! Plans in: a plan file picked, dropped or pasted is read and checked, shown in a
//! preview, and written only when the user chooses there. The commands are on the
//! root state (`commands`); the dialogs render the stages (`dialog`).

pub mod commands;
pub mod dialog;
pub mod stage;
