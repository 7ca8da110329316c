//! The recommendation: outcome, the reasons behind it, notes for the therapist, articles.

use super::answers::{Answers, Condition, Goal, PainDuration, PainPattern};
use super::articles::{rank_articles, Article, ArticlePick};
use super::safety::{referral_lifted, screen, Urgency};
use super::DocText;
use crate::i18n::{Key, Message};

/// The one thing the guide suggests, from the most urgent level of care to massage. Its id
/// (used in markup and events) is the kebab-case of its name: `doctor-today`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Outcome {
    Emergency,
    DoctorToday,
    DoctorBeforeBooking,
    WaitUntilWell,
    MedicalMassage,
    GeneralMassage,
}

impl Outcome {
    /// Every outcome, most urgent first.
    pub const ALL: &'static [Outcome] = <Outcome as strum::VariantArray>::VARIANTS;

    /// A stable identifier (used in markup and events).
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The outcome for a safety level.
    pub fn of(urgency: Urgency) -> Outcome {
        match urgency {
            Urgency::Emergency => Outcome::Emergency,
            Urgency::DoctorToday => Outcome::DoctorToday,
            Urgency::DoctorBeforeBooking => Outcome::DoctorBeforeBooking,
            Urgency::WaitUntilWell => Outcome::WaitUntilWell,
        }
    }

    /// How much care the outcome asks for: 0 for massage, up to 4 for an emergency. Adding
    /// a sign to the answers never lowers it (tests/properties.rs).
    pub fn level_of_care(self) -> u8 {
        match self {
            Outcome::Emergency => 4,
            Outcome::DoctorToday => 3,
            Outcome::DoctorBeforeBooking => 2,
            Outcome::WaitUntilWell => 1,
            Outcome::MedicalMassage | Outcome::GeneralMassage => 0,
        }
    }

    /// Only a massage result invites booking; the others offer "Questions? Call us".
    pub fn invites_booking(self) -> bool {
        self.level_of_care() == 0
    }

    /// The catalogue key of the heading ("Medical massage is the right fit").
    pub fn title_key(self) -> Key {
        match self {
            Outcome::Emergency => Key::OutcomeEmergencyTitle,
            Outcome::DoctorToday => Key::OutcomeDoctorTodayTitle,
            Outcome::DoctorBeforeBooking => Key::OutcomeDoctorBeforeBookingTitle,
            Outcome::WaitUntilWell => Key::OutcomeWaitUntilWellTitle,
            Outcome::MedicalMassage => Key::OutcomeMedicalMassageTitle,
            Outcome::GeneralMassage => Key::OutcomeGeneralMassageTitle,
        }
    }

    /// The catalogue key of the sentence under the heading. A medical massage for a visitor
    /// with no pain is described without pain.
    pub fn summary_key(self, answers: &Answers) -> Key {
        match self {
            Outcome::Emergency => Key::EmergencyLead,
            Outcome::DoctorToday => Key::OutcomeDoctorTodaySummary,
            Outcome::DoctorBeforeBooking => Key::OutcomeDoctorBeforeBookingSummary,
            Outcome::WaitUntilWell => Key::OutcomeWaitUntilWellSummary,
            Outcome::MedicalMassage if !answers.has_pain() => {
                Key::OutcomeMedicalMassageSummaryNoPain
            }
            Outcome::MedicalMassage => Key::OutcomeMedicalMassageSummary,
            Outcome::GeneralMassage => Key::OutcomeGeneralMassageSummary,
        }
    }
}

/// A note for the therapist: not a blocker, something to mention when booking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// A catalogue key.
    pub text: Key,
}

/// A signal in the answers that points to one kind of massage.
pub struct Signal {
    /// What the signal looks for, in words for the clinician who reads the rules.
    pub described: DocText,
    pub applies: fn(&Answers) -> bool,
    /// The reason line the visitor reads.
    pub reason: Key,
    /// Fills the reason's placeholders from the answers.
    pub fill: fn(Message, &Answers) -> Message,
}

fn as_is(reason: Message, _: &Answers) -> Message {
    reason
}

