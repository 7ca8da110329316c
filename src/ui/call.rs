//! "Ready to book?": the services that fit, booking online and calling as two equal actions,
//! the hours and open-now, where the clinic is and which languages its team speaks. On a result
//! that is not a massage, the same box offers "Questions? Call us" instead, and no booking.

use super::markup::{line, link, span};
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
    /// The number was copied (said beside the button), and how to copy it (`App`'s state: a
    /// component of its own would cost the WebAssembly 4 KB).
    pub copy: (bool, Callback<String>),
}

pub fn call_to_book(props: &CallToBookProps, lang: Lang) -> Html {
    let clinic = &props.clinic;
    let status = clinic
        .hours
        .as_ref()
        .zip(props.now)
        .map(|(hours, (weekday, minute))| hours.describe(weekday, minute, lang));
    let services = || {
        clinic
            .services
            .iter()
            .filter(|s| props.booking.is_some_and(|o| s.suits.contains(&o)))
    };
    // Booking online: the page of the first service that fits and has one (the most precise),
    // else the clinic's own; another service's own page is beside its name.
    let book_url = props.booking.and_then(|_| {
        services()
            .find_map(|s| s.booking_url.clone())
            .or_else(|| clinic.booking_url.clone())
    });
    let (heading, action) = match props.booking {
        Some(_) => (Key::CallReady, Key::CallBook),
        None => (Key::CallQuestions, Key::CallUs),
    };
    let tel = clinic.phone.tel_href();
    let number = clinic.phone.display.clone();
    html! {
        <section class="call-to-book" data-booking={props.booking.map(Outcome::id)} aria-labelledby="call-heading">
            <h3 id="call-heading">{ t(lang, heading) }</h3>
            if services().next().is_some() {
                <ul class="services">
                    { for services().map(|s| service(s, lang, book_url.as_deref())) }
                </ul>
            }
            <div class="book-actions">
                if let Some(url) = book_url.clone() {
                    { link("button book", url, t(lang, Key::CallBookOnline).into()) }
                }
                // A phone taps it to call; a computer, which mostly cannot, shows the number
                // to read, with a button to copy it (the stylesheet tells them apart).
                <a class="button call" href={tel}>
                    <span>{ t(lang, action) }</span>
                    <span class="call-number">{ clinic.phone.display.clone() }</span>
                </a>
                if props.booking.is_some() {
                    <p class="copy-number">
                        <button type="button" class="button secondary" onclick={props.copy.1.reform(move |_: MouseEvent| number.clone())}>
                            { t(lang, Key::CallCopy) }
                        </button>
                        <span role="status">{ if props.copy.0 { t(lang, Key::CallCopied) } else { "" } }</span>
                    </p>
                }
            </div>
            { for status.map(|status| line("open-status", status.into())) }
            { for clinic.address.as_ref().map(|a| line("address", a.get(lang).to_string().into())) }
            // Said in the visitor's own language, only when the team speaks it.
            { for clinic.staff_languages.contains(&lang).then(|| line("staff-languages", t(lang, Key::CallWeSpeak).into())) }
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
    let own = service
        .booking_url
        .clone()
        .filter(|url| Some(url.as_str()) != main_url);
    html! {
        <li class="service">
            { span("service-name", service.name.get(lang).to_string().into()) }
            { for service.minutes.map(|n| span("service-facts", Message::new(Key::CallMinutes).with("n", n.to_string()).render(lang).into())) }
            { for service.price.as_ref().map(|p| span("service-facts", p.get(lang).to_string().into())) }
            { for own.map(|url| link("service-book", url, t(lang, Key::CallBookThis).into())) }
        </li>
    }
}
