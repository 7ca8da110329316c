//! Small pieces of markup built in one place each: every `html!` element is code at the spot
//! it is written (a few hundred bytes of WebAssembly each), so the text elements the screens
//! repeat go through these, one copy each (`#[inline(never)]`), rather than being written out
//! again. (Built with `VTag`'s own methods instead of `html!`, they came out 1.3 KB larger.)
//!
//! A class known only at run time is set as yew sets any such attribute (`classed`), not
//! through `html!`'s `class={...}`, which reads every value that is not a literal into
//! `Classes`, a hashed ordered set: with none left, that code is not in the WebAssembly (about
//! 2.5 KB brotli, docs/performance.md). Every other class is a literal, and a state (ticked,
//! chosen, pressed) is styled by what the element already says of it (`:checked`,
//! `aria-checked`, `aria-pressed`).

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VNode};

/// `html` (an element written with no attributes) given `class`, none when it is empty, and
/// `href` when it is a link.
fn classed(mut html: Html, class: &'static str, href: Option<AttrValue>) -> Html {
    // Just built, so not shared: `get_mut` always gives it (and brings no copying code in).
    if let VNode::VTag(tag) = &mut html {
        if let Some(tag) = std::rc::Rc::get_mut(tag) {
            // `Attribute`, as `html!` writes it: the server renderer (the first screen, rendered at
            // build time) leaves out a `Dynamic` value of any other kind.
            let class = (!class.is_empty())
                .then_some(AttributeOrProperty::Attribute(AttrValue::Static(class)));
            tag.set_attributes(match href {
                Some(href) => Attributes::Dynamic {
                    keys: &["class", "href"],
                    values: Box::new([class, Some(AttributeOrProperty::Attribute(href))]),
                },
                None => Attributes::Dynamic {
                    keys: &["class"],
                    values: Box::new([class]),
                },
            });
        }
    }
    html
}

/// `<p class>text</p>` (no class when `class` is empty).
#[inline(never)]
pub fn line(class: &'static str, text: AttrValue) -> Html {
    classed(html! { <p>{ text }</p> }, class, None)
}

/// `<span class>text</span>`.
#[inline(never)]
pub fn span(class: &'static str, text: AttrValue) -> Html {
    classed(html! { <span>{ text }</span> }, class, None)
}

/// `<a class href>text</a>`.
#[inline(never)]
pub fn link(class: &'static str, href: String, text: AttrValue) -> Html {
    classed(html! { <a>{ text }</a> }, class, Some(href.into()))
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
