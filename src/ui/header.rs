//! The bar on every screen: the clinic's name and its phone number, one tap away.

use crate::clinic::PhoneNumber;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClinicHeaderProps {
    pub name: AttrValue,
    pub phone: PhoneNumber,
}

#[component]
pub fn ClinicHeader(props: &ClinicHeaderProps) -> Html {
    html! {
        <header class="clinic-bar">
            <span class="clinic-name">{ props.name.clone() }</span>
            <a class="phone-link" href={props.phone.tel_href()}>
                <span class="phone-link-label">{ "Call " }</span>{ props.phone.display.clone() }
            </a>
        </header>
    }
}
