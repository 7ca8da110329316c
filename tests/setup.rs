//! The setup page's form as data: written out as `clinic.json`, read back, checked by the
//! guide's own reader.

use massage_guide::clinic::{Clinic, DEFAULT_CLINIC_JSON};
use massage_guide::i18n::Lang;
use massage_guide::setup::{top_field, Draft};

fn example() -> String {
    std::fs::read_to_string("examples/clinic-with-hours.json").unwrap()
}

#[test]
fn a_written_file_reads_back_as_the_same_clinic() {
    for text in [DEFAULT_CLINIC_JSON.to_string(), example()] {
        let (draft, problems) = Draft::import(&text);
        assert_eq!(problems, vec![]);
        let written = draft.to_json();
        let (again, problems) = Clinic::from_json(&written);
        assert_eq!(problems, vec![], "{written}");
        assert_eq!(again, Clinic::from_json(&text).0, "{written}");
    }
}

#[test]
fn export_then_import_is_byte_for_byte() {
    for text in [DEFAULT_CLINIC_JSON.to_string(), example()] {
        let canonical = Draft::import(&text).0.to_json();
        assert_eq!(Draft::import(&canonical).0.to_json(), canonical);
        assert!(canonical.ends_with("}\n"));
        assert!(
            canonical.contains("\n  \"phone\": "),
            "two-space indent: {canonical}"
        );
    }
}

#[test]
fn the_file_is_written_in_the_readme_order_and_leaves_out_what_is_not_given() {
    let mut draft = Draft::new_clinic();
    draft.name.insert("en".into(), "Riverside Massage".into());
    draft.name.insert("es".into(), "Masaje Riverside".into());
    draft.time_zone = "America/Chicago".into();
    draft.hours[0] = "09:00-12:00, 13:00-17:00".into();
    draft.hours[5] = "closed".into();
    draft.accent = "#1d4f91".into();
    draft.dark_mode = false;
    let text = draft.to_json();
    let keys: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("    "))
        .map(|l| l.trim().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "name",
            "phone",
            "emergency_number",
            "crisis_line",
            "time_zone",
            "hours",
            "theme"
        ]
    );
    assert!(
        text.contains("\"mon\": \"09:00-12:00, 13:00-17:00\""),
        "{text}"
    );
    assert!(text.contains("\"sat\": \"closed\""), "{text}");
    assert!(
        text.contains("\"tue\": \"closed\""),
        "a day left empty is closed: {text}"
    );
    assert!(text.contains("\"dark_mode\": false"), "{text}");
    assert!(text.contains("\"es\": \"Masaje Riverside\""), "{text}");
    let (clinic, problems) = Clinic::from_json(&text);
    assert_eq!(problems, vec![]);
    assert!(clinic.theme.light_only);
    assert_eq!(clinic.hours.unwrap().days[0], vec![(540, 720), (780, 1020)]);
}

#[test]
fn a_wrong_value_is_named_by_the_guides_own_check_and_the_preview_keeps_the_last_good_one() {
    let good = Draft::import(&example()).0;
    let mut typing = good.clone();
    typing.phone = "call us".into();
    typing.booking_url = "javascript:alert(1)".into();
    typing.name.insert("en".into(), "New Name".into());
    let problems = typing.problems();
    let mut fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    fields.sort();
    assert_eq!(fields, ["booking_url", "phone"], "{problems:?}");
    let preview = typing.with_good_values(&good, &problems);
    assert_eq!(preview.phone, good.phone);
    assert_eq!(preview.booking_url, good.booking_url);
    assert_eq!(
        preview.name["en"], "New Name",
        "the good change shows at once"
    );
    assert_eq!(preview.problems(), vec![]);
    assert_eq!(top_field("articles[2].url"), "articles");
    assert_eq!(top_field("hours.mon"), "hours");
}

#[test]
fn a_kept_draft_keeps_every_value_as_typed() {
    let mut draft = Draft::new_clinic();
    draft.phone = "706-28".into();
    draft.hours[2] = "9 to 5".into();
    let kept = draft.to_saved();
    assert_eq!(Draft::from_saved(&kept), Some(draft));
    assert_eq!(Draft::from_saved("{not json"), None);
    assert_eq!(
        Draft::from_saved("{}"),
        Some(Draft::default()),
        "missing fields are empty"
    );
}

#[test]
fn a_hostile_file_is_imported_with_its_problems_listed() {
    let (draft, problems) = Draft::import(
        r#"{"name": "<b>Bold</b>", "phone": "javascript:1", "booking_url": "data:text/html,x", "articles": [{"title": "A", "url": "javascript:alert(1)"}], "colour": 1}"#,
    );
    assert_eq!(draft.name["en"], "<b>Bold</b>", "text stays text");
    assert_eq!(draft.booking_url, "");
    assert_eq!(draft.articles[0].url, "");
    for field in ["phone", "booking_url", "articles[0].url", "colour"] {
        assert!(
            problems.iter().any(|p| p.field == field),
            "{field}: {problems:?}"
        );
    }
}

