//! Lon/lat geometry: reading the GeoJSON onto an integer grid, merging a county's parts,
//! removing exactly-straight points, and ellipsoidal areas.
//!
//! Integer coordinates make the merge and the straightness test exact: two parts share an edge
//! only if the endpoints are *equal*, and a point is on a line only if a cross product is zero.

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// A point on the grid: lon·per_degree, lat·per_degree.
pub(crate) type GridPoint = (i64, i64);

#[derive(Debug, Clone, Copy)]
pub(crate) struct Grid {
    per_degree: f64,
}

impl Grid {
    /// The source is quantized to 1/1024° (ECharts' encoding) and printed with 5 decimals.
    const SOURCE: f64 = 1024.0;
    /// Any other input is taken at its printed precision (1e-5° ≈ 1 m).
    const FALLBACK: f64 = 100_000.0;

    /// The coarsest grid on which every coordinate lies: straightness is only detectable on the
    /// grid the data was made on (5-decimal roundings of 1/1024° steps are not collinear).
    fn for_coordinates(coords: &[f64]) -> Grid {
        // 5-decimal rounding moves a 1/1024° point by at most 0.00512 grid units.
        let on_source = coords.iter().all(|v| {
            let g = v * Self::SOURCE;
            (g - g.round()).abs() < 0.006
        });
        Grid { per_degree: if on_source { Self::SOURCE } else { Self::FALLBACK } }
    }

    fn point(&self, lon: f64, lat: f64) -> GridPoint {
        ((lon * self.per_degree).round() as i64, (lat * self.per_degree).round() as i64)
    }

    pub(crate) fn lon_lat(&self, p: GridPoint) -> (f64, f64) {
        (p.0 as f64 / self.per_degree, p.1 as f64 / self.per_degree)
    }

    pub(crate) fn lon_lat_rings(&self, rings: &[Vec<GridPoint>]) -> Vec<Vec<(f64, f64)>> {
        rings.iter().map(|r| r.iter().map(|&p| self.lon_lat(p)).collect()).collect()
    }
}

/// A county as read: names and its merged rings (open: the first point is not repeated).
#[derive(Debug, Clone)]
pub(crate) struct RawCounty {
    pub adcode: String,
    pub zh: String,
    pub en: String,
    pub rings: Vec<Vec<GridPoint>>,
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Properties {
    adcode: serde_json::Value,
    name: String,
    name_en: String,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon { coordinates: Vec<Vec<Vec<f64>>> },
    MultiPolygon { coordinates: Vec<Vec<Vec<Vec<f64>>>> },
    #[serde(other)]
    Other,
}

impl Geometry {
    fn polygons(&self) -> Option<Vec<&Vec<Vec<Vec<f64>>>>> {
        match self {
            Geometry::Polygon { coordinates } => Some(vec![coordinates]),
            Geometry::MultiPolygon { coordinates } => Some(coordinates.iter().collect()),
            Geometry::Other => None,
        }
    }
}

fn lon_lat(position: &[f64]) -> Result<(f64, f64), String> {
    match position {
        [lon, lat, ..] if lon.is_finite() && lat.is_finite() => Ok((*lon, *lat)),
        _ => Err(format!("bad position {position:?}")),
    }
}

/// Twice the signed area (positive counter-clockwise with y up), exact on the grid.
fn twice_area(ring: &[GridPoint]) -> i128 {
    (0..ring.len())
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            a.0 as i128 * b.1 as i128 - b.0 as i128 * a.1 as i128
        })
        .sum()
}

/// Drops consecutive repeats (the quantized source has many) and the closing repeat.
fn open_ring(points: impl IntoIterator<Item = GridPoint>) -> Vec<GridPoint> {
    let mut ring: Vec<GridPoint> = Vec::new();
    for p in points {
        if ring.last() != Some(&p) {
            ring.push(p);
        }
    }
    while ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    ring
}

