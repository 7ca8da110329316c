//! Generates `Key`, one variant per text of the English catalogue (`assets/i18n/en.json`), and
//! the English texts themselves: a misspelt or missing key fails to compile, and a lookup is an
//! array index. The other languages are data files with the same keys (tests/catalogues.rs).
//! Also `Lang`, one variant per catalogue file (`assets/i18n/<code>.json`): the one list of the
//! languages the build carries; the body figure's drawing (`assets/body-figure.json`) as a
//! table of paths; and the built-in clinic, `assets/clinic.json` without its articles, so that no
//! clinic is written in code.

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
    let mut ends = String::new();
    let mut constants = String::new();
    let mut seen = std::collections::BTreeSet::new();
    for (key, value) in &texts {
        let text = value
            .as_str()
            .unwrap_or_else(|| panic!("{key}: a text was expected"));
        let variant = variant(key);
        assert!(
            variant.chars().all(|c| c.is_ascii_alphanumeric()) && seen.insert(variant.clone()),
            "{key}: keys are lowercase words joined by '.' and '-', each a distinct name"
        );
        let _ = writeln!(variants, "    {variant},");
        let _ = writeln!(all, "        Key::{variant},");
        let _ = writeln!(names, "    {key:?},");
        english.push_str(text);
        let _ = writeln!(ends, "    {},", english.len());
        let id = key.split_once('.').map_or(key.as_str(), |(_, id)| id);
        let _ = writeln!(constants, "    pub const {variant}: &str = {id:?};");
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
         /// Each key's name without its first part, by the key's variant (`flag.chest-pain` is\n\
         /// `chest-pain`): a value's id is its key's (`Condition::id`), and only the ids so used\n\
         /// are in the WebAssembly.\n\
         #[allow(non_upper_case_globals)]\n\
         pub mod key_id {{\n{constants}}}\n\n\
         /// The English texts, built in, one after the other in `Key` order: a text is\n\
         /// `ENGLISH[ENGLISH_ENDS[i - 1]..ENGLISH_ENDS[i]]` (offsets, not a `&str` each: an\n\
         /// address and a length per text would be 8 bytes that compress poorly).\n\
         const ENGLISH: &str = {english:?};\n\n\
         /// Where each English text ends in `ENGLISH`.\n\
         const ENGLISH_ENDS: [u16; {count}] = [\n{ends}];\n"
    );
    assert!(
        english.len() <= usize::from(u16::MAX),
        "the English texts outgrew the u16 offsets of ENGLISH_ENDS: make them u32"
    );
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue.rs");
    fs::write(out, code).expect("write the generated catalogue");
    languages(&texts);
    figure();
    builtin_clinic();
}

/// `assets/clinic.json` without its articles (and its notes, keys starting with `_`), compact:
/// what a guide shows while its configuration loads or when it cannot be read. The articles stay
/// out to keep the WebAssembly small; the guide reads this text with the configuration's own reader.
fn builtin_clinic() {
    let source = "assets/clinic.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("assets/clinic.json");
    let mut clinic: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).expect("assets/clinic.json is a JSON object");
    clinic.retain(|key, _| key != "articles" && !key.starts_with('_'));
    let json = serde_json::to_string(&clinic).expect("a JSON object writes");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("builtin_clinic.json");
    fs::write(out, json).expect("write the built-in clinic");
}

