//! Plan files. For now: the backup of every plan, as the file format describes it
//! (`{"format":"jihua-backup","version":1,"plans":[…]}`).

use crate::model::Plan;
use serde::Serialize;

/// Current version of the file formats this build writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Backup<'a> {
    format: &'static str,
    version: u32,
    exported_at: &'a str,
    plans: &'a [Plan],
}

/// A backup file of `plans`, written at `exported_at` (RFC 3339), pretty-printed so
/// that it can be read and diffed.
pub fn backup_json(plans: &[Plan], exported_at: &str) -> String {
    let backup = Backup {
        format: "jihua-backup",
        version: FORMAT_VERSION,
        exported_at,
        plans,
    };
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string_pretty(&backup).unwrap_or_default()
}

/// A file name for a backup made on `date` (YYYY-MM-DD).
pub fn backup_file_name(date: &str) -> String {
    format!("jihua-备份-{date}.json")
}
