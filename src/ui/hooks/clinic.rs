//! `use_clinic`: the clinic's configuration, fetched once per address, in one explicit state.

use super::super::platform::{console_error, load_clinic, read_clinic};
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
pub fn with_phone_override(
    clinic: Clinic,
    problems: &mut Vec<String>,
    phone: Option<&str>,
) -> Clinic {
    let (clinic, problem) = clinic.with_phone_override(phone);
    if let Some(problem) = problem {
        console_error(&problem.to_string());
        problems.push(problem.to_string());
    }
    clinic
}

fn ready(clinic: Clinic, mut problems: Vec<String>, phone: Option<&str>) -> ClinicState {
    let clinic = with_phone_override(clinic, &mut problems, phone);
    ClinicState::Ready {
        clinic: Rc::new(clinic),
        problems: Rc::new(problems),
    }
}

/// The configuration given in the page (`in_page`, which wins), else the one at
/// `config_url`, else the built-in content; with the element's `phone` attribute over its
/// number.
#[hook]
pub fn use_clinic(
    config_url: Option<AttrValue>,
    in_page: Option<AttrValue>,
    phone: Option<AttrValue>,
) -> ClinicState {
    let state = use_state(|| match (&in_page, &config_url) {
        (Some(text), _) => {
            let (clinic, problems) = read_clinic(text, "configuration in the page");
            ready(clinic, problems, phone.as_deref())
        }
        (None, None) => ready(Clinic::builtin(), Vec::new(), phone.as_deref()),
        (None, Some(_)) => ClinicState::Loading,
    });
    {
        let state = state.clone();
        let url = config_url.filter(|_| in_page.is_none());
        use_effect_with((url, phone), move |(url, phone)| {
            if let Some(url) = url.clone() {
                let phone = phone.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match load_clinic(&url).await {
                        Ok((clinic, problems)) => ready(clinic, problems, phone.as_deref()),
                        Err(problem) => {
                            let mut problems = vec![problem];
                            let clinic = with_phone_override(
                                Clinic::builtin(),
                                &mut problems,
                                phone.as_deref(),
                            );
                            ClinicState::Failed {
                                clinic: Rc::new(clinic),
                                problems: Rc::new(problems),
                            }
                        }
                    });
                });
            }
        });
    }
    (*state).clone()
}
