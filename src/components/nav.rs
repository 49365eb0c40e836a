use crate::app::use_lang;
use crate::i18n::t;
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub route: Route,
}

/// Which top-level section a route belongs to, for `aria-current`.
fn section(r: &Route) -> Route {
    match r {
        Route::SectorChart { .. } => Route::Sectors,
        Route::County { .. } => Route::Counties,
        Route::ReportFigure { .. } | Route::ReportSentence { .. } => Route::Report,
        other => other.clone(),
    }
}

/// On a phone a bar at the bottom, in thumb reach; on a desktop a row under the header.
#[function_component]
pub fn Nav(props: &NavProps) -> Html {
    let s = t(use_lang());
    let current = section(&props.route);
    let items = [
        (Route::Overview, s.nav_overview, "◎"),
        (Route::Compare, s.nav_compare, "⇄"),
        (Route::Sectors, s.nav_sectors, "▤"),
        (Route::Counties, s.nav_counties, "◇"),
        (Route::Report, s.nav_report, "☰"),
    ];
    html! {
        <nav class="site-nav" aria-label={s.nav_label}>
            <ul>
            { for items.into_iter().map(|(r, label, icon)| {
                let here = r == current;
                html! {
                    <li>
                        <a href={r.href()} class={classes!(here.then_some("current"))} aria-current={here.then_some("page")}>
                            <span class="nav-icon" aria-hidden="true">{ icon }</span>
                            <span class="nav-label">{ label }</span>
                        </a>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}
