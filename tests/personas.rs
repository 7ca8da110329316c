//! Persona cases: answers a real visitor might give in the interview, and what the guide must
//! say. Each persona is one `#[test]` (one call to `check`), and also a row of its group's list
//! so that the last tests can prove every safety rule has a persona on each side of it, and
//! that ordinary visitors (offered massage) are at least as many as those with red flags:
//! sending an ordinary visitor to a doctor is a fault too.

use massage_guide::clinic::Clinic;
use massage_guide::guide::answers::WhereItHurts;
use massage_guide::guide::safety::{SafetyRule, When, SAFETY_RULES};
use massage_guide::guide::{
    recommend, Answers, BodyRegion, Condition, Flag, FlagScreen, Goal, Outcome, PainDuration,
    PainPattern, Recommendation,
};
use massage_guide::i18n::{t, Key, Lang};

use BodyRegion::*;
use Condition::*;
use Flag::*;
use Goal::*;
use PainDuration::*;
use PainPattern::*;

/// A visitor with pain in `regions` (none = "no pain: I want to relax").
fn visitor(regions: &[BodyRegion]) -> Answers {
    let mut a = Answers::default();
    if regions.is_empty() {
        a.where_it_hurts = WhereItHurts::NoPain;
    }
    for r in regions {
        a.toggle_region(*r);
    }
    a
}

fn pain(
    mut a: Answers,
    intensity: u8,
    duration: PainDuration,
    patterns: &[PainPattern],
) -> Answers {
    a.intensity = Some(intensity);
    a.duration = Some(duration);
    a.patterns = patterns.iter().copied().collect();
    a
}

fn with(mut a: Answers, conditions: &[Condition], goals: &[Goal]) -> Answers {
    a.conditions = conditions.iter().copied().collect();
    a.goals = goals.iter().copied().collect();
    a
}

/// The visitor ticked these red flags.
fn yes(mut a: Answers, flags: &[Flag]) -> Answers {
    for f in flags {
        a.answer_flag(*f, true);
    }
    a
}

/// The visitor answered these red flags "no" (the rest of each screen is settled anyway).
fn no(mut a: Answers, flags: &[Flag]) -> Answers {
    for f in flags {
        a.answer_flag(*f, false);
    }
    a
}

/// The doctor who treats each of these conditions sent the visitor for massage.
fn referred(mut a: Answers, conditions: &[Condition]) -> Answers {
    a.referred_for = conditions.iter().copied().collect();
    a
}

/// Every red-flag screen, in the order the interview shows them.
const SCREENS: &[FlagScreen] = &[
    FlagScreen::Everyone,
    FlagScreen::Chest,
    FlagScreen::Back,
    FlagScreen::NeckAndArms,
    FlagScreen::Head,
    FlagScreen::Limbs,
    FlagScreen::Unwell,
    FlagScreen::Cancer,
    FlagScreen::Pregnancy,
    FlagScreen::Heart,
    FlagScreen::Clot,
    FlagScreen::BloodPressure,
    FlagScreen::Surgery,
    FlagScreen::Bones,
    FlagScreen::BloodThinners,
    FlagScreen::Diabetes,
];

/// The visitor went through the interview: every question shown and not ticked is a "no".
fn finished(mut a: Answers) -> Answers {
    for screen in SCREENS {
        a.settle(*screen);
    }
    a
}

/// Check one persona: the outcome, a phrase each listed reason must contain, and the
/// article titles in order (prefixes are enough).
fn check(
    answers: Answers,
    outcome: Outcome,
    reasons: &[&str],
    articles: &[&str],
) -> Recommendation {
    let answers = finished(answers);
    let clinic = Clinic::default_content();
    let rec = recommend(&answers, &clinic.articles);
    assert_eq!(rec.outcome, outcome, "outcome for {answers:?}: {rec:?}");
    let english: Vec<String> = rec.reasons.iter().map(|r| r.render(Lang::En)).collect();
    for phrase in reasons {
        assert!(
            english.iter().any(|r| r.contains(phrase)),
            "no reason containing {phrase:?} in {english:?}"
        );
    }
    let titles: Vec<&str> = rec
        .articles
        .iter()
        .map(|p| p.article.title.en.as_str())
        .collect();
    assert_eq!(titles.len(), articles.len(), "articles {titles:?}");
    for (title, expected) in titles.iter().zip(articles) {
        assert!(
            title.starts_with(expected),
            "articles {titles:?}, expected {articles:?}"
        );
    }
    rec
}

/// The therapist's notes hold each of these phrases.
fn assert_notes(rec: &Recommendation, phrases: &[&str]) {
    let notes: Vec<&str> = rec.notes.iter().map(|n| t(Lang::En, n.text)).collect();
    for phrase in phrases {
        assert!(
            notes.iter().any(|n| n.contains(phrase)),
            "{phrase:?} missing from {notes:?}"
        );
    }
}

const SCIATICA: &str = "What Is Sciatica";
const MIGRAINE: &str = "Migraine Pain";
const POSTURE: &str = "5 Ways to Improve";
const AWARENESS: &str = "September Is Pain";
const MOOD: &str = "5 Instant Mood";
const EXPLAINER: &str = "How is Medical Massage";

/// A persona, as the coverage tests read it.
struct Persona {
    name: &'static str,
    answers: fn() -> Answers,
    outcome: Outcome,
}

/// One `#[test]` per persona, and the group's list of them (`$list`).
macro_rules! personas {
    ($list:ident; $(
        $name:ident: $answers:expr => $outcome:ident, [$($reason:expr),*], [$($article:expr),*]
        $(, notes [$($note:expr),*])?;
    )+) => {
        $(
            #[test]
            fn $name() {
                let rec = check($answers, Outcome::$outcome, &[$($reason),*], &[$($article),*]);
                assert_notes(&rec, &[$($($note),*)?]);
            }
        )+
        const $list: &[Persona] = &[$(Persona {
            name: stringify!($name),
            answers: || $answers,
            outcome: Outcome::$outcome,
        }),+];
    };
}

// Medical or general massage (clinical rules, section 4).
personas! {
    MASSAGE_SIGNALS;
    sciatica_reaches_medical_with_sciatica_first:
        with(pain(visitor(&[LowerBack]), 6, OverThreeMonths, &[SpreadsDownLeg]), &[], &[RelievePain])
        => MedicalMassage, ["more than 3 months", "6 out of 10", "spreads down a leg", "relief from pain"],
        [SCIATICA, AWARENESS, EXPLAINER];
    stress_without_pain_reaches_general_with_mood:
        with(visitor(&[]), &[], &[RelaxStress])
        => GeneralMassage, ["relax", "no pain"], [MOOD, EXPLAINER];
    mild_recent_neck_pain_with_relaxation_goal_is_general:
        with(pain(visitor(&[Neck]), 3, ThreeDaysToSixWeeks, &[Stiffness]), &[], &[RelaxStress])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, POSTURE, EXPLAINER];
    chronic_neck_pain_is_medical_with_posture_first:
        with(pain(visitor(&[Neck, UpperBack]), 4, OverThreeMonths, &[]), &[], &[PostureMobility])
        => MedicalMassage, ["more than 3 months"], [POSTURE, AWARENESS, EXPLAINER];
    headaches_point_to_migraine_article:
        with(pain(visitor(&[Head]), 7, SixWeeksToThreeMonths, &[Headaches]), &[], &[RelievePain])
        => MedicalMassage, ["7 out of 10"], [MIGRAINE, EXPLAINER];
    fibromyalgia_is_medical_and_suggests_awareness:
        with(pain(visitor(&[UpperBack, LowerBack, LeftLeg]), 5, OverThreeMonths, &[]), &[Fibromyalgia], &[ManageCondition])
        => MedicalMassage, ["fibromyalgia", "managing a diagnosed condition"], [AWARENESS, SCIATICA, POSTURE];
    neuropathy_without_pain_is_medical:
        with(visitor(&[]), &[Neuropathy], &[RelaxStress])
        => MedicalMassage, ["neuropathy"], [MOOD, AWARENESS, EXPLAINER];
    diabetes_with_tingling_feet_is_medical:
        with(pain(visitor(&[LeftFoot, RightFoot]), 3, OverThreeMonths, &[NumbnessOrTingling]), &[Diabetes], &[RelievePain])
        => MedicalMassage, ["diabetes", "numbness or tingling"], [AWARENESS, EXPLAINER],
        notes ["deep pressure", "Mention your diabetes"];
    sports_injury_recovery_after_the_first_days_is_medical:
        with(pain(visitor(&[RightKnee]), 4, ThreeDaysToSixWeeks, &[]), &[SportsInjury], &[RecoverFromInjury])
        => MedicalMassage, ["sports injury", "recover from an injury"], [EXPLAINER];
    controlled_blood_pressure_alone_is_general:
        with(visitor(&[]), &[HighBloodPressure], &[RelaxStress, MoodSleep])
        => GeneralMassage, ["relax", "no pain"], [MOOD, EXPLAINER], notes ["get up slowly"];
    controlled_blood_pressure_with_a_goal_to_manage_it_is_medical:
        with(visitor(&[]), &[HighBloodPressure], &[ManageCondition])
        => MedicalMassage, ["high blood pressure"], [EXPLAINER];
    diabetes_alone_relaxing_is_general:
        with(visitor(&[]), &[Diabetes], &[RelaxStress])
        => GeneralMassage, ["relax"], [MOOD, EXPLAINER];
    diabetes_with_pain_is_medical:
        with(pain(visitor(&[LeftFoot]), 3, ThreeDaysToSixWeeks, &[]), &[Diabetes], &[RelaxStress])
        => MedicalMassage, ["diabetes"], [MOOD, EXPLAINER];
    arthritis_hands_is_medical:
        with(pain(visitor(&[LeftHand, RightHand]), 5, OverThreeMonths, &[Stiffness]), &[Arthritis], &[RelievePain])
        => MedicalMassage, ["arthritis", "5 out of 10"], [AWARENESS, EXPLAINER];
    doctor_referral_alone_is_medical:
        {
            let mut a = with(pain(visitor(&[LeftShoulder]), 2, ThreeDaysToSixWeeks, &[]), &[], &[PostureMobility]);
            a.doctor_referral = true;
            a
        }
        => MedicalMassage, ["A doctor sent you for massage"], [POSTURE, EXPLAINER];
    strong_recent_jaw_pain_that_is_not_the_heart_is_medical:
        no(with(pain(visitor(&[Jaw]), 8, ThreeDaysToSixWeeks, &[]), &[], &[RelaxStress]), &[HeartSigns])
        => MedicalMassage, ["8 out of 10"], [MOOD, EXPLAINER];
    hip_pain_goes_to_sciatica_article:
        with(pain(visitor(&[LeftHip]), 2, SixWeeksToThreeMonths, &[]), &[], &[PostureMobility])
        => GeneralMassage, ["mild (2 out of 10)"], [SCIATICA, POSTURE, EXPLAINER];
    mood_and_sleep_only_is_general:
        with(visitor(&[]), &[], &[MoodSleep])
        => GeneralMassage, ["lift your mood"], [MOOD, EXPLAINER];
    posture_goal_without_pain_is_general:
        with(visitor(&[]), &[], &[PostureMobility])
        => GeneralMassage, ["move more easily"], [POSTURE, EXPLAINER];
    pregnancy_without_warning_signs_relaxing_is_general:
        no(with(visitor(&[]), &[Pregnancy], &[RelaxStress]), &[PregnancySigns, PregnancyBleeding])
        => GeneralMassage, ["relax"], [MOOD, EXPLAINER], notes ["prenatal massage"];
    blood_thinners_do_not_block_medical:
        with(pain(visitor(&[LowerBack]), 6, SixWeeksToThreeMonths, &[]), &[Condition::BloodThinners], &[RelievePain])
        => MedicalMassage, ["6 out of 10"], [SCIATICA, EXPLAINER], notes ["lighter pressure"];
    mild_recent_pain_with_a_relief_goal_is_general:
        with(pain(visitor(&[LowerBack]), 3, ThreeDaysToSixWeeks, &[]), &[], &[RelievePain])
        => GeneralMassage, ["mild (3 out of 10)"], [SCIATICA, EXPLAINER];
    pain_of_four_with_a_relief_goal_is_medical:
        with(pain(visitor(&[LowerBack]), 4, ThreeDaysToSixWeeks, &[]), &[], &[RelievePain])
        => MedicalMassage, ["relief from pain"], [SCIATICA, EXPLAINER];
    mild_lasting_pain_with_a_relief_goal_is_medical:
        with(pain(visitor(&[Neck]), 2, SixWeeksToThreeMonths, &[]), &[], &[RelievePain])
        => MedicalMassage, ["relief from pain"], [POSTURE, EXPLAINER];
    mild_recent_pain_with_tingling_is_medical:
        with(pain(visitor(&[LeftHand]), 2, ThreeDaysToSixWeeks, &[NumbnessOrTingling]), &[], &[RelievePain])
        => MedicalMassage, ["numbness or tingling"], [EXPLAINER];
    relief_goal_without_pain_is_general:
        with(visitor(&[]), &[], &[RelievePain, RelaxStress])
        => GeneralMassage, ["no pain"], [MOOD, EXPLAINER];
}

