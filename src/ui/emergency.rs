//! The emergency screen: call the emergency number now; nothing else competes with it.

use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmergencyProps {
    pub reasons: Vec<String>,
    /// Digits, e.g. "911".
    pub number: AttrValue,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Emergency(props: &EmergencyProps) -> Html {
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let over = props.dispatch.reform(|_: MouseEvent| Action::StartOver);
    html! {
        <section class="screen emergency" data-outcome="emergency">
            <h2 tabindex="-1">{ format!("Call {} now", props.number) }</h2>
            <p class="lead">{ "What you ticked can be a sign of a serious problem that needs care straight away. Please do not wait, and do not book a massage." }</p>
            <a class="button emergency-call" href={format!("tel:{}", props.number)}>
                { format!("Call {}", props.number) }
            </a>
            <h3>{ "Why" }</h3>
            <ul class="reasons">
                { for props.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }
            </ul>
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={back}>{ "I ticked this by mistake" }</button>
                <button type="button" class="button secondary" onclick={over}>{ "Start over" }</button>
            </div>
        </section>
    }
}
