//! First screens as static HTML, rendered at build time by the same components the app runs.
//!
//! A reader on a slow phone connection waits seconds for the module; with these, a page is on
//! screen as soon as the HTML and CSS arrive (and for readers without JavaScript at all), and
//! where the first screen is a whole page the module waits for the reader. Rules:
//! - The overview, in each language, goes into index.html; an inline script there shows the one
//!   the app will choose and removes both on any other route, so no other view flashes it.
//! - Every other view and every embed, in each language and chart layout, is a file of its own
//!   (`screens-<build>/<path>.<lang>.<layout>.html`, see [`screen_routes`]), which `static/boot.js`
//!   fetches into the page; index.html lists them, so nothing else is asked for.
//! - A figure's link (`#/report/<id>`) is the report's first screen with that figure's details,
//!   a file of their own per figure and language (`figure-<id>.<lang>.html`, see
//!   [`detail_file_name`]), which boot.js puts where the app puts them.
//! - They come from the components, not a copy of their markup: a memory router stands in for
//!   the hash router (the links are plain `#/…` fragment links either way, see `Route::href`).
use crate::app::{LangCtx, Shell};
use crate::components::figure_detail::FigureDetail;
use crate::i18n::Lang;
use crate::route::Route;
use charts::chart::Layout;
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct FirstScreenProps {
    pub lang: Lang,
    pub path: String,
}

#[function_component]
pub fn FirstScreen(props: &FirstScreenProps) -> Html {
    let ctx = LangCtx { lang: props.lang, set: Callback::noop() };
    let history = AnyHistory::from(MemoryHistory::with_entries(vec![props.path.clone()]));
    html! {
        <ContextProvider<LangCtx> context={ctx}>
            <Router history={history}>
                <Shell warnings={Vec::new()} />
            </Router>
        </ContextProvider<LangCtx>>
    }
}

/// The overview shell in `lang`.
pub async fn render(lang: Lang) -> String {
    render_path(lang, "/".into()).await
}

/// The app at `path` (a route without the `#`) in `lang`.
pub async fn render_path(lang: Lang, path: String) -> String {
    yew::ServerRenderer::<FirstScreen>::with_props(move || FirstScreenProps { lang, path }).hydratable(false).render().await
}

#[derive(Properties, PartialEq, Clone)]
pub struct DetailScreenProps {
    pub lang: Lang,
    pub id: AttrValue,
}

/// A figure's details as the report view shows them for its link (src/views/report.rs).
#[function_component]
pub fn DetailScreen(props: &DetailScreenProps) -> Html {
    let ctx = LangCtx { lang: props.lang, set: Callback::noop() };
    html! {
        <ContextProvider<LangCtx> context={ctx}>
            <FigureDetail id={props.id.clone()} on_close={Callback::noop()} chart={crate::views::sectors::chart_route(&props.id)} />
        </ContextProvider<LangCtx>>
    }
}

/// The details of figure `id` in `lang`.
pub async fn render_detail(lang: Lang, id: String) -> String {
    yew::ServerRenderer::<DetailScreen>::with_props(move || DetailScreenProps { lang, id: id.into() }).hydratable(false).render().await
}

/// The figures a link can open in the text: the stated ones (a derived figure is not in it).
pub fn detail_ids(cat: &report::Catalogue) -> Vec<String> {
    cat.figures.iter().filter(|f| !f.is_derived()).map(|f| f.id.clone()).collect()
}

/// The file of a figure's details (`static/head.template.js` derives it the same way); one for
/// both chart layouts, as the details have no chart.
pub fn detail_file_name(id: &str, lang: Lang) -> String {
    format!("figure-{id}.{}.html", lang.code())
}

/// Every route that gets a first screen of its own, by its path without the leading `/` (as
/// `<meta name="first-screens">` lists it): the views and every embed; not the deep links into
/// the report or to one chart (drawn from their view's, with a figure's details from
/// [`detail_file_name`]). See [`file_name`] for the file.
pub fn screen_routes(cat: &report::Catalogue) -> Vec<(String, Route)> {
    use yew_router::Routable;
    let mut routes = vec![Route::Compare, Route::Sectors, Route::Counties, Route::Report, Route::About];
    routes.extend(cat.counties.iter().map(|c| Route::County { adcode: c.adcode.clone() }));
    routes.extend(charts::chart::all().iter().map(|d| Route::Embed { chart: d.id.to_string() }));
    routes.push(Route::EmbedMap);
    routes.extend(cat.counties.iter().map(|c| Route::EmbedMapCounty { adcode: c.adcode.clone() }));
    routes.into_iter().map(|r| (r.to_path().trim_start_matches('/').to_string(), r)).collect()
}

