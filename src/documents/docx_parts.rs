//! The fixed parts of a GB/T 9704 Word document: styles, numbering, settings,
//! font table and the page-number footers (see [`super::docx`]).

use super::docx::W;
use crate::model::numbering::Numbering;

/// Fonts as Windows offices have them, with the font Word and WPS fall back to.
/// None is embedded: they are licensed, and several MB each.
const FANG: (&str, &str) = ("仿宋_GB2312", "仿宋");
const HEI: (&str, &str) = ("黑体", "SimHei");
const KAI: (&str, &str) = ("楷体_GB2312", "楷体");
const TITLE: (&str, &str) = ("方正小标宋简体", "宋体");
const SONG: (&str, &str) = ("宋体", "SimSun");

/// Line pitch of the grid in twips: 225 mm over 22 lines.
pub(super) const LINE_PITCH: u32 = 579;
/// Two characters of 3号 (16 pt) in twips: the first-line indent.
pub(super) const INDENT: u32 = 640;

/// `<w:rFonts>` naming `font` for every script.
fn fonts((name, _): (&str, &str)) -> String {
    format!(r#"<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}"/>"#)
}

fn rpr(font: (&str, &str), half_points: u32) -> String {
    // 28 characters of 16 pt are 448 pt; the text block is 156 mm (442 pt) wide.
    // GB/T 9704 closes them up: a quarter point less per character. (A character
    // grid, `linesAndChars`, would do it in Word, but LibreOffice then gives each
    // character two cells of the grid.)
    let squeeze = if half_points == 32 {
        r#"<w:spacing w:val="-5"/>"#
    } else {
        ""
    };
    format!(
        r#"<w:rPr>{}<w:kern w:val="0"/>{squeeze}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>"#,
        fonts(font)
    )
}

/// Paragraphs are laid on the grid line by line, as `documents::paper` lays them:
/// no widow and orphan control (it would move lines the print view does not), and
/// the 22 pt title kept to one line of the grid instead of snapping to two.
pub(super) fn styles() -> String {
    let exact = format!(
        r#"<w:spacing w:before="0" w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/>"#
    );
    let body = format!(r#"<w:ind w:firstLine="{INDENT}"/><w:jc w:val="both"/>"#);
    let heading = |id: &str, name: &str, level: u32, font| {
        format!(
            concat!(
                r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>"#,
                r#"<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="{level}"/></w:pPr>{rpr}</w:style>"#
            ),
            id = id,
            name = name,
            level = level,
            rpr = rpr(font, 32)
        )
    };
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>"#,
            r#"<w:docDefaults><w:rPrDefault>{default_rpr}</w:rPrDefault><w:pPrDefault><w:pPr>{exact}</w:pPr></w:pPrDefault></w:docDefaults>"#,
            r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/>{exact}{body}</w:pPr>{default_rpr}</w:style>"#,
            r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
            r#"<w:pPr><w:snapToGrid w:val="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr>{title_rpr}</w:style>"#,
            "{h1}{h2}{h3}{h4}",
            r#"<w:style w:type="paragraph" w:styleId="Activity"><w:name w:val="Activity"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>"#,
            r#"<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>"#,
            r#"<w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr>{song}</w:style>"#,
            "</w:styles>"
        ),
        W = W,
        default_rpr = rpr(FANG, 32),
        exact = exact,
        body = body,
        title_rpr = rpr(TITLE, 44),
        h1 = heading("Heading1", "heading 1", 0, HEI),
        h2 = heading("Heading2", "heading 2", 1, KAI),
        h3 = heading("Heading3", "heading 3", 2, FANG),
        h4 = heading("Heading4", "heading 4", 3, FANG),
        song = rpr(SONG, 28),
    )
}

pub(super) fn numbering(style: Numbering) -> String {
    let third = match style {
        Numbering::Plan => "%3、",
        Numbering::Gbt9704 => "%3.",
    };
    let levels = [
        ("chineseCounting", "%1、".to_owned(), Some("Heading1")),
        ("chineseCounting", "（%2）".to_owned(), Some("Heading2")),
        ("decimal", third.to_owned(), None),
        ("decimal", "（%4）".to_owned(), None),
    ];
    let mut lvls = String::new();
    for (k, (fmt, text, pstyle)) in levels.iter().enumerate() {
        let pstyle = pstyle.map_or(String::new(), |s| format!(r#"<w:pStyle w:val="{s}"/>"#));
        lvls.push_str(&format!(
            concat!(
                r#"<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}"#,
                r#"<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>"#,
                r#"<w:pPr><w:ind w:left="0" w:firstLine="{indent}"/></w:pPr></w:lvl>"#
            ),
            k = k,
            fmt = fmt,
            pstyle = pstyle,
            text = text,
            indent = INDENT
        ));
    }
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>"#,
            r#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>"#,
            r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        ),
        W = W,
        lvls = lvls
    )
}

pub(super) fn settings() -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {W}>"#,
            r#"<w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/>"#,
            r#"<w:characterSpacingControl w:val="compressPunctuation"/>"#,
            r#"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
            r#"</w:settings>"#
        ),
        W = W
    )
}

pub(super) fn font_table() -> String {
    let mut fonts = String::new();
    for (name, alt) in [FANG, HEI, KAI, TITLE, SONG] {
        fonts.push_str(&format!(
            r#"<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>"#
        ));
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts {W}>{fonts}</w:fonts>"#
    )
}

/// The page number "— 1 —", one character in from the outside edge: on the right
/// of odd pages, on the left of even ones (GB/T 9704 7.5).
pub(super) fn footer(odd: bool) -> String {
    let place = if odd {
        r#"<w:ind w:right="280" w:firstLine="0"/><w:jc w:val="right"/>"#
    } else {
        r#"<w:ind w:left="280" w:firstLine="0"/><w:jc w:val="left"/>"#
    };
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>"#,
            r#"<w:p><w:pPr><w:pStyle w:val="Footer"/>{place}</w:pPr>"#,
            r#"<w:r><w:t xml:space="preserve">— </w:t></w:r>"#,
            r#"<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>"#,
            r#"<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"#
        ),
        W = W,
        place = place
    )
}