pub(crate) fn parse(geojson: &str) -> Result<(Vec<RawCounty>, Grid), String> {
    let fc: FeatureCollection = serde_json::from_str(geojson).map_err(|e| format!("county GeoJSON: {e}"))?;
    if fc.features.is_empty() {
        return Err("the GeoJSON has no features".into());
    }
    let mut coords = Vec::new();
    for f in &fc.features {
        let polygons = f.geometry.polygons().ok_or_else(|| format!("{}: not a (Multi)Polygon", f.properties.name))?;
        for position in polygons.into_iter().flatten().flatten() {
            let (lon, lat) = lon_lat(position)?;
            coords.extend([lon, lat]);
        }
    }
    let grid = Grid::for_coordinates(&coords);
    let mut counties = Vec::new();
    for f in &fc.features {
        let adcode = match &f.properties.adcode {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            other => return Err(format!("{}: adcode {other} is neither string nor number", f.properties.name)),
        };
        let mut rings = Vec::new();
        for polygon in f.geometry.polygons().expect("checked above") {
            for (k, ring) in polygon.iter().enumerate() {
                let mut r = open_ring(ring.iter().map(|p| lon_lat(p).map(|(lon, lat)| grid.point(lon, lat))).collect::<Result<Vec<_>, _>>()?);
                let a = twice_area(&r);
                if r.len() < 3 || a == 0 {
                    continue;
                }
                // RFC 7946 orientation, enforced because the merge relies on it: a border
                // between two parts must run in opposite directions in the two.
                if (k == 0) != (a > 0) {
                    r.reverse();
                }
                rings.push(r);
            }
        }
        let rings = merge_rings(&rings).map_err(|e| format!("{}: {e}", f.properties.name))?;
        if rings.is_empty() {
            return Err(format!("{}: no area", f.properties.name));
        }
        counties.push(RawCounty { adcode, zh: f.properties.name.clone(), en: f.properties.name_en.clone(), rings });
    }
    Ok((counties, grid))
}

/// Cancels every edge that occurs in both directions (a border between two parts of the same
/// county, or a spike), then chains the remaining directed edges into closed rings.
pub(crate) fn merge_rings(rings: &[Vec<GridPoint>]) -> Result<Vec<Vec<GridPoint>>, String> {
    let edges: Vec<(GridPoint, GridPoint)> =
        rings.iter().flat_map(|r| (0..r.len()).map(move |i| (r[i], r[(i + 1) % r.len()]))).collect();
    let mut alive = vec![true; edges.len()];
    let mut open: HashMap<(GridPoint, GridPoint), Vec<usize>> = HashMap::new();
    for (i, &(a, b)) in edges.iter().enumerate() {
        if let Some(j) = open.get_mut(&(b, a)).and_then(Vec::pop) {
            alive[i] = false;
            alive[j] = false;
        } else {
            open.entry((a, b)).or_default().push(i);
        }
    }
    // BTreeMap and edge order keep the output deterministic (the build embeds it).
    let mut outgoing: BTreeMap<GridPoint, Vec<usize>> = BTreeMap::new();
    for (i, &(a, _)) in edges.iter().enumerate().rev() {
        if alive[i] {
            outgoing.entry(a).or_default().push(i);
        }
    }
    let mut used = vec![false; edges.len()];
    let mut out = Vec::new();
    for first in 0..edges.len() {
        if !alive[first] || used[first] {
            continue;
        }
        let start = edges[first].0;
        let mut ring = vec![start];
        let mut edge = first;
        loop {
            used[edge] = true;
            if let Some(v) = outgoing.get_mut(&edges[edge].0) {
                v.retain(|&e| e != edge);
            }
            let at = edges[edge].1;
            if at == start {
                break;
            }
            ring.push(at);
            // At a vertex where the outline touches itself any continuation closes a valid ring;
            // even-odd filling draws the same either way.
            edge = *outgoing.get(&at).and_then(|v| v.last()).ok_or_else(|| format!("outline does not close at {at:?}"))?;
        }
        if ring.len() >= 3 {
            out.push(ring);
        }
    }
    Ok(out)
}

