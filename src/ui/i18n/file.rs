//! Plan-file problems in the user's words: where ("第 3 个活动的时间"), what
//! ("月份必须是 1 到 12 之间的整数"), a hint where one helps, and the JSON path for
//! whoever fixes the file by hand. Pure, host-tested.

use super::format::{bytes_label, number};
use super::Lang;
use crate::file::error::{JsonType, Seg, SyntaxKind};
use crate::file::{FileError, JsonPath, Problem};

/// The name of a member, as a noun.
fn field(lang: Lang, key: &str) -> String {
    let zh = match key {
        "title" => "标题",
        "id" => "编号",
        "section" => "所属部分",
        "parent" => "上级部分",
        "year" => "年份",
        "month" => "月份",
        "date" => "日期",
        "start" => "开始日期",
        "end" => "结束日期",
        "from" => "起始月份",
        "to" => "结束月份",
        "xun" => "旬",
        "quarter" => "季度",
        "half" => "半年",
        "kind" => "时间类型",
        "when" => "时间",
        "repeat" => "重复",
        "every" => "重复周期",
        "times" => "重复次数",
        "target" => "目标",
        "op" => "比较方式",
        "quantity" => "目标数量",
        "amount" => "数量",
        "unit" => "单位",
        "status" => "状态",
        "milestone" => "里程碑标记",
        "color" => "颜色",
        "name" => "名称",
        "order" => "顺序",
        "notes" => "备注",
        "note" => "说明",
        "lead" => "负责人",
        "place" => "地点",
        "tags" => "标签",
        "organization" => "单位",
        "preface" => "指导思想",
        "format" => "文件格式",
        "version" => "格式版本",
        "exported_at" => "导出时间",
        "created_at" => "创建时间",
        "updated_at" => "修改时间",
        "at" => "删除时间",
        "revision" => "修订号",
        "sample" => "示例标记",
        "departments" => "部门列表",
        "places" => "地点列表",
        "sections" => "部分列表",
        "items" => "活动列表",
        "progress" => "进度记录",
        "deleted" => "删除记录",
        "plans" => "计划列表",
        "plan" => "计划",
        _ => "",
    };
    match (lang, zh) {
        (Lang::Zh, "") => format!("“{key}”"),
        (Lang::Zh, name) => name.to_owned(),
        (Lang::En, _) => match key {
            "section" => "section".to_owned(),
            "op" => "comparator".to_owned(),
            "xun" => "ten-day period (xun)".to_owned(),
            "when" => "time".to_owned(),
            "lead" => "lead person".to_owned(),
            "exported_at" | "created_at" | "updated_at" | "at" => key.replace('_', " "),
            _ => key.to_owned(),
        },
    }
}

/// "第 3 个活动" / "activity 3": element `index` of list `key`, inside `parent`.
fn element(lang: Lang, key: &str, parent: Option<&str>, index: usize) -> String {
    let n = index + 1;
    let in_item = parent == Some("items");
    match lang {
        Lang::Zh => {
            let (measure, noun) = match key {
                "items" => ("个", "活动"),
                "sections" => ("个", "部分"),
                "departments" if in_item => ("个", "负责部门"),
                "departments" => ("个", "部门"),
                "places" => ("个", "地点"),
                "progress" => ("条", "进度记录"),
                "deleted" => ("条", "删除记录"),
                "tags" => ("个", "标签"),
                "plans" => ("个", "计划"),
                _ => ("项", ""),
            };
            if noun.is_empty() {
                format!("{}的第 {n} {measure}", field(lang, key))
            } else {
                format!("第 {n} {measure}{noun}")
            }
        }
        Lang::En => {
            let noun = match key {
                "items" => "activity",
                "sections" => "section",
                "departments" if in_item => "responsible department",
                "departments" => "department",
                "places" => "place",
                "progress" => "progress entry",
                "deleted" => "deletion record",
                "tags" => "tag",
                "plans" => "plan",
                other => other,
            };
            format!("{noun} {n}")
        }
    }
}

