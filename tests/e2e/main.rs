//! End-to-end tests: the release `dist/` in headless Chromium, at phone and desktop sizes.
//! Run by `make test`, which builds `dist/` and installs Chromium and chromedriver first.

mod harness;
mod shell;
mod offline;
mod failure;
mod screenshots;
mod embed;
mod map;
mod a11y;
mod charts;
mod deploy;
mod exports;
mod pages;
mod keyboard;
mod print;
mod images;
