//! `prerender DIST/index.html`: puts the first screen (see `jincheng_report_app::prerender`) into
//! the built page, one copy per language, inside `#boot`. Run by `scripts/post-build.sh`.
use jincheng_report_app::i18n::Lang;
use jincheng_report_app::prerender::render;
use std::process::ExitCode;

const MARK: &str = "<!-- first-screen -->";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST/index.html");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    if page.matches(MARK).count() != 1 {
        eprintln!("prerender: {path} must hold the marker {MARK} exactly once");
        return ExitCode::FAILURE;
    }
    let (zh, en) = futures::executor::block_on(async { (render(Lang::Zh).await, render(Lang::En).await) });
    let screens = format!(
        "<div class=\"first-screen\" data-lang=\"zh\" lang=\"zh-CN\">{zh}</div><div class=\"first-screen\" data-lang=\"en\" lang=\"en\" hidden>{en}</div>"
    );
    if let Err(e) = std::fs::write(&path, page.replace(MARK, &screens)) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
