//! The safety screen: emergency and warning signs, checked before any massage is suggested.

use super::answers::{Answers, BodyRegion, Condition};
use serde::{Deserialize, Serialize};

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
    pub enum SafetySign {
        SaddleNumbness => ("saddle-numbness",
            "Numbness in the groin, buttocks or inner thighs, or new trouble controlling your bladder or bowels"),
        BothLegsOrWeakness => ("both-legs-weakness",
            "Pain shooting down both legs, or weakness in a leg that is getting worse"),
        BackPainChestOrAccident => ("back-pain-chest-accident",
            "Back pain that came with chest pain, or after a serious accident or fall"),
        ChestPainOrBreathless => ("chest-pain-breathless",
            "Chest pain, or sudden shortness of breath"),
        SevereHeadache => ("severe-headache",
            "A sudden, severe headache (the worst ever), or a headache with weakness, confusion, trouble speaking, a stiff neck and fever, or after a blow to the head"),
        SwollenCalf => ("swollen-calf",
            "Pain, swelling, warmth or redness in one calf or thigh"),
        BackPainFeverWeightLoss => ("back-pain-fever",
            "Back pain with a fever, weight loss you can't explain, or pain at night that rest does not ease"),
        RecentInjury => ("recent-injury",
            "A recent serious injury, or a bone that might be broken"),
        FeverOrContagious => ("fever-contagious",
            "A fever, or an illness you could pass on, such as flu"),
        UncontrolledBloodPressure => ("uncontrolled-blood-pressure",
            "High blood pressure that is not under control"),
        NewHeadacheOver50 => ("new-headache-over-50",
            "A new kind of headache that began after you turned 50"),
    }
}

/// One safety rule: when it applies, how urgent it is, and the reason the visitor reads.
pub struct SafetyRule {
    pub urgency: Urgency,
    pub applies: fn(&Answers) -> bool,
    pub reason: &'static str,
}

macro_rules! sign_rule {
    ($urgency:ident, $sign:ident, $reason:literal) => {
        SafetyRule {
            urgency: Urgency::$urgency,
            applies: |a| a.safety_signs.contains(&SafetySign::$sign),
            reason: $reason,
        }
    };
}

/// The safety rules, most urgent first. Sources are in `docs/clinical-rules.md`.
pub const SAFETY_RULES: &[SafetyRule] = &[
    sign_rule!(Emergency, SaddleNumbness,
        "Numbness around the groin or new bladder or bowel trouble can mean the nerves at the base of the spine are pressed. This needs emergency care."),
    sign_rule!(Emergency, BothLegsOrWeakness,
        "Pain down both legs, or a leg growing weaker, can mean a nerve is badly pressed. This needs emergency care."),
    sign_rule!(Emergency, BackPainChestOrAccident,
        "Back pain with chest pain, or after a serious accident or fall, must be checked in an emergency room."),
    sign_rule!(Emergency, ChestPainOrBreathless,
        "Chest pain or sudden breathlessness can be a heart problem or a blood clot in the lungs. Call now."),
    sign_rule!(Emergency, SevereHeadache,
        "A sudden, severe headache, or one with weakness, confusion or a stiff neck and fever, needs emergency care."),
    sign_rule!(SeeDoctorFirst, SwollenCalf,
        "A painful, swollen, warm or red calf or thigh can be a blood clot. Massage could move it, so a doctor should check it first."),
    sign_rule!(SeeDoctorFirst, BackPainFeverWeightLoss,
        "Back pain with fever, unexplained weight loss or night pain needs a doctor's check before massage."),
    sign_rule!(SeeDoctorFirst, RecentInjury,
        "A recent serious injury or a possible broken bone should be examined by a doctor before massage."),
    sign_rule!(SeeDoctorFirst, FeverOrContagious,
        "With a fever or an illness you could pass on, rest and see a doctor; book your massage once you are well."),
    sign_rule!(SeeDoctorFirst, UncontrolledBloodPressure,
        "Blood pressure that is not under control should be treated by a doctor before massage."),
    sign_rule!(SeeDoctorFirst, NewHeadacheOver50,
        "A new kind of headache after age 50 should be checked by a doctor before massage."),
    SafetyRule {
        urgency: Urgency::SeeDoctorFirst,
        applies: |a| a.has_condition(Condition::Cancer) && a.hurts_in(BodyRegion::is_back),
        reason: "Back pain in someone who has had cancer should be checked by a doctor first.",
    },
    SafetyRule {
        urgency: Urgency::SeeDoctorFirst,
        applies: |a| a.has_condition(Condition::RecentSurgery),
        reason: "After recent surgery, ask your surgeon or doctor when massage is safe.",
    },
];

impl SafetySign {
    /// The urgency of this sign, read from the rule table.
    pub fn urgency(self) -> Urgency {
        let answers = Answers {
            safety_signs: [self].into(),
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
