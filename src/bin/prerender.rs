//! `prerender DIST/index.html`: puts the overview's first screen (see
//! `jincheng_report_app::prerender`) into the built page, one copy per language, inside `#boot`,
//! and writes every other view's and embed's to `DIST/screens/<slug>.<lang>.<layout>.html`.
//! Run by `scripts/post-build.sh`.
use charts::chart::Layout;
use yew_router::Routable;
use jincheng_report_app::components::chart_figure::assume_layout;
use jincheng_report_app::data;
use jincheng_report_app::i18n::Lang;
use jincheng_report_app::prerender::{render, render_path, screen_routes};
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
    // Which routes have a first screen, in <head> so that the preloads can skip them too
    // (static/preload.template.js) and static/boot.js asks only for files that exist.
    let cat = data::catalogue()?;
    let routes = screen_routes(cat);
    let slugs: Vec<&str> = routes.iter().map(|(slug, _)| slug.as_str()).collect();
    if page.matches(LIST).count() != 1 {
        return Err(format!("{} must hold {LIST} exactly once", path.display()));
    }
    let page = page.replace(MARK, &screens).replace(LIST, &format!("<meta name=\"first-screens\" content=\"{}\">", slugs.join(" ")));
    std::fs::write(path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))?;

    let dir = path.parent().unwrap_or(Path::new(".")).join("screens");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (layout, layout_name) in [(Layout::Phone, "phone"), (Layout::Desktop, "desktop")] {
        assume_layout(layout);
        for (slug, route) in &routes {
            for lang in [Lang::Zh, Lang::En] {
                let html = futures::executor::block_on(render_path(lang, route.to_path()));
                let file = dir.join(format!("{slug}.{}.{layout_name}.html", lang.code()));
                std::fs::write(&file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
            }
        }
    }
    Ok(())
}
