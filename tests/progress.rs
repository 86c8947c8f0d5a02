//! Targets against progress: every comparator, pace, roll-ups, months and the place
//! grid.

use chrono::NaiveDate;
use jihua::model::sample::sample_plan;
use jihua::model::GroupBy;
use jihua::model::{
    Comparator, EntryId, Item, ItemId, PlaceId, ProgressEntry, SectionId, Span, Target, When,
};
use jihua::progress::standing::{elapsed, pace, verdict};
use jihua::progress::{by_month, place_grid, roll_up, standing, PaceVerdict, Verdict};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn entry(n: usize, date: NaiveDate, amount: f64, place: Option<&str>) -> ProgressEntry {
    ProgressEntry {
        place: place.map(PlaceId::new),
        ..ProgressEntry::new(EntryId::new(format!("e{n}")), date, amount)
    }
}

fn item(op: Comparator, quantity: f64, when: When, done: &[(NaiveDate, f64)]) -> Item {
    let mut item = Item::new(ItemId::new("i"), SectionId::new("s"), "送戏下乡");
    item.when = when;
    item.target = Some(Target {
        op,
        quantity,
        unit: "场".into(),
    });
    item.progress = done
        .iter()
        .enumerate()
        .map(|(n, (date, amount))| entry(n, *date, *amount, None))
        .collect();
    item
}

const YEAR: When = When::Year { year: 2026 };

#[test]
fn every_comparator_has_its_verdict() {
    use Comparator::*;
    let cases = [
        (AtLeast, 12.0, 11.0, Verdict::NotYet),
        (AtLeast, 12.0, 12.0, Verdict::Met),
        (AtLeast, 12.0, 14.0, Verdict::Met),
        (AtMost, 3.0, 2.0, Verdict::Met),
        (AtMost, 3.0, 3.0, Verdict::Met),
        (AtMost, 3.0, 4.0, Verdict::Over),
        (Exactly, 4.0, 3.0, Verdict::NotYet),
        (Exactly, 4.0, 4.0, Verdict::Met),
        (Exactly, 4.0, 5.0, Verdict::Over),
        // About: ±10 %.
        (About, 300.0, 269.0, Verdict::NotYet),
        (About, 300.0, 270.0, Verdict::Met),
        (About, 300.0, 330.0, Verdict::Met),
        (About, 300.0, 331.0, Verdict::Over),
        // A quantity of zero.
        (AtLeast, 0.0, 0.0, Verdict::Met),
        (AtMost, 0.0, 0.0, Verdict::Met),
        (AtMost, 0.0, 1.0, Verdict::Over),
        (Exactly, 0.0, 1.0, Verdict::Over),
        (About, 0.0, 0.0, Verdict::Met),
    ];
    for (op, quantity, tally, want) in cases {
        assert_eq!(
            verdict(op, quantity, tally),
            want,
            "{op:?} {quantity} with {tally}"
        );
    }
}

#[test]
fn a_standing_has_tally_ratio_and_remaining() {
    let i = item(
        Comparator::AtLeast,
        100.0,
        YEAR,
        &[
            (d(2026, 3, 1), 1.0),
            (d(2026, 3, 9), 1.0),
            (d(2026, 4, 2), 61.0),
        ],
    );
    let s = standing(&i, d(2026, 7, 1)).unwrap();
    assert_eq!(s.tally, 63.0);
    assert_eq!(s.ratio, Some(0.63));
    assert_eq!(s.remaining, 37.0);
    assert_eq!(s.verdict, Verdict::NotYet);
    assert_eq!(s.outside, 0);
    assert!((s.share() - 0.63).abs() < 1e-12);
    // Past the target: the ratio passes 1, the share is capped, nothing remains.
    let over = item(Comparator::AtLeast, 12.0, YEAR, &[(d(2026, 5, 1), 14.0)]);
    let s = standing(&over, d(2026, 7, 1)).unwrap();
    assert_eq!(
        (s.ratio, s.share(), s.remaining),
        (Some(14.0 / 12.0), 1.0, 0.0)
    );
    // No target, no standing.
    let mut none = over.clone();
    none.target = None;
    assert_eq!(standing(&none, d(2026, 7, 1)), None);
    // A quantity of zero: no ratio, counted as done.
    let zero = item(Comparator::AtLeast, 0.0, YEAR, &[]);
    let s = standing(&zero, d(2026, 7, 1)).unwrap();
    assert_eq!((s.ratio, s.share(), s.verdict), (None, 1.0, Verdict::Met));
}

