//! Goals: what the visitor hopes massage will do; and, last, whether they are unwell right now
//! (a fever or something catching), which combines with the rest of the answers.

use super::ask::Ask;
use super::choice::options;
use super::step_nav::step_nav;
use crate::guide::{Flag, FlagScreen, Goal};
use crate::i18n::{t, Key};
use crate::state::Action;
use yew::prelude::*;

pub fn goals_screen(props: &Ask) -> Html {
    let lang = props.lang;
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
            <fieldset>
                <legend>{ t(lang, Key::HealthUnwell) }</legend>
                <div class="choices">
                    { options(
                        &props.answers.flags_on(FlagScreen::Unwell),
                        lang,
                        (Flag::id, Flag::label),
                        |flag| props.answers.flags_yes.contains(flag),
                        &props.dispatch.reform(Action::ToggleFlag),
                        None,
                    ) }
                </div>
            </fieldset>
            { step_nav(lang, props.dispatch, props.error, Key::NavSeeResult) }
        </section>
    }
}
