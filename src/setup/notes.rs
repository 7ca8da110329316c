//! What the page says beside a field, in plain words: the guide's own problems (a value it
//! would not use), and what a reader cannot know is wrong (the sample name, a sample article
//! without a link, a translation older than its English, a link that needs `https://`, a time
//! zone written "EST"). Each note names its [`Field`] and may carry a one-tap fix.

use super::edit::{with_https, Edit};
use super::fields::{Field, Section};
use super::{hours, is_stale, language_name, Draft, Texts};
use crate::clinic::{Clinic, ConfigProblem};
use crate::i18n::Lang;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The field it is about; `None` for a problem of the file as a whole.
    pub field: Option<Field>,
    pub text: String,
    pub fix: Option<Fix>,
}

/// A button beside the note that puts it right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub label: String,
    pub edit: Edit,
}

impl Note {
    fn at(field: Field, text: impl Into<String>) -> Note {
        Note {
            field: Some(field),
            text: text.into(),
            fix: None,
        }
    }

    fn with_fix(mut self, label: impl Into<String>, edit: Edit) -> Note {
        self.fix = Some(Fix {
            label: label.into(),
            edit,
        });
        self
    }

    pub fn section(&self) -> Option<Section> {
        self.field.map(Field::section)
    }
}

/// The guide's default content, whose texts are samples for a clinic to replace.
pub fn sample() -> &'static Draft {
    static SAMPLE: OnceLock<Draft> = OnceLock::new();
    SAMPLE.get_or_init(|| Draft::from_clinic(&Clinic::default_content()))
}

