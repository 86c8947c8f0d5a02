//! Targets against progress: where each target stands (tally, share, remaining,
//! the comparator's verdict, pace against the time elapsed), roll-ups by section,
//! department and place, amounts by month (and their chart), and the place × month
//! grid. Pure: the views and the year-end summary only word what is computed here.

pub mod chart;
pub mod months;
pub mod rollup;
pub mod standing;

pub use months::{by_month, place_grid, PlaceRow};
pub use rollup::{roll_up, RollUp};
pub use standing::{is_count_unit, standing, Pace, PaceVerdict, Standing, Verdict};
