//! A plan with its photos: a `.jihua.zip` bundle holding the plan file (or a
//! backup) as `plan.jihua.json` and each photo as `photos/<id>.jpg`. The plan JSON
//! names its photos by id; the images travel beside it, never inside it.
//!
//! Read defensively: a bundle comes from someone else. Sizes are checked before
//! anything is unpacked and while it is (a zip can claim small and unpack huge),
//! every photo must really be an image, and no input makes the reader panic.

use crate::model::PhotoId;
use chrono::{Datelike, NaiveDateTime, Timelike};
use std::io::{Cursor, Read, Write};
use thiserror::Error;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The extension of a bundle.
pub const BUNDLE_EXTENSION: &str = ".jihua.zip";
/// The name of the plan file inside a bundle.
pub const PLAN_ENTRY: &str = "plan.jihua.json";
/// Largest bundle read: 200 MB, packed or unpacked.
pub const MAX_BUNDLE_BYTES: u64 = 200 * 1024 * 1024;
/// Most files in a bundle.
pub const MAX_BUNDLE_FILES: usize = 20_000;

/// A bundle's contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The plan file's text (a plan or a backup), to be read by [`super::read_str`].
    pub plan: String,
    /// The photos, by id, as stored.
    pub photos: Vec<(PhotoId, Vec<u8>)>,
}

/// Why a bundle cannot be read (or written).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BundleError {
    /// Bigger than [`MAX_BUNDLE_BYTES`], packed or unpacked.
    #[error("the bundle is larger than {max} bytes")]
    TooLarge {
        /// The limit.
        max: u64,
    },
    /// Not a zip file at all.
    #[error("not a zip file")]
    NotZip,
    /// A zip without `plan.jihua.json`.
    #[error("no plan.jihua.json in the bundle")]
    NoPlan,
    /// The plan file is not UTF-8 text.
    #[error("plan.jihua.json is not UTF-8 text")]
    PlanNotText,
    /// A file under `photos/` that is not a JPEG, PNG, GIF or WebP image.
    #[error("{name} is not an image")]
    NotAnImage {
        /// Its name in the bundle.
        name: String,
    },
    /// More than [`MAX_BUNDLE_FILES`] files.
    #[error("the bundle holds too many files")]
    TooManyFiles,
    /// A photo id that cannot name a file in a bundle (letters, digits, `-` and
    /// `_`, at most 64).
    #[error("photo id {0:?} cannot name a file")]
    BadPhotoId(String),
    /// The zip is damaged (a file cannot be unpacked).
    #[error("the bundle is damaged: {0}")]
    Damaged(String),
}

/// The ids of every photo the records of `plans` name, each once, in order.
pub fn photo_ids<'a>(plans: impl IntoIterator<Item = &'a crate::model::Plan>) -> Vec<PhotoId> {
    let mut seen = std::collections::HashSet::new();
    plans
        .into_iter()
        .flat_map(|p| p.items.iter())
        .flat_map(|i| i.progress.iter())
        .flat_map(|e| e.photos.iter())
        .filter(|id| seen.insert((*id).clone()))
        .cloned()
        .collect()
}

/// The bundle's name for a plan file's name: "计划.jihua.json" → "计划.jihua.zip".
pub fn bundle_name(plan_file_name: &str) -> String {
    let stem = plan_file_name
        .strip_suffix(super::EXTENSION)
        .unwrap_or(plan_file_name);
    format!("{stem}{BUNDLE_EXTENSION}")
}

