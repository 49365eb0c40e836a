use crate::i18n::{t, Lang};
use crate::route::{Page, Route};
use yew::prelude::*;

/// A clear message in place of content that cannot be shown, with a way home. A plain function,
/// not a component: it has no state, and each component type costs the module its own copy of
/// yew's lifecycle code.
pub fn message(lang: Lang, text: &str, detail: Option<&str>) -> Html {
    html! {
        <div class="message" role="alert">
            <p>{ text.to_string() }{ detail.map(|d| html! { <code>{ d.to_string() }</code> }) }</p>
            <p><a href={Page::new(lang, Route::Overview).href()}>{ t(lang).go_home }</a></p>
        </div>
    }
}
