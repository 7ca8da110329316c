//! The red flags and the rules that decide the level of care before any massage is suggested.
//!
//! The interview asks each red flag where it fits: a few of everyone up front, those of each
//! body area marked after "About your pain", those of each condition ticked after the health
//! background. A flag is a row of [`FLAGS`] (which screen asks it, and of whom); a rule is a
//! row of [`SAFETY_RULES`] (what it needs, how urgent, why, and the source).

use super::answers::{Answers, BodyRegion, Condition, Goal, PainDuration, PainPattern};
use super::flag::{Flag, FlagScreen};
use super::DocText;
use crate::i18n::Key;

/// How urgently something needs care other than massage, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// Call the emergency number now (or go to an emergency room today).
    Emergency,
    /// See a doctor today: the doctor's office or urgent care, the same day.
    DoctorToday,
    /// Ask a doctor before booking; not urgent.
    DoctorBeforeBooking,
    /// Nothing for a doctor, but not massage yet: a cold, or an injury under 3 days old.
    WaitUntilWell,
}

/// One red-flag question: the screen that asks it and whom it is asked of. `asked` reads only
/// answers given before that screen, or on it (a question that follows up a tick shows under
/// it as soon as it is ticked).
pub struct FlagRow {
    pub flag: Flag,
    pub screen: FlagScreen,
    pub asked: fn(&Answers) -> bool,
    /// A question that follows up a tick on the same screen ("Since then, ...?" under "You hit
    /// your head"): shown under it as soon as it is ticked, and answered yes or no, never
    /// taken as "no" by going on.
    pub follows: Option<Flag>,
    /// To whom, in words for the clinician who reads the rules.
    pub asked_of: DocText,
}

fn everyone(_: &Answers) -> bool {
    true
}

/// Lower back or buttocks, or pain spreading down a leg: where a squeezed nerve root shows.
fn low_back(a: &Answers) -> bool {
    a.hurts_in(|r| matches!(r, BodyRegion::LowerBack | BodyRegion::Buttocks))
        || a.has_pattern(PainPattern::SpreadsDownLeg)
}

fn any_back(a: &Answers) -> bool {
    low_back(a) || a.hurts_in(|r| r == BodyRegion::UpperBack)
}

fn neck_or_arms(a: &Answers) -> bool {
    a.hurts_in(BodyRegion::is_neck_or_arm)
}

fn head(a: &Answers) -> bool {
    a.hurts_in(|r| matches!(r, BodyRegion::Head | BodyRegion::Jaw))
        || a.has_pattern(PainPattern::Headaches)
}

macro_rules! flag {
    ($flag:ident, $screen:ident, $asked:expr, $of:expr) => {
        FlagRow {
            flag: Flag::$flag,
            screen: FlagScreen::$screen,
            asked: $asked,
            asked_of: doc_text!($of),
            follows: None,
        }
    };
}

/// A question asked once its parent, on the same screen, is ticked (and still counts).
macro_rules! follow {
    ($flag:ident, $screen:ident, $parent:ident, $of:expr) => {
        FlagRow {
            flag: Flag::$flag,
            screen: FlagScreen::$screen,
            asked: |a| a.confirmed(Flag::$parent),
            asked_of: doc_text!($of),
            follows: Some(Flag::$parent),
        }
    };
}

