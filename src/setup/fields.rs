//! The setup page's fields as one typed list: each field's id on the page, the path the
//! guide's reader names in a [`ConfigProblem`](crate::clinic::ConfigProblem), its place in the
//! draft and its section. Problems are matched to fields by value ([`Field::from_path`]),
//! never by comparing strings in the view.

use super::{Draft, Texts, DAYS};
use crate::i18n::Lang;

/// The sections of the page, in its order; each is a heading and an entry of the contents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Clinic,
    Services,
    Hours,
    Articles,
    Look,
    Languages,
    Publish,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Clinic,
        Section::Services,
        Section::Hours,
        Section::Articles,
        Section::Look,
        Section::Languages,
        Section::Publish,
    ];

    /// The section's id on the page (the contents link to it).
    pub fn id(self) -> &'static str {
        match self {
            Section::Clinic => "section-clinic",
            Section::Services => "section-services",
            Section::Hours => "section-hours",
            Section::Articles => "section-articles",
            Section::Look => "section-look",
            Section::Languages => "section-languages",
            Section::Publish => "section-publish",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Section::Clinic => "Your clinic",
            Section::Services => "Services and prices",
            Section::Hours => "Opening hours",
            Section::Articles => "Articles",
            Section::Look => "Colours and font",
            Section::Languages => "Languages",
            Section::Publish => "Put it on your site",
        }
    }
}

/// One field of the form. Articles are named by their place in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name(Lang),
    Phone,
    EmergencyNumber,
    CrisisLine,
    BookingUrl,
    TimeZone,
    /// A day's opening times, Monday first.
    Hours(usize),
    Title(usize, Lang),
    Summary(usize, Lang),
    ArticleUrl(usize),
    Tags(usize),
    Accent,
    Call,
    Font,
    DarkMode,
    /// The guide's own bar shown (`theme.bar`).
    Bar,
    ServiceName(usize, Lang),
    ServiceMinutes(usize),
    ServicePrice(usize, Lang),
    ServiceUrl(usize),
    ServiceSuits(usize),
    /// The languages the guide offers.
    Languages,
    StaffLanguages,
    Address(Lang),
    LogoUrl,
    LogoAlt(Lang),
}

impl Field {
    /// Every field of `draft`, in the page's order.
    pub fn all(draft: &Draft) -> Vec<Field> {
        let mut all: Vec<Field> = Lang::ALL.iter().map(|l| Field::Name(*l)).collect();
        all.extend([
            Field::Phone,
            Field::EmergencyNumber,
            Field::CrisisLine,
            Field::BookingUrl,
        ]);
        all.extend(Lang::ALL.iter().map(|l| Field::Address(*l)));
        all.push(Field::LogoUrl);
        all.extend(Lang::ALL.iter().map(|l| Field::LogoAlt(*l)));
        for i in 0..draft.services.len() {
            all.extend(Lang::ALL.iter().map(|l| Field::ServiceName(i, *l)));
            all.push(Field::ServiceMinutes(i));
            all.extend(Lang::ALL.iter().map(|l| Field::ServicePrice(i, *l)));
            all.extend([Field::ServiceUrl(i), Field::ServiceSuits(i)]);
        }
        all.push(Field::TimeZone);
        all.extend((0..7).map(Field::Hours));
        for i in 0..draft.articles.len() {
            all.extend(Lang::ALL.iter().map(|l| Field::Title(i, *l)));
            all.extend(Lang::ALL.iter().map(|l| Field::Summary(i, *l)));
            all.extend([Field::ArticleUrl(i), Field::Tags(i)]);
        }
        all.extend([
            Field::Accent,
            Field::Call,
            Field::Font,
            Field::DarkMode,
            Field::Bar,
            Field::Languages,
            Field::StaffLanguages,
        ]);
        all
    }

