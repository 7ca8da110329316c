//! Goals: what the visitor hopes massage will do.

use super::choice::options;
use super::step_nav::step_nav;
use crate::guide::{Answers, Goal};
use crate::i18n::{t, Key, Lang};
use crate::state::Action;
use yew::prelude::*;

pub struct GoalsProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<Key>,
}

pub fn goals_screen(props: &GoalsProps, lang: Lang) -> Html {
    html! {
        <section class="screen goals">
            <h2 tabindex="-1">{ t(lang, Key::GoalsTitle) }</h2>
            <fieldset>
                <legend>{ t(lang, Key::GoalsQuestion) }</legend>
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
            { step_nav(lang, &props.dispatch, props.error, Key::NavSeeResult) }
        </section>
    }
}
