//! The safety screen: emergency and warning signs, checked before any massage is suggested.

use super::answers::{Answers, BodyRegion, Condition};

/// How urgently a sign needs medical care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Call the emergency number now.
    Emergency,
    /// See a doctor before any massage.
    SeeDoctorFirst,
}

labelled_enum! {
    /// A sign the visitor ticks on the safety screen ("Do any of these apply to you right now?").
    pub enum SafetySign ("sign") {
        SaddleNumbness => "saddle-numbness",
        BothLegsOrWeakness => "both-legs-weakness",
        BackPainChestOrAccident => "back-pain-chest-accident",
        ChestPainOrBreathless => "chest-pain-breathless",
        SevereHeadache => "severe-headache",
        SwollenCalf => "swollen-calf",
        BackPainFeverWeightLoss => "back-pain-fever",
        RecentInjury => "recent-injury",
        FeverOrContagious => "fever-contagious",
        UncontrolledBloodPressure => "uncontrolled-blood-pressure",
        NewHeadacheOver50 => "new-headache-over-50",
    }
}

/// One safety rule: when it applies, how urgent it is, and the reason the visitor reads
/// (a catalogue key).
pub struct SafetyRule {
    pub urgency: Urgency,
    pub applies: fn(&Answers) -> bool,
    pub reason: &'static str,
}

macro_rules! sign_rule {
    ($urgency:ident, $sign:ident, $id:literal) => {
        SafetyRule {
            urgency: Urgency::$urgency,
            applies: |a| a.safety_signs.contains(SafetySign::$sign),
            reason: concat!("safety.reason.", $id),
        }
    };
}

/// The safety rules, most urgent first. Sources are in `docs/clinical-rules.md`; the reasons
/// are in the catalogues under `safety.reason.*`.
pub const SAFETY_RULES: &[SafetyRule] = &[
    sign_rule!(Emergency, SaddleNumbness, "saddle-numbness"),
    sign_rule!(Emergency, BothLegsOrWeakness, "both-legs-weakness"),
    sign_rule!(
        Emergency,
        BackPainChestOrAccident,
        "back-pain-chest-accident"
    ),
    sign_rule!(Emergency, ChestPainOrBreathless, "chest-pain-breathless"),
    sign_rule!(Emergency, SevereHeadache, "severe-headache"),
    sign_rule!(SeeDoctorFirst, SwollenCalf, "swollen-calf"),
    sign_rule!(SeeDoctorFirst, BackPainFeverWeightLoss, "back-pain-fever"),
    sign_rule!(SeeDoctorFirst, RecentInjury, "recent-injury"),
    sign_rule!(SeeDoctorFirst, FeverOrContagious, "fever-contagious"),
    sign_rule!(
        SeeDoctorFirst,
        UncontrolledBloodPressure,
        "uncontrolled-blood-pressure"
    ),
    sign_rule!(SeeDoctorFirst, NewHeadacheOver50, "new-headache-over-50"),
    SafetyRule {
        urgency: Urgency::SeeDoctorFirst,
        applies: |a| a.has_condition(Condition::Cancer) && a.hurts_in(BodyRegion::is_back),
        reason: "safety.reason.cancer-back-pain",
    },
    SafetyRule {
        urgency: Urgency::SeeDoctorFirst,
        applies: |a| a.has_condition(Condition::RecentSurgery),
        reason: "safety.reason.recent-surgery",
    },
];

impl SafetySign {
    /// The urgency of this sign, read from the rule table.
    pub fn urgency(self) -> Urgency {
        let answers = Answers {
            safety_signs: [self].into_iter().collect(),
            ..Answers::default()
        };
        SAFETY_RULES
            .iter()
            .find(|rule| (rule.applies)(&answers))
            .map(|rule| rule.urgency)
            .unwrap_or(Urgency::SeeDoctorFirst)
    }
}

/// The most urgent level among the rules that apply, with their reasons (most urgent first).
pub fn screen(answers: &Answers) -> Option<(Urgency, Vec<&'static str>)> {
    let hits: Vec<&SafetyRule> = SAFETY_RULES
        .iter()
        .filter(|rule| (rule.applies)(answers))
        .collect();
    let worst = hits.iter().map(|rule| rule.urgency).min()?;
    let reasons = hits
        .iter()
        .filter(|rule| rule.urgency == worst)
        .map(|rule| rule.reason)
        .collect();
    Some((worst, reasons))
}

/// True when a ticked sign calls for emergency care.
pub fn has_emergency_sign(answers: &Answers) -> bool {
    answers
        .safety_signs
        .iter()
        .any(|sign| sign.urgency() == Urgency::Emergency)
}
