//! Images people pass on: the report at a glance (一图读懂), one figure's card, and every page's
//! link preview. Pure functions from the catalogue to SVG, one implementation for both places
//! that make pictures of them: the build rasterises the long image and the previews (`raster`,
//! feature `ssr`), whose every word and address it knows; the browser rasterises a figure's card
//! when a reader asks for it (`browser::png_blob`), since 250 figures in two languages are too
//! many files to write for the few that are passed on.
//!
//! Rules:
//! - Every number is a catalogue figure, written by `report::figure_text` as the app writes it;
//!   each text that shows one carries its id (`data-figure`), so that a test can hold every
//!   number of an image against the catalogue. What is chosen comes from the view models the
//!   overview uses (`headlines`, `battles`): one editorial choice, not a second list here.
//! - Every image names its source (the report's title, who delivered it and the year, from the
//!   catalogue), and the shared ones carry a QR code of the address they lead to, which the
//!   caller gives: the browser knows where it is served, the build only when told (`SITE_URL`).
//!   Without an address an image carries no code: a code that opens the wrong place, or none,
//!   is worse than the report's name, which anyone can search for.
//! - Colours are the light theme's (the charts' fallbacks, tested equal to `styles/main.css`):
//!   an image is seen outside the page, usually on white. Text is laid out with the charts'
//!   width estimate (`charts::chart::text`), which errs wide, so nothing overflows whatever
//!   font the rasteriser finds.
//! - Sizes: the long image and the card are 1080 px wide, a phone screen's width at 3× in
//!   chat apps, and at most 500 KB as PNG (tested: `raster` for the long image, the end-to-end
//!   tests for the card); previews are 1200×630, the size Open Graph consumers crop from.

use crate::i18n::{pick, t, Lang};
use crate::model::battles::Battle;
use charts::chart::text::{width, wrap};
use charts::svg::escape;
use report::figure_text::card;
use report::{Catalogue, Figure, Status};
use std::fmt::Write;

/// An SVG document with its intrinsic size.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    /// What it shows, in words (its `aria-label`; a preview's `og:image:alt`).
    pub alt: String,
}

/// The long image's and the card's width.
pub const TALL_WIDTH: u32 = 1080;
/// The most a shared image (the long image, a card) may weigh as PNG: what chat apps pass on as
/// an image, untouched.
pub const MAX_BYTES: usize = 500 * 1024;
/// A link preview's size.
pub const PREVIEW: (u32, u32) = (1200, 630);

/// A light-theme colour by its custom property, from the charts' fallbacks.
fn colour(var: &str) -> &'static str {
    charts::chart::paint_fallbacks().into_iter().find(|(v, _)| *v == var).map_or("#1b1b1b", |(_, c)| c)
}

struct Ink {
    text: &'static str,
    muted: &'static str,
    surface: &'static str,
    actual: &'static str,
    target: &'static str,
    actual_soft: &'static str,
    target_soft: &'static str,
}

fn ink() -> Ink {
    // The soft tints are the derived bars' fills (`Paint::bar`), which read the same properties.
    let soft = |s: Status| {
        let p = charts::chart::paint_fallbacks();
        let var = match s {
            Status::Actual => "--c-actual-soft",
            Status::Target => "--c-target-soft",
        };
        p.into_iter().find(|(v, _)| *v == var).map_or("#eeeeee", |(_, c)| c)
    };
    Ink {
        text: colour("--text"),
        muted: colour("--muted"),
        surface: colour("--surface"),
        actual: colour("--c-actual"),
        target: colour("--c-target"),
        actual_soft: soft(Status::Actual),
        target_soft: soft(Status::Target),
    }
}

impl Ink {
    fn of(&self, s: Status) -> (&'static str, &'static str) {
        match s {
            Status::Actual => (self.actual, self.actual_soft),
            Status::Target => (self.target, self.target_soft),
        }
    }
}

/// The SVG being written: body text and the running height.
struct Sheet {
    body: String,
    width: f64,
}

#[derive(Clone, Copy)]
enum Align {
    Start,
    Middle,
}

