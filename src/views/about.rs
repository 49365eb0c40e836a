//! About & data: the sources, how the figures were made and checked, the downloads, and the
//! corrections log.
//!
//! Rules: every fact about the data comes from the catalogue (`data::catalogue()`): the report's
//! title, issuer, year and length, the counts of figures, the corrections. Numbers and dates are
//! written by `report::format`. The corrections are shown newest first, each with the figures it
//! affects (a link to the figure's sentence where it has one).
use crate::hooks::use_lang;
use crate::components::downloads::downloads;
use crate::data;
use crate::i18n::{pick, t, Lang};
use crate::route::{Page, Route};
use report::format::{date, date_range, text_length};
use report::{Catalogue, Correction, Source};
use yew::prelude::*;

/// The figures a correction affects: each by its label, linked to its sentence when it is a
/// stated figure; an id that no longer exists, marked as removed.
fn affected(c: &Catalogue, x: &Correction, lang: Lang) -> Html {
    let s = t(lang);
    let items = x.figures.iter().enumerate().map(|(i, id)| {
        let sep = if i == 0 { "" } else { pick(lang, "、", ", ") };
        let item = match c.figure(id) {
            Some(f) if !f.is_derived() => html! {
                <a href={Page::new(lang, Route::Report).href_to(&f.id)}>{ pick(lang, &f.label.zh, &f.label.en) }</a>
            },
            Some(f) => html! { { pick(lang, &f.label.zh, &f.label.en) } },
            None => html! { <><code>{ id }</code>{ pick(lang, "（", " (") }{ s.corrections_removed }{ pick(lang, "）", ")") }</> },
        };
        html! { <>{ sep }{ item }</> }
    });
    html! { <p class="correction-figures">{ pick(lang, "涉及：", "Figures: ") }{ for items }</p> }
}

/// Terms and units explained once, from the glossary (`seeds/glossary.toml`), in the reader's
/// language: those with something to say beyond their translation.
fn glossary(c: &Catalogue, lang: Lang) -> Html {
    let g = &c.glossary;
    let items: Vec<Html> = g
        .terms
        .iter()
        .chain(&g.units)
        .filter_map(|t| {
            let note = match lang {
                Lang::Zh => t.explain_zh.as_deref(),
                Lang::En => t.explain_en.as_deref(),
            }?;
            Some(html! {
                <li>
                    <strong lang="zh-CN">{ t.zh.clone() }</strong>
                    if lang == Lang::En && !t.en.is_empty() { { format!(" ({})", t.en) } }
                    { pick(lang, "：", ": ") }{ note.to_string() }
                </li>
            })
        })
        .collect();
    html! {
        <section aria-labelledby="glossary-title">
            <h2 id="glossary-title">{ pick(lang, "术语与单位", "Terms and units") }</h2>
            <ul class="glossary">{ for items }</ul>
        </section>
    }
}

/// A text of the corrections log, the report's words in it marked Chinese (and English words in
/// a Chinese entry marked English): the log is never rewritten, so its entries quote bare.
fn marked(text: &str, lang: Lang) -> Html {
    let other = match lang {
        Lang::Zh => "en",
        Lang::En => "zh-CN",
    };
    report::language::foreign_runs(text, lang)
        .into_iter()
        .map(|(foreign, run)| if foreign { html! { <span lang={other}>{ run.to_string() }</span> } } else { html! { { run.to_string() } } })
        .collect()
}

