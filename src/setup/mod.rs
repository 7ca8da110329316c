//! The setup page's form as data: what a clinic types, written out as `clinic.json` and read
//! back. Every check is the guide's own: a draft is checked by writing it out and reading it
//! with [`Clinic::from_json`], so the page has no rules of its own. Only the setup page (its
//! own WebAssembly, `src/bin/setup.rs`, with the view in `page.rs`) uses this module; the guide's first load does not grow.

pub mod page;

use crate::clinic::{Clinic, ConfigProblem, Minute};
use crate::document::{to_pretty_text, Document};
use crate::guide::answers::WhereItHurts;
use crate::guide::articles::ArticleTag;
use crate::guide::safety::FLAGS;
use crate::guide::{BodyRegion, Flag, FlagScreen, Goal, Outcome, PainDuration};
use crate::i18n::{Lang, LocalText};
use crate::state::{State, Step};
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
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleDraft {
    pub title: Texts,
    pub summary: Texts,
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
    #[serde(skip_serializing_if = "str::is_empty")]
    booking_url: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    articles: Vec<ArticleOut<'a>>,
    #[serde(skip_serializing_if = "ThemeOut::is_empty")]
    theme: ThemeOut<'a>,
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
    #[serde(skip_serializing_if = "str::is_empty")]
    url: &'a str,
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
}

impl ThemeOut<'_> {
    fn is_empty(&self) -> bool {
        self.accent.is_empty()
            && self.call.is_empty()
            && self.font.is_empty()
            && self.dark_mode.is_none()
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

impl Draft {
    /// The form filled in from a clinic's configuration as the guide reads it.
    pub fn from_clinic(clinic: &Clinic) -> Draft {
        let hours = clinic.hours.as_ref();
        Draft {
            name: texts(&clinic.name),
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
                    summary: texts(&article.summary),
                    url: article.url.clone().unwrap_or_default(),
                    tags: article.tags.iter().map(|t| t.id().to_string()).collect(),
                })
                .collect(),
            accent: clinic.theme.accent.clone().unwrap_or_default(),
            call: clinic.theme.call.clone().unwrap_or_default(),
            font: clinic.theme.font.clone().unwrap_or_default(),
            dark_mode: !clinic.theme.light_only,
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
        (Draft::from_clinic(&clinic), problems)
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
            booking_url: self.booking_url.trim(),
            articles: self
                .articles
                .iter()
                .map(|article| ArticleOut {
                    title: TextOut(&article.title),
                    summary: TextOut(&article.summary),
                    tags: article.tags.iter().map(String::as_str).collect(),
                    url: article.url.trim(),
                })
                .collect(),
            theme: ThemeOut {
                accent: self.accent.trim(),
                call: self.call.trim(),
                font: self.font.trim(),
                dark_mode: (!self.dark_mode).then_some(false),
            },
        };
        format!("{}\n", to_pretty_text(&out))
    }

    /// What the guide would say about this draft: the same problems a visitor's guide finds.
    pub fn problems(&self) -> Vec<ConfigProblem> {
        Clinic::from_json(&self.to_json()).1
    }

    /// This draft with each field that has a problem taken from `good` instead, for the
    /// preview: a value being typed never blanks the guide beside it.
    pub fn with_good_values(&self, good: &Draft, problems: &[ConfigProblem]) -> Draft {
        let mut merged = self.clone();
        for problem in problems {
            match top_field(&problem.field) {
                "name" => merged.name = good.name.clone(),
                "phone" => merged.phone = good.phone.clone(),
                "emergency_number" => merged.emergency_number = good.emergency_number.clone(),
                "crisis_line" => merged.crisis_line = good.crisis_line.clone(),
                "time_zone" | "hours" => {
                    merged.time_zone = good.time_zone.clone();
                    merged.hours = good.hours.clone();
                }
                "booking_url" => merged.booking_url = good.booking_url.clone(),
                "articles" => merged.articles = good.articles.clone(),
                "theme" => {
                    merged.accent = good.accent.clone();
                    merged.call = good.call.clone();
                    merged.font = good.font.clone();
                    merged.dark_mode = good.dark_mode;
                }
                _ => {}
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

/// `articles` of `articles[2].url`, `hours` of `hours.mon`.
pub fn top_field(field: &str) -> &str {
    field.split(['.', '[']).next().unwrap_or(field)
}

/// A visit that ends at `outcome`, for the preview to start at its result: the clinic sees
/// its phone, booking link and articles where a visitor would.
pub fn example_visit(outcome: Outcome) -> State {
    let mut state = State::default();
    let answers = &mut state.answers;
    // The up-front questions answered; a flag of the health background for the levels of
    // care between, which every visitor is asked.
    let flag = match outcome {
        Outcome::Emergency => Some(Flag::ChestPain),
        Outcome::DoctorToday => Some(Flag::SpreadingRedSkin),
        Outcome::DoctorBeforeBooking => Some(Flag::CatchingSkin),
        Outcome::WaitUntilWell => Some(Flag::CatchingIllness),
        Outcome::MedicalMassage | Outcome::GeneralMassage => None,
    };
    if let Some(flag) = flag {
        answers.answer_flag(flag, true);
    }
    answers.settle(FlagScreen::Everyone);
    if outcome != Outcome::Emergency {
        answers.settle(FlagScreen::Unwell);
    }
    if outcome == Outcome::MedicalMassage {
        answers.toggle_region(BodyRegion::LowerBack);
        answers.intensity = Some(6);
        answers.duration = Some(PainDuration::OverThreeMonths);
        answers.goals.insert(Goal::RelievePain);
    } else {
        answers.where_it_hurts = WhereItHurts::NoPain;
        answers.goals.insert(Goal::RelaxStress);
    }
    // Every other question these answers call for is answered "no".
    for row in FLAGS {
        if (row.asked)(answers) && answers.flag_answer(row.flag).is_none() {
            answers.answer_flag(row.flag, false);
        }
    }
    state.step = match outcome {
        Outcome::Emergency => Step::Emergency,
        _ => Step::Result,
    };
    state
}

/// The tags an article can have, as the configuration writes them.
pub fn tag_ids() -> impl Iterator<Item = &'static str> {
    ArticleTag::ALL.iter().map(|tag| tag.id())
}

/// How the clinic puts the guide on its site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// A site that takes pasted HTML (a site builder): the guide's files from a CDN that
    /// serves npm packages, the configuration inside the snippet.
    Cdn,
    /// The clinic's own web space, where it uploads the guide's files and clinic.json.
    OwnSpace,
    /// A WordPress site: the plugin, no snippet.
    WordPress,
}

/// The guide's files of this very version, on jsDelivr (the npm package `cargo xtask package`
/// writes; docs/publishing.md).
pub fn cdn_base() -> String {
    format!(
        "https://cdn.jsdelivr.net/npm/massage-guide@{}/",
        env!("CARGO_PKG_VERSION")
    )
}

/// Why there is no snippet yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnippetProblem {
    /// The guide's address is not http(s) or a folder of the site: what to write instead.
    Address(String),
    /// The clinic's phone number does not read as a number yet.
    Phone,
}