/// The file of a first screen: the path with `/` as `-`, language and chart layout
/// (`static/head.template.js` derives it the same way).
pub fn file_name(path: &str, lang: Lang, layout: Layout) -> String {
    let layout = match layout {
        Layout::Phone => "phone",
        Layout::Desktop => "desktop",
    };
    format!("{}.{}.{layout}.html", path.replace('/', "-"), lang.code())
}

/// What every first screen file begins with: `static/boot.js` uses nothing else (a host that
/// answers a missing file with index.html must not get that inserted into the page).
pub const FILE_MARK: &str = "<!--jincheng-first-screen-->";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_files_are_named_after_their_route() {
        let cat = crate::data::catalogue().unwrap();
        let routes = screen_routes(cat);
        let paths: Vec<&str> = routes.iter().map(|(p, _)| p.as_str()).collect();
        for want in ["compare", "sectors", "counties", "counties/140502", "report", "about", "embed/gdp-level", "embed/map", "embed/map/140581"] {
            assert!(paths.contains(&want), "{want} in {paths:?}");
        }
        // One file per route, none for the overview (it is in index.html), and no two routes
        // sharing a file name.
        let files: std::collections::HashSet<_> = paths.iter().map(|p| file_name(p, Lang::Zh, Layout::Phone)).collect();
        assert_eq!(files.len(), paths.len());
        assert!(!paths.contains(&""));
        assert_eq!(file_name("embed/map/140581", Lang::En, Layout::Desktop), "embed-map-140581.en.desktop.html");
        assert_eq!(detail_file_name("gdp-2023", Lang::En), "figure-gdp-2023.en.html");
    }

    /// A figure's link drawn from the report's first screen (what static/boot.js does: the
    /// details at the end of the reader, the figure marked as routed and expanded, the language
    /// link to the same address) is the app's own view of that link, to the character.
    #[test]
    fn the_report_screen_with_what_boot_js_adds_is_the_figure_links_view() {
        for (lang, other) in [(Lang::Zh, "en"), (Lang::En, "zh")] {
            let id = "gdp-2023";
            let plain = futures::executor::block_on(render_path(lang, "/report".into()));
            let detail = futures::executor::block_on(render_detail(lang, id.into()));
            let routed = futures::executor::block_on(render_path(lang, format!("/report/{id}")));
            let button = |expanded: &str, class: &str| {
                format!("data-figure=\"{id}\" aria-expanded=\"{expanded}\" title=\"地区生产总值\" class=\"{class}\"")
            };
            let switch = |hash: &str| format!("href=\"?lang={other}#{hash}\"");
            let end = "</div></main>";
            for needle in [button("false", "fig actual"), switch("/report"), end.to_string()] {
                assert_eq!(plain.matches(&needle).count(), 1, "{needle} once in the report's screen");
            }
            let drawn = plain
                .replace(&button("false", "fig actual"), &button("true", "fig actual hl selected"))
                .replace(&switch("/report"), &switch(&format!("/report/{id}")))
                .replace(end, &format!("{detail}{end}"));
            assert!(drawn == routed, "{lang:?}: the first screen differs from the app's view");
        }
    }

    /// The details file is what the app itself draws for the figure's link, in both languages.
    #[test]
    fn a_figures_details_file_is_the_apps_own_details() {
        let cat = crate::data::catalogue().unwrap();
        let ids = detail_ids(cat);
        assert!(ids.len() > 200 && ids.iter().any(|i| i == "gdp-2023"));
        assert!(cat.figures.iter().filter(|f| f.is_derived()).all(|f| !ids.contains(&f.id)));
        for id in ["gdp-2023", &ids[ids.len() / 2], ids.last().unwrap()] {
            for lang in [Lang::Zh, Lang::En] {
                let detail = futures::executor::block_on(render_detail(lang, id.to_string()));
                let view = futures::executor::block_on(render_path(lang, format!("/report/{id}")));
                assert!(detail.starts_with("<aside ") && detail.contains("class=\"figure-detail\""), "{detail}");
                assert!(view.contains(&detail), "{id} in {lang:?}: the report view holds {detail}");
            }
        }
    }
}
