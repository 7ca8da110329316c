//! The root: loads the clinic's configuration, owns the wizard state, lays out the screen.

use super::emergency::{emergency_screen, EmergencyProps};
use super::explainer::{explainer_screen, ExplainerProps};
use super::follow_up::{follow_up_screen, FollowUpProps};
use super::goals::{goals_screen, GoalsProps};
use super::header::{clinic_header, ClinicHeaderProps};
use super::health::{health_screen, HealthProps};
use super::pain::{pain_screen, AboutPainProps};
use super::platform::{
    announce, console_error, debug_requested, fetch_text, focus_heading, forced_panic_requested,
    initial_lang, keep_lang, keep_progress, load_clinic, outcome_detail, restore_progress,
    saved_lang,
};
use super::progress::progress_view;
use super::result::{result_screen, ResultProps};
use super::safety::{safety_screen, SafetyProps};
use super::start::{start_screen, StartProps};
use super::where_it_hurts::{where_screen, WhereItHurtsProps};
use crate::clinic::Clinic;
use crate::guide::{recommend, BodyRegion, Outcome};
use crate::i18n::Key;
use crate::i18n::{catalogue_ready, install_catalogue, t, Lang, Message};
use crate::state::{Action, Step};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The clinic's configuration (absolute URL); the built-in content when absent.
    #[prop_or_default]
    pub config_url: Option<AttrValue>,
    /// A phone number that overrides the configuration's (the element's `phone` attribute).
    #[prop_or_default]
    pub phone: Option<AttrValue>,
    /// The `<massage-guide>` element, which receives the analytics events.
    #[prop_or_default]
    pub host: Option<web_sys::HtmlElement>,
    /// Show configuration problems on the page (the `debug` attribute, or `?debug`).
    #[prop_or_default]
    pub debug: bool,
    /// Where this guide keeps its progress in session storage.
    pub storage_key: AttrValue,
    /// The element's `lang` attribute.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// Where each language's catalogue is (English is built in), fetched the first time the
    /// language is chosen.
    #[prop_or_default]
    pub catalogues: Vec<(Lang, AttrValue)>,
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