#[test]
fn pace_compares_the_share_done_with_the_time_elapsed() {
    let year = Span::new(d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    assert_eq!(elapsed(year, d(2025, 12, 31)), 0.0);
    assert_eq!(elapsed(year, d(2026, 1, 1)), 1.0 / 365.0);
    assert_eq!(elapsed(year, d(2026, 12, 31)), 1.0);
    assert_eq!(elapsed(year, d(2027, 3, 1)), 1.0);
    let mid = d(2026, 7, 2); // 183 of 365 days: about 50 %
    let p = |op, q, t, day| pace(op, q, t, year, day).verdict;
    use Comparator::*;
    // 100 场 in the year: 45 done at mid-year is on track, 35 is behind.
    assert_eq!(p(AtLeast, 100.0, 45.0, mid), PaceVerdict::OnTrack);
    assert_eq!(p(AtLeast, 100.0, 35.0, mid), PaceVerdict::Behind);
    // Flagged early: 5 done by the end of February (16 % of the year) is behind.
    assert_eq!(p(AtLeast, 100.0, 5.0, d(2026, 2, 28)), PaceVerdict::Behind);
    assert_eq!(p(AtLeast, 100.0, 100.0, mid), PaceVerdict::Done);
    assert_eq!(
        p(AtLeast, 100.0, 0.0, d(2025, 12, 1)),
        PaceVerdict::NotStarted
    );
    // After the end, anything short is behind.
    assert_eq!(p(AtLeast, 100.0, 95.0, d(2027, 1, 5)), PaceVerdict::Behind);
    assert_eq!(p(About, 300.0, 280.0, mid), PaceVerdict::Done);
    assert_eq!(p(Exactly, 4.0, 2.0, mid), PaceVerdict::OnTrack);
    // A limit: using it up faster than the time passes is flagged.
    assert_eq!(p(AtMost, 10.0, 5.0, mid), PaceVerdict::OnTrack);
    assert_eq!(p(AtMost, 10.0, 8.0, mid), PaceVerdict::AheadOfLimit);
    assert_eq!(
        p(AtMost, 10.0, 11.0, d(2026, 12, 1)),
        PaceVerdict::AheadOfLimit
    );
    assert_eq!(p(AtMost, 10.0, 9.0, d(2027, 1, 1)), PaceVerdict::Done);
    assert_eq!(p(AtMost, 10.0, 0.0, d(2025, 6, 1)), PaceVerdict::NotStarted);
    let s = pace(AtLeast, 100.0, 45.0, year, mid);
    assert!((s.elapsed - 183.0 / 365.0).abs() < 1e-12);
    assert_eq!(s.done, 0.45);
}

#[test]
fn targets_without_days_and_entries_outside_them() {
    // Unscheduled: a standing, but no pace.
    let i = item(
        Comparator::AtLeast,
        5.0,
        When::Unscheduled,
        &[(d(2026, 3, 1), 2.0)],
    );
    let s = standing(&i, d(2026, 7, 1)).unwrap();
    assert_eq!((s.tally, s.pace, s.outside), (2.0, None, 0));
    assert!(!s.at_risk());
    // July's activity with an entry in June and one in August: both count, both
    // are reported as outside.
    let july = When::Month {
        year: 2026,
        month: 7,
    };
    let i = item(
        Comparator::AtLeast,
        3.0,
        july.clone(),
        &[
            (d(2026, 6, 30), 1.0),
            (d(2026, 7, 10), 1.0),
            (d(2026, 8, 1), 1.0),
        ],
    );
    let s = standing(&i, d(2026, 8, 2)).unwrap();
    assert_eq!((s.tally, s.verdict, s.outside), (3.0, Verdict::Met, 2));
    assert_eq!(s.pace.unwrap().verdict, PaceVerdict::Done);
    // Behind pace is at risk; so is a limit passed.
    let late = item(Comparator::AtLeast, 10.0, july, &[(d(2026, 7, 2), 1.0)]);
    assert!(standing(&late, d(2026, 7, 25)).unwrap().at_risk());
    let over = item(Comparator::AtMost, 2.0, YEAR, &[(d(2026, 1, 2), 3.0)]);
    assert!(standing(&over, d(2026, 12, 31)).unwrap().at_risk());
}

#[test]
fn roll_ups_by_section_department_and_place() {
    let mut plan = sample_plan(2026);
    let today = d(2026, 7, 2);
    let with_target: Vec<usize> = plan
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.target.is_some())
        .map(|(n, _)| n)
        .collect();
    assert!(with_target.len() >= 3, "the sample has targets");
    // Meet the first target.
    let first = with_target[0];
    let q = plan.items[first].target.as_ref().unwrap().quantity;
    plan.items[first].progress = vec![entry(1, d(2026, 3, 1), q, None)];
    for group in [GroupBy::Section, GroupBy::Department, GroupBy::Place] {
        let rolls = roll_up(&plan, group, today);
        for r in &rolls {
            assert!(r.targets > 0);
            assert!(r.met <= r.targets && r.at_risk <= r.targets);
            assert!((0.0..=1.0).contains(&r.share));
        }
        if group == GroupBy::Section {
            // Each target counts once, in its own section.
            assert_eq!(
                rolls.iter().map(|r| r.targets).sum::<usize>(),
                with_target.len()
            );
            assert_eq!(rolls.iter().map(|r| r.met).sum::<usize>(), 1);
            let mine = rolls
                .iter()
                .find(|r| r.key == plan.items[first].section.0)
                .unwrap();
            assert!(mine.share > 0.0);
        }
        if group == GroupBy::Department {
            // An activity of two departments counts in both.
            let expected: usize = plan
                .items
                .iter()
                .filter(|i| i.target.is_some())
                .map(|i| i.departments.len().max(1))
                .sum();
            assert_eq!(rolls.iter().map(|r| r.targets).sum::<usize>(), expected);
        }
    }
    // Nothing done at mid-year: every target of the whole year is behind.
    let empty = sample_plan(2026);
    let all = roll_up(&empty, GroupBy::Section, today);
    assert_eq!(all.iter().map(|r| r.met).sum::<usize>(), 0);
    assert!(all.iter().map(|r| r.at_risk).sum::<usize>() > 0);
}

