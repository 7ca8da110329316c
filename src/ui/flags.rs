//! A red-flag screen: the questions of one screen of the interview that fit this visitor,
//! each ticked or not, and "None of these" as an answer that goes on.

use super::ask::Ask;
use super::choice::{options, Choice};
use super::step_nav::step_nav;
use crate::guide::{Flag, FlagScreen};
use crate::i18n::{t, Key};
use crate::state::Action;
use yew::prelude::*;

pub fn flags_screen(ask: &Ask, screen: FlagScreen) -> Html {
    let (lang, a) = (ask.lang, ask.answers);
    let none = a.none_on(screen);
    let flags = a.flags_on(screen);
    let referral = screen.referral().map(|condition| {
        let referred = a.referred_for.contains(condition);
        html! {
            <div class="choices referral">
                { Choice {
                    label: t(lang, screen.referral_key()).into(),
                    value: "referred".into(),
                    checked: referred,
                    ontoggle: ask.dispatch.reform(move |_| Action::ReferredFor(condition, !referred)),
                    radio_group: None,
                    class: "",
                }.view() }
            </div>
        }
    });
    html! {
        <section class="screen flags" data-flags={screen.id()}>
            <h2 tabindex="-1">{ t(lang, screen.title_key()) }</h2>
            if let Some(hint) = screen.hint_key() {
                <p class="hint">{ t(lang, hint) }</p>
            }
            { for referral }
            <fieldset>
                <legend>{ t(lang, screen.question_key()) }</legend>
                <div class="choices">
                    { options(
                        &flags,
                        lang,
                        (Flag::id, Flag::label),
                        |flag| a.flags_yes.contains(flag),
                        &ask.dispatch.reform(Action::ToggleFlag),
                        None,
                    ) }
                </div>
            </fieldset>
            <button type="button" class={classes!("button", "secondary", "none-of-these", none.then_some("is-checked"))}
                aria-pressed={if none { "true" } else { "false" }}
                onclick={ask.dispatch.reform(|_: MouseEvent| Action::NoneOfThese)}>
                { t(lang, Key::FlagsNone) }
            </button>
            { step_nav(lang, ask.dispatch, ask.error, Key::NavNext) }
        </section>
    }
}
