//! View models: pure functions from the catalogue and the URL to what the views render.
//! Nothing here touches the DOM, so all of it is tested natively.

pub mod battles;
pub mod counties;
pub mod embed;
pub mod headlines;
pub mod legacy;
pub mod meta;
pub mod query;
pub mod reader;
pub mod search;
pub mod takeaways;
pub mod tree_nav;
