//! Horizontal bars: like figures on one shared linear scale from zero ([`draw`]), or shares,
//! each against its own whole ([`shares`]).

use super::canvas::{Anchor, Canvas, Paint};
use super::text::{width, wrap};
use super::*;

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

fn resolve<'a>(def: &ChartDef, cat: &'a Catalogue, lang: Lang, items: &[Item], labels: Labels) -> Result<Vec<Bar<'a>>, String> {
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
    Ok(bars)
}

/// Where labels, bars and values go.
struct Columns {
    label_w: f64,
    x0: f64,
    plot: f64,
}

fn columns(g: &Geo, bars: &[Bar]) -> Columns {
    let reserve = bars.iter().map(|b| width(&b.value, g.value)).fold(0.0, f64::max) + GAP + 2.0;
    let (label_w, x0) = if g.phone {
        (g.content, g.pad)
    } else {
        let widest = bars.iter().map(|b| width(&b.label, g.label)).fold(0.0, f64::max);
        let w = widest.min(g.content * 0.4).max(120.0);
        (w, g.pad + w + 12.0)
    };
    Columns { label_w, x0, plot: g.right() - x0 - reserve }
}

/// Draws a row's label (above the bar on a phone, left of it otherwise) and returns
/// (row top, bar top, row bottom).
fn row_label(cv: &mut Canvas, g: &Geo, c: &Columns, y: f64, text: &str) -> (f64, f64, f64) {
    let lines = wrap(text, g.label, c.label_w);
    if g.phone {
        let mut ly = y;
        for line in &lines {
            cv.text(g.pad, ly + g.label_line / 2.0, line, g.label, Anchor::Start, Paint::label());
            ly += g.label_line;
        }
        (y, ly + 2.0, ly + 2.0 + BAR_H)
    } else {
        let block = (lines.len() as f64 * g.label_line).max(BAR_H);
        let cy = y + block / 2.0;
        let first = cy - (lines.len() as f64 - 1.0) * g.label_line / 2.0;
        for (i, line) in lines.iter().enumerate() {
            cv.text(c.x0 - 12.0, first + i as f64 * g.label_line, line, g.label, Anchor::End, Paint::label());
        }
        (y, cy - BAR_H / 2.0, y + block)
    }
}

