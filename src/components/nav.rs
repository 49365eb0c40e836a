use crate::i18n::t;
use crate::route::{Page, Route};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub page: Page,
}

/// On a phone a bar at the bottom, in thumb reach; on a desktop a row under the header.
#[function_component]
pub fn Nav(props: &NavProps) -> Html {
    let lang = props.page.lang().unwrap_or_default();
    let s = t(lang);
    let current = props.page.route().section();
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
                        <a href={Page::new(lang, r).href()} class={classes!(here.then_some("current"))} aria-current={here.then_some("page")}>
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
