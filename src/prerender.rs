//! The first screen as static HTML, rendered at build time by the same components the app runs.
//!
//! A reader on a slow phone connection waits seconds for the module; with this, the header and
//! the headline figures are on screen as soon as the HTML and CSS arrive (and for readers
//! without JavaScript at all). The app replaces it when it starts (see `start`). Rules:
//! - It is the overview, in each language; an inline script in `index.html` shows the one the app
//!   will choose and removes both on any other route, so no other view flashes the overview.
//! - It comes from the components, not a copy of their markup: a memory router stands in for the
//!   hash router (the links are plain `#/…` fragment links either way, see `Route::href`).
use crate::app::{LangCtx, Shell};
use crate::i18n::Lang;
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct FirstScreenProps {
    pub lang: Lang,
}

#[function_component]
pub fn FirstScreen(props: &FirstScreenProps) -> Html {
    let ctx = LangCtx { lang: props.lang, set: Callback::noop() };
    let history = AnyHistory::from(MemoryHistory::with_entries(vec!["/"]));
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
    yew::ServerRenderer::<FirstScreen>::with_props(move || FirstScreenProps { lang }).hydratable(false).render().await
}
