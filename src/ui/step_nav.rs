//! Back and Next under each question, and the message when an answer is missing.

use super::use_lang;
use crate::i18n::t;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub dispatch: Callback<Action>,
    /// The catalogue key of the forward button's text.
    #[prop_or("nav.next")]
    pub next_label: &'static str,
    /// Why the visitor cannot go on yet (a catalogue key); announced by screen readers.
    #[prop_or_default]
    pub error: Option<&'static str>,
}

#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let lang = use_lang();
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let next = props.dispatch.reform(|_: MouseEvent| Action::Next);
    html! {
        <>
            <p class="step-error" role="alert">{ props.error.map(|key| t(lang, key)).unwrap_or_default() }</p>
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={back}>{ t(lang, "nav.back") }</button>
                <button type="button" class="button primary" onclick={next}>{ t(lang, props.next_label) }</button>
            </div>
        </>
    }
}
