//! Sheets as an Excel workbook (.xlsx): text, numbers, real dates and formulas
//! with their values, a frozen and bold header row that prints on every page,
//! column widths, an autofilter, A4 landscape fitted to the page width.
//!
//! Hand-written on the `zip` crate rather than with rust_xlsxwriter, whose wasm
//! build costs about 1 MB: the single file has a budget of 1.5 MB, and jihua
//! writes only these few kinds of cell.

use super::package::{core_properties, rel, relationships, Package, CORE_TYPE};
use super::xml::esc;
use super::DocError;
use chrono::{NaiveDate, NaiveDateTime};

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A date, stored as Excel's day number and shown as 2025-07-15.
    Date(NaiveDate),
    /// A formula ("SUM(B2:M2)") with the value it gives, so that readers that do
    /// not calculate (and the preview of a phone) still see the value.
    Formula(String, f64),
}

impl Cell {
    /// A text cell, or an empty one for empty text.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }
}

/// One row: its cells, and whether it is a total row (set in bold).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Row {
    /// Cells from column A on.
    pub cells: Vec<Cell>,
    /// A total row.
    pub total: bool,
}

/// A worksheet whose first row is the header.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Sheet {
    /// Its name on the tab (at most 31 characters; `[]:*?/\` are replaced).
    pub name: String,
    /// Column headings.
    pub header: Vec<String>,
    /// Column widths in characters, as Excel counts them.
    pub widths: Vec<f64>,
    /// The rows under the header.
    pub rows: Vec<Row>,
    /// An autofilter on the header (not for sheets that end in totals).
    pub filter: bool,
}

/// The column letters of 0-based column `k`: A … Z, AA …
pub fn column(k: usize) -> String {
    let mut k = k + 1;
    let mut s = Vec::new();
    while k > 0 {
        let r = (k - 1) % 26;
        s.push(b'A' + r as u8);
        k = (k - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Excel's day number of `d` (the 1900 date system; day 60 is the phantom
/// 29 February 1900, so counting from 30 December 1899 is right from March 1900).
pub fn serial(d: NaiveDate) -> i64 {
    NaiveDate::from_ymd_opt(1899, 12, 30).map_or(0, |epoch| (d - epoch).num_days())
}

const STYLE_HEADER: u32 = 1;
const STYLE_DATE: u32 = 2;
const STYLE_TEXT: u32 = 3;
const STYLE_TOTAL: u32 = 4;

/// The workbook of `sheets`, titled `title`, stamped `modified`.
pub fn xlsx(sheets: &[Sheet], title: &str, modified: NaiveDateTime) -> Result<Vec<u8>, DocError> {
    let mut p = Package::new();
    p.rels(
        "_rels/.rels",
        relationships(&[
            ("rId1", rel::OFFICE_DOCUMENT, "xl/workbook.xml"),
            ("rId2", rel::CORE, "docProps/core.xml"),
        ]),
    );
    p.part(
        "docProps/core.xml",
        CORE_TYPE,
        core_properties(title, "jihua"),
    );
    let names = sheet_names(sheets);
    let mut rels: Vec<(String, String)> = Vec::new();
    for k in 0..sheets.len() {
        rels.push((
            format!("rId{}", k + 1),
            format!("worksheets/sheet{}.xml", k + 1),
        ));
    }
    let styles_id = format!("rId{}", sheets.len() + 1);
    let mut list: Vec<(&str, &str, &str)> = rels
        .iter()
        .map(|(id, target)| (id.as_str(), rel::WORKSHEET, target.as_str()))
        .collect();
    list.push((&styles_id, rel::STYLES, "styles.xml"));
    p.rels("xl/_rels/workbook.xml.rels", relationships(&list));
    p.part("xl/workbook.xml", WORKBOOK_TYPE, workbook(sheets, &names));
    p.part("xl/styles.xml", STYLES_TYPE, styles());
    for (k, sheet) in sheets.iter().enumerate() {
        p.part(
            &format!("xl/worksheets/sheet{}.xml", k + 1),
            SHEET_TYPE,
            worksheet(sheet),
        );
    }
    p.finish(modified)
}

const WORKBOOK_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const SHEET_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const MAIN: &str = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

/// Names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_names(sheets: &[Sheet]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (k, s) in sheets.iter().enumerate() {
        let clean: String = s
            .name
            .chars()
            .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
            .filter(|c| !c.is_control())
            .take(28)
            .collect();
        let clean = clean.trim_matches('\'').trim().to_owned();
        let mut name = if clean.is_empty() {
            format!("Sheet{}", k + 1)
        } else {
            clean
        };
        if names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            name = format!("{name}{}", k + 1);
        }
        names.push(name);
    }
    names
}

