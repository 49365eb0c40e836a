//! A 2023 result → 2024 target dumbbell per indicator: small multiples, each row on its own
//! scale from zero. The result is a dot, the target a diamond, joined by a line; the result's
//! value is written above the line and the target's below, so the two never collide however
//! close they are.

use super::canvas::{Anchor, Canvas, Paint};
use super::text::{width, wrap};
use super::*;

/// Dot radius and diamond half-diagonal.
const R: f64 = 5.0;
const D: f64 = 6.5;

/// A value as the row writes it. A fraction beside a percentage also says its percentage, so a
/// reader compares one notation: 2/3（约67%） against 75%.
fn shown(f: &Figure, other: &Figure, lang: Lang) -> String {
    let v = figure_value(f, lang);
    if f.base_unit == "ratio" && other.base_unit != "ratio" {
        let pct = trim(scale_value(f), 0);
        match lang {
            Lang::Zh => format!("{v}（约{pct}%）"),
            Lang::En => format!("{v} (about {pct}%)"),
        }
    } else {
        v
    }
}

fn tagged(f: &Figure, value: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{} {value}", period(f, lang)),
        Lang::En => format!("{}: {value}", capitalise_first(&period(f, lang))),
    }
}

fn capitalise_first(s: &str) -> String {
    super::bars::capitalise(s)
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
        resolved.push((p, figure(cat, def.id, p.actual)?, figure(cat, def.id, p.target)?));
    }
    let all: Vec<&Figure> = resolved.iter().flat_map(|(_, a, t)| [*a, *t]).collect();
    let mut y = legend(cv, g, top, &all, lang);

    let heading = |(p, a, t): &(&Pair, &Figure, &Figure)| -> (String, Option<String>) {
        let tl = label(t, lang);
        // The year prefix says which mark the second label belongs to, unless the label has it.
        let second = (p.both_labels && label(a, lang) != tl).then(|| {
            if tl.contains(&t.year.to_string()) {
                tl.to_string()
            } else {
                format!("{}{}{tl}", t.year, pick(lang, "年：", ": "))
            }
        });
        (label(a, lang).to_string(), second)
    };
    let (label_w, x0) = if g.phone {
        (g.content, g.pad + R + 2.0)
    } else {
        let widest = resolved.iter().map(|r| width(&heading(r).0, g.label)).fold(0.0, f64::max);
        let w = widest.min(g.content * 0.38).max(120.0);
        (w, g.pad + w + 20.0)
    };
    let plot = g.right() - D - x0;

    let mut rows = Vec::new();
    let mut nodes = Vec::new();
    let (mut up, mut down, mut same) = (Vec::new(), Vec::new(), Vec::new());
    for (i, r) in resolved.iter().enumerate() {
        let (_, a, t) = *r;
        let (head, second) = heading(r);
        let head_lines = wrap(&head, g.label, label_w);
        let second_lines = second.map(|s| wrap(&s, g.note, label_w)).unwrap_or_default();
        let label_h = head_lines.len() as f64 * g.label_line + second_lines.len() as f64 * g.note_line;
        // Result text, the line with its dots, target text.
        let marks_h = g.note_line + 2.0 * D + 4.0 + g.note_line;
        let row_top = y;
        let (label_top, marks_top, row_h) = if g.phone {
            (y, y + label_h + 2.0, label_h + 2.0 + marks_h)
        } else {
            let h = label_h.max(marks_h);
            (y + (h - label_h) / 2.0, y + (h - marks_h) / 2.0, h)
        };
        let (lx, anchor) = if g.phone { (g.pad, Anchor::Start) } else { (g.pad + label_w, Anchor::End) };
        let mut ly = label_top;
        for l in &head_lines {
            cv.text(lx, ly + g.label_line / 2.0, l, g.label, anchor, Paint::label());
            ly += g.label_line;
        }
        for l in &second_lines {
            cv.text(lx, ly + g.note_line / 2.0, l, g.note, anchor, Paint::note());
            ly += g.note_line;
        }

        let (va, vt) = (scale_value(a), scale_value(t));
        let scale = plot / domain(&[a, t], va.max(vt));
        let (xa, xt) = (x0 + va * scale, x0 + vt * scale);
        let cy = marks_top + g.note_line + D + 2.0;
        cv.line(&[(x0, marks_top + 2.0), (x0, marks_top + marks_h - 2.0)], Paint::axis());
        cv.thick_line(&[(xa, cy), (xt, cy)], Paint::link(), 2);
        // The result's dot.
        cv.circle(xa, cy, R, Paint::dot(a.status, a.is_derived()), true);
        if a.is_derived() {
            cv.circle(xa, cy, R, Paint::edge(a.status), false);
        }
        // The target's diamond.
        let diamond = [(xt, cy - D), (xt + D, cy), (xt, cy + D), (xt - D, cy)];
        cv.polygon(&diamond, Paint::dot(t.status, t.is_derived()));
        if t.is_derived() {
            let mut ring = diamond.to_vec();
            ring.push(diamond[0]);
            cv.line(&ring, Paint::edge(t.status));
        }
        for (f, other, x, ty) in [(a, t, xa, marks_top + g.note_line / 2.0), (t, a, xt, cy + D + 2.0 + g.note_line / 2.0)] {
            let text = tagged(f, &shown(f, other, lang), lang);
            let w = width(&text, g.note);
            // From the mark rightwards, else leftwards, else (a narrow drawing) from the margin:
            // never into the margin, where a frame's edge would crowd it.
            let (tx, anchor) = if x - R + w <= g.right() {
                (x - R, Anchor::Start)
            } else if x + R - w >= g.pad {
                (x + R, Anchor::End)
            } else {
                (g.pad, Anchor::Start)
            };
            cv.text(tx, ty, &text, g.note, anchor, Paint::value());
        }

        let split = cy;
        let row_bottom = row_top + row_h;
        let row_id = format!("{}--row-{}", g.ids, i + 1);
        let change = difference(a, t, lang);
        let row_said = match (lang, change.as_str()) {
            (Lang::Zh, "持平") => format!("{head}，{}与{}持平。", spoken_period(t, lang), spoken_period(a, lang)),
            (Lang::Zh, d) => format!("{head}，{}比{}{d}。", spoken_period(t, lang), spoken_period(a, lang)),
            (Lang::En, "the same") => format!("{head}: the {} is the same as the {}.", spoken_period(t, lang), spoken_period(a, lang)),
            (Lang::En, d) => format!("{head}: the {} is {d} the {}.", spoken_period(t, lang), spoken_period(a, lang)),
        };
        nodes.push(Node {
            id: row_id,
            kind: NodeKind::Indicator,
            level: 0,
            label: row_said,
            figure: None,
            bbox: Some((g.pad, row_top - 4.0, g.content, row_h + 8.0)),
            children: vec![
                mark(g, a, announce(a, lang, None), (g.pad, row_top - 4.0, g.content, split - row_top + 4.0)),
                mark(g, t, announce(t, lang, Some(a)), (g.pad, split, g.content, row_bottom + 4.0 - split)),
            ],
        });

        let tolerance = 1e-9 * va.abs().max(vt.abs());
        let name = match lang {
            Lang::Zh => head.clone(),
            Lang::En => mid_sentence(&head),
        };
        if (vt - va).abs() <= tolerance {
            same.push(name);
        } else if vt > va {
            up.push(name);
        } else {
            down.push(name);
        }
        rows.push(row(a, lang));
        rows.push(row(t, lang));
        y = row_bottom + 16.0;
    }
    y -= 4.0;
    let note = pick(
        lang,
        "每行各用自己的比例尺，均从零开始；占比按0–100%绘制。圆点为2023年实绩，菱形为2024年目标。",
        "Each row has its own scale, starting at zero; shares are drawn against 0–100%. Dots are 2023 results, diamonds 2024 targets.",
    );
    y = notes(cv, g, y, &[note.to_string()]);
    Ok(Body { bottom: y, rows, summary: summary(&up, &down, &same, lang), nodes })
}

