//! Every `when` kind resolves to the right inclusive span.

use chrono::NaiveDate;
use jihua::model::repeat::{Period, Repeat};
use jihua::model::when::{days_in_month, shift_date_years, Span, When, WhenError, Xun};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn span(w: When) -> (NaiveDate, NaiveDate) {
    let s = w.span().unwrap().unwrap();
    (s.start, s.end)
}

#[test]
fn date_and_range() {
    assert_eq!(
        span(When::Date {
            date: d(2024, 2, 29)
        }),
        (d(2024, 2, 29), d(2024, 2, 29))
    );
    assert_eq!(
        span(When::Range {
            start: d(2024, 1, 5),
            end: d(2024, 1, 20)
        }),
        (d(2024, 1, 5), d(2024, 1, 20))
    );
    assert_eq!(
        When::Range {
            start: d(2024, 1, 20),
            end: d(2024, 1, 5)
        }
        .span(),
        Err(WhenError::RangeBackwards)
    );
}

#[test]
fn month_ends_and_leap_years() {
    assert_eq!(
        span(When::Month {
            year: 2024,
            month: 2
        }),
        (d(2024, 2, 1), d(2024, 2, 29))
    );
    assert_eq!(
        span(When::Month {
            year: 2023,
            month: 2
        }),
        (d(2023, 2, 1), d(2023, 2, 28))
    );
    assert_eq!(
        span(When::Month {
            year: 1900,
            month: 2
        })
        .1,
        d(1900, 2, 28)
    );
    assert_eq!(
        span(When::Month {
            year: 2000,
            month: 2
        })
        .1,
        d(2000, 2, 29)
    );
    assert_eq!(
        span(When::Month {
            year: 2024,
            month: 4
        })
        .1,
        d(2024, 4, 30)
    );
    assert_eq!(
        span(When::Month {
            year: 2024,
            month: 12
        })
        .1,
        d(2024, 12, 31)
    );
    assert_eq!(
        When::Month {
            year: 2024,
            month: 13
        }
        .span(),
        Err(WhenError::Month(13))
    );
    assert_eq!(
        When::Month {
            year: 2024,
            month: 0
        }
        .span(),
        Err(WhenError::Month(0))
    );
    assert_eq!(days_in_month(2024, 2), Some(29));
    assert_eq!(days_in_month(2024, 13), None);
}

#[test]
fn months() {
    assert_eq!(
        span(When::Months {
            year: 2024,
            from: 9,
            to: 10
        }),
        (d(2024, 9, 1), d(2024, 10, 31))
    );
    assert_eq!(
        When::Months {
            year: 2024,
            from: 10,
            to: 9
        }
        .span(),
        Err(WhenError::MonthsBackwards { from: 10, to: 9 })
    );
}

#[test]
fn xun_boundaries() {
    let xun = |year, month, xun| span(When::Xun { year, month, xun });
    assert_eq!(xun(2024, 4, Xun::Early), (d(2024, 4, 1), d(2024, 4, 10)));
    assert_eq!(xun(2024, 4, Xun::Middle), (d(2024, 4, 11), d(2024, 4, 20)));
    assert_eq!(xun(2024, 4, Xun::Late), (d(2024, 4, 21), d(2024, 4, 30)));
    assert_eq!(xun(2024, 2, Xun::Late), (d(2024, 2, 21), d(2024, 2, 29)));
    assert_eq!(xun(2023, 2, Xun::Late), (d(2023, 2, 21), d(2023, 2, 28)));
    assert_eq!(xun(2024, 1, Xun::Late).1, d(2024, 1, 31));
}

#[test]
fn quarter_half_year() {
    assert_eq!(
        span(When::Quarter {
            year: 2024,
            quarter: 1
        }),
        (d(2024, 1, 1), d(2024, 3, 31))
    );
    assert_eq!(
        span(When::Quarter {
            year: 2024,
            quarter: 2
        }),
        (d(2024, 4, 1), d(2024, 6, 30))
    );
    assert_eq!(
        span(When::Quarter {
            year: 2024,
            quarter: 4
        }),
        (d(2024, 10, 1), d(2024, 12, 31))
    );
    assert_eq!(
        When::Quarter {
            year: 2024,
            quarter: 5
        }
        .span(),
        Err(WhenError::Quarter(5))
    );
    assert_eq!(
        span(When::Half {
            year: 2024,
            half: 1
        }),
        (d(2024, 1, 1), d(2024, 6, 30))
    );
    assert_eq!(
        span(When::Half {
            year: 2024,
            half: 2
        }),
        (d(2024, 7, 1), d(2024, 12, 31))
    );
    assert_eq!(
        When::Half {
            year: 2024,
            half: 0
        }
        .span(),
        Err(WhenError::Half(0))
    );
    assert_eq!(
        span(When::Year { year: 2024 }),
        (d(2024, 1, 1), d(2024, 12, 31))
    );
    assert_eq!(
        When::Year { year: 99999 }.span(),
        Err(WhenError::Year(99999))
    );
    assert_eq!(When::Unscheduled.span(), Ok(None));
}

