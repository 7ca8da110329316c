//! About the pain: how strong (0 to 10), how long, and how it behaves.

use super::choice::{options, Choice};
use super::step_nav::step_nav;
use crate::guide::{Answers, PainDuration, PainPattern};
use crate::i18n::{t, Lang};
use crate::state::Action;
use yew::prelude::*;

pub struct AboutPainProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<&'static str>,
}

pub fn pain_screen(props: &AboutPainProps, lang: Lang) -> Html {
    let a = &props.answers;
    html! {
        <section class="screen pain">
            <h2 tabindex="-1">{ t(lang, "pain.title") }</h2>
            <fieldset>
                <legend>{ t(lang, "pain.intensity") }</legend>
                <p class="hint">{ t(lang, "pain.intensity-hint") }</p>
                <div class="scale">
                    { for (0..=10u8).map(|n| html! {
                        { Choice {
                            label: n.to_string().into(),
                            value: n.to_string().into(),
                            checked: a.intensity == Some(n),
                            ontoggle: props.dispatch.reform(move |_| Action::Intensity(n)),
                            radio_group: Some("intensity"),
                            class: "scale-point",
                        }.view() }
                    }) }
                </div>
                <p class="scale-ends" aria-hidden="true"><span>{ t(lang, "pain.none") }</span><span>{ t(lang, "pain.worst") }</span></p>
            </fieldset>
            <fieldset>
                <legend>{ t(lang, "pain.duration") }</legend>
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
                <legend>{ t(lang, "pain.pattern") }</legend>
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
            { step_nav(lang, &props.dispatch, props.error, "nav.next") }
        </section>
    }
}
