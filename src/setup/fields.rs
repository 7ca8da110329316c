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
    Hours,
    Articles,
    Look,
    Languages,
    Publish,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Clinic,
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
            Field::TimeZone,
        ]);
        all.extend((0..7).map(Field::Hours));
        for i in 0..draft.articles.len() {
            all.extend(Lang::ALL.iter().map(|l| Field::Title(i, *l)));
            all.extend(Lang::ALL.iter().map(|l| Field::Summary(i, *l)));
            all.extend([Field::ArticleUrl(i), Field::Tags(i)]);
        }
        all.extend([Field::Accent, Field::Call, Field::Font, Field::DarkMode]);
        all
    }

    pub fn section(self) -> Section {
        match self {
            Field::Name(_)
            | Field::Phone
            | Field::EmergencyNumber
            | Field::CrisisLine
            | Field::BookingUrl => Section::Clinic,
            Field::TimeZone | Field::Hours(_) => Section::Hours,
            Field::Title(..) | Field::Summary(..) | Field::ArticleUrl(_) | Field::Tags(_) => {
                Section::Articles
            }
            Field::Accent | Field::Call | Field::Font | Field::DarkMode => Section::Look,
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
        if let Some(rest) = path.strip_prefix("articles[") {
            let (index, rest) = rest.split_once(']')?;
            let i: usize = index.parse().ok()?;
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            let (key, sub) = match rest.split_once(['.', '[']) {
                Some((key, sub)) => (key, Some(sub)),
                None => (rest, None),
            };
            return match key {
                "" => Some(Field::Title(i, Lang::En)),
                "title" => Some(Field::Title(i, lang(sub)?)),
                "summary" => Some(Field::Summary(i, lang(sub)?)),
                "url" => Some(Field::ArticleUrl(i)),
                "tags" => Some(Field::Tags(i)),
                _ => None,
            };
        }
        let (key, sub) = match path.split_once('.') {
            Some((key, sub)) => (key, Some(sub)),
            None => (path, None),
        };
        match (key, sub) {
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
            _ => return None,
        };
        Some((super::Translations { texts, from }, lang))
    }

    /// The language of clinic text (the name, an article's title or summary).
    pub fn lang(self) -> Option<Lang> {
        match self {
            Field::Name(lang) | Field::Title(_, lang) | Field::Summary(_, lang) => Some(lang),
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
}
