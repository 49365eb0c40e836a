//! The county map: county GeoJSON → projected SVG paths (natively, at build time) → SVG text.
//!
//! The app's build script calls [`shapes_from_geojson`] and embeds the resulting [`MapData`]
//! (postcard, outlines packed); the browser only deserializes it (which writes each county's
//! drawn path data once) and calls [`render_map`], so no GeoJSON parsing or geometry beyond
//! label placement ever runs in WebAssembly.
//!
//! Rules:
//!
//! - **Projection.** Equirectangular with the longitude axis scaled by cos(lat0), lat0 the centre
//!   latitude of the data (≈ 35.6°): `x = (lon − lon0)·cos(lat0)`, `y = −(lat − lat0)`, then
//!   scaled to fit a viewBox of the requested width with a margin. Jincheng spans under one degree
//!   of latitude, so this is within about 1 % of equal-area and of conformal everywhere on the
//!   map: projected areas compare like true areas (tested), and shapes look as on any atlas.
//!   Anything fancier would only add code.
//! - **No simplification beyond rounding.** Coordinates are rounded to 0.1 viewBox unit (the
//!   source's 1/1024° grid is about 0.6 unit at width 1000, so rounding loses nothing visible).
//!   The only points removed are consecutive duplicates and points that lie *exactly* on the
//!   straight line through their neighbours (checked in integer grid coordinates) *and* whose two
//!   edges border the same set of counties. That rule removes about a fifth of the points
//!   without moving any drawn line, and because a shared border is judged identically from both
//!   sides, the two neighbours keep exactly the same vertices: borders cannot diverge or leave
//!   slivers (tested). Any tolerance-based simplification (Douglas–Peucker, Visvalingam) applied
//!   per county would break that; a topology-aware one is not worth its code for the ~37 KB of
//!   path data, which ships packed as deltas of tenths (about 8 KB, `packed_path`).
//! - **泽州县 is merged.** The source gives 泽州 as two polygons around 城区 that share an edge
//!   which is no county border. All rings of a feature are oriented consistently (exteriors
//!   counter-clockwise, holes clockwise), so an edge shared by two parts appears once in each
//!   direction: such pairs are cancelled and the remaining directed edges are chained back into
//!   closed rings. 泽州 thus becomes one path with an outer ring and a hole where 城区 is (drawn
//!   with `fill-rule="evenodd"`); 城区 is painted after it, as its own path.
//! - **Label anchors** are poles of inaccessibility (the interior point farthest from any edge,
//!   found by a grid search refined around the best cell), not the source's `label_point`, which
//!   for 泽州 sits on its northern fringe. [`label_layout`] then nudges names off each other,
//!   smallest county first, drawing a leader line only when a name has to leave its county;
//!   sizes are in viewBox units, converted from CSS px by [`font_units`].
//! - **For every reader.** The map is one tab stop (`role="tree"`, `tabindex="0"`), its
//!   counties `treeitem`s the app walks with the arrow keys through `aria-activedescendant`; each
//!   says its value and rank under the chosen measure, after a summary naming the counties with
//!   the most and the least ([`describe`]). Class colours are at least 3:1 against the page in
//!   both themes ([`MAP_FALLBACKS`] and `styles/main.css`, tested).
//! - **Areas** in km² are measured on the WGS84 ellipsoid from the lon/lat rings
//!   ([`area_km2`]); projected areas (viewBox units²) from the drawn rings.

mod classes;
mod geo;
mod geometry;
mod labels;
mod packed_path;
mod projection;
mod reading;
mod render;

pub use classes::{classes, legend, Legend};
pub use geo::area_km2;
pub use geometry::{point_in_rings, Rect};
pub use labels::{font_units, label_layout, label_text, layout_font_units, max_px, narrowest_px, Label, LABEL_CSS_PX, MIN_LABEL_CSS_PX, PHONE_WIDTH_PX};
pub use projection::{Bounds, Projection};
pub use reading::{describe, node_id, with_prefix, MapMeasure};
pub use render::{render_map, render_map_at, render_map_described, render_map_linked, MAP_FALLBACKS};

use serde::{Deserialize, Serialize};

/// Everything the browser needs to draw the map, in viewBox coordinates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapData {
    /// The viewBox is `0 0 width height`.
    pub width: f64,
    pub height: f64,
    /// Kept so the app can place lon/lat points (a named place) on the map.
    pub projection: Projection,
    /// In the order of the source features.
    pub counties: Vec<CountyShape>,
}

