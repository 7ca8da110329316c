//! The clinic's configuration: name, phone, hours, articles. Parsed and validated field by field.
//!
//! A broken field never blanks the guide: it is reported as a [`ConfigProblem`] naming the
//! field, and the built-in value is used instead.

use crate::document::{Document, Fields, Json, Lenient, Path};
use crate::guide::articles::{Article, ArticleTag};
use crate::guide::Outcome;
use crate::i18n::{Key, Lang, LocalText, Message};
use serde::de::{self, Deserializer};
use serde::Deserialize;
use std::fmt;

/// The default content that ships with the guide (`assets/clinic.json`), for the tests and
/// tools; the guide fetches the file.
pub const DEFAULT_CLINIC_JSON: &str = include_str!("../assets/clinic.json");

/// The built-in clinic: `assets/clinic.json` without its articles, written by build.rs.
pub const BUILTIN_CLINIC_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/builtin_clinic.json"));

/// The days of the week as the configuration writes them, with their catalogue keys.
const DAYS: [(&str, Key); 7] = [
    ("mon", Key::DayMon),
    ("tue", Key::DayTue),
    ("wed", Key::DayWed),
    ("thu", Key::DayThu),
    ("fri", Key::DayFri),
    ("sat", Key::DaySat),
    ("sun", Key::DaySun),
];

/// A field of the configuration that was wrong, and what was wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// Where: `phone`, `articles[2].url`, `hours.mon`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// A phone number, checked and normalised for a `tel:` link.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct PhoneNumber {
    /// E.164, e.g. `+12125550100`.
    pub e164: String,
    /// As people read it, e.g. `(212) 555-0100`.
    pub display: String,
}

impl TryFrom<String> for PhoneNumber {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        PhoneNumber::parse(&text)
    }
}

impl PhoneNumber {
    /// Accepts US numbers (`212-555-0100`, `(212) 555 0100`, `+1 212 555 0100`) and
    /// international ones written with a leading `+`.
    pub fn parse(text: &str) -> Result<PhoneNumber, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("a phone number is required".into());
        }
        // An international number is shown as written: bounded, so it cannot widen the page
        // (3,000 dashes made it 21,406 px wide). The longest written form is about 20.
        if text.len() > 32 {
            return Err("write the number in at most 32 characters, e.g. +44 20 7946 0958".into());
        }
        if let Some(bad) = text
            .chars()
            .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+')))
        {
            return Err(format!("unexpected character '{bad}' in the phone number"));
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let international = text.starts_with('+');
        if text.chars().skip(1).any(|c| c == '+') {
            return Err("a '+' may only start the number".into());
        }
        let national = match (international, digits.len()) {
            (false, 10) => Some(digits.clone()),
            (false, 11) | (true, 11) if digits.starts_with('1') => Some(digits[1..].to_string()),
            (true, 8..=15) => None,
            _ => {
                return Err(
                    "use a 10-digit US number or an international number starting with +".into(),
                )
            }
        };
        Ok(match national {
            Some(n) => PhoneNumber {
                e164: format!("+1{n}"),
                display: format!("({}) {}-{}", &n[..3], &n[3..6], &n[6..]),
            },
            None => PhoneNumber {
                e164: format!("+{digits}"),
                display: text.to_string(),
            },
        })
    }

    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.e164)
    }
}

/// Minutes since midnight, for opening hours.
pub type Minute = u16;

/// The clinic's week, Monday first, in the clinic's own time zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpeningHours {
    /// An IANA zone such as `America/New_York`; the browser turns "now" into this zone.
    pub time_zone: String,
    pub days: [Vec<(Minute, Minute)>; 7],
}

/// Whether the clinic is open at a moment of its week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    OpenUntil(Minute),
    /// Closed; opens next on (days from today, weekday index, minute).
    ClosedUntil(u8, usize, Minute),
    /// No opening time in the week.
    Closed,
}

