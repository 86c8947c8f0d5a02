//! Plans in: a plan file picked, dropped or pasted is read and checked, shown in a
//! preview, and written only when the user chooses there. The commands are on the
//! root state (`commands`); the dialogs render the stages (`dialog`). A plan's own
//! text (pasted, .txt, .docx) goes through the text preview (`text`, `html`,
//! `text_preview`) to the same write.

pub mod commands;
pub mod dialog;
pub mod html;
pub mod stage;
pub mod text;
pub mod text_preview;
