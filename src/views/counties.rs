use crate::hooks::use_lang;
use crate::components::chart_actions::ChartActions;
use crate::components::county_map::{CountyMap, MapLinks};
use crate::components::message::message;
use crate::components::note::note_text;
use crate::data;
use crate::i18n::{pick, t, Lang};
use crate::model::embed::{default_height, shown_layout, ARTICLE_PX, BELOW_MAP_PX, COUNTY_LINE_PX};
use crate::model::counties::{county_town_role, figures_of, groups, value, MapMeasure};
use crate::hooks::go_to;
use crate::route::{sentence_fragment, Page, Route};
use report::{Catalogue, County, CountyItem};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountiesProps {
    #[prop_or_default]
    pub adcode: Option<AttrValue>,
}

/// The figure that says four counties were among the province's ten strongest.
const TOP_TEN: &str = "counties-in-provincial-top-ten-2023";

#[function_component]
pub fn CountiesView(props: &CountiesProps) -> Html {
    let lang = use_lang();
    let s = t(lang);
    let navigator = use_navigator();
    let Ok(cat) = data::catalogue() else { return message(lang, s.data_error, None) };
    let selected = props.adcode.as_ref().and_then(|a| cat.counties.iter().find(|c| c.adcode == a.as_str()));
    let unknown = props.adcode.as_ref().filter(|_| selected.is_none()).cloned();
    let on_select = Callback::from(move |adcode: String| {
        if let Some(n) = &navigator {
            go_to(n, &Page::new(lang, Route::County { adcode }), "");
        }
    });
    // A county chosen in place: its details come into view (a loaded county page starts at
    // the top, where the map is, like any page).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(props.adcode.clone(), move |a| {
            if !first.replace(false) && a.is_some() {
                crate::views::reveal("#county-details h2");
            }
        });
    }
    let map_title = pick(lang, "晋城六县区：报告说了什么", "Jincheng's six counties in the 2024 report");
    // The embed's starting height: the map an article's frame shows, and the county's line.
    let embed_height = data::map().map_or(640, |m| {
        let below = BELOW_MAP_PX + if selected.is_some() { COUNTY_LINE_PX } else { 0.0 };
        default_height((m.width.round() as u32, m.height.round() as u32), charts::map::max_px(shown_layout(ARTICLE_PX)), map_title, "", below)
    });
    html! {
        <div class="counties">
            <h1>{ pick(lang, "县区：报告说了什么", "Counties: what the report says about each") }</h1>
            <p class="lede">{ pick(lang,
                "晋城市辖城区、泽州县、高平市、阳城县、陵川县、沁水县。选择一个县区，查看报告中与它有关的成绩、部署和地点。",
                "Jincheng has six county-level divisions. Pick one to see the report's results, plans and places that concern it.") }</p>
            if let Some(a) = unknown {
                { message(lang, s.unknown_county, Some(&*a)) }
            }
            <div class="counties-grid">
                <CountyMap selected={selected.map(|c| AttrValue::from(c.adcode.clone()))} {on_select} links={MapLinks::Counties} />
                // Not a live region: a county's details are long. Its name alone is said when chosen.
                <p class="sr-only" role="status">{ selected.map(|c| format!("{}{}", pick(lang, "已选择：", "Chosen: "), pick(lang, &c.zh, &c.en))).unwrap_or_default() }</p>
                <section id="county-details" class="county-details">
                    { match selected {
                        Some(c) => html! { <CountyDetails adcode={c.adcode.clone()} /> },
                        None => html! { <p class="hint">{ pick(lang, "在地图上点选一个县区；或用 Tab 键到地图，用方向键在县区间移动，按回车选择。", "Tap a county on the map; or Tab to the map, move between counties with the arrow keys and press Enter.") }</p> },
                    } }
                </section>
            </div>
            <ChartActions target={selected.map_or("map".to_string(), |c| format!("map/{}", c.adcode))}
                embed={Page::new(lang, selected.map_or(Route::EmbedMap, |c| Route::EmbedMapCounty { adcode: c.adcode.clone() }))}
                title={map_title}
                share={Page::new(lang, selected.map_or(Route::Counties, |c| Route::County { adcode: c.adcode.clone() })).href()}
                {embed_height} />
            { county_table(lang, cat) }
            <p class="map-credit">{ pick(lang, "地图：", "Map: ") }<code>{ "echarts-china-cities-pypkg 0.0.9" }</code>{ pick(lang, "（MIT 许可），精度约100米。", " (MIT licence), precise to about 100 m.") }</p>
        </div>
    }
}

