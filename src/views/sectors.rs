//! The sector charts, grouped by sector in the order of the catalogue's list (the report's own
//! order: the economy, energy and industry, then investment, services and tourism, the
//! countryside, the cities, the environment, livelihoods), with a table of contents of jump
//! links at the top: any group is two taps away on a phone (the navigation, then the contents).
//! Each chart is a fragment of the page (`zh/sectors/#<chart-id>`), each group too
//! (`#sector-<sector>`).

use crate::components::chart_figure::ChartFigure;
use crate::hooks::use_lang;
use crate::i18n::{pick, Lang};
use crate::route::{Page, Route};
use charts::chart::{self, ChartDef, View};
use report::Sector;
use yew::prelude::*;

/// The sector charts by sector, in the catalogue's order of sectors; charts without a sector last.
pub fn groups() -> Vec<(Option<Sector>, Vec<&'static ChartDef>)> {
    let defs: Vec<&'static ChartDef> = chart::all().iter().filter(|d| d.view == View::Sectors).collect();
    let mut out: Vec<(Option<Sector>, Vec<&'static ChartDef>)> = Sector::ALL
        .iter()
        .map(|s| (Some(*s), defs.iter().copied().filter(|d| d.sector == Some(*s)).collect::<Vec<_>>()))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let rest: Vec<_> = defs.iter().copied().filter(|d| d.sector.is_none()).collect();
    if !rest.is_empty() {
        out.push((None, rest));
    }
    out
}

fn group_id(s: Option<Sector>) -> String {
    format!("sector-{}", s.map_or("other", |s| s.as_str()))
}

fn group_name(s: Option<Sector>, lang: Lang) -> &'static str {
    match s {
        Some(s) => pick(lang, s.zh(), s.en()),
        None => pick(lang, "其他", "Other"),
    }
}

#[function_component]
pub fn SectorsView() -> Html {
    let lang = use_lang();
    let page = Page::new(lang, Route::Sectors);
    let groups = groups();
    html! {
        <div class="charts-view">
            <h1>{ pick(lang, "行业：报告中的各领域数据", "Sectors: the report's figures, field by field") }</h1>
            <nav class="sector-toc" aria-label={pick(lang, "领域", "Fields")}>
                <ul>
                { for groups.iter().map(|(s, defs)| html! {
                    <li><a href={page.href_to(&group_id(*s))}>{ group_name(*s, lang) }<span class="count">{ defs.len() }</span></a></li>
                }) }
                </ul>
            </nav>
            { for groups.iter().map(|(s, defs)| html! {
                <section class="sector-group" id={group_id(*s)} aria-labelledby={format!("{}-title", group_id(*s))}>
                    <h2 id={format!("{}-title", group_id(*s))} class="sector-title">{ group_name(*s, lang) }</h2>
                    { for defs.iter().map(|d| html! { <ChartFigure key={d.id} id={d.id} /> }) }
                </section>
            }) }
        </div>
    }
}

/// Where a figure is drawn: the first chart that shows it, as a link.
pub fn chart_href(figure: &str, lang: Lang) -> Option<String> {
    let def = chart::all().iter().find(|d| d.figure_ids().contains(&figure))?;
    Some(match def.view {
        View::Compare => Page::new(lang, Route::Compare).href_to(def.id),
        View::Sectors => Page::new(lang, Route::Sectors).href_to(def.id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sector_chart_is_in_one_group_in_the_catalogues_order() {
        let gs = groups();
        let listed: usize = gs.iter().map(|(_, d)| d.len()).sum();
        assert_eq!(listed, chart::all().iter().filter(|d| d.view == View::Sectors).count());
        let order: Vec<usize> = gs.iter().filter_map(|(s, _)| s.map(|s| Sector::ALL.iter().position(|x| *x == s).unwrap())).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        // The first group is the economy's or energy's: the report begins with the economy.
        assert!(matches!(gs[0].0, Some(Sector::Economy) | Some(Sector::Energy)));
    }
}
