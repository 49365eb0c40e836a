//! The catalogue as files anyone can reuse: JSON (the contract) and CSV (UTF-8, one header row).

use crate::model::{Catalogue, Figure};

/// The JSON export: the whole catalogue, pretty-printed.
pub fn to_json(c: &Catalogue) -> String {
    serde_json::to_string_pretty(c).expect("the catalogue serializes")
}

pub const CSV_COLUMNS: &[&str] = &[
    "id", "label_zh", "label_en", "value", "written", "unit", "base_value", "base_unit", "year", "since",
    "status", "qualifier", "measure", "rank", "sector", "counties", "quote", "span_start", "span_end", "derived",
];

/// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A number without a float's trailing `.0`: 233330000000, 2333.3.
pub fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e17 {
        format!("{}", v as i128)
    } else {
        format!("{v}")
    }
}

fn row(f: &Figure) -> Vec<String> {
    vec![
        f.id.clone(),
        f.label.zh.clone(),
        f.label.en.clone(),
        plain_number(f.value),
        f.written.clone(),
        f.unit.clone(),
        plain_number(f.base_value),
        f.base_unit.clone(),
        f.year.to_string(),
        f.since.map(|s| s.to_string()).unwrap_or_default(),
        f.status.as_str().into(),
        f.qualifier.as_str().into(),
        f.measure.as_str().into(),
        f.rank.map(|r| r.as_str()).unwrap_or_default().into(),
        f.sector.as_str().into(),
        f.counties.join(" "),
        f.quote.clone(),
        f.span[0].to_string(),
        f.span[1].to_string(),
        f.derived.clone().unwrap_or_default(),
    ]
}

/// The CSV export of the figures (counties are space-separated adcodes).
pub fn to_csv(figures: &[Figure]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push('\n');
    for f in figures {
        let cells: Vec<String> = row(f).iter().map(|c| csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("亿元"), "亿元");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("他说“好”\"x\""), "\"他说“好”\"\"x\"\"\"");
    }

    #[test]
    fn numbers_lose_float_noise() {
        assert_eq!(plain_number(233_330_000_000.0), "233330000000");
        assert_eq!(plain_number(2333.3), "2333.3");
        assert_eq!(plain_number(7.0), "7");
    }
}
