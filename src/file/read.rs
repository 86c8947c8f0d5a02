//! Reading a plan file: bytes → text → JSON → shape check → [`Plan`]s → model
//! validation, stopping at the first stage that finds problems, so that every
//! problem reported is a real one (no follow-on noise) and names its JSON path.

use super::check::Checker;
use super::error::{FileError, JsonPath, Problem, SyntaxKind};
use super::limits::{check_depth, decode, MAX_BYTES, MAX_PLANS};
use super::locate::{locate, problem_of};
use super::{FileKind, PlanFile, BACKUP_FORMAT, FORMAT_VERSION, PLAN_FORMAT};
use crate::almanac::read_holiday_file;
use crate::model::validate::validate;
use crate::model::Plan;
use serde_json::Value;
use std::collections::HashSet;

/// The problems that made a file unreadable: the first [`MAX_ERRORS`](super::check::MAX_ERRORS), and how
/// many more there were.
#[derive(Clone, Debug, PartialEq)]
pub struct FileErrors {
    /// The problems, in document order where there is one.
    pub errors: Vec<FileError>,
    /// How many more were not listed.
    pub more: usize,
}

impl From<FileError> for FileErrors {
    fn from(e: FileError) -> Self {
        FileErrors {
            errors: vec![e],
            more: 0,
        }
    }
}

impl From<Checker> for FileErrors {
    fn from(c: Checker) -> Self {
        FileErrors {
            errors: c.errors,
            more: c.more,
        }
    }
}

/// Reads a plan file or a backup from its bytes.
pub fn read_bytes(bytes: &[u8]) -> Result<PlanFile, FileErrors> {
    read_str(decode(bytes)?)
}

/// Reads a plan file or a backup from text (a pasted file).
pub fn read_str(text: &str) -> Result<PlanFile, FileErrors> {
    if text.len() > MAX_BYTES {
        let problem = Problem::TooLarge {
            bytes: text.len(),
            max: MAX_BYTES,
        };
        return Err(FileError::at(JsonPath::root(), problem).into());
    }
    if text.trim().is_empty() {
        return Err(FileError::at(JsonPath::root(), Problem::Empty).into());
    }
    check_depth(text)?;
    let mut value: Value = serde_json::from_str(text).map_err(syntax_error)?;
    let mut checker = Checker::default();
    checker.sizes(&value, &JsonPath::root());
    if !checker.errors.is_empty() {
        return Err(checker.into());
    }
    let root = JsonPath::root();
    let Some(envelope) = checker.object(&value, &root) else {
        return Err(not_a_plan_file());
    };
    let kind = match envelope.get("format").and_then(Value::as_str) {
        Some(PLAN_FORMAT) => FileKind::Plan,
        Some(BACKUP_FORMAT) => FileKind::Backup,
        _ => return Err(not_a_plan_file()),
    };
    // Versions 1 and 2 are read alike: version 2 only added `when` kinds (festival,
    // lunar), so every version 1 plan is already a version 2 plan. A later format
    // that changes a member would convert older plans here, step by step.
    check_version(envelope.get("version"))?;
    let exported_at = envelope
        .get("exported_at")
        .and_then(Value::as_str)
        .map(str::to_owned);
    // Where the plans are, and each one's path.
    let mut found: Vec<(JsonPath, Value)> = Vec::new();
    match kind {
        FileKind::Plan => match value.get_mut("plan") {
            Some(plan) => found.push((root.key("plan"), plan.take())),
            None => checker.push(root.key("plan"), Problem::Missing),
        },
        FileKind::Backup => match value.get_mut("plans") {
            Some(Value::Array(plans)) if plans.len() > MAX_PLANS => {
                let problem = Problem::TooMany {
                    count: plans.len(),
                    max: MAX_PLANS,
                };
                checker.push(root.key("plans"), problem);
            }
            Some(Value::Array(plans)) => {
                let at = root.key("plans");
                found.extend(
                    plans
                        .iter_mut()
                        .enumerate()
                        .map(|(i, p)| (at.index(i), p.take())),
                );
            }
            Some(other) => {
                let problem = Problem::WrongType {
                    expected: super::error::JsonType::List,
                    found: super::error::JsonType::of(other),
                };
                checker.push(root.key("plans"), problem);
            }
            None => checker.push(root.key("plans"), Problem::Missing),
        },
    }
    for (path, plan) in &mut found {
        if let Some(o) = checker.object(plan, path) {
            checker.plan(o, path);
        }
    }
    if !checker.errors.is_empty() {
        return Err(checker.into());
    }
    let mut plans = Vec::with_capacity(found.len());
    let mut seen = HashSet::new();
    for (path, mut value) in found {
        fill_year(&mut value, exported_at.as_deref());
        // Through text rather than `from_value`: the app already deserializes plans
        // from text (storage), and a second, `Value`-based instance of every
        // `Deserialize` impl would add hundreds of kilobytes to the wasm.
        let plan: Plan = match serde_json::from_str(&value.to_string()) {
            Ok(plan) => plan,
            Err(e) => {
                // The shape check should have caught anything serde refuses; if it
                // did not, the file is still refused, with serde's words.
                checker.push(path, Problem::Syntax(SyntaxKind::Other(e.to_string())));
                continue;
            }
        };
        if plan.year == 0 {
            checker.push(path.key("year"), Problem::Missing);
        }
        for error in validate(&plan) {
            checker.push(locate(&path, &plan, &error), problem_of(&error));
        }
        if !seen.insert(plan.id.clone()) {
            let id = plan.id.0.clone();
            checker.push(path.key("id"), Problem::DuplicateId { id });
        }
        plans.push(plan);
    }
    if !checker.errors.is_empty() {
        return Err(checker.into());
    }
    let holidays = match (kind, value.get("holidays")) {
        (FileKind::Backup, Some(holidays)) => {
            read_holiday_file(&holidays.to_string()).map_err(|_| {
                FileErrors::from(FileError::at(root.key("holidays"), Problem::NotHolidays))
            })?
        }
        _ => Vec::new(),
    };
    Ok(PlanFile {
        kind,
        plans,
        exported_at,
        holidays,
    })
}

