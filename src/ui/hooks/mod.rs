//! The App's state and its dealings with the browser, one custom hook per concern: the views
//! read what these return and never touch a browser API themselves.

mod clinic;
mod clock;
mod language;
mod saved_state;
mod step_shown;

pub use clinic::use_clinic;
pub use clock::use_clock;
pub use language::{use_language, CatalogueFile};
pub use saved_state::use_saved_state;
pub use step_shown::use_step_shown;
