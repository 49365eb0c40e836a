//! Charts: pure functions from catalogue figures to SVG.
//!
//! # What a chart is
//!
//! A [`ChartDef`] in the static registry ([`all`]) names the figures it draws by id and how to
//! draw them; [`render`] looks them up in the catalogue and returns the SVG, the same numbers as a
//! data table ([`Row`]s, the chart's text alternative), a one-sentence summary, the title and the
//! source line. Nothing here touches the DOM, and a figure missing from the catalogue is an
//! `Err` naming it, never a silently shorter chart. There are two kinds:
//!
//! - **Bars** ([`Kind::Bars`]): horizontal bars on one shared linear scale that starts at zero,
//!   sorted largest first or kept in the listed (time) order. All figures of one bar chart share
//!   a scale key (see below), so percentages, levels and counts are never drawn on one axis.
//! - **Pairs** ([`Kind::Pairs`]): one small row per indicator with its 2023 result above its 2024
//!   target. Each row has its own linear scale from zero, because the rows are different
//!   quantities (a growth rate, a tonnage, a count); the chart says so in a note.
//!
//! # How the scale is chosen
//!
//! - Always linear and from zero: bar length is proportional to the number. Fractions written as
//!   such (2/3) are drawn as percentages so they share a row with a target in %.
//! - Shares (measure `share`) are drawn against 0–100 %, so 91 % looks nearly full.
//! - An outlier more than four times the next bar (the 1.2万亿元 of the 86 major projects against
//!   programmes of 39亿–1059亿元) would flatten every other bar to a sliver, so the scale is set
//!   by the second-largest bar and the outlier is drawn cut, with a slanted gap in the bar, class
//!   `broken`, and a note giving the factor. Never a log scale.
//!
//! # Marks, classes and colours
//!
//! Colours come from the app's CSS custom properties, with light-mode fallbacks so an exported
//! file looks right on its own: each mark carries `style="fill:var(--c-actual,#0072b2)"` (or
//! `stroke:`) plus the same colour as a presentation attribute for renderers without CSS. The
//! result/target pair is Okabe–Ito blue against vermillion, which colour-blind readers tell apart;
//! the pair charts also label each bar with its year, so colour is never the only cue.
//!
//! | class | what | colour |
//! |---|---|---|
//! | `bar actual` / `bar target` | a bar for a result / a target or plan | `--c-actual` / `--c-target` |
//! | `bar … derived` | a figure computed from stated ones (推算) | `--c-actual-soft` / `--c-target-soft` |
//! | `edge … derived` | its dashed outline (`stroke-dasharray`) | `--c-actual` / `--c-target` |
//! | `bar … broken` | the two pieces of a cut outlier bar | as its status |
//! | `swatch actual` / `swatch target` / `swatch derived` | legend keys | as above, `--muted` |
//! | `axis` | the zero line | `--muted` |
//! | `label` / `value` | category labels / value labels | `--text` |
//! | `note` | legend text, year tags, scale notes, source line | `--muted` |
//! | `title`, `background` | only in [`render_standalone`] | `--text`, `--surface` |
//! | `hit` (in `g.hits`) | transparent focusable area per figure: `data-figure`, `tabindex="0"`, `role="button"`, `aria-label` | none; style `:focus` |
//!
//! # Numbers
//!
//! Every number shown is [`report::format::figure_value`]: the report's own notation in Chinese
//! (1.2万亿元, 2/3), million/billion in English, with the qualifier as a mark (≈6%, ≥1.4亿吨,
//! ≤…). Hit areas spell the qualifier out for screen readers (不少于, "at least"). Derived
//! figures (推算) are pale with a dashed outline and their labels say so.
//!
//! # The SVG
//!
//! The root has a `viewBox` and no width or height (the app sizes it with CSS), `role="group"`
//! (`"img"` for the standalone export, which has no controls), the
//! summary as `aria-label`, `class="chart-svg-root"` and `data-chart="<chart id>"`. Every label
//! is a `<text>`; plotters draws the marks (it escapes the text it writes) and everything this
//! crate writes itself goes through [`crate::svg::escape`]. Titles are the app's headings and are not drawn, except by
//! [`render_standalone`] for export. Layout assumes no font metrics: see `text.rs`.

mod bars;
mod canvas;
mod pairs;
mod registry;
mod text;

#[cfg(test)]
mod tests;

