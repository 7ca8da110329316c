//! `use_step_focus`: keyboard and screen-reader focus moves to each new step's heading.

use super::super::platform::focus_heading;
use crate::state::Step;
use yew::prelude::*;

/// Focus the heading inside `main` when the step (or the explainer) changes, but not on the
/// first paint: a page that grabs focus on load would jump past the host page's own content.
/// A step taken before the screen could be shown (a tap on the first screen rendered at build
/// time, made before the configuration was in) moves the focus once it is shown.
#[hook]
pub fn use_step_focus(main: NodeRef, step: Step, explainer: bool, ready: bool) {
    // The step seen last, and whether the visitor has moved since the page loaded.
    let seen = use_mut_ref(|| ((step, explainer), false));
    use_effect_with(
        (step, explainer, ready),
        move |&(step, explainer, ready)| {
            let mut seen = seen.borrow_mut();
            let moved = seen.1 || seen.0 != (step, explainer);
            *seen = ((step, explainer), moved);
            if ready && moved {
                if let Some(main) = main.cast::<web_sys::Element>() {
                    focus_heading(&main);
                }
            }
        },
    );
}
