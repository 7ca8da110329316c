//! The first screen: what the guide does, and the two ways on.

use crate::i18n::{t, Lang};
use crate::state::Action;
use yew::prelude::*;

pub struct StartProps {
    pub dispatch: Callback<Action>,
}

pub fn start_screen(props: &StartProps, lang: Lang) -> Html {
    let begin = props.dispatch.reform(|_: MouseEvent| Action::Next);
    let explain = props
        .dispatch
        .reform(|_: MouseEvent| Action::ShowExplainer(true));
    html! {
        <section class="screen start">
            <h2 tabindex="-1">{ t(lang, "start.title") }</h2>
            <p class="lead">{ t(lang, "start.lead") }</p>
            <ul class="promises">
                <li>{ t(lang, "start.minutes") }</li>
                <li>{ t(lang, "start.private") }</li>
                <li>{ t(lang, "start.not-diagnosis") }</li>
            </ul>
            <div class="start-actions">
                <button type="button" class="button primary" onclick={begin}>{ t(lang, "start.begin") }</button>
                <button type="button" class="button secondary" onclick={explain}>{ t(lang, "start.explain") }</button>
            </div>
        </section>
    }
}
