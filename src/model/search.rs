//! Finding words and numbers in the report text.
//!
//! Rules: matching ignores ASCII case and the difference between fullwidth and ASCII digits and
//! signs (a reader types 7%, the report writes 7％); hits do not overlap; an empty or blank query
//! finds nothing. Positions are chars of the original text.

use report::span::Span;

fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c).to_ascii_lowercase(),
        c => c.to_ascii_lowercase(),
    }
}

/// The text folded once, so that each query is a plain scan.
pub struct Index {
    folded: Vec<char>,
}

impl Index {
    pub fn new(text: &str) -> Index {
        Index { folded: text.chars().map(fold).collect() }
    }

    pub fn find(&self, query: &str) -> Vec<Span> {
        let q: Vec<char> = query.trim().chars().map(fold).collect();
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits = Vec::new();
        let mut i = 0;
        while i + q.len() <= self.folded.len() {
            if self.folded[i..i + q.len()] == q[..] {
                hits.push(Span::new(i, i + q.len()));
                i += q.len();
            } else {
                i += 1;
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_and_numbers_across_widths() {
        let idx = Index::new("同比增长7％，GDP总量；１６.５％");
        assert_eq!(idx.find("7%"), vec![Span::new(4, 6)]);
        assert_eq!(idx.find("gdp"), vec![Span::new(7, 10)]);
        assert_eq!(idx.find("16.5"), vec![Span::new(13, 17)]);
        assert_eq!(idx.find("增长"), vec![Span::new(2, 4)]);
        assert!(idx.find("  ").is_empty());
        assert!(idx.find("不存在").is_empty());
    }

    #[test]
    fn hits_do_not_overlap() {
        assert_eq!(Index::new("aaaa").find("aa"), vec![Span::new(0, 2), Span::new(2, 4)]);
    }
}
