//! A follow-up question or two, asked only when earlier answers call for them (a high blood
//! pressure reading, a knock to the head, pain where heart pain is felt, pregnancy).

use super::choice::Choice;
use super::step_nav::step_nav;
use crate::guide::{Answers, Check};
use crate::i18n::{t, Key, Lang};
use crate::state::{Action, Step};
use yew::prelude::*;

pub struct FollowUpProps {
    pub step: Step,
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<Key>,
}

pub fn follow_up_screen(props: &FollowUpProps, lang: Lang) -> Html {
    let (title, hint) = match props.step {
        Step::HeartCheck => (Key::FollowUpHeartTitle, Key::FollowUpHeartHint),
        Step::PregnancyCheck => (Key::FollowUpPregnancyTitle, Key::FollowUpPregnancyHint),
        _ => (Key::FollowUpTitle, Key::FollowUpHint),
    };
    let question = |check: Check| {
        let answer = props.answers.check_answer(check);
        let choice = |yes: bool| Choice {
            label: t(lang, if yes { Key::CheckYes } else { Key::CheckNo }).into(),
            value: if yes { "yes" } else { "no" }.into(),
            checked: answer == Some(yes),
            ontoggle: props
                .dispatch
                .reform(move |_| Action::AnswerCheck(check, yes)),
            radio_group: Some(check.id()),
            class: "",
        };
        html! {
            <fieldset class="follow-up" data-check={check.id()}>
                <legend>{ check.label(lang) }</legend>
                <div class="choices yes-no">
                    { choice(true).view() }
                    { choice(false).view() }
                </div>
            </fieldset>
        }
    };
    html! {
        <section class="screen follow-up-step">
            <h2 tabindex="-1">{ t(lang, title) }</h2>
            <p class="hint">{ t(lang, hint) }</p>
            { for props.step.checks(&props.answers).into_iter().map(question) }
            { step_nav(lang, &props.dispatch, props.error, Key::NavNext) }
        </section>
    }
}
