//! A `Doc` as a Word document (.docx) in the GB/T 9704 layout: A4, margins
//! 37/35/28/26 mm, a grid of 22 lines of 28 characters, 2号 小标宋 title, 3号 仿宋
//! body, 黑体 and 楷体 headings, "— 1 —" page numbers at the outside edges.
//!
//! Headings carry Word's own heading styles (the navigation pane shows them) and
//! numbers come from numbering.xml, so a Word or WPS user can go on editing: add a
//! section and the numbers follow.

use super::doc::{Block, Doc};
use super::docx_parts::{font_table, footer, numbering, settings, styles, INDENT, LINE_PITCH};
use super::package::{core_properties, rel, relationships, Package, CORE_TYPE};
use super::xml::esc;
use super::DocError;
use crate::model::numbering::Numbering;
use chrono::NaiveDateTime;

/// The .docx of `doc`, numbered in `style`, stamped `modified`.
pub fn docx(doc: &Doc, style: Numbering, modified: NaiveDateTime) -> Result<Vec<u8>, DocError> {
    let mut p = Package::new();
    p.rels(
        "_rels/.rels",
        relationships(&[
            ("rId1", rel::OFFICE_DOCUMENT, "word/document.xml"),
            ("rId2", rel::CORE, "docProps/core.xml"),
        ]),
    );
    p.part(
        "docProps/core.xml",
        CORE_TYPE,
        core_properties(&doc.title, "jihua"),
    );
    p.rels(
        "word/_rels/document.xml.rels",
        relationships(&[
            ("rId1", rel::STYLES, "styles.xml"),
            ("rId2", rel::NUMBERING, "numbering.xml"),
            ("rId3", rel::SETTINGS, "settings.xml"),
            ("rId4", rel::FONT_TABLE, "fontTable.xml"),
            ("rId5", rel::FOOTER, "footer1.xml"),
            ("rId6", rel::FOOTER, "footer2.xml"),
        ]),
    );
    p.part("word/document.xml", ct::DOCUMENT, document(doc));
    p.part("word/styles.xml", ct::STYLES, styles());
    p.part("word/numbering.xml", ct::NUMBERING, numbering(style));
    p.part("word/settings.xml", ct::SETTINGS, settings());
    p.part("word/fontTable.xml", ct::FONT_TABLE, font_table());
    p.part("word/footer1.xml", ct::FOOTER, footer(true));
    p.part("word/footer2.xml", ct::FOOTER, footer(false));
    p.finish(modified)
}

/// Content types of the parts of a Word document.
mod ct {
    macro_rules! wml {
        ($($name:ident = $tail:literal;)*) => {$(
            pub const $name: &str = concat!(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.", $tail);
        )*};
    }
    wml! {
        DOCUMENT = "document.main+xml";
        STYLES = "styles+xml";
        NUMBERING = "numbering+xml";
        SETTINGS = "settings+xml";
        FONT_TABLE = "fontTable+xml";
        FOOTER = "footer+xml";
    }
}

pub(super) const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

fn run(text: &str) -> String {
    format!(
        r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(text)
    )
}

fn para(ppr: &str, text: &str) -> String {
    format!("<w:p><w:pPr>{ppr}</w:pPr>{}</w:p>", run(text))
}

/// Numbering that Word's counters reproduce gets numbering.xml; anything else (a
/// number Word would count differently) is typed, which Word does not count.
struct Counters([u32; 9]);

impl Counters {
    fn next(&mut self, level: usize, position: u32) -> bool {
        let level = level.min(8);
        if self.0[level] + 1 != position {
            return false;
        }
        self.0[level] += 1;
        for deeper in &mut self.0[level + 1..] {
            *deeper = 0;
        }
        true
    }
}

fn document(doc: &Doc) -> String {
    let mut body = String::new();
    body.push_str(&para(r#"<w:pStyle w:val="Title"/>"#, &doc.title));
    body.push_str(r#"<w:p><w:pPr><w:spacing w:line="579" w:lineRule="exact"/></w:pPr></w:p>"#);
    let mut counters = Counters([0; 9]);
    for b in &doc.blocks {
        match b {
            Block::Heading {
                level,
                number,
                position,
                text,
            } => {
                let style = format!("Heading{}", (level + 1).min(4));
                body.push_str(&numbered(
                    &style,
                    *level,
                    number,
                    *position,
                    text,
                    &mut counters,
                ));
            }
            Block::Numbered {
                level,
                number,
                position,
                text,
            } => body.push_str(&numbered(
                "Activity",
                *level,
                number,
                *position,
                text,
                &mut counters,
            )),
            Block::Para(t) => body.push_str(&para("", t)),
            Block::Blank => body.push_str("<w:p/>"),
            Block::Signature(lines) => {
                for l in lines {
                    body.push_str(&para(
                        &format!(
                            r#"<w:ind w:right="{}" w:firstLine="0"/><w:jc w:val="right"/>"#,
                            2 * INDENT
                        ),
                        l,
                    ));
                }
            }
        }
    }
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<w:document {W}><w:body>{body}"#,
            r#"<w:sectPr><w:footerReference w:type="default" r:id="rId5"/><w:footerReference w:type="even" r:id="rId6"/>"#,
            r#"<w:pgSz w:w="11906" w:h="16838"/>"#,
            r#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1304" w:gutter="0"/>"#,
            r#"<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="{pitch}"/>"#,
            r#"</w:sectPr></w:body></w:document>"#
        ),
        W = W,
        body = body,
        pitch = LINE_PITCH
    )
}

fn numbered(
    style: &str,
    level: usize,
    number: &str,
    position: u32,
    text: &str,
    counters: &mut Counters,
) -> String {
    if level < 4 && counters.next(level, position) {
        para(
            &format!(
                r#"<w:pStyle w:val="{style}"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>"#
            ),
            text,
        )
    } else {
        para(
            &format!(r#"<w:pStyle w:val="{style}"/>"#),
            &format!("{number}{text}"),
        )
    }
}
