//! Which figures the overview leads with. This is an editorial choice of ids; every number comes
//! from the catalogue.

use report::{Catalogue, Figure};

/// The 2023 results a reader should see first.
pub const RESULTS_2023: &[&str] = &[
    "gdp-2023",
    "gdp-growth-2023",
    "new-credit-2023",
    "coal-output-2023",
    "advanced-capacity-share-2023",
    "industrial-enterprises-2023",
    "high-tech-firms-2023",
    "grain-output-2023",
    "pm25-2023",
    "livelihood-share-of-spending-2023",
];

/// The 2024 targets as the report's target paragraph sets them out, then the sector targets.
pub const TARGETS_2024: &[&str] = &[
    "gdp-growth-2024",
    "fixed-investment-growth-2024",
    "retail-sales-growth-2024",
    "industrial-value-added-growth-2024",
    "services-value-added-growth-2024",
    "urban-new-jobs-2024",
    "cpi-growth-2024",
    "coal-output-2024",
    "advanced-capacity-share-2024",
    "high-tech-firms-2024",
];

/// The figures for `ids`, or the first id the catalogue lacks.
pub fn resolve<'a>(cat: &'a Catalogue, ids: &[&str]) -> Result<Vec<&'a Figure>, String> {
    ids.iter().map(|id| cat.figure(id).ok_or_else(|| id.to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::Status;

    #[test]
    fn headline_ids_exist_with_the_right_status() {
        let bound = report::seeds::checked();
        let results = resolve(&bound.catalogue, RESULTS_2023).unwrap();
        assert!(results.iter().all(|f| f.status == Status::Actual && f.year == 2023));
        let targets = resolve(&bound.catalogue, TARGETS_2024).unwrap();
        assert!(targets.iter().all(|f| f.status == Status::Target && f.year == 2024));
        assert_eq!(resolve(&bound.catalogue, &["no-such-figure"]).unwrap_err(), "no-such-figure");
    }
}
