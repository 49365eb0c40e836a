//! `prerender DIST/index.html`: puts the overview's first screen (see
//! `jincheng_report_app::prerender`) into the built page, one copy per language, inside `#boot`,
//! and writes every other view's and embed's to `DIST/screens/<path>.<lang>.<layout>.html`, and
//! every figure's details to `DIST/screens/figure-<id>.<lang>.html`
//! (scripts/csp.py then names the folder after the build).
//! Run by `scripts/post-build.sh`.
use charts::chart::Layout;
use yew_router::Routable;
use jincheng_report_app::components::chart_figure::assume_layout;
use jincheng_report_app::data;
use jincheng_report_app::i18n::Lang;
use jincheng_report_app::prerender::{detail_file_name, detail_ids, file_name, render, render_detail, render_path, screen_routes, FILE_MARK};
use std::path::Path;
use std::process::ExitCode;

const MARK: &str = "<!-- first-screen -->";
const LIST: &str = "<meta name=\"first-screens\" content=\"\">";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST/index.html");
        return ExitCode::from(2);
    };
    match run(Path::new(&path)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(path: &Path) -> Result<(), String> {
    let page = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if page.matches(MARK).count() != 1 {
        return Err(format!("{} must hold the marker {MARK} exactly once", path.display()));
    }
    let (zh, en) = futures::executor::block_on(async { (render(Lang::Zh).await, render(Lang::En).await) });
    let screens = format!(
        "<div class=\"first-screen\" data-lang=\"zh\" lang=\"zh-CN\">{zh}</div><div class=\"first-screen\" data-lang=\"en\" lang=\"en\" hidden>{en}</div>"
    );
    // Which routes have a first screen, in <head>, where static/head.template.js reads it: it
    // preloads the module only for the others, and asks only for files that exist.
    let cat = data::catalogue()?;
    let routes = screen_routes(cat);
    let paths: Vec<&str> = routes.iter().map(|(path, _)| path.as_str()).collect();
    if page.matches(LIST).count() != 1 {
        return Err(format!("{} must hold {LIST} exactly once", path.display()));
    }
    let page = page.replace(MARK, &screens).replace(LIST, &format!("<meta name=\"first-screens\" content=\"{}\">", paths.join(" ")));
    std::fs::write(path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))?;

    let dir = path.parent().unwrap_or(Path::new(".")).join("screens");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for layout in [Layout::Phone, Layout::Desktop] {
        assume_layout(layout);
        for (path, route) in &routes {
            for lang in [Lang::Zh, Lang::En] {
                let html = futures::executor::block_on(render_path(lang, route.to_path()));
                let file = dir.join(file_name(path, lang, layout));
                std::fs::write(&file, format!("{FILE_MARK}{html}")).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
            }
        }
    }
    for id in detail_ids(cat) {
        for lang in [Lang::Zh, Lang::En] {
            let html = futures::executor::block_on(render_detail(lang, id.clone()));
            let file = dir.join(detail_file_name(&id, lang));
            std::fs::write(&file, format!("{FILE_MARK}{html}")).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        }
    }
    Ok(())
}
