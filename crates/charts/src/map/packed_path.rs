//! Outlines as the browser receives them: a serde `with` module for a county's rings.
//!
//! Rules:
//! - Points are whole tenths of a viewBox unit (the map's only precision, see the module doc of
//!   `map`), written as the difference from the point before, zigzag-encoded varints; each ring
//!   starts with its point count. Typical steps are a few tenths, so most numbers take one byte:
//!   about a fifth of the absolute path text, and the rings come back exactly.
//! - Reading never panics: a damaged stream is a deserialization error.

use super::geometry::tenths;
use serde::de::{Error, SeqAccess, Visitor};
use serde::{Deserializer, Serializer};

type Rings = Vec<Vec<(f64, f64)>>;

pub fn serialize<S: Serializer>(rings: &[Vec<(f64, f64)>], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_bytes(&encode(rings))
}

pub fn deserialize<'de, D: Deserializer<'de>>(de: D) -> Result<Rings, D::Error> {
    struct Bytes;
    impl<'de> Visitor<'de> for Bytes {
        type Value = Vec<u8>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("packed path data")
        }
        fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Vec<u8>, E> {
            Ok(v.to_vec())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u8>, A::Error> {
            let mut out = Vec::new();
            while let Some(b) = seq.next_element()? {
                out.push(b);
            }
            Ok(out)
        }
    }
    let bytes = de.deserialize_bytes(Bytes)?;
    decode(&bytes).ok_or_else(|| D::Error::custom("damaged path data"))
}

pub(crate) fn encode(rings: &[Vec<(f64, f64)>]) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut px, mut py) = (0i64, 0i64);
    for ring in rings {
        put(&mut out, ring.len() as u64);
        for &(x, y) in ring {
            let (x, y) = (tenths(x), tenths(y));
            put(&mut out, zigzag(x - px));
            put(&mut out, zigzag(y - py));
            (px, py) = (x, y);
        }
    }
    out
}

pub(crate) fn decode(bytes: &[u8]) -> Option<Rings> {
    let mut at = 0;
    let mut rings = Vec::new();
    let (mut x, mut y) = (0i64, 0i64);
    while at < bytes.len() {
        let n = take(bytes, &mut at)?;
        // Each point takes at least two bytes: a count beyond that is damage, not a plan.
        if n > (bytes.len() - at) as u64 {
            return None;
        }
        let mut ring = Vec::with_capacity(n as usize);
        for _ in 0..n {
            x = x.checked_add(unzigzag(take(bytes, &mut at)?))?;
            y = y.checked_add(unzigzag(take(bytes, &mut at)?))?;
            ring.push((x as f64 / 10.0, y as f64 / 10.0));
        }
        rings.push(ring);
    }
    Some(rings)
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    (v >> 1) as i64 ^ -((v & 1) as i64)
}

fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn take(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u64::from(b & 0x7F) << shift;
        if b < 0x80 {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::geometry::{parse_path, path_data};

    #[test]
    fn every_county_outline_comes_back_exactly_and_smaller() {
        let map = crate::map::tests::map();
        let (mut text, mut packed) = (0, 0);
        for c in &map.counties {
            let bytes = encode(c.rings());
            assert_eq!(decode(&bytes).as_deref(), Some(c.rings()), "{}", c.adcode);
            text += path_data(c.rings()).len();
            packed += bytes.len();
        }
        assert!(packed * 3 < text, "packed {packed} bytes against {text} of text");
    }

    #[test]
    fn negative_steps_and_a_hole_survive() {
        let rings = parse_path("M10 10L0 10 0 0.5 10.1 0Z M2 2L3 2 3 3Z");
        assert_eq!(decode(&encode(&rings)), Some(rings));
    }

    #[test]
    fn damaged_data_is_refused_not_a_panic() {
        let bytes = encode(&parse_path("M10 10L0 10 0 0.5 10.1 0Z"));
        for cut in 1..bytes.len() {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        assert_eq!(decode(&[0xFF; 12]), None);
        assert_eq!(decode(&[200, 1, 0]), None, "a count the bytes cannot hold");
    }
}
