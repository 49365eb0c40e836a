//! Embed, share and download one chart (or the map).

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
    let share = {
        let status = status.clone();
        let (title, share) = (props.title.to_string(), props.share.to_string());
        Callback::from(move |_: MouseEvent| {
            let (status, title, url) = (status.clone(), title.clone(), format!("{}{share}", browser::base_url()));
            wasm_bindgen_futures::spawn_local(async move {
                if browser::share(&title, &url).await {
                    return;
                }
                let ok = browser::copy(&url).await;
                status.set(if ok { pick(lang, "链接已复制。", "Link copied.").to_string() } else { url.clone() });
            });
        })
    };
    let file_stem = format!("jincheng-2024-{}", props.target.replace('/', "-"));
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
                <button type="button" class="button small" onclick={save_svg}>{ "SVG" }</button>
                <button type="button" class="button small" onclick={save_png}>{ "PNG" }</button>
            </>
        }
    });
    let csv_button = props.csv.clone().map(|build| {
        let stem = file_stem.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let _ = browser::save_text(&format!("{stem}.csv"), "text/csv;charset=utf-8", &format!("\u{FEFF}{}", build.emit(())));
        });
        html! { <button type="button" class="button small" {onclick}>{ pick(lang, "数据 CSV", "Data CSV") }</button> }
    });
    let panel_id = format!("embed-{}", props.target.replace('/', "-"));
    html! {
        <div class="chart-actions">
            <div class="actions-row">
                <button type="button" class="button small" onclick={toggle} aria-expanded={open.to_string()} aria-controls={panel_id.clone()}>{ pick(lang, "嵌入", "Embed") }</button>
                <button type="button" class="button small" onclick={share}>{ pick(lang, "分享", "Share") }</button>
                { svg_buttons.unwrap_or_default() }
                { csv_button.unwrap_or_default() }
            </div>
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
            <p class="action-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
