//! An Open Packaging Conventions package (.docx, .xlsx): XML parts in a zip with
//! `[Content_Types].xml`.
//!
//! Written with the `zip` crate the .docx reader already uses (deflate only), not
//! with rust_xlsxwriter (about 1 MB of wasm) or docx-rs (about 700 KB): jihua
//! writes a handful of fixed parts, which a few hundred lines of XML cover.

use super::xml::esc;
use super::DocError;
use chrono::{Datelike, NaiveDateTime, Timelike};
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// The parts of a package, in the order they are written.
pub struct Package {
    parts: Vec<(String, String)>,
    overrides: Vec<(String, &'static str)>,
}

impl Package {
    /// An empty package.
    pub fn new() -> Self {
        Package {
            parts: Vec::new(),
            overrides: Vec::new(),
        }
    }

    /// Adds the part at `path` (no leading slash) with its content type.
    pub fn part(&mut self, path: &str, content_type: &'static str, xml: String) {
        self.overrides.push((format!("/{path}"), content_type));
        self.parts.push((path.to_owned(), xml));
    }

    /// Adds a relationships part (its content type comes from its extension).
    pub fn rels(&mut self, path: &str, xml: String) {
        self.parts.push((path.to_owned(), xml));
    }

    /// The zip, every entry stamped `modified` (local time, as zip stores it).
    pub fn finish(self, modified: NaiveDateTime) -> Result<Vec<u8>, DocError> {
        let mut types = String::from(concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
            r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
            r#"<Default Extension="xml" ContentType="application/xml"/>"#
        ));
        for (path, kind) in &self.overrides {
            types.push_str(&format!(
                r#"<Override PartName="{}" ContentType="{kind}"/>"#,
                esc(path)
            ));
        }
        types.push_str("</Types>");
        let stamp = zip_time(modified);
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(stamp);
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let all = std::iter::once(("[Content_Types].xml".to_owned(), types)).chain(self.parts);
        for (path, xml) in all {
            zip.start_file(path, options).map_err(zip_error)?;
            zip.write_all(xml.as_bytes())
                .map_err(|e| DocError::Zip(e.to_string()))?;
        }
        Ok(zip.finish().map_err(zip_error)?.into_inner())
    }
}

impl Default for Package {
    fn default() -> Self {
        Self::new()
    }
}

fn zip_error(e: zip::result::ZipError) -> DocError {
    DocError::Zip(e.to_string())
}

/// Zip keeps DOS times (1980–2107, two-second steps); outside that, its epoch.
fn zip_time(t: NaiveDateTime) -> DateTime {
    let (y, mo, d) = (t.year(), t.month(), t.day());
    u16::try_from(y)
        .ok()
        .and_then(|y| {
            DateTime::from_date_and_time(
                y,
                mo as u8,
                d as u8,
                t.hour() as u8,
                t.minute() as u8,
                t.second() as u8,
            )
            .ok()
        })
        .unwrap_or_default()
}

/// The `docProps/core.xml` of a package: title and creator. No dates: zip stamps
/// each part with the local time already, and a W3CDTF date must name its time
/// zone, which the pure layer does not know.
pub fn core_properties(title: &str, creator: &str) -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/">"#,
            r#"<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>"#,
            r#"</cp:coreProperties>"#
        ),
        title = esc(title),
        creator = esc(creator),
    )
}

/// The content type of `docProps/core.xml`.
pub const CORE_TYPE: &str = "application/vnd.openxmlformats-package.core-properties+xml";

/// A relationships part listing `(id, type, target)`.
pub fn relationships(rels: &[(&str, &str, &str)]) -> String {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    ));
    for (id, kind, target) in rels {
        xml.push_str(&format!(
            r#"<Relationship Id="{id}" Type="{kind}" Target="{target}"/>"#
        ));
    }
    xml.push_str("</Relationships>");
    xml
}

/// Relationship types used by the writers.
pub mod rel {
    /// The main document or workbook.
    pub const OFFICE_DOCUMENT: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    /// Core properties.
    pub const CORE: &str =
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    /// Styles.
    pub const STYLES: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    /// Numbering (Word).
    pub const NUMBERING: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    /// Settings (Word).
    pub const SETTINGS: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
    /// Font table (Word).
    pub const FONT_TABLE: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    /// A footer (Word).
    pub const FOOTER: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
    /// A worksheet (Excel).
    pub const WORKSHEET: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
}
