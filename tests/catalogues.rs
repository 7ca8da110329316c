//! The catalogues are data files (`assets/i18n/<lang>.json`): every language has exactly the
//! English keys, with the same placeholders. (A key the code names and the English file lacks
//! does not compile: `Key` is generated from the file by build.rs.)

use massage_guide::i18n::{placeholders, t, Key, Lang, Message, KEY_NAMES};
use std::collections::BTreeSet;

/// A catalogue file as written: (key, text) pairs in file order.
fn catalogue(lang: Lang) -> Vec<(String, String)> {
    let path = format!("assets/i18n/{}.json", lang.code());
    let text = std::fs::read_to_string(&path).expect(&path);
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).expect(&path);
    map.into_iter()
        .map(|(k, v)| (k, v.as_str().expect("texts are strings").to_string()))
        .collect()
}

#[test]
fn every_language_has_the_english_keys_and_placeholders() {
    let en = catalogue(Lang::En);
    let en_keys: BTreeSet<&str> = en.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(en_keys.len(), KEY_NAMES.len());
    for lang in Lang::ALL {
        let other = catalogue(*lang);
        let keys: BTreeSet<&str> = other.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, en_keys, "{lang:?}: keys differ from English");
        for (key, english) in &en {
            let text = &other.iter().find(|(k, _)| k == key).unwrap().1;
            let mut a = placeholders(english);
            let mut b = placeholders(text);
            a.sort();
            b.sort();
            assert_eq!(a, b, "{lang:?}: placeholders of {key} differ");
            assert!(!text.trim().is_empty(), "{lang:?}: {key} is empty");
        }
    }
}

#[test]
fn every_language_reads_its_own_catalogue() {
    for lang in Lang::ALL {
        for (key, text) in catalogue(*lang) {
            let index = KEY_NAMES.iter().position(|k| *k == key).unwrap();
            assert_eq!(t(*lang, Key::ALL[index]), text, "{lang:?} {key}");
        }
    }
}

/// `Lang` is generated from the files of `assets/i18n/` (build.rs): one language per
/// catalogue, English first, each named by its code and by its catalogues' `lang.<code>`.
#[test]
fn the_languages_are_the_catalogue_files() {
    let mut files: Vec<String> = std::fs::read_dir("assets/i18n")
        .expect("assets/i18n")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".json")?.to_string())
        })
        .collect();
    files.sort_by_key(|code| (code != "en", code.clone()));
    let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    assert_eq!(codes, files);
    for (index, lang) in Lang::ALL.iter().enumerate() {
        assert_eq!(
            *lang as usize, index,
            "{lang:?}: Lang::ALL is in Lang order"
        );
        assert_eq!(Lang::from_code(lang.code()), Some(*lang));
        assert_eq!(
            KEY_NAMES[lang.name_key() as usize],
            format!("lang.{}", lang.code())
        );
    }
    assert_eq!(Lang::default(), Lang::En);
}

#[test]
fn language_tags_are_negotiated_in_order() {
    assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
    // (Private-use tags: no catalogue can be named `x`, so these stay foreign whatever
    // languages are added.)
    assert_eq!(Lang::from_tag("x-klingon"), None);
    assert_eq!(Lang::negotiate(["x-klingon", "es-419", "en"]), Lang::Es);
    assert_eq!(Lang::negotiate(["x-elvish"]), Lang::En);
}

#[test]
fn messages_fill_their_placeholders_in_each_language() {
    let m = Message::new(Key::ReasonConditions).with_keys(
        "list",
        vec![Key::ConditionDiabetes, Key::ConditionArthritis],
    );
    assert_eq!(
        m.render(Lang::En),
        "You have a condition medical massage therapists treat: diabetes, arthritis."
    );
    assert_eq!(
        m.render(Lang::Es),
        "Tiene una afección que tratan los terapeutas de masaje médico: diabetes, artritis."
    );
}

/// Placeholders are filled in one pass: text that came from a clinic, with a placeholder's
/// name in it, is shown as typed, and a brace that is not a placeholder stays.
#[test]
fn a_value_is_never_read_for_placeholders() {
    let m = Message::new(Key::AppEmergency).with("number", "{number} 1{2}");
    assert_eq!(
        m.render(Lang::En),
        t(Lang::En, Key::AppEmergency).replace("{number}", "{number} 1{2}")
    );
    let unfilled = Message::new(Key::AppEmergency).render(Lang::En);
    assert!(unfilled.contains("{number}"), "{unfilled}");
}

