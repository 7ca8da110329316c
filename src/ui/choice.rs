//! One tickable option (checkbox or radio) with its label: the building block of every question.

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
