//! Generates `Key`, one variant per text of the English catalogue (`assets/i18n/en.json`), and
//! the English texts themselves: a misspelt or missing key fails to compile, and a lookup is an
//! array index. The other languages are data files with the same keys (tests/catalogues.rs).

use std::fmt::Write;
use std::{env, fs, path::Path};

fn main() {
    let source = "assets/i18n/en.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("assets/i18n/en.json");
    let texts: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).expect("assets/i18n/en.json is a JSON object of texts");
    let mut variants = String::new();
    let mut all = String::new();
    let mut names = String::new();
    let mut english = String::new();
    let mut seen = std::collections::BTreeSet::new();
    for (key, value) in &texts {
        let text = value
            .as_str()
            .unwrap_or_else(|| panic!("{key}: a text was expected"));
        // "safety.reason.chest-pain" -> SafetyReasonChestPain
        let variant: String = key
            .split(['.', '-'])
            .map(|part| {
                let mut chars = part.chars();
                chars.next().map_or(String::new(), |first| {
                    first.to_ascii_uppercase().to_string() + chars.as_str()
                })
            })
            .collect();
        assert!(
            variant.chars().all(|c| c.is_ascii_alphanumeric()) && seen.insert(variant.clone()),
            "{key}: keys are lowercase words joined by '.' and '-', each a distinct name"
        );
        let _ = writeln!(variants, "    {variant},");
        let _ = writeln!(all, "        Key::{variant},");
        let _ = writeln!(names, "    {key:?},");
        let _ = writeln!(english, "    {text:?},");
    }
    let count = texts.len();
    let code = format!(
        "/// A text the visitor can read: one per key of `assets/i18n/en.json`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum Key {{\n{variants}}}\n\n\
         impl Key {{\n\
         \x20   /// Every key, in order: `Key::ALL[key as usize] == key`.\n\
         \x20   pub const ALL: [Key; {count}] = [\n{all}    ];\n\
         }}\n\n\
         /// How many texts a catalogue has.\n\
         pub const KEY_COUNT: usize = {count};\n\n\
         /// The keys as the catalogue files write them, in `Key` order.\n\
         pub const KEY_NAMES: [&str; {count}] = [\n{names}];\n\n\
         /// The English texts, built in, in `Key` order.\n\
         pub const ENGLISH: [&str; {count}] = [\n{english}];\n"
    );
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue.rs");
    fs::write(out, code).expect("write the generated catalogue");
}
