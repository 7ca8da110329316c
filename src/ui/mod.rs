//! The components: each shows part of the state and sends actions; none decides anything.

mod app;
mod body_map;
mod call;
mod choice;
pub mod crash;
mod emergency;
mod explainer;
mod goals;
mod header;
mod health;
mod pain;
mod platform;
mod progress;
mod result;
mod safety;
mod start;
mod step_nav;
mod where_it_hurts;

pub use app::{App, AppProps};

use crate::i18n::Lang;
use yew::prelude::*;

/// The language the guide speaks now (provided by the root, switchable at any step).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
