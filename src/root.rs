//! The site's root, as a module of its own: it sends the reader on to their page (the language
//! rule and every old address, `model::legacy`), so that the root loads a small module, not the
//! app. What it must know of the catalogue (figure ids, sentence starts, county codes, chart ids)
//! the build writes as plain lists (`build.rs`, `root_known.rs`).

use crate::model::legacy::Known;

include!(concat!(env!("OUT_DIR"), "/root_known.rs"));

/// What the root knows, from the build's lists.
pub fn known() -> Known<'static> {
    Known { figures: FIGURES, sentences: SENTENCES, counties: COUNTIES, charts: CHARTS }
}

/// Sends the reader from the site's root (`root`, its path) to their page.
#[cfg(target_arch = "wasm32")]
pub fn send_on(root: &str) {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let search = loc.search().unwrap_or_default();
    let browser: Vec<String> = w.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    let (params, _) = crate::model::query::parse(&search);
    let lang = crate::model::legacy::choose_lang(params.lang, crate::hooks::stored_choice(), &browser);
    let target = crate::model::legacy::resolve(&search, &loc.hash().unwrap_or_default(), lang, &known());
    let _ = loc.replace(&format!("{root}{target}"));
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_roots_lists_are_the_catalogues() {
        let cat = crate::data::catalogue().unwrap();
        assert_eq!(super::FIGURES.len(), cat.figures.iter().filter(|f| !f.is_derived()).count());
        assert_eq!(super::SENTENCES.len(), crate::data::document().sentences.len());
        assert!(super::CHARTS.contains(&("energy-coal-output", "energy-coal")), "an old id names its chart");
        assert_eq!(super::COUNTIES.len(), 6);
    }
}
