//! The services a visitor books: each with its name, length, price, own booking page and the
//! massage results it suits (the other results never book).

use super::edit::Edit;
use super::fields::Field;
use super::language_name;
use super::view::{field_view, notes_view, Ctx, FieldSpec};
use crate::guide::Outcome;
use crate::i18n::Lang;
use yew::prelude::*;

/// The results a service can be booked from, in the clinic's words.
const BOOKABLE: [(Outcome, &str); 2] = [
    (Outcome::MedicalMassage, "Medical massage result"),
    (
        Outcome::GeneralMassage,
        "General (relaxation) massage result",
    ),
];

pub fn view(ctx: &Ctx) -> Html {
    let draft = &ctx.form.draft;
    let services = draft.services.iter().enumerate().map(|(i, service)| {
        let suits = BOOKABLE.iter().map(|(outcome, label)| {
            let checked = service.suits.iter().any(|id| id == outcome.id());
            let id = format!("service-{i}-suits-{}", outcome.id());
            let send = ctx.send.clone();
            let follow = ctx.follow.clone();
            let outcome = *outcome;
            html! {
                <label class="tag" for={id.clone()}>
                    <input type="checkbox" id={id} checked={checked}
                        onfocus={Callback::from(move |_| follow.emit(Field::ServiceSuits(i)))}
                        onchange={Callback::from(move |e: Event| {
                            let on = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
                            send.emit(Edit::Suits(i, outcome, on));
                        })} />
                    { *label }
                </label>
            }
        });
        let names = Lang::ALL.iter().filter(|l| **l != Lang::En).map(|lang| {
            field_view(ctx, FieldSpec {
                field: Field::ServiceName(i, *lang),
                label: format!("Name in {}", language_name(*lang)),
                ..FieldSpec::default()
            })
        });
        let remove = {
            let send = ctx.send.clone();
            Callback::from(move |_| send.emit(Edit::RemoveService(i)))
        };
        html! {
            <li class="service-draft">
                <h3>{ format!("Service {}", i + 1) }</h3>
                { field_view(ctx, FieldSpec { field: Field::ServiceName(i, Lang::En), label: "Name".into(), hint: Some("As on your price list, such as Medical massage.".into()), ..FieldSpec::default() }) }
                <div class="service-facts-fields">
                    { field_view(ctx, FieldSpec { field: Field::ServiceMinutes(i), label: "Minutes (optional)".into(), kind: Some("number"), ..FieldSpec::default() }) }
                    { field_view(ctx, FieldSpec { field: Field::ServicePrice(i, Lang::En), label: "Price (optional)".into(), hint: Some("In your words, such as $95 or from $80.".into()), ..FieldSpec::default() }) }
                </div>
                { field_view(ctx, FieldSpec {
                    field: Field::ServiceUrl(i),
                    label: "Its own booking page (optional)".into(),
                    hint: Some("Where visitors book this service; your booking page when empty.".into()),
                    kind: Some("url"),
                    ..FieldSpec::default()
                }) }
                <fieldset class="tags" id={Field::ServiceSuits(i).id()}>
                    <legend>{ "Offer it on the" }</legend>
                    <div class="tag-list">{ for suits }</div>
                    { notes_view(ctx, Field::ServiceSuits(i)) }
                </fieldset>
                <details class="other-languages">
                    <summary>{ "Its name in other languages" }</summary>
                    { for names }
                </details>
                <button type="button" class="small" id={format!("service-{i}-remove")} onclick={remove}>{ format!("Remove service {}", i + 1) }</button>
            </li>
        }
    });
    let add = {
        let send = ctx.send.clone();
        let count = draft.services.len();
        Callback::from(move |_| {
            send.emit(Edit::AddService);
            super::articles::focus_after_render(format!("service-{count}-name"));
        })
    };
    html! {
        <>
            <p class="hint">{ "A massage result lists up to three services that fit it, with their length, price and a way to book. The other results (see a doctor, rest first) never offer booking." }</p>
            <ol class="service-drafts">{ for services }</ol>
            <button type="button" id="add-service" onclick={add}>{ "Add a service" }</button>
        </>
    }
}
