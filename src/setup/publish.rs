//! Putting the guide on the clinic's site: the snippet for each way (pasted HTML with the
//! files from a CDN, the clinic's own web space, the WordPress plugin), and the guide's
//! address checked in plain words (`localhost`, or no `https://`).

use crate::i18n::Lang;

/// How the clinic puts the guide on its site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// A site that takes pasted HTML (a site builder): the guide's files from a CDN that
    /// serves npm packages, the configuration inside the snippet.
    Cdn,
    /// The clinic's own web space, where it uploads the guide's files and clinic.json.
    OwnSpace,
    /// A WordPress site: the plugin, no snippet.
    WordPress,
}

/// The guide's files of this very version, on jsDelivr (the npm package `cargo xtask package`
/// writes; docs/publishing.md).
pub fn cdn_base() -> String {
    format!(
        "https://cdn.jsdelivr.net/npm/massage-guide@{}/",
        env!("CARGO_PKG_VERSION")
    )
}

/// Why there is no snippet yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnippetProblem {
    /// The guide's address is not http(s) or a folder of the site: what to write instead.
    Address(String),
    /// The clinic's phone number does not read as a number yet.
    Phone,
}

/// The snippet a clinic pastes into its site: the loader, and the element with its
/// configuration's address, or with the configuration inside it.
///
/// The guide's address must be an http(s) address or a folder of the site: a `data:` or
/// `javascript:` address would run whatever it holds on the clinic's page.
///
/// The element always holds the clinic's phone link (`phone`, as typed): if the script is
/// blocked or cannot load, or the configuration cannot be had, the visitor still has a number
/// to call, and it is this clinic's. So there is no snippet until the number reads.
///
/// `integrity` is the loader's own hash (`sha256-…`, written into the setup page by the build):
/// the clinic's page then refuses a loader changed after this build (docs/publishing.md).
///
/// `lang` is the language the guide starts in (the visitor can change it), on the element.
pub fn snippet(
    base: &str,
    inline: Option<&str>,
    phone: &str,
    integrity: Option<&str>,
    lang: Lang,
) -> Result<String, SnippetProblem> {
    let lang = lang.code();
    let base = base.trim();
    // An address such as `riversidemassage.com/guide` would be read as a folder of the page
    // the snippet is pasted into: no snippet, and the fix in words.
    if let Some(full) = super::edit::with_https(base) {
        return Err(SnippetProblem::Address(format!(
            "Without https:// in front, this reads as a folder of the page the snippet is pasted into. Did you mean {full}?"
        )));
    }
    crate::clinic::check_url(base).map_err(|_| {
        SnippetProblem::Address(
            "Write the address that starts with https://, or a folder of your site such as /guide/"
                .into(),
        )
    })?;
    // Digits, `+` and the display's `(`, `)`, `-` and spaces only: nothing to escape.
    let phone = crate::clinic::PhoneNumber::parse(phone).map_err(|_| SnippetProblem::Phone)?;
    let link = format!("<a href=\"{}\">{}</a>\n", phone.tel_href(), phone.display);
    // The address goes into attributes: written so that nothing in it can end one.
    let base = base
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    let base = if base.ends_with('/') {
        base
    } else {
        format!("{base}/")
    };
    // Base64 and `sha256-` only (the build's own): nothing to escape; anything else is left out.
    let integrity = integrity
        .filter(|hash| {
            hash.starts_with("sha256-")
                && hash[7..]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        })
        .map(|hash| format!(r#" integrity="{hash}" crossorigin="anonymous""#))
        .unwrap_or_default();
    let script =
        format!(r#"<script type="module" src="{base}embed/massage-guide.js"{integrity}></script>"#);
    Ok(match inline {
        // `<` written as `\u003c`, so no text in it can close the script element.
        Some(json) => format!(
            "{script}\n<massage-guide lang=\"{lang}\">\n{link}<script type=\"application/json\">\n{}</script>\n</massage-guide>\n",
            json.replace('<', "\\u003c")
        ),
        None => format!(
            "{script}\n<massage-guide config=\"{base}clinic.json\" lang=\"{lang}\">\n{link}</massage-guide>\n"
        ),
    })
}

/// What is wrong with the address of the guide's folder on the clinic's site, in plain words;
/// `None` when visitors can load the guide from it. A snippet is still given for an address of
/// this computer (to try it here), but never for one that reads as a folder of the page.
pub fn check_guide_address(base: &str) -> Option<String> {
    let base = base.trim();
    if base.is_empty() {
        return Some("Write the address of the guide's folder on your site, such as https://riversidemassage.com/guide/.".into());
    }
    if let Some(full) = super::edit::with_https(base) {
        return Some(format!(
            "Without https:// in front, this reads as a folder of the page the snippet is pasted into. Did you mean {full}?"
        ));
    }
    let lower = base.to_ascii_lowercase();
    let host = lower
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':']).next())
        .unwrap_or("");
    if ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"].contains(&host) || host.ends_with(".local") {
        return Some("This address is your own computer: it works only here, not for your visitors. Write your site's address, starting with https://.".into());
    }
    if lower.starts_with("http://") {
        return Some("Write https:// rather than http://: browsers do not load the guide over http:// on a secure page.".into());
    }
    None
}

