//! The activity form as plain data: what the user typed (strings, as inputs hold
//! them) and the rules that turn it into an [`Item`] or into messages for each field.
//! Pure, so the form's behaviour is tested on the host; the component only binds
//! inputs to these fields and shows the errors.

mod around;
mod entry;
mod when;

pub use around::Around;
pub use entry::{EntryDraft, EntryField};
pub use when::{normalize_number, WhenDraft, WhenKind};

use crate::model::target::PeriodTarget;
use crate::model::target::{valid_quantity, MAX_QUANTITY};
use crate::model::{
    Comparator, DepartmentId, Item, Period, PlaceId, Repeat, SectionId, Status, Target,
};

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
    /// The quantity of each period.
    PerQuantity,
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
    /// Days around a festival not whole numbers in range, or backwards.
    Offsets,
    /// A lunar date its year does not have.
    LunarDay,
    /// A festival or lunar year outside 1900–2100.
    ChineseYear,
    /// People reached not a whole number in range.
    Attendance,
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
    /// A target for each month or quarter as well ("每季度不少于1次"), if any.
    pub per_period: Option<Period>,
    /// The quantity of each period as typed.
    pub per_quantity: String,
    /// Status.
    pub status: Status,
    /// Milestone flag.
    pub milestone: bool,
    /// Progress entries (added and deleted in the form, saved with it).
    pub progress: Vec<crate::model::ProgressEntry>,
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
        let per = item.per_period.as_ref();
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
            has_target: target.is_some() || per.is_some(),
            op: target
                .map(|t| t.op)
                .or(per.map(|p| p.op))
                .unwrap_or_default(),
            quantity: target.map_or(String::new(), |t| crate::ui::i18n::number(t.quantity)),
            unit: target
                .map(|t| t.unit.clone())
                .or(per.map(|p| p.unit.clone()))
                .unwrap_or_else(|| "次".to_owned()),
            per_period: per.map(|p| p.every),
            per_quantity: per.map_or(String::new(), |p| crate::ui::i18n::number(p.quantity)),
            status: item.status,
            milestone: item.milestone,
            progress: item.progress.clone(),
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
        // With a target for each period, the whole-time one may be left empty.
        let whole_optional = self.per_period.is_some() && self.quantity.trim().is_empty();
        if self.has_target && !whole_optional && self.parse_quantity().is_none() {
            errors.push((Field::Quantity, FieldError::Quantity));
        }
        if self.has_target && self.per_period.is_some() && self.parse_per_quantity().is_none() {
            errors.push((Field::PerQuantity, FieldError::Quantity));
        }
        errors
    }

    fn parse_times(&self) -> Option<u32> {
        normalize_number(&self.times)
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=crate::model::repeat::MAX_TIMES).contains(n))
    }

    fn parse_per_quantity(&self) -> Option<f64> {
        normalize_number(&self.per_quantity)
            .parse::<f64>()
            .ok()
            .filter(|q| valid_quantity(*q) && *q <= MAX_QUANTITY)
    }

    fn parse_quantity(&self) -> Option<f64> {
        normalize_number(&self.quantity)
            .parse::<f64>()
            .ok()
            .filter(|q| valid_quantity(*q) && *q <= MAX_QUANTITY)
    }

    /// `base` (the item being edited, or a fresh one) with the form's values, or
    /// the form's problems. Fields the form does not show (tags, unknown fields)
    /// are kept from `base`.
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
        item.per_period = match (self.has_target, self.per_period) {
            (true, Some(every)) => self.parse_per_quantity().map(|quantity| PeriodTarget {
                every,
                op: self.op,
                quantity,
                unit: self.unit.trim().to_owned(),
            }),
            _ => None,
        };
        item.status = self.status;
        item.milestone = self.milestone;
        item.progress = self.progress.clone();
        Ok(item)
    }
}

pub use crate::model::palette::{next_color, PALETTE};

/// The message for a form field's problem.
pub fn field_error(lang: crate::ui::i18n::Lang, e: FieldError) -> &'static str {
    let t = lang.t();
    match e {
        FieldError::TitleRequired => t.err_title_required,
        FieldError::Year => t.err_year,
        FieldError::Date => t.err_date,
        FieldError::Range => t.err_range,
        FieldError::Months => t.err_months,
        FieldError::Times => t.err_times,
        FieldError::Quantity => t.err_quantity,
        FieldError::Offsets => t.err_offsets,
        FieldError::LunarDay => t.err_lunar_day,
        FieldError::ChineseYear => t.err_chinese_year,
        FieldError::Attendance => t.err_attendance,
    }
}
