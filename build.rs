//! Checks the figure catalogue against the report text and hands the browser the result.
//!
//! The browser never parses TOML or GeoJSON: the build binds the catalogue (failing, with every
//! problem named, if any entry does not check) and writes it as compact JSON for `include_str!`.

use std::{env, fs, path::PathBuf};

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
    fs::write(out.join("catalogue.json"), serde_json::to_string(&bound.catalogue).unwrap()).unwrap();
}
