//! Checks the figure catalogue against the report text and hands the browser the result.
//!
//! The browser never parses TOML or GeoJSON: the build binds the catalogue (failing, with every
//! problem named, if any entry does not check), projects the county map, and writes both packed
//! (postcard; quotes cut back out of the text) for `include_bytes!`. No JSON parser ships.

use std::{env, fs, path::PathBuf};

/// Width of the map's viewBox; the height follows from the projection.
const MAP_WIDTH: f64 = 1000.0;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let seeds = root.join("seeds");
    println!("cargo:rerun-if-changed=seeds");
    let (bound, problems) = report::seeds::load(&seeds).expect("seeds/ is readable");
    let uncovered = bound.uncovered();
    if !problems.is_empty() || !uncovered.is_empty() {
        let mut msg = String::from("the figure catalogue does not check against the report text:\n");
        for p in &problems {
            msg.push_str(&format!("  {p}\n"));
        }
        for q in &uncovered {
            msg.push_str(&format!("  numeral {} at {}..{} is covered by no figure\n", q.written, q.numeral.start, q.numeral.end));
        }
        panic!("{msg}");
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out.join("catalogue.bin"), report::pack::pack(&bound.catalogue, report::REPORT_TEXT)).unwrap();

    // The map is projected here, once: the browser receives SVG path data, not GeoJSON.
    let geojson = fs::read_to_string(seeds.join("jincheng-counties.geojson")).expect("the county GeoJSON is readable");
    let map = charts::map::shapes_from_geojson(&geojson, MAP_WIDTH).unwrap_or_else(|e| panic!("the county GeoJSON: {e}"));
    fs::write(out.join("map.bin"), postcard::to_allocvec(&map).unwrap()).unwrap();
}
