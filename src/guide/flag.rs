//! The red-flag questions and the screens that ask them: the vocabulary (ids, texts' keys).
//! Whom each is asked of, and what it decides, are the tables of `safety.rs`.

use crate::i18n::Key;

/// The screen that asks a flag. Each is one step of the interview (`state::STEPS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FlagScreen {
    /// Up front, of everyone: signs of a heart attack, a stroke, a bleed or a burst artery.
    Everyone,
    /// Pain in the chest, jaw or left arm.
    Chest,
    /// Pain in the back or buttocks, or down a leg.
    Back,
    /// Pain in the neck, shoulders, arms or hands.
    NeckAndArms,
    /// Pain in the head or jaw, or headaches.
    Head,
    /// Pain in a limb or joint.
    Limbs,
    /// "Right now", with the goals (the last screen): illness, skin.
    Unwell,
    Cancer,
    Pregnancy,
    Heart,
    Clot,
    BloodPressure,
    Surgery,
    Bones,
    BloodThinners,
    Diabetes,
}

labelled_enum! {
    /// A red-flag question, asked only where it fits ([`FLAGS`]). Its catalogue key
    /// (`flag.*`) is what the visitor reads; "yes" is a tick, "no" is "None of these" or
    /// leaving it unticked on a screen they went past.
    pub enum Flag ("flag") {
        ChestPain => FlagChestPain,
        Breathless => FlagBreathless,
        StrokeFaceArmLeg => FlagStrokeFaceArmLeg,
        StrokeSpeechSight => FlagStrokeSpeechSight,
        WorstHeadache => FlagWorstHeadache,
        SuddenBellyBackPain => FlagSuddenBellyBackPain,
        HeartSigns => FlagHeartSigns,
        SaddleNumbness => FlagSaddleNumbness,
        BladderBowel => FlagBladderBowel,
        BothLegs => FlagBothLegs,
        LegWeakness => FlagLegWeakness,
        BackAccident => FlagBackAccident,
        WeightLoss => FlagWeightLoss,
        NightPain => FlagNightPain,
        BackHeartSigns => FlagBackHeartSigns,
        NeckAccident => FlagNeckAccident,
        ArmWeakness => FlagArmWeakness,
        FeverStiffNeck => FlagFeverStiffNeck,
        NeckHeartSigns => FlagNeckHeartSigns,
        HeadKnock => FlagHeadKnock,
        HeadKnockSymptoms => FlagHeadKnockSymptoms,
        NewHeadacheOver50 => FlagNewHeadacheOver50,
        ArteritisSigns => FlagArteritisSigns,
        HeadacheFeverStiffNeck => FlagHeadacheFeverStiffNeck,
        BrokenBone => FlagBrokenBone,
        HotJoint => FlagHotJoint,
        SwollenCalf => FlagSwollenCalf,
        Fever => FlagFever,
        CatchingIllness => FlagCatchingIllness,
        CatchingSkin => FlagCatchingSkin,
        SpreadingRedSkin => FlagSpreadingRedSkin,
        CancerTreatment => FlagCancerTreatment,
        CancerNewPain => FlagCancerNewPain,
        PregnancySigns => FlagPregnancySigns,
        PregnancyBleeding => FlagPregnancyBleeding,
        HeartWorse => FlagHeartWorse,
        HeartRecent => FlagHeartRecent,
        ClotRecent => FlagClotRecent,
        HighReading => FlagHighReading,
        ReadingSymptoms => FlagReadingSymptoms,
        SurgeryWound => FlagSurgeryWound,
        FragileBack => FlagFragileBack,
        ThinnersHeadKnock => FlagThinnersHeadKnock,
        FootSore => FlagFootSore,
    }
}

