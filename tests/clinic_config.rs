//! The clinic's configuration: the shipped content, every validation rule, the fallbacks.

use massage_guide::clinic::{
    check_url, clock, parse_weekday_clock, Clinic, OpenStatus, PhoneNumber,
};
use massage_guide::guide::articles::ArticleTag;
use massage_guide::guide::Outcome;
use massage_guide::i18n::Lang;

/// One of the problems `found` starts with `start` (a field's path and its message's start).
#[track_caller]
fn assert_reported(found: &[String], start: &str) {
    assert!(
        found.iter().any(|p| p.starts_with(start)),
        "{start}: {found:?}"
    );
}

fn problems(json: &str) -> Vec<String> {
    Clinic::from_json(json)
        .1
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn the_shipped_configuration_is_valid_and_complete() {
    let (clinic, problems) = Clinic::from_json(massage_guide::clinic::DEFAULT_CLINIC_JSON);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(clinic.phone.e164, "+17062868344");
    assert_eq!(clinic.phone.display, "(706) 286-8344");
    assert_eq!(clinic.emergency_number, "911");
    assert!(
        clinic.hours.is_none(),
        "the clinic published no hours; none are invented"
    );
    assert_eq!(clinic.articles.len(), 6);
    for tag in ArticleTag::ALL {
        assert!(
            clinic.articles.iter().any(|a| a.tags.contains(tag)),
            "no article for {tag:?}"
        );
    }
}

#[test]
fn the_fictional_example_with_hours_is_valid() {
    let text = std::fs::read_to_string("examples/clinic-with-hours.json").unwrap();
    let (clinic, problems) = Clinic::from_json(&text);
    assert!(problems.is_empty(), "{problems:?}");
    let hours = clinic.hours.expect("hours");
    assert_eq!(hours.time_zone, "America/New_York");
    assert_eq!(hours.days[2], vec![(540, 720), (780, 1080)]);
    assert!(hours.days[6].is_empty());
}

#[test]
fn phone_numbers_parse_and_normalise() {
    for text in [
        "706-286-8344",
        "(706) 286-8344",
        "706.286.8344",
        "+1 706 286 8344",
        "1-706-286-8344",
    ] {
        let phone = PhoneNumber::parse(text).unwrap();
        assert_eq!(phone.e164, "+17062868344", "{text}");
        assert_eq!(phone.display, "(706) 286-8344");
        assert_eq!(phone.tel_href(), "tel:+17062868344");
    }
    let uk = PhoneNumber::parse("+44 20 7946 0958").unwrap();
    assert_eq!(uk.e164, "+442079460958");
    for bad in [
        "",
        "call us",
        "12345",
        "706-286-834",
        "javascript:alert(1)",
        "+1 706 + 286",
    ] {
        assert!(
            PhoneNumber::parse(bad).is_err(),
            "{bad:?} should be refused"
        );
    }
}

#[test]
fn urls_must_be_http_or_relative() {
    for good in [
        "https://clinic.example/a",
        "http://clinic.example",
        "/articles/x",
        "articles/x",
        "../x",
        "?q=1",
        "#top",
    ] {
        assert_eq!(check_url(good), Ok(()), "{good}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        " javascript:x",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example",
        "https:evil",
        "mailto:a@b",
        // A browser reads these as protocol-relative: another site.
        "/\\evil.example/b",
        "\\\\evil.example/a",
        "\\/evil.example/c",
        "https:\\\\evil.example",
    ] {
        assert!(check_url(bad).is_err(), "{bad:?} should be refused");
    }
}

#[test]
fn a_bad_field_is_named_and_falls_back() {
    let (clinic, found) = Clinic::from_json(
        r#"{"name": "", "phone": "nope", "articles": [{"title": "A", "tags": ["sciatica"], "url": "javascript:alert(1)"}]}"#,
    );
    let found: Vec<String> = found.iter().map(|p| p.to_string()).collect();
    assert_reported(&found, "name: must not be empty");
    assert_reported(&found, "phone: ");
    assert!(
        found.contains(&"articles[0].url: only http(s) or relative URLs are allowed".to_string()),
        "{found:?}"
    );
    assert_eq!(clinic.name, Clinic::builtin().name);
    assert_eq!(clinic.phone.e164, "+17062868344");
    assert_eq!(clinic.articles.len(), 1);
    assert_eq!(clinic.articles[0].url, None);
}

#[test]
fn unknown_fields_and_tags_are_reported() {
    let found = problems(
        r#"{"phon": "1", "_comment": "ok", "articles": [{"title": "A", "tags": ["spa"], "colour": 1}]}"#,
    );
    assert_reported(&found, "phon: unknown field");
    assert_reported(&found, "articles[0].tags[0]: unknown tag");
    assert_reported(&found, "articles[0].colour: unknown field");
    assert!(!found.iter().any(|p| p.starts_with("_comment")));
    // The message lists the fields there are, so a misspelling is easy to put right.
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("phon: ") && p.contains("`phone`")),
        "{found:?}"
    );
}