/// Every note of `draft`: the guide's `problems` first, in plain words, then the advice.
/// `zones` is the browser's list of time zones (empty: not checked).
pub fn notes(draft: &Draft, problems: &[ConfigProblem], zones: &[String]) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    // Two problems of a field can read the same in plain words: said once.
    for note in problems.iter().map(plain_words) {
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    let has_problem = |notes: &[Note], field: Field| notes.iter().any(|n| n.field == Some(field));
    let sample = sample();

    // The sample clinic's name, in English or left in a translation.
    let sample_en = sample.name.get("en").map(String::as_str).unwrap_or("");
    let name_en = draft.name.get("en").map(|t| t.trim()).unwrap_or("");
    if name_en == sample_en {
        notes.push(Note::at(
            Field::Name(Lang::En),
            format!("\u{201c}{sample_en}\u{201d} is the sample name: write your clinic's name."),
        ));
    }
    // The number the guide comes with: published unchanged, visitors would call another
    // clinic. (Said for the clinic it belongs to as well: it reads "if it is not yours".)
    let e164 = |text: &str| crate::clinic::PhoneNumber::parse(text).ok().map(|p| p.e164);
    if let (Some(own), Some(sample_number)) = (e164(&draft.phone), e164(&sample.phone)) {
        if own == sample_number {
            notes.push(Note::at(
                Field::Phone,
                format!(
                    "{} is the number the guide comes with: if it is not your clinic's, write yours, or visitors will call another clinic.",
                    draft.phone.trim()
                ),
            ));
        }
    }
    for lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
        let field = Field::Name(*lang);
        let text = draft.name.get(lang.code()).map(|t| t.trim()).unwrap_or("");
        let kept = draft
            .name_from
            .get(lang.code())
            .is_some_and(|f| f.trim() == name_en);
        if !text.is_empty() && !kept && Some(text) == sample.name.get(lang.code()).map(|t| t.trim())
        {
            if name_en != sample_en {
                notes.push(
                    Note::at(
                        field,
                        format!(
                            "{}: still the sample name \u{201c}{text}\u{201d}. Write your clinic's name, or leave it empty to show the English.",
                            language_name(*lang)
                        ),
                    )
                    .with_fix("Show the English", Edit::Text(field, String::new())),
                );
            }
        } else if is_stale(&draft.name, &draft.name_from, *lang) && !has_problem(&notes, field) {
            notes.push(stale(field));
        }
    }

    for (i, article) in draft.articles.iter().enumerate() {
        let title_en = article.title.get("en").map(|t| t.trim()).unwrap_or("");
        let sample_article = sample
            .articles
            .iter()
            .find(|s| s.title.get("en").map(|t| t.trim()) == Some(title_en));
        if sample_article.is_some() && article.url.trim().is_empty() {
            notes.push(Note::at(
                Field::ArticleUrl(i),
                "A sample article with no link: give the address of this article on your site, or remove it.",
            ));
        }
        for lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
            for (field, texts, from, samples) in [
                (
                    Field::Title(i, *lang),
                    &article.title,
                    &article.title_from,
                    sample_texts(|a| &a.title, *lang),
                ),
                (
                    Field::Summary(i, *lang),
                    &article.summary,
                    &article.summary_from,
                    sample_texts(|a| &a.summary, *lang),
                ),
            ] {
                if has_problem(&notes, field) {
                    continue;
                }
                let text = texts.get(lang.code()).map(|t| t.trim()).unwrap_or("");
                let english = texts.get("en").map(|t| t.trim()).unwrap_or("");
                // A sample translation beside English that is no longer the sample's.
                // (Unless translated or kept here since: `from` then holds this English.)
                let left = samples.iter().any(|(en, tr)| *tr == text && *en != english)
                    && !from.contains_key(lang.code());
                // Older than its English says more than "a sample": it says what changed.
                if is_stale(texts, from, *lang) {
                    notes.push(stale(field));
                } else if !text.is_empty() && left {
                    notes.push(
                        Note::at(
                            field,
                            format!(
                                "{}: still the sample text, about another article. Translate your English, or leave it empty to show the English.",
                                language_name(*lang)
                            ),
                        )
                        .with_fix("Show the English", Edit::Text(field, String::new())),
                    );
                }
            }
        }
        let url = Field::ArticleUrl(i);
        if let (Some(full), false) = (with_https(&article.url), has_problem(&notes, url)) {
            notes.push(link_without_https(url, &full));
        }
        if article.tags.is_empty() && !title_en.is_empty() {
            notes.push(Note::at(
                Field::Tags(i),
                "Tick at least one kind of visitor: an article for no one is never suggested.",
            ));
        }
    }

    for (i, service) in draft.services.iter().enumerate() {
        let url = Field::ServiceUrl(i);
        if let (Some(full), false) = (with_https(&service.booking_url), has_problem(&notes, url)) {
            notes.push(link_without_https(url, &full));
        }
        let suits = Field::ServiceSuits(i);
        if service.suits.is_empty() {
            // Said in the form's words (the reader refuses an empty list in its own).
            notes.retain(|note| note.field != Some(suits));
            notes.push(Note::at(
                suits,
                "Tick at least one result: a service that suits none is never shown.",
            ));
        }
        for lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
            let field = Field::ServiceName(i, *lang);
            if is_stale(&service.name, &service.name_from, *lang) && !has_problem(&notes, field) {
                notes.push(stale(field));
            }
        }
    }
    for lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
        let field = Field::Address(*lang);
        if is_stale(&draft.address, &draft.address_from, *lang) && !has_problem(&notes, field) {
            notes.push(stale(field));
        }
    }
    if let (Some(full), false) = (
        with_https(&draft.logo_url),
        has_problem(&notes, Field::LogoUrl),
    ) {
        notes.push(link_without_https(Field::LogoUrl, &full));
    }

    if let Some(full) = with_https(&draft.booking_url) {
        if !has_problem(&notes, Field::BookingUrl) {
            notes.push(link_without_https(Field::BookingUrl, &full));
        }
    }

    // A colour written by its name: its code, one tap away.
    for field in [Field::Accent, Field::Call] {
        let typed = field.text(draft).unwrap_or("").trim().to_string();
        if let Some(hex) = super::theme::colour_by_name(&typed) {
            notes.retain(|n| n.field != Some(field));
            notes.push(
                Note::at(
                    field,
                    format!("\u{201c}{typed}\u{201d} is a colour's name; the guide needs its code, {hex} (or pick the colour)."),
                )
                .with_fix(format!("Use {hex}"), Edit::Text(field, hex.to_string())),
            );
        }
    }

    let zone = draft.time_zone.trim();
    if zone_unknown(zone, zones) {
        let typed_city = zone.replace(' ', "_");
        // Replaces the guide's own word on it, if any: this one says what to write.
        notes.retain(|n| n.field != Some(Field::TimeZone));
        notes.push(match hours::zone_for_abbreviation(zone) {
            Some((name, words)) => Note::at(
                Field::TimeZone,
                format!(
                    "\u{201c}{zone}\u{201d} is a short name the guide cannot use. For {words}, choose {name}."
                ),
            )
            .with_fix(
                format!("Use {name}"),
                Edit::Text(Field::TimeZone, name.to_string()),
            ),
            // A city as people write it ("New York"): the zone named after it.
            None => match zones.iter().find(|z| {
                z.rsplit('/')
                    .next()
                    .is_some_and(|city| city.eq_ignore_ascii_case(&typed_city))
            }) {
                Some(name) => Note::at(
                    Field::TimeZone,
                    format!("For \u{201c}{zone}\u{201d}, choose {name}."),
                )
                .with_fix(format!("Use {name}"), Edit::Text(Field::TimeZone, name.clone())),
                None => Note::at(
                    Field::TimeZone,
                    "Choose your time zone from the list: type your city or the nearest big city, such as Chicago.",
                ),
            },
        });
    }
    notes
}