impl OpeningHours {
    /// The status at `weekday` (0 = Monday) and `minute` past midnight, clinic time.
    pub fn status(&self, weekday: usize, minute: Minute) -> OpenStatus {
        let weekday = weekday % 7;
        if let Some(&(_, close)) = self.days[weekday]
            .iter()
            .find(|(open, close)| *open <= minute && minute < *close)
        {
            return OpenStatus::OpenUntil(close);
        }
        for ahead in 0..8u8 {
            let day = (weekday + ahead as usize) % 7;
            let next = self.days[day]
                .iter()
                .map(|(open, _)| *open)
                .filter(|open| ahead > 0 || *open > minute)
                .min();
            if let Some(open) = next {
                return OpenStatus::ClosedUntil(ahead, day, open);
            }
        }
        OpenStatus::Closed
    }

    /// A sentence for the call button: "Open now, until 5:00 pm".
    pub fn describe(&self, weekday: usize, minute: Minute, lang: Lang) -> String {
        let message = match self.status(weekday, minute) {
            OpenStatus::OpenUntil(close) => {
                Message::new(Key::CallOpenUntil).with("time", clock(close, lang))
            }
            OpenStatus::ClosedUntil(0, _, open) => {
                Message::new(Key::CallOpensToday).with("time", clock(open, lang))
            }
            OpenStatus::ClosedUntil(1, _, open) => {
                Message::new(Key::CallOpensTomorrow).with("time", clock(open, lang))
            }
            OpenStatus::ClosedUntil(_, day, open) => Message::new(Key::CallOpensDay)
                .with("day", crate::i18n::t(lang, DAYS[day].1))
                .with("time", clock(open, lang)),
            OpenStatus::Closed => Message::new(Key::CallClosedNow),
        };
        message.render(lang)
    }

    /// One line per day: ("Monday", "9:00 am – 5:00 pm").
    pub fn weekly(&self, lang: Lang) -> Vec<(&'static str, String)> {
        DAYS.iter()
            .zip(self.days.iter())
            .map(|((_, day), ranges)| {
                let text = if ranges.is_empty() {
                    crate::i18n::t(lang, Key::CallClosed).to_string()
                } else {
                    ranges
                        .iter()
                        .map(|(o, c)| format!("{} – {}", clock(*o, lang), clock(*c, lang)))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                (crate::i18n::t(lang, *day), text)
            })
            .collect()
    }
}

/// A time of day as people read it: "9:00 am" in English, "9:00" (24-hour) in the others.
pub fn clock(minute: Minute, lang: Lang) -> String {
    let (h, m) = (minute / 60 % 24, minute % 60);
    if lang != Lang::En {
        return format!("{h}:{m:02}");
    }
    let suffix = if h < 12 { "am" } else { "pm" };
    let h12 = match h % 12 {
        0 => 12,
        h => h,
    };
    format!("{h12}:{m:02} {suffix}")
}

/// Everything that is the clinic's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clinic {
    pub name: LocalText,
    pub phone: PhoneNumber,
    /// Digits only, e.g. `911`.
    pub emergency_number: String,
    /// The suicide and crisis line, digits only: `988` in the US. Shown quietly on results
    /// where mood or sleep is a goal.
    pub crisis_line: String,
    pub hours: Option<OpeningHours>,
    pub booking_url: Option<String>,
    pub articles: Vec<Article>,
    pub theme: Theme,
    /// What the clinic books, each with the results it suits.
    pub services: Vec<Service>,
    /// The languages the guide offers; empty for every language it carries.
    pub languages: Vec<Lang>,
    /// The languages the clinic's staff speak ("We speak Spanish" on a Spanish result).
    pub staff_languages: Vec<Lang>,
    /// Where the clinic is, one line.
    pub address: Option<LocalText>,
    pub logo: Option<Logo>,
}

/// A service the clinic books, shown on the massage results it suits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    pub name: LocalText,
    /// How long, in minutes.
    pub minutes: Option<u16>,
    /// As the clinic writes it: "$95", "from $80".
    pub price: Option<LocalText>,
    /// Where to book this service; the clinic's `booking_url` when absent.
    pub booking_url: Option<String>,
    /// The results it suits: medical massage, general massage or both.
    pub suits: Vec<Outcome>,
}

