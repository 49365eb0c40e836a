use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectorsProps {
    #[prop_or_default]
    pub chart: Option<AttrValue>,
}

#[function_component]
pub fn SectorsView(_props: &SectorsProps) -> Html {
    html! { <h1>{ "Sectors" }</h1> }
}

pub fn chart_route(_figure: &str) -> Option<Route> {
    None
}
