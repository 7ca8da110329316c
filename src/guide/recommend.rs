//! The recommendation: outcome, the reasons behind it, notes for the therapist, articles.

use super::answers::{Answers, Condition, Goal, PainDuration, PainPattern};
use super::articles::{rank_articles, Article, ArticlePick};
use super::safety::{screen, Urgency};

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

    pub fn title(self) -> &'static str {
        match self {
            Outcome::Emergency => "Call 911 now",
            Outcome::SeeDoctorFirst => "See a doctor before massage",
            Outcome::MedicalMassage => "Medical massage is the right fit",
            Outcome::GeneralMassage => "A general (relaxation) massage suits you",
        }
    }
}

/// A note for the therapist: not a blocker, something to mention when booking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: &'static str,
}

/// A signal in the answers that points to one kind of massage.
pub struct Signal {
    pub applies: fn(&Answers) -> bool,
    pub reason: fn(&Answers) -> String,
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
        .map(|c| c.label())
        .collect()
}

/// Signals for medical massage, one reason line each (clinical rules, section 4).
pub const MEDICAL_SIGNALS: &[Signal] = &[
    Signal {
        applies: |a| !treated_conditions(a).is_empty(),
        reason: |a| {
            format!(
                "You have a condition medical massage therapists treat: {}.",
                treated_conditions(a).join(", ").to_lowercase()
            )
        },
    },
    Signal {
        applies: |a| a.pain_duration() == Some(PainDuration::OverThreeMonths),
        reason: |_| "Your pain has lasted more than 3 months.".into(),
    },
    Signal {
        applies: |a| a.pain_intensity().is_some_and(|n| n >= 5),
        reason: |a| {
            format!(
                "You rated your pain {} out of 10.",
                a.pain_intensity().unwrap_or_default()
            )
        },
    },
    Signal {
        applies: |a| a.has_pattern(PainPattern::SpreadsDownLeg),
        reason: |_| "Your pain spreads down a leg, which can mean a nerve is involved.".into(),
    },
    Signal {
        applies: |a| a.has_pattern(PainPattern::NumbnessOrTingling),
        reason: |_| "You feel numbness or tingling, which can mean a nerve is involved.".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::RelievePain),
        reason: |_| "You want relief from pain.".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::RecoverFromInjury),
        reason: |_| "You want to recover from an injury.".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::ManageCondition),
        reason: |_| "You want help managing a diagnosed condition.".into(),
    },
    Signal {
        applies: |a| a.doctor_referral,
        reason: |_| "A doctor referred you for massage.".into(),
    },
];

/// Signals for a general (relaxation) massage.
pub const GENERAL_SIGNALS: &[Signal] = &[
    Signal {
        applies: |a| a.has_goal(Goal::RelaxStress),
        reason: |_| "You want to relax and ease stress.".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::MoodSleep),
        reason: |_| "You want to lift your mood and sleep better.".into(),
    },
    Signal {
        applies: |a| a.has_goal(Goal::PostureMobility),
        reason: |_| "You want to loosen up and move more easily.".into(),
    },
    Signal {
        applies: |a| !a.has_pain(),
        reason: |_| "You have no pain to treat.".into(),
    },
    Signal {
        applies: |a| {
            a.pain_intensity().is_some_and(|n| n < 5)
                && a.pain_duration() != Some(PainDuration::OverThreeMonths)
        },
        reason: |a| {
            format!(
                "Your pain is mild ({} out of 10) and recent.",
                a.pain_intensity().unwrap_or_default()
            )
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
        note: "You take blood thinners or bruise easily: ask for lighter pressure.",
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Pregnancy),
        note: "You are pregnant: ask for a therapist trained in prenatal massage. In the first three months, check with your doctor first.",
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Cancer),
        note: "You have had cancer: ask for a therapist trained in oncology massage, and tell your care team.",
    },
    NoteRule {
        applies: |a| {
            a.has_condition(Condition::Neuropathy)
                || (a.has_condition(Condition::Diabetes)
                    && a.has_pattern(PainPattern::NumbnessOrTingling))
        },
        note: "Where feeling is reduced, the therapist should avoid deep pressure: say which areas feel numb.",
    },
    NoteRule {
        applies: |a| a.has_condition(Condition::Osteoporosis),
        note: "Fragile bones need gentle pressure: mention your osteoporosis.",
    },
    NoteRule {
        applies: |_| true,
        note: "Point out any open wound, burn, skin infection, varicose veins or recent surgical site: the therapist works around them.",
    },
];

/// The guide's answer, with everything that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub outcome: Outcome,
    /// One line per answer that drove the outcome.
    pub reasons: Vec<String>,
    pub notes: Vec<Note>,
    pub articles: Vec<ArticlePick>,
    /// Medical massage won, but the visitor also wants to relax: say a medical therapist can do both.
    pub also_relaxation: bool,
}

fn reasons_of(signals: &[Signal], answers: &Answers) -> Vec<String> {
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
            reasons: reasons.into_iter().map(String::from).collect(),
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
            vec!["Nothing in your answers calls for medical treatment.".into()],
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