/// Which indicators' targets rise above their results, which fall below, which stay. The first
/// clause names both years; the ones after it refer back.
fn summary(up: &[String], down: &[String], same: &[String], lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    let first = |parts: &Vec<String>| parts.is_empty();
    match lang {
        Lang::Zh => {
            if !up.is_empty() {
                parts.push(format!("2024年目标高于2023年实绩的是{}", join_words(up, lang)));
            }
            if !down.is_empty() {
                let s = if first(&parts) { "2024年目标低于2023年实绩的是" } else { "低于实绩的是" };
                parts.push(format!("{s}{}", join_words(down, lang)));
            }
            if !same.is_empty() {
                let s = if first(&parts) { "2024年目标与2023年实绩持平的是" } else { "与实绩持平的是" };
                parts.push(format!("{s}{}", join_words(same, lang)));
            }
            format!("{}。", parts.join("；"))
        }
        Lang::En => {
            if !up.is_empty() {
                parts.push(format!("The 2024 target is above the 2023 result for {}", join_words(up, lang)));
            }
            if !down.is_empty() {
                let s = if first(&parts) { "The 2024 target is below the 2023 result for" } else { "below it for" };
                parts.push(format!("{s} {}", join_words(down, lang)));
            }
            if !same.is_empty() {
                let s = if first(&parts) { "The 2024 target is the same as the 2023 result for" } else { "the same for" };
                parts.push(format!("{s} {}", join_words(same, lang)));
            }
            format!("{}.", parts.join("; "))
        }
    }
}
