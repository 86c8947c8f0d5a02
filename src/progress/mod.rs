//! Targets against progress: where each target stands (tally, share, remaining,
//! the comparator's verdict, pace against the time elapsed), roll-ups by section,
//! department and place, amounts by month (and their chart), and the place × month
//! grid, and targets per week, month or quarter. Pure: the views and the year-end summary only word what is computed here.

pub mod chart;
pub mod months;
pub mod periods;
pub mod report;
pub mod returns;
pub mod rollup;
pub mod standing;

pub use months::{by_month, place_grid, PlaceRow};
pub use periods::{period_tallies, shown_period, PeriodState, PeriodTally};
pub use rollup::{roll_up, RollUp};
pub use standing::{is_count_unit, standing, Pace, PaceVerdict, Standing, Verdict};
