//! Charts: pure functions from catalogue figures to SVG.
//!
//! # What a chart is
//!
//! A [`ChartDef`] in the static registry ([`all`]) names the figures it draws by id and how to
//! draw them; [`render`] looks them up in the catalogue and returns the SVG, the same numbers as a
//! data table ([`Row`]s), a summary that gives the chart's message, a navigable [`Node`] tree (the
//! text alternative a screen reader walks), the title and the source line. Nothing here touches
//! the DOM, and a figure missing from the catalogue is an `Err` naming it, never a silently
//! shorter chart.
//!
//! # Like with like
//!
//! **No chart puts different units or different kinds of count on one scale.** Figures that
//! share a scale ([`ChartDef::scale_groups`]) must agree, by catalogue data ([`like_with_like`]), on
//!
//! - the measure (level, growth, share, rank, count);
//! - the unit (fractions such as 2/3 count as %) and its English name, which says what 家 or
//!   名 counts (stations, museums, people): 301 stations and 100 museums never share an axis;
//! - what is counted ([`report::Counts`]): all there are (675 enterprises), what one period
//!   adds (40 new firms), or a ceiling (the CPI rise is no growth target);
//! - the status: results and targets share a scale only when they are one indicator in
//!   different years (ids that differ only by year, `-implied` or `-target`: `gdp-2023`,
//!   `gdp-2024-implied`), never a 2023 result of one thing against a 2024 target of another.
//!
//! [`render`] refuses a chart that breaks the rule, and the registry test checks every chart.
//!
//! # Forms, chosen by the data
//!
//! - **Bars** ([`Kind::Bars`]): like figures on one linear scale from zero, sorted largest first
//!   or, for one indicator over time, in time order.
//! - **Pairs** ([`Kind::Pairs`]): a 2023 result → 2024 target dumbbell per indicator: a dot for
//!   the result, a diamond for the target, joined by a line. Each row is a small multiple with
//!   its own scale from zero (the rows are different quantities), and the chart says so.
//! - **Progress** ([`Kind::Progress`]): how far toward a multi-year goal: a track as long as the
//!   goal, filled as far as done; what remains, when the catalogue has it, drawn as its own part.
//! - **Shares** ([`Kind::Shares`]): each share as a part of its own whole (a 0–100 % track),
//!   with the whole named in its label.
//! - **Numbers** ([`Kind::Numbers`]): single counts of different things as big numbers, not
//!   bars: there is no common scale to draw them on.
//!
//! # How the scale is chosen
//!
//! - Always linear and from zero: bar length is proportional to the number. Fractions written as
//!   such (2/3) are drawn as percentages so they share a row with a target in %.
//! - Shares (measure `share`) are drawn against 0–100 %, so 91 % looks nearly full.
//! - An outlier more than four times the next bar would flatten every other bar to a sliver, so
//!   the scale is set by the second-largest bar and the outlier is drawn cut, with a slanted gap
//!   in the bar, class `broken`, and a note giving the factor. Never a log scale.
//!
//! # Words
//!
//! Captions and announcements come from templates written in both languages (here and in the
//! layouts), filled with catalogue figures: never a count of items ("3项中"), never the title
//! again. Every mark is announced whole, once ([`announce`]): label, year, status (实绩, 目标,
//! 推算 — result, target, implied), the value with its qualifier in words
//! ([`report::format::spoken_value`]: 约, 不少于; about, at least; 三分之二, two thirds) and,
//! for a target paired with a result, the difference.
//!
//! # Type size
//!
//! Sizes are set in CSS px ([`Layout::min_css_px`]) and converted to viewBox units for the
//! narrowest width the layout is shown at, so no text is under 12 CSS px. The assumption: the
//! phone layout (340 units) is drawn at least 302 px wide (a 360 px screen less the page's 16 px,
//! the card's 12 px padding and 1 px border each side); the desktop layout (760 units) only when
//! the chart is at least 720 px wide ([`Layout::for_css_width`]). An embed may be narrower than
//! any phone's page (a column of an article): embeds also carry the narrow layout (264 units,
//! text at its nominal size in a 280 px frame), shown where the drawing is under 302 px wide.
//! The main pages do not carry it; they are never that narrow on a 360 px screen.
//! An embed's frame may also be far wider than a layout's least width (a 600 px article column
//! shows the phone layout): there each layout is drawn no wider than [`Layout::max_css_px`], where
//! its labels reach 16 px ([`MAX_CSS_PX`]), and the rest of the width stays empty.
//!
//! # Marks, classes and colours
//!
//! Colours come from the app's CSS custom properties, with light-mode fallbacks so an exported
//! file looks right on its own: each mark carries a class `ink-<f|s>-<var>` (the stylesheet
//! colours it) plus the same colour as a presentation attribute. The result/target pair is
//! Okabe–Ito blue against vermillion, which colour-blind readers tell apart, and has two shapes
//! (dot, diamond) and year labels, so colour is never the only cue. Every mark colour is at least
//! 3:1 against the page and the card in both themes (tested against `styles/main.css`); the pale
//! fills of derived figures always have a full-colour dashed edge.
//!
//! | class | what | colour |
//! |---|---|---|
//! | `bar actual` / `bar target` | a bar for a result / a target or plan | `--c-actual` / `--c-target` |
//! | `bar … derived` | a figure computed from stated ones (推算) | `--c-actual-soft` / `--c-target-soft` |
//! | `edge … derived` | its dashed outline (`stroke-dasharray`) | `--c-actual` / `--c-target` |
//! | `bar … broken` | the two pieces of a cut outlier bar | as its status |
//! | `dot actual` / `dot target` | a pair's result dot / target diamond | as its status |
//! | `link` | the line from a result to its target | `--muted` |
//! | `track` | the whole of a share, or a goal's extent | `--muted` (outline) |
//! | `big actual` / `big target` | a big number | as its status (`--muted` when derived) |
//! | `swatch actual` / `swatch target` / `swatch derived` | legend keys | as above, `--muted` |
//! | `axis` | the zero line | `--muted` |
//! | `label` / `value` | category labels / value labels | `--text` |
//! | `note` | legend text, year tags, scale notes, source line | `--muted` |
//! | `title`, `background` | only in [`render_standalone`] | `--text`, `--surface` |
//! | `hit` (in `g.hits`) | transparent area over one figure's marks: `id`, `data-figure`, `role="treeitem"`, `aria-label` (the announcement); no `tabindex` | none |
//! | `hit group` | an indicator's row (pairs): `id`, `role="treeitem"`, holds its marks | none |
//!
//! # The SVG and the tree
//!
//! The root has a `viewBox` and no width or height (the app sizes it with CSS), `class="chart-svg-root"`,
//! `data-chart="<chart id>"`, and in the app's rendering `role="tree"`, `aria-label` (the title)
//! and `tabindex="0"`: **the chart's one tab stop**. Inside, `g.hits` mirrors [`Rendered::tree`]:
//! a `treeitem` for the summary, holding the indicators (pairs) or marks, with `aria-level`,
//! `aria-posinset`, `aria-setsize` and `aria-expanded`. Each element's `id` is [`Node::id`], so the
//! app moves `aria-activedescendant` on the root as the arrow keys walk the tree, and ties a
//! tooltip to its mark with `aria-describedby`. Every drawn `<text>` is `aria-hidden="true"`:
//! what it says is in the announcements, and nothing is heard twice. [`render_standalone`] (the
//! export) is one `role="img"` with the summary as its name and no tree. Titles are the app's
//! headings and are not drawn, except by [`render_standalone`]. Layout assumes no font metrics:
//! see `text.rs`.

