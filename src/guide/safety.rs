//! The safety screen: emergency and warning signs, follow-up questions, and the rules that
//! decide the level of care before any massage is suggested.

use super::answers::{Answers, BodyRegion, Condition, Goal, PainDuration, PainPattern};
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

/// The parts of the safety screen, so a visitor on a phone can find their sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum SignGroup {
    ChestAndBreathing,
    HeadAndSenses,
    BackAndLegs,
    BloodPressureSkinIllness,
}

impl SignGroup {
    /// The groups, in the order the safety screen shows them.
    pub const ALL: &'static [SignGroup] = <SignGroup as strum::VariantArray>::VARIANTS;

    /// The catalogue key of the group's heading.
    pub fn key(self) -> Key {
        match self {
            SignGroup::ChestAndBreathing => Key::SafetyGroupChest,
            SignGroup::HeadAndSenses => Key::SafetyGroupHead,
            SignGroup::BackAndLegs => Key::SafetyGroupBack,
            SignGroup::BloodPressureSkinIllness => Key::SafetyGroupOther,
        }
    }
}

labelled_enum! {
    /// A sign the visitor ticks on the safety screen ("Do any of these apply to you right
    /// now?"). Each is one idea a person can recognise.
    pub enum SafetySign ("sign") {
        ChestPain => SignChestPain,
        Breathless => SignBreathless,
        OneSideWeakness => SignOneSideWeakness,
        SpeechTrouble => SignSpeechTrouble,
        SightLoss => SignSightLoss,
        BalanceLoss => SignBalanceLoss,
        WorstHeadache => SignWorstHeadache,
        HeadacheFeverStiffNeck => SignHeadacheFeverStiffNeck,
        HeadKnock => SignHeadKnock,
        NewHeadacheOver50 => SignNewHeadacheOver50,
        SaddleNumbness => SignSaddleNumbness,
        BladderBowel => SignBladderBowel,
        BothLegs => SignBothLegs,
        LegWeakness => SignLegWeakness,
        AccidentBackNeck => SignAccidentBackNeck,
        SuddenBellyBackPain => SignSuddenBellyBackPain,
        BackPainFever => SignBackPainFever,
        BackPainWeightLoss => SignBackPainWeightLoss,
        BackPainAtNight => SignBackPainAtNight,
        SwollenCalf => SignSwollenCalf,
        BrokenBone => SignBrokenBone,
        HighReading => SignHighReading,
        UncontrolledBloodPressure => SignUncontrolledBloodPressure,
        SpreadingRedSkin => SignSpreadingRedSkin,
        CatchingSkin => SignCatchingSkin,
        IllNow => SignIllNow,
    }
}

impl SafetySign {
    /// The signs of one group, in the order the visitor sees them.
    pub fn in_group(group: SignGroup) -> &'static [SafetySign] {
        // `ALL` lists each group's signs together, in the order of `SignGroup::ALL`.
        let start = SafetySign::ALL
            .iter()
            .position(|s| s.group() == group)
            .unwrap_or(0);
        let len = SafetySign::ALL[start..]
            .iter()
            .take_while(|s| s.group() == group)
            .count();
        &SafetySign::ALL[start..start + len]
    }

    /// The part of the safety screen the sign is listed in.
    pub fn group(self) -> SignGroup {
        use SafetySign::*;
        match self {
            ChestPain | Breathless => SignGroup::ChestAndBreathing,
            OneSideWeakness
            | SpeechTrouble
            | SightLoss
            | BalanceLoss
            | WorstHeadache
            | HeadacheFeverStiffNeck
            | HeadKnock
            | NewHeadacheOver50 => SignGroup::HeadAndSenses,
            SaddleNumbness | BladderBowel | BothLegs | LegWeakness | AccidentBackNeck
            | SuddenBellyBackPain | BackPainFever | BackPainWeightLoss | BackPainAtNight
            | SwollenCalf | BrokenBone => SignGroup::BackAndLegs,
            HighReading | UncontrolledBloodPressure | SpreadingRedSkin | CatchingSkin | IllNow => {
                SignGroup::BloodPressureSkinIllness
            }
        }
    }
}

/// The step after which a follow-up question is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AskedAfter {
    Safety,
    WhereItHurts,
    Health,
}

