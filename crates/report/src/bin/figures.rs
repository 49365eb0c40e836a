//! `figures`: the checked catalogue as files.
//!
//! - `figures --format json|csv|review [--seeds DIR]` prints the catalogue as JSON, as CSV, or as
//!   the proofreading sheet (Markdown: every figure as a reader sees it, beside its sentence).
//! - `figures --out DIR` writes the whole data package into DIR (see `report::package`): the
//!   descriptor, the CSV (with a byte-order mark) and JSON of the figures, the corrections and a
//!   README. It refuses to write a package that does not validate.
//! - `figures --check` prints the catalogue's problems, the uncovered numerals and every problem
//!   of the package it would write, and exits non-zero if there are any.

use report::{document::Document, export, package, review, seeds};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: figures [--format json|csv|review] [--out DIR] [--seeds DIR] [--check]";

fn main() -> ExitCode {
    let mut format = "json".to_string();
    let mut dir = seeds::default_dir();
    let mut check = false;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" => format = args.next().unwrap_or_default(),
            "--seeds" => dir = args.next().unwrap_or_default().into(),
            "--out" => match args.next() {
                Some(d) if !d.is_empty() => out = Some(d.into()),
                _ => {
                    eprintln!("figures: --out needs a directory");
                    return ExitCode::from(2);
                }
            },
            "--check" => check = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("figures: unknown argument `{other}` (try --help)");
                return ExitCode::from(2);
            }
        }
    }
    if !["json", "csv", "review"].contains(&format.as_str()) {
        eprintln!("figures: unknown format `{format}` (json, csv or review)");
        return ExitCode::from(2);
    }
    let (bound, problems) = match seeds::load(&dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("figures: cannot read the seeds in {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    let catalogue = &bound.catalogue;
    let uncovered = bound.uncovered();
    if check || !problems.is_empty() {
        for p in &problems {
            eprintln!("problem: {p}");
        }
        for q in &uncovered {
            let ctx: String = report::REPORT_TEXT.chars().skip(q.span.start.saturating_sub(8)).take(q.span.len() + 16).collect();
            eprintln!("uncovered: {} at {}..{} in «{ctx}»", q.written, q.numeral.start, q.numeral.end);
        }
        // The package is checked only from a catalogue that checks: a wrong one is not written.
        let package_problems = if problems.is_empty() { package::validate(&package::files(catalogue)) } else { vec![] };
        for p in &package_problems {
            eprintln!("package: {p}");
        }
        eprintln!(
            "{} figures, {} corrections, {} problems, {} uncovered numerals, {} package problems",
            catalogue.figures.len(),
            catalogue.corrections.len(),
            problems.len(),
            uncovered.len(),
            package_problems.len()
        );
        let clean = problems.is_empty() && uncovered.is_empty() && package_problems.is_empty();
        if !clean || out.is_none() {
            return if clean { ExitCode::SUCCESS } else { ExitCode::FAILURE };
        }
    }
    if let Some(out) = out {
        return write_package(catalogue, &out);
    }
    let text = match format.as_str() {
        "json" => export::to_json(catalogue) + "\n",
        "csv" => export::to_csv(&catalogue.figures),
        _ => review::sheet(catalogue, &Document::parse(report::REPORT_TEXT)),
    };
    // A reader that stops early (`| head`) is no error.
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("figures: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_package(catalogue: &report::Catalogue, out: &std::path::Path) -> ExitCode {
    let files = package::files(catalogue);
    let problems = package::validate(&files);
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("package: {p}");
        }
        eprintln!("figures: the package does not validate; nothing written");
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("figures: cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, bytes) in &files {
        if let Err(e) = std::fs::write(out.join(name), bytes) {
            eprintln!("figures: cannot write {}: {e}", out.join(name).display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
