//! The document model: the report split into parts, sections, paragraphs and sentences.
//!
//! Rules:
//! - A paragraph is a non-empty line. A line starting with 一、 二、 三、 heads a part; one starting
//!   with （一）…（十） heads a section (a programme of work) of the current part.
//! - In the 2023 review, the eight lines of work are paragraphs starting 一是 … 八是; each is a
//!   section of kind [`SectionKind::ReviewLine`] whose title is its first sentence.
//! - A sentence ends after 。！？ or ：, with any closing quotation mark that follows; a line's
//!   remainder without such an end is a sentence too.
//! - A clause is the part of a sentence between commas (，): the unit by which a figure is
//!   attributed to a place, since one sentence often strings together several places' news.
//! - The model never fails: a text without headings is one untitled part (number 0).

use crate::span::{Span, Text};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    PartHeading,
    SectionHeading,
    Paragraph,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// （一）…（十）: a programme of the 2024 plan.
    Programme,
    /// 一是…八是: a line of work in the 2023 review.
    ReviewLine,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
    /// Index into [`Document::parts`].
    pub part: usize,
    /// Index into that part's sections.
    pub section: Option<usize>,
    /// Indices into [`Document::sentences`].
    pub sentences: std::ops::Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub kind: SectionKind,
    /// 1-based, as numbered in the text.
    pub number: u8,
    pub title: String,
    pub heading: Span,
    /// From the heading to the end of the section's last paragraph.
    pub span: Span,
}

impl Section {
    /// The title as the table of contents gives it: a programme's first clause, the battle
    /// (坚定不移打好产业转型攻坚战 of 坚定不移打好产业转型攻坚战，推动…); a review line's title whole.
    pub fn toc_title(&self) -> &str {
        match self.kind {
            SectionKind::Programme => self.title.split('，').next().unwrap_or(&self.title),
            SectionKind::ReviewLine => &self.title,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// 1-based; 0 for the address that precedes the first heading.
    pub number: u8,
    pub title: String,
    pub heading: Option<Span>,
    pub span: Span,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub block: usize,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub text: Text,
    pub parts: Vec<Part>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
}

/// Where a character lies in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub part: usize,
    pub section: Option<usize>,
    pub block: usize,
    pub sentence: usize,
}

pub const CHINESE_DIGITS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// A heading's number: 一 → 1 … 十 → 10, 十一 → 11 (read by [`crate::numerals`]; 0 is no heading).
pub fn chinese_number(s: &str) -> Option<u8> {
    crate::numerals::value(s).and_then(|v| u8::try_from(v).ok()).filter(|&v| v > 0)
}

fn part_heading(line: &str) -> Option<(u8, String)> {
    let (num, rest) = line.split_once('、')?;
    let n = chinese_number(num)?;
    Some((n, rest.trim().to_string()))
}

fn section_heading(line: &str) -> Option<(u8, String)> {
    let rest = line.strip_prefix('（')?;
    let (num, title) = rest.split_once('）')?;
    Some((chinese_number(num)?, title.trim().to_string()))
}

fn review_line(line: &str) -> Option<u8> {
    let mut cs = line.chars();
    let n = chinese_number(&cs.next()?.to_string())?;
    (cs.next()? == '是').then_some(n)
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '：' | '；')
}
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）')
}

