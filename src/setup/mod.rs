//! The setup page: the clinic's draft as data, written out as `clinic.json` and read back.
//!
//! Every check of a value is the guide's own: a draft is checked by writing it out and reading
//! it with [`Clinic::from_json`]; the page adds only advice a reader cannot give (a sample
//! left in, a translation older than its English, `notes.rs`). The code is split by what it
//! edits: [`fields`] is the one typed list of fields (id, problem path, place in the draft),
//! [`edit`] the edits as data applied by a pure function, [`form`] the page's state with its
//! undo, then one file per section (`clinic_fields`, `services`, `hours`, `articles`, `theme`,
//! `languages`, `publish`) and the preview (`preview`). Only the setup page (its own WebAssembly, `src/bin/setup.rs`)
//! uses this module; the guide's first load does not grow.

pub mod articles;
pub mod clinic_fields;
pub mod edit;
pub mod fields;
pub mod form;
pub mod hours;
pub mod languages;
pub mod notes;
pub mod page;
pub mod preview;
pub mod publish;
pub mod services;
pub mod theme;
mod view;

pub use edit::{apply, Edit};
pub use fields::{Field, Section};
pub use form::{Change, Form};
pub use preview::{example_visit, Shown};
pub use publish::{cdn_base, check_guide_address, snippet, SnippetProblem, Way};

use crate::clinic::{Clinic, ConfigProblem, Minute, PhoneNumber};
use crate::document::{to_pretty_text, Document};
use crate::i18n::{Lang, LocalText};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The days as the configuration writes them, Monday first.
pub const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Text in each language the build carries, English first; empty where not given.
pub type Texts = BTreeMap<String, String>;

/// Everything the form holds, as typed: a wrong value stays in the form, with its message.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub name: Texts,
    /// Per language, the English name its translation was made from (see [`Translations`]).
    pub name_from: Texts,
    pub phone: String,
    pub emergency_number: String,
    pub crisis_line: String,
    pub time_zone: String,
    /// Per day, Monday first: `09:00-17:00`, `09:00-12:00, 13:00-17:00`, `closed` or empty.
    pub hours: [String; 7],
    pub booking_url: String,
    pub articles: Vec<ArticleDraft>,
    pub accent: String,
    pub call: String,
    pub font: String,
    pub dark_mode: bool,
    /// The guide's own bar hidden (`theme.bar: false`): the host page has a header.
    pub hide_bar: bool,
    pub services: Vec<ServiceDraft>,
    /// Codes of the languages the guide offers; empty: every language it carries.
    pub languages: Vec<String>,
    /// Codes of the languages the clinic's team speaks.
    pub staff_languages: Vec<String>,
    pub address: Texts,
    pub address_from: Texts,
    pub logo_url: String,
    pub logo_alt: Texts,
    pub logo_alt_from: Texts,
}

/// A service as typed: its name and price in each language, its length in minutes as typed,
/// its own booking page, and the results it suits (their ids, `medical-massage`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceDraft {
    pub name: Texts,
    pub name_from: Texts,
    pub minutes: String,
    pub price: Texts,
    pub price_from: Texts,
    pub booking_url: String,
    pub suits: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleDraft {
    pub title: Texts,
    pub title_from: Texts,
    pub summary: Texts,
    pub summary_from: Texts,
    pub url: String,
    /// Tag ids as the configuration writes them (`sciatica`).
    pub tags: Vec<String>,
}

/// `clinic.json` as the setup page writes it: the fields in the README's order, empty ones
/// left out (so the guide's defaults apply).
#[derive(Serialize)]
struct ConfigOut<'a> {
    name: TextOut<'a>,
    phone: &'a str,
    emergency_number: &'a str,
    crisis_line: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    time_zone: &'a str,
    #[serde(skip_serializing_if = "HoursOut::is_empty")]
    hours: HoursOut<'a>,
    #[serde(skip_serializing_if = "String::is_empty")]
    booking_url: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    articles: Vec<ArticleOut<'a>>,
    #[serde(skip_serializing_if = "ThemeOut::is_empty")]
    theme: ThemeOut<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    services: Vec<ServiceOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    languages: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    staff_languages: Vec<&'a str>,
    #[serde(skip_serializing_if = "TextOut::is_empty")]
    address: TextOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logo: Option<LogoOut<'a>>,
}

#[derive(Serialize)]
struct ServiceOut<'a> {
    name: TextOut<'a>,
    #[serde(skip_serializing_if = "MinutesOut::is_empty")]
    minutes: MinutesOut<'a>,
    #[serde(skip_serializing_if = "TextOut::is_empty")]
    price: TextOut<'a>,
    #[serde(skip_serializing_if = "String::is_empty")]
    booking_url: String,
    suits: Vec<&'a str>,
}