#[test]
fn amounts_by_month_and_the_place_grid() {
    let entries = [
        entry(1, d(2026, 1, 5), 1.0, None),
        entry(2, d(2026, 1, 20), 2.0, None),
        entry(3, d(2026, 12, 31), 1.5, None),
        entry(4, d(2025, 12, 31), 9.0, None),
    ];
    let months = by_month(&entries, 2026);
    assert_eq!(months[0], 3.0);
    assert_eq!(months[11], 1.5);
    assert_eq!(months.iter().sum::<f64>(), 4.5);

    let mut plan = sample_plan(2026);
    let places: Vec<PlaceId> = plan.places.iter().map(|p| p.id.clone()).collect();
    assert!(places.len() >= 2);
    let n = plan
        .items
        .iter()
        .position(|i| i.title.contains("送戏下乡"))
        .unwrap();
    let id = plan.items[n].id.clone();
    plan.items[n].progress = vec![
        entry(1, d(2026, 3, 1), 1.0, Some(places[0].as_str())),
        entry(2, d(2026, 3, 9), 1.0, Some(places[0].as_str())),
        entry(3, d(2026, 5, 2), 1.0, Some(places[1].as_str())),
        entry(4, d(2026, 5, 3), 1.0, None),
        entry(5, d(2025, 5, 3), 1.0, Some(places[1].as_str())),
    ];
    let grid = place_grid(&plan, Some(&id));
    assert_eq!(grid.len(), plan.places.len(), "every place, visited or not");
    assert_eq!(grid[0].place, places[0]);
    assert_eq!(grid[0].months[2], 2);
    assert_eq!(grid[0].total, 2);
    assert_eq!(grid[1].months[4], 1);
    assert_eq!(grid[1].total, 1, "last year's visit is not this year's");
    assert!(grid[2..].iter().all(|r| r.total == 0));
    // The whole plan's grid holds the same here (no other entries).
    assert_eq!(place_grid(&plan, None), grid);
}

#[test]
fn plus_one_is_for_units_that_count_occasions() {
    use jihua::progress::is_count_unit;
    for unit in ["场", "次", "期", " 场次 ", "届"] {
        assert!(is_count_unit(unit), "{unit}");
    }
    for unit in ["人次", "人", "万元", "小时", ""] {
        assert!(!is_count_unit(unit), "{unit}");
    }
}

