//! The safety check: emergency and warning signs, with "None of these" as an explicit answer.

use super::choice::{options, Choice};
use super::step_nav::StepNav;
use super::use_lang;
use crate::guide::{Answers, SafetySign};
use crate::i18n::t;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SafetyProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<&'static str>,
}

#[component]
pub fn Safety(props: &SafetyProps) -> Html {
    let lang = use_lang();
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
                        |sign| a.safety_signs.contains(&sign),
                        &props.dispatch.reform(Action::ToggleSafetySign),
                        None,
                    ) }
                    <Choice
                        class="none-of-these"
                        label={t(lang, "safety.none")}
                        value="none"
                        checked={a.no_safety_signs}
                        ontoggle={none}
                    />
                </div>
            </fieldset>
            <StepNav dispatch={props.dispatch.clone()} error={props.error} />
        </section>
    }
}
