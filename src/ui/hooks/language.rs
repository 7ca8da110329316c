//! `use_language`: the language the guide speaks, and fetching a catalogue the first time a
//! language that is not built in is chosen.

use super::super::platform::{console_error, fetch_text, initial_lang, keep_lang, saved_lang};
use crate::i18n::{catalogue_ready, install_catalogue, Lang};
use yew::prelude::*;

/// Where a language's catalogue is, and its hash as the build wrote it (subresource integrity:
/// a file changed on its way is refused, and the guide stays in English).
#[derive(Clone, PartialEq)]
pub struct CatalogueFile {
    pub url: AttrValue,
    pub integrity: Option<AttrValue>,
}

/// The language, as the App needs it.
pub struct Language {
    /// The language the guide speaks now: the chosen one once its catalogue is in, English
    /// until then (swapping the screen for a loading line would lose the keyboard focus).
    pub speaking: Lang,
    /// The first language is settled (its catalogue is in, or could not be had): until then
    /// the first screen waits, so a Spanish visitor never sees English flash.
    pub settled: bool,
    /// The language asked for, whose catalogue may still be on its way.
    pub wanted: Lang,
    /// A catalogue could not be had, and the guide stays in English.
    pub fell_back: bool,
    /// Choose a language; kept for this tab.
    pub choose: Callback<Lang>,
}

/// The visitor's choice in this tab, else the element's `lang`, the page's or the browser's.
#[hook]
pub fn use_language(
    storage_key: AttrValue,
    attribute: Option<AttrValue>,
    catalogues: Vec<(Lang, CatalogueFile)>,
) -> Language {
    let wanted = {
        let key = storage_key.clone();
        use_state_eq(move || saved_lang(&key).unwrap_or_else(|| initial_lang(attribute.as_deref())))
    };
    let speaking = use_state_eq(|| {
        Some(*wanted)
            .filter(|l| catalogue_ready(*l))
            .unwrap_or(Lang::En)
    });
    let settled = use_state_eq(|| catalogue_ready(*wanted));
    // The language wanted now, for a catalogue that arrives after the visitor (or the clinic's
    // languages) moved on: it must not take the guide back to its language.
    let latest = use_mut_ref(|| *wanted);
    *latest.borrow_mut() = *wanted;
    // A catalogue could not be had: the guide stays in English, and nothing moves it away again
    // (a clinic that does not offer English would otherwise ask for it again and again).
    let fell_back = use_mut_ref(|| false);
    {
        let (wanted, speaking, settled) = (wanted.clone(), speaking.clone(), settled.clone());
        let (latest, fell_back) = (latest.clone(), fell_back.clone());
        use_effect_with(*wanted, move |lang| {
            let lang = *lang;
            if catalogue_ready(lang) {
                speaking.set(lang);
                settled.set(true);
                return;
            }
            let url = catalogues
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, file)| file.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match url {
                    Some(file) => fetch_text(&file.url, file.integrity.as_deref())
                        .await
                        .and_then(|text| install_catalogue(lang, &text)),
                    None => Err("no catalogue address".into()),
                };
                if *latest.borrow() != lang {
                    return;
                }
                if let Err(e) = loaded {
                    *fell_back.borrow_mut() = true;
                    console_error(&format!(
                        "the {} catalogue could not be loaded ({e}); staying in English",
                        lang.code()
                    ));
                    wanted.set(Lang::En);
                }
                speaking.set(if catalogue_ready(lang) {
                    lang
                } else {
                    Lang::En
                });
                settled.set(true);
            });
        });
    }
    let asked = *wanted;
    let fell_back = *fell_back.borrow();
    let choose = Callback::from(move |lang: Lang| {
        keep_lang(&storage_key, lang);
        wanted.set(lang);
    });
    Language {
        speaking: *speaking,
        wanted: asked,
        fell_back,
        settled: *settled,
        choose,
    }
}
