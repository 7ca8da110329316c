//! The safety check: emergency and warning signs, with "None of these" as an explicit answer.

use super::choice::{options, Choice};
use super::step_nav::step_nav;
use crate::guide::{Answers, SafetySign};
use crate::i18n::{t, Lang};
use crate::state::Action;
use yew::prelude::*;

pub struct SafetyProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<&'static str>,
}

pub fn safety_screen(props: &SafetyProps, lang: Lang) -> Html {
    let a = &props.answers;
    let none = props.dispatch.reform({
        let chosen = a.no_safety_signs;
        move |_| Action::NoSafetySigns(!chosen)
    });
    html! {
        <section class="screen safety">
            <h2 tabindex="-1">{ t(lang, "safety.title") }</h2>
            <fieldset>
                <legend>{ t(lang, "safety.question") }</legend>
                <div class="choices">
                    { options(
                        SafetySign::ALL,
                        lang,
                        (SafetySign::id, SafetySign::label),
                        |sign| a.safety_signs.contains(sign),
                        &props.dispatch.reform(Action::ToggleSafetySign),
                        None,
                    ) }
                    { Choice {
                        label: t(lang, "safety.none").into(),
                        value: "none".into(),
                        checked: a.no_safety_signs,
                        ontoggle: none,
                        radio_group: None,
                        class: "none-of-these",
                    }.view() }
                </div>
            </fieldset>
            { step_nav(lang, &props.dispatch, props.error, "nav.next") }
        </section>
    }
}
