//! The result: the outcome and the one action that fits it first, then why, notes for the
//! therapist, the comparison (collapsed, on massage results only), articles, and a printable
//! summary of the answers.

use super::call::{call_to_book, CallToBookProps};
use super::explainer::comparison;
use super::markup::{item, line, link, span, subheading};
use super::platform::print_page;
use crate::clinic::Clinic;
use crate::guide::summary::summary;
use crate::guide::{Answers, Outcome, Recommendation};
use crate::i18n::{t, Key, Lang, Message};
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

pub struct ResultProps {
    pub recommendation: Recommendation,
    pub answers: Answers,
    pub clinic: Rc<Clinic>,
    pub dispatch: Callback<Action>,
    /// Today's date, for the printed summary (`use_today`).
    pub today: AttrValue,
    /// Now in the clinic's time zone (`use_clinic_now`).
    pub now: Option<(usize, crate::clinic::Minute)>,
}

pub fn result_screen(props: &ResultProps, lang: Lang) -> Html {
    let rec = &props.recommendation;
    let clinic = &props.clinic;
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let over = props.dispatch.reform(|_: MouseEvent| Action::StartOver);
    let explain = props
        .dispatch
        .reform(|_: MouseEvent| Action::ShowExplainer(true));
    let print = Callback::from(|_: MouseEvent| print_page());
    let outcome = rec.outcome;
    let number = &clinic.emergency_number;
    let booking = outcome.invites_booking();
    // Massage results lead with "call to book"; the others with what to do instead (see a
    // doctor, rest first), and keep "Questions? Call us" after the reasons.
    let call = call_to_book(
        &CallToBookProps {
            clinic: clinic.clone(),
            outcome: Some(outcome),
            now: props.now,
        },
        lang,
    );
    html! {
        <section class="screen result" data-outcome={outcome.id()}>
            { line("eyebrow", t(lang, Key::ResultEyebrow).into()) }
            <h2 tabindex="-1">{ t(lang, outcome.title_key()) }</h2>
            { line("lead", t(lang, outcome.summary_key(&props.answers)).into()) }
            if matches!(outcome, Outcome::DoctorToday | Outcome::DoctorBeforeBooking) {
                <p class="referral">
                    { t(lang, Key::ResultReferral) }{ " " }
                    <a href={clinic.phone.tel_href()}>{ clinic.phone.display.clone() }</a>{ "." }
                </p>
            }
            if booking {
                { call.clone() }
            }
            { subheading(t(lang, Key::ResultWhy).into()) }
            <ul class="reasons">
                { for rec.reasons.iter().map(|r| item(r.render(lang).into())) }
            </ul>
            if booking {
                // Never a medical all-clear: only that nothing said calls for a doctor first.
                { line("clear", t(lang, Key::ResultClear).into()) }
            }
            if rec.also_relaxation {
                { line("also", t(lang, Key::ResultAlsoRelax).into()) }
            }
            if !rec.notes.is_empty() {
                { subheading(t(lang, Key::ResultNotes).into()) }
                if booking {
                    { line("bring", t(lang, Key::ResultBring).into()) }
                }
                <ul class="notes">
                    { for rec.notes.iter().map(|n| item(t(lang, n.text).into())) }
                </ul>
            }
            if rec.crisis_line {
                <p class="crisis">
                    { t(lang, Key::ResultCrisis) }{ " " }
                    <a href={format!("tel:{}", clinic.crisis_line)}>{ clinic.crisis_line.clone() }</a>{ " " }
                    { Message::new(Key::ResultCrisisEmergency).with("number", number.clone()).render(lang) }
                </p>
            }
            if !booking {
                { call }
            }
            <section class="print-summary" aria-labelledby="summary-heading">
                <h3 id="summary-heading">{ t(lang, Key::SummaryTitle) }</h3>
                if booking {
                    { line("", t(lang, Key::ResultBring).into()) }
                }
                <dl>
                    <dt>{ t(lang, Key::SummaryDate) }</dt>
                    <dd>{ props.today.clone() }</dd>
                    { for summary(&props.answers).into_iter().map(|line| html! {
                        <>
                            <dt>{ t(lang, line.label) }</dt>
                            <dd>{ line.value.render(lang) }</dd>
                        </>
                    }) }
                </dl>
            </section>
            <div class="screen-only">
                // The comparison concerns only a visitor choosing between two massages.
                if booking {
                    <details class="compare">
                        <summary>{ t(lang, Key::ResultCompare) }</summary>
                        { comparison(lang) }
                        <p><button type="button" class="link-button" onclick={explain}>{ t(lang, Key::ResultReadMore) }</button></p>
                    </details>
                }
                if !rec.articles.is_empty() {
                    { subheading(t(lang, Key::ResultReading).into()) }
                    <ul class="articles">
                        { for rec.articles.iter().map(|pick| html! {
                            <li class="article">
                                if let Some(url) = pick.article.url.clone() {
                                    { link("article-title", url, pick.article.title.get(lang).to_string().into()) }
                                } else {
                                    { span("article-title", pick.article.title.get(lang).to_string().into()) }
                                    { span("article-summary", pick.article.summary.get(lang).to_string().into()) }
                                }
                                <span class="article-why">{ t(lang, Key::ResultWhyThis) }{ t(lang, pick.why) }</span>
                            </li>
                        }) }
                    </ul>
                }
            </div>
            <div class="step-nav result-actions">
                <button type="button" class="button secondary" onclick={back}>{ t(lang, Key::NavBack) }</button>
                <button type="button" class="button secondary" onclick={print}>{ t(lang, Key::ResultPrint) }</button>
                <button type="button" class="button secondary" onclick={over}>{ t(lang, Key::ResultStartOver) }</button>
            </div>
        </section>
    }
}
