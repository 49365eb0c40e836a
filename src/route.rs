//! Every address of the app: one static page per route and language.
//!
//! Rules:
//! - A page's address is its language, then its route, each a folder: `zh/`, `en/compare/`,
//!   `zh/counties/140522/`, `en/embed/map/`. A static host serves each as the folder's
//!   `index.html`, which the build writes (`src/site.rs`), so every address is a real page.
//! - Links are relative to the site's root ([`Page::href`]): every page says where that root is
//!   with `<base href>`, so the build works from any sub-path of any host, and the router reads
//!   the same `<base>` as its basename.
//! - A figure or a sentence is a fragment of the report page, not a page: `zh/report/#gdp-2023`,
//!   `zh/report/#s-9135` (the sentence starting at char 9135). The browser scrolls to it and the
//!   stylesheet marks it (`:target`), with no script.
//! - The root (`./`) is not a view: it sends the reader to their language ([`crate::model::legacy`])
//!   and offers both as links.
//! - Parsing never panics and never fails: an address it does not know is [`Route::NotFound`] in
//!   the language it names, or in Chinese.

use crate::i18n::Lang;
use std::collections::HashMap;
use yew_router::Routable;

/// A view, in no particular language.
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum Route {
    Overview,
    Compare,
    Sectors,
    Counties,
    County { adcode: String },
    Report,
    About,
    EmbedMap,
    EmbedMapCounty { adcode: String },
    Embed { chart: String },
    NotFound,
}

/// Where a route lives inside a language's folder; empty for the overview.
fn route_path(r: &Route) -> String {
    match r {
        Route::Overview => String::new(),
        Route::Compare => "compare/".into(),
        Route::Sectors => "sectors/".into(),
        Route::Counties => "counties/".into(),
        Route::County { adcode } => format!("counties/{adcode}/"),
        Route::Report => "report/".into(),
        Route::About => "about/".into(),
        Route::EmbedMap => "embed/map/".into(),
        Route::EmbedMapCounty { adcode } => format!("embed/map/{adcode}/"),
        Route::Embed { chart } => format!("embed/{chart}/"),
        Route::NotFound => "404/".into(),
    }
}

/// A path segment that may stand in an address as it is: ids and adcodes are kebab-case ASCII.
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 80 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Route {
    /// The route a path inside a language's folder names (`compare`, `counties/140522/`).
    pub fn parse(path: &str) -> Route {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Overview,
            ["compare"] => Route::Compare,
            ["sectors"] => Route::Sectors,
            ["counties"] => Route::Counties,
            ["counties", a] if is_id(a) => Route::County { adcode: a.to_string() },
            ["report"] => Route::Report,
            ["about"] => Route::About,
            ["embed", "map"] => Route::EmbedMap,
            ["embed", "map", a] if is_id(a) => Route::EmbedMapCounty { adcode: a.to_string() },
            ["embed", c] if is_id(c) => Route::Embed { chart: c.to_string() },
            _ => Route::NotFound,
        }
    }

    pub fn is_embed(&self) -> bool {
        matches!(self, Route::Embed { .. } | Route::EmbedMap | Route::EmbedMapCounty { .. })
    }

    /// The top-level section a route belongs to, for the navigation's `aria-current`.
    pub fn section(&self) -> Route {
        match self {
            Route::County { .. } => Route::Counties,
            other => other.clone(),
        }
    }
}

/// An address of the site: the root, or a route in a language.
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum Page {
    Root,
    In(Lang, Route),
}

impl Page {
    pub fn new(lang: Lang, route: Route) -> Page {
        Page::In(lang, route)
    }

    /// The path below the site's root, without a leading slash: `zh/compare/`, `./` for the root.
    pub fn href(&self) -> String {
        match self {
            Page::Root => "./".into(),
            Page::In(lang, r) => format!("{}/{}", lang.code(), route_path(r)),
        }
    }

    /// [`Page::href`] with a fragment: `zh/report/#gdp-2023`.
    pub fn href_to(&self, fragment: &str) -> String {
        format!("{}#{fragment}", self.href())
    }

    pub fn lang(&self) -> Option<Lang> {
        match self {
            Page::Root => None,
            Page::In(l, _) => Some(*l),
        }
    }

    pub fn route(&self) -> Route {
        match self {
            Page::Root => Route::Overview,
            Page::In(_, r) => r.clone(),
        }
    }

    /// The same place in the other language.
    pub fn in_lang(&self, lang: Lang) -> Page {
        Page::In(lang, self.route())
    }

