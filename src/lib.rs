//! massage-guide: a questionnaire a massage clinic embeds in its site. It screens for red
//! flags, then recommends medical or general massage and explains why.

pub mod clinic;
pub mod document;
pub mod figure;
pub mod guide;
pub mod i18n;
pub mod setup;
pub mod state;
pub mod ui;
