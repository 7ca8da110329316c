//! "Medical vs general massage": the explainer screen, and the comparison table it shares
//! with the result.

use super::call::CallToBook;
use crate::clinic::Clinic;
use crate::guide::explainer::{COMPARISON, EXPLAINER_INTRO, EXPLAINER_OUTRO};
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// The side-by-side comparison: a table on wide screens, stacked cards on phones (CSS).
#[component]
pub fn Comparison() -> Html {
    html! {
        <table class="comparison">
            <caption class="visually-hidden">{ "Medical massage compared with general massage" }</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{ "Medical massage" }</th>
                    <th scope="col">{ "General massage" }</th>
                </tr>
            </thead>
            <tbody>
                { for COMPARISON.iter().map(|row| html! {
                    <tr>
                        <th scope="row">{ row.topic }</th>
                        <td data-label="Medical massage">{ row.medical }</td>
                        <td data-label="General massage">{ row.general }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub dispatch: Callback<Action>,
    pub clinic: Rc<Clinic>,
}

#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let close = props
        .dispatch
        .reform(|_: MouseEvent| Action::ShowExplainer(false));
    html! {
        <section class="screen explainer">
            <h2 tabindex="-1">{ "Medical vs general massage" }</h2>
            { for EXPLAINER_INTRO.iter().map(|p| html! { <p>{ *p }</p> }) }
            <Comparison />
            <p>{ EXPLAINER_OUTRO }</p>
            <CallToBook clinic={props.clinic.clone()} />
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={close}>{ "Back" }</button>
            </div>
        </section>
    }
}
