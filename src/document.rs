//! A parsed JSON document, read with serde: the clinic's configuration, saved progress and the
//! catalogues all come through here.
//!
//! In the browser the text is parsed by the browser's own `JSON.parse` and read with
//! `serde-wasm-bindgen`, which leaves serde_json's parser out of the WebAssembly (3.3 KB brotli
//! less; docs/performance.md). Natively (tests, fuzzing, `cargo xtask rules`) it is a
//! `serde_json::Value`. Both read the same derived types with the same paths in their errors.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_path_to_error::{Path, Segment};

/// Where a value was refused, and why.
pub type ReadError = (Path, String);

#[cfg(target_arch = "wasm32")]
pub use browser::Document;
#[cfg(not(target_arch = "wasm32"))]
pub use native::Document;

impl Document {
    /// Parse `text`, refusing it whole if any value is nested too deep (saved progress, a
    /// catalogue: each is the guide's own, so a deep value means it was tampered with).
    pub fn parse(text: &str) -> Result<Document, String> {
        match Document::parse_bounded(text)? {
            (document, cut) if cut.is_empty() => Ok(document),
            (_, cut) => Err(too_deep_at(&cut[0])),
        }
    }
}

/// `value` as JSON text.
pub fn to_text<T: Serialize>(value: &T) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return serde_json::to_string(value).unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    return serde_wasm_bindgen::to_value(value)
        .ok()
        .and_then(|value| js_sys::JSON::stringify(&value).ok())
        .and_then(|text| text.as_string())
        .unwrap_or_default();
}

/// `value` as JSON text indented by two spaces, maps as objects (the setup page's
/// `clinic.json`).
pub fn to_pretty_text<T: Serialize>(value: &T) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return serde_json::to_string_pretty(value).unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    return value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|value| {
            js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &wasm_bindgen::JsValue::NULL,
                &2.into(),
            )
            .ok()
        })
        .and_then(|text| text.as_string())
        .unwrap_or_default();
}

/// How deep a value may be nested: the configuration needs 4 levels (`articles[0].title.es`),
/// saved progress 4. A deeper value is cut before the document is parsed, so no recursive
/// reader or formatter (the glue's debug printer, serde's messages) ever sees it.
pub const MAX_DEPTH: usize = 16;

/// `text` with every value nested deeper than [`MAX_DEPTH`] replaced by `null`, and where each
/// was (`phone`, `articles[2].title`). One pass over the text, no recursion.
pub fn bound_depth(text: &str) -> (std::borrow::Cow<'_, str>, Vec<String>) {
    let bytes = text.as_bytes();
    // The open objects and arrays: the item each is on, as the path writes it (`.key` for an
    // object, the index for an array), and for an array the index.
    let mut levels: Vec<(Option<usize>, String)> = Vec::new();
    let mut bounded = String::new();
    let mut cut = Vec::new();
    let mut more = 0;
    let (mut i, mut from, mut last_string) = (0, 0, (0, 0));
    // The index after the string that starts at `i` (a `"`).
    let skip_string = |mut i: usize| {
        i += 1;
        while i < bytes.len() && bytes[i] != b'"' {
            i += if bytes[i] == b'\\' { 2 } else { 1 };
        }
        i
    };
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let end = skip_string(i);
                last_string = (i + 1, end.min(bytes.len()));
                i = end;
            }
            b':' => {
                if let Some((None, key)) = levels.last_mut() {
                    // The key as written, at most 40 bytes of it.
                    let (start, mut end) = (last_string.0, last_string.1.min(last_string.0 + 40));
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    *key = text.get(start..end).unwrap_or_default().to_string();
                }
            }
            b',' => {
                if let Some((Some(index), _)) = levels.last_mut() {
                    *index += 1;
                }
            }
            b'{' | b'[' if levels.len() == MAX_DEPTH => {
                // Too deep: cut this value to its end, and say where it was.
                let start = i;
                let mut depth = 0;
                while i < bytes.len() {
                    match bytes[i] {
                        b'"' => i = skip_string(i),
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                // The first few are named; a flood of them is counted (each is still cut).
                if cut.len() == MAX_NAMED_CUTS {
                    more += 1;
                    bounded.push_str(&text[from..start]);
                    bounded.push_str("null");
                    from = (i + 1).min(text.len());
                    i += 1;
                    continue;
                }
                let mut path = String::new();
                for (index, key) in &levels {
                    match index {
                        Some(index) => {
                            path.push('[');
                            path.push_str(&index.to_string());
                            path.push(']');
                        }
                        None => {
                            if !path.is_empty() {
                                path.push('.');
                            }
                            path.push_str(key);
                        }
                    }
                }
                cut.push(path);
                bounded.push_str(&text[from..start]);
                bounded.push_str("null");
                from = (i + 1).min(text.len());
            }
            b'{' => levels.push((None, String::new())),
            b'[' => levels.push((Some(0), String::new())),
            b'}' | b']' => {
                levels.pop();
            }
            _ => {}
        }
        i += 1;
    }
    if cut.is_empty() {
        return (std::borrow::Cow::Borrowed(text), cut);
    }
    if more > 0 {
        cut.push(format!("(and {more} more)"));
    }
    bounded.push_str(&text[from..]);
    (std::borrow::Cow::Owned(bounded), cut)
}

