use yew::prelude::*;

#[function_component]
pub fn CompareView() -> Html {
    html! { <h1>{ "Compare" }</h1> }
}