mod bars;
mod canvas;
mod numbers;
mod pairs;
mod progress;
mod registry;
pub mod text;

#[cfg(test)]
mod tests;

use canvas::{Anchor, Canvas, Paint};
/// The font stack of every drawing, charts and shared images alike (system fonts only).
pub use canvas::FONT_STACK;
use report::format::{en_amount, figure_value, spoken_value, trim, zh_amount, Lang};
use report::scanner::Qualifier;
use report::{Catalogue, Counts, Figure, Measure, Sector, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Compare,
    Sectors,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// 264 viewBox units wide, labels above their bars as on a phone: only in embeds, for frames
    /// too narrow for the phone layout's type (an article's column on a small phone).
    Narrow,
    /// 340 viewBox units wide: labels above their bars.
    Phone,
    /// 760 units wide: labels in a column left of the bars.
    Desktop,
}

impl Layout {
    /// Every layout, narrowest first: the order the page carries them in (the stylesheet's
    /// `.layout-narrow ~ .layout-phone` relies on it).
    pub const ALL: [Layout; 3] = [Layout::Narrow, Layout::Phone, Layout::Desktop];
    /// Width of the viewBox.
    pub fn width(self) -> u32 {
        match self {
            Layout::Narrow => 264,
            Layout::Phone => 340,
            Layout::Desktop => 760,
        }
    }
    /// The narrowest the layout is drawn on screen, in CSS px (see "Type size" above): type
    /// sizes are set so that text is at least 12 px there. The narrow layout's is a 280 px frame
    /// less the embed's 8 px padding each side (`main.embed`).
    pub fn min_css_px(self) -> f64 {
        match self {
            Layout::Narrow => 264.0,
            Layout::Phone => 302.0,
            Layout::Desktop => 720.0,
        }
    }
    /// The layout for a chart drawn `px` CSS px wide: the widest whose text stays ≥ 12 px. The
    /// stylesheet's breakpoints are these numbers (`styles/main.css`, tested).
    pub fn for_css_width(px: f64) -> Layout {
        if px >= Layout::Desktop.min_css_px() {
            Layout::Desktop
        } else if px >= Layout::Phone.min_css_px() {
            Layout::Phone
        } else {
            Layout::Narrow
        }
    }
    /// The widest an embed draws the layout, in CSS px: where its running text (labels and
    /// values, the largest besides a big number's figure) reaches [`MAX_CSS_PX`]. A drawing
    /// scales to its box, so a frame wider than this would blow the labels up past the embed's
    /// own title and summary; the embed leaves the rest of the width empty instead
    /// (`styles/main.css`, tested equal). The main pages' columns are never that much wider
    /// than a layout's least width and do not cap it. Whole px, rounded down, so the cap itself
    /// never passes the limit.
    pub fn max_css_px(self) -> f64 {
        (MAX_CSS_PX * self.width() as f64 / self.units(LABEL_PX.max(VALUE_PX))).floor()
    }
    /// viewBox units for `css_px` at the layout's narrowest width.
    pub fn units(self, css_px: f64) -> f64 {
        (css_px * self.width() as f64 / self.min_css_px() * 2.0).ceil() / 2.0
    }
    /// The class of the element holding the layout's drawing (or the map's labels for it): the
    /// stylesheet shows one.
    pub fn class(self) -> &'static str {
        match self {
            Layout::Narrow => "layout-narrow",
            Layout::Phone => "layout-phone",
            Layout::Desktop => "layout-desktop",
        }
    }
}

