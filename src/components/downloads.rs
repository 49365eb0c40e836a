use crate::app::use_lang;
use crate::browser::save_text as save;
use crate::data;
use crate::i18n::t;
use yew::prelude::*;

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
