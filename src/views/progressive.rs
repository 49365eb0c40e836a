//! Long views drawn in steps: the top at once, the rest in later tasks.
//!
//! The report text (92 blocks with 216 figure buttons) and the sector charts take hundreds
//! of milliseconds to draw on a slow phone; drawn in one go, the tap that opened the view seems
//! ignored for that long. Drawn in steps, the view's top is on screen within a frame and input is
//! handled between steps. Rules:
//! - The first step always includes what a deep link points at (`at_least`), so scrolling to it
//!   works on the first render.
//! - The container says `aria-busy="true"` until the last step, for assistive technology and for
//!   tests that need the whole view.
use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How many of `total` items to draw now: `first` (or `at_least`, if more) at once, then `step`
/// more per task until all are drawn. Few steps are better than many: each costs the browser a
/// style, layout and paint pass on top of the work itself.
#[hook]
pub fn use_progressive(total: usize, first: usize, step: usize, at_least: usize) -> usize {
    let shown = use_state(|| first.max(at_least).min(total));
    let now = (*shown).max(at_least).min(total);
    {
        let shown = shown.clone();
        use_effect_with((now, total), move |&(n, total)| {
            // The next step waits for the frame after this one (an animation frame, then a task):
            // what is drawn so far reaches the screen before the next step's work begins.
            let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let frame = (n < total).then(|| {
                let pending = pending.clone();
                request_animation_frame(move |_| {
                    *pending.borrow_mut() = Some(Timeout::new(0, move || shown.set((n + step.max(1)).min(total))));
                })
            });
            move || {
                drop(frame);
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