/// The section's inputs from the page.
#[derive(yew::Properties, PartialEq)]
pub struct PublishProps {
    /// `clinic.json` as the draft writes it.
    pub json: String,
    /// The phone number as typed (the snippet carries its link).
    pub phone: String,
    /// On a site's settings page (the WordPress plugin), which saves the configuration itself.
    pub on_site: bool,
    /// The loader's own hash, written into the setup page by the build.
    pub integrity: Option<String>,
}

/// The option chosen in the `<select>` an event came from (the first when there is none).
pub fn selected_index(event: &yew::Event) -> usize {
    use yew::TargetCast;
    event
        .target_dyn_into::<web_sys::HtmlSelectElement>()
        .map_or(0, |select| select.selected_index().max(0) as usize)
}

#[yew::component]
pub fn PublishSection(props: &PublishProps) -> yew::Html {
    use yew::prelude::*;
    let on_site = props.on_site;
    let way = use_state(|| match on_site {
        true => Way::WordPress,
        false => Way::OwnSpace,
    });
    let inline = use_state(|| false);
    let snippet_lang = use_state(|| Lang::En);
    // The folder above this page: where the guide's files are when this page came with them.
    let base = use_state(|| {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .and_then(|href| web_sys::Url::new_with_base("../", &href).ok())
            .map(|url| url.href())
            .unwrap_or_else(|| "/massage-guide/".into())
    });
    let copied = use_state(|| false);

    // From a CDN, the configuration goes in the snippet: there is no file of the clinic's.
    let (from, inline_now) = match *way {
        Way::Cdn => (cdn_base(), true),
        _ => ((*base).clone(), *inline),
    };
    let result = snippet(
        &from,
        inline_now.then_some(props.json.as_str()),
        &props.phone,
        props.integrity.as_deref(),
        *snippet_lang,
    );
    let address_note = match &result {
        Err(SnippetProblem::Address(why)) => Some(why.clone()),
        _ if *way == Way::OwnSpace => check_guide_address(&base),
        _ => None,
    };
    let fix = (*way == Way::OwnSpace)
        .then(|| super::edit::with_https(&base))
        .flatten();
    let waits_for_phone = result == Err(SnippetProblem::Phone);
    let text = result.unwrap_or_default();
    let copy = {
        let text = text.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            if let Some(window) = web_sys::window() {
                let _ = window.navigator().clipboard().write_text(&text);
                copied.set(true);
            }
        })
    };
    let invalid = address_note.is_some().then_some("true");
    html! {
        <>
            <fieldset class="ways">
                <legend>{ "How do you change your site?" }</legend>
                { for [
                    (Way::Cdn, "way-cdn", "I paste HTML into a page (Squarespace, Wix, most site builders)"),
                    (Way::OwnSpace, "way-own", "I upload files to my own web space"),
                    (Way::WordPress, "way-wordpress", "My site is WordPress"),
                ].into_iter().map(|(value, id, label)| {
                    let way = way.clone();
                    html! {
                        <div class="field check">
                            <input type="radio" name="way" id={id} checked={*way == value}
                                onchange={Callback::from(move |_| way.set(value))} />
                            <label for={id}>{ label }</label>
                        </div>
                    }
                }) }
            </fieldset>
            if on_site && *way == Way::WordPress {
                <p class="hint">{ "You are on your WordPress site's settings: once saved, your details show wherever a page has the Massage guide block or [massage_guide]." }</p>
            }
            if !on_site && *way == Way::WordPress {
                <ol class="wordpress-steps">
                    <li>{ "In WordPress, go to Plugins, Add New, Upload Plugin, and upload massage-guide.zip (from the guide's release); activate it." }</li>
                    <li>{ "Go to Settings, Massage guide: this same page opens there. Fill it in and press \"Save to your site\"." }</li>
                    <li>{ "Add the Massage guide block to a page (or type [massage_guide] in the classic editor)." }</li>
                </ol>
                <p class="hint">{ "Nothing to paste, and no file to upload: the plugin keeps your details in WordPress." }</p>
            }
            if *way == Way::OwnSpace {
                <div class={classes!("field", invalid.map(|_| "has-problem"))}>
                    <label for="base">{ "Address of the guide's folder on your site" }</label>
                    <p class="hint" id="base-hint">{ "Where you upload the guide's files, such as https://riversidemassage.com/guide/ (your clinic.json goes beside them)." }</p>
                    <input id="base" type="url" value={(*base).clone()} autocomplete="off"
                        aria-describedby="base-hint base-problem" aria-invalid={invalid}
                        oninput={{ let base = base.clone(); Callback::from(move |e: InputEvent| base.set(super::view::input_value(&e))) }} />
                    <div class="problem" id="base-problem" aria-live="polite">
                        if let Some(note) = &address_note {
                            <p><span>{ note.clone() }</span>
                                if let Some(full) = fix.clone() {
                                    <button type="button" class="small fix"
                                        onclick={{ let base = base.clone(); Callback::from(move |_| base.set(full.clone())) }}>
                                        { "Add https://" }
                                    </button>
                                }
                            </p>
                        }
                    </div>
                </div>
                <div class="field check">
                    <input id="inline" type="checkbox" checked={*inline}
                        onchange={{ let inline = inline.clone(); Callback::from(move |_| inline.set(!*inline)) }} />
                    <label for="inline">{ "Put your details in the snippet (for a site that cannot hold a file)" }</label>
                </div>
            }
            if *way == Way::Cdn {
                <p class="hint">{ "The guide's files come from jsDelivr, a free public file host (like any host, it sees each visitor's internet address; the answers never leave the visitor's browser). Your details go in the snippet itself: paste it again after each change here." }</p>
            }
            if *way != Way::WordPress {
                <div class="field">
                    <label for="snippet-lang">{ "Language the guide starts in (visitors can change it)" }</label>
                    <select id="snippet-lang" onchange={{
                        let snippet_lang = snippet_lang.clone();
                        Callback::from(move |e: Event| {
                            snippet_lang.set(Lang::ALL.get(selected_index(&e)).copied().unwrap_or(Lang::En));
                        })
                    }}>
                        { for Lang::ALL.iter().map(|l| html! { <option selected={*snippet_lang == *l}>{ crate::i18n::t(*l, l.name_key()) }</option> }) }
                    </select>
                </div>
                <label for="snippet" class="snippet-label">{ "Paste this where the guide should appear" }</label>
                if waits_for_phone {
                    <p class="hint">{ "The snippet appears once your phone number above reads as a number: it carries your number, so visitors can call you even if the guide cannot load." }</p>
                }
                <textarea id="snippet" readonly=true rows="5" value={text} />
                <button type="button" onclick={copy}>{ "Copy the snippet" }</button>
                <p role="status" class="hint">{ if *copied { "Copied." } else { "" } }</p>
            }
        </>
    }
}
