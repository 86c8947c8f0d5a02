//! The kinds of activity the statistics return (统计报表) of a 文化馆 or 文化站
//! counts separately — 展览 (个), 文艺活动 (次), 训练班 (次, with 培训人次), 公益讲座
//! (次) — and the guess of an activity's kind from its title.

use super::plan::Item;

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

/// The category an activity's records count as unless a record says otherwise:
/// from words of its title (讲座 → lecture, 培训 → training, 展览 → exhibition),
/// else 文艺活动 (performances, 送戏下乡, 广场舞 and the like).
pub fn guess(item: &Item) -> &'static Category {
    guess_title(&item.title)
}

/// [`guess`] from a title alone (the form, before the activity is saved).
pub fn guess_title(title: &str) -> &'static Category {
    WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| title.contains(w)))
        .and_then(|(key, _)| built_in(key))
        .unwrap_or(&BUILT_IN[1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ItemId, SectionId};

    fn item(title: &str) -> Item {
        Item::new(ItemId::new("i"), SectionId::new("s"), title)
    }

    #[test]
    fn titles_name_their_kind() {
        assert_eq!(guess(&item("第三届书画公益讲座")).key, "lecture");
        assert_eq!(guess(&item("全市文化带头人培训班")).key, "training");
        assert_eq!(guess(&item("修丹书画作品展览")).key, "exhibition");
        assert_eq!(guess(&item("送戏下乡一百场")).key, "performance");
        assert_eq!(guess(&item("摄影展")).key, "exhibition");
        assert!(built_in("nothing").is_none());
    }
}
