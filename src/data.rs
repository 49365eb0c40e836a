//! The data the build checked and embedded, read once.

use crate::model::reader::{figure_marks, Mark};
use crate::model::search;
use report::document::Document;
use report::Catalogue;
use std::sync::OnceLock;

/// The checked catalogue, packed by the build (see `report::pack`).
const CATALOGUE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogue.bin"));

const MAP_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/map.bin"));
static MAP: OnceLock<Result<charts::map::MapData, String>> = OnceLock::new();

/// The projected county map.
pub fn map() -> Result<&'static charts::map::MapData, &'static str> {
    MAP.get_or_init(|| postcard::from_bytes(MAP_BYTES).map_err(|e| format!("the embedded map is damaged: {e}"))).as_ref().map_err(String::as_str)
}

static UNPACKED: OnceLock<Result<Catalogue, String>> = OnceLock::new();
static DOCUMENT: OnceLock<Document> = OnceLock::new();
static CHARS: OnceLock<Vec<char>> = OnceLock::new();
static MARKS: OnceLock<Vec<Mark>> = OnceLock::new();
static SEARCH: OnceLock<search::Index> = OnceLock::new();

/// The catalogue, or why it could not be read (shown to the reader, never a panic).
pub fn catalogue() -> Result<&'static Catalogue, &'static str> {
    UNPACKED
        .get_or_init(|| report::pack::unpack(CATALOGUE, report::REPORT_TEXT))
        .as_ref()
        .map_err(String::as_str)
}

pub fn document() -> &'static Document {
    DOCUMENT.get_or_init(|| Document::parse(report::REPORT_TEXT))
}

pub fn chars() -> &'static [char] {
    CHARS.get_or_init(|| report::REPORT_TEXT.chars().collect())
}

/// Where each stated figure stands in the text, sorted.
pub fn marks() -> &'static [Mark] {
    MARKS.get_or_init(|| catalogue().map(|c| figure_marks(c, chars())).unwrap_or_default())
}

pub fn search_index() -> &'static search::Index {
    SEARCH.get_or_init(|| search::Index::new(report::REPORT_TEXT))
}

pub fn slice(start: usize, end: usize) -> String {
    chars()[start..end].iter().collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_catalogue_reads() {
        let c = super::catalogue().expect("the embedded catalogue unpacks");
        assert!(c.figures.len() > 200);
        assert_eq!(super::slice(c.figures[0].span[0], c.figures[0].span[1]), c.figures[0].quote);
        // The pack carries the corrections log, for the About page.
        assert_eq!(c.corrections, report::seeds::checked().catalogue.corrections);
        assert!(!c.corrections.is_empty());
    }

    #[test]
    fn the_embedded_map_unpacks_with_six_counties() {
        let m = super::map().expect("the embedded map unpacks");
        assert_eq!(m.counties.len(), 6);
    }
}