/// The path as phrases, outermost first; a list member and its index are one phrase.
fn phrases(lang: Lang, path: &JsonPath) -> Vec<String> {
    let segs = &path.0;
    let mut out = Vec::new();
    let mut i = 0;
    let mut parent_list: Option<&str> = None;
    while i < segs.len() {
        match (&segs[i], segs.get(i + 1)) {
            (Seg::Key(k), Some(Seg::Index(n))) => {
                out.push(element(lang, k, parent_list, *n));
                parent_list = Some(k);
                i += 2;
            }
            // The plan of a plan file is the file's subject, not worth a phrase.
            (Seg::Key(k), Some(_)) if i == 0 && k == "plan" && segs.len() > 2 => i += 1,
            (Seg::Key(k), _) => {
                out.push(field(lang, k));
                i += 1;
            }
            (Seg::Index(n), _) => {
                out.push(format!("[{n}]"));
                i += 1;
            }
        }
    }
    out
}

fn type_name(lang: Lang, t: JsonType) -> &'static str {
    match (lang, t) {
        (Lang::Zh, JsonType::Null) => "空值（null）",
        (Lang::Zh, JsonType::Bool) => "是或否（true/false）",
        (Lang::Zh, JsonType::Number) => "数字",
        (Lang::Zh, JsonType::Text) => "文字",
        (Lang::Zh, JsonType::List) => "列表",
        (Lang::Zh, JsonType::Object) => "一组字段（{…}）",
        (Lang::En, JsonType::Null) => "null",
        (Lang::En, JsonType::Bool) => "true or false",
        (Lang::En, JsonType::Number) => "a number",
        (Lang::En, JsonType::Text) => "text",
        (Lang::En, JsonType::List) => "a list",
        (Lang::En, JsonType::Object) => "an object ({…})",
    }
}

/// The sentence for a problem of member `f` (already a noun phrase).
fn sentence(lang: Lang, f: &str, problem: &Problem) -> String {
    let zh = lang == Lang::Zh;
    match problem {
        Problem::Missing if zh => format!("缺少{f}"),
        Problem::Missing => format!("{f} is missing"),
        Problem::WrongType { expected, found } if zh => format!(
            "{f}应当是{}，文件里是{}",
            type_name(lang, *expected),
            type_name(lang, *found)
        ),
        Problem::WrongType { expected, found } => format!(
            "{f} must be {}, but is {}",
            type_name(lang, *expected),
            type_name(lang, *found)
        ),
        Problem::NotOneOf { found, allowed } if zh => {
            format!("{f}“{found}”不是可用的值（可用：{}）", allowed.join("、"))
        }
        Problem::NotOneOf { found, allowed } => {
            format!("{f} “{found}” is not one of: {}", allowed.join(", "))
        }
        Problem::NotADate { found } if zh => {
            format!("{f}“{found}”不是真实的日期（应写成 2024-07-15 这样）")
        }
        Problem::NotADate { found } => {
            format!("{f} “{found}” is not a real date (write it like 2024-07-15)")
        }
        Problem::NotATimestamp { found } if zh => {
            format!("{f}“{found}”不是有效的时间（应写成 2024-07-15T08:00:00Z 这样）")
        }
        Problem::NotATimestamp { found } => {
            format!("{f} “{found}” is not a valid time (write it like 2024-07-15T08:00:00Z)")
        }
        Problem::NotAColour { found } if zh => {
            format!("{f}“{found}”不是颜色（应写成 #2f7ed8 这样）")
        }
        Problem::NotAColour { found } => {
            format!("{f} “{found}” is not a colour (write it like #2f7ed8)")
        }
        Problem::OutOfRange {
            min,
            max,
            whole: true,
        } if zh => {
            format!("{f}必须是 {} 到 {} 之间的整数", number(*min), number(*max))
        }
        Problem::OutOfRange {
            min,
            max,
            whole: false,
        } if zh => {
            format!("{f}必须在 {} 到 {} 之间", number(*min), number(*max))
        }
        Problem::OutOfRange { min, max, whole } => format!(
            "{f} must be {}between {} and {}",
            if *whole { "a whole number " } else { "" },
            number(*min),
            number(*max)
        ),
        Problem::EmptyText if zh => format!("{f}不能为空"),
        Problem::EmptyText => format!("{f} must not be empty"),
        Problem::DuplicateId { id } if zh => format!("{f}“{id}”与前面的重复"),
        Problem::DuplicateId { id } => format!("{f} “{id}” is used twice"),
        Problem::Dangling { id } if zh => format!("{f}“{id}”在文件里找不到"),
        Problem::Dangling { id } => format!("{f} “{id}” is not in the file"),
        Problem::SectionCycle if zh => format!("{f}绕成了圈（部分不能在自己里面）"),
        Problem::SectionCycle => format!("{f} makes the section contain itself"),
        Problem::Backwards if zh => format!("{f}早于开始"),
        Problem::Backwards => format!("{f} comes before the start"),
        Problem::NotHolidays if zh => {
            format!("{f}：放假安排读不出来（应是 holiday-cn 格式的年份列表）")
        }
        Problem::NotHolidays => {
            format!("{f}: the holiday arrangements cannot be read (a list of years in the holiday-cn shape was expected)")
        }
        Problem::NoLunarDay if zh => {
            format!("{f}：这一年农历没有这一天（没有这个闰月，或这个月只有二十九天）")
        }
        Problem::NoLunarDay => format!(
            "{f}: that lunar year has no such day (no such leap month, or the month has 29 days)"
        ),
        Problem::TooLong { chars, max } if zh => format!("{f}太长（{chars} 个字，最多 {max} 个）"),
        Problem::TooLong { chars, max } => {
            format!("{f} is too long ({chars} characters, at most {max})")
        }
        Problem::TooMany { count, max } if zh => format!("{f}太多（{count} 项，最多 {max} 项）"),
        Problem::TooMany { count, max } => {
            format!("{f} has too many entries ({count}, at most {max})")
        }
        other => whole_file(lang, other, None),
    }
}

