//! The activity form as plain data: what the user typed (strings, as inputs hold
//! them) and the rules that turn it into an [`Item`] or into messages for each field.
//! Pure, so the form's behaviour is tested on the host; the component only binds
//! inputs to these fields and shows the errors.

use crate::model::target::{valid_quantity, MAX_QUANTITY};
use crate::model::when::YEAR_RANGE;
use crate::model::{
    Comparator, DepartmentId, Item, PlaceId, Period, Repeat, SectionId, Status, Target, When, Xun,
};
use chrono::NaiveDate;

/// The kinds the time picker offers, in the order it offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WhenKind {
    /// 全年.
    Year,
    /// 上半年 / 下半年.
    Half,
    /// 第N季度.
    Quarter,
    /// N月.
    Month,
    /// N–M月.
    Months,
    /// N月上/中/下旬.
    Xun,
    /// A precise day.
    Date,
    /// Precise days.
    Range,
    /// Not scheduled.
    Unscheduled,
}

impl WhenKind {
    /// All kinds, in picker order.
    pub const ALL: [WhenKind; 9] = [
        WhenKind::Year,
        WhenKind::Half,
        WhenKind::Quarter,
        WhenKind::Month,
        WhenKind::Months,
        WhenKind::Xun,
        WhenKind::Date,
        WhenKind::Range,
        WhenKind::Unscheduled,
    ];

    /// A stable key for `<option value>`.
    pub fn key(self) -> &'static str {
        match self {
            WhenKind::Year => "year",
            WhenKind::Half => "half",
            WhenKind::Quarter => "quarter",
            WhenKind::Month => "month",
            WhenKind::Months => "months",
            WhenKind::Xun => "xun",
            WhenKind::Date => "date",
            WhenKind::Range => "range",
            WhenKind::Unscheduled => "unscheduled",
        }
    }

    /// The kind with this key.
    pub fn from_key(key: &str) -> Option<WhenKind> {
        WhenKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A field of the form that can carry a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The title.
    Title,
    /// The time.
    When,
    /// The repeat count.
    Times,
    /// The target quantity.
    Quantity,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// Empty title.
    TitleRequired,
    /// Year not a number in range.
    Year,
    /// Not a real date.
    Date,
    /// Range ends before it starts.
    Range,
    /// Months run backwards.
    Months,
    /// Repeat count not 1–366.
    Times,
    /// Quantity not a number in range.
    Quantity,
}

/// The time picker's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct WhenDraft {
    /// Chosen kind.
    pub kind: WhenKind,
    /// Year as typed.
    pub year: String,
    /// Month (month and xun kinds), 1–12.
    pub month: u32,
    /// First month (months kind).
    pub from: u32,
    /// Last month (months kind).
    pub to: u32,
    /// Which 旬.
    pub xun: Xun,
    /// Quarter 1–4.
    pub quarter: u32,
    /// Half 1–2.
    pub half: u32,
    /// Date as `YYYY-MM-DD` (date kind; start of range kind).
    pub start: String,
    /// End date as `YYYY-MM-DD` (range kind).
    pub end: String,
}

/// Turns full-width digits and punctuation (typed by Chinese input methods) into
/// ASCII, and trims.
pub fn normalize_number(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' => '-',
            _ => c,
        })
        .filter(|c| *c != ',' && *c != '，')
        .collect()
}

fn parse_date(s: &str) -> Result<NaiveDate, FieldError> {
    NaiveDate::parse_from_str(&normalize_number(s), "%Y-%m-%d").map_err(|_| FieldError::Date)
}