/// The clinic's logo in the bar: an image address and what it shows, for those who cannot see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    pub url: String,
    pub alt: LocalText,
}

/// The clinic's look, from `theme` in the configuration. A page that embeds the guide can set
/// the same through CSS custom properties on the element (docs/embedding.md); those win. The
/// stylesheet keeps every colour at WCAG AA, whatever it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    /// Buttons, selected answers, progress and links: `#rrggbb`.
    pub accent: Option<String>,
    /// The phone buttons: `#rrggbb`.
    pub call: Option<String>,
    /// A CSS font list, e.g. `Georgia, serif`.
    pub font: Option<String>,
    /// The clinic turned dark mode off: the guide stays light whatever the visitor's setting.
    pub light_only: bool,
    /// The clinic hid the guide's own bar (its page already has a header); an embedded guide
    /// then shows the phone number at the foot of every screen instead.
    pub no_bar: bool,
}

/// The emergency number of the built-in content: given while a configuration has not said
/// its own, and if it never does.
pub const BUILTIN_EMERGENCY_NUMBER: &str = "911";

impl Clinic {
    /// The built-in content: `assets/clinic.json` without its articles (build.rs), so the one
    /// file says which clinic a guide shows while its configuration loads and if it cannot be
    /// read: its name and number (as the standalone page's static shell shows them), the
    /// emergency and crisis numbers, no articles. The articles stay in the file the page
    /// fetches: built in they would cost every visitor 2 KB (docs/performance.md).
    pub fn builtin() -> Clinic {
        // Only read here; the blank base is never shown, because a test holds that the file
        // reads without a problem.
        let blank = Clinic {
            name: LocalText::new(""),
            phone: PhoneNumber {
                e164: String::new(),
                display: String::new(),
            },
            emergency_number: BUILTIN_EMERGENCY_NUMBER.into(),
            crisis_line: String::new(),
            hours: None,
            booking_url: None,
            articles: Vec::new(),
            theme: Theme::default(),
            services: Vec::new(),
            languages: Vec::new(),
            staff_languages: Vec::new(),
            address: None,
            logo: None,
        };
        blank.merge_json(BUILTIN_CLINIC_JSON).0
    }

    /// The default content (`assets/clinic.json`) as the standalone page shows it, for the
    /// tests and tools.
    pub fn default_content() -> Clinic {
        Clinic::from_json(DEFAULT_CLINIC_JSON).0
    }

    /// The built-in content with the host page's own number: the `tel:` link the page put
    /// inside the element. A configuration that fails, or whose number is refused, then never
    /// shows another clinic's number.
    /// A link whose number does not read is a problem to report (the built-in number stands in).
    pub fn builtin_with_phone(host_phone: Option<&str>) -> (Clinic, Option<ConfigProblem>) {
        let mut clinic = Clinic::builtin();
        let problem = match host_phone.map(PhoneNumber::parse) {
            Some(Ok(phone)) => {
                clinic.phone = phone;
                None
            }
            Some(Err(message)) => Some(ConfigProblem {
                field: "phone link inside the element".into(),
                message,
            }),
            None => None,
        };
        (clinic, problem)
    }

    /// A clinic's configuration over `base` (the built-in content, with the host's number),
    /// with the problems found: a field that is wrong keeps `base`'s value.
    pub fn from_json_over(base: Clinic, text: &str) -> (Clinic, Vec<ConfigProblem>) {
        base.merge_json(text)
    }

    /// A clinic's configuration over the built-in content, with the problems found.
    pub fn from_json(text: &str) -> (Clinic, Vec<ConfigProblem>) {
        Clinic::builtin().merge_json(text)
    }

    /// The element's `phone` attribute over the configuration's number. A number that does
    /// not parse is reported and the configuration's is kept.
    pub fn with_phone_override(mut self, phone: Option<&str>) -> (Clinic, Option<ConfigProblem>) {
        let problem = phone.and_then(|text| match PhoneNumber::parse(text) {
            Ok(phone) => {
                self.phone = phone;
                None
            }
            Err(message) => Some(ConfigProblem {
                field: "phone attribute".into(),
                message,
            }),
        });
        (self, problem)
    }