#[test]
fn the_value_axis_is_nice_and_covers_the_tallest_bar() {
    use jihua::progress::chart::nice_axis;
    assert_eq!(nice_axis(0.0), (1.0, 1.0), "an empty chart");
    assert_eq!(nice_axis(f64::NAN), (1.0, 1.0));
    assert_eq!(nice_axis(1.0), (1.0, 1.0));
    // Counts get whole steps, never 0.5 of an occasion.
    assert_eq!(nice_axis(2.0), (2.0, 1.0));
    assert_eq!(nice_axis(3.0), (3.0, 1.0));
    assert_eq!(nice_axis(7.0), (8.0, 2.0));
    assert_eq!(nice_axis(100.0), (100.0, 20.0));
    assert_eq!(nice_axis(130.0), (150.0, 50.0));
    let (top, step) = nice_axis(2.5);
    assert!((top - 2.5).abs() < 1e-9 && (step - 0.5).abs() < 1e-9);
    for max in [0.3, 1.0, 4.0, 9.0, 11.0, 12.0, 37.5, 86.0, 300.0, 4321.0] {
        let (top, step) = nice_axis(max);
        assert!(top >= max - 1e-9, "{max}: top {top}");
        let steps = top / step;
        assert!((steps - steps.round()).abs() < 1e-6, "{max}: {top}/{step}");
        assert!((1.0..=5.0 + 1e-9).contains(&steps), "{max}: {steps} steps");
        let mantissa = step / 10f64.powf(step.log10().floor());
        assert!(
            [1.0, 2.0, 5.0].iter().any(|m| (m - mantissa).abs() < 1e-6),
            "{max}: step {step}"
        );
    }
}

#[test]
fn chart_bars_stand_on_the_baseline_in_proportion() {
    use jihua::progress::chart::{layout, BOTTOM, HEIGHT, LEFT, TOP, WIDTH};
    let mut months = [0.0; 12];
    months[2] = 3.0;
    months[3] = 1.0;
    months[11] = 7.0;
    let l = layout(&months);
    assert_eq!(l.bars.len(), 12);
    assert_eq!(l.base, HEIGHT - BOTTOM);
    for (i, b) in l.bars.iter().enumerate() {
        assert_eq!(b.month, i as u32 + 1);
        assert!((b.y + b.height - l.base).abs() < 1e-9, "on the baseline");
        assert!(b.x >= LEFT && b.x + b.width <= WIDTH, "inside the chart");
        assert!(b.y >= TOP - 1e-9, "below the room for its figure");
        assert!((l.columns[i] - (b.x + b.width / 2.0)).abs() < 1e-9);
    }
    assert_eq!(l.bars[0].height, 0.0);
    // The axis runs to 8 (step 2): 7 is 7/8 of the plot, and March's 3 is 3/7 of it.
    let plot = l.base - TOP;
    assert!((l.bars[11].height - plot * 7.0 / 8.0).abs() < 1e-9);
    assert!((l.bars[2].height / l.bars[11].height - 3.0 / 7.0).abs() < 1e-9);
    assert!(l.bars[0].x < l.bars[1].x, "January first");
    let ticks: Vec<f64> = l.ticks.iter().map(|t| t.value).collect();
    assert_eq!(ticks, [0.0, 2.0, 4.0, 6.0, 8.0]);
    assert_eq!(l.ticks[0].y, l.base);
    assert!((l.ticks[4].y - TOP).abs() < 1e-9);
    // Nothing recorded: flat bars, an axis from 0 to 1.
    let empty = layout(&[0.0; 12]);
    assert!(empty.bars.iter().all(|b| b.height == 0.0));
    assert_eq!(empty.ticks.len(), 2);
}

#[test]
fn month_series_never_add_different_units() {
    use jihua::progress::chart::month_series;
    let mut plan = sample_plan(2026);
    let with_unit = |plan: &jihua::model::Plan, unit: &str| {
        plan.items
            .iter()
            .position(|i| i.target.as_ref().is_some_and(|t| t.unit.trim() == unit))
            .unwrap_or_else(|| panic!("the sample has a target in {unit}"))
    };
    let a = with_unit(&plan, "场");
    let b = with_unit(&plan, "人次");
    let c = plan.items.iter().position(|i| i.target.is_none()).unwrap();
    plan.items[a].progress = vec![
        entry(1, d(2026, 3, 1), 1.0, None),
        entry(2, d(2026, 3, 9), 2.0, None),
        entry(3, d(2025, 3, 9), 5.0, None),
    ];
    plan.items[b].progress = vec![entry(4, d(2026, 4, 1), 45.0, None)];
    plan.items[c].progress = vec![entry(5, d(2026, 6, 1), 1.0, None)];

    let all = month_series(&plan, None);
    let units: Vec<&str> = all.iter().map(|s| s.unit.as_str()).collect();
    assert_eq!(units.len(), 3, "{units:?}");
    assert!(units.contains(&"场") && units.contains(&"人次"));
    assert_eq!(units[2], "", "activities without a target come last");
    let chang = all.iter().find(|s| s.unit == "场").unwrap();
    assert_eq!(chang.months[2], 3.0, "last year's entry is left out");
    assert_eq!(chang.total(), 3.0);
    assert_eq!(
        all.iter().find(|s| s.unit == "人次").unwrap().months[3],
        45.0
    );

    // One activity: its series, even when empty.
    let id = plan.items[a].id.clone();
    assert_eq!(month_series(&plan, Some(&id)), vec![chang.clone()]);
    plan.items[a].progress.clear();
    let none = month_series(&plan, Some(&id));
    assert_eq!(none.len(), 1);
    assert_eq!(none[0].total(), 0.0);
    // With nothing recorded anywhere, the plan has no series at all.
    for i in &mut plan.items {
        i.progress.clear();
    }
    assert!(month_series(&plan, None).is_empty());
}

