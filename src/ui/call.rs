//! "Ready to book?": the services that fit, booking online and calling as two equal actions,
//! the hours and open-now, where the clinic is and which languages its team speaks. On a result
//! that is not a massage, the same box offers "Questions? Call us" instead, and no booking.

use super::markup::{line, link, span};
use super::platform::copy_text;
use crate::clinic::{Clinic, Minute, Service};
use crate::guide::Outcome;
use crate::i18n::{t, Key, Lang, Message};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub struct CallToBookProps {
    pub clinic: Rc<Clinic>,
    /// The visitor's result, if any. Only a massage result invites booking; for the others,
    /// and with none, the box offers questions only, with no "Call to book", no services and
    /// no booking link.
    pub outcome: Option<Outcome>,
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
    let booking = props.outcome.filter(|o| o.invites_booking());
    let services = || booking.into_iter().flat_map(|o| clinic.services_for(o));
    // Booking online: the service's own page when one service fits (the most precise), else
    // the clinic's (else the first service's); a service with a page of its own beside its name.
    let mut fitting = services();
    let only = match (fitting.next(), fitting.next()) {
        (Some(service), None) => Some(service),
        _ => None,
    };
    let book_url = booking.and_then(|_| {
        only.and_then(|s| s.booking_url.clone())
            .or_else(|| clinic.booking_url.clone())
            .or_else(|| services().find_map(|s| s.booking_url.clone()))
    });
    let (heading, action) = match booking {
        Some(_) => (Key::CallReady, Key::CallBook),
        None => (Key::CallQuestions, Key::CallUs),
    };
    let tel = clinic.phone.tel_href();
    let number = clinic.phone.display.clone();
    html! {
        <section class="call-to-book" data-booking={booking.map(Outcome::id)} aria-labelledby="call-heading">
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
                if booking.is_some() {
                    <p class="copy-number">
                        <button type="button" class="button secondary" onclick={copy_number(number, lang)}>
                            { t(lang, Key::CallCopy) }
                        </button>
                        // Keyed by language: a new language starts with nothing said.
                        <span role="status" key={lang.code()}></span>
                    </p>
                }
            </div>
            { for status.map(|status| line("open-status", status.into())) }
            { for clinic.address.as_ref().map(|a| line("address", a.get(lang).to_string().into())) }
            // Said in the visitor's own language, only when the team speaks it (and it is news:
            // not in English).
            { for (lang != Lang::En && clinic.staff_languages.contains(&lang)).then(|| line("staff-languages", t(lang, Key::CallWeSpeak).into())) }
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

/// "Copy the number": once the browser took it, "Copied" is said in the status beside the
/// button. Written into the page directly, as a passing announcement, not kept as state: the
/// status has no content of its own, so the next render leaves it, and a new screen starts
/// without it (state in the App, or a component of its own, cost 1 to 4 KB of WebAssembly).
fn copy_number(number: String, lang: Lang) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let status = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|button| button.next_element_sibling());
        let number = number.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let (true, Some(status)) = (copy_text(&number).await, status) {
                status.set_text_content(Some(t(lang, Key::CallCopied)));
            }
        });
    })
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
            // Named with its service: a list of links would otherwise read "Book this" each time.
            { for own.map(|url| html! {
                <a class="service-book" href={url} aria-label={format!("{}: {}", t(lang, Key::CallBookThis), service.name.get(lang))}>
                    { t(lang, Key::CallBookThis) }
                </a>
            }) }
        </li>
    }
}