/// One county-level division, projected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "Shape", into = "Shape")]
pub struct CountyShape {
    pub adcode: String,
    pub zh: String,
    pub en: String,
    /// The outline: one ring per subpath (泽州 has a hole; fill even-odd), points in whole
    /// tenths of a viewBox unit, no point repeated, rings not closed by a repeat.
    rings: Vec<Vec<(f64, f64)>>,
    /// The path data a drawing carries ([`geometry::drawn_path_data`] of the rings), written
    /// once when the shape is made or read, not at every drawing of the map.
    drawn: String,
    /// Projected area in square viewBox units (holes subtracted).
    pub area: f64,
    /// Area on the WGS84 ellipsoid, in km².
    pub area_km2: f64,
    /// Where the label belongs: the pole of inaccessibility of the projected shape.
    pub anchor: (f64, f64),
    pub bbox: Rect,
}

/// A shape as it is stored: everything but what is derived from the rings. The rings go packed
/// (see `packed_path`): the bulk of the map's bytes.
#[derive(Serialize, Deserialize)]
struct Shape {
    adcode: String,
    zh: String,
    en: String,
    #[serde(with = "packed_path")]
    rings: Vec<Vec<(f64, f64)>>,
    area: f64,
    area_km2: f64,
    anchor: (f64, f64),
    bbox: Rect,
}

impl From<Shape> for CountyShape {
    fn from(s: Shape) -> Self {
        let drawn = geometry::drawn_path_data(&s.rings);
        CountyShape { adcode: s.adcode, zh: s.zh, en: s.en, rings: s.rings, drawn, area: s.area, area_km2: s.area_km2, anchor: s.anchor, bbox: s.bbox }
    }
}

impl From<CountyShape> for Shape {
    fn from(c: CountyShape) -> Self {
        Shape { adcode: c.adcode, zh: c.zh, en: c.en, rings: c.rings, area: c.area, area_km2: c.area_km2, anchor: c.anchor, bbox: c.bbox }
    }
}

impl CountyShape {
    /// The rings of the outline, in viewBox coordinates.
    pub fn rings(&self) -> &[Vec<(f64, f64)>] {
        &self.rings
    }

    /// The path data a drawing carries: the rings, each first point absolute and the rest
    /// relative (`geometry::drawn_path_data`). Draw with `fill-rule="evenodd"`.
    pub fn drawn(&self) -> &str {
        &self.drawn
    }

    /// Whether a viewBox point lies in the filled area (even-odd, so not in 泽州's hole).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        self.bbox.contains(x, y) && point_in_rings(&self.rings, x, y)
    }

    pub fn name(&self, lang: report::format::Lang) -> &str {
        match lang {
            report::format::Lang::Zh => &self.zh,
            report::format::Lang::En => &self.en,
        }
    }
}

impl MapData {
    pub fn county(&self, adcode: &str) -> Option<&CountyShape> {
        self.counties.iter().find(|c| c.adcode == adcode)
    }

    /// The county whose filled area holds a viewBox point.
    pub fn county_at(&self, x: f64, y: f64) -> Option<&CountyShape> {
        self.counties.iter().find(|c| c.contains(x, y))
    }
}

