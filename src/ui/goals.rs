//! Goals: what the visitor hopes massage will do.

use super::choice::Choice;
use super::step_nav::StepNav;
use crate::guide::{Answers, Goal};
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
    html! {
        <section class="screen goals">
            <h2 tabindex="-1">{ "What would you like from massage?" }</h2>
            <fieldset>
                <legend>{ "Choose all that matter to you." }</legend>
                <div class="choices">
                    { for Goal::ALL.iter().map(|&goal| html! {
                        <Choice
                            label={goal.label()}
                            value={goal.id()}
                            checked={props.answers.has_goal(goal)}
                            ontoggle={props.dispatch.reform(move |_| Action::ToggleGoal(goal))}
                        />
                    }) }
                </div>
            </fieldset>
            <StepNav dispatch={props.dispatch.clone()} error={props.error} next_label="See my result" />
        </section>
    }
}
