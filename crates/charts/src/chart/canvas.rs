//! Drawing: plotters primitives into an SVG string, then the few things plotters cannot write.
//!
//! Layout code places every mark itself (plotters cannot measure text without fonts) and hands
//! the canvas positioned primitives. Plotters only knows colours, so each paint (a role such as
//! "2024 target bar" or "value label") is drawn in a private sentinel colour that is replaced
//! afterwards by a class, a CSS custom property with a fallback, and a presentation attribute
//! with the same fallback. The tree of hit areas (see the module doc of `chart`), the root
//! element and `aria-hidden` on every drawn text are written here too, through
//! [`crate::svg::escape`]; text that plotters writes it escapes itself.

use super::{Node, NodeKind};
use crate::svg::escape;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use report::Status;

/// System fonts only: the app ships none, and CJK needs the platform's own.
pub const FONT_STACK: &str =
    "system-ui, -apple-system, \"PingFang SC\", \"Hiragino Sans GB\", \"Noto Sans CJK SC\", \"Microsoft YaHei\", sans-serif";

/// Plotters' SVG backend writes `font-size` as the style's size divided by 1.24.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

/// How a mark is coloured: its class, the custom property it reads and the light-mode fallback.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Paint {
    pub class: String,
    pub var: &'static str,
    pub fallback: &'static str,
    pub dashed: bool,
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Actual => "actual",
        Status::Target => "target",
    }
}

/// The class that colours a mark's `attr` ("fill" or "stroke") with the custom property `var`:
/// `ink-f-c-actual` is `fill: var(--c-actual)` in styles/main.css.
pub fn ink_class(attr: &str, var: &str) -> String {
    format!("ink-{}-{}", &attr[..1], var.trim_start_matches("--"))
}

/// Every custom property a mark can be painted with (the stylesheet has a rule for each; tested).
#[cfg(test)]
pub const INK_VARS: &[&str] = &["--c-actual", "--c-target", "--c-actual-soft", "--c-target-soft", "--muted", "--text", "--surface"];

