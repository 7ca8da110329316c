//! About the pain: how strong (0 to 10), how long, and how it behaves.

use super::choice::Choice;
use super::step_nav::StepNav;
use crate::guide::{Answers, PainDuration, PainPattern};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutPainProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<&'static str>,
}

#[component]
pub fn AboutPain(props: &AboutPainProps) -> Html {
    let a = &props.answers;
    html! {
        <section class="screen pain">
            <h2 tabindex="-1">{ "About your pain" }</h2>
            <fieldset>
                <legend>{ "How strong is the pain, most days?" }</legend>
                <p class="hint">{ "0 means no pain; 10 is the worst pain you can imagine." }</p>
                <div class="scale">
                    { for (0..=10u8).map(|n| html! {
                        <Choice
                            class="scale-point"
                            label={n.to_string()}
                            value={n.to_string()}
                            radio_group="intensity"
                            checked={a.intensity == Some(n)}
                            ontoggle={props.dispatch.reform(move |_| Action::Intensity(n))}
                        />
                    }) }
                </div>
                <p class="scale-ends" aria-hidden="true"><span>{ "No pain" }</span><span>{ "Worst" }</span></p>
            </fieldset>
            <fieldset>
                <legend>{ "How long have you had it?" }</legend>
                <div class="choices">
                    { for PainDuration::ALL.iter().map(|&d| html! {
                        <Choice
                            label={d.label()}
                            value={d.id()}
                            radio_group="duration"
                            checked={a.duration == Some(d)}
                            ontoggle={props.dispatch.reform(move |_| Action::Duration(d))}
                        />
                    }) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ "Does any of this describe it? (optional)" }</legend>
                <div class="choices">
                    { for PainPattern::ALL.iter().map(|&p| html! {
                        <Choice
                            label={p.label()}
                            value={p.id()}
                            checked={a.patterns.contains(&p)}
                            ontoggle={props.dispatch.reform(move |_| Action::TogglePattern(p))}
                        />
                    }) }
                </div>
            </fieldset>
            <StepNav dispatch={props.dispatch.clone()} error={props.error} />
        </section>
    }
}