    /// The services that suit `outcome`, in the clinic's order.
    pub fn services_for(&self, outcome: Outcome) -> impl Iterator<Item = &Service> {
        self.services
            .iter()
            .filter(move |s| s.suits.contains(&outcome))
    }

    /// The languages the visitor can choose: the clinic's, else every one the guide carries.
    pub fn offered_languages(&self) -> &[Lang] {
        match self.languages.is_empty() {
            true => Lang::ALL,
            false => &self.languages,
        }
    }

    /// Apply each valid field of `text` to `self`; report the rest.
    fn merge_json(mut self, text: &str) -> (Clinic, Vec<ConfigProblem>) {
        let (doc, problems) = read_leniently(text);
        let Some(doc) = doc else {
            return (self, problems);
        };
        if let Some(name) = doc.name {
            self.name = name.0;
        }
        if let Some(phone) = doc.phone {
            self.phone = phone;
        }
        if let Some(number) = doc.emergency_number {
            self.emergency_number = number.0;
        }
        if let Some(number) = doc.crisis_line {
            self.crisis_line = number.0;
        }
        if let Some(url) = doc.booking_url {
            self.booking_url = url.0;
        }
        let mut problems = problems;
        match (doc.hours, doc.time_zone) {
            (Some(week), Some(zone)) => {
                self.hours = Some(OpeningHours {
                    time_zone: zone.0,
                    days: week.days(),
                })
            }
            (Some(_), None) => problems.push(ConfigProblem {
                field: "time_zone".into(),
                message: "is required with hours, e.g. \"America/New_York\"".into(),
            }),
            (None, _) => {}
        }
        if let Some(articles) = doc.articles {
            self.articles = articles.into_iter().map(ArticleDoc::into_article).collect();
        }
        if let Some(theme) = doc.theme {
            let t = &mut self.theme;
            t.accent = theme.accent.map(|c| c.0).or(t.accent.take());
            t.call = theme.call.map(|c| c.0).or(t.call.take());
            t.font = theme.font.map(|f| f.0).or(t.font.take());
            t.light_only = theme.dark_mode.map_or(t.light_only, |dark| !dark);
            t.no_bar = theme.bar.map_or(t.no_bar, |bar| !bar);
        }
        if let Some(services) = doc.services {
            self.services = services;
        }
        if let Some(languages) = doc.languages.filter(|l| !l.is_empty()) {
            self.languages = distinct(languages);
        }
        if let Some(languages) = doc.staff_languages {
            self.staff_languages = distinct(languages);
        }
        if let Some(address) = doc.address {
            self.address = Some(address.0);
        }
        if let Some(logo) = doc.logo {
            self.logo = Some(logo);
        }
        (self, problems)
    }
}

/// The configuration document as serde reads it. Every field is optional: one that is absent
/// (or was wrong, and so was taken out) keeps the built-in value.
struct ClinicDoc {
    name: Option<Text<80>>,
    phone: Option<PhoneNumber>,
    emergency_number: Option<ShortNumber>,
    crisis_line: Option<ShortNumber>,
    time_zone: Option<TimeZone>,
    hours: Option<WeekDoc>,
    booking_url: Option<Link>,
    articles: Option<Vec<ArticleDoc>>,
    theme: Option<ThemeDoc>,
    services: Option<Vec<Service>>,
    languages: Option<Vec<LangCode>>,
    staff_languages: Option<Vec<LangCode>>,
    address: Option<Text<120>>,
    logo: Option<Logo>,
}

struct ThemeDoc {
    accent: Option<Colour>,
    call: Option<Colour>,
    font: Option<FontList>,
    dark_mode: Option<bool>,
    bar: Option<bool>,
}

/// The languages of a list, each once (a language written twice would show two buttons).
fn distinct(codes: Vec<LangCode>) -> Vec<Lang> {
    let mut languages = Vec::new();
    for LangCode(lang) in codes {
        if !languages.contains(&lang) {
            languages.push(lang);
        }
    }
    languages
}

