//! The shape check: walks the parsed JSON before it becomes a [`Plan`](crate::model::Plan)
//! and names the path of every member that is missing, of the wrong type, not one
//! of the accepted words, not a real date, or out of range. Relations between
//! objects (unique ids, references, cycles) are checked afterwards by the model's
//! own validation, so that they are stated once.
//!
//! The published JSON Schema (`public/schema/jihua-plan-v1.json`) states the same
//! rules; `tests/file_schema.rs` checks that the two agree.

use super::error::{FileError, JsonPath, JsonType, Problem};
use super::limits::{MAX_ID_CHARS, MAX_LIST, MAX_TEXT_CHARS};
use crate::model::repeat::MAX_TIMES;
use crate::model::target::MAX_QUANTITY;
use crate::model::when::YEAR_RANGE;
use chrono::{DateTime, NaiveDate};
use serde_json::{Map, Value};

type Obj = Map<String, Value>;

/// Most problems reported for one file; the rest are counted.
pub const MAX_ERRORS: usize = 100;

/// The `kind`s of `when`.
pub const WHEN_KINDS: &[&str] = &[
    "date",
    "range",
    "month",
    "months",
    "xun",
    "quarter",
    "half",
    "year",
    "unscheduled",
];
const XUN: &[&str] = &["early", "middle", "late"];
const EVERY: &[&str] = &["week", "month", "quarter"];
const OPS: &[&str] = &["at_least", "at_most", "exactly", "about"];
const STATUSES: &[&str] = &["planned", "in_progress", "done", "cancelled"];
/// Largest integer a JSON number carries exactly (2^53).
const MAX_SAFE: i64 = 1 << 53;

/// Whether a member must be present.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    Required,
    Optional,
}
use Need::{Optional, Required};

/// Collects the problems of one document.
#[derive(Default)]
pub struct Checker {
    /// The problems found, at most [`MAX_ERRORS`].
    pub errors: Vec<FileError>,
    /// How many more were found beyond [`MAX_ERRORS`].
    pub more: usize,
}

