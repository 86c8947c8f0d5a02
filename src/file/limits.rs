//! Limits against hostile or broken files, checked before and while reading, so
//! that no file can exhaust memory or the stack, and the checks that run on the raw
//! bytes: size, encoding and nesting depth.

use super::error::{FileError, Problem};

/// Largest file accepted, in bytes (50 MB: a 20,000-activity plan is about 10 MB).
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// Deepest nesting of arrays and objects. A plan file needs 6; unknown members
/// written by a later version get room, a stack-smashing file does not.
pub const MAX_DEPTH: usize = 32;
/// Longest text, in characters (a preface or notes field).
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Longest id, in characters.
pub const MAX_ID_CHARS: usize = 200;
/// Longest list (items of a plan, entries of an item …).
pub const MAX_LIST: usize = 100_000;
/// Most plans in one backup.
pub const MAX_PLANS: usize = 1_000;

/// The text of a file, or why it cannot be read as text: too large, empty, UTF-16,
/// not UTF-8. A UTF-8 byte-order mark (Windows Notepad writes one) is skipped.
pub fn decode(bytes: &[u8]) -> Result<&str, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(FileError::at(
            Default::default(),
            Problem::TooLarge {
                bytes: bytes.len(),
                max: MAX_BYTES,
            },
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(FileError::at(Default::default(), Problem::Utf16));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, column) = line_column(bytes, e.valid_up_to());
            return Err(FileError::in_text(line, column, Problem::NotUtf8));
        }
    };
    if text.trim().is_empty() {
        return Err(FileError::at(Default::default(), Problem::Empty));
    }
    Ok(text)
}

/// Refuses `text` if arrays and objects nest deeper than [`MAX_DEPTH`], naming the
/// line and column where the limit is passed.
///
/// Written here rather than left to serde_json: its own limit (128) is not
/// configurable without unbounded recursion, and its error cannot be told apart
/// from other syntax errors to word it for the user. One pass, strings skipped.
pub fn check_depth(text: &str) -> Result<(), FileError> {
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (offset, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let (line, column) = line_column(bytes, offset);
                    return Err(FileError::in_text(
                        line,
                        column,
                        Problem::TooDeep { max: MAX_DEPTH },
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// 1-based line and column (in characters) of byte `offset` of `bytes`.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}
