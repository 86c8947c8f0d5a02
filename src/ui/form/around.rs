//! Which days around a festival the time picker describes: the day itself, N days
//! either side, before, after, or offsets of the user's own.

/// Which days around a festival the picker describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Around {
    /// 当天: the festival's day.
    Day,
    /// 前后各N天: N days before to N days after.
    Both,
    /// 当天及之前N天.
    Before,
    /// 当天及之后N天.
    After,
    /// Days `from` to `to` after the festival (negative: before).
    Custom,
}

impl Around {
    /// All choices, in picker order.
    pub const ALL: [Around; 5] = [
        Around::Day,
        Around::Both,
        Around::Before,
        Around::After,
        Around::Custom,
    ];

    /// A stable key for `<option value>`.
    pub fn key(self) -> &'static str {
        match self {
            Around::Day => "day",
            Around::Both => "both",
            Around::Before => "before",
            Around::After => "after",
            Around::Custom => "custom",
        }
    }

    /// The choice with this key.
    pub fn from_key(key: &str) -> Option<Around> {
        Around::ALL.into_iter().find(|a| a.key() == key)
    }

    /// How the picker shows offsets `from`–`to`, with N or the custom offsets.
    pub fn of(from: i32, to: i32) -> (Around, i32) {
        match (from, to) {
            (0, 0) => (Around::Day, 0),
            (f, t) if f == -t && t > 0 => (Around::Both, t),
            (f, 0) if f < 0 => (Around::Before, -f),
            (0, t) if t > 0 => (Around::After, t),
            _ => (Around::Custom, 0),
        }
    }
}