/// Every red-flag question, grouped by the screen that asks it, in the order of `FlagScreen`
/// (the "right now" rows, `Unwell`, are asked with the goals, after the conditions' screens).
/// `FLAGS[flag as usize]` is the flag's own row (a test holds it).
pub const FLAGS: &[FlagRow] = &[
    flag!(ChestPain, Everyone, everyone, "Everyone, up front"),
    flag!(Breathless, Everyone, everyone, "Everyone, up front"),
    flag!(StrokeFaceArmLeg, Everyone, everyone, "Everyone, up front"),
    flag!(StrokeSpeechSight, Everyone, everyone, "Everyone, up front"),
    flag!(WorstHeadache, Everyone, everyone, "Everyone, up front"),
    flag!(
        SuddenBellyBackPain,
        Everyone,
        everyone,
        "Everyone, up front"
    ),
    flag!(
        HeartSigns,
        Chest,
        |a| a.hurts_in(BodyRegion::is_heart_pain_area),
        "Pain in the chest, jaw or left arm"
    ),
    flag!(
        SaddleNumbness,
        Back,
        low_back,
        "Pain in the lower back or buttocks, or down a leg"
    ),
    flag!(
        BladderBowel,
        Back,
        low_back,
        "Pain in the lower back or buttocks, or down a leg"
    ),
    flag!(
        BothLegs,
        Back,
        low_back,
        "Pain in the lower back or buttocks, or down a leg"
    ),
    flag!(
        LegWeakness,
        Back,
        low_back,
        "Pain in the lower back or buttocks, or down a leg"
    ),
    flag!(
        BackAccident,
        Back,
        any_back,
        "Pain in the back or buttocks, or down a leg"
    ),
    flag!(
        WeightLoss,
        Back,
        any_back,
        "Pain in the back or buttocks, or down a leg"
    ),
    flag!(
        NightPain,
        Back,
        any_back,
        "Pain in the back or buttocks, or down a leg"
    ),
    flag!(
        BackHeartSigns,
        Back,
        |a| a.hurts_in(|r| r == BodyRegion::UpperBack),
        "Pain in the upper back (heart pain can be felt there)"
    ),
    flag!(
        NeckAccident,
        NeckAndArms,
        |a| a.hurts_in(|r| r == BodyRegion::Neck),
        "Pain in the neck"
    ),
    flag!(
        ArmWeakness,
        NeckAndArms,
        neck_or_arms,
        "Pain in the neck, shoulders, arms or hands"
    ),
    flag!(
        FeverStiffNeck,
        NeckAndArms,
        |a| a.hurts_in(|r| r == BodyRegion::Neck),
        "Pain in the neck"
    ),
    flag!(
        NeckHeartSigns,
        NeckAndArms,
        |a| a.hurts_in(|r| matches!(
            r,
            BodyRegion::Neck | BodyRegion::LeftShoulder | BodyRegion::RightShoulder | BodyRegion::RightArm
        )),
        "Pain in the neck, a shoulder or the right arm (heart pain can be felt there; the left arm is asked on the chest's screen)"
    ),
    flag!(
        HeadKnock,
        Head,
        head,
        "Pain in the head or jaw, or headaches"
    ),
    follow!(HeadKnockSymptoms, Head, HeadKnock, "Visitors who hit their head in the last few days"),
    flag!(
        NewHeadacheOver50,
        Head,
        head,
        "Pain in the head or jaw, or headaches"
    ),
    follow!(ArteritisSigns, Head, NewHeadacheOver50, "Visitors over 50 with a new kind of headache"),
    flag!(
        HeadacheFeverStiffNeck,
        Head,
        head,
        "Pain in the head or jaw, or headaches"
    ),
    flag!(
        BrokenBone,
        Limbs,
        |a| a.hurts_in(BodyRegion::is_limb),
        "Pain in a shoulder, arm, hand, hip, leg, knee or foot"
    ),
    flag!(
        HotJoint,
        Limbs,
        |a| a.hurts_in(BodyRegion::is_limb),
        "Pain in a shoulder, arm, hand, hip, leg, knee or foot"
    ),
    flag!(
        SwollenCalf,
        Limbs,
        |a| a.hurts_in(|r| matches!(
            r,
            BodyRegion::LeftLeg
                | BodyRegion::RightLeg
                | BodyRegion::LeftKnee
                | BodyRegion::RightKnee
        )),
        "Pain in a leg or knee"
    ),
    flag!(Fever, Unwell, everyone, "Everyone, with the goals"),
    flag!(
        CatchingIllness,
        Unwell,
        everyone,
        "Everyone, with the goals"
    ),
    flag!(CatchingSkin, Unwell, everyone, "Everyone, with the goals"),
    flag!(
        SpreadingRedSkin,
        Unwell,
        everyone,
        "Everyone, with the goals"
    ),
    flag!(
        CancerTreatment,
        Cancer,
        |a| a.has_condition(Condition::Cancer),
        "Cancer now or in the past"
    ),
    flag!(
        CancerNewPain,
        Cancer,
        |a| a.has_condition(Condition::Cancer)
            && (a.hurts_in(BodyRegion::is_spine_or_head) || a.has_pattern(PainPattern::Headaches)),
        "Cancer now or in the past, with pain in the neck, back or head, or headaches"
    ),
    flag!(
        PregnancySigns,
        Pregnancy,
        |a| a.has_condition(Condition::Pregnancy),
        "Pregnant"
    ),
    flag!(
        PregnancyBleeding,
        Pregnancy,
        |a| a.has_condition(Condition::Pregnancy),
        "Pregnant"
    ),
    flag!(
        HeartWorse,
        Heart,
        |a| a.has_condition(Condition::HeartCondition),
        "A heart condition"
    ),
    flag!(
        HeartRecent,
        Heart,
        |a| a.has_condition(Condition::HeartCondition),
        "A heart condition"
    ),
    flag!(
        ClotRecent,
        Clot,
        |a| a.has_condition(Condition::BloodClot),
        "A blood clot now or in the past"
    ),
    flag!(
        HighReading,
        BloodPressure,
        |a| a.has_condition(Condition::HighBloodPressure),
        "High blood pressure"
    ),
    follow!(ReadingSymptoms, BloodPressure, HighReading, "Visitors with a reading of 180/120 or more"),
    flag!(
        SurgeryWound,
        Surgery,
        |a| a.has_condition(Condition::RecentSurgery),
        "Surgery in the last 3 months"
    ),
    flag!(
        FragileBack,
        Bones,
        |a| (a.has_condition(Condition::Osteoporosis) || a.has_condition(Condition::Steroids))
            && a.hurts_in(BodyRegion::is_back),
        "Osteoporosis or long-term steroids, with back pain"
    ),
    flag!(
        ThinnersHeadKnock,
        BloodThinners,
        |a| a.has_condition(Condition::BloodThinners)
            && a.flag_answer(Flag::HeadKnock) != Some(false),
        "Blood thinners, unless the head's screen was answered \"no\" to a knock"
    ),
    flag!(
        FootSore,
        Diabetes,
        |a| a.has_condition(Condition::Diabetes),
        "Diabetes"
    ),
];

