//! Languages and the string catalogues: every word the visitor reads, in English and Spanish.
//!
//! The core speaks in keys ([`Message`]); the components turn keys into text for the chosen
//! [`Lang`]. The catalogues are `en.rs` and `es.rs`; a native test checks that both have the
//! same keys with the same placeholders.
//!
//! In the browser only English is built in: the build writes the Spanish catalogue to
//! `dist/i18n/es-<hash>.json`, fetched the first time Spanish is chosen, so visitors who read
//! English do not download it. Native builds (the tests) compile both in.

mod en;
#[cfg(not(target_arch = "wasm32"))]
mod es;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The Spanish catalogue, once fetched; leaked once so its texts are `'static` like
    /// English's.
    static ES: std::cell::Cell<&'static [(&'static str, &'static str)]> = const { std::cell::Cell::new(&[]) };
}

/// Install a fetched catalogue (`{"key": "text", ...}`) for `lang`. English is built in.
pub fn install_catalogue(lang: Lang, text: &str) -> Result<(), String> {
    let texts: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| e.to_string())?;
    let entries: Vec<(&'static str, &'static str)> = texts
        .into_iter()
        .filter_map(|(k, v)| match v {
            serde_json::Value::String(text) => Some((&*k.leak(), &*text.leak())),
            _ => None,
        })
        .collect();
    if entries.is_empty() {
        return Err("the catalogue is empty".into());
    }
    #[cfg(target_arch = "wasm32")]
    if lang == Lang::Es {
        ES.with(|es| es.set(entries.leak()));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, entries);
    Ok(())
}

/// Whether `lang`'s catalogue is ready (English always is).
pub fn catalogue_ready(lang: Lang) -> bool {
    !lang.catalogue().is_empty()
}

/// A language the guide speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es];

    /// The BCP 47 code, for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
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

    /// The first supported language among `tags` (attribute, page, browser), else English.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    pub fn catalogue(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => en::EN,
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Es => es::ES,
            #[cfg(target_arch = "wasm32")]
            Lang::Es => ES.with(|es| es.get()),
        }
    }
}

/// The text of `key` in `lang`. A missing key shows the English text, then the key itself
/// (the catalogue test keeps either from happening).
pub fn t(lang: Lang, key: &str) -> &'static str {
    let find = |lang: Lang| {
        lang.catalogue()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
    };
    find(lang).or_else(|| find(Lang::En)).unwrap_or("\u{2026}")
}

/// A value for a placeholder: plain text, or catalogue keys to translate and list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Keys(Vec<&'static str>),
}

/// Something to say, in no language yet: a catalogue key and its placeholder values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn with_keys(mut self, name: &'static str, keys: Vec<&'static str>) -> Message {
        self.args.push((name, Arg::Keys(keys)));
        self
    }

    /// The message in `lang`, placeholders (`{name}`) filled in.
    pub fn render(&self, lang: Lang) -> String {
        let mut text = t(lang, self.key).to_string();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(s) => s.clone(),
                // Only the first letter is lowered, so names keep theirs ("warfarin, Eliquis").
                // ASCII lowercasing is enough for the labels (tests/catalogues.rs checks) and
                // keeps Unicode's case tables out of the WebAssembly.
                Arg::Keys(keys) => keys
                    .iter()
                    .map(|k| lower_first(t(lang, k)))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            text = text.replace(&format!("{{{name}}}"), &value);
        }
        text
    }
}

impl From<&'static str> for Message {
    fn from(key: &'static str) -> Message {
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

/// Clinic text that may come in several languages: English always, Spanish if given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalText {
    pub en: String,
    pub es: Option<String>,
}

impl LocalText {
    pub fn new(en: impl Into<String>) -> LocalText {
        LocalText {
            en: en.into(),
            es: None,
        }
    }

    /// The text in `lang`, or the English text where the clinic gave no translation.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Es => self.es.as_deref().unwrap_or(&self.en),
            Lang::En => &self.en,
        }
    }

    /// Each text with its language; `None` for text given as one plain string.
    pub fn entries(&self) -> impl Iterator<Item = (Option<Lang>, &str)> {
        let plain = self.es.is_none();
        std::iter::once((if plain { None } else { Some(Lang::En) }, self.en.as_str()))
            .chain(self.es.as_deref().map(|es| (Some(Lang::Es), es)))
    }
}

/// Clinic text is `"..."` or `{"en": "...", "es": "..."}`, English required; each is trimmed.
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
                let (mut en, mut es) = (None, None);
                while let Some(code) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    let text = map.next_value::<String>()?.trim().to_string();
                    match Lang::from_code(&code) {
                        Some(Lang::En) => en = Some(text),
                        Some(Lang::Es) => es = Some(text),
                        None => {
                            return Err(serde::de::Error::custom(format!(
                                "{code}: unknown language; use {}",
                                Lang::ALL
                                    .iter()
                                    .map(|l| l.code())
                                    .collect::<Vec<_>>()
                                    .join(" or ")
                            )))
                        }
                    }
                }
                let en = en
                    .ok_or_else(|| serde::de::Error::custom("en: is required: the English text"))?;
                Ok(LocalText { en, es })
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}
