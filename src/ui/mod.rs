//! The view: each screen shows part of the state and sends actions; none decides anything.
//! Only `App` (the wizard, the configuration, the language) and `BodyMap` (its keyboard
//! focus) hold state and are components; the screens are view functions, because each
//! component type adds about 0.7 KB of brotli'd WebAssembly that every visitor downloads.

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
