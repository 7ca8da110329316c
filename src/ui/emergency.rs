//! The emergency screen: call the emergency number now; nothing else competes with it.

use super::markup::{item, line, subheading};
use crate::i18n::{t, Key, Lang, Message};
use crate::state::Action;
use yew::prelude::*;

pub struct EmergencyProps {
    pub reasons: Vec<Message>,
    /// Digits, e.g. "911".
    pub number: AttrValue,
    pub dispatch: Callback<Action>,
}

pub fn emergency_screen(props: &EmergencyProps, lang: Lang) -> Html {
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let over = props.dispatch.reform(|_: MouseEvent| Action::StartOver);
    html! {
        <section class="screen emergency" data-outcome="emergency">
            { emergency_call(&props.number, lang) }
            { subheading(t(lang, Key::EmergencyWhy).into()) }
            <ul class="reasons">
                { for props.reasons.iter().map(|r| item(r.render(lang).into())) }
            </ul>
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={back}>{ t(lang, Key::EmergencyMistake) }</button>
                <button type="button" class="button secondary" onclick={over}>{ t(lang, Key::ResultStartOver) }</button>
            </div>
        </section>
    }
}

/// The top of the emergency screen: what to do, and the call. It needs nothing of the
/// WebAssembly, so the loader shows it, rendered at build time, the moment a sign is ticked
/// and Next tapped on the first question (`first_emergency`).
pub fn emergency_call(number: &AttrValue, lang: Lang) -> Html {
    html! {
        <>
            <h2 tabindex="-1">{ Message::new(Key::OutcomeEmergencyTitle).with("number", number.to_string()).render(lang) }</h2>
            { line("lead", t(lang, Key::EmergencyLead).into()) }
            <a class="button emergency-call" href={format!("tel:{number}")}>
                { Message::new(Key::EmergencyCall).with("number", number.to_string()).render(lang) }
            </a>
        </>
    }
}