impl Flag {
    /// The flag's row of [`FLAGS`].
    pub fn row(self) -> &'static FlagRow {
        &FLAGS[self as usize]
    }

    /// The screen that asks it.
    pub fn screen(self) -> FlagScreen {
        self.row().screen
    }

    /// Whether the other answers call for this question.
    pub fn asked(self, a: &Answers) -> bool {
        (self.row().asked)(a)
    }

    /// The questions `screen` asks, for these answers, in order.
    pub fn on_screen(screen: FlagScreen, a: &Answers) -> impl Iterator<Item = Flag> + '_ {
        FLAGS
            .iter()
            .filter(move |row| row.screen == screen && (row.asked)(a))
            .map(|row| row.flag)
    }
}

impl FlagScreen {
    /// The condition whose doctor can refer the visitor past this screen's "check with your
    /// doctor" (it never lowers "today" or an emergency).
    pub fn referral(self) -> Option<Condition> {
        match self {
            FlagScreen::Cancer => Some(Condition::Cancer),
            FlagScreen::Heart => Some(Condition::HeartCondition),
            FlagScreen::Clot => Some(Condition::BloodClot),
            FlagScreen::Surgery => Some(Condition::RecentSurgery),
            _ => None,
        }
    }
}

/// What the answers say of the red flags: kept here, with the table that decides whom each is
/// asked of, so the vocabulary of answers does not depend on the clinical rules.
impl Answers {
    /// A red flag was ticked and its question still applies to the other answers (a visitor
    /// who went back and unmarked the chest no longer has the heart question).
    pub fn confirmed(&self, flag: Flag) -> bool {
        self.flags_yes.contains(flag) && flag.asked(self)
    }

