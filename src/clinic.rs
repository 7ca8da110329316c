//! The clinic's configuration: name, phone, hours, articles. Parsed and validated field by field.
//!
//! A broken field never blanks the guide: it is reported as a [`ConfigProblem`] naming the
//! field, and the built-in value is used instead.

use crate::guide::articles::{Article, ArticleTag};
use crate::i18n::{Lang, LocalText, Message};
use crate::json::Json;
use std::fmt;

/// The default content that ships with the guide (`assets/clinic.json`).
pub const DEFAULT_CLINIC_JSON: &str = include_str!("../assets/clinic.json");

/// The days of the week as the configuration writes them, with their catalogue keys.
const DAYS: [(&str, &str); 7] = [
    ("mon", "day.mon"),
    ("tue", "day.tue"),
    ("wed", "day.wed"),
    ("thu", "day.thu"),
    ("fri", "day.fri"),
    ("sat", "day.sat"),
    ("sun", "day.sun"),
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber {
    /// E.164, e.g. `+17062868344`.
    pub e164: String,
    /// As people read it, e.g. `(706) 286-8344`.
    pub display: String,
}

impl PhoneNumber {
    /// Accepts US numbers (`706-286-8344`, `(706) 286 8344`, `+1 706 286 8344`) and
    /// international ones written with a leading `+`.
    pub fn parse(text: &str) -> Result<PhoneNumber, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("a phone number is required".into());
        }
        if let Some(bad) = text
            .chars()
            .find(|c| !(c.is_ascii_digit() || " -.()+".contains(*c)))
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
                Message::new("call.open-until").with("time", clock(close, lang))
            }
            OpenStatus::ClosedUntil(0, _, open) => {
                Message::new("call.opens-today").with("time", clock(open, lang))
            }
            OpenStatus::ClosedUntil(1, _, open) => {
                Message::new("call.opens-tomorrow").with("time", clock(open, lang))
            }
            OpenStatus::ClosedUntil(_, day, open) => Message::new("call.opens-day")
                .with("day", crate::i18n::t(lang, DAYS[day].1))
                .with("time", clock(open, lang)),
            OpenStatus::Closed => Message::new("call.closed-now"),
        };
        message.render(lang)
    }

    /// One line per day: ("Monday", "9:00 am – 5:00 pm").
    pub fn weekly(&self, lang: Lang) -> Vec<(&'static str, String)> {
        DAYS.iter()
            .zip(self.days.iter())
            .map(|((_, day), ranges)| {
                let text = if ranges.is_empty() {
                    crate::i18n::t(lang, "call.closed").to_string()
                } else {
                    ranges
                        .iter()
                        .map(|(o, c)| format!("{} – {}", clock(*o, lang), clock(*c, lang)))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                (crate::i18n::t(lang, day), text)
            })
            .collect()
    }
}