// Borderline: the same visitor without the red flag is offered massage.
personas! {
    BORDERLINE;
    arm_numbness_that_is_not_sudden_is_medical:
        with(pain(visitor(&[RightArm]), 3, OverThreeMonths, &[NumbnessOrTingling]), &[], &[RelievePain])
        => MedicalMassage, ["numbness or tingling", "more than 3 months"], [AWARENESS, EXPLAINER];
    chest_muscle_pain_without_heart_signs_is_medical:
        no(with(pain(visitor(&[Chest]), 4, ThreeDaysToSixWeeks, &[]), &[], &[RelievePain]), &[HeartSigns])
        => MedicalMassage, ["relief from pain"], [EXPLAINER];
    long_standing_low_back_pain_is_medical:
        with(pain(visitor(&[LowerBack]), 5, OverThreeMonths, &[Stiffness]), &[], &[RelievePain])
        => MedicalMassage, ["5 out of 10"], [SCIATICA, AWARENESS, EXPLAINER];
    blood_thinners_without_a_knock_to_the_head_is_medical:
        no(with(pain(visitor(&[Neck]), 5, SixWeeksToThreeMonths, &[]), &[Condition::BloodThinners], &[RelievePain]), &[ThinnersHeadKnock])
        => MedicalMassage, ["5 out of 10"], [POSTURE, EXPLAINER], notes ["lighter pressure"];
    cancer_history_with_arm_pain_is_medical:
        with(pain(visitor(&[LeftArm]), 3, ThreeDaysToSixWeeks, &[]), &[Cancer], &[RelaxStress])
        => MedicalMassage, ["cancer"], [MOOD, EXPLAINER], notes ["oncology massage"];
    cancer_history_without_pain_is_medical:
        no(with(visitor(&[]), &[Cancer], &[RelaxStress]), &[CancerTreatment])
        => MedicalMassage, ["cancer"], [MOOD, EXPLAINER], notes ["oncology massage"];
    cancer_in_the_past_with_long_standing_back_pain_the_team_has_seen_is_medical:
        no(with(pain(visitor(&[LowerBack]), 4, OverThreeMonths, &[]), &[Cancer], &[RelievePain]), &[CancerTreatment, CancerNewPain])
        => MedicalMassage, ["cancer", "more than 3 months"], [SCIATICA, AWARENESS, EXPLAINER];
    osteoporosis_with_long_standing_back_pain_is_medical:
        no(with(pain(visitor(&[LowerBack]), 4, OverThreeMonths, &[]), &[Osteoporosis], &[RelievePain]), &[FragileBack])
        => MedicalMassage, ["more than 3 months"], [SCIATICA, AWARENESS, EXPLAINER], notes ["gentle pressure"];
    osteoporosis_with_a_mild_long_standing_ache_gets_only_a_note:
        no(with(pain(visitor(&[UpperBack]), 2, OverThreeMonths, &[Stiffness]), &[Osteoporosis], &[RelaxStress]), &[FragileBack])
        => MedicalMassage, ["more than 3 months"], [MOOD, AWARENESS, POSTURE], notes ["gentle pressure"];
    osteoporosis_with_new_knee_pain_is_general:
        with(pain(visitor(&[RightKnee]), 3, ThreeDaysToSixWeeks, &[]), &[Osteoporosis], &[RelaxStress])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, EXPLAINER], notes ["gentle pressure"];
    pregnancy_with_a_mild_headache_and_no_warning_signs_is_general:
        no(with(pain(visitor(&[Head]), 3, ThreeDaysToSixWeeks, &[Headaches]), &[Pregnancy], &[RelaxStress]), &[PregnancySigns])
        => GeneralMassage, ["mild (3 out of 10)"], [MIGRAINE, MOOD, EXPLAINER];
    fresh_stiff_neck_without_an_injury_is_general:
        with(pain(visitor(&[Neck]), 3, UnderThreeDays, &[Stiffness]), &[], &[RelaxStress])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, POSTURE, EXPLAINER];
    sprain_after_the_first_three_days_is_medical:
        with(pain(visitor(&[RightFoot]), 5, ThreeDaysToSixWeeks, &[]), &[], &[RecoverFromInjury])
        => MedicalMassage, ["recover from an injury"], [EXPLAINER];
    a_knock_to_the_head_alone_is_cared_for_at_home_and_massage_suits:
        no(yes(with(pain(visitor(&[Head]), 3, UnderThreeDays, &[]), &[], &[RelaxStress]), &[HeadKnock]), &[HeadKnockSymptoms])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, MIGRAINE, EXPLAINER];
    one_sore_calf_after_a_run_that_is_not_swollen_is_medical:
        no(with(pain(visitor(&[LeftLeg]), 4, ThreeDaysToSixWeeks, &[]), &[], &[RecoverFromInjury]), &[SwollenCalf])
        => MedicalMassage, ["recover from an injury"], [SCIATICA, EXPLAINER];
    sore_calves_the_day_after_a_long_run_are_general:
        no(with(pain(visitor(&[LeftLeg, RightLeg]), 3, UnderThreeDays, &[]), &[], &[RelaxStress]), &[SwollenCalf])
        => GeneralMassage, ["mild (3 out of 10)"], [SCIATICA, MOOD, EXPLAINER];
    controlled_blood_pressure_with_neck_tension_and_no_high_reading_is_medical:
        no(with(pain(visitor(&[Neck, LeftShoulder]), 4, ThreeDaysToSixWeeks, &[Stiffness]), &[HighBloodPressure], &[RelaxStress]), &[HighReading])
        => MedicalMassage, ["high blood pressure"], [MOOD, POSTURE, EXPLAINER], notes ["get up slowly"];
    over_fifty_with_the_usual_tension_headaches_is_medical:
        no(with(pain(visitor(&[Head, Neck]), 5, OverThreeMonths, &[Headaches]), &[], &[RelievePain]), &[NewHeadacheOver50])
        => MedicalMassage, ["more than 3 months"], [MIGRAINE, AWARENESS, POSTURE];
    over_fifty_with_an_old_mild_headache_is_medical:
        no(with(pain(visitor(&[Head]), 3, OverThreeMonths, &[Headaches]), &[], &[RelaxStress]), &[NewHeadacheOver50])
        => MedicalMassage, ["more than 3 months"], [MIGRAINE, MOOD, AWARENESS];
    blood_thinners_with_tension_headaches_and_no_knock_are_medical:
        no(with(pain(visitor(&[Head]), 4, OverThreeMonths, &[Headaches]), &[Condition::BloodThinners], &[RelievePain]), &[HeadKnock])
        => MedicalMassage, ["more than 3 months"], [MIGRAINE, AWARENESS, EXPLAINER], notes ["lighter pressure"];
    an_arthritic_knee_that_is_not_hot_or_red_is_medical:
        no(with(pain(visitor(&[RightKnee]), 6, OverThreeMonths, &[Stiffness]), &[Arthritis], &[RelievePain]), &[HotJoint, BrokenBone])
        => MedicalMassage, ["arthritis", "6 out of 10"], [AWARENESS, EXPLAINER];
    sciatica_down_one_leg_with_no_nerve_warning_is_medical:
        no(with(pain(visitor(&[LowerBack, LeftLeg]), 7, SixWeeksToThreeMonths, &[SpreadsDownLeg, NumbnessOrTingling]), &[], &[RelievePain]), &[SaddleNumbness, BladderBowel, BothLegs, LegWeakness])
        => MedicalMassage, ["spreads down a leg", "numbness or tingling"], [SCIATICA, EXPLAINER];
    a_fever_that_is_gone_leaves_back_pain_for_massage:
        no(with(pain(visitor(&[LowerBack]), 5, ThreeDaysToSixWeeks, &[]), &[], &[RelievePain]), &[Fever, BackAccident, NightPain, WeightLoss])
        => MedicalMassage, ["5 out of 10"], [SCIATICA, EXPLAINER];
    neck_pain_with_hands_that_still_work_well_is_medical:
        no(with(pain(visitor(&[Neck, RightArm]), 5, SixWeeksToThreeMonths, &[NumbnessOrTingling]), &[], &[RelievePain]), &[ArmWeakness, NeckAccident, FeverStiffNeck])
        => MedicalMassage, ["numbness or tingling"], [POSTURE, EXPLAINER];
    a_pregnancy_without_fever_or_warning_signs_is_medical_for_back_pain:
        no(with(pain(visitor(&[LowerBack]), 5, ThreeDaysToSixWeeks, &[]), &[Pregnancy], &[RelievePain]), &[PregnancySigns, PregnancyBleeding, Fever])
        => MedicalMassage, ["5 out of 10"], [SCIATICA, EXPLAINER], notes ["prenatal massage"];
    a_diabetic_foot_without_a_sore_is_medical:
        no(with(pain(visitor(&[RightFoot]), 3, SixWeeksToThreeMonths, &[]), &[Diabetes], &[RelaxStress]), &[FootSore])
        => MedicalMassage, ["diabetes"], [MOOD, EXPLAINER], notes ["Mention your diabetes"];
    a_stable_heart_condition_relaxing_is_general:
        no(with(visitor(&[]), &[HeartCondition], &[RelaxStress]), &[HeartWorse, HeartRecent])
        => GeneralMassage, ["relax"], [MOOD, EXPLAINER];
    a_stable_heart_condition_with_shoulder_pain_is_medical:
        no(with(pain(visitor(&[LeftShoulder]), 5, SixWeeksToThreeMonths, &[]), &[HeartCondition], &[RelievePain]), &[HeartWorse, HeartRecent])
        => MedicalMassage, ["5 out of 10"], [POSTURE, EXPLAINER];
    a_clot_treated_long_ago_is_medical_for_leg_pain:
        no(with(pain(visitor(&[RightLeg]), 3, OverThreeMonths, &[]), &[BloodClot], &[RelievePain]), &[ClotRecent, SwollenCalf])
        => MedicalMassage, ["more than 3 months"], [SCIATICA, AWARENESS, EXPLAINER];
    a_clot_treated_long_ago_without_pain_is_general:
        no(with(visitor(&[]), &[BloodClot], &[RelaxStress]), &[ClotRecent])
        => GeneralMassage, ["relax"], [MOOD, EXPLAINER];
    long_term_steroids_with_long_standing_back_stiffness_is_medical:
        no(with(pain(visitor(&[LowerBack]), 4, OverThreeMonths, &[Stiffness]), &[Steroids], &[RelievePain]), &[FragileBack])
        => MedicalMassage, ["more than 3 months"], [SCIATICA, AWARENESS, EXPLAINER], notes ["steroid tablets"];
}

