//! The shape check's tools: a [`Checker`] walks the parsed JSON before it becomes a
//! [`Plan`](crate::model::Plan) and records, with its path, every member that is
//! missing, of the wrong type, not one of the accepted words, not a real date, or
//! out of range. What each object holds is in `shape.rs`. Relations between objects
//! (unique ids, references, cycles) are checked afterwards by the model's own
//! validation, so that they are stated once.

use super::error::{FileError, JsonPath, JsonType, Problem};
use super::limits::{MAX_ID_CHARS, MAX_LIST, MAX_TEXT_CHARS};
use crate::model::target::MAX_QUANTITY;
use crate::model::when::YEAR_RANGE;
use chrono::{DateTime, NaiveDate};
use serde_json::{Map, Value};

/// A JSON object.
pub(super) type Obj = Map<String, Value>;

/// Most problems reported for one file; the rest are counted.
pub const MAX_ERRORS: usize = 100;

/// Largest integer a JSON number carries exactly (2^53).
pub(super) const MAX_SAFE: i64 = 1 << 53;

/// Whether a member must be present.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    Required,
    Optional,
}
pub(super) use Need::{Optional, Required};

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

    pub(super) fn text_size(&mut self, s: &str, path: &JsonPath) {
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

    pub(super) fn wrong_type(&mut self, path: &JsonPath, expected: JsonType, found: &Value) {
        let found = JsonType::of(found);
        self.push(path.clone(), Problem::WrongType { expected, found });
    }

    /// Member `key` of `o`; a problem if it is required and missing. `null` counts
    /// as missing only where `nullable`.
    pub(super) fn member<'v>(
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

    pub(super) fn text<'v>(
        &mut self,
        o: &'v Obj,
        key: &str,
        path: &JsonPath,
        need: Need,
    ) -> Option<&'v str> {
        match self.member(o, key, path, need, false)? {
            Value::String(s) => Some(s),
            other => {
                self.wrong_type(&path.key(key), JsonType::Text, other);
                None
            }
        }
    }

    pub(super) fn id(&mut self, o: &Obj, key: &str, path: &JsonPath, need: Need, nullable: bool) {
        if let Some(v) = self.member(o, key, path, need, nullable) {
            self.id_value(v, &path.key(key));
        }
    }

    pub(super) fn id_value(&mut self, v: &Value, at: &JsonPath) {
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

    pub(super) fn ids(&mut self, o: &Obj, key: &str, path: &JsonPath) {
        if let Some(list) = self.list(o, key, path, Optional) {
            let at = path.key(key);
            for (i, v) in list.iter().enumerate() {
                self.id_value(v, &at.index(i));
            }
        }
    }

    pub(super) fn list<'v>(
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

    pub(super) fn boolean(&mut self, o: &Obj, key: &str, path: &JsonPath) {
        match self.member(o, key, path, Optional, false) {
            None | Some(Value::Bool(_)) => {}
            Some(other) => self.wrong_type(&path.key(key), JsonType::Bool, other),
        }
    }

    /// A whole number from `min` to `max`.
    pub(super) fn int(
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
                self.push(
                    path.key(key),
                    Problem::whole_between(min as f64, max as f64),
                );
                None
            }
        }
    }

    pub(super) fn year(&mut self, o: &Obj, key: &str, path: &JsonPath, need: Need) {
        let (min, max) = (i64::from(*YEAR_RANGE.start()), i64::from(*YEAR_RANGE.end()));
        self.int(o, key, path, need, min, max);
    }

    /// A finite number from 0 to [`MAX_QUANTITY`].
    pub(super) fn quantity(&mut self, o: &Obj, key: &str, path: &JsonPath) {
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

    pub(super) fn one_of<'v>(
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
    pub(super) fn date(&mut self, o: &Obj, key: &str, path: &JsonPath, need: Need, nullable: bool) {
        let Some(v) = self.member(o, key, path, need, nullable) else {
            return;
        };
        let Value::String(s) = v else {
            return self.wrong_type(&path.key(key), JsonType::Text, v);
        };
        match parse_date(s) {
            Some(d) if YEAR_RANGE.contains(&chrono::Datelike::year(&d)) => {}
            Some(_) => {
                self.push(path.key(key), Problem::year());
            }
            None => self.push(path.key(key), Problem::NotADate { found: s.clone() }),
        }
    }

    pub(super) fn timestamp(&mut self, o: &Obj, key: &str, path: &JsonPath, need: Need) {
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

    pub(super) fn colour(&mut self, o: &Obj, key: &str, path: &JsonPath) {
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
    pub(super) fn each(
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
