//! The app shell: language, router, header, navigation, footer.

use crate::components::header::Header;
use crate::components::nav::Nav;
use crate::i18n::{t, Lang};
use crate::model::query::{self, Theme, Warning};
use crate::route::Route;
use crate::views;
use yew::prelude::*;
use yew_router::prelude::*;

/// The reader's language and how to change it, for every component.
#[derive(Clone, PartialEq)]
pub struct LangCtx {
    pub lang: Lang,
    pub set: Callback<Lang>,
}

#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangCtx>().map_or(Lang::Zh, |c| c.lang)
}

const STORAGE_KEY: &str = "jincheng-report-lang";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `?lang=` first, then what the reader chose last time, then the browser's languages.
fn initial_lang(from_url: Option<Lang>) -> Lang {
    if let Some(l) = from_url {
        return l;
    }
    // The page's head script applied this same rule (static/head.template.js) and drew the first
    // screen in its answer: the app keeps it, even if the stored choice changed meanwhile.
    let decided = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-lang"))
        .and_then(|v| Lang::parse(&v));
    if let Some(l) = decided {
        return l;
    }
    let stored = window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|v| Lang::parse(&v));
    if let Some(l) = stored {
        return l;
    }
    let browser = window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if browser.starts_with("zh") || browser.is_empty() {
        Lang::Zh
    } else {
        Lang::En
    }
}

fn apply_lang(lang: Lang) {
    let Some(w) = window() else { return };
    if let Some(root) = w.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", if lang == Lang::Zh { "zh-CN" } else { "en" });
    }
    if let Some(d) = w.document() {
        d.set_title(t(lang).title);
    }
}

fn apply_theme(theme: Option<Theme>) {
    if let (Some(theme), Some(root)) = (theme, window().and_then(|w| w.document()).and_then(|d| d.document_element())) {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}

#[function_component]
pub fn App() -> Html {
    let search = crate::browser::page_query();
    let parsed = use_memo(search.clone(), |s| query::parse(s));
    let (params, warnings) = (*parsed).clone();
    let lang = use_state(|| initial_lang(params.lang));
    {
        let theme = params.theme;
        use_effect_with(*lang, move |l| {
            apply_lang(*l);
            apply_theme(theme);
        });
    }
    let set = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            if let Some(w) = window() {
                if let Ok(Some(s)) = w.local_storage() {
                    let _ = s.set_item(STORAGE_KEY, l.code());
                }
                // Keep the address true to what is shown, so a shared link opens in this language.
                let loc = w.location();
                let url = format!("{}{}{}", loc.pathname().unwrap_or_default(), query::with_lang(&loc.search().unwrap_or_default(), l), loc.hash().unwrap_or_default());
                if let Ok(h) = w.history() {
                    let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
                }
            }
            lang.set(l);
        })
    };
    // The app has rendered and handles input from here on (the benchmark's "interactive").
    use_effect_with((), |_| {
        crate::views::progressive::set_taking_over(false);
        crate::browser::mark_once("app-interactive");
    });
    let ctx = LangCtx { lang: *lang, set };
    html! {
        <ContextProvider<LangCtx> context={ctx}>
            <HashRouter>
                <Shell warnings={warnings} />
            </HashRouter>
        </ContextProvider<LangCtx>>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub warnings: Vec<Warning>,
}

/// Everything inside the router; also rendered at build time (see `prerender`).
#[function_component]
pub fn Shell(props: &ShellProps) -> Html {
    let route = use_route::<Route>().unwrap_or(Route::Overview);
    let lang = use_lang();
    // A new view starts at its top, as a new page would; deep links scroll to their own target.
    // Not on the first render: the page is at its top already, or the browser restored the
    // reader's place, or the app is taking over a first screen the reader has scrolled.
    let first_render = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |r| {
        let own_target = matches!(r, Route::ReportFigure { .. } | Route::ReportSentence { .. } | Route::SectorChart { .. } | Route::County { .. });
        let first = first_render.replace(false);
        if !own_target && !first {
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    });
    let s = t(lang);
    let notices: Html = props
        .warnings
        .iter()
        .map(|w| html! { <p class="notice" role="status">{ format!("{}{}={}", s.bad_param, w.param, w.value) }</p> })
        .collect();
    if route.is_embed() {
        return html! { <main id="main" class="embed">{ notices }{ views::switch(route) }</main> };
    }
    html! {
        <>
            <a class="skip" href="#main" onclick={Callback::from(|e: MouseEvent| {
                // The hash router owns the fragment: move focus without navigating.
                e.prevent_default();
                if let Some(m) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main")) {
                    use wasm_bindgen::JsCast;
                    if let Ok(h) = m.dyn_into::<web_sys::HtmlElement>() { let _ = h.focus(); }
                }
            })}>{ s.skip }</a>
            <Header />
            <Nav route={route.clone()} />
            <main id="main" tabindex="-1">
                { notices }
                { views::switch(route) }
            </main>
            <footer class="site-footer">
                <p>{ s.footer }</p>
                <p><a href={Route::About.href()}>{ s.nav_about }</a></p>
            </footer>
        </>
    }
}
