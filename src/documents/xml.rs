//! Text made safe for XML 1.0, the one escaping every OOXML part needs.

/// `text` with `& < > "` escaped and the characters XML 1.0 forbids dropped
/// (control characters other than tab, line feed and carriage return, and the
/// non-characters U+FFFE and U+FFFF). A plan's text can hold any of them — pasted
/// from anywhere — and one of them makes Word and Excel refuse the whole file.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(esc("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
        assert_eq!(esc("送戏\u{0}下乡\u{1b}\u{FFFF}"), "送戏下乡");
        assert_eq!(esc("一\t二\n"), "一\t二\n");
    }
}
