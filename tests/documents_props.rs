//! Property tests of documents out, over generated valid plans (any text, control
//! characters and markup in titles, every kind of time, repeats and records): no
//! writer panics, every XML part is well formed, pages keep to the grid, calendar
//! lines keep to 75 octets and every event ends after it starts.

#![cfg(not(target_arch = "wasm32"))]

mod strategies;

use chrono::NaiveDate;
use jihua::documents::paper::{paginate, width, LINES_PER_PAGE, LINE_WIDTH, TITLE_WIDTH};
use jihua::documents::{csv, docx, events, ics, month, plan_doc, stats, tasks, xlsx};
use jihua::ui::i18n::{document_words, Lang};
use proptest::prelude::*;
use std::io::Read;
use strategies::plan;

fn well_formed(bytes: &[u8]) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    for k in 0..zip.len() {
        let mut f = zip.by_index(k).map_err(|e| e.to_string())?;
        let mut s = String::new();
        f.read_to_string(&mut s).map_err(|e| e.to_string())?;
        let mut r = quick_xml::Reader::from_str(&s);
        r.config_mut().check_end_names = true;
        loop {
            match r.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Text(t)) => {
                    // Text must decode: no character XML 1.0 forbids slipped through.
                    let raw = t.into_inner();
                    if raw
                        .iter()
                        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
                    {
                        return Err(format!("{}: a control character", f.name()));
                    }
                }
                Ok(_) => {}
                Err(e) => return Err(format!("{}: {e}", f.name())),
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("JIHUA_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200)
    ))]

    #[test]
    fn every_document_of_any_plan_is_well_formed(p in plan(), zh in any::<bool>()) {
        let w = document_words(if zh { Lang::Zh } else { Lang::En });
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let now = day.and_hms_opt(8, 0, 0).unwrap();
        let doc = plan_doc::plan_doc(&p, &w, day);
        for page in paginate(&doc) {
            prop_assert!(page.lines.len() <= LINES_PER_PAGE);
            for l in &page.lines {
                // Two closing marks may hang past the end of a line.
                let room = if l.face == jihua::documents::paper::Face::Title { TITLE_WIDTH } else { LINE_WIDTH };
                prop_assert!(width(&l.text) <= room + 4, "{:?} is {} wide", l.text, width(&l.text));
            }
        }
        let bytes = docx::docx(&doc, p.numbering, now).unwrap();
        prop_assert!(well_formed(&bytes).is_ok(), "{:?}", well_formed(&bytes));
        prop_assert!(jihua::text::docx::read_docx(&bytes).is_ok());
        let bytes = xlsx::xlsx(&[tasks::task_sheet(&p, &w)], &p.title, now).unwrap();
        prop_assert!(well_formed(&bytes).is_ok(), "{:?}", well_formed(&bytes));
        let bytes = xlsx::xlsx(&stats::stats_sheets(&p, &w), &p.title, now).unwrap();
        prop_assert!(well_formed(&bytes).is_ok(), "{:?}", well_formed(&bytes));
        let evs = events::plan_events(&p, &w);
        for e in &evs {
            prop_assert!(e.last >= e.start);
        }
        let text = ics::ics(&evs, &p.title, now, true);
        for line in text.split("\r\n") {
            prop_assert!(line.len() <= 75, "{} octets: {line}", line.len());
            prop_assert!(!line.contains('\n') && !line.contains('\r'));
        }
        prop_assert_eq!(text.matches("BEGIN:VEVENT").count(), evs.len());
        let table = tasks::task_table(&p, &w);
        prop_assert_eq!(table.len(), p.items.len() + 1);
        let bom = csv::csv(&table).starts_with('\u{feff}');
        prop_assert!(bom, "no byte-order mark");
        for m in 1..=12 {
            let _ = month::month_rows(&p, p.year, m, &w);
        }
    }
}