/// How many lines `s` takes at `size_px` in a column `width_px` wide, by the same estimate
/// (erring wide) the drawings are laid out with: for a page to reckon the height of its HTML text
/// before any browser has laid it out (an embed's starting height).
pub fn text_lines(s: &str, size_px: f64, width_px: f64) -> usize {
    text::wrap(s, size_px, width_px).len()
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
    /// The period only (2022年（推算）, 2024年目标): for one indicator over time, named by the title.
    Period,
    /// Label and period.
    FigureAndPeriod,
}

/// One bar: a figure, and optionally a count figure named in its label (165个 for 1059亿元).
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
    /// Show the target's label too, when it is worded differently from the result's.
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
    /// Toward a goal: `done` of `goal`, and what remains when the catalogue states or derives it.
    Progress {
        goal: &'static str,
        done: &'static str,
        remaining: Option<&'static str>,
    },
    Shares {
        items: &'static [&'static str],
    },
    Numbers {
        items: &'static [&'static str],
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartDef {
    /// Stable kebab-case id, used in URLs (`#/embed/<id>`). A chart that goes keeps its id in
    /// [`ALIASES`].
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
            Kind::Progress { goal, done, remaining } => [goal, done].into_iter().chain(remaining).collect(),
            Kind::Shares { items } | Kind::Numbers { items } => items.to_vec(),
        }
    }
    /// The figures drawn on one scale, group by group: the rule of [`like_with_like`] holds in
    /// each. A share is drawn against its own whole and a big number on no scale, so neither
    /// shares a scale with anything.
    pub fn scale_groups(&self) -> Vec<Vec<&'static str>> {
        match self.kind {
            Kind::Bars { items, .. } => vec![items.iter().map(|i| i.figure).collect()],
            Kind::Pairs { rows } => rows.iter().map(|p| vec![p.actual, p.target]).collect(),
            Kind::Progress { goal, done, remaining } => {
                vec![[goal, done].into_iter().chain(remaining).collect()]
            }
            Kind::Shares { items } | Kind::Numbers { items } => items.iter().map(|i| vec![*i]).collect(),
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

/// What a node of the tree stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// The root: the chart's message.
    Summary,
    /// One indicator with several marks (a result and its target).
    Indicator,
    /// One figure.
    Mark,
}

