//! Typed identifiers. Ids are opaque strings chosen by whoever creates the object
//! (the UI passes in fresh ones); the newtypes keep a section id from being used
//! where an item id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps a string as this kind of id.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

id_type!(
    /// Identifies a plan.
    PlanId
);
id_type!(
    /// Identifies a section of a plan.
    SectionId
);
id_type!(
    /// Identifies an item (activity or task).
    ItemId
);
id_type!(
    /// Identifies a department (责任部门).
    DepartmentId
);
id_type!(
    /// Identifies a place (village, township, venue).
    PlaceId
);
id_type!(
    /// Identifies a progress entry.
    EntryId
);

/// A source of fresh ids. The pure layers never invent ids themselves: callers pass
/// one of these in (the UI uses a random one, tests a counter).
pub trait IdSource {
    /// Returns an id that has not been returned before, prefixed with `prefix`.
    fn next_id(&mut self, prefix: &str) -> String;
}

/// A deterministic id source: `prefix` + a running number. Used by tests and by the
/// sample plan, whose ids must be stable.
#[derive(Debug, Default, Clone)]
pub struct CounterIds {
    next: u64,
    salt: String,
}

impl CounterIds {
    /// A counter whose ids carry `salt` so that two counters never collide.
    pub fn with_salt(salt: impl Into<String>) -> Self {
        Self {
            next: 0,
            salt: salt.into(),
        }
    }
}

impl IdSource for CounterIds {
    fn next_id(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{}{}", self.salt, self.next)
    }
}