    pub fn section(self) -> Section {
        match self {
            Field::Name(_)
            | Field::Phone
            | Field::EmergencyNumber
            | Field::CrisisLine
            | Field::BookingUrl
            | Field::Address(_)
            | Field::LogoUrl
            | Field::LogoAlt(_) => Section::Clinic,
            Field::ServiceName(..)
            | Field::ServiceMinutes(_)
            | Field::ServicePrice(..)
            | Field::ServiceUrl(_)
            | Field::ServiceSuits(_) => Section::Services,
            Field::Languages | Field::StaffLanguages => Section::Languages,
            Field::TimeZone | Field::Hours(_) => Section::Hours,
            Field::Title(..) | Field::Summary(..) | Field::ArticleUrl(_) | Field::Tags(_) => {
                Section::Articles
            }
            Field::Accent | Field::Call | Field::Font | Field::DarkMode | Field::Bar => {
                Section::Look
            }
        }
    }

    /// The id of the field's control on the page.
    pub fn id(self) -> String {
        let with_lang = |base: String, lang: Lang| match lang {
            Lang::En => base,
            _ => format!("{base}-{}", lang.code()),
        };
        match self {
            Field::Name(lang) => format!("name-{}", lang.code()),
            Field::Phone => "phone".into(),
            Field::EmergencyNumber => "emergency_number".into(),
            Field::CrisisLine => "crisis_line".into(),
            Field::BookingUrl => "booking_url".into(),
            Field::TimeZone => "time_zone".into(),
            Field::Hours(day) => format!("hours-{}", DAYS[day % 7]),
            Field::Title(i, lang) => with_lang(format!("article-{i}-title"), lang),
            Field::Summary(i, lang) => with_lang(format!("article-{i}-summary"), lang),
            Field::ArticleUrl(i) => format!("article-{i}-url"),
            Field::Tags(i) => format!("article-{i}-tags"),
            Field::Accent => "theme-accent".into(),
            Field::Call => "theme-call".into(),
            Field::Font => "theme-font".into(),
            Field::DarkMode => "theme-dark".into(),
            Field::Bar => "theme-bar".into(),
            Field::ServiceName(i, lang) => with_lang(format!("service-{i}-name"), lang),
            Field::ServiceMinutes(i) => format!("service-{i}-minutes"),
            Field::ServicePrice(i, lang) => with_lang(format!("service-{i}-price"), lang),
            Field::ServiceUrl(i) => format!("service-{i}-url"),
            Field::ServiceSuits(i) => format!("service-{i}-suits"),
            Field::Languages => "languages".into(),
            Field::StaffLanguages => "staff-languages".into(),
            Field::Address(lang) => with_lang("address".into(), lang),
            Field::LogoUrl => "logo-url".into(),
            Field::LogoAlt(lang) => with_lang("logo-alt".into(), lang),
        }
    }

    /// The path the guide's reader names a problem of this field with, as the setup page
    /// writes the file (clinic text in several languages: `name.es`).
    pub fn path(self) -> String {
        match self {
            Field::Name(lang) => format!("name.{}", lang.code()),
            Field::Phone => "phone".into(),
            Field::EmergencyNumber => "emergency_number".into(),
            Field::CrisisLine => "crisis_line".into(),
            Field::BookingUrl => "booking_url".into(),
            Field::TimeZone => "time_zone".into(),
            Field::Hours(day) => format!("hours.{}", DAYS[day % 7]),
            Field::Title(i, lang) => format!("articles[{i}].title.{}", lang.code()),
            Field::Summary(i, lang) => format!("articles[{i}].summary.{}", lang.code()),
            Field::ArticleUrl(i) => format!("articles[{i}].url"),
            Field::Tags(i) => format!("articles[{i}].tags"),
            Field::Accent => "theme.accent".into(),
            Field::Call => "theme.call".into(),
            Field::Font => "theme.font".into(),
            Field::DarkMode => "theme.dark_mode".into(),
            Field::Bar => "theme.bar".into(),
            Field::ServiceName(i, lang) => format!("services[{i}].name.{}", lang.code()),
            Field::ServiceMinutes(i) => format!("services[{i}].minutes"),
            Field::ServicePrice(i, lang) => format!("services[{i}].price.{}", lang.code()),
            Field::ServiceUrl(i) => format!("services[{i}].booking_url"),
            Field::ServiceSuits(i) => format!("services[{i}].suits"),
            Field::Languages => "languages".into(),
            Field::StaffLanguages => "staff_languages".into(),
            Field::Address(lang) => format!("address.{}", lang.code()),
            Field::LogoUrl => "logo.url".into(),
            Field::LogoAlt(lang) => format!("logo.alt.{}", lang.code()),
        }
    }

