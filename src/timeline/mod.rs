//! The Gantt timeline's view-models: the time scale of each zoom level with its
//! headers, the rows grouped by section, department or place, the geometry of each
//! activity's bar, and the visible window (which rows and which days must be drawn
//! for a scroll position). Pure: the component only draws what is computed here.

pub mod almanac;
pub mod bars;
pub mod edit;
pub mod nav;
pub mod rows;
pub mod scale;
pub mod window;

pub use almanac::{almanac_marks, FestivalMark, HolidayBand};
pub use bars::{bar, Bar};
pub use nav::TimelineView;
pub use rows::{rows, Row, RowKind};
pub use scale::axis;
pub use scale::{Header, HeaderLabel, Scale, Zoom};
pub use window::{headers_in, scroll_to_show, visible_rows, visible_x, RowWindow};
