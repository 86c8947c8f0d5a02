//! What can be wrong with a plan file, as values: where ([`JsonPath`], and line and
//! column for syntax errors) and what ([`Problem`]). The UI words them in the user's
//! language (`ui::i18n::file`); nothing here is user-facing text.

use std::fmt;

/// One step of a [`JsonPath`]: an object key or an array index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// An object member.
    Key(String),
    /// An array element (0-based).
    Index(usize),
}

/// Where in the document a problem is, e.g. `plan.items[2].when.month`. The empty
/// path is the document itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<Seg>);

impl JsonPath {
    /// The document itself.
    pub fn root() -> Self {
        JsonPath(Vec::new())
    }

    /// This path followed by member `key`.
    pub fn key(&self, key: &str) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Key(key.to_owned()));
        JsonPath(segs)
    }

    /// This path followed by element `index`.
    pub fn index(&self, index: usize) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Index(index));
        JsonPath(segs)
    }

    /// The last member name on the path, if the path ends in a key.
    pub fn last_key(&self) -> Option<&str> {
        match self.0.last() {
            Some(Seg::Key(k)) => Some(k),
            _ => None,
        }
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if n == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// The JSON type of a value, for "expected a number, found text" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    Text,
    /// An array.
    List,
    /// An object.
    Object,
}

impl JsonType {
    /// The type of `value`.
    pub fn of(value: &serde_json::Value) -> Self {
        use serde_json::Value as V;
        match value {
            V::Null => JsonType::Null,
            V::Bool(_) => JsonType::Bool,
            V::Number(_) => JsonType::Number,
            V::String(_) => JsonType::Text,
            V::Array(_) => JsonType::List,
            V::Object(_) => JsonType::Object,
        }
    }
}

/// What kind of JSON syntax error, where the words can be better than serde_json's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    /// The text ends in the middle (a truncated download or copy).
    Truncated,
    /// A number too large for a double.
    NumberTooLarge,
    /// More text after the end of the JSON value.
    TrailingText,
    /// Anything else; serde_json's own description, kept for the technically minded.
    Other(String),
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A plan with its photos (`.jihua.zip`) that cannot be read.
    Bundle(super::bundle::BundleError),
    /// The file is larger than the size cap.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The cap in bytes.
        max: usize,
    },
    /// The browser could not read the file (a USB stick pulled out, no permission).
    CannotRead,
    /// The file is empty (or only white space).
    Empty,
    /// The file is UTF-16 (it starts with a UTF-16 byte-order mark).
    Utf16,
    /// The file is not UTF-8 (e.g. GBK from an old editor).
    NotUtf8,
    /// JSON syntax error; [`FileError::line_column`] says where.
    Syntax(SyntaxKind),
    /// Arrays and objects nested deeper than the cap.
    TooDeep {
        /// The cap.
        max: usize,
    },
    /// A text longer than the cap.
    TooLong {
        /// Its length in characters.
        chars: usize,
        /// The cap.
        max: usize,
    },
    /// A list longer than the cap.
    TooMany {
        /// Its length.
        count: usize,
        /// The cap.
        max: usize,
    },
    /// `format` is missing or not a jihua format: some other JSON file.
    NotAPlanFile,
    /// `version` is newer than this build reads.
    NewerVersion {
        /// The file's version.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// `version` is not a version number this app ever wrote.
    BadVersion,
    /// A required member is missing.
    Missing,
    /// A value of the wrong JSON type.
    WrongType {
        /// What was expected.
        expected: JsonType,
        /// What was found.
        found: JsonType,
    },
    /// A text that must be one of a few words (a `kind`, a status) is not.
    NotOneOf {
        /// The value found.
        found: String,
        /// The accepted values.
        allowed: &'static [&'static str],
    },
    /// A date that is not a real `YYYY-MM-DD` calendar date.
    NotADate {
        /// The value found.
        found: String,
    },
    /// A time stamp that is not RFC 3339.
    NotATimestamp {
        /// The value found.
        found: String,
    },
    /// A colour that is not `#rrggbb`.
    NotAColour {
        /// The value found.
        found: String,
    },
    /// A number outside its range (or not whole where it must be).
    OutOfRange {
        /// Smallest accepted.
        min: f64,
        /// Largest accepted.
        max: f64,
        /// Whether only whole numbers are accepted.
        whole: bool,
    },
    /// A text that must not be empty is.
    EmptyText,
    /// An id used before by another object of the same kind.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A reference to an object that is not in the file.
    Dangling {
        /// The id referred to.
        id: String,
    },
    /// A section that is inside itself.
    SectionCycle,
    /// An end that comes before its start.
    Backwards,
    /// A backup's `holidays` that are not holiday arrangements.
    NotHolidays,
    /// A lunar date its year does not have (a leap month it lacks, a 三十 in a
    /// month of 29 days).
    NoLunarDay,
}

impl Problem {
    /// A whole number from `min` to `max` was expected.
    pub fn whole_between(min: f64, max: f64) -> Self {
        Problem::OutOfRange {
            min,
            max,
            whole: true,
        }
    }

    /// A year in the range plans accept was expected.
    pub fn year() -> Self {
        let years = crate::model::when::YEAR_RANGE;
        Self::whole_between(f64::from(*years.start()), f64::from(*years.end()))
    }
}

/// One problem, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct FileError {
    /// Where in the document.
    pub path: JsonPath,
    /// Line and column (1-based) for errors found while reading the text.
    pub line_column: Option<(usize, usize)>,
    /// What is wrong.
    pub problem: Problem,
}

impl FileError {
    /// A problem at `path`.
    pub fn at(path: JsonPath, problem: Problem) -> Self {
        FileError {
            path,
            line_column: None,
            problem,
        }
    }

    /// A problem of the whole text at `line`, `column`.
    pub fn in_text(line: usize, column: usize, problem: Problem) -> Self {
        FileError {
            path: JsonPath::root(),
            line_column: Some((line, column)),
            problem,
        }
    }
}

impl fmt::Display for FileError {
    /// A technical one-line form (`plan.items[2].when.month: OutOfRange …`) for logs
    /// and tests; users see the wording from the i18n layer.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.path, self.problem)?;
        if let Some((line, column)) = self.line_column {
            write!(f, " at {line}:{column}")?;
        }
        Ok(())
    }
}