/// Option labels are lowercased inside sentences ("… mention arthritis, diabetes") with ASCII
/// lowercasing: Unicode lowercasing would add its tables to every visitor's download.
#[test]
fn option_labels_lowercase_the_same_in_ascii() {
    let listed = [
        "flag.",
        "region.",
        "pattern.",
        "condition.",
        "goal.",
        "duration.",
    ];
    for lang in Lang::ALL {
        for (key, text) in catalogue(*lang) {
            if listed.iter().any(|prefix| key.starts_with(prefix)) {
                let first: String = text.chars().take(1).collect();
                assert_eq!(
                    first.to_ascii_lowercase(),
                    first.to_lowercase(),
                    "{lang:?} {key} starts with an uppercase letter outside ASCII"
                );
            }
        }
    }
}

/// A catalogue ships as the list of its texts in `Key` order (tools/post-build.mjs writes it
/// from the file): read by position, refused whole when it is not one text per key.
#[test]
fn a_shipped_catalogue_is_its_texts_in_key_order() {
    use massage_guide::i18n::install_catalogue;
    let spanish = catalogue(Lang::Es);
    let list: Vec<&str> = KEY_NAMES
        .iter()
        .map(|key| spanish.iter().find(|(k, _)| k == key).unwrap().1.as_str())
        .collect();
    let values: Vec<serde_json::Value> = list.iter().map(|&text| text.into()).collect();
    for (wrong, why) in [
        (r#"{"start.title": "Hola"}"#.to_string(), "an object"),
        (r#"["Hola"]"#.to_string(), "too short"),
        (
            serde_json::to_string(&[&list[..], &["extra"]].concat()).unwrap(),
            "too long",
        ),
        (
            serde_json::to_string(&[&[1.into()], &values[1..]].concat()).unwrap(),
            "a number",
        ),
    ] {
        let problem = install_catalogue(Lang::Vi, &wrong).expect_err(why);
        assert!(problem.contains("list of the guide's"), "{why}: {problem}");
    }
    // Installed as Vietnamese here (each test thread has its own catalogues), to tell the
    // list apart from the file the tests read natively.
    install_catalogue(Lang::Vi, &serde_json::to_string(&list).unwrap()).unwrap();
    for key in Key::ALL {
        assert_eq!(t(Lang::Vi, key), t(Lang::Es, key), "{key:?}");
    }
    assert_ne!(t(Lang::Vi, Key::StartTitle), t(Lang::En, Key::StartTitle));
}

/// A value's id is its key without the prefix (`flag.chest-pain` is `chest-pain`), written by
/// build.rs: each value's key is `<its enum's prefix>.<its id>`, and no two ids of a kind are alike.
#[test]
fn each_value_is_named_by_its_key() {
    use massage_guide::guide::{BodyRegion, Condition, Flag, Goal, PainDuration, PainPattern};
    fn check<T: Copy + std::fmt::Debug>(
        all: &[T],
        prefix: &str,
        key: fn(T) -> Key,
        id: fn(T) -> &'static str,
    ) {
        let mut ids = BTreeSet::new();
        for &value in all {
            assert_eq!(
                KEY_NAMES[key(value) as usize],
                format!("{prefix}.{}", id(value)),
                "{value:?}"
            );
            assert!(ids.insert(id(value)), "{value:?}: an id twice");
        }
    }
    check(
        BodyRegion::ALL,
        BodyRegion::PREFIX,
        BodyRegion::key,
        BodyRegion::id,
    );
    check(
        PainDuration::ALL,
        PainDuration::PREFIX,
        PainDuration::key,
        PainDuration::id,
    );
    check(
        PainPattern::ALL,
        PainPattern::PREFIX,
        PainPattern::key,
        PainPattern::id,
    );
    check(
        Condition::ALL,
        Condition::PREFIX,
        Condition::key,
        Condition::id,
    );
    check(Goal::ALL, Goal::PREFIX, Goal::key, Goal::id);
    check(Flag::ALL, Flag::PREFIX, Flag::key, Flag::id);
}
