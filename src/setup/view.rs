//! What every section's view shares: the form, where edits go, and a field with its label,
//! hint and notes (in plain words, tied to the field for screen readers).

use super::edit::Edit;
use super::fields::Field;
use super::form::Form;
use super::notes::Note;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What a section's view is given.
pub struct Ctx {
    pub form: Rc<Form>,
    /// Where an edit goes (the page's reducer).
    pub send: Callback<Edit>,
    /// The field just focused, for the preview to show its part.
    pub follow: Callback<Field>,
    /// The browser's time zones, and its own.
    pub zones: Rc<Vec<String>>,
    pub own_zone: Option<String>,
}

/// A text field as a section describes it.
pub struct FieldSpec {
    pub field: Field,
    pub label: String,
    pub hint: Option<String>,
    /// `text` unless given: `tel`, `url`.
    pub kind: Option<&'static str>,
    pub list: Option<&'static str>,
    pub multiline: bool,
}

impl Default for FieldSpec {
    fn default() -> FieldSpec {
        FieldSpec {
            field: Field::Phone,
            label: String::new(),
            hint: None,
            kind: None,
            list: None,
            multiline: false,
        }
    }
}

pub fn input_value(event: &Event) -> String {
    let target = event.target();
    if let Some(input) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<HtmlInputElement>())
    {
        return input.value();
    }
    target
        .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|area| area.value())
        .unwrap_or_default()
}

/// The notes of `field`, each with its fix, under the field; empty (and hidden) when none.
pub fn notes_view(ctx: &Ctx, field: Field) -> Html {
    let notes: Vec<&Note> = ctx.form.notes_of(field).collect();
    html! {
        <div class="problem" id={format!("{}-problem", field.id())} aria-live="polite">
            { for notes.iter().map(|note| {
                let fix = note.fix.clone().map(|fix| {
                    let send = ctx.send.clone();
                    let edit = fix.edit.clone();
                    html! {
                        <button type="button" class="small fix" onclick={Callback::from(move |_| send.emit(edit.clone()))}>
                            { fix.label }
                        </button>
                    }
                });
                html! { <p><span>{ note.text.clone() }</span>{ for fix }</p> }
            }) }
        </div>
    }
}

/// A text field of the draft: its value, its notes, and its edit.
pub fn field_view(ctx: &Ctx, spec: FieldSpec) -> Html {
    let field = spec.field;
    let id = field.id();
    let value = field.text(&ctx.form.draft).unwrap_or("").to_string();
    let hint_id = format!("{id}-hint");
    let has_notes = ctx.form.notes_of(field).next().is_some();
    let described = [
        spec.hint.as_ref().map(|_| hint_id.clone()),
        Some(format!("{id}-problem")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = has_notes.then_some("true");
    let lang = field.lang().map(|l| l.code());
    let oninput = {
        let send = ctx.send.clone();
        Callback::from(move |e: InputEvent| send.emit(Edit::Text(field, input_value(&e))))
    };
    let onfocus = {
        let follow = ctx.follow.clone();
        Callback::from(move |_: FocusEvent| follow.emit(field))
    };
    html! {
        <div class={classes!("field", has_notes.then_some("has-problem"))}>
            <label for={id.clone()}>{ spec.label }</label>
            if let Some(hint) = spec.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            if spec.multiline {
                <textarea id={id.clone()} value={value} lang={lang} aria-describedby={described}
                    aria-invalid={invalid} {oninput} {onfocus} rows="3" />
            } else {
                <input id={id.clone()} type={spec.kind.unwrap_or("text")} value={value} list={spec.list}
                    lang={lang} aria-describedby={described} aria-invalid={invalid} {oninput} {onfocus}
                    autocomplete="off" />
            }
            { notes_view(ctx, field) }
        </div>
    }
}
