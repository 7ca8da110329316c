//! The recommendation: outcome, the reasons behind it, notes for the therapist, articles.

use super::answers::{Answers, Condition, Goal, PainDuration, PainPattern};
use super::articles::{rank_articles, Article, ArticlePick};
use super::safety::{screen, Urgency};
use crate::i18n::Message;

/// The one thing the guide suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Emergency,
    SeeDoctorFirst,
    MedicalMassage,
    GeneralMassage,
}

impl Outcome {
    /// A stable identifier (used in markup and events).
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Emergency => "emergency",
            Outcome::SeeDoctorFirst => "see-doctor-first",
            Outcome::MedicalMassage => "medical-massage",
            Outcome::GeneralMassage => "general-massage",
        }
    }

    /// The catalogue key of the heading ("Medical massage is the right fit").
    pub fn title_key(self) -> &'static str {
        match self {
            Outcome::Emergency => "outcome.emergency.title",
            Outcome::SeeDoctorFirst => "outcome.see-doctor-first.title",
            Outcome::MedicalMassage => "outcome.medical-massage.title",
            Outcome::GeneralMassage => "outcome.general-massage.title",
        }
    }

    /// The catalogue key of the sentence under the heading.
    pub fn summary_key(self) -> &'static str {
        match self {
            Outcome::Emergency => "emergency.lead",
            Outcome::SeeDoctorFirst => "outcome.see-doctor-first.summary",
            Outcome::MedicalMassage => "outcome.medical-massage.summary",
            Outcome::GeneralMassage => "outcome.general-massage.summary",
        }
    }
}

/// A note for the therapist: not a blocker, something to mention when booking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// A catalogue key.
    pub text: &'static str,
}

/// A signal in the answers that points to one kind of massage.
pub struct Signal {
    pub applies: fn(&Answers) -> bool,
    pub reason: fn(&Answers) -> Message,
}

/// Conditions that medical massage therapists treat.
pub const TREATED_CONDITIONS: &[Condition] = &[
    Condition::Neuropathy,
    Condition::Cancer,
    Condition::Fibromyalgia,
    Condition::SportsInjury,
    Condition::HighBloodPressure,
    Condition::Arthritis,
    Condition::Diabetes,
];

fn treated_conditions(a: &Answers) -> Vec<&'static str> {
    TREATED_CONDITIONS
        .iter()
        .filter(|c| a.has_condition(**c))
        .map(|c| c.key())
        .collect()
}

/// Signals for medical massage, one reason line each (clinical rules, section 4).
pub const MEDICAL_SIGNALS: &[Signal] = &[
    Signal {
        applies: |a| !treated_conditions(a).is_empty(),
        reason: |a| Message::new("reason.conditions").with_keys("list", treated_conditions(a)),
    },
    Signal {
        applies: |a| a.pain_duration() == Some(PainDuration::OverThreeMonths),
        reason: |_| "reason.long-pain".into(),
    },
    Signal {
        applies: |a| a.pain_intensity().is_some_and(|n| n >= 5),
        reason: |a| {
            Message::new("reason.strong-pain")
                .with("n", a.pain_intensity().unwrap_or_default().to_string())
        },
    },
    Signal {
        applies: |a| a.has_pattern(PainPattern::SpreadsDownLeg),
        reason: |_| "reason.spreads".into(),
    },
    Signal {
        applies: |a| a.has_pattern(PainPattern::NumbnessOrTingling),
        reason: |_| "reason.numbness".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::RelievePain),
        reason: |_| "reason.goal-pain".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::RecoverFromInjury),
        reason: |_| "reason.goal-injury".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::ManageCondition),
        reason: |_| "reason.goal-condition".into(),
    },
    Signal {
        applies: |a| a.doctor_referral,
        reason: |_| "reason.referral".into(),
    },
];