/// The areas the visitor marked, so a reason says whose pain it speaks of.
fn with_areas(reason: Message, a: &Answers) -> Message {
    reason.with_keys("areas", a.regions().map(|r| r.key()).collect())
}

fn with_intensity(reason: Message, a: &Answers) -> Message {
    with_areas(reason, a).with("n", a.pain_intensity().unwrap_or_default().to_string())
}

/// Conditions that call for a therapist trained to work with them, pain or not.
pub const TREATED_CONDITIONS: &[Condition] = &[
    Condition::Neuropathy,
    Condition::Cancer,
    Condition::Fibromyalgia,
    Condition::SportsInjury,
    Condition::Arthritis,
];

/// Conditions medical massage also treats, but which alone (no pain, no wish to manage them)
/// only need a note for the therapist: a relaxation massage suits.
pub const TREATED_WHEN_IT_MATTERS: &[Condition] =
    &[Condition::HighBloodPressure, Condition::Diabetes];

fn treated_conditions(a: &Answers) -> Vec<Key> {
    let matters = a.has_pain() || a.has_goal(Goal::ManageCondition);
    TREATED_CONDITIONS
        .iter()
        .chain(TREATED_WHEN_IT_MATTERS.iter().filter(|_| matters))
        .filter(|c| a.has_condition(**c))
        .map(|c| c.key())
        .collect()
}

/// Signals for medical massage, one reason line each (clinical rules, section 4).
pub const MEDICAL_SIGNALS: &[Signal] = &[
    Signal {
        described: doc_text!("Neuropathy, cancer, fibromyalgia, a sports injury or arthritis; controlled high blood pressure or diabetes only with pain or a goal of managing it"),
        applies: |a| !treated_conditions(a).is_empty(),
        reason: Key::ReasonConditions,
        fill: |m, a| m.with_keys("list", treated_conditions(a)),
    },
    Signal {
        described: doc_text!("Pain for more than 3 months"),
        applies: |a| a.pain_duration() == Some(PainDuration::OverThreeMonths),
        reason: Key::ReasonLongPain,
        fill: with_areas,
    },
    Signal {
        described: doc_text!("Pain at 5 or more out of 10"),
        applies: |a| a.pain_intensity().is_some_and(|n| n >= 5),
        reason: Key::ReasonStrongPain,
        fill: with_intensity,
    },
    Signal {
        described: doc_text!("Pain that spreads down a leg"),
        applies: |a| a.has_pattern(PainPattern::SpreadsDownLeg),
        reason: Key::ReasonSpreads,
        fill: as_is,
    },
    Signal {
        described: doc_text!("Numbness or tingling"),
        applies: |a| a.has_pattern(PainPattern::NumbnessOrTingling),
        reason: Key::ReasonNumbness,
        fill: as_is,
    },
    // Relief from mild (under 4), recent pain is a general massage's work.
    Signal {
        described: doc_text!("A goal of relieving pain, with pain at 4 or more, or lasting 6 weeks or more"),
        applies: |a| {
            a.has_goal(Goal::RelievePain)
                && (a.pain_intensity().is_some_and(|n| n >= 4)
                    || a.pain_duration().is_some_and(|d| !d.is_recent()))
        },
        reason: Key::ReasonGoalPain,
        fill: as_is,
    },
    Signal {
        described: doc_text!("A goal of recovering from an injury"),
        applies: |a| a.has_goal(Goal::RecoverFromInjury),
        reason: Key::ReasonGoalInjury,
        fill: as_is,
    },
    Signal {
        described: doc_text!("A goal of managing a diagnosed condition"),
        applies: |a| a.has_goal(Goal::ManageCondition),
        reason: Key::ReasonGoalCondition,
        fill: as_is,
    },
    Signal {
        described: doc_text!("A doctor's referral (the health background, or the doctor who treats a condition)"),
        applies: Answers::any_referral,
        reason: Key::ReasonReferral,
        fill: as_is,
    },
];

