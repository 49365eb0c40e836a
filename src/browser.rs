//! Small bridges to browser services: files, the clipboard, the share sheet, the page address.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Hands `blob` to the reader as a file named `name`, without a server.
pub fn save_blob(name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let a: web_sys::HtmlAnchorElement = document().ok_or("no document")?.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

pub fn text_blob(mime: &str, contents: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
}

pub fn save_text(name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    save_blob(name, &text_blob(mime, contents)?)
}

/// The site's root as an absolute address (the page's `<base>`, see `route`): every page's
/// link is relative to it. Empty at build time. For event handlers, not for rendering: the page
/// drawn at build time does not know where it will be served.
pub fn base_url() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return String::new();
    #[cfg(target_arch = "wasm32")]
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default()
}

/// Copies `text`; true when the browser confirmed it.
pub async fn copy(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    JsFuture::from(w.navigator().clipboard().write_text(text)).await.is_ok()
}

/// Opens the system share sheet where there is one; false where there is none (or it was dismissed).
pub async fn share(title: &str, url: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let nav = w.navigator();
    // Feature-test: desktop browsers mostly have no share sheet.
    if !js_sys::Reflect::has(&nav, &JsValue::from_str("share")).unwrap_or(false) {
        return false;
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(nav.share_with_data(&data)).await.is_ok()
}

/// Rasterises an SVG document at `scale` × its intrinsic size and saves it as a PNG.
pub async fn save_png(name: &str, svg: &str, width: u32, height: u32, scale: f64) -> Result<(), JsValue> {
    let doc = document().ok_or("no document")?;
    let blob = text_blob("image/svg+xml", svg)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let img = web_sys::HtmlImageElement::new()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        img.set_onload(Some(&resolve));
        img.set_onerror(Some(&reject));
    });
    img.set_src(&url);
    JsFuture::from(loaded).await?;
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    canvas.set_width((width as f64 * scale).round() as u32);
    canvas.set_height((height as f64 * scale).round() as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
    ctx.scale(scale, scale)?;
    ctx.draw_image_with_html_image_element(&img, 0.0, 0.0)?;
    web_sys::Url::revoke_object_url(&url)?;
    let png = js_sys::Promise::new(&mut |resolve, _| {
        let _ = canvas.to_blob(&resolve);
    });
    let blob: web_sys::Blob = JsFuture::from(png).await?.dyn_into()?;
    save_blob(name, &blob)
}

/// A User Timing mark, read by the benchmark (`scripts/bench.sh`); the first of each name counts.
pub fn mark_once(name: &str) {
    let Some(p) = web_sys::window().and_then(|w| w.performance()) else { return };
    if p.get_entries_by_name(name).length() == 0 {
        let _ = p.mark(name);
    }
}