#[test]
fn nothing_done_is_plus_zero() {
    // `Sum for f64` starts at -0; a tally, a share or a roll-up of nothing must not
    // print as "-0%".
    let i = item(Comparator::AtLeast, 3.0, YEAR, &[]);
    let s = standing(&i, d(2026, 6, 1)).unwrap();
    assert!(s.tally.is_sign_positive());
    assert!(s.share().is_sign_positive());
    let mut plan = sample_plan(2026);
    for i in &mut plan.items {
        i.progress.clear();
    }
    for r in roll_up(&plan, GroupBy::Section, d(2026, 6, 1)) {
        assert!(r.share.is_sign_positive(), "{}: {}", r.key, r.share);
    }
}

/// "每季度不少于1次，全年不少于6次": a record in February and one in August.
fn quarterly() -> Item {
    let mut item = Item::new(ItemId::new("q"), SectionId::new("s"), "公益讲座");
    item.when = When::Year { year: 2026 };
    item.target = Some(Target {
        op: Comparator::AtLeast,
        quantity: 6.0,
        unit: "次".into(),
    });
    item.per_period = Some(jihua::model::PeriodTarget {
        every: jihua::model::Period::Quarter,
        op: Comparator::AtLeast,
        quantity: 1.0,
        unit: "次".into(),
    });
    item.progress = vec![
        entry(1, d(2026, 2, 10), 1.0, None),
        entry(2, d(2026, 8, 1), 1.0, None),
    ];
    item
}

#[test]
fn a_target_per_quarter_is_tallied_quarter_by_quarter() {
    use jihua::progress::{period_tallies, shown_period, PeriodState};
    let item = quarterly();
    let today = d(2026, 8, 15);
    let q = period_tallies(&item, today);
    assert_eq!(q.len(), 4);
    assert_eq!(
        q.iter()
            .map(|t| (t.span.start, t.span.end))
            .collect::<Vec<_>>(),
        vec![
            (d(2026, 1, 1), d(2026, 3, 31)),
            (d(2026, 4, 1), d(2026, 6, 30)),
            (d(2026, 7, 1), d(2026, 9, 30)),
            (d(2026, 10, 1), d(2026, 12, 31)),
        ]
    );
    assert_eq!(
        q.iter().map(|t| t.done).collect::<Vec<_>>(),
        vec![1.0, 0.0, 1.0, 0.0]
    );
    assert_eq!(q[0].state, PeriodState::Met);
    assert_eq!(q[1].state, PeriodState::Missed);
    assert_eq!(q[2].state, PeriodState::Current(PaceVerdict::Done));
    assert_eq!(q[3].state, PeriodState::Upcoming);
    assert!(q[1].at_risk() && !q[2].at_risk());
    assert_eq!(
        shown_period(&q, today).map(|t| t.span.start),
        Some(d(2026, 7, 1))
    );
    // The year's own target is counted as before: 2 of 6.
    assert_eq!(standing(&item, today).unwrap().tally, 2.0);

    // Without the August record, the third quarter is behind half-way through.
    let mut late = quarterly();
    late.progress.pop();
    let q = period_tallies(&late, today);
    assert_eq!(q[2].state, PeriodState::Current(PaceVerdict::Behind));
    assert!(q[2].at_risk());
    // After the year every period is settled; the last is shown.
    let q = period_tallies(&late, d(2027, 1, 5));
    assert_eq!(q[3].state, PeriodState::Missed);
    assert_eq!(
        shown_period(&q, d(2027, 1, 5)).map(|t| t.span.start),
        Some(d(2026, 10, 1))
    );
    // No per-period target, or no days: nothing.
    let mut none = quarterly();
    none.per_period = None;
    assert!(period_tallies(&none, today).is_empty());
    let mut undated = quarterly();
    undated.when = When::Unscheduled;
    assert!(period_tallies(&undated, today).is_empty());
}

