//! The site as files: every page of every language, written whole at build time by the app's own
//! shell, with its head, its security policy and what the browser needs to start the module.
//!
//! Rules:
//! - One page per address (`route`): the root, and per language every view, every county, every
//!   embed (each chart, the map, the map with each county) and the not-found page. Each is
//!   [`App`](crate::app::App) at the page's address rendered with `hydratable(true)`, which the module
//!   hydrates in place: no node of the page is replaced.
//! - A page is written whole here, never patched afterwards: `<base href>` pointing at the
//!   site's root (every link is relative to it), the head of `model::meta` (title, description,
//!   Open Graph; `hreflang` alternates and the canonical address when the site's address is
//!   given, `SITE_URL`), the stylesheet and the loader with their integrity, and `#fatal`, the
//!   message outside the yew tree.
//! - A build told the site's address also writes [`HOST_NOT_FOUND`], which static hosts serve
//!   at every address they do not have, at any depth: the not-found page with that address as
//!   its base, and no module (see [`Served`]); in Chinese at the site's root, and in each
//!   language in its folder, for hosts that serve the nearest one above the address (Cloudflare
//!   Pages). Without the address no base would hold at every depth, and the host answers with
//!   its own page.
//! - An embed's page says it is one (`data-embed`, the chart's id or `map`): the loader posts its
//!   height to the framing page in the formats newsrooms already listen for.
//! - Only the loader is a script. There is no inline script, so the Content-Security-Policy
//!   ([`CSP`]) allows scripts from the site alone (and WebAssembly), with no hashes.
//! - The build refuses to write a site it cannot make whole: a missing asset, a page that fails
//!   to render, a data file it cannot write.
//! - What is known at build time is written then: the long image of each language (一图读懂,
//!   `images::glance`, `zh/glance.png`) is a file the overview links to, which works without the
//!   module, and costs the module nothing. Its QR code holds the overview's address when the
//!   build is told it (`SITE_URL`); without it the image has no code (see `images`).
//! - The offline copy: the worker's address names the build and the page for an address the
//!   site does not have (`sw.js?v=<build>&missing=zh/404/`), so that the worker knows no route;
//!   `precache.json` lists every page and file but the images made for other
//!   places (the link previews, which crawlers fetch, and the long images, which a reader sends
//!   on: together more than the rest of the copy, for what few readers want offline); the
//!   service worker (`static/sw.js`) takes it whole, in a cache named after the build (a hash of
//!   every file but the pages, which follow from them).

use crate::app::{App, AppProps};
use crate::i18n::Lang;
use crate::model::meta::{meta, Meta};
use crate::route::{Page, Route};
use base64::Engine;
use report::Catalogue;
use sha2::Digest;
use std::path::{Path, PathBuf};

/// Scripts from the site itself and WebAssembly; styles from the stylesheet only (charts and
/// the map are coloured by class; the tooltip is placed through the CSSOM, which no policy
/// restricts). A meta tag cannot set `frame-ancestors`: see the README for the header.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/// The files trunk built that every page refers to, with their integrity.
#[derive(Debug, Clone)]
pub struct Assets {
    pub css: Asset,
    /// The app's module, which every page but the root starts.
    pub app: Module,
    /// The root's own small module, which only sends the reader on (`crate::root`).
    pub root: Module,
    pub loader: Asset,
    /// The build's id: names the offline cache and the service worker's registration.
    pub build: String,
}

/// A module as wasm-bindgen writes it: its glue and its WebAssembly.
#[derive(Debug, Clone)]
pub struct Module {
    pub glue: Asset,
    pub wasm: Asset,
    /// The glue is a classic script defining `wasm_bindgen`, not an ES module.
    pub classic: bool,
}

#[derive(Debug, Clone)]
pub struct Asset {
    /// Relative to the site's root.
    pub href: String,
    /// `sha384-…`.
    pub integrity: String,
}

fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes)))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, contents: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Every file under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).map_err(|e| format!("cannot list {}: {e}", d.display()))? {
            let p = e.map_err(|e| e.to_string())?.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(rel) = p.strip_prefix(dir) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The binaries trunk builds (`index.html`, `Cargo.toml`). Trunk builds one module per page
/// template; the root's is declared a worker, which trunk builds as a classic script.
const APP_BIN: &str = "jincheng-report-app";
const ROOT_BIN: &str = "root";

fn one(files: &[String], what: &str, test: impl Fn(&str) -> bool) -> Result<String, String> {
    let found: Vec<&String> = files.iter().filter(|f| !f.contains('/') && test(f)).collect();
    match found.as_slice() {
        [f] => Ok((*f).clone()),
        [] => Err(format!("no {what} in the build")),
        many => Err(format!("more than one {what} in the build: {many:?}")),
    }
}

/// Finds trunk's output in `dist` (the stylesheet, the module's glue and WebAssembly, the
/// loader) and reads their integrity. Files the pages list (data, icons) count for the build id.
pub fn assets(dist: &Path) -> Result<Assets, String> {
    let files = files_under(dist)?;
    let css = one(&files, "stylesheet", |f| f.ends_with(".css"))?;
    let loader = one(&files, "loader", |f| f == "loader.js")?;
    let asset = |href: &str| -> Result<Asset, String> { Ok(Asset { href: href.to_string(), integrity: integrity(&read(&dist.join(href))?) }) };
    // Trunk names a binary's files after it, `<bin>-<hash>.js` and `<bin>-<hash>_bg.wasm`, and a
    // worker's without the hash.
    let module = |bin: &str, classic: bool| -> Result<Module, String> {
        let named = |f: &str| f.strip_prefix(bin).is_some_and(|r| matches!(r, ".js" | "_bg.wasm") || r.strip_prefix('-').is_some_and(|h| !h.contains('-')));
        let glue = one(&files, &format!("{bin} glue"), |f| named(f) && f.ends_with(".js"))?;
        let wasm = one(&files, &format!("{bin} module"), |f| named(f) && f.ends_with("_bg.wasm"))?;
        Ok(Module { glue: asset(&glue)?, wasm: asset(&wasm)?, classic })
    };
    let (app, root) = (module(APP_BIN, false)?, module(ROOT_BIN, true)?);
    let mut all = sha2::Sha256::new();
    for f in files.iter().filter(|f| !is_page(f) && !matches!(f.as_str(), "precache.json")) {
        all.update(f.as_bytes());
        all.update(read(&dist.join(f))?);
    }
    let build: String = all.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
    Ok(Assets { css: asset(&css)?, app, root, loader: asset(&loader)?, build })
}

fn is_page(f: &str) -> bool {
    f == "index.html" || f.ends_with("/index.html")
}

/// Every page of the site.
pub fn pages(cat: &Catalogue) -> Vec<Page> {
    let mut out = vec![Page::Root];
    for lang in [Lang::Zh, Lang::En] {
        let mut routes = vec![Route::Overview, Route::Compare, Route::Sectors, Route::Counties, Route::Report, Route::About, Route::EmbedMap, Route::NotFound];
        for c in &cat.counties {
            routes.push(Route::County { adcode: c.adcode.clone() });
            routes.push(Route::EmbedMapCounty { adcode: c.adcode.clone() });
        }
        for d in charts::chart::all() {
            routes.push(Route::Embed { chart: d.id.to_string() });
        }
        out.extend(routes.into_iter().map(|r| Page::new(lang, r)));
    }
    out
}

/// The body of `page`, as the app draws it, ready to hydrate.
pub async fn render(page: Page) -> String {
    yew::ServerRenderer::<App>::with_props(move || AppProps::at(&page)).hydratable(true).render().await
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `../` once per folder between the page and the site's root.
fn base_of(page: &Page) -> String {
    let depth = page.href().trim_end_matches('/').split('/').filter(|s| !s.is_empty() && *s != ".").count();
    if depth == 0 {
        "./".into()
    } else {
        "../".repeat(depth)
    }
}

/// The whole document of `page` around its rendered `body`, served at the page's address.
pub fn document(page: &Page, body: &str, assets: &Assets, cat: &Catalogue, site: Option<&str>, preview: Option<&Preview>) -> String {
    whole(page, body, assets, cat, site, preview, Served::AtItsAddress)
}

/// The file a static host (GitHub Pages, GitLab Pages, Netlify, Cloudflare Pages) answers every
/// address it does not have with, at that address, whatever its depth.
pub const HOST_NOT_FOUND: &str = "404.html";

/// Where a document is served from.
#[derive(Clone, Copy)]
enum Served<'a> {
    /// At its page's address: its base is relative, so the site works from any sub-path.
    AtItsAddress,
    /// By the host at any address it does not have ([`HOST_NOT_FOUND`]): only the site's
    /// absolute address can be its base. It starts no module: the app draws the page its
    /// address names, and these addresses name none.
    Anywhere { site: &'a str },
}

/// The not-found page as the host serves it at an unknown address: the app's not-found view in
/// `lang` (its `body`), not to be indexed.
fn host_not_found(lang: Lang, body: &str, assets: &Assets, cat: &Catalogue, site: &str) -> String {
    whole(&Page::new(lang, Route::NotFound), body, assets, cat, None, None, Served::Anywhere { site })
}

/// Where the host's not-found pages go: each language's in its folder, and the site's first
/// language's at the root too, for hosts that look there alone.
fn host_not_found_files(lang: Lang) -> Vec<PathBuf> {
    let own = Path::new(lang.code()).join(HOST_NOT_FOUND);
    if lang == Lang::Zh { vec![own, PathBuf::from(HOST_NOT_FOUND)] } else { vec![own] }
}

/// The one template of every document: `page`'s head and `body`, as it is `served`.
fn whole(page: &Page, body: &str, assets: &Assets, cat: &Catalogue, site: Option<&str>, preview: Option<&Preview>, served: Served) -> String {
    let Meta { title, description } = meta(page, cat);
    let lang = page.lang().unwrap_or(Lang::Zh);
    let mut head = Vec::new();
    if let Some(site) = site {
        head.push(format!("<link rel=\"canonical\" href=\"{}\">", escape(&format!("{site}{}", page.href().trim_start_matches("./")))));
        if page != &Page::Root {
            for l in [Lang::Zh, Lang::En] {
                head.push(format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", l.tag(), escape(&format!("{site}{}", page.in_lang(l).href()))));
            }
        }
        head.push(format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">", escape(site)));
        head.push(format!("<meta property=\"og:url\" content=\"{}\">", escape(&format!("{site}{}", page.href().trim_start_matches("./")))));
        // The preview needs an absolute address (Open Graph's og:image is an http(s) URL, and
        // the crawlers do not resolve a relative one): only a build told where it lives has one.
        if let Some(p) = preview {
            let url = escape(&format!("{site}{}", p.path));
            head.push(format!("<meta property=\"og:image\" content=\"{url}\">"));
            head.push("<meta property=\"og:image:type\" content=\"image/png\">".into());
            head.push(format!("<meta property=\"og:image:width\" content=\"{}\">", p.width));
            head.push(format!("<meta property=\"og:image:height\" content=\"{}\">", p.height));
            head.push(format!("<meta property=\"og:image:alt\" content=\"{}\">", escape(&p.alt)));
            head.push(format!("<meta name=\"twitter:image\" content=\"{url}\">"));
            head.push(format!("<meta name=\"twitter:image:alt\" content=\"{}\">", escape(&p.alt)));
        }
    }
    let card = if preview.is_some() && site.is_some() { "summary_large_image" } else { "summary" };
    let locale = match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    };
    // The root alone starts its module at once: its module only sends the reader on.
    let starts_now = page == &Page::Root;
    let start_now = if starts_now { " data-start-now" } else { "" };
    // An embed tells the page that frames it how tall it is, module or not (static/loader.js),
    // named as the host's script and Datawrapper know it: the chart's id, or `map`.
    let embed = match page.route() {
        Route::Embed { chart } if page != &Page::Root => format!(" data-embed=\"{}\"", escape(&chart)),
        Route::EmbedMap | Route::EmbedMapCounty { .. } => " data-embed=\"map\"".to_string(),
        _ => String::new(),
    };
    let start_now = format!("{start_now}{embed}");
    let module = if page == &Page::Root { &assets.root } else { &assets.app };
    // A page that starts its module at once fetches the glue and the wasm beside the loader, not
    // after it: the root's reader waits for them before being sent on.
    // Nor does its loader wait for the stylesheet, as a deferred script would: the page only
    // sends the reader on, and its look matters only to a reader who stays.
    let timing = if starts_now { "async" } else { "defer" };
    if starts_now {
        head.push(format!("<link rel=\"preload\" href=\"{}\" as=\"script\" integrity=\"{}\">", module.glue.href, module.glue.integrity));
        head.push(format!("<link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin integrity=\"{}\">", module.wasm.href, module.wasm.integrity));
    }
    // A page at its address has the loader, and the message it shows when the module fails; a
    // page served anywhere has neither, an absolute base, and is not indexed.
    let (script, fatal, base) = match served {
        Served::AtItsAddress => (format!(
            "<script src=\"{loader}\" integrity=\"{loader_i}\" {timing} data-glue=\"{glue}\" data-glue-integrity=\"{glue_i}\" data-wasm=\"{wasm}\" data-wasm-integrity=\"{wasm_i}\"{classic} data-sw=\"sw.js?v={build}&amp;missing={missing}\" data-fatal=\"fatal\"></script>\n",
            loader = assets.loader.href,
            loader_i = assets.loader.integrity,
            glue = module.glue.href,
            glue_i = module.glue.integrity,
            wasm = module.wasm.href,
            wasm_i = module.wasm.integrity,
            classic = if module.classic { " data-glue-classic" } else { "" },
            build = assets.build,
            // Where the offline copy sends an address the site does not have.
            missing = Page::new(Lang::Zh, Route::NotFound).href(),
        ), FATAL, base_of(page)),
        Served::Anywhere { site } => {
            head.push("<meta name=\"robots\" content=\"noindex\">".into());
            (String::new(), "", escape(site))
        }
    };
    format!(
        r##"<!doctype html>
<html lang="{lang_tag}"{start_now}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{base}">
<title>{title}</title>
<meta name="description" content="{description}">
<meta name="color-scheme" content="light dark">
<meta name="theme-color" content="#0072b2">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{site_name}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:locale" content="{locale}">
<meta name="twitter:card" content="{card}">
{head}
<link rel="stylesheet" href="{css}" integrity="{css_i}">
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="icon.svg" type="image/svg+xml">
{script}</head>
<body>
{fatal}<div id="app">{body}</div>
{print}
</body>
</html>
"##,
        lang_tag = lang.tag(),
        card = card,
        csp = CSP,
        base = base,
        title = escape(&title),
        description = escape(&description),
        site_name = escape(crate::i18n::t(lang).title),
        head = head.join("\n"),
        css = assets.css.href,
        css_i = assets.css.integrity,
        print = site.map(|site| print_address(&format!("{site}{}", page.href().trim_start_matches("./")))).unwrap_or_default(),
    )
}

/// The message outside the yew tree, in both languages (the failure may be the language's).
const FATAL: &str = r#"<div id="fatal" class="fatal" role="alert" hidden>
<h1>页面出错了 <span lang="en">· Something went wrong</span></h1>
<p>请刷新页面再试一次。<span lang="en">Please reload the page.</span></p>
<p><button type="button" class="button" data-reset>清除离线副本并重新加载 <span lang="en">· Clear the offline copy and reload</span></button></p>
<pre data-detail></pre>
</div>
"#;

/// What a printed page carries at its end, outside the app's tree: its address, as text and as
/// a QR code a phone can open. Shown only in print (the stylesheet); hidden from assistive
/// technology, which has the address already.
fn print_address(url: &str) -> String {
    format!("<div class=\"print-address\" aria-hidden=\"true\">{}<p>{}</p></div>", crate::qr::svg(url), escape(url))
}

/// Where a page's file goes under the site's root.
pub fn file_of(page: &Page) -> PathBuf {
    match page {
        Page::Root => PathBuf::from("index.html"),
        p => Path::new(&p.href()).join("index.html"),
    }
}

/// What the build wrote.
#[derive(Debug, Default)]
pub struct Written {
    pub pages: usize,
    pub precache: usize,
    /// Link previews drawn, and their bytes.
    pub previews: usize,
    pub preview_bytes: usize,
    /// The long images (one per language), and their bytes.
    pub glances: Vec<(String, usize)>,
}

/// Writes the whole site into `dist`, where trunk put the module, the stylesheet and the
/// static files: the data package, every page, and the offline copy's list.
pub fn build(dist: &Path, site: Option<&str>) -> Result<Written, String> {
    let cat = crate::data::catalogue()?;
    write_data(dist)?;
    let assets = assets(dist)?;
    let pages = pages(cat);
    let raster = crate::raster::Rasteriser::new()?;
    let glances = write_glances(dist, cat, &raster, site)?;
    // Link previews only where they can be used: see `document`.
    let raster = site.map(|_| &raster);
    let mut previews: std::collections::HashMap<String, Preview> = std::collections::HashMap::new();
    let mut preview_bytes = 0;
    for page in &pages {
        let body = futures::executor::block_on(render(page.clone()));
        if body.trim().is_empty() {
            return Err(format!("{} rendered empty", page.href()));
        }
        let preview = match (raster, site) {
            (Some(r), Some(site)) => {
                let path = preview_path(page);
                if !previews.contains_key(&path) {
                    let img = preview_image(page, cat, site)?;
                    let png = r.png(&img.svg).map_err(|e| format!("the preview of {}: {e}", page.href()))?;
                    preview_bytes += png.len();
                    write(&dist.join(&path), &png)?;
                    previews.insert(path.clone(), Preview { path: path.clone(), width: img.width, height: img.height, alt: img.alt });
                }
                previews.get(&path)
            }
            _ => None,
        };
        write(&dist.join(file_of(page)), document(page, &body, &assets, cat, site, preview).as_bytes())?;
        if let (Some(site), Page::In(lang, Route::NotFound)) = (site, page) {
            let html = host_not_found(*lang, &body, &assets, cat, site);
            for f in host_not_found_files(*lang) {
                write(&dist.join(f), html.as_bytes())?;
            }
        }
    }
    // Pages by their address (a folder), files by name; not the worker, nor this list, nor the
    // host's not-found page (offline, the worker answers an unknown address itself), nor the
    // link previews, which crawlers fetch and readers never need offline.
    let mut list: Vec<String> = pages.iter().map(Page::href).collect();
    list.extend(
        files_under(dist)?
            .into_iter()
            .filter(|f| !is_page(f) && !matches!(f.as_str(), "sw.js" | "precache.json") && !f.ends_with(HOST_NOT_FOUND) && !f.ends_with(".map") && !f.starts_with(PREVIEWS) && !glances.iter().any(|(g, _)| g == f)),
    );
    let json = format!("[{}]\n", list.iter().map(|f| format!("\"{}\"", f.replace('"', ""))).collect::<Vec<_>>().join(","));
    write(&dist.join("precache.json"), json.as_bytes())?;
    Ok(Written { pages: pages.len(), precache: list.len(), previews: previews.len(), preview_bytes, glances })
}

/// The long image people forward (一图读懂), per language, where the overview links to it
/// (`images::glance_file`), with a QR code of the overview's address when `site` is known.
/// Refused over 500 KB: a chat app recompresses or refuses larger images.
fn write_glances(dist: &Path, cat: &Catalogue, raster: &crate::raster::Rasteriser, site: Option<&str>) -> Result<Vec<(String, usize)>, String> {
    let mut out = Vec::new();
    for lang in [Lang::Zh, Lang::En] {
        let img = glance_of(cat, lang, site)?;
        let png = raster.png(&img.svg).map_err(|e| format!("the long image ({}): {e}", lang.code()))?;
        if png.len() > crate::images::MAX_BYTES {
            return Err(format!("the long image ({}) is {} KiB, over the {} KiB a chat takes", lang.code(), png.len() / 1024, crate::images::MAX_BYTES / 1024));
        }
        let path = crate::images::glance_file(lang);
        write(&dist.join(&path), &png)?;
        out.push((path, png.len()));
    }
    Ok(out)
}

/// The long image of `lang`, its QR code the overview's absolute address when `site` is known.
pub fn glance_of(cat: &Catalogue, lang: Lang, site: Option<&str>) -> Result<crate::images::Image, String> {
    let battles = crate::model::battles::battles(crate::data::document(), cat);
    let address = site.map(|site| format!("{site}{}", Page::new(lang, Route::Overview).href()));
    crate::images::glance(cat, &battles, lang, address.as_deref())
}

/// The folder of the link previews, under the site's root.
pub const PREVIEWS: &str = "og/";

/// A page's link preview, as its head names it.
#[derive(Debug, Clone)]
pub struct Preview {
    /// Below the site's root: `og/zh/overview.png`.
    pub path: String,
    pub width: u32,
    pub height: u32,
    /// What it shows, in the page's language.
    pub alt: String,
}

/// Which preview a page has: pages that show the same drawing share one file (a chart's embed
/// and its view, a county's page and its map embed).
pub fn preview_path(page: &Page) -> String {
    let Page::In(lang, route) = page else { return format!("{PREVIEWS}root.png") };
    let name = match route {
        Route::Overview => "overview".to_string(),
        Route::Compare | Route::Sectors => match lead_chart(route) {
            Some(def) => format!("chart-{}", def.id),
            None => "overview".into(),
        },
        Route::Embed { chart } => format!("chart-{chart}"),
        Route::Counties | Route::EmbedMap => "map".into(),
        Route::County { adcode } | Route::EmbedMapCounty { adcode } => format!("county-{adcode}"),
        Route::Report => "report".into(),
        Route::About => "about".into(),
        Route::NotFound => "not-found".into(),
    };
    format!("{PREVIEWS}{}/{name}.png", lang.code())
}

/// The chart a view's preview shows: its first.
fn lead_chart(route: &Route) -> Option<&'static charts::chart::ChartDef> {
    let view = match route {
        Route::Compare => charts::chart::View::Compare,
        _ => charts::chart::View::Sectors,
    };
    charts::chart::in_view(view).next()
}

