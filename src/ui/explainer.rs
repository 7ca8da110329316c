//! "Medical vs general massage": the explainer screen, and the comparison table it shares
//! with the result.

use super::call::{call_to_book, CallToBookProps};
use super::markup::line;
use crate::clinic::Clinic;
use crate::guide::explainer::{COMPARISON, EXPLAINER_INTRO, EXPLAINER_OUTRO};
use crate::guide::Outcome;
use crate::i18n::{t, Key, Lang};
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// The side-by-side comparison: a table on wide screens, stacked cards on phones (CSS).
pub fn comparison(lang: Lang) -> Html {
    html! {
        <table class="comparison">
            <caption class="visually-hidden">{ t(lang, Key::CompareCaption) }</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{ t(lang, Key::CompareMedical) }</th>
                    <th scope="col">{ t(lang, Key::CompareGeneral) }</th>
                </tr>
            </thead>
            <tbody>
                { for COMPARISON.iter().map(|row| html! {
                    <tr>
                        <th scope="row">{ t(lang, row.topic) }</th>
                        <td data-label={t(lang, Key::CompareMedical)}>{ t(lang, row.medical) }</td>
                        <td data-label={t(lang, Key::CompareGeneral)}>{ t(lang, row.general) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

pub struct ExplainerProps {
    pub dispatch: Callback<Action>,
    pub clinic: Rc<Clinic>,
    pub now: Option<(usize, crate::clinic::Minute)>,
    /// The visitor's result under the explainer (a massage result: its services and booking);
    /// `None` from the first screen, where the box offers questions only.
    pub outcome: Option<Outcome>,
}

pub fn explainer_screen(props: &ExplainerProps, lang: Lang) -> Html {
    let close = props
        .dispatch
        .reform(|_: MouseEvent| Action::ShowExplainer(false));
    html! {
        <section class="screen explainer">
            <h2 tabindex="-1">{ t(lang, Key::ExplainerTitle) }</h2>
            { for EXPLAINER_INTRO.iter().map(|p| line("", t(lang, *p).into())) }
            { comparison(lang) }
            { line("", t(lang, EXPLAINER_OUTRO).into()) }
            { call_to_book(&CallToBookProps { clinic: props.clinic.clone(), outcome: props.outcome, now: props.now }, lang) }
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={close}>{ t(lang, Key::NavBack) }</button>
            </div>
        </section>
    }
}