/// Projects the county GeoJSON (a FeatureCollection of Polygon/MultiPolygon features with
/// properties `adcode`, `name`, `name_en`) into a viewBox `width` wide, its height following the
/// data's aspect ratio, with a margin of 2 % of the width on every side.
pub fn shapes_from_geojson(geojson: &str, width: f64) -> Result<MapData, String> {
    if !(width.is_finite() && width > 0.0) {
        return Err(format!("map width must be positive, got {width}"));
    }
    let (mut counties, grid) = geo::parse(geojson)?;
    let bounds = Bounds::of(counties.iter().flat_map(|c| c.rings.iter().flatten()).map(|&p| grid.lon_lat(p)))
        .ok_or("the GeoJSON has no coordinates")?;
    let projection = Projection::fit(bounds, width, width * 0.02);
    let areas: Vec<f64> = counties.iter().map(|c| area_km2(&grid.lon_lat_rings(&c.rings))).collect();
    geo::drop_straight_points(&mut counties);
    let shapes = counties
        .into_iter()
        .zip(areas)
        .map(|(c, area_km2)| {
            let rings: Vec<Vec<(f64, f64)>> = c
                .rings
                .iter()
                .map(|r| r.iter().map(|&p| {
                    let (lon, lat) = grid.lon_lat(p);
                    let (x, y) = projection.project(lon, lat);
                    (geometry::round1(x), geometry::round1(y))
                }))
                .filter_map(|r| geometry::dedup_ring(r.collect()))
                .collect();
            if rings.is_empty() {
                return Err(format!("county {} has no ring left after projection", c.adcode));
            }
            let bbox = Rect::around(rings.iter().flatten().copied()).expect("rings are non-empty");
            let (ax, ay) = geometry::pole_of_inaccessibility(&rings, bbox);
            Ok(CountyShape::from(Shape {
                adcode: c.adcode,
                zh: c.zh,
                en: c.en,
                area: geometry::round1(geometry::area(&rings)),
                rings,
                area_km2: (area_km2 * 100.0).round() / 100.0,
                anchor: (geometry::round1(ax), geometry::round1(ay)),
                bbox,
            }))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(MapData { width, height: projection.height, projection, counties: shapes })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::OnceLock;

    pub(crate) const GEOJSON: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds/jincheng-counties.geojson"));

    pub(crate) fn map() -> &'static MapData {
        static MAP: OnceLock<MapData> = OnceLock::new();
        MAP.get_or_init(|| shapes_from_geojson(GEOJSON, 1000.0).expect("the seed GeoJSON loads"))
    }

    fn county(adcode: &str) -> &'static CountyShape {
        map().county(adcode).unwrap()
    }

    const CHENGQU: &str = "140502";
    const QINSHUI: &str = "140521";
    const ZEZHOU: &str = "140525";

    #[test]
    fn six_counties_with_names() {
        let m = map();
        let codes: Vec<&str> = m.counties.iter().map(|c| c.adcode.as_str()).collect();
        assert_eq!(codes, ["140502", "140521", "140522", "140524", "140581", "140525"]);
        assert_eq!(county(ZEZHOU).zh, "泽州县");
        assert_eq!(county(ZEZHOU).en, "Zezhou County");
        assert_eq!(m.width, 1000.0);
        // Jincheng is wider than tall: 1.68° of longitude × cos 35.6° against 0.88° of latitude.
        assert!(m.height > 600.0 && m.height < 700.0, "height {}", m.height);
    }

    #[test]
    fn areas_match_the_official_ones() {
        let m = map();
        let largest = m.counties.iter().max_by(|a, b| a.area_km2.total_cmp(&b.area_km2)).unwrap();
        let smallest = m.counties.iter().min_by(|a, b| a.area_km2.total_cmp(&b.area_km2)).unwrap();
        assert_eq!(largest.adcode, QINSHUI);
        assert_eq!(smallest.adcode, CHENGQU);
        assert!((largest.area_km2 / 2630.0 - 1.0).abs() < 0.1, "沁水 {}", largest.area_km2);
        assert!((smallest.area_km2 / 143.0 - 1.0).abs() < 0.1, "城区 {}", smallest.area_km2);
        // The projected map has the same largest and smallest county by drawn area.
        let p_largest = m.counties.iter().max_by(|a, b| a.area.total_cmp(&b.area)).unwrap();
        let p_smallest = m.counties.iter().min_by(|a, b| a.area.total_cmp(&b.area)).unwrap();
        assert_eq!((p_largest.adcode.as_str(), p_smallest.adcode.as_str()), (QINSHUI, CHENGQU));
    }

    #[test]
    fn projected_proportions_match_true_proportions() {
        let m = map();
        let km2: f64 = m.counties.iter().map(|c| c.area_km2).sum();
        let units: f64 = m.counties.iter().map(|c| c.area).sum();
        for c in &m.counties {
            let (true_share, drawn_share) = (c.area_km2 / km2, c.area / units);
            assert!((drawn_share / true_share - 1.0).abs() < 0.02, "{}: {drawn_share} vs {true_share}", c.zh);
        }
    }

    #[test]
    fn zezhou_is_one_path_with_a_hole_where_chengqu_is() {
        let z = county(ZEZHOU);
        let rings = z.rings();
        assert_eq!(rings.len(), 2, "outer ring and the hole");
        assert_eq!(z.drawn().matches('M').count(), 2);
        // The hole is exactly 城区's outline: the same vertices, so no sliver and no overlap.
        let hole = rings.iter().min_by(|a, b| geometry::ring_area(a).abs().total_cmp(&geometry::ring_area(b).abs())).unwrap();
        let chengqu = county(CHENGQU).rings();
        assert_eq!(chengqu.len(), 1);
        let mut h: Vec<_> = hole.iter().map(|&(x, y)| ((x * 10.0) as i64, (y * 10.0) as i64)).collect();
        let mut c: Vec<_> = chengqu[0].iter().map(|&(x, y)| ((x * 10.0) as i64, (y * 10.0) as i64)).collect();
        h.sort();
        c.sort();
        assert_eq!(h, c);
        // 泽州's area excludes 城区.
        assert!((z.area_km2 / 2040.0 - 1.0).abs() < 0.05, "泽州 {}", z.area_km2);
    }

    #[test]
    fn the_inner_edge_between_zezhou_parts_is_gone() {
        // Midpoints of the edges the two source parts share must lie inside the drawn 泽州,
        // away from every edge of its path.
        let parsed = geo::parse_raw_parts(GEOJSON, ZEZHOU);
        let (a, b) = (&parsed[0], &parsed[1]);
        let m = map();
        let z = county(ZEZHOU);
        let rings = z.rings();
        let mut shared = 0;
        for i in 0..a.len() {
            let (p, q) = (a[i], a[(i + 1) % a.len()]);
            let in_b = (0..b.len()).any(|j| b[j] == q && b[(j + 1) % b.len()] == p);
            if !in_b {
                continue;
            }
            shared += 1;
            let mid = m.projection.project((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
            assert!(z.contains(mid.0, mid.1));
            assert!(geometry::distance_to_rings(&rings, mid) > 0.2, "an inner edge is still drawn near {mid:?}");
        }
        assert!(shared > 20, "the parts share {shared} edges");
    }

    #[test]
    fn a_point_in_chengqu_is_in_chengqu_only() {
        let m = map();
        let (x, y) = m.projection.project(112.85, 35.50);
        assert!(county(CHENGQU).contains(x, y));
        assert!(!county(ZEZHOU).contains(x, y), "泽州's hole leaves 城区 uncovered");
        assert_eq!(m.county_at(x, y).unwrap().adcode, CHENGQU);
        // And a point just south of 城区 is 泽州's.
        let (x, y) = m.projection.project(112.85, 35.40);
        assert_eq!(m.county_at(x, y).unwrap().adcode, ZEZHOU);
    }

    #[test]
    fn known_places_land_in_their_counties() {
        let m = map();
        // Town centres (approximate) of the county seats.
        for (lon, lat, adcode) in [
            (112.42, 35.49, "140522"),  // 阳城 seat
            (112.19, 35.69, "140521"),  // 沁水 seat
            (113.28, 35.78, "140524"),  // 陵川 seat
            (112.92, 35.80, "140581"),  // 高平 seat
        ] {
            let (x, y) = m.projection.project(lon, lat);
            assert_eq!(m.county_at(x, y).map(|c| c.adcode.as_str()), Some(adcode), "{lon},{lat}");
        }
    }

    #[test]
    fn bounding_box_corners_hit_the_margins() {
        let m = map();
        let p = &m.projection;
        let b = p.bounds;
        let margin = 20.0;
        let (x0, y0) = p.project(b.west, b.north);
        let (x1, y1) = p.project(b.east, b.south);
        assert!((x0 - margin).abs() < 1e-9 && (y0 - margin).abs() < 1e-9, "{x0},{y0}");
        assert!((x1 - (m.width - margin)).abs() < 1e-9 && (y1 - (m.height - margin)).abs() < 1e-9, "{x1},{y1}");
        // The drawn shapes reach, but do not pass, the margins (up to the 0.05 of rounding).
        let all = Rect::around(m.counties.iter().flat_map(|c| [(c.bbox.x0, c.bbox.y0), (c.bbox.x1, c.bbox.y1)])).unwrap();
        for (got, want) in [(all.x0, margin), (all.y0, margin), (all.x1, m.width - margin), (all.y1, m.height - margin)] {
            assert!((got - want).abs() <= 0.05 + 1e-9, "{got} vs {want}");
        }
    }

    #[test]
    fn shared_borders_keep_identical_vertices() {
        let m = map();
        let rings: Vec<&[Vec<(f64, f64)>]> = m.counties.iter().map(|c| c.rings()).collect();
        let mut checked = 0;
        for (i, a) in rings.iter().enumerate() {
            for (j, b) in rings.iter().enumerate() {
                if i == j {
                    continue;
                }
                let b_vertices: std::collections::HashSet<(i64, i64)> =
                    b.iter().flatten().map(|&(x, y)| ((x * 10.0).round() as i64, (y * 10.0).round() as i64)).collect();
                for &v in a.iter().flatten() {
                    // A vertex of `a` that lies on `b`'s outline must be one of `b`'s vertices,
                    // or the border would be drawn differently from the two sides.
                    if geometry::distance_to_rings(b, v) < 0.01 {
                        checked += 1;
                        assert!(
                            b_vertices.contains(&((v.0 * 10.0).round() as i64, (v.1 * 10.0).round() as i64)),
                            "{} vertex {v:?} lies on {}'s border but is not its vertex",
                            m.counties[i].zh,
                            m.counties[j].zh
                        );
                    }
                }
            }
        }
        assert!(checked > 500, "only {checked} shared vertices");
    }

    #[test]
    fn every_drawn_county_lands_on_its_points_in_fewer_bytes() {
        for c in &map().counties {
            let drawn = c.drawn();
            assert!(drawn.chars().all(|ch| "Mlz .-0123456789".contains(ch)), "{}: {drawn:.80}", c.zh);
            assert_eq!(geometry::tests::read_drawn(drawn), c.rings(), "{}", c.zh);
            let absolute = geometry::path_data(c.rings());
            assert!(drawn.len() * 10 < absolute.len() * 8, "{}: {} bytes drawn for {} absolute", c.zh, drawn.len(), absolute.len());
        }
    }

    #[test]
    fn outlines_are_in_tenths_and_without_repeats() {
        for c in &map().counties {
            for ring in c.rings() {
                assert!(ring.len() >= 3);
                for (k, &(x, y)) in ring.iter().enumerate() {
                    assert_eq!((x, y), (geometry::round1(x), geometry::round1(y)), "{}: not in tenths", c.zh);
                    assert_ne!((x, y), ring[(k + 1) % ring.len()], "{}: repeated point", c.zh);
                }
            }
        }
    }

    #[test]
    fn anchors_sit_well_inside() {
        let m = map();
        for c in &m.counties {
            let rings = c.rings();
            assert!(c.contains(c.anchor.0, c.anchor.1), "{} anchor outside", c.zh);
            // Far from the edges: at least a quarter of the county's inradius-ish size.
            let depth = geometry::distance_to_rings(&rings, c.anchor);
            assert!(depth > 0.1 * c.area.sqrt(), "{}: anchor only {depth} from an edge", c.zh);
        }
        // 泽州's source label point is near its northern edge; ours is much deeper inside.
        let z = county(ZEZHOU);
        let source = m.projection.project(112.899137, 35.617221);
        let rings = z.rings();
        assert!(geometry::distance_to_rings(&rings, z.anchor) > 2.0 * geometry::distance_to_rings(&rings, source));
    }

    #[test]
    fn map_data_round_trips_through_json() {
        let json = serde_json::to_string(map()).unwrap();
        let back: MapData = serde_json::from_str(&json).unwrap();
        // Stored numbers are short decimals and come back exactly; the projection's full-precision
        // constants may come back an ulp off (serde_json's default float parsing).
        assert_eq!(back.counties, map().counties);
        // What is derived is derived again on reading.
        assert!(back.counties.iter().all(|c| c.drawn() == geometry::drawn_path_data(c.rings())));
        let (a, b) = (back.projection, map().projection);
        for (x, y) in [(a.lon0, b.lon0), (a.lat0, b.lat0), (a.k, b.k), (a.scale, b.scale), (a.cy, b.cy), (a.height, b.height)] {
            assert!((x - y).abs() <= 1e-12 * y.abs(), "{x} vs {y}");
        }
    }

    #[test]
    fn rejects_bad_input() {
        assert!(shapes_from_geojson("{", 1000.0).is_err());
        assert!(shapes_from_geojson(r#"{"type":"FeatureCollection","features":[]}"#, 1000.0).is_err());
        assert!(shapes_from_geojson(GEOJSON, 0.0).is_err());
        let point = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"adcode":"1","name":"a","name_en":"A"},"geometry":{"type":"Point","coordinates":[1,2]}}]}"#;
        assert!(shapes_from_geojson(point, 1000.0).is_err());
    }
}
