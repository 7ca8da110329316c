//! The view: each screen shows part of the state and sends actions; none decides anything.
//! Only `App` (the wizard, the configuration, the language, the body map's keyboard focus)
//! holds state and is a component; the screens are view functions, because each component
//! type adds about 0.7 KB of brotli'd WebAssembly that every visitor downloads.

mod app;
mod ask;
mod body_map;
mod call;
mod choice;
pub mod crash;
mod emergency;
mod explainer;
mod flags;
mod goals;
mod header;
mod health;
mod hooks;
mod markup;
mod pain;
mod platform;
mod progress;
mod result;
mod start;
mod step_nav;
mod where_it_hurts;

pub use app::{first_emergency, first_question, first_screen, App, AppProps};
pub use header::{clinic_bar, ClinicHeaderProps};
pub use hooks::CatalogueFile;
