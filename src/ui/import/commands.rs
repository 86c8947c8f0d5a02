//! Import and export commands of the root state. A file (picked, dropped or
//! pasted) is read and checked by the pure `file` layer, then shown in a preview;
//! only the user's choice there writes anything. Replacing or merging keeps the
//! stored version in the history first, and the plan on screen can be undone.

use crate::file::bundle::{
    bundle_name, looks_like_zip, photo_ids, read_bundle, write_bundle, BundleError,
    MAX_BUNDLE_BYTES,
};
use crate::file::limits::MAX_BYTES;
use crate::file::{
    merge, plan_file_name, plan_json, read_bytes, read_str, FileError, FileErrors, JsonPath,
    PlanFile, Problem,
};
use crate::model::PhotoId;
use crate::model::{Plan, PlanId};
use crate::storage::{Reason, Repository};
use crate::text::decode::{kind_of, Kind};
use crate::ui::browser::{download, download_bytes, new_id, now, now_at};
use crate::ui::i18n::{import_write_failed, imported_message};
use crate::ui::import::stage::ImportStage;
use crate::ui::import::stage::Photos;
use crate::ui::state::{AppState, Change, Dialog, SaveState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What to do with a plan of the file that is already stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep both: the file's plan gets a new id.
    AsNew,
    /// The file's version takes the place of the stored one.
    Replace,
    /// The two are merged (`file::merge`).
    Merge,
}

impl AppState {
    /// Downloads the plan on screen as a plan file.
    pub fn export_plan(&self) {
        let plan = self.plan.get_untracked();
        let t = self.lang.get_untracked().t();
        let name = plan_file_name(&plan.title, t.app_name);
        if download(&name, &plan_json(&plan, &now())).is_err() {
            self.error.set(Some(t.err_download.to_owned()));
        }
    }

    /// Downloads the plan on screen with its photos as a `.jihua.zip`; photos not
    /// kept in this browser are left out (their records still name them).
    pub fn export_bundle(&self) {
        let state = *self;
        spawn_local(async move {
            let plan = state.plan.get_untracked();
            let t = state.lang.get_untracked().t();
            let json = plan_json(&plan, &now());
            let photos = read_photos(&photo_ids([&plan])).await;
            let name = bundle_name(&plan_file_name(&plan.title, t.app_name));
            if let Err(e) = state.offer_bundle(&name, &json, &photos) {
                state.error.set(Some(e.to_owned()));
            }
        });
    }