/// The drawing of a page's link preview (`images`): its chart, the map, a county, or headline
/// figures (the overview's first results and targets; a headline card for the other pages).
fn preview_image(page: &Page, cat: &Catalogue, site: &str) -> Result<crate::images::Image, String> {
    use crate::images::{chart_href, preview_county, preview_chart, preview_figures, preview_of};
    use crate::model::headlines::{resolve, RESULTS_2023, TARGETS_2024};
    let lang = page.lang().unwrap_or(Lang::Zh);
    let title = meta(page, cat).title;
    let chart = |def: &charts::chart::ChartDef| -> Result<crate::images::Image, String> {
        let r = charts::chart::render_standalone(def, cat, lang, charts::chart::Layout::Desktop, &format!("{site}{}", chart_href(def, lang)))?;
        Ok(preview_chart(cat, lang, &r.svg, &r.title, &r.summary))
    };
    let map = || crate::data::map().map_err(|e| e.to_string());
    match page.route() {
        Route::Overview => {
            let mut figs = resolve(cat, &RESULTS_2023[..3])?;
            figs.extend(resolve(cat, &TARGETS_2024[..3])?);
            Ok(preview_figures(cat, lang, crate::i18n::t(lang).title, &figs))
        }
        r @ (Route::Compare | Route::Sectors) => chart(lead_chart(&r).ok_or("a view without charts")?),
        Route::Embed { chart: id } => chart(charts::chart::find(&id).ok_or_else(|| format!("no chart {id}"))?),
        Route::Counties | Route::EmbedMap => {
            use crate::model::counties::{value, MapMeasure};
            let values: Vec<(String, f64)> = cat.counties.iter().map(|c| (c.adcode.clone(), value(cat, &c.adcode, MapMeasure::Plans) as f64)).collect();
            // Coloured as the counties page first shows it: its measure, its steps.
            let legend = charts::map::legend(&values, crate::components::county_map::STEPS);
            let fills: Vec<(String, String)> = values.iter().map(|(a, v)| (a.clone(), charts::map::MAP_FALLBACKS[legend.class_of(*v).min(charts::map::MAP_FALLBACKS.len() - 1)].to_string())).collect();
            let svg = charts::map::render_map_at(map()?, &fills, None, lang, 540.0);
            Ok(preview_of(cat, lang, &svg, &title))
        }
        Route::County { adcode } | Route::EmbedMapCounty { adcode } => {
            let c = cat.counties.iter().find(|c| c.adcode == adcode).ok_or_else(|| format!("no county {adcode}"))?;
            Ok(preview_county(cat, lang, map()?, &adcode, crate::i18n::pick(lang, &c.zh, &c.en)))
        }
        Route::Report | Route::About | Route::NotFound => {
            let figs = resolve(cat, &[RESULTS_2023[0], RESULTS_2023[1], TARGETS_2024[0]])?;
            Ok(preview_figures(cat, lang, &title, &figs))
        }
    }
}

