//! The stylesheet against the browser floor, Chromium 80 (design.md): what it lays
//! out differently from newer browsers has its stand-in, and nothing it does not
//! know at all is used.

// Host only: it reads the stylesheet from disk.
#![cfg(not(target_arch = "wasm32"))]

const CSS: &str = include_str!("../style/main.css");

/// The stylesheet without its comments.
fn code() -> String {
    let mut out = String::new();
    let mut rest = CSS;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// Every innermost rule: (selectors, declarations).
fn rules(code: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in code.char_indices() {
        match c {
            '{' => start = at,
            '}' if start > 0 => {
                let before = &code[..start];
                let from = before.rfind(['{', '}', ';']).map_or(0, |i| i + 1);
                let selectors = before[from..].trim().to_owned();
                out.push((selectors, code[start + 1..at].to_owned()));
                start = 0;
            }
            _ => {}
        }
    }
    out
}

fn declares(declarations: &str, property: &str, value: Option<&str>) -> bool {
    declarations.split(';').any(|d| {
        let mut parts = d.splitn(2, ':');
        let name = parts.next().unwrap_or("").trim();
        let v = parts.next().unwrap_or("").trim();
        name == property && value.is_none_or(|want| v == want)
    })
}

#[test]
fn every_flex_gap_has_margins_for_chromium_before_84() {
    let code = code();
    let mut flex_with_gap = Vec::new();
    for (selectors, declarations) in rules(&code) {
        let flex = declares(&declarations, "display", Some("flex"))
            || declares(&declarations, "display", Some("inline-flex"));
        if flex && declares(&declarations, "gap", None) {
            flex_with_gap.extend(selectors.split(',').map(|s| s.trim().to_owned()));
        }
    }
    assert!(flex_with_gap.len() > 20, "{flex_with_gap:?}");
    for selector in flex_with_gap {
        assert!(
            code.contains(&format!(".no-flex-gap {selector} > ")),
            "{selector} lays out with a flex gap, but has no `.no-flex-gap {selector} > …` rule"
        );
    }
}

#[test]
fn nothing_that_chromium_80_does_not_know() {
    let code = code();
    // Each of these drops a declaration or a whole rule in Chromium 80.
    for unknown in [
        "inset:",          // 87
        "aspect-ratio",    // 88
        ":is(",            // 88
        ":where(",         // 88
        ":has(",           // 105
        "color-mix(",      // 111
        "@container",      // 105
        "@layer",          // 99
        "dvh",             // 108
        "accent-color",    // 93
        "margin-inline:",  // 87
        "padding-inline:", // 87
        "margin-block:",   // 87
        "padding-block:",  // 87
        "overflow: clip",  // 90
        "text-wrap",       // 114
    ] {
        assert!(
            !code.contains(unknown),
            "{unknown} is above the browser floor"
        );
    }
    // A selector list with :focus-visible (86) is dropped whole before 86: it may
    // only stand alone, after a :focus rule that does the same.
    for (selectors, _) in rules(&code) {
        if selectors.contains(":focus-visible") {
            assert!(!selectors.contains(','), "{selectors}: alone, please");
        }
    }
}
