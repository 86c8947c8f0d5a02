//! The timeline's view-models: scale and headers, rows and grouping, bars, and the
//! visible window.

use chrono::NaiveDate;
use jihua::model::sample::sample_plan;
use jihua::model::GroupBy;
use jihua::model::{
    Comparator, DepartmentId, EntryId, Item, ItemId, ProgressEntry, SectionId, Span, Target, When,
};
use jihua::timeline::scale::Snap;
use jihua::timeline::{
    axis, bar, headers_in, rows, scroll_to_show, visible_rows, visible_x, HeaderLabel, RowKind,
    Scale, TimelineView, Zoom,
};
use std::collections::HashSet;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn scale(zoom: Zoom) -> Scale {
    Scale::new(Span::new(d(2026, 3, 10), d(2026, 11, 5)).unwrap(), zoom)
}

#[test]
fn the_scale_maps_days_to_pixels_and_back() {
    let s = scale(Zoom::Month);
    assert_eq!((s.start, s.end), (d(2026, 3, 1), d(2026, 11, 30)));
    assert_eq!(s.days(), 275);
    assert_eq!(s.width(), 275.0 * 12.0);
    assert_eq!(s.x(d(2026, 3, 1)), 0.0);
    assert_eq!(s.x(d(2026, 3, 2)), 12.0);
    assert_eq!(s.day_at(12.0), d(2026, 3, 2));
    assert_eq!(s.day_at(23.9), d(2026, 3, 2));
    assert_eq!(s.day_at(-50.0), d(2026, 3, 1));
    assert_eq!(s.day_at(1e9), d(2026, 11, 30));
    assert_eq!(Zoom::Week.snap(), Snap::Day);
    assert_eq!(Zoom::Month.snap(), Snap::Week);
    assert_eq!(Zoom::Year.snap(), Snap::Month);
}

#[test]
fn headers_cover_the_axis_at_every_zoom() {
    for zoom in Zoom::ALL {
        let s = scale(zoom);
        let (top, bottom) = s.headers();
        for row in [&top, &bottom] {
            let total: f64 = row.iter().map(|h| h.width).sum();
            assert!((total - s.width()).abs() < 1e-6, "{zoom:?}");
            assert_eq!(row[0].x, 0.0);
            assert!(row
                .windows(2)
                .all(|w| (w[0].x + w[0].width - w[1].x).abs() < 1e-6));
        }
    }
    // Month zoom: months over ISO weeks; 1 March 2026 is a Sunday, so the first
    // week cell is one day wide and belongs to week 9.
    let (top, bottom) = scale(Zoom::Month).headers();
    assert_eq!(top.len(), 9);
    assert_eq!(top[4].label, HeaderLabel::Month(2026, 7));
    assert_eq!(bottom[0].label, HeaderLabel::Week(2026, 9));
    assert_eq!(bottom[0].width, 12.0);
    assert_eq!(bottom[1].label, HeaderLabel::Week(2026, 10));
    assert_eq!(bottom[1].width, 84.0);
    // Week zoom: one cell per day, weekends marked.
    let (_, days) = scale(Zoom::Week).headers();
    assert_eq!(days.len(), 275);
    assert_eq!(days[0].label, HeaderLabel::Day(1, true));
    assert_eq!(days[1].label, HeaderLabel::Day(2, false));
    // Quarter zoom: Q1 (only March on the axis) … Q4; Year zoom: 2026.
    let (quarters, _) = scale(Zoom::Quarter).headers();
    assert_eq!(
        quarters.iter().map(|h| h.label).collect::<Vec<_>>(),
        (1..=4)
            .map(|q| HeaderLabel::Quarter(2026, q))
            .collect::<Vec<_>>()
    );
    assert_eq!(quarters[0].width, 31.0 * 5.0);
    assert_eq!(
        scale(Zoom::Year).headers().0[0].label,
        HeaderLabel::Year(2026)
    );
}

