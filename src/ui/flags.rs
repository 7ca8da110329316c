//! A red-flag screen: the questions of one screen of the interview that fit this visitor,
//! each ticked or not, and "None of these" as an answer that goes on.

use super::ask::Ask;
use super::choice::Choice;
use super::markup::line;
use super::step_nav::step_nav;
use crate::guide::{Flag, FlagScreen};
use crate::i18n::{t, Key};
use crate::state::Action;
use yew::prelude::*;

pub fn flags_screen(ask: &Ask, screen: FlagScreen) -> Html {
    let (lang, a) = (ask.lang, ask.answers);
    let none = a.none_on(screen);
    let flags = a.flags_on(screen);
    let referral = screen.referral().zip(screen.referral_key()).map(|(condition, key)| {
        let referred = a.referred_for.contains(condition);
        html! {
            <div class="choices referral">
                { Choice {
                    label: t(lang, key).into(),
                    value: "referred".into(),
                    checked: referred,
                    ontoggle: ask.dispatch.reform(move |_| Action::ReferredFor(condition, !referred)),
                    radio_group: None,
                }.view() }
            </div>
        }
    });
    html! {
        <section class="screen flags" data-flags={screen.id()}>
            <h2 tabindex="-1">{ t(lang, screen.title_key()) }</h2>
            if let Some(hint) = screen.hint_key() {
                { line("hint", t(lang, hint).into()) }
            }
            { for referral }
            <fieldset>
                <legend>{ t(lang, screen.question_key()) }</legend>
                <div class="choices">
                    { for flags.iter().map(|&flag| if flag.row().follows.is_some() {
                        follow_up(ask, flag)
                    } else {
                        Choice {
                            label: flag.label(lang).into(),
                            value: flag.id().into(),
                            checked: a.flags_yes.contains(flag),
                            ontoggle: ask.dispatch.reform(move |_| Action::ToggleFlag(flag)),
                            radio_group: None,
                        }.view()
                    }) }
                </div>
            </fieldset>
            <button type="button" class="button secondary none-of-these"
                aria-pressed={if none { "true" } else { "false" }} data-action="none"
                onclick={ask.dispatch.reform(|_: MouseEvent| Action::NoneOfThese)}>
                { t(lang, Key::FlagsNone) }
            </button>
            { step_nav(lang, ask.dispatch, ask.error, Key::NavNext) }
        </section>
    }
}

/// A question shown under a tick ("Since then, ...?"): yes or no, each an answer of its own.
fn follow_up(ask: &Ask, flag: Flag) -> Html {
    let answer = ask.answers.flag_answer(flag);
    let choice = |yes: bool| {
        Choice {
            label: t(ask.lang, if yes { Key::FlagsYes } else { Key::FlagsNo }).into(),
            value: if yes { "yes" } else { "no" }.into(),
            checked: answer == Some(yes),
            ontoggle: ask.dispatch.reform(move |_| Action::AnswerFlag(flag, yes)),
            radio_group: Some(flag.id()),
        }
        .view()
    };
    html! {
        <fieldset class="follow-up" data-flag={flag.id()}>
            <legend>{ flag.label(ask.lang) }</legend>
            <div class="choices yes-no">{ choice(true) }{ choice(false) }</div>
        </fieldset>
    }
}