impl WhenDraft {
    /// The picker showing `when`; defaults for the other kinds come from it or from
    /// `plan_year`.
    pub fn from_when(when: &When, plan_year: i32) -> Self {
        let mut d = WhenDraft {
            kind: WhenKind::Unscheduled,
            year: plan_year.to_string(),
            month: 1,
            from: 1,
            to: 2,
            xun: Xun::Early,
            quarter: 1,
            half: 1,
            start: String::new(),
            end: String::new(),
        };
        let year = |y: i32| y.to_string();
        match *when {
            When::Date { date } => {
                d.kind = WhenKind::Date;
                d.start = date.to_string();
            }
            When::Range { start, end } => {
                d.kind = WhenKind::Range;
                d.start = start.to_string();
                d.end = end.to_string();
            }
            When::Month { year: y, month } => {
                d = WhenDraft { kind: WhenKind::Month, year: year(y), month, ..d };
            }
            When::Months { year: y, from, to } => {
                d = WhenDraft { kind: WhenKind::Months, year: year(y), from, to, ..d };
            }
            When::Xun { year: y, month, xun } => {
                d = WhenDraft { kind: WhenKind::Xun, year: year(y), month, xun, ..d };
            }
            When::Quarter { year: y, quarter } => {
                d = WhenDraft { kind: WhenKind::Quarter, year: year(y), quarter, ..d };
            }
            When::Half { year: y, half } => {
                d = WhenDraft { kind: WhenKind::Half, year: year(y), half, ..d };
            }
            When::Year { year: y } => {
                d = WhenDraft { kind: WhenKind::Year, year: year(y), ..d };
            }
            When::Unscheduled => {}
        }
        d
    }

    /// The `When` these fields describe, or what is wrong with them.
    pub fn parse(&self) -> Result<When, FieldError> {
        let year = || -> Result<i32, FieldError> {
            normalize_number(&self.year)
                .parse::<i32>()
                .ok()
                .filter(|y| YEAR_RANGE.contains(y))
                .ok_or(FieldError::Year)
        };
        let when = match self.kind {
            WhenKind::Year => When::Year { year: year()? },
            WhenKind::Half => When::Half { year: year()?, half: self.half },
            WhenKind::Quarter => When::Quarter { year: year()?, quarter: self.quarter },
            WhenKind::Month => When::Month { year: year()?, month: self.month },
            WhenKind::Months => {
                if self.to < self.from {
                    return Err(FieldError::Months);
                }
                When::Months { year: year()?, from: self.from, to: self.to }
            }
            WhenKind::Xun => When::Xun { year: year()?, month: self.month, xun: self.xun },
            WhenKind::Date => When::Date { date: parse_date(&self.start)? },
            WhenKind::Range => {
                let start = parse_date(&self.start)?;
                let end = parse_date(&self.end)?;
                if end < start {
                    return Err(FieldError::Range);
                }
                When::Range { start, end }
            }
            WhenKind::Unscheduled => When::Unscheduled,
        };
        // Anything the picker cannot express is caught by the model's own rule.
        when.validate().map_err(|_| FieldError::Date)?;
        Ok(when)
    }
}

/// How the repeat picker is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    /// No repetition.
    None,
    /// Every period.
    Every(Period),
    /// A number of times.
    Times,
}

/// The whole activity form.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemDraft {
    /// Title.
    pub title: String,
    /// Notes.
    pub notes: String,
    /// Section.
    pub section: SectionId,
    /// Time picker.
    pub when: WhenDraft,
    /// Repeat picker.
    pub repeat: RepeatKind,
    /// Repeat count as typed.
    pub times: String,
    /// Checked departments.
    pub departments: Vec<DepartmentId>,
    /// Checked places.
    pub places: Vec<PlaceId>,
    /// Lead person.
    pub lead: String,
    /// Whether the target fields are on.
    pub has_target: bool,
    /// Comparator.
    pub op: Comparator,
    /// Quantity as typed.
    pub quantity: String,
    /// Unit.
    pub unit: String,
    /// Status.
    pub status: Status,
    /// Milestone flag.
    pub milestone: bool,
}