impl Sheet {
    fn new(width: u32) -> Sheet {
        Sheet { body: String::new(), width: width as f64 }
    }
    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, r: f64, fill: &str) {
        let _ = write!(self.body, "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{r}\" fill=\"{fill}\"/>");
    }
    /// One line of text with its baseline at `y`; `figure` names the figure whose value it shows.
    fn text(&mut self, x: f64, y: f64, size: f64, bold: bool, fill: &str, align: Align, s: &str, figure: Option<&str>) {
        let anchor = match align {
            Align::Start => "",
            Align::Middle => " text-anchor=\"middle\"",
        };
        let weight = if bold { " font-weight=\"700\"" } else { "" };
        let fig = figure.map(|f| format!(" data-figure=\"{}\"", escape(f))).unwrap_or_default();
        let _ = write!(self.body, "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\"{weight} fill=\"{fill}\"{anchor}{fig}>{}</text>", escape(s));
    }
    /// `s` wrapped to `max` px, lines `line` apart, the first baseline at `y`; returns the
    /// baseline after the last line.
    fn para(&mut self, x: f64, y: f64, size: f64, line: f64, max: f64, bold: bool, fill: &str, s: &str) -> f64 {
        let mut y = y;
        for l in wrap(s, size, max) {
            self.text(x, y, size, bold, fill, Align::Start, &l, None);
            y += line;
        }
        y
    }
    fn finish(self, height: f64, label: &str) -> Image {
        let (w, h) = (self.width as u32, height.ceil() as u32);
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{label}\" font-family=\"{font}\"><rect width=\"{w}\" height=\"{h}\" fill=\"{bg}\"/>{body}</svg>",
            label = escape(label),
            font = escape(charts::chart::FONT_STACK),
            bg = ink().surface,
            body = self.body,
        );
        Image { svg, width: w, height: h, alt: label.to_string() }
    }
}

/// The largest size ≤ `max` at which `s` fits in `room` px.
fn fit(s: &str, max: f64, room: f64) -> f64 {
    let w = width(s, 1.0);
    if w <= 0.0 {
        max
    } else {
        (room / w).min(max).floor()
    }
}

/// An aim standing on its own line starts with a capital (the English is written to follow
/// "Aim:").
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Where a chart is read in the app, below the site's root (`zh/sectors/#coal-output`): the
/// address its exported drawings and its link preview carry.
pub fn chart_href(def: &charts::chart::ChartDef, lang: Lang) -> String {
    use crate::route::{Page, Route};
    let route = match def.view {
        charts::chart::View::Compare => Route::Compare,
        charts::chart::View::Sectors => Route::Sectors,
    };
    Page::new(lang, route).href_to(def.id)
}

/// The report as the source line names it: 《title》, who delivered it, the year.
pub fn source_line(cat: &Catalogue, lang: Lang) -> String {
    let s = &cat.source;
    match lang {
        Lang::Zh => format!("来源：《{}》，{}，{}年", s.title_zh, s.author_zh, s.year),
        Lang::En => format!("Source: {}, {}, {}", s.title_en, s.author_en, s.year),
    }
}

const PAD: f64 = 64.0;

/// The band at the top of the shared images: a kicker and the report's name.
fn masthead(sh: &mut Sheet, cat: &Catalogue, lang: Lang, kicker: &str) -> f64 {
    let k = ink();
    let content = sh.width - 2.0 * PAD;
    let title = pick(lang, &cat.source.title_zh, &cat.source.title_en).to_string();
    let title_size = 64.0;
    let lines = wrap(&title, title_size, content);
    let band = 96.0 + 56.0 + lines.len() as f64 * 80.0 + 40.0;
    sh.rect(0.0, 0.0, sh.width, band, 0.0, k.actual);
    sh.text(PAD, 104.0, 40.0, true, k.surface, Align::Start, kicker, None);
    let mut y = 104.0 + 96.0;
    for l in &lines {
        sh.text(PAD, y, title_size, true, k.surface, Align::Start, l, None);
        y += 80.0;
    }
    band
}

/// A section's heading: a coloured bar and the words; returns where its content starts.
fn heading(sh: &mut Sheet, y: f64, colour: &str, s: &str) -> f64 {
    let k = ink();
    sh.rect(PAD, y, 12.0, 48.0, 3.0, colour);
    sh.text(PAD + 32.0, y + 40.0, 44.0, true, k.text, Align::Start, s, None);
    y + 48.0 + 36.0
}

/// Figure cards two by two: value big in its status's colour, label below. Returns the bottom.
fn card_grid(sh: &mut Sheet, y: f64, figs: &[&Figure], lang: Lang) -> f64 {
    let k = ink();
    let gap = 24.0;
    let w = (sh.width - 2.0 * PAD - gap) / 2.0;
    let inner = w - 2.0 * 32.0;
    let (label_size, label_line) = (28.0, 38.0);
    let mut y = y;
    for row in figs.chunks(2) {
        let lines = row.iter().map(|f| wrap(&card(f, lang).label, label_size, inner).len()).max().unwrap_or(1) as f64;
        let h = 40.0 + 72.0 + 20.0 + lines * label_line + 24.0;
        for (i, f) in row.iter().enumerate() {
            let c = card(f, lang);
            let (strong, soft) = k.of(f.status);
            let x = PAD + i as f64 * (w + gap);
            sh.rect(x, y, w, h, 16.0, soft);
            let size = fit(&c.value, 72.0, inner);
            sh.text(x + 32.0, y + 40.0 + 60.0, size, true, strong, Align::Start, &c.value, Some(&f.id));
            sh.para(x + 32.0, y + 40.0 + 72.0 + 20.0 + label_size, label_size, label_line, inner, false, k.text, &c.label);
        }
        y += h + gap;
    }
    y
}

