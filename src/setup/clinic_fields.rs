//! The clinic's own details: its name in each language, the numbers, the booking page.

use super::fields::Field;
use super::language_name;
use super::view::{field_view, Ctx, FieldSpec};
use crate::i18n::Lang;
use yew::prelude::*;

pub fn view(ctx: &Ctx) -> Html {
    let names = Lang::ALL.iter().map(|lang| {
        let label = match lang {
            Lang::En => "Clinic name".to_string(),
            _ => format!("Clinic name in {} (optional)", language_name(*lang)),
        };
        field_view(
            ctx,
            FieldSpec {
                field: Field::Name(*lang),
                label,
                hint: (*lang == Lang::En)
                    .then(|| "As visitors know it; shown at the top of the guide.".into()),
                ..FieldSpec::default()
            },
        )
    });
    html! {
        <>
            { for names }
            { field_view(ctx, FieldSpec {
                field: Field::Phone,
                label: "Booking phone number".into(),
                hint: Some("As you would write it on a card, such as 706-286-8344; outside the US, start with + and the country code.".into()),
                kind: Some("tel"),
                ..FieldSpec::default()
            }) }
            { field_view(ctx, FieldSpec {
                field: Field::BookingUrl,
                label: "Online booking page (optional)".into(),
                hint: Some("Copy it from your browser's address bar, such as https://riversidemassage.com/book.".into()),
                kind: Some("url"),
                ..FieldSpec::default()
            }) }
            { field_view(ctx, FieldSpec {
                field: Field::Address(Lang::En),
                label: "Address (optional)".into(),
                hint: Some("One line, shown under the call button, such as 12 Main St, Dalton, GA.".into()),
                ..FieldSpec::default()
            }) }
            <details class="more-numbers">
                <summary>{ "Your logo (optional)" }</summary>
                { field_view(ctx, FieldSpec {
                    field: Field::LogoUrl,
                    label: "Address of the logo's image".into(),
                    hint: Some("Open the logo on your site, and copy the address from the browser's address bar. Shown small, before your name.".into()),
                    kind: Some("url"),
                    ..FieldSpec::default()
                }) }
                { field_view(ctx, FieldSpec {
                    field: Field::LogoAlt(Lang::En),
                    label: "What the logo shows, in words".into(),
                    hint: Some("For visitors who cannot see it, such as Riverside Massage.".into()),
                    ..FieldSpec::default()
                }) }
            </details>
            <details class="more-numbers" id="other-languages-clinic">
                <summary>{ "Address and logo words in other languages" }</summary>
                { for Lang::ALL.iter().filter(|l| **l != Lang::En).map(|lang| html! { <>
                    { field_view(ctx, FieldSpec { field: Field::Address(*lang), label: format!("Address in {}", language_name(*lang)), ..FieldSpec::default() }) }
                    { field_view(ctx, FieldSpec { field: Field::LogoAlt(*lang), label: format!("Logo words in {}", language_name(*lang)), ..FieldSpec::default() }) }
                </> }) }
            </details>
            <details class="more-numbers" open={ctx.form.notes_of(Field::EmergencyNumber).next().is_some() || ctx.form.notes_of(Field::CrisisLine).next().is_some()}>
                <summary>{ "Emergency and crisis numbers (911 and 988 in the US)" }</summary>
                { field_view(ctx, FieldSpec {
                    field: Field::EmergencyNumber,
                    label: "Emergency number".into(),
                    hint: Some("Shown when a visitor's answers need help now.".into()),
                    ..FieldSpec::default()
                }) }
                { field_view(ctx, FieldSpec {
                    field: Field::CrisisLine,
                    label: "Suicide and crisis line".into(),
                    hint: Some("Shown quietly where mood or sleep is a goal.".into()),
                    ..FieldSpec::default()
                }) }
            </details>
        </>
    }
}