/// A node of the chart's navigable tree: the summary, then indicators, then marks. The SVG has
/// an element with the same `id` for each (a `treeitem`), so the app can point
/// `aria-activedescendant` or `aria-describedby` at it.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// `<chart>--summary`, `<chart>--row-<n>`, `<chart>--<figure id>` (`<chart>-phone--…` in the
    /// phone layout, `<chart>-narrow--…` in the narrow one): unique on a page that carries each
    /// chart once in every layout, and stable across languages.
    pub id: String,
    pub kind: NodeKind,
    /// 1 for the summary.
    pub level: u8,
    /// Said whole when the node is reached, in the page's language, with no symbol a voice
    /// misreads (≈, ≥, /).
    pub label: String,
    /// The figure a mark stands for.
    pub figure: Option<String>,
    /// The area of the node's marks in viewBox units `(x, y, width, height)`, for placing a
    /// tooltip or a focus ring inside the card (none for the summary).
    pub bbox: Option<(f64, f64, f64, f64)>,
    pub children: Vec<Node>,
}

impl Node {
    /// The node and its descendants, depth first (the order of the tree walk).
    pub fn walk(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }
    pub fn find(&self, id: &str) -> Option<&Node> {
        self.walk().into_iter().find(|n| n.id == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub svg: String,
    /// viewBox size.
    pub width: u32,
    pub height: u32,
    pub rows: Vec<Row>,
    /// The chart's message, in the language: what rises, what falls, what is largest.
    pub summary: String,
    /// Summary → indicators → marks; its root's label is [`Rendered::summary`].
    pub tree: Node,
    pub title: String,
    pub source: String,
}

impl Rendered {
    /// Every mark, in tree order.
    pub fn marks(&self) -> Vec<&Node> {
        self.tree.walk().into_iter().filter(|n| n.kind == NodeKind::Mark).collect()
    }
}

/// Each custom property a chart paints with and the fallback colour the SVG carries for it.
pub fn paint_fallbacks() -> Vec<(&'static str, &'static str)> {
    use report::Status::{Actual, Target};
    let paints = [
        Paint::bar(Actual, false, false),
        Paint::bar(Target, false, false),
        Paint::bar(Actual, true, false),
        Paint::bar(Target, true, false),
        Paint::axis(),
        Paint::label(),
        Paint::background(),
    ];
    paints.iter().map(|p| (p.var, p.fallback)).collect()
}

/// Every chart, Compare view first, then the sectors in the catalogue's order.
pub fn all() -> &'static [ChartDef] {
    registry::CHARTS
}

/// Ids of charts that were removed or split, and the chart that now shows their figures:
/// published embed URLs keep working.
pub const ALIASES: &[(&str, &str)] = registry::ALIASES;

/// The chart with this id, or the one an old id now points to.
pub fn find(id: &str) -> Option<&'static ChartDef> {
    let id = ALIASES.iter().find(|(old, _)| *old == id).map_or(id, |(_, new)| *new);
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
    render_with(def, cat, lang, layout, None)
}

