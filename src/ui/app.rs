//! The root: loads the clinic's configuration, owns the wizard state, lays out the screen.

use super::ask::Ask;
use super::emergency::{emergency_call, emergency_screen, EmergencyProps};
use super::explainer::{explainer_screen, ExplainerProps};
use super::flags::flags_screen;
use super::goals::goals_screen;
use super::header::{clinic_header, waiting_header, ClinicHeaderProps};
use super::health::health_screen;
use super::hooks::{
    use_clinic, use_clock, use_language, use_saved_state, use_step_shown, CatalogueFile,
};
use super::markup::line;
use super::pain::pain_screen;
use super::platform::{announce, id_detail};
use super::progress::progress_view;
use super::result::{result_screen, ResultProps};
use super::start::{start_screen, StartProps};
use super::where_it_hurts::where_screen;
use crate::clinic::{PhoneNumber, BUILTIN_EMERGENCY_NUMBER};
use crate::guide::{recommend, BodyRegion, Outcome};
use crate::i18n::{t, Key, Lang, Message};
use crate::state::{Action, Asks, State, Step, FIRST_SCREEN};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The clinic's configuration (absolute URL); the built-in content when absent.
    #[prop_or_default]
    pub config_url: Option<AttrValue>,
    /// The clinic's configuration given in the page, as JSON text (the element's
    /// `configuration` property, or a `<script type="application/json">` inside it); used in
    /// place of `config_url`, checked the same way.
    #[prop_or_default]
    pub config_text: Option<AttrValue>,
    /// A phone number that overrides the configuration's (the element's `phone` attribute).
    #[prop_or_default]
    pub phone: Option<AttrValue>,
    /// The number of the `tel:` link the host page put inside the element: shown in place of
    /// the configuration's when that cannot be had.
    #[prop_or_default]
    pub host_phone: Option<AttrValue>,
    /// The `<massage-guide>` element, which receives the analytics events.
    #[prop_or_default]
    pub host: Option<web_sys::HtmlElement>,
    /// Show configuration problems on the page (the `debug` attribute, or `?debug` in the
    /// page's address: the element's loader reads both).
    #[prop_or_default]
    pub debug: bool,
    /// Where this guide keeps its progress in session storage.
    pub storage_key: AttrValue,
    /// The element's `lang` attribute.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// What was tapped on the screens rendered at build time before the guide mounted (the
    /// first screen, and the first question the loader shows on Start:
    /// [`Action::tapped_early`]), by name, between spaces, carried out in order before the
    /// first render.
    #[prop_or_default]
    pub early_taps: Option<AttrValue>,
    /// Where each language's catalogue is (English is built in), fetched the first time the
    /// language is chosen.
    #[prop_or_default]
    pub catalogues: Vec<(Lang, CatalogueFile)>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let clinic_state = use_clinic(
        props.config_url.clone(),
        props.config_text.clone(),
        props.phone.clone(),
        props.host_phone.clone(),
        props.host.clone(),
        props.debug,
    );
    let language = use_language(
        props.storage_key.clone(),
        props.lang.clone(),
        props.catalogues.clone(),
    );
    let lang = language.speaking;
    let (state, tapped) = use_saved_state(props.storage_key.clone(), props.early_taps.clone());
    let main_ref = use_node_ref();
    // The body map's region that Tab lands on, per figure (front, back).
    let map_focus = use_state_eq(|| (BodyRegion::Head, BodyRegion::Head));
    let loaded = clinic_state.loaded();
    // Until the configuration is in, the questions show (they need nothing of it), with the
    // element's own content in the bar; the result and the explainer, which name the clinic's
    // articles and hours, wait for it. The emergency screen never waits: until then it gives
    // the built-in emergency number, the one the guide falls back to if the configuration never
    // comes. A fresh visit's first screen is so the same as the one rendered at build time,
    // and a tap on it is carried out at once. Every screen waits for a language whose
    // catalogue is not in yet (no English flash).
    let needs_clinic = state.explainer || state.step == Step::Result;
    let ready = language.settled && (loaded.is_some() || !needs_clinic);
    use_step_shown(main_ref.clone(), state.step, state.explainer, ready, tapped);
    // The clinic can keep the guide light whatever the visitor's setting.
    let look = loaded
        .is_some_and(|(clinic, _)| clinic.theme.light_only)
        .then_some("light");
    // Read once the configuration is in, while the visitor reads a screen: its first reading
    // (the browser's date data, about 100 ms at 4x CPU) then lands on no tap (read on the last
    // question instead, it made that step 134 ms where the others take 40).
    let clock = use_clock(
        lang,
        loaded.and_then(|(clinic, _)| clinic.hours.as_ref().map(|h| h.time_zone.clone())),
        loaded.is_some(),
    );

    // The languages the clinic offers; a visitor whose language it does not offer is moved to
    // its first once the configuration says so.
    let offered = loaded.map_or(Lang::ALL, |(clinic, _)| clinic.offered_languages());
    {
        let choose = language.choose.clone();
        let first =
            (!language.fell_back && !offered.contains(&language.wanted)).then(|| offered[0]);
        use_effect_with(first, move |first| {
            if let Some(lang) = *first {
                choose.emit(lang);
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    // The outcome, once the visitor reaches one: shown, and announced to the clinic's page.
    // Hooks run on every render, so this comes before the loading screen's early return.
    let outcome = matches!(state.step, Step::Result | Step::Emergency).then(|| {
        recommend(
            &state.answers,
            loaded.map_or(&[], |(clinic, _)| &clinic.articles),
        )
    });
    {
        let host = props.host.clone();
        let outcome_id = outcome.as_ref().map(|r| r.outcome.id());
        use_effect_with(outcome_id, move |outcome_id| {
            if let (Some(host), Some(id)) = (host, outcome_id) {
                announce(&host, "massage-guide:result", &id_detail("outcome", id));
            }
            // The test-only hook that checks the crash fallback (tests/e2e/faults.test.mjs),
            // in test builds only (the `test-hooks` feature).
            #[cfg(feature = "test-hooks")]
            if outcome_id.is_some() && super::platform::forced_panic_requested() {
                panic!("forced by the test-only hook __massageGuideForcePanic");
            }
        });
    }

    // Until the configuration is in: the `phone` attribute's number, this clinic's own, else
    // the element's own content.
    let waiting_bar = || match props.phone.as_deref().map(PhoneNumber::parse) {
        Some(Ok(phone)) => clinic_header(
            &ClinicHeaderProps {
                name: AttrValue::default(),
                phone,
            },
            None,
            lang,
        ),
        _ => waiting_header(),
    };
    if !ready {
        return frame(Frame {
            lang,
            look,
            bar: waiting_bar(),
            notice: Html::default(),
            main: html! { <p class="loading" role="status">{ t(lang, Key::AppLoading) }</p> },
            main_ref,
            foot_phone: None,
            emergency_number: None,
            onclick: Callback::noop(),
        });
    }
    let clinic = loaded.map(|(clinic, _)| clinic.clone());
    let emergency_number = clinic.as_ref().map_or_else(
        || BUILTIN_EMERGENCY_NUMBER.to_string(),
        |clinic| clinic.emergency_number.clone(),
    );

    // Any click on the clinic's phone link, on any screen, is a call for the clinic's analytics.
    let onclick = {
        let host = props.host.clone();
        let tel = clinic.as_ref().map(|clinic| clinic.phone.tel_href());
        Callback::from(move |e: MouseEvent| {
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href^='tel:']").ok().flatten());
            if let (Some(host), Some(link)) = (&host, link) {
                if link
                    .get_attribute("href")
                    .is_some_and(|href| tel.as_ref() == Some(&href))
                {
                    announce(host, "massage-guide:call", &JsValue::NULL);
                }
            }
        })
    };

    let announcement = outcome
        .as_ref()
        .map(|rec| {
            let title = Message::new(rec.outcome.title_key())
                .with("number", emergency_number.clone())
                .render(lang);
            Message::new(Key::AppAnnounceResult)
                .with("outcome", title)
                .render(lang)
        })
        .unwrap_or_default();
    let ask = Ask {
        lang,
        answers: &state.answers,
        dispatch: &dispatch,
        error: state.error,
    };
    let screen = if let (true, Some(clinic)) = (state.explainer, &clinic) {
        explainer_screen(
            &ExplainerProps {
                dispatch: dispatch.clone(),
                clinic: clinic.clone(),
                now: clock.now,
                outcome: outcome.as_ref().map(|rec| rec.outcome),
            },
            lang,
        )
    } else {
        // One arm per kind of step (`state::STEPS`): a new kind with no screen does not compile.
        match state.step.asks() {
            Asks::Start => start_screen(
                &StartProps {
                    dispatch: dispatch.clone(),
                },
                lang,
            ),
            Asks::Flags(screen) => flags_screen(&ask, screen),
            Asks::WhereItHurts => where_screen(
                &ask,
                *map_focus,
                Callback::from(move |focus| map_focus.set(focus)),
            ),
            Asks::AboutPain => pain_screen(&ask),
            Asks::Health => health_screen(&ask),
            Asks::Goals => goals_screen(&ask),
            Asks::Result | Asks::Emergency => match (outcome, clinic.clone()) {
                (Some(rec), _) if rec.outcome == Outcome::Emergency => emergency_screen(
                    &EmergencyProps {
                        reasons: rec.reasons,
                        number: emergency_number.into(),
                        dispatch: dispatch.clone(),
                    },
                    lang,
                ),
                (Some(rec), Some(clinic)) => result_screen(
                    &ResultProps {
                        today: clock.today.clone(),
                        now: clock.now,
                        recommendation: rec,
                        answers: state.answers.clone(),
                        clinic,
                        dispatch: dispatch.clone(),
                    },
                    lang,
                ),
                // The result waits for the configuration (`ready` above), so this is not shown.
                _ => html! {},
            },
        }
    };
    let progress = state.step.progress().filter(|_| !state.explainer);
    let notice = match loaded {
        Some((_, problems)) if props.debug && !problems.is_empty() => html! {
            <div class="config-notice" role="status">
                <p><strong>{ t(lang, Key::AppProblems) }</strong></p>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
            </div>
        },
        _ => Html::default(),
    };
    frame(Frame {
        lang,
        look,
        bar: match &clinic {
            // The clinic's page has its own header: the number moves to the foot of the screen.
            Some(clinic) if clinic.theme.no_bar => Html::default(),
            Some(clinic) => clinic_header(
                &ClinicHeaderProps {
                    name: clinic.name.get(lang).to_string().into(),
                    phone: clinic.phone.clone(),
                },
                clinic.logo.as_ref(),
                lang,
            ),
            None => waiting_bar(),
        },
        notice,
        main: html! {
            <>
                { language_buttons(lang, offered, &language.choose) }
                if let Some((current, total)) = progress {
                    { progress_view(lang, current, total) }
                }
                { screen }
                // Screen readers hear the outcome as soon as it is shown.
                <p class="visually-hidden" role="status">{ announcement }</p>
            </>
        },
        main_ref,
        foot_phone: clinic
            .as_ref()
            .filter(|clinic| clinic.theme.no_bar)
            .map(|clinic| clinic.phone.clone()),
        emergency_number: clinic.map(|clinic| clinic.emergency_number.clone()),
        onclick,
    })
}

/// The guide's box, the same on every screen and in the first screen rendered at build time.
struct Frame {
    lang: Lang,
    /// `light` when the clinic keeps the guide light whatever the visitor's setting.
    look: Option<&'static str>,
    bar: Html,
    /// The configuration's problems, with `debug`.
    notice: Html,
    main: Html,
    main_ref: NodeRef,
    /// The clinic's number at the foot of the screen, when the clinic hid the bar.
    foot_phone: Option<PhoneNumber>,
    /// The footer's emergency line, once the configuration has said which number.
    emergency_number: Option<String>,
    onclick: Callback<MouseEvent>,
}

fn frame(f: Frame) -> Html {
    html! {
        <section class="massage-guide" data-look={f.look} lang={f.lang.code()}
            aria-label={t(f.lang, Key::StartTitle)} onclick={f.onclick}>
            { f.bar }
            { f.notice }
            <div class="guide-main" ref={f.main_ref}>{ f.main }</div>
            <footer class="guide-footer">
                if let Some(phone) = f.foot_phone {
                    <p class="foot-phone">
                        <a class="phone-link" href={phone.tel_href()}>{ t(f.lang, Key::CallUs) }{ " " }{ phone.display }</a>
                    </p>
                }
                { line("", t(f.lang, Key::AppPrivate).into()) }
                if let Some(number) = f.emergency_number {
                    { line("", Message::new(Key::AppEmergency).with("number", number).render(f.lang).into()) }
                }
            </footer>
        </section>
    }
}

/// The switcher lists every other language the clinic offers, each in its own words.
fn language_buttons(lang: Lang, offered: &[Lang], choose: &Callback<Lang>) -> Html {
    html! {
        <div class="guide-tools">
            { for offered.iter().copied().filter(|l| *l != lang).map(|other| html! {
                <button type="button" class="lang-button" lang={other.code()}
                    onclick={choose.reform(move |_: MouseEvent| other)}>
                    { t(other, other.name_key()) }
                </button>
            }) }
        </div>
    }
}

/// The first screen's main part, as the full view renders it at the start step (but for its
/// status line, which has nothing to say yet and takes no room).
fn first_main(lang: Lang, choose: &Callback<Lang>, dispatch: &Callback<Action>) -> Html {
    html! {
        <>
            { language_buttons(lang, Lang::ALL, choose) }
            { start_screen(&StartProps { dispatch: dispatch.clone() }, lang) }
        </>
    }
}

/// The main part of the screen that Start leads to on a fresh visit, the first question (the
/// safety check), as the full view renders it before the configuration is in (but for its
/// status line): rendered at build time for the loader, which shows it the moment Start is
/// tapped, before the WebAssembly is ready (`examples/prerender.rs`).
pub fn first_question(lang: Lang) -> Html {
    let state = State::default().apply(FIRST_SCREEN[0].1.clone());
    let ask = Ask {
        lang,
        answers: &state.answers,
        dispatch: &Callback::noop(),
        error: None,
    };
    html! {
        <>
            { language_buttons(lang, Lang::ALL, &Callback::noop()) }
            if let Some((current, total)) = state.step.progress() {
                { progress_view(lang, current, total) }
            }
            if let Asks::Flags(screen) = state.step.asks() {
                { flags_screen(&ask, screen) }
            }
        </>
    }
}

/// The top of the emergency screen as the full view renders it when a sign of the first
/// question is ticked and Next tapped before the configuration is in (the built-in emergency
/// number, as the app gives until then): rendered at build time for the loader, which shows it
/// at once on that tap, and keeps it if the WebAssembly never comes. The app's own screen then
/// adds the reasons and its buttons below it.
pub fn first_emergency(lang: Lang) -> Html {
    html! {
        <>
            { language_buttons(lang, Lang::ALL, &Callback::noop()) }
            <section class="screen emergency" data-outcome="emergency">
                { emergency_call(&AttrValue::Static(BUILTIN_EMERGENCY_NUMBER), lang) }
            </section>
        </>
    }
}

/// The first screen of a fresh visit as the browser first shows it, before the configuration
/// is in: rendered at build time into the standalone page and the embed loader
/// (`examples/prerender.rs`).
pub fn first_screen(lang: Lang) -> Html {
    frame(Frame {
        lang,
        look: None,
        bar: waiting_header(),
        notice: Html::default(),
        main: first_main(lang, &Callback::noop(), &Callback::noop()),
        main_ref: NodeRef::default(),
        foot_phone: None,
        emergency_number: None,
        onclick: Callback::noop(),
    })
}
