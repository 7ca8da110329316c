//! One tickable option (checkbox or radio) with its label: the building block of every question.

use crate::i18n::Lang;
use yew::prelude::*;

/// One option of a question: a checkbox, or a radio button in `radio_group`.
pub struct Choice {
    pub label: AttrValue,
    /// A stable value for tests and styling.
    pub value: AttrValue,
    pub checked: bool,
    pub ontoggle: Callback<()>,
    pub radio_group: Option<&'static str>,
}

impl Choice {
    /// A view, not a component: options are many and stateless, and every component type
    /// costs every visitor a little more WebAssembly.
    pub fn view(self) -> Html {
        let ontoggle = self.ontoggle;
        let onchange = Callback::from(move |_: Event| ontoggle.emit(()));
        let kind = if self.radio_group.is_some() {
            "radio"
        } else {
            "checkbox"
        };
        // Ticked is styled by `:checked` (`.choice:has(> input:checked)`), which the loader's copy of
        // the first question, built before the WebAssembly, shows as the app does.
        html! {
            <label class="choice">
                <input
                    type={kind}
                    name={self.radio_group}
                    value={self.value}
                    checked={self.checked}
                    {onchange}
                />
                <span class="choice-label">{ self.label }</span>
            </label>
        }
    }
}

/// How an option is named: its stable id (the input's value) and its label in a language.
pub type Naming<T> = (fn(T) -> &'static str, fn(T, Lang) -> &'static str);

/// The options of a question: one `Choice` per item, checkboxes, or radio buttons in
/// `radio_group`. `checked` says which are ticked; ticking one sends it to `ontoggle`.
pub fn options<T: Copy + 'static>(
    items: &[T],
    lang: Lang,
    (id, label): Naming<T>,
    checked: impl Fn(T) -> bool,
    ontoggle: &Callback<T>,
    radio_group: Option<&'static str>,
) -> Html {
    html! {
        { for items.iter().map(|&item| Choice {
            label: label(item, lang).into(),
            value: id(item).into(),
            checked: checked(item),
            ontoggle: ontoggle.reform(move |_| item),
            radio_group,
        }.view()) }
    }
}
