//! The setup page: a form for every field of `clinic.json`, each field's problems beside it
//! (the guide's own checks, through [`Draft::problems`]), and the real `<massage-guide>`
//! beside the form, given the configuration in memory on every change. Nothing is sent
//! anywhere: the draft is kept in this browser's storage, and the file is downloaded.

use super::{
    cdn_base, example_visit, snippet, tag_ids, ArticleDraft, Draft, SnippetProblem, Way, DAYS,
};
use crate::clinic::ConfigProblem;
use crate::guide::Outcome;
use crate::i18n::{t, Lang};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Focus the element `id` once the change just dispatched is on the page (yew renders it
/// before the timer's task runs).
fn focus_after_render(id: String) {
    gloo_timers::callback::Timeout::new(0, move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    })
    .forget();
}

/// Where the draft is kept between visits.
const DRAFT_KEY: &str = "massage-guide-setup:draft";

/// The form's state: the draft as typed, its problems, and what the preview shows.
#[derive(Clone, PartialEq)]
struct Form {
    draft: Draft,
    problems: Vec<ConfigProblem>,
    /// The draft with each wrong field at its last good value: what the preview shows.
    good: Draft,
    /// Problems of the last imported file, until the next import.
    imported: Vec<ConfigProblem>,
}

impl Form {
    fn new(draft: Draft, imported: Vec<ConfigProblem>) -> Form {
        let problems = draft.problems();
        let good = draft.with_good_values(&Draft::new_clinic(), &problems);
        Form {
            draft,
            problems,
            good,
            imported,
        }
    }

    /// The problems of `field` itself, not of a language's text within it (`name`).
    fn problems_at(&self, field: &str) -> Vec<String> {
        self.problems
            .iter()
            .filter(|p| p.field == field)
            .map(|p| p.message.clone())
            .collect()
    }

    /// The problems of clinic text in English: of the text itself, or of its `en`.
    fn problems_in_english(&self, field: &str) -> Vec<String> {
        let mut found = self.problems_at(field);
        found.extend(self.problems_at(&format!("{field}.en")));
        found
    }

    /// The problems of `field` exactly (`phone`, `articles[0].url`), or within it.
    fn problems_of(&self, field: &str) -> Vec<String> {
        self.problems
            .iter()
            .filter(|p| {
                p.field == field
                    || p.field.starts_with(&format!("{field}."))
                    || p.field.starts_with(&format!("{field}["))
            })
            .map(|p| p.message.clone())
            .collect()
    }
}

/// What a field does to the draft with the value typed into it.
type Update = Rc<dyn Fn(&mut Draft, String)>;

enum Change {
    /// An edit of the draft.
    Edit(Rc<dyn Fn(&mut Draft)>),
    /// A new draft: imported from a file, or a new clinic.
    Replace(Box<Draft>, Vec<ConfigProblem>),
    /// The site's own `clinic.json`, on a first visit: taken only if nothing was typed yet.
    FromSite(Box<Draft>, Vec<ConfigProblem>),
}

impl Reducible for Form {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        match change {
            Change::Edit(edit) => {
                let mut draft = self.draft.clone();
                edit(&mut draft);
                let problems = draft.problems();
                let good = draft.with_good_values(&self.good, &problems);
                Rc::new(Form {
                    draft,
                    problems,
                    good,
                    imported: self.imported.clone(),
                })
            }
            Change::Replace(draft, imported) => Rc::new(Form::new(*draft, imported)),
            Change::FromSite(draft, imported) => match self.draft == Draft::new_clinic() {
                true => Rc::new(Form::new(*draft, imported)),
                false => self,
            },
        }
    }
}

/// The option chosen in the `<select>` an event came from (the first when there is none).
fn selected_index(event: &Event) -> usize {
    event
        .target_dyn_into::<web_sys::HtmlSelectElement>()
        .map_or(0, |select| select.selected_index().max(0) as usize)
}

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

