//! The language catalogue: every visible string of the app, in Chinese (default) and
//! English.
//!
//! Why a typed catalogue and not `leptos_i18n`: the catalogue is a plain struct with
//! one field per string, and each language is one `const` value of it, so a string
//! missing in either language is a compile error, not a runtime fallback; texts
//! with arguments are ordinary functions; nothing is generated at build time (no
//! locale files, no build script, no proc-macro), which keeps the wasm small and the
//! two-core build fast; and the catalogue is pure, so it is tested on the host.
//! With two languages and a few hundred strings, that is all an i18n crate would give.

mod almanac;
mod documents;
mod en;
mod file;
mod format;
mod groups;
mod headings;
mod periods;
mod progress;
mod report;
mod text_import;
mod zh;

pub use almanac::{
    holiday_file_error, holidays_saved, mark_name, notice_error, off_mark, off_title,
};
pub use documents::document_words;
pub use file::{
    file_error, import_failed_title, import_write_failed, imported_message, more_problems,
    plan_counts,
};
pub use format::*;
pub use groups::{group_by_label, group_name};
pub use headings::{confirm_fix_day, header_label, month_schedule_title, month_title, year_title};
pub use periods::{
    per_period_label, period_name, period_state, period_tally_label, shown_period_label,
};
pub use progress::{
    month_chart_label, record_heading, recorded_message, tally_label, year_end_summary,
};
pub use report::{
    category_name, month_report_name, month_report_text, more_records, people_label, photo_count,
    return_period_name, stats_title,
};
pub use text_import::{found_name, line_number, role_name, text_counts};

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// 简体中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses a stored tag; anything unknown is Chinese.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.starts_with("en") {
            Lang::En
        } else {
            Lang::Zh
        }
    }

    /// The catalogue of this language.
    pub fn t(self) -> &'static Texts {
        match self {
            Lang::Zh => &zh::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }
}

