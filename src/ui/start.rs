//! The first screen: what the guide does, and the ways on (the questions; no pain, only to
//! relax, which skips the body map; the explainer). `data-action` names each
//! button for the loader, which keeps a tap made before the WebAssembly is ready.

use super::markup::{item, line};
use crate::i18n::{t, Key, Lang};
use crate::state::Action;
use yew::prelude::*;

pub struct StartProps {
    pub dispatch: Callback<Action>,
}

pub fn start_screen(props: &StartProps, lang: Lang) -> Html {
    let begin = props.dispatch.reform(|_: MouseEvent| Action::Next);
    let relax = props.dispatch.reform(|_: MouseEvent| Action::StartRelaxing);
    let explain = props
        .dispatch
        .reform(|_: MouseEvent| Action::ShowExplainer(true));
    html! {
        <section class="screen start">
            <h2 tabindex="-1">{ t(lang, Key::StartTitle) }</h2>
            { line("lead", t(lang, Key::StartLead).into()) }
            <ul class="promises">
                { item(t(lang, Key::StartMinutes).into()) }
                { item(t(lang, Key::StartPrivate).into()) }
                { item(t(lang, Key::StartNotDiagnosis).into()) }
            </ul>
            <div class="start-actions">
                <button type="button" class="button primary" data-action="start" onclick={begin}>{ t(lang, Key::StartBegin) }</button>
                <button type="button" class="button secondary" data-action="relax" onclick={relax}>{ t(lang, Key::StartRelax) }</button>
                <button type="button" class="button secondary" data-action="explain" onclick={explain}>{ t(lang, Key::StartExplain) }</button>
            </div>
        </section>
    }
}
