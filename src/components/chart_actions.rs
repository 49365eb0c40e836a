//! Embed, share and download one chart (or the map): one disclosure per card, so that a card
//! shows its chart, not a row of buttons.
//!
//! Rules:
//! - The menu is a native `<details>`: it opens and closes without the module (the page the
//!   build wrote), with the keyboard (Enter and Space on its summary) and is said as a
//!   disclosure. Its open state belongs to the browser, never to a render, so the build's page
//!   and the first render in the browser stay the same; Escape inside it closes it and puts the
//!   focus back on its summary.
//! - The summary and the share link carry the chart's name (visually hidden): names stay
//!   unique on a page with many charts.
//! - Share is a link to the chart's address, which works without the module; with it, the
//!   system's share sheet or the clipboard. Embed and the downloads are built in the browser
//!   (the site's address, the SVG, the canvas): they are buttons, shown once the module has
//!   taken the page over (`html[data-hydrated]`, main.css), never as dead buttons; until then
//!   the menu says where the data is.

use crate::hooks::use_lang;
use crate::browser;
use crate::i18n::pick;
use crate::model::embed::{embed_url, iframe_code};
use crate::route::Page;
use yew::prelude::*;

/// Builds the standalone SVG on demand: (svg, width, height).
pub type SvgBuilder = Callback<(), Option<(String, u32, u32)>>;

#[derive(Properties, PartialEq)]
pub struct ChartActionsProps {
    /// What is embedded, for file names and ids: a chart id, `map` or `map/<adcode>`.
    pub target: AttrValue,
    /// The embed's page.
    pub embed: Page,
    pub title: AttrValue,
    /// The link to share, below the site's root (`zh/sectors/#energy-coal-output`).
    pub share: AttrValue,
    pub embed_height: u32,
    /// Builders for the downloads, called only when asked: (file name, contents).
    #[prop_or_default]
    pub svg: Option<SvgBuilder>,
    #[prop_or_default]
    pub csv: Option<Callback<(), String>>,
}

