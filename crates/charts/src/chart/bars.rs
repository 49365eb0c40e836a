//! Horizontal bars on one shared linear scale from zero.

use super::canvas::{Anchor, Canvas, Paint};
use super::text::{width, wrap};
use super::*;
use report::format::trim;

/// An outlier longer than this many times the next bar is drawn cut (see the module doc).
const BREAK_FACTOR: f64 = 4.0;
const BAR_H: f64 = 16.0;
/// What a cut bar adds beyond the end of the scale, so it still reads as the longest.
const CUT_EXTRA: f64 = 26.0;
const GAP: f64 = 6.0;

struct Bar<'a> {
    f: &'a Figure,
    count: Option<&'a Figure>,
    v: f64,
    label: String,
    value: String,
}

fn bar_label(f: &Figure, count: Option<&Figure>, labels: Labels, lang: Lang) -> String {
    match (labels, count) {
        (Labels::Period, _) => period(f, lang),
        (Labels::Figure, Some(c)) => match lang {
            Lang::Zh => format!("{}（{}）", label(c, lang), figure_value(c, lang)),
            Lang::En => format!("{} ({})", label(c, lang), figure_value(c, lang)),
        },
        (Labels::Figure, None) => label(f, lang).to_string(),
        (Labels::FigureAndPeriod, _) => match lang {
            Lang::Zh => format!("{} · {}", label(f, lang), period(f, lang)),
            Lang::En => format!("{}, {}", label(f, lang), period(f, lang)),
        },
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn draw(
    cv: &mut Canvas,
    g: &Geo,
    top: f64,
    def: &ChartDef,
    cat: &Catalogue,
    lang: Lang,
    items: &[Item],
    order: Order,
    labels: Labels,
) -> Result<Body, String> {
    let mut bars = Vec::new();
    for it in items {
        let f = figure(cat, def.id, it.figure)?;
        let count = it.count.map(|c| figure(cat, def.id, c)).transpose()?;
        bars.push(Bar {
            f,
            count,
            v: scale_value(f),
            label: bar_label(f, count, labels, lang),
            value: figure_value(f, lang),
        });
    }
    if bars.is_empty() {
        return Err(format!("chart `{}` has no figures", def.id));
    }
    if let Some(b) = bars.iter().find(|b| scale_key(b.f) != scale_key(bars[0].f)) {
        return Err(format!(
            "chart `{}`: `{}` and `{}` cannot share a scale",
            def.id, bars[0].f.id, b.f.id
        ));
    }
    if order == Order::Descending {
        bars.sort_by(|a, b| b.v.total_cmp(&a.v));
    }

    let mut sorted: Vec<f64> = bars.iter().map(|b| b.v).collect();
    sorted.sort_unstable_by(|a, b| b.total_cmp(a));
    let (largest, second) = (sorted[0], sorted.get(1).copied().unwrap_or(0.0));
    let broken = bars.len() >= 3 && second > 0.0 && largest > BREAK_FACTOR * second;
    let figs: Vec<&Figure> = bars.iter().map(|b| b.f).collect();
    let dom = if broken { second } else { domain(&figs, largest) };

    let mut legend_figs = figs.clone();
    legend_figs.extend(bars.iter().filter_map(|b| b.count));
    let mut y = legend(cv, g, top, &legend_figs, lang);

    let reserve = bars.iter().map(|b| width(&b.value, VALUE)).fold(0.0, f64::max) + GAP + 2.0;
    let (label_w, x0) = if g.phone {
        (g.content, g.pad)
    } else {
        let widest = bars.iter().map(|b| width(&b.label, LABEL)).fold(0.0, f64::max);
        let w = widest.min(g.content * 0.4).max(120.0);
        (w, g.pad + w + 12.0)
    };
    let plot = g.right() - x0 - reserve;
    let scale = (plot - if broken { CUT_EXTRA } else { 0.0 }) / dom;

    let first_top = y;
    let mut last_bottom = y;
    for b in &bars {
        let lines = wrap(&b.label, LABEL, label_w);
        let row_top = y;
        let bar_top = if g.phone {
            for line in &lines {
                cv.text(g.pad, y + LABEL_LINE / 2.0, line, LABEL, Anchor::Start, Paint::label());
                y += LABEL_LINE;
            }
            y + 2.0
        } else {
            let block = (lines.len() as f64 * LABEL_LINE).max(BAR_H);
            let cy = y + block / 2.0;
            let first = cy - (lines.len() as f64 - 1.0) * LABEL_LINE / 2.0;
            for (i, line) in lines.iter().enumerate() {
                cv.text(
                    x0 - 12.0,
                    first + i as f64 * LABEL_LINE,
                    line,
                    LABEL,
                    Anchor::End,
                    Paint::label(),
                );
            }
            cy - BAR_H / 2.0
        };
        let bar_bottom = bar_top + BAR_H;
        let len = if broken && b.v == largest { plot } else { b.v * scale };
        if broken && b.v == largest {
            // Two pieces with a slanted gap: the bar goes on further than drawn.
            let xb = x0 + (plot - CUT_EXTRA) * 0.55;
            let p = Paint::bar(b.f.status, b.f.is_derived(), true);
            cv.polygon(
                &[
                    (x0, bar_top),
                    (xb + 3.0, bar_top),
                    (xb - 3.0, bar_bottom),
                    (x0, bar_bottom),
                ],
                p.clone(),
            );
            cv.polygon(
                &[
                    (xb + 9.0, bar_top),
                    (x0 + len, bar_top),
                    (x0 + len, bar_bottom),
                    (xb + 3.0, bar_bottom),
                ],
                p,
            );
        } else {
            bar(cv, b.f, x0, bar_top, x0 + len, bar_bottom);
        }
        cv.text(
            x0 + len + GAP,
            bar_top + BAR_H / 2.0,
            &b.value,
            VALUE,
            Anchor::Start,
            Paint::value(),
        );
        if g.phone {
            cv.line(&[(x0, bar_top - 2.0), (x0, bar_bottom + 2.0)], Paint::axis());
        }
        let row_bottom = if g.phone {
            bar_bottom
        } else {
            row_top + (lines.len() as f64 * LABEL_LINE).max(BAR_H)
        };
        let mut spoken_label = spoken(b.f, lang);
        if let Some(c) = b.count {
            spoken_label = format!("{}{}{}", spoken_label, pick(lang, "；", "; "), spoken(c, lang));
        }
        cv.hit(
            g.pad,
            row_top - 4.0,
            g.right(),
            row_bottom + 4.0,
            &b.f.id,
            &spoken_label,
        );
        last_bottom = row_bottom;
        y = row_bottom + if g.phone { 12.0 } else { 10.0 };
    }
    if !g.phone {
        cv.line(&[(x0, first_top - 4.0), (x0, last_bottom + 4.0)], Paint::axis());
    }
    y = last_bottom + 12.0;

    let mut note_lines = Vec::new();
    if broken {
        let top = bars.iter().find(|b| b.v == largest).expect("the largest bar");
        let next = bars.iter().find(|b| b.v == second).expect("the second bar");
        let k = largest / second;
        let k = if k >= 10.0 { trim(k, 0) } else { trim(k, 1) };
        note_lines.push(match lang {
            Lang::Zh => format!("最长的条形已截断：{}约为次大值{}的{}倍。比例尺为线性，从零开始。", top.value, next.value, k),
            Lang::En => format!(
                "The longest bar is cut short: {} is about {} times the next largest, {}. The scale is linear from zero.",
                top.value, k, next.value
            ),
        });
    }
    y = notes(cv, g, y, &note_lines);

    let mut rows = Vec::new();
    for b in &bars {
        rows.push(row(b.f, lang));
        if let Some(c) = b.count {
            rows.push(row(c, lang));
        }
    }
    Ok(Body {
        bottom: y,
        rows,
        summary: summary(def, &bars, order, lang),
    })
}

fn summary(def: &ChartDef, bars: &[Bar], order: Order, lang: Lang) -> String {
    if order == Order::Descending && bars.len() >= 3 {
        let (hi, lo) = (&bars[0], &bars[bars.len() - 1]);
        return match lang {
            Lang::Zh => format!(
                "{}项中，{}最高，为{}；{}最低，为{}。",
                bars.len(),
                hi.label,
                hi.value,
                lo.label,
                lo.value
            ),
            Lang::En => format!(
                "Of these {}, {} is the largest at {} and {} the smallest at {}.",
                bars.len(),
                hi.label,
                hi.value,
                lo.label,
                lo.value
            ),
        };
    }
    let parts: Vec<String> = bars
        .iter()
        .map(|b| match lang {
            Lang::Zh => format!("{}{}", b.label, b.value),
            Lang::En => format!("{}: {}", b.label, b.value),
        })
        .collect();
    match lang {
        Lang::Zh => format!("{}：{}。", def.title.0, parts.join("，")),
        Lang::En => format!("{} — {}.", def.title.1, parts.join("; ")),
    }
}
