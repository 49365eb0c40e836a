//! The corrections log (`seeds/corrections.toml`): what changed in the published data, when and
//! why. Newsrooms publish their corrections; the app shows this log on its About page and the
//! data package ships it (in the JSON and as `corrections.csv`).
//!
//! Rules (the file format is in `seeds/figures/README.md`):
//! - An entry is a `[[correction]]` with `date` (a quoted ISO date, `"2026-12-02"`), `figures`
//!   (the ids it affects), `removed` (which of those ids no longer exist), and `zh` and `en`, each
//!   saying what changed and why.
//! - Dates are real calendar dates and the log is in date order, oldest first: it is appended to,
//!   never rewritten, so an out-of-order date is a typing slip.
//! - Every id in `figures` is a figure of the catalogue, unless `removed` lists it; an id in
//!   `removed` must be in `figures` and must no longer be in the catalogue (a "removed" figure
//!   that is still there is a wrong log). `figures` may be empty for a change to the data as a
//!   whole.
//! - Like the catalogue, checking never stops at the first problem.

use crate::catalogue::Problem;
use crate::model::{Catalogue, Correction};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LogFile {
    #[serde(default)]
    correction: Vec<Correction>,
}

/// The file name under `seeds/`, used in problem messages.
pub const FILE: &str = "corrections.toml";

/// Reads the log and checks it against the bound catalogue. See the module rules.
pub fn read(src: &str, catalogue: &Catalogue) -> (Vec<Correction>, Vec<Problem>) {
    let log: LogFile = match toml::from_str(src) {
        Ok(l) => l,
        Err(e) => return (vec![], vec![Problem { entry: FILE.into(), message: format!("not a valid corrections log: {e}") }]),
    };
    let mut problems = Vec::new();
    let mut previous: Option<&str> = None;
    for (i, c) in log.correction.iter().enumerate() {
        let entry = format!("{FILE}:#{} ({})", i + 1, c.date);
        let mut fail = |m: String| problems.push(Problem { entry: entry.clone(), message: m });
        if !crate::export::is_iso_date(&c.date) {
            fail(format!("date `{}` is not a date written YYYY-MM-DD", c.date));
        } else {
            // ISO dates sort as strings.
            if let Some(p) = previous.filter(|p| *p > c.date.as_str()) {
                fail(format!("date {} comes after an entry of {p}: the log is in date order", c.date));
            }
            previous = Some(&c.date);
        }
        if c.zh.trim().is_empty() || c.en.trim().is_empty() {
            fail("says nothing in one of its languages: both `zh` and `en` are required".into());
        }
        for id in &c.figures {
            let exists = catalogue.figure(id).is_some();
            match (c.removed.contains(id), exists) {
                (false, false) => fail(format!("figure `{id}` is not in the catalogue (if it was removed or renamed, list it in `removed`)")),
                (true, true) => fail(format!("figure `{id}` is listed as removed but is still in the catalogue")),
                _ => {}
            }
        }
        for id in c.removed.iter().filter(|id| !c.figures.contains(id)) {
            fail(format!("`{id}` is in `removed` but not in `figures`"));
        }
    }
    (log.correction, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        crate::seeds::checked().catalogue
    }

    fn messages(src: &str) -> Vec<String> {
        read(src, &catalogue()).1.into_iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_good_entry_passes() {
        let src = r#"
            [[correction]]
            date = "2026-12-01"
            figures = ["gdp-2023"]
            zh = "改正"
            en = "Corrected"
            [[correction]]
            date = "2026-12-02"
            figures = ["gdp-2023", "old-id"]
            removed = ["old-id"]
            zh = "old-id 改名为 gdp-2023"
            en = "old-id renamed gdp-2023"
        "#;
        let (log, problems) = read(src, &catalogue());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(log.len(), 2);
        assert_eq!(log[1].removed, ["old-id"]);
    }

    #[test]
    fn each_rule_names_its_entry() {
        let m = messages(r#"
            [[correction]]
            date = "2026-12-02"
            figures = ["gdp-2023"]
            zh = "a"
            en = "a"
            [[correction]]
            date = "2026-11-30"
            figures = ["no-such-figure"]
            zh = "b"
            en = "b"
        "#);
        assert!(m.iter().any(|p| p.contains("#2 (2026-11-30)") && p.contains("date order")), "{m:?}");
        assert!(m.iter().any(|p| p.contains("`no-such-figure` is not in the catalogue")), "{m:?}");

        let m = messages(r#"
            [[correction]]
            date = "2026-02-30"
            figures = ["gdp-2023", "x"]
            removed = ["gdp-2023", "y"]
            zh = ""
            en = "c"
        "#);
        assert!(m.iter().any(|p| p.contains("`2026-02-30` is not a date")), "{m:?}");
        assert!(m.iter().any(|p| p.contains("`gdp-2023` is listed as removed but is still")), "{m:?}");
        assert!(m.iter().any(|p| p.contains("`x` is not in the catalogue")), "{m:?}");
        assert!(m.iter().any(|p| p.contains("`y` is in `removed` but not in `figures`")), "{m:?}");
        assert!(m.iter().any(|p| p.contains("both `zh` and `en`")), "{m:?}");

        let m = messages("[[correction]]\ndate = \"2026-12-02\"\nzh = \"a\"\nen = \"a\"\nwhy = \"x\"\n");
        assert!(m.iter().any(|p| p.contains("not a valid corrections log")), "{m:?}");
    }

    #[test]
    fn the_checked_in_log_checks_and_reaches_the_catalogue() {
        let c = catalogue();
        assert!(!c.corrections.is_empty(), "the corrections log is loaded into the catalogue");
        // The first entry of the review of issue 14: 约 was read from 签约.
        assert!(c.corrections.iter().any(|x| x.figures.iter().any(|f| f == "financing-signed-at-event-2023")));
    }
}
