//! The kinds of activity the statistics return (统计报表) of a 文化馆 or 文化站
//! counts separately — 展览 (个), 文艺活动 (次), 训练班 (次, with 培训人次), 公益讲座
//! (次) — the kinds a plan adds to them ([`OwnCategory`]), and the guess of an
//! activity's kind from its title.

use super::plan::{OwnCategory, Plan};

/// A built-in category: its key (as stored), its names and the unit it counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    /// The key stored in plan files.
    pub key: &'static str,
    /// 展览.
    pub zh: &'static str,
    /// Exhibitions.
    pub en: &'static str,
    /// The unit the return counts it in: 个 or 次.
    pub unit: &'static str,
}

/// The categories of the statistics return, in its order.
pub const BUILT_IN: [Category; 4] = [
    Category {
        key: "exhibition",
        zh: "展览",
        en: "Exhibitions",
        unit: "个",
    },
    Category {
        key: "performance",
        zh: "文艺活动",
        en: "Performances and events",
        unit: "次",
    },
    Category {
        key: "training",
        zh: "训练班",
        en: "Training courses",
        unit: "次",
    },
    Category {
        key: "lecture",
        zh: "公益讲座",
        en: "Public lectures",
        unit: "次",
    },
];

/// The built-in category with `key`.
pub fn built_in(key: &str) -> Option<&'static Category> {
    BUILT_IN.iter().find(|c| c.key == key)
}

/// A category of a plan: a built-in one or one the plan adds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind<'a> {
    /// One of [`BUILT_IN`].
    BuiltIn(&'static Category),
    /// One of the plan's own.
    Own(&'a OwnCategory),
}

impl<'a> Kind<'a> {
    /// The key records store: a built-in key or the plan category's id.
    pub fn key(self) -> &'a str {
        match self {
            Kind::BuiltIn(c) => c.key,
            Kind::Own(c) => &c.id,
        }
    }

    /// Its name in Chinese (`zh`) or English; a plan's own has one name only.
    pub fn name(self, zh: bool) -> &'a str {
        match self {
            Kind::BuiltIn(c) if zh => c.zh,
            Kind::BuiltIn(c) => c.en,
            Kind::Own(c) => c.name.trim(),
        }
    }

    /// The unit it counts in (个, 次 …).
    pub fn unit(self) -> &'a str {
        match self {
            Kind::BuiltIn(c) => c.unit,
            Kind::Own(c) if c.unit.trim().is_empty() => "次",
            Kind::Own(c) => c.unit.trim(),
        }
    }
}

/// Every category of `plan`: the built-in ones in the return's order, then the
/// plan's own in the order they were added.
pub fn all(plan: &Plan) -> impl Iterator<Item = Kind<'_>> {
    BUILT_IN
        .iter()
        .map(Kind::BuiltIn)
        .chain(plan.categories.iter().map(Kind::Own))
}

/// The category of `plan` with `key`, if there is one.
pub fn find<'a>(plan: &'a Plan, key: &str) -> Option<Kind<'a>> {
    all(plan).find(|k| k.key() == key)
}

/// Whether `name` is already the name of one of `plan`'s categories (in either
/// language, ignoring spaces and case), so that a new one would be a twin.
pub fn name_taken(plan: &Plan, name: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<String>().to_lowercase();
    let name = norm(name);
    all(plan).any(|k| norm(k.name(true)) == name || norm(k.name(false)) == name)
}

/// Words of a title that name each kind, the more specific first: a 讲座 about
/// an exhibition is a lecture, a 培训班 that ends in a show is training.
const WORDS: [(&str, &[&str]); 3] = [
    ("lecture", &["讲座", "讲堂", "宣讲", "报告会"]),
    (
        "training",
        &["培训", "训练班", "辅导班", "基础班", "研修", "考级", "艺校"],
    ),
    (
        "exhibition",
        &["展览", "作品展", "书画展", "摄影展", "展示", "展出", "陈列"],
    ),
];

/// The category an activity titled `title` counts its records as unless a record
/// says otherwise: one of the plan's own whose name the title holds (the longest;
/// a kind the plan added is more specific than the return's), else a built-in one
/// from words of the title ([`guess_built_in`]).
pub fn guess<'a>(plan: &'a Plan, title: &str) -> Kind<'a> {
    plan.categories
        .iter()
        .filter(|c| !c.name.trim().is_empty() && title.contains(c.name.trim()))
        .max_by_key(|c| c.name.trim().len())
        .map_or_else(|| Kind::BuiltIn(guess_built_in(title)), Kind::Own)
}

/// The built-in category of an activity titled `title`: from words of it (讲座 →
/// lecture, 培训 → training, 展览 → exhibition), else 文艺活动 (performances, 送戏下乡,
/// 广场舞 and the like).
pub fn guess_built_in(title: &str) -> &'static Category {
    WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| title.contains(w)))
        .and_then(|(key, _)| built_in(key))
        .unwrap_or(&BUILT_IN[1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Extra;
    use crate::model::PlanId;

    fn own(id: &str, name: &str, unit: &str) -> OwnCategory {
        OwnCategory {
            id: id.to_owned(),
            name: name.to_owned(),
            unit: unit.to_owned(),
            extra: Extra::new(),
        }
    }

    #[test]
    fn titles_name_their_kind() {
        let plan = Plan::new(PlanId::new("p"), "计划", 2026);
        let key = |title| guess(&plan, title).key();
        assert_eq!(key("第三届书画公益讲座"), "lecture");
        assert_eq!(key("全市文化带头人培训班"), "training");
        assert_eq!(key("修丹书画作品展览"), "exhibition");
        assert_eq!(key("送戏下乡一百场"), "performance");
        assert_eq!(key("摄影展"), "exhibition");
        assert!(built_in("nothing").is_none());
    }

    #[test]
    fn a_plans_own_kinds_come_after_the_built_in_ones_and_win_the_guess() {
        let mut plan = Plan::new(PlanId::new("p"), "计划", 2026);
        plan.categories = vec![own("c-1", "非遗", ""), own("c-2", "非遗展示", "场")];
        let keys: Vec<&str> = all(&plan).map(Kind::key).collect();
        assert_eq!(
            keys,
            [
                "exhibition",
                "performance",
                "training",
                "lecture",
                "c-1",
                "c-2"
            ]
        );
        // The longest name held by the title; else the built-in guess.
        assert_eq!(guess(&plan, "端午非遗展示周").key(), "c-2");
        assert_eq!(guess(&plan, "非遗进校园讲座").key(), "c-1");
        assert_eq!(guess(&plan, "广场舞培训").key(), "training");
        let k = find(&plan, "c-1").unwrap();
        assert_eq!(
            (k.name(true), k.name(false), k.unit()),
            ("非遗", "非遗", "次")
        );
        assert_eq!(find(&plan, "c-2").unwrap().unit(), "场");
        assert_eq!(find(&plan, "lecture").unwrap().name(true), "公益讲座");
        assert!(find(&plan, "c-3").is_none());
        assert!(name_taken(&plan, " 非 遗 "));
        assert!(name_taken(&plan, "public lectures"));
        assert!(!name_taken(&plan, "阅读推广"));
    }
}
