//! The built-in sample plan, shown on first start. Its content comes from the seed
//! plans (a county cultural centre's annual plan, 篇一, 篇二 and 篇四), dated in the
//! year passed in so that the calendar and timeline open on live data.

use super::ids::{DepartmentId, ItemId, PlaceId, PlanId, SectionId};
use super::plan::{Department, Extra, Item, Place, Plan, Section};
use super::repeat::{Period, Repeat};
use super::target::{Comparator, Target};
use super::when::{When, Xun};
use crate::almanac::Festival;
use chrono::NaiveDate;

/// Id of the sample plan.
pub const SAMPLE_ID: &str = "sample";

const DEPARTMENTS: [(&str, &str, &str); 5] = [
    ("d-office", "办公室", "#6b7280"),
    ("d-coach", "辅导部", "#2775ce"),
    ("d-show", "演出部", "#cf450e"),
    ("d-stage", "舞美部", "#7b4fd6"),
    ("d-heritage", "非遗部", "#0a8361"),
];

const PLACES: [&str; 9] = [
    "灯明寺",
    "于桥",
    "秦村",
    "霞口",
    "连镇",
    "大单",
    "龙王李",
    "找王",
    "城关镇",
];

/// How the sample describes one activity, before ids are attached.
struct Spec {
    title: &'static str,
    when: When,
    departments: &'static [&'static str],
    places: &'static [usize],
    target: Option<(Comparator, f64, &'static str)>,
    repeat: Option<Repeat>,
    notes: &'static str,
    milestone: bool,
}