// Ordinary visitors of every kind: each must be offered massage.
personas! {
    ORDINARY;
    a_teenager_with_a_sore_thigh_after_football_is_medical:
        no(with(pain(visitor(&[RightLeg]), 4, ThreeDaysToSixWeeks, &[]), &[SportsInjury], &[RecoverFromInjury]), &[SwollenCalf, BrokenBone])
        => MedicalMassage, ["sports injury"], [SCIATICA, EXPLAINER];
    a_student_with_exam_stress_and_poor_sleep_is_general:
        with(visitor(&[]), &[], &[RelaxStress, MoodSleep])
        => GeneralMassage, ["relax", "lift your mood"], [MOOD, EXPLAINER];
    an_office_worker_in_their_thirties_with_a_stiff_neck_is_general:
        with(pain(visitor(&[Neck]), 4, SixWeeksToThreeMonths, &[Stiffness]), &[], &[PostureMobility])
        => GeneralMassage, ["move more easily", "mild (4 out of 10)"], [POSTURE, EXPLAINER];
    a_young_parent_with_an_aching_upper_back_is_medical:
        with(pain(visitor(&[UpperBack, LeftShoulder]), 5, ThreeDaysToSixWeeks, &[]), &[], &[RelievePain])
        => MedicalMassage, ["5 out of 10", "relief from pain"], [POSTURE, EXPLAINER];
    a_new_mother_with_low_back_pain_after_the_birth_is_medical:
        with(pain(visitor(&[LowerBack]), 5, SixWeeksToThreeMonths, &[]), &[], &[RelievePain, MoodSleep])
        => MedicalMassage, ["5 out of 10"], [SCIATICA, MOOD, EXPLAINER];
    someone_in_their_forties_with_sore_feet_after_long_shifts_is_general:
        with(pain(visitor(&[LeftFoot, RightFoot]), 4, SixWeeksToThreeMonths, &[]), &[], &[RelaxStress])
        => GeneralMassage, ["mild (4 out of 10)"], [MOOD, EXPLAINER];
    a_retiree_in_their_seventies_with_knee_arthritis_is_medical:
        no(with(pain(visitor(&[LeftKnee, RightKnee]), 6, OverThreeMonths, &[Stiffness]), &[Arthritis], &[ManageCondition]), &[HotJoint, SwollenCalf])
        => MedicalMassage, ["arthritis", "6 out of 10"], [AWARENESS, EXPLAINER];
    someone_in_their_eighties_with_fragile_bones_who_wants_to_relax_is_general:
        with(visitor(&[]), &[Osteoporosis], &[RelaxStress])
        => GeneralMassage, ["relax"], [MOOD, EXPLAINER], notes ["gentle pressure"];
    a_grandparent_on_blood_thinners_with_a_sore_hip_is_medical:
        no(with(pain(visitor(&[RightHip]), 5, OverThreeMonths, &[]), &[Condition::BloodThinners], &[RelievePain]), &[ThinnersHeadKnock])
        => MedicalMassage, ["5 out of 10"], [SCIATICA, AWARENESS, EXPLAINER], notes ["lighter pressure"];
    fibromyalgia_with_poor_sleep_is_medical:
        with(pain(visitor(&[Neck, UpperBack, LowerBack]), 6, OverThreeMonths, &[]), &[Fibromyalgia], &[ManageCondition, MoodSleep])
        => MedicalMassage, ["fibromyalgia"], [AWARENESS, SCIATICA, MOOD];
    fibromyalgia_on_a_good_day_without_pain_is_medical:
        with(visitor(&[]), &[Fibromyalgia], &[RelaxStress])
        => MedicalMassage, ["fibromyalgia"], [MOOD, AWARENESS, EXPLAINER];
    neuropathy_with_burning_feet_is_medical:
        with(pain(visitor(&[LeftFoot, RightFoot]), 4, OverThreeMonths, &[NumbnessOrTingling]), &[Neuropathy], &[RelievePain])
        => MedicalMassage, ["neuropathy", "numbness or tingling"], [AWARENESS, EXPLAINER], notes ["deep pressure"];
    neuropathy_in_the_hands_long_after_chemotherapy_is_medical:
        no(with(pain(visitor(&[LeftHand, RightHand]), 3, OverThreeMonths, &[NumbnessOrTingling]), &[Neuropathy, Cancer], &[ManageCondition]), &[CancerTreatment, ArmWeakness])
        => MedicalMassage, ["neuropathy"], [AWARENESS, EXPLAINER], notes ["oncology massage", "deep pressure"];
    diabetes_and_high_blood_pressure_to_manage_are_medical:
        no(with(visitor(&[]), &[Diabetes, HighBloodPressure], &[ManageCondition]), &[HighReading, FootSore])
        => MedicalMassage, ["diabetes", "high blood pressure"], [EXPLAINER], notes ["get up slowly"];
    a_pregnancy_with_sciatica_down_one_leg_is_medical:
        no(with(pain(visitor(&[Buttocks]), 6, ThreeDaysToSixWeeks, &[SpreadsDownLeg]), &[Pregnancy], &[RelievePain]), &[PregnancySigns, BothLegs])
        => MedicalMassage, ["spreads down a leg"], [SCIATICA, EXPLAINER], notes ["prenatal massage"];
    a_pregnancy_with_neck_and_shoulder_tension_is_general:
        no(with(pain(visitor(&[Neck, RightShoulder]), 4, ThreeDaysToSixWeeks, &[]), &[Pregnancy], &[RelaxStress]), &[PregnancySigns, PregnancyBleeding])
        => GeneralMassage, ["mild (4 out of 10)"], [MOOD, POSTURE, EXPLAINER];
    a_cancer_survivor_with_a_stiff_shoulder_is_medical:
        no(with(pain(visitor(&[RightShoulder]), 4, OverThreeMonths, &[Stiffness]), &[Cancer], &[PostureMobility]), &[CancerTreatment])
        => MedicalMassage, ["cancer", "more than 3 months"], [POSTURE, AWARENESS, EXPLAINER], notes ["oncology massage"];
    long_term_steroids_with_a_mild_neck_ache_is_general:
        with(pain(visitor(&[Neck]), 3, SixWeeksToThreeMonths, &[]), &[Steroids], &[RelaxStress])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, POSTURE, EXPLAINER], notes ["gentle pressure"];
    allergies_to_nut_oils_relaxing_is_general:
        with(visitor(&[]), &[Allergies], &[RelaxStress])
        => GeneralMassage, ["relax"], [MOOD, EXPLAINER], notes ["without latex"];
    allergies_with_back_pain_are_medical:
        with(pain(visitor(&[LowerBack]), 5, SixWeeksToThreeMonths, &[]), &[Allergies], &[RelievePain])
        => MedicalMassage, ["5 out of 10"], [SCIATICA, EXPLAINER], notes ["without latex"];
    blood_thinners_with_a_sore_shoulder_and_no_knock_is_general:
        no(with(pain(visitor(&[LeftShoulder]), 4, ThreeDaysToSixWeeks, &[]), &[Condition::BloodThinners], &[PostureMobility]), &[ThinnersHeadKnock])
        => GeneralMassage, ["move more easily"], [POSTURE, EXPLAINER], notes ["lighter pressure"];
    a_heart_condition_on_blood_thinners_with_neck_pain_is_medical:
        no(with(pain(visitor(&[Neck]), 4, SixWeeksToThreeMonths, &[]), &[HeartCondition, Condition::BloodThinners], &[RelievePain]), &[HeartWorse, HeartRecent, ThinnersHeadKnock])
        => MedicalMassage, ["relief from pain"], [POSTURE, EXPLAINER], notes ["lighter pressure"];
    arthritis_in_both_hips_is_medical:
        with(pain(visitor(&[LeftHip, RightHip]), 5, OverThreeMonths, &[Stiffness]), &[Arthritis], &[PostureMobility])
        => MedicalMassage, ["arthritis"], [SCIATICA, AWARENESS, POSTURE];
    arthritis_without_pain_today_to_manage_is_medical:
        with(visitor(&[]), &[Arthritis], &[ManageCondition])
        => MedicalMassage, ["arthritis", "managing a diagnosed condition"], [EXPLAINER];
    piriformis_pain_in_the_buttock_is_general:
        with(pain(visitor(&[Buttocks]), 4, ThreeDaysToSixWeeks, &[]), &[], &[RelaxStress])
        => GeneralMassage, ["mild (4 out of 10)"], [SCIATICA, MOOD, EXPLAINER];
    runners_knee_weeks_after_the_injury_is_medical:
        no(with(pain(visitor(&[LeftKnee]), 5, SixWeeksToThreeMonths, &[]), &[SportsInjury], &[RecoverFromInjury]), &[BrokenBone, HotJoint, SwollenCalf])
        => MedicalMassage, ["sports injury", "5 out of 10"], [EXPLAINER];
    a_sore_heel_for_months_is_medical:
        with(pain(visitor(&[RightFoot]), 6, OverThreeMonths, &[]), &[], &[RelievePain])
        => MedicalMassage, ["more than 3 months", "6 out of 10"], [AWARENESS, EXPLAINER];
    a_typists_wrist_with_tingling_fingers_is_medical:
        no(with(pain(visitor(&[RightHand]), 4, SixWeeksToThreeMonths, &[NumbnessOrTingling]), &[], &[RelievePain]), &[ArmWeakness])
        => MedicalMassage, ["numbness or tingling"], [EXPLAINER];
    a_musician_with_stiff_hands_is_medical:
        with(pain(visitor(&[LeftHand, RightHand]), 3, OverThreeMonths, &[Stiffness]), &[], &[PostureMobility])
        => MedicalMassage, ["more than 3 months"], [AWARENESS, POSTURE, EXPLAINER];
    jaw_clenching_for_months_is_medical:
        no(with(pain(visitor(&[Jaw]), 4, OverThreeMonths, &[]), &[], &[RelaxStress]), &[HeartSigns, NewHeadacheOver50])
        => MedicalMassage, ["more than 3 months"], [MOOD, AWARENESS, EXPLAINER];
    tension_headaches_from_a_desk_job_are_medical:
        with(pain(visitor(&[Head, Neck, LeftShoulder, RightShoulder]), 5, SixWeeksToThreeMonths, &[Headaches, Stiffness]), &[], &[RelievePain, PostureMobility])
        => MedicalMassage, ["5 out of 10"], [POSTURE, MIGRAINE, EXPLAINER];
    a_tennis_elbow_is_medical:
        with(pain(visitor(&[RightArm]), 5, SixWeeksToThreeMonths, &[]), &[], &[RelievePain])
        => MedicalMassage, ["5 out of 10"], [EXPLAINER];
    a_sore_left_arm_after_the_gym_that_is_not_the_heart_is_general:
        no(with(pain(visitor(&[LeftArm]), 3, ThreeDaysToSixWeeks, &[]), &[], &[RelaxStress]), &[HeartSigns])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, EXPLAINER];
    upper_back_knots_for_months_are_medical:
        with(pain(visitor(&[UpperBack]), 3, OverThreeMonths, &[Stiffness]), &[], &[PostureMobility])
        => MedicalMassage, ["more than 3 months"], [POSTURE, AWARENESS, EXPLAINER];
    a_swimmers_shoulder_is_medical:
        with(pain(visitor(&[RightShoulder]), 5, ThreeDaysToSixWeeks, &[]), &[SportsInjury], &[RecoverFromInjury])
        => MedicalMassage, ["sports injury"], [POSTURE, EXPLAINER];
    an_ankle_sprain_two_weeks_ago_is_medical:
        no(with(pain(visitor(&[LeftFoot]), 3, ThreeDaysToSixWeeks, &[]), &[], &[RecoverFromInjury]), &[BrokenBone])
        => MedicalMassage, ["recover from an injury"], [EXPLAINER];
    a_neck_slept_on_badly_last_night_is_medical_for_relief:
        no(with(pain(visitor(&[Neck]), 4, UnderThreeDays, &[Stiffness]), &[], &[RelievePain]), &[NeckAccident, FeverStiffNeck])
        => MedicalMassage, ["relief from pain"], [POSTURE, EXPLAINER];
    a_golfer_with_a_stiff_upper_back_is_general:
        with(pain(visitor(&[UpperBack]), 2, ThreeDaysToSixWeeks, &[Stiffness]), &[], &[PostureMobility])
        => GeneralMassage, ["move more easily"], [POSTURE, EXPLAINER];
    a_cyclist_with_tight_hips_and_legs_is_medical:
        no(with(pain(visitor(&[LeftHip, RightHip, LeftLeg, RightLeg]), 3, ThreeDaysToSixWeeks, &[Stiffness]), &[], &[RecoverFromInjury]), &[SwollenCalf])
        => MedicalMassage, ["recover from an injury"], [SCIATICA, EXPLAINER];
    a_caregiver_with_sore_shoulders_and_low_mood_is_general:
        with(pain(visitor(&[LeftShoulder, RightShoulder]), 4, SixWeeksToThreeMonths, &[]), &[], &[MoodSleep])
        => GeneralMassage, ["lift your mood"], [MOOD, POSTURE, EXPLAINER];
    pain_of_one_out_of_ten_is_general:
        with(pain(visitor(&[LowerBack]), 1, ThreeDaysToSixWeeks, &[]), &[], &[RelaxStress])
        => GeneralMassage, ["mild (1 out of 10)"], [SCIATICA, MOOD, EXPLAINER];
    pain_of_nine_out_of_ten_for_years_is_medical:
        no(with(pain(visitor(&[LowerBack, UpperBack]), 9, OverThreeMonths, &[]), &[], &[RelievePain]), &[NightPain, WeightLoss])
        => MedicalMassage, ["9 out of 10"], [SCIATICA, AWARENESS, POSTURE];
    mild_hip_pain_for_two_months_with_poor_sleep_is_general:
        with(pain(visitor(&[RightHip]), 2, SixWeeksToThreeMonths, &[]), &[], &[MoodSleep])
        => GeneralMassage, ["lift your mood"], [SCIATICA, MOOD, EXPLAINER];
    a_fresh_ache_without_an_injury_is_general:
        with(pain(visitor(&[UpperBack]), 3, UnderThreeDays, &[]), &[], &[RelaxStress])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, POSTURE, EXPLAINER];
    strong_recent_back_pain_from_gardening_is_medical:
        with(pain(visitor(&[LowerBack]), 7, ThreeDaysToSixWeeks, &[]), &[], &[RelievePain])
        => MedicalMassage, ["7 out of 10"], [SCIATICA, EXPLAINER];
}

