//! Every change the form makes to a draft, as data: the view sends an [`Edit`], and [`apply`]
//! (a pure function) makes the new draft, so native tests compare edits and their results.

use super::hours::{self, HoursEdit};
use super::{ArticleDraft, Draft, Field, ServiceDraft};
use crate::guide::articles::ArticleTag;
use crate::guide::Outcome;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The text typed into a field.
    Text(Field, String),
    /// A link that reads as another site's address (`riversidemassage.com/book`) gets its
    /// `https://` in the field, as the file already writes it (the note's "Add https://").
    CompleteLink(Field),
    /// A translation still says what its English says now.
    KeepTranslation(Field),
    /// An article's tag ticked or not.
    Tag(usize, ArticleTag, bool),
    DarkMode(bool),
    /// A change to a day's opening times.
    Hours(usize, HoursEdit),
    /// Opening hours on, in the time zone given when none is set yet (the browser's own);
    /// or off (no open/closed line).
    ShowHours(Option<String>),
    /// The guide's own bar hidden, or shown.
    HideBar(bool),
    /// A service suits a massage result, or not.
    Suits(usize, Outcome, bool),
    /// The guide offers a language, or not (all ticked: every language, as when none is said).
    Offered(Lang, bool),
    /// The team speaks a language, or not.
    Staff(Lang, bool),
    AddService,
    RemoveService(usize),
    AddArticle,
    RemoveArticle(usize),
    /// Move the article at the first place to the second.
    MoveArticle(usize, usize),
}

/// The draft after `edit`. An edit of something no longer there (an article removed) changes
/// nothing.
pub fn apply(draft: &Draft, edit: &Edit) -> Draft {
    let mut next = draft.clone();
    match edit {
        Edit::Text(field, value) => {
            if let Some((mut texts, lang)) = field.translations(&mut next) {
                texts.set(lang, value.clone());
            } else if let Some(slot) = field.slot(&mut next) {
                *slot = value.clone();
            }
        }
        Edit::CompleteLink(field) => {
            if let Some(slot) = field.slot(&mut next) {
                if let Some(full) = with_https(slot) {
                    *slot = full;
                }
            }
        }
        Edit::KeepTranslation(field) => {
            if let Some((mut texts, lang)) = field.translations(&mut next) {
                texts.keep(lang);
            }
        }
        Edit::Tag(i, tag, on) => {
            if let Some(article) = next.articles.get_mut(*i) {
                article.tags.retain(|t| t != tag.id());
                if *on {
                    // In the guide's order of tags, whatever the order of the ticks.
                    article.tags.push(tag.id().to_string());
                    article.tags.sort_by_key(|id| {
                        ArticleTag::ALL.iter().position(|t| t.id() == id.as_str())
                    });
                }
            }
        }
        Edit::DarkMode(on) => next.dark_mode = *on,
        Edit::Hours(day, change) => {
            if let Some(text) = next.hours.get_mut(*day) {
                *text = hours::change_day(text, change);
            }
        }
        Edit::ShowHours(Some(zone)) => {
            if next.time_zone.trim().is_empty() {
                next.time_zone = zone.clone();
            }
            if next.hours.iter().all(|d| d.trim().is_empty()) {
                next.hours = hours::usual_week();
            }
        }
        Edit::ShowHours(None) => {
            next.time_zone.clear();
            next.hours = Default::default();
        }
        Edit::HideBar(hide) => next.hide_bar = *hide,
        Edit::Suits(i, outcome, on) => {
            if let Some(service) = next.services.get_mut(*i) {
                service.suits.retain(|id| id != outcome.id());
                if *on {
                    service.suits.push(outcome.id().to_string());
                    service
                        .suits
                        .sort_by_key(|id| Outcome::ALL.iter().position(|o| o.id() == id.as_str()));
                }
            }
        }
        Edit::Offered(lang, on) => {
            let mut offered: Vec<Lang> = match next.languages.is_empty() {
                true => Lang::ALL.to_vec(),
                false => next
                    .languages
                    .iter()
                    .filter_map(|c| Lang::from_code(c))
                    .collect(),
            };
            offered.retain(|l| l != lang);
            if *on {
                offered.push(*lang);
            }
            // Every language, or none (which the guide reads as every language): not written.
            next.languages = match offered.len() == Lang::ALL.len() || offered.is_empty() {
                true => Vec::new(),
                false => Lang::ALL
                    .iter()
                    .filter(|l| offered.contains(l))
                    .map(|l| l.code().to_string())
                    .collect(),
            };
        }
        Edit::Staff(lang, on) => {
            next.staff_languages.retain(|c| c != lang.code());
            if *on {
                next.staff_languages.push(lang.code().to_string());
                next.staff_languages
                    .sort_by_key(|c| Lang::ALL.iter().position(|l| l.code() == c.as_str()));
            }
        }
        Edit::AddService => next.services.push(ServiceDraft::default()),
        Edit::RemoveService(i) => {
            if *i < next.services.len() {
                next.services.remove(*i);
            }
        }
        Edit::AddArticle => next.articles.push(ArticleDraft::default()),
        Edit::RemoveArticle(i) => {
            if *i < next.articles.len() {
                next.articles.remove(*i);
            }
        }
        Edit::MoveArticle(from, to) => {
            if *from < next.articles.len() && *to < next.articles.len() {
                next.articles.swap(*from, *to);
            }
        }
    }
    next
}

