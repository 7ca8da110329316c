//! "Medical vs general massage": the comparison the guide shows, as catalogue keys.

use crate::i18n::Key;

/// One line of the comparison: the topic and what each kind of massage does about it.
pub struct ComparisonRow {
    pub topic: Key,
    pub medical: Key,
    pub general: Key,
}

macro_rules! row {
    ($topic:ident, $medical:ident, $general:ident) => {
        ComparisonRow {
            topic: Key::$topic,
            medical: Key::$medical,
            general: Key::$general,
        }
    };
}

/// The goal, who gives it, where, what a session is like, which conditions, doctors.
pub const COMPARISON: &[ComparisonRow] = &[
    row!(CompareGoal, CompareGoalMedical, CompareGoalGeneral),
    row!(CompareWho, CompareWhoMedical, CompareWhoGeneral),
    row!(CompareWhere, CompareWhereMedical, CompareWhereGeneral),
    row!(CompareSession, CompareSessionMedical, CompareSessionGeneral),
    row!(
        CompareConditions,
        CompareConditionsMedical,
        CompareConditionsGeneral
    ),
    row!(CompareDoctors, CompareDoctorsMedical, CompareDoctorsGeneral),
];

/// The paragraphs above the comparison.
pub const EXPLAINER_INTRO: &[Key] = &[Key::ExplainerIntroHow, Key::ExplainerIntroAim];

/// The closing line of the explainer.
pub const EXPLAINER_OUTRO: Key = Key::ExplainerOutro;
