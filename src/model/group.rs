//! Grouping activities by section, department or place: the timeline's rows and
//! the progress roll-ups use the same rule.

/// How activities are grouped (the timeline's rows, the progress roll-ups).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GroupBy {
    /// By section, as in the outline (default).
    #[default]
    Section,
    /// By responsible department.
    Department,
    /// By place.
    Place,
}

impl GroupBy {
    /// All groupings, in the order the toolbar offers them.
    pub const ALL: [GroupBy; 3] = [GroupBy::Section, GroupBy::Department, GroupBy::Place];

    /// The grouping's name in the URL.
    pub fn key(self) -> &'static str {
        match self {
            GroupBy::Section => "section",
            GroupBy::Department => "department",
            GroupBy::Place => "place",
        }
    }

    /// The grouping named `key` in the URL.
    pub fn from_key(key: &str) -> Option<GroupBy> {
        GroupBy::ALL.into_iter().find(|g| g.key() == key)
    }

    /// Whether `item` is in the group `key`: its section, one of its departments
    /// or places; "" is the group of activities with no department or place.
    pub fn contains(self, key: &str, item: &super::Item) -> bool {
        let (mut ids, none): (Box<dyn Iterator<Item = &str>>, bool) = match self {
            GroupBy::Section => (Box::new(std::iter::once(item.section.as_str())), false),
            GroupBy::Department => (
                Box::new(item.departments.iter().map(|d| d.as_str())),
                item.departments.is_empty(),
            ),
            GroupBy::Place => (
                Box::new(item.places.iter().map(|p| p.as_str())),
                item.places.is_empty(),
            ),
        };
        if key.is_empty() {
            none
        } else {
            ids.any(|id| id == key)
        }
    }
}
