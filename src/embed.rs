//! Telling a host page how tall the embedded chart is.
//!
//! Newsroom systems already listen for two message formats: AMP's
//! `{sentinel: "amp", type: "embed-size", height}` and Datawrapper's
//! `{"datawrapper-height": {"<chart-id>": height}}`. The frame sends both on load and whenever
//! its height changes, to any origin (the host is unknown and the height is no secret); it reads
//! nothing from the host.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn in_frame(w: &web_sys::Window) -> Option<web_sys::Window> {
    let parent = w.parent().ok().flatten()?;
    // The top window is its own parent.
    (!js_sys::Object::is(&parent, w)).then_some(parent)
}

fn message(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// The document's full height in CSS pixels.
fn height(doc: &web_sys::Document) -> f64 {
    doc.document_element().map_or(0.0, |e| e.scroll_height() as f64)
}

pub fn post_height(chart_id: &str) {
    let Some(w) = web_sys::window() else { return };
    let (Some(parent), Some(doc)) = (in_frame(&w), w.document()) else { return };
    let h = JsValue::from_f64(height(&doc));
    let amp = message(&[("sentinel", "amp".into()), ("type", "embed-size".into()), ("height", h.clone())]);
    let dw = message(&[("datawrapper-height", message(&[(chart_id, h)]))]);
    let _ = parent.post_message(&amp, "*");
    let _ = parent.post_message(&dw, "*");
}

/// Posts the height now and on every resize of the document, until the returned guard drops.
pub struct HeightReporter {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Option<Closure<dyn FnMut(js_sys::Array)>>,
}

impl HeightReporter {
    pub fn start(chart_id: String) -> HeightReporter {
        post_height(&chart_id);
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| post_height(&chart_id));
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let (Some(o), Some(root)) = (&observer, web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())) {
            o.observe(&root);
        }
        HeightReporter { observer, _callback: Some(callback) }
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}