/// The footer of a shared image: the source line, and a QR code of `address` with what it
/// opens (`scan`, in bold, and `more`, a line that may be empty); the source line alone without
/// an address.
fn footer(sh: &mut Sheet, y: f64, cat: &Catalogue, lang: Lang, address: Option<&str>, scan: &str, more: &str) -> f64 {
    let k = ink();
    let content = sh.width - 2.0 * PAD;
    sh.rect(PAD, y, content, 2.0, 0.0, k.muted);
    let y = sh.para(PAD, y + 56.0, 28.0, 40.0, content, false, k.muted, &source_line(cat, lang));
    let Some(address) = address else { return y + 40.0 };
    let qr = 240.0;
    let top = y + 8.0;
    sh.body.push_str(&crate::qr::placed(address, PAD - 16.0, top, qr));
    let x = PAD + qr + 16.0;
    let room = sh.width - PAD - x;
    let mut ty = sh.para(x, top + 72.0, 36.0, 48.0, room, true, k.text, scan);
    if !more.is_empty() {
        ty = sh.para(x, ty, 28.0, 38.0, room, false, k.text, more);
    }
    ty = sh.para(x, ty + 8.0, 24.0, 32.0, room, false, k.muted, address);
    ty.max(top + qr) + 40.0
}

/// Where the build writes the long image of `lang`, below the site's root: beside the overview
/// it summarises (`zh/glance.png`), so that its address reads as that page's picture.
pub fn glance_file(lang: Lang) -> String {
    use crate::route::{Page, Route};
    format!("{}glance.png", Page::new(lang, Route::Overview).href())
}

/// The name the long image is saved and shared under: the report's, the year's and the
/// language's, since a file in a chat or a downloads folder has nothing else around it.
pub fn glance_name(lang: Lang) -> String {
    format!("jincheng-2024-glance-{}.png", lang.code())
}

/// The report at a glance: the 2023 results and 2024 targets the overview leads with, and the
/// ten battles, each with its headline target; a QR code of `address` (the overview's page),
/// when there is one.
pub fn glance(cat: &Catalogue, battles: &[Battle], lang: Lang, address: Option<&str>) -> Result<Image, String> {
    use crate::model::headlines::{resolve, RESULTS_2023, TARGETS_2024};
    let s = t(lang);
    let k = ink();
    let results = resolve(cat, RESULTS_2023)?;
    let targets = resolve(cat, TARGETS_2024)?;
    let mut sh = Sheet::new(TALL_WIDTH);
    let content = sh.width - 2.0 * PAD;
    let mut y = masthead(&mut sh, cat, lang, pick(lang, "一图读懂", "At a glance"));
    y += 64.0;
    y = heading(&mut sh, y, k.actual, s.results_2023);
    y = card_grid(&mut sh, y, &results, lang) + 40.0;
    y = heading(&mut sh, y, k.target, s.targets_2024);
    y = card_grid(&mut sh, y, &targets, lang) + 40.0;
    y = heading(&mut sh, y, k.target, pick(lang, "2024年的十大战役", "The ten battles of 2024"));
    for b in battles {
        let (name, aim) = match lang {
            Lang::Zh => (b.name.clone(), b.aim.clone()),
            Lang::En => (cat.heading_en(2, Some(b.number)).unwrap_or(&b.name).to_string(), capitalised(cat.aim_en(b.number).unwrap_or_default())),
        };
        let x = PAD + 88.0;
        let room = content - 88.0;
        // The number in a disc, the name, the aim, and the battle's headline target.
        let _ = write!(sh.body, "<circle cx=\"{}\" cy=\"{}\" r=\"30\" fill=\"{}\"/>", PAD + 30.0, y + 26.0, k.target);
        sh.text(PAD + 30.0, y + 38.0, 32.0, true, k.surface, Align::Middle, &b.number.to_string(), None);
        let mut ty = sh.para(x, y + 38.0, 36.0, 46.0, room, true, k.text, &name);
        if !aim.is_empty() {
            ty = sh.para(x, ty + 2.0, 26.0, 36.0, room, false, k.muted, &aim);
        }
        let headline = b.targets.iter().find(|f| !b.investments.iter().any(|(i, n)| i.id == f.id || n.is_some_and(|n| n.id == f.id)));
        if let Some(f) = headline.or(b.investments.first().map(|(f, _)| f)) {
            let c = card(f, lang);
            let label = format!("{}{}", c.label, pick(lang, "：", ":"));
            let mut lines = wrap(&label, 28.0, room);
            // Wrapping drops a line's trailing space: the one before the value is put back.
            let last = format!("{}{}", lines.pop().unwrap_or_default(), pick(lang, "", " "));
            let mut base = ty + 6.0;
            for l in &lines {
                sh.text(x, base, 28.0, false, k.text, Align::Start, l, None);
                base += 38.0;
            }
            // The value ends the label's last line where it fits, placed where the font puts it
            // (a tspan), not where the wide estimate would: a value alone on a line reads as a
            // figure of its own. Else it takes the next line.
            if width(&last, 28.0) + width(&c.value, 30.0) <= room {
                let _ = write!(
                    sh.body,
                    "<text x=\"{x}\" y=\"{base}\" font-size=\"28\" fill=\"{}\">{}<tspan font-size=\"30\" font-weight=\"700\" fill=\"{}\" data-figure=\"{}\">{}</tspan></text>",
                    k.text,
                    escape(&last),
                    k.target,
                    escape(&f.id),
                    escape(&c.value)
                );
            } else {
                sh.text(x, base, 28.0, false, k.text, Align::Start, last.trim_end(), None);
                base += 38.0;
                sh.text(x, base, 30.0, true, k.target, Align::Start, &c.value, Some(&f.id));
            }
            ty = base + 36.0;
        }
        y = ty.max(y + 60.0) + 28.0;
    }
    y += 24.0;
    let scan = pick(lang, "扫码查看完整图解", "Scan for the full visual report");
    let more = pick(lang, "每个数字都链接到报告原文", "Every figure linked to the report's words");
    let h = footer(&mut sh, y, cat, lang, address, scan, more);
    Ok(sh.finish(h, &format!("{} · {}", pick(lang, "一图读懂", "At a glance"), pick(lang, &cat.source.title_zh, &cat.source.title_en))))
}

