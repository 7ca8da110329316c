//! A parsed JSON document: the clinic's configuration, saved progress, the setup page's draft
//! and the catalogues all come through here.
//!
//! The text is cut to a fixed depth ([`bound_depth`]) and parsed by serde_json into a [`Json`]
//! tree, inside the WebAssembly as natively: one copy of the text, no call into JavaScript per
//! value. serde reads the tree through the deserializers of `serde::de::value` with our own
//! error type, [`Refused`], whose messages are written here in plain words, so no float is ever
//! formatted in the WebAssembly (serde's `Unexpected::Float` message brought in 6.7 KB brotli).
//! [`Lenient`] reads a document value by value in one pass: each value checked where it
//! stands, a refused one named with its path and left out, the rest kept.

use serde::de::value::{BorrowedStrDeserializer, MapDeserializer, SeqDeserializer};
use serde::de::{self, DeserializeOwned, Expected, IntoDeserializer, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A JSON value. Objects keep their keys in the file's order. Text is borrowed from the
/// document's text where it has no escapes: a large configuration is read with few copies.
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(f64),
    Text(Cow<'a, str>),
    List(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// The same value owning its text.
    fn into_owned(self) -> Json<'static> {
        let owned = |text: Cow<str>| Cow::Owned(text.into_owned());
        match self {
            Json::Null => Json::Null,
            Json::Bool(value) => Json::Bool(value),
            Json::Number(number) => Json::Number(number),
            Json::Text(text) => Json::Text(owned(text)),
            Json::List(items) => Json::List(items.into_iter().map(Json::into_owned).collect()),
            Json::Object(entries) => Json::Object(
                entries
                    .into_iter()
                    .map(|(key, value)| (owned(key), value.into_owned()))
                    .collect(),
            ),
        }
    }

    /// The value of `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What the value is, as a message names it: "a number", "text".
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::Text(_) => "text",
            Json::List(_) => "a list [ ... ]",
            Json::Object(_) => "an object { ... }",
        }
    }
}

/// Why a value was refused: a message in plain words.
#[derive(Debug)]
pub struct Refused(pub String);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// What serde found, as the messages name it. The number itself is never written: formatting
/// a float would bring its formatter into the WebAssembly.
fn found(unexpected: Unexpected) -> &'static str {
    match unexpected {
        Unexpected::Bool(_) => "true or false",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "a number",
        Unexpected::Char(_) | Unexpected::Str(_) => "text",
        Unexpected::Unit | Unexpected::Option => "null",
        Unexpected::Seq => "a list [ ... ]",
        Unexpected::Map => "an object { ... }",
        _ => "another kind of value",
    }
}

impl de::Error for Refused {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Refused(message.to_string())
    }

    fn invalid_type(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        Refused(format!("must be {expected}, not {}", found(unexpected)))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        match unexpected {
            Unexpected::Str(text) => Refused(format!("must be {expected}, not \"{text}\"")),
            other => Refused(format!("must be {expected}, not this {}", found(other))),
        }
    }
}

/// A whole number JSON can hold exactly, as serde reads integers.
fn whole(number: f64) -> Option<i64> {
    const SAFE: f64 = 9_007_199_254_740_991.0; // 2^53 - 1, JavaScript's safe integers
    (number.fract() == 0.0 && number.abs() <= SAFE).then_some(number as i64)
}

