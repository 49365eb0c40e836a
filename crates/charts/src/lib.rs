//! Charts and the county map: pure functions from catalogue figures to SVG.
//!
//! Nothing here touches the DOM. A chart is `fn(&Catalogue, Lang, Layout) -> Rendered`: the SVG
//! text, a data table with the same numbers (the chart's text alternative) and a one-sentence
//! summary. The app inserts the SVG and wires tooltips to the `data-figure` attributes it carries.
//! The map turns the county GeoJSON into projected SVG paths (at build time) and draws them.

pub mod chart;
pub mod map;
pub mod palette;
pub mod svg;
