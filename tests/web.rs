//! Component tests in a real browser (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use jincheng_report_app::components::figure_card::figure_card;
use jincheng_report_app::components::message::message;
use jincheng_report_app::data;
use jincheng_report_app::i18n::Lang;
use jincheng_report_app::components::figure_detail::FigureDetail;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets yew's scheduler render.
async fn tick() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

fn mount() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

#[derive(Properties, PartialEq)]
struct CardProps {
    id: AttrValue,
}

#[function_component]
fn CardHost(p: &CardProps) -> Html {
    let f = data::catalogue().unwrap().figure(&p.id).expect("a figure of the catalogue");
    figure_card(Lang::Zh, f)
}

#[wasm_bindgen_test]
async fn a_card_shows_the_figure_as_written_and_links_to_its_sentence() {
    let root = mount();
    yew::Renderer::<CardHost>::with_root_and_props(root.clone(), CardProps { id: "coal-output-2024".into() }).render();
    tick().await;
    let card = root.query_selector(".card").unwrap().expect("a card");
    assert_eq!(card.get_attribute("data-figure").as_deref(), Some("coal-output-2024"));
    assert!(card.class_list().contains("target"));
    let value = root.query_selector(".card-value [aria-hidden]").unwrap().unwrap().text_content().unwrap();
    assert_eq!(value, "≥1.4亿吨");
    let spoken = root.query_selector(".card-value .sr-only").unwrap().unwrap().text_content().unwrap();
    assert_eq!(spoken, "不少于1.4亿吨");
    let link: web_sys::HtmlAnchorElement = root.query_selector(".card-link a").unwrap().unwrap().dyn_into().unwrap();
    assert!(link.href().ends_with("zh/report/#coal-output-2024"), "{}", link.href());
}

#[function_component]
fn MessageHost() -> Html {
    message(Lang::En, "Unknown figure: ", Some("<b>no-such-figure</b>"))
}

#[wasm_bindgen_test]
async fn a_message_names_what_is_missing_as_text_and_leads_home() {
    let root = mount();
    yew::Renderer::<MessageHost>::with_root(root.clone()).render();
    tick().await;
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    assert_eq!(alert.query_selector("code").unwrap().unwrap().text_content().unwrap(), "<b>no-such-figure</b>", "markup stays text");
    assert!(alert.query_selector("b").unwrap().is_none());
    let home: web_sys::HtmlAnchorElement = alert.query_selector("a").unwrap().unwrap().dyn_into().unwrap();
    assert!(home.href().ends_with("en/"), "{}", home.href());
    assert_eq!(home.text_content().unwrap(), "Back to the overview");
}

#[derive(Properties, PartialEq)]
struct DetailProps {
    id: AttrValue,
    closed: std::rc::Rc<std::cell::Cell<bool>>,
}

#[function_component]
fn DetailInRouter(p: &DetailProps) -> Html {
    let closed = p.closed.clone();
    html! { <HashRouter><FigureDetail id={p.id.clone()} on_close={Callback::from(move |_| closed.set(true))} /></HashRouter> }
}

#[wasm_bindgen_test]
async fn the_detail_of_a_derived_figure_shows_its_formula_and_closes_on_escape() {
    let root = mount();
    let closed = std::rc::Rc::new(std::cell::Cell::new(false));
    yew::Renderer::<DetailInRouter>::with_root_and_props(root.clone(), DetailProps { id: "gdp-2022".into(), closed: closed.clone() }).render();
    tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("gdp-2023 ÷ (1 + gdp-growth-2023)"), "{text}");
    assert!(text.contains("推算"), "{text}");
    let aside = root.query_selector(".figure-detail").unwrap().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    aside.dispatch_event(&ev).unwrap();
    tick().await;
    assert!(closed.get(), "Escape calls on_close");
}

#[wasm_bindgen_test]
fn the_panic_message_goes_into_the_static_node_as_text() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let fatal = doc.create_element("div").unwrap();
    fatal.set_id("fatal");
    fatal.set_attribute("hidden", "").unwrap();
    let detail = doc.create_element("pre").unwrap();
    detail.set_attribute("data-detail", "").unwrap();
    fatal.append_child(&detail).unwrap();
    doc.body().unwrap().append_child(&fatal).unwrap();
    jincheng_report_app::fatal::show("panicked at <b>src/x.rs</b>");
    assert!(!fatal.has_attribute("hidden"));
    assert_eq!(detail.text_content().as_deref(), Some("panicked at <b>src/x.rs</b>"));
    assert_eq!(detail.child_element_count(), 0, "the message is text, never markup");
}