#[test]
fn fuzziness() {
    assert!(!When::Date {
        date: d(2024, 1, 1)
    }
    .is_fuzzy());
    assert!(!When::Unscheduled.is_fuzzy());
    assert!(When::Month {
        year: 2024,
        month: 7
    }
    .is_fuzzy());
    assert!(When::Year { year: 2024 }.is_fuzzy());
}

#[test]
fn shifting_years() {
    assert_eq!(shift_date_years(d(2024, 2, 29), 1), d(2025, 2, 28));
    assert_eq!(shift_date_years(d(2024, 3, 1), 1), d(2025, 3, 1));
    assert_eq!(
        When::Xun {
            year: 2024,
            month: 4,
            xun: Xun::Middle
        }
        .shifted_years(1),
        When::Xun {
            year: 2025,
            month: 4,
            xun: Xun::Middle
        }
    );
}

#[test]
fn serialized_shapes_match_the_file_format() {
    let json = serde_json::to_string(&When::Xun {
        year: 2024,
        month: 4,
        xun: Xun::Middle,
    })
    .unwrap();
    assert_eq!(
        json,
        r#"{"kind":"xun","year":2024,"month":4,"xun":"middle"}"#
    );
    let w: When =
        serde_json::from_str(r#"{"kind":"months","year":2024,"from":9,"to":10}"#).unwrap();
    assert_eq!(
        w,
        When::Months {
            year: 2024,
            from: 9,
            to: 10
        }
    );
    let w: When = serde_json::from_str(r#"{"kind":"unscheduled"}"#).unwrap();
    assert_eq!(w, When::Unscheduled);
    let r: Repeat = serde_json::from_str(r#"{"every":"week"}"#).unwrap();
    assert_eq!(
        r,
        Repeat::Every {
            every: Period::Week
        }
    );
    let r: Repeat = serde_json::from_str(r#"{"times":2}"#).unwrap();
    assert_eq!(r, Repeat::Times { times: 2 });
}

#[test]
fn repeat_occurrences() {
    let year = Span::new(d(2024, 1, 1), d(2024, 12, 31)).unwrap();
    let monthly = Repeat::Every {
        every: Period::Month,
    }
    .occurrences(year);
    assert_eq!(monthly.len(), 12);
    assert_eq!(
        (monthly[1].start, monthly[1].end),
        (d(2024, 2, 1), d(2024, 2, 29))
    );
    let quarterly = Repeat::Every {
        every: Period::Quarter,
    }
    .occurrences(year);
    assert_eq!(quarterly.len(), 4);
    assert_eq!(quarterly[3].start, d(2024, 10, 1));
    // 2024-01-01 is a Monday, 12-31 a Tuesday: 53 weeks, the last one clipped.
    let weekly = Repeat::Every {
        every: Period::Week,
    }
    .occurrences(year);
    assert_eq!(weekly.len(), 53);
    assert_eq!(
        (weekly[52].start, weekly[52].end),
        (d(2024, 12, 30), d(2024, 12, 31))
    );
    // A span that starts mid-week clips the first week.
    let july = Span::new(d(2024, 7, 1), d(2024, 7, 31)).unwrap();
    let weeks = Repeat::Every {
        every: Period::Week,
    }
    .occurrences(Span::new(d(2024, 7, 3), july.end).unwrap());
    assert_eq!(
        (weeks[0].start, weeks[0].end),
        (d(2024, 7, 3), d(2024, 7, 7))
    );
    let twice = Repeat::Times { times: 2 }.occurrences(year);
    assert_eq!(twice.len(), 2);
    assert_eq!(
        (twice[0].start, twice[0].end),
        (d(2024, 1, 1), d(2024, 7, 1))
    );
    assert_eq!(
        (twice[1].start, twice[1].end),
        (d(2024, 7, 2), d(2024, 12, 31))
    );
    // More times than days: one per day; zero times: once.
    let day = Span::new(d(2024, 7, 1), d(2024, 7, 3)).unwrap();
    assert_eq!(Repeat::Times { times: 10 }.occurrences(day).len(), 3);
    assert_eq!(Repeat::Times { times: 0 }.occurrences(day).len(), 1);
}
