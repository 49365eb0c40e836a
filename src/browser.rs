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

/// Rasterises an SVG document at `scale` × its intrinsic size, as a PNG from the canvas's own
/// encoder (the module carries none: a figure's card, the largest image made here, stays under
/// `images::MAX_BYTES` with it, tested end to end).
pub async fn png_blob(svg: &str, width: u32, height: u32, scale: f64) -> Result<web_sys::Blob, JsValue> {
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
    JsFuture::from(png).await?.dyn_into()
}

/// Rasterises an SVG document at `scale` × its intrinsic size and saves it as a PNG.
pub async fn save_png(name: &str, svg: &str, width: u32, height: u32, scale: f64) -> Result<(), JsValue> {
    save_blob(name, &png_blob(svg, width, height, scale).await?)
}

/// What [`share_or_save`] did with a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handed {
    /// To the system's share sheet, which took it.
    Shared,
    /// The reader dismissed the share sheet: nothing more to do.
    Dismissed,
    /// Downloaded: the browser cannot share files.
    Saved,
}

/// Whether the browser's share sheet takes a file named `name` of type `mime` (Web Share level
/// 2, on phones). Synchronous, so that a click can decide at once whether to take over from a
/// link's own download: an empty file of that name and type stands for the real one, since
/// browsers decide by type.
pub fn can_share_file(name: &str, mime: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let nav = w.navigator();
    let has = |key: &str| js_sys::Reflect::has(&nav, &JsValue::from_str(key)).unwrap_or(false);
    if !(has("share") && has("canShare")) {
        return false;
    }
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type(mime);
    let Ok(file) = web_sys::File::new_with_str_sequence_and_options(&js_sys::Array::new(), name, &opts) else { return false };
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    nav.can_share_with_data(&data)
}

/// The file at `href` (relative to the page's `<base>`), fetched from the site.
pub async fn fetch_blob(href: &str) -> Result<web_sys::Blob, JsValue> {
    let w = web_sys::window().ok_or("no window")?;
    let url = web_sys::Url::new_with_base(href, &base_url())?.href();
    let resp: web_sys::Response = JsFuture::from(w.fetch_with_str(&url)).await?.dyn_into()?;
    if !resp.ok() {
        return Err(JsValue::from_str(&format!("{url}: {}", resp.status())));
    }
    JsFuture::from(resp.blob()?).await?.dyn_into()
}

/// Hands a file to the share sheet where the browser can share files (Web Share level 2, on
/// phones), with a title and the address it comes from; downloads it everywhere else. The one
/// place the app passes a file on: the long image, a figure's card, a chart's image.
pub async fn share_or_save(name: &str, blob: &web_sys::Blob, title: &str, url: &str) -> Result<Handed, JsValue> {
    match share_file(name, blob, title, url).await? {
        Some(handed) => Ok(handed),
        None => {
            save_blob(name, blob)?;
            Ok(Handed::Saved)
        }
    }
}

/// Hands a file to the share sheet if the browser can share files; `None` if it cannot, for a
/// caller whose fallback is not a download (a chart's Share falls back to its link).
pub async fn share_file(name: &str, blob: &web_sys::Blob, title: &str, url: &str) -> Result<Option<Handed>, JsValue> {
    if !can_share_file(name, &blob.type_()) {
        return Ok(None);
    }
    let nav = web_sys::window().ok_or("no window")?.navigator();
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type(&blob.type_());
    let file = web_sys::File::new_with_blob_sequence_and_options(&js_sys::Array::of1(blob), name, &opts)?;
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    data.set_title(title);
    data.set_url(url);
    Ok(Some(match JsFuture::from(nav.share_with_data(&data)).await {
        Ok(_) => Handed::Shared,
        Err(e) if js_sys::Reflect::get(&e, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).as_deref() == Some("AbortError") => Handed::Dismissed,
        // Not allowed (no user activation left after rasterising, say): the file still reaches
        // the reader.
        Err(_) => {
            save_blob(name, blob)?;
            Handed::Saved
        }
    }))
}

/// A User Timing mark, read by the benchmark (`scripts/bench.sh`); the first of each name counts.
pub fn mark_once(name: &str) {
    let Some(p) = web_sys::window().and_then(|w| w.performance()) else { return };
    if p.get_entries_by_name(name).length() == 0 {
        let _ = p.mark(name);
    }
}
