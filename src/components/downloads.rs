//! The whole catalogue for data desks: a data package next to the app (written by the build's
//! post-build hook with `figures --out`, see `report::package`), so it has a stable address,
//! works offline and costs the app nothing until someone asks for it.
//!
//! Rules: the file names are the data layer's (`report::package`); only the folder they sit in,
//! relative to index.html, is the app's. The two download buttons stay the first two links with
//! a `download` attribute (the end-to-end test fetches them); the package's descriptor and
//! README are plain links, read in the browser.
use crate::i18n::{t, Lang};
use report::package;
use yew::prelude::*;

/// Where the post-build hook puts the package, relative to index.html.
pub const DATA_DIR: &str = "data";

/// The address of a file of the package.
pub fn href(file: &str) -> String {
    format!("{DATA_DIR}/{file}")
}

pub fn downloads(lang: Lang) -> Html {
    let s = t(lang);
    html! {
        <section class="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{ s.downloads }</h2>
            <p>
                <a class="button" href={href(package::FIGURES_JSON)} download={package::FIGURES_JSON} type="application/json">{ s.download_json }</a>
                <a class="button" href={href(package::FIGURES_CSV)} download={package::FIGURES_CSV} type="text/csv">{ s.download_csv }</a>
            </p>
            <p>
                { s.package_intro }{ crate::i18n::pick(lang, "（", " (") }<span lang="en">{ "Frictionless Data Package" }</span>{ crate::i18n::pick(lang, "）：", "): ") }
                <a href={href(package::DESCRIPTOR)} type="application/json">{ package::DESCRIPTOR }</a>
                { s.package_and }
                <a href={href(package::README)} type="text/markdown">{ s.package_readme }</a>
                { s.package_outro }
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_addresses_the_app_has_always_linked_to_still_hold() {
        // Readers and articles link to these addresses: they must not move.
        assert_eq!(href(package::FIGURES_JSON), "data/jincheng-2024-figures.json");
        assert_eq!(href(package::FIGURES_CSV), "data/jincheng-2024-figures.csv");
        assert_eq!(href(package::DESCRIPTOR), "data/datapackage.json");
    }
}