/// A language the guide carries, by its code: `"es"`.
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct LangCode(Lang);

impl TryFrom<String> for LangCode {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        Lang::from_code(&code)
            .map(LangCode)
            .ok_or_else(|| Lang::unknown(&code))
    }
}

impl LangCode {
    /// One item of a list of languages (one function for both lists: smaller WebAssembly).
    fn read(reader: &mut Lenient, path: &Path, code: &Json) -> Option<LangCode> {
        reader.value(path, code)
    }
}

/// A result a service can be booked from: only the two massages. The others send the visitor
/// to a doctor or to rest, never to a booking.
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct Bookable(Outcome);

impl TryFrom<String> for Bookable {
    type Error = &'static str;
    fn try_from(id: String) -> Result<Self, Self::Error> {
        match Outcome::ALL.iter().find(|o| o.id() == id) {
            Some(&o) if o.invites_booking() => Ok(Bookable(o)),
            _ => Err(
                "must be \"medical-massage\" or \"general-massage\": the other results do not book",
            ),
        }
    }
}

/// A service's length: 5 minutes to 8 hours. Read as a `u32`, as saved progress reads its
/// version (one integer reader in the WebAssembly for both), with the message in our words,
/// whatever was written ("60", 1.5, 600).
struct Minutes(u16);

impl<'de> Deserialize<'de> for Minutes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match u32::deserialize(deserializer) {
            Ok(minutes @ 5..=480) => Ok(Minutes(minutes as u16)),
            _ => Err(de::Error::custom(
                "must be a number of minutes from 5 to 480, e.g. 60",
            )),
        }
    }
}

/// The results a service suits: at least one (a service that suits none would never show).
#[derive(Deserialize)]
#[serde(try_from = "Vec<Bookable>")]
struct Suits(Vec<Outcome>);

impl TryFrom<Vec<Bookable>> for Suits {
    type Error = &'static str;
    fn try_from(suits: Vec<Bookable>) -> Result<Self, Self::Error> {
        match suits.is_empty() {
            true => {
                Err("must name at least one result: \"medical-massage\" or \"general-massage\"")
            }
            false => Ok(Suits(suits.into_iter().map(|s| s.0).collect())),
        }
    }
}

/// A colour written `#rrggbb` or `#rgb`, kept as `#rrggbb`.
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct Colour(String);

impl TryFrom<String> for Colour {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        let hex = text.trim().strip_prefix('#').unwrap_or("");
        let long = match hex.len() {
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            _ => hex.to_string(),
        };
        match long.len() == 6 && long.bytes().all(|b| b.is_ascii_hexdigit()) {
            true => Ok(Colour(format!("#{}", long.to_ascii_lowercase()))),
            false => Err("must be a colour written like \"#17695c\""),
        }
    }
}

/// Font names separated by commas, e.g. `"Source Sans 3", Arial, sans-serif`. Only the
/// characters of font names: it goes into a style, where `;` or `(` could do more than name a
/// font.
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct FontList(String);