impl Edit {
    /// What the status line says after an edit that loses something, with an Undo beside it;
    /// `None` for an edit that loses nothing.
    pub fn loses(&self, draft: &Draft) -> Option<String> {
        match self {
            Edit::RemoveArticle(i) => {
                let title = draft
                    .articles
                    .get(*i)?
                    .title
                    .get("en")
                    .map(|t| t.trim())
                    .unwrap_or("");
                Some(match title {
                    "" => format!("Article {} removed.", i + 1),
                    title => format!("Removed the article \u{201c}{title}\u{201d}."),
                })
            }
            Edit::RemoveService(i) => {
                let name = draft
                    .services
                    .get(*i)?
                    .name
                    .get("en")
                    .map(|t| t.trim())
                    .unwrap_or("");
                Some(match name {
                    "" => format!("Service {} removed.", i + 1),
                    name => format!("Removed the service \u{201c}{name}\u{201d}."),
                })
            }
            Edit::ShowHours(None) if draft.hours.iter().any(|d| !d.trim().is_empty()) => {
                Some("Opening hours taken off.".into())
            }
            _ => None,
        }
    }

    /// The field this edit is about, for the preview to show it.
    pub fn field(&self) -> Option<Field> {
        match self {
            Edit::Text(field, _) | Edit::CompleteLink(field) | Edit::KeepTranslation(field) => {
                Some(*field)
            }
            Edit::Tag(i, ..) => Some(Field::Tags(*i)),
            Edit::DarkMode(_) => Some(Field::DarkMode),
            Edit::Hours(day, _) => Some(Field::Hours(*day)),
            Edit::ShowHours(_) => Some(Field::TimeZone),
            Edit::MoveArticle(_, to) => Some(Field::Title(*to, Lang::En)),
            Edit::HideBar(_) => Some(Field::Bar),
            Edit::Suits(i, ..) => Some(Field::ServiceSuits(*i)),
            Edit::Offered(..) => Some(Field::Languages),
            Edit::Staff(..) => Some(Field::StaffLanguages),
            Edit::AddArticle
            | Edit::RemoveArticle(_)
            | Edit::AddService
            | Edit::RemoveService(_) => None,
        }
    }
}

/// `text` with `https://` in front when it reads as another site's address written without
/// it (`riversidemassage.com/book`, `www.example.org`): the guide would read it as a page of
/// the clinic's own site, and the link would break. `None` when it needs nothing.
pub fn with_https(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() || text.starts_with(['/', '.', '#', '?']) || text.contains("://") {
        return None;
    }
    // `http:/x`, `https:x`, `mailto:` and the like are not ours to mend.
    if text.contains(':') && !text.split(':').next().is_some_and(|h| h.contains('.')) {
        return None;
    }
    let host = text.split(['/', '?', '#']).next().unwrap_or("");
    let host_name = host.split(':').next().unwrap_or("");
    let labels: Vec<&str> = host_name.split('.').collect();
    let reads_as_host = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    // A file of the clinic's own site written without its folder (`sciatica.html`, `logo.svg`).
    let file = [
        "html", "htm", "php", "asp", "aspx", "jsp", "pdf", "txt", "svg", "png", "jpg", "jpeg",
        "gif", "webp", "avif", "ico", "json",
    ]
    .iter()
    .any(|ext| labels.last().is_some_and(|l| l.eq_ignore_ascii_case(ext)));
    (reads_as_host && !file).then(|| format!("https://{text}"))
}
