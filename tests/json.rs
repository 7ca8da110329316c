//! The small JSON reader: checked against serde_json, the reference, on valid and invalid text.

use massage_guide::json::Json;
use proptest::prelude::*;

#[test]
fn reads_a_configuration_shaped_document() {
    let doc = Json::parse(r#" { "name": "A \"B\" \u00e9\ud83d\ude00", "n": -1.5e3, "list": [true, false, null], "o": {} } "#).unwrap();
    assert_eq!(doc.get("name").and_then(Json::as_str), Some("A \"B\" é😀"));
    assert_eq!(doc.get("n"), Some(&Json::Number("-1.5e3".into())));
    assert_eq!(
        doc.get("list").and_then(Json::as_array).map(<[Json]>::len),
        Some(3)
    );
    assert_eq!(doc.get("o"), Some(&Json::Object(vec![])));
}

#[test]
fn refuses_what_is_not_json_and_says_where() {
    for (text, message) in [
        ("", "unexpected end of the document"),
        ("{\"a\": 1,}", "expected a \"name\" in an object"),
        ("[01]", "malformed number"),
        ("\"\\x\"", "unknown escape"),
        ("\"\\ud800\"", "unpaired surrogate in \\u escape"),
        ("{} {}", "unexpected text after the document"),
        ("<!doctype html>", "unexpected character; expected a value"),
    ] {
        assert_eq!(Json::parse(text).unwrap_err().message, message, "{text:?}");
    }
    let e = Json::parse("{\n  \"a\": tru\n}").unwrap_err();
    assert_eq!((e.line, e.column), (2, 8));
    let deep = "[".repeat(100) + &"]".repeat(100);
    assert_eq!(Json::parse(&deep).unwrap_err().message, "nested too deeply");
}

#[test]
fn writes_strings_that_read_back() {
    let value = Json::String("line\nbreak \"quoted\" \\ \u{1} tab\t".into());
    assert_eq!(Json::parse(&value.to_string()), Ok(value));
}

fn json_text() -> impl Strategy<Value = String> {
    prop_oneof![
        // Text from JSON's own alphabet, so that many cases are valid or nearly valid.
        proptest::collection::vec(
            proptest::sample::select(vec![
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"a\"",
                "\"\\u00e9\"",
                "1",
                "-0.5e2",
                "true",
                "null",
                " ",
                "\"",
                "\\",
                "01",
                "é"
            ]),
            0..24,
        )
        .prop_map(|parts| parts.concat()),
        ".{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Accepts exactly what serde_json accepts (up to our nesting limit), and reads the same strings.
    #[test]
    fn agrees_with_serde_json(text in json_text()) {
        let ours = Json::parse(&text);
        let reference = serde_json::from_str::<serde_json::Value>(&text);
        // serde_json also refuses numbers beyond f64; the grammar allows them, and we keep
        // numbers as text.
        prop_assume!(!reference.as_ref().is_err_and(|e| e.to_string().contains("out of range")));
        prop_assert_eq!(ours.is_ok(), reference.is_ok(), "{:?}: ours {:?}", text, ours);
        if let (Ok(ours), Ok(reference)) = (ours, reference) {
            // Written back by us, read by serde_json: the same document.
            let again: serde_json::Value = serde_json::from_str(&ours.to_string()).unwrap();
            prop_assert_eq!(again, reference);
        }
    }
}
