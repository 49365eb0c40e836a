//! `site DIST`: writes every page of the site into trunk's output (see `jincheng_report_app::site`).
//! Run by trunk's post-build hook; `SITE_URL` (the address the site will be served from, ending
//! in `/`) adds the canonical and `hreflang` addresses to every page.
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()) else {
        eprintln!("usage: site DIST (or run by trunk, which sets TRUNK_STAGING_DIR)");
        return ExitCode::from(2);
    };
    let site = std::env::var("SITE_URL").ok().filter(|s| !s.is_empty()).map(|s| if s.ends_with('/') { s } else { format!("{s}/") });
    // Timed: the step runs on every build, and drawing images is most of it.
    let started = std::time::Instant::now();
    match jincheng_report_app::site::build(Path::new(&dist), site.as_deref()) {
        Ok(w) => {
            let glances: Vec<String> = w.glances.iter().map(|(path, bytes)| format!("{path} {} KiB", bytes / 1024)).collect();
            eprintln!(
                "site: {} pages, {} files in the offline copy, long images ({}), {} link previews ({} KiB), in {:.1} s",
                w.pages,
                w.precache,
                glances.join(", "),
                w.previews,
                w.preview_bytes / 1024,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("site: {e}");
            ExitCode::FAILURE
        }
    }
}
