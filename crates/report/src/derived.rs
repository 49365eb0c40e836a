//! Derived figures: numbers the report implies but does not state.
//!
//! Rules: a derived figure names its inputs and its formula, is marked `derived` in every output,
//! and never claims words of the text (it points at its first input's quote for context). A rank
//! is never an input: places and bands have no arithmetic. Its qualifier is `about` unless it is
//! a difference of exact figures, because it is computed from rounded numbers.
//! - It is shown with no more precision than its method supports: a level moved by a growth rate
//!   (`baseline`, `projection`) or a `ratio` keeps [`SIGNIFICANT`] significant digits. Growth
//!   rates are rounded, and in comparable prices while levels are nominal, so 2333.3 ÷ 1.07 is
//!   about 2180, not 2180.65. A `difference` keeps the digits of its inputs.

use crate::catalogue::DerivedEntry;
use crate::model::*;
use crate::scanner::Qualifier;

/// Significant digits of a figure derived through a rate (see the module rules).
pub const SIGNIFICANT: i32 = 3;

/// `v` rounded to `digits` significant digits: 2180.65 → 2180, 1.1111 → 1.11.
pub fn significant(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let magnitude = v.abs().log10().floor() as i32;
    let m = 10f64.powi(digits - 1 - magnitude);
    (v * m).round() / m
}

fn round(v: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    (v * m).round() / m
}