#[test]
fn a_monthly_target_clips_its_first_and_last_month() {
    let mut item = quarterly();
    item.when = When::Range {
        start: d(2026, 3, 15),
        end: d(2026, 5, 10),
    };
    item.per_period.as_mut().unwrap().every = jihua::model::Period::Month;
    let q = jihua::progress::period_tallies(&item, d(2026, 4, 1));
    assert_eq!(
        q.iter()
            .map(|t| (t.span.start, t.span.end))
            .collect::<Vec<_>>(),
        vec![
            (d(2026, 3, 15), d(2026, 3, 31)),
            (d(2026, 4, 1), d(2026, 4, 30)),
            (d(2026, 5, 1), d(2026, 5, 10)),
        ]
    );
}

#[test]
fn periods_are_worded_in_both_languages() {
    use jihua::model::Period;
    use jihua::progress::period_tallies;
    use jihua::ui::i18n::{period_tally_label, Lang};
    let mut item = quarterly();
    item.progress.pop();
    let q = period_tallies(&item, d(2026, 8, 15));
    let zh: Vec<String> = q
        .iter()
        .map(|t| period_tally_label(Lang::Zh, Period::Quarter, t, "次", 2026))
        .collect();
    assert_eq!(
        zh,
        vec![
            "第一季度：1/1 次 — 已完成",
            "第二季度：0/1 次 — 未完成",
            "第三季度：0/1 次 — 落后",
            "第四季度：0/1 次 — 未开始",
        ]
    );
    assert_eq!(
        period_tally_label(Lang::En, Period::Quarter, &q[2], "次", 2026),
        "Q3: 0/1 次 — behind"
    );
    assert_eq!(
        period_tally_label(Lang::Zh, Period::Quarter, &q[2], "", 2025),
        "2026年第三季度：0/1 — 落后"
    );
    item.per_period.as_mut().unwrap().every = Period::Month;
    let m = period_tallies(&item, d(2026, 8, 15));
    assert_eq!(
        period_tally_label(Lang::Zh, Period::Month, &m[7], "次", 2026),
        "8月：0/1 次 — 落后"
    );
    assert_eq!(
        period_tally_label(Lang::En, Period::Month, &m[1], "次", 2026),
        "Feb: 1/1 次 — met"
    );
}

/// The sample with July's records: two shows (120 and 80 people, one at a
/// village), 30 trained (人次), and a lecture recorded under its own category.
fn july() -> jihua::model::Plan {
    let mut plan = sample_plan(2026);
    let place = plan.places[0].id.clone();
    let mut add = |title: &str, e: ProgressEntry| {
        let item = plan.items.iter_mut().find(|i| i.title == title).unwrap();
        item.progress.push(e);
    };
    let mut show = entry(1, d(2026, 7, 3), 1.0, None);
    show.attendance = Some(120);
    show.place = Some(place.clone());
    add("送戏下乡一百场", show);
    let mut show = entry(2, d(2026, 7, 20), 1.0, None);
    show.attendance = Some(80);
    add("送戏下乡一百场", show);
    add("培训各类文艺人才", entry(3, d(2026, 7, 9), 30.0, None));
    let mut talk = entry(4, d(2026, 7, 11), 1.0, None);
    talk.category = Some("lecture".into());
    talk.attendance = Some(45);
    add("组织社区文化活动", talk);
    add("送戏下乡一百场", entry(5, d(2026, 8, 2), 1.0, None));
    plan
}

/// Each kind's key, occasions and people.
fn by_kind(r: &jihua::progress::returns::Return) -> Vec<(&str, f64, f64)> {
    r.by_category
        .iter()
        .map(|(c, n)| (c.as_str(), n.sessions, n.attendance))
        .collect()
}

#[test]
fn the_statistics_return_counts_occasions_and_people_by_category_and_village() {
    use jihua::progress::returns::statistics;
    let plan = july();
    let r = statistics(&plan, Span::new(d(2026, 7, 1), d(2026, 7, 31)).unwrap());
    let by = by_kind(&r);
    assert_eq!(
        by,
        vec![
            ("exhibition", 0.0, 0.0),
            ("performance", 2.0, 200.0),
            ("training", 1.0, 30.0),
            ("lecture", 1.0, 45.0),
        ]
    );
    assert_eq!((r.total.sessions, r.total.attendance), (4.0, 275.0));
    // By village: the show at the first place, the rest without a place.
    assert_eq!(r.by_place.len(), 2);
    assert_eq!(r.by_place[0].0.as_ref(), Some(&plan.places[0].id));
    assert_eq!(r.by_place[0].1[1].sessions, 1.0);
    assert_eq!(r.by_place[1].0, None);
    // The year counts August too.
    let year = statistics(&plan, Span::new(d(2026, 1, 1), d(2026, 12, 31)).unwrap());
    assert_eq!(year.total.sessions, 5.0);
}

