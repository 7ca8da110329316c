//! One tickable option (checkbox or radio) with its label: the building block of every question.

use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub label: AttrValue,
    pub checked: bool,
    pub ontoggle: Callback<()>,
    /// The radio group's name; a checkbox when absent.
    #[prop_or_default]
    pub radio_group: Option<AttrValue>,
    /// A stable value for tests and styling.
    #[prop_or_default]
    pub value: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let ontoggle = props.ontoggle.clone();
    let onchange = Callback::from(move |_: Event| ontoggle.emit(()));
    let kind = if props.radio_group.is_some() {
        "radio"
    } else {
        "checkbox"
    };
    html! {
        <label class={classes!("choice", props.checked.then_some("is-checked"), props.class.clone())}>
            <input
                type={kind}
                name={props.radio_group.clone()}
                value={props.value.clone()}
                checked={props.checked}
                {onchange}
            />
            <span class="choice-label">{ props.label.clone() }</span>
        </label>
    }
}

/// How an option is named: its stable id (the input's value) and its label in a language.
pub type Naming<T> = (fn(T) -> &'static str, fn(T, Lang) -> &'static str);

/// The options of a question: one `Choice` per item, checkboxes, or radio buttons in
/// `radio_group`. `checked` says which are ticked; ticking one sends it to `ontoggle`.
pub fn options<T: Copy + 'static>(
    items: &'static [T],
    lang: Lang,
    (id, label): Naming<T>,
    checked: impl Fn(T) -> bool,
    ontoggle: &Callback<T>,
    radio_group: Option<&'static str>,
) -> Html {
    html! {
        { for items.iter().map(|&item| html! {
            <Choice
                label={label(item, lang)}
                value={id(item)}
                radio_group={radio_group.map(AttrValue::Static)}
                checked={checked(item)}
                ontoggle={ontoggle.reform(move |_| item)}
            />
        }) }
    }
}
