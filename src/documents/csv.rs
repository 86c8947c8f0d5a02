//! Rows as CSV for Excel on Chinese Windows: UTF-8 with a byte-order mark (without
//! it Excel reads the file as GBK and shows mojibake), CRLF line ends, fields
//! quoted when they need it.
//!
//! Twenty lines rather than the csv crate: writing is all jihua needs.

/// The CSV text of `rows`, starting with the UTF-8 BOM.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn field(f: &str) -> String {
    // A cell starting with = + - @ is run as a formula by spreadsheets; a plan
    // shared by others must not smuggle one in, so such text gets a leading '.
    let guarded = if f.starts_with(['=', '+', '-', '@']) && f.parse::<f64>().is_err() {
        format!("'{f}")
    } else {
        f.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::csv;

    #[test]
    fn quotes_and_guards() {
        let rows = vec![vec![
            "a,b".into(),
            "say \"hi\"".into(),
            "=1+1".into(),
            "-3".into(),
        ]];
        assert_eq!(
            csv(&rows),
            "\u{feff}\"a,b\",\"say \"\"hi\"\"\",'=1+1,-3\r\n"
        );
    }
}
