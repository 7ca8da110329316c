//! The setup page: its sections with a table of contents, the status line (what to look at,
//! Undo), and the real `<massage-guide>` beside the form (a tap away on a phone), given the
//! configuration in memory on every change. Nothing is sent anywhere: the draft is kept in
//! this browser's storage, and the file is downloaded (or saved to the site that hosts the page).

use super::fields::{Field, Section};
use super::form::{Change, Form};
use super::languages::{self, Readiness};
use super::preview::{PreviewPanel, Shown};
use super::publish::PublishSection;
use super::view::Ctx;
use super::{articles, clinic_fields, hours, services, theme, Draft};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where the draft is kept between visits.
const DRAFT_KEY: &str = "massage-guide-setup:draft";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Where the page saves the configuration when a site hosts it (the WordPress plugin's
/// settings page): `#setup`'s `data-save-url` (a REST address of the site) and `data-nonce`,
/// and what the site has saved, in `<script type="application/json" id="massage-guide-saved">`.
#[derive(Clone, PartialEq)]
struct Site {
    save_url: String,
    nonce: String,
    saved: Option<String>,
}

impl Site {
    fn of_page() -> Option<Site> {
        let document = web_sys::window()?.document()?;
        let setup = document.get_element_by_id("setup")?;
        let save_url = setup.get_attribute("data-save-url")?;
        // Only the site's own address: the configuration and the nonce go nowhere else.
        crate::clinic::check_url(&save_url).ok()?;
        Some(Site {
            save_url,
            nonce: setup.get_attribute("data-nonce").unwrap_or_default(),
            saved: document
                .get_element_by_id("massage-guide-saved")
                .and_then(|script| script.text_content()),
        })
    }

    /// Send `text` to the site; the sentence to show.
    async fn save(&self, text: String) -> String {
        let sent = gloo_net::http::Request::post(&self.save_url)
            .header("Content-Type", "application/json")
            .header("X-WP-Nonce", &self.nonce)
            .body(text);
        let response = match sent {
            Ok(request) => request.send().await,
            Err(error) => Err(error),
        };
        match response {
            Ok(response) if response.ok() => {
                "Saved: the guide on your site shows it now.".to_string()
            }
            Ok(response) => {
                // WordPress answers an error with {"code": ..., "message": ...}.
                let status = response.status();
                let message = response
                    .text()
                    .await
                    .ok()
                    .and_then(|text| crate::document::Document::parse(&text).ok()?.text("message"))
                    .unwrap_or_default();
                format!("Not saved: the site answered {status}. {message}")
            }
            Err(_) => "Not saved: the site could not be reached. Your changes are kept in this browser; try again.".to_string(),
        }
    }
}

/// Read a `clinic.json` the clinic picked or dropped, and fill the form with it.
fn open_file(file: web_sys::File, form: UseReducerDispatcher<Form>) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        let (draft, problems) = Draft::import(&text);
        form.dispatch(Change::Open(Box::new(draft), problems));
    });
}

