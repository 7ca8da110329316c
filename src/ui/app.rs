//! The root: loads the clinic's configuration, owns the wizard state, lays out the screen.

use super::emergency::Emergency;
use super::explainer::Explainer;
use super::goals::Goals;
use super::header::ClinicHeader;
use super::health::Health;
use super::pain::AboutPain;
use super::platform::{
    debug_requested, focus_heading, keep_progress, load_clinic, restore_progress,
};
use super::result::ResultScreen;
use super::safety::Safety;
use super::start::Start;
use super::where_it_hurts::WhereItHurtsStep;
use crate::clinic::Clinic;
use crate::guide::recommend;
use crate::state::{Action, Step};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the clinic's configuration lives, relative to the page.
    #[prop_or(AttrValue::Static("clinic.json"))]
    pub config_url: AttrValue,
}

/// The configuration once loaded, with any problems found in it.
type Loaded = Option<(Rc<Clinic>, Rc<Vec<String>>)>;

#[component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_state(|| Loaded::None);
    {
        let loaded = loaded.clone();
        use_effect_with(props.config_url.clone(), move |url| {
            let url = url.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                let (clinic, problems) = load_clinic(&url).await;
                loaded.set(Some((Rc::new(clinic), Rc::new(problems))));
            });
        });
    }

    let state = use_reducer(restore_progress);
    use_effect_with((*state).clone(), keep_progress);

    let main_ref = use_node_ref();
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

    let Some((clinic, problems)) = (*loaded).clone() else {
        let clinic = Clinic::builtin();
        return html! {
            <div class="massage-guide">
                <ClinicHeader name={clinic.name} phone={clinic.phone} />
                <main class="guide-main" ref={main_ref}>
                    <p class="loading" role="status">{ "Loading the guide\u{2026}" }</p>
                </main>
            </div>
        };
    };

    let answers = state.answers.clone();
    let screen = if state.explainer {
        html! { <Explainer dispatch={dispatch.clone()} clinic={clinic.clone()} /> }
    } else {
        match state.step {
            Step::Start => html! { <Start dispatch={dispatch.clone()} /> },
            Step::Safety => {
                html! { <Safety {answers} dispatch={dispatch.clone()} error={state.error} /> }
            }
            Step::WhereItHurts => {
                html! { <WhereItHurtsStep {answers} dispatch={dispatch.clone()} error={state.error} /> }
            }
            Step::AboutPain => {
                html! { <AboutPain {answers} dispatch={dispatch.clone()} error={state.error} /> }
            }
            Step::Health => html! { <Health {answers} dispatch={dispatch.clone()} /> },
            Step::Goals => {
                html! { <Goals {answers} dispatch={dispatch.clone()} error={state.error} /> }
            }
            Step::Emergency => html! {
                <Emergency reasons={recommend(&answers, &[]).reasons} number={clinic.emergency_number.clone()} dispatch={dispatch.clone()} />
            },
            Step::Result => html! {
                <ResultScreen recommendation={recommend(&answers, &clinic.articles)} clinic={clinic.clone()} dispatch={dispatch.clone()} />
            },
        }
    };
    let progress = state
        .step
        .progress(&state.answers)
        .filter(|_| !state.explainer);

    html! {
        <div class="massage-guide">
            <ClinicHeader name={clinic.name.clone()} phone={clinic.phone.clone()} />
            if debug_requested() && !problems.is_empty() {
                <div class="config-notice" role="status">
                    <p><strong>{ "Configuration problems (shown because of ?debug):" }</strong></p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
            <main class="guide-main" ref={main_ref}>
                if let Some((current, total)) = progress {
                    <div class="progress">
                        <p class="progress-text">{ format!("Step {current} of {total}") }</p>
                        // Segments, not an inline width: a strict CSP forbids style attributes.
                        <ol class="progress-track" aria-hidden="true">
                            { for (1..=total).map(|n| html! { <li class={classes!((n <= current).then_some("done"))}></li> }) }
                        </ol>
                    </div>
                }
                { screen }
            </main>
            <footer class="guide-footer">
                <p>{ "This guide does not diagnose. Your answers stay in this browser tab and are never sent anywhere." }</p>
                <p>{ format!("In an emergency, call {}.", clinic.emergency_number) }</p>
            </footer>
        </div>
    }
}