/// How many values [`bound_depth`] names before it only counts them.
const MAX_NAMED_CUTS: usize = 5;

/// What is wrong with a value cut by [`bound_depth`] (its path goes before it).
pub fn too_deep() -> String {
    format!("nested more than {MAX_DEPTH} levels deep, so it was left out")
}

fn too_deep_at(path: &str) -> String {
    let at = if path.is_empty() { "(document)" } else { path };
    format!("{at}: {}", too_deep())
}

/// A step into a document: a key of an object, or an index of an array.
#[derive(Clone, Copy, Debug)]
pub enum At<'a> {
    Key(&'a str),
    Index(usize),
}

/// The segments `take_out` walks: the whole path, or only its top-level field.
fn segments(path: &Path, whole_field: bool) -> Vec<&Segment> {
    let mut segments: Vec<&Segment> = path.iter().collect();
    if whole_field {
        segments.truncate(1);
    }
    segments
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::*;
    use serde_json::Value;

    pub struct Document(Value);

    impl Document {
        /// Parse `text`, with every value nested too deep left out and named
        /// ([`bound_depth`]); the message says where the JSON is broken.
        pub fn parse_bounded(text: &str) -> Result<(Document, Vec<String>), String> {
            let (text, cut) = bound_depth(text);
            serde_json::from_str(&text)
                .map(|value| (Document(value), cut))
                .map_err(|e| format!("not valid JSON: {e}"))
        }

        /// A JSON object `{ ... }` (not an array, a string or a number).
        pub fn is_object(&self) -> bool {
            self.0.is_object()
        }

        /// Read the document as `T`.
        pub fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
            T::deserialize(&self.0).map_err(|e| e.to_string())
        }

        /// Read the document as `T`; a refused value (or a field `T` does not have) comes back
        /// with its path.
        pub fn read_tracked<T: DeserializeOwned>(&self) -> Result<T, ReadError> {
            serde_path_to_error::deserialize(&self.0)
                .map_err(|e| (e.path().clone(), e.inner().to_string()))
        }

        /// The text at the top-level `key`, if it is text.
        pub fn text(&self, key: &str) -> Option<String> {
            self.0.get(key)?.as_str().map(str::to_string)
        }

        fn at(&self, path: &[At]) -> Option<&Value> {
            path.iter().try_fold(&self.0, |value, step| match step {
                At::Key(key) => value.get(key),
                At::Index(index) => value.get(index),
            })
        }

        /// The keys of the object at `path`; `None` where there is no object.
        pub fn keys(&self, path: &[At]) -> Option<Vec<String>> {
            Some(self.at(path)?.as_object()?.keys().cloned().collect())
        }

        /// The length of the array at `path`; 0 where there is no array.
        pub fn len(&self, path: &[At]) -> usize {
            self.at(path).and_then(Value::as_array).map_or(0, Vec::len)
        }

        /// Remove the value at `path` (or, with `whole_field`, the top-level field it is in);
        /// false if there is nothing to remove.
        pub fn take_out(&mut self, path: &Path, whole_field: bool) -> bool {
            let segments = segments(path, whole_field);
            let Some((last, parents)) = segments.split_last() else {
                return false;
            };
            let mut at = &mut self.0;
            for segment in parents {
                let next = match (segment, at) {
                    (Segment::Seq { index }, Value::Array(items)) => items.get_mut(*index),
                    (Segment::Map { key }, Value::Object(map)) => map.get_mut(key),
                    _ => None,
                };
                match next {
                    Some(next) => at = next,
                    None => return false,
                }
            }
            match (last, at) {
                (Segment::Seq { index }, Value::Array(items)) if *index < items.len() => {
                    items.remove(*index);
                    true
                }
                (Segment::Map { key }, Value::Object(map)) => map.remove(key).is_some(),
                _ => false,
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use js_sys::{Array, Object, Reflect, JSON};
    use wasm_bindgen::{JsCast, JsValue};

    pub struct Document(JsValue);

    /// serde-wasm-bindgen's error is a JavaScript `Error`: its message, without "Error: ".
    fn message(error: serde_wasm_bindgen::Error) -> String {
        let text = error.to_string();
        match text.strip_prefix("Error: ") {
            Some(message) => message.to_string(),
            None => text,
        }
    }

    impl Document {
        /// Parse `text`, with every value nested too deep left out and named
        /// ([`bound_depth`]); the message says where the JSON is broken.
        pub fn parse_bounded(text: &str) -> Result<(Document, Vec<String>), String> {
            let (text, cut) = bound_depth(text);
            JSON::parse(&text)
                .map(|value| (Document(value), cut))
                .map_err(|e| {
                    let reason = js_sys::Error::from(e).message();
                    format!("not valid JSON: {}", String::from(reason))
                })
        }

        /// A JSON object `{ ... }` (not an array, a string or a number).
        pub fn is_object(&self) -> bool {
            self.0.is_object() && !Array::is_array(&self.0)
        }

        /// Read the document as `T`.
        pub fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
            serde_wasm_bindgen::from_value(self.0.clone()).map_err(message)
        }

        /// Read the document as `T`; a refused value (or a field `T` does not have) comes back
        /// with its path.
        pub fn read_tracked<T: DeserializeOwned>(&self) -> Result<T, ReadError> {
            let document = serde_wasm_bindgen::Deserializer::from(self.0.clone());
            serde_path_to_error::deserialize(document)
                .map_err(|e| (e.path().clone(), message(e.into_inner())))
        }

        /// The text at the top-level `key`, if it is text.
        pub fn text(&self, key: &str) -> Option<String> {
            Reflect::get(&self.0, &JsValue::from_str(key))
                .ok()?
                .as_string()
        }

        fn at(&self, path: &[At]) -> Option<JsValue> {
            path.iter().try_fold(self.0.clone(), |value, step| {
                let key = match step {
                    At::Key(key) => JsValue::from_str(key),
                    At::Index(index) => JsValue::from(*index as u32),
                };
                Reflect::get(&value, &key).ok().filter(JsValue::is_object)
            })
        }

        /// The keys of the object at `path`; `None` where there is no object.
        pub fn keys(&self, path: &[At]) -> Option<Vec<String>> {
            let value = self.at(path).filter(|v| !Array::is_array(v))?;
            Some(
                Object::keys(value.unchecked_ref::<Object>())
                    .iter()
                    .filter_map(|key| key.as_string())
                    .collect(),
            )
        }

        /// The length of the array at `path`; 0 where there is no array.
        pub fn len(&self, path: &[At]) -> usize {
            self.at(path)
                .filter(Array::is_array)
                .map_or(0, |items| items.unchecked_into::<Array>().length() as usize)
        }

        /// Remove the value at `path` (or, with `whole_field`, the top-level field it is in);
        /// false if there is nothing to remove.
        pub fn take_out(&mut self, path: &Path, whole_field: bool) -> bool {
            let segments = segments(path, whole_field);
            let Some((last, parents)) = segments.split_last() else {
                return false;
            };
            let key = |segment: &Segment| match segment {
                Segment::Seq { index } => Some(JsValue::from(*index as u32)),
                Segment::Map { key } => Some(JsValue::from_str(key)),
                _ => None,
            };
            let mut at = self.0.clone();
            for segment in parents {
                match key(segment).and_then(|key| Reflect::get(&at, &key).ok()) {
                    Some(next) if next.is_object() => at = next,
                    _ => return false,
                }
            }
            match (last, Array::is_array(&at)) {
                (Segment::Seq { index }, true) => {
                    // A cast, not `Array::from`, which would copy the array.
                    let items: Array = at.unchecked_into();
                    let index = *index as u32;
                    if index >= items.length() {
                        return false;
                    }
                    // `splice` with nothing to insert: shift the rest down and drop the last.
                    for i in index..items.length() - 1 {
                        items.set(i, items.get(i + 1));
                    }
                    items.pop();
                    true
                }
                (Segment::Map { key }, false) => {
                    let object: Object = at.unchecked_into();
                    let key = JsValue::from_str(key);
                    Object::has_own(&object, &key)
                        && Reflect::delete_property(&object, &key).is_ok()
                }
                _ => false,
            }
        }
    }
}
