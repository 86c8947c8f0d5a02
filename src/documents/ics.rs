//! Events as an iCalendar file (RFC 5545) that phone calendars import.
//!
//! Written by hand rather than with the icalendar crate (about 460 KB of wasm):
//! jihua writes only all-day events, whose rules are few but easy to get wrong —
//! DTEND is the day *after* the last day, lines are folded at 75 octets without
//! splitting a character, and text escapes `\ ; ,` and line breaks.

use chrono::{Duration, NaiveDate, NaiveDateTime};

/// One all-day event.
#[derive(Clone, Debug, PartialEq)]
pub struct CalEvent {
    /// Globally unique id; the same activity keeps it from export to export, so a
    /// calendar updates the event instead of adding a second one.
    pub uid: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day (inclusive; the file says the day after).
    pub last: NaiveDate,
    /// The title.
    pub summary: String,
    /// The description.
    pub description: String,
    /// Where.
    pub location: String,
    /// A recurrence rule ("FREQ=MONTHLY;UNTIL=20251201").
    pub rrule: Option<String>,
    /// Called off.
    pub cancelled: bool,
}

/// Text escaped as RFC 5545 3.3.11 says.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `line` folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character,
/// with CRLF after each piece.
fn fold(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The calendar named `name` holding `events`, stamped `now` (UTC). With
/// `remind`, each event has an alarm at 9:00 the day before.
pub fn ics(events: &[CalEvent], name: &str, now: NaiveDateTime, remind: bool) -> String {
    let mut out = String::new();
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//jihua//jihua 计划//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(&mut out, l);
    }
    fold(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    for e in events {
        fold(&mut out, "BEGIN:VEVENT");
        fold(&mut out, &format!("UID:{}", text(&e.uid)));
        fold(&mut out, &format!("DTSTAMP:{stamp}"));
        fold(&mut out, &format!("DTSTART;VALUE=DATE:{}", date(e.start)));
        let end = e.last.max(e.start) + Duration::days(1);
        fold(&mut out, &format!("DTEND;VALUE=DATE:{}", date(end)));
        if let Some(rule) = &e.rrule {
            fold(&mut out, &format!("RRULE:{rule}"));
        }
        fold(&mut out, &format!("SUMMARY:{}", text(&e.summary)));
        if !e.description.is_empty() {
            fold(&mut out, &format!("DESCRIPTION:{}", text(&e.description)));
        }
        if !e.location.is_empty() {
            fold(&mut out, &format!("LOCATION:{}", text(&e.location)));
        }
        fold(&mut out, "TRANSP:TRANSPARENT");
        if e.cancelled {
            fold(&mut out, "STATUS:CANCELLED");
        }
        if remind && !e.cancelled {
            for l in ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15H"] {
                fold(&mut out, l);
            }
            fold(&mut out, &format!("DESCRIPTION:{}", text(&e.summary)));
            fold(&mut out, "END:VALARM");
        }
        fold(&mut out, "END:VEVENT");
    }
    fold(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "送戏下乡".repeat(20));
        fold(&mut out, &long);
        for piece in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(piece.len() <= 75, "{} octets", piece.len());
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), long);
    }

    #[test]
    fn text_escapes_what_rfc_5545_says() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