    /// The questions of `screen` these answers call for.
    pub fn flags_on(&self, screen: FlagScreen) -> Vec<Flag> {
        Flag::on_screen(screen, self).collect()
    }

    /// Every question of `screen` has an answer.
    pub fn screen_answered(&self, screen: FlagScreen) -> bool {
        Flag::on_screen(screen, self).all(|f| self.flag_answer(f).is_some())
    }

    /// A follow-up question of `screen` shown under its tick and not yet answered yes or no.
    pub fn follow_up_unanswered(&self, screen: FlagScreen) -> bool {
        Flag::on_screen(screen, self)
            .any(|f| f.row().follows.is_some() && self.flag_answer(f).is_none())
    }

    /// "None of these": every question of `screen` is answered "no".
    pub fn none_on(&self, screen: FlagScreen) -> bool {
        let mut flags = Flag::on_screen(screen, self).peekable();
        flags.peek().is_some() && flags.all(|f| self.flag_answer(f) == Some(false))
    }

    /// Answer "no" to every question of `screen` not ticked: the visitor saw them and went on.
    pub fn settle(&mut self, screen: FlagScreen) {
        for flag in self.flags_on(screen) {
            if !self.flags_yes.contains(flag) {
                self.answer_flag(flag, false);
            }
        }
    }

    /// The visitor takes a blood thinner or has a bleeding disorder (health background).
    pub fn takes_blood_thinners(&self) -> bool {
        self.has_condition(Condition::BloodThinners)
    }
}

/// What makes a safety rule apply.
pub enum When {
    /// The visitor ticked this red flag.
    Yes(Flag),
    /// A combination of answers, described for the clinician who reads the rules.
    Answers {
        applies: fn(&Answers) -> bool,
        described: DocText,
    },
}

/// One safety rule: when it applies, how urgent it is, the reason the visitor reads (a
/// catalogue key) and where the rule comes from. `referral`: a referral from the doctor who
/// treats this condition lifts the rule (only ever on "check with your doctor before booking").
pub struct SafetyRule {
    pub urgency: Urgency,
    pub when: When,
    pub reason: Key,
    pub source: DocText,
    pub referral: Option<Condition>,
}

impl SafetyRule {
    /// The rule's answers are there, whatever a referral says.
    pub fn matches(&self, a: &Answers) -> bool {
        match self.when {
            When::Yes(flag) => a.confirmed(flag),
            When::Answers { applies, .. } => applies(a),
        }
    }

    /// The rule applies: it matches, and no referral from the treating doctor lifts it.
    pub fn applies(&self, a: &Answers) -> bool {
        self.matches(a) && !self.referral.is_some_and(|c| a.referred(c))
    }
}

// Sources, cited in full in docs/clinical-rules.md.
const NICE_SCIATICA: DocText = doc_text!("NICE CKS Sciatica, red flags; NICE NG59");
const NHS_BACK: DocText = doc_text!("NHS Back pain: when to call 999");
const AHA_HEART: DocText = doc_text!("American Heart Association, heart attack warning signs");
const NHS_STROKE: DocText =
    doc_text!("NIH stroke warning signs (BE FAST); NHS Transient ischaemic attack: call even if the symptoms go away");
const SNOOP: DocText = doc_text!("SNNOOP10 headache red flags (Do et al., Neurology 2019)");
const NICE_HEAD: DocText = doc_text!("NICE NG232 Head injury; NHS Head injury and concussion");
const NHS_AAA: DocText = doc_text!("NHS Abdominal aortic aneurysm: call 999");
const NHS_DVT: DocText = doc_text!("NHS and UCLH Deep vein thrombosis");
const NICE_LBP: DocText = doc_text!("NICE CKS Low back pain, red flags");
const NICE_NECK: DocText =
    doc_text!("NICE CKS Neck pain, red flags; Canadian C-spine rule (Stiell et al., JAMA 2001)");