use canvas::{Anchor, Canvas, Paint};
use report::format::{figure_value, qualifier_text, Lang};
use report::{Catalogue, Figure, Measure, Sector, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Compare,
    Sectors,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// About 340 px wide: labels above their bars.
    Phone,
    /// 760 px wide: labels in a column left of the bars.
    Desktop,
}

impl Layout {
    /// Width of the viewBox.
    pub fn width(self) -> u32 {
        match self {
            Layout::Phone => 340,
            Layout::Desktop => 760,
        }
    }
}

/// How bars are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Largest first: for comparing items.
    Descending,
    /// As listed: for a sequence in time.
    AsListed,
}

/// What a bar's label says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// The figure's label (with the project count when the item has one).
    Figure,
    /// The period only (2022年（推算）, 2024–2028年目标): for one quantity over time, named by the title.
    Period,
    /// Label and period, for a chart holding the same quantity in two years.
    FigureAndPeriod,
}

/// One bar: a figure, and optionally a count figure named in its label (86个 for 1.2万亿元).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub figure: &'static str,
    pub count: Option<&'static str>,
}

/// One row of a comparison: a 2023 result and a 2024 target of the same indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub actual: &'static str,
    pub target: &'static str,
    /// Show the target's label too, when it differs in substance from the result's.
    pub both_labels: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bars {
        items: &'static [Item],
        order: Order,
        labels: Labels,
    },
    Pairs {
        rows: &'static [Pair],
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartDef {
    /// Stable kebab-case id, used in URLs (`#/embed/<id>`).
    pub id: &'static str,
    pub view: View,
    pub sector: Option<Sector>,
    /// (zh, en)
    pub title: (&'static str, &'static str),
    /// (zh, en)
    pub source: (&'static str, &'static str),
    pub kind: Kind,
}

impl ChartDef {
    /// Every figure id the chart draws, in registry order.
    pub fn figure_ids(&self) -> Vec<&'static str> {
        match self.kind {
            Kind::Bars { items, .. } => items
                .iter()
                .flat_map(|i| std::iter::once(i.figure).chain(i.count))
                .collect(),
            Kind::Pairs { rows } => rows.iter().flat_map(|p| [p.actual, p.target]).collect(),
        }
    }
    pub fn title_in(&self, lang: Lang) -> &'static str {
        pick(lang, self.title.0, self.title.1)
    }
    pub fn source_in(&self, lang: Lang) -> &'static str {
        pick(lang, self.source.0, self.source.1)
    }
}

/// One line of the data table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub figure_id: String,
    pub label: String,
    /// As written, with its qualifier mark: ≈6%, ≥1.4亿吨.
    pub value: String,
    pub status: Status,
    pub derived: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub svg: String,
    /// viewBox size.
    pub width: u32,
    pub height: u32,
    pub rows: Vec<Row>,
    /// One sentence in the language.
    pub summary: String,
    pub title: String,
    pub source: String,
}

/// Every chart, Compare view first, then the sectors in the catalogue's order.
pub fn all() -> &'static [ChartDef] {
    registry::CHARTS
}

pub fn find(id: &str) -> Option<&'static ChartDef> {
    all().iter().find(|c| c.id == id)
}

/// The charts of one view, in order.
pub fn in_view(view: View) -> impl Iterator<Item = &'static ChartDef> {
    all().iter().filter(move |c| c.view == view)
}

/// The first chart drawing a figure, for "show in chart" links.
pub fn find_by_figure(figure_id: &str) -> Option<&'static ChartDef> {
    all().iter().find(|c| c.figure_ids().contains(&figure_id))
}

/// The chart as the app shows it: no title inside (the app's heading is the title).
pub fn render(def: &ChartDef, cat: &Catalogue, lang: Lang, layout: Layout) -> Result<Rendered, String> {
    render_with(def, cat, lang, layout, false)
}

/// The chart with its title and source line drawn in, a background and an intrinsic size:
/// for downloading as SVG or rasterising to PNG.
pub fn render_standalone(def: &ChartDef, cat: &Catalogue, lang: Lang, layout: Layout) -> Result<Rendered, String> {
    render_with(def, cat, lang, layout, true)
}

