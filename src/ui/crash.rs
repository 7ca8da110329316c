//! When something breaks anyway: a panic replaces every guide on the page with a calm
//! fallback that keeps the phone number. The panic message goes to the console.
//!
//! With `panic = "abort"` the WebAssembly cannot run again after a panic, so the fallback is
//! plain DOM and its "Start again" button is handled by the element's loader (`data-restart`).

use crate::i18n::{t, Key, Lang};
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The root element of each mounted guide, with its `<massage-guide>` element.
    static ROOTS: RefCell<Vec<(web_sys::Element, web_sys::Element)>> = const { RefCell::new(Vec::new()) };
}

/// Install the panic hook (once) and remember `root` (and its element, `host`) for the fallback.
pub fn watch(root: &web_sys::Element, host: &web_sys::Element) {
    ROOTS.with(|roots| {
        let mut roots = roots.borrow_mut();
        if roots.is_empty() {
            yew::set_custom_panic_hook(Box::new(|info| {
                gloo_console::error!(format!("massage-guide: {info}"));
                ROOTS.with(|roots| {
                    for (root, host) in roots.borrow().iter() {
                        show_fallback(root, host);
                    }
                });
            }));
        }
        roots.push((root.clone(), host.clone()));
    });
}

/// Replace the guide in `root` with the fallback, keeping the phone link it showed.
fn show_fallback(root: &web_sys::Element, host: &web_sys::Element) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let element = |tag: &str, class: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        if !class.is_empty() {
            el.set_class_name(class);
        }
        el.set_text_content(Some(text));
        Some(el)
    };
    // The link the guide showed; while its configuration loads, that is the page's own link
    // inside the element (shown through a slot, so not in `root`); the built-in clinic's
    // number only where the page gave none.
    let link = |parent: &web_sys::Element, selector: &str| {
        parent
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|link| link.get_attribute("href").zip(link.text_content()))
    };
    let phone = link(root, "a.phone-link").or_else(|| link(host, r#"a[href^="tel:"]"#));
    let (href, number) = phone.unwrap_or_else(|| {
        let phone = crate::clinic::Clinic::builtin().phone;
        (format!("tel:{}", phone.e164), phone.display)
    });
    // Speak the language the guide was speaking.
    let lang = root
        .query_selector(".massage-guide")
        .ok()
        .flatten()
        .and_then(|guide| guide.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let build = || -> Option<web_sys::Element> {
        let guide = element("section", "massage-guide", "")?;
        guide.set_attribute("lang", lang.code()).ok()?;
        let main = element("div", "guide-main crash", "")?;
        main.set_attribute("role", "alert").ok()?;
        let heading = element("h2", "", t(lang, Key::CrashTitle))?;
        let text = element("p", "lead", t(lang, Key::CrashText))?;
        let call = element("a", "button call", &number)?;
        call.set_attribute("href", &href).ok()?;
        let restart = element("button", "button secondary", t(lang, Key::CrashRestart))?;
        restart.set_attribute("type", "button").ok()?;
        restart.set_attribute("data-restart", "").ok()?;
        let actions = element("div", "start-actions", "")?;
        actions.append_with_node_2(&call, &restart).ok()?;
        main.append_with_node_3(&heading, &text, &actions).ok()?;
        guide.append_child(&main).ok()?;
        Some(guide)
    };
    if let Some(fallback) = build() {
        root.set_text_content(None);
        let _ = root.append_child(fallback.unchecked_ref());
    }
}
