//! `use_saved_state`: the wizard's state, restored from this tab's session storage and kept
//! there after every change.

use super::super::platform::{keep_progress, restore_progress};
use crate::state::State;
use yew::prelude::*;

#[hook]
pub fn use_saved_state(storage_key: AttrValue) -> UseReducerHandle<State> {
    let state = {
        let key = storage_key.clone();
        use_reducer(move || restore_progress(&key))
    };
    use_effect_with((*state).clone(), move |state| {
        keep_progress(&storage_key, state)
    });
    state
}
