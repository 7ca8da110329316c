//! "Ready to book?": the services that fit, booking online and calling as two equal actions,
//! the hours and open-now, where the clinic is and which languages its team speaks. On a result
//! that is not a massage, the same box offers "Questions? Call us" instead, and no booking.

use crate::clinic::{Clinic, Minute, Service};
use crate::guide::Outcome;
use crate::i18n::{t, Key, Lang, Message};
use std::rc::Rc;
use yew::prelude::*;

pub struct CallToBookProps {
    pub clinic: Rc<Clinic>,
    /// The massage result that invites booking; `None` for the others, where the box offers
    /// questions only, with no "Call to book", no services and no booking link.
    pub booking: Option<Outcome>,
    /// The weekday and minute now in the clinic's time zone, once read (`use_clinic_now`).
    pub now: Option<(usize, Minute)>,
}

pub fn call_to_book(props: &CallToBookProps, lang: Lang) -> Html {
    let clinic = &props.clinic;
    let status = clinic
        .hours
        .as_ref()
        .zip(props.now)
        .map(|(hours, (weekday, minute))| hours.describe(weekday, minute, lang));
    let services: Vec<&Service> = props
        .booking
        .map(|outcome| clinic.services_for(outcome).take(3).collect())
        .unwrap_or_default();
    // Booking online: the clinic's own page, else that of the first service that has one.
    let book_url = props.booking.and_then(|_| {
        clinic
            .booking_url
            .clone()
            .or_else(|| services.iter().find_map(|s| s.booking_url.clone()))
    });
    let (heading, action) = match props.booking {
        Some(_) => (Key::CallReady, Key::CallBook),
        None => (Key::CallQuestions, Key::CallUs),
    };
    let tel = clinic.phone.tel_href();
    html! {
        <section class={classes!("call-to-book", props.booking.map(|_| "booking"))} aria-labelledby="call-heading">
            <h3 id="call-heading">{ t(lang, heading) }</h3>
            if !services.is_empty() {
                <ul class="services">
                    { for services.iter().map(|s| service(s, lang, book_url.as_deref())) }
                </ul>
            }
            <div class="book-actions">
                if let Some(url) = book_url.clone() {
                    <a class="button book" href={url}>{ t(lang, Key::CallBookOnline) }</a>
                }
                // A phone taps it to call; a computer, which mostly cannot, shows the number
                // to read, with a button to copy it (the stylesheet tells them apart).
                <a class="button call" href={tel}>
                    <span>{ t(lang, action) }</span>
                    <span class="call-number">{ clinic.phone.display.clone() }</span>
                </a>
                if props.booking.is_some() {
                    <CopyNumber number={clinic.phone.display.clone()} {lang} />
                }
            </div>
            if let Some(status) = status {
                <p class="open-status">{ status }</p>
            }
            if let Some(address) = &clinic.address {
                <p class="address">{ address.get(lang).to_string() }</p>
            }
            { staff_languages(clinic, lang) }
            if let Some(hours) = &clinic.hours {
                <details class="hours">
                    <summary>{ t(lang, Key::CallHours) }</summary>
                    <table>
                        <tbody>
                            { for hours.weekly(lang).into_iter().map(|(day, text)| html! {
                                <tr><th scope="row">{ day }</th><td>{ text }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </section>
    }
}

/// A service that fits: its name, length and price, and its own booking link when it has one
/// that is not the main button's.
fn service(service: &Service, lang: Lang, main_url: Option<&str>) -> Html {
    let facts: Vec<String> = service
        .minutes
        .map(|m| {
            Message::new(Key::CallMinutes)
                .with("n", m.to_string())
                .render(lang)
        })
        .into_iter()
        .chain(service.price.as_ref().map(|p| p.get(lang).to_string()))
        .collect();
    let own = service
        .booking_url
        .clone()
        .filter(|url| Some(url.as_str()) != main_url);
    html! {
        <li class="service">
            <span class="service-name">{ service.name.get(lang).to_string() }</span>
            if !facts.is_empty() {
                <span class="service-facts">{ facts.join(" · ") }</span>
            }
            if let Some(url) = own {
                <a class="service-book" href={url}>{ t(lang, Key::CallBookThis) }</a>
            }
        </li>
    }
}

/// "We speak Spanish." when the team speaks the visitor's language; else the languages it does.
fn staff_languages(clinic: &Clinic, lang: Lang) -> Html {
    let spoken = &clinic.staff_languages;
    if spoken.is_empty() {
        return Html::default();
    }
    let text = match spoken.contains(&lang) {
        true => t(lang, Key::CallWeSpeak).to_string(),
        false => Message::new(Key::CallTeamSpeaks)
            .with(
                "list",
                spoken
                    .iter()
                    .map(|l| t(*l, l.name_key()))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .render(lang),
    };
    html! { <p class="staff-languages">{ text }</p> }
}

#[derive(Properties, PartialEq)]
struct CopyNumberProps {
    number: String,
    lang: Lang,
}

/// "Copy number", for a computer that cannot call: it says when the number is copied.
#[component]
fn CopyNumber(props: &CopyNumberProps) -> Html {
    let copied = use_state_eq(|| false);
    let onclick = {
        let (copied, number) = (copied.clone(), props.number.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(window) = web_sys::window() {
                let _ = window.navigator().clipboard().write_text(&number);
                copied.set(true);
            }
        })
    };
    html! {
        <p class="copy-number">
            <button type="button" class="button secondary" {onclick}>{ t(props.lang, Key::CallCopy) }</button>
            <span role="status">{ if *copied { t(props.lang, Key::CallCopied) } else { "" } }</span>
        </p>
    }
}
