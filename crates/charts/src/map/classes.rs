//! Choropleth classes.
//!
//! Equal intervals between the smallest and the largest value: with six counties, quantiles
//! would put one or two counties in each class whatever the values, hiding how far apart they
//! are; equal intervals keep the legend's numbers meaningful. When every value is a whole
//! number (counts, the usual case here) the thresholds are rounded up to whole numbers so the
//! legend reads "5–6, 7, 8–9, 10–11" rather than "5–6.5 …"; thresholds that then coincide are
//! merged, so there may be fewer classes than asked for.

use serde::{Deserialize, Serialize};

/// The class breaks, for colouring and for drawing the legend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Legend {
    /// Ascending lower bounds of classes 1, 2, …: a value `v` is in class
    /// `thresholds.iter().filter(|t| v >= t).count()` (a value on a threshold goes up).
    pub thresholds: Vec<f64>,
    /// The smallest and largest finite value (0 and 0 when there is none).
    pub min: f64,
    pub max: f64,
    /// Whether all values are whole numbers (the thresholds are then whole numbers too).
    pub integers: bool,
}

impl Legend {
    /// How many classes there are: `thresholds.len() + 1`.
    pub fn count(&self) -> usize {
        self.thresholds.len() + 1
    }

    /// The class of a value; non-finite values go to class 0.
    pub fn class_of(&self, v: f64) -> usize {
        if !v.is_finite() {
            return 0;
        }
        self.thresholds.iter().filter(|&&t| v >= t).count()
    }

    /// `(from, to)` per class for the legend: from `min` to the first threshold, …, to `max`.
    /// For whole numbers `to` is the last whole number in the class (5–6, not 5–7).
    pub fn ranges(&self) -> Vec<(f64, f64)> {
        let mut bounds = vec![self.min];
        bounds.extend(&self.thresholds);
        (0..bounds.len())
            .map(|i| {
                let to = match bounds.get(i + 1) {
                    Some(&next) if self.integers => next - 1.0,
                    Some(&next) => next,
                    None => self.max,
                };
                (bounds[i], to)
            })
            .collect()
    }
}

/// The equal-interval legend for `values` in `steps` classes (at least one). Non-finite values
/// are ignored; when all values are equal there is a single class.
pub fn legend(values: &[(String, f64)], steps: usize) -> Legend {
    let finite: Vec<f64> = values.iter().map(|(_, v)| *v).filter(|v| v.is_finite()).collect();
    let (min, max) = finite.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    if finite.is_empty() {
        return Legend { thresholds: Vec::new(), min: 0.0, max: 0.0, integers: true };
    }
    let integers = finite.iter().all(|v| v.fract() == 0.0);
    let steps = steps.max(1);
    let mut thresholds: Vec<f64> = Vec::new();
    if max > min {
        for i in 1..steps {
            let t = min + (max - min) * i as f64 / steps as f64;
            let t = if integers { t.ceil() } else { t };
            // Rounding can push a threshold onto its neighbour or past the maximum: an empty
            // class would only confuse the legend.
            if t > min && t <= max && thresholds.last().is_none_or(|&last| t > last) {
                thresholds.push(t);
            }
        }
    }
    Legend { thresholds, min, max, integers }
}

/// Each county's class index (0 = lowest) under [`legend`]`(values, steps)`, in the order given.
/// Call [`legend`] with the same arguments for the thresholds to draw the key.
pub fn classes(values: &[(String, f64)], steps: usize) -> Vec<(String, usize)> {
    let l = legend(values, steps);
    values.iter().map(|(k, v)| (k.clone(), l.class_of(*v))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(pairs: &[(&str, f64)]) -> Vec<(String, f64)> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn county_item_counts_in_four_classes() {
        // The report's county sentences per county.
        let values = v(&[("140525", 11.0), ("140522", 9.0), ("140502", 8.0), ("140521", 7.0), ("140524", 6.0), ("140581", 5.0)]);
        let l = legend(&values, 4);
        assert_eq!(l.thresholds, [7.0, 8.0, 10.0]);
        assert_eq!(l.ranges(), [(5.0, 6.0), (7.0, 7.0), (8.0, 9.0), (10.0, 11.0)]);
        let c = classes(&values, 4);
        let got: Vec<usize> = c.iter().map(|(_, k)| *k).collect();
        assert_eq!(got, [3, 2, 2, 1, 0, 0]);
        assert_eq!(c[0].0, "140525");
    }

    #[test]
    fn fractional_values_get_exact_intervals() {
        let values = v(&[("a", 0.0), ("b", 1.0), ("c", 0.5), ("d", 0.26)]);
        let l = legend(&values, 4);
        assert_eq!(l.thresholds, [0.25, 0.5, 0.75]);
        assert_eq!(classes(&values, 4).iter().map(|(_, k)| *k).collect::<Vec<_>>(), [0, 3, 2, 1]);
        assert_eq!(l.ranges().last(), Some(&(0.75, 1.0)));
    }

    #[test]
    fn degenerate_inputs() {
        assert_eq!(legend(&[], 3).count(), 1);
        let same = v(&[("a", 2.0), ("b", 2.0)]);
        assert_eq!(legend(&same, 5).count(), 1);
        assert_eq!(classes(&same, 5), [("a".to_string(), 0), ("b".to_string(), 0)]);
        let with_nan = v(&[("a", f64::NAN), ("b", 1.0), ("c", 3.0)]);
        assert_eq!(classes(&with_nan, 2).iter().map(|(_, k)| *k).collect::<Vec<_>>(), [0, 0, 1]);
        assert_eq!(legend(&with_nan, 0).count(), 1);
        // Few distinct whole numbers cannot fill many classes.
        let l = legend(&v(&[("a", 1.0), ("b", 2.0)]), 5);
        assert_eq!(l.thresholds, [2.0]);
    }
}
