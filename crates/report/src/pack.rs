//! The catalogue in the form the browser receives: compact bytes instead of JSON.
//!
//! Rules:
//! - The build packs the checked catalogue; the browser unpacks it once. JSON stays the format for
//!   people (the downloads, `figures --format json`); shipping it inside the app cost a JSON parser
//!   and key names repeated 222 times.
//! - A quote or sentence that is exactly the report text at its span is not stored: the browser has
//!   the text and cuts it back out. Anything else (a derived figure's context) is stored as is.
//! - Unpacking never panics: a damaged pack gives an error the app can show.

use crate::model::Catalogue;
use crate::span::{Span, Text};

/// Packs `catalogue`, leaving out every quote and sentence that `text` holds at its span.
pub fn pack(catalogue: &Catalogue, text: &str) -> Vec<u8> {
    let text = Text::new(text);
    let mut slim = catalogue.clone();
    for f in &mut slim.figures {
        if at(&text, f.span) == Some(f.quote.as_str()) {
            f.quote.clear();
        }
    }
    for item in &mut slim.county_items {
        if at(&text, item.span) == Some(item.sentence.as_str()) {
            item.sentence.clear();
        }
    }
    postcard::to_allocvec(&slim).expect("the catalogue serializes")
}

/// Reads a pack made by [`pack`] against the same `text`.
pub fn unpack(bytes: &[u8], text: &str) -> Result<Catalogue, String> {
    let mut c: Catalogue = postcard::from_bytes(bytes).map_err(|e| format!("the embedded catalogue is damaged: {e}"))?;
    let text = Text::new(text);
    let restore = |s: &mut String, span: [usize; 2]| -> Result<(), String> {
        if s.is_empty() && span[1] > span[0] {
            *s = at(&text, span).ok_or_else(|| format!("span {}..{} lies outside the report text", span[0], span[1]))?.to_string();
        }
        Ok(())
    };
    for f in &mut c.figures {
        restore(&mut f.quote, f.span)?;
    }
    for item in &mut c.county_items {
        restore(&mut item.sentence, item.span)?;
    }
    Ok(c)
}

fn at(text: &Text, [start, end]: [usize; 2]) -> Option<&str> {
    text.get(Span::new(start, end))
}

#[cfg(all(test, feature = "catalogue-source"))]
mod tests {
    use super::*;

    #[test]
    fn unpacking_gives_back_the_catalogue_exactly() {
        let c = crate::seeds::checked().catalogue;
        let bytes = pack(&c, crate::REPORT_TEXT);
        assert_eq!(unpack(&bytes, crate::REPORT_TEXT).unwrap(), c);
    }

    #[test]
    fn quotes_the_text_holds_are_not_stored() {
        let c = crate::seeds::checked().catalogue;
        let bytes = pack(&c, crate::REPORT_TEXT);
        let json = serde_json::to_vec(&c).unwrap();
        assert!(bytes.len() * 2 < json.len(), "pack {} bytes vs JSON {}", bytes.len(), json.len());
        let longest = c.figures.iter().map(|f| f.quote.as_str()).max_by_key(|q| q.len()).unwrap();
        let stored = String::from_utf8_lossy(&bytes);
        assert!(!stored.contains(longest), "the longest quote is stored in the pack");
    }

    #[test]
    fn a_damaged_pack_is_an_error_not_a_panic() {
        let c = crate::seeds::checked().catalogue;
        let bytes = pack(&c, crate::REPORT_TEXT);
        for cut in [0, 1, bytes.len() / 3, bytes.len() - 1] {
            assert!(unpack(&bytes[..cut], crate::REPORT_TEXT).is_err(), "cut at {cut}");
        }
        // Against a shorter text, the spans no longer fit.
        assert!(unpack(&bytes, "短").is_err());
    }
}
