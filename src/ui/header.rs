//! The bar on every screen: the clinic's name and its phone number, one tap away.

use crate::clinic::{Logo, PhoneNumber};
use crate::i18n::{t, Key, Lang};
use yew::prelude::*;

pub struct ClinicHeaderProps {
    pub name: AttrValue,
    pub phone: PhoneNumber,
}

/// The bar, with the clinic's logo before its name when it has one. The logo's box is fixed,
/// so the name does not move when the image arrives.
pub fn clinic_header(props: &ClinicHeaderProps, logo: Option<&Logo>, lang: Lang) -> Html {
    html! {
        <header class="clinic-bar">
            if let Some(logo) = logo {
                <img class="clinic-logo" src={logo.url.clone()} alt={logo.alt.get(lang).to_string()} />
            }
            { clinic_bar(props, lang) }
        </header>
    }
}

/// The bar's content. The standalone page carries the same, rendered at build time, as the
/// element's own content (`tools/post-build.mjs`), so the bar does not change when the
/// configuration arrives.
pub fn clinic_bar(props: &ClinicHeaderProps, lang: Lang) -> Html {
    html! {
        <>
            <span class="clinic-name">{ props.name.clone() }</span>
            <a class="phone-link" href={props.phone.tel_href()}>
                <svg class="phone-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
                </svg>
                <span class="phone-link-label">{ t(lang, Key::HeaderCall) }</span>{ props.phone.display.clone() }
            </a>
        </>
    }
}

/// The bar while the configuration loads: the element's own content, the clinic's phone link
/// (docs/embedding.md), never a number that may not be this clinic's.
pub fn waiting_header() -> Html {
    html! { <header class="clinic-bar"><slot /></header> }
}
