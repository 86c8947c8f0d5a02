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
id_type!(
    /// Id of a photo kept with a progress entry (the photo itself is stored apart
    /// from the plan, as a blob).
    PhotoId
);