/// Writes a value the way the report would: at most two decimals, no trailing zeros.
pub fn written(v: f64) -> String {
    let s = format!("{:.2}", round(v, 2));
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub fn derive(d: &DerivedEntry, figures: &[Figure]) -> Result<Figure, String> {
    let input = |id: &str| {
        figures
            .iter()
            .find(|f| f.id == id && !f.is_derived())
            .ok_or_else(|| format!("input `{id}` is not a stated figure of the catalogue"))
    };
    if d.inputs.len() != 2 {
        return Err(format!("formula `{}` takes two inputs, got {}", d.formula, d.inputs.len()));
    }
    let a = input(&d.inputs[0])?;
    let b = input(&d.inputs[1])?;
    // A place or a band has no arithmetic: 第1 ÷ 1.07 means nothing.
    if let Some(r) = [a, b].into_iter().find(|f| f.measure == Measure::Rank) {
        return Err(format!("`{}` is a rank: ranks are not computed with", r.id));
    }
    let sector = Sector::parse(&d.sector).ok_or_else(|| format!("unknown sector `{}`", d.sector))?;
    let status = Status::parse(&d.status).ok_or_else(|| format!("unknown status `{}`", d.status))?;
    let need_growth = |f: &Figure| {
        if f.measure == Measure::Growth && f.unit == "%" {
            Ok(f.value / 100.0)
        } else {
            Err(format!("`{}` must be a growth rate in %", f.id))
        }
    };
    let (factor, unit, base_unit, measure, text) = match d.formula.as_str() {
        "baseline" => {
            let g = need_growth(b)?;
            (1.0 / (1.0 + g), a.unit.clone(), a.base_unit.clone(), a.measure,
             format!("{} ÷ (1 + {}) = {}{} ÷ {}", a.id, b.id, a.written, a.unit, written(1.0 + g)))
        }
        "projection" => {
            let g = need_growth(b)?;
            (1.0 + g, a.unit.clone(), a.base_unit.clone(), a.measure,
             format!("{} × (1 + {}) = {}{} × {}", a.id, b.id, a.written, a.unit, written(1.0 + g)))
        }
        "difference" => {
            if a.unit != b.unit {
                return Err(format!("difference of `{}` ({}) and `{}` ({}): units differ", a.id, a.unit, b.id, b.unit));
            }
            let text = format!("{} − {} = {}{} − {}{}", a.id, b.id, a.written, a.unit, b.written, b.unit);
            let value = a.value - b.value;
            let base = a.base_value - b.base_value;
            return Ok(finish(d, a, b, sector, status, value, base, a.unit.clone(), a.base_unit.clone(), a.measure, text,
                if a.qualifier == Qualifier::Exact && b.qualifier == Qualifier::Exact { Qualifier::Exact } else { Qualifier::About }));
        }
        "ratio" => {
            let value = significant(a.base_value / b.base_value, SIGNIFICANT);
            let text = format!("{} ÷ {} = {}{} ÷ {}{}", a.id, b.id, a.written, a.unit, b.written, b.unit);
            return Ok(finish(d, a, b, sector, status, value, value, "倍".into(), "倍".into(), Measure::Growth, text, Qualifier::About));
        }
        other => return Err(format!("unknown formula `{other}` (baseline, projection, difference, ratio)")),
    };
    let value = significant(a.value * factor, SIGNIFICANT);
    // The base value follows the rounded value, so that both say the same number.
    let base_value = value * (a.base_value / a.value);
    Ok(finish(d, a, b, sector, status, value, base_value, unit, base_unit, measure, text, Qualifier::About))
}

#[allow(clippy::too_many_arguments)]
fn finish(
    d: &DerivedEntry, a: &Figure, b: &Figure, sector: Sector, status: Status, value: f64, base_value: f64,
    unit: String, base_unit: String, measure: Measure, formula: String, qualifier: Qualifier,
) -> Figure {
    let mut counties = a.counties.clone();
    counties.extend(b.counties.iter().cloned());
    counties.sort();
    counties.dedup();
    let value = round(value, 2);
    Figure {
        id: d.id.clone(),
        label: Label { zh: d.zh.clone(), en: d.en.clone() },
        value,
        written: written(value),
        unit,
        base_value: round(base_value, 2),
        base_unit,
        year: d.year,
        since: None,
        status,
        qualifier,
        measure,
        // Derived figures are levels, growths and ratios; a rank is never computed.
        rank: None,
        sector,
        counties,
        quote: a.quote.clone(),
        span: a.span,
        numeral: a.numeral,
        derived: Some(formula),
        derived_from: vec![a.id.clone(), b.id.clone()],
        // The note is the catalogue's to check and set (`catalogue::entry_note`).
        note: None,
        unit_en: String::new(),
        counts: a.counts,
        part: a.part,
        section: a.section,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(id: &str, value: f64, unit: &str, base: f64, base_unit: &str, measure: Measure) -> Figure {
        Figure {
            id: id.into(), label: Label { zh: String::new(), en: String::new() }, value, written: written(value),
            unit: unit.into(), base_value: base, base_unit: base_unit.into(), year: 2023, since: None,
            status: Status::Actual, qualifier: Qualifier::Exact, measure, rank: None, sector: Sector::Economy,
            counties: vec![], quote: String::new(), span: [0, 0], numeral: [0, 0], derived: None,
            derived_from: vec![], note: None, unit_en: String::new(), counts: None, part: 1, section: None,
        }
    }
    fn entry(formula: &str, inputs: [&str; 2]) -> DerivedEntry {
        DerivedEntry { id: "x".into(), zh: "x".into(), en: "x".into(), sector: "economy".into(), formula: formula.into(),
            inputs: inputs.iter().map(|s| s.to_string()).collect(), year: 2022, status: "actual".into(), note_zh: None, note_en: None, note: None }
    }

    #[test]
    fn baseline_from_level_and_growth() {
        let figs = [fig("gdp", 2333.3, "亿元", 2.3333e11, "元", Measure::Level), fig("g", 7.0, "%", 7.0, "%", Measure::Growth)];
        let f = derive(&entry("baseline", ["gdp", "g"]), &figs).unwrap();
        // 2333.3 / 1.07 = 2180.65…, shown as about 2180: a real growth rate does not support more.
        assert_eq!((f.value, f.unit.as_str(), f.qualifier), (2180.0, "亿元", Qualifier::About));
        assert_eq!(f.base_value, 2.18e11);
        assert_eq!(f.derived.as_deref(), Some("gdp ÷ (1 + g) = 2333.3亿元 ÷ 1.07"));
        assert_eq!(f.derived_from, vec!["gdp", "g"]);
    }

    #[test]
    fn difference_needs_one_unit_and_stays_exact() {
        let figs = [fig("plan", 1162.0, "亿元", 1.162e11, "元", Measure::Level), fig("done", 830.0, "亿元", 8.3e10, "元", Measure::Level),
            fig("n", 5.0, "个", 5.0, "个", Measure::Count)];
        let f = derive(&entry("difference", ["plan", "done"]), &figs).unwrap();
        assert_eq!((f.value, f.base_value, f.qualifier), (332.0, 3.32e10, Qualifier::Exact));
        assert!(derive(&entry("difference", ["plan", "n"]), &figs).unwrap_err().contains("units differ"));
        assert!(derive(&entry("baseline", ["plan", "done"]), &figs).unwrap_err().contains("must be a growth rate"));
        assert!(derive(&entry("median", ["plan", "done"]), &figs).unwrap_err().contains("unknown formula"));
        assert!(derive(&entry("ratio", ["plan", "nope"]), &figs).unwrap_err().contains("`nope` is not a stated figure"));
        let ranked = [fig("rank", 1.0, "", 1.0, "", Measure::Rank), fig("g", 7.0, "%", 7.0, "%", Measure::Growth)];
        assert!(derive(&entry("baseline", ["rank", "g"]), &ranked).unwrap_err().contains("`rank` is a rank"));
    }

    #[test]
    fn significant_digits() {
        assert_eq!(significant(2180.6542, 3), 2180.0);
        assert_eq!(significant(2473.298, 3), 2470.0);
        assert_eq!(significant(1.1111, 3), 1.11);
        assert_eq!(significant(135.0, 3), 135.0);
        assert_eq!(significant(0.01234, 2), 0.012);
    }

    #[test]
    fn written_trims_zeros() {
        assert_eq!(written(2180.6542), "2180.65");
        assert_eq!(written(332.0), "332");
        assert_eq!(written(1.5), "1.5");
    }
}
