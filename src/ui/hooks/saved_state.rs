//! `use_saved_state`: the wizard's state, restored from this tab's session storage and kept
//! there after every change.

use super::super::platform::{keep_progress, restore_progress};
use crate::state::{Action, State};
use yew::prelude::*;

/// `first_tap`: a tap on the first screen made before the guide mounted, carried out on a
/// fresh visit before the first render, so the visitor's next screen is the first one drawn.
#[hook]
pub fn use_saved_state(
    storage_key: AttrValue,
    first_tap: Option<Action>,
) -> UseReducerHandle<State> {
    let state = {
        let key = storage_key.clone();
        use_reducer(move || {
            let state = restore_progress(&key);
            match first_tap {
                Some(action) if state == State::default() => state.apply(action),
                _ => state,
            }
        })
    };
    use_effect_with((*state).clone(), move |state| {
        keep_progress(&storage_key, state)
    });
    state
}
