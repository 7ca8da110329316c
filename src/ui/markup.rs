//! Small pieces of markup built in one place each: every `html!` element is code at the spot
//! it is written (a few hundred bytes of WebAssembly each), so the text elements the screens
//! repeat go through these, one copy each (`#[inline(never)]`), rather than being written out
//! again. (Built with `VTag`'s own methods instead of `html!`, they came out 1.3 KB larger.)

use yew::prelude::*;

/// `<p class>text</p>` (no class when `class` is empty).
#[inline(never)]
pub fn line(class: &'static str, text: AttrValue) -> Html {
    html! { <p class={(!class.is_empty()).then_some(class)}>{ text }</p> }
}

/// `<span class>text</span>`.
#[inline(never)]
pub fn span(class: &'static str, text: AttrValue) -> Html {
    html! { <span class={class}>{ text }</span> }
}

/// `<a class href>text</a>`.
#[inline(never)]
pub fn link(class: &'static str, href: String, text: AttrValue) -> Html {
    html! { <a class={class} href={href}>{ text }</a> }
}

/// `<h3>text</h3>`.
#[inline(never)]
pub fn subheading(text: AttrValue) -> Html {
    html! { <h3>{ text }</h3> }
}

/// `<li>text</li>`.
#[inline(never)]
pub fn item(text: AttrValue) -> Html {
    html! { <li>{ text }</li> }
}