/// Splits `[start, end)` of `chars` into sentence spans.
fn sentences_of(chars: &[char], span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    let mut i = span.start;
    while i < span.end {
        if is_sentence_end(chars[i]) {
            let mut end = i + 1;
            while end < span.end && is_closing(chars[end]) {
                end += 1;
            }
            out.push(Span::new(start, end));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < span.end {
        out.push(Span::new(start, span.end));
    }
    out
}

impl Document {
    pub fn parse(text: impl Into<String>) -> Document {
        let text = Text::new(text);
        let chars: Vec<char> = text.as_str().chars().collect();
        let mut parts = vec![Part { number: 0, title: String::new(), heading: None, span: Span::new(0, 0), sections: vec![] }];
        let mut blocks: Vec<Block> = Vec::new();
        let mut sentences: Vec<Sentence> = Vec::new();

        let mut pos = 0;
        for line in text.as_str().split('\n') {
            let len = line.chars().count();
            let span = Span::new(pos, pos + len);
            pos += len + 1;
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            // Trim in chars so that the span covers exactly the visible line.
            let lead = line.chars().take_while(|c| c.is_whitespace()).count();
            let trail = line.chars().rev().take_while(|c| c.is_whitespace()).count();
            let span = Span::new(span.start + lead, span.end - trail);

            let kind = if let Some((n, title)) = part_heading(trimmed) {
                parts.push(Part { number: n, title, heading: Some(span), span, sections: vec![] });
                BlockKind::PartHeading
            } else if let Some((n, title)) = section_heading(trimmed) {
                let part = parts.last_mut().unwrap();
                part.sections.push(Section { kind: SectionKind::Programme, number: n, title, heading: span, span });
                BlockKind::SectionHeading
            } else {
                if let Some(n) = review_line(trimmed) {
                    let first = sentences_of(&chars, span)[0];
                    // Title without the 一是 lead and the closing 。
                    let title: String = text.slice(first).chars().skip(2).filter(|c| !is_sentence_end(*c)).collect();
                    parts.last_mut().unwrap().sections.push(Section { kind: SectionKind::ReviewLine, number: n, title, heading: first, span });
                }
                BlockKind::Paragraph
            };

            let part_ix = parts.len() - 1;
            let part = parts.last_mut().unwrap();
            part.span.end = span.end;
            if part.heading.is_none() && part.span.start == 0 && blocks.is_empty() {
                part.span.start = span.start;
            }
            let section = match part.sections.last_mut() {
                Some(s) if s.kind == SectionKind::Programme => {
                    s.span.end = span.end;
                    Some(part.sections.len() - 1)
                }
                Some(s) if s.kind == SectionKind::ReviewLine && s.span == span => Some(part.sections.len() - 1),
                _ => None,
            };
            let first_sentence = sentences.len();
            for s in sentences_of(&chars, span) {
                sentences.push(Sentence { span: s, block: blocks.len() });
            }
            blocks.push(Block { kind, span, part: part_ix, section, sentences: first_sentence..sentences.len() });
        }
        if parts[0].span.is_empty() && parts.len() > 1 && !blocks.iter().any(|b| b.part == 0) {
            parts.remove(0);
            for b in &mut blocks {
                b.part -= 1;
            }
        }
        Document { text, parts, blocks, sentences }
    }

    /// The sentence, block, section and part holding char position `pos`.
    pub fn locate(&self, pos: usize) -> Option<Location> {
        let sentence = self.sentences.partition_point(|s| s.span.end <= pos);
        let s = self.sentences.get(sentence)?;
        if !s.span.contains_pos(pos) {
            return None;
        }
        let block = &self.blocks[s.block];
        Some(Location { part: block.part, section: block.section, block: s.block, sentence })
    }

    /// The clause holding char position `pos`: its sentence cut at the commas around `pos`, the
    /// sentence's end mark left out.
    pub fn clause_at(&self, pos: usize) -> Option<Span> {
        let loc = self.locate(pos)?;
        let sentence = self.sentences[loc.sentence].span;
        let chars: Vec<char> = self.text.slice(sentence).chars().collect();
        let at = pos - sentence.start;
        let is_cut = |c: char| c == '，' || is_sentence_end(c);
        let start = chars[..at].iter().rposition(|&c| is_cut(c)).map_or(0, |i| i + 1);
        let end = chars[at..].iter().position(|&c| is_cut(c)).map_or(chars.len(), |i| at + i);
        Some(Span::new(sentence.start + start, sentence.start + end))
    }

    pub fn sentence_text(&self, ix: usize) -> &str {
        self.text.slice(self.sentences[ix].span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "各位代表：\n\n一、2023年工作回顾\n\n总述。全年GDP达到2333.3亿元。\n\n一是着力推动产业转型。全年煤炭产量1.47亿吨。\n\n二是着力筑牢项目支撑。\n\n二、2024年工作安排\n\n（一）坚定不移打好产业转型攻坚战\n\n加快能源产业绿色转型。抓好“十件大事”。\n\n（十）坚定不移打好安全稳定持久战\n\n最后一段";

    #[test]
    fn parts_sections_and_review_lines() {
        let d = Document::parse(FIXTURE);
        let titles: Vec<_> = d.parts.iter().map(|p| (p.number, p.title.as_str())).collect();
        assert_eq!(titles, vec![(0, ""), (1, "2023年工作回顾"), (2, "2024年工作安排")]);
        let p1: Vec<_> = d.parts[1].sections.iter().map(|s| (s.kind, s.number, s.title.as_str())).collect();
        assert_eq!(p1, vec![(SectionKind::ReviewLine, 1, "着力推动产业转型"), (SectionKind::ReviewLine, 2, "着力筑牢项目支撑")]);
        let p2: Vec<_> = d.parts[2].sections.iter().map(|s| (s.number, s.title.as_str())).collect();
        assert_eq!(p2, vec![(1, "坚定不移打好产业转型攻坚战"), (10, "坚定不移打好安全稳定持久战")]);
        // A programme runs from its heading to the end of its last paragraph.
        let s1 = &d.parts[2].sections[0];
        assert_eq!(d.text.slice(s1.span), "（一）坚定不移打好产业转型攻坚战\n\n加快能源产业绿色转型。抓好“十件大事”。");
    }

    #[test]
    fn sentences_and_locations() {
        let d = Document::parse(FIXTURE);
        let pos = d.text.as_str().chars().collect::<String>().find("1.47").map(|b| d.text.char_pos(b)).unwrap();
        let loc = d.locate(pos).unwrap();
        assert_eq!(d.sentence_text(loc.sentence), "全年煤炭产量1.47亿吨。");
        assert_eq!((loc.part, loc.section), (1, Some(0)));
        // A closing quotation mark stays with its sentence.
        let s: Vec<_> = d.sentences.iter().map(|s| d.text.slice(s.span)).collect();
        assert!(s.contains(&"抓好“十件大事”。"));
        // The untitled last line is a sentence too.
        assert_eq!(s.last(), Some(&"最后一段"));
    }

    #[test]
    fn clauses_are_cut_at_commas() {
        let d = Document::parse("加快推进。争取沁水华能120万千瓦项目完成核准，推动阳城蟒河、陵川项目纳入。");
        let pos = |needle: &str| d.text.char_pos(d.text.as_str().find(needle).unwrap());
        assert_eq!(d.text.slice(d.clause_at(pos("120")).unwrap()), "争取沁水华能120万千瓦项目完成核准");
        assert_eq!(d.text.slice(d.clause_at(pos("蟒河")).unwrap()), "推动阳城蟒河、陵川项目纳入");
        assert_eq!(d.text.slice(d.clause_at(pos("加快")).unwrap()), "加快推进");
    }

    #[test]
    fn chinese_numbers() {
        assert_eq!(chinese_number("一"), Some(1));
        assert_eq!(chinese_number("十"), Some(10));
        assert_eq!(chinese_number("十一"), Some(11));
        assert_eq!(chinese_number("是"), None);
    }

    #[test]
    fn text_without_headings_is_one_part() {
        let d = Document::parse("只有一段。");
        assert_eq!(d.parts.len(), 1);
        assert_eq!(d.parts[0].number, 0);
        assert_eq!(d.blocks.len(), 1);
    }
}
