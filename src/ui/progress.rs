//! The progress indicator: "Step 2 of 5" in words, and the same as a row of segments.

use super::markup::line;
use crate::i18n::{Key, Lang, Message};
use yew::prelude::*;

/// A plain view function, not a component: it has no state, and each component costs every
/// visitor a little more WebAssembly.
pub fn progress_view(lang: Lang, current: usize, total: usize) -> Html {
    let text = Message::new(Key::AppProgress)
        .with("current", current.to_string())
        .with("total", total.to_string())
        .render(lang);
    html! {
        <div class="progress">
            { line("progress-text", text.into()) }
            // Segments, not an inline width: a strict CSP forbids style attributes.
            <ol class="progress-track" aria-hidden="true">
                { for (1..=total).map(|n| html! { if n <= current { <li class="done"></li> } else { <li></li> } }) }
            </ol>
        </div>
    }
}
