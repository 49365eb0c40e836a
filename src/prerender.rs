//! First screens as static HTML, rendered at build time by the same components the app runs.
//!
//! A reader on a slow phone connection waits seconds for the module; with these, a page is on
//! screen as soon as the HTML and CSS arrive (and for readers without JavaScript at all), and
//! where the first screen is a whole page the module waits for the reader. Rules:
//! - The overview, in each language, goes into index.html; an inline script there shows the one
//!   the app will choose and removes both on any other route, so no other view flashes it.
//! - Each embed (every chart, the map, the map with each county), in each language and chart
//!   layout, is a file of its own (`embed/<slug>.<lang>.<layout>.html`, see [`embed_routes`]),
//!   which `static/boot.js` fetches into the frame.
//! - They come from the components, not a copy of their markup: a memory router stands in for
//!   the hash router (the links are plain `#/…` fragment links either way, see `Route::href`).
use crate::app::{LangCtx, Shell};
use crate::i18n::Lang;
use crate::route::Route;
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

/// Every embed route, with the name of its file: the chart id, `map`, or `map-<adcode>`.
pub fn embed_routes(cat: &report::Catalogue) -> Vec<(String, Route)> {
    let mut out: Vec<(String, Route)> = charts::chart::all().iter().map(|d| (d.id.to_string(), Route::Embed { chart: d.id.to_string() })).collect();
    out.push(("map".into(), Route::EmbedMap));
    out.extend(cat.counties.iter().map(|c| (format!("map-{}", c.adcode), Route::EmbedMapCounty { adcode: c.adcode.clone() })));
    out
}
