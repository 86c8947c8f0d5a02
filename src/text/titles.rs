//! The words of a line that become a title, a heading and notes: without the
//! label and the field block, the first sentence (or its first clauses when long)
//! and the rest.

use super::lines::Line;
use super::norm::{self, ends_sentence};
use std::ops::Range;

/// The plan's title from its title line: without # and label.
pub(super) fn title_text(line: &Line) -> String {
    let label = line.facts.label.map_or(0, |l| l.len);
    let source: Vec<char> = line.text.chars().collect();
    norm::slice(&source, label..source.len()).trim().to_owned()
}

/// A section's title: without its label and closing punctuation.
pub(super) fn heading_text(line: &Line) -> String {
    let (text, _) = title_and_rest(line);
    text
}

/// Trims closing punctuation and spaces.
pub(super) fn tidy(s: &str) -> String {
    s.trim()
        .trim_end_matches(|c: char| {
            ends_sentence(norm::char(c))
                || matches!(norm::char(c), ',' | ':' | '、' | ' ' | '□' | '[' | ']')
        })
        .trim()
        .to_owned()
}

/// The text of a line without its label and its field block.
pub(super) fn body(line: &Line) -> (Vec<char>, Vec<char>) {
    let label = line.facts.label.map_or(0, |l| l.len);
    let source: Vec<char> = line.text.chars().collect();
    let mut keep: Vec<usize> = (label..source.len()).collect();
    if let Some(b) = &line.facts.block {
        keep.retain(|k| !b.contains(k));
    }
    (
        keep.iter().map(|&k| source[k]).collect(),
        keep.iter().map(|&k| line.chars[k]).collect(),
    )
}

/// A title (the first sentence, or its first clauses when that is long) and the
/// rest of the line.
pub(super) fn title_and_rest(line: &Line) -> (String, String) {
    if let Some(cols) = &line.columns {
        let title = cols
            .title
            .clone()
            .map(|r| {
                let label = super::label::label(&line.chars[r.clone()]).map_or(0, |l| l.len);
                norm::slice(
                    &line.text.chars().collect::<Vec<_>>(),
                    r.start + label..r.end,
                )
            })
            .unwrap_or_default();
        let source: Vec<char> = line.text.chars().collect();
        let rest: Vec<String> = cols
            .notes
            .iter()
            .filter(|(_, r)| !r.is_empty())
            .map(|(name, r)| format!("{name}：{}", norm::slice(&source, r.clone())))
            .collect();
        return (tidy(&title), rest.join("\n"));
    }
    let (source, chars) = body(line);
    // A sentence ends at its mark, or at "□"/"[]" where a conversion lost a break.
    let end = (0..chars.len())
        .find(|&k| {
            ends_sentence(chars[k])
                || chars[k] == '□'
                || (chars[k] == '[' && chars.get(k + 1) == Some(&']'))
        })
        .map_or(chars.len(), |p| if chars[p] == '[' { p + 2 } else { p + 1 });
    let mut cut = end;
    if end > 60 {
        // A long sentence: up to the last comma before 60 chars, if any.
        if let Some(p) = chars[..60].iter().rposition(|c| *c == ',') {
            if p >= 8 {
                cut = p + 1;
            }
        }
    }
    let title: String = source[..cut].iter().collect();
    let rest: String = source[cut..].iter().collect();
    let rest = rest
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '□' | '[' | ']'))
        .to_owned();
    (tidy(&title), rest)
}

pub(super) fn words(line: &Line, at: &Range<usize>) -> String {
    let source: Vec<char> = line.text.chars().collect();
    norm::slice(&source, at.clone())
}