impl Paint {
    fn new(class: impl Into<String>, var: &'static str, fallback: &'static str) -> Paint {
        Paint {
            class: class.into(),
            var,
            fallback,
            dashed: false,
        }
    }
    fn status_colour(s: Status) -> (&'static str, &'static str) {
        match s {
            Status::Actual => ("--c-actual", "#0072b2"),
            Status::Target => ("--c-target", "#b84a00"),
        }
    }
    /// A bar's fill. Derived figures are not the report's own numbers, so they get the pale
    /// tint of their status (and a dashed edge, see [`Paint::edge`]) rather than solid colour.
    pub fn bar(s: Status, derived: bool, broken: bool) -> Paint {
        let mut class = format!("bar {}", status_class(s));
        if derived {
            class.push_str(" derived");
        }
        if broken {
            class.push_str(" broken");
        }
        let (var, fallback) = match (s, derived) {
            (Status::Actual, true) => ("--c-actual-soft", "#dcecf7"),
            (Status::Target, true) => ("--c-target-soft", "#fbe5d6"),
            (s, false) => Paint::status_colour(s),
        };
        Paint::new(class, var, fallback)
    }
    /// The dashed outline of a derived bar.
    pub fn edge(s: Status) -> Paint {
        let (var, fallback) = Paint::status_colour(s);
        Paint {
            dashed: true,
            ..Paint::new(format!("edge {} derived", status_class(s)), var, fallback)
        }
    }
    /// A pair's result dot or target diamond: pale inside when derived (its edge is drawn too).
    pub fn dot(s: Status, derived: bool) -> Paint {
        let bar = Paint::bar(s, derived, false);
        Paint { class: bar.class.replacen("bar", "dot", 1), ..bar }
    }
    pub fn link() -> Paint {
        Paint::new("link", "--muted", "#55565a")
    }
    /// The outline of a whole (a share's 100 %, a goal).
    pub fn track() -> Paint {
        Paint::new("track", "--muted", "#55565a")
    }
    /// A big number, in its status colour; a derived one muted.
    pub fn big(s: Status, derived: bool) -> Paint {
        let (var, fallback) = if derived { ("--muted", "#55565a") } else { Paint::status_colour(s) };
        Paint::new(format!("big {}", status_class(s)), var, fallback)
    }
    pub fn swatch(s: Status) -> Paint {
        let (var, fallback) = Paint::status_colour(s);
        Paint::new(format!("swatch {}", status_class(s)), var, fallback)
    }
    pub fn swatch_derived() -> Paint {
        Paint {
            dashed: true,
            ..Paint::new("swatch derived", "--muted", "#55565a")
        }
    }
    pub fn axis() -> Paint {
        Paint::new("axis", "--muted", "#55565a")
    }
    pub fn label() -> Paint {
        Paint::new("label", "--text", "#1b1b1b")
    }
    pub fn value() -> Paint {
        Paint::new("value", "--text", "#1b1b1b")
    }
    pub fn note() -> Paint {
        Paint::new("note", "--muted", "#55565a")
    }
    pub fn title() -> Paint {
        Paint::new("title", "--text", "#1b1b1b")
    }
    pub fn background() -> Paint {
        Paint::new("background", "--surface", "#ffffff")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Start,
    End,
}

enum Op {
    Rect {
        a: (i32, i32),
        b: (i32, i32),
        paint: usize,
        filled: bool,
    },
    Polygon {
        points: Vec<(i32, i32)>,
        paint: usize,
    },
    Line {
        points: Vec<(i32, i32)>,
        paint: usize,
        width: u32,
    },
    Circle {
        c: (i32, i32),
        r: i32,
        paint: usize,
        filled: bool,
    },
    Text {
        x: i32,
        y: i32,
        text: String,
        size: f64,
        anchor: Anchor,
        paint: usize,
        bold: bool,
    },
}

pub(crate) struct Canvas {
    pub width: u32,
    paints: Vec<Paint>,
    ops: Vec<Op>,
}

/// Pixel positions are integers in plotters' backend; rounding once here keeps layout in f64.
fn px(v: f64) -> i32 {
    v.round() as i32
}

impl Canvas {
    pub fn new(width: u32) -> Canvas {
        Canvas {
            width,
            paints: Vec::new(),
            ops: Vec::new(),
        }
    }

    fn paint(&mut self, p: Paint) -> usize {
        match self.paints.iter().position(|q| *q == p) {
            Some(i) => i,
            None => {
                self.paints.push(p);
                self.paints.len() - 1
            }
        }
    }

    fn rect_op(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, p: Paint, filled: bool) -> Op {
        let paint = self.paint(p);
        Op::Rect { a: (px(x0), px(y0)), b: (px(x1), px(y1)), paint, filled }
    }

    pub fn rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, p: Paint) {
        let op = self.rect_op(x0, y0, x1, y1, p, true);
        self.ops.push(op);
    }

    /// A filled rectangle below everything drawn so far.
    pub fn underlay(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, p: Paint) {
        let op = self.rect_op(x0, y0, x1, y1, p, true);
        self.ops.insert(0, op);
    }

    pub fn outline(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, p: Paint) {
        let op = self.rect_op(x0, y0, x1, y1, p, false);
        self.ops.push(op);
    }

    pub fn polygon(&mut self, points: &[(f64, f64)], p: Paint) {
        let paint = self.paint(p);
        self.ops.push(Op::Polygon {
            points: points.iter().map(|&(x, y)| (px(x), px(y))).collect(),
            paint,
        });
    }

    pub fn line(&mut self, points: &[(f64, f64)], p: Paint) {
        self.thick_line(points, p, 1);
    }

    pub fn thick_line(&mut self, points: &[(f64, f64)], p: Paint, width: u32) {
        let paint = self.paint(p);
        self.ops.push(Op::Line {
            points: points.iter().map(|&(x, y)| (px(x), px(y))).collect(),
            paint,
            width,
        });
    }

