//! Images passed on: to the share sheet where the browser can share files, else as a download
//! (`browser::share_or_save`).
//!
//! Rules:
//! - What the build can draw, it draws (`site`: the long image), and the control is a link to
//!   the file ([`ShareFile`]): written into the page at build time, it downloads without the
//!   module; the module only hands the same file to the share sheet where there is one.
//! - What only the browser can draw ([`ShareImage`]: a figure's card, one of hundreds) is drawn
//!   when asked, with a QR code of the address the page is served from.
//! - The reader hears what happened (a polite status beside the control).

use crate::browser::{self, Handed};
use crate::hooks::use_lang;
use crate::i18n::{pick, Lang};
use crate::images::Image;
use yew::prelude::*;

/// The type of the files passed on here: the images of `images`, as PNG.
const PNG: &str = "image/png";

/// What the status says once the file has been handed on, or `failed` if it could not be.
fn said(lang: Lang, handed: Option<Handed>, failed: &str) -> String {
    match handed {
        Some(Handed::Shared) | Some(Handed::Dismissed) => "",
        Some(Handed::Saved) => pick(lang, "图片已下载。", "Image downloaded."),
        None => failed,
    }
    .to_string()
}

#[derive(Properties, PartialEq)]
pub struct ShareFileProps {
    /// The image the build wrote, below the site's root: `zh/glance.png`.
    pub href: AttrValue,
    /// The name it is saved and shared under, `.png` included.
    pub name: AttrValue,
    /// The page it stands for, below the site's root (`zh/`): the address the share sheet gets.
    pub page: AttrValue,
    /// The title handed to the share sheet.
    pub title: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

/// A link to an image the build wrote, which downloads it; with the module, a click hands the
/// file itself to the share sheet where the browser takes files, and leaves the link to
/// download it everywhere else (and on a click with a modifier: a new tab is the reader's call).
#[function_component]
pub fn ShareFile(props: &ShareFileProps) -> Html {
    let lang = use_lang();
    let status = use_state(String::new);
    let onclick = {
        let status = status.clone();
        let (href, name, page, title) = (props.href.to_string(), props.name.to_string(), props.page.to_string(), props.title.to_string());
        Callback::from(move |e: MouseEvent| {
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || !browser::can_share_file(&name, PNG) {
                return;
            }
            e.prevent_default();
            let (status, href, name, title) = (status.clone(), href.clone(), name.clone(), title.clone());
            let url = format!("{}{page}", browser::base_url());
            wasm_bindgen_futures::spawn_local(async move {
                let handed = match browser::fetch_blob(&href).await {
                    Ok(png) => browser::share_or_save(&name, &png, &title, &url).await.ok(),
                    Err(_) => None,
                };
                status.set(said(lang, handed, pick(lang, "无法取得图片，请稍后再试。", "The image could not be fetched: try again later.")));
            });
        })
    };
    html! {
        <span class={classes!("share-image", props.class.clone())}>
            <a href={props.href.clone()} download={props.name.clone()} type={PNG} class="button small" {onclick}>{ props.label.clone() }</a>
            <span class="action-status" role="status" aria-live="polite">{ (*status).clone() }</span>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareImageProps {
    /// Draws the image for the address it is to lead to (the site's root is known by then).
    pub image: Callback<String, Option<Image>>,
    /// Where the image leads, below the site's root: `zh/report/#gdp-2023`.
    pub href: AttrValue,
    /// The file's name, without `.png`.
    pub name: AttrValue,
    /// The title handed to the share sheet.
    pub title: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

/// A button that draws an image on demand (its QR code needs the address the page is served
/// from, which only the browser knows when the build was not told) and passes it on.
#[function_component]
pub fn ShareImage(props: &ShareImageProps) -> Html {
    let lang = use_lang();
    let status = use_state(String::new);
    let onclick = {
        let status = status.clone();
        let (image, href, name, title) = (props.image.clone(), props.href.to_string(), format!("{}.png", props.name), props.title.to_string());
        Callback::from(move |_: MouseEvent| {
            let url = format!("{}{href}", browser::base_url());
            let Some(img) = image.emit(url.clone()) else { return };
            let (status, name, title) = (status.clone(), name.clone(), title.clone());
            status.set(pick(lang, "正在生成图片…", "Making the image…").to_string());
            wasm_bindgen_futures::spawn_local(async move {
                let handed = match browser::png_blob(&img.svg, img.width, img.height, 1.0).await {
                    Ok(png) => browser::share_or_save(&name, &png, &title, &url).await.ok(),
                    Err(_) => None,
                };
                status.set(said(lang, handed, pick(lang, "无法生成图片。", "The image could not be made.")));
            });
        })
    };
    html! {
        <span class={classes!("share-image", props.class.clone())}>
            <button type="button" class="button small" {onclick}>{ props.label.clone() }</button>
            <span class="action-status" role="status" aria-live="polite">{ (*status).clone() }</span>
        </span>
    }
}