const NHS_MENINGITIS: DocText = doc_text!("NHS Meningitis: call 999");
const NCCIH: DocText = doc_text!("NCCIH Massage therapy: what you need to know");
const NHS_JOINT: DocText =
    doc_text!("NICE CKS Septic arthritis; NHS Broken bones and Sprains: when to go to A&E");
const AHA_BP: DocText = doc_text!("American Heart Association, hypertensive crisis");
const NHS_CELLULITIS: DocText = doc_text!("NHS Cellulitis: urgent GP or 111");
const NYSED: DocText = doc_text!("NYSED precautions for massage therapy; AMTA contraindications");
const NICE_SPINE: DocText = doc_text!("NICE NG234 Spinal metastases and MSCC; SNOOP");
const NICE_FEVER_CANCER: DocText =
    doc_text!("NICE CG151 Neutropenic sepsis: fever during anticancer treatment; MSKCC massage for people with cancer");
const NICE_PREGNANCY: DocText = doc_text!(
    "NICE NG133 Hypertension in pregnancy; NHS Pregnancy: bleeding, pain and fever, call your midwife"
);
const AHA_ANGINA: DocText =
    doc_text!("American Heart Association, unstable angina and cardiac rehabilitation");
const NHS_CLOT: DocText = doc_text!("NHS Blood clots; NICE NG158 Venous thromboembolic diseases");
const ARTERITIS: DocText = doc_text!("SNOOP; patient.info Giant cell arteritis");
const NHS_SPRAIN: DocText = doc_text!("NHS Sprains and strains (no HARM in the first 72 hours)");
const NHS_WOUND: DocText = doc_text!("NHS After surgery: signs of a wound infection");
const NICE_DIABETIC_FOOT: DocText = doc_text!("NICE NG19 Diabetic foot problems");

/// A rule on a red flag ticked.
macro_rules! yes {
    ($urgency:ident, $flag:ident, $reason:ident, $source:expr) => {
        yes!($urgency, $flag, $reason, $source, None)
    };
    ($urgency:ident, $flag:ident, $reason:ident, $source:expr, $referral:expr) => {
        SafetyRule {
            urgency: Urgency::$urgency,
            when: When::Yes(Flag::$flag),
            reason: Key::$reason,
            source: $source,
            referral: $referral,
        }
    };
}

/// A rule on a combination of answers.
macro_rules! answers {
    ($urgency:ident, $applies:expr, $described:expr, $reason:ident, $source:expr, $referral:expr) => {
        SafetyRule {
            urgency: Urgency::$urgency,
            when: When::Answers {
                applies: $applies,
                described: doc_text!($described),
            },
            reason: Key::$reason,
            source: $source,
            referral: $referral,
        }
    };
}