/// One figure as a card to pass on: its label and value, the sentence of the report that states
/// it, the source, and a QR code of `address` (that sentence's place in the report). Derived
/// figures have no sentence of their own: None.
pub fn figure_card(cat: &Catalogue, f: &Figure, lang: Lang, address: &str) -> Option<Image> {
    if f.is_derived() {
        return None;
    }
    let k = ink();
    let c = card(f, lang);
    let (strong, soft) = k.of(f.status);
    let mut sh = Sheet::new(TALL_WIDTH);
    let content = sh.width - 2.0 * PAD;
    let mut y = masthead(&mut sh, cat, lang, t(lang).title) + 72.0;
    sh.text(PAD, y, 32.0, true, strong, Align::Start, &c.status, None);
    y = sh.para(PAD, y + 72.0, 52.0, 66.0, content, true, k.text, &c.label);
    let size = fit(&c.value, 150.0, content);
    sh.text(PAD, y + size * 0.9, size, true, strong, Align::Start, &c.value, Some(&f.id));
    y += size * 0.9 + 40.0;
    if let Some(w) = &c.written {
        sh.text(PAD, y + 30.0, 30.0, false, k.muted, Align::Start, &format!("{}{w}", pick(lang, "原文写作：", "As written: ")), None);
        y += 56.0;
    }
    // The sentence: the report's own words, in Chinese in both languages.
    let quote = report::figure_text::quoted(&f.quote);
    let lines = wrap(&quote, 36.0, content - 72.0);
    let box_h = 48.0 + 56.0 + lines.len() as f64 * 54.0 + 24.0;
    y += 24.0;
    sh.rect(PAD, y, content, box_h, 16.0, soft);
    sh.rect(PAD, y, 10.0, box_h, 3.0, strong);
    sh.text(PAD + 40.0, y + 60.0, 28.0, true, k.muted, Align::Start, pick(lang, "报告原文", "The report's sentence"), None);
    let mut qy = y + 60.0 + 62.0;
    for l in lines {
        sh.text(PAD + 40.0, qy, 36.0, false, k.text, Align::Start, &l, None);
        qy += 54.0;
    }
    y += box_h + 56.0;
    let scan = pick(lang, "扫码在报告原文中查看这句话", "Scan to read this sentence in the report");
    let h = footer(&mut sh, y, cat, lang, Some(address), scan, "");
    Some(sh.finish(h, &format!("{}：{}", c.label, c.spoken)))
}

/// The inside of an SVG document (what its root element holds) and its viewBox size.
fn inside(svg: &str) -> Option<(&str, f64, f64)> {
    let open = svg.find("<svg")?;
    let tag_end = open + svg[open..].find('>')? + 1;
    let tag = &svg[open..tag_end];
    let vb = tag.split("viewBox=\"").nth(1)?.split('"').next()?;
    let n: Vec<f64> = vb.split_whitespace().filter_map(|v| v.parse().ok()).collect();
    let close = svg.rfind("</svg>")?;
    Some((&svg[tag_end..close], *n.get(2)?, *n.get(3)?))
}

/// `drawing` fitted (aspect kept, centred) into the box at (x, y) of w × h.
fn place(sh: &mut Sheet, drawing: &str, x: f64, y: f64, w: f64, h: f64) {
    if let Some((body, dw, dh)) = inside(drawing) {
        let _ = write!(sh.body, "<svg x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {dw} {dh}\" preserveAspectRatio=\"xMidYMid meet\">{body}</svg>");
    }
}