// A referral from the doctor who treats the condition: the usual way into medical massage.
personas! {
    REFERRALS;
    cancer_treatment_with_a_referral_from_the_oncology_team_is_medical:
        referred(yes(with(visitor(&[]), &[Cancer], &[RelaxStress]), &[CancerTreatment]), &[Cancer])
        => MedicalMassage, ["cancer", "A doctor sent you for massage"], [MOOD, EXPLAINER],
        notes ["bring their letter", "oncology massage"];
    cancer_treatment_with_arm_pain_and_a_referral_is_medical:
        referred(no(yes(with(pain(visitor(&[LeftArm]), 3, SixWeeksToThreeMonths, &[]), &[Cancer], &[ManageCondition]), &[CancerTreatment]), &[HeartSigns]), &[Cancer])
        => MedicalMassage, ["cancer"], [EXPLAINER], notes ["bring their letter"];
    a_heart_attack_last_month_with_the_cardiologists_referral_is_medical:
        referred(yes(with(visitor(&[]), &[HeartCondition], &[RelaxStress]), &[HeartRecent]), &[HeartCondition])
        => MedicalMassage, ["A doctor sent you for massage"], [MOOD, EXPLAINER], notes ["bring their letter"];
    a_recent_clot_with_a_referral_is_medical:
        referred(yes(with(visitor(&[]), &[BloodClot, Condition::BloodThinners], &[RelaxStress]), &[ClotRecent]), &[BloodClot])
        => MedicalMassage, ["A doctor sent you for massage"], [MOOD, EXPLAINER],
        notes ["bring their letter", "lighter pressure"];
    a_knee_replacement_with_the_surgeons_referral_is_medical:
        referred(no(with(pain(visitor(&[RightKnee]), 5, SixWeeksToThreeMonths, &[Stiffness]), &[RecentSurgery], &[RecoverFromInjury]), &[SurgeryWound]), &[RecentSurgery])
        => MedicalMassage, ["recover from an injury", "A doctor sent you for massage"], [EXPLAINER],
        notes ["bring their letter"];
}

