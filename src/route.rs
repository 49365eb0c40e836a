//! Every address of the app. Hash routes, so that any static host and a file-less CDN serve it.

use yew_router::prelude::*;

#[derive(Clone, Routable, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Overview,
    #[at("/compare")]
    Compare,
    #[at("/sectors")]
    Sectors,
    #[at("/sectors/:chart")]
    SectorChart { chart: String },
    #[at("/counties")]
    Counties,
    #[at("/counties/:adcode")]
    County { adcode: String },
    #[at("/report")]
    Report,
    #[at("/report/:figure")]
    ReportFigure { figure: String },
    /// A sentence, by the char position where it starts.
    #[at("/report/s/:start")]
    ReportSentence { start: usize },
    #[at("/embed/map")]
    EmbedMap,
    #[at("/embed/map/:adcode")]
    EmbedMapCounty { adcode: String },
    #[at("/embed/:chart")]
    Embed { chart: String },
    #[at("/about")]
    About,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The link to this route: a plain fragment link, which the hash router follows like any
    /// other change of the fragment (cheaper than a router `Link` component per link).
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    pub fn is_embed(&self) -> bool {
        matches!(self, Route::Embed { .. } | Route::EmbedMap | Route::EmbedMapCounty { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_routes() {
        assert_eq!(Route::recognize("/"), Some(Route::Overview));
        assert_eq!(Route::recognize("/report/gdp-2023"), Some(Route::ReportFigure { figure: "gdp-2023".into() }));
        assert_eq!(Route::recognize("/counties/140522"), Some(Route::County { adcode: "140522".into() }));
        assert_eq!(Route::recognize("/embed/map"), Some(Route::EmbedMap));
        assert_eq!(Route::recognize("/embed/map/140502"), Some(Route::EmbedMapCounty { adcode: "140502".into() }));
        assert_eq!(Route::recognize("/embed/investment-programmes"), Some(Route::Embed { chart: "investment-programmes".into() }));
        assert_eq!(Route::recognize("/report/s/252"), Some(Route::ReportSentence { start: 252 }));
        assert_eq!(Route::recognize("/report/s/abc"), Some(Route::NotFound));
        assert_eq!(Route::recognize("/nowhere/at/all"), Some(Route::NotFound));
        assert_eq!(Route::Report.to_path(), "/report");
    }

    #[test]
    fn random_paths_never_panic() {
        use crate::model::query::tests::{random_strings, ALPHABET};
        let mut known = 0;
        for p in random_strings(0xD1B54A32D192ED03, 20_000, ALPHABET) {
            let path = format!("/{p}");
            if let Some(r) = Route::recognize(&path) {
                known += usize::from(r != Route::NotFound);
            }
        }
        // Random text reaches real routes now and then (#/report/<anything>), and never panics.
        assert!(known > 0);
    }

    #[test]
    fn odd_paths_never_panic() {
        // A raw NUL is left out: browsers percent-encode it in the location, and route-recognizer
        // subtracts 1 from each char code (an overflow only debug builds check).
        for p in ["", "//", "/report/", "/report/%3Cscript%3E", "/report/%00", "/embed/", "/counties/../..", "/report/a/b/c", "/?x=1", "/#/x", "/报告/全文"] {
            let _ = Route::recognize(p);
        }
    }
}
