//! Health background: optional, and the screen says so.

use super::ask::Ask;
use super::choice::{options, Choice};
use super::markup::line;
use super::step_nav::step_nav;
use crate::guide::Condition;
use crate::i18n::{t, Key};
use crate::state::Action;
use yew::prelude::*;

pub fn health_screen(props: &Ask) -> Html {
    let (lang, a) = (props.lang, props.answers);
    let referral = props.dispatch.reform({
        let referred = a.doctor_referral;
        move |_| Action::DoctorReferral(!referred)
    });
    html! {
        <section class="screen health">
            <h2 tabindex="-1">{ t(lang, Key::HealthTitle) }</h2>
            { line("hint", t(lang, Key::HealthHint).into()) }
            <fieldset>
                <legend>{ t(lang, Key::HealthConditions) }</legend>
                <div class="choices two-columns">
                    { options(
                        Condition::ALL,
                        lang,
                        (Condition::id, Condition::label),
                        |condition| a.has_condition(condition),
                        &props.dispatch.reform(Action::ToggleCondition),
                        None,
                    ) }
                    // A referral is something a doctor told the visitor too.
                    { Choice {
                        label: t(lang, Key::HealthReferralYes).into(),
                        value: "doctor-referral".into(),
                        checked: a.doctor_referral,
                        ontoggle: referral,
                        radio_group: None,
                    }.view() }
                </div>
            </fieldset>
            { step_nav(lang, props.dispatch, props.error, Key::NavNext) }
        </section>
    }
}
