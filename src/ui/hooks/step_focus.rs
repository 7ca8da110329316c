//! `use_step_focus`: keyboard and screen-reader focus moves to each new step's heading.

use super::super::platform::focus_heading;
use crate::state::Step;
use yew::prelude::*;

/// Focus the heading inside `main` when the step (or the explainer) changes, but not on the
/// first paint: a page that grabs focus on load would jump past the host page's own content.
#[hook]
pub fn use_step_focus(main: NodeRef, step: Step, explainer: bool, ready: bool) {
    let first_paint = use_mut_ref(|| true);
    use_effect_with((step, explainer, ready), move |_| {
        if ready && !std::mem::replace(&mut *first_paint.borrow_mut(), false) {
            if let Some(main) = main.cast::<web_sys::Element>() {
                focus_heading(&main);
            }
        }
    });
}
