use crate::app::use_lang;
use crate::data;
use crate::i18n::t;
use yew::prelude::*;

/// Hands a string to the reader as a file, without a server.
fn save(name: &str, mime: &str, contents: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

#[function_component]
pub fn Downloads() -> Html {
    let s = t(use_lang());
    let json = Callback::from(|_: MouseEvent| {
        let _ = save("jincheng-2024-figures.json", "application/json", data::CATALOGUE_JSON);
    });
    let csv = Callback::from(|_: MouseEvent| {
        if let Ok(c) = data::catalogue() {
            // A byte-order mark so that spreadsheet programs read the Chinese as UTF-8.
            let _ = save("jincheng-2024-figures.csv", "text/csv;charset=utf-8", &format!("\u{FEFF}{}", report::export::to_csv(&c.figures)));
        }
    });
    html! {
        <section class="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{ s.downloads }</h2>
            <p>
                <button type="button" class="button" onclick={json}>{ s.download_json }</button>
                <button type="button" class="button" onclick={csv}>{ s.download_csv }</button>
            </p>
        </section>
    }
}