impl<'de, 'a: 'de> IntoDeserializer<'de, Refused> for &'de Json<'a> {
    type Deserializer = Self;
    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de, 'a: 'de> de::Deserializer<'de> for &'de Json<'a> {
    type Error = Refused;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self {
            Json::Null => visitor.visit_unit(),
            Json::Bool(value) => visitor.visit_bool(*value),
            Json::Number(number) => visit_number(visitor, *number),
            Json::Text(text) => visitor.visit_borrowed_str(text),
            Json::List(_) => self.deserialize_seq(visitor),
            Json::Object(_) => self.deserialize_map(visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self {
            Json::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Refused> {
        visitor.visit_newtype_struct(self)
    }

    /// Enums are written as their variant's name.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Refused> {
        match self {
            Json::Text(text) => visitor.visit_enum(BorrowedStrDeserializer::new(text)),
            other => Err(wrong(&"text", other)),
        }
    }

    // A type that takes one kind of value looks only for that kind: each visitor's copy of this
    // code then has one branch, not `deserialize_any`'s six (a copy per type read, so this is
    // where the reader's size is: docs/performance.md). The message is the same either way.

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self {
            Json::Bool(value) => visitor.visit_bool(*value),
            other => Err(wrong(&visitor, other)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self {
            Json::Number(number) => visit_number(visitor, *number),
            other => Err(wrong(&visitor, other)),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self {
            Json::Text(text) => visitor.visit_borrowed_str(text),
            other => Err(wrong(&visitor, other)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self {
            Json::List(items) => {
                let mut items = SeqDeserializer::new(items.iter());
                let value = visitor.visit_seq(&mut items)?;
                items.end()?;
                Ok(value)
            }
            other => Err(wrong(&visitor, other)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self {
            Json::Object(entries) => {
                let mut entries =
                    MapDeserializer::new(entries.iter().map(|(key, value)| (&**key, value)));
                let value = visitor.visit_map(&mut entries)?;
                entries.end()?;
                Ok(value)
            }
            other => Err(wrong(&visitor, other)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        self.deserialize_str(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        self.deserialize_str(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Refused> {
        self.deserialize_map(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Refused> {
        self.deserialize_seq(visitor)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u16 u128 f32 f64 bytes byte_buf
        unit unit_struct tuple_struct identifier ignored_any
    }
}

/// A number, as the integer it is when it is whole.
fn visit_number<'de, V: Visitor<'de>>(visitor: V, number: f64) -> Result<V::Value, Refused> {
    match whole(number) {
        Some(integer) if integer >= 0 => visitor.visit_u64(integer as u64),
        Some(integer) => visitor.visit_i64(integer),
        None => visitor.visit_f64(number),
    }
}

/// A value of the wrong kind, named as serde names it ("must be a list, not text"); one copy
/// for every type read.
#[inline(never)]
fn wrong(expected: &dyn Expected, found: &Json) -> Refused {
    Refused(format!("must be {expected}, not {}", found.kind()))
}

/// A parsed document, borrowing from its text.
pub struct Document<'a>(Json<'a>);

impl Document<'_> {
    /// Parse `text`, refusing it whole if any value is nested too deep (saved progress, a
    /// catalogue: each is the guide's own, so a deep value means it was tampered with).
    pub fn parse(text: &str) -> Result<Document<'_>, String> {
        match Document::parse_bounded(text)? {
            (document, cut) if cut.is_empty() => Ok(document),
            (_, cut) => Err(too_deep_at(&cut[0])),
        }
    }

    /// Parse `text`, with every value nested too deep left out and named ([`bound_depth`]);
    /// the message says where the JSON is broken.
    pub fn parse_bounded(text: &str) -> Result<(Document<'_>, Vec<String>), String> {
        let (bounded, cut) = bound_depth(text);
        let json = match bounded {
            Cow::Borrowed(text) => serde_json::from_str(text),
            // Rare: the text with its deep values cut is this function's own.
            Cow::Owned(text) => serde_json::from_str(&text).map(Json::into_owned),
        };
        json.map(|json| (Document(json), cut)).map_err(|error| {
            // Our own words, with where: serde_json's (`Display`) would bring its 30 messages
            // into the WebAssembly.
            let what = match error.classify() {
                serde_json::error::Category::Eof => "it ends too soon",
                _ => "something else is written where a value, a comma or a bracket belongs",
            };
            format!(
                "not valid JSON: {what} (line {}, column {})",
                error.line(),
                error.column()
            )
        })
    }

    /// The whole document.
    pub fn json(&self) -> &Json<'_> {
        &self.0
    }

    /// A JSON object `{ ... }` (not a list, text or a number).
    pub fn is_object(&self) -> bool {
        matches!(self.0, Json::Object(_))
    }

    /// Read the document as `T`.
    pub fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
        T::deserialize(&self.0).map_err(|Refused(message)| message)
    }

    /// The text at the top-level `key`, if it is text.
    pub fn text(&self, key: &str) -> Option<String> {
        match self.0.get(key)? {
            Json::Text(text) => Some(text.to_string()),
            _ => None,
        }
    }
}

/// Read by serde_json from the text (its depth bounded already, so the recursion is too).
impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json<'de>, D::Error> {
        struct AnyValue;
        impl<'de> Visitor<'de> for AnyValue {
            type Value = Json<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Json<'de>, E> {
                Ok(Json::Null)
            }
            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Json<'de>, E> {
                Ok(Json::Bool(value))
            }
            fn visit_i64<E: de::Error>(self, number: i64) -> Result<Json<'de>, E> {
                Ok(Json::Number(number as f64))
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> Result<Json<'de>, E> {
                Ok(Json::Number(number as f64))
            }
            fn visit_f64<E: de::Error>(self, number: f64) -> Result<Json<'de>, E> {
                Ok(Json::Number(number))
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Json<'de>, E> {
                Ok(Json::Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Json<'de>, E> {
                Ok(Json::Text(Cow::Owned(text.to_string())))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Json::List(items))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
                let mut entries = Vec::new();
                // A key read as a value, so that it is borrowed where it can be.
                while let Some(Json::Text(key)) = map.next_key()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(Json::Object(entries))
            }
        }
        deserializer.deserialize_any(AnyValue)
    }
}

/// Where a value stands: built as the reader goes down, written out only for a problem
/// (`articles[2].url`).
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// Reads a document value by value, in one pass: each value is read where it stands, and one
/// that is refused is named with its path (numbered as the file numbers it) and left out, so
/// it costs only itself. An object's fields that no one asked for are named too (keys starting
/// with `_`, notes for people, and `$schema` are not).
#[derive(Default)]
pub struct Lenient {
    problems: Vec<(String, String)>,
    more: usize,
}

/// How many problems [`Lenient`] names before it only counts them: a file with thousands of
/// bad values gives a list a person can read.
const MAX_NAMED_PROBLEMS: usize = 50;

impl Lenient {
    /// Name a problem at `path` (the document itself when empty).
    pub fn refuse(&mut self, path: &dyn fmt::Display, message: String) {
        if self.problems.len() == MAX_NAMED_PROBLEMS {
            self.more += 1;
            return;
        }
        let path = path.to_string();
        let path = if path.is_empty() {
            "(document)".into()
        } else {
            path
        };
        self.problems.push((path, message));
    }

    /// The problems found, each with its path.
    pub fn into_problems(mut self) -> Vec<(String, String)> {
        if self.more > 0 {
            let more = format!("(and {} more)", self.more);
            self.problems
                .push((more, "not listed: put right the ones above first".into()));
        }
        self.problems
    }

    /// `value` read as `T`.
    pub fn value<T: DeserializeOwned>(&mut self, path: &Path, value: &Json) -> Option<T> {
        // Only the call is per type; naming the problem is shared (`refused`), which keeps
        // each type's reader small in the WebAssembly.
        T::deserialize(value)
            .map_err(|Refused(message)| self.refused(path, message))
            .ok()
    }

    /// Name a value serde refused at `path`.
    #[inline(never)]
    fn refused(&mut self, path: &Path, message: String) {
        // Text in several languages names the language first ("es: must not be empty"): it
        // belongs in the path, `name.es`.
        match message.split_once(':') {
            Some((lang, rest))
                if (1..=8).contains(&lang.len())
                    && lang.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && rest.starts_with(' ') =>
            {
                self.refuse(&Path::Key(path, lang), rest[1..].to_string())
            }
            _ => self.refuse(path, message),
        }
    }

    /// The items of the list `value`, each read by `item` with its path; an item it refuses is
    /// left out.
    pub fn list<T>(
        &mut self,
        path: &Path,
        value: &Json,
        mut item: impl FnMut(&mut Lenient, &Path, &Json) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Json::List(items) = value else {
            self.refuse(path, wrong(&"a list [ ... ]", value).0);
            return None;
        };
        let mut read = Vec::with_capacity(items.len());
        for (index, value) in items.iter().enumerate() {
            read.extend(item(self, &Path::Index(path, index), value));
        }
        Some(read)
    }

    /// The object `value`, read field by field by `read`.
    pub fn object<T>(
        &mut self,
        path: &Path,
        value: &Json,
        read: impl FnOnce(&mut Fields) -> T,
    ) -> Option<T> {
        let Json::Object(entries) = value else {
            self.refuse(path, wrong(&"an object { ... }", value).0);
            return None;
        };
        let mut fields = Fields {
            reader: self,
            path,
            entries,
            asked: Vec::new(),
        };
        let read = read(&mut fields);
        let asked = fields.asked;
        for (key, _) in entries {
            if asked.contains(&&**key) || key.starts_with('_') || key == "$schema" {
                continue;
            }
            let names: Vec<String> = asked.iter().map(|name| format!("`{name}`")).collect();
            let message = format!(
                "unknown field `{key}`, expected one of {}",
                names.join(", ")
            );
            self.refuse(&Path::Key(path, key), message);
        }
        Some(read)
    }
}

/// The fields of an object being read by [`Lenient::object`]: each read once, by name; the
/// names asked are the fields the object may have.
pub struct Fields<'r, 'j> {
    reader: &'r mut Lenient,
    path: &'r Path<'r>,
    entries: &'j [(Cow<'j, str>, Json<'j>)],
    asked: Vec<&'static str>,
}

impl<'j> Fields<'_, 'j> {
    /// The value of `key`, asked for; `None` when it is absent or `null`.
    #[inline(never)]
    fn get(&mut self, key: &'static str) -> Option<&'j Json<'j>> {
        self.asked.push(key);
        let entries = self.entries;
        entries
            .iter()
            .find(|(k, value)| k == key && *value != Json::Null)
            .map(|(_, value)| value)
    }

    /// The field `key` read as `T`; `None` when absent, `null` or refused.
    pub fn field<T: DeserializeOwned>(&mut self, key: &'static str) -> Option<T> {
        let value = self.get(key)?;
        self.reader.value(&Path::Key(self.path, key), value)
    }

    /// The field `key`, which the object cannot do without: its absence is named.
    pub fn required<T: DeserializeOwned>(&mut self, key: &'static str) -> Option<T> {
        let value = self.get_required(key)?;
        self.reader.value(&Path::Key(self.path, key), value)
    }

    /// The value of `key`, asked for; its absence named where it belongs (`services[0].suits:
    /// is required`), so a form can show it beside that field.
    #[inline(never)]
    fn get_required(&mut self, key: &'static str) -> Option<&'j Json<'j>> {
        let value = self.get(key);
        if value.is_none() {
            self.reader
                .refuse(&Path::Key(self.path, key), "is required".into());
        }
        value
    }

    /// The object at `key`, read field by field by `read`.
    pub fn object<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&mut Fields) -> T,
    ) -> Option<T> {
        let value = self.get(key)?;
        self.reader.object(&Path::Key(self.path, key), value, read)
    }

    /// The list at `key`, each item read by `item`.
    pub fn list<T>(
        &mut self,
        key: &'static str,
        item: impl FnMut(&mut Lenient, &Path, &Json) -> Option<T>,
    ) -> Option<Vec<T>> {
        let value = self.get(key)?;
        self.reader.list(&Path::Key(self.path, key), value, item)
    }
}

/// `value` as JSON text.
pub fn to_text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// `value` as JSON text indented by two spaces (the setup page's `clinic.json`).
pub fn to_pretty_text<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
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