    /// The page a path below the site's root names (with or without slashes at either end).
    pub fn parse(path: &str) -> Page {
        let path = path.trim_start_matches('/');
        if path.is_empty() || path == "index.html" {
            return Page::Root;
        }
        let (first, rest) = path.split_once('/').unwrap_or((path, ""));
        match Lang::from_code(first) {
            Some(lang) => Page::In(lang, Route::parse(rest.trim_end_matches("index.html"))),
            None => Page::In(Lang::Zh, Route::NotFound),
        }
    }
}

/// The router's view of an address: the path after the basename, `/zh/compare/`.
impl Routable for Page {
    fn from_path(path: &str, _params: &HashMap<&str, &str>) -> Option<Self> {
        Some(Page::parse(path))
    }
    fn to_path(&self) -> String {
        match self {
            Page::Root => "/".into(),
            p => format!("/{}", p.href()),
        }
    }
    fn routes() -> Vec<&'static str> {
        vec!["/", "/*path"]
    }
    fn not_found_route() -> Option<Self> {
        Some(Page::In(Lang::Zh, Route::NotFound))
    }
    fn recognize(pathname: &str) -> Option<Self> {
        Some(Page::parse(pathname))
    }
}

/// The fragment of a sentence of the report: `s-9135` for the sentence starting at char 9135.
pub fn sentence_fragment(start: usize) -> String {
    format!("s-{start}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_routes() -> Vec<Route> {
        vec![
            Route::Overview, Route::Compare, Route::Sectors, Route::Counties, Route::County { adcode: "140522".into() },
            Route::Report, Route::About, Route::EmbedMap, Route::EmbedMapCounty { adcode: "140502".into() },
            Route::Embed { chart: "investment-programmes".into() }, Route::NotFound,
        ]
    }

    #[test]
    fn every_page_reads_back_from_its_address() {
        for lang in [Lang::Zh, Lang::En] {
            for r in all_routes() {
                let p = Page::new(lang, r);
                assert_eq!(Page::parse(&p.href()), p, "{}", p.href());
                assert_eq!(Page::recognize(&p.to_path()), Some(p.clone()));
                // Folders: a static host serves each as its index.html.
                assert!(p.href().ends_with('/'), "{}", p.href());
                assert_eq!(Page::parse(&format!("{}index.html", p.href())), p);
            }
        }
        assert_eq!(Page::parse(""), Page::Root);
        assert_eq!(Page::parse("/"), Page::Root);
        assert_eq!(Page::Root.to_path(), "/");
    }

    #[test]
    fn addresses_as_a_reader_types_them() {
        assert_eq!(Page::parse("/en/compare"), Page::new(Lang::En, Route::Compare));
        assert_eq!(Page::parse("zh/counties/140522"), Page::new(Lang::Zh, Route::County { adcode: "140522".into() }));
        assert_eq!(Page::parse("/zh/embed/map/"), Page::new(Lang::Zh, Route::EmbedMap));
        assert_eq!(Page::parse("/en/embed/map/140581/"), Page::new(Lang::En, Route::EmbedMapCounty { adcode: "140581".into() }));
        assert_eq!(Page::new(Lang::Zh, Route::Report).href_to(&sentence_fragment(9135)), "zh/report/#s-9135");
    }

    #[test]
    fn unknown_and_hostile_addresses_are_not_found() {
        for p in ["/fr/", "/zh/nowhere/", "/zh/report/gdp-2023/", "/zh/embed/%3Cscript%3E/", "/zh/counties/../..", "//", "/zh//compare", "/zh/embed/a/b/c/"] {
            let page = Page::parse(p);
            let expect_not_found = !matches!(p, "//" | "/zh//compare");
            if expect_not_found {
                assert_eq!(page.route(), Route::NotFound, "{p}");
            }
        }
        // Empty segments are skipped, as a static host does.
        assert_eq!(Page::parse("/zh//compare"), Page::new(Lang::Zh, Route::Compare));
        assert_eq!(Page::parse("//"), Page::Root);
        assert_eq!(Page::parse("/xx/compare/").lang(), Some(Lang::Zh));
    }

    #[test]
    fn random_paths_never_panic() {
        use crate::model::query::tests::{random_strings, ALPHABET};
        for p in random_strings(0xD1B54A32D192ED03, 20_000, ALPHABET) {
            let page = Page::parse(&format!("/{p}"));
            // Whatever came in, what goes out is an address made of safe characters.
            assert!(page.href().bytes().all(|b| b.is_ascii_alphanumeric() || b"-/.".contains(&b)), "{p:?} → {}", page.href());
        }
    }
}
