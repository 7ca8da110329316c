//! The setup page's form as data: written out as `clinic.json`, read back, checked by the
//! guide's own reader.

use massage_guide::clinic::{Clinic, DEFAULT_CLINIC_JSON};
use massage_guide::guide::articles::ArticleTag;
use massage_guide::i18n::Lang;
use massage_guide::setup::notes::Note;
use massage_guide::setup::{apply, Change, Draft, Edit, Field, Form, Section};
use std::rc::Rc;

fn example() -> String {
    std::fs::read_to_string("examples/clinic-with-hours.json").unwrap()
}

/// Services, languages, an address and a logo (main's example for issue 22).
fn booking() -> String {
    std::fs::read_to_string("examples/clinic-booking.json").unwrap()
}

#[test]
fn a_written_file_reads_back_as_the_same_clinic() {
    for text in [DEFAULT_CLINIC_JSON.to_string(), example(), booking()] {
        let (draft, problems) = Draft::import(&text);
        assert_eq!(problems, vec![]);
        let written = draft.to_json();
        let (again, problems) = Clinic::from_json(&written);
        assert_eq!(problems, vec![], "{written}");
        assert_eq!(again, Clinic::from_json(&text).0, "{written}");
    }
}

#[test]
fn an_imported_number_keeps_the_clinic_s_way_of_writing_it() {
    for written in ["706-555-0142", "+44 20 7946 0958", " (706) 555 0142 "] {
        let text = format!("{{\"phone\": \"{written}\"}}");
        let (draft, problems) = Draft::import(&text);
        assert_eq!(problems, vec![]);
        assert_eq!(draft.phone, written.trim());
        assert!(draft
            .to_json()
            .contains(&format!("\"phone\": \"{}\"", written.trim())));
    }
    // A number the guide refuses is not kept: the form shows the one the guide uses.
    let (draft, problems) = Draft::import(r#"{"phone": "212-555-010"}"#);
    assert_eq!(problems.len(), 1);
    assert_eq!(draft.phone, Draft::new_clinic().phone);
}

#[test]
fn export_then_import_is_byte_for_byte() {
    for text in [DEFAULT_CLINIC_JSON.to_string(), example(), booking()] {
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
    // Listed in the page's words, not the file's paths.
    let said: Vec<String> = problems
        .iter()
        .map(massage_guide::setup::notes::in_a_file)
        .collect();
    assert!(
        said.iter().any(|s| s.starts_with("Article 1, link: ")),
        "{said:?}"
    );
    assert!(
        said.iter()
            .any(|s| s == "\u{201c}colour\u{201d} is not something the guide reads, so it was left out (a misspelling?)."),
        "{said:?}"
    );
    assert!(
        !said
            .iter()
            .any(|s| s.contains("articles[") || s.contains('`')),
        "{said:?}"
    );
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

fn notes_at(form: &Form, field: Field) -> Vec<&Note> {
    form.notes_of(field).collect()
}

fn zones() -> Rc<Vec<String>> {
    Rc::new(
        ["America/New_York", "America/Chicago", "Europe/London"]
            .map(String::from)
            .to_vec(),
    )
}

fn default_form() -> Form {
    Form::new(Draft::import(DEFAULT_CLINIC_JSON).0, vec![], zones())
}

/// The one list of fields: each field's problem path reads back as the field, and a wrong
/// value put in its place in the draft is named by the guide's reader at that field.
#[test]
fn every_field_is_found_again_from_the_path_the_reader_names() {
    let mut draft = Draft::import(&booking()).0;
    assert!(!draft.services.is_empty() && !draft.logo_url.is_empty());
    draft.articles[0]
        .title
        .insert("es".into(), "Ciática".into());
    draft.articles[0]
        .summary
        .insert("es".into(), "Resumen".into());
    draft.name.insert("es".into(), "Masaje".into());
    for field in Field::all(&draft) {
        assert_eq!(Field::from_path(&field.path()), Some(field), "{field:?}");
        assert!(!field.id().is_empty());
        // A value no field takes: too long for text, not a number, not a link, not a colour.
        let bad = match field {
            Field::Name(_)
            | Field::Title(..)
            | Field::Summary(..)
            | Field::ServiceName(..)
            | Field::ServicePrice(..)
            | Field::Address(_)
            | Field::LogoAlt(_) => "x".repeat(500),
            Field::ArticleUrl(_) | Field::BookingUrl | Field::ServiceUrl(_) | Field::LogoUrl => {
                "javascript:alert(1)".into()
            }
            Field::ServiceMinutes(_) => "an hour".into(),
            Field::Tags(_)
            | Field::DarkMode
            | Field::Bar
            | Field::ServiceSuits(_)
            | Field::Languages
            | Field::StaffLanguages => continue,
            Field::Hours(_) => "9 to 5".into(),
            Field::TimeZone => "New York!".into(),
            _ => "#nope nope".into(),
        };
        let wrong = apply(&draft, &Edit::Text(field, bad));
        let problems = wrong.problems();
        let found: Vec<Option<Field>> = problems
            .iter()
            .map(|p| Field::from_path(&p.field))
            .collect();
        assert!(
            !found.is_empty() && found.iter().all(|f| *f == Some(field)),
            "{field:?}: {problems:?}"
        );
    }
    // The reader's other ways of naming a field.
    assert_eq!(Field::from_path("name"), Some(Field::Name(Lang::En)));
    assert_eq!(
        Field::from_path("articles[2]"),
        Some(Field::Title(2, Lang::En))
    );
    assert_eq!(
        Field::from_path("articles[2].title"),
        Some(Field::Title(2, Lang::En))
    );
    assert_eq!(
        Field::from_path("articles[1].tags[0]"),
        Some(Field::Tags(1))
    );
    assert_eq!(Field::from_path("colour"), None);
    assert_eq!(Field::Hours(0).section(), Section::Hours);
}

#[test]
fn edits_are_data_applied_by_a_pure_function() {
    let draft = Draft::import(&example()).0;
    let edit = Edit::Text(Field::Phone, "212-555-0100".into());
    assert_eq!(apply(&draft, &edit), apply(&draft, &edit));
    assert_eq!(apply(&draft, &edit).phone, "212-555-0100");
    assert_eq!(
        draft.phone, "+1 (555) 010-0199",
        "the draft itself is unchanged (the number as the file writes it)"
    );
    let moved = apply(&draft, &Edit::MoveArticle(0, 1));
    assert_eq!(moved.articles[0], draft.articles[1]);
    assert_eq!(
        apply(&draft, &Edit::RemoveArticle(9)),
        draft,
        "nothing there: nothing changes"
    );
    let tagged = apply(&draft, &Edit::Tag(0, ArticleTag::Headache, true));
    let tagged = apply(&tagged, &Edit::Tag(0, ArticleTag::Sciatica, true));
    assert_eq!(
        tagged.articles[0].tags,
        ["sciatica", "headache"],
        "in the guide's order, once"
    );
}

#[test]
fn a_translation_older_than_its_english_is_named_until_changed_or_kept() {
    let form = default_form();
    let renamed = form.change(Change::Edit(Edit::Text(
        Field::Name(Lang::En),
        "Riverside Massage".into(),
    )));
    // The sample's Spanish name is both a sample and older than the English.
    assert!(
        notes_at(&renamed, Field::Name(Lang::Es))[0]
            .text
            .contains("Spanish: still the sample name"),
        "{:?}",
        renamed.notes
    );
    // An article's English changed: its translations were made from the old English.
    let edited = renamed.change(Change::Edit(Edit::Text(
        Field::Title(1, Lang::En),
        "What is sciatica, and what helps".into(),
    )));
    let stale = notes_at(&edited, Field::Title(1, Lang::Es));
    assert_eq!(stale.len(), 1, "{:?}", edited.notes);
    assert!(
        stale[0]
            .text
            .starts_with("Spanish: not translated since the English changed"),
        "{}",
        stale[0].text
    );
    assert!(notes_at(&edited, Field::Title(1, Lang::Vi))[0]
        .text
        .starts_with("Vietnamese: not translated since the English changed"));
    // Translated again: no longer named. Kept as it is: neither.
    let translated = edited.change(Change::Edit(Edit::Text(
        Field::Title(1, Lang::Es),
        "¿Qué es la ciática y qué ayuda?".into(),
    )));
    assert!(notes_at(&translated, Field::Title(1, Lang::Es)).is_empty());
    let kept = translated.change(Change::Edit(Edit::KeepTranslation(Field::Title(
        1,
        Lang::Vi,
    ))));
    assert!(notes_at(&kept, Field::Title(1, Lang::Vi)).is_empty());
    // Which languages are ready.
    let langs = massage_guide::setup::notes::languages(&edited.draft, &edited.notes);
    let es = &langs.iter().find(|(l, _)| *l == Lang::Es).unwrap().1;
    assert!(!es.ready());
    assert_eq!(es.to_check.len(), 2, "{es:?}");
    // The kept draft remembers what each translation was made from.
    let again = Draft::from_saved(&edited.draft.to_saved()).unwrap();
    assert_eq!(again, edited.draft);
}

#[test]
fn the_sample_name_and_sample_articles_without_links_are_named() {
    let form = default_form();
    assert!(notes_at(&form, Field::Name(Lang::En))[0]
        .text
        .contains("\u{201c}Your massage clinic\u{201d} is the sample name"));
    for i in 0..form.draft.articles.len() {
        assert!(
            notes_at(&form, Field::ArticleUrl(i))[0]
                .text
                .starts_with("A sample article with no link"),
            "{i}"
        );
    }
    let linked = form.change(Change::Edit(Edit::Text(
        Field::ArticleUrl(0),
        "https://riversidemassage.com/blog/medical".into(),
    )));
    assert!(notes_at(&linked, Field::ArticleUrl(0)).is_empty());
}

#[test]
fn a_link_without_https_gets_it_and_a_file_of_the_site_does_not() {
    use massage_guide::setup::edit::with_https;
    assert_eq!(
        with_https("riversidemassage.com/book").as_deref(),
        Some("https://riversidemassage.com/book")
    );
    assert_eq!(
        with_https("www.example.org").as_deref(),
        Some("https://www.example.org")
    );
    for fine in [
        "/book",
        "https://x.example/book",
        "sciatica.html",
        "logo.svg",
        "blog/sciatica",
        "",
        "mailto:a@b.c",
    ] {
        assert_eq!(with_https(fine), None, "{fine}");
    }
    let form = default_form().change(Change::Edit(Edit::Text(
        Field::BookingUrl,
        "riversidemassage.com/book".into(),
    )));
    let note = notes_at(&form, Field::BookingUrl)[0].clone();
    assert!(
        note.text
            .contains("the guide links to https://riversidemassage.com/book"),
        "{}",
        note.text
    );
    // The file never carries it as a page of the clinic's own site.
    assert!(form
        .draft
        .to_json()
        .contains(r#""booking_url": "https://riversidemassage.com/book""#));
    let fixed = form.change(Change::Edit(note.fix.unwrap().edit));
    assert_eq!(fixed.draft.booking_url, "https://riversidemassage.com/book");
    assert!(notes_at(&fixed, Field::BookingUrl).is_empty());
}

#[test]
fn a_time_zone_written_est_gets_a_plain_suggestion() {
    let form = default_form().change(Change::Edit(Edit::ShowHours(Some(
        "America/Chicago".into(),
    ))));
    assert_eq!(
        form.draft.time_zone, "America/Chicago",
        "starts at the browser's own"
    );
    assert_eq!(form.draft.hours[0], "09:00-17:00");
    assert_eq!(form.draft.hours[6], "closed");
    let est = form.change(Change::Edit(Edit::Text(Field::TimeZone, "EST".into())));
    let note = notes_at(&est, Field::TimeZone);
    assert_eq!(note.len(), 1, "{:?}", est.notes);
    assert!(
        note[0]
            .text
            .contains("For US Eastern time, choose America/New_York"),
        "{}",
        note[0].text
    );
    let fixed = est.change(Change::Edit(note[0].fix.clone().unwrap().edit));
    assert_eq!(fixed.draft.time_zone, "America/New_York");
    assert!(notes_at(&fixed, Field::TimeZone).is_empty());
    // A city as people write it gets the zone named after it.
    let city = form.change(Change::Edit(Edit::Text(Field::TimeZone, "new york".into())));
    let note = notes_at(&city, Field::TimeZone);
    assert_eq!(
        note[0].fix.clone().unwrap().edit,
        Edit::Text(Field::TimeZone, "America/New_York".into()),
        "{}",
        note[0].text
    );
    // Taken off: no hours, no zone, and it can be undone.
    let off = fixed.change(Change::Edit(Edit::ShowHours(None)));
    assert_eq!(off.draft.time_zone, "");
    assert!(off.undo.is_some());
    assert_eq!(off.change(Change::Undo).draft, fixed.draft);
}

#[test]
fn opening_hours_are_edited_as_times_with_closed() {
    use massage_guide::setup::hours::{change_day, HoursEdit};
    assert_eq!(
        change_day("09:00-17:00", &HoursEdit::Opens(0, "08:30".into())),
        "08:30-17:00"
    );
    assert_eq!(
        change_day("9:00-17:00", &HoursEdit::Closes(0, "18:00".into())),
        "09:00-18:00"
    );
    assert_eq!(
        change_day("09:00-17:00", &HoursEdit::Closed(true)),
        "closed"
    );
    assert_eq!(
        change_day("closed", &HoursEdit::Closed(false)),
        "09:00-17:00"
    );
    assert_eq!(
        change_day("09:00-17:00", &HoursEdit::AddBreak),
        "09:00-12:00, 13:00-17:00"
    );
    assert_eq!(
        change_day("09:00-12:00, 13:00-17:00", &HoursEdit::RemoveBreak),
        "09:00-17:00"
    );
    // A time being typed is named in plain words on its day.
    let form = default_form()
        .change(Change::Edit(Edit::ShowHours(Some(
            "America/Chicago".into(),
        ))))
        .change(Change::Edit(Edit::Hours(
            1,
            HoursEdit::Closes(0, "".into()),
        )));
    assert_eq!(
        notes_at(&form, Field::Hours(1))[0].text,
        "Give both an opening and a closing time, or tick Closed."
    );
    let form = form.change(Change::Edit(Edit::Hours(
        1,
        HoursEdit::Closes(0, "08:00".into()),
    )));
    assert_eq!(
        notes_at(&form, Field::Hours(1))[0].text,
        "The closing time must be after the opening time."
    );
}

#[test]
fn starting_a_new_clinic_and_removing_an_article_can_be_undone() {
    let form = default_form().change(Change::Edit(Edit::Text(
        Field::Name(Lang::En),
        "Riverside Massage".into(),
    )));
    let new = form.change(Change::NewClinic);
    assert_eq!(new.draft, Draft::new_clinic());
    assert_eq!(new.undo.as_ref().unwrap().said, "Started a new clinic.");
    assert_eq!(new.change(Change::Undo).draft, form.draft);
    let removed = form.change(Change::Edit(Edit::RemoveArticle(1)));
    assert_eq!(
        removed.undo.as_ref().unwrap().said,
        "Removed the article \u{201c}What Is Sciatica?\u{201d}."
    );
    let back = removed.change(Change::Undo);
    assert_eq!(back.draft, form.draft);
    assert_eq!(back.undo, None);
    // An edit that loses nothing keeps the last Undo offered.
    let typed = removed.change(Change::Edit(Edit::Text(
        Field::Phone,
        "212-555-0100".into(),
    )));
    assert!(typed.undo.is_some());
}

#[test]
fn guide_problems_are_said_in_plain_words_beside_their_field() {
    let form = default_form()
        .change(Change::Edit(Edit::Text(Field::Phone, "call us".into())))
        .change(Change::Edit(Edit::Text(Field::Accent, "navy blue".into())));
    let phone = notes_at(&form, Field::Phone);
    assert!(
        phone[0].text.starts_with("A phone number has only digits"),
        "{}",
        phone[0].text
    );
    // A colour's name: its code offered.
    let accent = notes_at(&form, Field::Accent)[0].clone();
    assert!(
        accent.text.contains("the guide needs its code, #000080"),
        "{}",
        accent.text
    );
    let fixed = form.change(Change::Edit(accent.fix.unwrap().edit));
    assert_eq!(fixed.draft.accent, "#000080");
    assert!(notes_at(&fixed, Field::Accent).is_empty());
    let typo = form.change(Change::Edit(Edit::Text(Field::Accent, "#12".into())));
    assert!(notes_at(&typo, Field::Accent)[0]
        .text
        .contains("colour button"));
    for note in &form.notes {
        for developer in ["http(s)", "relative URL", "#rrggbb", "IANA", "must be", "`"] {
            assert!(!note.text.contains(developer), "{developer}: {}", note.text);
        }
    }
}

#[test]
fn the_colour_visitors_see_is_the_stylesheets() {
    use massage_guide::setup::theme::{parse_hex, visitor_colour, what_visitors_see};
    // Dark enough already: as it is.
    assert_eq!(
        visitor_colour(parse_hex("#17695c").unwrap(), false),
        "#17695c"
    );
    // Too pale for white text: the darker shade the stylesheet draws with.
    let shade = visitor_colour(parse_hex("#7fd3c4").unwrap(), false);
    assert_ne!(shade, "#7fd3c4");
    let (light, dark, words) = what_visitors_see("#7fd3c4", "#17695c", true);
    assert_eq!(light, shade);
    assert!(dark.is_some());
    assert!(words.starts_with("Too pale for white text"), "{words}");
    assert!(!words.contains("AA") && !words.contains("4.5"));
}

#[test]
fn the_guide_address_is_checked_in_plain_words() {
    use massage_guide::setup::check_guide_address;
    assert!(check_guide_address("http://localhost:8080/")
        .unwrap()
        .contains("your own computer"));
    assert!(check_guide_address("http://127.0.0.1:8080/guide/")
        .unwrap()
        .contains("your own computer"));
    assert!(check_guide_address("riversidemassage.com/guide")
        .unwrap()
        .contains("Did you mean https://riversidemassage.com/guide?"));
    assert!(check_guide_address("http://riversidemassage.com/guide/")
        .unwrap()
        .contains("https://"));
    assert_eq!(
        check_guide_address("https://riversidemassage.com/guide/"),
        None
    );
    assert_eq!(check_guide_address("/guide/"), None);
    // No snippet from an address that reads as a folder of the page.
    assert!(massage_guide::setup::snippet(
        "riversidemassage.com/guide",
        None,
        "706-286-8344",
        None,
        Lang::En
    )
    .is_err());
}

#[test]
fn the_preview_of_an_article_is_a_result_that_lists_it() {
    use massage_guide::guide::{rank_articles, recommend, Outcome};
    use massage_guide::setup::Shown;
    let draft = Draft::import(DEFAULT_CLINIC_JSON).0;
    let clinic = Clinic::from_json(&draft.to_json()).0;
    for (i, article) in clinic.articles.iter().enumerate() {
        let visit = Shown::Article(i).visit(&draft).unwrap();
        let outcome = recommend(&visit.answers, &[]).outcome;
        assert!(
            matches!(outcome, Outcome::MedicalMassage | Outcome::GeneralMassage),
            "{i}: {outcome:?}"
        );
        let picks = rank_articles(&visit.answers, &clinic.articles);
        assert!(
            picks.iter().any(|p| p.article.title.en == article.title.en),
            "article {i} is listed"
        );
    }
    assert_eq!(Shown::for_field(Field::Hours(2)), Some(Shown::CallBox));
    assert_eq!(
        Shown::for_field(Field::ArticleUrl(3)),
        Some(Shown::Article(3))
    );
    // "Start at" always has what is shown among its choices.
    assert!(Shown::Article(3).choices().contains(&Shown::Article(3)));
    assert!(Shown::Walked.choices().contains(&Shown::Walked));
}

#[test]
fn services_languages_address_logo_and_the_bar_are_fields_of_the_form() {
    use massage_guide::guide::Outcome;
    let form = default_form()
        .change(Change::Edit(Edit::AddService))
        .change(Change::Edit(Edit::Text(
            Field::ServiceName(0, Lang::En),
            "Medical massage".into(),
        )))
        .change(Change::Edit(Edit::Text(
            Field::ServiceMinutes(0),
            "60".into(),
        )))
        .change(Change::Edit(Edit::Text(
            Field::ServicePrice(0, Lang::En),
            "$95".into(),
        )));
    // A service that suits no result is never shown: named.
    assert!(notes_at(&form, Field::ServiceSuits(0))[0]
        .text
        .starts_with("Tick at least one result"));
    let form = form
        .change(Change::Edit(Edit::Suits(0, Outcome::MedicalMassage, true)))
        .change(Change::Edit(Edit::Offered(Lang::Vi, false)))
        .change(Change::Edit(Edit::Staff(Lang::Es, true)))
        .change(Change::Edit(Edit::Staff(Lang::En, true)))
        .change(Change::Edit(Edit::Text(
            Field::Address(Lang::En),
            "12 Main St, Dalton, GA".into(),
        )))
        .change(Change::Edit(Edit::Text(
            Field::LogoUrl,
            "riversidemassage.com/logo.png".into(),
        )))
        .change(Change::Edit(Edit::Text(
            Field::LogoAlt(Lang::En),
            "Riverside Massage".into(),
        )))
        .change(Change::Edit(Edit::HideBar(true)));
    assert!(notes_at(&form, Field::ServiceSuits(0)).is_empty());
    let (clinic, problems) = Clinic::from_json(&form.draft.to_json());
    assert_eq!(problems, vec![], "{}", form.draft.to_json());
    assert_eq!(clinic.services[0].minutes, Some(60));
    assert_eq!(clinic.services[0].suits, [Outcome::MedicalMassage]);
    assert_eq!(clinic.languages, [Lang::En, Lang::Es]);
    assert_eq!(
        clinic.staff_languages,
        [Lang::En, Lang::Es],
        "in the guide's order"
    );
    assert_eq!(clinic.address.unwrap().en, "12 Main St, Dalton, GA");
    assert_eq!(
        clinic.logo.unwrap().url,
        "https://riversidemassage.com/logo.png"
    );
    assert!(clinic.theme.no_bar);
    // Every language offered again is the guide's default: not written.
    let all = form.change(Change::Edit(Edit::Offered(Lang::Vi, true)));
    assert!(!all.draft.to_json().contains("\"languages\""));
    // Minutes that are not a number, in plain words on their field; a service removed, undone.
    let typed = form.change(Change::Edit(Edit::Text(
        Field::ServiceMinutes(0),
        "an hour".into(),
    )));
    assert_eq!(
        notes_at(&typed, Field::ServiceMinutes(0))[0].text,
        "Write how long it lasts in minutes, from 5 to 480, such as 60."
    );
    let removed = form.change(Change::Edit(Edit::RemoveService(0)));
    assert_eq!(
        removed.undo.as_ref().unwrap().said,
        "Removed the service \u{201c}Medical massage\u{201d}."
    );
    assert_eq!(removed.change(Change::Undo).draft, form.draft);
    // A service without its results is named on them, not on its name.
    let (_, problems) = Clinic::from_json(r#"{"services": [{"name": "Massage"}]}"#);
    assert_eq!(
        Field::from_path(&problems[0].field),
        Some(Field::ServiceSuits(0))
    );
}

#[test]
fn the_number_the_guide_comes_with_is_named_until_changed() {
    let form = default_form();
    assert!(
        notes_at(&form, Field::Phone)[0]
            .text
            .contains("is the number the guide comes with"),
        "{:?}",
        notes_at(&form, Field::Phone)
    );
    // Written another way, it is still the same number.
    let same = form.change(Change::Edit(Edit::Text(
        Field::Phone,
        "+1 706 286 8344".into(),
    )));
    assert_eq!(notes_at(&same, Field::Phone).len(), 1);
    let own = form.change(Change::Edit(Edit::Text(
        Field::Phone,
        "706-555-0142".into(),
    )));
    assert!(notes_at(&own, Field::Phone).is_empty());
}
