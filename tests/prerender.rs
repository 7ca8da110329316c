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
        let tapped = Action::of_first_screen(action).expect(action);
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
