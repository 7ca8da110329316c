//! What every question screen is given: the language, the answers so far, the dispatch, and
//! why the visitor cannot go on yet (if they cannot).

use crate::guide::Answers;
use crate::i18n::{Key, Lang};
use crate::state::Action;
use yew::prelude::*;

pub struct Ask<'a> {
    pub lang: Lang,
    pub answers: &'a Answers,
    pub dispatch: &'a Callback<Action>,
    /// A catalogue key, shown and announced above Back and Next.
    pub error: Option<Key>,
}
