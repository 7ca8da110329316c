//! Back and Next under each question, and the message when an answer is missing.

use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub dispatch: Callback<Action>,
    #[prop_or(AttrValue::Static("Next"))]
    pub next_label: AttrValue,
    /// Why the visitor cannot go on yet; announced by screen readers.
    #[prop_or_default]
    pub error: Option<&'static str>,
}

#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let next = props.dispatch.reform(|_: MouseEvent| Action::Next);
    html! {
        <>
            <p class="step-error" role="alert">{ props.error.unwrap_or_default() }</p>
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={back}>{ "Back" }</button>
                <button type="button" class="button primary" onclick={next}>{ props.next_label.clone() }</button>
            </div>
        </>
    }
}
