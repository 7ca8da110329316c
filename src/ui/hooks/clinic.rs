//! `use_clinic`: the clinic's configuration, fetched once per address, in one explicit state.

use super::super::platform::{apply_theme, console_error, load_clinic, read_clinic};
use crate::clinic::Clinic;
use std::rc::Rc;
use yew::prelude::*;

/// Where the clinic's configuration is.
#[derive(Clone, PartialEq)]
pub enum ClinicState {
    /// Still being fetched: the guide shows a loading line, and the phone number.
    Loading,
    /// Read; `problems` lists the fields that were wrong (each fell back to the built-in value).
    Ready {
        clinic: Rc<Clinic>,
        problems: Rc<Vec<String>>,
    },
    /// Could not be fetched or read at all: the built-in content, and why.
    Failed {
        clinic: Rc<Clinic>,
        problems: Rc<Vec<String>>,
    },
}

impl ClinicState {
    /// The clinic to show and the problems to report, once there is one (built in or not).
    pub fn loaded(&self) -> Option<(&Rc<Clinic>, &Rc<Vec<String>>)> {
        match self {
            ClinicState::Loading => None,
            ClinicState::Ready { clinic, problems } | ClinicState::Failed { clinic, problems } => {
                Some((clinic, problems))
            }
        }
    }
}

/// The `phone` attribute over the configuration's number; a bad one is reported.
fn with_phone_override(clinic: Clinic, problems: &mut Vec<String>, phone: Option<&str>) -> Clinic {
    let (clinic, problem) = clinic.with_phone_override(phone);
    if let Some(problem) = problem {
        console_error(&problem.to_string());
        problems.push(problem.to_string());
    }
    clinic
}

/// Where the guide is and whether it reports problems: the clinic's look is set on the element
/// as soon as its configuration is read, and with `debug` the loader's notes (the colours, a
/// `configuration` property that is not JSON) join the problems.
#[derive(Clone)]
struct Element {
    host: Option<web_sys::HtmlElement>,
    debug: bool,
}

impl Element {
    fn show(
        &self,
        clinic: Clinic,
        mut problems: Vec<String>,
        phone: Option<&str>,
    ) -> (Rc<Clinic>, Rc<Vec<String>>) {
        let clinic = with_phone_override(clinic, &mut problems, phone);
        if let Some(host) = &self.host {
            problems.extend(apply_theme(host, &clinic.theme, self.debug));
        }
        (Rc::new(clinic), Rc::new(problems))
    }
}

/// `host_phone`: the number of the `tel:` link the host page put inside the element, which
/// stands in for the configuration's whenever that cannot be had (never another clinic's).
#[hook]
pub fn use_clinic(
    config_url: Option<AttrValue>,
    in_page: Option<AttrValue>,
    phone: Option<AttrValue>,
    host_phone: Option<AttrValue>,
    host: Option<web_sys::HtmlElement>,
    debug: bool,
) -> ClinicState {
    let element = Element { host, debug };
    let base = move || {
        let (clinic, problem) = Clinic::builtin_with_phone(host_phone.as_deref());
        if let Some(problem) = problem {
            console_error(&problem.to_string());
        }
        clinic
    };
    let state = use_state(|| {
        let (clinic, problems) = match (&in_page, &config_url) {
            (Some(text), _) => read_clinic(text, "configuration in the page", base()),
            (None, None) => (base(), Vec::new()),
            (None, Some(_)) => return ClinicState::Loading,
        };
        let (clinic, problems) = element.show(clinic, problems, phone.as_deref());
        ClinicState::Ready { clinic, problems }
    });
    {
        let state = state.clone();
        let url = config_url.filter(|_| in_page.is_none());
        use_effect_with((url, phone), move |(url, phone)| {
            if let Some(url) = url.clone() {
                let phone = phone.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match load_clinic(&url, &base).await {
                        Ok((clinic, problems)) => {
                            let (clinic, problems) =
                                element.show(clinic, problems, phone.as_deref());
                            ClinicState::Ready { clinic, problems }
                        }
                        Err(problem) => {
                            let (clinic, problems) =
                                element.show(base(), vec![problem], phone.as_deref());
                            ClinicState::Failed { clinic, problems }
                        }
                    });
                });
            }
        });
    }
    (*state).clone()
}
