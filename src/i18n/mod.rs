//! Languages and the string catalogues: every word the visitor reads.
//!
//! The catalogues are data files, `assets/i18n/<lang>.json`, with the same keys. `build.rs`
//! turns the English file into [`Key`] (a typed key per text) and the built-in English texts;
//! the core and the views speak in keys ([`Message`]) and [`t`] turns a key into text with an
//! array index. The build writes each other language to `dist/i18n/<lang>-<hash>.json` as a
//! list of its texts in `Key` order (no key names to carry), fetched the first time a visitor chooses it, so visitors who read English do not download
//! it; native builds (the tests) read the files from `assets/i18n/` directly.
//!
//! [`Lang`] is generated too, from the files of `assets/i18n/`: a language is added by adding
//! its catalogue (docs/contributing.md).

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

use std::cell::Cell;

thread_local! {
    /// The catalogues installed so far, one slot per language (English is built in).
    static INSTALLED: [Cell<Option<&'static [&'static str]>>; Lang::ALL.len()] =
        const { [const { Cell::new(None) }; Lang::ALL.len()] };
}

/// Install a fetched catalogue for `lang`: its texts as a list in `Key` order, as the build
/// writes `assets/i18n/<lang>.json` (`tools/post-build.mjs`), so the WebAssembly needs no
/// key names to read it.
pub fn install_catalogue(lang: Lang, text: &str) -> Result<(), String> {
    use crate::document::{Document, Json};
    let texts = Document::parse(text)?;
    let texts = match texts.json() {
        Json::List(items) if items.len() == KEY_COUNT => items
            .iter()
            .map(|item| match item {
                Json::Text(text) => Some(&**text),
                _ => None,
            })
            .collect::<Option<Vec<&str>>>(),
        _ => None,
    }
    .ok_or_else(|| format!("the catalogue must be a list of the guide's {KEY_COUNT} texts"))?;
    // Leaked only once the whole list is known good.
    install(
        lang,
        texts
            .into_iter()
            .map(|text| &*text.to_string().leak())
            .collect(),
    );
    Ok(())
}

/// Leaked once per language, so its texts are `'static` like English's.
fn install(lang: Lang, texts: Vec<&'static str>) {
    INSTALLED.with(|slots| slots[lang as usize].set(Some(texts.leak())));
}

/// Natively (the tests), `assets/i18n/<lang>.json` as written, `{"key": "text", ...}`; a text
/// the file lacks shows in English (tests/catalogues.rs holds every file complete).
#[cfg(not(target_arch = "wasm32"))]
fn install_file(lang: Lang) {
    let path = format!(
        "{}/assets/i18n/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let Ok(texts) = crate::document::Document::parse(&text) else {
        return;
    };
    let texts = KEY_NAMES
        .iter()
        .zip(Key::ALL)
        .map(|(name, key)| texts.text(name).map_or(english(key), |text| &*text.leak()))
        .collect();
    install(lang, texts);
}

/// Whether `lang`'s catalogue is ready (English always is; natively every language is, read
/// from `assets/i18n/`).
pub fn catalogue_ready(lang: Lang) -> bool {
    lang == Lang::En || installed(lang).is_some()
}

fn installed(lang: Lang) -> Option<&'static [&'static str]> {
    #[cfg(not(target_arch = "wasm32"))]
    if lang != Lang::En && INSTALLED.with(|slots| slots[lang as usize].get()).is_none() {
        install_file(lang);
    }
    INSTALLED.with(|slots| slots[lang as usize].get())
}

impl Lang {
    /// The BCP 47 code, for `lang` attributes and file names.
    pub fn code(self) -> &'static str {
        Lang::CODES[self as usize]
    }

    /// The language's own name, for the switcher.
    pub fn name_key(self) -> Key {
        Lang::NAME_KEYS[self as usize]
    }

    /// The language whose code is exactly `code` (`en`, `es`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|l| l.code() == code)
    }

    /// The language of a tag such as `es`, `es-MX` or `en-US`; `None` for others.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// Why `code` is refused in a configuration, naming the codes it may use.
    pub fn unknown(code: &str) -> String {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!(
            "\"{code}\" is not a language of the guide; use {}",
            codes.join(", ")
        )
    }

    /// The first supported language among `tags` (attribute, page, browser), else English.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }
}