#[component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_state(|| {
        props.config_url.is_none().then(|| {
            let mut problems = Vec::new();
            let clinic =
                with_phone_override(Clinic::builtin(), &mut problems, props.phone.as_deref());
            (Rc::new(clinic), Rc::new(problems))
        })
    });
    {
        let loaded = loaded.clone();
        use_effect_with(
            (props.config_url.clone(), props.phone.clone()),
            move |(url, phone)| {
                if let Some(url) = url.clone() {
                    let phone = phone.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let (clinic, mut problems) = load_clinic(&url).await;
                        let clinic = with_phone_override(clinic, &mut problems, phone.as_deref());
                        loaded.set(Some((Rc::new(clinic), Rc::new(problems))));
                    });
                }
            },
        );
    }

    // The language: the visitor's choice in this tab, else the element's, page's or browser's.
    let lang_state = {
        let key = props.storage_key.clone();
        let attribute = props.lang.clone();
        use_state(move || saved_lang(&key).unwrap_or_else(|| initial_lang(attribute.as_deref())))
    };
    // A catalogue that is not built in is fetched the first time it is needed; until then the
    // loading screen shows, and if it cannot be had the guide stays in English.
    let catalogue_loads = use_state(|| 0u32);
    {
        let url = props
            .catalogues
            .iter()
            .find(|(lang, _)| *lang == *lang_state)
            .map(|(_, url)| url.clone());
        let catalogue_loads = catalogue_loads.clone();
        let lang_state = lang_state.clone();
        use_effect_with(*lang_state, move |lang| {
            let lang = *lang;
            if !catalogue_ready(lang) {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = match url {
                        Some(url) => fetch_text(&url)
                            .await
                            .and_then(|text| install_catalogue(lang, &text)),
                        None => Err("no catalogue address".into()),
                    };
                    match loaded {
                        Ok(()) => catalogue_loads.set(*catalogue_loads + 1),
                        Err(e) => {
                            console_error(&format!(
                                "the {} catalogue could not be loaded ({e}); staying in English",
                                lang.code()
                            ));
                            lang_state.set(Lang::En);
                        }
                    }
                });
            }
        });
    }
    // Until the chosen language's catalogue arrives, keep speaking English: swapping the screen
    // for a loading message would lose the keyboard focus.
    let lang = if catalogue_ready(*lang_state) {
        *lang_state
    } else {
        Lang::En
    };
    let shown_once = use_mut_ref(|| false);
    let switch_lang = {
        let key = props.storage_key.clone();
        let lang_state = lang_state.clone();
        Callback::from(move |other: Lang| {
            keep_lang(&key, other);
            lang_state.set(other);
        })
    };

    let state = {
        let key = props.storage_key.clone();
        use_reducer(move || restore_progress(&key))
    };
    {
        let key = props.storage_key.clone();
        use_effect_with((*state).clone(), move |state| keep_progress(&key, state));
    }

    let main_ref = use_node_ref();
    // The body map's region that Tab lands on, per figure (front, back).
    let map_focus = use_state_eq(|| (BodyRegion::Head, BodyRegion::Head));
    {
        // Focus the new heading when the step changes, but not on the first paint: a page
        // that grabs focus on load would jump past the host page's own content.
        let main_ref = main_ref.clone();
        let first_paint = use_mut_ref(|| true);
        let ready = loaded.is_some();
        use_effect_with((state.step, state.explainer, ready), move |_| {
            if ready && !std::mem::replace(&mut *first_paint.borrow_mut(), false) {
                if let Some(main) = main_ref.cast::<web_sys::Element>() {
                    focus_heading(&main);
                }
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    // The outcome, once the visitor reaches one: shown, and announced to the clinic's page.
    // Hooks run on every render, so this comes before the loading screen's early return.
    let outcome = match (state.step, &*loaded) {
        (Step::Result | Step::Emergency, Some((clinic, _))) => {
            Some(recommend(&state.answers, &clinic.articles))
        }
        _ => None,
    };
    {
        let host = props.host.clone();
        let outcome_id = outcome.as_ref().map(|r| r.outcome.id());
        use_effect_with(outcome_id, move |outcome_id| {
            if let (Some(host), Some(id)) = (host, outcome_id) {
                announce(&host, "massage-guide:result", &outcome_detail(id));
            }
        });
    }

    // The switcher lists every other language the build carries, each in its own words.
    let lang_button = html! {
        <div class="guide-tools">
            { for Lang::ALL.iter().copied().filter(|l| *l != lang).map(|other| html! {
                <button type="button" class="lang-button" lang={other.code()}
                    onclick={switch_lang.reform(move |_: MouseEvent| other)}>
                    { t(other, other.name_key()) }
                </button>
            }) }
        </div>
    };
    let region_label = t(lang, Key::StartTitle);

    // The first screen waits for its language, so a Spanish visitor never sees English flash.
    let ready = (*loaded)
        .clone()
        .filter(|_| *shown_once.borrow() || catalogue_ready(*lang_state));
    let Some((clinic, problems)) = ready else {
        let mut ignored = Vec::new();
        let clinic = with_phone_override(Clinic::builtin(), &mut ignored, props.phone.as_deref());
        return html! {
            <section class="massage-guide" lang={lang.code()} aria-label={region_label}>
                { clinic_header(&ClinicHeaderProps { name: clinic.name.get(lang).to_string().into(), phone: clinic.phone }, lang) }
                <div class="guide-main" ref={main_ref}>
                    <p class="loading" role="status">{ t(lang, Key::AppLoading) }</p>
                </div>
            </section>
        };
    };

    *shown_once.borrow_mut() = true;

    // Any click on the clinic's phone link, on any screen, is a call for the clinic's analytics.
    let onclick = {
        let host = props.host.clone();
        let tel = clinic.phone.tel_href();
        Callback::from(move |e: MouseEvent| {
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href^='tel:']").ok().flatten());
            if let (Some(host), Some(link)) = (&host, link) {
                if link.get_attribute("href").as_deref() == Some(tel.as_str()) {
                    announce(host, "massage-guide:call", &JsValue::NULL);
                }
            }
        })
    };

    if state.step == Step::Result && forced_panic_requested() {
        panic!("forced by the test-only hook __massageGuideForcePanic");
    }
    let announcement = outcome
        .as_ref()
        .map(|rec| {
            let title = Message::new(rec.outcome.title_key())
                .with("number", clinic.emergency_number.clone())
                .render(lang);
            Message::new(Key::AppAnnounceResult)
                .with("outcome", title)
                .render(lang)
        })
        .unwrap_or_default();
    let answers = state.answers.clone();
    let screen = if state.explainer {
        explainer_screen(
            &ExplainerProps {
                dispatch: dispatch.clone(),
                clinic: clinic.clone(),
            },
            lang,
        )
    } else {
        match (state.step, outcome) {
            (Step::Start, _) => start_screen(
                &StartProps {
                    dispatch: dispatch.clone(),
                },
                lang,
            ),
            (Step::Safety, _) => safety_screen(
                &SafetyProps {
                    answers,
                    dispatch: dispatch.clone(),
                    error: state.error,
                },
                lang,
            ),
            (Step::WhereItHurts, _) => where_screen(
                &WhereItHurtsProps {
                    answers,
                    dispatch: dispatch.clone(),
                    error: state.error,
                    map_focus: *map_focus,
                    on_map_focus: Callback::from(move |focus| map_focus.set(focus)),
                },
                lang,
            ),
            (Step::AboutPain, _) => pain_screen(
                &AboutPainProps {
                    answers,
                    dispatch: dispatch.clone(),
                    error: state.error,
                },
                lang,
            ),
            (Step::Health, _) => health_screen(
                &HealthProps {
                    answers,
                    dispatch: dispatch.clone(),
                },
                lang,
            ),
            (Step::Goals, _) => goals_screen(
                &GoalsProps {
                    answers,
                    dispatch: dispatch.clone(),
                    error: state.error,
                },
                lang,
            ),
            (Step::SafetyFollowUp | Step::HeartCheck | Step::PregnancyCheck, _) => {
                follow_up_screen(
                    &FollowUpProps {
                        step: state.step,
                        answers,
                        dispatch: dispatch.clone(),
                        error: state.error,
                    },
                    lang,
                )
            }
            (_, Some(rec)) if rec.outcome == Outcome::Emergency => emergency_screen(
                &EmergencyProps {
                    reasons: rec.reasons,
                    number: clinic.emergency_number.clone().into(),
                    dispatch: dispatch.clone(),
                },
                lang,
            ),
            (_, Some(rec)) => result_screen(
                &ResultProps {
                    recommendation: rec,
                    answers,
                    clinic: clinic.clone(),
                    dispatch: dispatch.clone(),
                },
                lang,
            ),
            (_, None) => html! {},
        }
    };
    let progress = state
        .step
        .progress(&state.answers)
        .filter(|_| !state.explainer);
    let show_problems = (props.debug || debug_requested()) && !problems.is_empty();

    html! {
        <section class="massage-guide" lang={lang.code()} aria-label={region_label} {onclick}>
            { clinic_header(&ClinicHeaderProps { name: clinic.name.get(lang).to_string().into(), phone: clinic.phone.clone() }, lang) }
            if show_problems {
                <div class="config-notice" role="status">
                    <p><strong>{ t(lang, Key::AppProblems) }</strong></p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
            <div class="guide-main" ref={main_ref}>
                { lang_button }
                if let Some((current, total)) = progress {
                    { progress_view(lang, current, total) }
                }
                { screen }
                // Screen readers hear the outcome as soon as it is shown.
                <p class="visually-hidden" role="status">{ announcement }</p>
            </div>
            <footer class="guide-footer">
                <p>{ t(lang, Key::AppPrivate) }</p>
                <p>{ Message::new(Key::AppEmergency).with("number", clinic.emergency_number.clone()).render(lang) }</p>
            </footer>
        </section>
    }
}