/// True if `bytes` start as a JPEG, PNG, GIF or WebP image does.
pub fn is_image(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || bytes.starts_with(b"GIF87a")
        || bytes.starts_with(b"GIF89a")
        || (bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP")
}

/// The bundle of `plan` (a plan file's text) and `photos`, stamped `modified`
/// (local time). The JSON is deflated; photos, already compressed, are stored.
pub fn write_bundle(
    plan: &str,
    photos: &[(PhotoId, &[u8])],
    modified: NaiveDateTime,
) -> Result<Vec<u8>, BundleError> {
    let stamp = u16::try_from(modified.year())
        .ok()
        .and_then(|y| {
            zip::DateTime::from_date_and_time(
                y,
                modified.month() as u8,
                modified.day() as u8,
                modified.hour() as u8,
                modified.minute() as u8,
                modified.second() as u8,
            )
            .ok()
        })
        .unwrap_or_default();
    let fail = |e: zip::result::ZipError| BundleError::Damaged(e.to_string());
    let io = |e: std::io::Error| BundleError::Damaged(e.to_string());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(stamp);
    zip.start_file(PLAN_ENTRY, deflated).map_err(fail)?;
    zip.write_all(plan.as_bytes()).map_err(io)?;
    let stored = deflated
        .compression_method(CompressionMethod::Stored)
        .large_file(false);
    for (id, bytes) in photos {
        if photo_id(&format!("photos/{}.jpg", id.as_str())).as_ref() != Some(id) {
            return Err(BundleError::BadPhotoId(id.as_str().to_owned()));
        }
        zip.start_file(format!("photos/{}.jpg", id.as_str()), stored)
            .map_err(fail)?;
        zip.write_all(bytes).map_err(io)?;
    }
    Ok(zip.finish().map_err(fail)?.into_inner())
}

/// Reads a bundle, refusing anything larger than [`MAX_BUNDLE_BYTES`].
pub fn read_bundle(bytes: &[u8]) -> Result<Bundle, BundleError> {
    read_bundle_within(bytes, MAX_BUNDLE_BYTES)
}

/// True if `bytes` look like a zip (a bundle) rather than a plan file.
pub fn looks_like_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads a bundle of at most `max` bytes, packed and unpacked.
pub fn read_bundle_within(bytes: &[u8], max: u64) -> Result<Bundle, BundleError> {
    if bytes.len() as u64 > max {
        return Err(BundleError::TooLarge { max });
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| BundleError::NotZip)?;
    if zip.len() > MAX_BUNDLE_FILES {
        return Err(BundleError::TooManyFiles);
    }
    let mut plan = None;
    let mut photos = Vec::new();
    let mut unpacked: u64 = 0;
    for k in 0..zip.len() {
        let mut file = zip
            .by_index(k)
            .map_err(|e| BundleError::Damaged(e.to_string()))?;
        if file.is_dir() {
            continue;
        }
        let name = file.name().to_owned();
        let photo = photo_id(&name);
        if name != PLAN_ENTRY && photo.is_none() {
            continue; // anything else a newer version may add
        }
        // Read no more than what is left of the budget, whatever the zip claims.
        let room = max.saturating_sub(unpacked);
        let mut data = Vec::new();
        (&mut file)
            .take(room.saturating_add(1))
            .read_to_end(&mut data)
            .map_err(|e| BundleError::Damaged(e.to_string()))?;
        unpacked += data.len() as u64;
        if unpacked > max {
            return Err(BundleError::TooLarge { max });
        }
        match photo {
            Some(id) => {
                if !is_image(&data) {
                    return Err(BundleError::NotAnImage { name });
                }
                photos.push((id, data));
            }
            None => plan = Some(String::from_utf8(data).map_err(|_| BundleError::PlanNotText)?),
        }
    }
    Ok(Bundle {
        plan: plan.ok_or(BundleError::NoPlan)?,
        photos,
    })
}

/// The photo id of a bundle entry `photos/<id>.<ext>`; `None` for anything else.
fn photo_id(name: &str) -> Option<PhotoId> {
    let file = name.strip_prefix("photos/")?;
    let (stem, _ext) = file.rsplit_once('.')?;
    let ok = !stem.is_empty()
        && stem.len() <= 64
        && stem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| PhotoId::new(stem))
}
