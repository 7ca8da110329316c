//! The safety check: emergency and warning signs in groups a visitor can scan, with "None of
//! these" as an explicit answer.

use super::choice::{options, Choice};
use super::step_nav::step_nav;
use crate::guide::safety::SignGroup;
use crate::guide::{Answers, SafetySign};
use crate::i18n::{t, Key, Lang};
use crate::state::Action;
use yew::prelude::*;

pub struct SafetyProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub error: Option<Key>,
}

pub fn safety_screen(props: &SafetyProps, lang: Lang) -> Html {
    let a = &props.answers;
    let none = props.dispatch.reform({
        let chosen = a.no_safety_signs;
        move |_| Action::NoSafetySigns(!chosen)
    });
    let toggle = props.dispatch.reform(Action::ToggleSafetySign);
    html! {
        <section class="screen safety">
            <h2 tabindex="-1">{ t(lang, Key::SafetyTitle) }</h2>
            <fieldset>
                <legend>{ t(lang, Key::SafetyQuestion) }</legend>
                { for SignGroup::ALL.iter().map(|&group| {
                    // The table's order within each group; the groups are small static slices.
                    let signs: &'static [SafetySign] = SafetySign::in_group(group);
                    html! {
                        <fieldset class="sign-group">
                            <legend>{ t(lang, group.key()) }</legend>
                            <div class="choices">
                                { options(
                                    signs,
                                    lang,
                                    (SafetySign::id, SafetySign::label),
                                    |sign| a.safety_signs.contains(sign),
                                    &toggle,
                                    None,
                                ) }
                            </div>
                        </fieldset>
                    }
                }) }
                <div class="choices">
                    { Choice {
                        label: t(lang, Key::SafetyNone).into(),
                        value: "none".into(),
                        checked: a.no_safety_signs,
                        ontoggle: none,
                        radio_group: None,
                        class: "none-of-these",
                    }.view() }
                </div>
            </fieldset>
            { step_nav(lang, &props.dispatch, props.error, Key::NavNext) }
        </section>
    }
}