#[test]
fn changing_the_zoom_keeps_the_centre_date() {
    let s = scale(Zoom::Month);
    let (viewport, left) = (1000.0, 1200.0);
    let centre = s.day_at(left + viewport / 2.0);
    for zoom in Zoom::ALL {
        let (z, new_left) = s.rezoom(zoom, left, viewport);
        assert_eq!(z.zoom, zoom);
        if new_left > 0.0 && new_left < z.width() - viewport {
            assert_eq!(z.day_at(new_left + viewport / 2.0), centre, "{zoom:?}");
        }
    }
    // At year zoom the whole axis fits: scrolled to the start.
    assert_eq!(s.rezoom(Zoom::Year, left, viewport).1, 0.0);
}

#[test]
fn the_window_holds_exactly_the_rows_in_view() {
    // Rows 3 (partly) to 13 (partly) are in a 300 px viewport scrolled to 95.
    let w = visible_rows(1000, 30.0, 95.0, 300.0, 0);
    assert_eq!(w.rows, 3..14);
    assert_eq!(w.top, 90.0);
    assert_eq!(w.total, 30_000.0);
    // Exactly aligned: no partial row at the bottom.
    assert_eq!(visible_rows(1000, 30.0, 90.0, 300.0, 0).rows, 3..13);
    // Overscan adds rows on both sides, within bounds.
    assert_eq!(visible_rows(1000, 30.0, 95.0, 300.0, 2).rows, 1..16);
    assert_eq!(visible_rows(1000, 30.0, 0.0, 300.0, 5).rows, 0..15);
    // Scrolled past the end: the last screenful.
    assert_eq!(visible_rows(1000, 30.0, 1e9, 300.0, 0).rows, 990..1000);
    // Fewer rows than the viewport holds, and none.
    assert_eq!(visible_rows(4, 30.0, 0.0, 300.0, 3).rows, 0..4);
    assert_eq!(visible_rows(0, 30.0, 0.0, 300.0, 3).rows, 0..0);
    // The window's size does not depend on the number of rows.
    let small = visible_rows(1_000, 28.0, 5_000.0, 800.0, 4).rows.len();
    let large = visible_rows(20_000, 28.0, 5_000.0, 800.0, 4).rows.len();
    assert_eq!(small, large);
}

