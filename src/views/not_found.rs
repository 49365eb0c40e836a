use crate::hooks::use_lang;
use crate::i18n::t;
use crate::route::{Page, Route};
use yew::prelude::*;

#[function_component]
pub fn NotFound() -> Html {
    let lang = use_lang();
    let s = t(lang);
    html! {
        <div class="not-found">
            <h1>{ s.not_found_title }</h1>
            <p>{ s.not_found_body }</p>
            <p><a href={Page::new(lang, Route::Overview).href()} class="button">{ s.go_home }</a></p>
        </div>
    }
}