/// The catalogue's downloads, a data package (`report::package`), from the same checked
/// catalogue the app embeds; refused if the package does not validate.
fn write_data(dist: &Path) -> Result<(), String> {
    let cat = crate::data::catalogue()?;
    let files = report::package::files(cat);
    let problems = report::package::validate(&files);
    if !problems.is_empty() {
        return Err(format!("the data package does not validate: {}", problems.join("; ")));
    }
    for (name, bytes) in &files {
        write(&dist.join("data").join(name), bytes)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake_dist(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("site-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (name, body) in [("main-abc.css", "body{}"), ("jincheng-report-app-abc.js", "export default 1"), ("jincheng-report-app-abc_bg.wasm", "\0asm"), ("root.js", "let wasm_bindgen"), ("root_bg.wasm", "\0asm"), ("loader.js", "1"), ("sw.js", "1")] {
            write(&dir.join(name), body.as_bytes()).unwrap();
        }
        dir
    }

    #[test]
    fn every_page_is_written_whole() {
        let dist = fake_dist("whole");
        let w = build(&dist, Some("https://example.org/jincheng/")).unwrap();
        let cat = crate::data::catalogue().unwrap();
        assert_eq!(w.pages, pages(cat).len());
        // Both languages, every county and chart.
        assert_eq!(w.pages, 1 + 2 * (8 + 2 * cat.counties.len() + charts::chart::all().len()));
        let compare = std::fs::read_to_string(dist.join("en/compare/index.html")).unwrap();
        assert!(compare.contains("<base href=\"../../\">"));
        assert!(compare.contains("<html lang=\"en\">"));
        assert!(compare.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.org/jincheng/zh/compare/\">"));
        assert!(compare.contains("<link rel=\"canonical\" href=\"https://example.org/jincheng/en/compare/\">"));
        assert!(compare.contains(&format!("<title>{}", crate::i18n::EN.nav_compare)));
        // No inline script, and a policy without hashes.
        assert_eq!(compare.matches("<script").count(), 1);
        assert!(compare.contains("<script src=\"loader.js\" integrity=\"sha384-"));
        assert!(!CSP.contains("sha256") && !CSP.contains("unsafe-inline"));
        // Drawn by the app's components, ready to hydrate.
        assert!(compare.contains("<!--<[") && compare.contains("class=\"site-nav\""));
        let county = std::fs::read_to_string(dist.join("zh/counties/140522/index.html")).unwrap();
        assert!(county.contains("<base href=\"../../../\">") && county.contains("阳城县"));
        let root = std::fs::read_to_string(dist.join("index.html")).unwrap();
        assert!(root.contains("data-start-now") && root.contains("href=\"zh/\"") && root.contains("href=\"en/\""));
        // In print, the page's address as text and as a QR code that encodes it.
        assert!(compare.contains("<div class=\"print-address\" aria-hidden=\"true\"><svg class=\"qr\"") && compare.contains("<p>https://example.org/jincheng/en/compare/</p></div>"));
        // The root starts its own small module; every other page the app's.
        assert!(root.contains("data-glue=\"root.js\"") && root.contains("data-wasm=\"root_bg.wasm\"") && root.contains("data-glue-classic"));
        // The root starts at once, so its module is fetched beside the loader; other pages start
        // when the reader reaches for them and preload nothing.
        assert!(root.contains("<link rel=\"preload\" href=\"root.js\" as=\"script\"") && root.contains("<link rel=\"preload\" href=\"root_bg.wasm\" as=\"fetch\""));
        assert!(!compare.contains("rel=\"preload\""));
        // Nor does the root's loader wait for the stylesheet; a page that waits for its reader
        // runs its loader once the page is parsed.
        assert!(root.contains("integrity=\"sha384-") && root.contains(" async data-glue=") && !root.contains(" defer "));
        assert!(compare.contains(" defer data-glue=") && !compare.contains(" async "));
        assert!(compare.contains("data-glue=\"jincheng-report-app-abc.js\"") && compare.contains("data-wasm=\"jincheng-report-app-abc_bg.wasm\""));
        assert!(!compare.contains("data-glue-classic"));
        // The worker is told where an unknown address goes offline: the not-found page.
        let sw = compare.split("data-sw=\"sw.js?v=").nth(1).unwrap().split('"').next().unwrap();
        assert!(sw.ends_with("&amp;missing=zh/404/") && sw.len() > "&amp;missing=zh/404/".len(), "{sw}");
        // The offline copy lists every page and the files, not the worker.
        let list = std::fs::read_to_string(dist.join("precache.json")).unwrap();
        assert!(list.contains("\"en/embed/map/140581/\"") && list.contains("\"jincheng-report-app-abc_bg.wasm\"") && list.contains("\"data/jincheng-2024-figures.csv\""));
        assert!(!list.contains("\"sw.js\""));
        // The host's not-found page: the not-found view, based at the site's address so that it
        // holds at any depth, without a module, not indexed, not in the offline copy.
        let lost = std::fs::read_to_string(dist.join(HOST_NOT_FOUND)).unwrap();
        assert!(lost.contains("<base href=\"https://example.org/jincheng/\">") && lost.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(lost.contains(&format!("<h1>{}</h1>", crate::i18n::ZH.not_found_title)) && lost.contains("href=\"zh/\"") && lost.contains("href=\"en/404/\""));
        assert!(!lost.contains("<script") && !lost.contains("id=\"fatal\"") && !lost.contains("rel=\"canonical\""));
        assert!(lost.contains("<link rel=\"stylesheet\" href=\"main-abc.css\" integrity=\"sha384-"));
        assert!(!list.contains(HOST_NOT_FOUND));
        // Each language's own in its folder, for hosts that look for the nearest.
        let lost_en = std::fs::read_to_string(dist.join("en").join(HOST_NOT_FOUND)).unwrap();
        assert!(lost_en.contains("<html lang=\"en\">") && lost_en.contains(&format!("<h1>{}</h1>", crate::i18n::EN.not_found_title)) && lost_en.contains("href=\"en/\""));
        assert_eq!(std::fs::read_to_string(dist.join("zh").join(HOST_NOT_FOUND)).unwrap(), lost);
        // Every page has a link preview of its own drawing, absolute, sized and described in
        // its language, and the file is there at that size; none is in the offline copy.
        assert!(w.previews >= 2 * (1 + cat.counties.len()) && !list.contains("og/"));
        for page in pages(cat) {
            let html = std::fs::read_to_string(dist.join(file_of(&page))).unwrap();
            let path = preview_path(&page);
            assert!(html.contains(&format!("<meta property=\"og:image\" content=\"https://example.org/jincheng/{path}\">")), "{}", page.href());
            assert!(html.contains("<meta property=\"og:image:width\" content=\"1200\">") && html.contains("<meta property=\"og:image:height\" content=\"630\">"));
            assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
            let alt = html.split("<meta property=\"og:image:alt\" content=\"").nth(1).unwrap().split('"').next().unwrap();
            let lang = page.lang().unwrap_or(Lang::Zh);
            assert_eq!(report::language::foreign_runs(alt, lang).iter().filter(|(foreign, run)| *foreign && run.chars().any(char::is_alphabetic)).count(), 0, "{alt}");
            let png = std::fs::read(dist.join(&path)).unwrap();
            assert_eq!(crate::raster::png_size(&png), Some((1200, 630)), "{path}");
        }
        // The long image of each language, beside its overview, which links to it; its QR code
        // is the overview's absolute address; not in the offline copy.
        assert_long_images(&dist, &w);
        for lang in [Lang::Zh, Lang::En] {
            let img = glance_of(cat, lang, Some("https://example.org/jincheng/")).unwrap();
            assert!(img.svg.contains(&format!("data-qr=\"https://example.org/jincheng/{}/\"", lang.code())));
            let png = std::fs::read(dist.join(crate::images::glance_file(lang))).unwrap();
            assert_eq!(crate::raster::png_size(&png), Some((1080, img.height)), "the drawing with its code");
            assert!(!list.contains(&crate::images::glance_file(lang)));
        }
        // The overview in English shows its figures; an embed shares its chart's picture.
        let en = std::fs::read_to_string(dist.join("en/index.html")).unwrap();
        assert!(en.contains("og:image:alt\" content=\"Jincheng Government Work Report 2024: Gross domestic product 233.33 billion yuan;"));
        assert_eq!(preview_path(&Page::new(Lang::En, Route::Embed { chart: "compare-results-targets".into() })), preview_path(&Page::new(Lang::En, Route::Compare)));
        if let Ok(dir) = std::env::var("IMAGES_OUT") {
            let _ = std::process::Command::new("cp").arg("-r").arg(dist.join("og")).arg(&dir).status();
        }
        let _ = std::fs::remove_dir_all(&dist);
    }

    /// The long images are written, one per language, under 500 KB, where the overview's link
    /// (written into the page, no module needed) points.
    fn assert_long_images(dist: &Path, w: &Written) {
        assert_eq!(w.glances.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(), ["zh/glance.png", "en/glance.png"]);
        for lang in [Lang::Zh, Lang::En] {
            let path = crate::images::glance_file(lang);
            let png = std::fs::read(dist.join(&path)).unwrap();
            assert!(png.len() <= crate::images::MAX_BYTES, "{path}: {} bytes", png.len());
            let overview = std::fs::read_to_string(dist.join(file_of(&Page::new(lang, Route::Overview)))).unwrap();
            let link = format!("<a href=\"{path}\" download=\"{}\" type=\"image/png\"", crate::images::glance_name(lang));
            assert!(overview.contains(&link), "{lang:?}: {link}");
        }
    }

    #[test]
    fn a_build_without_its_module_is_refused() {
        let dist = fake_dist("refused");
        std::fs::remove_file(dist.join("jincheng-report-app-abc_bg.wasm")).unwrap();
        assert_eq!(build(&dist, None).unwrap_err(), "no jincheng-report-app module in the build");
        let _ = std::fs::remove_dir_all(&dist);
    }

    /// Without the site's address there is no absolute address for a preview: no og:image, a
    /// plain summary card, and no images drawn for nobody.
    #[test]
    fn without_an_address_no_preview_is_claimed() {
        let dist = fake_dist("no-address");
        let w = build(&dist, None).unwrap();
        assert_eq!(w.previews, 0);
        let html = std::fs::read_to_string(dist.join("zh/index.html")).unwrap();
        assert!(!html.contains("og:image") && html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(!dist.join("og").exists());
        // Nor a page for the host to serve at every depth, which only an absolute base allows.
        assert!(!dist.join(HOST_NOT_FOUND).exists() && !dist.join("en").join(HOST_NOT_FOUND).exists());
        // The long images still: the build knows every word of them, only not the address, so
        // they carry no QR code (`images`).
        assert_long_images(&dist, &w);
        for lang in [Lang::Zh, Lang::En] {
            let img = glance_of(crate::data::catalogue().unwrap(), lang, None).unwrap();
            assert!(!img.svg.contains("data-qr"));
            let png = std::fs::read(dist.join(crate::images::glance_file(lang))).unwrap();
            assert_eq!(crate::raster::png_size(&png), Some((1080, img.height)), "the drawing without a code");
        }
        let _ = std::fs::remove_dir_all(&dist);
    }
}
