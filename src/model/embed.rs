//! What a newsroom pastes: the iframe code for one chart or the map.

use report::format::Lang;

fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The address of the embed of `target` (a chart id, `map` or `map/<adcode>`) under `base`.
pub fn embed_url(base: &str, lang: Lang, target: &str) -> String {
    format!("{base}?lang={}#/embed/{target}", lang.code())
}

/// The iframe code, with a height that fits without the host script; the frame then reports its
/// exact height in the AMP and Datawrapper message formats.
pub fn iframe_code(base: &str, lang: Lang, target: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%;\" loading=\"lazy\"></iframe>",
        attr(&embed_url(base, lang, target)),
        attr(title),
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
        let code = iframe_code("https://example.org/some/path/", Lang::En, "investment-programmes", "Programmes \"A\" <b>", 480);
        assert_eq!(code, "<iframe src=\"https://example.org/some/path/?lang=en#/embed/investment-programmes\" title=\"Programmes &quot;A&quot; &lt;b&gt;\" width=\"100%\" height=\"480\" style=\"border:0;width:100%;\" loading=\"lazy\"></iframe>");
    }

    #[test]
    fn heights_follow_the_drawing() {
        assert_eq!(default_height(760, 380), 470);
        assert!(default_height(340, 900) > default_height(760, 380));
    }
}
