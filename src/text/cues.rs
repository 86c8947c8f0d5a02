//! The words the role judgement listens for: the verbs an activity opens with
//! (举办, 开展, 做好 …), the words of a preface (特制定, 根据) and of a closing
//! (再创辉煌, 新台阶).

use super::norm::starts_any;

/// Verbs an activity is written with, at the start of its sentence.
const ACTIVITY: &[&str] = &[
    "举办",
    "举行",
    "开展",
    "组织",
    "召开",
    "实施",
    "启动",
    "完成",
    "做好",
    "抓好",
    "推进",
    "加强",
    "建设",
    "创建",
    "策划",
    "承办",
    "参加",
    "参与",
    "送",
    "培训",
    "编排",
    "排练",
    "创作",
    "打造",
    "建立",
    "完善",
    "落实",
    "深化",
    "推动",
    "提升",
    "开设",
    "征集",
    "评选",
    "慰问",
    "开放",
    "免费开放",
    "设立",
    "收集",
    "挖掘",
    "编印",
    "出版",
    "录制",
    "制作",
    "新建",
    "改造",
    "维修",
    "申报",
    "上报",
    "报送",
    "学习",
    "传达",
    "邀请",
    "配合",
    "协助",
    "指导",
    "辅导",
    "扶持",
    "培育",
    "宣传",
    "推广",
    "普及",
    "巡演",
    "演出",
    "展览",
    "举报",
    "整理",
    "修订",
    "修缮",
    "保护",
    "调研",
    "督查",
    "检查",
    "考核",
    "排查",
    "整治",
    "成立",
    "筹备",
    "筹办",
    "举荐",
    "选派",
    "派出",
    "开通",
    "建成",
    "打响",
];

/// Words an activity sentence may open with before its verb.
const OPENERS: &[&str] = &[
    "此外",
    "另外",
    "同时",
    "今年",
    "全年",
    "年内",
    "我们",
    "我馆",
    "我站",
    "我镇",
    "我乡",
    "我中心",
    "文化馆",
    "文化站",
    "本馆",
    "本站",
    "计划",
    "拟",
    "将",
    "要",
    "还",
    "并",
    "继续",
    "进一步",
    "积极",
    "认真",
    "大力",
    "全力",
    "努力",
    "着力",
    "切实",
    "重点",
    "主要",
    "力争",
    "按时",
    "及时",
    "定期",
    "陆续",
    "再",
    "也",
    ",",
];

/// True if `chars` opens with an activity verb, perhaps after some openers.
pub fn opens_with_activity(chars: &[char]) -> bool {
    let mut i = 0;
    for _ in 0..6 {
        if starts_any(chars, i, ACTIVITY).is_some() {
            return true;
        }
        match starts_any(chars, i, OPENERS) {
            Some(n) => i += n,
            None => return false,
        }
    }
    false
}

/// "此外，还计划开展…": a new activity told after another.
pub(super) fn opens_another(chars: &[char]) -> bool {
    starts_any(
        chars,
        0,
        &["此外", "另外", "同时还", "还将", "还计划", "另计划"],
    )
    .is_some()
        && opens_with_activity(chars)
}

/// Words of a preface: why and how the plan was made.
pub(super) fn preface_words(chars: &[char]) -> bool {
    let text: String = chars.iter().collect();
    [
        "特制定",
        "特制订",
        "制定如下",
        "制订如下",
        "计划如下",
        "安排如下",
        "现将",
        "如下:",
    ]
    .iter()
    .any(|w| text.contains(w))
        || starts_any(
            chars,
            0,
            &[
                "为了",
                "为进一步",
                "为深入",
                "为全面",
                "根据",
                "按照",
                "以习近平",
            ],
        )
        .is_some()
}

/// Closing words at the end of a plan.
pub(super) fn closing_words(chars: &[char]) -> bool {
    let text: String = chars.iter().collect();
    [
        "再创辉煌",
        "新台阶",
        "新的一年里",
        "新的一年中",
        "展望",
        "放眼",
        "总之",
        "总而言之",
        "让我们",
        "相信在",
    ]
    .iter()
    .any(|w| text.contains(w))
}