// A red flag on a screen the visitor was not shown does not count.
personas! {
    NOT_ASKED;
    a_stale_heart_answer_does_not_count_once_the_chest_is_unmarked:
        yes(with(pain(visitor(&[RightArm]), 3, ThreeDaysToSixWeeks, &[]), &[], &[RelaxStress]), &[HeartSigns])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, EXPLAINER];
    saddle_numbness_ticked_while_only_the_knee_hurts_does_not_count:
        yes(with(pain(visitor(&[RightKnee]), 3, ThreeDaysToSixWeeks, &[]), &[], &[RelaxStress]), &[SaddleNumbness])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, EXPLAINER];
}

// Emergency signs (clinical rules, sections 1 and 6): call the emergency number now.
personas! {
    EMERGENCIES;
    chest_pain_is_emergency:
        yes(visitor(&[]), &[ChestPain])
        => Emergency, ["heart attack"], [];
    sudden_breathlessness_is_emergency:
        yes(visitor(&[]), &[Breathless])
        => Emergency, ["blood clot in the lungs"], [];
    worst_headache_is_emergency_even_with_warning_sign:
        yes(visitor(&[Head]), &[WorstHeadache, NewHeadacheOver50])
        => Emergency, ["bleeding in the brain"], [];
    headache_with_fever_and_stiff_neck_is_emergency:
        yes(pain(visitor(&[Head]), 6, UnderThreeDays, &[Headaches]), &[HeadacheFeverStiffNeck])
        => Emergency, ["meningitis"], [];
    neck_pain_with_fever_and_a_stiff_neck_is_emergency:
        yes(visitor(&[Neck]), &[FeverStiffNeck])
        => Emergency, ["meningitis"], [];
    head_and_neck_pain_with_fever_and_a_stiff_neck_is_emergency:
        yes(visitor(&[Head, Neck]), &[FeverStiffNeck, Fever])
        => Emergency, ["meningitis"], [];
    both_legs_is_emergency:
        yes(visitor(&[LowerBack]), &[BothLegs])
        => Emergency, ["both legs"], [];
    weakening_leg_is_emergency:
        yes(pain(visitor(&[LeftLeg]), 5, ThreeDaysToSixWeeks, &[SpreadsDownLeg]), &[LegWeakness])
        => Emergency, ["getting weaker"], [];
    a_dragging_foot_with_low_back_pain_is_emergency:
        yes(visitor(&[LowerBack, RightFoot]), &[LegWeakness])
        => Emergency, ["getting weaker"], [];
    back_pain_after_a_bad_fall_is_emergency:
        yes(visitor(&[LowerBack]), &[BackAccident])
        => Emergency, ["car accident or a bad fall"], [];
    upper_back_pain_after_a_car_accident_is_emergency:
        yes(pain(visitor(&[UpperBack]), 6, UnderThreeDays, &[]), &[BackAccident])
        => Emergency, ["car accident or a bad fall"], [];
    neck_pain_after_a_car_accident_is_emergency:
        yes(pain(visitor(&[Neck]), 5, UnderThreeDays, &[]), &[NeckAccident])
        => Emergency, ["bone in the spine", "emergency room today"], [];
    one_sided_arm_numbness_is_a_stroke_sign:
        yes(pain(visitor(&[LeftArm]), 3, UnderThreeDays, &[NumbnessOrTingling]), &[StrokeFaceArmLeg])
        => Emergency, ["stroke", "note when it started"], [];
    a_drooping_face_that_went_away_is_still_an_emergency:
        yes(visitor(&[]), &[StrokeFaceArmLeg])
        => Emergency, ["even if it went away"], [];
    trouble_speaking_that_passed_is_still_an_emergency:
        yes(with(visitor(&[]), &[], &[RelaxStress]), &[StrokeSpeechSight])
        => Emergency, ["mini-stroke"], [];
    sudden_loss_of_sight_is_a_stroke_sign:
        yes(visitor(&[Head]), &[StrokeSpeechSight])
        => Emergency, ["stroke"], [];
    sudden_loss_of_balance_is_a_stroke_sign:
        yes(with(visitor(&[]), &[HighBloodPressure], &[]), &[StrokeSpeechSight])
        => Emergency, ["stroke"], [];
    chest_marked_with_heart_signs_is_emergency:
        yes(with(pain(visitor(&[Chest]), 4, UnderThreeDays, &[]), &[], &[RelievePain]), &[HeartSigns])
        => Emergency, ["heart attack"], [];
    jaw_marked_with_heart_signs_is_emergency:
        yes(visitor(&[Jaw]), &[HeartSigns])
        => Emergency, ["heart attack"], [];
    left_arm_marked_with_heart_signs_is_emergency:
        yes(visitor(&[LeftArm, UpperBack]), &[HeartSigns])
        => Emergency, ["chest, jaw or left arm"], [];
    neck_pain_with_breathlessness_and_a_cold_sweat_is_emergency:
        yes(with(pain(visitor(&[Neck]), 5, UnderThreeDays, &[]), &[], &[RelievePain]), &[NeckHeartSigns])
        => Emergency, ["neck, shoulders, arms or upper back"], [];
    upper_back_pain_that_comes_with_effort_is_emergency:
        yes(with(pain(visitor(&[UpperBack]), 4, ThreeDaysToSixWeeks, &[]), &[], &[RelaxStress]), &[BackHeartSigns])
        => Emergency, ["heart attack"], [];
    sudden_belly_or_back_pain_with_fainting_is_emergency:
        yes(visitor(&[LowerBack]), &[SuddenBellyBackPain])
        => Emergency, ["aortic aneurysm"], [];
    saddle_numbness_is_emergency:
        yes(visitor(&[LowerBack]), &[SaddleNumbness])
        => Emergency, ["cauda equina"], [];
    saddle_numbness_with_pain_down_a_leg_only_is_emergency:
        yes(pain(visitor(&[RightLeg]), 6, ThreeDaysToSixWeeks, &[SpreadsDownLeg]), &[SaddleNumbness])
        => Emergency, ["cauda equina"], [];
    bladder_trouble_with_back_pain_is_emergency:
        yes(visitor(&[LowerBack]), &[BladderBowel])
        => Emergency, ["bladder or bowel"], [];
    bowel_trouble_with_buttock_pain_is_emergency:
        yes(visitor(&[Buttocks]), &[BladderBowel])
        => Emergency, ["bladder or bowel"], [];
    knock_to_the_head_on_a_blood_thinner_is_emergency:
        yes(with(visitor(&[Head]), &[Condition::BloodThinners], &[]), &[HeadKnock])
        => Emergency, ["emergency room today"], [];
    knock_to_the_head_with_thinners_in_the_health_background_is_emergency:
        yes(with(visitor(&[]), &[Condition::BloodThinners], &[]), &[ThinnersHeadKnock])
        => Emergency, ["blood thinner"], [];
    knock_to_the_head_on_a_blood_thinner_with_neck_pain_is_emergency:
        yes(with(pain(visitor(&[Neck]), 4, UnderThreeDays, &[]), &[Condition::BloodThinners], &[RelievePain]), &[ThinnersHeadKnock])
        => Emergency, ["even if you feel fine"], [];
    knock_to_the_head_then_sick_and_sleepy_is_emergency:
        yes(visitor(&[Head]), &[HeadKnock, HeadKnockSymptoms])
        => Emergency, ["bleeding inside the head"], [];
    high_reading_with_symptoms_is_emergency:
        yes(with(visitor(&[]), &[HighBloodPressure], &[]), &[HighReading, ReadingSymptoms])
        => Emergency, ["180/120", "harming the body"], [];
    chest_pain_with_a_heart_referral_is_still_an_emergency:
        referred(yes(with(visitor(&[]), &[HeartCondition], &[RelaxStress]), &[ChestPain, HeartRecent]), &[HeartCondition])
        => Emergency, ["heart attack"], [];
}

