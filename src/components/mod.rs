//! Reusable parts of the views.

pub mod downloads;
pub mod figure_card;
pub mod figure_detail;
pub mod header;
pub mod message;
pub mod nav;
