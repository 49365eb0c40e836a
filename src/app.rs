//! The app shell: header, navigation, the page's view, footer.
//!
//! Invariant: views know nothing of how the page was loaded. The same [`Shell`] draws every page
//! at build time ([`AppProps::at`], a memory history at the page's address, `src/site.rs`) and in
//! the browser ([`AppProps::browser`]), which hydrates the page the build wrote: one
//! implementation of every view. Whatever only the browser knows (the fragment, the query's
//! warnings, the window) reaches the views after hydration, through `hooks`.

use crate::components::header::Header;
use crate::components::nav::Nav;
use crate::hooks::{restore_place, use_client_navigation, use_page, LangCtx};
use crate::i18n::{pick, t, Lang, EN, ZH};
use crate::model::query::{self, Warning};
use crate::route::{Page, Route};
use crate::views;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The browser's history, or at build time a memory history at the page's address.
    pub history: AnyHistory,
}

impl AppProps {
    /// The app in the browser; its basename is the page's `<base href>` (see `route`).
    pub fn browser() -> AppProps {
        AppProps { history: AnyHistory::from(yew_router::history::BrowserHistory::new()) }
    }

    /// The app at `page`, as the build draws it.
    pub fn at(page: &Page) -> AppProps {
        let history = MemoryHistory::new();
        history.push(page.to_path());
        AppProps { history: AnyHistory::from(history) }
    }
}

/// The app: one component tree in the browser and at build time, so that hydration meets the
/// tree it drew.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    // The site's root as the page's <base> says (none at build time: paths start at the root).
    let basename = (cfg!(target_arch = "wasm32")).then(yew_router::utils::base_url).flatten().map(AttrValue::from);
    html! {
        <Router history={props.history.clone()} {basename}>
            <Shell />
        </Router>
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's title and language on the document, for a page shown in place.
fn apply_head(page: &Page) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", page.lang().unwrap_or(Lang::Zh).tag());
    }
    if let Ok(cat) = crate::data::catalogue() {
        doc.set_title(&crate::model::meta::meta(page, cat).title);
    }
}

/// The query's bad parameters (`?theme=<b>`), once hydrated: the build drew no warnings.
#[hook]
fn use_query_warnings() -> Vec<Warning> {
    let warnings = use_state(Vec::<Warning>::new);
    {
        let warnings = warnings.clone();
        use_effect_with((), move |_| {
            let search = window().and_then(|w| w.location().search().ok()).unwrap_or_default();
            let (params, found) = query::parse(&search);
            if let (Some(theme), Some(root)) = (params.theme, window().and_then(|w| w.document()).and_then(|d| d.document_element())) {
                let _ = root.set_attribute("data-theme", theme.as_str());
            }
            warnings.set(found);
        });
    }
    (*warnings).clone()
}

/// Everything inside the router.
#[function_component]
pub fn Shell() -> Html {
    let page = use_page();
    let lang = page.lang().unwrap_or(Lang::Zh);
    use_client_navigation();
    let warnings = use_query_warnings();
    {
        // A page shown in place: its head; a new page starts at its top, as a loaded page
        // would, unless it goes to a fragment (the browser scrolls there) or is the same page in
        // the other language (the reader keeps their place). Not on hydration: the page is
        // where the browser put it.
        let previous = use_mut_ref(|| None::<Page>);
        use_effect_with(page.clone(), move |p| {
            let before = previous.replace(Some(p.clone()));
            if let Some(before) = before {
                apply_head(p);
                let switched = before.route() == p.route() && before.lang() != p.lang();
                let to_fragment = window().and_then(|w| w.location().hash().ok()).is_some_and(|h| h.len() > 1);
                if !(switched && restore_place()) && !to_fragment {
                    if let Some(w) = window() {
                        w.scroll_to_with_x_and_y(0.0, 0.0);
                    }
                }
            } else if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                // Said once, for tests and the benchmark: the module has taken the page over.
                let _ = root.set_attribute("data-hydrated", "");
                crate::browser::mark_once("app-interactive");
            }
        });
    }
    let s = t(lang);
    let notices: Html = warnings
        .iter()
        .map(|w| html! { <p class="notice" role="status">{ format!("{}{}={}", s.bad_param, w.param, w.value) }</p> })
        .collect();
    let route = page.route();
    let body = match &page {
        Page::Root => root_choice(),
        _ if route.is_embed() => html! { <main id="main" class="embed">{ notices }{ views::switch(route.clone()) }</main> },
        _ => html! {
            <>
                <a class="skip" href={page.href_to("main")}>{ s.skip }</a>
                <Header page={page.clone()} />
                <Nav page={page.clone()} />
                <main id="main" tabindex="-1">
                    { notices }
                    { views::switch(route.clone()) }
                </main>
                <footer class="site-footer">
                    <p>{ s.footer }</p>
                    <p><a href={Page::new(lang, Route::About).href()}>{ s.nav_about }</a></p>
                </footer>
            </>
        },
    };
    html! {
        <ContextProvider<LangCtx> context={LangCtx { lang }}>
            { body }
        </ContextProvider<LangCtx>>
    }
}

/// The site's root without the module: both languages offered as links (with the module, the
/// root sends the reader on before this is seen; `lib.rs`).
fn root_choice() -> Html {
    html! {
        <main id="main" class="root-choice">
            <h1><span lang="zh-CN">{ ZH.title }</span><br /><span lang="en">{ EN.title }</span></h1>
            <p class="root-links">
                <a class="button" href={Page::new(Lang::Zh, Route::Overview).href()} hreflang="zh-CN" lang="zh-CN">{ pick(Lang::Zh, "中文", "") }</a>
                <a class="button" href={Page::new(Lang::En, Route::Overview).href()} hreflang="en" lang="en">{ pick(Lang::En, "", "English") }</a>
            </p>
        </main>
    }
}
