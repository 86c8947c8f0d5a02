//! The plan model: pure Rust, no browser types, no clock, no randomness ("today"
//! and new ids are passed in). Everything here is tested with plain `cargo test`.

pub mod anchored;
pub mod category;
pub mod copy;
pub mod diff;
pub mod edit;
pub mod group;
pub mod history;
pub mod ids;
pub mod numbering;
pub mod outline;
pub mod palette;
pub mod plan;
pub mod repeat;
pub mod sample;
pub mod target;
pub mod validate;
pub mod when;

pub use edit::{apply, Edit, EditError, PlanInfo};
pub use group::GroupBy;
pub use ids::{DepartmentId, EntryId, ItemId, PhotoId, PlaceId, PlanId, SectionId};
pub use plan::{Department, Item, OwnCategory, Place, Plan, Section, Status};
pub use repeat::{Period, Repeat};
pub use target::{Comparator, PeriodTarget, ProgressEntry, Target};
pub use when::{Span, When, Xun};