fn input_value(event: &Event) -> String {
    let target = event.target();
    if let Some(input) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<HtmlInputElement>())
    {
        return match input.type_().as_str() {
            "checkbox" => input.checked().to_string(),
            _ => input.value(),
        };
    }
    target
        .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|area| area.value())
        .unwrap_or_default()
}

/// A text field with its label, hint and problems (announced, and tied to the field).
#[derive(Properties, PartialEq)]
struct FieldProps {
    id: AttrValue,
    label: AttrValue,
    value: AttrValue,
    #[prop_or_default]
    hint: Option<AttrValue>,
    #[prop_or_default]
    problems: Vec<String>,
    #[prop_or(AttrValue::Static("text"))]
    kind: AttrValue,
    #[prop_or_default]
    list: Option<AttrValue>,
    #[prop_or_default]
    multiline: bool,
    #[prop_or_default]
    lang: Option<AttrValue>,
    oninput: Callback<InputEvent>,
}

#[component]
fn Field(props: &FieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let problem_id = format!("{}-problem", props.id);
    let described = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        (!props.problems.is_empty()).then(|| problem_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = (!props.problems.is_empty()).then_some("true");
    html! {
        <div class={classes!("field", invalid.map(|_| "has-problem"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint.clone() }</p>
            }
            if props.multiline {
                <textarea id={props.id.clone()} value={props.value.clone()} lang={props.lang.clone()}
                    aria-describedby={described} aria-invalid={invalid} oninput={props.oninput.clone()} rows="3" />
            } else {
                <input id={props.id.clone()} type={props.kind.clone()} value={props.value.clone()}
                    list={props.list.clone()} lang={props.lang.clone()} aria-describedby={described}
                    aria-invalid={invalid} oninput={props.oninput.clone()} autocomplete="off" />
            }
            <p class="problem" id={problem_id} aria-live="polite">
                { for props.problems.iter().map(|p| html! { <span>{ p.clone() }</span> }) }
            </p>
        </div>
    }
}

/// Where the preview starts: its first screen, or the result of each outcome.
const START_AT: [(&str, Option<Outcome>); 7] = [
    ("The first screen", None),
    ("Result: emergency, call 911", Some(Outcome::Emergency)),
    ("Result: see a doctor today", Some(Outcome::DoctorToday)),
    (
        "Result: check with a doctor before booking",
        Some(Outcome::DoctorBeforeBooking),
    ),
    (
        "Result: rest first, then book",
        Some(Outcome::WaitUntilWell),
    ),
    ("Result: medical massage", Some(Outcome::MedicalMassage)),
    ("Result: general massage", Some(Outcome::GeneralMassage)),
];

/// Start the preview at `outcome`'s result (or its first screen) and mount it again: the
/// guide resumes from the progress its loader keeps for it in this tab's session storage, under
/// the loader's own `storageKey`.
fn start_preview_at(preview: &NodeRef, outcome: Option<Outcome>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(element) = preview.get() else {
        return;
    };
    // Where the element's loader keeps this guide's progress.
    let Some(key) = js_sys::Reflect::get(&element, &"storageKey".into())
        .ok()
        .and_then(|key| key.as_string())
    else {
        return;
    };
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = match outcome {
            Some(outcome) => {
                storage.set_item(&key, &crate::state::save_progress(&example_visit(outcome)))
            }
            None => storage.remove_item(&key),
        };
    }
    // Setting the configuration again mounts the guide again.
    let text = js_sys::Reflect::get(&element, &"configuration".into()).unwrap_or_default();
    let _ = js_sys::Reflect::set(&element, &"configuration".into(), &text);
}

/// The time zones the browser knows, for the time zone field's suggestions.
fn time_zones() -> Vec<String> {
    let supported = js_sys::Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| js_sys::Reflect::get(&intl, &"supportedValuesOf".into()))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&JsValue::UNDEFINED, &"timeZone".into()).ok());
    supported
        .map(|zones| {
            js_sys::Array::from(&zones)
                .iter()
                .filter_map(|z| z.as_string())
                .collect()
        })
        .unwrap_or_default()
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
        form.dispatch(Change::Replace(Box::new(draft), problems));
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