/// Removes points lying exactly on the straight line through their neighbours, but only where
/// both edges border the same set of counties: the neighbour across a shared border then sees
/// the same straight run and removes the same points, so shared borders keep identical vertices.
pub(crate) fn drop_straight_points(counties: &mut [RawCounty]) {
    let key = |a: GridPoint, b: GridPoint| if a <= b { (a, b) } else { (b, a) };
    // Counties are visited in order, so each owner list comes out sorted and comparable.
    let mut owners: HashMap<(GridPoint, GridPoint), Vec<usize>> = HashMap::new();
    for (c, county) in counties.iter().enumerate() {
        for r in &county.rings {
            for i in 0..r.len() {
                let list = owners.entry(key(r[i], r[(i + 1) % r.len()])).or_default();
                if list.last() != Some(&c) {
                    list.push(c);
                }
            }
        }
    }
    for county in counties.iter_mut() {
        for ring in &mut county.rings {
            let n = ring.len();
            let straight = |i: usize| {
                let (p, q, r) = (ring[(i + n - 1) % n], ring[i], ring[(i + 1) % n]);
                let (ux, uy, vx, vy) = (q.0 - p.0, q.1 - p.1, r.0 - q.0, r.1 - q.1);
                let same_line = ux as i128 * vy as i128 == uy as i128 * vx as i128;
                let forward = ux as i128 * vx as i128 + uy as i128 * vy as i128 > 0;
                same_line && forward && owners.get(&key(p, q)) == owners.get(&key(q, r))
            };
            let keep: Vec<GridPoint> = (0..n).filter(|&i| !straight(i)).map(|i| ring[i]).collect();
            if keep.len() >= 3 {
                *ring = keep;
            }
        }
    }
}

/// WGS84 semi-major axis and flattening.
const A: f64 = 6_378_137.0;
const F: f64 = 1.0 / 298.257_223_563;

/// Snyder's q(φ) for the ellipsoidal cylindrical equal-area projection (y = a·q/2).
fn authalic_q(lat_deg: f64) -> f64 {
    let e2 = F * (2.0 - F);
    let e = e2.sqrt();
    let s = lat_deg.to_radians().sin();
    (1.0 - e2) * (s / (1.0 - e2 * s * s) - (1.0 / (2.0 * e)) * ((1.0 - e * s) / (1.0 + e * s)).ln())
}

/// The area in km² enclosed by lon/lat rings (degrees; a hole is a ring of opposite orientation
/// to its exterior, as in GeoJSON), on the WGS84 ellipsoid.
///
/// The rings go through the cylindrical equal-area projection of the ellipsoid and are measured
/// there with the shoelace formula; that is exact up to the (sub-metre) difference between a
/// straight edge there and on the ground. The result is the absolute value of the signed sum,
/// so either overall orientation works.
pub fn area_km2(rings: &[Vec<(f64, f64)>]) -> f64 {
    let signed: f64 = rings
        .iter()
        .map(|ring| {
            let pts: Vec<(f64, f64)> = ring.iter().map(|&(lon, lat)| (A * lon.to_radians(), A * authalic_q(lat) / 2.0)).collect();
            (0..pts.len())
                .map(|i| {
                    let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
                    a.0 * b.1 - b.0 * a.1
                })
                .sum::<f64>()
                / 2.0
        })
        .sum();
    signed.abs() / 1e6
}

