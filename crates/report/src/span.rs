//! Character spans into the report text.
//!
//! Rules: every position in this crate counts Unicode scalar values (Rust `char`s), never bytes,
//! because that is what a browser's JavaScript-facing code and a reader's "the 120th character"
//! agree on for this text (it has no characters outside the Basic Multilingual Plane). Spans are
//! half-open: `[start, end)`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn contains_pos(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }
}

/// The report text with a char → byte index, so spans can be sliced in O(1).
#[derive(Debug, Clone)]
pub struct Text {
    text: String,
    byte_at: Vec<usize>,
}

impl Text {
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_at.push(text.len());
        Text { text, byte_at }
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Length in chars.
    pub fn len(&self) -> usize {
        self.byte_at.len() - 1
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn slice(&self, span: Span) -> &str {
        &self.text[self.byte_at[span.start]..self.byte_at[span.end]]
    }
    /// The text at `span`, or `None` when the span does not lie within the text.
    pub fn get(&self, span: Span) -> Option<&str> {
        (span.start <= span.end && span.end <= self.len()).then(|| self.slice(span))
    }
    /// Char position of a byte offset that lies on a char boundary.
    pub fn char_pos(&self, byte: usize) -> usize {
        self.byte_at.partition_point(|&b| b < byte)
    }
    /// Every char span at which `needle` occurs, in order (non-overlapping).
    pub fn find_all(&self, needle: &str) -> Vec<Span> {
        if needle.is_empty() {
            return Vec::new();
        }
        let n = needle.chars().count();
        self.text
            .match_indices(needle)
            .map(|(b, _)| {
                let s = self.char_pos(b);
                Span::new(s, s + n)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_chars_not_bytes() {
        let t = Text::new("GDP达到2333.3亿元");
        assert_eq!(t.len(), 13);
        assert_eq!(t.slice(Span::new(3, 5)), "达到");
        assert_eq!(t.slice(Span::new(5, 11)), "2333.3");
        assert_eq!(t.find_all("亿元"), vec![Span::new(11, 13)]);
    }

    #[test]
    fn finds_every_occurrence() {
        let t = Text::new("15所中小学、15所公办幼儿园");
        assert_eq!(t.find_all("15所"), vec![Span::new(0, 3), Span::new(7, 10)]);
        assert!(t.find_all("").is_empty());
    }
}