impl TryFrom<String> for FontList {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        // Letters of any script and digits; of ASCII's punctuation only what font names use.
        // (`char::is_alphanumeric` would bring Unicode's tables in: 2 KB.)
        let allowed = |c: char| {
            c.is_ascii_alphanumeric()
                || matches!(c, ' ' | ',' | '-' | '_' | '\'' | '"')
                || (!c.is_ascii() && !c.is_control())
        };
        // Each name as CSS reads it (CSS Fonts 4, `<family-name>`): a string, quoted whole, or
        // identifiers, each starting with a letter, `_` or `--` (after at most one `-`), with no
        // quote inside and none a keyword that means "no font of yours" (`inherit`). A list
        // the browser refused would cost the guide its fonts.
        let keywords = [
            "inherit",
            "initial",
            "unset",
            "revert",
            "revert-layer",
            "default",
        ];
        let identifier = |word: &str| {
            let after_dash = word.strip_prefix('-').unwrap_or(word);
            after_dash.starts_with(|c: char| {
                c == '-' || c == '_' || c.is_ascii_alphabetic() || !c.is_ascii()
            }) && !word.contains(['"', '\''])
                && !keywords.iter().any(|k| word.eq_ignore_ascii_case(k))
        };
        let name = |name: &str| {
            let name = name.trim_matches(' ');
            match name.as_bytes().first() {
                Some(&quote @ (b'"' | b'\'')) => {
                    let quote = quote as char;
                    name.len() > 1
                        && name.ends_with(quote)
                        && !name[1..name.len() - 1].chars().any(|c| c == quote)
                }
                Some(_) => name.split(' ').filter(|w| !w.is_empty()).all(identifier),
                None => false,
            }
        };
        let text = text.trim();
        if (1..=200).contains(&text.len()) && text.chars().all(allowed) && text.split(',').all(name)
        {
            Ok(FontList(text.to_string()))
        } else {
            Err("must be font names separated by commas, e.g. \"Georgia, serif\"")
        }
    }
}

struct ArticleDoc {
    title: Text<120>,
    summary: Option<Text<400>>,
    tags: Vec<ArticleTag>,
    url: Option<Link>,
}

impl ArticleDoc {
    fn into_article(self) -> Article {
        Article {
            title: self.title.0,
            summary: self.summary.map(|s| s.0).unwrap_or_default(),
            tags: self.tags,
            url: self.url.and_then(|u| u.0),
        }
    }
}

/// Opening hours per day; a day not given is closed.
struct WeekDoc {
    mon: Option<DayHours>,
    tue: Option<DayHours>,
    wed: Option<DayHours>,
    thu: Option<DayHours>,
    fri: Option<DayHours>,
    sat: Option<DayHours>,
    sun: Option<DayHours>,
}

impl WeekDoc {
    fn days(self) -> [Vec<(Minute, Minute)>; 7] {
        [
            self.mon, self.tue, self.wed, self.thu, self.fri, self.sat, self.sun,
        ]
        .map(|day| day.map(|d| d.0).unwrap_or_default())
    }
}

/// "closed", "09:00-17:00" or "09:00-12:00, 13:00-17:00".
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct DayHours(Vec<(Minute, Minute)>);

impl TryFrom<String> for DayHours {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        parse_day(&text).map(DayHours)
    }
}

/// An IANA time zone name such as `America/New_York`.
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct TimeZone(String);

impl TryFrom<String> for TimeZone {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        if is_time_zone_name(&text) {
            Ok(TimeZone(text))
        } else {
            Err("must be a time zone name such as \"America/New_York\"")
        }
    }
}

/// A number dialled as it is: 2 to 6 digits, such as `911` or `988`.
#[derive(Deserialize)]
#[serde(try_from = "String")]
struct ShortNumber(String);

impl TryFrom<String> for ShortNumber {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        if (2..=6).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
            Ok(ShortNumber(text))
        } else {
            Err("must be 2 to 6 digits, e.g. \"911\"")
        }
    }
}

/// A link that is safe to put in the page (see [`check_url`]); `null` for none.
#[derive(Deserialize)]
#[serde(try_from = "Option<String>")]
struct Link(Option<String>);

impl TryFrom<Option<String>> for Link {
    type Error = String;
    fn try_from(url: Option<String>) -> Result<Self, String> {
        match url.map(|u| u.trim().to_string()) {
            Some(url) if url.is_empty() => Err("must not be empty".into()),
            Some(url) if url.chars().count() > 2000 => {
                Err("is too long (at most 2000 characters)".into())
            }
            Some(url) => check_url(&url).map(|()| Link(Some(url))),
            None => Ok(Link(None)),
        }
    }
}

/// Clinic text of at most `MAX` characters, in one language or several (see [`LocalText`]).
struct Text<const MAX: usize>(LocalText);

impl<'de, const MAX: usize> Deserialize<'de> for Text<MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = LocalText::deserialize(deserializer)?;
        check_text(&text, MAX).map_err(de::Error::custom)?;
        Ok(Text(text))
    }
}

