//! The languages: which the guide offers, which the clinic's team speaks, and how ready the
//! clinic's own texts are in each (a translation missing, older than its English, or left on
//! the sample).

use super::articles::focus_after_render;
use super::edit::Edit;
use super::fields::Field;
use super::form::Form;
use super::language_name;
use super::notes::{languages, LanguageReadiness};
use super::view::{notes_view, Ctx};
use crate::i18n::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How ready each language the guide offers is.
pub struct Readiness {
    /// Notes on the English texts themselves (the sample name, a title missing).
    pub english_notes: usize,
    /// Each other language offered.
    pub others: Vec<(Lang, LanguageReadiness)>,
}

impl Readiness {
    pub fn of(form: &Form) -> Readiness {
        let offered = &form.draft.languages;
        Readiness {
            english_notes: form
                .notes
                .iter()
                .filter(|n| n.field.and_then(Field::lang) == Some(Lang::En))
                .count(),
            // Only the languages the guide offers need to be ready.
            others: languages(&form.draft, &form.notes)
                .into_iter()
                .filter(|(lang, _)| offered.is_empty() || offered.iter().any(|c| c == lang.code()))
                .collect(),
        }
    }

    /// "Ready in English and Spanish. Not yet in Vietnamese."
    pub fn line(&self) -> String {
        let (ready, not_yet): (Vec<_>, Vec<_>) =
            std::iter::once(("English", self.english_notes == 0))
                .chain(
                    self.others
                        .iter()
                        .map(|(l, r)| (language_name(*l), r.ready())),
                )
                .partition(|(_, ready)| *ready);
        let names = |langs: &[(&str, bool)]| {
            let names: Vec<&str> = langs.iter().map(|(name, _)| *name).collect();
            match names.as_slice() {
                [] => String::new(),
                [one] => one.to_string(),
                [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
            }
        };
        match (ready.is_empty(), not_yet.is_empty()) {
            (true, _) => "No language is ready yet: see the Languages section.".to_string(),
            (false, true) => format!("Ready in {}.", names(&ready)),
            (false, false) => format!(
                "Ready in {}. Not yet in {}.",
                names(&ready),
                names(&not_yet)
            ),
        }
    }
}

/// A checkbox per language the guide carries.
fn boxes(
    ctx: &Ctx,
    id: &'static str,
    ticked: &dyn Fn(Lang) -> bool,
    edit: fn(Lang, bool) -> Edit,
    field: Field,
    keep_one: bool,
) -> Html {
    let ticked_count = Lang::ALL.iter().filter(|l| ticked(**l)).count();
    let boxes = Lang::ALL.iter().map(|lang| {
        let lang = *lang;
        let send = ctx.send.clone();
        let follow = ctx.follow.clone();
        let checked = ticked(lang);
        // The last language offered stays: a guide offers at least one.
        let last = keep_one && checked && ticked_count == 1;
        html! {
            <label class="tag" for={format!("{id}-{}", lang.code())}>
                <input type="checkbox" id={format!("{id}-{}", lang.code())} checked={checked} disabled={last}
                    onfocus={Callback::from(move |_| follow.emit(field))}
                    onchange={Callback::from(move |e: Event| {
                        let on = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
                        send.emit(edit(lang, on));
                    })} />
                { language_name(lang) }
            </label>
        }
    });
    html! { <div class="tag-list">{ for boxes }</div> }
}

pub fn view(ctx: &Ctx, readiness: &Readiness) -> Html {
    let draft = &ctx.form.draft;
    let offered =
        |l: Lang| draft.languages.is_empty() || draft.languages.iter().any(|c| c == l.code());
    let spoken = |l: Lang| draft.staff_languages.iter().any(|c| c == l.code());
    html! {
        <>
            <fieldset class="tags" id="languages">
                <legend>{ "Languages the guide offers" }</legend>
                { boxes(ctx, "offered", &offered, Edit::Offered, Field::Languages, true) }
                { notes_view(ctx, Field::Languages) }
            </fieldset>
            <fieldset class="tags" id="staff-languages">
                <legend>{ "Languages your team speaks" }</legend>
                { boxes(ctx, "staff", &spoken, Edit::Staff, Field::StaffLanguages, false) }
                <p class="hint">{ "A visitor reading the guide in one of them sees \u{201c}We speak Spanish\u{201d} (in their language) beside your number." }</p>
                { notes_view(ctx, Field::StaffLanguages) }
            </fieldset>
            <p class="hint">{ "Visitors choose their language at the top of the guide. Where you give no translation, they see your English." }</p>
            <h3 class="readiness-title">{ "How ready each language is" }</h3>
            <ul class="language-readiness" id="language-readiness">
                <li class={classes!((readiness.english_notes == 0).then_some("ready"))}><strong>{ "English" }</strong>{ ": " }{ match readiness.english_notes {
                    0 => "ready".to_string(),
                    1 => "1 text to look at".to_string(),
                    n => format!("{n} texts to look at"),
                } }</li>
                { for readiness.others.iter().map(|(lang, r)| html! {
                    <li class={classes!(r.ready().then_some("ready"))}>
                        <strong>{ language_name(*lang) }</strong>{ ": " }{ r.words() }
                        // Which texts, each a link to its field.
                        if !r.ready() {
                            <ul class="readiness-fields">
                                { for r.missing.iter().map(|f| (f, "in English only"))
                                    .chain(r.to_check.iter().map(|f| (f, "to check")))
                                    .map(|(field, why)| html! {
                                        <li>
                                            <a href={format!("#{}", field.id())}
                                                onclick={{ let id = field.id(); Callback::from(move |_| focus_after_render(id.clone())) }}>
                                                { field.label() }
                                            </a>
                                            { format!(": {why}") }
                                        </li>
                                    }) }
                            </ul>
                        }
                    </li>
                }) }
            </ul>
            <p class="hint">{ "A text to check is a translation made before its English changed, or one left from the sample: it is marked beside it, in Your clinic and under each article's \u{201c}In other languages\u{201d}." }</p>
        </>
    }
}