/// The chart with its title, source line and `address` (where the chart is read online) drawn
/// in, a background and an intrinsic size: for downloading as SVG or rasterising to PNG, so that
/// an image passed on still says what it shows, where it comes from and where to find it.
pub fn render_standalone(def: &ChartDef, cat: &Catalogue, lang: Lang, layout: Layout, address: &str) -> Result<Rendered, String> {
    render_with(def, cat, lang, layout, Some(address))
}

fn render_with(
    def: &ChartDef,
    cat: &Catalogue,
    lang: Lang,
    layout: Layout,
    address: Option<&str>,
) -> Result<Rendered, String> {
    let standalone = address.is_some();
    for group in def.scale_groups() {
        let figs = group
            .iter()
            .map(|id| figure(cat, def.id, id))
            .collect::<Result<Vec<_>, _>>()?;
        like_with_like(&figs).map_err(|e| format!("chart `{}`: {e}", def.id))?;
    }
    let g = Geo::new(layout, def.id);
    let mut cv = Canvas::new(g.width);
    let title = def.title_in(lang).to_string();
    let source = def.source_in(lang).to_string();
    let mut y = g.pad;
    if standalone {
        for line in text::wrap(&title, g.title, g.content) {
            cv.bold_text(g.pad, y + g.title_line / 2.0, &line, g.title, Anchor::Start, Paint::title());
            y += g.title_line;
        }
        y += 8.0;
    }
    let body = match def.kind {
        Kind::Bars { items, order, labels } => bars::draw(&mut cv, &g, y, def, cat, lang, items, order, labels)?,
        Kind::Shares { items } => bars::shares(&mut cv, &g, y, def, cat, lang, items)?,
        Kind::Pairs { rows } => pairs::draw(&mut cv, &g, y, def, cat, lang, rows)?,
        Kind::Progress { goal, done, remaining } => progress::draw(&mut cv, &g, y, def, cat, lang, goal, done, remaining)?,
        Kind::Numbers { items } => numbers::draw(&mut cv, &g, y, def, cat, lang, items)?,
    };
    y = body.bottom;
    if standalone {
        y += 6.0;
        y = notes(&mut cv, &g, y, &[source.clone(), address.unwrap_or_default().to_string()]);
    }
    let height = (y + g.pad).ceil() as u32;
    if standalone {
        // Exported files are viewed on their own, often on black: give them the app's surface.
        cv.underlay(0.0, 0.0, g.width as f64, height as f64, Paint::background());
    }
    let tree = number_tree(Node {
        id: format!("{}--summary", g.ids),
        kind: NodeKind::Summary,
        level: 1,
        label: body.summary.clone(),
        figure: None,
        bbox: None,
        children: body.nodes,
    });
    let svg = cv.finish(height, def.id, &title, &body.summary, (!standalone).then_some(&tree))?;
    Ok(Rendered {
        svg,
        width: g.width,
        height,
        rows: body.rows,
        summary: body.summary,
        tree,
        title,
        source,
    })
}

/// Sets each node's level from its depth.
fn number_tree(mut n: Node) -> Node {
    fn set(n: &mut Node, level: u8) {
        n.level = level;
        for c in &mut n.children {
            set(c, level + 1);
        }
    }
    set(&mut n, 1);
    n
}

/// What a layout returns to [`render_with`].
pub(crate) struct Body {
    pub bottom: f64,
    pub rows: Vec<Row>,
    pub summary: String,
    /// The summary's children.
    pub nodes: Vec<Node>,
}

