use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountiesProps {
    #[prop_or_default]
    pub adcode: Option<AttrValue>,
}

#[function_component]
pub fn CountiesView(_props: &CountiesProps) -> Html {
    html! { <h1>{ "Counties" }</h1> }
}