fn spec(title: &'static str, when: When, departments: &'static [&'static str]) -> Spec {
    Spec {
        title,
        when,
        departments,
        places: &[],
        target: None,
        repeat: None,
        notes: "",
        milestone: false,
    }
}

impl Spec {
    fn target(mut self, op: Comparator, quantity: f64, unit: &'static str) -> Self {
        self.target = Some((op, quantity, unit));
        self
    }
    fn places(mut self, places: &'static [usize]) -> Self {
        self.places = places;
        self
    }
    fn repeat(mut self, repeat: Repeat) -> Self {
        self.repeat = Some(repeat);
        self
    }
    fn notes(mut self, notes: &'static str) -> Self {
        self.notes = notes;
        self
    }
    fn milestone(mut self) -> Self {
        self.milestone = true;
        self
    }
}

fn sections(y: i32) -> Vec<(&'static str, Vec<Spec>)> {
    use Comparator::*;
    let month = |month| When::Month { year: y, month };
    let months = |from, to| When::Months { year: y, from, to };
    let year = When::Year { year: y };
    let date = |m, d| NaiveDate::from_ymd_opt(y, m, d);
    let range = match (date(1, 5), date(1, 20)) {
        (Some(start), Some(end)) => When::Range { start, end },
        _ => month(1),
    };
    let anniversary = date(9, 3).map_or(month(9), |date| When::Date { date });
    vec![
        (
            "加强内部管理，提升队伍素质",
            vec![
                spec(
                    "周学习制度：每周固定时间集体学习",
                    year.clone(),
                    &["d-office"],
                )
                .repeat(Repeat::Every {
                    every: Period::Week,
                })
                .notes("制定《敦化市文化馆周学习制度》，带领全馆职工丰富和完善专业知识"),
                spec("党风廉政建设学习", year.clone(), &["d-office"]),
                spec("按时做好有关材料上报工作", year.clone(), &["d-office"]).repeat(
                    Repeat::Every {
                        every: Period::Quarter,
                    },
                ),
            ],
        ),
        (
            "坚持创新，继续打造具有地方特色的文化精品",
            vec![
                spec(
                    "敦化市农民艺术节",
                    month(7),
                    &["d-coach", "d-show", "d-stage"],
                )
                .notes("“一村一品”展示、大型广场乡土艺术汇演、农民艺术作品展、民间艺术绝活"),
                spec(
                    "广场健身舞普及活动及城乡广场文化带头人培训班",
                    When::Quarter {
                        year: y,
                        quarter: 2,
                    },
                    &["d-coach"],
                ),
                spec(
                    "编排系列演出节目，完成《海东胜国》演出",
                    year.clone(),
                    &["d-show", "d-stage"],
                ),
                spec(
                    "庆祝自治州成立六十周年大型文艺晚会",
                    anniversary,
                    &["d-show", "d-stage"],
                )
                .milestone(),
            ],
        ),
        (
            "开展丰富多彩的“迎新春”系列活动",
            vec![
                spec("春节联欢晚会节目征集与海选", range, &["d-show"]),
                spec(
                    "春节联欢晚会录制与转播",
                    months(1, 2),
                    &["d-show", "d-stage"],
                ),
                spec(
                    "正月十五新春秧歌会",
                    When::Lunar {
                        year: y,
                        month: 1,
                        day: 15,
                        leap: false,
                    },
                    &["d-coach", "d-show"],
                )
                .notes("传统秧歌与广场舞相结合，加之舞龙、舞狮表演"),
                spec(
                    "春节期间“送春联、送福字”进村入户",
                    When::Festival {
                        year: y,
                        festival: Festival::Spring,
                        from: -7,
                        to: -1,
                    },
                    &["d-coach"],
                )
                .places(&[0, 1, 2]),
                spec(
                    "“万家庆新春”“情暖敬老院”送演出到社区",
                    months(1, 2),
                    &["d-show"],
                ),
            ],
        ),
        (
            "以“文化大篷车”为载体，坚持送戏下乡",
            vec![
                spec("送戏下乡一百场", year.clone(), &["d-show", "d-stage"])
                    .target(AtLeast, 100.0, "场")
                    .places(&[0, 1, 2, 3, 4, 5, 6, 7, 8]),
                spec(
                    "戏曲类送文化下乡",
                    When::Half { year: y, half: 1 },
                    &["d-show"],
                )
                .target(Exactly, 3.0, "场")
                .places(&[0, 1, 2]),
                spec(
                    "歌曲类送文化下乡",
                    When::Half { year: y, half: 1 },
                    &["d-show"],
                )
                .target(Exactly, 3.0, "场")
                .places(&[3, 4, 5]),
                spec(
                    "舞蹈类送文化下乡",
                    When::Half { year: y, half: 1 },
                    &["d-coach"],
                )
                .target(Exactly, 3.0, "场")
                .places(&[6, 7, 8]),
                spec("为受灾村镇送去专场慰问演出", When::Unscheduled, &["d-show"]),
            ],
        ),
        (
            "开展群众文化活动，培育文艺骨干",
            vec![
                spec("组织广场文化活动", year.clone(), &["d-coach"])
                    .target(AtLeast, 12.0, "次")
                    .repeat(Repeat::Every {
                        every: Period::Month,
                    }),
                spec("组织社区文化活动", year.clone(), &["d-coach"]).target(AtLeast, 12.0, "次"),
                spec("培训各类文艺人才", year.clone(), &["d-coach"]).target(AtLeast, 300.0, "人次"),
                spec("文艺辅导", year.clone(), &["d-coach"]).target(AtLeast, 1500.0, "人次"),
                spec("基层文艺骨干培训班", year.clone(), &["d-coach"])
                    .target(AtLeast, 1.0, "期")
                    .repeat(Repeat::Times { times: 2 }),
                spec("全市文化站长例会", months(3, 4), &["d-coach"]).target(Exactly, 2.0, "次"),
                spec("全市文化带头人培训班", year.clone(), &["d-coach"]).target(Exactly, 3.0, "期"),
                spec(
                    "组织完成省市群众文化调演",
                    When::Quarter {
                        year: y,
                        quarter: 3,
                    },
                    &["d-show"],
                ),
                spec(
                    "下乡辅导基层文化，帮助农村建立文娱队伍",
                    month(10),
                    &["d-coach"],
                ),
            ],
        ),
        (
            "便民利民，做好公益文化服务",
            vec![
                spec(
                    "第三届书画公益讲座",
                    When::Xun {
                        year: y,
                        month: 4,
                        xun: Xun::Middle,
                    },
                    &["d-coach"],
                ),
                spec("修丹书画作品展览", year.clone(), &["d-coach"]).target(AtLeast, 4.0, "场"),
                spec("戏迷朋友周边县市联谊活动", months(5, 6), &["d-show"]),
                spec("第二期戏曲知识培训", months(7, 8), &["d-coach"]),
                spec("摄影展", months(9, 10), &["d-coach", "d-stage"]),
                spec(
                    "书法、美术和摄影基础班",
                    When::Half { year: y, half: 2 },
                    &["d-coach"],
                ),
                spec(
                    "少儿艺校文化艺术节",
                    When::Quarter {
                        year: y,
                        quarter: 2,
                    },
                    &["d-coach", "d-show"],
                )
                .target(AtLeast, 5.0, "场"),
                spec("少儿艺校考级工作", year.clone(), &["d-coach"])
                    .repeat(Repeat::Times { times: 2 })
                    .target(Exactly, 2.0, "次"),
            ],
        ),
        (
            "加强非物质文化遗产保护",
            vec![
                spec(
                    "国家级保护名录后续跟进，设立陈列室",
                    year.clone(),
                    &["d-heritage"],
                ),
                spec(
                    "收集有历史价值、代表地方特色的非遗实物",
                    When::Half { year: y, half: 2 },
                    &["d-heritage"],
                ),
            ],
        ),
    ]
}

/// The sample plan for `year`, marked `sample`.
pub fn sample_plan(year: i32) -> Plan {
    let mut plan = Plan::new(
        PlanId::new(SAMPLE_ID),
        format!("{year}年文化馆工作计划（示例）"),
        year,
    );
    plan.sample = true;
    plan.organization = "县文化馆".to_owned();
    plan.preface = "以满足群众文化需求为己任，以开展群众文化活动为抓手，以强化服务意识为宗旨，\
                    丰富农民群众的文化生活，开辟群众文化的新局面。"
        .to_owned();
    plan.departments = DEPARTMENTS
        .iter()
        .map(|(id, name, color)| Department {
            id: DepartmentId::new(*id),
            name: (*name).to_owned(),
            color: (*color).to_owned(),
            extra: Extra::new(),
        })
        .collect();
    plan.places = PLACES
        .iter()
        .enumerate()
        .map(|(n, name)| Place {
            id: PlaceId::new(format!("p{}", n + 1)),
            name: (*name).to_owned(),
            kind: "乡镇".to_owned(),
            extra: Extra::new(),
        })
        .collect();
    let mut next_item = 0;
    for (s, (title, specs)) in sections(year).into_iter().enumerate() {
        let section = SectionId::new(format!("s{}", s + 1));
        plan.sections.push(Section {
            id: section.clone(),
            parent: None,
            title: title.to_owned(),
            order: s as u32,
            extra: Extra::new(),
        });
        for (order, spec) in specs.into_iter().enumerate() {
            next_item += 1;
            let mut item = Item::new(
                ItemId::new(format!("i{next_item}")),
                section.clone(),
                spec.title,
            );
            item.order = order as u32;
            item.when = spec.when;
            item.repeat = spec.repeat;
            item.notes = spec.notes.to_owned();
            item.milestone = spec.milestone;
            item.departments = spec
                .departments
                .iter()
                .map(|d| DepartmentId::new(*d))
                .collect();
            item.places = spec
                .places
                .iter()
                .map(|p| PlaceId::new(format!("p{}", p + 1)))
                .collect();
            item.target = spec.target.map(|(op, quantity, unit)| Target {
                op,
                quantity,
                unit: unit.to_owned(),
            });
            plan.items.push(item);
        }
    }
    plan
}
