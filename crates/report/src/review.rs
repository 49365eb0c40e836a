//! The proofreading sheet (`figures --format review`): every figure as a reader sees it, beside
//! its sentence, in one Markdown document an editor reads from top to bottom.
//!
//! Rules:
//! - The texts are those of [`crate::figure_text`] — the card, the tooltip, the details — the very
//!   functions the app calls, in both languages. Nothing here words a figure itself.
//! - Figures come in text order under the part and section of the report that holds them; a
//!   derived figure comes right after the figure it is computed from (it borrows that quote).
//! - The sentence is the report's, with the figure's quote in bold, so an editor checks the
//!   figure against its words without opening the report.
//! - The corrections log closes the sheet: what already changed, so the editor does not report it
//!   again.

use crate::document::Document;
use crate::figure_text::{card, detail, tooltip, Card, Detail, Tooltip};
use crate::format::Lang;
use crate::model::{Catalogue, Figure};
use crate::span::Span;
use std::fmt::Write;

/// Escapes what Markdown would read as markup in running text, and keeps a table cell on one line.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '*' | '_' | '`' | '\\' | '<' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The sentence of the text holding the figure's quote, with the quote in bold; the quote
/// alone when it does not lie in one sentence.
fn sentence_with_quote(doc: &Document, f: &Figure) -> String {
    let quote = Span::new(f.span[0], f.span[1]);
    let sentence = doc.locate(quote.start).map(|l| &doc.sentences[l.sentence]);
    match sentence {
        Some(s) if s.span.contains(quote) => {
            let before = doc.text.slice(Span::new(s.span.start, quote.start));
            let after = doc.text.slice(Span::new(quote.end, s.span.end));
            format!("{}**{}**{}", cell(before), cell(doc.text.slice(quote)), cell(after))
        }
        _ => format!("**{}**", cell(&f.quote)),
    }
}

/// "## Part 1 · 2023年工作回顾"; the address before the first part is "Opening".
fn part_heading(part: &crate::document::Part) -> String {
    match part.number {
        0 => "## 开篇 · Opening".to_string(),
        n => format!("## Part {n} · {}", cell(&part.title)),
    }
}

fn tooltip_line(t: &Tooltip) -> String {
    let mut parts = vec![t.label.clone(), t.value.clone(), t.status.clone()];
    parts.extend(t.derived.clone());
    parts.push(t.quote.clone());
    cell(&parts.join(" ｜ "))
}

fn row(out: &mut String, what: &str, zh: &str, en: &str) {
    let _ = writeln!(out, "| {what} | {zh} | {en} |");
}

fn figure(out: &mut String, doc: &Document, c: &Catalogue, f: &Figure) {
    let (cz, ce): (Card, Card) = (card(f, Lang::Zh), card(f, Lang::En));
    let (tz, te) = (tooltip(f, Lang::Zh), tooltip(f, Lang::En));
    let (dz, de): (Detail, Detail) = (detail(f, &c.counties, Lang::Zh), detail(f, &c.counties, Lang::En));
    let derived = if f.is_derived() { " · 推算 derived" } else { "" };
    let _ = writeln!(out, "#### `{}`{derived}\n", f.id);
    if f.is_derived() {
        let _ = writeln!(out, "> 据 Computed from: {}\n", f.derived_from.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", "));
    }
    let _ = writeln!(out, "> {}\n", sentence_with_quote(doc, f));
    let _ = writeln!(out, "| | 中文 | English |\n|---|---|---|");
    row(out, "卡片 Card: status", &cell(&cz.status), &cell(&ce.status));
    row(out, "卡片 Card: value", &cell(&cz.value), &cell(&ce.value));
    row(out, "卡片 Card: read aloud", &cell(&cz.spoken), &cell(&ce.spoken));
    row(out, "卡片 Card: label", &cell(&cz.label), &cell(&ce.label));
    if cz.written.is_some() || ce.written.is_some() {
        let w = |c: &Card| c.written.as_deref().map(cell).unwrap_or_else(|| "—".into());
        row(out, "卡片 Card: as written", &w(&cz), &w(&ce));
    }
    row(out, "提示 Tooltip", &tooltip_line(&tz), &tooltip_line(&te));
    // The details list the same facts in both languages, in the same order.
    for (a, b) in dz.facts.iter().zip(&de.facts) {
        row(out, &format!("详情 Details: {} {}", a.term, b.term), &cell(&a.text), &cell(&b.text));
    }
    out.push('\n');
}