// Type sizes in CSS px at the layout's narrowest width (see "Type size"); never under 12.
pub(crate) const MIN_CSS_PX: f64 = 12.0;
/// The largest running text an embed shows, CSS px ([`Layout::max_css_px`]): about the size of
/// the embed's title, so the drawing reads as part of the article and not as a poster.
pub const MAX_CSS_PX: f64 = 16.0;
const LABEL_PX: f64 = 13.0;
const VALUE_PX: f64 = 13.0;
const NOTE_PX: f64 = MIN_CSS_PX;
const BIG_PX: f64 = 22.0;
const TITLE_PX: f64 = 16.0;

/// Horizontal geometry and type of a layout, in viewBox units.
pub(crate) struct Geo {
    /// Labels above their marks (the phone and narrow layouts).
    pub phone: bool,
    /// What the tree's ids start with: the chart's id, and `-phone` or `-narrow` for those
    /// layouts, since a page carries a chart in several layouts and an id names one element.
    pub ids: String,
    pub width: u32,
    pub pad: f64,
    /// Width inside the padding.
    pub content: f64,
    pub label: f64,
    pub label_line: f64,
    pub value: f64,
    pub note: f64,
    pub note_line: f64,
    pub big: f64,
    pub title: f64,
    pub title_line: f64,
}

