//! `use_step_shown`: each step shown moves focus to its heading and is told to the clinic's page.

use super::super::platform::{announce, focus_heading, id_detail};
use crate::state::Step;
use yew::prelude::*;

/// Focus the heading inside `main` when the step (or the explainer) changes, but not on the
/// first paint: a page that grabs focus on load would jump past the host page's own content.
/// A step taken before the screen could be shown (a tap on the first screen rendered at build
/// time, made before the configuration was in) moves the focus once it is shown.
///
/// Each step shown, the first paint's included, is announced to the clinic's page as
/// `massage-guide:step` with its [`Step::analytics_id`] only: once per arrival (a language
/// change or the explainer opened and closed over it is not a new one; going back to it is).
/// A run of red-flag screens of the same kind is one arrival, so their number does not tell
/// how many areas or conditions were marked.
///
/// `tapped`: the visitor left the first screen before the guide mounted (taps kept by the
/// loader, carried out before the first render): the visitor has moved, and the first screen
/// is announced before the step it led to (and the first question, if they went past it).
#[hook]
pub fn use_step_shown(main: NodeRef, step: Step, explainer: bool, ready: bool, tapped: bool) {
    // The step seen last, whether the visitor has moved since the page loaded, the id last
    // announced, and whether the first screen was left before it could be announced.
    let seen = use_mut_ref(|| ((step, explainer), tapped, None, tapped));
    use_effect_with(
        (step, explainer, ready),
        move |&(step, explainer, ready)| {
            let (last, moved, announced, left_start) = &mut *seen.borrow_mut();
            *moved |= *last != (step, explainer);
            *last = (step, explainer);
            let Some(main) = main.cast::<web_sys::Element>().filter(|_| ready) else {
                return;
            };
            if *moved {
                focus_heading(&main);
            }
            // Under the explainer the step is not what the visitor sees. Each id is one static
            // text, so its address tells it apart (fewer bytes than comparing letters); the
            // event leaves from inside the shadow root, which spares the hook the host element.
            let mut arrive = |step: Step| {
                let id = step.analytics_id();
                if !announced.is_some_and(|last: &str| std::ptr::eq(last, id)) {
                    *announced = Some(id);
                    announce(&main, "massage-guide:step", &id_detail("step", id));
                }
            };
            if std::mem::take(left_start) {
                arrive(Step::Start);
                // Past the first question, answered before the guide was ready (the loader
                // shows it on Start): every way on from the first screen passes through it.
                if !matches!(step, Step::Start | Step::Safety) {
                    arrive(Step::Safety);
                }
            }
            if !explainer {
                arrive(step);
            }
        },
    );
}
