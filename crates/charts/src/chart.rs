//! Charts: see the crate doc.