    /// The field a problem's path names: `name` (text in English only) and `name.en` are the
    /// English name, `articles[2]` (an article without its title) its title, `articles[2].tags[0]`
    /// its tags. `None` for a path no field of the form holds (a key the guide does not know).
    pub fn from_path(path: &str) -> Option<Field> {
        let lang = |code: Option<&str>| match code {
            None => Some(Lang::En),
            Some(code) => Lang::from_code(code),
        };
        if let Some((i, key, sub)) = item_path(path, "articles") {
            return match key {
                "" => Some(Field::Title(i, Lang::En)),
                "title" => Some(Field::Title(i, lang(sub)?)),
                "summary" => Some(Field::Summary(i, lang(sub)?)),
                "url" => Some(Field::ArticleUrl(i)),
                "tags" => Some(Field::Tags(i)),
                _ => None,
            };
        }
        if let Some((i, key, sub)) = item_path(path, "services") {
            return match key {
                "" => Some(Field::ServiceName(i, Lang::En)),
                "name" => Some(Field::ServiceName(i, lang(sub)?)),
                "price" => Some(Field::ServicePrice(i, lang(sub)?)),
                "minutes" => Some(Field::ServiceMinutes(i)),
                "booking_url" => Some(Field::ServiceUrl(i)),
                "suits" => Some(Field::ServiceSuits(i)),
                _ => None,
            };
        }
        if path.starts_with("languages") {
            return Some(Field::Languages);
        }
        if path.starts_with("staff_languages") {
            return Some(Field::StaffLanguages);
        }
        let (key, sub) = match path.split_once('.') {
            Some((key, sub)) => (key, Some(sub)),
            None => (path, None),
        };
        match (key, sub) {
            ("address", sub) => Some(Field::Address(lang(sub)?)),
            ("logo", None | Some("url")) => Some(Field::LogoUrl),
            ("logo", Some(alt)) if alt == "alt" || alt.starts_with("alt.") => {
                Some(Field::LogoAlt(lang(alt.strip_prefix("alt.").or(None))?))
            }
            ("theme", Some("bar")) => Some(Field::Bar),
            ("name", sub) => Some(Field::Name(lang(sub)?)),
            ("phone", None) => Some(Field::Phone),
            ("emergency_number", None) => Some(Field::EmergencyNumber),
            ("crisis_line", None) => Some(Field::CrisisLine),
            ("booking_url", None) => Some(Field::BookingUrl),
            ("time_zone", None) => Some(Field::TimeZone),
            ("hours", Some(day)) => DAYS.iter().position(|d| *d == day).map(Field::Hours),
            ("theme", Some("accent")) => Some(Field::Accent),
            ("theme", Some("call")) => Some(Field::Call),
            ("theme", Some("font")) => Some(Field::Font),
            ("theme", Some("dark_mode")) => Some(Field::DarkMode),
            _ => None,
        }
    }

    /// The field's text in `draft` (`None` for a checkbox, or an article that is not there).
    pub fn text(self, draft: &Draft) -> Option<&str> {
        fn text(texts: &Texts, lang: Lang) -> Option<&str> {
            Some(texts.get(lang.code()).map_or("", String::as_str))
        }
        match self {
            Field::Name(lang) => text(&draft.name, lang),
            Field::Title(i, lang) => text(&draft.articles.get(i)?.title, lang),
            Field::Summary(i, lang) => text(&draft.articles.get(i)?.summary, lang),
            Field::ServiceName(i, lang) => text(&draft.services.get(i)?.name, lang),
            Field::ServicePrice(i, lang) => text(&draft.services.get(i)?.price, lang),
            Field::Address(lang) => text(&draft.address, lang),
            Field::LogoAlt(lang) => text(&draft.logo_alt, lang),
            _ => self.plain(draft).map(String::as_str),
        }
    }

