//! What a newsroom pastes: the iframe code for one chart or the map, and the site's small host
//! script (`static/embed.js`) that sets the frame's height from the frame's messages.
//!
//! Rules: the frame starts at the height the embed needs in an article's 600 px column
//! (`default_height`): the drawing the stylesheet shows there (`shown_layout`, the embed's rule
//! `Layout::for_css_width`) at its capped width, so nothing jumps on a slow network; the script
//! then makes it exactly as tall as its content at any width. The code is the same whether
//! pasted once or twice.

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

/// The frame width an embed's starting height is reckoned for: an article's column.
pub const ARTICLE_PX: f64 = 600.0;
/// `main.embed`'s padding each side (styles/main.css): the drawing's room is the frame less it.
const PAD_PX: f64 = 8.0;

/// What the embed page shows around its drawing, CSS px, as styles/main.css sets it: the
/// title's and the summary's type and line heights, and the height of what follows the drawing
/// (the data table's summary, the source line, the link to the full report, the padding). These
/// only estimate a starting height; the host script then sets the real one.
const TITLE: (f64, f64) = (17.6, 23.0);
const SUMMARY: (f64, f64) = (15.2, 25.0);
/// Below a chart's drawing.
pub const BELOW_CHART_PX: f64 = 150.0;
/// Below the map: its legend as well; and the chosen county's line.
pub const BELOW_MAP_PX: f64 = 260.0;
pub const COUNTY_LINE_PX: f64 = 56.0;

/// The layout an embed shows in a frame `frame_px` wide: the stylesheet's rule for embeds, which
/// chooses by the drawing's own room (`Layout::for_css_width`, tested against the stylesheet in
/// `crates/charts`).
pub fn shown_layout(frame_px: f64) -> Layout {
    Layout::for_css_width(frame_px - 2.0 * PAD_PX)
}

/// A starting height, CSS px, for an embed [`ARTICLE_PX`] wide: its drawing (viewBox `w`×`h`,
/// of the layout [`shown_layout`] gives there) drawn as wide as the room or its cap (`cap`,
/// `Layout::max_css_px` or the map's), with the title and summary wrapped to the room and `below`
/// px beneath.
pub fn default_height((w, h): (u32, u32), cap: f64, title: &str, summary: &str, below: f64) -> u32 {
    let room = ARTICLE_PX - 2.0 * PAD_PX;
    let drawn = room.min(cap) * h as f64 / w.max(1) as f64;
    let text = |s: &str, (size, line): (f64, f64)| if s.is_empty() { 0.0 } else { charts::chart::text_lines(s, size, room) as f64 * line };
    (drawn + text(title, TITLE) + text(summary, SUMMARY) + below).round() as u32
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
    fn heights_follow_the_drawing_an_article_shows() {
        // A 600 px frame shows the phone layout, drawn no wider than its cap.
        assert_eq!(shown_layout(ARTICLE_PX), Layout::Phone);
        let cap = Layout::Phone.max_css_px();
        assert!(cap < ARTICLE_PX - 16.0);
        // A 340×340 drawing is as tall as its cap is wide; a one-line title and summary.
        assert_eq!(default_height((340, 340), cap, "T", "S", 150.0), (cap + 23.0 + 25.0 + 150.0).round() as u32);
        // Twice as tall a drawing, twice the drawing's part.
        let (short, tall) = (default_height((340, 200), cap, "", "", 0.0), default_height((340, 400), cap, "", "", 0.0));
        assert!(tall.abs_diff(2 * short) <= 1, "{short} {tall}");
        // A drawing narrower than its cap is drawn at the room's width, not the cap's.
        assert_eq!(default_height((100, 100), 10_000.0, "", "", 0.0), 584);
        // Six sentences of summary wrap to several lines of 25 px.
        let summary = "Investment grows in every programme, the largest by far being the new energy base. ".repeat(6);
        let h = default_height((340, 0), cap, "", &summary, 0.0);
        assert!(h >= 3 * 25 && h % 25 == 0, "{h}");
    }
}
