//! The export commands: each builds its file with the pure `documents` layer and
//! offers it as a download named by the plan file rule.

use crate::documents::doc::Doc;
use crate::documents::{csv, docx, events, ics, plan_doc, stats, tasks, xlsx, DocError};
use crate::file::document_file_name;
use crate::ui::browser::{download_as, download_bytes, now_at as now, today};
use crate::ui::i18n::{document_words, month_report_name, month_report_text, year_end_summary};
use crate::ui::state::AppState;
use leptos::prelude::*;

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A file the documents dialog can make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Export {
    /// The plan as a Word 公文.
    PlanDocx,
    /// The year-end summary draft as a Word 公文.
    SummaryDocx,
    /// The 任务分解表 in Excel.
    TasksXlsx,
    /// The statistics workbook.
    StatsXlsx,
    /// The activities for phone calendars, with or without reminders.
    Calendar {
        /// An alarm the day before each event.
        remind: bool,
    },
    /// The 任务分解表 as CSV.
    TasksCsv,
    /// The monthly report draft of `month` of the plan's year as a Word 公文.
    MonthReportDocx {
        /// Month, 1–12.
        month: u32,
    },
}

/// The year-end summary draft as a document.
pub(crate) fn summary_doc(state: AppState) -> Doc {
    let lang = state.lang.get_untracked();
    state
        .plan
        .with_untracked(|p| Doc::from_text(&year_end_summary(lang, p, today())))
}

impl AppState {
    /// Makes `what` and offers it as a download; says so if it fails.
    pub(crate) fn export_document(&self, what: Export) {
        let lang = self.lang.get_untracked();
        let t = lang.t();
        let w = document_words(lang);
        let plan = self.plan.get_untracked();
        let name = |what: &str, ext: &str| document_file_name(&plan.title, what, ext, t.app_name);
        let made: Result<(String, Vec<u8>, &str), DocError> = match what {
            Export::PlanDocx => {
                let doc = plan_doc::plan_doc(&plan, &w, today());
                docx::docx(&doc, plan.numbering, now(true)).map(|b| (name("", "docx"), b, DOCX))
            }
            Export::SummaryDocx => docx::docx(&summary_doc(*self), plan.numbering, now(true))
                .map(|b| (name(t.docs_summary_name, "docx"), b, DOCX)),
            Export::MonthReportDocx { month } => {
                let text = month_report_text(lang, &plan, plan.year, month);
                docx::docx(&Doc::from_text(&text), plan.numbering, now(true))
                    .map(|b| (name(&month_report_name(lang, month), "docx"), b, DOCX))
            }
            Export::TasksXlsx => {
                xlsx::xlsx(&[tasks::task_sheet(&plan, &w)], &plan.title, now(true))
                    .map(|b| (name(w.task_sheet, "xlsx"), b, XLSX))
            }
            Export::StatsXlsx => {
                xlsx::xlsx(&stats::stats_sheets(&plan, &w), &plan.title, now(true))
                    .map(|b| (name(t.docs_stats_name, "xlsx"), b, XLSX))
            }
            Export::Calendar { remind } => {
                let text = ics::ics(
                    &events::plan_events(&plan, &w),
                    &plan.title,
                    now(false),
                    remind,
                );
                Ok((
                    name("", "ics"),
                    text.into_bytes(),
                    "text/calendar;charset=utf-8",
                ))
            }
            Export::TasksCsv => {
                let text = csv::csv(&tasks::task_table(&plan, &w));
                if download_as(&name(w.task_sheet, "csv"), &text, "text/csv;charset=utf-8").is_err()
                {
                    self.error.set(Some(t.err_download.to_owned()));
                }
                return;
            }
        };
        match made {
            Ok((file, bytes, mime)) => {
                if download_bytes(&file, &bytes, mime).is_err() {
                    self.error.set(Some(t.err_download.to_owned()));
                }
            }
            Err(_) => self.error.set(Some(t.err_export.to_owned())),
        }
    }
}