/// A time zone the browser does not list (`zones` empty: not checked), such as one half typed.
pub fn zone_unknown(zone: &str, zones: &[String]) -> bool {
    !zone.is_empty() && !zones.is_empty() && !zones.iter().any(|z| z == zone)
}

fn sample_texts(
    of: fn(&super::ArticleDraft) -> &Texts,
    lang: Lang,
) -> Vec<(&'static str, &'static str)> {
    sample()
        .articles
        .iter()
        .filter_map(|a| {
            let texts = of(a);
            Some((texts.get("en")?.trim(), texts.get(lang.code())?.trim()))
        })
        .collect()
}

fn stale(field: Field) -> Note {
    let lang = field.lang().unwrap_or(Lang::En);
    Note::at(
        field,
        format!(
            "{}: not translated since the English changed. Change it to match, or keep it if it still says the same.",
            language_name(lang)
        ),
    )
    .with_fix("It still says the same", Edit::KeepTranslation(field))
}

fn link_without_https(field: Field, full: &str) -> Note {
    Note::at(
        field,
        format!("This reads as another site's address, so the guide links to {full}. Add https:// here to be sure it is the address you mean."),
    )
    .with_fix("Add https://", Edit::CompleteLink(field))
}

/// A problem of an opened file, in the list at the top of the page: the field as the page
/// names it, and what to do, in plain words.
pub fn in_a_file(problem: &ConfigProblem) -> String {
    let note = plain_words(problem);
    match note.field {
        Some(field) => format!("{}: {}", field.label(), note.text),
        None if problem.field == "(document)" => {
            format!("The file could not be read as a clinic.json ({}).", problem.message)
        }
        None if problem.message.starts_with("unknown field") => format!(
            "\u{201c}{}\u{201d} is not something the guide reads, so it was left out (a misspelling?).",
            problem.field
        ),
        None => problem.to_string(),
    }
}

