//! What the visitor answered: body regions, pain, health background and goals.

use crate::guide::flag::Flag;
use crate::guide::Choices;

/// Which drawing of the body map a region appears on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Front,
    Back,
    Both,
}

labelled_enum! {
    /// A part of the body the visitor can mark as painful.
    pub enum BodyRegion ("region") {
        Head => RegionHead,
        Jaw => RegionJaw,
        Neck => RegionNeck,
        LeftShoulder => RegionLeftShoulder,
        RightShoulder => RegionRightShoulder,
        Chest => RegionChest,
        UpperBack => RegionUpperBack,
        LowerBack => RegionLowerBack,
        LeftArm => RegionLeftArm,
        RightArm => RegionRightArm,
        LeftHand => RegionLeftHand,
        RightHand => RegionRightHand,
        LeftHip => RegionLeftHip,
        RightHip => RegionRightHip,
        Buttocks => RegionButtocks,
        LeftLeg => RegionLeftLeg,
        RightLeg => RegionRightLeg,
        LeftKnee => RegionLeftKnee,
        RightKnee => RegionRightKnee,
        LeftFoot => RegionLeftFoot,
        RightFoot => RegionRightFoot,
    }
}

impl BodyRegion {
    /// Which drawing shows the region; the map draws it on the view(s) named here.
    pub fn view(self) -> View {
        use BodyRegion::*;
        match self {
            Jaw | Chest | LeftHip | RightHip => View::Front,
            UpperBack | LowerBack | Buttocks => View::Back,
            _ => View::Both,
        }
    }

    /// Lower back, buttocks, hips and legs: where sciatic pain is felt.
    pub fn is_low_back_or_leg(self) -> bool {
        use BodyRegion::*;
        matches!(
            self,
            LowerBack | Buttocks | LeftHip | RightHip | LeftLeg | RightLeg
        )
    }

    /// Neck, shoulders and upper back: where posture strain collects.
    pub fn is_neck_or_shoulders(self) -> bool {
        use BodyRegion::*;
        matches!(self, Neck | LeftShoulder | RightShoulder | UpperBack)
    }

    /// Any part of the back.
    pub fn is_back(self) -> bool {
        matches!(self, BodyRegion::UpperBack | BodyRegion::LowerBack)
    }

    /// The spine from the neck down, and the head: where a cancer can spread and first
    /// show as new pain (NICE NG234, SNOOP).
    pub fn is_spine_or_head(self) -> bool {
        use BodyRegion::*;
        matches!(self, Head | Neck | UpperBack | LowerBack)
    }

    /// Neck, shoulders, arms and hands: where a squeezed nerve in the neck shows.
    pub fn is_neck_or_arm(self) -> bool {
        use BodyRegion::*;
        matches!(
            self,
            Neck | LeftShoulder | RightShoulder | LeftArm | RightArm | LeftHand | RightHand
        )
    }

    /// The limbs and their joints: where a broken bone or a hot joint shows.
    pub fn is_limb(self) -> bool {
        use BodyRegion::*;
        !matches!(
            self,
            Head | Jaw | Neck | Chest | UpperBack | LowerBack | Buttocks
        )
    }

    /// Where heart pain is often felt besides the chest (American Heart Association).
    pub fn is_heart_pain_area(self) -> bool {
        use BodyRegion::*;
        matches!(self, Chest | Jaw | LeftArm)
    }
}

labelled_enum! {
    /// How long the pain has lasted. The first 3 days are apart: a fresh injury waits for
    /// massage ("no HARM" advice).
    pub enum PainDuration ("duration") {
        UnderThreeDays => DurationUnder3Days,
        ThreeDaysToSixWeeks => Duration3DaysTo6Weeks,
        SixWeeksToThreeMonths => Duration6WeeksTo3Months,
        OverThreeMonths => DurationOver3Months,
    }
}

impl PainDuration {
    /// Less than 6 weeks: pain that is new rather than lasting.
    pub fn is_recent(self) -> bool {
        matches!(
            self,
            PainDuration::UnderThreeDays | PainDuration::ThreeDaysToSixWeeks
        )
    }
}

