//! HTML from the clipboard (Word, WPS, a web page) to paragraphs and table rows,
//! parsed by the browser's `DOMParser` (an HTML crate such as html5ever would add
//! about 450 KB). Word's list paragraphs (`mso-list`) carry their typed label
//! ("一、") in the text, inside `<![if !supportLists]>`, so their text is enough;
//! `<ol>` items from elsewhere get a label by their depth and position.

use crate::text::Block;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

/// The blocks of `html`, or `None` if it holds no text.
pub fn html_blocks(html: &str) -> Option<Vec<Block>> {
    let parser = DomParser::new().ok()?;
    let doc = parser
        .parse_from_string(&without_styles(html), SupportedType::TextHtml)
        .ok()?;
    let body = doc.body()?;
    // Whitespace in HTML source is not a line break; <br> is. Each <br> becomes a
    // marker the text is split at after its whitespace is collapsed.
    if let Ok(breaks) = body.query_selector_all("br") {
        for i in 0..breaks.length() {
            if let Some(br) = breaks.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = br.replace_with_with_str_1(&BREAK.to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(&body, &mut out, 0);
    out.iter().any(|b| !b.text.trim().is_empty()).then_some(out)
}

/// `html` without its `<style>` elements. A parsed document inherits the page's
/// Content-Security-Policy, and Word's clipboard carries a stylesheet the policy
/// refuses (with an error in the console); the text needs no styles.
fn without_styles(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(open) = lower[at..].find("<style").map(|p| at + p) {
        out.push_str(&html[at..open]);
        at = match lower[open..].find("</style>") {
            Some(p) => open + p + "</style>".len(),
            None => html.len(),
        };
    }
    out.push_str(&html[at..]);
    out
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "P" | "DIV"
            | "H1"
            | "H2"
            | "H3"
            | "H4"
            | "H5"
            | "H6"
            | "LI"
            | "TABLE"
            | "UL"
            | "OL"
            | "BLOCKQUOTE"
            | "PRE"
            | "SECTION"
            | "ARTICLE"
            | "HEADER"
            | "FOOTER"
            | "TR"
            | "BR"
    )
}

/// Stands for a <br> until the text is split.
const BREAK: char = '\u{2028}';

/// The text of `node` as it reads: runs of white space (source line breaks, tabs,
/// non-breaking spaces) are one space; a <br> is a line break.
fn text_of(node: &Node) -> String {
    let raw = node.text_content().unwrap_or_default();
    let mut out = String::with_capacity(raw.len());
    let mut space = false;
    for c in raw.chars() {
        if c == BREAK {
            out.push('\n');
            space = false;
        } else if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() && !out.ends_with('\n') {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Has child elements that are blocks themselves.
fn has_blocks(el: &Element) -> bool {
    let children = el.children();
    (0..children.length()).any(|i| children.item(i).is_some_and(|c| is_block(&c.tag_name())))
}

fn walk(el: &Element, out: &mut Vec<Block>, depth: usize) {
    let children = el.children();
    let mut ol_index = 0;
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        let tag = child.tag_name();
        match tag.as_str() {
            "SCRIPT" | "STYLE" | "TEMPLATE" | "NOSCRIPT" => {}
            "TABLE" => table(&child, out),
            "OL" | "UL" => walk(&child, out, depth + 1),
            "LI" => {
                ol_index += 1;
                let ordered = el.tag_name() == "OL";
                let label = if ordered {
                    list_label(depth, ol_index)
                } else {
                    String::new()
                };
                if has_blocks(&child) {
                    // The item's own text before its nested list, then the list.
                    let own: String = own_text(&child);
                    if !own.trim().is_empty() {
                        out.push(Block::para(format!("{label}{}", own.trim())));
                    }
                    walk(&child, out, depth);
                } else {
                    out.push(Block::para(format!("{label}{}", text_of(&child).trim())));
                }
            }
            _ if has_blocks(&child) => walk(&child, out, depth),
            _ if is_block(&tag) => {
                for line in text_of(&child).split('\n') {
                    out.push(Block::para(line.trim().to_owned()));
                }
            }
            _ => {
                let text = text_of(&child);
                if !text.trim().is_empty() {
                    out.push(Block::para(text.trim().to_owned()));
                }
            }
        }
    }
}

/// The text of `el` outside its block children.
fn own_text(el: &Element) -> String {
    let nodes = el.child_nodes();
    let mut s = String::new();
    for i in 0..nodes.length() {
        let Some(n) = nodes.item(i) else { continue };
        let block = n
            .dyn_ref::<Element>()
            .is_some_and(|e| is_block(&e.tag_name()));
        if !block {
            s.push_str(&text_of(&n));
        }
    }
    s
}

/// "1." / "(1)" / "①" by depth: distinct shapes, so nesting survives.
fn list_label(depth: usize, n: u32) -> String {
    match depth {
        0 | 1 => format!("{n}."),
        2 => format!("({n})"),
        _ => char::from_u32('①' as u32 + n.saturating_sub(1).min(19))
            .map(String::from)
            .unwrap_or_default(),
    }
}

fn table(el: &Element, out: &mut Vec<Block>) {
    let Ok(rows) = el.query_selector_all("tr") else {
        return;
    };
    for i in 0..rows.length() {
        let Some(row) = rows.item(i).and_then(|r| r.dyn_into::<Element>().ok()) else {
            continue;
        };
        // Rows of a nested table are read with it; skip them here.
        if row.closest("table").ok().flatten().as_ref() != Some(el) {
            continue;
        }
        let cells = row.children();
        let texts: Vec<String> = (0..cells.length())
            .filter_map(|k| cells.item(k))
            .filter(|c| matches!(c.tag_name().as_str(), "TD" | "TH"))
            .map(|c| text_of(&c).split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        if texts.iter().any(|t| !t.is_empty()) {
            out.push(Block::row(texts));
        }
    }
}