// See a doctor today.
personas! {
    DOCTOR_TODAY;
    swollen_calf_sees_a_doctor_today:
        yes(visitor(&[LeftLeg]), &[SwollenCalf])
        => DoctorToday, ["blood clot"], [];
    a_swollen_leg_below_a_sore_knee_sees_a_doctor_today:
        yes(pain(visitor(&[RightKnee]), 4, ThreeDaysToSixWeeks, &[]), &[SwollenCalf])
        => DoctorToday, ["(DVT)"], [];
    a_swollen_calf_after_a_past_clot_sees_a_doctor_today:
        yes(no(with(visitor(&[RightLeg]), &[BloodClot], &[]), &[ClotRecent]), &[SwollenCalf])
        => DoctorToday, ["blood clot"], [];
    back_pain_with_fever_sees_a_doctor_today:
        yes(pain(visitor(&[LowerBack]), 5, ThreeDaysToSixWeeks, &[]), &[Fever])
        => DoctorToday, ["infection near the spine"], [];
    upper_back_pain_with_fever_sees_a_doctor_today:
        yes(pain(visitor(&[UpperBack]), 4, ThreeDaysToSixWeeks, &[]), &[Fever])
        => DoctorToday, ["infection near the spine"], [];
    pain_down_a_leg_with_fever_sees_a_doctor_today:
        yes(pain(visitor(&[LeftLeg]), 5, ThreeDaysToSixWeeks, &[SpreadsDownLeg]), &[Fever])
        => DoctorToday, ["infection near the spine"], [];
    a_cold_with_back_pain_and_fever_sees_a_doctor_today:
        yes(pain(visitor(&[LowerBack]), 5, UnderThreeDays, &[]), &[CatchingIllness, Fever])
        => DoctorToday, ["infection near the spine"], [];
    a_possible_broken_bone_sees_a_doctor_today:
        yes(visitor(&[LeftFoot]), &[BrokenBone])
        => DoctorToday, ["X-ray"], [];
    a_fresh_injury_with_a_possible_broken_bone_sees_a_doctor_today:
        yes(with(pain(visitor(&[RightFoot]), 6, UnderThreeDays, &[]), &[], &[RecoverFromInjury]), &[BrokenBone])
        => DoctorToday, ["X-ray"], [];
    a_fall_onto_the_wrist_that_cannot_be_used_sees_a_doctor_today:
        yes(pain(visitor(&[RightHand]), 7, UnderThreeDays, &[]), &[BrokenBone])
        => DoctorToday, ["X-ray"], [];
    a_hot_swollen_knee_sees_a_doctor_today:
        yes(pain(visitor(&[LeftKnee]), 7, UnderThreeDays, &[]), &[HotJoint])
        => DoctorToday, ["hot, red and swollen"], [];
    arthritis_with_a_suddenly_hot_toe_sees_a_doctor_today:
        yes(with(visitor(&[RightFoot]), &[Arthritis], &[ManageCondition]), &[HotJoint])
        => DoctorToday, ["gout"], [];
    spreading_red_skin_sees_a_doctor_today:
        yes(visitor(&[RightLeg]), &[SpreadingRedSkin])
        => DoctorToday, ["cellulitis"], [];
    cancer_history_with_new_back_pain_sees_a_doctor_today:
        yes(with(pain(visitor(&[LowerBack]), 4, SixWeeksToThreeMonths, &[]), &[Cancer], &[RelievePain]), &[CancerNewPain])
        => DoctorToday, ["had cancer"], [];
    cancer_history_with_new_neck_pain_sees_a_doctor_today:
        yes(with(pain(visitor(&[Neck]), 3, ThreeDaysToSixWeeks, &[]), &[Cancer], &[RelaxStress]), &[CancerNewPain])
        => DoctorToday, ["neck, back or head"], [];
    cancer_history_with_new_headaches_sees_a_doctor_today:
        yes(with(pain(visitor(&[Head]), 4, ThreeDaysToSixWeeks, &[Headaches]), &[Cancer], &[RelievePain]), &[CancerNewPain])
        => DoctorToday, ["cancer team"], [];
    new_back_pain_during_cancer_treatment_with_a_referral_still_sees_a_doctor_today:
        referred(yes(with(pain(visitor(&[UpperBack]), 4, ThreeDaysToSixWeeks, &[]), &[Cancer], &[RelievePain]), &[CancerTreatment, CancerNewPain]), &[Cancer])
        => DoctorToday, ["neck, back or head"], [];
    osteoporosis_with_new_back_pain_sees_a_doctor_today:
        yes(with(pain(visitor(&[LowerBack]), 6, ThreeDaysToSixWeeks, &[]), &[Osteoporosis], &[RelievePain]), &[FragileBack])
        => DoctorToday, ["fragile bones"], [];
    long_term_steroids_with_sudden_back_pain_sees_a_doctor_today:
        yes(with(pain(visitor(&[UpperBack]), 7, UnderThreeDays, &[]), &[Steroids], &[RelievePain]), &[FragileBack])
        => DoctorToday, ["steroid"], [];
    pregnancy_warning_signs_see_a_doctor_today:
        yes(with(visitor(&[]), &[Pregnancy], &[RelaxStress]), &[PregnancySigns])
        => DoctorToday, ["pre-eclampsia", "maternity"], [];
    bleeding_in_pregnancy_sees_a_doctor_today:
        yes(with(visitor(&[]), &[Pregnancy], &[RelaxStress]), &[PregnancyBleeding])
        => DoctorToday, ["Bleeding, leaking fluid"], [];
    a_fever_in_pregnancy_sees_a_doctor_today:
        yes(with(visitor(&[]), &[Pregnancy], &[RelaxStress]), &[Fever])
        => DoctorToday, ["fever in pregnancy"], [];
    new_headache_after_fifty_with_jaw_pain_sees_a_doctor_today:
        yes(pain(visitor(&[Head, Jaw]), 5, ThreeDaysToSixWeeks, &[Headaches]), &[NewHeadacheOver50, ArteritisSigns])
        => DoctorToday, ["giant cell arteritis"], [];
    new_headache_after_fifty_with_a_sore_scalp_sees_a_doctor_today:
        yes(pain(visitor(&[Head]), 4, ThreeDaysToSixWeeks, &[]), &[NewHeadacheOver50, ArteritisSigns])
        => DoctorToday, ["harm your sight"], [];
    high_reading_without_symptoms_sees_a_doctor_today:
        no(yes(with(visitor(&[]), &[HighBloodPressure], &[RelaxStress]), &[HighReading]), &[ReadingSymptoms])
        => DoctorToday, ["measure again"], [];
    arm_weakness_with_neck_pain_sees_a_doctor_today:
        yes(pain(visitor(&[Neck]), 5, ThreeDaysToSixWeeks, &[NumbnessOrTingling]), &[ArmWeakness])
        => DoctorToday, ["spinal cord in the neck"], [];
    clumsy_tingling_hands_see_a_doctor_today:
        yes(pain(visitor(&[LeftHand, RightHand]), 3, SixWeeksToThreeMonths, &[NumbnessOrTingling]), &[ArmWeakness])
        => DoctorToday, ["clumsy hands"], [];
    fever_during_cancer_treatment_sees_a_doctor_today:
        yes(with(visitor(&[]), &[Cancer], &[RelaxStress]), &[CancerTreatment, Fever])
        => DoctorToday, ["fever during cancer treatment", "24-hour line"], [];
    fever_during_cancer_treatment_with_a_referral_still_sees_a_doctor_today:
        referred(yes(with(visitor(&[]), &[Cancer], &[RelaxStress]), &[CancerTreatment, Fever]), &[Cancer])
        => DoctorToday, ["fever during cancer treatment"], [];
    an_infected_surgical_wound_sees_a_doctor_today:
        yes(with(pain(visitor(&[RightKnee]), 5, ThreeDaysToSixWeeks, &[]), &[RecentSurgery], &[RecoverFromInjury]), &[SurgeryWound])
        => DoctorToday, ["infected"], [];
    an_infected_surgical_wound_with_the_surgeons_referral_still_sees_a_doctor_today:
        referred(yes(with(pain(visitor(&[LowerBack]), 5, ThreeDaysToSixWeeks, &[]), &[RecentSurgery], &[RecoverFromInjury]), &[SurgeryWound]), &[RecentSurgery])
        => DoctorToday, ["surgeon's team"], [];
    worsening_angina_sees_a_doctor_today:
        yes(with(visitor(&[]), &[HeartCondition], &[RelaxStress]), &[HeartWorse])
        => DoctorToday, ["comes on more easily"], [];
    worsening_angina_with_a_referral_still_sees_a_doctor_today:
        referred(yes(with(visitor(&[]), &[HeartCondition], &[RelaxStress]), &[HeartWorse]), &[HeartCondition])
        => DoctorToday, ["comes on more easily"], [];
}

