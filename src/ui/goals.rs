//! Goals: what the visitor hopes massage will do.

use super::choice::options;
use super::step_nav::StepNav;
use super::use_lang;
use crate::guide::{Answers, Goal};
use crate::i18n::t;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalsProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<&'static str>,
}

#[component]
pub fn Goals(props: &GoalsProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="screen goals">
            <h2 tabindex="-1">{ t(lang, "goals.title") }</h2>
            <fieldset>
                <legend>{ t(lang, "goals.question") }</legend>
                <div class="choices">
                    { options(
                        Goal::ALL,
                        lang,
                        (Goal::id, Goal::label),
                        |goal| props.answers.has_goal(goal),
                        &props.dispatch.reform(Action::ToggleGoal),
                        None,
                    ) }
                </div>
            </fieldset>
            <StepNav dispatch={props.dispatch.clone()} error={props.error} next_label="nav.see-result" />
        </section>
    }
}
