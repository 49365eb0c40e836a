//! Reusable parts of the views.

pub mod chart_actions;
pub mod chart_figure;
pub mod county_map;
pub mod downloads;
pub mod figure_card;
pub mod figure_detail;
pub mod header;
pub mod message;
pub mod nav;
pub mod note;
pub mod share_image;
pub mod tree_keys;