fn item_list<'a>(lang: Lang, items: impl IntoIterator<Item = &'a CountyItem>) -> Html {
    html! {
        <ul class="county-items">
        { for items.into_iter().map(|i| html! {
            <li>
                // The report's own sentence, quoted in its language.
                <q lang="zh-CN">{ i.sentence.clone() }</q>
                { " " }
                <a href={Page::new(lang, Route::Report).href_to(&sentence_fragment(i.span[0]))} class="item-link">
                    { pick(lang, "原文", "In the report") }<span class="sr-only">{ pick(lang, "：", ": ") }<span lang="zh-CN">{ i.sentence.chars().take(16).collect::<String>() }</span></span>
                </a>
            </li>
        }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct CountyDetailsProps {
    adcode: AttrValue,
}

#[function_component]
fn CountyDetails(props: &CountyDetailsProps) -> Html {
    let lang = use_lang();
    let Ok(cat) = data::catalogue() else { return html! {} };
    let Some(county) = cat.counties.iter().find(|c| c.adcode == props.adcode.as_str()) else { return html! {} };
    let g = groups(cat, county);
    let role = county_town_role(cat, data::document(), &county.adcode);
    let top_ten = cat.figure(TOP_TEN).filter(|f| f.counties.contains(&county.adcode));
    let name = |c: &County| pick(lang, &c.zh, &c.en).to_string();
    html! {
        <>
            <h2>{ name(county) }</h2>
            if let Some(f) = top_ten {
                <p class="badge">
                    { match lang {
                        Lang::Zh => format!("{}—{}年连续{}年进入全省县域经济10强（报告点名{}）。", f.since.unwrap_or(f.year), f.year, f.year - f.since.unwrap_or(f.year) + 1,
                            report::figure_text::county_names(f, &cat.counties, lang).iter().map(|n| n.trim_end_matches(['县', '市'])).collect::<Vec<_>>().join("、")),
                        // The counties the figure names, in the report's order.
                        Lang::En => format!("Among Shanxi's ten strongest county economies {} years running, {}–{} (the report names {}).",
                            f.year - f.since.unwrap_or(f.year) + 1, f.since.unwrap_or(f.year), f.year,
                            english_list(&report::figure_text::county_names(f, &cat.counties, lang))),
                    } }
                    { " " }<a href={Page::new(lang, Route::Report).href_to(&f.id)}>{ pick(lang, "原文", "In the report") }<span class="sr-only">{ pick(lang, "：", ": ") }{ pick(lang, &f.label.zh, &f.label.en) }</span></a>
                </p>
            }
            if let Some(r) = role {
                <h3>{ pick(lang, "2024年县城建设定位", "Its county town in the 2024 plan") }</h3>
                { item_list(lang, [r]) }
            }
            <h3>{ pick(lang, "2023年成绩", "2023 achievements") }{ format!(" ({})", g.achievements.len()) }</h3>
            if g.achievements.is_empty() { <p class="hint">{ pick(lang, "报告回顾部分没有具体提及。", "Not named in the review of 2023.") }</p> }
            { item_list(lang, g.achievements.iter().copied()) }
            <h3>{ pick(lang, "2024年部署", "2024 plans") }{ format!(" ({})", g.plans.len()) }</h3>
            { item_list(lang, g.plans.iter().copied()) }
            if !g.places.is_empty() {
                <h3>{ pick(lang, "报告提到的地点", "Places the report names") }</h3>
                <ul class="places">
                { for g.places.iter().map(|p| html! {
                    <li>
                        <strong lang="zh-CN">{ p.name.clone() }</strong>
                        { match (&p.note, p.stated) {
                            (_, true) => html! { <span>{ pick(lang, "（报告写明所在县区）", " (the report names the county)") }</span> },
                            (Some(n), false) => html! { <span class="place-note">{ pick(lang, "——报告未写明所在县区：", " — the report does not say where it is: ") }{ note_text(n.get(lang)) }</span> },
                            (None, false) => html! {},
                        } }
                    </li>
                }) }
                </ul>
            }
            <p class="hint">{ format!("{}{}", figures_of(cat, &county.adcode).len(), pick(lang, "个相关数据。", " figures concern it.")) }</p>
        </>
    }
}

/// "a, b and c".
fn english_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The map's content as a table: the same counts, for screen readers and readers who prefer text.
fn county_table(lang: Lang, cat: &Catalogue) -> Html {
    html! {
        <section class="county-table" aria-labelledby="county-table-title">
            <h2 id="county-table-title">{ pick(lang, "数据表", "As a table") }</h2>
            <div class="table-scroll">
            <table>
                <thead><tr>
                    <th scope="col">{ pick(lang, "县区", "County") }</th>
                    { for MapMeasure::ALL.iter().map(|m| { let (zh, en, _, _) = m.describe(); html! { <th scope="col">{ pick(lang, zh, en) }</th> } }) }
                </tr></thead>
                <tbody>
                { for cat.counties.iter().map(|c| html! {
                    <tr>
                        <th scope="row"><a href={Page::new(lang, Route::County { adcode: c.adcode.clone() }).href()}>{ pick(lang, &c.zh, &c.en) }</a></th>
                        { for MapMeasure::ALL.iter().map(|m| html! { <td>{ value(cat, &c.adcode, *m) }</td> }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
