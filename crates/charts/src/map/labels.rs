//! Placing the county names.
//!
//! Labels are placed one by one, smallest county first (it has the fewest good spots), each at
//! the cheapest free position on rings of growing radius around its anchor. A position is free
//! when its box stays inside the viewBox and clears every label and leader line already placed;
//! its cost is the distance from the anchor plus a penalty for the part of the box that lies
//! outside the county, so a name stays on its own county when it fits and moves out (with a
//! leader line back to the anchor) only when it does not, as 城区's English name must at phone
//! width.

use super::geometry::{point_in_rings, Rect};
use super::MapData;
use crate::chart::Layout;
use report::format::Lang;
use serde::{Deserialize, Serialize};

/// The narrowest display the map is drawn at (a phone in portrait, CSS px).
pub const PHONE_WIDTH_PX: f64 = 360.0;
/// Label size on screen, CSS px: reads on a phone without crowding six names into the map.
pub const LABEL_CSS_PX: f64 = 13.0;
/// The least size of a name on screen, CSS px, as for chart text.
pub const MIN_LABEL_CSS_PX: f64 = 12.0;
/// The narrowest the wide map is drawn: the counties page's map column (from 1000 px).
const DESKTOP_MAP_PX: f64 = 640.0;

/// The width, CSS px, of the narrowest map that shows the names set for `layout`: the map is
/// shown in a layout where a chart would be (a 360 px phone's page, an embed's 280 px frame),
/// so the narrow and phone sets share the charts' breakpoints ([`Layout::min_css_px`]).
pub fn narrowest_px(layout: Layout) -> f64 {
    match layout {
        Layout::Desktop => DESKTOP_MAP_PX,
        l => l.min_css_px(),
    }
}

/// The widest, CSS px, an embed draws the map while it shows the names set for `layout`: where
/// they reach the embed's largest text ([`crate::chart::MAX_CSS_PX`]), as a chart's layout stops
/// at [`Layout::max_css_px`]. The map is one drawing whose names change with the layout, so the
/// cap changes with them (`styles/main.css`, tested equal). Whole px, rounded down.
pub fn max_px(layout: Layout) -> f64 {
    (narrowest_px(layout) * crate::chart::MAX_CSS_PX / MIN_LABEL_CSS_PX).floor()
}

/// The font size, viewBox units, of the names set for `layout`: [`MIN_LABEL_CSS_PX`] on the
/// narrowest map that shows them, larger on any wider one.
pub fn layout_font_units(map: &MapData, layout: Layout) -> f64 {
    font_units(map, MIN_LABEL_CSS_PX, narrowest_px(layout))
}

/// The font size in viewBox units that shows as `css_px` when the map is `display_px` wide on
/// screen (SVG text scales with the viewBox).
pub fn font_units(map: &MapData, css_px: f64, display_px: f64) -> f64 {
    css_px * map.width / display_px
}

/// A placed county name, in viewBox units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    pub adcode: String,
    pub text: String,
    /// The centre of the text (draw with `text-anchor="middle"` and `dy="0.35em"`).
    pub x: f64,
    pub y: f64,
    /// Font size, viewBox units.
    pub font: f64,
    /// The space the text is assumed to take.
    pub bbox: Rect,
    /// The county's anchor the label belongs to.
    pub anchor: (f64, f64),
    /// From the anchor to the label box, when the box does not cover the anchor.
    pub leader: Option<((f64, f64), (f64, f64))>,
}

/// The label text: the Chinese name as the report writes it, or the English name without its
/// "County"/"City"/"District" — at phone width the full English names do not fit six to a map,
/// and the path's accessible name keeps the full form.
pub fn label_text(zh: &str, en: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => zh.to_string(),
        Lang::En => ["County", "City", "District"]
            .iter()
            .find_map(|s| en.strip_suffix(s).map(str::trim_end))
            .filter(|s| !s.is_empty())
            .unwrap_or(en)
            .to_string(),
    }
}

/// A deliberately generous width estimate (no font metrics outside the browser): overlap tests
/// against it hold for the system sans-serif fonts the app uses.
fn text_width(text: &str, font: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            c if (c as u32) >= 0x2E80 => 1.0,
            'i' | 'j' | 'l' | 'I' | '.' | ',' | '\'' => 0.3,
            'f' | 't' | 'r' | ' ' => 0.4,
            'm' | 'w' | 'M' | 'W' => 0.9,
            c if c.is_ascii_uppercase() => 0.72,
            _ => 0.6,
        })
        .sum::<f64>()
        * font
}

/// Fraction of sample points of `b` outside the county (0 = wholly on it).
fn outside_fraction(b: &Rect, rings: &[Vec<(f64, f64)>]) -> f64 {
    let (nx, ny) = (6, 3);
    let mut outside = 0;
    for i in 0..nx {
        for j in 0..ny {
            let x = b.x0 + b.width() * (i as f64 + 0.5) / nx as f64;
            let y = b.y0 + b.height() * (j as f64 + 0.5) / ny as f64;
            if !point_in_rings(rings, x, y) {
                outside += 1;
            }
        }
    }
    outside as f64 / (nx * ny) as f64
}