impl FlagScreen {
    /// A stable identifier for the page's markup and tests.
    pub fn id(self) -> &'static str {
        match self {
            FlagScreen::Everyone => "everyone",
            FlagScreen::Chest => "chest",
            FlagScreen::Back => "back",
            FlagScreen::NeckAndArms => "neck",
            FlagScreen::Head => "head",
            FlagScreen::Limbs => "limbs",
            FlagScreen::Unwell => "unwell",
            FlagScreen::Cancer => "cancer",
            FlagScreen::Pregnancy => "pregnancy",
            FlagScreen::Heart => "heart",
            FlagScreen::Clot => "clot",
            FlagScreen::BloodPressure => "blood-pressure",
            FlagScreen::Surgery => "surgery",
            FlagScreen::Bones => "bones",
            FlagScreen::BloodThinners => "blood-thinners",
            FlagScreen::Diabetes => "diabetes",
        }
    }

    /// The screen's heading, and the line under it (catalogue keys).
    pub fn title_key(self) -> Key {
        match self {
            FlagScreen::Everyone | FlagScreen::Unwell => Key::SafetyTitle,
            FlagScreen::Chest => Key::FlagsChestTitle,
            FlagScreen::Back => Key::FlagsBackTitle,
            FlagScreen::NeckAndArms => Key::FlagsNeckTitle,
            FlagScreen::Head => Key::FlagsHeadTitle,
            FlagScreen::Limbs => Key::FlagsLimbsTitle,
            FlagScreen::Cancer => Key::FlagsCancerTitle,
            FlagScreen::Pregnancy => Key::FlagsPregnancyTitle,
            FlagScreen::Heart => Key::FlagsHeartTitle,
            FlagScreen::Clot => Key::FlagsClotTitle,
            FlagScreen::BloodPressure => Key::FlagsBloodPressureTitle,
            FlagScreen::Surgery => Key::FlagsSurgeryTitle,
            FlagScreen::Bones => Key::FlagsBonesTitle,
            FlagScreen::BloodThinners => Key::FlagsBloodThinnersTitle,
            FlagScreen::Diabetes => Key::FlagsDiabetesTitle,
        }
    }

    /// The line under the heading; the first screen has none, so that it fits a phone.
    pub fn hint_key(self) -> Option<Key> {
        Some(match self {
            FlagScreen::Everyone | FlagScreen::Unwell => return None,
            FlagScreen::Chest => Key::FlagsChestHint,
            FlagScreen::Back => Key::FlagsBackHint,
            FlagScreen::NeckAndArms => Key::FlagsNeckHint,
            FlagScreen::Head => Key::FlagsHeadHint,
            FlagScreen::Limbs => Key::FlagsLimbsHint,
            FlagScreen::Cancer => Key::FlagsCancerHint,
            FlagScreen::Pregnancy => Key::FlagsPregnancyHint,
            FlagScreen::Heart => Key::FlagsHeartHint,
            FlagScreen::Clot => Key::FlagsClotHint,
            FlagScreen::BloodPressure => Key::FlagsBloodPressureHint,
            FlagScreen::Surgery => Key::FlagsSurgeryHint,
            FlagScreen::Bones => Key::FlagsBonesHint,
            FlagScreen::BloodThinners => Key::FlagsBloodThinnersHint,
            FlagScreen::Diabetes => Key::FlagsDiabetesHint,
        })
    }

    /// The question above the list.
    pub fn question_key(self) -> Key {
        match self {
            FlagScreen::Everyone => Key::SafetyQuestion,
            FlagScreen::Unwell => Key::HealthUnwell,
            _ => Key::FlagsHint,
        }
    }

    /// The referral's tick, on the screens of a condition whose doctor can refer.
    pub fn referral_key(self) -> Option<Key> {
        match self {
            FlagScreen::Cancer => Some(Key::FlagsCancerReferral),
            FlagScreen::Heart => Some(Key::FlagsHeartReferral),
            FlagScreen::Clot => Some(Key::FlagsClotReferral),
            FlagScreen::Surgery => Some(Key::FlagsSurgeryReferral),
            _ => None,
        }
    }
}
