//! The shape of a plan, member by member: which members each object has, which are
//! required, their types, the accepted words and ranges. The published JSON Schema
//! (`public/schema/jihua-plan-v2.json`) states the same rules; `tests/file_fixtures.rs`
//! checks that the two agree.

use super::check::{
    Checker,
    Need::{Optional, Required},
    Obj, MAX_SAFE,
};
use super::error::{JsonPath, JsonType};
use crate::model::repeat::MAX_TIMES;
use crate::model::target::MAX_ATTENDANCE;
use crate::model::when::{CHINESE_YEARS, MAX_FESTIVAL_OFFSET};

/// The `kind`s of `when`.
const WHEN_KINDS: &[&str] = &[
    "date",
    "range",
    "month",
    "months",
    "xun",
    "quarter",
    "half",
    "year",
    "festival",
    "lunar",
    "unscheduled",
];
/// The festival words of `when` kind `festival` (those of [`Festival::word`]).
///
/// [`Festival::word`]: crate::almanac::Festival::word
pub const FESTIVAL_WORDS: &[&str] = &[
    "laba",
    "xiaonian",
    "spring_eve",
    "spring",
    "lantern",
    "longtaitou",
    "qingming",
    "dragon_boat",
    "qixi",
    "zhongyuan",
    "mid_autumn",
    "double_ninth",
    "new_year",
    "womens_day",
    "arbor_day",
    "reading_day",
    "labour_day",
    "youth_day",
    "childrens_day",
    "heritage_day",
    "party_day",
    "army_day",
    "teachers_day",
    "harvest_day",
    "national_day",
];
const XUN: &[&str] = &["early", "middle", "late"];
const EVERY: &[&str] = &["week", "month", "quarter"];
const OPS: &[&str] = &["at_least", "at_most", "exactly", "about"];
const NUMBERING: &[&str] = &["plan", "gbt9704"];
const STATUSES: &[&str] = &["planned", "in_progress", "done", "cancelled"];
impl Checker {
    /// A plan (the `plan` of a plan file, or one of a backup's `plans`).
    pub fn plan(&mut self, o: &Obj, p: &JsonPath) {
        self.id(o, "id", p, Required, false);
        self.text(o, "title", p, Required);
        self.text(o, "organization", p, Optional);
        self.year(o, "year", p, Optional);
        self.date(o, "start", p, Optional, true);
        self.date(o, "end", p, Optional, true);
        self.text(o, "preface", p, Optional);
        self.one_of(o, "numbering", p, Optional, NUMBERING);
        self.boolean(o, "sample", p);
        self.timestamp(o, "created_at", p, Optional);
        self.timestamp(o, "updated_at", p, Optional);
        self.int(o, "revision", p, Optional, 0, MAX_SAFE);
        self.each(o, "departments", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.text(o, "name", p, Required);
            c.colour(o, "color", p);
        });
        self.each(o, "places", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.text(o, "name", p, Required);
            c.text(o, "kind", p, Optional);
        });
        self.each(o, "categories", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.text(o, "name", p, Required);
            c.text(o, "unit", p, Optional);
        });
        self.each(o, "sections", p, Required, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.id(o, "parent", p, Optional, true);
            c.text(o, "title", p, Required);
            c.int(o, "order", p, Optional, 0, i64::from(u32::MAX));
        });
        self.each(o, "items", p, Required, Self::item);
        self.each(o, "deleted", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.timestamp(o, "at", p, Required);
        });
    }

    fn item(&mut self, o: &Obj, p: &JsonPath) {
        self.id(o, "id", p, Required, false);
        self.id(o, "section", p, Required, false);
        self.int(o, "order", p, Optional, 0, i64::from(u32::MAX));
        self.text(o, "title", p, Required);
        self.text(o, "notes", p, Optional);
        if let Some(v) = self.member(o, "when", p, Optional, false) {
            let at = p.key("when");
            if let Some(w) = self.object(v, &at) {
                self.when(w, &at);
            }
        }
        if let Some(v) = self.member(o, "repeat", p, Optional, true) {
            let at = p.key("repeat");
            if let Some(r) = self.object(v, &at) {
                if r.contains_key("times") {
                    self.int(r, "times", &at, Required, 1, i64::from(MAX_TIMES));
                } else {
                    self.one_of(r, "every", &at, Required, EVERY);
                }
            }
        }
        self.ids(o, "departments", p);
        self.ids(o, "places", p);
        self.text(o, "lead", p, Optional);
        if let Some(tags) = self.list(o, "tags", p, Optional) {
            for (i, tag) in tags.iter().enumerate() {
                if !tag.is_string() {
                    self.wrong_type(&p.key("tags").index(i), JsonType::Text, tag);
                }
            }
        }
        if let Some(v) = self.member(o, "target", p, Optional, true) {
            let at = p.key("target");
            if let Some(t) = self.object(v, &at) {
                self.one_of(t, "op", &at, Required, OPS);
                self.quantity(t, "quantity", &at);
                self.text(t, "unit", &at, Optional);
            }
        }
        if let Some(v) = self.member(o, "per_period", p, Optional, true) {
            let at = p.key("per_period");
            if let Some(t) = self.object(v, &at) {
                self.one_of(t, "every", &at, Required, EVERY);
                self.one_of(t, "op", &at, Required, OPS);
                self.quantity(t, "quantity", &at);
                self.text(t, "unit", &at, Optional);
            }
        }
        self.each(o, "progress", p, Optional, |c, o, p| {
            c.id(o, "id", p, Required, false);
            c.date(o, "date", p, Required, false);
            c.quantity(o, "amount", p);
            c.id(o, "place", p, Optional, true);
            c.text(o, "note", p, Optional);
            // The fields of records that count (issue 19); null reads as absent.
            let given = |key| o.get(key).is_some_and(|v| !v.is_null());
            if given("attendance") {
                c.int(o, "attendance", p, Optional, 0, i64::from(MAX_ATTENDANCE));
            }
            // A built-in key or one of the plan's own ids: the model checks which.
            c.id(o, "category", p, Optional, true);
            c.text(o, "lead", p, Optional);
            c.ids(o, "photos", p);
        });
        self.one_of(o, "status", p, Optional, STATUSES);
        self.boolean(o, "milestone", p);
        self.timestamp(o, "updated_at", p, Optional);
    }

    fn when(&mut self, w: &Obj, p: &JsonPath) {
        let Some(kind) = self.one_of(w, "kind", p, Required, WHEN_KINDS) else {
            return;
        };
        let month = |c: &mut Self, key| {
            c.int(w, key, p, Required, 1, 12);
        };
        match kind {
            "date" => self.date(w, "date", p, Required, false),
            "range" => {
                self.date(w, "start", p, Required, false);
                self.date(w, "end", p, Required, false);
            }
            "unscheduled" => {}
            "festival" | "lunar" => {
                let (first, last) = (*CHINESE_YEARS.start(), *CHINESE_YEARS.end());
                self.int(w, "year", p, Required, first.into(), last.into());
                if kind == "festival" {
                    self.one_of(w, "festival", p, Required, FESTIVAL_WORDS);
                    let max = i64::from(MAX_FESTIVAL_OFFSET);
                    self.int(w, "from", p, Optional, -max, max);
                    self.int(w, "to", p, Optional, -max, max);
                } else {
                    month(self, "month");
                    self.int(w, "day", p, Required, 1, 30);
                    self.boolean(w, "leap", p);
                }
            }
            _ => {
                self.year(w, "year", p, Required);
                match kind {
                    "month" => month(self, "month"),
                    "months" => {
                        month(self, "from");
                        month(self, "to");
                    }
                    "xun" => {
                        month(self, "month");
                        self.one_of(w, "xun", p, Required, XUN);
                    }
                    "quarter" => {
                        self.int(w, "quarter", p, Required, 1, 4);
                    }
                    "half" => {
                        self.int(w, "half", p, Required, 1, 2);
                    }
                    _ => {}
                }
            }
        }
    }
}
