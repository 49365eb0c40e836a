//! The report reader's view model: which stretch of text is a figure, which a search hit.
//!
//! Rules: a figure is marked on its numeral and, where the text goes on with the figure's unit,
//! on the unit too (2333.3亿元), so the mark reads as a quantity; marks never overlap. A block is
//! cut at every mark and hit boundary into segments, each knowing the figure and the hit it
//! belongs to, so the view can wrap a figure's segments in one control and highlight hits inside.

use report::span::Span;
use report::{Catalogue, Figure};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    /// Index into `Catalogue::figures`.
    pub figure: usize,
}

fn same_unit_char(text: char, unit: char) -> bool {
    text == unit || (text == '％' && unit == '%')
}

/// One mark per stated figure, sorted by position.
pub fn figure_marks(cat: &Catalogue, text: &[char]) -> Vec<Mark> {
    let mut marks: Vec<Mark> = cat
        .figures
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_derived())
        .map(|(i, f)| Mark { span: quantity_span(f, text), figure: i })
        .collect();
    // Ties by catalogue order, as a stable sort would (unstable sorts are smaller code).
    marks.sort_unstable_by_key(|m| (m.span.start, m.figure));
    // Keep the first of any overlapping pair: a mark must be one control.
    let mut out: Vec<Mark> = Vec::with_capacity(marks.len());
    for m in marks {
        if out.last().is_none_or(|l| l.span.end <= m.span.start) {
            out.push(m);
        }
    }
    out
}

fn quantity_span(f: &Figure, text: &[char]) -> Span {
    let [s, e] = f.numeral;
    let unit: Vec<char> = f.unit.chars().collect();
    let follows = e + unit.len() <= text.len() && unit.iter().zip(&text[e..]).all(|(u, t)| same_unit_char(*t, *u));
    Span::new(s, if follows && !unit.is_empty() { e + unit.len() } else { e })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub figure: Option<usize>,
    /// Index into the hits list.
    pub hit: Option<usize>,
}

/// Cuts `block` at the boundaries of the marks and hits that touch it.
/// `marks` and `hits` are sorted and each non-overlapping.
pub fn segments(block: Span, marks: &[Mark], hits: &[Span]) -> Vec<Segment> {
    let mut cuts = vec![block.start, block.end];
    let marks: Vec<&Mark> = marks.iter().filter(|m| m.span.start < block.end && m.span.end > block.start).collect();
    let hit_ix: Vec<usize> = (0..hits.len()).filter(|&i| hits[i].start < block.end && hits[i].end > block.start).collect();
    for m in &marks {
        cuts.extend([m.span.start, m.span.end]);
    }
    for &i in &hit_ix {
        cuts.extend([hits[i].start, hits[i].end]);
    }
    cuts.retain(|&c| c >= block.start && c <= block.end);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let span = Span::new(w[0], w[1]);
            Segment {
                span,
                figure: marks.iter().find(|m| m.span.contains(span)).map(|m| m.figure),
                hit: hit_ix.iter().copied().find(|&i| hits[i].contains(span)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_cover_the_unit_when_it_follows() {
        let text: Vec<char> = "GDP达到2333.3亿元，增长7％，带富50余万人".chars().collect();
        let mut f = test_figure([5, 11], "亿元");
        assert_eq!(quantity_span(&f, &text), Span::new(5, 13));
        f.numeral = [16, 17];
        f.unit = "%".into();
        assert_eq!(quantity_span(&f, &text), Span::new(16, 18));
        // 50余万人: the unit does not follow the numeral directly.
        f.numeral = [21, 23];
        f.unit = "万人".into();
        assert_eq!(quantity_span(&f, &text), Span::new(21, 23));
    }

    #[test]
    fn segments_split_at_marks_and_hits() {
        let marks = [Mark { span: Span::new(5, 13), figure: 0 }];
        let hits = [Span::new(3, 7)];
        let segs = segments(Span::new(0, 20), &marks, &hits);
        let got: Vec<_> = segs.iter().map(|s| (s.span.start, s.span.end, s.figure, s.hit)).collect();
        assert_eq!(got, vec![(0, 3, None, None), (3, 5, None, Some(0)), (5, 7, Some(0), Some(0)), (7, 13, Some(0), None), (13, 20, None, None)]);
        // Segments tile the block exactly.
        assert_eq!(segs.first().unwrap().span.start, 0);
        assert!(segs.windows(2).all(|w| w[0].span.end == w[1].span.start));
    }

    #[test]
    fn marks_of_the_real_catalogue_do_not_overlap() {
        let bound = report::seeds::checked();
        let text: Vec<char> = report::REPORT_TEXT.chars().collect();
        let marks = figure_marks(&bound.catalogue, &text);
        let stated = bound.catalogue.figures.iter().filter(|f| !f.is_derived()).count();
        // Every stated figure has its own mark, but for those stated for each item of a list
        // (各40家), which share the numeral, and so the mark, of the first.
        let unmarked: Vec<&str> = bound.catalogue.figures.iter().enumerate()
            .filter(|(i, f)| !f.is_derived() && !marks.iter().any(|m| m.figure == *i))
            .filter(|(_, f)| !marks.iter().any(|m| bound.catalogue.figures[m.figure].numeral == f.numeral))
            .map(|(_, f)| f.id.as_str())
            .collect();
        assert!(unmarked.is_empty(), "{unmarked:?}");
        assert!(marks.len() < stated, "各40家 and 各20家 each share one mark");
        let gdp = marks.iter().find(|m| bound.catalogue.figures[m.figure].id == "gdp-2023").unwrap();
        assert_eq!(text[gdp.span.start..gdp.span.end].iter().collect::<String>(), "2333.3亿元");
    }

    fn test_figure(numeral: [usize; 2], unit: &str) -> Figure {
        Figure {
            id: "t".into(), label: report::Label { zh: String::new(), en: String::new() }, value: 0.0, written: String::new(),
            unit: unit.into(), base_value: 0.0, base_unit: String::new(), year: 2023, since: None, status: report::Status::Actual,
            qualifier: report::scanner::Qualifier::Exact, measure: report::Measure::Level, rank: None, counts: None, sector: report::Sector::Economy,
            counties: vec![], quote: String::new(), span: numeral, numeral, derived: None, derived_from: vec![], note: None, unit_en: String::new(), part: 1, section: None,
        }
    }
}