labelled_enum! {
    /// How the pain behaves.
    pub enum PainPattern ("pattern") {
        SpreadsDownLeg => PatternSpreadsDownLeg,
        NumbnessOrTingling => PatternNumbnessTingling,
        Headaches => PatternHeadaches,
        Stiffness => PatternStiffness,
    }
}

labelled_enum! {
    /// A diagnosis or circumstance from the visitor's health background.
    pub enum Condition ("condition") {
        Neuropathy => ConditionNeuropathy,
        Cancer => ConditionCancer,
        Fibromyalgia => ConditionFibromyalgia,
        SportsInjury => ConditionSportsInjury,
        HighBloodPressure => ConditionHighBloodPressure,
        HeartCondition => ConditionHeartCondition,
        BloodClot => ConditionBloodClot,
        Arthritis => ConditionArthritis,
        Diabetes => ConditionDiabetes,
        Osteoporosis => ConditionOsteoporosis,
        Steroids => ConditionSteroids,
        Pregnancy => ConditionPregnancy,
        RecentSurgery => ConditionRecentSurgery,
        BloodThinners => ConditionBloodThinners,
        Allergies => ConditionAllergies,
    }
}

labelled_enum! {
    /// What the visitor hopes massage will do.
    pub enum Goal ("goal") {
        RelievePain => GoalRelievePain,
        RecoverFromInjury => GoalRecoverInjury,
        ManageCondition => GoalManageCondition,
        PostureMobility => GoalPostureMobility,
        RelaxStress => GoalRelax,
        MoodSleep => GoalMoodSleep,
    }
}

/// Where it hurts. `NoPain` is an answer in its own right ("I want to relax"). Saved as
/// `"unanswered"`, `"no-pain"` or the list of regions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum WhereItHurts {
    #[default]
    Unanswered,
    NoPain,
    Regions(Choices<BodyRegion>),
}

impl serde::Serialize for WhereItHurts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WhereItHurts::Unanswered => serializer.serialize_str("unanswered"),
            WhereItHurts::NoPain => serializer.serialize_str("no-pain"),
            WhereItHurts::Regions(regions) => regions.serialize(serializer),
        }
    }
}

// By hand rather than `#[serde(untagged)]`, which buffers the value and costs WebAssembly.
impl<'de> serde::Deserialize<'de> for WhereItHurts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WhereVisitor;
        impl<'de> serde::de::Visitor<'de> for WhereVisitor {
            type Value = WhereItHurts;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("\"unanswered\", \"no-pain\" or a list of regions")
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<WhereItHurts, E> {
                Ok(WhereItHurts::Unanswered)
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<WhereItHurts, E> {
                match text {
                    "unanswered" => Ok(WhereItHurts::Unanswered),
                    "no-pain" => Ok(WhereItHurts::NoPain),
                    _ => Err(E::custom(format!("unknown value \"{text}\""))),
                }
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<WhereItHurts, A::Error> {
                let regions = <Choices<BodyRegion> as serde::Deserialize>::deserialize(
                    serde::de::value::SeqAccessDeserializer::new(seq),
                )?;
                Ok(WhereItHurts::Regions(regions))
            }
        }
        deserializer.deserialize_any(WhereVisitor)
    }
}

/// Everything the visitor answered. A value of this type fully decides the result. Saved
/// progress is this, as serde writes it; an answer missing from it is unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Red flags ticked ([`Flag`]).
    pub flags_yes: Choices<Flag>,
    /// Red flags answered "no" ("None of these", or left unticked on a screen passed).
    pub flags_no: Choices<Flag>,
    pub where_it_hurts: WhereItHurts,
    /// The visitor began with "No pain: I just want to relax" on the first screen, so the body
    /// map is not asked (going back to the first screen and starting the questions asks it).
    pub relax_only: bool,
    /// 0 to 10; `None` until answered.
    pub intensity: Option<u8>,
    pub duration: Option<PainDuration>,
    pub patterns: Choices<PainPattern>,
    pub conditions: Choices<Condition>,
    /// A doctor referred the visitor for massage (the health background).
    pub doctor_referral: bool,
    /// The conditions whose treating doctor sent the visitor for massage (their screens).
    pub referred_for: Choices<Condition>,
    pub goals: Choices<Goal>,
}

