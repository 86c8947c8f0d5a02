//! Bytes of a .txt to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
//! decoded here; anything else is most likely GBK/GB18030 from Chinese Windows,
//! which the browser's `TextDecoder` decodes at no cost in size (an encoding
//! crate with the GB18030 tables would add about 200 KB).

/// What the bytes of a text file are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Decoded.
    Text(String),
    /// Not UTF: to be decoded as GB18030 (a superset of GBK and GB2312).
    Gb18030,
}

/// Decodes `bytes` if they are UTF-8 or UTF-16 with a BOM.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return Decoded::Text(String::from_utf8_lossy(rest).into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return Decoded::Text(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return Decoded::Text(utf16(rest, u16::from_be_bytes));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded::Text(s.to_owned()),
        Err(_) => Decoded::Gb18030,
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|p| word([p[0], p[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// True if `bytes` start like a file format that is not text and not .docx: the
/// old Word .doc / WPS (OLE compound file), PDF, RTF.
pub fn foreign_format(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
        || bytes.starts_with(b"%PDF")
        || bytes.starts_with(b"{\\rtf")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_utf16_and_the_rest() {
        assert_eq!(decode("计划".as_bytes()), Decoded::Text("计划".into()));
        assert_eq!(decode(b"\xef\xbb\xbfok"), Decoded::Text("ok".into()));
        assert_eq!(
            decode(&[0xff, 0xfe, 0xa1, 0x8b]),
            Decoded::Text("\u{8ba1}".into())
        );
        // 计划 in GBK.
        assert_eq!(decode(&[0xbc, 0xc6, 0xbb, 0xae]), Decoded::Gb18030);
        assert!(foreign_format(b"%PDF-1.4"));
    }
}

/// What an opened file is, by its name and its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A jihua plan file or backup (JSON).
    PlanFile,
    /// A Word .docx (a zip).
    Docx,
    /// Plain text.
    Text,
    /// .doc, .wps, PDF and the like: not read here.
    Foreign,
}

/// The kind of a file called `name` holding `bytes`.
pub fn kind_of(name: &str, bytes: &[u8]) -> Kind {
    let lower = name.to_ascii_lowercase();
    let foreign_name = [
        ".doc", ".wps", ".pdf", ".rtf", ".et", ".xls", ".xlsx", ".ppt", ".pptx", ".dps", ".odt",
    ]
    .iter()
    .any(|e| lower.ends_with(e));
    if bytes.starts_with(b"PK\x03\x04") {
        return if lower.ends_with(".docx") || !foreign_name {
            Kind::Docx
        } else {
            Kind::Foreign
        };
    }
    if foreign_format(bytes) || foreign_name {
        return Kind::Foreign;
    }
    let body = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    if first == Some(&b'{') || lower.ends_with(".json") {
        Kind::PlanFile
    } else {
        Kind::Text
    }
}

#[cfg(test)]
mod kind_tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(kind_of("a.jihua.json", b"{\"format\":1}"), Kind::PlanFile);
        assert_eq!(kind_of("plan.docx", b"PK\x03\x04rest"), Kind::Docx);
        assert_eq!(
            kind_of(
                "plan.doc",
                &[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
            ),
            Kind::Foreign
        );
        assert_eq!(kind_of("plan.wps", b"anything"), Kind::Foreign);
        assert_eq!(kind_of("scan.pdf", b"%PDF-1.7"), Kind::Foreign);
        assert_eq!(kind_of("plan.txt", "一、".as_bytes()), Kind::Text);
        assert_eq!(kind_of("noname", &[0xbc, 0xc6]), Kind::Text);
    }
}