impl Checker {
    /// Records a problem.
    pub fn push(&mut self, path: JsonPath, problem: Problem) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(FileError::at(path, problem));
        } else {
            self.more += 1;
        }
    }

    /// Every text and key at most [`MAX_TEXT_CHARS`] long, every list at most
    /// [`MAX_LIST`] long, anywhere in the document (unknown members included).
    pub fn sizes(&mut self, value: &Value, path: &JsonPath) {
        match value {
            Value::String(s) => self.text_size(s, path),
            Value::Array(list) => {
                if list.len() > MAX_LIST {
                    let count = list.len();
                    self.push(
                        path.clone(),
                        Problem::TooMany {
                            count,
                            max: MAX_LIST,
                        },
                    );
                    return;
                }
                for (i, v) in list.iter().enumerate() {
                    self.sizes(v, &path.index(i));
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    let at = path.key(k);
                    self.text_size(k, &at);
                    self.sizes(v, &at);
                }
            }
            _ => {}
        }
    }

    fn text_size(&mut self, s: &str, path: &JsonPath) {
        // Bytes bound characters from above: count only when it could matter.
        if s.len() > MAX_TEXT_CHARS {
            let chars = s.chars().count();
            if chars > MAX_TEXT_CHARS {
                self.push(
                    path.clone(),
                    Problem::TooLong {
                        chars,
                        max: MAX_TEXT_CHARS,
                    },
                );
            }
        }
    }

    /// `value` as an object, or a problem.
    pub fn object<'v>(&mut self, value: &'v Value, path: &JsonPath) -> Option<&'v Obj> {
        match value {
            Value::Object(o) => Some(o),
            other => {
                self.wrong_type(path, JsonType::Object, other);
                None
            }
        }
    }

    fn wrong_type(&mut self, path: &JsonPath, expected: JsonType, found: &Value) {
        let found = JsonType::of(found);
        self.push(path.clone(), Problem::WrongType { expected, found });
    }

    /// Member `key` of `o`; a problem if it is required and missing. `null` counts
    /// as missing only where `nullable`.
    fn member<'v>(
        &mut self,
        o: &'v Obj,
        key: &str,
        path: &JsonPath,
        need: Need,
        nullable: bool,
    ) -> Option<&'v Value> {
        match o.get(key) {
            Some(Value::Null) if nullable => None,
            Some(v) => Some(v),
            None => {
                if need == Required {
                    self.push(path.key(key), Problem::Missing);
                }
                None
            }
        }
    }

    fn text<'v>(&mut self, o: &'v Obj, key: &str, path: &JsonPath, need: Need) -> Option<&'v str> {
        match self.member(o, key, path, need, false)? {
            Value::String(s) => Some(s),
            other => {
                self.wrong_type(&path.key(key), JsonType::Text, other);
                None
            }
        }
    }

    fn id(&mut self, o: &Obj, key: &str, path: &JsonPath, need: Need, nullable: bool) {
        if let Some(v) = self.member(o, key, path, need, nullable) {
            self.id_value(v, &path.key(key));
        }
    }

    fn id_value(&mut self, v: &Value, at: &JsonPath) {
        match v {
            Value::String(s) if s.trim().is_empty() => self.push(at.clone(), Problem::EmptyText),
            Value::String(s) if s.chars().count() > MAX_ID_CHARS => {
                let chars = s.chars().count();
                self.push(
                    at.clone(),
                    Problem::TooLong {
                        chars,
                        max: MAX_ID_CHARS,
                    },
                );
            }
            Value::String(_) => {}
            other => self.wrong_type(at, JsonType::Text, other),
        }
    }

    fn ids(&mut self, o: &Obj, key: &str, path: &JsonPath) {
        if let Some(list) = self.list(o, key, path, Optional) {
            let at = path.key(key);
            for (i, v) in list.iter().enumerate() {
                self.id_value(v, &at.index(i));
            }
        }
    }

    fn list<'v>(
        &mut self,
        o: &'v Obj,
        key: &str,
        path: &JsonPath,
        need: Need,
    ) -> Option<&'v Vec<Value>> {
        match self.member(o, key, path, need, false)? {
            Value::Array(list) => Some(list),
            other => {
                self.wrong_type(&path.key(key), JsonType::List, other);
                None
            }
        }
    }

    fn boolean(&mut self, o: &Obj, key: &str, path: &JsonPath) {
        match self.member(o, key, path, Optional, false) {
            None | Some(Value::Bool(_)) => {}
            Some(other) => self.wrong_type(&path.key(key), JsonType::Bool, other),
        }
    }

    /// A whole number from `min` to `max`.
    fn int(
        &mut self,
        o: &Obj,
        key: &str,
        path: &JsonPath,
        need: Need,
        min: i64,
        max: i64,
    ) -> Option<i64> {
        let v = self.member(o, key, path, need, false)?;
        let Value::Number(n) = v else {
            self.wrong_type(&path.key(key), JsonType::Number, v);
            return None;
        };
        match n.as_i64() {
            Some(x) if (min..=max).contains(&x) => Some(x),
            _ => {
                let (min, max) = (min as f64, max as f64);
                self.push(
                    path.key(key),
                    Problem::OutOfRange {
                        min,
                        max,
                        whole: true,
                    },
                );
                None
            }
        }
    }

    fn year(&mut self, o: &Obj, key: &str, path: &JsonPath, need: Need) {
        let (min, max) = (i64::from(*YEAR_RANGE.start()), i64::from(*YEAR_RANGE.end()));
        self.int(o, key, path, need, min, max);
    }

    /// A finite number from 0 to [`MAX_QUANTITY`].
    fn quantity(&mut self, o: &Obj, key: &str, path: &JsonPath) {
        let Some(v) = self.member(o, key, path, Required, false) else {
            return;
        };
        match v.as_f64() {
            Some(x) if (0.0..=MAX_QUANTITY).contains(&x) => {}
            Some(_) => {
                let problem = Problem::OutOfRange {
                    min: 0.0,
                    max: MAX_QUANTITY,
                    whole: false,
                };
                self.push(path.key(key), problem);
            }
            None => self.wrong_type(&path.key(key), JsonType::Number, v),
        }
    }

    fn one_of<'v>(
        &mut self,
        o: &'v Obj,
        key: &str,
        path: &JsonPath,
        need: Need,
        allowed: &'static [&'static str],
    ) -> Option<&'v str> {
        let s = self.text(o, key, path, need)?;
        if allowed.contains(&s) {
            Some(s)
        } else {
            self.push(
                path.key(key),
                Problem::NotOneOf {
                    found: s.to_owned(),
                    allowed,
                },
            );
            None
        }
    }

    /// A real calendar date written `YYYY-MM-DD`, in the accepted years.
    fn date(&mut self, o: &Obj, key: &str, path: &JsonPath, need: Need, nullable: bool) {
        let Some(v) = self.member(o, key, path, need, nullable) else {
            return;
        };
        let Value::String(s) = v else {
            return self.wrong_type(&path.key(key), JsonType::Text, v);
        };
        match parse_date(s) {
            Some(d) if YEAR_RANGE.contains(&chrono::Datelike::year(&d)) => {}
            Some(_) => {
                let (min, max) = (f64::from(*YEAR_RANGE.start()), f64::from(*YEAR_RANGE.end()));
                self.push(
                    path.key(key),
                    Problem::OutOfRange {
                        min,
                        max,
                        whole: true,
                    },
                );
            }
            None => self.push(path.key(key), Problem::NotADate { found: s.clone() }),
        }
    }

    fn timestamp(&mut self, o: &Obj, key: &str, path: &JsonPath, need: Need) {
        if let Some(s) = self.text(o, key, path, need) {
            if DateTime::parse_from_rfc3339(s).is_err() {
                self.push(
                    path.key(key),
                    Problem::NotATimestamp {
                        found: s.to_owned(),
                    },
                );
            }
        }
    }

    fn colour(&mut self, o: &Obj, key: &str, path: &JsonPath) {
        if let Some(s) = self.text(o, key, path, Optional) {
            let hex = s
                .strip_prefix('#')
                .filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()));
            if !s.is_empty() && hex.is_none() {
                self.push(
                    path.key(key),
                    Problem::NotAColour {
                        found: s.to_owned(),
                    },
                );
            }
        }
    }

    /// Checks each element of list `key` with `check`.
    fn each(
        &mut self,
        o: &Obj,
        key: &str,
        path: &JsonPath,
        need: Need,
        check: fn(&mut Self, &Obj, &JsonPath),
    ) {
        let Some(list) = self.list(o, key, path, need) else {
            return;
        };
        let at = path.key(key);
        for (i, v) in list.iter().enumerate() {
            let p = at.index(i);
            if let Some(o) = self.object(v, &p) {
                check(self, o, &p);
            }
        }
    }

    /// A plan (the `plan` of a plan file, or one of a backup's `plans`).
    pub fn plan(&mut self, o: &Obj, p: &JsonPath) {
        self.id(o, "id", p, Required, false);
        self.text(o, "title", p, Required);
        self.text(o, "organization", p, Optional);
        self.year(o, "year", p, Optional);
        self.date(o, "start", p, Optional, true);
        self.date(o, "end", p, Optional, true);
        self.text(o, "preface", p, Optional);
        self.boolean(o, "sample", p);
        self.timestamp(o, "created_at", p, Optional);
        self.timestamp(o, "updated_at", p, Optional);
        self.int(o, "revision", p, Optional, 0, MAX_SAFE);
        self.each(o, "departments", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.text(o, "name", p, Required);
            c.colour(o, "color", p);
        });
        self.each(o, "places", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.text(o, "name", p, Required);
            c.text(o, "kind", p, Optional);
        });
        self.each(o, "sections", p, Required, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.id(o, "parent", p, Optional, true);
            c.text(o, "title", p, Required);
            c.int(o, "order", p, Optional, 0, i64::from(u32::MAX));
        });
        self.each(o, "items", p, Required, Self::item);
        self.each(o, "deleted", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.timestamp(o, "at", p, Required);
        });
    }

    fn item(&mut self, o: &Obj, p: &JsonPath) {
        self.id(o, "id", p, Required, false);
        self.id(o, "section", p, Required, false);
        self.int(o, "order", p, Optional, 0, i64::from(u32::MAX));
        self.text(o, "title", p, Required);
        self.text(o, "notes", p, Optional);
        if let Some(v) = self.member(o, "when", p, Optional, false) {
            let at = p.key("when");
            if let Some(w) = self.object(v, &at) {
                self.when(w, &at);
            }
        }
        if let Some(v) = self.member(o, "repeat", p, Optional, true) {
            let at = p.key("repeat");
            if let Some(r) = self.object(v, &at) {
                if r.contains_key("times") {
                    self.int(r, "times", &at, Required, 1, i64::from(MAX_TIMES));
                } else {
                    self.one_of(r, "every", &at, Required, EVERY);
                }
            }
        }
        self.ids(o, "departments", p);
        self.ids(o, "places", p);
        self.text(o, "lead", p, Optional);
        if let Some(tags) = self.list(o, "tags", p, Optional) {
            for (i, tag) in tags.iter().enumerate() {
                if !tag.is_string() {
                    self.wrong_type(&p.key("tags").index(i), JsonType::Text, tag);
                }
            }
        }
        if let Some(v) = self.member(o, "target", p, Optional, true) {
            let at = p.key("target");
            if let Some(t) = self.object(v, &at) {
                self.one_of(t, "op", &at, Required, OPS);
                self.quantity(t, "quantity", &at);
                self.text(t, "unit", &at, Optional);
            }
        }
        self.each(o, "progress", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.date(o, "date", p, Required, false);
            c.quantity(o, "amount", p);
            c.id(o, "place", p, Optional, true);
            c.text(o, "note", p, Optional);
        });
        self.one_of(o, "status", p, Optional, STATUSES);
        self.boolean(o, "milestone", p);
        self.timestamp(o, "updated_at", p, Optional);
    }

    fn when(&mut self, w: &Obj, p: &JsonPath) {
        let Some(kind) = self.one_of(w, "kind", p, Required, WHEN_KINDS) else {
            return;
        };
        let month = |c: &mut Self, key| {
            c.int(w, key, p, Required, 1, 12);
        };
        match kind {
            "date" => self.date(w, "date", p, Required, false),
            "range" => {
                self.date(w, "start", p, Required, false);
                self.date(w, "end", p, Required, false);
            }
            "unscheduled" => {}
            _ => {
                self.year(w, "year", p, Required);
                match kind {
                    "month" => month(self, "month"),
                    "months" => {
                        month(self, "from");
                        month(self, "to");
                    }
                    "xun" => {
                        month(self, "month");
                        self.one_of(w, "xun", p, Required, XUN);
                    }
                    "quarter" => {
                        self.int(w, "quarter", p, Required, 1, 4);
                    }
                    "half" => {
                        self.int(w, "half", p, Required, 1, 2);
                    }
                    _ => {}
                }
            }
        }
    }
}

/// `s` as a date if it is written exactly `YYYY-MM-DD` and is a real calendar day.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let (y, m, d) = (
        s[..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..].parse().ok()?,
    );
    NaiveDate::from_ymd_opt(y, m, d)
}