/// Problems of the file as a whole, with line and column where known.
fn whole_file(lang: Lang, problem: &Problem, at: Option<(usize, usize)>) -> String {
    let zh = lang == Lang::Zh;
    let (line, col) = at.unwrap_or((0, 0));
    let place = if zh {
        format!("第 {line} 行第 {col} 列")
    } else {
        format!("line {line}, column {col}")
    };
    match problem {
        Problem::Bundle(e) => bundle_problem(lang, e),
        Problem::TooLarge { bytes, max } if zh => format!(
            "文件太大（{}），最大只能是 {}。请确认选的是计划文件",
            bytes_label(*bytes as f64),
            bytes_label(*max as f64)
        ),
        Problem::TooLarge { bytes, max } => format!(
            "The file is too large ({}; at most {}). Is it really a plan file?",
            bytes_label(*bytes as f64),
            bytes_label(*max as f64)
        ),
        Problem::CannotRead if zh => "无法读取这个文件：U 盘可能已经拔出，或者没有读取权限。请把文件复制到电脑上再试".to_owned(),
        Problem::CannotRead => "The file cannot be read: the USB stick may have been removed, or there is no permission. Copy the file to the computer and try again".to_owned(),
        Problem::Empty if zh => "文件是空的。请确认选对了文件，或请对方重新导出".to_owned(),
        Problem::Empty => "The file is empty. Check that it is the right file, or ask for it again".to_owned(),
        Problem::Utf16 if zh => "文件是 UTF-16 编码，计划文件须为 UTF-8。可用记事本打开，“另存为”时把编码选为 UTF-8".to_owned(),
        Problem::Utf16 => "The file is UTF-16; plan files are UTF-8. Open it in an editor and save it as UTF-8".to_owned(),
        Problem::NotUtf8 if zh => format!("文件从{place}起不是 UTF-8 编码（可能是 GBK 等旧编码）。可用记事本打开，“另存为”时把编码选为 UTF-8"),
        Problem::NotUtf8 => format!("The file is not UTF-8 from {place} on (perhaps GBK). Open it in an editor and save it as UTF-8"),
        Problem::Syntax(SyntaxKind::Truncated) if zh => format!("文件不完整，在{place}意外结束。可能没有下载或复制完整，请重新获取文件"),
        Problem::Syntax(SyntaxKind::Truncated) => format!("The file ends unexpectedly at {place}: it was probably not downloaded or copied completely"),
        Problem::Syntax(SyntaxKind::NumberTooLarge) if zh => format!("{place}的数字太大"),
        Problem::Syntax(SyntaxKind::NumberTooLarge) => format!("The number at {place} is too large"),
        Problem::Syntax(SyntaxKind::TrailingText) if zh => format!("{place}之后还有多余的内容。文件可能被改动过，请对方重新导出"),
        Problem::Syntax(SyntaxKind::TrailingText) => format!("There is extra text after the end, at {place}. The file may have been edited; ask for it again"),
        Problem::Syntax(SyntaxKind::Other(detail)) if zh => format!("{place}的写法不是正确的 JSON（{detail}）。文件可能被改动过，请对方重新导出"),
        Problem::Syntax(SyntaxKind::Other(detail)) => format!("The text at {place} is not valid JSON ({detail}). The file may have been edited; ask for it again"),
        Problem::TooDeep { max } if zh => format!("{place}处嵌套太深（超过 {max} 层），这不是正常的计划文件"),
        Problem::TooDeep { max } => format!("At {place} the file nests deeper than {max} levels; this is not a normal plan file"),
        Problem::NotAPlanFile if zh => "这不是 jihua 计划文件。请选择扩展名为 .jihua.json 的文件".to_owned(),
        Problem::NotAPlanFile => "This is not a jihua plan file. Choose a file ending in .jihua.json".to_owned(),
        Problem::NewerVersion { found, supported } if zh => format!(
            "这个文件是新版本的 jihua 写的（格式版本 {found}，本程序只能读到版本 {supported}）。请先把 jihua 更新到最新版本"
        ),
        Problem::NewerVersion { found, supported } => format!(
            "This file was written by a newer jihua (format version {found}; this one reads up to {supported}). Please update jihua first"
        ),
        Problem::BadVersion if zh => "文件的格式版本无法识别".to_owned(),
        _ => "The file's format version is not recognised".to_owned(),
    }
}