/// Signals for a general (relaxation) massage.
pub const GENERAL_SIGNALS: &[Signal] = &[
    Signal {
        applies: |a| a.has_goal(Goal::RelaxStress),
        reason: |_| "reason.relax".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::MoodSleep),
        reason: |_| "reason.mood".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::PostureMobility),
        reason: |_| "reason.posture".into(),
    },
    Signal {
        applies: |a| !a.has_pain(),
        reason: |_| "reason.no-pain".into(),
    },
    Signal {
        applies: |a| {
            a.pain_intensity().is_some_and(|n| n < 5)
                && a.pain_duration() != Some(PainDuration::OverThreeMonths)
        },
        reason: |a| {
            Message::new("reason.mild-pain")
                .with("n", a.pain_intensity().unwrap_or_default().to_string())
        },
    },
];

/// Notes for the therapist (clinical rules, section 3).
pub struct NoteRule {
    pub applies: fn(&Answers) -> bool,
    pub note: &'static str,
}

pub const NOTE_RULES: &[NoteRule] = &[
    NoteRule {
        applies: |a| a.has_condition(Condition::BloodThinners),
        note: "note.blood-thinners",
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Pregnancy),
        note: "note.pregnancy",
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Cancer),
        note: "note.cancer",
    },
    NoteRule {
        applies: |a| {
            a.has_condition(Condition::Neuropathy)
                || (a.has_condition(Condition::Diabetes)
                    && a.has_pattern(PainPattern::NumbnessOrTingling))
        },
        note: "note.numbness",
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Osteoporosis),
        note: "note.osteoporosis",
    },
    NoteRule {
        applies: |_| true,
        note: "note.areas",
    },
];

/// The guide's answer, with everything that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub outcome: Outcome,
    /// One line per answer that drove the outcome.
    pub reasons: Vec<Message>,
    pub notes: Vec<Note>,
    pub articles: Vec<ArticlePick>,
    /// Medical massage won, but the visitor also wants to relax: say a medical therapist can do both.
    pub also_relaxation: bool,
}

fn reasons_of(signals: &[Signal], answers: &Answers) -> Vec<Message> {
    signals
        .iter()
        .filter(|s| (s.applies)(answers))
        .map(|s| (s.reason)(answers))
        .collect()
}

/// Decide the recommendation. A pure function of the answers and the clinic's articles.
pub fn recommend(answers: &Answers, articles: &[Article]) -> Recommendation {
    let notes = NOTE_RULES
        .iter()
        .filter(|r| (r.applies)(answers))
        .map(|r| Note { text: r.note })
        .collect();
    if let Some((urgency, reasons)) = screen(answers) {
        let emergency = urgency == Urgency::Emergency;
        return Recommendation {
            outcome: if emergency {
                Outcome::Emergency
            } else {
                Outcome::SeeDoctorFirst
            },
            reasons: reasons.into_iter().map(Message::new).collect(),
            notes: if emergency { Vec::new() } else { notes },
            articles: if emergency {
                Vec::new()
            } else {
                rank_articles(answers, articles)
            },
            also_relaxation: false,
        };
    }
    let medical = reasons_of(MEDICAL_SIGNALS, answers);
    let general = reasons_of(GENERAL_SIGNALS, answers);
    let (outcome, reasons, also_relaxation) = if !medical.is_empty() {
        let wants_relaxation =
            answers.has_goal(Goal::RelaxStress) || answers.has_goal(Goal::MoodSleep);
        (Outcome::MedicalMassage, medical, wants_relaxation)
    } else if !general.is_empty() {
        (Outcome::GeneralMassage, general, false)
    } else {
        // Unreachable with a finished questionnaire (no pain or mild pain always signals),
        // but a result must always say why.
        (
            Outcome::GeneralMassage,
            vec![Message::new("reason.fallback")],
            false,
        )
    };
    Recommendation {
        outcome,
        reasons,
        notes,
        articles: rank_articles(answers, articles),
        also_relaxation,
    }
}