fn workbook(sheets: &[Sheet], names: &[String]) -> String {
    let mut list = String::new();
    let mut defined = String::new();
    for (k, name) in names.iter().enumerate() {
        list.push_str(&format!(
            r#"<sheet name="{}" sheetId="{}" r:id="rId{}"/>"#,
            esc(name),
            k + 1,
            k + 1
        ));
        let quoted = format!("'{}'", esc(name).replace('\'', "''"));
        let last = column(sheets[k].header.len().max(1) - 1);
        let rows = sheets[k].rows.len() + 1;
        if sheets[k].filter {
            defined.push_str(&format!(
                r#"<definedName name="_xlnm._FilterDatabase" localSheetId="{k}" hidden="1">{quoted}!$A$1:${last}${rows}</definedName>"#
            ));
        }
        defined.push_str(&format!(
            r#"<definedName name="_xlnm.Print_Titles" localSheetId="{k}">{quoted}!$1:$1</definedName>"#
        ));
    }
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {MAIN}>"#,
            r#"<bookViews><workbookView/></bookViews><sheets>{list}</sheets>"#,
            r#"<definedNames>{defined}</definedNames></workbook>"#
        ),
        MAIN = MAIN,
        list = list,
        defined = defined
    )
}

fn styles() -> String {
    let font = r#"<name val="宋体"/><family val="3"/><charset val="134"/>"#;
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
            r#"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>"#,
            r#"<fonts count="2"><font><sz val="11"/>{font}</font><font><b/><sz val="11"/>{font}</font></fonts>"#,
            r#"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#,
            r#"<fill><patternFill patternType="solid"><fgColor rgb="FFE7ECF2"/><bgColor indexed="64"/></patternFill></fill></fills>"#,
            r#"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#,
            r#"<border><left style="thin"><color rgb="FF9AA5B1"/></left><right style="thin"><color rgb="FF9AA5B1"/></right>"#,
            r#"<top style="thin"><color rgb="FF9AA5B1"/></top><bottom style="thin"><color rgb="FF9AA5B1"/></bottom><diagonal/></border></borders>"#,
            r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
            r#"<cellXfs count="5">"#,
            r#"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><alignment vertical="top"/></xf>"#,
            r#"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#,
            r#"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>"#,
            r#"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#,
            r#"<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"><alignment vertical="top"/></xf>"#,
            r#"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
        ),
        font = font
    )
}

fn number(x: f64) -> String {
    if x.is_finite() {
        format!("{x}")
    } else {
        "0".to_owned()
    }
}

fn cell(out: &mut String, r: &str, c: &Cell, total: bool) {
    let bold = |s: u32| if total { STYLE_TOTAL } else { s };
    match c {
        Cell::Empty => {}
        Cell::Text(t) => out.push_str(&format!(
            r#"<c r="{r}" s="{}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
            bold(STYLE_TEXT),
            esc(t)
        )),
        Cell::Number(x) => out.push_str(&format!(
            r#"<c r="{r}" s="{}"><v>{}</v></c>"#,
            bold(0),
            number(*x)
        )),
        Cell::Date(d) => out.push_str(&format!(
            r#"<c r="{r}" s="{STYLE_DATE}"><v>{}</v></c>"#,
            serial(*d)
        )),
        Cell::Formula(f, v) => out.push_str(&format!(
            r#"<c r="{r}" s="{}"><f>{}</f><v>{}</v></c>"#,
            bold(0),
            esc(f),
            number(*v)
        )),
    }
}

fn worksheet(sheet: &Sheet) -> String {
    let width = sheet
        .header
        .len()
        .max(sheet.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0))
        .max(1);
    let last = format!("{}{}", column(width - 1), sheet.rows.len() + 1);
    let mut cols = String::new();
    for (k, w) in sheet.widths.iter().enumerate() {
        cols.push_str(&format!(
            r#"<col min="{n}" max="{n}" width="{w}" customWidth="1"/>"#,
            n = k + 1,
            w = number(*w)
        ));
    }
    let mut data = String::from(r#"<row r="1">"#);
    for (k, h) in sheet.header.iter().enumerate() {
        data.push_str(&format!(
            r#"<c r="{}1" s="{STYLE_HEADER}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
            column(k),
            esc(h)
        ));
    }
    data.push_str("</row>");
    for (i, row) in sheet.rows.iter().enumerate() {
        let n = i + 2;
        data.push_str(&format!(r#"<row r="{n}">"#));
        for (k, c) in row.cells.iter().enumerate() {
            cell(&mut data, &format!("{}{n}", column(k)), c, row.total);
        }
        data.push_str("</row>");
    }
    let cols = if cols.is_empty() {
        String::new()
    } else {
        format!("<cols>{cols}</cols>")
    };
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {MAIN}>"#,
            r#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:{last}"/>"#,
            r#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#,
            r#"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#,
            r#"<sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>{data}</sheetData>"#,
            "{filter}",
            r#"<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#,
            r#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#,
            r#"<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter></worksheet>"#
        ),
        MAIN = MAIN,
        last = last,
        cols = cols,
        data = data,
        filter = if sheet.filter {
            format!(r#"<autoFilter ref="A1:{last}"/>"#)
        } else {
            String::new()
        }
    )
}
