//! The root page's one decision: which page a reader arriving there should see.
//!
//! Rules:
//! - The language: `?lang=` in the address, then the reader's last choice (stored when they
//!   switch), then the first of the browser's languages that is Chinese or English; Chinese when
//!   none is.
//! - Every address the app gave out before pages had their own addresses keeps working: hash
//!   routes (`#/compare`, `#/counties/140522`, `#/embed/<chart>`, `#/embed/map/<adcode>`), a
//!   figure's link (`#/report/<figure-id>`) and a sentence's (`#/report/s/<start>`), `?lang=` and
//!   `?theme=`. Each lands on its page; figures and sentences as fragments of the report page.
//!   `theme` is kept when valid (an embed pasted with `theme=dark` stays dark).
//! - What names nothing the app knows (an unknown chart, figure, county or route, markup, a
//!   5,000-character hash) lands on the not-found page of the language, which says so; an unknown
//!   figure or sentence on the report itself. Never a panic, and the result is always an
//!   address made of safe characters.

use crate::i18n::Lang;
use crate::model::query;
use crate::route::{sentence_fragment, Page, Route};

/// `?lang=` first, then the reader's last choice, then the browser's languages (BCP 47 tags, in
/// the browser's order of preference).
pub fn choose_lang(from_url: Option<Lang>, stored: Option<Lang>, browser: &[String]) -> Lang {
    from_url.or(stored).unwrap_or_else(|| {
        browser
            .iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
                match primary.as_str() {
                    "zh" => Some(Lang::Zh),
                    "en" => Some(Lang::En),
                    _ => None,
                }
            })
            .unwrap_or(Lang::Zh)
    })
}

/// What the root needs to know to tell a real id from a made-up one: the ids of the stated
/// figures, where sentences start, the counties' codes, and the charts (an old id the registry
/// still answers to gives the new one). The build writes these lists for the root's own small
/// module (`build.rs`, `crate::root`); the tests take them from the catalogue.
pub struct Known<'a> {
    pub figures: &'a [&'a str],
    pub sentences: &'a [u32],
    pub counties: &'a [&'a str],
    /// (id, the chart it names now), aliases included.
    pub charts: &'a [(&'a str, &'a str)],
}

impl Known<'_> {
    fn chart(&self, id: &str) -> Option<String> {
        self.charts.iter().find(|(c, _)| *c == id).map(|(_, now)| now.to_string())
    }
}