/// The text of `key` in `lang`; English where the language is not installed.
pub fn t(lang: Lang, key: Key) -> &'static str {
    installed(lang).map_or_else(|| english(key), |texts| texts[key as usize])
}

/// The built-in English text of `key`.
fn english(key: Key) -> &'static str {
    let i = key as usize;
    let start = i.checked_sub(1).map_or(0, |before| ENGLISH_ENDS[before]);
    &ENGLISH[usize::from(start)..usize::from(ENGLISH_ENDS[i])]
}

/// A value for a placeholder: plain text, or catalogue keys to translate and list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Keys(Vec<Key>),
}

/// Something to say, in no language yet: a catalogue key and its placeholder values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: Key,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: Key) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn with_keys(mut self, name: &'static str, keys: Vec<Key>) -> Message {
        self.args.push((name, Arg::Keys(keys)));
        self
    }

    /// The message in `lang`, placeholders (`{name}`) filled in, in one pass: a value is never
    /// read for placeholders itself (a clinic's name with `{number}` in it stays as typed).
    pub fn render(&self, lang: Lang) -> String {
        let mut rest = t(lang, self.key);
        let mut text = String::with_capacity(rest.len());
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            rest = &rest[open + 1..];
            let value = rest.find('}').and_then(|close| {
                let (_, arg) = self.args.iter().find(|(name, _)| *name == &rest[..close])?;
                Some((close, arg))
            });
            match value {
                Some((close, arg)) => {
                    match arg {
                        Arg::Text(s) => text.push_str(s),
                        // Only the first letter is lowered, so names keep theirs ("warfarin,
                        // Eliquis"). ASCII lowercasing is enough for the labels
                        // (tests/catalogues.rs checks) and keeps Unicode's case tables out of
                        // the WebAssembly.
                        Arg::Keys(keys) => text.push_str(
                            &keys
                                .iter()
                                .map(|k| lower_first(t(lang, *k)))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    }
                    rest = &rest[close + 1..];
                }
                None => text.push('{'),
            }
        }
        text.push_str(rest);
        text
    }
}

impl From<Key> for Message {
    fn from(key: Key) -> Message {
        Message::new(key)
    }
}

/// `text` with its first letter lowered, for an option's label inside a sentence.
fn lower_first(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    text
}

/// The placeholders (`{name}`) in a catalogue text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Clinic text that may come in several languages: English always, others if given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalText {
    pub en: String,
    /// The clinic's own translations, in the order it gave them.
    pub translations: Vec<(Lang, String)>,
}

impl LocalText {
    pub fn new(en: impl Into<String>) -> LocalText {
        LocalText {
            en: en.into(),
            translations: Vec::new(),
        }
    }

    /// The text in `lang`, or the English text where the clinic gave no translation.
    pub fn get(&self, lang: Lang) -> &str {
        self.translations
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&self.en, |(_, text)| text)
    }

    /// Each text with its language; `None` for text given as one plain string.
    pub fn entries(&self) -> impl Iterator<Item = (Option<Lang>, &str)> {
        let plain = self.translations.is_empty();
        std::iter::once((if plain { None } else { Some(Lang::En) }, self.en.as_str())).chain(
            self.translations
                .iter()
                .map(|(lang, text)| (Some(*lang), text.as_str())),
        )
    }
}

/// Clinic text is `"..."` or `{"en": "...", "es": "...", "vi": "..."}`, English required; each
/// is trimmed.
impl<'de> serde::Deserialize<'de> for LocalText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = LocalText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("text, or {\"en\": \"...\", \"es\": \"...\"}")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<LocalText, E> {
                Ok(LocalText::new(text.trim()))
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<LocalText, M::Error> {
                let (mut en, mut translations) = (None, Vec::new());
                while let Some(code) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    let text = map.next_value::<String>()?.trim().to_string();
                    match Lang::from_code(&code) {
                        Some(Lang::En) => en = Some(text),
                        Some(lang) => translations.push((lang, text)),
                        None => {
                            return Err(serde::de::Error::custom(format!(
                                "{code}: {}",
                                Lang::unknown(&code)
                            )))
                        }
                    }
                }
                let en = en
                    .ok_or_else(|| serde::de::Error::custom("en: is required: the English text"))?;
                Ok(LocalText { en, translations })
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}
