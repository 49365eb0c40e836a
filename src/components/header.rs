use crate::app::LangCtx;
use crate::i18n::{t, Lang};
use crate::model::query;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component]
pub fn Header() -> Html {
    let ctx = use_context::<LangCtx>().expect("LangCtx is provided by App");
    let s = t(ctx.lang);
    let other = if ctx.lang == Lang::Zh { Lang::En } else { Lang::Zh };
    // A real link to this page in the other language: it works in the prerendered first screen,
    // before (or without) the module; the app switches in place instead of reloading.
    let route = use_route::<Route>().unwrap_or(Route::Overview);
    let href = format!("{}{}", query::with_lang(&crate::browser::page_query(), other), route.href());
    let onclick = ctx.set.reform(move |e: MouseEvent| {
        e.prevent_default();
        other
    });
    html! {
        <header class="site-header">
            <a href={Route::Overview.href()} class="brand">
                <span class="brand-title">{ s.title }</span>
                <span class="brand-sub">{ s.subtitle }</span>
            </a>
            <a class="lang-switch" {href} {onclick} aria-label={s.switch_label}
                hreflang={if other == Lang::Zh { "zh-CN" } else { "en" }}
                lang={if other == Lang::Zh { "zh-CN" } else { "en" }}>{ s.switch_to }</a>
        </header>
    }
}

