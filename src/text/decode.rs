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
