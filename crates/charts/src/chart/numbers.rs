//! Single counts of different things as big numbers in a grid: no bars, because there is no
//! common scale to draw 247 gasifiers and 6 firms on.

use super::canvas::{Anchor, Canvas, Paint};
use super::text::wrap;
use super::*;

const GAP: f64 = 14.0;

#[allow(clippy::too_many_arguments)]
pub(super) fn draw(
    cv: &mut Canvas,
    g: &Geo,
    top: f64,
    def: &ChartDef,
    cat: &Catalogue,
    lang: Lang,
    items: &[&str],
) -> Result<Body, String> {
    let figs = items.iter().map(|id| figure(cat, def.id, id)).collect::<Result<Vec<_>, _>>()?;
    if figs.is_empty() {
        return Err(format!("chart `{}` has no figures", def.id));
    }
    let mut y = legend(cv, g, top, &figs, lang);
    let cols = if g.phone { 2 } else { 3 };
    let cell_w = (g.content - GAP * (cols as f64 - 1.0)) / cols as f64;
    let big_line = (g.big * 1.2).round();
    const BOLD: f64 = 1.12;
    let mut nodes = Vec::new();
    for chunk in figs.chunks(cols) {
        let mut row_h: f64 = 0.0;
        for (i, f) in chunk.iter().enumerate() {
            let x = g.pad + i as f64 * (cell_w + GAP);
            let mut cy = y;
            // Measured as bold: the estimate is for regular weight, and bold digits run wider
            // ("≥100 billion" overran its cell on a phone).
            for line in wrap(&figure_value(f, lang), g.big * BOLD, cell_w) {
                cv.bold_text(x, cy + big_line / 2.0, &line, g.big, Anchor::Start, Paint::big(f.status, f.is_derived()));
                cy += big_line;
            }
            for line in wrap(label(f, lang), g.label, cell_w) {
                cv.text(x, cy + g.label_line / 2.0, &line, g.label, Anchor::Start, Paint::label());
                cy += g.label_line;
            }
            for line in wrap(&period(f, lang), g.note, cell_w) {
                cv.text(x, cy + g.note_line / 2.0, &line, g.note, Anchor::Start, Paint::note());
                cy += g.note_line;
            }
            row_h = row_h.max(cy - y);
        }
        for (i, f) in chunk.iter().enumerate() {
            let x = g.pad + i as f64 * (cell_w + GAP);
            nodes.push(mark(g, f, announce(f, lang, None), (x - 4.0, y - 4.0, cell_w + 8.0, row_h + 8.0)));
        }
        y += row_h + GAP;
    }
    let note = pick(
        lang,
        "各数字计量不同的事物，不在同一标尺上比较。",
        "Each number counts something different, so they are not drawn on a common scale.",
    );
    let bottom = notes(cv, g, y - GAP + 10.0, &[note.to_string()]);
    Ok(Body {
        bottom,
        rows: figs.iter().map(|f| row(f, lang)).collect(),
        summary: summary(&figs, lang),
        nodes,
    })
}

/// The numbers, grouped by year and status: "2024年目标：建成智能化矿山15座，…和…。"
fn summary(figs: &[&Figure], lang: Lang) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for f in figs {
        let p = spoken_period(f, lang);
        let item = match lang {
            Lang::Zh => format!("{}{}", label(f, lang), spoken_value(f, lang)),
            Lang::En => format!("{}, {}", mid_sentence(label(f, lang)), spoken_value(f, lang)),
        };
        match groups.iter_mut().find(|(q, _)| *q == p) {
            Some((_, items)) => items.push(item),
            None => groups.push((p, vec![item])),
        }
    }
    let parts: Vec<String> = groups
        .into_iter()
        .map(|(p, items)| match lang {
            Lang::Zh => format!("{p}：{}", items.join("，")),
            Lang::En => {
                // A heading for several: "2024 targets", "2023 results".
                let p = if items.len() > 1 && (p.ends_with("target") || p.ends_with("result")) { format!("{p}s") } else { p };
                format!("{}: {}", super::bars::capitalise(&p), items.join("; "))
            }
        })
        .collect();
    match lang {
        Lang::Zh => format!("{}。", parts.join("；")),
        Lang::En => format!("{}.", parts.join(". ")),
    }
}