/// The snippet a clinic pastes into its site: the loader, and the element with its
/// configuration's address, or with the configuration inside it.
///
/// The guide's address must be an http(s) address or a folder of the site: a `data:` or
/// `javascript:` address would run whatever it holds on the clinic's page.
///
/// The element always holds the clinic's phone link (`phone`, as typed): if the script is
/// blocked or cannot load, or the configuration cannot be had, the visitor still has a number
/// to call, and it is this clinic's. So there is no snippet until the number reads.
///
/// `integrity` is the loader's own hash (`sha256-…`, written into the setup page by the build):
/// the clinic's page then refuses a loader changed after this build (docs/publishing.md).
///
/// `lang` is the language the guide starts in (the visitor can change it), on the element.
pub fn snippet(
    base: &str,
    inline: Option<&str>,
    phone: &str,
    integrity: Option<&str>,
    lang: Lang,
) -> Result<String, SnippetProblem> {
    let lang = lang.code();
    let base = base.trim();
    crate::clinic::check_url(base).map_err(|why| {
        SnippetProblem::Address(format!("Write the address that starts with https://, or a folder of your site such as /guide/ ({why})"))
    })?;
    // Digits, `+` and the display's `(`, `)`, `-` and spaces only: nothing to escape.
    let phone = crate::clinic::PhoneNumber::parse(phone).map_err(|_| SnippetProblem::Phone)?;
    let link = format!("<a href=\"{}\">{}</a>\n", phone.tel_href(), phone.display);
    // The address goes into attributes: written so that nothing in it can end one.
    let base = base
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    let base = if base.ends_with('/') {
        base
    } else {
        format!("{base}/")
    };
    // Base64 and `sha256-` only (the build's own): nothing to escape; anything else is left out.
    let integrity = integrity
        .filter(|hash| {
            hash.starts_with("sha256-")
                && hash[7..]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        })
        .map(|hash| format!(r#" integrity="{hash}" crossorigin="anonymous""#))
        .unwrap_or_default();
    let script =
        format!(r#"<script type="module" src="{base}embed/massage-guide.js"{integrity}></script>"#);
    Ok(match inline {
        // `<` written as `\u003c`, so no text in it can close the script element.
        Some(json) => format!(
            "{script}\n<massage-guide lang=\"{lang}\">\n{link}<script type=\"application/json\">\n{}</script>\n</massage-guide>\n",
            json.replace('<', "\\u003c")
        ),
        None => format!(
            "{script}\n<massage-guide config=\"{base}clinic.json\" lang=\"{lang}\">\n{link}</massage-guide>\n"
        ),
    })
}