impl ItemDraft {
    /// The form showing `item`.
    pub fn from_item(item: &Item, plan_year: i32) -> Self {
        let (repeat, times) = match item.repeat {
            None => (RepeatKind::None, "2".to_owned()),
            Some(Repeat::Every { every }) => (RepeatKind::Every(every), "2".to_owned()),
            Some(Repeat::Times { times }) => (RepeatKind::Times, times.to_string()),
        };
        let target = item.target.as_ref();
        ItemDraft {
            title: item.title.clone(),
            notes: item.notes.clone(),
            section: item.section.clone(),
            when: WhenDraft::from_when(&item.when, plan_year),
            repeat,
            times,
            departments: item.departments.clone(),
            places: item.places.clone(),
            lead: item.lead.clone(),
            has_target: target.is_some(),
            op: target.map_or(Comparator::AtLeast, |t| t.op),
            quantity: target.map_or(String::new(), |t| crate::ui::i18n::number(t.quantity)),
            unit: target.map_or("次".to_owned(), |t| t.unit.clone()),
            status: item.status,
            milestone: item.milestone,
        }
    }

    /// Every problem in the form, by field; empty if it can be saved.
    pub fn errors(&self) -> Vec<(Field, FieldError)> {
        let mut errors = Vec::new();
        if self.title.trim().is_empty() {
            errors.push((Field::Title, FieldError::TitleRequired));
        }
        if let Err(e) = self.when.parse() {
            errors.push((Field::When, e));
        }
        if self.repeat == RepeatKind::Times && self.parse_times().is_none() {
            errors.push((Field::Times, FieldError::Times));
        }
        if self.has_target && self.parse_quantity().is_none() {
            errors.push((Field::Quantity, FieldError::Quantity));
        }
        errors
    }

    fn parse_times(&self) -> Option<u32> {
        normalize_number(&self.times)
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=crate::model::repeat::MAX_TIMES).contains(n))
    }

    fn parse_quantity(&self) -> Option<f64> {
        normalize_number(&self.quantity)
            .parse::<f64>()
            .ok()
            .filter(|q| valid_quantity(*q) && *q <= MAX_QUANTITY)
    }

    /// `base` (the item being edited, or a fresh one) with the form's values, or
    /// the form's problems. Fields the form does not show (progress, tags, unknown
    /// fields) are kept from `base`.
    pub fn build(&self, base: &Item) -> Result<Item, Vec<(Field, FieldError)>> {
        let errors = self.errors();
        let (Ok(when), true) = (self.when.parse(), errors.is_empty()) else {
            return Err(errors);
        };
        let mut item = base.clone();
        item.title = self.title.trim().to_owned();
        item.notes = self.notes.trim_end().to_owned();
        item.section = self.section.clone();
        item.when = when;
        item.repeat = match self.repeat {
            RepeatKind::None => None,
            RepeatKind::Every(every) => Some(Repeat::Every { every }),
            RepeatKind::Times => self.parse_times().map(|times| Repeat::Times { times }),
        };
        item.departments = self.departments.clone();
        item.places = self.places.clone();
        item.lead = self.lead.trim().to_owned();
        item.target = if self.has_target {
            self.parse_quantity().map(|quantity| Target {
                op: self.op,
                quantity,
                unit: self.unit.trim().to_owned(),
            })
        } else {
            None
        };
        item.status = self.status;
        item.milestone = self.milestone;
        Ok(item)
    }
}

/// Colours given to new departments in turn, chosen to stay readable as chip
/// backgrounds with white text.
pub const PALETTE: [&str; 10] = [
    "#2f7ed8", "#d9480f", "#7b4fd6", "#0b8f6a", "#c2255c", "#5c7cfa", "#b8860b", "#1098ad",
    "#6b7280", "#e8590c",
];

/// The first palette colour not yet used by `used`, cycling when all are taken.
pub fn next_color<'a>(used: impl Iterator<Item = &'a str>) -> &'static str {
    let used: Vec<&str> = used.collect();
    PALETTE
        .iter()
        .find(|c| !used.iter().any(|u| u.eq_ignore_ascii_case(c)))
        .copied()
        .unwrap_or(PALETTE[used.len() % PALETTE.len()])
}