#[test]
fn rows_follow_the_outline_and_group_by_department() {
    let plan = sample_plan(2026);
    let all = rows(&plan, GroupBy::Section, &HashSet::new());
    let items = all
        .iter()
        .filter(|r| matches!(r.kind, RowKind::Item(_)))
        .count();
    assert_eq!(items, plan.items.len());
    assert_eq!(all[0].number, "一、");
    // Collapsing the first section hides its activities.
    let RowKind::Group { key, count, .. } = &all[0].kind else {
        panic!("a section first")
    };
    let collapsed: HashSet<String> = [key.clone()].into();
    let fewer = rows(&plan, GroupBy::Section, &collapsed);
    assert_eq!(fewer.len(), all.len() - count);
    assert!(matches!(
        &fewer[0].kind,
        RowKind::Group {
            collapsed: true,
            ..
        }
    ));
    // By department: an activity of two departments is under both.
    let by_dept = rows(&plan, GroupBy::Department, &HashSet::new());
    let festival = plan
        .items
        .iter()
        .find(|i| i.title == "敦化市农民艺术节")
        .unwrap();
    let times = by_dept
        .iter()
        .filter(|r| r.kind == RowKind::Item(festival.id.clone()))
        .count();
    assert_eq!(times, festival.departments.len());
    assert!(times >= 2);
    let groups: Vec<String> = by_dept
        .iter()
        .filter_map(|r| match &r.kind {
            RowKind::Group { key, .. } => Some(key.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        &groups[..plan.departments.len()],
        plan.departments
            .iter()
            .map(|d| d.id.0.clone())
            .collect::<Vec<_>>()
            .as_slice()
    );
    // Every activity of a department's group has that department.
    let mut current = String::new();
    for row in &by_dept {
        match &row.kind {
            RowKind::Group { key, .. } => current = key.clone(),
            RowKind::Item(id) => {
                let item = plan.item(id).unwrap();
                assert!(
                    item.departments
                        .contains(&DepartmentId::new(current.clone()))
                        || current.is_empty() && item.departments.is_empty()
                );
            }
        }
    }
    // By place: activities without a place are in the "" group at the end.
    let by_place = rows(&plan, GroupBy::Place, &["".to_owned()].into());
    assert!(
        matches!(&by_place.last().unwrap().kind, RowKind::Group { key, collapsed: true, .. } if key.is_empty())
    );
}

#[test]
fn bars_for_every_kind_of_time() {
    let s = Scale::new(
        Span::new(d(2026, 1, 1), d(2026, 12, 31)).unwrap(),
        Zoom::Month,
    );
    let mut item = Item::new(ItemId::new("i"), SectionId::new("s"), "x");
    let cases = [
        (
            When::Date {
                date: d(2026, 7, 15),
            },
            d(2026, 7, 15),
            d(2026, 7, 15),
            false,
        ),
        (
            When::Range {
                start: d(2026, 7, 1),
                end: d(2026, 7, 10),
            },
            d(2026, 7, 1),
            d(2026, 7, 10),
            false,
        ),
        (
            When::Month {
                year: 2026,
                month: 2,
            },
            d(2026, 2, 1),
            d(2026, 2, 28),
            true,
        ),
        (
            When::Months {
                year: 2026,
                from: 9,
                to: 10,
            },
            d(2026, 9, 1),
            d(2026, 10, 31),
            true,
        ),
        (
            When::Xun {
                year: 2026,
                month: 4,
                xun: jihua::model::Xun::Middle,
            },
            d(2026, 4, 11),
            d(2026, 4, 20),
            true,
        ),
        (
            When::Quarter {
                year: 2026,
                quarter: 3,
            },
            d(2026, 7, 1),
            d(2026, 9, 30),
            true,
        ),
        (
            When::Half {
                year: 2026,
                half: 1,
            },
            d(2026, 1, 1),
            d(2026, 6, 30),
            true,
        ),
        (
            When::Year { year: 2026 },
            d(2026, 1, 1),
            d(2026, 12, 31),
            true,
        ),
    ];
    for (when, start, end, fuzzy) in cases {
        item.when = when.clone();
        let b = bar(&s, &item).unwrap();
        assert_eq!((b.start, b.end, b.fuzzy), (start, end, fuzzy), "{when:?}");
        assert_eq!(b.x, s.x(start));
        assert_eq!(b.width, ((end - start).num_days() + 1) as f64 * 12.0);
        assert_eq!(b.done, None);
    }
    item.when = When::Unscheduled;
    assert!(bar(&s, &item).is_none());
    // Milestones and the progress fill.
    item.when = When::Date {
        date: d(2026, 9, 3),
    };
    item.milestone = true;
    item.target = Some(Target {
        op: Comparator::AtLeast,
        quantity: 100.0,
        unit: "场".into(),
    });
    item.progress = (0..3)
        .map(|k| ProgressEntry::new(EntryId::new(format!("e{k}")), d(2026, 5, 1), 1.0))
        .collect();
    let b = bar(&s, &item).unwrap();
    assert!(b.milestone);
    assert_eq!(b.done, Some(0.03));
    item.progress[0].amount = 500.0;
    assert_eq!(bar(&s, &item).unwrap().done, Some(1.0));
    item.target.as_mut().unwrap().quantity = 0.0;
    assert_eq!(bar(&s, &item).unwrap().done, Some(1.0));
}

#[test]
fn drags_snap_by_zoom_and_loose_times_move_by_their_own_unit() {
    use jihua::model::Xun;
    use jihua::timeline::edit::{moved_by, resized_by, steps};
    assert_eq!(steps(84.0, 12.0, Snap::Week), 1);
    assert_eq!(steps(40.0, 12.0, Snap::Week), 0);
    assert_eq!(steps(-90.0, 12.0, Snap::Week), -1);
    assert_eq!(steps(75.0, 2.5, Snap::Month), 1);
    assert_eq!(steps(-36.0, 36.0, Snap::Day), -1);
    let date = When::Date {
        date: d(2026, 1, 31),
    };
    assert_eq!(
        moved_by(&date, 1, Snap::Day),
        Some(When::Date {
            date: d(2026, 2, 1)
        })
    );
    assert_eq!(
        moved_by(&date, 1, Snap::Month),
        Some(When::Date {
            date: d(2026, 2, 28)
        })
    );
    let range = When::Range {
        start: d(2026, 7, 1),
        end: d(2026, 7, 3),
    };
    assert_eq!(
        moved_by(&range, -1, Snap::Week),
        Some(When::Range {
            start: d(2026, 6, 24),
            end: d(2026, 6, 26)
        })
    );
    assert_eq!(
        moved_by(
            &When::Month {
                year: 2026,
                month: 12
            },
            1,
            Snap::Week
        ),
        Some(When::Month {
            year: 2027,
            month: 1
        })
    );
    assert_eq!(
        moved_by(
            &When::Xun {
                year: 2026,
                month: 4,
                xun: Xun::Late
            },
            1,
            Snap::Day
        ),
        Some(When::Xun {
            year: 2026,
            month: 5,
            xun: Xun::Early
        })
    );
    assert_eq!(
        moved_by(
            &When::Xun {
                year: 2026,
                month: 1,
                xun: Xun::Early
            },
            -1,
            Snap::Day
        ),
        Some(When::Xun {
            year: 2025,
            month: 12,
            xun: Xun::Late
        })
    );
    assert_eq!(
        moved_by(
            &When::Quarter {
                year: 2026,
                quarter: 4
            },
            1,
            Snap::Month
        ),
        Some(When::Quarter {
            year: 2027,
            quarter: 1
        })
    );
    assert_eq!(
        moved_by(
            &When::Half {
                year: 2026,
                half: 1
            },
            -1,
            Snap::Month
        ),
        Some(When::Half {
            year: 2025,
            half: 2
        })
    );
    assert_eq!(
        moved_by(&When::Year { year: 2026 }, 1, Snap::Month),
        Some(When::Year { year: 2027 })
    );
    assert_eq!(
        moved_by(
            &When::Months {
                year: 2026,
                from: 9,
                to: 10
            },
            2,
            Snap::Month
        ),
        Some(When::Months {
            year: 2026,
            from: 11,
            to: 12
        })
    );
    assert_eq!(
        moved_by(
            &When::Months {
                year: 2026,
                from: 11,
                to: 12
            },
            1,
            Snap::Month
        ),
        None
    );
    assert_eq!(moved_by(&When::Year { year: 2200 }, 1, Snap::Month), None);
    assert_eq!(moved_by(&When::Unscheduled, 1, Snap::Day), None);
    // Resizing the end.
    let day = When::Date {
        date: d(2026, 7, 15),
    };
    assert_eq!(
        resized_by(&day, 2, Snap::Day),
        Some(When::Range {
            start: d(2026, 7, 15),
            end: d(2026, 7, 17)
        })
    );
    assert_eq!(resized_by(&day, -1, Snap::Day), None);
    assert_eq!(
        resized_by(&range, -2, Snap::Day),
        Some(When::Date {
            date: d(2026, 7, 1)
        })
    );
    assert_eq!(resized_by(&range, -1, Snap::Week), None);
    assert_eq!(
        resized_by(
            &When::Month {
                year: 2026,
                month: 9
            },
            1,
            Snap::Month
        ),
        Some(When::Months {
            year: 2026,
            from: 9,
            to: 10
        })
    );
    assert_eq!(
        resized_by(
            &When::Months {
                year: 2026,
                from: 9,
                to: 10
            },
            -1,
            Snap::Month
        ),
        Some(When::Month {
            year: 2026,
            month: 9
        })
    );
    assert_eq!(
        resized_by(
            &When::Month {
                year: 2026,
                month: 12
            },
            1,
            Snap::Month
        ),
        None
    );
    assert_eq!(
        resized_by(
            &When::Quarter {
                year: 2026,
                quarter: 1
            },
            1,
            Snap::Month
        ),
        None
    );
}

#[test]
fn the_horizontal_window_holds_exactly_the_header_cells_in_view() {
    let s = scale(Zoom::Month);
    let (_, weeks) = s.headers();
    // A track 600 px wide scrolled to 1,000 px, no overscan: days 83–133.
    let (from, to) = visible_x(1000.0, 600.0, 0.0);
    assert_eq!((from, to), (1000.0, 1600.0));
    let shown = headers_in(&weeks, from, to);
    assert!(shown.first().unwrap().x <= from && shown.first().unwrap().x + shown[0].width > from);
    let last = shown.last().unwrap();
    assert!(last.x < to && last.x + last.width >= to);
    // Every cell left out is wholly outside the window.
    for h in &weeks {
        let inside = shown.contains(h);
        assert_eq!(inside, h.x + h.width > from && h.x < to, "{h:?}");
    }
    // A window at the very start, and one past the end.
    assert_eq!(headers_in(&weeks, 0.0, 1.0).len(), 1);
    assert!(headers_in(&weeks, s.width() + 10.0, s.width() + 500.0).is_empty());
    // Overscan widens it, never below 0.
    assert_eq!(visible_x(100.0, 600.0, 200.0), (0.0, 900.0));
    // The window's size does not grow with the axis: a year at week zoom on a
    // 1,200 px track has at most 1,200/36 + 2 day cells, whatever is scrolled.
    let wide = Scale::new(
        Span::new(d(2026, 1, 1), d(2027, 12, 31)).unwrap(),
        Zoom::Week,
    );
    let (_, days) = wide.headers();
    for left in [0.0, 5_000.0, 20_000.0, wide.width() - 1_200.0] {
        let (from, to) = visible_x(left, 1200.0, 0.0);
        assert!(headers_in(&days, from, to).len() <= 1200 / 36 + 2);
    }
}

#[test]
fn scrolling_to_show_a_row_or_bar_moves_as_little_as_needed() {
    // Rows 30 px high in a 300 px viewport scrolled to 600 (rows 20–29 in view).
    assert_eq!(scroll_to_show(25.0 * 30.0, 26.0 * 30.0, 600.0, 300.0), None);
    assert_eq!(
        scroll_to_show(19.0 * 30.0, 20.0 * 30.0, 600.0, 300.0),
        Some(570.0)
    );
    assert_eq!(
        scroll_to_show(30.0 * 30.0, 31.0 * 30.0, 600.0, 300.0),
        Some(630.0)
    );
    // A bar longer than the viewport shows its start.
    assert_eq!(scroll_to_show(2000.0, 5000.0, 0.0, 800.0), Some(2000.0));
    assert_eq!(scroll_to_show(-5.0, 10.0, 100.0, 800.0), Some(0.0));
}

#[test]
fn the_axis_is_the_plan_year_widened_to_outlying_activities() {
    let mut plan = sample_plan(2026);
    let year = plan.year;
    assert_eq!(
        axis(&plan),
        Span::new(d(year, 1, 1), d(year, 12, 31)).unwrap()
    );
    plan.items[0].when = When::Range {
        start: d(year, 12, 20),
        end: d(year + 1, 1, 15),
    };
    plan.items[1].when = When::Month {
        year: year - 1,
        month: 11,
    };
    let a = axis(&plan);
    assert_eq!((a.start, a.end), (d(year - 1, 11, 1), d(year + 1, 1, 15)));
    let s = Scale::new(a, Zoom::Month);
    assert_eq!(s.end, d(year + 1, 1, 31));
}

#[test]
fn the_url_hash_keeps_zoom_and_grouping() {
    use jihua::timeline::nav::{from_hash, to_hash};
    for zoom in Zoom::ALL {
        for group in GroupBy::ALL {
            let v = TimelineView { zoom, group };
            assert_eq!(from_hash(&to_hash(&v)), Some(v));
        }
    }
    assert_eq!(to_hash(&TimelineView::default()), "#timeline/year");
    assert_eq!(
        to_hash(&TimelineView {
            zoom: Zoom::Year,
            group: GroupBy::Department
        }),
        "#timeline/year?group=department"
    );
    // Unknown parts fall back to the defaults; other views are not the timeline.
    assert_eq!(from_hash("#timeline"), Some(TimelineView::default()));
    assert_eq!(
        from_hash("#timeline/decade?group=colour"),
        Some(TimelineView::default())
    );
    assert_eq!(from_hash("#calendar/month/2026-07-01"), None);
    assert_eq!(from_hash("#timelines"), None);
    assert_eq!(from_hash(""), None);
}

#[test]
fn keys_select_move_and_resize() {
    use jihua::timeline::edit::{on_key, KeyCommand};
    assert_eq!(on_key("ArrowRight", false), Some(KeyCommand::Move(1)));
    assert_eq!(on_key("ArrowLeft", false), Some(KeyCommand::Move(-1)));
    assert_eq!(on_key("ArrowRight", true), Some(KeyCommand::Resize(1)));
    assert_eq!(on_key("ArrowLeft", true), Some(KeyCommand::Resize(-1)));
    assert_eq!(on_key("ArrowDown", false), Some(KeyCommand::Select(1)));
    assert_eq!(on_key("ArrowUp", true), Some(KeyCommand::Select(-1)));
    assert_eq!(on_key("Enter", false), Some(KeyCommand::Open));
    assert_eq!(on_key("+", true), Some(KeyCommand::Record));
    assert_eq!(on_key("Home", false), Some(KeyCommand::Edge(false)));
    assert_eq!(on_key("x", false), None);
}

#[test]
fn a_drag_steps_by_the_unit_of_the_time_it_moves() {
    use jihua::timeline::edit::{drag_steps, moved_by};
    let month = When::Month {
        year: 2026,
        month: 7,
    };
    let day = When::Date {
        date: d(2026, 7, 10),
    };
    // At month zoom (12 px a day, snapping to weeks), a month's width moves a
    // "7月" bar by one month and a fixed day by four weeks.
    let ppd = Zoom::Month.px_per_day();
    assert_eq!(drag_steps(&month, 31.0 * ppd, ppd, Snap::Week), 1);
    assert_eq!(
        moved_by(&month, 1, Snap::Week),
        Some(When::Month {
            year: 2026,
            month: 8
        })
    );
    assert_eq!(drag_steps(&day, 31.0 * ppd, ppd, Snap::Week), 4);
    assert_eq!(drag_steps(&month, 10.0 * ppd, ppd, Snap::Week), 0);
    assert_eq!(drag_steps(&month, -20.0 * ppd, ppd, Snap::Week), -1);
    // A quarter needs about a quarter's width; a 旬 about ten days.
    let q = When::Quarter {
        year: 2026,
        quarter: 2,
    };
    assert_eq!(drag_steps(&q, 40.0 * ppd, ppd, Snap::Week), 0);
    assert_eq!(drag_steps(&q, 80.0 * ppd, ppd, Snap::Week), 1);
    let xun = When::Xun {
        year: 2026,
        month: 4,
        xun: jihua::model::Xun::Middle,
    };
    assert_eq!(drag_steps(&xun, 10.0 * ppd, ppd, Snap::Week), 1);
    // Fixed days at week zoom step by days.
    let wppd = Zoom::Week.px_per_day();
    assert_eq!(drag_steps(&day, 3.0 * wppd + 5.0, wppd, Snap::Day), 3);
}

#[test]
fn festival_markers_and_holiday_bands_in_view() {
    use jihua::almanac::{Almanac, Festival, Mark, Shown};
    use jihua::timeline::almanac_marks;
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let scale = Scale::new(
        jihua::model::Span::new(day(1, 1), day(12, 31)).unwrap(),
        Zoom::Month,
    );
    let almanac = Almanac::new(&[]);
    let (marks, bands) = almanac_marks(&scale, &almanac, Shown::default(), 0.0, scale.width());
    let spring = marks.iter().find(|m| m.date == day(2, 17)).unwrap();
    assert_eq!(spring.marks, vec![Mark::Festival(Festival::Spring)]);
    assert_eq!(spring.x, scale.x(day(2, 17)));
    assert!(marks.iter().any(|m| m.date == day(3, 3)));
    // Solar terms are left to the calendar.
    assert!(!marks.iter().any(|m| m.date == day(2, 4)));
    let spring_band = bands.iter().find(|b| b.start == day(2, 15)).unwrap();
    assert_eq!(spring_band.end, day(2, 23));
    assert_eq!(spring_band.width, 9.0 * Zoom::Month.px_per_day());
    // Only what is in view, and nothing of a hidden layer.
    let x = scale.x(day(6, 1));
    let (marks, bands) = almanac_marks(&scale, &almanac, Shown::default(), x, x + 100.0);
    assert!(marks.iter().all(|m| m.date >= day(6, 1)));
    assert!(bands.iter().all(|b| b.end >= day(6, 1)));
    let hidden = Shown {
        holidays: false,
        traditional: false,
        observances: false,
        ..Shown::default()
    };
    let (marks, bands) = almanac_marks(&scale, &almanac, hidden, 0.0, scale.width());
    assert!(marks.is_empty() && bands.is_empty());
}
