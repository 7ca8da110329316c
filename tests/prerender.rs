//! The first screen rendered at build time (`examples/prerender.rs`, yew's server renderer):
//! the app's own view and English words, and nothing in it that may not be the clinic's.

use massage_guide::i18n::{t, Key, Lang};
use massage_guide::state::{Action, State};

// The build step itself, so the test reads exactly what it writes.
#[path = "../examples/prerender.rs"]
#[allow(dead_code)]
mod prerender;

fn rendered() -> String {
    prerender::first_screen_html()
}

#[test]
fn the_first_screen_is_the_apps_own_in_english() {
    let html = rendered();
    for key in [
        Key::StartTitle,
        Key::StartLead,
        Key::StartMinutes,
        Key::StartPrivate,
        Key::StartNotDiagnosis,
        Key::StartBegin,
        Key::StartExplain,
        Key::AppPrivate,
    ] {
        assert!(
            html.contains(t(Lang::En, key)),
            "{key:?} missing from {html}"
        );
    }
    assert!(html.starts_with(r#"<section lang="en""#), "{html}");
    // The loader keeps a tap on these before the WebAssembly is ready, and the app carries it
    // out as it mounts: each names an action of the first screen, and leaves it.
    let actions: Vec<&str> = html
        .split(r#"data-action=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert_eq!(actions, ["start", "relax", "explain"], "{html}");
    for action in actions {
        let tapped = Action::tapped_early(action).expect(action);
        assert_ne!(State::default().apply(tapped), State::default(), "{action}");
    }
    // No hydration markers: the app renders its own tree and takes over by replacing.
    assert!(!html.contains("<!--"), "{html}");
}

/// Until the configuration is in, the bar is the element's own content (a slot) and the footer
/// names no emergency number: neither may be another clinic's or another country's.
#[test]
fn the_first_screen_shows_no_number_the_configuration_has_not_given() {
    let html = rendered();
    assert!(
        html.contains(r#"<header class="clinic-bar"><slot></slot></header>"#),
        "{html}"
    );
    assert!(!html.contains("tel:"), "{html}");
    assert!(!html.contains("911"), "{html}");
}

/// The standalone page's bar, as the element's own content: the app's bar for the clinic of
/// `assets/clinic.json`, so nothing changes when that configuration arrives.
#[test]
fn the_standalone_page_carries_its_clinics_bar() {
    let bar = prerender::standalone_bar_html();
    assert!(bar.starts_with(r#"<span class="clinic-name">"#), "{bar}");
    assert!(bar.contains(r#"href="tel:+17062868344""#), "{bar}");
}

/// The first question the loader shows the moment Start is tapped: the app's own safety check,
/// and every tap the loader keeps on it (a button's `data-action`, a box's value) names an
/// action the guide carries out as it mounts.
#[test]
fn the_first_question_is_the_apps_safety_check_and_each_tap_on_it_is_known() {
    let html = prerender::first_question_html();
    assert!(html.contains(t(Lang::En, Key::FlagsNone)), "{html}");
    assert!(html.contains(r#"data-flags="everyone""#), "{html}");
    let after_start = State::default().apply(Action::tapped_early("start").expect("start"));
    let names = |attribute: &str| -> Vec<String> {
        html.split(attribute)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_string)
            .collect()
    };
    let actions = names(r#"data-action=""#);
    assert_eq!(actions, ["none", "back", "next"], "{html}");
    let boxes = names(r#"<input value=""#);
    assert_eq!(boxes.len(), 6, "{html}");
    for name in actions.iter().chain(&boxes) {
        let action = Action::tapped_early(name).unwrap_or_else(|| panic!("{name} is not known"));
        assert_ne!(
            after_start.apply(action),
            after_start,
            "{name} does nothing"
        );
    }
    // A red flag ticked on it, then Next: the emergency screen, as in the app.
    let ticked = ["start", "chest-pain", "next"]
        .iter()
        .filter_map(|name| Action::tapped_early(name))
        .fold(State::default(), |state, action| state.apply(action));
    assert_eq!(ticked.step, massage_guide::state::Step::Emergency);
    // A name is a tick as the loader read the box, not a toggle: twice is still ticked.
    let twice = ["start", "chest-pain", "chest-pain"]
        .iter()
        .filter_map(|name| Action::tapped_early(name))
        .fold(State::default(), |state, action| state.apply(action));
    assert_eq!(
        twice
            .answers
            .flag_answer(massage_guide::guide::Flag::ChestPain),
        Some(true)
    );
    // A name from another screen is not taken for this one.
    assert_eq!(Action::tapped_early("saddle-numbness"), None);
    assert_eq!(Action::tapped_early(""), None);
}

/// What the loader shows the moment Next is tapped with a sign of the first question ticked:
/// the top of the app's emergency screen with the number the app gives until the configuration
/// is in. The loader shows it for any box ticked, so every box on the first question, ticked
/// alone, must lead to the emergency screen.
#[test]
fn next_with_any_sign_of_the_first_question_ticked_is_the_emergency_the_loader_shows() {
    let html = prerender::first_emergency_html();
    assert!(html.contains(r#"data-outcome="emergency""#), "{html}");
    assert!(html.contains(r#"href="tel:911""#), "{html}");
    assert!(html.contains("Call 911 now"), "{html}");
    assert!(html.contains(t(Lang::En, Key::EmergencyLead)), "{html}");
    // No button the loader could not carry out (the language buttons aside, which wait for the
    // guide as on the first question).
    assert!(!html.contains("data-action"), "{html}");
    let question = prerender::first_question_html();
    let boxes: Vec<&str> = question
        .split(r#"<input value=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert_eq!(boxes.len(), 6, "{question}");
    for sign in boxes {
        let state = ["start", sign, "next"]
            .iter()
            .filter_map(|name| Action::tapped_early(name))
            .fold(State::default(), |state, action| state.apply(action));
        assert_eq!(
            state.step,
            massage_guide::state::Step::Emergency,
            "{sign} ticked, then Next"
        );
    }
}