/// A name in Rust's case for a key or a code: "safety.reason.chest-pain" -> SafetyReasonChestPain.
fn variant(key: &str) -> String {
    key.split(['.', '-'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// `Lang` from the files of `assets/i18n/`: `vi.json` is the language `vi`, variant `Vi`, named
/// on the switcher by the English catalogue's `lang.vi` (each catalogue gives every language's
/// name, in that language's own words). English first (it is built in and the default), then
/// the others by code.
fn languages(english: &serde_json::Map<String, serde_json::Value>) {
    let dir = "assets/i18n";
    // A directory: a catalogue added or removed runs this again.
    println!("cargo:rerun-if-changed={dir}");
    let mut codes: Vec<String> = fs::read_dir(dir)
        .expect("assets/i18n")
        .map(|entry| entry.expect("assets/i18n").file_name())
        .filter_map(|name| Some(name.to_str()?.strip_suffix(".json")?.to_string()))
        .collect();
    codes.sort_by_key(|code| (code != "en", code.clone()));
    assert!(
        codes.first().is_some_and(|code| code == "en"),
        "assets/i18n/en.json, the built-in English, is required"
    );
    let (mut variants, mut all, mut code_list, mut names) =
        (String::new(), String::new(), String::new(), String::new());
    for code in &codes {
        // The file name is the language's primary subtag, as `lang` attributes and browsers
        // give it (`Lang::from_tag` reads `es-MX` as `es`).
        assert!(
            (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()),
            "assets/i18n/{code}.json: a catalogue is named by its language's code, two or three \
             lowercase letters (en, es, vi)"
        );
        let key = format!("lang.{code}");
        assert!(
            english.get(&key).is_some_and(|name| name.is_string()),
            "assets/i18n/{code}.json: every catalogue needs \"{key}\", the language's name in its \
             own words (en.json first)"
        );
        let default = if code == "en" { "    #[default]\n" } else { "" };
        let _ = writeln!(variants, "{default}    {},", variant(code));
        let _ = writeln!(all, "        Lang::{},", variant(code));
        let _ = writeln!(code_list, "        {code:?},");
        let _ = writeln!(names, "        Key::{},", variant(&key));
    }
    let count = codes.len();
    let code = format!(
        "/// A language the guide speaks: one per catalogue, `assets/i18n/<code>.json`.\n\
         #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\n\
         pub enum Lang {{\n{variants}}}\n\n\
         impl Lang {{\n\
         \x20   /// The languages the build carries, English first: `Lang::ALL[lang as usize] == lang`.\n\
         \x20   pub const ALL: &'static [Lang] = &[\n{all}    ];\n\n\
         \x20   /// Their codes (the catalogues' file names), in `Lang` order.\n\
         \x20   const CODES: [&'static str; {count}] = [\n{code_list}    ];\n\n\
         \x20   /// The key of each one's name (`lang.<code>`), in `Lang` order.\n\
         \x20   const NAME_KEYS: [Key; {count}] = [\n{names}    ];\n\
         }}\n"
    );
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("languages.rs");
    fs::write(out, code).expect("write the generated languages");
}

/// The drawing is data, read at build time: `"front": {"left-arm": "arm mirrored"}` ->
/// `(true, "left-arm", <the arm's path>, true)`, so the WebAssembly carries each shape once and
/// no code to read them.
fn figure() {
    let source = "assets/body-figure.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("assets/body-figure.json");
    let drawing: serde_json::Value =
        serde_json::from_str(&text).expect("assets/body-figure.json is JSON");
    let object = |key: &str| {
        drawing[key]
            .as_object()
            .unwrap_or_else(|| panic!("body-figure.json: \"{key}\" is an object"))
    };
    let shapes = object("shapes");
    let mut rows = String::new();
    let mut count = 0;
    for (front, side) in [(true, "front"), (false, "back")] {
        for (part, shape) in object(side) {
            let shape = shape.as_str().unwrap_or_default();
            let (name, mirrored) = match shape.strip_suffix(" mirrored") {
                Some(name) => (name, true),
                None => (shape, false),
            };
            let path = shapes
                .get(name)
                .and_then(|path| path.as_str())
                .unwrap_or_else(|| panic!("body-figure.json: {side} {part}: no shape \"{name}\""));
            let _ = writeln!(rows, "    ({front}, {part:?}, {path:?}, {mirrored}),");
            count += 1;
        }
    }
    let code = format!(
        "/// Each part of the drawing: front figure or back, the part (a region's id, or `body`),\n\
         /// its SVG path in the 120 x 280 drawing, and whether it is drawn flipped left to right.\n\
         pub const PATHS: [(bool, &str, &str, bool); {count}] = [\n{rows}];\n"
    );
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("figure.rs");
    fs::write(out, code).expect("write the generated figure");
}