/// The strip at the foot of a preview: the site's name and the source.
fn preview_strip(sh: &mut Sheet, cat: &Catalogue, lang: Lang) -> f64 {
    let k = ink();
    let (w, h) = (PREVIEW.0 as f64, PREVIEW.1 as f64);
    let strip = 64.0;
    sh.rect(0.0, h - strip, w, strip, 0.0, k.actual);
    let src = source_line(cat, lang);
    let name = t(lang).title;
    let beside = w - 80.0 - width(name, 26.0) - 40.0;
    // The site's name and the source side by side where both fit at a readable size; else the
    // source alone, which names the report too.
    if width(&src, 18.0) <= beside {
        sh.text(40.0, h - strip + 42.0, 26.0, true, k.surface, Align::Start, name, None);
        let size = fit(&src, 20.0, beside);
        let _ = write!(sh.body, "<text x=\"{}\" y=\"{}\" font-size=\"{size}\" fill=\"{}\" text-anchor=\"end\">{}</text>", w - 40.0, h - strip + 40.0, k.surface, escape(&src));
    } else {
        sh.text(40.0, h - strip + 40.0, fit(&src, 22.0, w - 80.0), false, k.surface, Align::Start, &src, None);
    }
    h - strip
}

/// A preview made of one drawing (a chart's standalone SVG, the map): fitted above the strip.
pub fn preview_of(cat: &Catalogue, lang: Lang, drawing: &str, label: &str) -> Image {
    let mut sh = Sheet::new(PREVIEW.0);
    let bottom = preview_strip(&mut sh, cat, lang);
    place(&mut sh, drawing, 40.0, 24.0, PREVIEW.0 as f64 - 80.0, bottom - 48.0);
    sh.finish(PREVIEW.1 as f64, label)
}

/// How small a chart's drawing may be scaled into a preview before its words stop reading at a
/// thumbnail's size (previews are shown a third to a half of their 1200 px): a tall chart is
/// told in words instead.
const MIN_DRAWING_SCALE: f64 = 0.9;

/// A chart's preview: its drawing where it fits large enough to read, else its title and its
/// editor's summary (the same sentence the chart's card opens with).
pub fn preview_chart(cat: &Catalogue, lang: Lang, drawing: &str, title: &str, summary: &str) -> Image {
    let label = format!("{title}{}{summary}", pick(lang, "：", ": "));
    let (bw, bh) = (PREVIEW.0 as f64 - 80.0, PREVIEW.1 as f64 - 64.0 - 48.0);
    let fits = inside(drawing).is_some_and(|(_, dw, dh)| (bw / dw).min(bh / dh) >= MIN_DRAWING_SCALE);
    if fits {
        return preview_of(cat, lang, drawing, &label);
    }
    let k = ink();
    let mut sh = Sheet::new(PREVIEW.0);
    let bottom = preview_strip(&mut sh, cat, lang);
    let (w, pad) = (PREVIEW.0 as f64, 56.0);
    let room = w - 2.0 * pad;
    let mut y = pad + 26.0;
    sh.text(pad, y, 26.0, true, k.actual, Align::Start, t(lang).title, None);
    y += 30.0;
    let title_size = fit(title, 56.0, room).max(36.0);
    for l in wrap(title, title_size, room).into_iter().take(2) {
        y += title_size * 1.2;
        sh.text(pad, y, title_size, true, k.text, Align::Start, &l, None);
    }
    y += 24.0;
    // The summary whole at the largest size that fits; at the smallest, what fits, marked cut.
    let space = bottom - 32.0 - y;
    let (size, mut lines) = [32.0, 28.0, 25.0, 22.0]
        .into_iter()
        .map(|size| (size, wrap(summary, size, room)))
        .find(|(size, lines)| lines.len() as f64 * size * 1.4 <= space)
        .unwrap_or_else(|| (22.0, wrap(summary, 22.0, room)));
    let fit_lines = (space / (size * 1.4)).floor().max(1.0) as usize;
    if lines.len() > fit_lines {
        lines.truncate(fit_lines);
        if let Some(last) = lines.last_mut() {
            let mut cut: Vec<char> = last.chars().collect();
            while !cut.is_empty() && width(&format!("{}…", cut.iter().collect::<String>()), size) > room {
                cut.pop();
            }
            *last = format!("{}…", cut.iter().collect::<String>().trim_end());
        }
    }
    for l in lines {
        y += size * 1.4;
        sh.text(pad, y, size, false, k.text, Align::Start, &l, None);
    }
    sh.finish(PREVIEW.1 as f64, &label)
}

