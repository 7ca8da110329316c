//! The result: the outcome, why, notes for the therapist, the comparison, articles, booking.

use super::call::CallToBook;
use super::explainer::Comparison;
use super::platform::print_page;
use crate::clinic::Clinic;
use crate::guide::{Outcome, Recommendation};
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub recommendation: Recommendation,
    pub clinic: Rc<Clinic>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ResultScreen(props: &ResultProps) -> Html {
    let rec = &props.recommendation;
    let clinic = &props.clinic;
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let over = props.dispatch.reform(|_: MouseEvent| Action::StartOver);
    let explain = props
        .dispatch
        .reform(|_: MouseEvent| Action::ShowExplainer(true));
    let print = Callback::from(|_: MouseEvent| print_page());
    let summary = match rec.outcome {
        Outcome::MedicalMassage => "A medical massage therapist can treat the cause of your pain, not only ease it, and can work with your doctor.",
        Outcome::GeneralMassage => "Nothing in your answers calls for medical treatment. A relaxation massage is a good way to unwind and ease everyday tension.",
        Outcome::SeeDoctorFirst => "Something you told us should be checked by a doctor before any massage. This is a precaution, not a diagnosis.",
        Outcome::Emergency => "Please get emergency care now.",
    };
    html! {
        <section class="screen result" data-outcome={rec.outcome.id()}>
            <p class="eyebrow">{ "Our suggestion" }</p>
            <h2 tabindex="-1">{ rec.outcome.title() }</h2>
            <p class="lead">{ summary }</p>
            if rec.also_relaxation {
                <p class="also">{ "You also want to relax: a medical massage therapist can work on that in the same session." }</p>
            }
            if rec.outcome == Outcome::SeeDoctorFirst {
                <p class="referral">
                    { "Our medical massage therapists work with doctors and can take a referral. Once your doctor agrees, call us on " }
                    <a href={clinic.phone.tel_href()}>{ clinic.phone.display.clone() }</a>{ "." }
                </p>
            }
            <h3>{ "Why we suggest this" }</h3>
            <ul class="reasons">
                { for rec.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }
            </ul>
            if !rec.notes.is_empty() {
                <h3>{ "Tell your therapist" }</h3>
                <ul class="notes">
                    { for rec.notes.iter().map(|n| html! { <li>{ n.text }</li> }) }
                </ul>
            }
            <CallToBook clinic={clinic.clone()} />
            <h3>{ "Medical vs general massage" }</h3>
            <Comparison />
            <p><button type="button" class="link-button" onclick={explain}>{ "Read more about the difference" }</button></p>
            if !rec.articles.is_empty() {
                <h3>{ "Related reading" }</h3>
                <ul class="articles">
                    { for rec.articles.iter().map(|pick| html! {
                        <li class="article">
                            if let Some(url) = pick.article.url.clone() {
                                <a class="article-title" href={url}>{ pick.article.title.clone() }</a>
                            } else {
                                <span class="article-title">{ pick.article.title.clone() }</span>
                                <span class="article-summary">{ pick.article.summary.clone() }</span>
                            }
                            <span class="article-why">{ "Why this: " }{ pick.why }</span>
                        </li>
                    }) }
                </ul>
            }
            <div class="step-nav result-actions">
                <button type="button" class="button secondary" onclick={back}>{ "Back" }</button>
                <button type="button" class="button secondary" onclick={print}>{ "Print or save" }</button>
                <button type="button" class="button secondary" onclick={over}>{ "Start over" }</button>
            </div>
        </section>
    }
}
