//! A document as the writers see it: a title and blocks. The plan, the year-end
//! summary and anything else jihua prints or writes to Word is built as a `Doc`
//! first, so paper (`paper`) and Word (`docx`) show the same thing.

/// One block of a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading: `level` 0 is 一、 (黑体), 1 is （一） (楷体), 2 and deeper 仿宋.
    Heading {
        /// Outline level, from 0.
        level: usize,
        /// The number as printed ("一、", "（二）", "3.").
        number: String,
        /// Its position among its siblings, from 1 (what `number` says).
        position: u32,
        /// The heading's text.
        text: String,
    },
    /// A numbered paragraph (an activity), numbered at `level` like a heading but
    /// set as body text.
    Numbered {
        /// Outline level of its number (2: "1、", 3: "（1）").
        level: usize,
        /// The number as printed.
        number: String,
        /// Its position among its siblings, from 1.
        position: u32,
        /// The paragraph's text.
        text: String,
    },
    /// A body paragraph, indented by two characters.
    Para(String),
    /// A blank line.
    Blank,
    /// Lines set flush right: the signature (落款) and its date.
    Signature(Vec<String>),
}

/// A document: its title (centred, 2号 小标宋) and its blocks.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Doc {
    /// The title, possibly long enough to take two lines.
    pub title: String,
    /// The body.
    pub blocks: Vec<Block>,
}

impl Doc {
    /// A document of plain paragraphs: `text`'s non-empty lines, the first of which
    /// is the title (as the year-end summary draft is written).
    pub fn from_text(text: &str) -> Doc {
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let title = lines.next().unwrap_or_default().to_owned();
        Doc {
            title,
            blocks: lines.map(|l| Block::Para(l.to_owned())).collect(),
        }
    }

    /// Every piece of text in reading order (for tests and search).
    pub fn texts(&self) -> Vec<String> {
        let mut out = vec![self.title.clone()];
        for b in &self.blocks {
            match b {
                Block::Heading { number, text, .. } | Block::Numbered { number, text, .. } => {
                    out.push(format!("{number}{text}"))
                }
                Block::Para(t) => out.push(t.clone()),
                Block::Blank => {}
                Block::Signature(lines) => out.extend(lines.iter().cloned()),
            }
        }
        out
    }
}