#[test]
fn notes_for_people_are_taken_out_quietly() {
    // A note on each of 80 articles: more than the problems after which a whole field goes.
    let articles: Vec<String> = (0..80)
        .map(|i| format!(r#"{{"_note": "n{i}", "title": "Article {i}", "tags": ["posture"]}}"#))
        .collect();
    let text = format!(
        r#"{{"$schema": "./clinic.schema.json", "_comment": "c", "articles": [{}]}}"#,
        articles.join(",")
    );
    let (clinic, found) = Clinic::from_json(&text);
    assert_eq!(found, vec![]);
    assert_eq!(clinic.articles.len(), 80);
}

#[test]
fn broken_documents_keep_the_built_in_content() {
    for text in ["", "not json", "[1,2]", "null", "{\"name\": "] {
        let (clinic, found) = Clinic::from_json(text);
        assert_eq!(clinic, Clinic::builtin(), "{text:?}");
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert!(found[0].field == "(document)");
    }
}

#[test]
fn hours_are_validated_per_day() {
    let found = problems(
        r#"{"time_zone": "America/Chicago", "hours": {"mon": "17:00-09:00", "tue": "9-5", "fun": "09:00-10:00", "wed": "09:00-12:00, 11:00-13:00"}}"#,
    );
    assert_reported(&found, "hours.mon: ");
    assert_reported(&found, "hours.tue: ");
    assert_reported(&found, "hours.fun: unknown field");
    assert!(found.iter().any(|p| p.contains("overlap")), "{found:?}");
    let found = problems(r#"{"hours": {"mon": "09:00-17:00"}}"#);
    assert_reported(&found, "time_zone: is required");
    let found = problems(r#"{"time_zone": "<script>", "hours": {}}"#);
    assert_reported(&found, "time_zone: ");
}

#[test]
fn open_now_follows_the_week() {
    let text = std::fs::read_to_string("examples/clinic-with-hours.json").unwrap();
    let hours = Clinic::from_json(&text).0.hours.unwrap();
    // Monday 10:00: open until 18:00.
    assert_eq!(hours.status(0, 600), OpenStatus::OpenUntil(1080));
    assert_eq!(hours.describe(0, 600, Lang::En), "Open now, until 6:00 pm");
    // Wednesday 12:30: lunch break, opens again today at 13:00.
    assert_eq!(
        hours.describe(2, 750, Lang::En),
        "Closed now. Opens today at 1:00 pm"
    );
    // Saturday 15:00: closed Sunday, so Monday.
    assert_eq!(hours.status(5, 900), OpenStatus::ClosedUntil(2, 0, 540));
    assert_eq!(
        hours.describe(5, 900, Lang::En),
        "Closed now. Opens Monday at 9:00 am"
    );
    // Sunday night: tomorrow.
    assert_eq!(
        hours.describe(6, 1300, Lang::En),
        "Closed now. Opens tomorrow at 9:00 am"
    );
    assert_eq!(hours.weekly(Lang::En)[6], ("Sunday", "Closed".to_string()));
}

#[test]
fn clock_and_browser_time_formats() {
    assert_eq!(clock(0, Lang::En), "12:00 am");
    assert_eq!(clock(12 * 60 + 30, Lang::En), "12:30 pm");
    assert_eq!(clock(17 * 60, Lang::En), "5:00 pm");
    assert_eq!(parse_weekday_clock("Mon 14:05"), Some((0, 845)));
    assert_eq!(parse_weekday_clock("Sun 00:00"), Some((6, 0)));
    assert_eq!(parse_weekday_clock("garbage"), None);
}

#[test]
fn the_phone_attribute_overrides_the_configuration() {
    let (clinic, problem) = Clinic::builtin().with_phone_override(Some("+1 555 010 0199"));
    assert_eq!(
        (clinic.phone.e164.as_str(), problem),
        ("+15550100199", None)
    );
    let (clinic, problem) = Clinic::builtin().with_phone_override(Some("call us"));
    assert_eq!(
        clinic.phone.e164, "+17062868344",
        "a bad attribute keeps the configuration's"
    );
    assert!(problem
        .unwrap()
        .to_string()
        .starts_with("phone attribute: unexpected character"));
}

#[test]
fn clinic_text_is_kept_as_text() {
    let (clinic, _) = Clinic::from_json(r#"{"name": "<img src=x onerror=alert(1)>"}"#);
    // Stored verbatim; the UI renders it as a text node, never as markup.
    assert_eq!(clinic.name.en, "<img src=x onerror=alert(1)>");
}

#[test]
fn opening_hours_speak_spanish_too() {
    let text = std::fs::read_to_string("examples/clinic-with-hours.json").unwrap();
    let hours = Clinic::from_json(&text).0.hours.unwrap();
    assert_eq!(
        hours.describe(0, 600, Lang::Es),
        "Abierto ahora, hasta las 18:00"
    );
    assert_eq!(
        hours.describe(5, 900, Lang::Es),
        "Cerrado ahora. Abre el lunes a las 9:00"
    );
    assert_eq!(
        hours.weekly(Lang::Es)[6],
        ("domingo", "Cerrado".to_string())
    );
    assert_eq!(clock(13 * 60 + 5, Lang::Es), "13:05");
}

#[test]
fn clinic_text_may_come_in_both_languages() {
    let (clinic, found) = Clinic::from_json(
        r#"{"name": {"en": "Riverside Massage", "es": "Masajes Riverside"},
            "articles": [{"title": {"en": "What Is Sciatica?", "es": "¿Qué es la ciática?"},
                          "summary": "English only", "tags": ["sciatica"]}]}"#,
    );
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(clinic.name.get(Lang::Es), "Masajes Riverside");
    assert_eq!(
        clinic.articles[0].title.get(Lang::Es),
        "¿Qué es la ciática?"
    );
    assert_eq!(
        clinic.articles[0].summary.get(Lang::Es),
        "English only",
        "falls back to English"
    );
    let (clinic, found) = Clinic::from_json(r#"{"name": {"es": "Solo español", "fr": "Non"}}"#);
    let found: Vec<String> = found.iter().map(|p| p.to_string()).collect();
    assert_reported(&found, "name.fr: \"fr\" is not a language of the guide");
    assert_eq!(
        clinic.name,
        Clinic::builtin().name,
        "falls back to the built-in name"
    );
    let found = problems(r#"{"name": {"es": "Solo español"}}"#);
    assert_reported(&found, "name.en: is required");
}

#[test]
fn hours_given_out_of_order_are_kept_in_order() {
    let (clinic, found) = Clinic::from_json(
        r#"{"time_zone": "America/Chicago", "hours": {"mon": "16:00-18:00, 08:00-10:00, 12:00-13:00"}}"#,
    );
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(
        clinic.hours.unwrap().days[0],
        vec![(480, 600), (720, 780), (960, 1080)]
    );
}

#[test]
fn thousands_of_bad_articles_are_read_in_bounded_time() {
    let articles: Vec<String> = (0..5000)
        .map(|i| format!(r#"{{"title": "A{i}", "url": "javascript:{i}"}}"#))
        .collect();
    let text = format!(r#"{{"name": "Big", "articles": [{}]}}"#, articles.join(","));
    let started = std::time::Instant::now();
    let (clinic, found) = Clinic::from_json(&text);
    assert!(
        started.elapsed().as_secs() < 10,
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(clinic.name.en, "Big", "the good fields are kept");
    assert!(found.len() <= 60, "{} problems", found.len());
    assert!(
        found[0].to_string().starts_with("articles[0].url: "),
        "{}",
        found[0]
    );
}

#[test]
fn the_theme_is_checked_field_by_field() {
    let (clinic, found) = Clinic::from_json(
        r##"{"theme": {"accent": "#1D4F91", "call": "#b31", "font": "\"Source Sans 3\", Arial, sans-serif", "dark_mode": false}}"##,
    );
    assert_eq!(found, vec![]);
    assert_eq!(clinic.theme.accent.as_deref(), Some("#1d4f91"));
    assert_eq!(clinic.theme.call.as_deref(), Some("#bb3311"));
    assert_eq!(
        clinic.theme.font.as_deref(),
        Some("\"Source Sans 3\", Arial, sans-serif")
    );
    assert!(clinic.theme.light_only);
    // Fonts of any script; never what could end the value or start another in a style.
    let (clinic, found) = Clinic::from_json(r##"{"theme": {"font": "メイリオ, Noto Sans JP"}}"##);
    assert_eq!(found, vec![]);
    assert_eq!(clinic.theme.font.as_deref(), Some("メイリオ, Noto Sans JP"));
    let (clinic, found) = Clinic::from_json(
        r#"{"theme": {"font": "'Source Sans 3', \"Segoe UI\", -apple-system, sans-serif"}}"#,
    );
    assert_eq!(found, vec![]);
    assert!(clinic.theme.font.is_some());
    // Identifiers as CSS reads them: `--x`, `_x`, `-x`, and words of several spaces.
    for font in [
        "--brand, _Inter, -system-ui",
        "Source  Sans, serif",
        "Noto Sans JP",
    ] {
        let json = format!(r#"{{"theme": {{"font": "{font}"}}}}"#);
        let (clinic, found) = Clinic::from_json(&json);
        assert!(found.is_empty(), "{font:?}: {found:?}");
        assert_eq!(clinic.theme.font.as_deref(), Some(font));
    }
    for font in [
        "Arial; color: red",
        "x) url(//evil",
        "a{}",
        "a\\62",
        "a/*b*/",
        "a\u{0}b",
        "",
        // Lists the browser would refuse whole, leaving the guide without its fonts.
        "Source Sans 3, sans-serif",
        "Georgia,",
        "inherit, serif",
        "\"Open Sans, serif",
        "-3d, serif",
        // Found by an outside probe: accepted here, refused by the browser.
        "a \"b\"",
        "-",
        "a -",
        "a'b",
        "inherit serif",
        "Georgia, default",
    ] {
        let json = format!(
            r#"{{"theme": {{"font": {}}}}}"#,
            serde_json::to_string(font).unwrap()
        );
        let (clinic, found) = Clinic::from_json(&json);
        assert_eq!(clinic.theme.font, None, "{font:?}");
        assert!(
            found.iter().any(|p| p.field == "theme.font"),
            "{font:?}: {found:?}"
        );
    }
    let found = problems(
        r##"{"theme": {"accent": "red", "call": "#12345g", "dark_mode": "no", "colour": "#fff"}}"##,
    );
    for field in [
        "theme.accent",
        "theme.call",
        "theme.dark_mode",
        "theme.colour",
    ] {
        assert!(
            found.iter().any(|p| p.starts_with(&format!("{field}: "))),
            "{field}: {found:?}"
        );
    }
    let (clinic, _) = Clinic::from_json(r##"{"theme": {"accent": "red", "call": "#123"}}"##);
    assert_eq!(
        clinic.theme.accent, None,
        "a wrong colour keeps the guide's own"
    );
    assert_eq!(clinic.theme.call.as_deref(), Some("#112233"));
    assert!(
        !clinic.theme.light_only,
        "dark mode follows the visitor unless turned off"
    );
}

#[test]
fn the_checked_reading_reports_each_misspelt_field_once() {
    let text = r##"{"phon": "1", "_note": "n", "hours": {"mon": "closed", "fri_day": "x"}, "time_zone": "UTC", "theme": {"acent": "#fff"}, "articles": [{"title": "A", "colour": 1}]}"##;
    let (_, found) = Clinic::from_json(text);
    let mut fields: Vec<&str> = found.iter().map(|p| p.field.as_str()).collect();
    fields.sort();
    assert_eq!(
        fields,
        ["articles[0].colour", "hours.fri_day", "phon", "theme.acent"],
        "{found:?}"
    );
    assert!(found
        .iter()
        .all(|p| p.message.starts_with("unknown field `") && p.message.contains("expected")));
}

#[test]
fn a_problem_after_an_item_taken_out_names_its_item_as_the_file_does() {
    // The first article has no title and the second tag is unknown: each is taken out, and
    // the problems after them still name the third article and the third tag, as a clinic
    // reading its file counts them (the setup page shows each under its own article).
    let text = r#"{"articles": [
        {"summary": "no title"},
        {"title": "Sciatica", "tags": ["sciatica", "spa", "nope", "posture"]},
        {"title": "Bad link", "url": "javascript:alert(1)"}
    ]}"#;
    let found = problems(text);
    assert_reported(&found, "articles[0].title: is required");
    assert_reported(&found, "articles[1].tags[1]: unknown tag");
    assert_reported(&found, "articles[1].tags[2]: unknown tag");
    assert_reported(&found, "articles[2].url: ");
    let (clinic, _) = Clinic::from_json(text);
    let titles: Vec<&str> = clinic
        .articles
        .iter()
        .map(|a| a.title.get(Lang::En))
        .collect();
    assert_eq!(titles, ["Sciatica", "Bad link"]);
    assert_eq!(
        clinic.articles[0].tags.len(),
        2,
        "the two known tags are kept"
    );
    assert_eq!(clinic.articles[1].url, None);
}

/// A value 5,000 levels deep (10 KB) once blanked the guide in the browser: the message for its
/// wrong type formatted it recursively. It is cut before anything reads it, named, and the rest
/// of the configuration is kept.
#[test]
fn a_value_nested_too_deep_is_named_and_the_rest_kept() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let text = format!(
        r#"{{"name": "Riverside Massage", "phone": {deep}, "articles": [{{"title": {{"en": {deep}}}, "tags": ["sciatica"]}}]}}"#
    );
    let (clinic, problems) = Clinic::from_json(&text);
    assert_eq!(clinic.name.en, "Riverside Massage");
    assert!(clinic.phone.e164.starts_with('+'));
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert!(fields.contains(&"phone"), "{problems:?}");
    assert!(
        problems.iter().any(|p| p.message.contains("levels deep")),
        "{problems:?}"
    );
    // Inside a list item: named by its path.
    assert!(
        problems
            .iter()
            .any(|p| p.field.starts_with("articles[0].title")),
        "{problems:?}"
    );
    // Strings with brackets in them are not counted as nesting.
    let (clinic, problems) = Clinic::from_json(&format!(
        r#"{{"name": "{}", "phone": "706-286-8344"}}"#,
        "[{".repeat(40)
    ));
    assert!(problems.is_empty(), "{problems:?}");
    assert!(clinic.name.en.starts_with("[{"));
}

#[test]
fn deep_saved_progress_is_refused_by_name() {
    use massage_guide::state::load_progress;
    let deep = format!("{}{}", "[".repeat(3000), "]".repeat(3000));
    let error = load_progress(&format!(
        r#"{{"version": 3, "state": {{"step": "goals", "answers": {{"goals": {deep}}}}}}}"#
    ))
    .unwrap_err();
    assert!(error.contains("levels deep"), "{error}");
    assert!(error.contains("state.answers.goals"), "{error}");
}

#[test]
fn a_phone_number_as_written_is_bounded() {
    let long = format!("+44 20 7946 0958{}", "-".repeat(3000));
    assert!(PhoneNumber::parse(&long).is_err());
    assert!(PhoneNumber::parse(&format!("+44{}2079460958", "-".repeat(40))).is_err());
    assert_eq!(
        PhoneNumber::parse("+44 20 7946 0958").unwrap().display,
        "+44 20 7946 0958"
    );
}

#[test]
fn a_flood_of_deep_values_is_named_five_times_and_counted() {
    let deep = format!("{}{}", "[".repeat(20), "]".repeat(20));
    let items: Vec<String> = (0..40).map(|_| deep.clone()).collect();
    let (clinic, problems) = Clinic::from_json(&format!(
        r#"{{"name": "Flood Clinic", "articles": [{}]}}"#,
        items.join(",")
    ));
    assert_eq!(clinic.name.en, "Flood Clinic");
    let deep_ones: Vec<_> = problems
        .iter()
        .filter(|p| p.message.contains("levels deep"))
        .collect();
    assert_eq!(deep_ones.len(), 6, "{problems:?}");
    assert!(deep_ones[5].field.contains("35 more"), "{problems:?}");
}

/// Wrong kinds of value are named once, in plain words, where they stand: a theme given as a
/// list, a number where text belongs (its message once brought serde's float formatting into
/// the WebAssembly), a document that is a JSON string.
#[test]
fn wrong_kinds_of_value_are_named_once_in_plain_words() {
    let found = problems(
        r##"{"theme": ["#17695c"], "phone": 2125550100, "name": {"en": 5.5}, "articles": {"title": "A"}, "hours": "9-5", "time_zone": "UTC"}"##,
    );
    assert_eq!(
        found,
        [
            "name: must be a string, not a number",
            "phone: must be a string, not a number",
            "hours: must be an object { ... }, not text",
            "articles: must be a list [ ... ], not an object { ... }",
            "theme: must be an object { ... }, not a list [ ... ]",
        ]
    );
    for text in [r#""{\"name\": \"A\"}""#, "[]", "5"] {
        let found = problems(text);
        assert_eq!(
            found,
            ["(document): the configuration must be a JSON object { ... }"],
            "{text}"
        );
    }
}

/// The document is read once: a 10 MB file with 60 bad values at its end is read in a moment,
/// every refused value named as the file numbers it (the first 50, then counted).
#[test]
fn a_large_configuration_is_read_in_one_pass() {
    let good = 49_940;
    let mut articles: Vec<String> = (0..good)
        .map(|i| format!(r#"{{"title": "Article {i}", "summary": "A summary of article {i}, long enough to be like a clinic's own: what helps, what to expect, and when to call us about it.", "tags": ["posture"]}}"#))
        .collect();
    articles.extend((0..60).map(|i| format!(r#"{{"title": "Bad {i}", "url": "javascript:{i}"}}"#)));
    let text = format!(r#"{{"name": "Big", "articles": [{}]}}"#, articles.join(","));
    assert!(text.len() > 9_000_000, "{} bytes", text.len());
    let started = std::time::Instant::now();
    let (clinic, found) = Clinic::from_json(&text);
    let took = started.elapsed();
    assert!(took.as_secs_f64() < 5.0, "took {took:?}");
    assert_eq!(
        clinic.articles.len(),
        good + 60,
        "a bad link costs only itself"
    );
    assert_eq!(found.len(), 51, "{found:?}");
    assert_eq!(found[0].field, format!("articles[{good}].url"));
    assert_eq!(found[49].field, format!("articles[{}].url", good + 49));
    assert_eq!(found[50].field, "(and 10 more)");
}

/// No clinic is written in code: the built-in content is `assets/clinic.json`'s, without its
/// articles, and it reads without a problem (so the blank it is read over never shows).
#[test]
fn the_builtin_clinic_is_the_shipped_file_without_articles() {
    let (builtin, found) = Clinic::from_json(massage_guide::clinic::BUILTIN_CLINIC_JSON);
    assert!(found.is_empty(), "{found:?}");
    let shipped = Clinic::default_content();
    assert_eq!(builtin, Clinic::builtin());
    assert_eq!(builtin.name, shipped.name);
    assert_eq!(builtin.phone, shipped.phone);
    assert_eq!(builtin.emergency_number, shipped.emergency_number);
    assert_eq!(builtin.crisis_line, shipped.crisis_line);
    assert_eq!(builtin.booking_url, shipped.booking_url);
    assert!(builtin.articles.is_empty() && !shipped.articles.is_empty());
    // The number is the file's, in no source file.
    for source in ["src/clinic.rs", "src/ui/app.rs", "src/setup/mod.rs"] {
        let code = std::fs::read_to_string(source).unwrap();
        assert!(
            !code.contains("286-8344") && !code.contains("2868344"),
            "{source}"
        );
    }
}

/// A file that is not JSON is named in plain words, with where it breaks.
#[test]
fn broken_json_is_named_with_its_line_and_column() {
    let found = problems("{\n  \"name\": \"A\",\n  \"phone\" \"212-555-0100\"\n}");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("not valid JSON: something else is written")
            && found[0].contains("(line 3, column 11)"),
        "{found:?}"
    );
    let found = problems("{\"name\": \"A\"");
    assert!(
        found[0].contains("not valid JSON: it ends too soon (line 1, column 12)"),
        "{found:?}"
    );
}

#[test]
fn services_are_read_with_the_results_they_suit() {
    let (clinic, problems) = Clinic::from_json(
        r#"{"services": [
            {"name": {"en": "Medical massage", "es": "Masaje médico"}, "minutes": 60,
             "price": "$95", "booking_url": "https://clinic.example/book/medical",
             "suits": ["medical-massage"]},
            {"name": "Relaxation massage", "minutes": 90, "suits": ["general-massage", "medical-massage"]}
        ]}"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let medical: Vec<&str> = clinic
        .services_for(Outcome::MedicalMassage)
        .map(|s| s.name.en.as_str())
        .collect();
    assert_eq!(medical, ["Medical massage", "Relaxation massage"]);
    let general: Vec<_> = clinic.services_for(Outcome::GeneralMassage).collect();
    assert_eq!(general.len(), 1);
    assert_eq!(general[0].minutes, Some(90));
    assert_eq!(general[0].price, None);
    assert_eq!(clinic.services[0].name.get(Lang::Es), "Masaje médico");
    assert_eq!(
        clinic.services[0].booking_url.as_deref(),
        Some("https://clinic.example/book/medical")
    );
    assert_eq!(clinic.services_for(Outcome::DoctorToday).count(), 0);
}

#[test]
fn a_service_that_cannot_be_booked_safely_is_refused_alone() {
    let found = problems(
        r#"{"services": [
            {"name": "Urgent massage", "suits": ["doctor-today"]},
            {"name": "Hot stones", "minutes": 2, "suits": ["general-massage"]},
            {"name": "Bad link", "booking_url": "javascript:alert(1)", "suits": ["general-massage"]},
            {"suits": ["general-massage"]},
            {"name": "No results"},
            {"name": "Fine", "suits": ["general-massage"]}
        ]}"#,
    );
    assert_reported(
        &found,
        "services[0].suits: must be \"medical-massage\" or \"general-massage\"",
    );
    assert_reported(&found, "services[1].minutes: must be a number of minutes");
    assert_reported(&found, "services[2].booking_url: only http(s)");
    assert_reported(&found, "services[3].name: is required");
    assert_reported(&found, "services[4].suits: is required");
    let found = problems(
        r#"{"services": [{"name": "None", "suits": []}, {"name": "Text", "minutes": "60", "suits": ["general-massage"]}]}"#,
    );
    assert_reported(&found, "services[0].suits: must name at least one result");
    assert_reported(
        &found,
        "services[1].minutes: must be a number of minutes from 5 to 480",
    );
    let (clinic, _) = Clinic::from_json(
        r#"{"services": [{"name": "Urgent", "suits": ["emergency"]}, {"name": "Fine", "suits": ["general-massage"]}]}"#,
    );
    // A service with a result that must not book is left out whole.
    assert!(clinic.services_for(Outcome::Emergency).next().is_none());
    assert_eq!(clinic.services_for(Outcome::GeneralMassage).count(), 1);
}

#[test]
fn the_booking_example_reads_without_a_problem() {
    let text = std::fs::read_to_string("examples/clinic-booking.json").unwrap();
    let (clinic, found) = Clinic::from_json(&text);
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(clinic.services_for(Outcome::GeneralMassage).count(), 2);
    assert_eq!(clinic.staff_languages, [Lang::En, Lang::Es]);
}

#[test]
fn languages_offered_spoken_address_logo_and_bar() {
    let (clinic, found) = Clinic::from_json(
        r#"{"languages": ["en", "es"], "staff_languages": ["es"],
            "address": "12 Main St, Dalton, GA",
            "logo": {"url": "/logo.png", "alt": "Riverside Massage"},
            "theme": {"bar": false}}"#,
    );
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(clinic.offered_languages(), [Lang::En, Lang::Es]);
    let (twice, _) = Clinic::from_json(r#"{"languages": ["es", "en", "es"]}"#);
    assert_eq!(
        twice.offered_languages(),
        [Lang::Es, Lang::En],
        "each language once"
    );
    assert_eq!(clinic.staff_languages, [Lang::Es]);
    assert_eq!(clinic.address.unwrap().en, "12 Main St, Dalton, GA");
    assert_eq!(clinic.logo.unwrap().url, "/logo.png");
    assert!(clinic.theme.no_bar);

    let default = Clinic::default_content();
    assert_eq!(
        default.offered_languages(),
        Lang::ALL,
        "every language unless the clinic says"
    );
    assert!(
        !default.theme.no_bar,
        "the bar shows unless the clinic hides it"
    );

    let found = problems(
        r#"{"languages": ["en", "fr"], "staff_languages": "es",
            "logo": {"url": "javascript:x", "alt": "Logo"}, "theme": {"bar": "no"}}"#,
    );
    assert_reported(
        &found,
        "languages[1]: \"fr\" is not a language of the guide",
    );
    assert_reported(&found, "staff_languages: must be a list");
    assert_reported(&found, "logo.url: only http(s)");
    assert_reported(&found, "theme.bar:");
    assert_reported(
        &problems(r#"{"logo": {"url": "/a.png"}}"#),
        "logo.alt: is required",
    );
}
