use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedChartProps {
    pub chart: AttrValue,
}

#[function_component]
pub fn EmbedChart(_props: &EmbedChartProps) -> Html {
    html! {}
}

#[derive(Properties, PartialEq)]
pub struct EmbedMapProps {
    #[prop_or_default]
    pub adcode: Option<AttrValue>,
}

#[function_component]
pub fn EmbedMap(_props: &EmbedMapProps) -> Html {
    html! {}
}
