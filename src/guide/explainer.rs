//! "Medical vs general massage": the comparison the guide shows, as catalogue keys.

/// One line of the comparison: `compare.{row}` is the topic, `compare.{row}.medical` and
/// `compare.{row}.general` the two kinds of massage.
pub struct ComparisonRow {
    pub topic: &'static str,
    pub medical: &'static str,
    pub general: &'static str,
}

macro_rules! row {
    ($id:literal) => {
        ComparisonRow {
            topic: concat!("compare.", $id),
            medical: concat!("compare.", $id, ".medical"),
            general: concat!("compare.", $id, ".general"),
        }
    };
}

/// The goal, who gives it, where, what a session is like, which conditions, doctors.
pub const COMPARISON: &[ComparisonRow] = &[
    row!("goal"),
    row!("who"),
    row!("where"),
    row!("session"),
    row!("conditions"),
    row!("doctors"),
];

/// The paragraphs above the comparison.
pub const EXPLAINER_INTRO: &[&str] = &["explainer.intro-how", "explainer.intro-aim"];

/// The closing line of the explainer.
pub const EXPLAINER_OUTRO: &str = "explainer.outro";