/// The whole sheet. `doc` is the parsed report text the catalogue was bound to.
pub fn sheet(c: &Catalogue, doc: &Document) -> String {
    let mut out = String::new();
    let stated = c.figures.iter().filter(|f| !f.is_derived()).count();
    let _ = writeln!(out, "# 校对表 · Proofreading sheet\n");
    let _ = writeln!(
        out,
        "《{}》 · {} — {} figures ({} stated, {} derived), each as the app shows it: the card, the chart tooltip and the details panel, in Chinese and English, beside its sentence (the figure's quote in bold). In text order, by part and section.\n",
        c.source.title_zh,
        c.source.title_en,
        c.figures.len(),
        stated,
        c.figures.len() - stated,
    );
    // Text order; a derived figure right after the figure whose quote it borrows.
    let mut order: Vec<&Figure> = c.figures.iter().collect();
    order.sort_by_key(|f| (f.span[0], f.span[1], f.is_derived()));
    let mut heading: Option<(usize, Option<usize>)> = None;
    for f in order {
        let at = doc.locate(f.span[0]).map(|l| (l.part, l.section));
        if at != heading {
            let (part_changed, here) = (at.map(|a| a.0) != heading.map(|h| h.0), at);
            if let Some((p, s)) = here {
                let part = &doc.parts[p];
                if part_changed {
                    let _ = writeln!(out, "{}\n", part_heading(part));
                }
                if let Some(s) = s {
                    let section = &part.sections[s];
                    let _ = writeln!(out, "### {} · {}\n", section.number, cell(&section.title));
                }
            }
            heading = at;
        }
        figure(&mut out, doc, c, f);
    }
    let _ = writeln!(out, "## 更正记录 · Corrections\n");
    if c.corrections.is_empty() {
        let _ = writeln!(out, "None.\n");
    }
    for x in &c.corrections {
        let ids: Vec<String> = x.figures.iter().map(|i| if x.removed.contains(i) { format!("`{i}` (removed)") } else { format!("`{i}`") }).collect();
        let _ = writeln!(out, "- **{}** {}\n  - {}\n  - {}", x.date, ids.join(", "), cell(&x.zh), cell(&x.en));
    }
    out
}

#[cfg(all(test, feature = "catalogue-source"))]
mod tests {
    use super::*;

    fn made() -> (Catalogue, String) {
        let c = crate::seeds::checked().catalogue;
        let doc = Document::parse(crate::REPORT_TEXT);
        let s = sheet(&c, &doc);
        (c, s)
    }

    #[test]
    fn every_figure_is_on_the_sheet_once_in_text_order() {
        let (c, s) = made();
        let mut last = 0;
        let mut stated: Vec<&Figure> = c.figures.iter().filter(|f| !f.is_derived()).collect();
        stated.sort_by_key(|f| f.span[0]);
        for f in &stated {
            let heading = format!("#### `{}`\n", f.id);
            assert_eq!(s.matches(&heading).count(), 1, "{}", f.id);
            let at = s.find(&heading).unwrap();
            assert!(at > last, "{} is out of text order", f.id);
            last = at;
        }
        for f in c.figures.iter().filter(|f| f.is_derived()) {
            assert_eq!(s.matches(&format!("#### `{}` · 推算 derived\n", f.id)).count(), 1, "{}", f.id);
        }
    }

    #[test]
    fn a_figure_reads_as_on_its_card_beside_its_sentence() {
        let (c, s) = made();
        let gdp = c.figure("gdp-2023").unwrap();
        let at = s.find("#### `gdp-2023`\n").unwrap();
        let block = &s[at..at + s[at..].find("\n####").unwrap()];
        // 全年GDP总量达到2333.3亿元 is the quote: bold inside its sentence.
        assert!(block.contains("**全年GDP总量达到2333.3亿元**"), "{block}");
        // The card texts are the app's, in both languages.
        let zh = card(gdp, Lang::Zh);
        let en = card(gdp, Lang::En);
        assert!(block.contains(&format!("| 卡片 Card: value | {} | {} |", zh.value, en.value)), "{block}");
        assert!(block.contains("2333.3亿元") && block.contains("233.33 billion yuan"), "{block}");
        assert!(block.contains(&format!("| 卡片 Card: status | {} | {} |", zh.status, en.status)), "{block}");
    }

    #[test]
    fn figures_stand_under_their_part_and_section() {
        let (_, s) = made();
        // The review of 2023 comes before the plan for 2024, each as a heading (一、2023年工作回顾).
        let one = s.find("## Part 1 · 2023年工作回顾\n").expect("part one heading");
        let two = s.find("## Part 2 · ").expect("part two heading");
        assert!(one < two);
        assert!(s.find("#### `gdp-2023`").unwrap() > one && s.find("#### `gdp-2023`").unwrap() < two);
        assert!(s.find("#### `gdp-growth-2024`").unwrap() > two);
    }

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(cell("a|b*c_d\ne"), "a\\|b\\*c\\_d e");
    }
}
