//! Texts with arguments of the text import's preview.

use super::Lang;
use crate::text::{FoundKind, Role};

/// The name of a role, for its chip.
pub fn role_name(lang: Lang, role: Role) -> &'static str {
    let t = lang.t();
    match role {
        Role::Title => t.text_role_title,
        Role::Preface => t.text_role_preface,
        Role::Section => t.text_role_section,
        Role::Item => t.text_role_item,
        Role::Notes => t.text_role_notes,
        Role::Unused => t.text_role_unused,
    }
}

/// The label of a found value's kind.
pub fn found_name(lang: Lang, kind: FoundKind) -> &'static str {
    let t = lang.t();
    match kind {
        FoundKind::Time => t.text_found_time,
        FoundKind::Repeat => t.text_found_repeat,
        FoundKind::Target => t.text_found_target,
        FoundKind::Department => t.text_found_department,
        FoundKind::Lead => t.text_found_lead,
        FoundKind::Place => t.text_found_place,
    }
}

/// "识别出 12 项活动、3 个章节；未使用 2 行".
pub fn text_counts(lang: Lang, items: usize, sections: usize, unused: usize) -> String {
    match lang {
        Lang::Zh => format!("识别出 {items} 项活动、{sections} 个章节；未使用 {unused} 行"),
        Lang::En => {
            let s = |n: usize| if n == 1 { "" } else { "s" };
            format!(
                "{items} activit{}, {sections} section{}; {unused} line{} not used",
                if items == 1 { "y" } else { "ies" },
                s(sections),
                s(unused)
            )
        }
    }
}

/// "第 12 行" / "line 12": where a found value came from.
pub fn line_number(lang: Lang, line: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {} 行", line + 1),
        Lang::En => format!("line {}", line + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_both_languages() {
        assert_eq!(
            text_counts(Lang::Zh, 12, 3, 2),
            "识别出 12 项活动、3 个章节；未使用 2 行"
        );
        assert_eq!(
            text_counts(Lang::En, 1, 1, 0),
            "1 activity, 1 section; 0 lines not used"
        );
    }
}
