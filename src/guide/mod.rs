//! The pure core: answers, safety rules, the recommendation and article ranking. No browser types.

/// An enum whose values each have a text in the catalogue (`prefix.id`): the key is the only
/// place the value's stable id (saved progress, markup) is written.
macro_rules! labelled_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($prefix:literal) { $( $(#[$vmeta:meta])* $variant:ident => $key:ident ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $( $(#[$vmeta])* $variant ),+ }

        impl $name {
            /// Every value, in the order the visitor sees them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The catalogue key of the text the visitor reads.
            pub fn key(self) -> crate::i18n::Key {
                match self { $($name::$variant => crate::i18n::Key::$key),+ }
            }

            /// A stable identifier: the key without its prefix (`flag.chest-pain` is
            /// `chest-pain`). Used in saved progress and in the page's markup.
            pub fn id(self) -> &'static str {
                // Each id by itself, written by build.rs, not cut from the key's name at run
                // time: the WebAssembly carries only these, without their prefixes.
                match self { $($name::$variant => crate::i18n::key_id::$key),+ }
            }

            /// The prefix of its keys (`flag`): `tests/catalogues.rs` checks that each value's key
            /// is `<prefix>.<id>`.
            pub const PREFIX: &'static str = $prefix;

            /// The value with this identifier.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.id() == id)
            }

            /// What the visitor reads, in `lang`.
            pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
                crate::i18n::t(lang, self.key())
            }
        }

        // Saved progress writes the stable id.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                $name::from_id(&id).ok_or_else(|| {
                    serde::de::Error::custom(format!("unknown value \"{id}\""))
                })
            }
        }

        impl crate::guide::choices::Listed for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn index(self) -> usize {
                self as usize
            }
        }
    };
}

/// Text only the clinician's document reads (`rules_doc`): the rule tables carry it natively,
/// and the WebAssembly, which visitors download, carries `()` in its place.
#[cfg(not(target_arch = "wasm32"))]
pub type DocText = &'static str;
#[cfg(target_arch = "wasm32")]
pub type DocText = ();

#[cfg(not(target_arch = "wasm32"))]
macro_rules! doc_text {
    ($text:expr) => {
        $text
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! doc_text {
    ($text:expr) => {
        ()
    };
}

pub mod answers;
pub mod articles;
pub mod choices;
pub mod explainer;
pub mod flag;
pub mod recommend;
#[cfg(not(target_arch = "wasm32"))]
pub mod rules_doc;
pub mod safety;
pub mod summary;

pub use answers::{Answers, BodyRegion, Condition, Goal, PainDuration, PainPattern, WhereItHurts};
pub use articles::{rank_articles, ArticlePick};
pub use choices::Choices;
pub use flag::{Flag, FlagScreen};
pub use recommend::{recommend, Note, Outcome, Recommendation};
pub use safety::Urgency;
