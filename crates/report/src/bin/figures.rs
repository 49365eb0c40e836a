//! `figures`: print the checked catalogue as JSON or CSV.
//!
//! `cargo run --release --bin figures -- --format json|csv [--seeds DIR]`; `--check` prints the
//! problems and uncovered numerals instead, and exits non-zero if there are any.

use report::{export, seeds};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut format = "json".to_string();
    let mut dir = seeds::default_dir();
    let mut check = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" => format = args.next().unwrap_or_default(),
            "--seeds" => dir = args.next().unwrap_or_default().into(),
            "--check" => check = true,
            "-h" | "--help" => {
                println!("usage: figures [--format json|csv] [--seeds DIR] [--check]");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("figures: unknown argument `{other}` (try --help)");
                return ExitCode::from(2);
            }
        }
    }
    let (bound, problems) = match seeds::load(&dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("figures: cannot read the seeds in {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    let uncovered = bound.uncovered();
    if check || !problems.is_empty() {
        for p in &problems {
            eprintln!("problem: {p}");
        }
        for q in &uncovered {
            let ctx: String = report::REPORT_TEXT.chars().skip(q.span.start.saturating_sub(8)).take(q.span.len() + 16).collect();
            eprintln!("uncovered: {} at {}..{} in «{ctx}»", q.written, q.numeral.start, q.numeral.end);
        }
        eprintln!("{} figures, {} problems, {} uncovered numerals", bound.catalogue.figures.len(), problems.len(), uncovered.len());
        return if problems.is_empty() && uncovered.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE };
    }
    let text = match format.as_str() {
        "json" => export::to_json(&bound.catalogue) + "\n",
        "csv" => export::to_csv(&bound.catalogue.figures),
        other => {
            eprintln!("figures: unknown format `{other}` (json or csv)");
            return ExitCode::from(2);
        }
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
