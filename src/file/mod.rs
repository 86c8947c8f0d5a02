//! Plan files, the public interface between people: the `jihua-plan` file of one
//! plan and the `jihua-backup` file of every plan (versions 1 and 2, as the design
//! brief describes them). Writing, reading with a check that names the JSON path of every
//! problem, limits against hostile files, and merging two versions of one plan.
//! Pure: no browser, no clock (export times are passed in).

pub mod bundle;
pub mod check;
pub mod error;
pub mod limits;
mod locate;
pub mod merge;
pub mod preview;
pub mod read;
pub mod shape;

pub use error::{FileError, JsonPath, Problem};
pub use merge::merge;
pub use read::{read_bytes, read_str, FileErrors};

use crate::almanac::Arrangement;
use crate::model::Plan;
use serde::Serialize;

/// The newest version of the file formats this build reads and writes. Version 2
/// adds the festival and lunar kinds of `when`; a file that uses neither is written
/// as version 1, so that builds that know only version 1 still open it.
pub const FORMAT_VERSION: u32 = 2;

/// The lowest version that can hold `plans`.
pub fn version_for(plans: &[Plan]) -> u32 {
    let needs_2 = plans
        .iter()
        .flat_map(|p| &p.items)
        .any(|i| i.when.needs_version_2());
    if needs_2 {
        2
    } else {
        1
    }
}
/// `format` of a file holding one plan.
pub const PLAN_FORMAT: &str = "jihua-plan";
/// `format` of a backup of every plan.
pub const BACKUP_FORMAT: &str = "jihua-backup";
/// The extension of plan files.
pub const EXTENSION: &str = ".jihua.json";

/// Which of the two formats a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// One plan.
    Plan,
    /// A backup of several plans.
    Backup,
}

/// A file that has been read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanFile {
    /// Plan file or backup.
    pub kind: FileKind,
    /// The plans it holds (one for a plan file), valid by the model's rules.
    pub plans: Vec<Plan>,
    /// When it was written, as the file says.
    pub exported_at: Option<String>,
    /// The holiday arrangements the user added, which a backup carries
    /// (`holidays`, in the holiday-cn shape of [`crate::almanac::holiday_file`]).
    pub holidays: Vec<Arrangement>,
}

/// The envelope of both formats: one of `plan` and `plans` is set.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    exported_at: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<&'a Plan>,
    #[serde(skip_serializing_if = "Option::is_none")]
    plans: Option<&'a [Plan]>,
    #[serde(skip_serializing_if = "<[Arrangement]>::is_empty")]
    holidays: &'a [Arrangement],
}

impl Envelope<'_> {
    /// Pretty-printed, so that files can be read and diffed.
    fn write(&self) -> String {
        // Serializing plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The plan file of `plan`, written at `exported_at` (RFC 3339).
pub fn plan_json(plan: &Plan, exported_at: &str) -> String {
    Envelope {
        format: PLAN_FORMAT,
        version: version_for(std::slice::from_ref(plan)),
        exported_at,
        plan: Some(plan),
        plans: None,
        holidays: &[],
    }
    .write()
}

/// A backup file of `plans`, written at `exported_at` (RFC 3339).
pub fn backup_json(plans: &[Plan], exported_at: &str) -> String {
    backup_json_with(plans, &[], exported_at)
}

/// A backup file of `plans` and of the holiday arrangements the user added.
pub fn backup_json_with(plans: &[Plan], holidays: &[Arrangement], exported_at: &str) -> String {
    Envelope {
        format: BACKUP_FORMAT,
        version: version_for(plans),
        exported_at,
        plan: None,
        plans: Some(plans),
        holidays,
    }
    .write()
}

/// The file name for `plan`: its title made safe for every file system
/// (`2024年文化馆工作计划.jihua.json`); `fallback` when nothing of the title is left.
pub fn plan_file_name(title: &str, fallback: &str) -> String {
    format!("{}{EXTENSION}", safe_stem(title, fallback))
}

/// The name of a document made from a plan, by the same rule as plan files:
/// `2024年文化馆工作计划-任务分解表.xlsx` for `("…", "任务分解表", "xlsx")`; with no
/// `what`, `2024年文化馆工作计划.docx`.
pub fn document_file_name(title: &str, what: &str, extension: &str, fallback: &str) -> String {
    let stem = if what.is_empty() {
        title.to_owned()
    } else {
        format!("{title}-{what}")
    };
    format!("{}.{extension}", safe_stem(&stem, fallback))
}

/// `title` made safe for every file system; `fallback` when nothing is left.
fn safe_stem(title: &str, fallback: &str) -> String {
    // Characters Windows, macOS, Linux or a FAT USB stick refuse in file names.
    let safe: String = title
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let collapsed = safe.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed: String = collapsed
        .trim_matches(|c: char| c == '.' || c == ' ')
        .chars()
        .take(80)
        .collect();
    if trimmed.is_empty() {
        fallback.to_owned()
    } else {
        trimmed
    }
}

/// A file name for a backup made on `date` (YYYY-MM-DD).
pub fn backup_file_name(date: &str) -> String {
    format!("jihua-备份-{date}{EXTENSION}")
}
