//! Goals: what the visitor hopes massage will do.

use super::choice::Choice;
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
                    { for Goal::ALL.iter().map(|&goal| html! {
                        <Choice
                            label={goal.label(lang)}
                            value={goal.id()}
                            checked={props.answers.has_goal(goal)}
                            ontoggle={props.dispatch.reform(move |_| Action::ToggleGoal(goal))}
                        />
                    }) }
                </div>
            </fieldset>
            <StepNav dispatch={props.dispatch.clone()} error={props.error} next_label="nav.see-result" />
        </section>
    }
}
