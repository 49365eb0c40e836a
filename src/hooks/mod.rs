//! The app's hooks, apart from the components that use them, so that no component needs the
//! shell (`app.rs`).
//!
//! Rules: a hook's first render gives what the page drawn at build time shows (no fragment, no
//! query warnings, nothing read from the window), so that hydration finds the same tree; what
//! only the browser knows arrives in an effect, after hydration.

mod lang;
mod navigation;
mod place;

pub use lang::{remember_choice, stored_choice, use_lang, LangCtx};
pub use navigation::{go_to, use_client_navigation, use_fragment, use_page};
pub use place::{remember_place, restore_place};
