//! A button that makes an image (`images`) and passes it on: to the share sheet where the
//! browser can share files, else as a download (`browser::share_or_save`).
//!
//! Rules: the image is drawn only when asked (it is large, and its QR code needs the address
//! the page is served from, which only the browser knows); the reader hears what happened.

use crate::browser::{self, Handed};
use crate::hooks::use_lang;
use crate::i18n::pick;
use crate::images::Image;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareImageProps {
    /// Draws the image for the address it is to lead to (the site's root is known by then).
    pub image: Callback<String, Option<Image>>,
    /// Where the image leads, below the site's root: `zh/`, `zh/report/#gdp-2023`.
    pub href: AttrValue,
    /// The file's name, without `.png`.
    pub name: AttrValue,
    /// The title handed to the share sheet.
    pub title: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

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
                let handed = match browser::png_blob(&img.svg, img.width, img.height, 1.0, true).await {
                    Ok(png) => browser::share_or_save(&name, &png, &title, &url).await.ok(),
                    Err(_) => None,
                };
                status.set(
                    match handed {
                        Some(Handed::Shared) | Some(Handed::Dismissed) => "",
                        Some(Handed::Saved) => pick(lang, "图片已下载。", "Image downloaded."),
                        None => pick(lang, "无法生成图片。", "The image could not be made."),
                    }
                    .to_string(),
                );
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