#[test]
fn kinds_the_plan_adds_are_counted_after_the_built_in_ones() {
    use jihua::model::{apply, Edit, OwnCategory};
    use jihua::progress::returns::{category_of, statistics};
    let mut plan = july();
    let heritage = OwnCategory {
        id: "c-heritage".into(),
        name: "非遗展示".into(),
        unit: "场".into(),
        extra: Default::default(),
    };
    apply(
        &mut plan,
        Edit::AddCategory(heritage.clone()),
        "2026-07-31T00:00:00Z",
    )
    .unwrap();
    // A record put in it counts there; the others stay where they were.
    let show = plan
        .items
        .iter_mut()
        .find(|i| i.title == "送戏下乡一百场")
        .unwrap();
    show.progress[1].category = Some("c-heritage".into());
    let july_span = Span::new(d(2026, 7, 1), d(2026, 7, 31)).unwrap();
    let r = statistics(&plan, july_span);
    let before = statistics(&july(), july_span);
    let mut want = by_kind(&before);
    want[1] = ("performance", 1.0, 120.0);
    want.push(("c-heritage", 1.0, 80.0));
    assert_eq!(by_kind(&r), want);
    assert_eq!(r.total.attendance, 275.0);
    assert!(r.by_place.iter().all(|(_, counts)| counts.len() == 5));
    let item = plan
        .items
        .iter()
        .find(|i| i.title == "送戏下乡一百场")
        .unwrap();
    let kind = category_of(&plan, item, &item.progress[1]);
    assert_eq!((kind.name(true), kind.unit()), ("非遗展示", "场"));
    // Its id is the plan's: a second with the same id, or a built-in key, is refused.
    let again = apply(&mut plan, Edit::AddCategory(heritage.clone()), "t");
    assert!(again.is_err());
    let lecture = OwnCategory {
        id: "lecture".into(),
        ..heritage.clone()
    };
    assert!(apply(&mut plan, Edit::AddCategory(lecture), "t").is_err());
    let blank = OwnCategory {
        id: "c-2".into(),
        name: "  ".into(),
        ..heritage
    };
    assert!(apply(&mut plan, Edit::AddCategory(blank), "t").is_err());
    // A record naming a kind the plan does not have is refused too.
    let mut item = plan
        .items
        .iter()
        .find(|i| i.title == "送戏下乡一百场")
        .unwrap()
        .clone();
    item.progress[0].category = Some("c-gone".into());
    assert!(apply(&mut plan, Edit::UpdateItem(item), "t").is_err());
}

#[test]
fn the_monthly_report_in_both_languages() {
    use jihua::ui::i18n::{month_report_text, Lang};
    let plan = july();
    let zh = month_report_text(Lang::Zh, &plan, 2026, 7);
    let lines: Vec<&str> = zh.lines().collect();
    assert_eq!(lines[0], "县文化馆2026年7月工作总结和8月工作计划");
    assert_eq!(lines[2], "一、7月工作完成情况");
    assert_eq!(
        lines[3],
        "本月共记录完成情况4条，开展活动4场次，服务群众275人次。"
    );
    assert!(zh.contains("送戏下乡一百场2场，200人次"), "{zh}");
    assert!(zh.contains("培训各类文艺人才1次，30人次"), "{zh}");
    assert!(zh.contains("二、8月工作计划"));
    assert!(
        zh.contains("1、7–8月，第二期戏曲知识培训（辅导部负责）。"),
        "{zh}"
    );
    // What runs all year is counted, not listed; weekly and monthly work is listed.
    assert!(zh.contains("全年，每月，组织广场文化活动"), "{zh}");
    assert!(!zh.contains("全年，党风廉政建设学习"), "{zh}");
    assert!(
        zh.contains("（一）以“文化大篷车”为载体，坚持送戏下乡：送戏下乡一百场2场，200人次。"),
        "{zh}"
    );
    let en = month_report_text(Lang::En, &plan, 2026, 7);
    assert!(
        en.starts_with("县文化馆, Jul 2026: report, and plan for Aug\n"),
        "{en}"
    );
    assert!(en.contains("4 records: 4 occasions, 275 people reached."));
    // December's plan is for January of the next year; an empty month says so.
    let dec = month_report_text(Lang::Zh, &plan, 2026, 12);
    assert!(
        dec.starts_with("县文化馆2026年12月工作总结和2027年1月工作计划"),
        "{dec}"
    );
    assert!(dec.contains("本月没有完成记录。"));
}