#[function_component]
pub fn ChartActions(props: &ChartActionsProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let menu = use_node_ref();
    let status = use_state(String::new);
    // The site's address is known only in the browser, and only needed once the panel is open.
    let code = if *open { iframe_code(&browser::base_url(), &props.embed, &props.title, props.embed_height) } else { String::new() };

    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let copy_code = {
        let status = status.clone();
        let code = code.clone();
        Callback::from(move |_: MouseEvent| {
            let (status, code) = (status.clone(), code.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy(&code).await;
                status.set(if ok { pick(lang, "嵌入代码已复制。", "Embed code copied.") } else { pick(lang, "请手动选中并复制代码。", "Select the code and copy it.") }.to_string());
            });
        })
    };
    let close_on_escape = {
        let menu = menu.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(details) = menu.cast::<web_sys::Element>() else { return };
            if e.key() != "Escape" || !details.has_attribute("open") {
                return;
            }
            // Escape is the menu's: a chart's tree or a figure's panel around it must not act on it too.
            e.prevent_default();
            e.stop_propagation();
            let _ = details.remove_attribute("open");
            if let Ok(Some(summary)) = details.query_selector("summary") {
                crate::components::tree_keys::focus(&summary);
            }
        })
    };
    let file_stem = format!("jincheng-2024-{}", props.target.replace('/', "-"));
    let share = {
        let status = status.clone();
        let (title, share) = (props.title.to_string(), props.share.to_string());
        let (image, name) = (props.svg.clone(), format!("{file_stem}.png"));
        Callback::from(move |e: MouseEvent| {
            // The link is the fallback without the module; with it, the chart's image (titled,
            // sourced and addressed) to a share sheet that takes files, else the link to the
            // share sheet or the clipboard.
            e.prevent_default();
            let (status, title, url) = (status.clone(), title.clone(), format!("{}{share}", browser::base_url()));
            let drawing = image.as_ref().and_then(|build| build.emit(()));
            let name = name.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some((svg, w, h)) = drawing {
                    if let Ok(blob) = browser::png_blob(&svg, w, h, 2.0).await {
                        if let Ok(Some(_)) = browser::share_file(&name, &blob, &title, &url).await {
                            return;
                        }
                    }
                }
                if browser::share(&title, &url).await {
                    return;
                }
                let ok = browser::copy(&url).await;
                status.set(if ok { pick(lang, "链接已复制。", "Link copied.").to_string() } else { url.clone() });
            });
        })
    };
    let svg_buttons = props.svg.clone().map(|build| {
        let (b1, b2) = (build.clone(), build);
        let stem = file_stem.clone();
        let save_svg = Callback::from(move |_: MouseEvent| {
            if let Some((svg, _, _)) = b1.emit(()) {
                let _ = browser::save_text(&format!("{stem}.svg"), "image/svg+xml", &svg);
            }
        });
        let stem = file_stem.clone();
        let save_png = Callback::from(move |_: MouseEvent| {
            if let Some((svg, w, h)) = b2.emit(()) {
                let name = format!("{stem}.png");
                // Twice the drawing's size, for print.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = browser::save_png(&name, &svg, w, h, 2.0).await;
                });
            }
        });
        html! {
            <>
                <button type="button" class="button small needs-module" onclick={save_svg}>{ pick(lang, "SVG 图像", "SVG image") }</button>
                <button type="button" class="button small needs-module" onclick={save_png}>{ pick(lang, "PNG 图片", "PNG image") }</button>
            </>
        }
    });
    let csv_button = props.csv.clone().map(|build| {
        let stem = file_stem.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let _ = browser::save_text(&format!("{stem}.csv"), "text/csv;charset=utf-8", &format!("\u{FEFF}{}", build.emit(())));
        });
        html! { <button type="button" class="button small needs-module" {onclick}>{ pick(lang, "数据 CSV", "Data CSV") }</button> }
    });
    let panel_id = format!("embed-{}", props.target.replace('/', "-"));
    let downloads = props.svg.is_some() || props.csv.is_some();
    let named = html! { <span class="sr-only">{ pick(lang, "：", ": ") }{ props.title.clone() }</span> };
    html! {
        <div class="chart-actions">
            <details class="actions-menu" ref={menu} onkeydown={close_on_escape}>
                <summary class="actions-toggle">{ if downloads { pick(lang, "分享与下载", "Share & download") } else { pick(lang, "分享与嵌入", "Share & embed") } }{ named.clone() }</summary>
                <div class="actions-row">
                    <button type="button" class="button small needs-module" onclick={toggle} aria-expanded={open.to_string()} aria-controls={panel_id.clone()}>{ pick(lang, "嵌入", "Embed") }</button>
                    <a class="button small" href={props.share.clone()} onclick={share}>{ pick(lang, "分享", "Share") }{ named }</a>
                    { svg_buttons.unwrap_or_default() }
                    { csv_button.unwrap_or_default() }
                </div>
                <p class="before-module">{ if downloads {
                    pick(lang, "嵌入代码和下载在页面程序加载后出现；数据也在本页的数据表中。", "The embed code and the downloads appear once the page's script has loaded; the data is also in this page's table.")
                } else {
                    pick(lang, "嵌入代码在页面程序加载后出现。", "The embed code appears once the page's script has loaded.")
                } }</p>
                if *open {
                    <div class="embed-panel" id={panel_id}>
                        <label for={format!("code-{}", props.target)}>{ pick(lang, "把这段代码粘贴到文章中：", "Paste this into your article:") }</label>
                        <textarea id={format!("code-{}", props.target)} readonly=true rows="3" value={code.clone()} />
                        <p>
                            <button type="button" class="button small" onclick={copy_code}>{ pick(lang, "复制代码", "Copy code") }</button>
                            <a href={embed_url("", &props.embed)} target="_blank" rel="noopener">{ pick(lang, "预览", "Preview") }</a>
                        </p>
                    </div>
                }
            </details>
            <p class="action-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
