//! `use_saved_state`: the wizard's state, restored from this tab's session storage and kept
//! there after every change.

use super::super::platform::{keep_progress, restore_progress};
use crate::state::{Action, State};
use yew::prelude::*;

/// `early_taps`: what was tapped on the screens rendered at build time before the guide
/// mounted, carried out in order on a fresh visit before the first render, so the visitor's
/// next screen is the first one drawn. Also says whether the visitor tapped before then (and
/// no progress this tab had kept came first).
#[hook]
pub fn use_saved_state(
    storage_key: AttrValue,
    early_taps: Option<AttrValue>,
) -> (UseReducerHandle<State>, bool) {
    let tapped = use_mut_ref(|| false);
    let state = {
        let key = storage_key.clone();
        let tapped = tapped.clone();
        use_reducer(move || {
            let state = restore_progress(&key);
            match early_taps {
                Some(taps) if state == State::default() => {
                    *tapped.borrow_mut() = true;
                    // In order, up to the first the guide does not know: one left out could
                    // be a red flag's tick before a Next.
                    taps.split(' ')
                        .map_while(Action::tapped_early)
                        .fold(state, |state, action| state.apply(action))
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