fn corrections(c: &Catalogue, lang: Lang) -> Html {
    let s = t(lang);
    html! {
        <section class="corrections" aria-labelledby="corrections-title">
            <h2 id="corrections-title">{ s.corrections }</h2>
            <p>{ s.corrections_intro }</p>
            if c.corrections.is_empty() {
                <p>{ s.corrections_none }</p>
            } else {
                <ol reversed=true>
                    { for c.corrections.iter().rev().map(|x| html! {
                        <li>
                            <p><time datetime={x.date.clone()}>{ date(&x.date, lang) }</time></p>
                            <p>{ marked(pick(lang, &x.zh, &x.en), lang) }</p>
                            if !x.figures.is_empty() { { affected(c, x, lang) } }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

/// Citation marks for the basis of a fact: links to its entry in the list below.
fn cites(ids: &[u32], lang: Lang) -> Html {
    html! {
        <sup class="cites">{ for ids.iter().map(|id| html! {
            <a href={format!("#basis-{id}")} aria-label={format!("{}{id}", pick(lang, "依据", "basis "))}>{ format!("[{id}]") }</a>
        }) }</sup>
    }
}

/// The report as a document: the session, the speaker, the official text, the checksum of the
/// copy bundled here, and the pages each fact rests on. An inference is worded as one.
fn the_report(src: &Source, lang: Lang) -> Html {
    let zh = lang == Lang::Zh;
    let session = src.delivered.as_ref().map(|d| {
        let when = date_range(&d.from, &d.to, lang);
        let session = pick(lang, &d.session_zh, &d.session_en);
        html! { <li>{ if zh { format!("会议：{session}（{when}），议程包括审议本报告。") } else { format!("Delivered to {session} ({when}), whose agenda included this report.") } }{ cites(&d.basis, lang) }</li> }
    });
    let speaker = src.speaker.as_ref().map(|p| {
        let (role, name) = (pick(lang, &p.role_zh, &p.role_en), pick(lang, &p.name_zh, &p.name_en));
        let said = match (zh, p.inferred) {
            (true, false) => format!("报告人：{role}{name}。"),
            (false, false) => format!("Delivered by {role} {name}."),
            (true, true) => format!("报告人：{role}（原文：“我代表市人民政府向大会报告工作”），据此前和此后的报道为{name}；未找到会议当天的报道。"),
            (false, true) => format!("Delivered by the {}, on behalf of the municipal government (the text says so); reports before and after the session name the {} as {name}. No report of the day itself was found.", role.to_lowercase(), role.to_lowercase()),
        };
        html! { <li>{ said }{ cites(&p.basis, lang) }</li> }
    });
    let published = src.published.as_ref().map(|p| html! {
        <li>
            { pick(lang, "官方文本：", "The official text: ") }
            <a href={p.url.clone()} rel="external noopener">{ pick(lang, &p.site_zh, &p.site_en) }</a>
            { if p.page_confirmed { String::new() } else { pick(lang, "（未能确认本报告在该网站上的具体网址）", " (the address of this report's page there was not confirmed)").to_string() } }
            { pick(lang, "。", ".") }
        </li>
    });
    html! {
        <>
            <h2 id="the-report">{ pick(lang, "这份报告", "The report") }</h2>
            <ul>
                { for session }
                { for speaker }
                { for published }
                <li>
                    { pick(lang, "本应用收录的文本（", "The copy bundled here (") }<code>{ src.text_file.clone() }</code>
                    { pick(lang, "）的 SHA-256 校验值：", ") has the SHA-256 checksum ") }<code class="checksum">{ src.sha256.clone() }</code>
                    { pick(lang, "，可据此核对任何副本是否一字不差。", "; any copy can be checked against it, character for character.") }
                </li>
            </ul>
            if !src.basis.is_empty() {
                <h3>{ pick(lang, "依据", "Basis") }</h3>
                <ol class="basis">
                    { for src.basis.iter().map(|b| html! {
                        <li id={format!("basis-{}", b.id)} value={b.id.to_string()}>
                            { pick(lang, &b.says_zh, &b.says_en) }{ " " }
                            <a href={b.url.clone()} rel="external noopener">{ format!("{}{}{}", pick(lang, &b.publisher_zh, &b.publisher_en), pick(lang, "，", ", "), date(&b.date, lang)) }</a>
                        </li>
                    }) }
                </ol>
            }
        </>
    }
}

#[function_component]
pub fn About() -> Html {
    let lang = use_lang();
    let s = t(lang);
    let Ok(c) = data::catalogue() else {
        return crate::components::message::message(lang, s.data_error, None);
    };
    let figures = c.figures.iter().filter(|f| !f.is_derived()).count();
    let derived = c.figures.len() - figures;
    let src = &c.source;
    let length = text_length(src.chars, lang);
    html! {
        <div class="about prose">
            <h1>{ s.about_title }</h1>
            { the_report(src, lang) }
            <h2>{ pick(lang, "来源", "Sources") }</h2>
            <ul>
                <li>{ if lang == Lang::Zh {
                    html! { { format!("《{}》（{}，{}年）全文（{length}），原样收录于本应用，未作改动。", src.title_zh, src.author_zh, src.year) } }
                } else {
                    html! { <>
                        { format!("The full text of the {} (", src.title_en) }<span lang="zh-CN">{ format!("《{}》", src.title_zh) }</span>
                        { format!(", {}, {}), {length}, bundled unchanged. It is published in Chinese only; this app explains its figures in English.", src.author_en, src.year) }
                    </> }
                } }</li>
                <li>{ pick(lang, "县区边界：", "County boundaries: the Jincheng city map of ") }<code>{ "echarts-china-cities-pypkg 0.0.9" }</code>{ pick(lang,
                    " 中的晋城市地图（MIT 许可），由 ECharts 压缩坐标解码为 GeoJSON，精度约100米。",
                    " (MIT licence), decoded from ECharts' compressed coordinates into GeoJSON; precise to about 100 m.") }</li>
            </ul>
            <h2>{ pick(lang, "方法", "Method") }</h2>
            <p>{ if lang == Lang::Zh {
                format!("程序扫描全文中的每一个数字，我们逐一核对，编成{figures}个数据条目。每个条目都引用原文，并标明原文位置。另有{derived}个推算数据（如由增速推算的上年基数），均标明“推算”及算法。")
            } else {
                format!("A program finds every number in the text; we checked each one and catalogued {figures} figures. Each cites the words that state it and where they stand in the text. {derived} more figures are derived, such as a 2022 baseline implied by a growth rate; they are marked as derived, with their formula.")
            } }</p>
            <h2>{ pick(lang, "怎样核对", "How the figures were checked") }</h2>
            <ul>
                <li>{ pick(lang,
                    "每次构建都逐条检查：引文必须逐字出现在原文中，数值必须出现在引文中，两个条目不能认领同一个数字；有一条不符，构建即失败并指出是哪一条。",
                    "Every build checks each entry: the quote must be in the text verbatim, its number must be in the quote, and no two entries may claim the same number; if one does not check, the build fails and names it.") }</li>
                <li>{ pick(lang,
                    "完整性检查：原文中的每一个数字要么是数据条目，要么注明不是数据的理由（年份、日期、名称中的数字等）；有遗漏的数字，构建即失败。因此这里是报告的全部数字，不是挑选出来的样本。",
                    "Completeness: every number of the report is either a figure or listed with the reason it is not one (years, dates, numbers inside names); a number left over fails the build. So this is every number of the report, not a selection.") }</li>
                <li>{ pick(lang,
                    "发布后的每一处改动都记入下方的更正记录，并随数据一同下载。",
                    "Every change to the published data is entered in the corrections log below, which also comes with the download.") }</li>
            </ul>
            { downloads(lang) }
            { glossary(c, lang) }
            { corrections(c, lang) }
            <h2>{ pick(lang, "隐私", "Privacy") }</h2>
            <p>{ pick(lang, "本页不向任何第三方发出请求，不使用 Cookie，只在本机保存您的语言选择。",
                "This page makes no request to any third party and sets no cookie; it only remembers your language choice on your device.") }</p>
        </div>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    /// The page's text without its tags and yew's comments: what a reader reads.
    fn text_of(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            out.push_str(&rest[..lt]);
            let close = if rest[lt..].starts_with("<!--") { "-->" } else { ">" };
            rest = rest[lt..].find(close).map_or("", |e| &rest[lt + e + close.len()..]);
        }
        out.push_str(rest);
        out
    }

    fn about(lang: Lang) -> String {
        futures::executor::block_on(crate::site::render(Page::new(lang, Route::About)))
    }

    #[test]
    fn the_page_names_the_report_and_its_length_from_the_catalogue() {
        let c = data::catalogue().unwrap();
        for lang in [Lang::Zh, Lang::En] {
            let page = about(lang);
            assert!(page.contains(&format!("《{}》", c.source.title_zh)), "{lang:?}");
            assert!(page.contains(&text_length(c.source.chars, lang)), "{lang:?}");
        }
        assert!(about(Lang::En).contains(&c.source.title_en));
    }

    #[test]
    fn the_corrections_log_is_shown_newest_first_with_its_figures() {
        let c = data::catalogue().unwrap();
        let page = about(Lang::Zh);
        assert!(page.contains("更正记录"));
        let first = &c.corrections[0];
        let last = c.corrections.last().unwrap();
        let text = text_of(&page);
        let (at_first, at_last) = (text.find(&first.zh).unwrap(), text.find(&last.zh).unwrap());
        assert!(at_last < at_first, "newest first");
        assert!(page.contains(&format!("datetime=\"{}\"", first.date)));
        assert!(page.contains(&date(&first.date, Lang::Zh)));
        // A stated figure of the log links to its sentence, by its label.
        let f = c.figure(&first.figures[0]).unwrap();
        assert!(page.contains(&format!("href=\"zh/report/#{}\"", f.id)) && page.contains(&f.label.zh));
        let en = about(Lang::En);
        assert!(text_of(&en).contains(&first.en));
        // The report's words in an English entry are marked Chinese.
        let quoted = c.corrections.iter().find_map(|x| report::language::foreign_runs(&x.en, Lang::En).into_iter().find(|r| r.0)).unwrap().1;
        assert!(en.contains(&format!("<span lang=\"zh-CN\">{quoted}</span>")), "{quoted}");
    }

    #[test]
    fn terms_and_units_are_explained_once_in_the_readers_language() {
        // 亩 and 斤, explained in seeds/glossary.toml.
        let zh = about(Lang::Zh);
        assert!(zh.contains("术语与单位") && zh.contains("1亩约合666.7平方米"), "zh");
        let en = about(Lang::En);
        assert!(en.contains("Terms and units") && en.contains("(mu)") && en.contains("1 jin is half a kilogram"), "en");
    }

    #[test]
    fn the_report_is_named_with_its_session_speaker_and_the_pages_that_say_so() {
        let c = data::catalogue().unwrap();
        let src = &c.source;
        let (d, speaker) = (src.delivered.as_ref().unwrap(), src.speaker.as_ref().unwrap());
        for lang in [Lang::Zh, Lang::En] {
            let page = about(lang);
            let text = text_of(&page);
            assert!(text.contains(pick(lang, &d.session_zh, &d.session_en)), "{lang:?}: session");
            assert!(text.contains(&date_range(&d.from, &d.to, lang)), "{lang:?}: dates");
            assert!(text.contains(pick(lang, &speaker.name_zh, &speaker.name_en)), "{lang:?}: speaker");
            // An inferred speaker is said to be one.
            assert_eq!(text.contains(pick(lang, "未找到会议当天的报道", "No report of the day itself was found")), speaker.inferred, "{lang:?}");
            assert!(text.contains(&src.sha256) && src.sha256.len() == 64, "{lang:?}: checksum");
            // Every fact cites its basis, and every basis is listed with its page.
            for id in d.basis.iter().chain(&speaker.basis) {
                assert!(page.contains(&format!("href=\"#basis-{id}\"")), "{lang:?}: cites {id}");
                let b = src.basis.iter().find(|b| b.id == *id).unwrap();
                assert!(page.contains(&format!("id=\"basis-{id}\"")) && page.contains(&format!("href=\"{}\"", b.url)), "{lang:?}: basis {id}");
                assert!(text.contains(pick(lang, &b.says_zh, &b.says_en)), "{lang:?}: what {id} says");
            }
        }
    }

    #[test]
    fn the_package_is_linked_beside_the_downloads() {
        let page = about(Lang::En);
        for file in [report::package::DESCRIPTOR, report::package::README, report::package::FIGURES_JSON, report::package::FIGURES_CSV] {
            assert!(page.contains(&format!("href=\"data/{file}\"")), "{file}");
        }
    }
}