#[test]
fn the_preview_can_start_at_every_result() {
    use massage_guide::guide::{recommend, Outcome};
    use massage_guide::state::{load_progress, save_progress, Step};
    for outcome in Outcome::ALL {
        let visit = massage_guide::setup::example_visit(*outcome);
        assert_eq!(
            recommend(&visit.answers, &[]).outcome,
            *outcome,
            "{outcome:?}"
        );
        let expected = match outcome {
            Outcome::Emergency => Step::Emergency,
            _ => Step::Result,
        };
        assert_eq!(visit.step, expected);
        // As the guide reads it back from the preview's storage.
        let restored = load_progress(&save_progress(&visit)).unwrap();
        assert_eq!(restored.step, expected, "{outcome:?}");
        assert_eq!(restored.answers, visit.answers);
    }
}

#[test]
fn the_snippet_takes_only_an_http_or_relative_guide_address() {
    use massage_guide::setup::snippet;
    for bad in [
        "javascript:alert(1)//",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/guide",
        "/\\evil.example/guide",
    ] {
        let error = snippet(bad, None, "706-286-8344", None, Lang::En).unwrap_err();
        assert!(
            matches!(&error, massage_guide::setup::SnippetProblem::Address(why) if why.contains("https://")),
            "{bad}: {error:?}"
        );
    }
    let ok = snippet(
        "https://clinic.example/guide",
        None,
        "212-555-0100",
        Some("sha256-aP5wHhHG/nkwMJ+PKNPwlFqwdoafo3i9RuCLt9Ypxwo="),
        Lang::En,
    )
    .unwrap();
    // The loader with its own hash, fetched with CORS so the hash is checked from any origin.
    assert!(
        ok.contains(r#"<script type="module" src="https://clinic.example/guide/embed/massage-guide.js" integrity="sha256-aP5wHhHG/nkwMJ+PKNPwlFqwdoafo3i9RuCLt9Ypxwo=" crossorigin="anonymous"></script>"#),
        "{ok}"
    );
    assert!(
        ok.contains(r#"config="https://clinic.example/guide/clinic.json" lang="en""#),
        "{ok}"
    );
    // The clinic's own number inside the element, for when the script cannot run.
    assert!(
        ok.contains(r#"<a href="tel:+12125550100">(212) 555-0100</a>"#),
        "{ok}"
    );
    let ok = snippet(
        "/guide/",
        Some(r#"{"name": "</script>"}"#),
        "+44 20 7946 0958",
        // Not a hash the build writes: left out rather than written into the page.
        Some("sha256-\"><script>"),
        Lang::Es,
    )
    .unwrap();
    // The language the guide starts in, on the element.
    assert!(ok.contains(r#"<massage-guide lang="es">"#), "{ok}");
    assert!(!ok.contains("integrity"), "{ok}");
    assert!(!ok.contains(r#""</script>""#), "{ok}");
    assert!(
        ok.contains(r#"<a href="tel:+442079460958">+44 20 7946 0958</a>"#),
        "{ok}"
    );
    // A number that does not read yet: no snippet, since a snippet always carries the
    // clinic's own link (issue 21).
    for phone in ["212-555", "", "call us"] {
        assert_eq!(
            snippet("/guide/", None, phone, None, Lang::En),
            Err(massage_guide::setup::SnippetProblem::Phone),
            "{phone:?}"
        );
    }
}

/// From a CDN: this very version's files on jsDelivr, the configuration inside the element.
#[test]
fn the_cdn_snippet_names_this_version_and_carries_the_configuration() {
    use massage_guide::setup::{cdn_base, snippet};
    let base = cdn_base();
    assert_eq!(
        base,
        format!(
            "https://cdn.jsdelivr.net/npm/massage-guide@{}/",
            env!("CARGO_PKG_VERSION")
        )
    );
    let ok = snippet(
        &base,
        Some(r#"{"name": "Riverside"}"#),
        "212-555-0100",
        None,
        Lang::Vi,
    )
    .unwrap();
    assert!(
        ok.contains(&format!(r#"src="{base}embed/massage-guide.js""#)),
        "{ok}"
    );
    assert!(ok.contains(r#"<massage-guide lang="vi">"#), "{ok}");
    assert!(ok.contains(r#"<a href="tel:+12125550100">"#), "{ok}");
    assert!(ok.contains(r#"{"name": "Riverside"}"#), "{ok}");
    assert!(!ok.contains("config="), "{ok}");
}