fn not_a_plan_file() -> FileErrors {
    FileError::at(JsonPath::root().key("format"), Problem::NotAPlanFile).into()
}

fn check_version(version: Option<&Value>) -> Result<(), FileErrors> {
    let path = JsonPath::root().key("version");
    match version.map(|v| (v, v.as_u64())) {
        None => Err(FileError::at(path, Problem::Missing).into()),
        Some((_, Some(v))) if (1..=u64::from(FORMAT_VERSION)).contains(&v) => Ok(()),
        Some((_, Some(v))) if v > u64::from(FORMAT_VERSION) => {
            let problem = Problem::NewerVersion {
                found: v,
                supported: FORMAT_VERSION,
            };
            Err(FileError::at(path, problem).into())
        }
        Some(_) => Err(FileError::at(path, Problem::BadVersion).into()),
    }
}

fn syntax_error(e: serde_json::Error) -> FileErrors {
    use serde_json::error::Category;
    let message = e.to_string();
    let detail = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_owned();
    let kind = match e.classify() {
        Category::Eof => SyntaxKind::Truncated,
        _ if detail.contains("number out of range") => SyntaxKind::NumberTooLarge,
        _ if detail.contains("trailing characters") => SyntaxKind::TrailingText,
        _ => SyntaxKind::Other(detail),
    };
    FileError::in_text(e.line(), e.column(), Problem::Syntax(kind)).into()
}

/// A plan without `year` takes it from `start`, else from the first activity that
/// names a year, else from the export date. (Files written by hand often leave it
/// out; the plan file format lists it among the fields that default.)
fn fill_year(plan: &mut Value, exported_at: Option<&str>) {
    let Some(o) = plan.as_object_mut() else {
        return;
    };
    if o.contains_key("year") {
        return;
    }
    let from_date = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .and_then(|s| s.get(..4)?.parse::<i64>().ok())
    };
    let from_items = || {
        o.get("items")?.as_array()?.iter().find_map(|item| {
            let when = item.get("when")?;
            when.get("year")
                .and_then(Value::as_i64)
                .or_else(|| from_date(when.get("date").or(when.get("start"))))
        })
    };
    let year = from_date(o.get("start"))
        .or_else(from_items)
        .or_else(|| from_date(exported_at.map(|s| Value::String(s.to_owned())).as_ref()));
    if let Some(year) = year {
        o.insert("year".to_owned(), Value::from(year));
    }
}
