//! The whole catalogue for data desks: plain files next to the app (written by the build's
//! post-build hook with the `figures` tool), so they have a stable address, work offline and
//! cost the app nothing until someone asks for them.
use crate::i18n::{t, Lang};
use yew::prelude::*;

/// Where the post-build hook puts the files, relative to index.html.
pub const JSON_FILE: &str = "data/jincheng-2024-figures.json";
pub const CSV_FILE: &str = "data/jincheng-2024-figures.csv";

pub fn downloads(lang: Lang) -> Html {
    let s = t(lang);
    html! {
        <section class="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{ s.downloads }</h2>
            <p>
                <a class="button" href={JSON_FILE} download="jincheng-2024-figures.json" type="application/json">{ s.download_json }</a>
                <a class="button" href={CSV_FILE} download="jincheng-2024-figures.csv" type="text/csv">{ s.download_csv }</a>
            </p>
        </section>
    }
}