fn render_with(
    def: &ChartDef,
    cat: &Catalogue,
    lang: Lang,
    layout: Layout,
    standalone: bool,
) -> Result<Rendered, String> {
    let g = Geo::new(layout);
    let mut cv = Canvas::new(g.width);
    let title = def.title_in(lang).to_string();
    let source = def.source_in(lang).to_string();
    let mut y = g.pad;
    if standalone {
        for line in text::wrap(&title, TITLE, g.content) {
            cv.bold_text(g.pad, y + TITLE_LINE / 2.0, &line, TITLE, Anchor::Start, Paint::title());
            y += TITLE_LINE;
        }
        y += 8.0;
    }
    let body = match def.kind {
        Kind::Bars { items, order, labels } => bars::draw(&mut cv, &g, y, def, cat, lang, items, order, labels)?,
        Kind::Pairs { rows } => pairs::draw(&mut cv, &g, y, def, cat, lang, rows)?,
    };
    y = body.bottom;
    if standalone {
        y += 6.0;
        y = notes(&mut cv, &g, y, std::slice::from_ref(&source));
    }
    let height = (y + g.pad).ceil() as u32;
    if standalone {
        // Exported files are viewed on their own, often on black: give them the app's surface.
        cv.underlay(0.0, 0.0, g.width as f64, height as f64, Paint::background());
    }
    let svg = cv.finish(height, def.id, &body.summary, standalone)?;
    Ok(Rendered {
        svg,
        width: g.width,
        height,
        rows: body.rows,
        summary: body.summary,
        title,
        source,
    })
}

/// What a layout returns to [`render_with`].
pub(crate) struct Body {
    pub bottom: f64,
    pub rows: Vec<Row>,
    pub summary: String,
}

// Type sizes in px, and line heights.
pub(crate) const LABEL: f64 = 13.0;
pub(crate) const LABEL_LINE: f64 = 17.0;
pub(crate) const VALUE: f64 = 13.0;
pub(crate) const NOTE: f64 = 11.5;
pub(crate) const NOTE_LINE: f64 = 15.0;
pub(crate) const TITLE: f64 = 16.0;
pub(crate) const TITLE_LINE: f64 = 21.0;

/// Horizontal geometry of a layout.
pub(crate) struct Geo {
    pub phone: bool,
    pub width: u32,
    pub pad: f64,
    /// Width inside the padding.
    pub content: f64,
}

impl Geo {
    fn new(layout: Layout) -> Geo {
        let width = layout.width();
        let pad = match layout {
            Layout::Phone => 10.0,
            Layout::Desktop => 16.0,
        };
        Geo {
            phone: layout == Layout::Phone,
            width,
            pad,
            content: width as f64 - 2.0 * pad,
        }
    }
    pub fn right(&self) -> f64 {
        self.width as f64 - self.pad
    }
}

pub(crate) fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

pub(crate) fn figure<'a>(cat: &'a Catalogue, chart: &str, id: &str) -> Result<&'a Figure, String> {
    cat.figure(id)
        .ok_or_else(|| format!("chart `{chart}`: figure `{id}` is not in the catalogue"))
}

pub(crate) fn label(f: &Figure, lang: Lang) -> &str {
    pick(lang, &f.label.zh, &f.label.en)
}

/// The number a bar's length stands for: fractions (2/3) become percentages so that they share
/// a scale with the targets written in %.
pub(crate) fn scale_value(f: &Figure) -> f64 {
    if f.base_unit == "ratio" {
        f.base_value * 100.0
    } else {
        f.base_value
    }
}

/// Figures may share a scale only if their keys are equal: the measure's family and the unit.
/// Counts of different things (mines, projects) are all plain counts; levels must share a unit
/// (元 with 元, never 人 with 人次); rates must all be in % (or all in ×).
pub fn scale_key(f: &Figure) -> String {
    let unit = if f.base_unit == "ratio" {
        "%"
    } else {
        f.base_unit.as_str()
    };
    match f.measure {
        Measure::Count => "count".to_string(),
        Measure::Rank => "rank".to_string(),
        Measure::Level => format!("level:{unit}"),
        Measure::Growth | Measure::Share => format!("rate:{unit}"),
    }
}

/// The end of the scale: the largest value, or 100 % when every figure is a share.
pub(crate) fn domain(figs: &[&Figure], largest: f64) -> f64 {
    let all_shares = figs.iter().all(|f| f.measure == Measure::Share);
    let d = if all_shares { largest.max(100.0) } else { largest };
    if d > 0.0 {
        d
    } else {
        1.0
    }
}