/// Signals for a general (relaxation) massage.
pub const GENERAL_SIGNALS: &[Signal] = &[
    Signal {
        described: doc_text!("A goal of relaxing and easing stress"),
        applies: |a| a.has_goal(Goal::RelaxStress),
        reason: Key::ReasonRelax,
        fill: as_is,
    },
    Signal {
        described: doc_text!("A goal of lifting mood and sleeping better"),
        applies: |a| a.has_goal(Goal::MoodSleep),
        reason: Key::ReasonMood,
        fill: as_is,
    },
    Signal {
        described: doc_text!("A goal of moving and sitting better"),
        applies: |a| a.has_goal(Goal::PostureMobility),
        reason: Key::ReasonPosture,
        fill: as_is,
    },
    Signal {
        described: doc_text!("No pain"),
        applies: |a| !a.has_pain(),
        reason: Key::ReasonNoPain,
        fill: as_is,
    },
    Signal {
        described: doc_text!("Pain under 5 out of 10 that has lasted 3 months or less"),
        applies: |a| {
            a.pain_intensity().is_some_and(|n| n < 5)
                && a.pain_duration() != Some(PainDuration::OverThreeMonths)
        },
        reason: Key::ReasonMildPain,
        fill: with_intensity,
    },
];

/// Notes for the therapist (clinical rules, section 3).
pub struct NoteRule {
    pub applies: fn(&Answers) -> bool,
    pub note: Key,
}

pub const NOTE_RULES: &[NoteRule] = &[
    NoteRule {
        applies: |a| a.takes_blood_thinners(),
        note: Key::NoteBloodThinners,
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Pregnancy),
        note: Key::NotePregnancy,
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Cancer),
        note: Key::NoteCancer,
    },
    NoteRule {
        applies: |a| {
            a.has_condition(Condition::Neuropathy)
                || (a.has_condition(Condition::Diabetes)
                    && a.has_pattern(PainPattern::NumbnessOrTingling))
        },
        note: Key::NoteNumbness,
    },
    NoteRule {
        applies: |a| {
            a.has_condition(Condition::Osteoporosis) || a.has_condition(Condition::Steroids)
        },
        note: Key::NoteOsteoporosis,
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::HighBloodPressure),
        note: Key::NoteBloodPressure,
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Diabetes),
        note: Key::NoteDiabetes,
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Allergies),
        note: Key::NoteAllergies,
    },
    NoteRule {
        applies: referral_lifted,
        note: Key::NoteReferral,
    },
    NoteRule {
        applies: |_| true,
        note: Key::NoteAreas,
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
    /// Mood or sleep is a goal: the result quietly shows the crisis line.
    pub crisis_line: bool,
}

fn reasons_of(signals: &[Signal], answers: &Answers) -> Vec<Message> {
    signals
        .iter()
        .filter(|s| (s.applies)(answers))
        .map(|s| (s.fill)(Message::new(s.reason), answers))
        .collect()
}

/// Decide the recommendation. A pure function of the answers and the clinic's articles.
pub fn recommend(answers: &Answers, articles: &[Article]) -> Recommendation {
    let crisis_line = answers.has_goal(Goal::MoodSleep);
    if let Some((urgency, reasons)) = screen(answers) {
        let outcome = Outcome::of(urgency);
        // A visitor sent to a doctor today gets that one message: no notes for a massage
        // they should not book yet, and no reading that could pass for self-help.
        let today = outcome.level_of_care() >= Outcome::DoctorToday.level_of_care();
        return Recommendation {
            outcome,
            reasons: reasons.into_iter().map(Message::new).collect(),
            notes: if today { Vec::new() } else { notes(answers) },
            articles: if today {
                Vec::new()
            } else {
                rank_articles(answers, articles)
            },
            also_relaxation: false,
            crisis_line: crisis_line && outcome != Outcome::Emergency,
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
            vec![Message::new(Key::ReasonFallback)],
            false,
        )
    };
    Recommendation {
        outcome,
        reasons,
        notes: notes(answers),
        articles: rank_articles(answers, articles),
        also_relaxation,
        crisis_line,
    }
}

fn notes(answers: &Answers) -> Vec<Note> {
    NOTE_RULES
        .iter()
        .filter(|r| (r.applies)(answers))
        .map(|r| Note { text: r.note })
        .collect()
}
