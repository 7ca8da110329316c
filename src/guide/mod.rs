//! The pure core: answers, safety rules, the recommendation and article ranking. No browser types.

/// An enum whose values have a stable id (saved progress, markup) and a label the visitor reads.
macro_rules! labelled_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $variant:ident => ($id:literal, $label:literal) ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $( #[serde(rename = $id)] $variant ),+ }

        impl $name {
            /// Every value, in the order the visitor sees them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// A stable identifier: used in saved progress and in the page's markup.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// What the visitor reads.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

pub mod answers;
pub mod articles;
pub mod explainer;
pub mod recommend;
pub mod safety;

pub use answers::{Answers, BodyRegion, Condition, Goal, PainDuration, PainPattern, WhereItHurts};
pub use articles::{rank_articles, ArticlePick};
pub use recommend::{recommend, Note, Outcome, Recommendation};
pub use safety::{SafetySign, Urgency};