/// One problem, fully worded: "第 3 个活动的时间：月份必须是 1 到 12 之间的整数
/// （plan.items[2].when.month）".
pub fn file_error(lang: Lang, error: &FileError) -> String {
    let mut parts = phrases(lang, &error.path);
    let whole = error.line_column.is_some()
        || matches!(
            error.problem,
            Problem::TooLarge { .. }
                | Problem::CannotRead
                | Problem::Empty
                | Problem::Utf16
                | Problem::NotAPlanFile
        );
    if whole || parts.is_empty() {
        return whole_file(lang, &error.problem, error.line_column);
    }
    let last = parts.pop().unwrap_or_default();
    let what = sentence(lang, &last, &error.problem);
    let path = error.path.to_string();
    match (lang, parts.is_empty()) {
        (Lang::Zh, true) => format!("{what}（{path}）"),
        (Lang::Zh, false) => format!("{}：{what}（{path}）", parts.join("的")),
        (Lang::En, true) => format!("{} ({path})", capitalize(&what)),
        (Lang::En, false) => format!("{}: {what} ({path})", capitalize(&parts.join(", "))),
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "还有 12 个问题没有列出" when more problems were found than are listed.
pub fn more_problems(lang: Lang, more: usize) -> String {
    match lang {
        Lang::Zh => format!("还有 {more} 个问题没有列出。"),
        Lang::En => format!("{more} more problems are not listed."),
    }
}

/// "无法导入“计划.jihua.json”" / "Cannot import “plan.jihua.json”".
pub fn import_failed_title(lang: Lang, source: &str) -> String {
    match lang {
        Lang::Zh => format!("无法导入“{source}”"),
        Lang::En => format!("Cannot import “{source}”"),
    }
}

/// What a plan holds: "2 个部分 · 35 个活动 · 5 个部门 · 9 个地点 · 3 条进度记录".
pub fn plan_counts(lang: Lang, c: &crate::file::preview::Counts) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 个部分 · {} 个活动 · {} 个部门 · {} 个地点 · {} 条进度记录",
            c.sections, c.items, c.departments, c.places, c.entries
        ),
        Lang::En => format!(
            "{} sections · {} activities · {} departments · {} places · {} progress entries",
            c.sections, c.items, c.departments, c.places, c.entries
        ),
    }
}