impl Geo {
    fn new(layout: Layout, chart: &str) -> Geo {
        let width = layout.width();
        let pad = match layout {
            Layout::Narrow => 8.0,
            Layout::Phone => 10.0,
            Layout::Desktop => 16.0,
        };
        let u = |px| layout.units(px);
        Geo {
            phone: layout != Layout::Desktop,
            ids: match layout {
                Layout::Desktop => chart.to_string(),
                Layout::Phone => format!("{chart}-phone"),
                Layout::Narrow => format!("{chart}-narrow"),
            },
            width,
            pad,
            content: width as f64 - 2.0 * pad,
            label: u(LABEL_PX),
            label_line: (u(LABEL_PX) * 1.3).round(),
            value: u(VALUE_PX),
            note: u(NOTE_PX),
            note_line: (u(NOTE_PX) * 1.3).round(),
            big: u(BIG_PX),
            title: u(TITLE_PX),
            title_line: (u(TITLE_PX) * 1.3).round(),
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

/// The unit a figure is drawn in, fractions as %.
fn scale_unit(f: &Figure) -> &str {
    if f.base_unit == "ratio" {
        "%"
    } else {
        &f.base_unit
    }
}

/// The unit's English name, which says what is counted (stations, museums, people).
fn counted_en(f: &Figure) -> &str {
    if f.base_unit == "ratio" {
        "%"
    } else {
        &f.unit_en
    }
}

/// One indicator in different years: the id without its year, `-implied` or `-target` parts.
pub fn indicator_stem(id: &str) -> String {
    id.split('-')
        .filter(|w| !(w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())) && *w != "implied" && *w != "target")
        .collect::<Vec<_>>()
        .join("-")
}

/// The like-with-like rule (see the module doc): `Ok` when the figures may share a scale,
/// otherwise why not.
pub fn like_with_like(figs: &[&Figure]) -> Result<(), String> {
    let Some(first) = figs.first() else { return Ok(()) };
    for f in &figs[1..] {
        let why = if f.measure != first.measure {
            Some(format!("{} against {}", f.measure.as_str(), first.measure.as_str()))
        } else if scale_unit(f) != scale_unit(first) || counted_en(f) != counted_en(first) {
            Some(format!("{}/{} against {}/{}", f.base_unit, f.unit_en, first.base_unit, first.unit_en))
        } else if f.counts.is_some() && first.counts.is_some() && f.counts != first.counts {
            Some(format!(
                "{} against {}",
                f.counts.map_or("?", Counts::as_str),
                first.counts.map_or("?", Counts::as_str)
            ))
        } else if f.status != first.status && indicator_stem(&f.id) != indicator_stem(&first.id) {
            Some("a result of one indicator against a target of another".to_string())
        } else {
            None
        };
        if let Some(why) = why {
            return Err(format!("`{}` and `{}` cannot share a scale: {why}", first.id, f.id));
        }
    }
    if figs.len() > 1 {
        if let Some(f) = figs.iter().find(|f| f.counts.is_none()) {
            return Err(format!("`{}` shares a scale but does not say what it counts (`counts`)", f.id));
        }
    }
    Ok(())
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

/// The years a figure covers, for a label: 2023年, 2021–2023年, 2024年目标, 2022年（推算）.
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

/// The years and status in words, for a voice: 2023年实绩, 2021年至2023年实绩, 2024年目标,
/// 2022年推算; 2023 result, 2021 to 2023 result, 2024 target, 2022, implied.
pub(crate) fn spoken_period(f: &Figure, lang: Lang) -> String {
    let years = match (f.since, lang) {
        (Some(s), Lang::Zh) if s != f.year => format!("{s}年至{}年", f.year),
        (Some(s), Lang::En) if s != f.year => format!("{s} to {}", f.year),
        (_, Lang::Zh) => format!("{}年", f.year),
        (_, Lang::En) => f.year.to_string(),
    };
    let status = match (f.is_derived(), f.status, lang) {
        (true, _, Lang::Zh) => "推算",
        (true, _, Lang::En) => ", implied",
        (false, Status::Actual, Lang::Zh) => "实绩",
        (false, Status::Actual, Lang::En) => " result",
        (false, Status::Target, Lang::Zh) => "目标",
        (false, Status::Target, Lang::En) => " target",
    };
    format!("{years}{status}")
}

/// How `to` differs from `from`, said in words: "高1.5个百分点", "about 7 million tonnes below".
/// Percentages differ in percentage points; anything else in the figures' own unit.
pub(crate) fn difference(from: &Figure, to: &Figure, lang: Lang) -> String {
    let (a, b) = (scale_value(from), scale_value(to));
    let rough = from.qualifier != Qualifier::Exact || to.qualifier != Qualifier::Exact;
    let about = if rough { pick(lang, "约", "about ") } else { "" };
    let tolerance = 1e-9 * a.abs().max(b.abs());
    if (b - a).abs() <= tolerance {
        return pick(lang, "持平", "the same").to_string();
    }
    let gap = (b - a).abs();
    let amount = if scale_unit(to) == "%" {
        let pts = trim(gap, 1);
        match lang {
            Lang::Zh => format!("{pts}个百分点"),
            Lang::En => format!("{pts} percentage point{}", if pts == "1" { "" } else { "s" }),
        }
    } else {
        let base = (to.base_value - from.base_value).abs();
        match lang {
            Lang::Zh => zh_amount(base, &to.base_unit).replace('/', "每"),
            Lang::En => en_amount(base, &to.unit_en),
        }
    };
    match (lang, b > a) {
        (Lang::Zh, true) => format!("高{about}{amount}"),
        (Lang::Zh, false) => format!("低{about}{amount}"),
        (Lang::En, true) => format!("{about}{amount} above"),
        (Lang::En, false) => format!("{about}{amount} below"),
    }
}

/// A mark's announcement, whole: label, years and status, value in words and, when `against`
/// is the result a target is paired with, the difference.
/// 煤炭产量，2024年目标，不少于1.4亿吨，比2023年实绩低约700万吨。
/// Coal output, 2024 target, at least 140 million tonnes, about 7 million tonnes below the 2023 result.
pub fn announce(f: &Figure, lang: Lang, against: Option<&Figure>) -> String {
    let mut s = match lang {
        Lang::Zh => format!("{}，{}，{}", label(f, lang), spoken_period(f, lang), spoken_value(f, lang)),
        Lang::En => format!("{}, {}, {}", label(f, lang), spoken_period(f, lang), spoken_value(f, lang)),
    };
    if let Some(a) = against {
        let d = difference(a, f, lang);
        match lang {
            Lang::Zh if d == "持平" => s.push_str(&format!("，与{}持平", spoken_period(a, lang))),
            Lang::Zh => s.push_str(&format!("，比{}{d}", spoken_period(a, lang))),
            Lang::En if d == "the same" => s.push_str(&format!(", the same as the {}", spoken_period(a, lang))),
            Lang::En => s.push_str(&format!(", {d} the {}", spoken_period(a, lang))),
        }
    }
    s.push_str(pick(lang, "。", "."));
    s
}

/// A list in prose: "甲、乙和丙"; "A, B and C".
pub(crate) fn join_words(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => match lang {
            Lang::Zh => format!("{}和{last}", init.join("、")),
            Lang::En => format!("{} and {last}", init.join(", ")),
        },
    }
}

/// A label as the middle of an English sentence: its first letter in lower case, unless the
/// word is a name or an initialism (GDP, PM2.5, Taihang).
pub(crate) fn mid_sentence(label: &str) -> String {
    let mut words = label.splitn(2, ' ');
    let first = words.next().unwrap_or_default();
    let rest = words.next();
    let keep = first.chars().filter(|c| c.is_uppercase()).count() > 1
        || first.chars().any(|c| c.is_ascii_digit())
        || ["Taihang", "Qinhe", "Danhe", "Jincheng", "Qinshui", "Datang", "CPPCC", "People's"].contains(&first);
    let first = if keep {
        first.to_string()
    } else {
        let mut cs = first.chars();
        cs.next().map(|c| c.to_lowercase().chain(cs).collect()).unwrap_or_default()
    };
    match rest {
        Some(r) => format!("{first} {r}"),
        None => first,
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

/// A mark node of the tree for one figure.
pub(crate) fn mark(g: &Geo, f: &Figure, said: String, bbox: (f64, f64, f64, f64)) -> Node {
    Node {
        id: format!("{}--{}", g.ids, f.id),
        kind: NodeKind::Mark,
        level: 0,
        label: said,
        figure: Some(f.id.clone()),
        bbox: Some(bbox),
        children: Vec::new(),
    }
}

/// Muted lines of small text, wrapped to the content width. Returns the new bottom.
pub(crate) fn notes(cv: &mut Canvas, g: &Geo, mut y: f64, notes: &[String]) -> f64 {
    for n in notes {
        for line in text::wrap(n, g.note, g.content) {
            cv.text(g.pad, y + g.note_line / 2.0, &line, g.note, Anchor::Start, Paint::note());
            y += g.note_line;
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
            pick(lang, "推算值（虚线）", "Implied (dashed)").to_string(),
            true,
        ));
    }
    let sw = g.note * 0.9;
    let mut x = g.pad;
    let mut line_y = y;
    for (paint, label, outline) in entries {
        let w = sw + 5.0 + text::width(&label, g.note);
        if x > g.pad && x + w > g.right() {
            x = g.pad;
            line_y += g.note_line + 2.0;
        }
        let cy = line_y + g.note_line / 2.0;
        if outline {
            cv.outline(x, cy - sw / 2.0, x + sw, cy + sw / 2.0, paint);
        } else {
            cv.rect(x, cy - sw / 2.0, x + sw, cy + sw / 2.0, paint);
        }
        cv.text(x + sw + 5.0, cy, &label, g.note, Anchor::Start, Paint::note());
        x += w + 16.0;
    }
    line_y + g.note_line + 8.0
}

/// A bar of the figure's colours: solid for stated figures, pale with a dashed edge for derived.
pub(crate) fn bar(cv: &mut Canvas, f: &Figure, x0: f64, y0: f64, x1: f64, y1: f64) {
    cv.rect(x0, y0, x1, y1, Paint::bar(f.status, f.is_derived(), false));
    if f.is_derived() {
        cv.outline(x0, y0, x1, y1, Paint::edge(f.status));
    }
}