    pub fn circle(&mut self, cx: f64, cy: f64, r: f64, p: Paint, filled: bool) {
        let paint = self.paint(p);
        self.ops.push(Op::Circle { c: (px(cx), px(cy)), r: px(r), paint, filled });
    }

    /// One line of text, vertically centred on `y`.
    pub fn text(&mut self, x: f64, y: f64, text: &str, size: f64, anchor: Anchor, p: Paint) {
        self.text_op(x, y, text, size, anchor, p, false);
    }

    pub fn bold_text(&mut self, x: f64, y: f64, text: &str, size: f64, anchor: Anchor, p: Paint) {
        self.text_op(x, y, text, size, anchor, p, true);
    }

    #[allow(clippy::too_many_arguments)]
    fn text_op(&mut self, x: f64, y: f64, text: &str, size: f64, anchor: Anchor, p: Paint, bold: bool) {
        let paint = self.paint(p);
        self.ops.push(Op::Text { x: px(x), y: px(y), text: text.to_string(), size, anchor, paint, bold });
    }

    /// Sentinel colours: never seen by readers, replaced in [`Canvas::finish`].
    fn sentinel(i: usize) -> RGBColor {
        RGBColor(0x0b, 0xc0 + (i >> 8) as u8, (i & 0xff) as u8)
    }

    fn sentinel_hex(i: usize) -> String {
        let c = Canvas::sentinel(i);
        format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
    }

    fn plot(&self, height: u32) -> Result<String, String> {
        let mut s = String::new();
        {
            let root = SVGBackend::with_string(&mut s, (self.width, height)).into_drawing_area();
            let err = |e: DrawingAreaErrorKind<_>| format!("drawing failed: {e:?}");
            for op in &self.ops {
                match op {
                    Op::Rect { a, b, paint, filled } => {
                        let c = Canvas::sentinel(*paint);
                        let style = if *filled { c.filled() } else { c.stroke_width(1) };
                        root.draw(&Rectangle::new([*a, *b], style)).map_err(err)?;
                    }
                    Op::Polygon { points, paint } => {
                        root.draw(&Polygon::new(points.clone(), Canvas::sentinel(*paint).filled()))
                            .map_err(err)?;
                    }
                    Op::Line { points, paint, width } => {
                        root.draw(&PathElement::new(
                            points.clone(),
                            Canvas::sentinel(*paint).stroke_width(*width),
                        ))
                        .map_err(err)?;
                    }
                    Op::Circle { c, r, paint, filled } => {
                        let col = Canvas::sentinel(*paint);
                        let style = if *filled { col.filled() } else { col.stroke_width(1) };
                        root.draw(&Circle::new(*c, *r, style)).map_err(err)?;
                    }
                    Op::Text {
                        x,
                        y,
                        text,
                        size,
                        anchor,
                        paint,
                        bold,
                    } => {
                        let h = match anchor {
                            Anchor::Start => HPos::Left,
                            Anchor::End => HPos::Right,
                        };
                        let weight = if *bold { FontStyle::Bold } else { FontStyle::Normal };
                        let font = FontDesc::new(FontFamily::Name(FONT_STACK), size * PLOTTERS_FONT_SCALE, weight);
                        let colour = Canvas::sentinel(*paint);
                        let style = TextStyle::from(font).pos(Pos::new(h, VPos::Center)).color(&colour);
                        root.draw(&Text::new(text.as_str(), (*x, *y), style)).map_err(err)?;
                    }
                }
            }
            root.present().map_err(|e| format!("drawing failed: {e:?}"))?;
        }
        Ok(s)
    }