/// A preview of headline figures: the page's title and up to six figures in a row or two.
pub fn preview_figures(cat: &Catalogue, lang: Lang, title: &str, figs: &[&Figure]) -> Image {
    let k = ink();
    let mut sh = Sheet::new(PREVIEW.0);
    let bottom = preview_strip(&mut sh, cat, lang);
    let (w, pad) = (PREVIEW.0 as f64, 48.0);
    let title_size = fit(title, 52.0, w - 2.0 * pad).max(28.0);
    let mut y = pad + title_size;
    for l in wrap(title, title_size, w - 2.0 * pad).into_iter().take(2) {
        sh.text(pad, y, title_size, true, k.text, Align::Start, &l, None);
        y += title_size * 1.25;
    }
    let figs = &figs[..figs.len().min(6)];
    let per_row = figs.len().min(3).max(1);
    let rows = figs.len().div_ceil(per_row).max(1);
    let gap = 20.0;
    let cw = (w - 2.0 * pad - gap * (per_row as f64 - 1.0)) / per_row as f64;
    let top = y - title_size * 0.25 + 16.0;
    let ch = ((bottom - 32.0 - top) - gap * (rows as f64 - 1.0)) / rows as f64;
    for (i, f) in figs.iter().enumerate() {
        let c = card(f, lang);
        let (strong, soft) = k.of(f.status);
        let (x, cy) = (pad + (i % per_row) as f64 * (cw + gap), top + (i / per_row) as f64 * (ch + gap));
        sh.rect(x, cy, cw, ch, 12.0, soft);
        let size = fit(&c.value, 56.0, cw - 48.0);
        sh.text(x + 24.0, cy + 24.0 + size * 0.9, size, true, strong, Align::Start, &c.value, Some(&f.id));
        // The row's colour says result or target (the overview's cards do the same).
        // The label whole: a size down from 24 at which it fits the card's lines, never cut.
        let mut ly = cy + 24.0 + size * 0.9 + 40.0;
        let room = ch - (ly - cy) + 8.0;
        // One line if a slightly smaller size gives it (no word or character left alone below).
        let sizes = [24.0, 22.0, 20.0, 18.0].map(|ls| (ls, wrap(&c.label, ls, cw - 48.0)));
        let (ls, label) = sizes[..3]
            .iter()
            .find(|(_, lines)| lines.len() == 1)
            .or_else(|| sizes.iter().find(|(ls, lines)| lines.len() as f64 * ls * 1.33 <= room))
            .cloned()
            .unwrap_or_else(|| sizes[3].clone());
        for l in label {
            sh.text(x + 24.0, ly, ls, false, k.text, Align::Start, &l, None);
            ly += ls * 1.33;
        }
    }
    let said: Vec<String> = figs.iter().map(|f| format!("{}{}{}", card(f, lang).label, pick(lang, "", " "), card(f, lang).spoken)).collect();
    sh.finish(PREVIEW.1 as f64, &format!("{title}{}{}", pick(lang, "：", ": "), said.join(pick(lang, "；", "; "))))
}

