//! `use_saved_state`: the wizard's state, restored from this tab's session storage and kept
//! there after every change.

use super::super::platform::{keep_progress, restore_progress};
use crate::state::{Action, State};
use yew::prelude::*;

/// `first_tap`: a tap on the first screen made before the guide mounted, carried out on a
/// fresh visit before the first render, so the visitor's next screen is the first one drawn.
/// Also says whether it was (not over progress this tab had kept).
#[hook]
pub fn use_saved_state(
    storage_key: AttrValue,
    first_tap: Option<Action>,
) -> (UseReducerHandle<State>, bool) {
    let tapped = use_mut_ref(|| false);
    let state = {
        let key = storage_key.clone();
        let tapped = tapped.clone();
        use_reducer(move || {
            let state = restore_progress(&key);
            match first_tap {
                Some(action) if state == State::default() => {
                    *tapped.borrow_mut() = true;
                    state.apply(action)
                }
                _ => state,
            }
        })
    };
    use_effect_with((*state).clone(), move |state| {
        keep_progress(&storage_key, state)
    });
    let tapped = *tapped.borrow();
    (state, tapped)
}
