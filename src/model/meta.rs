//! Each page's own head: its title and description in its language.
//!
//! Rules: the build writes them into the page's `<head>` (with `hreflang` alternates, the
//! canonical address and Open Graph tags, `src/site.rs`), and the app sets the same title when it
//! shows the page in place, so a tab, a bookmark and a link preview all name the page. Numbers
//! and names come from the catalogue and the chart registry, never typed here.

use crate::i18n::{pick, t, Lang};
use crate::route::{Page, Route};
use report::Catalogue;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub title: String,
    pub description: String,
}

fn county_name(cat: &Catalogue, adcode: &str, lang: Lang) -> Option<String> {
    cat.counties.iter().find(|c| c.adcode == adcode).map(|c| pick(lang, &c.zh, &c.en).to_string())
}

/// The head of `page`.
pub fn meta(page: &Page, cat: &Catalogue) -> Meta {
    let lang = page.lang().unwrap_or(Lang::Zh);
    let s = t(lang);
    let site = s.title;
    let stated = cat.figures.iter().filter(|f| !f.is_derived()).count();
    let titled = |name: &str, description: String| Meta { title: format!("{name} · {site}"), description };
    match page {
        Page::Root => Meta {
            title: format!("{} · {}", crate::i18n::ZH.title, crate::i18n::EN.title),
            description: format!("{} {}", crate::i18n::ZH.subtitle, crate::i18n::EN.subtitle),
        },
        Page::In(_, route) => match route {
            Route::Overview => Meta {
                title: format!("{site} · {}", s.subtitle.split(['：', ':']).next().unwrap_or(s.subtitle)),
                description: match lang {
                    Lang::Zh => format!("{}。报告{}，摘录{stated}个数据，每个都链接到原文句子。", s.subtitle, report::format::text_length(cat.source.chars, lang)),
                    Lang::En => format!("{}. The report runs to {}; {stated} figures taken from it, each linked to its sentence.", s.subtitle, report::format::text_length(cat.source.chars, lang)),
                },
            },
            Route::Compare => titled(s.nav_compare, pick(lang, "同一指标的2023年实绩与2024年目标并排比较。", "Each indicator's 2023 result beside its 2024 target.").into()),
            Route::Sectors => titled(s.nav_sectors, pick(lang, "报告中各领域的数据图表：能源、工业、投资、农业、城市、生态、民生。", "The report's figures field by field, in charts: energy, industry, investment, farming, cities, environment, livelihoods.").into()),
            Route::Counties => titled(s.nav_counties, pick(lang, "晋城六个县区的地图：报告对每个县区说了什么。", "A map of Jincheng's six counties: what the report says about each.").into()),
            Route::County { adcode } => {
                let name = county_name(cat, adcode, lang).unwrap_or_else(|| adcode.clone());
                let items = cat.county_items.iter().filter(|i| &i.county == adcode).count();
                let description = match lang {
                    Lang::Zh => format!("{name}：报告中提到{name}的{items}句话，2023年成绩与2024年部署。"),
                    Lang::En => format!("{name}: the {items} sentences of the report that name it, its 2023 results and 2024 plans."),
                };
                titled(&name, description)
            }
            Route::Report => titled(s.nav_report, match lang {
                Lang::Zh => format!("报告全文（{}），{stated}个数据逐一标注，可搜索。", report::format::text_length(cat.source.chars, lang)),
                Lang::En => format!("The full text ({}), with its {stated} figures marked and explained in English; searchable.", report::format::text_length(cat.source.chars, lang)),
            }),
            Route::About => titled(s.nav_about, pick(lang, "数据来源、提取与核对方法、更正记录和数据下载。", "Sources, how the figures were extracted and checked, corrections, and the data to download.").into()),
            Route::Embed { chart } => match charts::chart::find(chart) {
                Some(def) => titled(def.title_in(lang), def.source_in(lang).to_string()),
                None => titled(s.not_found_title, s.not_found_body.into()),
            },
            Route::EmbedMap | Route::EmbedMapCounty { .. } => {
                let title = pick(lang, "晋城六县区：报告说了什么", "Jincheng's six counties in the 2024 report");
                let name = match route {
                    Route::EmbedMapCounty { adcode } => county_name(cat, adcode, lang),
                    _ => None,
                };
                match name {
                    Some(n) => titled(&format!("{n} · {title}"), pick(lang, "报告对各县区说了什么。", "What the report says about each county.").into()),
                    None => titled(title, pick(lang, "报告对各县区说了什么。", "What the report says about each county.").into()),
                }
            }
            Route::NotFound => titled(s.not_found_title, s.not_found_body.into()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_its_own_title_in_its_language() {
        let cat = crate::data::catalogue().unwrap();
        let routes = [Route::Overview, Route::Compare, Route::Sectors, Route::Counties, Route::Report, Route::About];
        for lang in [Lang::Zh, Lang::En] {
            let titles: Vec<String> = routes.iter().map(|r| meta(&Page::new(lang, r.clone()), cat).title).collect();
            let mut unique = titles.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), titles.len(), "{titles:?}");
        }
        // 阳城县: named by the catalogue in each language.
        let zh = meta(&Page::new(Lang::Zh, Route::County { adcode: "140522".into() }), cat);
        assert!(zh.title.starts_with("阳城县 · "), "{}", zh.title);
        let en = meta(&Page::new(Lang::En, Route::County { adcode: "140522".into() }), cat);
        assert!(en.title.starts_with("Yangcheng County · "), "{}", en.title);
    }
}