/// Minutes as a number when they read as one; else as typed, for the guide to name.
#[derive(Serialize)]
#[serde(untagged)]
enum MinutesOut<'a> {
    Number(u16),
    Typed(&'a str),
}

impl MinutesOut<'_> {
    fn is_empty(&self) -> bool {
        matches!(self, MinutesOut::Typed(""))
    }
}

#[derive(Serialize)]
struct LogoOut<'a> {
    url: String,
    alt: TextOut<'a>,
}

/// The week, each day under its name (`mon`), Monday first: all seven once any is given, a day
/// left empty written `closed`, so a file read back and written again is the same file.
struct HoursOut<'a>(&'a [String; 7]);

impl HoursOut<'_> {
    fn is_empty(&self) -> bool {
        self.0.iter().all(|day| day.trim().is_empty())
    }
}

impl Serialize for HoursOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(DAYS.iter().zip(self.0).map(|(day, text)| {
            let text = text.trim();
            (*day, if text.is_empty() { "closed" } else { text })
        }))
    }
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    title: TextOut<'a>,
    #[serde(skip_serializing_if = "TextOut::is_empty")]
    summary: TextOut<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<&'a str>,
    #[serde(skip_serializing_if = "String::is_empty")]
    url: String,
}

#[derive(Serialize)]
struct ThemeOut<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    accent: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    call: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    font: &'a str,
    /// Written only to turn dark mode off.
    #[serde(skip_serializing_if = "Option::is_none")]
    dark_mode: Option<bool>,
    /// Written only to hide the guide's own bar.
    #[serde(skip_serializing_if = "Option::is_none")]
    bar: Option<bool>,
}

impl ThemeOut<'_> {
    fn is_empty(&self) -> bool {
        self.accent.is_empty()
            && self.call.is_empty()
            && self.font.is_empty()
            && self.dark_mode.is_none()
            && self.bar.is_none()
    }
}

/// One string when only English is given, else `{"en": ..., "es": ...}` in the build's order.
struct TextOut<'a>(&'a Texts);

impl TextOut<'_> {
    fn given(&self) -> impl Iterator<Item = (&'static str, &str)> {
        Lang::ALL.iter().filter_map(|lang| {
            let text = self.0.get(lang.code())?.trim();
            (!text.is_empty()).then_some((lang.code(), text))
        })
    }

    fn is_empty(&self) -> bool {
        self.given().next().is_none()
    }
}

impl Serialize for TextOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let given: Vec<_> = self.given().collect();
        match given.as_slice() {
            [] => serializer.serialize_str(""),
            [("en", text)] => serializer.serialize_str(text),
            _ => {
                let mut map = serializer.serialize_map(Some(given.len()))?;
                for (code, text) in given {
                    map.serialize_entry(code, text)?;
                }
                map.end()
            }
        }
    }
}

fn texts(text: &LocalText) -> Texts {
    Lang::ALL
        .iter()
        .map(|lang| {
            let given = match lang {
                Lang::En => Some(text.en.clone()),
                _ => text
                    .translations
                    .iter()
                    .find(|(l, _)| l == lang)
                    .map(|(_, t)| t.clone()),
            };
            (lang.code().to_string(), given.unwrap_or_default())
        })
        .collect()
}

