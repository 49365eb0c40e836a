//! Progress toward a goal: a track as long as the goal, filled as far as done, what remains
//! drawn as its own (derived) part when the catalogue has it, and one line per figure below.

use super::canvas::{Anchor, Canvas, Paint};
use super::text::{width, wrap};
use super::*;

const BAR_H: f64 = 22.0;

#[allow(clippy::too_many_arguments)]
pub(super) fn draw(
    cv: &mut Canvas,
    g: &Geo,
    top: f64,
    def: &ChartDef,
    cat: &Catalogue,
    lang: Lang,
    goal: &str,
    done: &str,
    remaining: Option<&str>,
) -> Result<Body, String> {
    let goal = figure(cat, def.id, goal)?;
    let done = figure(cat, def.id, done)?;
    let remaining = remaining.map(|r| figure(cat, def.id, r)).transpose()?;
    let (vg, vd) = (scale_value(goal), scale_value(done));
    if vg <= 0.0 {
        return Err(format!("chart `{}`: the goal `{}` is not positive", def.id, goal.id));
    }
    let figs: Vec<&Figure> = [goal, done].into_iter().chain(remaining).collect();
    let mut y = legend(cv, g, top, &figs, lang);

    let pct = trim(vd / vg * 100.0, 0);
    let x0 = g.pad;
    let plot = g.content - 4.0;
    let xd = x0 + (vd / vg).clamp(0.0, 1.0) * plot;
    // The share done, above the end of the filled part.
    let pct_text = format!("{pct}%");
    let w = width(&pct_text, g.value);
    let (px_, anchor) = if xd + w / 2.0 <= g.right() { (xd - w / 2.0, Anchor::Start) } else { (g.right(), Anchor::End) };
    cv.text(px_.max(x0), y + g.label_line / 2.0, &pct_text, g.value, anchor, Paint::value());
    y += g.label_line + 4.0;
    bar(cv, done, x0, y, xd, y + BAR_H);
    if let Some(r) = remaining {
        let xr = xd + (scale_value(r) / vg).clamp(0.0, 1.0) * plot;
        bar(cv, r, xd, y, xr.min(x0 + plot), y + BAR_H);
    }
    cv.outline(x0, y, x0 + plot, y + BAR_H, Paint::track());
    // The goal's end, in its status colour.
    cv.rect(x0 + plot - 1.5, y - 5.0, x0 + plot + 1.5, y + BAR_H + 5.0, Paint::bar(goal.status, false, false));
    y += BAR_H + 14.0;

    let mut nodes = Vec::new();
    let sw = g.note * 0.9;
    for f in [Some(done), remaining, Some(goal)].into_iter().flatten() {
        let top_y = y;
        let text = match lang {
            Lang::Zh => format!("{} · {} {}", label(f, lang), period(f, lang), figure_value(f, lang)),
            Lang::En => format!("{}, {}: {}", label(f, lang), period(f, lang), figure_value(f, lang)),
        };
        let cy0 = y + g.label_line / 2.0;
        if f.is_derived() {
            cv.outline(x0, cy0 - sw / 2.0, x0 + sw, cy0 + sw / 2.0, Paint::swatch_derived());
        } else {
            cv.rect(x0, cy0 - sw / 2.0, x0 + sw, cy0 + sw / 2.0, Paint::swatch(f.status));
        }
        for line in wrap(&text, g.label, g.content - sw - 6.0) {
            cv.text(x0 + sw + 6.0, y + g.label_line / 2.0, &line, g.label, Anchor::Start, Paint::label());
            y += g.label_line;
        }
        nodes.push(mark(g, f, announce(f, lang, None), (g.pad, top_y - 3.0, g.content, y - top_y + 6.0)));
        y += 6.0;
    }
    let summary = match lang {
        Lang::Zh => {
            let mut s = format!(
                "{}{}为{}，是{}{}的{pct}%",
                label(done, lang),
                spoken_period(done, lang),
                spoken_value(done, lang),
                label(goal, lang),
                spoken_value(goal, lang)
            );
            if let Some(r) = remaining {
                s.push_str(&format!("；{}为{}", label(r, lang), spoken_value(r, lang)));
            }
            s + "。"
        }
        Lang::En => {
            let mut s = format!(
                "{} reached {} ({}), {pct}% of the {} of {}.",
                label(done, lang),
                spoken_value(done, lang),
                spoken_period(done, lang),
                mid_sentence(label(goal, lang)),
                spoken_value(goal, lang)
            );
            if let Some(r) = remaining {
                s.push_str(&format!(" {}: {}.", label(r, lang), spoken_value(r, lang)));
            }
            s
        }
    };
    Ok(Body {
        bottom: y + 4.0,
        rows: figs.iter().map(|f| row(f, lang)).collect(),
        summary,
        nodes,
    })
}
