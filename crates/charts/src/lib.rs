//! Charts and the county map: pure functions from catalogue figures to SVG.