/// Each language's text is given and at most `max` characters. One function for every
/// length: a copy per `MAX` would cost the WebAssembly its size each time.
#[inline(never)]
fn check_text(text: &LocalText, max: usize) -> Result<(), String> {
    for (lang, value) in text.entries() {
        let field = |message: String| match lang {
            Some(lang) => format!("{}: {message}", lang.code()),
            None => message,
        };
        if value.is_empty() {
            return Err(field("must not be empty".into()));
        }
        if value.chars().count() > max {
            return Err(field(format!("is too long (at most {max} characters)")));
        }
    }
    Ok(())
}

/// Read `text` in one pass ([`Lenient`]): a value that is wrong is named with its path
/// (`articles[2].url: ...`) and left out, so one wrong value costs only itself; so is a field
/// no one reads (a misspelling). `None` when the text is not a JSON object at all.
fn read_leniently(text: &str) -> (Option<ClinicDoc>, Vec<ConfigProblem>) {
    let problem = |(field, message)| ConfigProblem { field, message };
    let mut reader = Lenient::default();
    let document = match Document::parse_bounded(text) {
        Ok((document, cut)) => {
            // A value nested too deep was cut to `null` before anything read it.
            for path in cut {
                reader.refuse(&path, crate::document::too_deep());
            }
            document
        }
        Err(message) => {
            reader.refuse(&Path::Root, message);
            return (
                None,
                reader.into_problems().into_iter().map(problem).collect(),
            );
        }
    };
    let doc = match document.is_object() {
        true => reader.object(&Path::Root, document.json(), ClinicDoc::read),
        false => {
            let message = "the configuration must be a JSON object { ... }".to_string();
            reader.refuse(&Path::Root, message);
            None
        }
    };
    (
        doc,
        reader.into_problems().into_iter().map(problem).collect(),
    )
}

impl ClinicDoc {
    fn read(fields: &mut Fields) -> ClinicDoc {
        ClinicDoc {
            name: fields.field("name"),
            phone: fields.field("phone"),
            emergency_number: fields.field("emergency_number"),
            crisis_line: fields.field("crisis_line"),
            time_zone: fields.field("time_zone"),
            hours: fields.object("hours", |day| WeekDoc {
                mon: day.field("mon"),
                tue: day.field("tue"),
                wed: day.field("wed"),
                thu: day.field("thu"),
                fri: day.field("fri"),
                sat: day.field("sat"),
                sun: day.field("sun"),
            }),
            booking_url: fields.field("booking_url"),
            articles: fields.list("articles", |reader, path, item| {
                reader.object(path, item, ArticleDoc::read).flatten()
            }),
            theme: fields.object("theme", |theme| ThemeDoc {
                accent: theme.field("accent"),
                call: theme.field("call"),
                font: theme.field("font"),
                dark_mode: theme.field("dark_mode"),
                bar: theme.field("bar"),
            }),
            services: fields.list("services", |reader, path, item| {
                reader.object(path, item, Service::read).flatten()
            }),
            languages: fields.list("languages", LangCode::read),
            staff_languages: fields.list("staff_languages", LangCode::read),
            address: fields.field("address"),
            logo: fields.object("logo", Logo::read).flatten(),
        }
    }
}

impl Service {
    /// A service; `None` (named) without its name or the results it suits.
    fn read(fields: &mut Fields) -> Option<Service> {
        let name: Option<Text<80>> = fields.required("name");
        let minutes: Option<Minutes> = fields.field("minutes");
        let price: Option<Text<80>> = fields.field("price");
        let booking_url: Option<Link> = fields.field("booking_url");
        let suits: Option<Suits> = fields.required("suits");
        Some(Service {
            name: name?.0,
            minutes: minutes.map(|m| m.0),
            price: price.map(|p| p.0),
            booking_url: booking_url.and_then(|u| u.0),
            suits: suits?.0,
        })
    }
}

