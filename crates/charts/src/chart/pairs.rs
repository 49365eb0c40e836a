//! A 2023 result above its 2024 target, one small row per indicator, each row on its own scale.

use super::canvas::{Anchor, Canvas, Paint};
use super::text::{width, wrap};
use super::*;

const BAR_H: f64 = 13.0;
/// Between the result's bar and the target's.
const INNER: f64 = 5.0;
const GAP: f64 = 6.0;

fn line(f: &Figure, lang: Lang) -> Line<'_> {
    Line {
        f,
        tag: f.year.to_string(),
        value: figure_value(f, lang),
    }
}

struct Line<'a> {
    f: &'a Figure,
    tag: String,
    value: String,
}

pub(super) fn draw(
    cv: &mut Canvas,
    g: &Geo,
    top: f64,
    def: &ChartDef,
    cat: &Catalogue,
    lang: Lang,
    pairs: &[Pair],
) -> Result<Body, String> {
    let mut resolved = Vec::new();
    for p in pairs {
        let a = figure(cat, def.id, p.actual)?;
        let t = figure(cat, def.id, p.target)?;
        if scale_key(a) != scale_key(t) {
            return Err(format!(
                "chart `{}`: `{}` and `{}` cannot share a scale",
                def.id, a.id, t.id
            ));
        }
        resolved.push((p, a, t));
    }
    let all: Vec<&Figure> = resolved.iter().flat_map(|(_, a, t)| [*a, *t]).collect();
    let mut y = legend(cv, g, top, &all, lang);

    let tag_w = all.iter().map(|f| width(&f.year.to_string(), NOTE)).fold(0.0, f64::max) + 6.0;
    let reserve = all
        .iter()
        .map(|f| width(&figure_value(f, lang), VALUE))
        .fold(0.0, f64::max)
        + GAP
        + 2.0;
    let heading = |(p, a, t): &(&Pair, &Figure, &Figure)| -> (String, Option<String>) {
        let tl = label(t, lang);
        // The year prefix says which bar the second label belongs to, unless the label has it.
        let second = (p.both_labels && label(a, lang) != tl).then(|| {
            if tl.contains(&t.year.to_string()) {
                tl.to_string()
            } else {
                format!("{}{}{tl}", t.year, pick(lang, "年：", ": "))
            }
        });
        (label(a, lang).to_string(), second)
    };
    let (label_w, tag_x) = if g.phone {
        (g.content, g.pad)
    } else {
        let widest = resolved.iter().map(|r| width(&heading(r).0, LABEL)).fold(0.0, f64::max);
        let w = widest.min(g.content * 0.38).max(120.0);
        (w, g.pad + w + 14.0)
    };
    let x0 = tag_x + tag_w;
    let plot = g.right() - x0 - reserve;

    let mut rows = Vec::new();
    let (mut up, mut down, mut same) = (0, 0, 0);
    for r in &resolved {
        let (_, a, t) = *r;
        let (head, second) = heading(r);
        let head_lines = wrap(&head, LABEL, label_w);
        let second_lines = second.map(|s| wrap(&s, NOTE, label_w)).unwrap_or_default();
        let label_h = head_lines.len() as f64 * LABEL_LINE + second_lines.len() as f64 * NOTE_LINE;
        let bars_h = 2.0 * BAR_H + INNER;
        let row_top = y;
        let (label_top, bars_top, row_h) = if g.phone {
            (y, y + label_h + 2.0, label_h + 2.0 + bars_h)
        } else {
            let h = label_h.max(bars_h);
            (y + (h - label_h) / 2.0, y + (h - bars_h) / 2.0, h)
        };
        let (lx, anchor) = if g.phone {
            (g.pad, Anchor::Start)
        } else {
            (g.pad + label_w, Anchor::End)
        };
        let mut ly = label_top;
        for l in &head_lines {
            cv.text(lx, ly + LABEL_LINE / 2.0, l, LABEL, anchor, Paint::label());
            ly += LABEL_LINE;
        }
        for l in &second_lines {
            cv.text(lx, ly + NOTE_LINE / 2.0, l, NOTE, anchor, Paint::note());
            ly += NOTE_LINE;
        }

        let (va, vt) = (scale_value(a), scale_value(t));
        let scale = plot / domain(&[a, t], va.max(vt));
        let split = bars_top + BAR_H + INNER / 2.0;
        for (i, l) in [line(a, lang), line(t, lang)].into_iter().enumerate() {
            let bt = bars_top + i as f64 * (BAR_H + INNER);
            let cy = bt + BAR_H / 2.0;
            cv.text(tag_x, cy, &l.tag, NOTE, Anchor::Start, Paint::note());
            let len = scale_value(l.f) * scale;
            bar(cv, l.f, x0, bt, x0 + len, bt + BAR_H);
            cv.text(x0 + len + GAP, cy, &l.value, VALUE, Anchor::Start, Paint::value());
            let (h0, h1) = if i == 0 {
                (row_top - 4.0, split)
            } else {
                (split, row_top + row_h + 4.0)
            };
            cv.hit(g.pad, h0, g.right(), h1, &l.f.id, &spoken(l.f, lang));
        }
        cv.line(&[(x0, bars_top - 2.0), (x0, bars_top + bars_h + 2.0)], Paint::axis());

        let tolerance = 1e-9 * va.abs().max(vt.abs());
        if (vt - va).abs() <= tolerance {
            same += 1;
        } else if vt > va {
            up += 1;
        } else {
            down += 1;
        }
        rows.push(row(a, lang));
        rows.push(row(t, lang));
        y = row_top + row_h + 16.0;
    }
    y -= 4.0;
    let note = pick(
        lang,
        "每行各用自己的比例尺，均从零开始；占比按0–100%绘制。",
        "Each row has its own scale, starting at zero; shares are drawn against 0–100%.",
    );
    y = notes(cv, g, y, &[note.to_string()]);
    let n = resolved.len();
    let summary = match lang {
        Lang::Zh => format!("{n}项指标中，2024年目标高于2023年实绩的{up}项，低于的{down}项，持平的{same}项。"),
        Lang::En => format!(
            "Of {n} indicators, the 2024 target is above the 2023 result for {up}, below it for {down} and the same for {same}."
        ),
    };
    Ok(Body {
        bottom: y,
        rows,
        summary,
    })
}
