//! About the pain: how strong (0 to 10), how long, and how it behaves.

use super::ask::Ask;
use super::choice::{options, Choice};
use super::markup::line;
use super::step_nav::step_nav;
use crate::guide::{PainDuration, PainPattern};
use crate::i18n::{t, Key};
use crate::state::Action;
use yew::prelude::*;

pub fn pain_screen(props: &Ask) -> Html {
    let (lang, a) = (props.lang, props.answers);
    html! {
        <section class="screen pain">
            <h2 tabindex="-1">{ t(lang, Key::PainTitle) }</h2>
            <fieldset>
                <legend>{ t(lang, Key::PainIntensity) }</legend>
                { line("hint", t(lang, Key::PainIntensityHint).into()) }
                <div class="scale">
                    { for (0..=10u8).map(|n| html! {
                        { Choice {
                            label: n.to_string().into(),
                            value: n.to_string().into(),
                            checked: a.intensity == Some(n),
                            ontoggle: props.dispatch.reform(move |_| Action::Intensity(n)),
                            radio_group: Some("intensity"),
                        }.view() }
                    }) }
                </div>
                <p class="scale-ends" aria-hidden="true"><span>{ t(lang, Key::PainNone) }</span><span>{ t(lang, Key::PainWorst) }</span></p>
            </fieldset>
            <fieldset>
                <legend>{ t(lang, Key::PainDuration) }</legend>
                <div class="choices">
                    { options(
                        PainDuration::ALL,
                        lang,
                        (PainDuration::id, PainDuration::label),
                        |d| a.duration == Some(d),
                        &props.dispatch.reform(Action::Duration),
                        Some("duration"),
                    ) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ t(lang, Key::PainPattern) }</legend>
                <div class="choices">
                    { options(
                        PainPattern::ALL,
                        lang,
                        (PainPattern::id, PainPattern::label),
                        |p| a.patterns.contains(p),
                        &props.dispatch.reform(Action::TogglePattern),
                        None,
                    ) }
                </div>
            </fieldset>
            { step_nav(lang, props.dispatch, props.error, Key::NavNext) }
        </section>
    }
}
