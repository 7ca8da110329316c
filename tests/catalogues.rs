//! The catalogues: every key in both languages, with the same placeholders, and every key the
//! code uses present.

use massage_guide::guide::explainer::{COMPARISON, EXPLAINER_INTRO, EXPLAINER_OUTRO};
use massage_guide::guide::recommend::{Outcome, NOTE_RULES};
use massage_guide::guide::safety::{SignGroup, SAFETY_RULES};
use massage_guide::guide::{
    Answers, BodyRegion, Check, Condition, Goal, PainDuration, PainPattern, SafetySign,
};
use massage_guide::i18n::{placeholders, t, Lang, Message};
use std::collections::{BTreeMap, BTreeSet};

fn catalogue(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    let entries = lang.catalogue();
    let map: BTreeMap<_, _> = entries.iter().copied().collect();
    assert_eq!(map.len(), entries.len(), "{lang:?} has a key twice");
    map
}

#[test]
fn both_catalogues_have_the_same_keys_and_placeholders() {
    let en = catalogue(Lang::En);
    let es = catalogue(Lang::Es);
    let en_keys: BTreeSet<_> = en.keys().collect();
    let es_keys: BTreeSet<_> = es.keys().collect();
    assert_eq!(en_keys, es_keys, "keys differ between English and Spanish");
    for (key, text) in &en {
        let mut a = placeholders(text);
        let mut b = placeholders(es[key]);
        a.sort();
        b.sort();
        assert_eq!(a, b, "placeholders of {key} differ");
        assert!(
            !text.trim().is_empty() && !es[key].trim().is_empty(),
            "{key} is empty"
        );
    }
}

#[test]
fn every_key_the_code_uses_exists() {
    let en = catalogue(Lang::En);
    let mut used: Vec<&str> = Vec::new();
    used.extend(BodyRegion::ALL.iter().map(|v| v.key()));
    used.extend(PainDuration::ALL.iter().map(|v| v.key()));
    used.extend(PainPattern::ALL.iter().map(|v| v.key()));
    used.extend(Condition::ALL.iter().map(|v| v.key()));
    used.extend(Goal::ALL.iter().map(|v| v.key()));
    used.extend(SafetySign::ALL.iter().map(|v| v.key()));
    used.extend(SAFETY_RULES.iter().map(|r| r.reason));
    used.extend(NOTE_RULES.iter().map(|r| r.note));
    used.extend(
        massage_guide::guide::articles::ARTICLE_RULES
            .iter()
            .map(|r| r.why),
    );
    for row in COMPARISON {
        used.extend([row.topic, row.medical, row.general]);
    }
    used.extend(EXPLAINER_INTRO);
    used.push(EXPLAINER_OUTRO);
    used.extend(Check::ALL.iter().map(|v| v.key()));
    used.extend(SignGroup::ALL.iter().map(|g| g.key()));
    let no_pain = Answers::default();
    let mut pain = Answers::default();
    pain.toggle_region(BodyRegion::Neck);
    for outcome in Outcome::ALL {
        used.extend([
            outcome.title_key(),
            outcome.summary_key(&no_pain),
            outcome.summary_key(&pain),
        ]);
    }
    for key in used {
        assert!(en.contains_key(key), "{key} is not in the catalogues");
    }
}

#[test]
fn language_tags_are_negotiated_in_order() {
    assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::negotiate(["fr", "es-419", "en"]), Lang::Es);
    assert_eq!(Lang::negotiate(["de"]), Lang::En);
}

#[test]
fn messages_fill_their_placeholders_in_each_language() {
    let m = Message::new("reason.conditions")
        .with_keys("list", vec!["condition.diabetes", "condition.arthritis"]);
    assert_eq!(
        m.render(Lang::En),
        "You have a condition medical massage therapists treat: diabetes, arthritis."
    );
    assert_eq!(
        m.render(Lang::Es),
        "Tiene una afección que tratan los terapeutas de masaje médico: diabetes, artritis."
    );
    assert_eq!(t(Lang::Es, "no.such.key"), "\u{2026}");
}

/// Every string literal in the code that looks like a catalogue key (its first part is one of
/// the catalogue's sections) must be in the catalogues: a typo would show "…" to a visitor.
#[test]
fn every_key_named_in_the_source_exists() {
    let en = catalogue(Lang::En);
    let sections: BTreeSet<&str> = en.keys().filter_map(|k| k.split('.').next()).collect();
    let mut files = vec![std::path::PathBuf::from("src")];
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.starts_with("src/i18n") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for literal in source.split('"').skip(1).step_by(2) {
            let Some((section, rest)) = literal.split_once('.') else {
                continue;
            };
            // A literal ending in '.' is a prefix that `concat!` completes (checked above).
            let looks_like_key = sections.contains(section)
                && !rest.is_empty()
                && !rest.ends_with('.')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
            if looks_like_key {
                checked += 1;
                assert!(
                    en.contains_key(literal),
                    "{}: {literal:?} is not in the catalogues",
                    path.display()
                );
            }
        }
    }
    assert!(checked > 100, "only {checked} keys found in the source");
}

/// Option labels are lowercased inside sentences ("… mention arthritis, diabetes") with ASCII
/// lowercasing: Unicode lowercasing would add its tables to every visitor's download.
#[test]
fn option_labels_lowercase_the_same_in_ascii() {
    for lang in [Lang::En, Lang::Es] {
        for (key, text) in catalogue(lang) {
            let listed = [
                "sign.",
                "region.",
                "pattern.",
                "condition.",
                "goal.",
                "duration.",
            ];
            if listed.iter().any(|prefix| key.starts_with(prefix)) {
                assert_eq!(
                    text.to_ascii_lowercase(),
                    text.to_lowercase(),
                    "{lang:?} {key} has an uppercase letter outside ASCII"
                );
            }
        }
    }
}