/// A day's opening times as the configuration writes them.
fn day_text(ranges: &[(Minute, Minute)]) -> String {
    if ranges.is_empty() {
        return "closed".into();
    }
    let time = |m: Minute| format!("{:02}:{:02}", m / 60, m % 60);
    ranges
        .iter()
        .map(|(open, close)| format!("{}-{}", time(*open), time(*close)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A link as the file writes it: an address typed without its `https://`
/// (`riversidemassage.com/book`) gets it, or the guide would read it as a page of the site it
/// is on (the form still shows it as typed, with a note).
fn link(text: &str) -> String {
    edit::with_https(text).unwrap_or_else(|| text.trim().to_string())
}

impl Draft {
    /// The form filled in from a clinic's configuration as the guide reads it.
    pub fn from_clinic(clinic: &Clinic) -> Draft {
        let hours = clinic.hours.as_ref();
        Draft {
            name: texts(&clinic.name),
            name_from: Texts::new(),
            phone: clinic.phone.display.clone(),
            emergency_number: clinic.emergency_number.clone(),
            crisis_line: clinic.crisis_line.clone(),
            time_zone: hours.map(|h| h.time_zone.clone()).unwrap_or_default(),
            hours: std::array::from_fn(|day| {
                hours.map(|h| day_text(&h.days[day])).unwrap_or_default()
            }),
            booking_url: clinic.booking_url.clone().unwrap_or_default(),
            articles: clinic
                .articles
                .iter()
                .map(|article| ArticleDraft {
                    title: texts(&article.title),
                    title_from: Texts::new(),
                    summary: texts(&article.summary),
                    summary_from: Texts::new(),
                    url: article.url.clone().unwrap_or_default(),
                    tags: article.tags.iter().map(|t| t.id().to_string()).collect(),
                })
                .collect(),
            accent: clinic.theme.accent.clone().unwrap_or_default(),
            call: clinic.theme.call.clone().unwrap_or_default(),
            font: clinic.theme.font.clone().unwrap_or_default(),
            dark_mode: !clinic.theme.light_only,
            hide_bar: clinic.theme.no_bar,
            services: clinic
                .services
                .iter()
                .map(|service| ServiceDraft {
                    name: texts(&service.name),
                    name_from: Texts::new(),
                    minutes: service.minutes.map(|m| m.to_string()).unwrap_or_default(),
                    price: service.price.as_ref().map(texts).unwrap_or_default(),
                    price_from: Texts::new(),
                    booking_url: service.booking_url.clone().unwrap_or_default(),
                    suits: service.suits.iter().map(|o| o.id().to_string()).collect(),
                })
                .collect(),
            languages: clinic
                .languages
                .iter()
                .map(|l| l.code().to_string())
                .collect(),
            staff_languages: clinic
                .staff_languages
                .iter()
                .map(|l| l.code().to_string())
                .collect(),
            address: clinic.address.as_ref().map(texts).unwrap_or_default(),
            address_from: Texts::new(),
            logo_url: clinic
                .logo
                .as_ref()
                .map(|l| l.url.clone())
                .unwrap_or_default(),
            logo_alt: clinic
                .logo
                .as_ref()
                .map(|l| texts(&l.alt))
                .unwrap_or_default(),
            logo_alt_from: Texts::new(),
        }
    }

    /// A new clinic's form: the guide's built-in content, dark mode on.
    pub fn new_clinic() -> Draft {
        Draft::from_clinic(&Clinic::builtin())
    }

    /// An existing `clinic.json`: the form with every value the guide accepts, and the
    /// problems with the rest (those fields are left at the guide's defaults).
    pub fn import(text: &str) -> (Draft, Vec<ConfigProblem>) {
        let (clinic, problems) = Clinic::from_json(text);
        let mut draft = Draft::from_clinic(&clinic);
        // The number as the clinic wrote it ("706-555-0142"), not as the guide shows it
        // ("(706) 555-0142"): a file opened and saved again keeps the clinic's own way.
        let written = Document::parse(text)
            .ok()
            .and_then(|doc| doc.text("phone"))
            .filter(|phone| PhoneNumber::parse(phone).is_ok_and(|p| p.e164 == clinic.phone.e164));
        if let Some(phone) = written {
            draft.phone = phone.trim().to_string();
        }
        (draft, problems)
    }

    /// `clinic.json`, two-space indented, ending in a newline.
    pub fn to_json(&self) -> String {
        let out = ConfigOut {
            name: TextOut(&self.name),
            phone: self.phone.trim(),
            emergency_number: self.emergency_number.trim(),
            crisis_line: self.crisis_line.trim(),
            time_zone: self.time_zone.trim(),
            hours: HoursOut(&self.hours),
            booking_url: link(&self.booking_url),
            articles: self
                .articles
                .iter()
                .map(|article| ArticleOut {
                    title: TextOut(&article.title),
                    summary: TextOut(&article.summary),
                    tags: article.tags.iter().map(String::as_str).collect(),
                    url: link(&article.url),
                })
                .collect(),
            theme: ThemeOut {
                accent: self.accent.trim(),
                call: self.call.trim(),
                font: self.font.trim(),
                dark_mode: (!self.dark_mode).then_some(false),
                bar: self.hide_bar.then_some(false),
            },
            services: self
                .services
                .iter()
                .map(|service| {
                    let typed = service.minutes.trim();
                    ServiceOut {
                        name: TextOut(&service.name),
                        minutes: typed
                            .parse()
                            .map_or(MinutesOut::Typed(typed), MinutesOut::Number),
                        price: TextOut(&service.price),
                        booking_url: link(&service.booking_url),
                        suits: service.suits.iter().map(String::as_str).collect(),
                    }
                })
                .collect(),
            languages: self.languages.iter().map(String::as_str).collect(),
            staff_languages: self.staff_languages.iter().map(String::as_str).collect(),
            address: TextOut(&self.address),
            logo: (!self.logo_url.trim().is_empty() || !TextOut(&self.logo_alt).is_empty()).then(
                || LogoOut {
                    url: link(&self.logo_url),
                    alt: TextOut(&self.logo_alt),
                },
            ),
        };
        format!("{}\n", to_pretty_text(&out))
    }

    /// What the guide would say about this draft: the same problems a visitor's guide finds.
    pub fn problems(&self) -> Vec<ConfigProblem> {
        Clinic::from_json(&self.to_json()).1
    }

    /// This draft with each field that has a problem taken from `good` instead, for the
    /// preview: a value being typed never blanks the guide beside it. A field is put back
    /// whole where the guide reads it whole (the hours with their zone, the articles).
    pub fn with_good_values(&self, good: &Draft, problems: &[ConfigProblem]) -> Draft {
        let mut merged = self.clone();
        for problem in problems {
            match Field::from_path(&problem.field).map(Field::section) {
                Some(Section::Hours) => {
                    merged.time_zone = good.time_zone.clone();
                    merged.hours = good.hours.clone();
                }
                Some(Section::Articles) => merged.articles = good.articles.clone(),
                Some(Section::Look) => {
                    merged.accent = good.accent.clone();
                    merged.call = good.call.clone();
                    merged.font = good.font.clone();
                    merged.dark_mode = good.dark_mode;
                    merged.hide_bar = good.hide_bar;
                }
                Some(Section::Services) => merged.services = good.services.clone(),
                Some(Section::Languages) => {
                    merged.languages = good.languages.clone();
                    merged.staff_languages = good.staff_languages.clone();
                }
                Some(_) if problem.field.starts_with("logo") => {
                    merged.logo_url = good.logo_url.clone();
                    merged.logo_alt = good.logo_alt.clone();
                }
                Some(_) => {
                    let field = Field::from_path(&problem.field).expect("matched above");
                    field.copy_from(&mut merged, good);
                }
                None => {}
            }
        }
        merged
    }

    /// The draft as the browser keeps it between visits (every value as typed).
    pub fn to_saved(&self) -> String {
        to_pretty_text(self)
    }

    /// A draft kept by [`Draft::to_saved`]; `None` if it cannot be read.
    pub fn from_saved(text: &str) -> Option<Draft> {
        Document::parse(text).ok()?.read().ok()
    }
}

/// Text in one language of a translated field, with the English it was made from: the page
/// names a translation whose English has changed since ("not translated since the English
/// changed"). `from` is filled lazily: a translation with no record was made from the English
/// it stands beside, until that English changes.
pub struct Translations<'a> {
    pub texts: &'a mut Texts,
    pub from: &'a mut Texts,
}

impl Translations<'_> {
    /// Set `lang`'s text. English: each translation keeps the English it was made from.
    /// Another language: it is now made from the English as it stands.
    pub fn set(&mut self, lang: Lang, value: String) {
        let english = self.texts.get("en").cloned().unwrap_or_default();
        if lang == Lang::En {
            for other in Lang::ALL.iter().filter(|l| **l != Lang::En) {
                let code = other.code();
                let translated = self.texts.get(code).is_some_and(|t| !t.trim().is_empty());
                if translated && !self.from.contains_key(code) {
                    self.from.insert(code.into(), english.clone());
                }
            }
        } else {
            self.from.insert(lang.code().into(), english);
        }
        self.texts.insert(lang.code().into(), value);
    }

    /// The translation in `lang` still says what the English says now.
    pub fn keep(&mut self, lang: Lang) {
        let english = self.texts.get("en").cloned().unwrap_or_default();
        self.from.insert(lang.code().into(), english);
    }
}

/// Whether `lang`'s text was made from an English that has changed since.
pub fn is_stale(texts: &Texts, from: &Texts, lang: Lang) -> bool {
    let translated = texts.get(lang.code()).is_some_and(|t| !t.trim().is_empty());
    let english = texts.get("en").map(|t| t.trim()).unwrap_or("");
    translated
        && from
            .get(lang.code())
            .is_some_and(|made_from| made_from.trim() != english)
}

/// A language's name in English, for the clinic owner reading this page in English.
pub fn language_name(lang: Lang) -> &'static str {
    match lang.code() {
        "en" => "English",
        "es" => "Spanish",
        "vi" => "Vietnamese",
        // A language added later shows its own name until it is given an English one here.
        _ => crate::i18n::t(Lang::En, lang.name_key()),
    }
}
