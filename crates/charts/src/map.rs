//! The county map: see the crate doc.
