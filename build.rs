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

    // What the site's root needs to send a reader on (src/root.rs), as plain lists: its module
    // then carries neither the catalogue nor the text.
    let doc = report::document::Document::parse(report::REPORT_TEXT);
    let figures: Vec<String> = bound.catalogue.figures.iter().filter(|f| !f.is_derived()).map(|f| format!("{:?}", f.id)).collect();
    let sentences: Vec<String> = doc.sentences.iter().map(|s| s.span.start.to_string()).collect();
    let counties: Vec<String> = bound.catalogue.counties.iter().map(|c| format!("{:?}", c.adcode)).collect();
    let charts: Vec<String> = charts::chart::all()
        .iter()
        .map(|d| (d.id, d.id))
        .chain(charts::chart::ALIASES.iter().copied())
        .map(|(id, now)| format!("({id:?}, {now:?})"))
        .collect();
    fs::write(
        out.join("root_known.rs"),
        format!(
            "/// The stated figures' ids.\npub const FIGURES: &[&str] = &[{}];\n/// Where the report's sentences start.\npub const SENTENCES: &[u32] = &[{}];\n/// The counties' codes.\npub const COUNTIES: &[&str] = &[{}];\n/// Each chart id, old ones included, and the chart it names now.\npub const CHARTS: &[(&str, &str)] = &[{}];\n",
            figures.join(", "),
            sentences.join(", "),
            counties.join(", "),
            charts.join(", ")
        ),
    )
    .unwrap();

    // The map is projected here, once: the browser receives SVG path data, not GeoJSON.
    let geojson = fs::read_to_string(seeds.join("jincheng-counties.geojson")).expect("the county GeoJSON is readable");
    let map = charts::map::shapes_from_geojson(&geojson, MAP_WIDTH).unwrap_or_else(|e| panic!("the county GeoJSON: {e}"));
    fs::write(out.join("map.bin"), postcard::to_allocvec(&map).unwrap()).unwrap();
}
