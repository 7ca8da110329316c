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
        /// Parse `text`; the message says where the JSON is broken.
        pub fn parse(text: &str) -> Result<Document, String> {
            serde_json::from_str(text)
                .map(Document)
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
        /// Parse `text`; the message says where the JSON is broken.
        pub fn parse(text: &str) -> Result<Document, String> {
            JSON::parse(text).map(Document).map_err(|e| {
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