/// The safety rules, most urgent first. The reasons are in the catalogues under
/// `safety.reason.*`; `cargo xtask rules` writes this table into docs/clinical-rules.md.
pub const SAFETY_RULES: &[SafetyRule] = &[
    // Emergency: call the emergency number now.
    yes!(Emergency, ChestPain, SafetyReasonChestPain, AHA_HEART),
    yes!(Emergency, Breathless, SafetyReasonBreathless, AHA_HEART),
    yes!(Emergency, HeartSigns, SafetyReasonHeartSigns, AHA_HEART),
    yes!(Emergency, NeckHeartSigns, SafetyReasonHeartSignsElsewhere, AHA_HEART),
    yes!(Emergency, BackHeartSigns, SafetyReasonHeartSignsElsewhere, AHA_HEART),
    yes!(Emergency, StrokeFaceArmLeg, SafetyReasonStroke, NHS_STROKE),
    yes!(Emergency, StrokeSpeechSight, SafetyReasonStroke, NHS_STROKE),
    yes!(Emergency, WorstHeadache, SafetyReasonWorstHeadache, SNOOP),
    yes!(Emergency, SuddenBellyBackPain, SafetyReasonSuddenBellyBackPain, NHS_AAA),
    yes!(Emergency, SaddleNumbness, SafetyReasonSaddleNumbness, NICE_SCIATICA),
    yes!(Emergency, BladderBowel, SafetyReasonBladderBowel, NICE_SCIATICA),
    yes!(Emergency, BothLegs, SafetyReasonBothLegs, NICE_SCIATICA),
    yes!(Emergency, LegWeakness, SafetyReasonLegWeakness, NICE_SCIATICA),
    yes!(Emergency, BackAccident, SafetyReasonAccident, NHS_BACK),
    yes!(Emergency, NeckAccident, SafetyReasonAccident, NICE_NECK),
    yes!(Emergency, FeverStiffNeck, SafetyReasonFeverStiffNeck, NHS_MENINGITIS),
    yes!(Emergency, HeadacheFeverStiffNeck, SafetyReasonFeverStiffNeck, NHS_MENINGITIS),
    yes!(Emergency, HeadKnockSymptoms, SafetyReasonHeadKnockSymptoms, NICE_HEAD),
    answers!(
        Emergency,
        |a| a.takes_blood_thinners()
            && (a.confirmed(Flag::HeadKnock) || a.confirmed(Flag::ThinnersHeadKnock)),
        "A knock to the head in the last few days, and a blood thinner or bleeding disorder (health background)",
        SafetyReasonHeadKnockThinners,
        NICE_HEAD,
        None
    ),
    yes!(Emergency, ReadingSymptoms, SafetyReasonReadingSymptoms, AHA_BP),
    // See a doctor today.
    yes!(DoctorToday, ArmWeakness, SafetyReasonArmWeakness, NICE_NECK),
    yes!(DoctorToday, ArteritisSigns, SafetyReasonArteritisSigns, ARTERITIS),
    yes!(DoctorToday, BrokenBone, SafetyReasonBrokenBone, NHS_JOINT),
    yes!(DoctorToday, HotJoint, SafetyReasonHotJoint, NHS_JOINT),
    yes!(DoctorToday, SwollenCalf, SafetyReasonSwollenCalf, NHS_DVT),
    yes!(DoctorToday, SpreadingRedSkin, SafetyReasonSpreadingRedSkin, NHS_CELLULITIS),
    answers!(
        DoctorToday,
        |a| any_back(a)
            && a.confirmed(Flag::Fever)
            && a.pain_duration().is_some_and(PainDuration::is_recent),
        "Pain in the back or buttocks, or down a leg, that began less than 6 weeks ago, with a fever (asked with the goals)",
        SafetyReasonBackPainFever,
        NICE_LBP,
        None
    ),
    answers!(
        DoctorToday,
        |a| a.confirmed(Flag::CancerTreatment) && a.confirmed(Flag::Fever),
        "Cancer treatment now or in the last 6 weeks, with a fever (asked with the goals)",
        SafetyReasonCancerFever,
        NICE_FEVER_CANCER,
        None
    ),
    yes!(DoctorToday, CancerNewPain, SafetyReasonCancerNewPain, NICE_SPINE),
    yes!(DoctorToday, PregnancySigns, SafetyReasonPregnancySigns, NICE_PREGNANCY),
    yes!(DoctorToday, PregnancyBleeding, SafetyReasonPregnancyBleeding, NICE_PREGNANCY),
    answers!(
        DoctorToday,
        |a| a.has_condition(Condition::Pregnancy) && a.confirmed(Flag::Fever),
        "Pregnant, with a fever (asked with the goals)",
        SafetyReasonPregnancyFever,
        NICE_PREGNANCY,
        None
    ),
    yes!(DoctorToday, HeartWorse, SafetyReasonHeartWorse, AHA_ANGINA),
    yes!(DoctorToday, HighReading, SafetyReasonHighReading, AHA_BP),
    yes!(DoctorToday, SurgeryWound, SafetyReasonSurgeryWound, NHS_WOUND),
    yes!(DoctorToday, FragileBack, SafetyReasonFragileBonesBackPain, NICE_LBP),
    // Check with a doctor before booking.
    yes!(DoctorBeforeBooking, WeightLoss, SafetyReasonWeightLoss, NICE_LBP),
    yes!(DoctorBeforeBooking, NightPain, SafetyReasonNightPain, NICE_LBP),
    yes!(DoctorBeforeBooking, NewHeadacheOver50, SafetyReasonNewHeadacheOver50, SNOOP),
    yes!(DoctorBeforeBooking, CatchingSkin, SafetyReasonCatchingSkin, NYSED),
    yes!(DoctorBeforeBooking, FootSore, SafetyReasonFootSore, NICE_DIABETIC_FOOT),
    yes!(
        DoctorBeforeBooking,
        CancerTreatment,
        SafetyReasonCancerTreatment,
        NICE_FEVER_CANCER,
        Some(Condition::Cancer)
    ),
    yes!(
        DoctorBeforeBooking,
        HeartRecent,
        SafetyReasonHeartRecent,
        AHA_ANGINA,
        Some(Condition::HeartCondition)
    ),
    yes!(
        DoctorBeforeBooking,
        ClotRecent,
        SafetyReasonClotRecent,
        NHS_CLOT,
        Some(Condition::BloodClot)
    ),
    answers!(
        DoctorBeforeBooking,
        |a| a.has_condition(Condition::RecentSurgery),
        "Surgery in the last 3 months (health background)",
        SafetyReasonRecentSurgery,
        NCCIH,
        Some(Condition::RecentSurgery)
    ),
    // Wait until well, then book.
    yes!(WaitUntilWell, Fever, SafetyReasonIllNow, NYSED),
    yes!(WaitUntilWell, CatchingIllness, SafetyReasonIllNow, NYSED),
    answers!(
        WaitUntilWell,
        |a| {
            a.pain_duration() == Some(PainDuration::UnderThreeDays)
                && (a.has_goal(Goal::RecoverFromInjury) || a.has_condition(Condition::SportsInjury))
        },
        "Pain for less than 3 days, with a goal of recovering from an injury or a sports injury",
        SafetyReasonFreshInjury,
        NHS_SPRAIN,
        None
    ),
];