/// The year or years a figure covers: 2023年, 2021–2023年, 2024年目标, 2022年（推算）.
pub(crate) fn period(f: &Figure, lang: Lang) -> String {
    let years = match f.since {
        Some(s) if s != f.year => format!("{s}–{}", f.year),
        _ => f.year.to_string(),
    };
    let target = f.status == Status::Target;
    match lang {
        Lang::Zh => format!(
            "{years}年{}{}",
            if target { "目标" } else { "" },
            if f.is_derived() { "（推算）" } else { "" }
        ),
        Lang::En => format!(
            "{years}{}{}",
            if target { " target" } else { "" },
            if f.is_derived() { " (implied)" } else { "" }
        ),
    }
}

/// The figure for a screen reader: its label, what it is, and the qualifier in words.
pub(crate) fn spoken(f: &Figure, lang: Lang) -> String {
    let shown = figure_value(f, lang);
    let number = shown.strip_prefix(f.qualifier.symbol()).unwrap_or(&shown);
    let words = qualifier_text(f.qualifier, lang);
    match lang {
        Lang::Zh => format!("{}，{}：{words}{number}", label(f, lang), period(f, lang)),
        Lang::En => format!("{}, {}: {words}{number}", label(f, lang), period(f, lang)),
    }
}

pub(crate) fn row(f: &Figure, lang: Lang) -> Row {
    Row {
        figure_id: f.id.clone(),
        label: label(f, lang).to_string(),
        value: figure_value(f, lang),
        status: f.status,
        derived: f.is_derived(),
    }
}

/// Muted lines of small text, wrapped to the content width. Returns the new bottom.
pub(crate) fn notes(cv: &mut Canvas, g: &Geo, mut y: f64, notes: &[String]) -> f64 {
    for n in notes {
        for line in text::wrap(n, NOTE, g.content) {
            cv.text(g.pad, y + NOTE_LINE / 2.0, &line, NOTE, Anchor::Start, Paint::note());
            y += NOTE_LINE;
        }
    }
    y
}

/// The key to colours and the dashed outline, flowing onto more lines when narrow. Only the
/// statuses present are listed; a status whose figures are all of the report's own year pair
/// is named by it (2023年实绩, 2024年目标), otherwise generically.
pub(crate) fn legend(cv: &mut Canvas, g: &Geo, y: f64, figs: &[&Figure], lang: Lang) -> f64 {
    let mut entries: Vec<(Paint, String, bool)> = Vec::new();
    for (status, year) in [(Status::Actual, 2023), (Status::Target, 2024)] {
        let of: Vec<&&Figure> = figs.iter().filter(|f| f.status == status).collect();
        if of.is_empty() {
            continue;
        }
        let named = of.iter().all(|f| f.year == year && f.since.is_none());
        let text = match (status, named, lang) {
            (s, true, Lang::Zh) => s.zh().to_string(),
            (s, true, Lang::En) => s.en().to_string(),
            (Status::Actual, false, l) => pick(l, "实绩", "Result").to_string(),
            (Status::Target, false, l) => pick(l, "目标或规划", "Target or plan").to_string(),
        };
        entries.push((Paint::swatch(status), text, false));
    }
    if figs.iter().any(|f| f.is_derived()) {
        entries.push((
            Paint::swatch_derived(),
            pick(lang, "推算值（虚线框）", "Implied (dashed)").to_string(),
            true,
        ));
    }
    const SW: f64 = 11.0;
    let mut x = g.pad;
    let mut line_y = y;
    for (paint, label, outline) in entries {
        let w = SW + 5.0 + text::width(&label, NOTE);
        if x > g.pad && x + w > g.right() {
            x = g.pad;
            line_y += NOTE_LINE + 2.0;
        }
        let cy = line_y + NOTE_LINE / 2.0;
        if outline {
            cv.outline(x, cy - SW / 2.0, x + SW, cy + SW / 2.0, paint);
        } else {
            cv.rect(x, cy - SW / 2.0, x + SW, cy + SW / 2.0, paint);
        }
        cv.text(x + SW + 5.0, cy, &label, NOTE, Anchor::Start, Paint::note());
        x += w + 16.0;
    }
    line_y + NOTE_LINE + 8.0
}

/// A bar of the figure's colours: solid for stated figures, pale with a dashed edge for derived.
pub(crate) fn bar(cv: &mut Canvas, f: &Figure, x0: f64, y0: f64, x1: f64, y1: f64) {
    cv.rect(x0, y0, x1, y1, Paint::bar(f.status, f.is_derived(), false));
    if f.is_derived() {
        cv.outline(x0, y0, x1, y1, Paint::edge(f.status));
    }
}