#[component]
pub fn SetupPage() -> Html {
    let site = use_memo((), |_| Site::of_page());
    let kept = use_memo((), |_| {
        storage()
            .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
            .and_then(|text| Draft::from_saved(&text))
    });
    let form = use_reducer(|| {
        match site
            .as_ref()
            .as_ref()
            .and_then(|site| site.saved.as_deref())
        {
            // On a site's settings page, what the site has saved is the clinic.
            Some(saved) => {
                let (draft, problems) = Draft::import(saved);
                Form::new(draft, problems)
            }
            None => Form::new(
                (*kept).clone().unwrap_or_else(Draft::new_clinic),
                Vec::new(),
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
    let zones = use_memo((), |_| time_zones());
    let preview_ref = use_node_ref();
    let width = use_state(|| "phone");
    let lang = use_state(|| Lang::En);
    let inline = use_state(|| false);
    // On a site's settings page (the WordPress plugin) the guide is already published.
    let way = use_state(|| match site.is_some() {
        true => Way::WordPress,
        false => Way::OwnSpace,
    });
    let snippet_lang = use_state(|| Lang::En);
    let base = use_state(|| {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .and_then(|href| web_sys::Url::new_with_base("../", &href).ok())
            .map(|url| url.href())
            .unwrap_or_else(|| "/massage-guide/".into())
    });
    let copied = use_state(|| false);

    // The preview takes the configuration in memory, and mounts again only when what it shows
    // changed (not while a wrong value is being typed); the draft is kept on every change.
    {
        let preview_ref = preview_ref.clone();
        use_effect_with(form.good.clone(), move |good| {
            if let Some(element) = preview_ref.get() {
                let text = good.to_json();
                let _ = js_sys::Reflect::set(&element, &"configuration".into(), &text.into());
            }
        });
        use_effect_with(form.draft.clone(), |draft| {
            if let Some(storage) = storage() {
                let _ = storage.set_item(DRAFT_KEY, &draft.to_saved());
            }
        });
    }

    let edit = |update: Update| {
        let form = form.dispatcher();
        Callback::from(move |event: InputEvent| {
            let value = input_value(&event);
            let update = update.clone();
            form.dispatch(Change::Edit(Rc::new(move |draft| {
                update(draft, value.clone())
            })));
        })
    };
    let draft = &form.draft;
    let en = |texts: &super::Texts| texts.get("en").cloned().unwrap_or_default();

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
    let start_new = {
        let form = form.dispatcher();
        Callback::from(move |_| {
            form.dispatch(Change::Replace(Box::new(Draft::new_clinic()), Vec::new()))
        })
    };

    let name_fields = Lang::ALL.iter().map(|l| {
        let code = l.code();
        let label = match l {
            Lang::En => "Clinic name (English)".to_string(),
            _ => format!("Clinic name in {} (optional)", t(*l, l.name_key())),
        };
        html! {
            <Field id={format!("name-{code}")} label={label} lang={Some(AttrValue::from(code))}
                value={draft.name.get(code).cloned().unwrap_or_default()}
                problems={if *l == Lang::En { form.problems_in_english("name") } else { form.problems_at(&format!("name.{code}")) }}
                oninput={edit(Rc::new(move |d: &mut Draft, v| { d.name.insert(code.into(), v); }))} />
        }
    });

    let day_names = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let day_fields = DAYS.iter().enumerate().map(|(i, day)| {
        html! {
            <Field id={format!("hours-{day}")} label={day_names[i]} value={draft.hours[i].clone()}
                problems={form.problems_of(&format!("hours.{day}"))}
                oninput={edit(Rc::new(move |d: &mut Draft, v| d.hours[i] = v))} />
        }
    });

    let article_count = draft.articles.len();
    let articles = draft.articles.iter().enumerate().map(|(i, article)| {
        let field = format!("articles[{i}]");
        // The focus goes with the article moved, to the same button where it is now (or its
        // other one, at the top or the bottom), so "Move up" pressed again moves it again.
        let moved = |to: usize, button: &'static str, other: &'static str| {
            let form = form.dispatcher();
            let at_end = if button == "up" { to == 0 } else { to + 1 == article_count };
            Callback::from(move |_| {
                form.dispatch(Change::Edit(Rc::new(move |d: &mut Draft| {
                    if i < d.articles.len() && to < d.articles.len() {
                        d.articles.swap(i, to);
                    }
                })));
                focus_after_render(format!("article-{to}-{}", if at_end { other } else { button }));
            })
        };
        // The focus goes to the article now in its place, else the one before, else "Add".
        let remove = {
            let form = form.dispatcher();
            let next = if i + 1 < article_count {
                format!("article-{i}-title")
            } else if i > 0 {
                format!("article-{}-title", i - 1)
            } else {
                "add-article".to_string()
            };
            Callback::from(move |_| {
                form.dispatch(Change::Edit(Rc::new(move |d: &mut Draft| {
                    if i < d.articles.len() {
                        d.articles.remove(i);
                    }
                })));
                focus_after_render(next.clone());
            })
        };
        let tags = tag_ids().map(|tag| {
            let checked = article.tags.iter().any(|t| t == tag);
            let id = format!("article-{i}-tag-{tag}");
            html! {
                <label class="tag" for={id.clone()}>
                    <input type="checkbox" id={id} checked={checked}
                        oninput={edit(Rc::new(move |d: &mut Draft, v| {
                            if let Some(article) = d.articles.get_mut(i) {
                                article.tags.retain(|t| t != tag);
                                if v == "true" { article.tags.push(tag.to_string()); }
                            }
                        }))} />
                    { tag }
                </label>
            }
        });
        html! {
            <li class="article-draft">
                <h3>{ format!("Article {}", i + 1) }</h3>
                <Field id={format!("article-{i}-title")} label="Title" value={en(&article.title)}
                    problems={form.problems_in_english(&format!("{field}.title"))}
                    oninput={edit(Rc::new(move |d: &mut Draft, v| { if let Some(a) = d.articles.get_mut(i) { a.title.insert("en".into(), v); } }))} />
                <Field id={format!("article-{i}-summary")} label="Summary, in your words" multiline=true
                    value={en(&article.summary)} problems={form.problems_in_english(&format!("{field}.summary"))}
                    oninput={edit(Rc::new(move |d: &mut Draft, v| { if let Some(a) = d.articles.get_mut(i) { a.summary.insert("en".into(), v); } }))} />
                <details class="other-languages">
                    <summary>{ "In other languages (optional)" }</summary>
                    { for Lang::ALL.iter().filter(|l| **l != Lang::En).map(|l| {
                        let code = l.code();
                        let language = t(*l, l.name_key());
                        let text = |texts: &super::Texts| texts.get(code).cloned().unwrap_or_default();
                        html! { <>
                            <Field id={format!("article-{i}-title-{code}")} label={format!("Title in {language}")}
                                lang={Some(AttrValue::from(code))} value={text(&article.title)}
                                problems={form.problems_of(&format!("{field}.title.{code}"))}
                                oninput={edit(Rc::new(move |d: &mut Draft, v| { if let Some(a) = d.articles.get_mut(i) { a.title.insert(code.into(), v); } }))} />
                            <Field id={format!("article-{i}-summary-{code}")} label={format!("Summary in {language}")}
                                multiline=true lang={Some(AttrValue::from(code))} value={text(&article.summary)}
                                problems={form.problems_of(&format!("{field}.summary.{code}"))}
                                oninput={edit(Rc::new(move |d: &mut Draft, v| { if let Some(a) = d.articles.get_mut(i) { a.summary.insert(code.into(), v); } }))} />
                        </> }
                    }) }
                </details>
                <Field id={format!("article-{i}-url")} label="Link (optional)" kind="url" value={article.url.clone()}
                    hint={Some(AttrValue::from("https://… or a page of your site, such as /blog/sciatica"))}
                    problems={form.problems_of(&format!("{field}.url"))}
                    oninput={edit(Rc::new(move |d: &mut Draft, v| { if let Some(a) = d.articles.get_mut(i) { a.url = v; } }))} />
                <fieldset class="tags">
                    <legend>{ "Suggested to visitors with" }</legend>
                    { for tags }
                    <p class="problem" aria-live="polite">{ form.problems_of(&format!("{field}.tags")).join(" ") }</p>
                </fieldset>
                <div class="row-actions">
                    <button type="button" class="small" id={format!("article-{i}-up")} disabled={i == 0}
                        onclick={moved(i.wrapping_sub(1), "up", "down")}>{ "Move up" }</button>
                    <button type="button" class="small" id={format!("article-{i}-down")} disabled={i + 1 == article_count}
                        onclick={moved(i + 1, "down", "up")}>{ "Move down" }</button>
                    <button type="button" class="small" onclick={remove}>{ format!("Remove article {}", i + 1) }</button>
                </div>
            </li>
        }
    });
    let add_article = {
        let form = form.dispatcher();
        Callback::from(move |_| {
            form.dispatch(Change::Edit(Rc::new(|d: &mut Draft| {
                d.articles.push(ArticleDraft::default())
            })))
        })
    };

    let colour_field = |id: &'static str,
                        label: &'static str,
                        value: &str,
                        update: fn(&mut Draft, String)| {
        html! {
            <Field id={id} label={label} value={value.to_string()}
                hint={Some(AttrValue::from("#rrggbb, such as #1d4f91; empty for the guide's own. A colour too pale or too dark to read is moved to the nearest one that is."))}
                problems={form.problems_of(&format!("theme.{}", id.trim_start_matches("theme-")))}
                oninput={edit(Rc::new(move |d: &mut Draft, v| update(d, v)))} />
        }
    };

    // From a CDN, the configuration goes in the snippet: there is no file of the clinic's.
    let (from, inline_now) = match *way {
        Way::Cdn => (cdn_base(), true),
        _ => ((*base).clone(), *inline),
    };
    let snippet_result = snippet(
        &from,
        inline_now.then(|| form.draft.to_json()).as_deref(),
        &form.draft.phone,
        loader_integrity.as_deref(),
        *snippet_lang,
    );
    let base_problems: Vec<String> = match &snippet_result {
        Err(SnippetProblem::Address(why)) => vec![why.clone()],
        _ => Vec::new(),
    };
    let waits_for_phone = snippet_result == Err(SnippetProblem::Phone);
    let snippet_text = snippet_result.unwrap_or_default();
    let copy = {
        let text = snippet_text.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            if let Some(window) = web_sys::window() {
                let _ = window.navigator().clipboard().write_text(&text);
                copied.set(true);
            }
        })
    };
    let all_problems = form.problems.len();

    html! {
        <main class={classes!("setup", dropping.then_some("dropping"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <header class="setup-header">
                <h1>{ "Set up your massage guide" }</h1>
                <p>{ "Fill in your clinic's details; the guide beside the form (below it on a phone) shows them as your visitors will see them. To go on with a clinic.json you have, open it or drop it on this page. " }
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
                    <button type="button" onclick={start_new}>{ "Start a new clinic" }</button>
                    <a class="button-like" href="#preview-title">{ "See the preview" }</a>
                </div>
                if site.is_some() {
                    <p class="save-status" role="status">{ (*saving).clone() }</p>
                }
                <p class="status" role="status">
                    { match all_problems {
                        0 => "No problems: the guide will use every field.".to_string(),
                        1 => "1 field needs attention; until it is put right the guide uses the last good value.".to_string(),
                        n => format!("{n} fields need attention; until they are put right the guide uses the last good values."),
                    } }
                </p>
                if !form.imported.is_empty() {
                    <div class="imported" role="alert">
                        <p>{ "The file had problems. Those fields were left at the guide's defaults:" }</p>
                        <ul>{ for form.imported.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
                    </div>
                }
            </header>
            <div class="setup-columns">
                <form class="setup-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <fieldset>
                        <legend>{ "Your clinic" }</legend>
                        { for name_fields }
                        <Field id="phone" label="Booking phone number" kind="tel" value={draft.phone.clone()}
                            hint={Some(AttrValue::from("A 10-digit US number, or an international number starting with +"))}
                            problems={form.problems_of("phone")}
                            oninput={edit(Rc::new(|d: &mut Draft, v| d.phone = v))} />
                        <Field id="emergency_number" label="Emergency number" value={draft.emergency_number.clone()}
                            problems={form.problems_of("emergency_number")}
                            oninput={edit(Rc::new(|d: &mut Draft, v| d.emergency_number = v))} />
                        <Field id="crisis_line" label="Suicide and crisis line" value={draft.crisis_line.clone()}
                            hint={Some(AttrValue::from("Shown quietly where mood or sleep is a goal: 988 in the US"))}
                            problems={form.problems_of("crisis_line")}
                            oninput={edit(Rc::new(|d: &mut Draft, v| d.crisis_line = v))} />
                        <Field id="booking_url" label="Online booking page (optional)" kind="url" value={draft.booking_url.clone()}
                            problems={form.problems_of("booking_url")}
                            oninput={edit(Rc::new(|d: &mut Draft, v| d.booking_url = v))} />
                    </fieldset>
                    <fieldset>
                        <legend>{ "Opening hours (optional)" }</legend>
                        <p class="hint">{ "With hours, the call button says whether you are open now. Write 09:00-17:00, 09:00-12:00, 13:00-17:00 or closed; a day left empty is closed." }</p>
                        <Field id="time_zone" label="Time zone" value={draft.time_zone.clone()} list={Some(AttrValue::from("zones"))}
                            hint={Some(AttrValue::from("Such as America/New_York"))}
                            problems={form.problems_of("time_zone")}
                            oninput={edit(Rc::new(|d: &mut Draft, v| d.time_zone = v))} />
                        <datalist id="zones">{ for zones.iter().map(|z| html! { <option value={z.clone()} /> }) }</datalist>
                        { for day_fields }
                    </fieldset>
                    <fieldset>
                        <legend>{ "Articles to suggest" }</legend>
                        <ol class="article-drafts">{ for articles }</ol>
                        <button type="button" id="add-article" onclick={add_article}>{ "Add an article" }</button>
                    </fieldset>
                    <fieldset>
                        <legend>{ "Colours and font (optional)" }</legend>
                        { colour_field("theme-accent", "Accent colour: buttons, answers, links", &draft.accent, |d, v| d.accent = v) }
                        { colour_field("theme-call", "Phone button colour", &draft.call, |d, v| d.call = v) }
                        <Field id="theme-font" label="Font" value={draft.font.clone()}
                            hint={Some(AttrValue::from("Font names separated by commas, such as Georgia, serif"))}
                            problems={form.problems_of("theme.font")}
                            oninput={edit(Rc::new(|d: &mut Draft, v| d.font = v))} />
                        <div class="field check">
                            <input id="theme-dark" type="checkbox" checked={draft.dark_mode}
                                oninput={edit(Rc::new(|d: &mut Draft, v| d.dark_mode = v == "true"))} />
                            <label for="theme-dark">{ "Dark when the visitor's device is set to dark" }</label>
                        </div>
                    </fieldset>
                    <section class="put-on-site" aria-labelledby="put-on-site">
                        <h2 id="put-on-site">{ "Put the guide on your site" }</h2>
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
                        if site.is_some() && *way == Way::WordPress {
                            <p class="hint">{ "You are on your WordPress site's settings: once saved, your details show wherever a page has the Massage guide block or [massage_guide]." }</p>
                        }
                        if site.is_none() && *way == Way::WordPress {
                            <ol class="wordpress-steps">
                                <li>{ "In WordPress, go to Plugins, Add New, Upload Plugin, and upload massage-guide.zip (from the guide's release); activate it." }</li>
                                <li>{ "Go to Settings, Massage guide: this same page opens there. Fill it in and press \"Save to your site\"." }</li>
                                <li>{ "Add the Massage guide block to a page (or type [massage_guide] in the classic editor)." }</li>
                            </ol>
                            <p class="hint">{ "Nothing to paste, and no file to upload: the plugin keeps your details in WordPress." }</p>
                        }
                        if *way == Way::OwnSpace {
                            <Field id="base" label="Address of the guide's folder on your site" kind="url" value={(*base).clone()}
                                problems={base_problems.clone()}
                                hint={Some(AttrValue::from("Where you upload the guide's files (this page's folder and clinic.json beside them)"))}
                                oninput={{ let base = base.clone(); Callback::from(move |e: InputEvent| base.set(input_value(&e))) }} />
                            <div class="field check">
                                <input id="inline" type="checkbox" checked={*inline}
                                    oninput={{ let inline = inline.clone(); Callback::from(move |_| inline.set(!*inline)) }} />
                                <label for="inline">{ "Put the configuration in the snippet (for a site that cannot host a file)" }</label>
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
                                    { for Lang::ALL.iter().map(|l| html! { <option selected={*snippet_lang == *l}>{ t(*l, l.name_key()) }</option> }) }
                                </select>
                            </div>
                            <label for="snippet">{ "Paste this where the guide should appear" }</label>
                            if waits_for_phone {
                                <p class="hint">{ "The snippet appears once your phone number above reads as a number: it carries your number, so visitors can call you even if the guide cannot load." }</p>
                            }
                            <textarea id="snippet" readonly=true rows="5" value={snippet_text} />
                            <button type="button" onclick={copy}>{ "Copy the snippet" }</button>
                            <p role="status" class="hint">{ if *copied { "Copied." } else { "" } }</p>
                        }
                    </section>
                </form>
                <section class="preview" aria-labelledby="preview-title">
                    <h2 id="preview-title">{ "Preview" }</h2>
                    <div class="preview-controls">
                        <fieldset>
                            <legend>{ "Width" }</legend>
                            { for [("phone", "Phone"), ("desktop", "Desktop")].into_iter().map(|(value, label)| {
                                let width = width.clone();
                                html! {
                                    <label><input type="radio" name="width" checked={*width == value}
                                        onchange={Callback::from(move |_| width.set(value))} />{ label }</label>
                                }
                            }) }
                        </fieldset>
                        <div class="start-at">
                            <label for="start-at">{ "Start at" }</label>
                            <select id="start-at" onchange={{
                                let preview = preview_ref.clone();
                                Callback::from(move |e: Event| {
                                    let outcome = START_AT.get(selected_index(&e)).and_then(|(_, o)| *o);
                                    start_preview_at(&preview, outcome);
                                })
                            }}>
                                { for START_AT.iter().map(|(label, _)| html! { <option>{ *label }</option> }) }
                            </select>
                        </div>
                        <fieldset>
                            <legend>{ "Language" }</legend>
                            { for Lang::ALL.iter().map(|l| {
                                let lang = lang.clone();
                                let chosen = *l;
                                html! {
                                    <label><input type="radio" name="lang" checked={*lang == chosen}
                                        onchange={Callback::from(move |_| lang.set(chosen))} />{ t(chosen, chosen.name_key()) }</label>
                                }
                            }) }
                        </fieldset>
                    </div>
                    <div class={classes!("preview-frame", *width)}>
                        <massage-guide ref={preview_ref} lang={lang.code()} debug="" id="preview"></massage-guide>
                    </div>
                </section>
            </div>
        </main>
    }
}
