//! What a newsroom pastes: the iframe code for one chart or the map, and the site's small host
//! script (`static/embed.js`) that sets the frame's height from the frame's messages.
//!
//! Rules: the frame starts at the height the build's drawing needs (`default_height`), so nothing
//! jumps on a slow network; the script then makes it exactly as tall as its content at any
//! width. The code is the same whether pasted once or twice.

use crate::route::Page;
use charts::chart::Layout;

/// The layouts a page carries a chart's drawing (or the map's names) in, narrowest first, the
/// order the stylesheet relies on: an embed also the narrow one, since its frame may be narrower
/// than any phone's page; the other pages are never that narrow and do not pay for it.
pub fn layouts(embed: bool) -> &'static [Layout] {
    if embed {
        &Layout::ALL
    } else {
        &Layout::ALL[1..]
    }
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The address of the embed page `embed` on the site whose root is `root`.
pub fn embed_url(root: &str, embed: &Page) -> String {
    format!("{root}{}", embed.href())
}

/// The iframe code with its starting height, and the host script from the site's own origin; the
/// frame reports its exact height in the AMP and Datawrapper message formats.
pub fn iframe_code(root: &str, embed: &Page, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%;\" loading=\"lazy\"></iframe>\n<script async src=\"{}\"></script>",
        attr(&embed_url(root, embed)),
        attr(title),
        attr(&format!("{root}embed.js")),
    )
}

/// A default height in CSS pixels for a chart whose viewBox is `w`×`h`, shown about 600 px wide,
/// plus its title, summary and source line.
pub fn default_height(w: u32, h: u32) -> u32 {
    let drawn = h as f64 * 600.0 / w.max(1) as f64;
    (drawn + 170.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_iframe_points_at_the_embed_route_and_escapes_its_title() {
        let page = Page::new(crate::i18n::Lang::En, crate::route::Route::Embed { chart: "investment-programmes".into() });
        let code = iframe_code("https://example.org/some/path/", &page, "Programmes \"A\" <b>", 480);
        let (frame, script) = code.split_once('\n').unwrap();
        assert_eq!(frame, "<iframe src=\"https://example.org/some/path/en/embed/investment-programmes/\" title=\"Programmes &quot;A&quot; &lt;b&gt;\" width=\"100%\" height=\"480\" style=\"border:0;width:100%;\" loading=\"lazy\"></iframe>");
        assert_eq!(script, "<script async src=\"https://example.org/some/path/embed.js\"></script>", "the host script from the site's own origin");
    }

    #[test]
    fn only_embeds_carry_the_narrow_layout() {
        assert_eq!(layouts(true), [Layout::Narrow, Layout::Phone, Layout::Desktop]);
        assert_eq!(layouts(false), [Layout::Phone, Layout::Desktop]);
    }

    #[test]
    fn heights_follow_the_drawing() {
        assert_eq!(default_height(760, 380), 470);
        assert!(default_height(340, 900) > default_height(760, 380));
    }
}