fn said(b: &Bar, lang: Lang) -> String {
    let mut s = announce(b.f, lang, None);
    if let Some(c) = b.count {
        s.pop();
        s.push_str(&match lang {
            Lang::Zh => format!("；{}，{}。", label(c, lang), spoken_value(c, lang)),
            Lang::En => format!("; {}: {}.", mid_sentence(label(c, lang)), spoken_value(c, lang)),
        });
    }
    s
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
    let mut bars = resolve(def, cat, lang, items, labels)?;
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

    let c = columns(g, &bars);
    let scale = (c.plot - if broken { CUT_EXTRA } else { 0.0 }) / dom;

    let first_top = y;
    let mut last_bottom = y;
    let mut nodes = Vec::new();
    for b in &bars {
        let (row_top, bar_top, row_bottom) = row_label(cv, g, &c, y, &b.label);
        let bar_bottom = bar_top + BAR_H;
        let x0 = c.x0;
        let len = if broken && b.v == largest { c.plot } else { b.v * scale };
        if broken && b.v == largest {
            // Two pieces with a slanted gap: the bar goes on further than drawn.
            let xb = x0 + (c.plot - CUT_EXTRA) * 0.55;
            let p = Paint::bar(b.f.status, b.f.is_derived(), true);
            cv.polygon(&[(x0, bar_top), (xb + 3.0, bar_top), (xb - 3.0, bar_bottom), (x0, bar_bottom)], p.clone());
            cv.polygon(&[(xb + 9.0, bar_top), (x0 + len, bar_top), (x0 + len, bar_bottom), (xb + 3.0, bar_bottom)], p);
        } else {
            bar(cv, b.f, x0, bar_top, x0 + len, bar_bottom);
        }
        cv.text(x0 + len + GAP, bar_top + BAR_H / 2.0, &b.value, g.value, Anchor::Start, Paint::value());
        if g.phone {
            cv.line(&[(x0, bar_top - 2.0), (x0, bar_bottom + 2.0)], Paint::axis());
        }
        nodes.push(mark(g, b.f, said(b, lang), (g.pad, row_top - 4.0, g.content, row_bottom - row_top + 8.0)));
        last_bottom = row_bottom;
        y = row_bottom + if g.phone { 12.0 } else { 10.0 };
    }
    if !g.phone {
        cv.line(&[(c.x0, first_top - 4.0), (c.x0, last_bottom + 4.0)], Paint::axis());
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
    Ok(Body { bottom: y, rows, summary: summary(&bars, order, labels, lang), nodes })
}

/// Each share on its own 0–100 % track: the outline is the whole, the fill the part.
#[allow(clippy::too_many_arguments)]
pub(super) fn shares(
    cv: &mut Canvas,
    g: &Geo,
    top: f64,
    def: &ChartDef,
    cat: &Catalogue,
    lang: Lang,
    items: &[&'static str],
) -> Result<Body, String> {
    let items: Vec<Item> = items.iter().map(|f| Item { figure: f, count: None }).collect();
    let bars = resolve(def, cat, lang, &items, Labels::FigureAndPeriod)?;
    if let Some(b) = bars.iter().find(|b| b.f.measure != Measure::Share) {
        return Err(format!("chart `{}`: `{}` is not a share", def.id, b.f.id));
    }
    let figs: Vec<&Figure> = bars.iter().map(|b| b.f).collect();
    let mut y = legend(cv, g, top, &figs, lang);
    let c = columns(g, &bars);
    let mut nodes = Vec::new();
    let mut last = y;
    for b in &bars {
        let (row_top, bar_top, row_bottom) = row_label(cv, g, &c, y, &b.label);
        let len = b.v.clamp(0.0, 100.0) / 100.0 * c.plot;
        bar(cv, b.f, c.x0, bar_top, c.x0 + len, bar_top + BAR_H);
        cv.outline(c.x0, bar_top, c.x0 + c.plot, bar_top + BAR_H, Paint::track());
        cv.text(c.x0 + c.plot + GAP, bar_top + BAR_H / 2.0, &b.value, g.value, Anchor::Start, Paint::value());
        nodes.push(mark(g, b.f, said(b, lang), (g.pad, row_top - 4.0, g.content, row_bottom - row_top + 8.0)));
        last = row_bottom;
        y = row_bottom + if g.phone { 12.0 } else { 10.0 };
    }
    let note = pick(lang, "每条代表各自的整体（100%），填充部分为占比。", "Each bar is a whole of its own (100%); the filled part is the share.");
    let bottom = notes(cv, g, last + 12.0, &[note.to_string()]);
    let rows = bars.iter().map(|b| row(b.f, lang)).collect();
    let parts: Vec<String> = bars
        .iter()
        .map(|b| match lang {
            Lang::Zh => format!("{}{}为{}", label(b.f, lang), spoken_period(b.f, lang), spoken_value(b.f, lang)),
            Lang::En => format!("{} {}, {}", mid_sentence(label(b.f, lang)), spoken_value(b.f, lang), spoken_period(b.f, lang)),
        })
        .collect();
    let summary = match lang {
        Lang::Zh => format!("{}。", parts.join("；")),
        Lang::En => capitalise(&format!("{}.", parts.join("; "))),
    };
    Ok(Body { bottom, rows, summary, nodes })
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default()
}

/// The chart's message. For one indicator over time: where it starts and ends. For items
/// compared: which is largest and which smallest, or, for two, how many times the other.
fn summary(bars: &[Bar], order: Order, labels: Labels, lang: Lang) -> String {
    let words = |b: &Bar| spoken_value(b.f, lang);
    if labels == Labels::Period || order == Order::AsListed {
        let (first, last) = (&bars[0], &bars[bars.len() - 1]);
        let name = bars.iter().find(|b| !b.f.is_derived()).unwrap_or(first).f;
        let up = last.v >= first.v;
        let middle: Vec<&Bar> = bars[1..bars.len() - 1].iter().collect();
        return match lang {
            Lang::Zh => {
                let mid: String = middle.iter().map(|b| format!("，{}为{}", spoken_period(b.f, lang), words(b))).collect();
                format!(
                    "{}从{}的{}{}{}的{}{mid}。",
                    label(name, lang),
                    spoken_period(first.f, lang),
                    words(first),
                    if up { "升至" } else { "降至" },
                    spoken_period(last.f, lang),
                    words(last)
                )
            }
            Lang::En => {
                let at = |b: &Bar| format!("{} ({})", words(b), spoken_period(b.f, lang).trim_start_matches(", "));
                let mid: String = middle.iter().map(|b| format!("; {}", at(b))).collect();
                format!("{}, {} from {} to {}{mid}.", label(name, lang), if up { "up" } else { "down" }, at(first), at(last))
            }
        };
    }
    let (hi, lo) = (&bars[0], &bars[bars.len() - 1]);
    if bars.len() == 2 && lo.v > 0.0 {
        let k = hi.v / lo.v;
        let k = if k >= 10.0 { trim(k, 0) } else { trim(k, 1) };
        return match lang {
            Lang::Zh => format!("{}{}，约为{}{}的{k}倍。", label(hi.f, lang), words(hi), label(lo.f, lang), words(lo)),
            Lang::En => format!("{}, {}, is about {k} times {}, {}.", label(hi.f, lang), words(hi), mid_sentence(label(lo.f, lang)), words(lo)),
        };
    }
    let rate = matches!(hi.f.measure, Measure::Growth | Measure::Share);
    let (most, least) = match (lang, rate) {
        (Lang::Zh, true) => ("最高", "最低"),
        (Lang::Zh, false) => ("最多", "最少"),
        (Lang::En, true) => ("highest", "lowest"),
        (Lang::En, false) => ("largest", "smallest"),
    };
    match lang {
        Lang::Zh => format!("{}{most}，为{}；{}{least}，为{}。", label(hi.f, lang), words(hi), label(lo.f, lang), words(lo)),
        Lang::En => format!(
            "The {most} is {}, at {}; the {least}, {}, at {}.",
            mid_sentence(label(hi.f, lang)),
            words(hi),
            mid_sentence(label(lo.f, lang)),
            words(lo)
        ),
    }
}
