//! Back and Next under each question, and the message when an answer is missing. Their
//! `data-action` names them for the loader, which keeps a tap on the first question's made
//! before the WebAssembly is ready (`state::FIRST_QUESTION`).

use crate::i18n::{t, Key, Lang};
use crate::state::Action;
use yew::prelude::*;

/// `next_label` is the catalogue key of the forward button; `error` says why the visitor
/// cannot go on yet (a catalogue key) and is announced by screen readers.
pub fn step_nav(
    lang: Lang,
    dispatch: &Callback<Action>,
    error: Option<Key>,
    next_label: Key,
) -> Html {
    let back = dispatch.reform(|_: MouseEvent| Action::Back);
    let next = dispatch.reform(|_: MouseEvent| Action::Next);
    html! {
        <>
            <p class="step-error" role="alert">{ error.map(|key| t(lang, key)).unwrap_or_default() }</p>
            <div class="step-nav">
                <button type="button" class="button secondary" data-action="back" onclick={back}>{ t(lang, Key::NavBack) }</button>
                <button type="button" class="button primary" data-action="next" onclick={next}>{ t(lang, next_label) }</button>
            </div>
        </>
    }
}