macro_rules! texts {
    ($($(#[$doc:meta])* $field:ident),* $(,)?) => {
        /// Every fixed string of the interface in one language.
        #[derive(Debug)]
        pub struct Texts {
            $($(#[$doc])* pub $field: &'static str,)*
        }

        impl Texts {
            /// Every string with its field name, for completeness tests.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}

texts! {
    app_name, other_language, loading, undo, redo, nav_outline, plans_label,
    new_plan, manage_plans, plan_properties, sample_banner, sample_new_empty,
    saved, saved_fallback, saving, save_error, memory_only,
    add_section, add_subsection, add_item, rename, delete, edit, move_up, move_down,
    empty_outline, section_title, new_section_title,
        undo_action, dismiss,
    confirm,
    cancel, save, close,
    form_new_item, form_edit_item, field_title, field_notes, field_section, field_when,
    field_year, field_month, field_from, field_to, field_xun, field_quarter, field_half,
    field_date, field_start, field_end, field_repeat, field_departments, field_places,
    field_lead, lead_prefix, field_target, field_status, field_milestone, field_unit, field_quantity,
    field_comparator, has_target, new_department, new_place, add, no_departments, no_places,
    repeat_none, repeat_week, repeat_month, repeat_quarter, repeat_times, field_times,
    kind_year, kind_half, kind_quarter, kind_month, kind_months, kind_xun, kind_date,
    kind_range, kind_unscheduled,
    xun_early, xun_middle, xun_late, half_first, half_second,
    err_title_required, err_quantity, err_year, err_date, err_range, err_months,
    err_times, err_name_required, err_name_taken, err_storage_load, err_storage_save,
    file_notice, recovered_unsaved, history, history_title, history_hint, history_differs, history_empty, restore, deleted_plans, download_all,
    conflict_title, conflict_body, conflict_mine, conflict_theirs, keep_mine, keep_theirs,
    save_mine_as_copy, copy_from_tab, remote_loaded, diff_added, diff_removed, diff_changed, diff_none,
    err_quota, err_download, download_backup, unreadable_records, download_record,
    plan_title, plan_organization, plan_year, plan_preface, plan_numbering_gbt, plans_title,
    docs_button, docs_title, docs_print_head, docs_files_head, print_plan, print_summary, print_month, docs_month, export_docx, export_summary_docx, export_xlsx, export_stats_xlsx, export_ics, export_csv, docs_remind, docs_stats_name, docs_summary_name, docs_hint, print_month_empty, print_now, print_close, print_hint, err_export,
    open, duplicate, copy_next_year, copy_suffix, new_plan_title, region_notices, region_sample, region_file, sample_tag, current_tag,
    keyboard_hint, drag_hint, unit_suggestions, update_ready, update_reload,
    nav_calendar, cal_prev, cal_next, cal_today, cal_view_month, cal_view_week, cal_view_year, cal_view_agenda, cal_tray, cal_filter_departments, cal_filter_status, cal_filter_all, cal_no_section, cal_weekdays, cal_repeated_hint, cal_keyboard_hint, cal_empty, cal_tray_week, cal_filter_places,
    nav_timeline, tl_zoom, tl_zoom_week, tl_zoom_month, tl_zoom_quarter, tl_zoom_year, tl_group, tl_group_section, tl_group_department, tl_group_place, tl_today, tl_col_title, tl_col_departments, tl_col_when, tl_no_department, tl_no_place, tl_empty, tl_keyboard_hint, tl_expand, tl_collapse, tl_drag_hint,
    progress_plus_one_hint, progress_title, progress_empty, progress_add, entry_date, entry_amount, entry_place, entry_note, entry_no_place,
    nav_progress, pv_targets, pv_none, pv_met, pv_on_track, pv_behind, pv_over, pv_not_started, pv_rollup, pv_col_section, pv_col_department, pv_col_place, pv_count, pv_met_count, pv_risk_count, pv_mean, pv_summary, pv_summary_hint, pv_copy, pv_copied, pv_copy_failed, pv_download, pv_villages, pv_villages_of, pv_all_activities, pv_total, pv_not_visited, pv_months, pv_months_hint, pv_months_empty, pv_no_unit, pv_focus_hint,
    entry_update, record_title, record_so_far, record_button, record_hint, entry_photo_pick, field_per_period, field_per_quantity, rec_title, rec_empty, export_bundle, export_bundle_tooltip, photos_import_quota, photos_import_failed,
    entry_photo, photo_view, photo_remove, photo_missing, photo_busy, photo_not_image, photo_quota, photo_failed,
    entry_attendance, entry_attendance_hint, entry_category, entry_category_new, entry_category_name, entry_category_unit, entry_lead, entry_more, err_attendance, st_title, st_hint, st_month, st_quarter, st_year, st_period, st_col_category, st_col_sessions, st_col_attendance, st_total, st_by_place, st_no_place, st_empty, st_print, mr_title, mr_hint, mr_month, mr_download_txt, mr_download_docx, mr_print,
    import_button, import_tooltip, export_plan, export_tooltip, import_title, import_reading, import_nothing_changed, import_exists, import_file_newer, import_file_older, import_same, import_is_new, import_confirm, import_as_new, import_replace, import_merge, import_replace_hint, import_merge_hint, import_as_new_hint, import_choose_other, import_drop, import_paste_label, import_paste_button, import_paste_hint, import_pasted, import_section,
    kind_festival, kind_lunar, field_festival, field_around, around_day, around_both, around_before, around_after, around_custom, field_around_days, field_offset_from, field_offset_to, field_lunar_month, field_lunar_day, field_leap, group_traditional, group_observance, when_falls_on, err_offsets, err_lunar_day, err_chinese_year, cal_almanac, cal_show_lunar, cal_show_traditional, cal_show_terms, cal_show_observances, cal_show_holidays, off_holiday, off_workday, off_holiday_long, off_workday_long, holidays_pending, holidays_unknown, holidays_added_note, holidays_button, holidays_title, holidays_intro, holidays_year, holidays_paste_label, holidays_paste_hint, holidays_read, holidays_file, holidays_save, holidays_remove, holidays_added_list, holidays_none_added, holidays_col_name, holidays_col_off, holidays_col_work, err_holidays_save,
    text_title, text_source_head, text_result_head, text_year, text_year_missing, text_role_title, text_role_preface, text_role_section, text_role_item, text_role_notes, text_role_unused, text_role_label, text_create, text_default_section, text_default_title, text_found_time, text_found_repeat, text_found_target, text_found_department, text_found_lead, text_found_place, text_from, text_correct_time, text_time_placeholder, text_no_time, text_no_items, text_preface, text_deadline, err_text_time, err_text_foreign, err_text_docx, err_text_empty, err_text_too_long, err_text_decode,
}
