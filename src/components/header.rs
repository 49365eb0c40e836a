use crate::app::LangCtx;
use crate::i18n::{t, Lang};
use crate::route::Route;
use yew::prelude::*;

#[function_component]
pub fn Header() -> Html {
    let ctx = use_context::<LangCtx>().expect("LangCtx is provided by App");
    let s = t(ctx.lang);
    let other = if ctx.lang == Lang::Zh { Lang::En } else { Lang::Zh };
    let onclick = ctx.set.reform(move |_: MouseEvent| other);
    html! {
        <header class="site-header">
            <a href={Route::Overview.href()} class="brand">
                <span class="brand-title">{ s.title }</span>
                <span class="brand-sub">{ s.subtitle }</span>
            </a>
            <button type="button" class="lang-switch" {onclick} aria-label={s.switch_label}
                lang={if other == Lang::Zh { "zh-CN" } else { "en" }}>{ s.switch_to }</button>
        </header>
    }
}