    /// Offers `json` with `photos` as the bundle `name`; the message if it fails.
    pub(crate) fn offer_bundle(
        &self,
        name: &str,
        json: &str,
        photos: &[(PhotoId, Vec<u8>)],
    ) -> Result<(), &'static str> {
        let t = self.lang.get_untracked().t();
        let refs: Vec<(PhotoId, &[u8])> = photos
            .iter()
            .map(|(id, b)| (id.clone(), b.as_slice()))
            .collect();
        let bytes = write_bundle(json, &refs, now_at(true)).map_err(|_| t.err_export)?;
        download_bytes(name, &bytes, "application/zip").map_err(|_| t.err_download)
    }

    /// Keeps the photos that came with an import; says so if the disk is full
    /// (the plans are imported all the same; missing photos show as such).
    fn keep_imported_photos(&self, photos: Photos) {
        if photos.is_empty() {
            return;
        }
        let state = *self;
        spawn_local(async move {
            for (id, bytes) in photos.iter() {
                let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
                let options = web_sys::BlobPropertyBag::new();
                options.set_type("image/jpeg");
                let Ok(blob) =
                    web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options)
                else {
                    continue;
                };
                if let Err(e) = crate::storage::photos::put(id, &blob, None).await {
                    let t = state.lang.get_untracked().t();
                    let text = if e == crate::storage::StoreError::Quota {
                        t.photos_import_quota
                    } else {
                        t.photos_import_failed
                    };
                    state.error.set(Some(text.to_owned()));
                    return;
                }
            }
        });
    }

    /// Reads a file the user picked or dropped, then shows the preview (or why it
    /// cannot be imported).
    pub fn import_file(&self, file: web_sys::File) {
        let source = file.name();
        let size = file.size();
        // A plan with its photos may be larger than a plan file.
        let zipped = source.to_lowercase().ends_with(".zip");
        if zipped && size > MAX_BUNDLE_BYTES as f64 {
            let problem = Problem::Bundle(BundleError::TooLarge {
                max: MAX_BUNDLE_BYTES,
            });
            return self.show_import(source, Err(FileError::at(JsonPath::root(), problem).into()));
        }
        if !zipped && size > MAX_BYTES as f64 {
            let problem = Problem::TooLarge {
                bytes: size as usize,
                max: MAX_BYTES,
            };
            return self.show_import(source, Err(FileError::at(JsonPath::root(), problem).into()));
        }
        self.dialog
            .set(Some(Dialog::Import(Box::new(ImportStage::Reading))));
        let state = *self;
        spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let bytes = match read {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    let error = FileError::at(JsonPath::root(), Problem::CannotRead).into();
                    return state.show_import(source, Err(error));
                }
            };
            if zipped && looks_like_zip(&bytes) {
                return state.import_bundle(source, &bytes);
            }
            match kind_of(&source, &bytes) {
                Kind::PlanFile => state.show_import(source, read_bytes(&bytes)),
                kind => state.import_document(source, kind, &bytes),
            }
        });
    }

    /// Reads pasted text: a plan file (it starts with `{`), then its preview; else a
    /// plan's own text, then the text preview.
    pub fn import_text(&self, text: &str) {
        let source = self.lang.get_untracked().t().import_pasted.to_owned();
        if text.trim_start().starts_with('{') {
            self.show_import(source, read_str(text));
        } else {
            self.show_text(source, crate::text::lines::text_blocks(text));
        }
    }

    /// Reads a plan with its photos (`.jihua.zip`), then shows the preview.
    fn import_bundle(&self, source: String, bytes: &[u8]) {
        match read_bundle(bytes) {
            Ok(bundle) => {
                self.show_import_with(source, read_str(&bundle.plan), Arc::new(bundle.photos))
            }
            Err(e) => {
                let error = FileError::at(JsonPath::root(), Problem::Bundle(e)).into();
                self.show_import(source, Err(error))
            }
        }
    }

    pub(crate) fn show_import(&self, source: String, result: Result<PlanFile, FileErrors>) {
        self.show_import_with(source, result, Photos::default());
    }

    fn show_import_with(
        &self,
        source: String,
        result: Result<PlanFile, FileErrors>,
        photos: Photos,
    ) {
        let file = match result {
            Ok(file) => file,
            Err(errors) => {
                let stage = ImportStage::Failed { source, errors };
                return self.dialog.set(Some(Dialog::Import(Box::new(stage))));
            }
        };
        let state = *self;
        spawn_local(async move {
            let current = state.plan.get_untracked();
            let repo = state.repo.get_value();
            let mut stored = Vec::with_capacity(file.plans.len());
            for plan in &file.plans {
                // The plan on screen may be ahead of storage; compare with what the user sees.
                let found = if plan.id == current.id {
                    Some(current.clone())
                } else if let Some(repo) = &repo {
                    repo.load(&plan.id).await.ok().flatten()
                } else {
                    None
                };
                stored.push(found);
            }
            let stage = ImportStage::Preview {
                source,
                file,
                stored,
                photos,
            };
            state.dialog.set(Some(Dialog::Import(Box::new(stage))));
        });
    }

    /// Carries out the import shown in the preview: plans not stored yet are added
    /// as they are; stored ones are handled by `mode`. Every plan goes through the
    /// writer like any other change (a failed write is reported and kept there).
    pub fn confirm_import(&self, mode: ImportMode) {
        let Some(Dialog::Import(stage)) = self.dialog.get_untracked() else {
            return;
        };
        let ImportStage::Preview {
            file,
            stored,
            photos,
            ..
        } = *stage
        else {
            return;
        };
        self.dialog.set(None);
        self.write_import(file, stored, mode);
        self.keep_imported_photos(photos);
    }

    /// Writes the plans of `file`: those not stored yet as they are, stored ones by
    /// `mode`; the one path every import takes (plan files and plans from text).
    pub(crate) fn write_import(&self, file: PlanFile, stored: Vec<Option<Plan>>, mode: ImportMode) {
        let Some(repo) = self.repo.get_value() else {
            return;
        };
        // Saving starts now (a copy of the stored version is kept first).
        if self.save.get_untracked() != SaveState::MemoryOnly {
            self.save.set(SaveState::Saving);
        }
        self.add_missing_arrangements(&file.holidays);
        let state = *self;
        spawn_local(async move {
            let at = now();
            let current_id = state.plan.with_untracked(|p| p.id.clone());
            let (mut done, mut failed, mut first) = (Vec::new(), Vec::new(), None);
            for (incoming, stored) in file.plans.into_iter().zip(stored) {
                let title = incoming.title.clone();
                let plan = match (&stored, mode) {
                    (None, _) => incoming,
                    (Some(_), ImportMode::AsNew) => Plan {
                        id: PlanId::new(new_id("plan-")),
                        revision: 0,
                        ..incoming
                    },
                    (Some(s), ImportMode::Replace) => Plan {
                        revision: s.revision,
                        ..incoming
                    },
                    (Some(s), ImportMode::Merge) => Plan {
                        revision: s.revision,
                        updated_at: Some(at.clone()),
                        ..merge(s, &incoming)
                    },
                };
                let over_stored = stored.is_some() && mode != ImportMode::AsNew;
                if over_stored
                    && repo
                        .snapshot(&plan.id, Reason::BeforeImport, &at)
                        .await
                        .is_err()
                {
                    // Without the version kept, nothing is written over it.
                    failed.push(title);
                    continue;
                }
                first.get_or_insert_with(|| plan.id.clone());
                if plan.id == current_id {
                    // Undoable like an edit.
                    state.show_plan(plan, Change::Edit);
                } else {
                    state.save_plan(plan);
                }
                done.push(title);
            }
            if !state
                .writer
                .with_value(crate::storage::queue::WriteQueue::busy)
            {
                state.after_writes();
            }
            let lang = state.lang.get_untracked();
            if !failed.is_empty() {
                state.error.set(Some(import_write_failed(lang, &failed)));
            }
            if done.is_empty() {
                return;
            }
            // A single plan is opened; after a backup the plan on screen stays.
            if file.kind == crate::file::FileKind::Plan {
                if let Some(id) = first {
                    state.switch_to(&id);
                }
            }
            let text = imported_message(lang, &done);
            state
                .toast
                .set(Some(crate::ui::state::Toast { text, undo: false }));
        });
    }

    /// Window-level drag and drop and paste of plan files. Drags that carry no
    /// file (reordering rows) and pastes into text fields are left alone.
    pub(crate) fn accept_dropped_files(self) {
        let has_files = |ev: &web_sys::DragEvent| {
            ev.data_transfer().is_some_and(|dt| {
                dt.types()
                    .iter()
                    .any(|t| t.as_string().as_deref() == Some("Files"))
            })
        };
        // Not over a form with unsaved input, a question or the conflict dialog.
        let busy = move || {
            !matches!(
                self.dialog.get_untracked(),
                None | Some(Dialog::Import(_) | Dialog::Plans | Dialog::History)
            )
        };
        let over = window_event_listener(leptos::ev::dragover, move |ev| {
            if has_files(&ev) && !busy() {
                ev.prevent_default();
                if let Some(dt) = ev.data_transfer() {
                    dt.set_drop_effect("copy");
                }
                if !self.dropping.get_untracked() {
                    self.dropping.set(true);
                }
            }
        });
        let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
            // Leaving the window: no element is entered next.
            if ev.related_target().is_none() {
                self.dropping.set(false);
            }
        });
        let drop = window_event_listener(leptos::ev::drop, move |ev| {
            self.dropping.set(false);
            if !has_files(&ev) || busy() {
                return;
            }
            ev.prevent_default();
            if let Some(file) = ev
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|f| f.get(0))
            {
                self.import_file(file);
            }
        });
        let paste = window_event_listener(leptos::ev::paste, move |ev| {
            let in_text = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        || el.closest("[contenteditable]").ok().flatten().is_some()
                });
            if in_text || busy() || !self.ready.get_untracked() {
                return;
            }
            let Some(data) = ev.clipboard_data() else {
                return;
            };
            if let Some(file) = data.files().and_then(|f| f.get(0)) {
                ev.prevent_default();
                return self.import_file(file);
            }
            let text = data.get_data("text/plain").unwrap_or_default();
            let html = data.get_data("text/html").unwrap_or_default();
            if text.trim().is_empty() && html.trim().is_empty() {
                return;
            }
            ev.prevent_default();
            // A plan file as text; else a plan's text, with Word's structure when the
            // clipboard has it.
            if text.trim_start().starts_with('{') || html.trim().is_empty() {
                return self.import_text(&text);
            }
            let source = self.lang.get_untracked().t().import_pasted.to_owned();
            match crate::ui::import::html::html_blocks(&html) {
                Some(blocks) => self.show_text(source, blocks),
                None => self.import_text(&text),
            }
        });
        on_cleanup(move || {
            over.remove();
            leave.remove();
            drop.remove();
            paste.remove();
        });
    }
}

/// The stored images of photos `ids`, those kept in this browser.
pub(crate) async fn read_photos(ids: &[PhotoId]) -> Vec<(PhotoId, Vec<u8>)> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let Ok(Some(photo)) = crate::storage::photos::get(id).await else {
            continue;
        };
        let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(photo.blob.array_buffer()).await
        else {
            continue;
        };
        out.push((id.clone(), js_sys::Uint8Array::new(&buffer).to_vec()));
    }
    out
}