impl Answers {
    /// The visitor reported pain somewhere.
    pub fn has_pain(&self) -> bool {
        matches!(&self.where_it_hurts, WhereItHurts::Regions(r) if !r.is_empty())
    }

    /// The regions marked as painful (empty for "no pain").
    pub fn regions(&self) -> impl Iterator<Item = BodyRegion> + '_ {
        let set = match &self.where_it_hurts {
            WhereItHurts::Regions(r) => Some(r),
            _ => None,
        };
        set.into_iter().flat_map(|r| r.iter())
    }

    pub fn hurts_in(&self, test: impl Fn(BodyRegion) -> bool) -> bool {
        self.regions().any(test)
    }

    pub fn has_pattern(&self, pattern: PainPattern) -> bool {
        self.has_pain() && self.patterns.contains(pattern)
    }

    pub fn has_condition(&self, condition: Condition) -> bool {
        self.conditions.contains(condition)
    }

    /// The doctor who treats `condition` sent the visitor for massage (and the condition is
    /// still ticked: a referral left from a condition taken back counts for nothing).
    pub fn referred(&self, condition: Condition) -> bool {
        self.has_condition(condition) && self.referred_for.contains(condition)
    }

    /// A doctor sent the visitor for massage: on the health background, or the doctor who
    /// treats a condition ticked.
    pub fn any_referral(&self) -> bool {
        self.doctor_referral || self.conditions.iter().any(|c| self.referred(c))
    }

    pub fn has_goal(&self, goal: Goal) -> bool {
        self.goals.contains(goal)
    }

    /// Pain intensity, counting only when the visitor reported pain.
    pub fn pain_intensity(&self) -> Option<u8> {
        self.intensity.filter(|_| self.has_pain())
    }

    /// Pain duration, counting only when the visitor reported pain.
    pub fn pain_duration(&self) -> Option<PainDuration> {
        self.duration.filter(|_| self.has_pain())
    }

    /// Toggle a body region; marking one withdraws "no pain".
    pub fn toggle_region(&mut self, region: BodyRegion) {
        let mut set = match std::mem::take(&mut self.where_it_hurts) {
            WhereItHurts::Regions(set) => set,
            _ => Choices::new(),
        };
        set.toggle(region);
        self.where_it_hurts = if set.is_empty() {
            WhereItHurts::Unanswered
        } else {
            WhereItHurts::Regions(set)
        };
    }

    /// Choose "no pain: I want to relax", or take it back.
    pub fn set_no_pain(&mut self, no_pain: bool) {
        self.where_it_hurts = if no_pain {
            WhereItHurts::NoPain
        } else {
            WhereItHurts::Unanswered
        };
    }

    pub fn region_selected(&self, region: BodyRegion) -> bool {
        self.regions().any(|r| r == region)
    }

    /// Answer a red-flag question.
    pub fn answer_flag(&mut self, flag: Flag, yes: bool) {
        let (add, remove) = if yes {
            (&mut self.flags_yes, &mut self.flags_no)
        } else {
            (&mut self.flags_no, &mut self.flags_yes)
        };
        add.insert(flag);
        remove.remove(flag);
    }

    /// Tick a red flag, or untick it (an unticked flag is unanswered until the screen is left).
    pub fn toggle_flag(&mut self, flag: Flag) {
        if self.flags_yes.contains(flag) {
            self.flags_yes.remove(flag);
        } else {
            self.answer_flag(flag, true);
        }
    }

    /// The answer to a red-flag question, if it was answered.
    pub fn flag_answer(&self, flag: Flag) -> Option<bool> {
        if self.flags_yes.contains(flag) {
            Some(true)
        } else if self.flags_no.contains(flag) {
            Some(false)
        } else {
            None
        }
    }
}
