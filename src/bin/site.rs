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
    match jincheng_report_app::site::build(Path::new(&dist), site.as_deref()) {
        Ok(w) => {
            eprintln!("site: {} pages, {} files in the offline copy, {} link previews ({} KiB)", w.pages, w.precache, w.previews, w.preview_bytes / 1024);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("site: {e}");
            ExitCode::FAILURE
        }
    }
}
