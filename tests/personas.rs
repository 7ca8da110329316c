//! Persona cases: answers a real visitor might give, and what the guide must say.

use massage_guide::clinic::Clinic;
use massage_guide::guide::answers::WhereItHurts;
use massage_guide::guide::{
    recommend, Answers, BodyRegion, Check, Condition, Goal, Outcome, PainDuration, PainPattern,
    SafetySign,
};
use massage_guide::i18n::{t, Lang};

use BodyRegion::*;
use Check::*;
use Condition::*;
use Goal::*;
use PainDuration::*;
use PainPattern::*;
use SafetySign::*;

/// A visitor who passed the safety check, with pain in `regions` (none = no pain).
fn visitor(regions: &[BodyRegion]) -> Answers {
    let mut a = Answers {
        no_safety_signs: true,
        ..Answers::default()
    };
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

fn signs(mut a: Answers, signs: &[SafetySign]) -> Answers {
    a.no_safety_signs = false;
    for s in signs {
        a.toggle_safety_sign(*s);
    }
    a
}

/// The visitor answered these follow-up questions "yes".
fn yes(mut a: Answers, checks: &[Check]) -> Answers {
    for c in checks {
        a.answer_check(*c, true);
    }
    a
}

/// The visitor answered these follow-up questions "no".
fn no(mut a: Answers, checks: &[Check]) -> Answers {
    for c in checks {
        a.answer_check(*c, false);
    }
    a
}

/// Check one persona: the outcome, a phrase each listed reason must contain, and the
/// article titles in order (prefixes are enough).
fn check(answers: Answers, outcome: Outcome, reasons: &[&str], articles: &[&str]) {
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
}

const SCIATICA: &str = "What Is Sciatica";
const MIGRAINE: &str = "Migraine Pain";
const POSTURE: &str = "5 Ways to Improve";
const AWARENESS: &str = "September Is Pain";
const MOOD: &str = "5 Instant Mood";
const EXPLAINER: &str = "How is Medical Massage";

macro_rules! personas {
    ($( $name:ident: $answers:expr => $outcome:ident, [$($reason:expr),*], [$($article:expr),*]; )+) => {
        $( #[test] fn $name() { check($answers, Outcome::$outcome, &[$($reason),*], &[$($article),*]); } )+
    };
}

// Medical or general massage (clinical rules, section 4).
personas! {
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
        => MedicalMassage, ["diabetes", "numbness or tingling"], [AWARENESS, EXPLAINER];
    sports_injury_recovery_after_the_first_days_is_medical:
        with(pain(visitor(&[RightKnee]), 4, ThreeDaysToSixWeeks, &[]), &[SportsInjury], &[RecoverFromInjury])
        => MedicalMassage, ["sports injury", "recover from an injury"], [EXPLAINER];
    controlled_blood_pressure_alone_is_general:
        with(visitor(&[]), &[HighBloodPressure], &[RelaxStress, MoodSleep])
        => GeneralMassage, ["relax", "no pain"], [MOOD, EXPLAINER];
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
        => MedicalMassage, ["doctor referred you"], [POSTURE, EXPLAINER];
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
        no(with(visitor(&[]), &[Pregnancy], &[RelaxStress]), &[PregnancySigns])
        => GeneralMassage, ["relax"], [MOOD, EXPLAINER];
    blood_thinners_do_not_block_medical:
        with(pain(visitor(&[LowerBack]), 6, SixWeeksToThreeMonths, &[]), &[Condition::BloodThinners], &[RelievePain])
        => MedicalMassage, ["6 out of 10"], [SCIATICA, EXPLAINER];
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

// Emergency signs (clinical rules, sections 1 and 6): call the emergency number now.
personas! {
    saddle_numbness_is_emergency:
        signs(visitor(&[LowerBack]), &[SaddleNumbness])
        => Emergency, ["cauda equina"], [];
    bladder_trouble_with_back_pain_is_emergency:
        signs(visitor(&[LowerBack]), &[BladderBowel])
        => Emergency, ["bladder or bowel"], [];
    chest_pain_is_emergency:
        signs(visitor(&[]), &[ChestPain])
        => Emergency, ["heart attack"], [];
    sudden_breathlessness_is_emergency:
        signs(visitor(&[]), &[Breathless])
        => Emergency, ["blood clot in the lungs"], [];
    worst_headache_is_emergency_even_with_warning_sign:
        signs(visitor(&[Head]), &[WorstHeadache, NewHeadacheOver50])
        => Emergency, ["bleeding in the brain"], [];
    headache_with_fever_and_stiff_neck_is_emergency:
        signs(visitor(&[Head, Neck]), &[HeadacheFeverStiffNeck])
        => Emergency, ["meningitis"], [];
    both_legs_is_emergency:
        signs(visitor(&[LowerBack]), &[BothLegs])
        => Emergency, ["both legs"], [];
    weakening_leg_is_emergency:
        signs(visitor(&[LeftLeg]), &[LegWeakness])
        => Emergency, ["getting weaker"], [];
    back_pain_after_a_bad_fall_is_emergency:
        signs(visitor(&[LowerBack]), &[AccidentBackNeck])
        => Emergency, ["accident or fall"], [];
    one_sided_arm_numbness_is_a_stroke_sign:
        signs(pain(visitor(&[LeftArm]), 3, UnderThreeDays, &[NumbnessOrTingling]), &[OneSideWeakness])
        => Emergency, ["stroke", "time it started"], [];
    sudden_trouble_speaking_is_a_stroke_sign:
        signs(visitor(&[]), &[SpeechTrouble])
        => Emergency, ["stroke"], [];
    sudden_loss_of_sight_is_a_stroke_sign:
        signs(visitor(&[]), &[SightLoss])
        => Emergency, ["stroke"], [];
    sudden_loss_of_balance_is_a_stroke_sign:
        signs(visitor(&[]), &[BalanceLoss])
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
    sudden_belly_or_back_pain_with_fainting_is_emergency:
        signs(visitor(&[LowerBack]), &[SuddenBellyBackPain])
        => Emergency, ["aortic aneurysm"], [];
    knock_to_the_head_on_a_blood_thinner_is_emergency:
        yes(signs(visitor(&[Head]), &[HeadKnock]), &[Check::BloodThinners])
        => Emergency, ["emergency room today"], [];
    knock_to_the_head_with_thinners_in_the_health_background_is_emergency:
        with(signs(visitor(&[]), &[HeadKnock]), &[Condition::BloodThinners], &[])
        => Emergency, ["blood thinner"], [];
    high_reading_with_symptoms_is_emergency:
        yes(signs(visitor(&[]), &[HighReading]), &[ReadingSymptoms])
        => Emergency, ["180/120", "harming the body"], [];
}

// Borderline: the same visitor without the red flag is offered massage.
personas! {
    arm_numbness_that_is_not_sudden_is_medical:
        with(pain(visitor(&[RightArm]), 3, OverThreeMonths, &[NumbnessOrTingling]), &[], &[RelievePain])
        => MedicalMassage, ["numbness or tingling", "more than 3 months"], [AWARENESS, EXPLAINER];
    chest_muscle_pain_without_heart_signs_is_medical:
        no(with(pain(visitor(&[Chest]), 4, ThreeDaysToSixWeeks, &[]), &[], &[RelievePain]), &[HeartSigns])
        => MedicalMassage, ["relief from pain"], [EXPLAINER];
    a_stale_heart_answer_does_not_count_once_the_chest_is_unmarked:
        yes(with(pain(visitor(&[RightArm]), 3, ThreeDaysToSixWeeks, &[]), &[], &[RelaxStress]), &[HeartSigns])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, EXPLAINER];
    long_standing_low_back_pain_is_medical:
        with(pain(visitor(&[LowerBack]), 5, OverThreeMonths, &[Stiffness]), &[], &[RelievePain])
        => MedicalMassage, ["5 out of 10"], [SCIATICA, AWARENESS, EXPLAINER];
    blood_thinners_without_a_knock_to_the_head_is_medical:
        with(pain(visitor(&[Neck]), 5, SixWeeksToThreeMonths, &[]), &[Condition::BloodThinners], &[RelievePain])
        => MedicalMassage, ["5 out of 10"], [POSTURE, EXPLAINER];
    cancer_history_with_arm_pain_is_medical:
        with(pain(visitor(&[LeftArm]), 3, ThreeDaysToSixWeeks, &[]), &[Cancer], &[RelaxStress])
        => MedicalMassage, ["cancer"], [MOOD, EXPLAINER];
    cancer_history_without_pain_is_medical:
        with(visitor(&[]), &[Cancer], &[RelaxStress])
        => MedicalMassage, ["cancer"], [MOOD, EXPLAINER];
    osteoporosis_with_long_standing_back_pain_is_medical:
        with(pain(visitor(&[LowerBack]), 4, OverThreeMonths, &[]), &[Osteoporosis], &[RelievePain])
        => MedicalMassage, ["more than 3 months"], [SCIATICA, AWARENESS, EXPLAINER];
    osteoporosis_with_new_knee_pain_is_general:
        with(pain(visitor(&[RightKnee]), 3, ThreeDaysToSixWeeks, &[]), &[Osteoporosis], &[RelaxStress])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, EXPLAINER];
    pregnancy_with_a_mild_headache_and_no_warning_signs_is_general:
        no(with(pain(visitor(&[Head]), 3, ThreeDaysToSixWeeks, &[Headaches]), &[Pregnancy], &[RelaxStress]), &[PregnancySigns])
        => GeneralMassage, ["mild (3 out of 10)"], [MIGRAINE, MOOD, EXPLAINER];
    new_headache_after_fifty_without_arteritis_signs_checks_before_booking:
        no(signs(pain(visitor(&[Head]), 5, ThreeDaysToSixWeeks, &[Headaches]), &[NewHeadacheOver50]), &[ArteritisSigns])
        => DoctorBeforeBooking, ["after age 50"], [MIGRAINE, EXPLAINER];
    fresh_stiff_neck_without_an_injury_is_general:
        with(pain(visitor(&[Neck]), 3, UnderThreeDays, &[Stiffness]), &[], &[RelaxStress])
        => GeneralMassage, ["mild (3 out of 10)"], [MOOD, POSTURE, EXPLAINER];
    sprain_after_the_first_three_days_is_medical:
        with(pain(visitor(&[RightFoot]), 5, ThreeDaysToSixWeeks, &[]), &[], &[RecoverFromInjury])
        => MedicalMassage, ["recover from an injury"], [EXPLAINER];
}

// See a doctor today.
personas! {
    swollen_calf_sees_a_doctor_today:
        signs(visitor(&[]), &[SwollenCalf])
        => DoctorToday, ["blood clot"], [];
    back_pain_with_fever_sees_a_doctor_today:
        signs(pain(visitor(&[LowerBack]), 5, ThreeDaysToSixWeeks, &[]), &[BackPainFever])
        => DoctorToday, ["infection near the spine"], [];
    a_possible_broken_bone_sees_a_doctor_today:
        signs(visitor(&[LeftFoot]), &[BrokenBone])
        => DoctorToday, ["X-ray"], [];
    a_fresh_injury_with_a_possible_broken_bone_sees_a_doctor_today:
        signs(with(pain(visitor(&[RightFoot]), 6, UnderThreeDays, &[]), &[], &[RecoverFromInjury]), &[BrokenBone])
        => DoctorToday, ["X-ray"], [];
    knock_to_the_head_without_a_blood_thinner_sees_a_doctor_today:
        no(signs(visitor(&[]), &[HeadKnock]), &[Check::BloodThinners])
        => DoctorToday, ["knock to the head"], [];
    high_reading_without_symptoms_sees_a_doctor_today:
        no(signs(visitor(&[]), &[HighReading]), &[ReadingSymptoms])
        => DoctorToday, ["measure again"], [];
    spreading_red_skin_sees_a_doctor_today:
        signs(visitor(&[RightLeg]), &[SpreadingRedSkin])
        => DoctorToday, ["cellulitis"], [];
    cancer_history_with_back_pain_sees_a_doctor_today:
        with(pain(visitor(&[LowerBack]), 4, SixWeeksToThreeMonths, &[]), &[Cancer], &[RelievePain])
        => DoctorToday, ["had cancer"], [];
    cancer_history_with_neck_pain_sees_a_doctor_today:
        with(pain(visitor(&[Neck]), 3, ThreeDaysToSixWeeks, &[]), &[Cancer], &[RelaxStress])
        => DoctorToday, ["neck, back or head"], [];
    cancer_history_with_headaches_sees_a_doctor_today:
        with(pain(visitor(&[Head]), 4, ThreeDaysToSixWeeks, &[Headaches]), &[Cancer], &[RelievePain])
        => DoctorToday, ["cancer team"], [];
    osteoporosis_with_new_back_pain_sees_a_doctor_today:
        with(pain(visitor(&[LowerBack]), 6, ThreeDaysToSixWeeks, &[]), &[Osteoporosis], &[RelievePain])
        => DoctorToday, ["fragile bones"], [];
    long_term_steroids_with_sudden_back_pain_sees_a_doctor_today:
        with(pain(visitor(&[UpperBack]), 7, UnderThreeDays, &[]), &[Steroids], &[RelievePain])
        => DoctorToday, ["steroid"], [];
    pregnancy_warning_signs_see_a_doctor_today:
        yes(with(visitor(&[]), &[Pregnancy], &[RelaxStress]), &[PregnancySigns])
        => DoctorToday, ["pre-eclampsia", "maternity"], [];
    new_headache_after_fifty_with_jaw_pain_sees_a_doctor_today:
        yes(signs(pain(visitor(&[Head, Jaw]), 5, ThreeDaysToSixWeeks, &[Headaches]), &[NewHeadacheOver50]), &[ArteritisSigns])
        => DoctorToday, ["giant cell arteritis"], [];
    a_cold_with_back_pain_and_fever_sees_a_doctor_today:
        signs(visitor(&[LowerBack]), &[IllNow, BackPainFever])
        => DoctorToday, ["infection near the spine"], [];
}

// Check with a doctor before booking; wait until well.
personas! {
    uncontrolled_blood_pressure_checks_before_booking:
        signs(visitor(&[]), &[UncontrolledBloodPressure])
        => DoctorBeforeBooking, ["not under control"], [EXPLAINER];
    back_pain_with_weight_loss_checks_before_booking:
        signs(visitor(&[LowerBack]), &[BackPainWeightLoss])
        => DoctorBeforeBooking, ["weight loss"], [SCIATICA, EXPLAINER];
    back_pain_at_night_checks_before_booking:
        signs(visitor(&[LowerBack]), &[BackPainAtNight])
        => DoctorBeforeBooking, ["at night"], [SCIATICA, EXPLAINER];
    shingles_checks_before_booking:
        signs(visitor(&[]), &[CatchingSkin])
        => DoctorBeforeBooking, ["pass on"], [EXPLAINER];
    recent_surgery_checks_before_booking:
        with(pain(visitor(&[RightKnee]), 5, ThreeDaysToSixWeeks, &[]), &[RecentSurgery], &[RecoverFromInjury])
        => DoctorBeforeBooking, ["surgery"], [EXPLAINER];
    a_cold_waits_until_well:
        signs(visitor(&[]), &[IllNow])
        => WaitUntilWell, ["rest until you are well"], [EXPLAINER];
    a_fresh_sprain_waits_three_days:
        with(pain(visitor(&[RightFoot]), 5, UnderThreeDays, &[]), &[], &[RecoverFromInjury])
        => WaitUntilWell, ["less than 3 days", "After 3 days"], [EXPLAINER];
    a_fresh_sports_injury_waits_three_days:
        with(pain(visitor(&[LeftKnee]), 6, UnderThreeDays, &[]), &[SportsInjury], &[RelievePain])
        => WaitUntilWell, ["less than 3 days"], [EXPLAINER];
}

#[test]
fn notes_for_the_therapist_follow_the_health_background() {
    let clinic = Clinic::default_content();
    let answers = with(
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
    );
    let notes: Vec<&str> = recommend(&answers, &clinic.articles)
        .notes
        .iter()
        .map(|n| t(Lang::En, n.text))
        .collect();
    for phrase in [
        "lighter pressure",
        "warfarin, Eliquis, Xarelto or clopidogrel",
        "massage during pregnancy (prenatal massage)",
        "deep pressure",
        "gentle pressure",
        "open wound",
        "Mention your diabetes",
        "get up slowly",
        "nuts, gloves without latex and no scent",
    ] {
        assert!(
            notes.iter().any(|n| n.contains(phrase)),
            "{phrase:?} missing from {notes:?}"
        );
    }
    assert!(!notes.iter().any(|n| n.contains("oncology")));
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
    let rec = recommend(&answers, &clinic.articles);
    assert_eq!(rec.outcome, Outcome::MedicalMassage);
    assert!(rec.also_relaxation);
    let relax_only = recommend(&with(visitor(&[]), &[], &[RelaxStress]), &clinic.articles);
    assert!(!relax_only.also_relaxation);
}

#[test]
fn an_emergency_carries_no_articles_or_notes() {
    let clinic = Clinic::default_content();
    let answers = signs(
        with(visitor(&[]), &[Condition::BloodThinners], &[MoodSleep]),
        &[AccidentBackNeck],
    );
    let rec = recommend(&answers, &clinic.articles);
    assert_eq!(rec.outcome, Outcome::Emergency);
    assert!(rec.articles.is_empty() && rec.notes.is_empty());
    // The emergency screen has its own number to call; the crisis line is not added to it.
    assert!(!rec.crisis_line);
}

#[test]
fn every_sign_on_its_own_is_never_a_massage() {
    let clinic = Clinic::default_content();
    for sign in SafetySign::ALL {
        let rec = recommend(&signs(visitor(&[]), &[*sign]), &clinic.articles);
        assert_eq!(rec.outcome, Outcome::of(sign.urgency()), "{sign:?}");
        assert!(!rec.outcome.invites_booking(), "{sign:?} invites booking");
    }
}

#[test]
fn every_group_of_the_safety_screen_lists_its_signs_together() {
    use massage_guide::guide::safety::SignGroup;
    let listed: Vec<SafetySign> = SignGroup::ALL
        .iter()
        .flat_map(|g| SafetySign::in_group(*g).iter().copied())
        .collect();
    assert_eq!(listed, SafetySign::ALL, "a sign is outside its group's run");
}

#[test]
fn the_crisis_line_shows_quietly_wherever_mood_or_sleep_is_a_goal() {
    let clinic = Clinic::default_content();
    let mood = recommend(&with(visitor(&[]), &[], &[MoodSleep]), &clinic.articles);
    assert!(mood.crisis_line);
    let today = recommend(
        &signs(with(visitor(&[]), &[], &[MoodSleep]), &[SwollenCalf]),
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
    let rec = recommend(&answers, &clinic.articles);
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
