//! The calendar's view-models: which activities fall on which days (occurrences of
//! repeated ones included), the month grid with its week rows and lanes, the week,
//! the year overview and the agenda, navigation, filters and the edits a drag
//! makes. Pure: "today" is passed in; the components only draw what is computed
//! here.

pub mod events;
pub mod filter;
pub mod grid;
pub mod lanes;
pub mod moves;
pub mod nav;

pub use events::{events_in, Event};
pub use filter::Filter;
pub use grid::{month_grid, week_grid, week_row, year_overview, MonthGrid, Segment, WeekRow};
pub use nav::{CalendarView, Focus};
