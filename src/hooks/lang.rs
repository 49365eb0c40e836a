//! The page's language: given by the page's address, handed down by the shell as context.

use crate::i18n::Lang;
use yew::prelude::*;

/// The page's language, for every component below the shell.
#[derive(Clone, Copy, PartialEq)]
pub struct LangCtx {
    pub lang: Lang,
}

#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangCtx>().map_or(Lang::Zh, |c| c.lang)
}

/// Where the reader's last choice of language is kept (this device only).
const STORAGE_KEY: &str = "jincheng-report-lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the reader last switched to, if any.
pub fn stored_choice() -> Option<Lang> {
    storage()?.get_item(STORAGE_KEY).ok().flatten().and_then(|v| Lang::from_code(&v))
}

/// Keeps `lang` as the reader's choice, for the next visit to the site's root.
pub fn remember_choice(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, lang.code());
    }
}