labelled_enum! {
    /// A yes/no follow-up question, asked once and only when earlier answers call for it.
    /// Its catalogue key (`check.*`) is the question.
    pub enum Check ("check") {
        /// A high blood pressure reading: with signs of harm to the organs?
        ReadingSymptoms => CheckReadingSymptoms,
        /// A knock to the head: on a blood thinner?
        BloodThinners => CheckBloodThinners,
        /// A new headache after 50: with signs of giant cell arteritis?
        ArteritisSigns => CheckArteritisSigns,
        /// Pain in the chest, jaw or left arm: does it feel like the heart?
        HeartSigns => CheckHeartSigns,
        /// Pregnant: any warning sign of pre-eclampsia?
        PregnancySigns => CheckPregnancySigns,
    }
}

impl Check {
    /// When the question is asked.
    pub fn asked_after(self) -> AskedAfter {
        match self {
            Check::ReadingSymptoms | Check::BloodThinners | Check::ArteritisSigns => {
                AskedAfter::Safety
            }
            Check::HeartSigns => AskedAfter::WhereItHurts,
            Check::PregnancySigns => AskedAfter::Health,
        }
    }

    /// Whether the other answers call for this question.
    pub fn asked(self, a: &Answers) -> bool {
        let sign = |s| a.safety_signs.contains(s);
        match self {
            Check::ReadingSymptoms => sign(SafetySign::HighReading),
            Check::BloodThinners => sign(SafetySign::HeadKnock),
            Check::ArteritisSigns => sign(SafetySign::NewHeadacheOver50),
            Check::HeartSigns => a.hurts_in(BodyRegion::is_heart_pain_area),
            Check::PregnancySigns => a.has_condition(Condition::Pregnancy),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// To whom the question is asked, in words for the clinician who reads the rules (the
    /// same conditions as [`Check::asked`]).
    pub fn asked_of(self) -> &'static str {
        match self {
            Check::ReadingSymptoms => "Visitors who ticked a reading of 180/120 or more",
            Check::BloodThinners => "Visitors who ticked a knock to the head",
            Check::ArteritisSigns => "Visitors who ticked a new headache after 50",
            Check::HeartSigns => "Visitors who marked the chest, the jaw or the left arm",
            Check::PregnancySigns => "Visitors who are pregnant",
        }
    }

    /// The questions asked after `step`, for these answers.
    pub fn pending(step: AskedAfter, a: &Answers) -> impl Iterator<Item = Check> + '_ {
        Check::ALL
            .iter()
            .copied()
            .filter(move |c| c.asked_after() == step && c.asked(a))
    }
}

/// What makes a safety rule apply.
pub enum When {
    /// The visitor ticked this sign.
    Sign(SafetySign),
    /// The visitor answered "yes" to this follow-up question.
    Yes(Check),
    /// A combination of answers, described for the clinician who reads the rules.
    Answers {
        applies: fn(&Answers) -> bool,
        described: DocText,
    },
}

/// One safety rule: when it applies, how urgent it is, the reason the visitor reads (a
/// catalogue key) and where the rule comes from.
pub struct SafetyRule {
    pub urgency: Urgency,
    pub when: When,
    pub reason: Key,
    pub source: DocText,
}

impl SafetyRule {
    pub fn applies(&self, a: &Answers) -> bool {
        match self.when {
            When::Sign(sign) => a.safety_signs.contains(sign),
            When::Yes(check) => a.confirmed(check),
            When::Answers { applies, .. } => applies(a),
        }
    }
}

// Sources, cited in full in docs/clinical-rules.md.
const NICE_SCIATICA: DocText = doc_text!("NICE CKS Sciatica, red flags; NICE NG59");
const NHS_BACK: DocText = doc_text!("NHS Back pain: when to call 999");
const AHA_HEART: DocText = doc_text!("American Heart Association, heart attack warning signs");
const NIH_STROKE: DocText = doc_text!("NIH stroke warning signs (BE FAST)");
const SNOOP: DocText = doc_text!("SNNOOP10 headache red flags (Do et al., Neurology 2019)");
const NICE_HEAD: DocText = doc_text!("NICE NG232 Head injury");
const NHS_AAA: DocText = doc_text!("NHS Abdominal aortic aneurysm: call 999");
const NHS_DVT: DocText = doc_text!("NHS and UCLH Deep vein thrombosis");
const NICE_LBP: DocText = doc_text!("NICE CKS Low back pain, red flags");
const NCCIH: DocText = doc_text!("NCCIH Massage therapy: what you need to know");
const AHA_BP: DocText = doc_text!("American Heart Association, hypertensive crisis");
const NHS_CELLULITIS: DocText = doc_text!("NHS Cellulitis: urgent GP or 111");
const NYSED: DocText = doc_text!("NYSED precautions for massage therapy");
const NICE_SPINE: DocText = doc_text!("NICE NG234 Spinal metastases and MSCC; SNOOP");
const NICE_PREGNANCY: DocText =
    doc_text!("NICE NG133 Hypertension in pregnancy; Mayo Clinic pre-eclampsia");
