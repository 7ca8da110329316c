//! The first screen: what the guide does, and the two ways on.

use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Start(props: &StartProps) -> Html {
    let begin = props.dispatch.reform(|_: MouseEvent| Action::Next);
    let explain = props
        .dispatch
        .reform(|_: MouseEvent| Action::ShowExplainer(true));
    html! {
        <section class="screen start">
            <h2 tabindex="-1">{ "Which massage is right for you?" }</h2>
            <p class="lead">{ "Answer a few short questions about your pain, your health and what you hope for. We will suggest medical massage, a relaxation massage, or seeing a doctor first, and tell you why." }</p>
            <ul class="promises">
                <li>{ "Takes about two minutes." }</li>
                <li>{ "Your answers stay in this browser and are never sent anywhere." }</li>
                <li>{ "This is guidance, not a diagnosis." }</li>
            </ul>
            <div class="start-actions">
                <button type="button" class="button primary" onclick={begin}>{ "Start the questions" }</button>
                <button type="button" class="button secondary" onclick={explain}>{ "Medical vs general massage" }</button>
            </div>
        </section>
    }
}
