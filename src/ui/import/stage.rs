//! Where an import stands, as the import dialog shows it.

use crate::model::{PhotoId, Plan};

/// Photos read from a bundle, shared rather than copied with the dialog's state.
pub type Photos = std::sync::Arc<Vec<(PhotoId, Vec<u8>)>>;

/// Where an import stands. Nothing is written before the user chooses in the
/// preview.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportStage {
    /// The file is being read.
    Reading,
    /// The file cannot be imported; `errors` says why.
    Failed {
        /// The file name, or "pasted content".
        source: String,
        /// The problems.
        errors: crate::file::FileErrors,
    },
    /// The file is read and checked; the user chooses what to do.
    Preview {
        /// The file name, or "pasted content".
        source: String,
        /// The file.
        file: crate::file::PlanFile,
        /// For each plan of the file, the stored plan with the same id, if any.
        stored: Vec<Option<Plan>>,
        /// The photos that came with it (a `.jihua.zip`), kept when it is imported.
        photos: Photos,
    },
    /// A plan's own text, read: the person checks what each line became.
    Text {
        /// The file name, or "pasted content".
        source: String,
        /// The lines and what the reader made of them.
        reading: Box<crate::text::Reading>,
        /// Milliseconds the reading took (shown as `data-read-ms` for benchmarks).
        read_ms: f64,
    },
    /// A text or document that cannot be read; `message` says why and what to do.
    TextFailed {
        /// The file name, or "pasted content".
        source: String,
        /// The message, in the user's language.
        message: String,
    },
}