const ARTERITIS: DocText = doc_text!("SNOOP; patient.info Giant cell arteritis");
const NHS_SPRAIN: DocText = doc_text!("NHS Sprains and strains (no HARM in the first 72 hours)");

macro_rules! sign {
    ($urgency:ident, $sign:ident, $reason:ident, $source:expr) => {
        SafetyRule {
            urgency: Urgency::$urgency,
            when: When::Sign(SafetySign::$sign),
            reason: Key::$reason,
            source: $source,
        }
    };
}

/// A rule on a follow-up question answered "yes", as `sign!` is on a ticked sign.
macro_rules! yes {
    ($urgency:ident, $check:ident, $reason:ident, $source:expr) => {
        SafetyRule {
            urgency: Urgency::$urgency,
            when: When::Yes(Check::$check),
            reason: Key::$reason,
            source: $source,
        }
    };
}

/// The safety rules, most urgent first. The reasons are in the catalogues under
/// `safety.reason.*`; `cargo xtask rules` writes this table into docs/clinical-rules.md.
pub const SAFETY_RULES: &[SafetyRule] = &[
    // Emergency: call the emergency number now.
    sign!(Emergency, ChestPain, SafetyReasonChestPain, AHA_HEART),
    sign!(Emergency, Breathless, SafetyReasonBreathless, AHA_HEART),
    yes!(Emergency, HeartSigns, SafetyReasonHeartSigns, AHA_HEART),
    sign!(Emergency, OneSideWeakness, SafetyReasonOneSideWeakness, NIH_STROKE),
    sign!(Emergency, SpeechTrouble, SafetyReasonSpeechTrouble, NIH_STROKE),
    sign!(Emergency, SightLoss, SafetyReasonSightLoss, NIH_STROKE),
    sign!(Emergency, BalanceLoss, SafetyReasonBalanceLoss, NIH_STROKE),
    sign!(Emergency, WorstHeadache, SafetyReasonWorstHeadache, SNOOP),
    sign!(Emergency, HeadacheFeverStiffNeck, SafetyReasonHeadacheFeverStiffNeck, SNOOP),
    SafetyRule {
        urgency: Urgency::Emergency,
        when: When::Answers {
            applies: |a| a.safety_signs.contains(SafetySign::HeadKnock) && a.takes_blood_thinners(),
            described: doc_text!("A knock to the head, and a blood thinner (follow-up question or health background)"),
        },
        reason: Key::SafetyReasonHeadKnockThinners,
        source: NICE_HEAD,
    },
    sign!(Emergency, SaddleNumbness, SafetyReasonSaddleNumbness, NICE_SCIATICA),
    sign!(Emergency, BladderBowel, SafetyReasonBladderBowel, NICE_SCIATICA),
    sign!(Emergency, BothLegs, SafetyReasonBothLegs, NICE_SCIATICA),
    sign!(Emergency, LegWeakness, SafetyReasonLegWeakness, NICE_SCIATICA),
    sign!(Emergency, AccidentBackNeck, SafetyReasonAccidentBackNeck, NHS_BACK),
    sign!(Emergency, SuddenBellyBackPain, SafetyReasonSuddenBellyBackPain, NHS_AAA),
    yes!(Emergency, ReadingSymptoms, SafetyReasonReadingSymptoms, AHA_BP),
    // See a doctor today.
    sign!(DoctorToday, SwollenCalf, SafetyReasonSwollenCalf, NHS_DVT),
    sign!(DoctorToday, BackPainFever, SafetyReasonBackPainFever, NICE_LBP),
    sign!(DoctorToday, BrokenBone, SafetyReasonBrokenBone, NCCIH),
    sign!(DoctorToday, HeadKnock, SafetyReasonHeadKnock, NICE_HEAD),
    sign!(DoctorToday, HighReading, SafetyReasonHighReading, AHA_BP),
    sign!(DoctorToday, SpreadingRedSkin, SafetyReasonSpreadingRedSkin, NHS_CELLULITIS),
    yes!(DoctorToday, ArteritisSigns, SafetyReasonArteritisSigns, ARTERITIS),
    yes!(DoctorToday, PregnancySigns, SafetyReasonPregnancySigns, NICE_PREGNANCY),
    SafetyRule {
        urgency: Urgency::DoctorToday,
        when: When::Answers {
            applies: |a| {
                a.has_condition(Condition::Cancer)
                    && (a.hurts_in(BodyRegion::is_spine_or_head)
                        || a.has_pattern(PainPattern::Headaches))
            },
            described: doc_text!("Cancer now or in the past (health background), with pain in the neck, back or head, or headaches"),
        },
        reason: Key::SafetyReasonCancerNewPain,
        source: NICE_SPINE,
    },
    SafetyRule {
        urgency: Urgency::DoctorToday,
        when: When::Answers {
            applies: |a| {
                (a.has_condition(Condition::Osteoporosis) || a.has_condition(Condition::Steroids))
                    && a.hurts_in(BodyRegion::is_back)
                    && a.pain_duration().is_some_and(PainDuration::is_recent)
            },
            described: doc_text!("Osteoporosis or long-term steroids (health background), with back pain that began less than 6 weeks ago"),
        },
        reason: Key::SafetyReasonFragileBonesBackPain,
        source: NICE_LBP,
    },
    // Check with a doctor before booking.
    sign!(DoctorBeforeBooking, BackPainWeightLoss, SafetyReasonBackPainWeightLoss, NICE_LBP),
    sign!(DoctorBeforeBooking, BackPainAtNight, SafetyReasonBackPainAtNight, NICE_LBP),
    sign!(DoctorBeforeBooking, UncontrolledBloodPressure, SafetyReasonUncontrolledBloodPressure, AHA_BP),
    sign!(DoctorBeforeBooking, NewHeadacheOver50, SafetyReasonNewHeadacheOver50, SNOOP),
    sign!(DoctorBeforeBooking, CatchingSkin, SafetyReasonCatchingSkin, NYSED),
    SafetyRule {
        urgency: Urgency::DoctorBeforeBooking,
        when: When::Answers {
            applies: |a| a.has_condition(Condition::RecentSurgery),
            described: doc_text!("Surgery in the last 3 months (health background)"),
        },
        reason: Key::SafetyReasonRecentSurgery,
        source: NCCIH,
    },
    // Wait until well, then book.
    sign!(WaitUntilWell, IllNow, SafetyReasonIllNow, NYSED),
    SafetyRule {
        urgency: Urgency::WaitUntilWell,
        when: When::Answers {
            applies: |a| {
                a.pain_duration() == Some(PainDuration::UnderThreeDays)
                    && (a.has_goal(Goal::RecoverFromInjury)
                        || a.has_condition(Condition::SportsInjury))
            },
            described: doc_text!("Pain for less than 3 days, with a goal of recovering from an injury or a sports injury"),
        },
        reason: Key::SafetyReasonFreshInjury,
        source: NHS_SPRAIN,
    },
];

impl SafetySign {
    /// The level of care this sign calls for on its own, read from the rule table.
    pub fn urgency(self) -> Urgency {
        let answers = Answers {
            safety_signs: [self].into_iter().collect(),
            ..Answers::default()
        };
        screen(&answers)
            .map(|(urgency, _)| urgency)
            .unwrap_or(Urgency::DoctorBeforeBooking)
    }
}

/// The most urgent level among the rules that apply, with their reasons (most urgent first).
pub fn screen(answers: &Answers) -> Option<(Urgency, Vec<Key>)> {
    let hits: Vec<&SafetyRule> = SAFETY_RULES
        .iter()
        .filter(|rule| rule.applies(answers))
        .collect();
    let worst = hits.iter().map(|rule| rule.urgency).min()?;
    let reasons = hits
        .iter()
        .filter(|rule| rule.urgency == worst)
        .map(|rule| rule.reason)
        .collect();
    Some((worst, reasons))
}

/// True when the answers call for emergency care.
pub fn is_emergency(answers: &Answers) -> bool {
    screen(answers).is_some_and(|(urgency, _)| urgency == Urgency::Emergency)
}
