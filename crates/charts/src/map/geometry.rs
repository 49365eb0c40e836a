//! Plane geometry in viewBox units: path data, even-odd containment, distances, areas.

use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// An axis-aligned box in viewBox units (`x0 ≤ x1`, `y0 ≤ y1`, y down).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn centred(cx: f64, cy: f64, w: f64, h: f64) -> Rect {
        Rect { x0: cx - w / 2.0, y0: cy - h / 2.0, x1: cx + w / 2.0, y1: cy + h / 2.0 }
    }

    /// The smallest box around the points; `None` when there are none.
    pub fn around(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Rect> {
        points.into_iter().fold(None, |r, (x, y)| {
            Some(match r {
                None => Rect { x0: x, y0: y, x1: x, y1: y },
                Some(r) => Rect { x0: r.x0.min(x), y0: r.y0.min(y), x1: r.x1.max(x), y1: r.y1.max(y) },
            })
        })
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    pub fn centre(&self) -> (f64, f64) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }

    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }

    /// Whether the interiors overlap (touching edges do not).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    pub fn inflate(&self, d: f64) -> Rect {
        Rect { x0: self.x0 - d, y0: self.y0 - d, x1: self.x1 + d, y1: self.y1 + d }
    }

    /// The point of the box nearest to (x, y).
    pub fn clamp(&self, x: f64, y: f64) -> (f64, f64) {
        (x.clamp(self.x0, self.x1), y.clamp(self.y0, self.y1))
    }

    /// Whether the segment a–b passes through the box (Liang–Barsky clipping).
    pub fn meets_segment(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [(-dx, a.0 - self.x0), (dx, self.x1 - a.0), (-dy, a.1 - self.y0), (dy, self.y1 - a.1)] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }
}

/// A coordinate in whole tenths of a viewBox unit, the map's only precision.
pub(crate) fn tenths(v: f64) -> i64 {
    (v * 10.0).round() as i64
}

pub(crate) fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// At most one decimal, no trailing ".0", never "-0".
pub(crate) fn fmt1(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    if t.is_multiple_of(10) {
        format!("{sign}{}", t / 10)
    } else {
        format!("{sign}{}.{}", t / 10, t % 10)
    }
}

/// Drops consecutive repeats (rounding can merge neighbours) and the closing repeat; `None`
/// when fewer than three points remain.
pub(crate) fn dedup_ring(points: Vec<(f64, f64)>) -> Option<Vec<(f64, f64)>> {
    let mut ring: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for p in points {
        if ring.last() != Some(&p) {
            ring.push(p);
        }
    }
    while ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    (ring.len() >= 3).then_some(ring)
}

/// `M x y L x y x y … Z` per ring, absolute: how the tests write an outline by hand and measure
/// what [`drawn_path_data`] saves.
#[cfg(test)]
pub(crate) fn path_data(rings: &[Vec<(f64, f64)>]) -> String {
    let mut d = String::new();
    for ring in rings {
        for (i, &(x, y)) in ring.iter().enumerate() {
            let sep = match i {
                0 => "M",
                1 => "L",
                _ => " ",
            };
            let _ = write!(d, "{sep}{} {}", fmt1(x), fmt1(y));
        }
        d.push('Z');
    }
    d
}

/// The rings as path data to be drawn: each ring's first point absolute, every other one
/// relative to the point before (`M x y l dx dy … z`). The coordinates have one decimal, so the
/// differences are taken in whole tenths and the drawing lands exactly on the model's points;
/// zeros before the decimal point and spaces before a minus are left out. Small differences
/// instead of four-digit coordinates: 40 % of the map's bytes after gzip.
pub fn drawn_path_data(rings: &[Vec<(f64, f64)>]) -> String {
    fn number(d: &mut String, n: i64) {
        let (sign, t) = (if n < 0 { "-" } else { "" }, n.unsigned_abs());
        if d.ends_with(|c: char| c.is_ascii_digit()) && sign.is_empty() {
            d.push(' ');
        }
        let _ = match (t / 10, t % 10) {
            (whole, 0) => write!(d, "{sign}{whole}"),
            (0, tenth) => write!(d, "{sign}.{tenth}"),
            (whole, tenth) => write!(d, "{sign}{whole}.{tenth}"),
        };
    }
    let mut d = String::new();
    for ring in rings {
        let Some(&(x0, y0)) = ring.first() else { continue };
        let (mut x, mut y) = (tenths(x0), tenths(y0));
        d.push('M');
        number(&mut d, x);
        number(&mut d, y);
        d.push('l');
        for &(px, py) in &ring[1..] {
            let (nx, ny) = (tenths(px), tenths(py));
            number(&mut d, nx - x);
            number(&mut d, ny - y);
            (x, y) = (nx, ny);
        }
        d.push('z');
    }
    d
}