#[test]
fn the_period_under_way_is_the_one_shown() {
    use jihua::ui::i18n::{shown_period_label, Lang};
    let mut item = quarterly();
    item.progress.pop();
    assert_eq!(
        shown_period_label(Lang::Zh, &item, d(2026, 8, 15), 2026),
        Some(("第三季度：0/1 次 — 落后".to_owned(), true))
    );
    assert_eq!(
        shown_period_label(Lang::En, &item, d(2026, 2, 15), 2026),
        Some(("Q1: 1/1 次 — met".to_owned(), false))
    );
    // After the year: the last quarter; before it: the first.
    assert_eq!(
        shown_period_label(Lang::Zh, &item, d(2027, 3, 1), 2026).map(|x| x.0),
        Some("第四季度：0/1 次 — 未完成".to_owned())
    );
    assert_eq!(
        shown_period_label(Lang::Zh, &item, d(2025, 3, 1), 2026).map(|x| x.0),
        Some("第一季度：1/1 次 — 未开始".to_owned())
    );
    item.per_period = None;
    assert_eq!(
        shown_period_label(Lang::Zh, &item, d(2026, 8, 15), 2026),
        None
    );
}

#[test]
fn the_periods_a_return_covers() {
    use jihua::progress::returns::ReturnPeriod;
    use jihua::ui::i18n::{return_period_name, stats_title, Lang};
    let span = |p: ReturnPeriod| p.span(2024).map(|s| (s.start, s.end));
    assert_eq!(
        span(ReturnPeriod::Month(2)),
        Some((d(2024, 2, 1), d(2024, 2, 29)))
    );
    assert_eq!(
        span(ReturnPeriod::Quarter(4)),
        Some((d(2024, 10, 1), d(2024, 12, 31)))
    );
    assert_eq!(
        span(ReturnPeriod::Year),
        Some((d(2024, 1, 1), d(2024, 12, 31)))
    );
    for bad in [
        ReturnPeriod::Month(0),
        ReturnPeriod::Month(13),
        ReturnPeriod::Quarter(0),
        ReturnPeriod::Quarter(5),
    ] {
        assert_eq!(bad.span(2024), None, "{bad:?}");
    }
    assert_eq!(ReturnPeriod::Year.span(i32::MAX), None);
    // The month or quarter holding a day of the year, else the first.
    assert_eq!(
        ReturnPeriod::Quarter(1).around(2026, d(2026, 8, 15)),
        ReturnPeriod::Quarter(3)
    );
    assert_eq!(
        ReturnPeriod::Month(1).around(2026, d(2026, 8, 15)),
        ReturnPeriod::Month(8)
    );
    assert_eq!(
        ReturnPeriod::Month(5).around(2026, d(2027, 8, 15)),
        ReturnPeriod::Month(1)
    );
    assert_eq!(
        return_period_name(Lang::Zh, ReturnPeriod::Quarter(3)),
        "第三季度"
    );
    assert_eq!(return_period_name(Lang::En, ReturnPeriod::Quarter(3)), "Q3");
    assert_eq!(
        stats_title(Lang::Zh, "东风乡文化站", 2026, ReturnPeriod::Quarter(3)),
        "东风乡文化站2026年第三季度文化活动统计表"
    );
    assert_eq!(
        stats_title(Lang::Zh, "", 2026, ReturnPeriod::Year),
        "2026年文化活动统计表"
    );
    assert_eq!(
        stats_title(Lang::En, "", 2026, ReturnPeriod::Year),
        "Activities, 2026"
    );
    assert_eq!(
        stats_title(Lang::En, "Dongfeng", 2026, ReturnPeriod::Month(7)),
        "Dongfeng: activities, Jul 2026"
    );
}

#[test]
fn records_newest_first_of_one_activity_or_all() {
    use jihua::progress::returns::records_newest_first;
    let plan = july();
    let all = records_newest_first(&plan, None);
    let dates: Vec<NaiveDate> = all.iter().map(|(_, e)| e.date).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    let count: usize = plan.items.iter().map(|i| i.progress.len()).sum();
    assert_eq!(all.len(), count);
    let first = &plan
        .items
        .iter()
        .find(|i| !i.progress.is_empty())
        .unwrap()
        .id;
    let mine = records_newest_first(&plan, Some(first));
    assert!(!mine.is_empty());
    assert!(mine.iter().all(|(i, _)| &i.id == first));
}