/// A time of day as people read it: "9:00 am" in English, "9:00" (24-hour) in Spanish.
pub fn clock(minute: Minute, lang: Lang) -> String {
    let (h, m) = (minute / 60 % 24, minute % 60);
    if lang == Lang::Es {
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
}

impl Clinic {
    /// The built-in content: `assets/clinic.json` over a minimal fallback.
    pub fn builtin() -> Clinic {
        // Parsed once: it is asked for on the first paint (the loading screen's header) and
        // again under every configuration that is read.
        thread_local! {
            static BUILTIN: Clinic = Clinic::fallback().merge_json(DEFAULT_CLINIC_JSON).0;
        }
        BUILTIN.with(Clinic::clone)
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

    fn fallback() -> Clinic {
        Clinic {
            name: LocalText::new("Massage clinic"),
            phone: PhoneNumber {
                e164: "+17062868344".into(),
                display: "(706) 286-8344".into(),
            },
            emergency_number: "911".into(),
            crisis_line: "988".into(),
            hours: None,
            booking_url: None,
            articles: Vec::new(),
        }
    }

    /// Apply each valid field of `text` to `self`; report the rest.
    fn merge_json(mut self, text: &str) -> (Clinic, Vec<ConfigProblem>) {
        let mut problems = Problems::default();
        let root = match Json::parse(text) {
            Ok(root @ Json::Object(_)) => root,
            Ok(_) => {
                problems.add(
                    "(document)",
                    "the configuration must be a JSON object { ... }",
                );
                return (self, problems.0);
            }
            Err(e) => {
                problems.add("(document)", format!("not valid JSON: {e}"));
                return (self, problems.0);
            }
        };
        for (key, _) in root.as_object().unwrap_or_default() {
            if !KNOWN_FIELDS.contains(&key.as_str()) && !key.starts_with('_') && key != "$schema" {
                problems.add(key, "unknown field (ignored); check the spelling");
            }
        }
        if let Some(v) = root.get("name") {
            if let Some(name) = problems.local_text(v, "name", 80) {
                self.name = name;
            }
        }
        if let Some(v) = root.get("phone") {
            match v.as_str().map(PhoneNumber::parse) {
                Some(Ok(phone)) => self.phone = phone,
                Some(Err(e)) => problems.add("phone", e),
                None => problems.add("phone", "must be text, e.g. \"706-286-8344\""),
            }
        }
        for (field, number, example) in [
            ("emergency_number", &mut self.emergency_number, "911"),
            ("crisis_line", &mut self.crisis_line, "988"),
        ] {
            if let Some(v) = root.get(field) {
                match v.as_str() {
                    Some(n)
                        if (2..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) =>
                    {
                        *number = n.to_string()
                    }
                    _ => problems.add(field, format!("must be 2 to 6 digits, e.g. \"{example}\"")),
                }
            }
        }
        if let Some(v) = root.get("booking_url") {
            match v {
                Json::Null => self.booking_url = None,
                _ => {
                    if let Some(url) = problems.url(v, "booking_url") {
                        self.booking_url = Some(url);
                    }
                }
            }
        }
        if root.get("hours").is_some() || root.get("time_zone").is_some() {
            self.hours = problems.hours(&root);
        }
        if let Some(v) = root.get("articles") {
            match v.as_array() {
                Some(items) => {
                    self.articles = items
                        .iter()
                        .enumerate()
                        .filter_map(|(i, item)| problems.article(item, &format!("articles[{i}]")))
                        .collect();
                }
                None => problems.add("articles", "must be a list [ ... ]"),
            }
        }
        (self, problems.0)
    }
}

const KNOWN_FIELDS: &[&str] = &[
    "name",
    "phone",
    "emergency_number",
    "crisis_line",
    "time_zone",
    "hours",
    "booking_url",
    "articles",
];

/// Collects problems while reading fields.
#[derive(Default)]
struct Problems(Vec<ConfigProblem>);

impl Problems {
    fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(ConfigProblem {
            field: field.into(),
            message: message.into(),
        });
    }

    /// Non-empty text of at most `max` characters.
    fn text(&mut self, v: &Json, field: &str, max: usize) -> Option<String> {
        match v.as_str().map(str::trim) {
            Some("") => self.add(field, "must not be empty"),
            Some(s) if s.chars().count() > max => {
                self.add(field, format!("is too long (at most {max} characters)"))
            }
            Some(s) => return Some(s.to_string()),
            None => self.add(field, "must be text"),
        }
        None
    }

    /// Text in one language (`"..."`) or several (`{"en": "...", "es": "..."}`, English required).
    fn local_text(&mut self, v: &Json, field: &str, max: usize) -> Option<LocalText> {
        let Some(map) = v.as_object() else {
            return self.text(v, field, max).map(LocalText::new);
        };
        for (key, _) in map {
            if Lang::from_tag(key).is_none_or(|l| l.code() != key) {
                self.add(
                    &format!("{field}.{key}"),
                    "unknown language (ignored); use en or es",
                );
            }
        }
        let en = match v.get("en") {
            Some(en) => self.text(en, &format!("{field}.en"), max)?,
            None => {
                self.add(&format!("{field}.en"), "is required: the English text");
                return None;
            }
        };
        let es = v
            .get("es")
            .and_then(|es| self.text(es, &format!("{field}.es"), max));
        Some(LocalText { en, es })
    }

    fn url(&mut self, v: &Json, field: &str) -> Option<String> {
        let text = self.text(v, field, 2000)?;
        match check_url(&text) {
            Ok(()) => Some(text),
            Err(e) => {
                self.add(field, e);
                None
            }
        }
    }

    fn hours(&mut self, root: &Json) -> Option<OpeningHours> {
        let time_zone = match root.get("time_zone").and_then(Json::as_str) {
            Some(tz) if is_time_zone_name(tz) => tz.to_string(),
            Some(_) => {
                self.add(
                    "time_zone",
                    "must be a time zone name such as \"America/New_York\"",
                );
                return None;
            }
            None => {
                self.add(
                    "time_zone",
                    "is required with hours, e.g. \"America/New_York\"",
                );
                return None;
            }
        };
        let Some(map) = root.get("hours").and_then(Json::as_object) else {
            self.add(
                "hours",
                "must be an object such as { \"mon\": \"09:00-17:00\" }",
            );
            return None;
        };
        let mut days: [Vec<(Minute, Minute)>; 7] = Default::default();
        for (key, value) in map {
            let field = format!("hours.{key}");
            let Some(index) = DAYS.iter().position(|(id, _)| id == key) else {
                self.add(&field, "unknown day; use mon, tue, wed, thu, fri, sat, sun");
                continue;
            };
            match value.as_str().map(parse_day) {
                Some(Ok(ranges)) => days[index] = ranges,
                Some(Err(e)) => self.add(&field, e),
                None => self.add(&field, "must be text such as \"09:00-17:00\" or \"closed\""),
            }
        }
        Some(OpeningHours { time_zone, days })
    }

    fn article(&mut self, v: &Json, field: &str) -> Option<Article> {
        let Some(map) = v.as_object() else {
            self.add(field, "must be an object with title, summary and tags");
            return None;
        };
        for (key, _) in map {
            if !["title", "summary", "tags", "url"].contains(&key.as_str()) {
                self.add(&format!("{field}.{key}"), "unknown field (ignored)");
            }
        }
        let title = match v.get("title") {
            Some(t) => self.local_text(t, &format!("{field}.title"), 120)?,
            None => {
                self.add(
                    &format!("{field}.title"),
                    "is required; the article is left out",
                );
                return None;
            }
        };
        let summary = match v.get("summary") {
            Some(s) => self
                .local_text(s, &format!("{field}.summary"), 400)
                .unwrap_or_default(),
            None => LocalText::default(),
        };
        let mut tags = Vec::new();
        match v.get("tags").map(Json::as_array) {
            Some(Some(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match item.as_str().and_then(ArticleTag::from_id) {
                        Some(tag) => tags.push(tag),
                        None => self.add(
                            &format!("{field}.tags[{i}]"),
                            format!("unknown tag; use one of: {}", tag_list()),
                        ),
                    }
                }
            }
            Some(None) => self.add(&format!("{field}.tags"), "must be a list of tags"),
            None => {}
        }
        let url = match v.get("url") {
            None | Some(Json::Null) => None,
            Some(u) => self.url(u, &format!("{field}.url")),
        };
        Some(Article {
            title,
            summary,
            tags,
            url,
        })
    }
}

fn tag_list() -> String {
    ArticleTag::ALL
        .iter()
        .map(|t| t.id())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Only `https:`, `http:` or relative URLs; never `javascript:`, `data:` or another scheme.
pub fn check_url(url: &str) -> Result<(), String> {
    // Browsers drop tabs, newlines and leading control characters before reading the
    // scheme ("java\tscript:"), so any such character is refused outright.
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("must not contain spaces or control characters".into());
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
            .all(|c| c.is_ascii_alphanumeric() || "/_+-".contains(c))
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