/// Reads path data made of absolute `M`, `L` (with implicit repeats) and `Z` commands, as
/// [`path_data`] writes them, into rings. Other commands end the parse of their subpath.
#[cfg(test)]
pub(crate) fn parse_path(d: &str) -> Vec<Vec<(f64, f64)>> {
    let mut rings = Vec::new();
    let mut ring: Vec<(f64, f64)> = Vec::new();
    let mut numbers: Vec<f64> = Vec::new();
    let flush = |ring: &mut Vec<(f64, f64)>, numbers: &mut Vec<f64>| {
        ring.extend(numbers.chunks_exact(2).map(|c| (c[0], c[1])));
        numbers.clear();
    };
    let mut token = String::new();
    let end_number = |token: &mut String, numbers: &mut Vec<f64>| {
        if let Ok(v) = token.parse() {
            numbers.push(v);
        }
        token.clear();
    };
    for ch in d.chars() {
        match ch {
            '0'..='9' | '.' | 'e' | 'E' => token.push(ch),
            '-' | '+' => {
                if !token.is_empty() && !token.ends_with(['e', 'E']) {
                    end_number(&mut token, &mut numbers);
                }
                token.push(ch);
            }
            ' ' | ',' | '\n' | '\t' | '\r' => end_number(&mut token, &mut numbers),
            c => {
                end_number(&mut token, &mut numbers);
                flush(&mut ring, &mut numbers);
                // `L` continues the subpath; `M`, `Z` and anything unsupported end it.
                if c != 'L' {
                    if ring.len() >= 3 {
                        rings.push(std::mem::take(&mut ring));
                    }
                    ring.clear();
                }
            }
        }
    }
    end_number(&mut token, &mut numbers);
    flush(&mut ring, &mut numbers);
    if ring.len() >= 3 {
        rings.push(ring);
    }
    rings
}

/// Signed area of one ring (positive clockwise on screen, y down).
pub(crate) fn ring_area(ring: &[(f64, f64)]) -> f64 {
    (0..ring.len())
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        / 2.0
}

/// The filled area. Rings come from GeoJSON with exteriors and holes oppositely oriented, so the
/// signed sum subtracts holes.
pub(crate) fn area(rings: &[Vec<(f64, f64)>]) -> f64 {
    rings.iter().map(|r| ring_area(r)).sum::<f64>().abs()
}

/// Even-odd containment: what `fill-rule="evenodd"` paints.
pub fn point_in_rings(rings: &[Vec<(f64, f64)>], x: f64, y: f64) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            if (a.1 > y) != (b.1 > y) && x < a.0 + (y - a.1) * (b.0 - a.0) / (b.1 - a.1) {
                inside = !inside;
            }
        }
    }
    inside
}

fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) };
    let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - cx).powi(2) + (p.1 - cy).powi(2)).sqrt()
}

/// Distance from a point to the nearest edge of any ring.
pub(crate) fn distance_to_rings(rings: &[Vec<(f64, f64)>], p: (f64, f64)) -> f64 {
    rings
        .iter()
        .flat_map(|r| (0..r.len()).map(move |i| (r[i], r[(i + 1) % r.len()])))
        .map(|(a, b)| distance_to_segment(p, a, b))
        .fold(f64::INFINITY, f64::min)
}