/// Offer `text` as a file named `clinic.json`.
fn download(text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download("clinic.json");
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn things(n: usize) -> String {
    match n {
        1 => "1 thing to look at".into(),
        n => format!("{n} things to look at"),
    }
}

#[component]
pub fn SetupPage() -> Html {
    let site = use_memo((), |_| Site::of_page());
    let zones = use_memo((), |_| hours::browser_zones());
    let kept = use_memo((), |_| {
        storage()
            .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
            .and_then(|text| Draft::from_saved(&text))
    });
    let form = use_reducer(|| {
        let known = Rc::new(zones.0.clone());
        match site
            .as_ref()
            .as_ref()
            .and_then(|site| site.saved.as_deref())
        {
            // On a site's settings page, what the site has saved is the clinic.
            Some(saved) => {
                let (draft, problems) = Draft::import(saved);
                Form::new(draft, problems, known)
            }
            None => Form::new(
                (*kept).clone().unwrap_or_else(Draft::new_clinic),
                Vec::new(),
                known,
            ),
        }
    });
    let saving = use_state(String::new);
    // The loader's hash, written into this page by the build (tools/post-build.mjs).
    let loader_integrity = use_memo((), |_| {
        web_sys::window()?
            .document()?
            .query_selector(r#"meta[name="massage-guide-loader"]"#)
            .ok()??
            .get_attribute("content")
    });
    // The first time, the form starts from the configuration beside this page (the one the
    // guide uses now), if there is one.
    {
        let form = form.dispatcher();
        let start_from_site = kept.is_none() && site.is_none();
        use_effect_with((), move |_| {
            if start_from_site {
                wasm_bindgen_futures::spawn_local(async move {
                    let Ok(response) = gloo_net::http::Request::get("../clinic.json").send().await
                    else {
                        return;
                    };
                    if let (true, Ok(text)) = (response.ok(), response.text().await) {
                        let (draft, problems) = Draft::import(&text);
                        form.dispatch(Change::FromSite(Box::new(draft), problems));
                    }
                });
            }
        });
    }
    let shown = use_state(|| Shown::FirstScreen);
    // The section last edited, for "Back to the form" under the preview.
    let editing = use_state(|| Section::Clinic);

    // The draft is kept on every change.
    {
        use_effect_with(form.draft.clone(), |draft| {
            if let Some(storage) = storage() {
                let _ = storage.set_item(DRAFT_KEY, &draft.to_saved());
            }
        });
    }

    let send = {
        let form = form.dispatcher();
        Callback::from(move |edit| form.dispatch(Change::Edit(edit)))
    };
    let follow = {
        let shown = shown.clone();
        let editing = editing.clone();
        Callback::from(move |field: Field| {
            if let Some(next) = Shown::for_field(field) {
                if *shown != next {
                    shown.set(next);
                }
            }
            if *editing != field.section() {
                editing.set(field.section());
            }
        })
    };
    let ctx = Ctx {
        form: Rc::new((*form).clone()),
        send,
        follow,
        zones: Rc::new(zones.0.clone()),
        own_zone: zones.1.clone(),
    };

    let import = {
        let form = form.dispatcher();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                open_file(file, form.clone());
            }
            input.set_value("");
        })
    };
    // A file dropped anywhere on the page is opened like one picked.
    let dropping = use_state(|| false);
    let on_drag_over = {
        let dropping = dropping.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dropping.set(true);
        })
    };
    let on_drag_leave = {
        let dropping = dropping.clone();
        Callback::from(move |_: DragEvent| dropping.set(false))
    };
    let on_drop = {
        let form = form.dispatcher();
        let dropping = dropping.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dropping.set(false);
            let file = event
                .data_transfer()
                .and_then(|data| data.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                open_file(file, form.clone());
            }
        })
    };
    let export = {
        let text = form.draft.to_json();
        Callback::from(move |_| download(&text))
    };
    let save = (*site).clone().map(|site| {
        let text = form.draft.to_json();
        let saving = saving.clone();
        Callback::from(move |_| {
            let (site, text, saving) = (site.clone(), text.clone(), saving.clone());
            saving.set("Saving…".into());
            wasm_bindgen_futures::spawn_local(async move { saving.set(site.save(text).await) });
        })
    });
    let change = |change: fn() -> Change| {
        let form = form.dispatcher();
        Callback::from(move |_| form.dispatch(change()))
    };

    let readiness = Readiness::of(&form);
    let all_notes = form.notes.len();
    let contents = Section::ALL.iter().map(|section| {
        let n = form.notes_in(*section);
        html! {
            <li>
                <a href={format!("#{}", section.id())}>{ section.title() }</a>
                if n > 0 { <span class="count">{ things(n) }</span> }
            </li>
        }
    });
    let section = |section: Section, body: Html| {
        let title_id = format!("{}-title", section.id());
        html! {
            <section class="form-section" id={section.id()} aria-labelledby={title_id.clone()}>
                <h2 id={title_id}>{ section.title() }</h2>
                { body }
            </section>
        }
    };
    let languages_line = readiness.line();
    let status = match all_notes {
        0 => "Nothing to look at: the guide will show every field as you wrote it.".to_string(),
        n => format!("{}, marked in the contents below.", things(n)),
    };
    html! {
        <main class={classes!("setup", dropping.then_some("dropping"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <header class="setup-header">
                <h1>{ "Set up your massage guide" }</h1>
                <p>{ "Fill in your clinic's details; the preview shows them as your visitors will see them. " }
                    { if site.is_some() {
                        "Your draft is kept in this browser until you save it to your site."
                    } else {
                        "Nothing you type leaves this browser: your draft is kept here, and you download the file."
                    } }
                </p>
                <div class="file-actions">
                    <label class="button-like" for="import">{ "Open a clinic.json" }</label>
                    <input id="import" class="visually-hidden" type="file" accept=".json,application/json" onchange={import} />
                    if let Some(save) = save {
                        <button type="button" class="primary" onclick={save}>{ "Save to your site" }</button>
                    }
                    <button type="button" onclick={export}>{ "Download clinic.json" }</button>
                    <button type="button" id="start-new" onclick={change(|| Change::NewClinic)}>{ "Start a new clinic" }</button>
                </div>
                if site.is_some() {
                    <p class="save-status" role="status">{ (*saving).clone() }</p>
                }
                <div class="undo-line" role="status">
                    if let Some(undo) = &form.undo {
                        <span>{ undo.said.clone() }</span>
                        <button type="button" class="small" id="undo" onclick={change(|| Change::Undo)}>{ "Undo" }</button>
                    }
                </div>
                <p class="status" role="status">{ status }</p>
                <p class="languages-line">{ languages_line }</p>
                if !form.imported.is_empty() {
                    <div class="imported" role="alert">
                        <p>{ "Some of the file could not be used; those fields start empty or at the guide's own:" }</p>
                        <ul>{ for form.imported.iter().map(|p| html! { <li>{ super::notes::in_a_file(p) }</li> }) }</ul>
                    </div>
                }
            </header>
            <div class="setup-columns">
                <div class="form-column">
                    <nav class="contents" aria-label="Sections">
                        <ol>{ for contents }</ol>
                    </nav>
                    <form class="setup-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        { section(Section::Clinic, clinic_fields::view(&ctx)) }
                        { section(Section::Services, services::view(&ctx)) }
                        { section(Section::Hours, hours::view(&ctx)) }
                        { section(Section::Articles, articles::view(&ctx)) }
                        { section(Section::Look, theme::view(&ctx)) }
                        { section(Section::Languages, languages::view(&ctx, &readiness)) }
                        { section(Section::Publish, html! {
                            <PublishSection json={form.draft.to_json()} phone={form.draft.phone.clone()}
                                on_site={site.is_some()} integrity={(*loader_integrity).clone()} />
                        }) }
                    </form>
                </div>
                <PreviewPanel good={form.good.clone()} shown={*shown}
                    on_show={{ let shown = shown.clone(); Callback::from(move |next| shown.set(next)) }}
                    back_to={*editing} />
            </div>
            <a class="to-preview button-like" href="#preview-title">{ "Preview" }</a>
        </main>
    }
}