/// The source rings of one feature, repeats dropped, as printed (for tests of the merge).
#[cfg(test)]
pub(crate) fn parse_raw_parts(geojson: &str, adcode: &str) -> Vec<Vec<(f64, f64)>> {
    let fc: FeatureCollection = serde_json::from_str(geojson).unwrap();
    let f = fc.features.iter().find(|f| f.properties.adcode.as_str() == Some(adcode)).unwrap();
    f.geometry
        .polygons()
        .unwrap()
        .into_iter()
        .flatten()
        .map(|ring| {
            let mut r: Vec<(f64, f64)> = Vec::new();
            for p in ring {
                let p = (p[0], p[1]);
                if r.last() != Some(&p) {
                    r.push(p);
                }
            }
            if r.len() > 1 && r.first() == r.last() {
                r.pop();
            }
            r
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: i64, y: i64, s: i64) -> Vec<GridPoint> {
        vec![(x, y), (x + s, y), (x + s, y + s), (x, y + s)]
    }

    #[test]
    fn two_squares_sharing_an_edge_become_one_ring() {
        let merged = merge_rings(&[square(0, 0, 2), square(2, 0, 2)]).unwrap();
        assert_eq!(merged.len(), 1);
        assert_eq!(twice_area(&merged[0]), 2 * 8);
        // The shared edge (2,0)-(2,2) is gone from the outline.
        let r = &merged[0];
        let has = |a, b| (0..r.len()).any(|i| r[i] == a && r[(i + 1) % r.len()] == b);
        assert!(!has((2, 0), (2, 2)) && !has((2, 2), (2, 0)));
    }

    #[test]
    fn two_halves_of_a_frame_become_an_outline_and_a_hole() {
        // Left and right halves of a 6×6 square with a 2×2 hole in the middle, like 泽州 around 城区.
        let left = vec![(0, 0), (3, 0), (3, 2), (2, 2), (2, 4), (3, 4), (3, 6), (0, 6)];
        let right = vec![(3, 0), (6, 0), (6, 6), (3, 6), (3, 4), (4, 4), (4, 2), (3, 2)];
        let merged = merge_rings(&[left, right]).unwrap();
        assert_eq!(merged.len(), 2);
        let mut areas: Vec<i128> = merged.iter().map(|r| twice_area(r)).collect();
        areas.sort();
        assert_eq!(areas, [-8, 72], "a clockwise hole inside a counter-clockwise outline");
    }

    #[test]
    fn straight_points_go_only_where_both_sides_agree() {
        // Two unit-grid rectangles sharing the edge x=2; (2,1) is straight for both, and the
        // points on the outer edges are straight with one owner.
        let a = vec![(0, 0), (1, 0), (2, 0), (2, 1), (2, 2), (1, 2), (0, 2), (0, 1)];
        let b = vec![(2, 0), (4, 0), (4, 2), (2, 2), (2, 1)];
        let mut cs: Vec<RawCounty> = [a, b]
            .into_iter()
            .map(|r| RawCounty { adcode: String::new(), zh: String::new(), en: String::new(), rings: vec![r] })
            .collect();
        drop_straight_points(&mut cs);
        assert_eq!(cs[0].rings[0], [(0, 0), (2, 0), (2, 2), (0, 2)]);
        assert_eq!(cs[1].rings[0], [(2, 0), (4, 0), (4, 2), (2, 2)]);

        // With a third county touching (2,1) from the right, it must stay in both.
        let a = vec![(0, 0), (2, 0), (2, 1), (2, 2), (0, 2)];
        let b = vec![(2, 0), (4, 0), (4, 1), (2, 1)];
        let c = vec![(2, 1), (4, 1), (4, 2), (2, 2)];
        let mut cs: Vec<RawCounty> = [a, b, c]
            .into_iter()
            .map(|r| RawCounty { adcode: String::new(), zh: String::new(), en: String::new(), rings: vec![r] })
            .collect();
        drop_straight_points(&mut cs);
        assert!(cs[0].rings[0].contains(&(2, 1)));
    }

    #[test]
    fn one_degree_cell_at_the_equator() {
        // 111.32 km of longitude × 110.57 km of latitude.
        let cell = vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)];
        let a = area_km2(std::slice::from_ref(&cell));
        assert!((a / 12_308.0 - 1.0).abs() < 0.002, "{a}");
        let reversed: Vec<_> = cell.into_iter().rev().collect();
        assert_eq!(area_km2(&[reversed]), a);
    }

    #[test]
    fn holes_are_subtracted() {
        let outer = vec![(112.0, 35.0), (113.0, 35.0), (113.0, 36.0), (112.0, 36.0)];
        let hole = vec![(112.25, 35.25), (112.25, 35.75), (112.75, 35.75), (112.75, 35.25)];
        let full = area_km2(std::slice::from_ref(&outer));
        let with_hole = area_km2(&[outer, hole.clone()]);
        assert!((with_hole - (full - area_km2(&[hole]))).abs() < 1e-6);
    }

    #[test]
    fn the_seed_data_is_on_the_source_grid() {
        let (counties, grid) = parse(crate::map::tests::GEOJSON).unwrap();
        assert_eq!(grid.per_degree, Grid::SOURCE);
        assert_eq!(counties.len(), 6);
    }
}
