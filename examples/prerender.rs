//! `cargo run --example prerender`: the guide's first screen rendered ahead of time, printed
//! as JSON for `tools/post-build.mjs`, which writes it into the standalone page (a declarative
//! shadow root) and into the embed loader; with the codes of the languages the build carries. The markup and words are the app's own
//! (`ui::first_screen`, the English catalogue), so the WebAssembly takes over the same pixels.

use massage_guide::clinic::Clinic;
use massage_guide::i18n::{Lang, KEY_NAMES};
use massage_guide::ui::{
    clinic_bar, first_emergency, first_question, first_screen, ClinicHeaderProps,
};
use yew::prelude::*;

/// The first screen of a fresh visit, in English.
#[component]
fn FirstScreen() -> Html {
    first_screen(Lang::En)
}

/// The first question, the safety check: the guide's main part once Start is tapped.
#[component]
fn FirstQuestion() -> Html {
    first_question(Lang::En)
}

/// The top of the emergency screen, which Next leads to when a sign of the first question is
/// ticked.
#[component]
fn FirstEmergency() -> Html {
    first_emergency(Lang::En)
}

/// The bar's content for the clinic of `assets/clinic.json`: the standalone page's own content
/// inside the element, which fills the bar until the configuration is in.
#[component]
fn StandaloneBar() -> Html {
    let clinic = Clinic::default_content();
    clinic_bar(
        &ClinicHeaderProps {
            name: clinic.name.get(Lang::En).to_string().into(),
            phone: clinic.phone,
        },
        Lang::En,
    )
}

fn render<C: BaseComponent<Properties = ()>>() -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<C>::new()
            .hydratable(false)
            .render(),
    )
}

/// The guide's box as the browser first shows it (`tests/prerender.rs` reads it too).
pub fn first_screen_html() -> String {
    render::<FirstScreen>()
}

/// What the loader puts in the guide's main part the moment Start is tapped.
pub fn first_question_html() -> String {
    render::<FirstQuestion>()
}

/// What the loader puts in the guide's main part the moment Next is tapped with a sign ticked.
pub fn first_emergency_html() -> String {
    render::<FirstEmergency>()
}

/// The standalone page's own content inside the element.
pub fn standalone_bar_html() -> String {
    render::<StandaloneBar>()
}

fn main() {
    let out = serde_json::json!({
        "screen": first_screen_html(),
        "firstQuestion": first_question_html(),
        "firstEmergency": first_emergency_html(),
        "standaloneBar": standalone_bar_html(),
        // The languages the build carries (`Lang`, generated from assets/i18n/), English first.
        "languages": Lang::ALL.iter().map(|lang| lang.code()).collect::<Vec<_>>(),
        // The catalogue's keys in `Key` order: the order in which a catalogue ships its texts.
        "keys": KEY_NAMES.as_slice(),
    });
    println!("{out}");
}
