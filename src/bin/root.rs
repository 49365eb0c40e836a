//! The site's root page's module: sends the reader on (`jincheng_report_app::root`).
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|b| web_sys::Url::new(&b).ok())
            .map(|u| u.pathname())
            .unwrap_or_else(|| "/".into());
        jincheng_report_app::root::send_on(&root);
    }
}
