use crate::app::use_lang;
use crate::i18n::t;
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessageProps {
    pub text: AttrValue,
    #[prop_or_default]
    pub detail: Option<AttrValue>,
}

/// A clear message in place of content that cannot be shown, with a way home.
#[function_component]
pub fn Message(props: &MessageProps) -> Html {
    let s = t(use_lang());
    html! {
        <div class="message" role="alert">
            <p>{ props.text.clone() }{ props.detail.clone().map(|d| html! { <code>{ d }</code> }) }</p>
            <p><a href={Route::Overview.href()}>{ s.go_home }</a></p>
        </div>
    }
}
