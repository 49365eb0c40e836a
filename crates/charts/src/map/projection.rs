//! Equirectangular projection at the map's own latitude, fitted into a viewBox.

use serde::{Deserialize, Serialize};

/// A lon/lat bounding box, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Bounds {
    /// The smallest box around `(lon, lat)` points; `None` when there are none.
    pub fn of(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Bounds> {
        points.into_iter().fold(None, |b, (lon, lat)| {
            Some(match b {
                None => Bounds { west: lon, south: lat, east: lon, north: lat },
                Some(b) => Bounds { west: b.west.min(lon), south: b.south.min(lat), east: b.east.max(lon), north: b.north.max(lat) },
            })
        })
    }

    pub fn centre(&self) -> (f64, f64) {
        ((self.west + self.east) / 2.0, (self.north + self.south) / 2.0)
    }
}

/// `x = cx + s·(lon − lon0)·cos(lat0)`, `y = cy − s·(lat − lat0)`: north up, one degree of
/// latitude and `1/cos(lat0)` degrees of longitude the same length, as on the ground at lat0.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    pub lon0: f64,
    pub lat0: f64,
    /// cos(lat0).
    pub k: f64,
    /// viewBox units per degree of latitude.
    pub scale: f64,
    /// The viewBox point of (lon0, lat0).
    pub cx: f64,
    pub cy: f64,
    pub width: f64,
    pub height: f64,
    /// What was fitted: its corners land on the margins.
    pub bounds: Bounds,
}

impl Projection {
    /// Fits `bounds` into a viewBox `width` wide, leaving `margin` on every side; the height
    /// follows from the aspect ratio. The centre of `bounds` is the projection centre.
    pub fn fit(bounds: Bounds, width: f64, margin: f64) -> Projection {
        let (lon0, lat0) = bounds.centre();
        let k = lat0.to_radians().cos();
        let span_x = (bounds.east - bounds.west) * k;
        let span_y = bounds.north - bounds.south;
        let inner = width - 2.0 * margin;
        // A degenerate box (one point, one meridian) still gets a finite scale.
        let scale = if span_x > 0.0 { inner / span_x } else if span_y > 0.0 { inner / span_y } else { 1.0 };
        let height = span_y * scale + 2.0 * margin;
        Projection { lon0, lat0, k, scale, cx: width / 2.0, cy: height / 2.0, width, height, bounds }
    }

    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        (self.cx + self.scale * (lon - self.lon0) * self.k, self.cy - self.scale * (lat - self.lat0))
    }

    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        (self.lon0 + (x - self.cx) / (self.scale * self.k), self.lat0 - (y - self.cy) / self.scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JINCHENG: Bounds = Bounds { west: 111.94238, south: 35.1875, east: 113.62598, north: 36.06348 };

    #[test]
    fn corners_land_on_the_margins() {
        let p = Projection::fit(JINCHENG, 1000.0, 20.0);
        let (x, y) = p.project(JINCHENG.west, JINCHENG.north);
        assert!((x - 20.0).abs() < 1e-9 && (y - 20.0).abs() < 1e-9);
        let (x, y) = p.project(JINCHENG.east, JINCHENG.south);
        assert!((x - 980.0).abs() < 1e-9 && (y - (p.height - 20.0)).abs() < 1e-9);
        assert!((p.lat0 - 35.6).abs() < 0.1);
    }

    #[test]
    fn unproject_inverts_project() {
        let p = Projection::fit(JINCHENG, 1000.0, 20.0);
        for (lon, lat) in [(112.85, 35.5), (111.95, 36.0), (113.6, 35.2)] {
            let (x, y) = p.project(lon, lat);
            let (lon2, lat2) = p.unproject(x, y);
            assert!((lon - lon2).abs() < 1e-12 && (lat - lat2).abs() < 1e-12);
        }
    }

    #[test]
    fn a_kilometre_is_a_kilometre_both_ways() {
        // At lat0 one degree of longitude is cos(lat0) degrees of latitude long on the ground.
        let p = Projection::fit(JINCHENG, 1000.0, 20.0);
        let (x0, y0) = p.project(p.lon0, p.lat0);
        let (x1, _) = p.project(p.lon0 + 1.0 / p.k, p.lat0);
        let (_, y1) = p.project(p.lon0, p.lat0 - 1.0);
        assert!(((x1 - x0) - (y1 - y0)).abs() < 1e-9);
    }
}