/// The page for an old-style address: `search` and `hash` as the browser gives them (with or
/// without `?` and `#`), already decided language `lang`. A path below the site's root.
pub fn resolve(search: &str, hash: &str, lang: Lang, known: &Known) -> String {
    let (params, _) = query::parse(search);
    let theme = params.theme.map(|t| format!("?theme={}", t.as_str()));
    let hash = query::percent_decode(hash.trim_start_matches('#'));
    let parts: Vec<&str> = hash.split('/').filter(|p| !p.is_empty()).collect();
    let page = |r: Route| Page::new(lang, r);
    let county = |a: &str| known.counties.contains(&a);
    let (target, fragment) = match parts.as_slice() {
        [] => (page(Route::Overview), None),
        ["compare"] => (page(Route::Compare), None),
        ["sectors"] => (page(Route::Sectors), None),
        ["sectors", c] => match known.chart(c) {
            Some(id) => (page(Route::Sectors), Some(id)),
            None => (page(Route::NotFound), None),
        },
        ["counties"] => (page(Route::Counties), None),
        ["counties", a] if county(a) => (page(Route::County { adcode: a.to_string() }), None),
        ["report"] => (page(Route::Report), None),
        ["report", "s", n] => {
            let start = n.parse::<u32>().ok().filter(|s| known.sentences.contains(s)).map(|s| s as usize);
            (page(Route::Report), start.map(sentence_fragment))
        }
        ["report", id] => {
            let stated = known.figures.contains(id);
            (page(Route::Report), stated.then(|| id.to_string()))
        }
        ["about"] => (page(Route::About), None),
        ["embed", "map"] => (page(Route::EmbedMap), None),
        ["embed", "map", a] if county(a) => (page(Route::EmbedMapCounty { adcode: a.to_string() }), None),
        ["embed", c] => match known.chart(c) {
            Some(id) => (page(Route::Embed { chart: id }), None),
            None => (page(Route::NotFound), None),
        },
        _ => (page(Route::NotFound), None),
    };
    let mut out = target.href();
    if let Some(t) = theme {
        out.push_str(&t);
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(&f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the root knows, taken from the catalogue and the registry as the build takes them.
    fn go(search: &str, hash: &str) -> String {
        let cat = crate::data::catalogue().unwrap();
        let figures: Vec<&str> = cat.figures.iter().filter(|f| !f.is_derived()).map(|f| f.id.as_str()).collect();
        let sentences: Vec<u32> = crate::data::document().sentences.iter().map(|s| s.span.start as u32).collect();
        let counties: Vec<&str> = cat.counties.iter().map(|c| c.adcode.as_str()).collect();
        let charts: Vec<(&str, &str)> = charts::chart::all().iter().map(|d| (d.id, d.id)).chain(charts::chart::ALIASES.iter().copied()).collect();
        let known = Known { figures: &figures, sentences: &sentences, counties: &counties, charts: &charts };
        let (params, _) = query::parse(search);
        let lang = choose_lang(params.lang, None, &["en-GB".to_string()]);
        resolve(search, hash, lang, &known)
    }

    #[test]
    fn the_language_rule() {
        let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        assert_eq!(choose_lang(Some(Lang::En), Some(Lang::Zh), &browser(&["zh-CN"])), Lang::En);
        assert_eq!(choose_lang(None, Some(Lang::En), &browser(&["zh-CN"])), Lang::En);
        assert_eq!(choose_lang(None, None, &browser(&["fr-FR", "en-US", "zh"])), Lang::En);
        assert_eq!(choose_lang(None, None, &browser(&["zh-TW"])), Lang::Zh);
        assert_eq!(choose_lang(None, None, &browser(&["de", "fr"])), Lang::Zh);
        assert_eq!(choose_lang(None, None, &[]), Lang::Zh);
    }

    #[test]
    fn every_old_address_form_lands_on_its_page() {
        assert_eq!(go("", ""), "en/");
        assert_eq!(go("?lang=zh", "#/"), "zh/");
        assert_eq!(go("?lang=zh", "#/compare"), "zh/compare/");
        assert_eq!(go("?lang=en", "#/sectors"), "en/sectors/");
        assert_eq!(go("?lang=zh", "#/sectors/gdp-level"), "zh/sectors/#gdp-level");
        // A chart renamed since (charts::chart::ALIASES): its new id.
        assert_eq!(go("?lang=zh", "#/sectors/energy-coal-output"), "zh/sectors/#energy-coal");
        assert_eq!(go("?lang=en", "#/embed/energy-coal-output"), "en/embed/energy-coal/");
        assert_eq!(go("?lang=zh", "#/counties"), "zh/counties/");
        assert_eq!(go("?lang=zh", "#/counties/140522"), "zh/counties/140522/");
        assert_eq!(go("?lang=zh", "#/report"), "zh/report/");
        assert_eq!(go("?lang=zh", "#/report/medical-insurance-subsidy-increase-2024"), "zh/report/#medical-insurance-subsidy-increase-2024");
        assert_eq!(go("?lang=en", "#/about"), "en/about/");
        // An embed pasted into an article: its chart, its theme.
        assert_eq!(go("?lang=zh&theme=dark", "#/embed/investment-programmes"), "zh/embed/investment-programmes/?theme=dark");
        assert_eq!(go("?lang=en", "#/embed/map"), "en/embed/map/");
        assert_eq!(go("?lang=en&theme=light", "#/embed/map/140581"), "en/embed/map/140581/?theme=light");
    }

    #[test]
    fn a_sentence_link_lands_on_its_sentence() {
        let start = crate::data::document().sentences[40].span.start;
        assert_eq!(go("?lang=zh", &format!("#/report/s/{start}")), format!("zh/report/#s-{start}"));
        // No sentence starts one char later: the report, without a fragment.
        assert_eq!(go("?lang=zh", &format!("#/report/s/{}", start + 1)), "zh/report/");
    }

    #[test]
    fn what_names_nothing_lands_on_a_page_that_says_so() {
        assert_eq!(go("?lang=zh", "#//"), "zh/");
        assert_eq!(go("?lang=zh", "#/nowhere"), "zh/404/");
        assert_eq!(go("?lang=zh", "#/embed/no-such-chart"), "zh/404/");
        assert_eq!(go("?lang=zh", "#/embed/%3Cimg%20src%3Dx%3E"), "zh/404/");
        assert_eq!(go("?lang=zh", "#/report/no-such-figure"), "zh/report/");
        assert_eq!(go("?lang=zh", "#/report/s/-1"), "zh/report/");
        assert_eq!(go("?lang=zh", "#/%00"), "zh/404/");
        assert_eq!(go("?lang=zh", "#/counties/999999"), "zh/404/");
        // A bad theme is dropped, markup and all.
        assert_eq!(go("?lang=zh&theme=%3Cb%3E", "#/compare"), "zh/compare/");
        assert_eq!(go("?lang=xx", "#/compare"), "en/compare/");
        let long = format!("#/{}", "a".repeat(5000));
        assert_eq!(go("?lang=zh", &long), "zh/404/");
    }

    #[test]
    fn random_addresses_never_panic_and_stay_safe() {
        use crate::model::query::tests::{random_strings, ALPHABET};
        for (i, s) in random_strings(0xA076_1D64_78BD_642F, 3_000, ALPHABET).iter().enumerate() {
            let out = if i % 2 == 0 { go(s, "#/report/s/1") } else { go("?lang=zh", &format!("#/{s}")) };
            assert!(out.bytes().all(|b| b.is_ascii_alphanumeric() || b"-/?=#.".contains(&b)), "{s:?} → {out}");
        }
    }
}
