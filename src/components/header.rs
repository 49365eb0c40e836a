use crate::hooks::{remember_choice, remember_place};
use crate::i18n::t;
use crate::route::{Page, Route};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub page: Page,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.page.lang().unwrap_or_default();
    let s = t(lang);
    let other = lang.other();
    // A real link to this page in the other language, with or without the module; with it,
    // the switch happens in place (hooks::use_client_navigation) and keeps the reader's place.
    let onclick = Callback::from(move |_: MouseEvent| {
        remember_choice(other);
        remember_place();
    });
    html! {
        <header class="site-header">
            <a href={Page::new(lang, Route::Overview).href()} class="brand">
                <span class="brand-title">{ s.title }</span>
                <span class="brand-sub">{ s.subtitle }</span>
            </a>
            <a class="lang-switch" href={props.page.in_lang(other).href()} {onclick} aria-label={s.switch_label}
                hreflang={other.tag()} lang={other.tag()}>{ s.switch_to }</a>
        </header>
    }
}