// Check with a doctor before booking.
personas! {
    DOCTOR_FIRST;
    back_pain_with_weight_loss_checks_before_booking:
        yes(visitor(&[LowerBack]), &[WeightLoss])
        => DoctorBeforeBooking, ["weight loss"], [SCIATICA, EXPLAINER];
    upper_back_pain_with_weight_loss_checks_before_booking:
        yes(pain(visitor(&[UpperBack]), 3, SixWeeksToThreeMonths, &[]), &[WeightLoss])
        => DoctorBeforeBooking, ["weight loss"], [POSTURE, EXPLAINER];
    back_pain_at_night_checks_before_booking:
        yes(visitor(&[LowerBack]), &[NightPain])
        => DoctorBeforeBooking, ["at night"], [SCIATICA, EXPLAINER];
    new_headache_after_fifty_without_arteritis_signs_checks_before_booking:
        no(yes(pain(visitor(&[Head]), 5, ThreeDaysToSixWeeks, &[Headaches]), &[NewHeadacheOver50]), &[ArteritisSigns])
        => DoctorBeforeBooking, ["after age 50"], [MIGRAINE, EXPLAINER];
    shingles_checks_before_booking:
        yes(visitor(&[]), &[CatchingSkin])
        => DoctorBeforeBooking, ["pass on"], [EXPLAINER];
    scabies_with_back_pain_checks_before_booking:
        yes(pain(visitor(&[LowerBack]), 3, ThreeDaysToSixWeeks, &[]), &[CatchingSkin])
        => DoctorBeforeBooking, ["could spread it"], [SCIATICA, EXPLAINER];
    a_diabetic_foot_sore_that_is_not_healing_checks_before_booking:
        yes(with(pain(visitor(&[LeftFoot]), 2, SixWeeksToThreeMonths, &[NumbnessOrTingling]), &[Diabetes], &[RelievePain]), &[FootSore])
        => DoctorBeforeBooking, ["foot sore"], [EXPLAINER];
    cancer_treatment_without_a_referral_checks_before_booking:
        yes(with(visitor(&[]), &[Cancer], &[RelaxStress]), &[CancerTreatment])
        => DoctorBeforeBooking, ["ask your cancer team"], [MOOD, EXPLAINER];
    cancer_treatment_with_only_the_heart_doctors_referral_checks_before_booking:
        referred(no(yes(with(visitor(&[]), &[Cancer, HeartCondition], &[RelaxStress]), &[CancerTreatment]), &[HeartWorse, HeartRecent]), &[HeartCondition])
        => DoctorBeforeBooking, ["ask your cancer team"], [MOOD, EXPLAINER];
    a_heart_attack_last_month_without_a_referral_checks_before_booking:
        yes(with(visitor(&[]), &[HeartCondition], &[RelaxStress]), &[HeartRecent])
        => DoctorBeforeBooking, ["heart attack or a heart procedure"], [MOOD, EXPLAINER];
    a_clot_found_last_month_checks_before_booking:
        yes(with(pain(visitor(&[RightLeg]), 3, ThreeDaysToSixWeeks, &[]), &[BloodClot], &[RelaxStress]), &[ClotRecent])
        => DoctorBeforeBooking, ["clot found in the last 3 months"], [SCIATICA, MOOD, EXPLAINER];
    recent_surgery_checks_before_booking:
        with(pain(visitor(&[RightKnee]), 5, ThreeDaysToSixWeeks, &[]), &[RecentSurgery], &[RecoverFromInjury])
        => DoctorBeforeBooking, ["surgery"], [EXPLAINER];
    recent_surgery_without_pain_checks_before_booking:
        no(with(visitor(&[]), &[RecentSurgery], &[RelaxStress]), &[SurgeryWound])
        => DoctorBeforeBooking, ["surgeon"], [MOOD, EXPLAINER];
}

// Nothing for a doctor, but not massage yet: wait until well.
personas! {
    WAIT;
    a_cold_waits_until_well:
        yes(visitor(&[]), &[CatchingIllness])
        => WaitUntilWell, ["rest until you are well"], [EXPLAINER];
    a_fever_alone_waits_until_well:
        yes(with(visitor(&[]), &[], &[RelaxStress]), &[Fever])
        => WaitUntilWell, ["rest until you are well"], [MOOD, EXPLAINER];
    a_flu_with_long_standing_back_pain_waits_until_well:
        yes(pain(visitor(&[LowerBack]), 4, OverThreeMonths, &[]), &[Fever, CatchingIllness])
        => WaitUntilWell, ["cold, flu"], [SCIATICA, AWARENESS, EXPLAINER];
    a_fever_with_an_ordinary_neck_ache_waits_until_well:
        no(yes(pain(visitor(&[Neck]), 3, UnderThreeDays, &[]), &[Fever]), &[FeverStiffNeck])
        => WaitUntilWell, ["flu, fever"], [POSTURE, EXPLAINER];
    a_fever_with_a_headache_but_no_stiff_neck_waits_until_well:
        no(yes(pain(visitor(&[Head]), 4, UnderThreeDays, &[Headaches]), &[Fever]), &[HeadacheFeverStiffNeck])
        => WaitUntilWell, ["rest until you are well"], [MIGRAINE, EXPLAINER];
    flu_with_aching_knees_waits_until_well:
        yes(pain(visitor(&[LeftKnee, RightKnee]), 4, UnderThreeDays, &[]), &[CatchingIllness, Fever])
        => WaitUntilWell, ["rest until you are well"], [EXPLAINER];
    a_stomach_bug_waits_until_well:
        yes(with(visitor(&[]), &[], &[MoodSleep]), &[CatchingIllness])
        => WaitUntilWell, ["stomach bug"], [MOOD, EXPLAINER];
    a_fever_after_cancer_treatment_ended_long_ago_waits_until_well:
        no(yes(with(visitor(&[]), &[Cancer], &[]), &[Fever]), &[CancerTreatment])
        => WaitUntilWell, ["rest until you are well"], [EXPLAINER];
    a_cold_in_pregnancy_without_a_fever_waits_until_well:
        no(yes(with(visitor(&[]), &[Pregnancy], &[RelaxStress]), &[CatchingIllness]), &[PregnancySigns, PregnancyBleeding])
        => WaitUntilWell, ["rest until you are well"], [MOOD, EXPLAINER];
    a_fresh_sprain_waits_three_days:
        no(with(pain(visitor(&[RightFoot]), 5, UnderThreeDays, &[]), &[], &[RecoverFromInjury]), &[BrokenBone])
        => WaitUntilWell, ["less than 3 days", "After 3 days"], [EXPLAINER];
    a_fresh_sports_injury_waits_three_days:
        with(pain(visitor(&[LeftKnee]), 6, UnderThreeDays, &[]), &[SportsInjury], &[RelievePain])
        => WaitUntilWell, ["less than 3 days"], [EXPLAINER];
    a_wrist_sprained_yesterday_waits_three_days:
        no(with(pain(visitor(&[LeftHand]), 5, UnderThreeDays, &[]), &[], &[RecoverFromInjury]), &[BrokenBone, HotJoint])
        => WaitUntilWell, ["keep heat and massage off it"], [EXPLAINER];
}

/// Every persona above, with the answers as the interview finishes them.
const GROUPS: &[&[Persona]] = &[
    MASSAGE_SIGNALS,
    BORDERLINE,
    ORDINARY,
    REFERRALS,
    NOT_ASKED,
    EMERGENCIES,
    DOCTOR_TODAY,
    DOCTOR_FIRST,
    WAIT,
];

fn all_personas() -> impl Iterator<Item = (&'static Persona, Answers)> {
    GROUPS
        .iter()
        .flat_map(|group| group.iter())
        .map(|p| (p, finished((p.answers)())))
}

#[test]
fn ordinary_visitors_are_at_least_as_many_as_red_flags() {
    let total = all_personas().count();
    let ordinary = all_personas()
        .filter(|(p, _)| p.outcome.invites_booking())
        .count();
    let red_flags = total - ordinary;
    assert!(total >= 150, "only {total} personas");
    assert!(
        ordinary >= red_flags,
        "{ordinary} ordinary visitors against {red_flags} with red flags"
    );
}

/// Back pain as the back's screen asks it: the back or buttocks, or pain down a leg.
fn back_pain(a: &Answers) -> bool {
    a.hurts_in(|r| matches!(r, UpperBack | LowerBack | Buttocks)) || a.has_pattern(SpreadsDownLeg)
}

fn fever(a: &Answers) -> bool {
    a.confirmed(Fever)
}

/// Part of what a rule needs, found in a persona's answers, and whether such a visitor must
/// be offered massage (else only less care than the rule asks: a fever alone waits).
struct NearMiss {
    found: Box<dyn Fn(&Answers) -> bool>,
    massage: bool,
}

fn near(massage: bool, found: impl Fn(&Answers) -> bool + 'static) -> NearMiss {
    NearMiss {
        found: Box::new(found),
        massage,
    }
}

/// The answers next to a rule that must not trigger it: each kind needs a persona.
fn near_misses(rule: &SafetyRule) -> Vec<NearMiss> {
    match rule.when {
        // The question was asked and not ticked: an ordinary visitor, offered massage. A
        // question that follows up a tick is only asked of visitors the tick already sends
        // to a doctor (a new headache after 50, a reading of 180/120).
        When::Yes(flag) => {
            let follows_up = matches!(flag, ArteritisSigns | ReadingSymptoms);
            vec![near(!follows_up, move |a| {
                flag.asked(a) && !a.flags_yes.contains(flag)
            })]
        }
        When::Answers { .. } => match rule.reason {
            Key::SafetyReasonHeadKnockThinners => vec![
                near(true, |a| {
                    a.takes_blood_thinners()
                        && !a.confirmed(HeadKnock)
                        && !a.confirmed(ThinnersHeadKnock)
                }),
                near(true, |a| {
                    a.confirmed(HeadKnock) && !a.takes_blood_thinners()
                }),
            ],
            Key::SafetyReasonBackPainFever => vec![
                near(true, |a| back_pain(a) && !fever(a)),
                near(false, |a| fever(a) && !back_pain(a)),
            ],
            Key::SafetyReasonCancerFever => vec![
                near(true, |a| a.confirmed(CancerTreatment) && !fever(a)),
                near(false, |a| a.has_condition(Cancer) && fever(a)),
            ],
            Key::SafetyReasonPregnancyFever => vec![
                near(true, |a| a.has_condition(Pregnancy) && !fever(a)),
                near(false, |a| fever(a) && !a.has_condition(Pregnancy)),
            ],
            Key::SafetyReasonRecentSurgery => {
                vec![near(true, |a| a.has_condition(RecentSurgery))]
            }
            Key::SafetyReasonFreshInjury => vec![
                near(true, |a| {
                    a.pain_duration() == Some(UnderThreeDays)
                        && !a.has_goal(RecoverFromInjury)
                        && !a.has_condition(SportsInjury)
                }),
                near(true, |a| {
                    a.has_goal(RecoverFromInjury) && a.pain_duration() == Some(ThreeDaysToSixWeeks)
                }),
            ],
            other => panic!("a new rule ({other:?}): add personas, and its near misses here"),
        },
    }
}

