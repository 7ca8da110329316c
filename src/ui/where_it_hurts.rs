//! Where it hurts: the body map and, equal to it, a list of checkboxes; or "no pain".

use super::ask::Ask;
use super::body_map::{body_map, BodyMapProps};
use super::choice::{options, Choice};
use super::markup::line;
use super::step_nav::step_nav;
use crate::guide::{BodyRegion, WhereItHurts};
use crate::i18n::{t, Key};
use crate::state::Action;
use yew::prelude::*;

/// `map_focus`: which region of each figure Tab lands on (see `BodyMapProps`).
pub fn where_screen(
    props: &Ask,
    map_focus: (BodyRegion, BodyRegion),
    on_map_focus: Callback<(BodyRegion, BodyRegion)>,
) -> Html {
    let (lang, a) = (props.lang, props.answers);
    let no_pain = a.where_it_hurts == WhereItHurts::NoPain;
    let toggle = props.dispatch.reform(Action::ToggleRegion);
    html! {
        <section class="screen where">
            <h2 tabindex="-1">{ t(lang, Key::WhereTitle) }</h2>
            { line("hint", t(lang, Key::WhereHint).into()) }
            <div class="where-layout">
                { body_map(&BodyMapProps {
                    answers: a,
                    ontoggle: toggle.clone(),
                    focus: map_focus,
                    onfocus: on_map_focus,
                }, lang) }
                <fieldset class="region-list">
                    <legend>{ t(lang, Key::WhereList) }</legend>
                    <div class="choices two-columns">
                        { options(
                            BodyRegion::ALL,
                            lang,
                            (BodyRegion::id, BodyRegion::label),
                            |region| a.region_selected(region),
                            &toggle,
                            None,
                        ) }
                    </div>
                </fieldset>
            </div>
            <fieldset>
                <legend class="visually-hidden">{ t(lang, Key::WhereNoPainLegend) }</legend>
                <div class="choices no-pain">
                    { Choice {
                        label: t(lang, Key::WhereNoPain).into(),
                        value: "no-pain".into(),
                        checked: no_pain,
                        ontoggle: props.dispatch.reform(move |_| Action::NoPain(!no_pain)),
                        radio_group: None,
                    }.view() }
                </div>
            </fieldset>
            { step_nav(lang, props.dispatch, props.error, Key::NavNext) }
        </section>
    }
}