impl Logo {
    /// The logo; `None` (named) without its address or its words.
    fn read(fields: &mut Fields) -> Option<Logo> {
        let url: Option<Link> = fields.required("url");
        let alt: Option<Text<120>> = fields.required("alt");
        Some(Logo {
            url: url?.0?,
            alt: alt?.0,
        })
    }
}

impl ArticleDoc {
    /// An article; `None` (named) without its title.
    fn read(fields: &mut Fields) -> Option<ArticleDoc> {
        // Every field is asked for before the title decides, so none is taken for unknown.
        let title = fields.required("title");
        let summary = fields.field("summary");
        let tags = fields.list("tags", |reader, path, tag| reader.value(path, tag));
        let url = fields.field("url");
        Some(ArticleDoc {
            title: title?,
            summary,
            tags: tags.unwrap_or_default(),
            url,
        })
    }
}

/// Only `https:`, `http:` or relative URLs; never `javascript:`, `data:` or another scheme.
pub fn check_url(url: &str) -> Result<(), String> {
    // Browsers drop tabs, newlines and leading control characters before reading the
    // scheme ("java\tscript:"), so any such character is refused outright.
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("must not contain spaces or control characters".into());
    }
    // A browser reads a backslash in an http(s) address as a slash, so "/\\host" and
    // "\\\\host" are protocol-relative: they would lead to another site.
    if url.contains('\\') {
        return Err("must not contain a backslash (\\); write / instead".into());
    }
    if url.starts_with("//") {
        return Err(
            "write the full address with https:// (protocol-relative URLs are not allowed)".into(),
        );
    }
    let scheme_end = url.find([':', '/', '?', '#']);
    if let Some(end) = scheme_end.filter(|&i| url[i..].starts_with(':')) {
        let scheme = url[..end].to_ascii_lowercase();
        if scheme != "https" && scheme != "http" {
            return Err("only http(s) or relative URLs are allowed".into());
        }
        if !url[end..].starts_with("://") || url.len() <= end + 3 {
            return Err("an http(s) URL needs a host, e.g. https://clinic.example/page".into());
        }
    }
    Ok(())
}

fn is_time_zone_name(tz: &str) -> bool {
    (1..=64).contains(&tz.len())
        && tz
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '+' | '-'))
        && !tz.starts_with('/')
}

/// "closed", "09:00-17:00" or "09:00-12:00, 13:00-17:00".
fn parse_day(text: &str) -> Result<Vec<(Minute, Minute)>, String> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("closed") || text.is_empty() {
        return Ok(Vec::new());
    }
    let mut ranges: Vec<(Minute, Minute)> = Vec::new();
    for part in text.split(',') {
        let (open, close) = part
            .trim()
            .split_once('-')
            .ok_or_else(|| format!("\"{}\" is not a range like \"09:00-17:00\"", part.trim()))?;
        let (open, close) = (parse_time(open)?, parse_time(close)?);
        if open >= close {
            return Err(format!(
                "\"{}\": closing time must be after opening time",
                part.trim()
            ));
        }
        if ranges.iter().any(|&(o, c)| open < c && o < close) {
            return Err("time ranges overlap".into());
        }
        // Kept in order as they come in; no sort (it costs kilobytes of WebAssembly).
        let at = ranges.partition_point(|&(o, _)| o < open);
        ranges.insert(at, (open, close));
    }
    Ok(ranges)
}

fn parse_time(text: &str) -> Result<Minute, String> {
    let text = text.trim();
    let bad = || format!("\"{text}\" is not a 24-hour time like \"09:00\"");
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return Err(bad());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m > 59 || h > 24 || (h == 24 && m > 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

/// Read "Mon 14:05" (en-US, 24-hour) into (weekday from Monday, minute of the day).
pub fn parse_weekday_clock(text: &str) -> Option<(usize, Minute)> {
    let (day, time) = text.trim().split_once(' ')?;
    let weekday = DAYS
        .iter()
        .position(|(id, _)| id.eq_ignore_ascii_case(day.trim_end_matches(',')))?;
    let minute = parse_time(time).ok()? % (24 * 60);
    Some((weekday, minute))
}