/// The guide's problem in words for the clinic: what to write, not what the reader found.
fn plain_words(problem: &ConfigProblem) -> Note {
    let Some(field) = Field::from_path(&problem.field) else {
        return Note {
            field: None,
            text: problem.to_string(),
            fix: None,
        };
    };
    let message = problem.message.as_str();
    let text = match field {
        Field::Name(_)
        | Field::Title(..)
        | Field::Summary(..)
        | Field::ServiceName(..)
        | Field::ServicePrice(..)
        | Field::Address(_)
        | Field::LogoAlt(_) => {
            if message.contains("too long") {
                let most: String = message.chars().filter(char::is_ascii_digit).collect();
                format!("Too long for the guide: at most {most} characters.")
            } else if field == Field::Name(Lang::En) {
                "Write your clinic's name.".into()
            } else if matches!(field, Field::Title(_, Lang::En)) {
                "Give the article a title (or remove the article).".into()
            } else if matches!(field, Field::ServiceName(_, Lang::En)) {
                "Give the service a name (or remove the service).".into()
            } else if matches!(field, Field::LogoAlt(Lang::En)) {
                "Say in words what the logo shows, such as your clinic's name: visitors who cannot see it hear this.".into()
            } else {
                "Write the text, or leave it empty.".into()
            }
        }
        Field::Phone => {
            if message.contains("required") {
                "Write the phone number visitors call to book.".into()
            } else if message.contains("unexpected character") || message.contains("'+'") {
                "A phone number has only digits, spaces, dashes, brackets and a + at the start, such as 706-286-8344.".into()
            } else {
                "Write a 10-digit US number such as 706-286-8344, or + and the country code first, such as +44 20 7946 0958.".into()
            }
        }
        Field::EmergencyNumber | Field::CrisisLine => {
            "Write only the digits people dial, 2 to 6 of them, such as 911.".into()
        }
        Field::ServiceMinutes(_) => {
            "Write how long it lasts in minutes, from 5 to 480, such as 60.".into()
        }
        Field::ServiceSuits(_) => "Tick the results this service is booked from.".into(),
        Field::Languages | Field::StaffLanguages => "Tick languages from the list.".into(),
        Field::LogoUrl if message.contains("`url`") => {
            "Give the address of your logo's image, such as https://riversidemassage.com/logo.png."
                .into()
        }
        Field::BookingUrl | Field::ArticleUrl(_) | Field::ServiceUrl(_) | Field::LogoUrl => {
            if message.contains("space") {
                "A web address has no spaces: copy it from your browser's address bar.".into()
            } else {
                "This is not a web address visitors can open: copy it from your browser's address bar, starting with https://.".into()
            }
        }
        Field::TimeZone => "Choose your time zone from the list, such as America/Chicago.".into(),
        Field::Hours(_) => {
            if message.contains("after opening") {
                "The closing time must be after the opening time.".into()
            } else if message.contains("overlap") {
                "The two parts of the day overlap: the second must start after the first ends."
                    .into()
            } else {
                "Give both an opening and a closing time, or tick Closed.".into()
            }
        }
        Field::Tags(_) => "Tick the visitors this article is for.".into(),
        Field::Accent | Field::Call => {
            "Choose a colour with the colour button, or write a colour code such as #1d4f91.".into()
        }
        Field::Font => "Write font names separated by commas, such as Georgia, serif.".into(),
        Field::DarkMode | Field::Bar => "Tick it or not.".into(),
    };
    Note::at(field, text)
}

/// How ready a language is: the clinic texts that would show in English, or are out of date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LanguageReadiness {
    /// Clinic texts with no translation (visitors see the English).
    pub missing: Vec<Field>,
    /// Translations made from an English that changed since, or left on a sample.
    pub to_check: Vec<Field>,
}

impl LanguageReadiness {
    pub fn ready(&self) -> bool {
        self.missing.is_empty() && self.to_check.is_empty()
    }

    /// "ready", or what is left, in plain words.
    pub fn words(&self) -> String {
        let texts = |n: usize| match n {
            1 => "1 text".to_string(),
            n => format!("{n} texts"),
        };
        match (self.missing.len(), self.to_check.len()) {
            (0, 0) => "ready".into(),
            (m, 0) => format!("{} in English only", texts(m)),
            (0, c) => format!("{} to check", texts(c)),
            (m, c) => format!("{} in English only, {} to check", texts(m), texts(c)),
        }
    }
}

/// Each language the guide carries besides English, with how ready the clinic's texts are in
/// it (its name, and each article's title and summary when they have English).
pub fn languages(draft: &Draft, notes: &[Note]) -> Vec<(Lang, LanguageReadiness)> {
    Lang::ALL
        .iter()
        .filter(|l| **l != Lang::En)
        .map(|lang| {
            let mut readiness = LanguageReadiness::default();
            let mut count = |texts: &Texts, field: Field| {
                let english = texts.get("en").map(|t| t.trim()).unwrap_or("");
                if english.is_empty() {
                    return;
                }
                let text = texts.get(lang.code()).map(|t| t.trim()).unwrap_or("");
                if text.is_empty() {
                    readiness.missing.push(field);
                } else if notes.iter().any(|n| n.field == Some(field)) {
                    readiness.to_check.push(field);
                }
            };
            count(&draft.name, Field::Name(*lang));
            count(&draft.address, Field::Address(*lang));
            for (i, service) in draft.services.iter().enumerate() {
                count(&service.name, Field::ServiceName(i, *lang));
            }
            for (i, a) in draft.articles.iter().enumerate() {
                count(&a.title, Field::Title(i, *lang));
                count(&a.summary, Field::Summary(i, *lang));
            }
            (*lang, readiness)
        })
        .collect()
}
