//! Long views drawn in steps: the top at once, the rest in later tasks.
//!
//! The report text (92 blocks with 216 figure buttons) and the sector charts take hundreds
//! of milliseconds to draw on a slow phone; drawn in one go, the tap that opened the view seems
//! ignored for that long. Drawn in steps, the view's top is on screen within a frame and input is
//! handled between steps. Rules:
//! - The first step always includes what a deep link points at (`at_least`), so scrolling to it
//!   works on the first render; or the view scrolls to it once it is drawn (a county's details,
//!   src/views/counties.rs, drawn with the map in the second step).
//! - The container says `aria-busy="true"` until the last step, for assistive technology and for
//!   tests that need the whole view.
//! - No steps at build time, nor when the app takes over a prerendered first screen: that must
//!   keep its length, or the reader's scroll position is lost.
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    /// The app is replacing a prerendered first screen (src/prerender.rs) that the reader may
    /// have scrolled: its first render must be as long as the first screen, so all at once.
    static TAKING_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Set by `start` before the first render, cleared once it is done (see `App`).
pub fn set_taking_over(on: bool) {
    TAKING_OVER.with(|t| t.set(on));
}

/// Whether this render replaces a first screen (true only during the app's first render).
pub fn taking_over() -> bool {
    TAKING_OVER.with(|t| t.get())
}

/// Runs `f` whenever `deps` change, except the first time when that render takes over a first
/// screen: the first screen was put there already (static/boot.js), and the reader may have
/// moved since. For the scroll a view does to its own target.
#[hook]
pub fn use_effect_unless_taken_over<D, F>(deps: D, f: F)
where
    D: PartialEq + 'static,
    F: FnOnce(&D) + 'static,
{
    let took_over = use_mut_ref(taking_over);
    use_effect_with(deps, move |d| {
        if !took_over.replace(false) {
            f(d);
        }
    });
}

/// How many of `total` items to draw now: `first` (or `at_least`, if more) at once, then `step`
/// more per task until all are drawn. Few steps are better than many: each costs the browser a
/// style, layout and paint pass on top of the work itself. Everything at once when rendered at
/// build time (there is no later step) and when taking over a first screen.
#[hook]
pub fn use_progressive(total: usize, first: usize, step: usize, at_least: usize) -> usize {
    let shown = use_state(|| {
        if cfg!(not(target_arch = "wasm32")) || taking_over() {
            total
        } else {
            first.max(at_least).min(total)
        }
    });
    let now = (*shown).max(at_least).min(total);
    {
        let shown = shown.clone();
        use_effect_with((now, total), move |&(n, total)| {
            // The next step waits until what is drawn so far has been presented: two animation
            // frames, then 50 ms. Sooner, Chromium reported the view's heading painted (Element
            // Timing) only after the next step's work: 67–99 ms for a switch to the sectors,
            // against 16 ms with the pause (4× CPU slowdown; BENCHMARKS.md).
            let next_frame: Rc<RefCell<Option<AnimationFrame>>> = Rc::default();
            let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let frame = (n < total).then(|| {
                let (next_frame, pending) = (next_frame.clone(), pending.clone());
                request_animation_frame(move |_| {
                    let second = request_animation_frame(move |_| {
                        *pending.borrow_mut() = Some(Timeout::new(50, move || shown.set((n + step.max(1)).min(total))));
                    });
                    *next_frame.borrow_mut() = Some(second);
                })
            });
            move || {
                drop(frame);
                next_frame.borrow_mut().take();
                pending.borrow_mut().take();
            }
        });
    }
    now
}

/// The `aria-busy` value for a view showing `shown` of `total`.
pub fn busy(shown: usize, total: usize) -> AttrValue {
    AttrValue::Static(if shown < total { "true" } else { "false" })
}
