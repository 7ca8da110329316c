//! "Medical vs general massage": the comparison the guide shows, as rows of plain text.

/// One line of the comparison: what is compared, then each kind of massage.
pub struct ComparisonRow {
    pub topic: &'static str,
    pub medical: &'static str,
    pub general: &'static str,
}

/// The short answer shown above the comparison.
pub const EXPLAINER_INTRO: &[&str] = &[
    "Both kinds of massage work on the same thing: tight, tense muscle. When muscle lets go, \
     swelling, spasms and painful cramping ease, and nerves that were squeezed can work \
     properly again.",
    "What differs is the aim. Medical massage is a treatment for a health problem, planned \
     around your pain or diagnosis. A general massage is for relaxation and feeling well.",
];

pub const COMPARISON: &[ComparisonRow] = &[
    ComparisonRow {
        topic: "The goal",
        medical: "Treat pain or a health condition, and help you heal.",
        general: "Help you unwind, ease stress and soothe sore muscles.",
    },
    ComparisonRow {
        topic: "Who gives it",
        medical: "A massage therapist with advanced training in treating medical problems.",
        general: "A massage therapist trained in relaxation techniques.",
    },
    ComparisonRow {
        topic: "Where",
        medical: "Clinics and hospitals, often alongside doctors.",
        general: "Mostly spas and wellness centres.",
    },
    ComparisonRow {
        topic: "A session",
        medical: "Starts with questions about your pain and health, then focuses on the \
                  problem areas, with progress checked from visit to visit.",
        general: "A calm, full-body massage at a pressure you choose.",
    },
    ComparisonRow {
        topic: "Conditions",
        medical: "Back pain and sciatica, neuropathy, fibromyalgia, sports injuries, \
                  arthritis, diabetes, cancer care and controlled high blood pressure.",
        general: "Everyday tension and stress, with no condition to treat.",
    },
    ComparisonRow {
        topic: "Doctors",
        medical: "Works with your doctor and can take a doctor's referral.",
        general: "Usually works on its own, without a referral.",
    },
];

/// The closing line of the explainer.
pub const EXPLAINER_OUTRO: &str = "Living with long-lasting pain? Medical massage may help. \
    Call us and we will talk through your options.";