/// Places the six names at `font_px` viewBox units (see [`font_units`]; at a 360 px display,
/// 13 CSS px is `font_units(map, 13.0, 360.0)` ≈ 36 units for a 1000-wide map). Labels come back
/// in the order of `map.counties`. If no free position exists within ten font sizes of an
/// anchor the label sits on its anchor, overlapping: the tests check that this does not happen
/// for Jincheng at phone width.
pub fn label_layout(map: &MapData, font_px: f64, lang: Lang) -> Vec<Label> {
    let font = font_px;
    let gap = 0.25 * font;
    let edge = 0.1 * font;
    let mut order: Vec<usize> = (0..map.counties.len()).collect();
    order.sort_unstable_by(|&a, &b| map.counties[a].area.total_cmp(&map.counties[b].area).then(a.cmp(&b)));
    let mut placed: Vec<Option<Label>> = vec![None; map.counties.len()];
    for &i in &order {
        let county = &map.counties[i];
        let rings = county.rings();
        let text = label_text(&county.zh, &county.en, lang);
        let (w, h) = (text_width(&text, font) + 0.3 * font, 1.25 * font);
        let anchor = county.anchor;
        let others: Vec<&Label> = placed.iter().flatten().collect();
        // A name on its own county needs no line even when nudged off the anchor; one that had
        // to move off the county points back to it.
        let leader_for = |b: &Rect| {
            (!b.contains(anchor.0, anchor.1) && outside_fraction(b, &rings) > 0.25).then(|| (anchor, b.clamp(anchor.0, anchor.1)))
        };
        let free = |b: &Rect, leader: Option<((f64, f64), (f64, f64))>| {
            b.x0 >= edge
                && b.y0 >= edge
                && b.x1 <= map.width - edge
                && b.y1 <= map.height - edge
                && others.iter().all(|o| {
                    let ob = o.bbox.inflate(gap);
                    !b.overlaps(&ob)
                        && o.leader.is_none_or(|(p, q)| !b.inflate(gap / 2.0).meets_segment(p, q))
                        && leader.is_none_or(|(p, q)| !ob.meets_segment(p, q))
                })
        };
        let mut best: Option<(f64, Rect)> = None;
        let step = 0.25 * font;
        for k in 0..=40 {
            let r = k as f64 * step;
            if best.is_some_and(|(cost, _)| cost <= r) {
                break;
            }
            let directions = if k == 0 { 1 } else { 16 };
            for a in 0..directions {
                let angle = std::f64::consts::TAU * a as f64 / directions as f64;
                let (cx, cy) = (anchor.0 + r * angle.cos(), anchor.1 + r * angle.sin());
                let b = Rect::centred(cx, cy, w, h);
                let leader = leader_for(&b);
                if !free(&b, leader) {
                    continue;
                }
                // A leader is a cost of its own: prefer a slightly farther spot that needs none.
                let cost = r + 4.0 * font * outside_fraction(&b, &rings) + if leader.is_some() { font } else { 0.0 };
                if best.is_none_or(|(c, _)| cost < c) {
                    best = Some((cost, b));
                }
            }
        }
        let b = best.map_or_else(|| Rect::centred(anchor.0, anchor.1, w, h), |(_, b)| b);
        let (x, y) = b.centre();
        placed[i] = Some(Label { adcode: county.adcode.clone(), text, x, y, font, bbox: b, anchor, leader: leader_for(&b) });
    }
    placed.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::tests::map;

    #[test]
    fn english_labels_drop_the_kind_of_division() {
        assert_eq!(label_text("城区", "Chengqu District", Lang::En), "Chengqu");
        assert_eq!(label_text("高平市", "Gaoping City", Lang::En), "Gaoping");
        assert_eq!(label_text("高平市", "Gaoping City", Lang::Zh), "高平市");
        assert_eq!(label_text("x", "County", Lang::En), "County");
    }

    #[test]
    fn phone_width_labels_neither_overlap_nor_leave_the_map() {
        let m = map();
        for lang in [Lang::Zh, Lang::En] {
            for css_px in [12.0, 13.0, 14.0] {
                let font = font_units(m, css_px, PHONE_WIDTH_PX);
                let labels = label_layout(m, font, lang);
                assert_eq!(labels.len(), 6);
                for (i, a) in labels.iter().enumerate() {
                    let vb = Rect { x0: 0.0, y0: 0.0, x1: m.width, y1: m.height };
                    assert!(
                        vb.contains(a.bbox.x0, a.bbox.y0) && vb.contains(a.bbox.x1, a.bbox.y1),
                        "{lang:?} {css_px}px: {} leaves the viewBox: {:?}",
                        a.text,
                        a.bbox
                    );
                    for b in &labels[i + 1..] {
                        assert!(!a.bbox.overlaps(&b.bbox), "{lang:?} {css_px}px: {} overlaps {}", a.text, b.text);
                        if let Some((p, q)) = b.leader {
                            assert!(!a.bbox.meets_segment(p, q), "{}'s leader crosses {}", b.text, a.text);
                        }
                        if let Some((p, q)) = a.leader {
                            assert!(!b.bbox.meets_segment(p, q), "{}'s leader crosses {}", a.text, b.text);
                        }
                    }
                }
            }
        }
    }

    /// An embed's map is never drawn wider than where the names it shows reach 16 px, and the
    /// stylesheet says so for the set each width shows: the phone set by default, the desktop
    /// set where the drawing is wide enough for the desktop layout (the narrow set only shows
    /// below every cap).
    #[test]
    fn an_embedded_map_is_capped_where_its_names_reach_16_px() {
        let m = map();
        for layout in Layout::ALL {
            let px = layout_font_units(m, layout) * max_px(layout) / m.width;
            assert!(px <= crate::chart::MAX_CSS_PX && px > crate::chart::MAX_CSS_PX - 0.1, "{layout:?}: {px}");
            assert!(max_px(layout) > narrowest_px(layout));
        }
        assert!(max_px(Layout::Narrow) >= Layout::Phone.min_css_px(), "the narrow set never needs a cap");
        let css = include_str!("../../../../styles/main.css");
        let phone = format!("main.embed .map-svg svg {{ max-width: {}px; }}\n", max_px(Layout::Phone));
        assert!(css.contains(&phone), "styles/main.css lacks `{phone}`");
        let desktop = format!(
            "@container (width >= {}px) {{ .{} {{ display: none; }} .{} {{ display: block; }} main.embed .map-svg svg {{ max-width: {}px; }} }}",
            Layout::Desktop.min_css_px(),
            Layout::Phone.class(),
            Layout::Desktop.class(),
            max_px(Layout::Desktop)
        );
        assert!(css.contains(&desktop), "styles/main.css lacks `{desktop}`");
    }

    #[test]
    fn every_layouts_labels_neither_overlap_nor_leave_the_map_and_read_at_12_px() {
        let m = map();
        let vb = Rect { x0: 0.0, y0: 0.0, x1: m.width, y1: m.height };
        for layout in Layout::ALL {
            let font = layout_font_units(m, layout);
            // No smaller than 12 px wherever the set is shown.
            assert!(font * narrowest_px(layout) / m.width >= MIN_LABEL_CSS_PX - 1e-9);
            for lang in [Lang::Zh, Lang::En] {
                let labels = label_layout(m, font, lang);
                assert_eq!(labels.len(), 6);
                for (i, a) in labels.iter().enumerate() {
                    assert!(vb.contains(a.bbox.x0, a.bbox.y0) && vb.contains(a.bbox.x1, a.bbox.y1), "{layout:?} {lang:?}: {} leaves the map", a.text);
                    for b in &labels[i + 1..] {
                        assert!(!a.bbox.overlaps(&b.bbox), "{layout:?} {lang:?}: {} overlaps {}", a.text, b.text);
                        for (x, l) in [(a, b), (b, a)] {
                            if let Some((p, q)) = l.leader {
                                assert!(!x.bbox.meets_segment(p, q), "{layout:?} {lang:?}: {}'s leader crosses {}", l.text, x.text);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn labels_stay_on_their_county_unless_they_point_back() {
        let m = map();
        for lang in [Lang::Zh, Lang::En] {
            let labels = label_layout(m, font_units(m, LABEL_CSS_PX, PHONE_WIDTH_PX), lang);
            for l in &labels {
                let c = m.county(&l.adcode).unwrap();
                // The box covers the county's anchor, or lies mostly on the county, or a leader
                // line runs to the anchor.
                let on_county = outside_fraction(&l.bbox, &c.rings()) <= 0.25;
                assert!(l.bbox.contains(c.anchor.0, c.anchor.1) || on_county || l.leader.is_some(), "{} is adrift", l.text);
                if let Some((p, q)) = l.leader {
                    assert_eq!(p, c.anchor);
                    assert!(l.bbox.inflate(1e-9).contains(q.0, q.1));
                }
                // Big counties keep their name wholly on themselves.
                if c.area_km2 > 500.0 {
                    assert_eq!(outside_fraction(&l.bbox, &c.rings()), 0.0, "{} spills over", l.text);
                    assert!(l.leader.is_none());
                }
            }
        }
    }

    #[test]
    fn a_desktop_width_needs_no_leaders() {
        let m = map();
        let labels = label_layout(m, font_units(m, LABEL_CSS_PX, 900.0), Lang::En);
        assert!(labels.iter().all(|l| l.leader.is_none()), "{labels:?}");
    }
}
