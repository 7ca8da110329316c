//! Health background: optional, and the screen says so.

use super::choice::Choice;
use super::step_nav::StepNav;
use crate::guide::{Answers, Condition};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HealthProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Health(props: &HealthProps) -> Html {
    let a = &props.answers;
    let referral = props.dispatch.reform({
        let referred = a.doctor_referral;
        move |_| Action::DoctorReferral(!referred)
    });
    html! {
        <section class="screen health">
            <h2 tabindex="-1">{ "Your health background" }</h2>
            <p class="hint">{ "Optional: skip anything you prefer not to answer. It helps us suggest the right therapist and tell them what to be careful with." }</p>
            <fieldset>
                <legend>{ "Has a doctor told you that you have any of these?" }</legend>
                <div class="choices">
                    { for Condition::ALL.iter().map(|&condition| html! {
                        <Choice
                            label={condition.label()}
                            value={condition.id()}
                            checked={a.has_condition(condition)}
                            ontoggle={props.dispatch.reform(move |_| Action::ToggleCondition(condition))}
                        />
                    }) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ "Referral" }</legend>
                <div class="choices">
                    <Choice label="A doctor referred me for massage" value="doctor-referral" checked={a.doctor_referral} ontoggle={referral} />
                </div>
            </fieldset>
            <StepNav dispatch={props.dispatch.clone()} />
        </section>
    }
}
