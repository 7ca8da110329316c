//! Where it hurts: the body map and, equal to it, a list of checkboxes; or "no pain".

use super::body_map::BodyMap;
use super::choice::{options, Choice};
use super::step_nav::StepNav;
use super::use_lang;
use crate::guide::{Answers, BodyRegion, WhereItHurts};
use crate::i18n::t;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhereItHurtsProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<&'static str>,
}

#[component]
pub fn WhereItHurtsStep(props: &WhereItHurtsProps) -> Html {
    let lang = use_lang();
    let a = &props.answers;
    let no_pain = a.where_it_hurts == WhereItHurts::NoPain;
    let toggle = props.dispatch.reform(Action::ToggleRegion);
    html! {
        <section class="screen where">
            <h2 tabindex="-1">{ t(lang, "where.title") }</h2>
            <p class="hint">{ t(lang, "where.hint") }</p>
            <div class="where-layout">
                <BodyMap answers={a.clone()} ontoggle={toggle.clone()} />
                <fieldset class="region-list">
                    <legend>{ t(lang, "where.list") }</legend>
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
                <legend class="visually-hidden">{ t(lang, "where.no-pain-legend") }</legend>
                <div class="choices">
                    <Choice
                        class="none-of-these"
                        label={t(lang, "where.no-pain")}
                        value="no-pain"
                        checked={no_pain}
                        ontoggle={props.dispatch.reform(move |_| Action::NoPain(!no_pain))}
                    />
                </div>
            </fieldset>
            <StepNav dispatch={props.dispatch.clone()} error={props.error} />
        </section>
    }
}
