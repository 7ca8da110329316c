//! The first screen: what the guide does, and the ways on (the questions; no pain, only to
//! relax, which skips the body map; the explainer). `data-action` names each
//! button for the loader, which keeps a tap made before the WebAssembly is ready.

use super::markup::{item, line};
use crate::i18n::{t, Key, Lang};
use crate::state::{Action, FIRST_SCREEN};
use yew::prelude::*;

pub struct StartProps {
    pub dispatch: Callback<Action>,
}

pub fn start_screen(props: &StartProps, lang: Lang) -> Html {
    // Each button's `data-action` and what it does, from the one list the app's kept tap uses.
    let [begin, relax, explain] = FIRST_SCREEN.map(|(name, action)| {
        (
            name,
            props.dispatch.reform(move |_: MouseEvent| action.clone()),
        )
    });
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
                <button type="button" class="button primary" data-action={begin.0} onclick={begin.1}>{ t(lang, Key::StartBegin) }</button>
                <button type="button" class="button secondary" data-action={relax.0} onclick={relax.1}>{ t(lang, Key::StartRelax) }</button>
                <button type="button" class="button secondary" data-action={explain.0} onclick={explain.1}>{ t(lang, Key::StartExplain) }</button>
            </div>
        </section>
    }
}
