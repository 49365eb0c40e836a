//! An editor's note (a figure's or a place's), in the reader's language, with its marks laid
//! out: the report's words in “…” marked `lang="zh-CN"`, figure ids as code. Where the marks
//! are is `report::language::note_runs`; this only lays them out.
use report::language::{note_runs, RunKind};
use yew::prelude::*;

/// The note's text as inline content.
pub fn note_text(text: &str) -> Html {
    note_runs(text)
        .into_iter()
        .map(|r| match r.kind {
            RunKind::Text => html! { { r.text.to_string() } },
            RunKind::Chinese => html! { <span lang="zh-CN">{ r.text.to_string() }</span> },
            RunKind::Id => html! { <code>{ r.text.to_string() }</code> },
        })
        .collect()
}