    fn plain(self, draft: &Draft) -> Option<&String> {
        match self {
            Field::Phone => Some(&draft.phone),
            Field::EmergencyNumber => Some(&draft.emergency_number),
            Field::CrisisLine => Some(&draft.crisis_line),
            Field::BookingUrl => Some(&draft.booking_url),
            Field::TimeZone => Some(&draft.time_zone),
            Field::Hours(day) => draft.hours.get(day),
            Field::ArticleUrl(i) => draft.articles.get(i).map(|a| &a.url),
            Field::Accent => Some(&draft.accent),
            Field::Call => Some(&draft.call),
            Field::Font => Some(&draft.font),
            Field::ServiceMinutes(i) => draft.services.get(i).map(|s| &s.minutes),
            Field::ServiceUrl(i) => draft.services.get(i).map(|s| &s.booking_url),
            Field::LogoUrl => Some(&draft.logo_url),
            _ => None,
        }
    }

    /// The field's place in `draft`, for a field of one string (not clinic text in several
    /// languages, which is set through [`super::Translations`], nor a checkbox).
    pub fn slot(self, draft: &mut Draft) -> Option<&mut String> {
        match self {
            Field::Phone => Some(&mut draft.phone),
            Field::EmergencyNumber => Some(&mut draft.emergency_number),
            Field::CrisisLine => Some(&mut draft.crisis_line),
            Field::BookingUrl => Some(&mut draft.booking_url),
            Field::TimeZone => Some(&mut draft.time_zone),
            Field::Hours(day) => draft.hours.get_mut(day),
            Field::ArticleUrl(i) => draft.articles.get_mut(i).map(|a| &mut a.url),
            Field::Accent => Some(&mut draft.accent),
            Field::Call => Some(&mut draft.call),
            Field::Font => Some(&mut draft.font),
            Field::ServiceMinutes(i) => draft.services.get_mut(i).map(|s| &mut s.minutes),
            Field::ServiceUrl(i) => draft.services.get_mut(i).map(|s| &mut s.booking_url),
            Field::LogoUrl => Some(&mut draft.logo_url),
            _ => None,
        }
    }

    /// The translated text this field is one language of: (texts, the English each was made
    /// from, the language).
    pub fn translations(self, draft: &mut Draft) -> Option<(super::Translations<'_>, Lang)> {
        let (texts, from, lang) = match self {
            Field::Name(lang) => (&mut draft.name, &mut draft.name_from, lang),
            Field::Title(i, lang) => {
                let a = draft.articles.get_mut(i)?;
                (&mut a.title, &mut a.title_from, lang)
            }
            Field::Summary(i, lang) => {
                let a = draft.articles.get_mut(i)?;
                (&mut a.summary, &mut a.summary_from, lang)
            }
            Field::ServiceName(i, lang) => {
                let s = draft.services.get_mut(i)?;
                (&mut s.name, &mut s.name_from, lang)
            }
            Field::ServicePrice(i, lang) => {
                let s = draft.services.get_mut(i)?;
                (&mut s.price, &mut s.price_from, lang)
            }
            Field::Address(lang) => (&mut draft.address, &mut draft.address_from, lang),
            Field::LogoAlt(lang) => (&mut draft.logo_alt, &mut draft.logo_alt_from, lang),
            _ => return None,
        };
        Some((super::Translations { texts, from }, lang))
    }

