//! The calendar's view-models: grid, events and occurrences, lanes, navigation,
//! the URL hash and what a drag does.

use chrono::NaiveDate;
use jihua::calendar::grid::{monday_of, month_span};
use jihua::calendar::lanes::pack;
use jihua::calendar::moves::{moved, needs_confirmation, resized};
use jihua::calendar::nav::{from_hash, to_hash};
use jihua::calendar::{
    events_in, month_grid, week_grid, year_overview, CalendarView, Filter, Focus,
};
use jihua::model::sample::sample_plan;
use jihua::model::{
    DepartmentId, Item, ItemId, Period, PlaceId, Plan, PlanId, Repeat, Section, SectionId, Span,
    Status, When,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn plan_with(items: Vec<(&str, When, Option<Repeat>)>) -> Plan {
    let mut plan = Plan::new(PlanId::new("p"), "t", 2026);
    plan.sections.push(Section {
        id: SectionId::new("s"),
        parent: None,
        title: "s".into(),
        order: 0,
        extra: Default::default(),
    });
    for (n, (title, when, repeat)) in items.into_iter().enumerate() {
        let mut item = Item::new(ItemId::new(format!("i{n}")), SectionId::new("s"), title);
        item.when = when;
        item.repeat = repeat;
        item.order = n as u32;
        plan.items.push(item);
    }
    plan
}

#[test]
fn month_grids_start_on_monday_and_show_the_neighbouring_days() {
    let plan = plan_with(vec![]);
    let today = d(2026, 2, 10);
    // February 2026 starts on a Sunday: the grid starts on Monday 26 January.
    let feb = month_grid(&plan, 2026, 2, today, &Filter::default()).unwrap();
    assert_eq!(feb.weeks.len(), 5);
    assert_eq!(feb.weeks[0].days[0].date, d(2026, 1, 26));
    assert!(!feb.weeks[0].days[5].in_month && feb.weeks[0].days[6].in_month);
    assert_eq!(feb.weeks[4].days[6].date, d(2026, 3, 1));
    assert!(feb.weeks[2]
        .days
        .iter()
        .any(|day| day.today && day.date == today));
    assert!(
        feb.weeks[0].days[5].weekend
            && feb.weeks[0].days[6].weekend
            && !feb.weeks[0].days[4].weekend
    );
    // February 2024 (leap year) has its 29th; February 2027 fits in exactly 4 weeks;
    // August 2026 (from a Saturday to a Monday) needs 6.
    let feb24 = month_grid(&plan, 2024, 2, today, &Filter::default()).unwrap();
    let days: Vec<_> = feb24
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .filter(|d| d.in_month)
        .map(|d| d.date)
        .collect();
    assert_eq!(days.len(), 29);
    assert_eq!(*days.last().unwrap(), d(2024, 2, 29));
    assert_eq!(
        month_grid(&plan, 2027, 2, today, &Filter::default())
            .unwrap()
            .weeks
            .len(),
        4
    );
    assert_eq!(
        month_grid(&plan, 2026, 8, today, &Filter::default())
            .unwrap()
            .weeks
            .len(),
        6
    );
    assert!(month_grid(&plan, 2026, 13, today, &Filter::default()).is_none());
    assert_eq!(monday_of(d(2026, 3, 1)), d(2026, 2, 23));
    assert_eq!(month_span(2026, 2).unwrap().days(), 28);
}

#[test]
fn fixed_days_are_drawn_loose_months_go_to_the_tray() {
    let plan = plan_with(vec![
        (
            "艺术节",
            When::Month {
                year: 2026,
                month: 7,
            },
            None,
        ),
        ("全年活动", When::Year { year: 2026 }, None),
        (
            "中旬讲座",
            When::Xun {
                year: 2026,
                month: 7,
                xun: jihua::model::Xun::Middle,
            },
            None,
        ),
        (
            "跨月演出",
            When::Range {
                start: d(2026, 6, 28),
                end: d(2026, 7, 3),
            },
            None,
        ),
        (
            "八月的事",
            When::Date {
                date: d(2026, 8, 10),
            },
            None,
        ),
        ("未定", When::Unscheduled, None),
    ]);
    let july = month_grid(&plan, 2026, 7, d(2026, 7, 1), &Filter::default()).unwrap();
    let title_of = |i: usize| plan.item(&july.events[i].item).unwrap().title.clone();
    let tray: Vec<String> = july.tray.iter().map(|&i| title_of(i)).collect();
    assert_eq!(tray, vec!["全年活动", "艺术节"]);
    // The range from June continues into the first week row; it does not start there.
    let first = &july.weeks[0];
    assert_eq!(first.days[0].date, d(2026, 6, 29));
    let seg = first
        .segments
        .iter()
        .find(|s| title_of(s.event) == "跨月演出")
        .unwrap();
    assert_eq!(
        (seg.from, seg.to, seg.starts, seg.ends),
        (0, 4, false, true)
    );
    // 中旬 (Saturday 11 to Monday 20 July) is a fuzzy band over its days, across
    // three week rows.
    let xun: Vec<_> = july
        .weeks
        .iter()
        .flat_map(|w| &w.segments)
        .filter(|s| title_of(s.event) == "中旬讲座")
        .collect();
    assert!(july.events[xun[0].event].fuzzy && !july.events[seg.event].fuzzy);
    let cols: Vec<_> = xun
        .iter()
        .map(|s| (s.from, s.to, s.starts, s.ends))
        .collect();
    assert_eq!(
        cols,
        vec![
            (5, 6, true, false),
            (0, 6, false, false),
            (0, 0, false, true)
        ]
    );
    // August's date is in the grid's last row only if that row reaches it: it does not.
    assert!(july
        .events
        .iter()
        .all(|e| title_of_plan(&plan, e.item.clone()) != "八月的事"));
    assert!(july
        .events
        .iter()
        .all(|e| title_of_plan(&plan, e.item.clone()) != "未定"));
    // A loose time from June is not drawn on the June days of July's first row.
    let june = plan_with(vec![(
        "六月下旬",
        When::Xun {
            year: 2026,
            month: 6,
            xun: jihua::model::Xun::Late,
        },
        None,
    )]);
    let grid = month_grid(&june, 2026, 7, d(2026, 7, 1), &Filter::default()).unwrap();
    assert_eq!(grid.events.len(), 1);
    assert!(grid.weeks.iter().all(|w| w.segments.is_empty()));
}

fn title_of_plan(plan: &Plan, id: ItemId) -> String {
    plan.item(&id).unwrap().title.clone()
}

#[test]
fn repeated_activities_have_one_event_per_occurrence() {
    let plan = plan_with(vec![
        (
            "每周学习",
            When::Year { year: 2026 },
            Some(Repeat::Every {
                every: Period::Week,
            }),
        ),
        (
            "每月演出",
            When::Year { year: 2026 },
            Some(Repeat::Every {
                every: Period::Month,
            }),
        ),
        (
            "两次展览",
            When::Range {
                start: d(2026, 7, 1),
                end: d(2026, 7, 2),
            },
            Some(Repeat::Times { times: 2 }),
        ),
    ]);
    let july = Span::new(d(2026, 7, 1), d(2026, 7, 31)).unwrap();
    let events = events_in(&plan, july, &Filter::default());
    let of = |t: &str| {
        events
            .iter()
            .filter(|e| title_of_plan(&plan, e.item.clone()) == t)
            .collect::<Vec<_>>()
    };
    // Weeks touching July: 29 Jun–5 Jul … 27 Jul–2 Aug.
    assert_eq!(of("每周学习").len(), 5);
    assert!(of("每周学习")
        .iter()
        .all(|e| e.fuzzy && !e.movable() && e.of == 53));
    assert_eq!(of("每月演出").len(), 1);
    assert_eq!(of("每月演出")[0].span, july);
    // Two single days: precise, but a repeated activity moves in its form only.
    let twice = of("两次展览");
    assert_eq!(
        twice.iter().map(|e| e.span.start).collect::<Vec<_>>(),
        vec![d(2026, 7, 1), d(2026, 7, 2)]
    );
    assert!(twice.iter().all(|e| !e.fuzzy && !e.movable()));
    // In the month grid the monthly occurrence is in the tray, the weekly ones are bands.
    let grid = month_grid(&plan, 2026, 7, d(2026, 7, 1), &Filter::default()).unwrap();
    assert_eq!(grid.tray.len(), 1);
    assert_eq!(
        grid.weeks
            .iter()
            .flat_map(|w| &w.segments)
            .filter(|s| grid.events[s.event].of == 53)
            .count(),
        5
    );
}

#[test]
fn overlapping_events_get_lanes_of_their_own() {
    assert_eq!(
        pack(&[(0, 6), (0, 2), (3, 4), (1, 1), (5, 6)]),
        vec![0, 1, 1, 2, 1]
    );
    assert_eq!(pack(&[]), Vec::<usize>::new());
    let plan = plan_with(vec![
        (
            "长",
            When::Range {
                start: d(2026, 7, 6),
                end: d(2026, 7, 12),
            },
            None,
        ),
        (
            "短一",
            When::Date {
                date: d(2026, 7, 7),
            },
            None,
        ),
        (
            "短二",
            When::Date {
                date: d(2026, 7, 7),
            },
            None,
        ),
        (
            "另一天",
            When::Date {
                date: d(2026, 7, 9),
            },
            None,
        ),
    ]);
    let grid = month_grid(&plan, 2026, 7, d(2026, 7, 1), &Filter::default()).unwrap();
    let week = &grid.weeks[1];
    assert_eq!(week.days[0].date, d(2026, 7, 6));
    let lanes: Vec<(String, usize)> = week
        .segments
        .iter()
        .map(|s| {
            (
                title_of_plan(&plan, grid.events[s.event].item.clone()),
                s.lane,
            )
        })
        .collect();
    assert_eq!(
        lanes,
        vec![
            ("长".into(), 0),
            ("短一".into(), 1),
            ("短二".into(), 2),
            ("另一天".into(), 1)
        ]
    );
    assert_eq!(week.lanes, 3);
}

#[test]
fn a_day_reads_out_its_events_and_space_picks_them_in_turn() {
    let plan = plan_with(vec![
        (
            "长",
            When::Range {
                start: d(2026, 7, 6),
                end: d(2026, 7, 12),
            },
            None,
        ),
        (
            "短",
            When::Date {
                date: d(2026, 7, 7),
            },
            None,
        ),
        (
            "七月",
            When::Month {
                year: 2026,
                month: 7,
            },
            None,
        ),
        (
            "每周",
            When::Year { year: 2026 },
            Some(Repeat::Every {
                every: Period::Week,
            }),
        ),
    ]);
    let grid = month_grid(&plan, 2026, 7, d(2026, 7, 1), &Filter::default()).unwrap();
    let titles = |events: Vec<usize>| -> Vec<String> {
        events
            .into_iter()
            .map(|e| title_of_plan(&plan, grid.events[e].item.clone()))
            .collect()
    };
    // Tuesday 7 July: the weekly band, the long one and the short one, top lane
    // first; the loose month is in the tray, not on the day.
    let week = &grid.weeks[1];
    assert_eq!(week.days[1].date, d(2026, 7, 7));
    let on_tuesday = titles(week.events_on(1));
    assert_eq!(on_tuesday.len(), 3);
    assert!(on_tuesday.contains(&"短".to_owned()) && on_tuesday.contains(&"长".to_owned()));
    assert!(!on_tuesday.contains(&"七月".to_owned()));
    assert_eq!(
        titles(week.events_on(6)).len(),
        2,
        "Sunday: the long one and the week"
    );
    // Space goes round the movable events on the day (the repeated one is moved
    // in its form), then puts down.
    let day = d(2026, 7, 7);
    let mut picked = Vec::new();
    let mut current = None;
    while let Some(next) = grid.pick_after(day, current.as_ref()) {
        picked.push(title_of_plan(&plan, next.clone()));
        current = Some(next);
        assert!(picked.len() < 10, "goes round once");
    }
    assert_eq!(picked, vec!["七月", "长", "短"]);
    assert_eq!(
        grid.pick_after(d(2026, 7, 20), None)
            .map(|i| title_of_plan(&plan, i)),
        Some("七月".to_owned())
    );
    // Something no longer on the day (filtered out, moved): start again.
    assert_eq!(
        grid.pick_after(d(2026, 7, 20), Some(&ItemId::new("i1"))),
        grid.pick_after(d(2026, 7, 20), None)
    );
}

#[test]
fn the_sample_plan_s_july_holds_the_farmers_festival() {
    let plan = sample_plan(2026);
    let july = month_grid(&plan, 2026, 7, d(2026, 7, 1), &Filter::default()).unwrap();
    let titles: Vec<String> = july
        .tray
        .iter()
        .map(|&i| title_of_plan(&plan, july.events[i].item.clone()))
        .collect();
    assert!(titles.iter().any(|t| t == "敦化市农民艺术节"), "{titles:?}");
    // Filtered to one department, only its activities remain.
    let show = Filter {
        departments: vec![DepartmentId::new("d-office")],
        ..Filter::default()
    };
    let july = month_grid(&plan, 2026, 7, d(2026, 7, 1), &show).unwrap();
    assert!(!july.events.is_empty());
    assert!(july.events.iter().all(|e| plan
        .item(&e.item)
        .unwrap()
        .departments
        .contains(&DepartmentId::new("d-office"))));
}

#[test]
fn filters_by_department_place_and_status() {
    let mut item = Item::new(ItemId::new("i"), SectionId::new("s"), "x");
    item.departments = vec![DepartmentId::new("d1")];
    item.places = vec![PlaceId::new("p1")];
    item.status = Status::Done;
    let mut f = Filter::default();
    assert!(f.matches(&item) && f.is_empty());
    f.toggle_department(&DepartmentId::new("d2"));
    assert!(!f.matches(&item));
    f.toggle_department(&DepartmentId::new("d1"));
    assert!(f.matches(&item));
    f.toggle_status(Status::Planned);
    assert!(!f.matches(&item));
    f.toggle_status(Status::Planned);
    f.toggle_place(&PlaceId::new("p1"));
    assert!(f.matches(&item));
    f.toggle_department(&DepartmentId::new("d1"));
    assert_eq!(f.departments, vec![DepartmentId::new("d2")]);
    f.toggle_department(&DepartmentId::new("d2"));
    assert!(f.departments.is_empty());
}

#[test]
fn buttons_and_keys_move_the_focus() {
    let month = Focus {
        view: CalendarView::Month,
        day: d(2026, 1, 31),
    };
    assert_eq!(month.step(1).day, d(2026, 2, 28));
    assert_eq!(month.step(-1).day, d(2025, 12, 31));
    let week = Focus {
        view: CalendarView::Week,
        day: d(2026, 7, 1),
    };
    assert_eq!(week.step(1).day, d(2026, 7, 8));
    let year = Focus {
        view: CalendarView::Year,
        day: d(2024, 2, 29),
    };
    assert_eq!(year.step(1).day, d(2025, 2, 28));
    let today = d(2026, 11, 26);
    assert_eq!(
        month.on_key("ArrowRight", today).unwrap().day,
        d(2026, 2, 1)
    );
    assert_eq!(month.on_key("ArrowUp", today).unwrap().day, d(2026, 1, 24));
    assert_eq!(month.on_key("PageDown", today).unwrap().day, d(2026, 2, 28));
    assert_eq!(month.on_key("PageUp", today).unwrap().day, d(2025, 12, 31));
    assert_eq!(month.on_key("t", today).unwrap().day, today);
    assert!(month.on_key("x", today).is_none());
}

#[test]
fn the_hash_keeps_view_day_and_filter() {
    let today = d(2026, 11, 26);
    let focus = Focus {
        view: CalendarView::Week,
        day: d(2026, 7, 15),
    };
    let filter = Filter {
        departments: vec![DepartmentId::new("d-show"), DepartmentId::new("部门 1/2")],
        places: vec![PlaceId::new("p1")],
        statuses: vec![Status::InProgress],
    };
    let hash = to_hash(&focus, &filter);
    assert_eq!(hash, "#calendar/week/2026-07-15?dept=d-show,%E9%83%A8%E9%97%A8%201%2F2&place=p1&status=in_progress");
    assert_eq!(from_hash(&hash, today), Some((focus, filter)));
    assert_eq!(
        to_hash(
            &Focus {
                view: CalendarView::Month,
                day: today
            },
            &Filter::default()
        ),
        "#calendar/month/2026-11-26"
    );
    // Unreadable parts fall back; other hashes are not the calendar's.
    let (focus, filter) =
        from_hash("#calendar/nonsense/2026-02-30?status=nope&x=1", today).unwrap();
    assert_eq!(
        (focus.view, focus.day, filter),
        (CalendarView::Month, today, Filter::default())
    );
    assert!(from_hash("#outline", today).is_none());
}

#[test]
fn dragging_moves_precise_days_and_fixes_loose_ones() {
    let date = When::Date {
        date: d(2026, 7, 15),
    };
    assert_eq!(
        moved(&date, d(2026, 7, 15), d(2026, 7, 20)),
        Some(When::Date {
            date: d(2026, 7, 20)
        })
    );
    let range = When::Range {
        start: d(2026, 7, 30),
        end: d(2026, 8, 2),
    };
    // Grabbed on its third day and dropped a week later: same length.
    assert_eq!(
        moved(&range, d(2026, 8, 1), d(2026, 8, 8)),
        Some(When::Range {
            start: d(2026, 8, 6),
            end: d(2026, 8, 9)
        })
    );
    let month = When::Month {
        year: 2026,
        month: 7,
    };
    assert!(needs_confirmation(&month) && !needs_confirmation(&date));
    assert_eq!(
        moved(&month, d(2026, 7, 1), d(2026, 7, 18)),
        Some(When::Date {
            date: d(2026, 7, 18)
        })
    );
    assert_eq!(
        moved(&When::Unscheduled, d(2026, 7, 1), d(2026, 7, 2)),
        None
    );
    assert_eq!(moved(&date, d(2026, 7, 15), d(2300, 1, 1)), None);
    assert_eq!(
        resized(&date, d(2026, 7, 17)),
        Some(When::Range {
            start: d(2026, 7, 15),
            end: d(2026, 7, 17)
        })
    );
    assert_eq!(
        resized(&range, d(2026, 7, 30)),
        Some(When::Date {
            date: d(2026, 7, 30)
        })
    );
    assert_eq!(resized(&range, d(2026, 7, 29)), None);
    assert_eq!(resized(&month, d(2026, 7, 20)), None);
}

#[test]
fn the_year_overview_counts_fixed_and_short_loose_days() {
    let plan = plan_with(vec![
        ("全年活动", When::Year { year: 2026 }, None),
        (
            "一天",
            When::Date {
                date: d(2026, 3, 5),
            },
            None,
        ),
        (
            "上旬",
            When::Xun {
                year: 2026,
                month: 3,
                xun: jihua::model::Xun::Early,
            },
            None,
        ),
    ]);
    let months = year_overview(&plan, 2026, &Filter::default());
    assert_eq!(months.len(), 12);
    let march = &months[2];
    assert_eq!(march.activities, 3);
    assert_eq!(months[3].activities, 1);
    let count = |day: NaiveDate| {
        march
            .weeks
            .iter()
            .flatten()
            .flatten()
            .find(|(d2, _)| *d2 == day)
            .unwrap()
            .1
    };
    assert_eq!(count(d(2026, 3, 5)), 2);
    assert_eq!(count(d(2026, 3, 11)), 0);
    assert_eq!(march.weeks.iter().flatten().flatten().count(), 31);
}

#[test]
fn the_week_view_is_one_row_with_its_own_tray() {
    let plan = plan_with(vec![
        (
            "艺术节",
            When::Month {
                year: 2026,
                month: 7,
            },
            None,
        ),
        (
            "中旬讲座",
            When::Xun {
                year: 2026,
                month: 7,
                xun: jihua::model::Xun::Middle,
            },
            None,
        ),
        (
            "演出",
            When::Date {
                date: d(2026, 7, 15),
            },
            None,
        ),
    ]);
    let week = week_grid(&plan, d(2026, 7, 15), d(2026, 7, 15), &Filter::default()).unwrap();
    assert_eq!(week.weeks.len(), 1);
    assert_eq!(week.weeks[0].days[0].date, d(2026, 7, 13));
    assert!(week.weeks[0].days.iter().all(|day| day.in_month));
    let title = |i: usize| title_of_plan(&plan, week.events[i].item.clone());
    // The month and the 旬 (11–20) both cover the whole week: the tray.
    assert_eq!(
        week.tray.iter().map(|&i| title(i)).collect::<Vec<_>>(),
        vec!["艺术节", "中旬讲座"]
    );
    let segs: Vec<_> = week.weeks[0]
        .segments
        .iter()
        .map(|s| (title(s.event), s.from, s.to))
        .collect();
    assert_eq!(segs, vec![("演出".to_owned(), 2, 2)]);
}