    /// The finished SVG: plotters' marks with paints resolved and their text hidden from
    /// assistive technology, then the tree of hit areas, under a root element sized by its
    /// viewBox alone (the app sets the width with CSS). Without a tree (the export), the root is
    /// one image named by the summary.
    pub fn finish(&self, height: u32, chart_id: &str, title: &str, summary: &str, tree: Option<&Node>) -> Result<String, String> {
        let raw = self.plot(height)?;
        let body_start = raw.find(">\n").map(|i| i + 2).ok_or("plotters wrote no root element")?;
        let body_end = raw.rfind("</svg>").ok_or("plotters wrote no closing tag")?;
        let mut body = raw[body_start..body_end].to_string();
        for (i, p) in self.paints.iter().enumerate() {
            let hex = Canvas::sentinel_hex(i);
            let dash = if p.dashed { " stroke-dasharray=\"4 3\"" } else { "" };
            for attr in ["fill", "stroke"] {
                let from = format!("{attr}=\"{hex}\"");
                // No style attribute (the page's CSP allows none): the class `ink-<f|s>-<var>`
                // takes the colour from the stylesheet, the attribute is the fallback.
                let to = format!(
                    "{attr}=\"{fb}\" class=\"{class} {ink}\"{dash}",
                    fb = p.fallback,
                    class = escape(&p.class),
                    ink = ink_class(attr, p.var),
                );
                body = body.replace(&from, &to);
            }
        }
        // Drawn text repeats what the tree says: hidden, so that nothing is heard twice.
        let body = round_font_sizes(&body).replace("<text ", "<text aria-hidden=\"true\" ");
        let mut out = match tree {
            Some(_) => format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {height}\" role=\"tree\" aria-label=\"{label}\" tabindex=\"0\" class=\"chart-svg-root\" data-chart=\"{id}\">\n",
                w = self.width,
                label = escape(title),
                id = escape(chart_id),
            ),
            None => format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {height}\" width=\"{w}\" height=\"{height}\" role=\"img\" aria-label=\"{label}\" class=\"chart-svg-root\" data-chart=\"{id}\">\n",
                w = self.width,
                label = escape(summary),
                id = escape(chart_id),
            ),
        };
        out.push_str(&body);
        if let Some(tree) = tree {
            // No role of its own (`none`): the summary's treeitem must sit directly in the tree.
            out.push_str("<g class=\"hits\" role=\"none\">\n");
            write_node(&mut out, tree, 1, 1);
            out.push_str("</g>\n");
        }
        out.push_str("</svg>\n");
        Ok(out)
    }
}

/// One node of the tree as a `treeitem`: a mark is a transparent rectangle over its marks; the
/// summary and an indicator are groups holding their children.
fn write_node(out: &mut String, n: &Node, pos: usize, size: usize) {
    let common = format!(
        "id=\"{id}\" role=\"treeitem\" aria-level=\"{level}\" aria-posinset=\"{pos}\" aria-setsize=\"{size}\" aria-label=\"{label}\"",
        id = escape(&n.id),
        level = n.level,
        label = escape(&n.label),
    );
    if n.kind == NodeKind::Mark {
        let (x, y, w, h) = n.bbox.unwrap_or_default();
        out.push_str(&format!(
            "<rect class=\"hit\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" pointer-events=\"all\" data-figure=\"{}\" {common}/>\n",
            px(x),
            px(y),
            px(x + w) - px(x),
            px(y + h) - px(y),
            escape(n.figure.as_deref().unwrap_or_default()),
        ));
        return;
    }
    let class = if n.kind == NodeKind::Summary { "hit summary" } else { "hit group" };
    out.push_str(&format!("<g class=\"{class}\" {common} aria-expanded=\"true\">\n<g role=\"group\">\n"));
    for (i, c) in n.children.iter().enumerate() {
        write_node(out, c, i + 1, n.children.len());
    }
    out.push_str("</g>\n</g>\n");
}

/// Undoes plotters' 1.24 scaling noise (13 × 1.24 / 1.24 = 13.000000000000002).
fn round_font_sizes(s: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(KEY) {
        out.push_str(&rest[..i + KEY.len()]);
        rest = &rest[i + KEY.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        match rest[..end].parse::<f64>() {
            Ok(v) => out.push_str(&report::format::trim(v, 2)),
            Err(_) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
