//! What the visitor answered: body regions, pain, health background and goals.

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
        Head => "head",
        Jaw => "jaw",
        Neck => "neck",
        LeftShoulder => "left-shoulder",
        RightShoulder => "right-shoulder",
        Chest => "chest",
        UpperBack => "upper-back",
        LowerBack => "lower-back",
        LeftArm => "left-arm",
        RightArm => "right-arm",
        LeftHand => "left-hand",
        RightHand => "right-hand",
        LeftHip => "left-hip",
        RightHip => "right-hip",
        Buttocks => "buttocks",
        LeftLeg => "left-leg",
        RightLeg => "right-leg",
        LeftKnee => "left-knee",
        RightKnee => "right-knee",
        LeftFoot => "left-foot",
        RightFoot => "right-foot",
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
}

labelled_enum! {
    /// How long the pain has lasted.
    pub enum PainDuration ("duration") {
        UnderSixWeeks => "under-6-weeks",
        SixWeeksToThreeMonths => "6-weeks-to-3-months",
        OverThreeMonths => "over-3-months",
    }
}

labelled_enum! {
    /// How the pain behaves.
    pub enum PainPattern ("pattern") {
        SpreadsDownLeg => "spreads-down-leg",
        NumbnessOrTingling => "numbness-tingling",
        Headaches => "headaches",
        Stiffness => "stiffness",
    }
}

labelled_enum! {
    /// A diagnosis or circumstance from the visitor's health background.
    pub enum Condition ("condition") {
        Neuropathy => "neuropathy",
        Cancer => "cancer",
        Fibromyalgia => "fibromyalgia",
        SportsInjury => "sports-injury",
        HighBloodPressure => "high-blood-pressure",
        Arthritis => "arthritis",
        Diabetes => "diabetes",
        Osteoporosis => "osteoporosis",
        Pregnancy => "pregnancy",
        RecentSurgery => "recent-surgery",
        BloodThinners => "blood-thinners",
    }
}

labelled_enum! {
    /// What the visitor hopes massage will do.
    pub enum Goal ("goal") {
        RelievePain => "relieve-pain",
        RecoverFromInjury => "recover-injury",
        ManageCondition => "manage-condition",
        PostureMobility => "posture-mobility",
        RelaxStress => "relax",
        MoodSleep => "mood-sleep",
    }
}

/// Where it hurts. `NoPain` is an answer in its own right ("I want to relax").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum WhereItHurts {
    #[default]
    Unanswered,
    NoPain,
    Regions(Choices<BodyRegion>),
}

/// Everything the visitor answered. A value of this type fully decides the result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Safety signs the visitor said apply now.
    pub safety_signs: Choices<crate::guide::safety::SafetySign>,
    /// The visitor said none of the safety signs apply.
    pub no_safety_signs: bool,
    pub where_it_hurts: WhereItHurts,
    /// 0 to 10; `None` until answered.
    pub intensity: Option<u8>,
    pub duration: Option<PainDuration>,
    pub patterns: Choices<PainPattern>,
    pub conditions: Choices<Condition>,
    pub doctor_referral: bool,
    pub goals: Choices<Goal>,
}

impl Answers {
    /// The safety question has an explicit answer (a sign, or "none of these").
    pub fn safety_answered(&self) -> bool {
        self.no_safety_signs || !self.safety_signs.is_empty()
    }

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

    /// Toggle a safety sign; choosing a sign withdraws "none of these".
    pub fn toggle_safety_sign(&mut self, sign: crate::guide::safety::SafetySign) {
        if self.safety_signs.insert(sign) {
            self.no_safety_signs = false;
        } else {
            self.safety_signs.remove(sign);
        }
    }

    /// Choose "none of these"; it clears any sign ticked before.
    pub fn set_no_safety_signs(&mut self, none: bool) {
        self.no_safety_signs = none;
        if none {
            self.safety_signs.clear();
        }
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
}