    /// The language of clinic text (the name, an article's title or summary).
    pub fn lang(self) -> Option<Lang> {
        match self {
            Field::Name(lang)
            | Field::Title(_, lang)
            | Field::Summary(_, lang)
            | Field::ServiceName(_, lang)
            | Field::ServicePrice(_, lang)
            | Field::Address(lang)
            | Field::LogoAlt(lang) => Some(lang),
            _ => None,
        }
    }

    /// Put this field's value in `into` as it is in `from` (the preview's last good value).
    pub fn copy_from(self, into: &mut Draft, from: &Draft) {
        if let Some(value) = self.text(from).map(str::to_string) {
            match self.translations(into) {
                Some((t, lang)) => {
                    t.texts.insert(lang.code().into(), value);
                }
                None => {
                    if let Some(slot) = self.slot(into) {
                        *slot = value;
                    }
                }
            }
        }
    }

    /// The article this field belongs to.
    pub fn article(self) -> Option<usize> {
        match self {
            Field::Title(i, _) | Field::Summary(i, _) | Field::ArticleUrl(i) | Field::Tags(i) => {
                Some(i)
            }
            _ => None,
        }
    }

    /// The service this field belongs to.
    pub fn service(self) -> Option<usize> {
        match self {
            Field::ServiceName(i, _)
            | Field::ServiceMinutes(i)
            | Field::ServicePrice(i, _)
            | Field::ServiceUrl(i)
            | Field::ServiceSuits(i) => Some(i),
            _ => None,
        }
    }

    /// The field as the page names it, for a list of problems away from the field.
    pub fn label(self) -> String {
        let in_lang = |what: String, lang: Lang| match lang {
            Lang::En => what,
            _ => format!("{what} in {}", super::language_name(lang)),
        };
        match self {
            Field::Name(lang) => in_lang("Clinic name".into(), lang),
            Field::Phone => "Booking phone number".into(),
            Field::EmergencyNumber => "Emergency number".into(),
            Field::CrisisLine => "Suicide and crisis line".into(),
            Field::BookingUrl => "Online booking page".into(),
            Field::TimeZone => "Time zone".into(),
            Field::Hours(day) => format!("Opening hours, {}", super::hours::DAY_NAMES[day % 7]),
            Field::Title(i, lang) => in_lang(format!("Article {}, title", i + 1), lang),
            Field::Summary(i, lang) => in_lang(format!("Article {}, summary", i + 1), lang),
            Field::ArticleUrl(i) => format!("Article {}, link", i + 1),
            Field::Tags(i) => format!("Article {}, who it is for", i + 1),
            Field::Accent => "Main colour".into(),
            Field::Call => "Phone button colour".into(),
            Field::Font => "Font".into(),
            Field::DarkMode => "Dark look".into(),
            Field::Bar => "The guide's own bar".into(),
            Field::ServiceName(i, lang) => in_lang(format!("Service {}, name", i + 1), lang),
            Field::ServiceMinutes(i) => format!("Service {}, minutes", i + 1),
            Field::ServicePrice(i, lang) => in_lang(format!("Service {}, price", i + 1), lang),
            Field::ServiceUrl(i) => format!("Service {}, booking page", i + 1),
            Field::ServiceSuits(i) => format!("Service {}, results", i + 1),
            Field::Languages => "Languages the guide offers".into(),
            Field::StaffLanguages => "Languages your team speaks".into(),
            Field::Address(lang) => in_lang("Address".into(), lang),
            Field::LogoUrl => "Logo".into(),
            Field::LogoAlt(lang) => in_lang("Logo, in words".into(), lang),
        }
    }
}

/// A path into an item of the list `list`: `services[2].name.es` is `(2, "name", Some("es"))`,
/// `articles[0]` (the item itself) `(0, "", None)`.
fn item_path<'a>(path: &'a str, list: &str) -> Option<(usize, &'a str, Option<&'a str>)> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    let (index, rest) = rest.split_once(']')?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let (key, sub) = match rest.split_once(['.', '[']) {
        Some((key, sub)) => (key, Some(sub)),
        None => (rest, None),
    };
    Some((index.parse().ok()?, key, sub))
}