/// The filled point farthest from every edge: a grid over the bounding box, then a few rounds
/// of finer grids around the best point. Deterministic, and cheap at a few thousand edges.
pub(crate) fn pole_of_inaccessibility(rings: &[Vec<(f64, f64)>], bbox: Rect) -> (f64, f64) {
    let depth = |p: (f64, f64)| if point_in_rings(rings, p.0, p.1) { distance_to_rings(rings, p) } else { -1.0 };
    let mut best = (bbox.centre(), -1.0);
    for n in [40usize, 200] {
        let cell = bbox.width().max(bbox.height()) / n as f64;
        let (nx, ny) = ((bbox.width() / cell).ceil() as usize, (bbox.height() / cell).ceil() as usize);
        for i in 0..nx.max(1) {
            for j in 0..ny.max(1) {
                let p = (bbox.x0 + (i as f64 + 0.5) * cell, bbox.y0 + (j as f64 + 0.5) * cell);
                let d = depth(p);
                if d > best.1 {
                    best = (p, d);
                }
            }
        }
        if best.1 > 0.0 {
            break;
        }
        // Nothing inside at the coarse grid: a very thin shape, try once more much finer.
    }
    if best.1 <= 0.0 {
        return rings.first().and_then(|r| r.first()).copied().unwrap_or(best.0);
    }
    let mut step = bbox.width().max(bbox.height()) / 40.0 / 2.0;
    for _ in 0..8 {
        let centre = best.0;
        for i in -4i32..=4 {
            for j in -4i32..=4 {
                let p = (centre.0 + i as f64 * step / 2.0, centre.1 + j as f64 * step / 2.0);
                let d = depth(p);
                if d > best.1 {
                    best = (p, d);
                }
            }
        }
        step /= 2.0;
    }
    best.0
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn numbers_have_at_most_one_decimal() {
        assert_eq!(fmt1(12.0), "12");
        assert_eq!(fmt1(12.34), "12.3");
        assert_eq!(fmt1(12.96), "13");
        assert_eq!(fmt1(-0.01), "0");
        assert_eq!(fmt1(-1.25), "-1.3");
        assert_eq!(fmt1(0.5), "0.5");
    }

    #[test]
    fn path_data_round_trips() {
        let rings = vec![vec![(0.0, 0.0), (10.5, 0.0), (10.5, 10.0)], vec![(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0)]];
        let d = path_data(&rings);
        assert_eq!(d, "M0 0L10.5 0 10.5 10ZM1 1L2 1 2 2 1 2Z");
        assert_eq!(parse_path(&d), rings);
        assert_eq!(parse_path("M0,0 L1,0 L1,1 z"), vec![vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]]);
        assert_eq!(parse_path("M0-1L1-1 1-2Z"), vec![vec![(0.0, -1.0), (1.0, -1.0), (1.0, -2.0)]]);
    }

    /// Reads `drawn_path_data`'s form back as the SVG grammar does: numbers split at spaces,
    /// at a minus, and at a second decimal point; `M` absolute, `l` relative with implicit
    /// repeats, `z` closing.
    pub(crate) fn read_drawn(d: &str) -> Vec<Vec<(f64, f64)>> {
        let mut rings = Vec::new();
        for sub in d.split('M').filter(|s| !s.is_empty()) {
            let sub = sub.strip_suffix('z').expect("each ring closed");
            let (start, rest) = sub.split_once('l').expect("a start, then relative points");
            let mut numbers = Vec::new();
            for part in [start, rest] {
                let mut token = String::new();
                for ch in part.chars() {
                    if ch == ' ' || ch == '-' || (ch == '.' && token.contains('.')) {
                        if !token.is_empty() && token != "-" {
                            numbers.push(token.parse::<f64>().unwrap());
                            token.clear();
                        }
                    }
                    if ch != ' ' {
                        token.push(ch);
                    }
                }
                numbers.push(token.parse::<f64>().unwrap());
            }
            let (mut x, mut y) = (numbers[0], numbers[1]);
            let mut ring = vec![(x, y)];
            for c in numbers[2..].chunks_exact(2) {
                (x, y) = (round1(x + c[0]), round1(y + c[1]));
                ring.push((x, y));
            }
            rings.push(ring);
        }
        rings
    }

    #[test]
    fn drawn_path_data_is_relative_and_lands_on_the_points() {
        let rings = vec![vec![(0.0, 0.0), (10.5, 0.0), (10.5, 10.0)], vec![(1.0, 1.0), (1.5, 0.7), (0.2, 0.7), (0.2, 12.0)]];
        let d = drawn_path_data(&rings);
        assert_eq!(d, "M0 0l10.5 0 0 10zM1 1l.5-.3-1.3 0 0 11.3z");
        assert_eq!(read_drawn(&d), rings);
    }

    #[test]
    fn even_odd_leaves_holes_empty() {
        let outer = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let hole = vec![(4.0, 4.0), (4.0, 6.0), (6.0, 6.0), (6.0, 4.0)];
        let rings = vec![outer, hole];
        assert!(point_in_rings(&rings, 2.0, 2.0));
        assert!(!point_in_rings(&rings, 5.0, 5.0));
        assert!(!point_in_rings(&rings, 11.0, 5.0));
        assert_eq!(area(&rings), 96.0);
    }

    #[test]
    fn the_pole_of_a_frame_avoids_its_hole() {
        let outer = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let hole = vec![(2.0, 2.0), (2.0, 8.0), (8.0, 8.0), (8.0, 2.0)];
        let rings = vec![outer, hole];
        let p = pole_of_inaccessibility(&rings, Rect { x0: 0.0, y0: 0.0, x1: 10.0, y1: 10.0 });
        assert!(point_in_rings(&rings, p.0, p.1));
        // The deepest points are in the corners of the frame, equidistant from the outer edges
        // and the hole's corner: t = (2 − t)·√2.
        let t = 2.0 * 2f64.sqrt() / (1.0 + 2f64.sqrt());
        assert!((distance_to_rings(&rings, p) - t).abs() < 0.01, "{p:?}");

        let square = vec![vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]];
        let p = pole_of_inaccessibility(&square, Rect { x0: 0.0, y0: 0.0, x1: 10.0, y1: 10.0 });
        assert!((p.0 - 5.0).abs() < 0.1 && (p.1 - 5.0).abs() < 0.1, "{p:?}");
    }

    #[test]
    fn segments_meet_boxes() {
        let r = Rect { x0: 0.0, y0: 0.0, x1: 10.0, y1: 10.0 };
        assert!(r.meets_segment((-5.0, 5.0), (15.0, 5.0)));
        assert!(r.meets_segment((5.0, 5.0), (6.0, 6.0)));
        assert!(!r.meets_segment((-5.0, -5.0), (-1.0, 20.0)));
        assert!(!r.meets_segment((11.0, 0.0), (20.0, 10.0)));
    }
}
