//! The one normalisation every recogniser reads through: full-width ASCII to ASCII,
//! the many dashes and tildes to '-', the many spaces to ' ', brackets to ASCII.
//! It maps char for char, so a position in the normalised chars is the same
//! position in the source line, and the words a field came from can be shown
//! exactly as the source wrote them.

/// `c` normalised.
pub fn char(c: char) -> char {
    match c {
        // Full-width ASCII forms, including （）：，；！？．
        '\u{ff01}'..='\u{ff5e}' => {
            let ascii = char::from_u32(c as u32 - 0xfee0).unwrap_or(c);
            if ascii == '~' {
                '-'
            } else {
                ascii
            }
        }
        '\u{3000}' | '\u{00a0}' | '\t' | '\u{2002}'..='\u{200a}' => ' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '~' | '\u{301c}' | '\u{2e3a}' => '-',
        '〔' => '(',
        '〕' => ')',
        _ => c,
    }
}

/// `text` normalised, one char for each char of `text`.
pub fn chars(text: &str) -> Vec<char> {
    text.chars().map(char).collect()
}

/// True if `chars` at `at` starts with `word`.
pub fn starts(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    word.chars().all(|w| {
        let same = chars.get(i) == Some(&w);
        i += 1;
        same
    })
}

/// The first of `words` that `chars` at `at` starts with, with its length in chars.
pub fn starts_any(chars: &[char], at: usize, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .find(|w| starts(chars, at, w))
        .map(|w| w.chars().count())
}

/// Position of the first occurrence of `word` in `chars` at or after `from`.
pub fn find(chars: &[char], from: usize, word: &str) -> Option<usize> {
    (from..chars.len()).find(|&i| starts(chars, i, word))
}

/// True if `c` ends a sentence.
pub fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ';' | '…')
}

/// True for the Han ideographs of the basic block.
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// `chars[range]` of `source` as a String (the source's own characters).
pub fn slice(source: &[char], range: std::ops::Range<usize>) -> String {
    let end = range.end.min(source.len());
    let start = range.start.min(end);
    source[start..end].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_char_for_char() {
        let s = "（时间：７月份——８月）～";
        let n = chars(s);
        assert_eq!(n.len(), s.chars().count());
        assert_eq!(n.iter().collect::<String>(), "(时间:7月份--8月)-");
    }
}