fn rule_name(index: usize, rule: &SafetyRule) -> String {
    match rule.when {
        When::Yes(flag) => format!("rule {index} ({flag:?})"),
        When::Answers { .. } => format!("rule {index} ({:?})", rule.reason),
    }
}

#[test]
fn every_safety_rule_has_a_persona_on_each_side() {
    for (index, rule) in SAFETY_RULES.iter().enumerate() {
        let name = rule_name(index, rule);
        let outcome = Outcome::of(rule.urgency);
        assert!(
            all_personas().any(|(p, a)| rule.applies(&a) && p.outcome == outcome),
            "no persona whom {name} sends to {outcome:?}"
        );
        for (kind, near) in near_misses(rule).iter().enumerate() {
            assert!(
                all_personas().any(|(p, a)| (near.found)(&a)
                    && !rule.applies(&a)
                    && p.outcome.level_of_care() < outcome.level_of_care()
                    && (p.outcome.invites_booking() || !near.massage)),
                "no persona of kind {kind} next to {name} who gets {}",
                if near.massage { "massage" } else { "less care" }
            );
        }
        if let Some(condition) = rule.referral {
            assert!(
                all_personas().any(|(p, a)| rule.matches(&a)
                    && a.referred_for.contains(condition)
                    && p.outcome.invites_booking()),
                "no persona whose referral lifts {name}"
            );
            assert!(
                all_personas().any(|(p, a)| rule.matches(&a)
                    && !a.referred_for.contains(condition)
                    && p.outcome == Outcome::DoctorBeforeBooking),
                "no persona without a referral whom {name} sends to a doctor first"
            );
        }
    }
}

#[test]
fn a_referral_never_lowers_today_or_an_emergency() {
    let clinic = Clinic::default_content();
    for (p, a) in all_personas().filter(|(_, a)| !a.referred_for.is_empty()) {
        let mut without = a.clone();
        without.referred_for = Default::default();
        let before = recommend(&without, &clinic.articles).outcome;
        if before.level_of_care() >= Outcome::DoctorToday.level_of_care() {
            assert_eq!(p.outcome, before, "{}: the referral changed it", p.name);
        }
    }
    let lifted =
        all_personas().filter(|(p, a)| !a.referred_for.is_empty() && p.outcome.invites_booking());
    for (p, a) in lifted {
        let rec = recommend(&a, &clinic.articles);
        assert!(
            rec.notes.iter().any(|n| n.text == Key::NoteReferral),
            "{}: no referral note",
            p.name
        );
    }
    let kept = all_personas()
        .filter(|(p, a)| !a.referred_for.is_empty() && !p.outcome.invites_booking())
        .count();
    assert!(
        kept >= 4,
        "only {kept} personas whose referral lifts nothing"
    );
}

/// A visitor who is asked `flag` (its parent question ticked when it follows one up).
fn asked_of(flag: Flag) -> Answers {
    let parent = match flag {
        HeadKnockSymptoms => Some(HeadKnock),
        ArteritisSigns => Some(NewHeadacheOver50),
        ReadingSymptoms => Some(HighReading),
        _ => None,
    };
    let regions = std::iter::once(None).chain(BodyRegion::ALL.iter().copied().map(Some));
    for region in regions {
        let conditions = std::iter::once(None).chain(Condition::ALL.iter().copied().map(Some));
        for condition in conditions {
            let mut a = with(visitor(region.as_slice()), condition.as_slice(), &[]);
            if let Some(parent) = parent {
                a.answer_flag(parent, true);
            }
            if flag.asked(&a) {
                return a;
            }
        }
    }
    panic!("no visitor is asked {flag:?}")
}

#[test]
fn every_flag_on_its_own_where_it_is_asked_is_never_a_massage() {
    let clinic = Clinic::default_content();
    for flag in Flag::ALL {
        let Some(urgency) = flag.urgency() else {
            continue;
        };
        let answers = finished(yes(asked_of(*flag), &[*flag]));
        let rec = recommend(&answers, &clinic.articles);
        assert_eq!(rec.outcome, Outcome::of(urgency), "{flag:?}: {answers:?}");
        assert!(!rec.outcome.invites_booking(), "{flag:?} invites booking");
    }
}

#[test]
fn notes_for_the_therapist_follow_the_health_background() {
    let clinic = Clinic::default_content();
    let answers = finished(with(
        pain(
            visitor(&[LowerBack]),
            6,
            OverThreeMonths,
            &[NumbnessOrTingling],
        ),
        &[
            Condition::BloodThinners,
            Pregnancy,
            Diabetes,
            Osteoporosis,
            Allergies,
            HighBloodPressure,
        ],
        &[RelievePain],
    ));
    let rec = recommend(&answers, &clinic.articles);
    assert_eq!(rec.outcome, Outcome::MedicalMassage);
    assert_notes(
        &rec,
        &[
            "lighter pressure",
            "warfarin, Eliquis, Xarelto or clopidogrel",
            "massage during pregnancy (prenatal massage)",
            "deep pressure",
            "gentle pressure",
            "open wound",
            "Mention your diabetes",
            "get up slowly",
            "nuts, gloves without latex and no scent",
        ],
    );
    let notes: Vec<&str> = rec.notes.iter().map(|n| t(Lang::En, n.text)).collect();
    assert!(!notes.iter().any(|n| n.contains("oncology")));
    // No referral, so no note about one.
    assert!(!rec.notes.iter().any(|n| n.text == Key::NoteReferral));
    // Infected skin is a reason to see a doctor, never something to "work around".
    assert!(!notes.iter().any(|n| n.contains("infection")));
}

#[test]
fn medical_with_relaxation_goal_says_both_are_possible() {
    let clinic = Clinic::default_content();
    let answers = with(
        pain(visitor(&[LowerBack]), 7, OverThreeMonths, &[]),
        &[],
        &[RelievePain, RelaxStress],
    );
    let rec = recommend(&finished(answers), &clinic.articles);
    assert_eq!(rec.outcome, Outcome::MedicalMassage);
    assert!(rec.also_relaxation);
    let relax_only = recommend(
        &finished(with(visitor(&[]), &[], &[RelaxStress])),
        &clinic.articles,
    );
    assert!(!relax_only.also_relaxation);
}

#[test]
fn an_emergency_carries_no_articles_or_notes() {
    let clinic = Clinic::default_content();
    let answers = yes(
        with(
            visitor(&[LowerBack]),
            &[Condition::BloodThinners],
            &[MoodSleep],
        ),
        &[BackAccident],
    );
    let rec = recommend(&finished(answers), &clinic.articles);
    assert_eq!(rec.outcome, Outcome::Emergency);
    assert!(rec.articles.is_empty() && rec.notes.is_empty());
    // The emergency screen has its own number to call; the crisis line is not added to it.
    assert!(!rec.crisis_line);
}

#[test]
fn the_crisis_line_shows_quietly_wherever_mood_or_sleep_is_a_goal() {
    let clinic = Clinic::default_content();
    let mood = recommend(&with(visitor(&[]), &[], &[MoodSleep]), &clinic.articles);
    assert!(mood.crisis_line);
    let today = recommend(
        &yes(with(visitor(&[LeftLeg]), &[], &[MoodSleep]), &[SwollenCalf]),
        &clinic.articles,
    );
    assert_eq!(today.outcome, Outcome::DoctorToday);
    assert!(today.crisis_line);
    let relax = recommend(&with(visitor(&[]), &[], &[RelaxStress]), &clinic.articles);
    assert!(!relax.crisis_line);
    assert_eq!(clinic.crisis_line, "988");
}

#[test]
fn medical_massage_is_described_without_pain_to_a_visitor_with_none() {
    let no_pain = with(visitor(&[]), &[Neuropathy], &[RelaxStress]);
    let key = Outcome::MedicalMassage.summary_key(&no_pain);
    assert!(!t(Lang::En, key).contains("pain"), "{}", t(Lang::En, key));
    let with_pain = pain(visitor(&[Neck]), 6, OverThreeMonths, &[]);
    assert!(t(Lang::En, Outcome::MedicalMassage.summary_key(&with_pain)).contains("pain"));
    // No result claims massage treats the cause.
    for outcome in Outcome::ALL {
        for answers in [&no_pain, &with_pain] {
            let text = t(Lang::En, outcome.summary_key(answers));
            assert!(!text.contains("cause"), "{outcome:?}: {text}");
        }
    }
}

#[test]
fn an_article_is_suggested_with_why_it_was_picked() {
    let clinic = Clinic::default_content();
    let answers = with(
        pain(visitor(&[LowerBack]), 6, OverThreeMonths, &[SpreadsDownLeg]),
        &[],
        &[RelievePain],
    );
    let rec = recommend(&finished(answers), &clinic.articles);
    assert_eq!(
        t(Lang::En, rec.articles[0].why),
        "Your pain spreads down a leg, a typical sign of sciatica."
    );
    assert_eq!(
        t(Lang::Es, rec.articles[0].why),
        "Su dolor baja por una pierna, una señal típica de ciática."
    );
    assert!(rec.articles.iter().all(|p| !t(Lang::En, p.why).is_empty()));
}
