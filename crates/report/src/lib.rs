//! The 2024 Jincheng government work report as data.
//!
//! Layers, each knowing nothing of the ones after it (and none of the web):
//! [`span`] (char positions) and [`numerals`] (Chinese numerals) → [`document`] (parts,
//! sections, sentences) → [`scanner`] (every numeral, read as a quantity) → [`catalogue`] (the
//! curated figures, bound to the text through quotes, with [`derived`] figures and [`places`] →
//! counties) → [`export`] (JSON and CSV) and [`pack`] (the compact form the browser receives),
//! [`package`] (the download as a Frictionless Data Package) and [`review`] (the proofreading
//! sheet).
//! [`model`] holds the records the app receives; [`format`] writes numbers for readers and
//! [`figure_text`] the words around them (a card, a tooltip, the details), for the app and the
//! proofreading sheet alike; [`glossary`] gives each term and unit its one English.
//! [`corrections`] reads the corrections log; [`structure`] the English of the report's headings.
//! [`language`] says which language a text is in, for the notes' checks and the app's test.

pub mod document;
pub mod format;
pub mod glossary;
pub mod language;
pub mod model;
pub mod numerals;
pub mod pack;
pub mod scanner;
pub mod span;

#[cfg(feature = "catalogue-source")]
pub mod catalogue;
#[cfg(feature = "catalogue-source")]
pub mod corrections;
#[cfg(feature = "catalogue-source")]
pub mod derived;
#[cfg(feature = "catalogue-source")]
pub mod provenance;
#[cfg(feature = "catalogue-source")]
pub mod structure;
pub mod export;
pub mod figure_text;
pub mod package;
pub mod places;
pub mod review;

pub use model::*;

/// The report text, exactly as published (a copy of `shared/seeds`).
pub const REPORT_TEXT: &str = include_str!("../../../seeds/000_fcfb6c78775ab0b2.txt");

#[cfg(feature = "catalogue-source")]
pub mod seeds {
    //! The catalogue as checked in under `seeds/`, read from disk.
    use crate::catalogue::{bind, Bound, Problem, Sources};
    use std::path::{Path, PathBuf};

    /// `seeds/` of this repository, as seen from the crate at compile time.
    pub fn default_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
    }

    /// Reads `dir/000_*.txt`, `dir/figures/*.toml` (in name order), `dir/places.toml` and
    /// `dir/glossary.toml`, and binds them; then reads `dir/corrections.toml` (if there is one)
    /// into the catalogue, checked against the bound figures, `dir/structure.toml` (the
    /// headings' English), checked against the text, and `dir/source.toml` (the report as a
    /// document: title, session, speaker, publication, and their basis).
    pub fn load(dir: &Path) -> std::io::Result<(Bound, Vec<Problem>)> {
        let text = std::fs::read_to_string(dir.join("000_fcfb6c78775ab0b2.txt"))?;
        let places = std::fs::read_to_string(dir.join("places.toml"))?;
        let glossary = std::fs::read_to_string(dir.join("glossary.toml"))?;
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("figures"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        let mut figure_files = Vec::new();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            figure_files.push((name, std::fs::read_to_string(&f)?));
        }
        let (mut bound, mut problems) = bind(&Sources { text: &text, figure_files, places: &places, glossary: &glossary });
        let log = match std::fs::read_to_string(dir.join(crate::corrections::FILE)) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        let (corrections, log_problems) = crate::corrections::read(&log, &bound.catalogue);
        bound.catalogue.corrections = corrections;
        problems.extend(log_problems);
        let structure = std::fs::read_to_string(dir.join(crate::structure::FILE))?;
        let (headings, heading_problems) = crate::structure::read(&structure, &crate::document::Document::parse(text.as_str()));
        bound.catalogue.headings = headings;
        problems.extend(heading_problems);
        let about = std::fs::read_to_string(dir.join(crate::provenance::FILE))?;
        let (source, source_problems) = crate::provenance::read(&about, &bound.catalogue.source.text_file, &text);
        bound.catalogue.source = source;
        problems.extend(source_problems);
        Ok((bound, problems))
    }

    /// The checked-in catalogue for tests and tools that must not go on with a wrong one: panics
    /// listing every problem.
    pub fn checked() -> Bound {
        let (bound, problems) = load(&default_dir()).expect("seeds/ is readable");
        let listed: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(listed.is_empty(), "catalogue problems:\n{}", listed.join("\n"));
        bound
    }
}
