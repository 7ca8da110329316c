//! "Call to book": the big phone button, the optional booking link, the hours and open-now.
//! On a result that is not a massage, the same box offers "Questions? Call us" instead.

use crate::clinic::{Clinic, Minute};
use crate::i18n::{t, Key, Lang};
use std::rc::Rc;
use yew::prelude::*;

pub struct CallToBookProps {
    pub clinic: Rc<Clinic>,
    /// The result invites booking (a massage); otherwise the box offers questions only, with
    /// no "Call to book" and no booking link.
    pub booking: bool,
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
    let (heading, action) = if props.booking {
        (Key::CallReady, Key::CallBook)
    } else {
        (Key::CallQuestions, Key::CallUs)
    };
    html! {
        <section class="call-to-book" aria-labelledby="call-heading">
            <h3 id="call-heading">{ t(lang, heading) }</h3>
            <a class="button call" href={clinic.phone.tel_href()}>
                <span>{ t(lang, action) }</span>
                <span class="call-number">{ clinic.phone.display.clone() }</span>
            </a>
            if let Some(status) = status {
                <p class="open-status">{ status }</p>
            }
            if let Some(url) = clinic.booking_url.clone().filter(|_| props.booking) {
                <p><a class="booking-link" href={url}>{ t(lang, Key::CallOnline) }</a></p>
            }
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