/// A county's preview: the map with the county marked beside its name and its own figures.
pub fn preview_county(cat: &Catalogue, lang: Lang, map: &charts::map::MapData, adcode: &str, title: &str) -> Image {
    let k = ink();
    let mut sh = Sheet::new(PREVIEW.0);
    let bottom = preview_strip(&mut sh, cat, lang);
    let fills: Vec<(String, String)> = cat
        .counties
        .iter()
        .map(|c| (c.adcode.clone(), if c.adcode == adcode { k.actual } else { k.actual_soft }.to_string()))
        .collect();
    let drawing = charts::map::render_map_at(map, &fills, Some(adcode), lang, 520.0);
    place(&mut sh, &drawing, 32.0, 24.0, 520.0, bottom - 48.0);
    let x = 600.0;
    let room = PREVIEW.0 as f64 - x - 48.0;
    let mut y = sh.para(x, 120.0, 52.0, 64.0, room, true, k.text, title);
    let ids = crate::model::counties::figures_of(cat, adcode);
    let figs: Vec<&Figure> = ids.iter().filter_map(|id| cat.figure(id)).take(3).collect();
    y += 16.0;
    for f in figs {
        let c = card(f, lang);
        let (strong, _) = k.of(f.status);
        if y + 80.0 > bottom {
            break;
        }
        sh.text(x, y + 36.0, fit(&c.value, 40.0, room), true, strong, Align::Start, &c.value, Some(&f.id));
        y = sh.para(x, y + 72.0, 22.0, 30.0, room, false, k.text, &c.label) + 12.0;
    }
    sh.finish(PREVIEW.1 as f64, &format!("{title}{}{}", pick(lang, "：", ": "), pick(lang, "在晋城市县（市、区）地图上的位置", "where it lies on the map of Jincheng's counties")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat() -> &'static Catalogue {
        crate::data::catalogue().unwrap()
    }

    fn battles() -> Vec<Battle<'static>> {
        crate::model::battles::battles(crate::data::document(), cat())
    }

    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
    }

    /// `(data-figure, text)` of every element that shows a figure (a text or a tspan), then
    /// `(None, text)` of every text node with those taken out.
    pub(crate) fn texts(svg: &str) -> Vec<(Option<String>, String)> {
        let mut out: Vec<(Option<String>, String)> = svg
            .split("data-figure=\"")
            .skip(1)
            .map(|t| {
                let id = t.split('"').next().unwrap().to_string();
                let body = t.split_once('>').unwrap().1.split('<').next().unwrap();
                (Some(id), unescape(body))
            })
            .collect();
        for t in svg.split("<text ").skip(1) {
            let body = t.split_once('>').unwrap().1.split("</text>").next().unwrap();
            if t.split_once('>').unwrap().0.contains("data-figure") {
                continue;
            }
            // What is left once the figures' tspans are out.
            let mut rest = String::new();
            let mut b = body;
            while let Some(i) = b.find("<tspan") {
                rest.push_str(&b[..i]);
                b = b[i..].split_once("</tspan>").map_or("", |x| x.1);
            }
            rest.push_str(b);
            out.push((None, unescape(&rest)));
        }
        out
    }

    /// Every number of a text: a text naming a figure shows exactly its value as the app writes
    /// it; elsewhere digits are only years of the report, the battles' numbers, or the report's
    /// own words (a quote), or the address.
    fn assert_numbers_from_catalogue(img: &Image, lang: Lang, allowed: &[String]) {
        let mut figures = 0;
        for (fig, text) in texts(&img.svg) {
            match fig {
                Some(id) => {
                    let f = cat().figure(&id).unwrap_or_else(|| panic!("{id} is no figure"));
                    assert_eq!(text, card(f, lang).value, "{id}");
                    figures += 1;
                }
                None if text.chars().any(|c| c.is_ascii_digit()) => {
                    assert!(allowed.iter().any(|a| a.contains(text.as_str()) || text.contains(a.as_str())), "a number not from the catalogue: {text}");
                }
                None => {}
            }
        }
        assert!(figures > 0);
    }

    fn years_and_numbers() -> Vec<String> {
        let mut v: Vec<String> = (1..=10).map(|n| n.to_string()).collect();
        v.extend(["2023", "2024"].map(String::from));
        v
    }

    #[test]
    fn the_glance_shows_the_headlines_targets_and_ten_battles_from_the_catalogue() {
        let address = "https://example.org/jincheng/zh/";
        for lang in [Lang::Zh, Lang::En] {
            let img = glance(cat(), &battles(), lang, Some(address)).unwrap();
            assert_eq!(img.width, 1080);
            assert!(img.height > 2 * img.width, "tall: {}", img.height);
            assert!(img.svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1080 "));
            let shown: Vec<String> = texts(&img.svg).into_iter().filter_map(|(f, _)| f).collect();
            use crate::model::headlines::{RESULTS_2023, TARGETS_2024};
            for id in RESULTS_2023.iter().chain(TARGETS_2024) {
                assert!(shown.iter().any(|s| s == id), "{id}");
            }
            // The ten battles, by name, in order.
            let all: String = texts(&img.svg).into_iter().map(|t| t.1).collect::<Vec<_>>().join("\n");
            let mut at = 0;
            for b in battles() {
                let name = match lang {
                    Lang::Zh => b.name.clone(),
                    Lang::En => cat().heading_en(2, Some(b.number)).unwrap().to_string(),
                };
                let first = wrap(&name, 36.0, 1080.0 - 2.0 * PAD - 88.0).remove(0);
                let found = all[at..].find(&first).unwrap_or_else(|| panic!("battle {} ({first}) missing or out of order", b.number));
                at += found;
            }
            let mut allowed = years_and_numbers();
            allowed.push(source_line(cat(), lang));
            allowed.push(address.into());
            assert_numbers_from_catalogue(&img, lang, &allowed);
            assert!(all.contains(&wrap(&source_line(cat(), lang), 28.0, 1080.0 - 2.0 * PAD)[0]));
            assert!(img.svg.contains(&format!("data-qr=\"{address}\"")));
            crate::qr::tests::assert_encodes(&img.svg[img.svg.find("<svg x=").unwrap()..], address);
            // Without an address (a build not told where it lives): the same image, ending with
            // its source, and no code or address to open.
            let bare = glance(cat(), &battles(), lang, None).unwrap();
            assert!(!bare.svg.contains("data-qr") && !bare.svg.contains("<svg x=") && !bare.svg.contains("example.org"));
            let bare_all: String = texts(&bare.svg).into_iter().map(|t| t.1).collect::<Vec<_>>().join("\n");
            assert!(bare_all.contains(&wrap(&source_line(cat(), lang), 28.0, 1080.0 - 2.0 * PAD)[0]));
            assert!(!bare_all.contains(pick(lang, "扫码", "Scan")), "nothing to scan: {bare_all}");
            assert_eq!(texts(&bare.svg).iter().filter(|t| t.0.is_some()).count(), texts(&img.svg).iter().filter(|t| t.0.is_some()).count());
            assert!(bare.height < img.height && bare.height > 2 * bare.width);
        }
        assert_eq!((glance_file(Lang::Zh), glance_file(Lang::En)), ("zh/glance.png".to_string(), "en/glance.png".to_string()));
    }

    #[test]
    fn a_figure_card_carries_its_value_sentence_and_address() {
        let f = cat().figure("gdp-2023").unwrap();
        let address = "https://example.org/jincheng/en/report/#gdp-2023";
        let img = figure_card(cat(), f, Lang::En, address).unwrap();
        assert_eq!(img.width, 1080);
        let all: String = texts(&img.svg).into_iter().map(|t| t.1).collect();
        assert!(all.contains(&card(f, Lang::En).value) && all.contains("GDP"));
        // The sentence, whole, across its lines.
        assert!(all.contains(&report::figure_text::quoted(&f.quote)), "{all}");
        let mut allowed = years_and_numbers();
        allowed.extend([report::figure_text::quoted(&f.quote), source_line(cat(), Lang::En), address.into(), report::figure_text::written_form(f)]);
        assert_numbers_from_catalogue(&img, Lang::En, &allowed);
        crate::qr::tests::assert_encodes(&img.svg[img.svg.find("<svg x=").unwrap()..], address);
        // A derived figure has no sentence to point to.
        let derived = cat().figures.iter().find(|f| f.is_derived()).unwrap();
        assert!(figure_card(cat(), derived, Lang::Zh, address).is_none());
    }

    #[test]
    fn a_previews_labels_are_drawn_whole() {
        use crate::model::headlines::{resolve, RESULTS_2023, TARGETS_2024};
        let mut figs = resolve(cat(), &RESULTS_2023[..3]).unwrap();
        figs.extend(resolve(cat(), &TARGETS_2024[..3]).unwrap());
        for lang in [Lang::Zh, Lang::En] {
            let img = preview_figures(cat(), lang, crate::i18n::t(lang).title, &figs);
            // The drawn text, lines run together (a wrapped label's lines are consecutive).
            let drawn: String = img.svg.split("<text").skip(1).filter_map(|t| Some(t.split_once('>')?.1.split_once("</text>")?.0)).collect::<Vec<_>>().join("").replace(' ', "");
            for f in &figs {
                let label = card(f, lang).label.replace(' ', "");
                assert!(drawn.contains(&charts::svg::escape(&label)), "{lang:?}: {label} is cut");
            }
        }
    }

    #[test]
    fn previews_are_1200_by_630_and_show_catalogue_figures() {
        use crate::model::headlines::{resolve, RESULTS_2023};
        let figs = resolve(cat(), &RESULTS_2023[..3]).unwrap();
        let img = preview_figures(cat(), Lang::Zh, "晋城市2024年政府工作报告", &figs);
        assert_eq!((img.width, img.height), PREVIEW);
        let mut allowed = years_and_numbers();
        allowed.extend([source_line(cat(), Lang::Zh), "晋城市2024年政府工作报告".into()]);
        assert_numbers_from_catalogue(&img, Lang::Zh, &allowed);
        let def = charts::chart::find("compare-results-targets").unwrap();
        let chart = charts::chart::render_standalone(def, cat(), Lang::En, charts::chart::Layout::Desktop, "https://example.org/").unwrap();
        let img = preview_of(cat(), Lang::En, &chart.svg, &chart.title);
        assert_eq!((img.width, img.height), PREVIEW);
        assert!(img.svg.contains("preserveAspectRatio=\"xMidYMid meet\"") && img.svg.contains("data-chart") == false);
    }

    #[test]
    fn a_tall_charts_preview_tells_it_in_words_a_short_one_draws_it() {
        let render = |id: &str| charts::chart::render_standalone(charts::chart::find(id).unwrap(), cat(), Lang::En, charts::chart::Layout::Desktop, "https://example.org/").unwrap();
        // Fourteen rows: fitted into 630 px it would be too small to read.
        let tall = render("compare-results-targets");
        let img = preview_chart(cat(), Lang::En, &tall.svg, &tall.title, &tall.summary);
        assert!(!img.svg.contains("preserveAspectRatio"), "not the drawing");
        assert!(img.svg.contains(&escape(&tall.title)), "its title");
        let first_words: String = tall.summary.split(' ').take(4).collect::<Vec<_>>().join(" ");
        assert!(img.svg.contains(&escape(&first_words)), "its summary");
        // Three rows: drawn.
        let short = render("gdp-level");
        let img = preview_chart(cat(), Lang::En, &short.svg, &short.title, &short.summary);
        assert!(img.svg.contains("preserveAspectRatio"), "the drawing");
    }
}
