//! Plans in from text: pasted text or Word HTML, and opened .txt and .docx files,
//! are read by the pure `text` layer and shown in the text preview; "创建计划"
//! writes the plan through the import path every plan file takes.

use crate::file::{FileKind, PlanFile};
use crate::model::{Plan, PlanId};
use crate::text::decode::{decode, Decoded, Kind};
use crate::text::docx::read_docx;
use crate::text::{read, Block, MAX_CHARS};
use crate::ui::browser::{new_id, now};
use crate::ui::i18n::Texts;
use crate::ui::import::commands::ImportMode;
use crate::ui::import::stage::ImportStage;
use crate::ui::state::{AppState, Dialog};
use leptos::prelude::*;

impl AppState {
    /// Shows the text preview of `blocks` (or why there is nothing to read).
    pub(crate) fn show_text(&self, source: String, blocks: Vec<Block>) {
        let chars: usize = blocks.iter().map(|b| b.text.chars().count()).sum();
        if chars > MAX_CHARS {
            return self.text_failed(source, |t| t.err_text_too_long);
        }
        let clock = web_sys::window().and_then(|w| w.performance());
        let started = clock.as_ref().map_or(0.0, |c| c.now());
        let reading = read(&blocks);
        // How long reading took, shown on the preview for the benchmark.
        let read_ms = clock.as_ref().map_or(0.0, |c| c.now()) - started;
        if reading.lines.is_empty() {
            return self.text_failed(source, |t| t.err_text_empty);
        }
        let stage = ImportStage::Text {
            source,
            reading: Box::new(reading),
            read_ms,
        };
        self.dialog.set(Some(Dialog::Import(Box::new(stage))));
    }

    /// An opened file that is not a plan file: a .docx, a .txt (UTF-8, UTF-16 or
    /// GBK/GB18030), or a kind not read here.
    pub(crate) fn import_document(&self, source: String, kind: Kind, bytes: &[u8]) {
        match kind {
            Kind::Docx => match read_docx(bytes) {
                Ok(blocks) => self.show_text(source, blocks),
                Err(_) => self.text_failed(source, |t| t.err_text_docx),
            },
            Kind::Foreign => self.text_failed(source, |t| t.err_text_foreign),
            Kind::Text | Kind::PlanFile => {
                let text = match decode(bytes) {
                    Decoded::Text(text) => Some(text),
                    Decoded::Gb18030 => gb18030(bytes),
                };
                match text {
                    Some(text) => self.show_text(source, crate::text::lines::text_blocks(&text)),
                    None => self.text_failed(source, |t| t.err_text_decode),
                }
            }
        }
    }

    fn text_failed(&self, source: String, message: fn(&Texts) -> &'static str) {
        let message = message(self.lang.get_untracked().t()).to_owned();
        let stage = ImportStage::TextFailed { source, message };
        self.dialog.set(Some(Dialog::Import(Box::new(stage))));
    }

    /// Creates the plan made in the text preview: a new plan, written like an
    /// imported plan file (saved, in the history, opened).
    pub fn create_from_text(&self, mut plan: Plan) {
        let stamp = now();
        plan.id = PlanId::new(new_id("plan-"));
        plan.created_at = Some(stamp.clone());
        plan.updated_at = Some(stamp);
        let file = PlanFile {
            kind: FileKind::Plan,
            plans: vec![plan],
            exported_at: None,
            holidays: Vec::new(),
        };
        self.dialog.set(None);
        self.write_import(file, vec![None], ImportMode::AsNew);
    }
}

/// Decodes GBK/GB18030 with the browser's `TextDecoder` (no encoding tables in the
/// wasm). `None` if the browser cannot, or the bytes are not GB18030 either.
fn gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}