/// The notice after an import: "已导入“title”" or "已导入 3 个计划".
pub fn imported_message(lang: Lang, titles: &[String]) -> String {
    match (lang, titles) {
        (Lang::Zh, [one]) => format!("已导入“{one}”。"),
        (Lang::Zh, many) => format!("已导入 {} 个计划。", many.len()),
        (Lang::En, [one]) => format!("Imported “{one}”."),
        (Lang::En, many) => format!("Imported {} plans.", many.len()),
    }
}

/// The error after a failed write of some imported plans.
pub fn import_write_failed(lang: Lang, titles: &[String]) -> String {
    match lang {
        Lang::Zh => format!("以下计划没能保存，其余已导入：{}。可能是浏览器存储已满。", titles.join("、")),
        Lang::En => format!("These plans could not be saved (the rest were imported): {}. The browser's storage may be full.", titles.join(", ")),
    }
}

/// Why a plan with its photos (`.jihua.zip`) cannot be read.
fn bundle_problem(lang: Lang, e: &crate::file::bundle::BundleError) -> String {
    use crate::file::bundle::BundleError as B;
    let zh = lang == Lang::Zh;
    match e {
        B::TooLarge { max } if zh => format!(
            "带照片的文件太大（超过 {}）。请分几次导出，或只导出计划（不含照片）",
            bytes_label(*max as f64)
        ),
        B::TooLarge { max } => format!(
            "The file with photos is too large (over {}). Export it in parts, or the plan alone without photos",
            bytes_label(*max as f64)
        ),
        B::NotZip | B::Damaged(_) if zh => "这个带照片的文件（.jihua.zip）已损坏，无法打开。请对方重新导出".to_owned(),
        B::NotZip | B::Damaged(_) => "This file with photos (.jihua.zip) is damaged and cannot be opened. Ask for it again".to_owned(),
        B::NoPlan if zh => "这个压缩包里没有计划文件（plan.jihua.json），不是 jihua 导出的带照片文件".to_owned(),
        B::NoPlan => "This zip holds no plan file (plan.jihua.json): it is not a plan with photos exported by jihua".to_owned(),
        B::PlanNotText if zh => "压缩包里的计划文件不是文本，文件可能已损坏。请对方重新导出".to_owned(),
        B::PlanNotText => "The plan file in the zip is not text; the file may be damaged. Ask for it again".to_owned(),
        B::NotAnImage { name } if zh => format!("压缩包里的“{name}”不是照片，文件可能被改动过。为安全起见，什么都没有导入"),
        B::NotAnImage { name } => format!("“{name}” in the zip is not a photo; the file may have been altered. To be safe, nothing was imported"),
        B::TooManyFiles if zh => "压缩包里的文件太多，不是 jihua 导出的带照片文件".to_owned(),
        B::TooManyFiles => "The zip holds too many files: it is not a plan with photos exported by jihua".to_owned(),
        B::BadPhotoId(id) if zh => format!("压缩包里的照片名称“{id}”不符合要求，文件可能被改动过。什么都没有导入"),
        B::BadPhotoId(id) => format!("The photo name “{id}” in the zip is not allowed; the file may have been altered. Nothing was imported"),
    }
}