impl Flag {
    /// The level of care this flag calls for on its own, read from the rule table (`None`
    /// when it only counts with other answers, like a knock to the head).
    pub fn urgency(self) -> Option<Urgency> {
        SAFETY_RULES
            .iter()
            .filter(|rule| matches!(rule.when, When::Yes(flag) if flag == self))
            .map(|rule| rule.urgency)
            .min()
    }
}

/// The most urgent level among the rules that apply, with their reasons (most urgent first,
/// each reason once).
pub fn screen(answers: &Answers) -> Option<(Urgency, Vec<Key>)> {
    let hits: Vec<&SafetyRule> = SAFETY_RULES
        .iter()
        .filter(|rule| rule.applies(answers))
        .collect();
    let worst = hits.iter().map(|rule| rule.urgency).min()?;
    let mut reasons: Vec<Key> = Vec::new();
    for rule in hits.iter().filter(|rule| rule.urgency == worst) {
        if !reasons.contains(&rule.reason) {
            reasons.push(rule.reason);
        }
    }
    Some((worst, reasons))
}

/// True when the answers call for emergency care.
pub fn is_emergency(answers: &Answers) -> bool {
    screen(answers).is_some_and(|(urgency, _)| urgency == Urgency::Emergency)
}

/// The conditions whose treating doctor's referral lifted a "check with your doctor" rule:
/// the therapist's note says so.
pub fn referral_lifted(answers: &Answers) -> bool {
    SAFETY_RULES.iter().any(|rule| {
        rule.matches(answers)
            && rule
                .referral
                .is_some_and(|c| answers.referred_for.contains(c))
    })
}
