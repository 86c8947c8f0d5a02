//! What is put aside when the page closes with changes not yet stored (see
//! `ui::state::unsaved`), as a pure type: the newest unsaved state of each plan, and
//! the state whose write was under way, since the page could not hear whether it
//! reached storage. At the next start each stashed state is settled against what is
//! stored.

use crate::model::Plan;
use serde::{Deserialize, Serialize};

/// The stash.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stash {
    /// The newest unsaved state of each plan, each with the stored revision it was
    /// based on.
    pub plans: Vec<Plan>,
    /// The state being written when the page closed, if any.
    #[serde(default)]
    pub writing: Option<Plan>,
}

/// How a stashed state stands against the stored plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settled {
    /// It builds on what is stored: save it (its revision now the stored one).
    Ahead,
    /// Storage already holds it: nothing to save.
    Stored,
    /// The plan was saved elsewhere since: only the user can choose.
    Conflict,
}

impl Stash {
    /// The stash as stored text.
    pub fn encode(&self) -> Option<String> {
        serde_json::to_string(self).ok()
    }

    /// A stash read back. Earlier builds stored one plan, or a list of plans; both
    /// are still read. Text that is none of these gives an empty stash.
    pub fn decode(text: &str) -> Stash {
        serde_json::from_str::<Stash>(text)
            .or_else(|_| {
                serde_json::from_str::<Vec<Plan>>(text).map(|plans| Stash {
                    plans,
                    writing: None,
                })
            })
            .or_else(|_| {
                serde_json::from_str::<Plan>(text).map(|p| Stash {
                    plans: vec![p],
                    writing: None,
                })
            })
            .unwrap_or_default()
    }

    /// Settles stashed `stash` against the `stored` plan of the same id, setting
    /// its revision to the stored one where it builds on it. A write that reached
    /// storage just before the page closed (too late to hear of it) is no conflict.
    pub fn settle(&self, stored: &Plan, stash: &mut Plan) -> Settled {
        if same_content(stored, stash) {
            return Settled::Stored;
        }
        let landed = self.writing.as_ref().is_some_and(|w| {
            w.id == stash.id && stored.revision == w.revision + 1 && same_content(stored, w)
        });
        if stored.revision == stash.revision || landed {
            stash.revision = stored.revision;
            Settled::Ahead
        } else {
            Settled::Conflict
        }
    }
}

/// Whether two states of a plan hold the same content, whatever their revisions.
fn same_content(a: &Plan, b: &Plan) -> bool {
    *a == Plan {
        revision: a.revision,
        ..b.clone()
    }
}
